"""Interview slots and bookings; capacity is enforced by the database, not by a read-then-write."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-11-24T00:00:40:000000"
VERSION = "1.38.0"
DESCRIPTION = "interviews"

SQL = """
CREATE TABLE interview_slots (
    id bigserial PRIMARY KEY,
    posting_id bigint NOT NULL REFERENCES postings (id) ON DELETE CASCADE,
    employer_id bigint NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
    starts_at timestamptz NOT NULL,
    duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 10 AND 480),
    place text NOT NULL DEFAULT '',
    video_url text NOT NULL DEFAULT '',
    interviewers text NOT NULL DEFAULT '',
    capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 50),
    -- two seekers racing for the last place: the second UPDATE breaks this CHECK and fails
    booked integer NOT NULL DEFAULT 0 CHECK (booked >= 0 AND booked <= capacity),
    status varchar(16) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'cancelled')),
    created_by bigint REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX interview_slots_posting ON interview_slots (employer_id, posting_id, starts_at);

CREATE TABLE interview_bookings (
    id bigserial PRIMARY KEY,
    slot_id bigint NOT NULL REFERENCES interview_slots (id) ON DELETE CASCADE,
    application_id bigint NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    employer_id bigint NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
    seeker_user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status varchar(16) NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled')),
    -- RFC 5545 SEQUENCE: bumped whenever the booked time or place changes
    sequence integer NOT NULL DEFAULT 0,
    confirmed_at timestamptz,
    cancelled_by bigint REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX interview_bookings_one_active ON interview_bookings (application_id) WHERE status = 'booked';
CREATE INDEX interview_bookings_slot ON interview_bookings (slot_id) WHERE status = 'booked';
CREATE INDEX interview_bookings_seeker ON interview_bookings (seeker_user_id);
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
