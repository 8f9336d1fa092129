"""Issue 16: the lines users typed that staff judged to be no skill, so the list of unmatched lines leaves them out."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:92:000000"
VERSION = "1.38.0"
DESCRIPTION = "dismissed unmatched skill lines"

# A dismissal names the free key (skills/match/canonical.py), not a stored row: every profile and posting carrying
# the line, now or later, is left out of the list, and deleting the row brings the line back.
SQL = """
CREATE TABLE skill_dismissals (
    key text PRIMARY KEY CHECK (key LIKE 'free:%'),
    created_at timestamptz NOT NULL DEFAULT now()
);
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
