"""The notifications outbox."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-11-24T00:00:02:000000"
VERSION = "1.38.0"
DESCRIPTION = "notifications outbox"

SQL = """
CREATE TABLE notifications (
    id bigserial PRIMARY KEY,
    cause varchar(120) NOT NULL,
    version integer NOT NULL DEFAULT 0,
    kind varchar(48) NOT NULL,
    channel varchar(16) NOT NULL CHECK (channel IN ('email', 'inbox', 'webhook')),
    recipient_user_id bigint REFERENCES users (id) ON DELETE CASCADE,
    recipient text NOT NULL,
    employer_id bigint REFERENCES employers (id) ON DELETE CASCADE,
    language varchar(8) NOT NULL DEFAULT 'ko',
    payload jsonb NOT NULL DEFAULT '{}',
    status varchar(16) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'cancelled')),
    attempts integer NOT NULL DEFAULT 0,
    last_error text NOT NULL DEFAULT '',
    send_after timestamptz NOT NULL DEFAULT now(),
    created_at timestamptz NOT NULL DEFAULT now(),
    sent_at timestamptz,
    read_at timestamptz,
    CONSTRAINT notifications_once UNIQUE (cause, version, kind, recipient, channel)
);
CREATE INDEX notifications_pending ON notifications (send_after) WHERE status = 'pending';
CREATE INDEX notifications_inbox ON notifications (recipient_user_id, created_at DESC) WHERE channel = 'inbox';
CREATE INDEX notifications_employer ON notifications (employer_id, created_at DESC);
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
