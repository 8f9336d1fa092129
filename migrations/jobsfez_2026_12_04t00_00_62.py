"""A participant's arrival window, and the greedy comparison stored with the timetable it was built beside."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:62:000000"
VERSION = "1.38.0"
DESCRIPTION = "arrival windows, stored greedy comparison"

# arrives_at / leaves_at: when a participant said they can be there (either or both), on the drive's day; the
# timetable puts none of their interviews outside it. The greedy_* columns are what "best pairs first" achieved on
# the input of the last build: the timetable page shows them beside the timetable without solving on every view
# (NULL for a timetable built before they existed).
SQL = """
ALTER TABLE drive_participants
    ADD COLUMN arrives_at timestamptz,
    ADD COLUMN leaves_at timestamptz,
    ADD CONSTRAINT drive_participants_window CHECK (arrives_at IS NULL OR leaves_at IS NULL OR arrives_at < leaves_at);
ALTER TABLE drive_timetables
    ADD COLUMN greedy_covered integer,
    ADD COLUMN greedy_mutual integer,
    ADD COLUMN greedy_score bigint,
    ADD COLUMN greedy_interviews integer;
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
