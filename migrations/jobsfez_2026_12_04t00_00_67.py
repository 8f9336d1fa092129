"""Issue 17: a posting's company names, kept on the posting, so that search finds "진해정밀" and "Jinhae Precision"."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:67:000000"
VERSION = "1.38.0"
DESCRIPTION = "company names in search"

# A generated column cannot read another table, so the company's names are copied onto each of its postings, and
# triggers keep the copies true whatever writes them: a posting takes its company's names when it is inserted (or
# moved to another company, or its copies are written directly), and renaming a company rewrites its postings'
# copies in the same transaction (that statement moves the postings' change number, so search's remembered results
# go too). The names then enter the search columns as the title does, with the same tolerance of spacing and typos:
# - ``search``: their words at weight D, below the description's C, so a title or skill that names a word ranks
#   above a company whose name holds it;
# - ``compact``: squeezed after the title, occupation and skills, so "진해 정밀" finds "진해정밀"; and once more as
#   written, after a space, so that trigram similarity sees where their words begin and end and finds "jinhae
#   precison" (word similarity 0.67 against "jinhae precision", 0.44 against "jinhaeprecision": the threshold is 0.6);
# - ``findable`` (migration 43): their words and the letter pairs of the new ``compact``.
# PostgreSQL 17 and later rewrite a generated column's expression in place (its indexes are rebuilt).
SQL = r"""
ALTER TABLE postings ADD COLUMN company_name_ko varchar(120) NOT NULL DEFAULT '',
    ADD COLUMN company_name_en varchar(120) NOT NULL DEFAULT '';

CREATE FUNCTION postings_company_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT e.name_ko, e.name_en INTO NEW.company_name_ko, NEW.company_name_en
    FROM employers e WHERE e.id = NEW.employer_id;
    RETURN NEW;
END
$$;
CREATE TRIGGER postings_company_names BEFORE INSERT OR UPDATE OF employer_id, company_name_ko, company_name_en
    ON postings FOR EACH ROW EXECUTE FUNCTION postings_company_names();

CREATE FUNCTION employers_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE postings SET company_name_ko = NEW.name_ko, company_name_en = NEW.name_en WHERE employer_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER employers_renamed AFTER UPDATE OF name_ko, name_en ON employers FOR EACH ROW
    WHEN (OLD.name_ko IS DISTINCT FROM NEW.name_ko OR OLD.name_en IS DISTINCT FROM NEW.name_en)
    EXECUTE FUNCTION employers_renamed();

UPDATE postings SET company_name_ko = '' WHERE true;  -- the trigger writes the names

CREATE FUNCTION posting_findable(
    title text, occupation text, skill_text text, description text, sector text, district text,
    employment_type text, shift text, no_experience boolean, youth_min_age smallint, skill_keys text[],
    company_name_ko text, company_name_en text
) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_tsvector('simple', title) || to_tsvector('simple', occupation || ' ' || skill_text)
        || to_tsvector('simple', description) || to_tsvector('simple', company_name_ko || ' ' || company_name_en)
        || array_to_tsvector(
            ARRAY['F:sector:' || sector, 'F:district:' || district, 'F:employment_type:' || employment_type,
                  'F:shift:' || shift]
            || CASE WHEN no_experience THEN ARRAY['F:no_experience'] ELSE ARRAY[]::text[] END
            || CASE WHEN youth_min_age IS NOT NULL THEN ARRAY['F:youth'] ELSE ARRAY[]::text[] END
            || ARRAY(SELECT 'K:' || k FROM unnest(skill_keys) AS k WHERE k IS NOT NULL)
            || ARRAY(SELECT 'G:' || substr(c, i, 2)
                     FROM (SELECT lower(regexp_replace(
                               title || occupation || skill_text || company_name_ko || company_name_en, '\s+', '', 'g')
                               || ' ' || company_name_ko || ' ' || company_name_en) AS c) AS s,
                          generate_series(1, length(c) - 1) AS i))
$$;

ALTER TABLE postings
    ALTER COLUMN search SET EXPRESSION AS (
        setweight(to_tsvector('simple', title), 'A')
        || setweight(to_tsvector('simple', occupation || ' ' || skill_text), 'B')
        || setweight(to_tsvector('simple', description), 'C')
        || setweight(to_tsvector('simple', company_name_ko || ' ' || company_name_en), 'D')),
    ALTER COLUMN compact SET EXPRESSION AS (lower(
        regexp_replace(title || occupation || skill_text || company_name_ko || company_name_en, '\s+', '', 'g')
        || ' ' || company_name_ko || ' ' || company_name_en)),
    ALTER COLUMN findable SET EXPRESSION AS (posting_findable(
        title, occupation, skill_text, description, sector, district, employment_type, shift, no_experience,
        youth_min_age, skill_keys, company_name_ko, company_name_en));
DROP FUNCTION posting_findable(text, text, text, text, text, text, text, text, boolean, smallint, text[]);
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
