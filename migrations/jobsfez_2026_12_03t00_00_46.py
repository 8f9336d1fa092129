"""Placement drives: the drive, its days, the centres hosting it and its history."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-03T00:00:46:000000"
VERSION = "1.38.0"
DESCRIPTION = "placement drives"

# What the database can hold to is a CHECK here: the lifecycle's states, ages a person can have in the youth
# programmes' wider band, a capacity, a day that ends after it starts and a registration window in order. A draft
# may lack its registration window; publishing asks for it (drives/service.py). Codes of reference data (district,
# region) are checked by drives/validation.py, as the postings' are, so a new choice needs no migration.
# One lead per drive: the centre that created it; the others co-host (drive_hosts_one_lead).
SQL = """
CREATE TABLE drives (
    id bigserial PRIMARY KEY,
    title varchar(120) NOT NULL,
    description text NOT NULL,
    venue_district varchar(32) NOT NULL,
    venue_address varchar(300) NOT NULL DEFAULT '',
    rooms varchar(300) NOT NULL DEFAULT '',
    registration_opens_at timestamptz,
    registration_closes_at timestamptz,
    min_age smallint NOT NULL DEFAULT 15,
    max_age smallint NOT NULL DEFAULT 39,
    region varchar(16) NOT NULL DEFAULT 'anywhere',
    cohort varchar(120) NOT NULL DEFAULT '',
    capacity integer NOT NULL CHECK (capacity > 0),
    visibility varchar(16) NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'invite_only')),
    status varchar(16) NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed', 'held', 'archived')),
    created_by bigint REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    published_at timestamptz,
    CONSTRAINT drives_ages CHECK (15 <= min_age AND min_age <= max_age AND max_age <= 99),
    CONSTRAINT drives_registration_window CHECK (registration_opens_at < registration_closes_at),
    CONSTRAINT drives_window_whole CHECK ((registration_opens_at IS NULL) = (registration_closes_at IS NULL))
);
CREATE INDEX drives_listed ON drives (status) WHERE visibility = 'public';

CREATE TABLE drive_days (
    id bigserial PRIMARY KEY,
    drive_id bigint NOT NULL REFERENCES drives (id) ON DELETE CASCADE,
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    CONSTRAINT drive_days_in_order CHECK (starts_at < ends_at)
);
CREATE INDEX drive_days_drive ON drive_days (drive_id, starts_at);

CREATE TABLE drive_hosts (
    id bigserial PRIMARY KEY,
    drive_id bigint NOT NULL REFERENCES drives (id) ON DELETE CASCADE,
    centre_id bigint NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
    lead boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (drive_id, centre_id)
);
CREATE UNIQUE INDEX drive_hosts_one_lead ON drive_hosts (drive_id) WHERE lead;
CREATE INDEX drive_hosts_centre ON drive_hosts (centre_id);

CREATE TABLE drive_history (
    id bigserial PRIMARY KEY,
    drive_id bigint NOT NULL REFERENCES drives (id) ON DELETE CASCADE,
    centre_id bigint REFERENCES centres (id) ON DELETE SET NULL,
    user_id bigint REFERENCES users (id) ON DELETE SET NULL,
    action varchar(16) NOT NULL,
    changes jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX drive_history_drive ON drive_history (drive_id, id);
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
