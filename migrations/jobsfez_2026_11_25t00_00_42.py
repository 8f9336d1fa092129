"""Search filters as one GIN-indexed array, so a search with filters reads only the postings they leave."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-11-25T00:00:42:000000"
VERSION = "1.38.0"
DESCRIPTION = "search facets"

# One index answers every combination of filters at once (GIN intersects the lists of each value), where the
# per-filter btree indexes could narrow by one filter only and left the others to be tested on the table's
# rows: a keyword search with two filters visited 600-1,000 postings to keep 100-250. The btree indexes stay
# for browsing without words, which reads pages off them in order and counts without visiting the table.
# Tokens: "sector:<code>", "district:<code>", "employment_type:<code>", "shift:<code>", "no_experience", "youth"
# (jobsfez.postings.search.facets_of builds the same).
SQL = """
ALTER TABLE postings ADD COLUMN facets text[] GENERATED ALWAYS AS (
    ARRAY['sector:' || sector, 'district:' || district, 'employment_type:' || employment_type, 'shift:' || shift]
    || CASE WHEN no_experience THEN ARRAY['no_experience'] ELSE ARRAY[]::text[] END
    || CASE WHEN youth_min_age IS NOT NULL THEN ARRAY['youth'] ELSE ARRAY[]::text[] END) STORED;
CREATE INDEX postings_open_facets ON postings USING gin (facets) WHERE status = 'published';
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
