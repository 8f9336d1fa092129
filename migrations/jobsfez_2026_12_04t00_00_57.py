"""Invitations to apply, and the anonymous record of a hire whose seeker deleted their account."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:57:000000"
VERSION = "1.38.0"
DESCRIPTION = "invitations to apply; hires outlive the seeker's account"

# A company invites a findable seeker to apply to one of its postings once: the row is what refuses a second
# invitation (the UNIQUE constraint, so two clicks at once send one message). The seeker's contact details never
# reach the company: the message goes through jobsfez.
# An application normally goes with its seeker's account (ON DELETE CASCADE). A hire is the exception: the company
# keeps a record of it, without the person, so erasure first sets seeker_user_id to NULL on those rows, and the
# CHECK keeps any other application from being orphaned.
SQL = """
CREATE TABLE apply_invitations (
    id bigserial PRIMARY KEY,
    posting_id bigint NOT NULL REFERENCES postings (id) ON DELETE CASCADE,
    employer_id bigint NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
    seeker_user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    invited_by bigint REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT apply_invitations_once UNIQUE (posting_id, seeker_user_id)
);
CREATE INDEX apply_invitations_seeker ON apply_invitations (seeker_user_id);

ALTER TABLE applications ALTER COLUMN seeker_user_id DROP NOT NULL;
ALTER TABLE applications ADD CONSTRAINT applications_erased_only_hired CHECK (seeker_user_id IS NOT NULL OR stage = 'hired');
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
