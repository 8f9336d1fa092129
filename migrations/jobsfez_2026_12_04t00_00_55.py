"""Check-in on the drive day, walk-ins, and which itinerary each participant and company was last sent."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:55:000000"
VERSION = "1.38.0"
DESCRIPTION = "drive check-in, walk-ins and itinerary notices"

# Arrival is a column of the participant (one arrival per person and drive), stamped once with the centre member who
# scanned it. A walk-in is a person who came without registering: the staff add them at the door (source 'walkin'),
# brought by the staff's centre, checked in at once.
# drive_itinerary_notices keeps, per participant and per company of a drive, what their last itinerary message said
# (a fingerprint of their interviews' ids, sequences and statuses) and its version: publishing twice, or a change
# that leaves someone's interviews as they were, sends them nothing; a change that does sends them the next version.
SQL = """
ALTER TABLE drive_participants DROP CONSTRAINT drive_participants_source_check;
ALTER TABLE drive_participants ADD CONSTRAINT drive_participants_source_check
    CHECK (source IN ('self', 'roster', 'walkin'));
ALTER TABLE drive_participants
    ADD COLUMN checked_in_at timestamptz,
    ADD COLUMN checked_in_by bigint REFERENCES users (id) ON DELETE SET NULL;
CREATE INDEX drive_participants_arrived ON drive_participants (drive_id, checked_in_at)
    WHERE checked_in_at IS NOT NULL;

CREATE TABLE drive_itinerary_notices (
    id bigserial PRIMARY KEY,
    drive_id bigint NOT NULL REFERENCES drives (id) ON DELETE CASCADE,
    participant_id bigint REFERENCES drive_participants (id) ON DELETE CASCADE,
    employer_id bigint REFERENCES employers (id) ON DELETE CASCADE,
    version integer NOT NULL CHECK (version >= 1),
    fingerprint text NOT NULL,
    sent_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT drive_itinerary_notices_one_side CHECK ((participant_id IS NULL) <> (employer_id IS NULL))
);
CREATE UNIQUE INDEX drive_itinerary_notices_participant ON drive_itinerary_notices (participant_id)
    WHERE participant_id IS NOT NULL;
CREATE UNIQUE INDEX drive_itinerary_notices_company ON drive_itinerary_notices (drive_id, employer_id)
    WHERE employer_id IS NOT NULL;
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
