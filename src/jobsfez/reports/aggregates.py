"""The reports' aggregates, rebuilt by the worker: pages read these cells, never a scan of applications per view.

One refresh rewrites this month's and last month's activity (every month the first time), every month of posted pay
(postings are few), and this month's skill cells, in one transaction under an advisory lock: a reader sees the old
cells or the new ones, two refreshes never interleave, and running it twice gives the same cells. Earlier months
stay as they were counted (who held a skill then is not kept anywhere else); an erased seeker's applications keep
counting where they were made, from erased_activity.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from jobsfez.db import fetch, fetchrow, transaction
from jobsfez.postings.validation import SEOUL, YOUTH_MAX_AGE, YOUTH_MIN_AGE
from jobsfez.skills import ranking
from jobsfez.skills import service as skills
from jobsfez.skills.matching import PostingIndex, SeekerIndex, batch_top_k, score

# A seeker is active who updated their profile or applied within this many days (the pages say so).
ACTIVE_DAYS = 90
# The missed skills rank the recommendations of at most this many active seekers (the most recently active), with the
# platform's own ranking: enough to rank the commonest gaps, bounded in time for the worker.
MISSED_SAMPLE = 500
# Postings a seeker is shown first on their recommendations page: the ones whose gaps matter to them.
RECOMMENDED = 10
LOCK_KEY = 60_015  # pg_advisory_xact_lock: one refresh at a time (migration 60, issue 15)
ALL_SECTORS = ""
EVERY_MONTH = date(2000, 1, 1)  # before anything jobsfez counts: the first refresh counts every month

# Applications by the day they were made, interviews booked by the slot's start, hires by the day the stage became
# "hired" (its last such event; the application's last change if it has none). Youth is 15–39 by birth year in the
# year of the event, as postings count it; a seeker with no birth year counts as not youth. An erased seeker's events
# are counted from erased_activity, kept at the erasure with their youth (applications/erasure.py), and their
# anonymous hires' rows are left out here so that nothing counts twice. $3: the first moment counted (the months
# before it are closed).
ACTIVITY_SQL = """
WITH hired AS (
    SELECT application_id, max(created_at) AS at FROM application_events WHERE to_stage = 'hired' GROUP BY 1
), events AS (
    SELECT a.created_at AS at, a.posting_id, a.seeker_user_id, NULL::boolean AS youth,
           1 AS applications, 0 AS interviews, 0 AS hires
    FROM applications a WHERE a.created_at >= $3 AND a.seeker_user_id IS NOT NULL
    UNION ALL
    SELECT s.starts_at, a.posting_id, a.seeker_user_id, NULL, 0, 1, 0
    FROM interview_bookings b
    JOIN interview_slots s ON s.id = b.slot_id
    JOIN applications a ON a.id = b.application_id
    WHERE b.status = 'booked' AND s.starts_at >= $3 AND a.seeker_user_id IS NOT NULL
    UNION ALL
    SELECT coalesce(h.at, a.updated_at), a.posting_id, a.seeker_user_id, NULL, 0, 0, 1
    FROM applications a LEFT JOIN hired h ON h.application_id = a.id
    WHERE a.stage = 'hired' AND coalesce(h.at, a.updated_at) >= $3 AND a.seeker_user_id IS NOT NULL
    UNION ALL
    SELECT x.at, x.posting_id, NULL, x.youth, x.applications, x.interviews, x.hires
    FROM erased_activity x WHERE x.at >= $3
)
INSERT INTO report_activity_cells (month, sector, district, youth, applications, interviews, hires)
SELECT date_trunc('month', e.at AT TIME ZONE 'Asia/Seoul')::date, p.sector, p.district,
       coalesce(e.youth,
                extract(year FROM e.at AT TIME ZONE 'Asia/Seoul')::int - sp.birth_year BETWEEN $1 AND $2, false),
       sum(e.applications), sum(e.interviews), sum(e.hires)
