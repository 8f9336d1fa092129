"""Back-fill on the drive day: a freed interview's time offered to participants who are there."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:58:000000"
VERSION = "1.38.0"
DESCRIPTION = "drive slot offers"

# A freed interview (cancelled, or its participant absent) whose time is still to come is offered to a few checked-in
# participants; the first to accept gets a new interview at that time (filled_by) and the others' offers are 'lost'.
# The partial unique index is the database's word on "exactly one wins"; the service also takes the freed interview's
# row lock so that the losers are told so rather than hitting the index. An offer expires when its slot starts.
SQL = """
CREATE TABLE drive_slot_offers (
    id bigserial PRIMARY KEY,
    drive_id bigint NOT NULL REFERENCES drives (id) ON DELETE CASCADE,
    interview_id bigint NOT NULL REFERENCES drive_interviews (id) ON DELETE CASCADE,
    participant_id bigint NOT NULL REFERENCES drive_participants (id) ON DELETE CASCADE,
    status varchar(10) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'lost', 'expired')),
    offered_at timestamptz NOT NULL DEFAULT now(),
    answered_at timestamptz,
    expires_at timestamptz NOT NULL,
    filled_by bigint REFERENCES drive_interviews (id) ON DELETE SET NULL,
    CONSTRAINT drive_slot_offers_once UNIQUE (interview_id, participant_id),
    CONSTRAINT drive_slot_offers_answered CHECK ((status = 'open') = (answered_at IS NULL))
);
CREATE UNIQUE INDEX drive_slot_offers_one_winner ON drive_slot_offers (interview_id) WHERE status = 'accepted';
CREATE INDEX drive_slot_offers_open ON drive_slot_offers (drive_id, expires_at) WHERE status = 'open';
CREATE INDEX drive_slot_offers_participant ON drive_slot_offers (participant_id);
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
