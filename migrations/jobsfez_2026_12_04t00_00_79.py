"""An index of open postings' skill keys, for browsing by a skill (issue 19)."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:79:000000"
VERSION = "1.38.0"
DESCRIPTION = "browsing by a skill"

# Browsing with a skill filter (search.query: skill_keys && the skill's keys) had no index for the skill: it read
# the open postings in the page's order and tested each, until it had a page and its count, so a rare skill read
# every open posting (Python at 1,000,000 postings, 250,000 open: 800 matches, 245,000 rows read, 230 ms). With this
# index PostgreSQL finds a rare skill's postings through it, and still walks a common skill's in order; its
# statistics of array elements estimate both. Keyword searches ask the `findable` index for skills instead.
SQL = """
CREATE INDEX postings_open_skill_keys ON postings USING gin (skill_keys) WHERE status = 'published';
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