FROM events e
JOIN postings p ON p.id = e.posting_id
LEFT JOIN seeker_profiles sp ON sp.user_id = e.seeker_user_id
GROUP BY 1, 2, 3, 4
"""

# The lower end of each published posting's pay as KRW an hour (postings.pay_floor_hourly), by the month and the
# year it was published; a posting with pay "negotiable" and no figure has none.
PAY_SQL = """
INSERT INTO report_pay_cells (period, starts, sector, postings, median_hourly)
SELECT CASE WHEN grouping(month) = 0 THEN 'month' ELSE 'year' END, coalesce(month, year), coalesce(sector, ''),
       count(*), round(percentile_cont(0.5) WITHIN GROUP (ORDER BY pay)::numeric)
FROM (
    SELECT date_trunc('month', published_at AT TIME ZONE 'Asia/Seoul')::date AS month,
           date_trunc('year', published_at AT TIME ZONE 'Asia/Seoul')::date AS year,
           sector, pay_floor_hourly AS pay
    FROM postings WHERE published_at IS NOT NULL AND pay_floor_hourly IS NOT NULL
) published
GROUP BY GROUPING SETS ((month, sector), (month), (year, sector), (year))
"""

# Must-have skills of the postings open at some time in the month ($1 its first day, $2 the next month's), and the
# active seekers holding each: in a sector, those open to it (no sector chosen is open to all).
SKILLS_SQL = """
WITH open_postings AS (
    SELECT id, sector, openings FROM postings
    WHERE published_at < $2 AND closes_at >= $1 AND (status = 'published' OR closed_at >= $1)
), asked AS (
    SELECT DISTINCT ON (ps.posting_id, ps.key) ps.posting_id, ps.key, ps.text
    FROM posting_skills ps JOIN open_postings o ON o.id = ps.posting_id
    WHERE ps.kind = 'must' AND ps.key <> ''
), demand AS (
    SELECT a.key, coalesce(o.sector, '') AS sector, min(a.text) AS text, count(*) AS postings,
           sum(o.openings) AS openings
    FROM asked a JOIN open_postings o ON o.id = a.posting_id
    GROUP BY GROUPING SETS ((a.key, o.sector), (a.key))
), active AS (
    SELECT sp.user_id, sp.sectors FROM seeker_profiles sp JOIN users u ON u.id = sp.user_id
    WHERE u.role = 'seeker' AND u.is_active
      AND (sp.updated_at >= $3
           OR EXISTS (SELECT 1 FROM applications a WHERE a.seeker_user_id = sp.user_id AND a.created_at >= $3))
), holding AS (
    SELECT DISTINCT ss.skill_key, ac.user_id, ac.sectors
    FROM seeker_skills ss JOIN active ac ON ac.user_id = ss.user_id
    WHERE ss.skill_key IN (SELECT key FROM demand)
), supply AS (
    SELECT d.key, d.sector, count(DISTINCT h.user_id) AS seekers
    FROM demand d JOIN holding h ON h.skill_key = d.key
    WHERE d.sector = '' OR cardinality(h.sectors) = 0 OR d.sector = ANY (h.sectors)
    GROUP BY 1, 2
)
INSERT INTO report_skill_cells (month, sector, skill_key, name_ko, name_en, postings, openings, seekers)
SELECT $1, d.sector, d.key, left(coalesce(s.name_ko, d.text), 120), left(coalesce(s.name_en, d.text), 120),
       d.postings, d.openings, coalesce(u.seekers, 0)
FROM demand d
LEFT JOIN supply u ON u.key = d.key AND u.sector = d.sector
LEFT JOIN skills s ON s.skill_id = d.key
"""

ACTIVE_SQL = """
SELECT sp.user_id FROM seeker_profiles sp JOIN users u ON u.id = sp.user_id
WHERE u.role = 'seeker' AND u.is_active
  AND (sp.updated_at >= $1
       OR EXISTS (SELECT 1 FROM applications a WHERE a.seeker_user_id = sp.user_id AND a.created_at >= $1))
ORDER BY greatest(sp.updated_at,
                  (SELECT max(a.created_at) FROM applications a WHERE a.seeker_user_id = sp.user_id)) DESC, sp.user_id
"""


@dataclass(frozen=True, slots=True)
class Refreshed:
    activity_cells: int
    pay_cells: int
    skill_cells: int
    active_seekers: int
    sampled_seekers: int


def month_of(moment: datetime) -> date:
    """The first day of the moment's month in Korea, as the cells are keyed."""
    return moment.astimezone(SEOUL).date().replace(day=1)


