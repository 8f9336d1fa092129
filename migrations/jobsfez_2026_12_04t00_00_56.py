"""Staff's moderation: why a company or centre was refused, suspensions of accounts, and reports of postings."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:56:000000"
VERSION = "1.38.0"
DESCRIPTION = "rejection reasons; account suspensions; posting reports"

# A rejection says why: the reason is sent to the owner and shown on the record (empty for approvals and for
# decisions made before this migration). A suspension turns the account's is_active off (login and every session
# already refuse an inactive account); each suspension and restoration is a row, with its reason and who decided,
# so the account's history reads in order. The rows go with the account; a staff member's departure keeps them.
# A seeker reports a posting once (the UNIQUE constraint); staff uphold the open reports of a posting by hiding it
# (its status 'hidden': search and every list read only 'published', and the company cannot publish it again) or
# dismiss them, with a note the company is told when its posting is hidden. A reporter's rows go with their account.
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

ALTER TABLE postings DROP CONSTRAINT postings_status_check;
ALTER TABLE postings ADD CONSTRAINT postings_status_check CHECK (status IN ('draft', 'published', 'closed', 'hidden'));

CREATE TABLE posting_reports (
    id bigserial PRIMARY KEY,
    posting_id bigint NOT NULL REFERENCES postings (id) ON DELETE CASCADE,
    reporter_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    reason varchar(16) NOT NULL CHECK (reason IN ('scam', 'discrimination', 'misleading', 'spam', 'other')),
    details text NOT NULL DEFAULT '',
    status varchar(10) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'upheld', 'dismissed')),
    created_at timestamptz NOT NULL DEFAULT now(),
    decided_at timestamptz,
    decided_by bigint REFERENCES users (id) ON DELETE SET NULL,
    decision_note text NOT NULL DEFAULT '',
    CONSTRAINT posting_reports_once UNIQUE (posting_id, reporter_id),
    CONSTRAINT posting_reports_decided CHECK ((status = 'open') = (decided_at IS NULL))
);
CREATE INDEX posting_reports_open ON posting_reports (created_at) WHERE status = 'open';
CREATE INDEX posting_reports_reporter ON posting_reports (reporter_id, created_at);
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
