"""Aliases added to the shipped taxonomy for issue 16, for databases seeded before them."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-03T00:00:48:000000"
VERSION = "1.38.0"
DESCRIPTION = "skill aliases of issue 16"

# The seed (migration 3) reads skills/data/taxonomy.csv as it is when it runs, so a fresh database has these
# already; the join skips a skill staff deleted, and the version bump makes every process rebuild its vocabulary.
SQL = """
INSERT INTO skill_aliases (skill_id, alias)
SELECT added.skill_id, added.alias
FROM (VALUES
    ('elasticsearch', 'elastic'),
    ('uiux-design', 'ui'),
    ('uiux-design', 'ux'),
    ('illustrator', '일러스트'),
    ('llm', 'gen ai'),
    ('llm', 'genai'),
    ('mct', 'hmc'),
    ('welding-smaw', '피복'),
    ('rockwell-plc', 'a/b plc'),
    ('rockwell-plc', 'ab plc'),
    ('drawing-reading', 'read drawings'),
    ('drawing-reading', 'read technical drawings'),
    ('gantry-crane', 'sts'),
    ('qual-facility-maintenance-engineer', '설보기'),
    ('qual-marine-officer', '1항사'),
    ('qual-marine-officer', '2항사'),
    ('qual-marine-officer', '3기사'),
    ('qual-marine-officer', '3항사'),
    ('qual-aws-saa', 'saa'),
    ('qual-aws-cloud-practitioner', 'clf')
) AS added (skill_id, alias)
JOIN skills USING (skill_id)
ON CONFLICT (skill_id, alias) DO NOTHING;
UPDATE taxonomy_state SET version = version + 1 WHERE id = 1;
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
