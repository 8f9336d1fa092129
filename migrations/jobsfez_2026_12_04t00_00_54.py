"""A drive's breaks: times in its days when no interview is timetabled."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:54:000000"
VERSION = "1.38.0"
DESCRIPTION = "drive breaks"

# The lead centre gives a break (lunch, most often) with the timetable it builds: one row per drive day, at the
# same clock time each day, and the timetable lays no company's interview over it (issue 14: "its hours,
# interview length and breaks are respected"). Rebuilding with other times replaces the rows.
SQL = """
CREATE TABLE drive_breaks (
    id bigserial PRIMARY KEY,
    drive_id bigint NOT NULL REFERENCES drives (id) ON DELETE CASCADE,
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    CONSTRAINT drive_breaks_in_order CHECK (starts_at < ends_at)
);
CREATE INDEX drive_breaks_drive ON drive_breaks (drive_id, starts_at);
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
