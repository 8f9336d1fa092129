"""Issue 16: aliases added to the shipped taxonomy by the matcher's seventh pass (the fresh4 set's dev half)."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:91:000000"
VERSION = "1.38.0"
DESCRIPTION = "skill aliases of the matcher's seventh pass"

# As in migration 48: the seed reads skills/data/taxonomy.csv when it runs, so a fresh database has these already;
# the join skips a skill staff deleted, and the version bump makes every process rebuild its vocabulary (and the
# worker re-key the stored skills).
SQL = """
INSERT INTO skill_aliases (skill_id, alias)
SELECT added.skill_id, added.alias
FROM (VALUES
    ('qual-trade-english', '무영'),
    ('production-planning', '생관'),
    ('machine-maintenance', '설보'),
    ('gantry-crane', 'rtg'),
    ('network-admin', 'nw'),
    ('network-admin', 'n/w'),
    ('six-sigma', '6σ'),
    ('quality-audit', 'vda 6.3'),
    ('qual-cnc-milling-craftsman', '컴응밀링'),
    ('iso-14001', 'ems'),
    ('documentation', 'technical manual'),
    ('documentation', '매뉴얼 작성'),
    ('painting-coating', '스프레이건'),
    ('critical-thinking', '논리적'),
    ('kubernetes', 'eks'),
    ('reefer', 'reefer container'),
    ('rockwell-plc', 'controllogix'),
    ('rockwell-plc', 'compactlogix')
) AS added (skill_id, alias)
JOIN skills USING (skill_id)
ON CONFLICT (skill_id, alias) DO NOTHING;
UPDATE taxonomy_state SET version = version + 1 WHERE id = 1;
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
