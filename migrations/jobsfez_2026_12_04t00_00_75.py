"""Issue 17: a company's size, shown on its page as Korean job boards do; empty where the company has not said."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:75:000000"
VERSION = "1.38.0"
DESCRIPTION = "company size"

SQL = """
ALTER TABLE employers ADD COLUMN size varchar(16) NOT NULL DEFAULT ''
    CHECK (size IN ('', '1-9', '10-49', '50-299', '300-999', '1000+'));
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
