"""One GIN-indexed tsvector that narrows a keyword search to its candidates before any row is read."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-11-25T00:00:43:000000"
VERSION = "1.38.0"
DESCRIPTION = "search candidates"

# A keyword search with filters read every posting the filters left (100-250) and tested each word on each of
# them: most of a search's database time. ``findable`` holds, as lexemes of one tsvector, everything a word
# can match by, so one GIN index scan intersects the filters with the words and leaves only candidates:
# - the words of the title, occupation, skills and description ('simple' parser, as ``search``);
# - "K:<skill key>" for each skill key;
# - "G:<two letters>" for each pair of adjacent letters of ``compact`` (a word found inside it as a substring
#   has all its pairs there: a candidate, which the exact test then confirms);
# - "F:<filter token>" for each filter value (the tokens of ``facets``).
# Upper-case prefixes keep these apart from words: the 'simple' parser lowercases, so no word's prefix search
# reaches them. jobsfez.postings.search builds queries that find a superset of what its exact per-row tests
# find, so candidates never lose a match. A generated column cannot read another, hence the repeated
# expressions; changing this function needs a migration that rewrites the column.
SQL = r"""
CREATE FUNCTION posting_findable(
    title text, occupation text, skill_text text, description text, sector text, district text,
    employment_type text, shift text, no_experience boolean, youth_min_age smallint, skill_keys text[]
) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    -- the words exactly as ``search`` parses them: one string would let the parser join tokens across fields
    SELECT to_tsvector('simple', title) || to_tsvector('simple', occupation || ' ' || skill_text)
        || to_tsvector('simple', description)
        || array_to_tsvector(
            ARRAY['F:sector:' || sector, 'F:district:' || district, 'F:employment_type:' || employment_type,
                  'F:shift:' || shift]
            || CASE WHEN no_experience THEN ARRAY['F:no_experience'] ELSE ARRAY[]::text[] END
            || CASE WHEN youth_min_age IS NOT NULL THEN ARRAY['F:youth'] ELSE ARRAY[]::text[] END
            || ARRAY(SELECT 'K:' || k FROM unnest(skill_keys) AS k WHERE k IS NOT NULL)
            || ARRAY(SELECT 'G:' || substr(c, i, 2)
                     FROM (SELECT lower(regexp_replace(title || occupation || skill_text, '\s+', '', 'g')) AS c) AS s,
                          generate_series(1, length(c) - 1) AS i))
$$;
ALTER TABLE postings ADD COLUMN findable tsvector GENERATED ALWAYS AS (posting_findable(
    title, occupation, skill_text, description, sector, district, employment_type, shift, no_experience,
    youth_min_age, skill_keys)) STORED;
CREATE INDEX postings_open_findable ON postings USING gin (findable) WHERE status = 'published';
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
