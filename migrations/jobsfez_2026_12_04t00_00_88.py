"""Issue 16 (fresh set): aliases added to the shipped taxonomy by the matcher's fourth pass."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:88:000000"
VERSION = "1.38.0"
DESCRIPTION = "skill aliases of the matcher's fourth pass"

# As in migration 48: the seed reads skills/data/taxonomy.csv when it runs, so a fresh database has these already;
# the join skips a skill staff deleted, and the version bump makes every process rebuild its vocabulary (and the
# worker re-key the stored skills).
SQL = """
INSERT INTO skill_aliases (skill_id, alias)
SELECT added.skill_id, added.alias
FROM (VALUES
    ('yard-tractor', 'y/t'),
    ('hwp', '한글'),
    ('drawing-reading', 'read blueprints'),
    ('machine-operation', 'machine operator'),
    ('warehouse-management', 'warehouse operations'),
    ('quality-inspection', 'pqc'),
    ('quality-inspection', '공정검사')
) AS added (skill_id, alias)
JOIN skills USING (skill_id)
ON CONFLICT (skill_id, alias) DO NOTHING;
UPDATE taxonomy_state SET version = version + 1 WHERE id = 1;
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
