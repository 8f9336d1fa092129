"""A company's reusable rejection and offer messages."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:65:000000"
VERSION = "1.38.0"
DESCRIPTION = "message templates"

# A company's named texts for a rejection or an offer, in Korean and/or English (at least one), with {name} and
# {posting} filled in when chosen; a name is unique within the company and the kind.
SQL = """
CREATE TABLE message_templates (
    id bigserial PRIMARY KEY,
    employer_id bigint NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
    kind varchar(10) NOT NULL CHECK (kind IN ('rejection', 'offer')),
    name varchar(80) NOT NULL,
    body_ko text NOT NULL DEFAULT '',
    body_en text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT message_templates_name UNIQUE (employer_id, kind, name),
    CONSTRAINT message_templates_some_body CHECK (body_ko <> '' OR body_en <> '')
);
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
