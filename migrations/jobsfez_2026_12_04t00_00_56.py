"""Staff's moderation: why a company or centre was refused, and the suspensions of accounts."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:56:000000"
VERSION = "1.38.0"
DESCRIPTION = "rejection reasons; account suspensions"

# A rejection says why: the reason is sent to the owner and shown on the record (empty for approvals and for
# decisions made before this migration). A suspension turns the account's is_active off (login and every session
# already refuse an inactive account); each suspension and restoration is a row, with its reason and who decided,
# so the account's history reads in order. The rows go with the account; a staff member's departure keeps them.
SQL = """
ALTER TABLE employers ADD COLUMN decision_reason text NOT NULL DEFAULT '';
ALTER TABLE centres ADD COLUMN decision_reason text NOT NULL DEFAULT '';

CREATE TABLE account_suspensions (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    action varchar(8) NOT NULL CHECK (action IN ('suspend', 'restore')),
    reason text NOT NULL CHECK (reason <> ''),
    decided_by bigint REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX account_suspensions_user ON account_suspensions (user_id, created_at);
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
