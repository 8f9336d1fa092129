"""Job postings: their skills, their history, and what public search needs (full text, trigrams, skill keys)."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-11-24T00:00:10:000000"
VERSION = "1.38.0"
DESCRIPTION = "job postings and search"

SQL = """
CREATE TABLE postings (
    id bigserial PRIMARY KEY,
    employer_id bigint NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
    status varchar(16) NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'closed')),
    title varchar(100) NOT NULL,
    description text NOT NULL,
    sector varchar(32) NOT NULL,
    occupation varchar(100) NOT NULL,
    district varchar(32) NOT NULL,
    address varchar(300) NOT NULL DEFAULT '',
    employment_type varchar(24) NOT NULL,
    shift varchar(16) NOT NULL,
    pay_unit varchar(8) NOT NULL CHECK (pay_unit IN ('hour', 'month', 'year')),
    pay_min bigint CHECK (pay_min > 0),
    pay_max bigint CHECK (pay_max >= pay_min),
    pay_negotiable boolean NOT NULL DEFAULT false,
    openings integer NOT NULL CHECK (openings BETWEEN 1 AND 999),
    start_date date,
    closing_date date NOT NULL,
    no_experience boolean NOT NULL DEFAULT false,
    youth_min_age smallint,
    youth_max_age smallint CHECK (youth_max_age >= youth_min_age),
    skill_text text NOT NULL DEFAULT '',
    skill_keys text[] NOT NULL DEFAULT '{}',
    created_by bigint REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    published_at timestamptz,
    closed_at timestamptz,
    CHECK (pay_negotiable OR pay_min IS NOT NULL),
    -- a posting closes at the end of its closing day in Korea
    closes_at timestamptz GENERATED ALWAYS AS (timezone('Asia/Seoul', (closing_date + 1)::timestamp)) STORED,
    -- the lower end of the pay as KRW an hour (209 hours a month), for the minimum-pay filter and pay sort
    pay_floor_hourly numeric GENERATED ALWAYS AS (
        round(pay_min::numeric / CASE pay_unit WHEN 'hour' THEN 1 WHEN 'month' THEN 209 ELSE 2508 END)) STORED,
    search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', title), 'A')
        || setweight(to_tsvector('simple', occupation || ' ' || skill_text), 'B')
        || setweight(to_tsvector('simple', description), 'C')) STORED,
    -- lowercase with no spaces, so "CNC 선반" and "CNC선반" find each other (Korean spacing varies)
    compact text GENERATED ALWAYS AS (
        lower(regexp_replace(title || occupation || skill_text, '\\s+', '', 'g'))) STORED
);
CREATE INDEX postings_employer ON postings (employer_id, updated_at DESC);
-- Public search reads only published postings (a few thousand). Small partial indexes narrow them by filter
-- and give pages in order (employer_id included, so counts need not visit the table); the words of a query
-- are tested on what is left: skill keys and the squeezed substring row by row, full text and trigram
-- similarity through their GIN indexes, once per word.
CREATE INDEX postings_open_closing ON postings (closes_at) INCLUDE (employer_id) WHERE status = 'published';
CREATE INDEX postings_open_newest ON postings (published_at DESC, id DESC) WHERE status = 'published';
CREATE INDEX postings_open_sector ON postings (sector, closes_at) INCLUDE (employer_id) WHERE status = 'published';
CREATE INDEX postings_open_district ON postings (district, closes_at) INCLUDE (employer_id) WHERE status = 'published';
CREATE INDEX postings_open_type ON postings (employment_type, closes_at) INCLUDE (employer_id)
    WHERE status = 'published';
CREATE INDEX postings_open_shift ON postings (shift, closes_at) INCLUDE (employer_id) WHERE status = 'published';
CREATE INDEX postings_open_search ON postings USING gin (search) WHERE status = 'published';
CREATE INDEX postings_open_compact_trgm ON postings USING gin (compact gin_trgm_ops) WHERE status = 'published';

-- Every statement that changes postings records a new change number, in the writing transaction: a search
-- result remembered under one number is reused only while that number is current. The number comes from a
-- sequence, so it never repeats, not even after TRUNCATE (tests) empties the table.
CREATE SEQUENCE posting_changes_seq;
CREATE TABLE posting_changes (
    id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    version bigint NOT NULL
);
CREATE FUNCTION postings_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO posting_changes (id, version) VALUES (1, nextval('posting_changes_seq'))
    ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version;
    RETURN NULL;
END
$$;
CREATE TRIGGER postings_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON postings
    FOR EACH STATEMENT EXECUTE FUNCTION postings_changed();
INSERT INTO posting_changes (id, version) VALUES (1, nextval('posting_changes_seq'));

CREATE TABLE posting_skills (
    id bigserial PRIMARY KEY,
    posting_id bigint NOT NULL REFERENCES postings (id) ON DELETE CASCADE,
    kind varchar(8) NOT NULL CHECK (kind IN ('must', 'nice')),
    position smallint NOT NULL,
    text varchar(60) NOT NULL,
    level smallint CHECK (level BETWEEN 1 AND 5),
    key varchar(200) NOT NULL,
    skill_id varchar(120),
    UNIQUE (posting_id, kind, position)
);
CREATE INDEX posting_skills_key ON posting_skills (key);

CREATE TABLE posting_history (
    id bigserial PRIMARY KEY,
    posting_id bigint NOT NULL REFERENCES postings (id) ON DELETE CASCADE,
    employer_id bigint NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
    user_id bigint REFERENCES users (id) ON DELETE SET NULL,
    action varchar(16) NOT NULL,
    changes jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX posting_history_posting ON posting_history (posting_id, id);
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
