"""What changed in the matching inputs since a process built its indexes: a change log, not a scan (issue 19)."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:70:000000"
VERSION = "1.38.0"
DESCRIPTION = "match changes"

# Every statement that writes postings, posting_skills, seeker_profiles or seeker_skills records, in the writing
# transaction, which postings and which seekers it touched and the id of that transaction (one row per posting or
# seeker, kept at its newest). A process that ranks from memory reads the rows at or past the oldest transaction
# still running when it last looked (its snapshot's xmin): what committed since is among them, and nothing older can
# still appear. One indexed read answers "anything new?", and it names what to reload.
# The generation changes when the log can no longer be trusted (a TRUNCATE, or the rows deleted by hand, as the
# tests' emptying does: the next write re-creates the row with a new number): a process then builds afresh.
SQL = """
CREATE SEQUENCE match_generation_seq;
CREATE TABLE match_state (
    id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    generation bigint NOT NULL
);
INSERT INTO match_state (id, generation) VALUES (1, nextval('match_generation_seq'));
CREATE TABLE match_posting_changes (posting_id bigint PRIMARY KEY, xid bigint NOT NULL);
CREATE INDEX match_posting_changes_since ON match_posting_changes (xid);
CREATE TABLE match_seeker_changes (user_id bigint PRIMARY KEY, xid bigint NOT NULL);  -- a seeker's user id
CREATE INDEX match_seeker_changes_since ON match_seeker_changes (xid);

-- TG_ARGV: the log table, its key, and the column of the transition table that holds that key.
CREATE FUNCTION match_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format(
        'INSERT INTO %I AS log (%I, xid) SELECT DISTINCT %I, pg_current_xact_id()::text::bigint FROM changed
         ON CONFLICT (%2$I) DO UPDATE SET xid = EXCLUDED.xid WHERE log.xid <> EXCLUDED.xid',
        TG_ARGV[0], TG_ARGV[1], TG_ARGV[2]);
    INSERT INTO match_state (id, generation) VALUES (1, nextval('match_generation_seq')) ON CONFLICT (id) DO NOTHING;
    RETURN NULL;
END
$$;
CREATE FUNCTION match_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO match_state (id, generation) VALUES (1, nextval('match_generation_seq'))
    ON CONFLICT (id) DO UPDATE SET generation = EXCLUDED.generation;
    RETURN NULL;
END
$$;
"""

TABLES = {
    "postings": ("match_posting_changes", "posting_id", "id"),
    "posting_skills": ("match_posting_changes", "posting_id", "posting_id"),
    "seeker_profiles": ("match_seeker_changes", "user_id", "user_id"),
    "seeker_skills": ("match_seeker_changes", "user_id", "user_id"),
}
TRIGGERS = [
    f"""CREATE TRIGGER {table}_match_{event.lower()} AFTER {event} ON {table}
    REFERENCING {"OLD" if event == "DELETE" else "NEW"} TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION match_changed('{log}', '{key}', '{column}');"""
    for table, (log, key, column) in TABLES.items()
    for event in ("INSERT", "UPDATE", "DELETE")
] + [
    f"CREATE TRIGGER {table}_match_truncate AFTER TRUNCATE ON {table} FOR EACH STATEMENT "
    "EXECUTE FUNCTION match_truncated();"
    for table in TABLES
]


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, "\n".join([SQL, *TRIGGERS]))
