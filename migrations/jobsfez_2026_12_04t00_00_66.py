"""What an erased seeker's applications counted, kept without the person, so the reports' counts stay right."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:66:000000"
VERSION = "1.38.0"
DESCRIPTION = "erased activity"

# One row per event an erased seeker's applications made (an application, a booked interview, a hire): when, for which
# posting, and whether the person was young then. Nothing names the person. The reports count these beside the live
# rows (reports/aggregates.py). Hires kept anonymous before this migration get their rows here (not young: their
# birth year went with the account).
SQL = """
CREATE TABLE erased_activity (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL,
    posting_id bigint NOT NULL REFERENCES postings (id) ON DELETE CASCADE,
    youth boolean NOT NULL,
    applications smallint NOT NULL CHECK (applications IN (0, 1)),
    interviews smallint NOT NULL CHECK (interviews IN (0, 1)),
    hires smallint NOT NULL CHECK (hires IN (0, 1))
);
CREATE INDEX erased_activity_at ON erased_activity (at);
INSERT INTO erased_activity (at, posting_id, youth, applications, interviews, hires)
SELECT a.created_at, a.posting_id, false, 1, 0, 0 FROM applications a WHERE a.seeker_user_id IS NULL
UNION ALL
SELECT s.starts_at, a.posting_id, false, 0, 1, 0
FROM interview_bookings b JOIN interview_slots s ON s.id = b.slot_id JOIN applications a ON a.id = b.application_id
WHERE b.status = 'booked' AND a.seeker_user_id IS NULL
UNION ALL
SELECT coalesce((SELECT max(e.created_at) FROM application_events e
                 WHERE e.application_id = a.id AND e.to_stage = 'hired'), a.updated_at), a.posting_id, false, 0, 0, 1
FROM applications a WHERE a.seeker_user_id IS NULL AND a.stage = 'hired';
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
