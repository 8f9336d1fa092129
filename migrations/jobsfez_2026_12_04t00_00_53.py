"""The ledger of what each account agreed to at sign-up: the privacy notice (PIPA)."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:53:000000"
VERSION = "1.38.0"
DESCRIPTION = "account consents"

# A row per consent an account gave: which notice (purpose and version), its words in the language the person read
# them in, and when they agreed (the sign-up form was sent, or the account page's button pressed). Rows are never
# changed: a new notice is a new row. Erasing the account takes its rows with it (ON DELETE CASCADE), as it takes the
# data they were about.
SQL = """
CREATE TABLE account_consents (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose varchar(32) NOT NULL CHECK (purpose IN ('privacy_notice')),
    version varchar(16) NOT NULL,
    language varchar(8) NOT NULL CHECK (language IN ('ko', 'en')),
    wording text NOT NULL,
    given_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT account_consents_once UNIQUE (user_id, purpose, version)
);

CREATE FUNCTION account_consents_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'account_consents are append-only: a new notice is a new row';
END
$$;
CREATE TRIGGER account_consents_append_only BEFORE UPDATE ON account_consents
    FOR EACH ROW EXECUTE FUNCTION account_consents_append_only();
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
