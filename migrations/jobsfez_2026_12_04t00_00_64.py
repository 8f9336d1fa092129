"""Saved jobs (스크랩) and saved searches: the postings and searches a seeker keeps to come back to."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:64:000000"
VERSION = "1.38.0"
DESCRIPTION = "saved postings, searches and their digest"

# A saved posting keeps its title and company names as they were when saved: should the posting itself ever be
# deleted, posting_id becomes NULL and the seeker's list still shows what it was, marked closed. The unique pair
# makes saving twice a no-op (NULLs are distinct, so removed postings never collide). The list reads a seeker's
# rows newest first; the search page asks which of a page's postings one seeker saved, both by the same index.
# A saved search keeps its criteria as the search's own canonical query parameters (Criteria.params without the
# page), so that the same search saved twice is one row and "run" is /jobs with them; alerts: the daily e-mail.
# A seeker's digest state: the Korean day of their last digest (a second run that day, or a second worker, finds
# it taken and sends nothing) and the moment its searches were read, from which the next digest's postings are new.
SQL = """
CREATE TABLE saved_postings (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    posting_id bigint REFERENCES postings (id) ON DELETE SET NULL,
    title varchar(100) NOT NULL,
    company_name_ko varchar(120) NOT NULL,
    company_name_en varchar(120) NOT NULL,
    saved_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT saved_postings_once UNIQUE (user_id, posting_id)
);
CREATE INDEX saved_postings_newest ON saved_postings (user_id, saved_at DESC, id DESC);

CREATE TABLE saved_searches (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name varchar(100) NOT NULL,
    params jsonb NOT NULL,
    alerts boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT saved_searches_once UNIQUE (user_id, params)
);
CREATE INDEX saved_searches_alerts ON saved_searches (user_id) WHERE alerts;

CREATE TABLE saved_search_digests (
    user_id bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    sent_on date NOT NULL,
    through timestamptz NOT NULL
);
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
