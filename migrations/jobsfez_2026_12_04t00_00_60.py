"""The zone's reports: monthly aggregates the worker refreshes, so that a report page reads cells, never raw rows."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:60:000000"
VERSION = "1.38.0"
DESCRIPTION = "report aggregates"

# Months are calendar months in Korea (a date, the month's first day). reports/aggregates.py rewrites the activity
# and pay tables whole, and the skill table's current month, in one transaction; past months of the skill table stay
# as they were last computed in that month, since who held a skill then is not kept anywhere else.
# sector '' in report_pay_cells and report_skill_cells is every sector together (a median does not add up).
SQL = """
CREATE TABLE report_activity_cells (
    id bigserial PRIMARY KEY,
    month date NOT NULL,
    sector varchar(32) NOT NULL,
    district varchar(32) NOT NULL,
    youth boolean NOT NULL,
    applications integer NOT NULL DEFAULT 0,
    interviews integer NOT NULL DEFAULT 0,
    hires integer NOT NULL DEFAULT 0,
    CONSTRAINT report_activity_cells_once UNIQUE (month, sector, district, youth)
);
CREATE TABLE report_pay_cells (
    id bigserial PRIMARY KEY,
    period varchar(5) NOT NULL CHECK (period IN ('month', 'year')),
    starts date NOT NULL,
    sector varchar(32) NOT NULL,
    postings integer NOT NULL,
    median_hourly numeric NOT NULL,
    CONSTRAINT report_pay_cells_once UNIQUE (period, starts, sector)
);
CREATE TABLE report_skill_cells (
    id bigserial PRIMARY KEY,
    month date NOT NULL,
    sector varchar(32) NOT NULL,
    skill_key varchar(200) NOT NULL,
    name_ko varchar(120) NOT NULL,
    name_en varchar(120) NOT NULL,
    postings integer NOT NULL DEFAULT 0,
    openings integer NOT NULL DEFAULT 0,
    seekers integer NOT NULL DEFAULT 0,
    missed integer NOT NULL DEFAULT 0,
    CONSTRAINT report_skill_cells_once UNIQUE (month, sector, skill_key)
);
CREATE TABLE report_refreshes (
    id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    refreshed_at timestamptz NOT NULL,
    sampled_seekers integer NOT NULL DEFAULT 0,
    active_seekers integer NOT NULL DEFAULT 0
);
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
