"""Interview invitations: which applicants a company asked to book a time (and so may see its slots)."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-11-24T00:00:41:000000"
VERSION = "1.38.0"
DESCRIPTION = "interview invitations"

SQL = """
CREATE TABLE interview_invitations (
    id bigserial PRIMARY KEY,
    application_id bigint NOT NULL UNIQUE REFERENCES applications (id) ON DELETE CASCADE,
    employer_id bigint NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
    invited_by bigint REFERENCES users (id) ON DELETE SET NULL,
    -- the newest slot offered when the invitation was (last) sent: the version of its message, so a double
    -- submit sends one email and an invitation repeated after new times were added sends another
    slots_version bigint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX interview_invitations_employer ON interview_invitations (employer_id);
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
