"""Drives' employers: companies invited to a drive or asking to join it, what a joined company offers there, and
invitations by email to companies not yet on jobsfez."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-03T00:00:49:000000"
VERSION = "1.38.0"
DESCRIPTION = "drive employers"

# One row per company and drive, whichever side started it: the centre invites (invited) or the company asks
# (requested); the other side answers (joined or declined); a joined company may withdraw. asked_by is the member who
# invited or asked, answered_by the one who answered. What a joined company offers (interview length, booth, hours,
# interviewers, postings) hangs on that row; no hours means the drive's own hours. A posting attached to a drive
# belongs to a company on the drive (drive_postings_on_drive): the posting's owner is checked by drives/employers.py.
# An invitation by email is a company's invitation as tenancy/ stores one (the token's hash only); role is the role
# the person registering the company takes there, its owner; employer_id is the company registered with it.
SQL = """
CREATE TABLE drive_employers (
    id bigserial PRIMARY KEY,
    drive_id bigint NOT NULL REFERENCES drives (id) ON DELETE CASCADE,
    employer_id bigint NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
    status varchar(16) NOT NULL CHECK (status IN ('invited', 'requested', 'joined', 'declined', 'withdrawn')),
    asked_by bigint REFERENCES users (id) ON DELETE SET NULL,
    asked_at timestamptz NOT NULL DEFAULT now(),
    answered_by bigint REFERENCES users (id) ON DELETE SET NULL,
    answered_at timestamptz,
    interview_minutes smallint NOT NULL DEFAULT 20 CHECK (interview_minutes BETWEEN 10 AND 60),
    booth varchar(60) NOT NULL DEFAULT '',
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (drive_id, employer_id)
);
CREATE INDEX drive_employers_employer ON drive_employers (employer_id);

CREATE TABLE drive_employer_hours (
    id bigserial PRIMARY KEY,
    drive_employer_id bigint NOT NULL REFERENCES drive_employers (id) ON DELETE CASCADE,
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    CONSTRAINT drive_employer_hours_in_order CHECK (starts_at < ends_at)
);
CREATE INDEX drive_employer_hours_employer ON drive_employer_hours (drive_employer_id, starts_at);

CREATE TABLE drive_interviewers (
    id bigserial PRIMARY KEY,
    drive_employer_id bigint NOT NULL REFERENCES drive_employers (id) ON DELETE CASCADE,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    UNIQUE (drive_employer_id, user_id)
);

CREATE TABLE drive_postings (
    id bigserial PRIMARY KEY,
    drive_id bigint NOT NULL REFERENCES drives (id) ON DELETE CASCADE,
    employer_id bigint NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
    posting_id bigint NOT NULL REFERENCES postings (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (drive_id, posting_id),
    CONSTRAINT drive_postings_on_drive FOREIGN KEY (drive_id, employer_id)
        REFERENCES drive_employers (drive_id, employer_id) ON DELETE CASCADE
);
CREATE INDEX drive_postings_employer ON drive_postings (drive_id, employer_id);

CREATE TABLE drive_employer_invitations (
    id bigserial PRIMARY KEY,
    drive_id bigint NOT NULL REFERENCES drives (id) ON DELETE CASCADE,
    email varchar(254) NOT NULL,
    role varchar(16) NOT NULL CHECK (role = 'owner'),
    token_hash varchar(64) NOT NULL UNIQUE,
    invited_by bigint NOT NULL REFERENCES users (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    accepted_at timestamptz,
    employer_id bigint REFERENCES employers (id) ON DELETE SET NULL
);
CREATE INDEX drive_employer_invitations_drive ON drive_employer_invitations (drive_id);
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
