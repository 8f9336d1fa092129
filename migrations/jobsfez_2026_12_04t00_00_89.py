"""Issue 16: aliases added to the shipped taxonomy by the matcher's fifth pass."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:89:000000"
VERSION = "1.38.0"
DESCRIPTION = "skill aliases of the matcher's fifth pass"

# As in migration 48: the seed reads skills/data/taxonomy.csv when it runs, so a fresh database has these already;
# the join skips a skill staff deleted, and the version bump makes every process rebuild its vocabulary (and the
# worker re-key the stored skills).
SQL = """
INSERT INTO skill_aliases (skill_id, alias)
SELECT added.skill_id, added.alias
FROM (VALUES
    ('postgresql', 'pgsql'),
    ('wire-edm', '와컷'),
    ('license-class2-ordinary', '2종오토'),
    ('qual-linux-master', '리마1급'),
    ('qual-linux-master', '리마2급'),
    ('cam', '마캠'),
    ('conflict-resolution', '갈등조정')
) AS added (skill_id, alias)
JOIN skills USING (skill_id)
ON CONFLICT (skill_id, alias) DO NOTHING;
UPDATE taxonomy_state SET version = version + 1 WHERE id = 1;
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
