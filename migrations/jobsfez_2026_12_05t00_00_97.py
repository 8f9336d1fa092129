"""Issue 16: a seeker's Languages box counts in matching. Its lines become seeker_skills rows of their own kind, as
the qualifications are, so that matching, the explanations, re-keying, the export and erasure read them the one way
skills are read. A kind column ('skill' | 'qualification' | 'language') replaces the qualification flag: a second
flag would allow a row that is both, and every reader that asks which box a row came from asks one question."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-05T00:00:97:000000"
VERSION = "1.38.0"
DESCRIPTION = "languages as seeker skills of their own kind"

# The lines of each profile's array follow its other rows, in the order typed. Their key is left empty, which
# matching skips and no canonical key equals: the version bump starts a re-keying run (skills.service.rekey_step),
# which keys every row by its text as saving would, these among them; a profile saved again reads its lines whole.
SQL = """
ALTER TABLE seeker_skills ADD COLUMN kind text NOT NULL DEFAULT 'skill'
    CONSTRAINT seeker_skills_kind CHECK (kind IN ('skill', 'qualification', 'language'));
UPDATE seeker_skills SET kind = 'qualification' WHERE qualification;
ALTER TABLE seeker_skills DROP COLUMN qualification;
INSERT INTO seeker_skills (user_id, position, text, skill_key, kind)
SELECT p.user_id, coalesce(s.last, -1) + typed.n, left(btrim(typed.line), 120), '', 'language'
FROM seeker_profiles p
CROSS JOIN LATERAL unnest(p.languages) WITH ORDINALITY AS typed (line, n)
LEFT JOIN LATERAL (SELECT max(position) AS last FROM seeker_skills WHERE user_id = p.user_id) s ON true
WHERE btrim(typed.line) <> ''
ORDER BY p.user_id, typed.n;
ALTER TABLE seeker_profiles DROP COLUMN languages;
UPDATE taxonomy_state SET version = version + 1 WHERE id = 1;
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
