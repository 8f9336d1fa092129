"""Issue 16: the text of a seeker's résumé, read once when it is uploaded, so the profile can show the skills it
names without reading the PDF on every view (7 times the cost of reading the skills: docs/benchmarks.md). NULL: not read yet (a résumé uploaded
before this migration, read on the profile's next view); empty: read, and it has none (a scanned PDF)."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:96:000000"
VERSION = "1.38.0"
DESCRIPTION = "the text of a seeker's résumé"

SQL = """
ALTER TABLE seeker_profiles ADD COLUMN resume_text text;
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
