"""A drive's pre-matching runs and their results, both sides' interest marks, and the drive day's timetable."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:51:000000"
VERSION = "1.38.0"
DESCRIPTION = "drive matches, interest marks, timetables and interviews"

# Pre-matching (issue 13) runs in the worker; a run is a row first, so that a worker killed mid-run leaves a row
# another worker takes over (its heartbeat stops), and the page reads its progress from PostgreSQL. One run of a
# drive is pending at a time. Its result is one row per participant and company (the company's best-matching
# posting at the drive for that person), ranked both ways; the drive's current result is its latest finished run.
# Interest marks are one row per side that marked: a participant wanting to meet a company, or a company a
# participant; the timetable (issue 14) counts an interview both sides marked.
# A drive's timetable is one row (draft until the centre publishes it) and its interviews; an interview keeps its
# calendar UID for its whole life and raises its SEQUENCE on every change after publishing, so that calendars
# update or cancel the event they already hold.
SQL = """
CREATE TABLE drive_match_runs (
    id bigserial PRIMARY KEY,
    drive_id bigint NOT NULL REFERENCES drives (id) ON DELETE CASCADE,
    status varchar(8) NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
    requested_by bigint REFERENCES users (id) ON DELETE SET NULL,
    participants_total integer NOT NULL DEFAULT 0 CHECK (participants_total >= 0),
    participants_done integer NOT NULL DEFAULT 0 CHECK (participants_done BETWEEN 0 AND participants_total),
    error text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    started_at timestamptz,
    heartbeat_at timestamptz,
    finished_at timestamptz
);
CREATE UNIQUE INDEX drive_match_runs_one_pending ON drive_match_runs (drive_id) WHERE status IN ('queued', 'running');
CREATE INDEX drive_match_runs_drive ON drive_match_runs (drive_id, id DESC);

CREATE TABLE drive_matches (
    id bigserial PRIMARY KEY,
    run_id bigint NOT NULL REFERENCES drive_match_runs (id) ON DELETE CASCADE,
    drive_id bigint NOT NULL REFERENCES drives (id) ON DELETE CASCADE,
    participant_id bigint NOT NULL REFERENCES drive_participants (id) ON DELETE CASCADE,
    employer_id bigint NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
    posting_id bigint NOT NULL REFERENCES postings (id) ON DELETE CASCADE,
    score real NOT NULL CHECK (score BETWEEN 0 AND 100),
    participant_rank integer NOT NULL CHECK (participant_rank >= 1),
    company_rank integer NOT NULL CHECK (company_rank >= 1),
    CONSTRAINT drive_matches_once UNIQUE (run_id, participant_id, employer_id)
);
CREATE INDEX drive_matches_company ON drive_matches (run_id, employer_id, company_rank);
CREATE INDEX drive_matches_participant ON drive_matches (run_id, participant_id, participant_rank);

CREATE TABLE drive_interest (
    id bigserial PRIMARY KEY,
    drive_id bigint NOT NULL REFERENCES drives (id) ON DELETE CASCADE,
    participant_id bigint NOT NULL REFERENCES drive_participants (id) ON DELETE CASCADE,
    employer_id bigint NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
    side varchar(12) NOT NULL CHECK (side IN ('participant', 'company')),
    marked_by bigint REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT drive_interest_once UNIQUE (participant_id, employer_id, side)
);
CREATE INDEX drive_interest_drive ON drive_interest (drive_id, employer_id);

CREATE TABLE drive_timetables (
    id bigserial PRIMARY KEY,
    drive_id bigint NOT NULL REFERENCES drives (id) ON DELETE CASCADE,
    status varchar(10) NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
    max_interviews smallint NOT NULL DEFAULT 3 CHECK (max_interviews BETWEEN 1 AND 10),
    formulation varchar(12) NOT NULL CHECK (formulation IN ('flow', 'flow+cp-sat', 'cp-sat')),
    proven boolean NOT NULL,
    covered integer NOT NULL CHECK (covered >= 0),
    mutual integer NOT NULL CHECK (mutual >= 0),
    score bigint NOT NULL CHECK (score >= 0),
    built_by bigint REFERENCES users (id) ON DELETE SET NULL,
    built_at timestamptz NOT NULL DEFAULT now(),
    published_by bigint REFERENCES users (id) ON DELETE SET NULL,
    published_at timestamptz,
    CONSTRAINT drive_timetables_once UNIQUE (drive_id),
    CONSTRAINT drive_timetables_published CHECK ((status = 'published') = (published_at IS NOT NULL))
);

CREATE TABLE drive_interviews (
    id bigserial PRIMARY KEY,
    drive_id bigint NOT NULL REFERENCES drives (id) ON DELETE CASCADE,
    participant_id bigint NOT NULL REFERENCES drive_participants (id) ON DELETE CASCADE,
    employer_id bigint NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    booth varchar(60) NOT NULL DEFAULT '',
    interviewer_id bigint REFERENCES users (id) ON DELETE SET NULL,
    locked boolean NOT NULL DEFAULT false,
    status varchar(12) NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled', 'absent')),
    outcome varchar(12) CHECK (outcome IN ('no_show', 'interviewed', 'next_round', 'offer', 'hired')),
    outcome_by bigint REFERENCES users (id) ON DELETE SET NULL,
    outcome_at timestamptz,
    uid uuid NOT NULL DEFAULT gen_random_uuid(),
    sequence integer NOT NULL DEFAULT 0 CHECK (sequence >= 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT drive_interviews_uid UNIQUE (uid),
    CONSTRAINT drive_interviews_in_order CHECK (starts_at < ends_at),
    CONSTRAINT drive_interviews_outcome CHECK ((outcome IS NULL) = (outcome_at IS NULL))
);
CREATE INDEX drive_interviews_drive ON drive_interviews (drive_id, employer_id, starts_at);
CREATE INDEX drive_interviews_participant ON drive_interviews (participant_id, starts_at);
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
