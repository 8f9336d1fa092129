"""Issue 16: skill keys as text. A line that names no skill is kept under a free key of its normalised text, and
normalising spells each Hangul syllable as its letters (up to three), so a Korean line of 120 characters, which the
profile form allows, needs a key of up to 365: varchar(200) refused it, and the profile could not be saved."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:93:000000"
VERSION = "1.38.0"
DESCRIPTION = "skill keys as text"

# varchar to text needs no rewrite of the tables or their indexes
SQL = """
ALTER TABLE seeker_skills ALTER COLUMN skill_key TYPE text;
ALTER TABLE posting_skills ALTER COLUMN key TYPE text;
ALTER TABLE report_skill_cells ALTER COLUMN skill_key TYPE text;
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
