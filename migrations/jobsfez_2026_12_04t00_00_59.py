"""A drive participation outlives its person's account, anonymous, so that a drive's report keeps its counts."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:59:000000"
VERSION = "1.38.0"
DESCRIPTION = "anonymous drive participations"

# Erasing a seeker's account used to take their drive participations with it (ON DELETE CASCADE), so a drive's
# funnel shrank after the day. Now erasure (drives/erasure.py) keeps the row and its interviews' statuses and outcomes,
# stamps erased_at and empties what names the person: name, phone, birth year, skills, sectors, the account's link,
# and the e-mail (replaced by 'erased-<id>', which keeps the (drive_id, email) key unique and is no address). What
# the reports group by is kept coarsened in the cohort_ columns: the age band instead of the birth year, the school
# and the place of residence as the profile gave them. The CHECK holds an erased row to that.
# user_id stays ON DELETE CASCADE: erasure unlinks the row before the account goes, and any other deletion of a user
# (there is none for seekers today) still takes their rows.
SQL = """
ALTER TABLE drive_participants
    ADD COLUMN erased_at timestamptz,
    ADD COLUMN cohort_age_band varchar(8) CHECK (cohort_age_band IN ('15-19', '20-24', '25-29', '30-34', '35+')),
    ADD COLUMN cohort_school varchar(120),
    ADD COLUMN cohort_district varchar(100),
    ADD CONSTRAINT drive_participants_erased CHECK (
        erased_at IS NULL OR (
            user_id IS NULL AND claim_token_hash IS NULL AND name = '' AND phone = '' AND birth_year IS NULL
            AND skills = '{}' AND skill_keys = '{}' AND sectors = '{}' AND email = 'erased-' || id
        )
    ),
    ADD CONSTRAINT drive_participants_cohort_erased CHECK (
        erased_at IS NOT NULL OR (cohort_age_band IS NULL AND cohort_school IS NULL AND cohort_district IS NULL)
    );
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
