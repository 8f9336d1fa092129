"""Seeker profiles, their skills (with canonical keys) and résumé files."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-11-24T00:00:20:000000"
VERSION = "1.38.0"
DESCRIPTION = "seeker profiles"

SQL = """
CREATE TABLE seeker_profiles (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    birth_year integer CHECK (birth_year BETWEEN 1900 AND 2100),
    phone varchar(20) NOT NULL DEFAULT '',
    region varchar(100) NOT NULL DEFAULT '',
    school varchar(120) NOT NULL DEFAULT '',
    major varchar(120) NOT NULL DEFAULT '',
    graduation varchar(7) NOT NULL DEFAULT '',
    languages text[] NOT NULL DEFAULT '{}',
    sectors text[] NOT NULL DEFAULT '{}',
    districts text[] NOT NULL DEFAULT '{}',
    employment_types text[] NOT NULL DEFAULT '{}',
    shifts text[] NOT NULL DEFAULT '{}',
    earliest_start date,
    experienced boolean NOT NULL DEFAULT false,
    findable boolean NOT NULL DEFAULT false,
    summary text NOT NULL DEFAULT '',
    resume_file varchar(80) NOT NULL DEFAULT '',
    resume_name varchar(200) NOT NULL DEFAULT '',
    resume_size integer NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX seeker_profiles_findable ON seeker_profiles (findable) WHERE findable;

CREATE TABLE seeker_skills (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    position integer NOT NULL,
    text varchar(120) NOT NULL,
    skill_key varchar(200) NOT NULL,
    level smallint CHECK (level BETWEEN 1 AND 5),
    years numeric(4, 1) CHECK (years >= 0 AND years <= 60),
    qualification boolean NOT NULL DEFAULT false
);
CREATE INDEX seeker_skills_user ON seeker_skills (user_id, position);
CREATE INDEX seeker_skills_key ON seeker_skills (skill_key);
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