def next_month(month: date) -> date:
    return (month + timedelta(days=32)).replace(day=1)


def _month_start(month: date) -> datetime:
    return datetime(month.year, month.month, 1, tzinfo=SEOUL)


async def _first_open_month(month: date) -> date:
    """The first month whose activity is counted again: last month (a hire or a booking may still land in it), or
    every month at the first refresh. Earlier months are closed: they keep the counts they had, and a refresh reads
    two months of rows, not all."""
    counted = await fetchrow("SELECT EXISTS (SELECT 1 FROM report_activity_cells) AS counted")
    if counted is None or not counted["counted"]:
        return EVERY_MONTH
    return (month - timedelta(days=1)).replace(day=1)


async def _missed(sample: list[int], *, year: int) -> Counter[tuple[str, str]]:
    """(sector, skill key) → how many of the sampled seekers' recommended postings lack that must-have skill of theirs;
    sector '' counts every sector. The recommendations are the platform's own ranking of the open postings, computed
    for the whole sample in one batch (as the nightly recommendations are) and explained pair by pair."""
    vocab = await skills.vocabulary()
    seekers = await ranking.seeker_profiles(sample)
    postings = await ranking.posting_profiles()
    top = batch_top_k(
        vocab, SeekerIndex.build(vocab, seekers), PostingIndex.build(vocab, postings), year=year, k=RECOMMENDED
    )
    by_id = {posting.id: posting for posting in postings}
    missed: Counter[tuple[str, str]] = Counter()
    for seeker in seekers:
        for posting_id, _total in top[seeker.id]:
            posting = by_id[posting_id]
            keys = {claim.text: claim.key for claim in posting.must}
            for text in dict.fromkeys(score(vocab, seeker, posting, year=year).missing):
                if key := keys.get(text):
                    missed[(posting.sector, key)] += 1
                    missed[(ALL_SECTORS, key)] += 1
    return missed


async def refresh(*, now: datetime) -> Refreshed:
    """Rebuild the report cells from the rows as they stand; safe to run twice, and by two workers at once."""
    month = month_of(now)
    since = now - timedelta(days=ACTIVE_DAYS)
    active = [row["user_id"] for row in await fetch(ACTIVE_SQL, since)]
    sample = active[:MISSED_SAMPLE]
    missed = await _missed(sample, year=now.astimezone(UTC).year)
    async with transaction():
        await fetch("SELECT pg_advisory_xact_lock($1)", LOCK_KEY)
        first = await _first_open_month(month)
        await fetch("DELETE FROM report_activity_cells WHERE month >= $1", first)
        await fetch(ACTIVITY_SQL, YOUTH_MIN_AGE, YOUTH_MAX_AGE, _month_start(first))
        await fetch("DELETE FROM report_pay_cells")
        await fetch(PAY_SQL)
        await fetch("DELETE FROM report_skill_cells WHERE month = $1", month)
        await fetch(SKILLS_SQL, month, _month_start(next_month(month)), since)
        if missed:
            await fetch(
                """UPDATE report_skill_cells c SET missed = m.missed
                   FROM unnest($2::text[], $3::text[], $4::int[]) AS m (sector, skill_key, missed)
                   WHERE c.month = $1 AND c.sector = m.sector AND c.skill_key = m.skill_key""",
                month,
                [sector for sector, _ in missed],
                [key for _, key in missed],
                list(missed.values()),
            )
        await fetch(
            """INSERT INTO report_refreshes (id, refreshed_at, sampled_seekers, active_seekers) VALUES (1, $1, $2, $3)
               ON CONFLICT (id) DO UPDATE SET refreshed_at = $1, sampled_seekers = $2, active_seekers = $3""",
            now,
            len(sample),
            len(active),
        )
        counts = await fetchrow(
            """SELECT (SELECT count(*) FROM report_activity_cells) AS activity,
                      (SELECT count(*) FROM report_pay_cells) AS pay,
                      (SELECT count(*) FROM report_skill_cells WHERE month = $1) AS skills""",
            month,
        )
    assert counts is not None
    return Refreshed(counts["activity"], counts["pay"], counts["skills"], len(active), len(sample))
