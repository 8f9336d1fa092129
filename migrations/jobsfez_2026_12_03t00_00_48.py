"""Issue 16: aliases added to the shipped taxonomy, the runs that re-canonicalise stored skills, staff imports."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-03T00:00:48:000000"
VERSION = "1.38.0"
DESCRIPTION = "skill aliases, re-keying runs and imports of issue 16"

# The seed (migration 3) reads skills/data/taxonomy.csv as it is when it runs, so a fresh database has these
# already; the join skips a skill staff deleted, and the version bump makes every process rebuild its vocabulary.
# A re-keying run is written when the worker finds the taxonomy version newer than its last run's
# (skills/service.py); it re-canonicalises the stored profile and posting skills a chunk at a time and records where
# it stopped, so a run survives a restarted worker. Only the newest run is worth finishing: older pending ones are
# marked superseded. A staff import (ESCO's 13,896 skills) is stored whole first and then written by the worker a
# chunk of skills a transaction, `done` counting them for the progress bar; the version moves once, at the end.
SQL = """
CREATE TABLE skill_rekey_runs (
    id bigserial PRIMARY KEY,
    taxonomy_version bigint NOT NULL,
    status varchar(16) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'superseded')),
    seekers_after bigint NOT NULL DEFAULT 0,
    seekers_done boolean NOT NULL DEFAULT false,
    postings_after bigint NOT NULL DEFAULT 0,
    seeker_skills_changed integer NOT NULL DEFAULT 0,
    posting_skills_changed integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz
);
CREATE INDEX skill_rekey_runs_pending ON skill_rekey_runs (id) WHERE status = 'pending';
CREATE TABLE skill_imports (
    id bigserial PRIMARY KEY,
    source varchar(16) NOT NULL,
    content text NOT NULL,
    total integer NOT NULL CHECK (total > 0),
    done integer NOT NULL DEFAULT 0 CHECK (0 <= done AND done <= total),
    status varchar(16) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done')),
    created_at timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz
);
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
