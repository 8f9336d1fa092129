"""Sign-ups that wait for their email address to be confirmed."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:51:000000"
VERSION = "1.38.0"
DESCRIPTION = "sign-ups waiting for their email"

# A sign-up (a seeker's, a company's, a centre's) becomes an account only by the link sent to its address, so the
# form answers alike whether the address has an account or not. The row holds what the form said (the password
# only as its hash) and goes when it is used; the link's token is stored as its hash.
SQL = """
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
