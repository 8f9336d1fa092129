"""The skill taxonomy, seeded from the curated CSV shipped in the repository."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import execute_script

ID = "2026-11-24T00:00:03:000000"
VERSION = "1.38.0"
DESCRIPTION = "skill taxonomy"

SQL = """
CREATE TABLE skills (
    id bigserial PRIMARY KEY,
    skill_id varchar(120) NOT NULL UNIQUE,
    name_ko varchar(200) NOT NULL,
    name_en varchar(200) NOT NULL,
    category varchar(40) NOT NULL,
    qualification boolean NOT NULL DEFAULT false,
    description text NOT NULL DEFAULT '',
    source varchar(16) NOT NULL DEFAULT 'shipped',
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE skill_aliases (
    id bigserial PRIMARY KEY,
    skill_id varchar(120) NOT NULL REFERENCES skills (skill_id) ON DELETE CASCADE ON UPDATE CASCADE,
    alias varchar(200) NOT NULL,
    UNIQUE (skill_id, alias)
);
CREATE TABLE skill_relations (
    id bigserial PRIMARY KEY,
    skill_id varchar(120) NOT NULL REFERENCES skills (skill_id) ON DELETE CASCADE ON UPDATE CASCADE,
    related_id varchar(120) NOT NULL REFERENCES skills (skill_id) ON DELETE CASCADE ON UPDATE CASCADE,
    UNIQUE (skill_id, related_id)
);
CREATE TABLE taxonomy_state (
    id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    version bigint NOT NULL DEFAULT 1
);
INSERT INTO taxonomy_state (id, version) VALUES (1, 1);
"""


async def forwards() -> MigrationManager:
    manager = MigrationManager(migration_id=ID, app_name="jobsfez", description=DESCRIPTION)

    async def run() -> None:
        from jobsfez.skills.service import import_skills
        from jobsfez.skills.taxonomy_data import load_shipped_skills

        await execute_script(SQL)
        await import_skills(load_shipped_skills(), source="shipped")

    manager.add_raw(run)
    return manager
