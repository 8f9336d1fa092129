"""Signed webhooks for career centres: the centre's address and secret, and whose delivery log an outbox row is in."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:61:000000"
VERSION = "1.38.0"
DESCRIPTION = "centre webhooks"

# A centre's webhook is a company's: an https address and the secret its messages are signed with (empty together).
# An outbox row belongs to a company's delivery log or a centre's, never both; the centre's log reads it by centre.
SQL = """
ALTER TABLE centres
    ADD COLUMN webhook_url text NOT NULL DEFAULT '',
    ADD COLUMN webhook_secret varchar(64) NOT NULL DEFAULT '';
ALTER TABLE notifications
    ADD COLUMN centre_id bigint REFERENCES centres (id) ON DELETE CASCADE,
    ADD CONSTRAINT notifications_one_owner CHECK (employer_id IS NULL OR centre_id IS NULL);
CREATE INDEX notifications_centre ON notifications (centre_id, created_at DESC) WHERE centre_id IS NOT NULL;
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
