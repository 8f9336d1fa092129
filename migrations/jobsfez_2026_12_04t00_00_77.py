"""Indexes that give browsing by closing day its pages in order, ties and all, and the closing cron its own (issue 19)."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:77:000000"
VERSION = "1.38.0"
DESCRIPTION = "browsing by closing day in index order"

# Postings close at the end of a day, so thousands share each closing time: the indexes of migration 68 ordered by
# closes_at alone, and a page in search.ORDER["closing"] order (closes_at, id) sorted every posting of the first
# closing day by id, read off the table: at 1,000,000 postings (250,000 open) 3,900 rows and 6-9 ms for the first
# page of all postings (EXPLAIN ANALYZE). With id in the key, a page is its twenty rows. The same indexes still count
# a browsing page's matches without the table (the filters beside are INCLUDEd as before); each entry grows by its id.
# The closing index holds every published posting again, as migration 10's did: the closing cron (postings.service
# CLOSE_DUE) walks it from its start to the first posting not yet due, and since migration 68 left it only indexes of
# listed postings it read the whole table instead (746 ms at 1,000,000 postings). A page's count reads the company's
# approval off it, and the filters no other index holds (youth, no experience, minimum pay: 5-12 ms to count from the
# table at 1,000,000 postings, 1.5-3 ms from the index). Skill arrays would make it 37 MB there, not 14: left out.
SQL = """
DROP INDEX postings_listed_closing, postings_listed_sector, postings_listed_district, postings_listed_type,
    postings_listed_shift;
CREATE INDEX postings_open_closing ON postings (closes_at, id)
    INCLUDE (company_approved, no_experience, youth_min_age, pay_floor_hourly) WHERE status = 'published';
CREATE INDEX postings_listed_sector ON postings (sector, closes_at, id) INCLUDE (district, employment_type, shift)
    WHERE status = 'published' AND company_approved;
CREATE INDEX postings_listed_district ON postings (district, closes_at, id) INCLUDE (sector, employment_type, shift)
    WHERE status = 'published' AND company_approved;
CREATE INDEX postings_listed_type ON postings (employment_type, closes_at, id) INCLUDE (sector, district, shift)
    WHERE status = 'published' AND company_approved;
CREATE INDEX postings_listed_shift ON postings (shift, closes_at, id) INCLUDE (sector, district, employment_type)
    WHERE status = 'published' AND company_approved;
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
