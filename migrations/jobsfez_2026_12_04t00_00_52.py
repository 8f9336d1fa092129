"""A career centre's API tokens, for reading its drives from its own systems (/api/v1/centre)."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:52:000000"
VERSION = "1.38.0"
DESCRIPTION = "centre api tokens"

# Only the SHA-256 of a token's secret is kept (the secret is shown once, when it is made): a copy of the table
# opens nothing. A request's token is found by its hash through the unique index, so no comparison of secrets
# takes longer for a closer guess. The prefix is the token's first characters, shown so that a manager tells one
# token from another. A revoked token stays, as a record of who made it and who ended it; it is never used again.
SQL = """
CREATE TABLE centre_api_tokens (
    id bigserial PRIMARY KEY,
    centre_id bigint NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
    name varchar(80) NOT NULL CHECK (btrim(name) <> ''),
    token_hash varchar(64) NOT NULL,
    prefix varchar(16) NOT NULL,
    created_by bigint REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    revoked_at timestamptz,
    revoked_by bigint REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT centre_api_tokens_hash UNIQUE (token_hash)
);
CREATE INDEX centre_api_tokens_centre ON centre_api_tokens (centre_id, id);
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
