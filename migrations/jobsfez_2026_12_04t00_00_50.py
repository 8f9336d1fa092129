"""The résumé an application shares: the file as it was when the seeker applied, not whatever they upload later."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:50:000000"
VERSION = "1.38.0"
DESCRIPTION = "the resume shared with an application"

# A company reads the résumé its application carries, and only while the application is not withdrawn. The
# résumé store keeps a file while a profile or an application names it. Applications already sharing a résumé,
# and not withdrawn, carry the seeker's current one, which is the one the company could read until now.
SQL = """
ALTER TABLE applications
    ADD COLUMN resume_file varchar(80) NOT NULL DEFAULT '',
    ADD COLUMN resume_name varchar(200) NOT NULL DEFAULT '';

UPDATE applications a SET resume_file = p.resume_file, resume_name = p.resume_name
FROM seeker_profiles p
WHERE p.user_id = a.seeker_user_id AND a.include_resume AND a.stage <> 'withdrawn';

CREATE INDEX applications_resume_file ON applications (resume_file) WHERE resume_file <> '';
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
