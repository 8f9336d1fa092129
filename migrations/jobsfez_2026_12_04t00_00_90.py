"""Issue 16: aliases added to the shipped taxonomy by the matcher's sixth pass (the fresh3 set's dev half)."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:90:000000"
VERSION = "1.38.0"
DESCRIPTION = "skill aliases of the matcher's sixth pass"

# As in migration 48: the seed reads skills/data/taxonomy.csv when it runs, so a fresh database has these already;
# the join skips a skill staff deleted, and the version bump makes every process rebuild its vocabulary (and the
# worker re-key the stored skills).
SQL = """
INSERT INTO skill_aliases (skill_id, alias)
SELECT added.skill_id, added.alias
FROM (VALUES
    ('firmware', 'f/w'),
    ('accounting', 'ar/ap'),
    ('accounting', '전표'),
    ('web-server', 'web/was'),
    ('network-admin', 'l2 스위치'),
    ('network-admin', 'l3 스위치'),
    ('network-admin', 'l2 switch'),
    ('network-admin', 'l3 switch'),
    ('deep-learning', 'cnn'),
    ('deep-learning', 'rnn'),
    ('windows-server', 'gpo'),
    ('windows-server', 'group policy'),
    ('cybersecurity', 'isms-p'),
    ('cybersecurity', 'isms'),
    ('reefer', 'rf 컨테이너'),
    ('reefer', 'rf container'),
    ('machine-maintenance', 'preventive maintenance'),
    ('machine-maintenance', '예방정비'),
    ('machine-maintenance', '예방보전'),
    ('quality-inspection', 'incoming inspection'),
    ('quality-inspection', 'outgoing inspection'),
    ('quality-inspection', 'final inspection'),
    ('customer-service', 'customer support'),
    ('time-series', 'time series'),
    ('mentoring', '신입사원교육'),
    ('physical-stamina', 'physically fit'),
    ('adaptability', '적응'),
    ('painting-coating', '전착도장'),
    ('painting-coating', 'electrodeposition coating'),
    ('accounting', '세금계산서'),
    ('purchasing', 'purchasing'),
    ('marine-engine', 'm/e'),
    ('marine-engine', 'main engine'),
    ('freight-forwarding', 'fcl'),
    ('freight-forwarding', 'lcl'),
    ('trade-documentation', 'c/i'),
    ('trade-documentation', 'commercial invoice'),
    ('leadership', '리더'),
    ('creativity', '창의적'),
    ('self-motivation', '주도적'),
    ('self-motivation', '적극적')
) AS added (skill_id, alias)
JOIN skills USING (skill_id)
ON CONFLICT (skill_id, alias) DO NOTHING;
UPDATE taxonomy_state SET version = version + 1 WHERE id = 1;
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
