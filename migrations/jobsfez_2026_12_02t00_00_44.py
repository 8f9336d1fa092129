"""Indexes that give browsing its pages in order: by pay, and the newest of one sector or district."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-02T00:00:44:000000"
VERSION = "1.38.0"
DESCRIPTION = "browsing order indexes"

# Browsing (no keyword) reads a page off an index in its order and stops after it, where there is one:
# - by pay, every open posting was ordered by pay_floor_hourly to show twenty: 5.5 ms of PostgreSQL for 5,000
#   open postings, 0.2 ms with the index (the order of search.ORDER["pay"]);
# - the newest of one sector or one district (the default order with the commonest filter) read all of that
#   sector's open postings (600-1,300) and sorted them: 1.1 ms a page, 0.37 ms with these (EXPLAIN ANALYZE).
SQL = """
CREATE INDEX postings_open_pay ON postings (pay_floor_hourly DESC NULLS LAST, published_at DESC, id DESC)
    WHERE status = 'published';
CREATE INDEX postings_open_sector_newest ON postings (sector, published_at DESC, id DESC) WHERE status = 'published';
CREATE INDEX postings_open_district_newest ON postings (district, published_at DESC, id DESC)
    WHERE status = 'published';
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
