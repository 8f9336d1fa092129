"""What a seeker's account erasure leaves of their drive participations: the counts, without the person.

A drive's report counts who registered, arrived, was interviewed and hired; if erasure took the rows, a drive's
numbers would shrink after the fact. So each participation stays, anonymous (migration 59): no name, e-mail, phone,
account link, skills or sectors, no consent, match, interest mark, offer or itinerary notice; its check-in and its
interviews' statuses and outcomes stay, and what the reports group people by is kept coarsened: the age band (not
the birth year), and the school and place of residence the profile gave. Unclaimed roster rows with the account's
e-mail are the same person and are kept the same way.
"""

from __future__ import annotations

from jobsfez.db import fetch

# A person's age band in a drive's year, from a birth year: the bands the reports show (reports/funnels.py).
AGE_BANDS = ("15-19", "20-24", "25-29", "30-34", "35+")
AGE_BAND_SQL = """CASE WHEN {birth_year} IS NULL OR {day} IS NULL THEN NULL
    WHEN extract(year FROM {day} AT TIME ZONE 'Asia/Seoul')::int - {birth_year} < 20 THEN '15-19'
    WHEN extract(year FROM {day} AT TIME ZONE 'Asia/Seoul')::int - {birth_year} < 25 THEN '20-24'
    WHEN extract(year FROM {day} AT TIME ZONE 'Asia/Seoul')::int - {birth_year} < 30 THEN '25-29'
    WHEN extract(year FROM {day} AT TIME ZONE 'Asia/Seoul')::int - {birth_year} < 35 THEN '30-34'
    ELSE '35+' END"""

_ANONYMISE = f"""
    WITH theirs AS (
        SELECT p.id, p.birth_year, p.user_id,
               (SELECT min(starts_at) FROM drive_days WHERE drive_id = p.drive_id) AS first_day
        FROM drive_participants p
        WHERE p.erased_at IS NULL AND (p.user_id = $1 OR (p.user_id IS NULL AND p.email = $2))
        FOR UPDATE OF p
    ), gone_consents AS (
        DELETE FROM consents WHERE participant_id IN (SELECT id FROM theirs)
    ), gone_matches AS (
        DELETE FROM drive_matches WHERE participant_id IN (SELECT id FROM theirs)
    ), gone_interest AS (
        DELETE FROM drive_interest WHERE participant_id IN (SELECT id FROM theirs)
    ), gone_offers AS (
        DELETE FROM drive_slot_offers WHERE participant_id IN (SELECT id FROM theirs)
    ), gone_notices AS (
        DELETE FROM drive_itinerary_notices WHERE participant_id IN (SELECT id FROM theirs)
    )
    UPDATE drive_participants p
    SET erased_at = now(), updated_at = now(), user_id = NULL, claim_token_hash = NULL,
        name = '', email = 'erased-' || p.id, phone = '', skills = '{{}}', skill_keys = '{{}}', sectors = '{{}}',
        cohort_age_band = {AGE_BAND_SQL.format(birth_year="coalesce(t.birth_year, sp.birth_year)", day="t.first_day")},
        cohort_school = nullif(btrim(sp.school), ''),
        cohort_district = nullif(btrim(sp.region), ''),
        birth_year = NULL
    FROM theirs t LEFT JOIN seeker_profiles sp ON sp.user_id = t.user_id
    WHERE p.id = t.id
    RETURNING p.id"""  # noqa: S608 -- AGE_BAND_SQL is a constant


async def keep_participations_anonymous(user_id: int, email: str) -> int:
    """Inside the erasure's transaction, before the account goes: keep the seeker's participations (and unclaimed
    roster rows with their e-mail) as anonymous counts. Returns how many were kept."""
    return len(await fetch(_ANONYMISE, user_id, email))
