"""Applications, their stage history, and employers' private notes."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-11-24T00:00:30:000000"
VERSION = "1.38.0"
DESCRIPTION = "applications"

SQL = """
CREATE TABLE applications (
    id bigserial PRIMARY KEY,
    posting_id bigint NOT NULL REFERENCES postings (id) ON DELETE CASCADE,
    employer_id bigint NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
    seeker_user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    stage varchar(16) NOT NULL DEFAULT 'applied'
        CHECK (stage IN ('applied', 'screening', 'interview', 'offer', 'hired', 'rejected', 'withdrawn')),
    message text NOT NULL DEFAULT '',
    include_resume boolean NOT NULL DEFAULT false,
    score numeric(4, 1) NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT applications_once UNIQUE (posting_id, seeker_user_id)
);
CREATE INDEX applications_employer ON applications (employer_id, posting_id, stage);
CREATE INDEX applications_seeker ON applications (seeker_user_id, created_at DESC);

CREATE TABLE application_events (
    id bigserial PRIMARY KEY,
    application_id bigint NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    from_stage varchar(16),
    to_stage varchar(16) NOT NULL,
    actor_user_id bigint REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX application_events_application ON application_events (application_id, id);

CREATE TABLE application_notes (
    id bigserial PRIMARY KEY,
    application_id bigint NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    employer_id bigint NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
    author_user_id bigint REFERENCES users (id) ON DELETE SET NULL,
    body text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX application_notes_application ON application_notes (application_id, id);

ALTER TABLE users ADD COLUMN notify_email boolean NOT NULL DEFAULT true;
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
