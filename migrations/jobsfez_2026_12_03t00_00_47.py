"""Hardening (issue 18): the résumé an application shares, and sign-ups that wait for their email address."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-03T00:00:47:000000"
VERSION = "1.38.0"
DESCRIPTION = "the resume shared with an application; sign-ups waiting for their email"

# A company reads the résumé its application carries, and only while the application is not withdrawn. The
# résumé store keeps a file while a profile or an application names it. Applications already sharing a résumé,
# and not withdrawn, carry the seeker's current one, which is the one the company could read until now.
#
# A sign-up (a seeker's, a company's, a centre's) becomes an account only by the link sent to its address, so the
# form answers alike whether the address has an account or not. The row holds what the form said (the password
# only as its hash) and goes when it is used; the link's token is stored as its hash.
SQL = """
ALTER TABLE applications
    ADD COLUMN resume_file varchar(80) NOT NULL DEFAULT '',
    ADD COLUMN resume_name varchar(200) NOT NULL DEFAULT '';

UPDATE applications a SET resume_file = p.resume_file, resume_name = p.resume_name
FROM seeker_profiles p
WHERE p.user_id = a.seeker_user_id AND a.include_resume AND a.stage <> 'withdrawn';

CREATE INDEX applications_resume_file ON applications (resume_file) WHERE resume_file <> '';

CREATE TABLE signups (
    id bigserial PRIMARY KEY,
    kind varchar(16) NOT NULL CHECK (kind IN ('seeker', 'employer', 'centre')),
    email varchar(254) NOT NULL,
    token_hash varchar(64) NOT NULL UNIQUE,
    details jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
);
CREATE INDEX signups_expires_at ON signups (expires_at);
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
