"""Issue 16: the staff list of unmatched lines reads the free keys only. It asked every stored profile and posting
skill whether its key is free, a scan of the whole tables: 3.4 s cold and 0.23 s warm at 4.1 million posting skills
none of which was free (bench data of issue 19). A partial index of the free keys holds just those rows; the list's
statement names the same predicate, so the planner proves the index covers it."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:95:000000"
VERSION = "1.38.0"
DESCRIPTION = "partial indexes of the free skill keys"

# 'free:' is skills.match.canonical.FREE_PREFIX, which skills.unmatched.LINES writes into its statement
SQL = """
CREATE INDEX seeker_skills_free_key ON seeker_skills (skill_key) WHERE starts_with(skill_key, 'free:');
CREATE INDEX posting_skills_free_key ON posting_skills (key) WHERE starts_with(key, 'free:');
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
