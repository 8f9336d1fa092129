"""What placement drives achieved: the funnel of a drive, a centre, an employer, and of cohorts of people.

The funnel's stages, each a count of people (registered participants; a withdrawn registration is not counted):
registered → checked in (arrived on the day) → interviewed → next round → offered → hired. A person counts at the
furthest stage any of their interviews reached (a cancelled interview counts for nothing), so an offer counts as
interviewed too. Beside it: the no-show rate (interviews due, i.e. not cancelled and begun by now, where the person
was marked absent or no-show), interviews held per person who checked in, the median days from the interview's drive
day to the hire (Seoul dates), and hires at zone employers (a hiring company whose district is one of the zone's).

Cohorts group the same people by the centre that brought them, their school and place of residence (the linked
seeker profile's "school" and "where you live"; "not given" without a profile or an answer), and their age band
in the drive's year (from the registration's birth year, else the profile's). An erased person counts with what
erasure kept of them (drives/erasure.py).

Every count and rate here is an aggregate and passes through reports.privacy: a count under five is None, and the
cells of a column that add up to a shown total through ``partition``. The counting is done in SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from jobsfez.centres.service import CentreActor
from jobsfez.choices import DISTRICTS
from jobsfez.db import fetch, fetchrow
from jobsfez.drives import service as drives
from jobsfez.drives.erasure import AGE_BAND_SQL, AGE_BANDS
from jobsfez.drives.views import DriveView
from jobsfez.employers.service import Actor
from jobsfez.i18n import lazy
from jobsfez.reports import privacy

STAGES = {
    "registered": lazy("Registered"),
    "checked_in": lazy("Checked in"),
    "interviewed": lazy("Interviewed"),
    "next_round": lazy("Next round"),
    "offered": lazy("Offered"),
    "hired": lazy("Hired"),
}
DIMENSIONS = {
    "centre": lazy("Centre that brought them"),
    "school": lazy("School"),
    "district": lazy("Where they live"),
    "age_band": lazy("Age band"),
}
NOT_GIVEN = lazy("Not given")
AGE_LABELS = {band: band.replace("-", "–") for band in AGE_BANDS}
ZONE_DISTRICTS = [code for code in DISTRICTS if code != "other"]

# How far an interview's outcome went, as the stages after "checked in" count it.
_REACHED = """CASE i.outcome WHEN 'interviewed' THEN 1 WHEN 'next_round' THEN 2 WHEN 'offer' THEN 3
    WHEN 'hired' THEN 4 END"""
# The SQL below is put together from this module's constant fragments only (scopes, dimensions); values are $n.
# One row per registered person in scope: $1 the zone's districts, $2 the scope's id ({scope} and {mine} use it).
# Their interviews are aggregated once for the whole scope ({mine} narrows them to it), not looked up person by person.
_PEOPLE = f"""
    WITH people AS (
        SELECT p.drive_id, p.registered_by_centre_id AS centre, d.first_day, p.checked_in_at IS NOT NULL AS arrived,
               coalesce(nullif(btrim(sp.school), ''), p.cohort_school) AS school,
               coalesce(nullif(btrim(sp.region), ''), p.cohort_district) AS district,
               coalesce({AGE_BAND_SQL.format(birth_year="coalesce(p.birth_year, sp.birth_year)", day="d.first_day")},
                        p.cohort_age_band) AS age_band,
               coalesce(o.reached, 0) AS reached, coalesce(o.zone_hire, false) AS zone_hire
        FROM drive_participants p
        JOIN LATERAL (SELECT min(starts_at) AS first_day FROM drive_days WHERE drive_id = p.drive_id) d ON true
        LEFT JOIN seeker_profiles sp ON sp.user_id = p.user_id
        LEFT JOIN (
            SELECT i.participant_id, max({_REACHED}) AS reached, count(*) AS interviews,
                   bool_or(i.outcome = 'hired' AND e.district = ANY($1::text[])) AS zone_hire
            FROM drive_interviews i JOIN employers e ON e.id = i.employer_id
            WHERE i.status <> 'cancelled' AND {{mine}}
            GROUP BY i.participant_id
        ) o ON o.participant_id = p.id
        WHERE p.status = 'registered' AND {{scope}}
    )"""  # noqa: S608 -- constant fragments only; every value is a $n parameter
_COUNTS = """count(*) AS registered, count(*) FILTER (WHERE arrived) AS checked_in,
    count(*) FILTER (WHERE reached >= 1) AS interviewed, count(*) FILTER (WHERE reached >= 2) AS next_round,
    count(*) FILTER (WHERE reached >= 3) AS offered, count(*) FILTER (WHERE reached >= 4) AS hired"""
# The interviews of the people in scope: $1 now, $2 the scope's id.
_INTERVIEWS = """
    SELECT count(*) FILTER (WHERE i.starts_at <= $1) AS due,
           count(*) FILTER (WHERE i.starts_at <= $1 AND (i.status = 'absent' OR i.outcome = 'no_show')) AS no_shows,
           count(*) FILTER (WHERE i.outcome IN ('interviewed', 'next_round', 'offer', 'hired')) AS held,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY (i.outcome_at AT TIME ZONE 'Asia/Seoul')::date
               - (i.starts_at AT TIME ZONE 'Asia/Seoul')::date) FILTER (WHERE i.outcome = 'hired') AS median_days
    FROM drive_interviews i JOIN drive_participants p ON p.id = i.participant_id
    WHERE i.status <> 'cancelled' AND p.status = 'registered' AND {scope} AND {mine}"""


@dataclass(frozen=True, slots=True)
class Scope:
    """Whose people a report counts: SQL conditions on the participant ``p`` and the interview ``i``, of id $2."""

    id: int
    participants: str
    interviews: str  # the scope's interviews (``i``): an employer counts its own only
    only_interviewed: bool = False  # an employer's people are those it had an interview with

    def people(self, select: str) -> str:
        scope = self.participants + (" AND o.interviews > 0" if self.only_interviewed else "")
        return _PEOPLE.format(scope=scope, mine=self.interviews) + "\n" + select


def _drive_scope(drive_id: int) -> Scope:
    return Scope(drive_id, "p.drive_id = $2", "i.drive_id = $2")


def _centre_scope(centre_id: int) -> Scope:
    return Scope(
        centre_id,
        "p.registered_by_centre_id = $2",
        "i.participant_id IN (SELECT id FROM drive_participants WHERE registered_by_centre_id = $2)",
    )


def _employer_scope(employer_id: int) -> Scope:
    return Scope(
        employer_id,
        "p.drive_id IN (SELECT drive_id FROM drive_employers WHERE employer_id = $2)",
        interviews="i.employer_id = $2",
        only_interviewed=True,
    )


@dataclass(frozen=True, slots=True)
class Stage:
    key: str
    label: str
    people: int | None  # None: fewer than five, hidden
    of_previous: float | None  # share of the stage before (conversion)
    of_registered: float | None


@dataclass(frozen=True, slots=True)
class Funnel:
    stages: tuple[Stage, ...]
    interviews_due: int | None
    no_show_rate: float | None  # of the interviews due
    interviews_per_person: float | None  # interviews held per person checked in
    median_days_to_hire: float | None
    zone_hires: int | None


@dataclass(frozen=True, slots=True)
class CohortRow:
    key: str | None  # the cohort's value (a centre's id as text, a school, a place, an age band); None: not given
    label: str
    counts: tuple[int | None, ...]  # one per stage, each column partitioned
    hire_rate: float | None


@dataclass(frozen=True, slots=True)
class Cohorts:
    dimension: str
    label: str
    rows: tuple[CohortRow, ...]


@dataclass(frozen=True, slots=True)
class Period:
    """A month of a centre's drives (by the drive's first day, in Seoul), or an employer's drive."""

    label: str
    registered: int | None
    hired: int | None


@dataclass(frozen=True, slots=True)
class DriveReport:
    drive: DriveView
    funnel: Funnel
    cohorts: tuple[Cohorts, ...]


@dataclass(frozen=True, slots=True)
class CentreReport:
    centre_id: int
    funnel: Funnel
    months: tuple[Period, ...]
    cohorts: tuple[Cohorts, ...]


@dataclass(frozen=True, slots=True)
class EmployerReport:
    employer_id: int
    funnel: Funnel
    drives: tuple[Period, ...]  # "registered" here: the people it had an interview with on that drive


async def _grouped(scope: Scope, dimensions: Sequence[str]) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """The counts of everyone in scope, and of each cohort of each dimension, from one pass over the people."""
    if not set(dimensions) <= set(DIMENSIONS):  # the names go into the SQL: only the people's own columns
        raise ValueError(dimensions)
    flags = "".join(f"GROUPING({name}) AS all_{name}, {name}::text AS {name}, " for name in dimensions)
    sets = ", ".join(["()", *[f"({name})" for name in dimensions]])
    rows = await fetch(
        scope.people(
            f"""SELECT {flags}{_COUNTS}, count(*) FILTER (WHERE zone_hire) AS zone
                FROM people GROUP BY GROUPING SETS ({sets})"""  # noqa: S608
        ),
        ZONE_DISTRICTS,
        scope.id,
    )
    total = next(row for row in rows if all(row[f"all_{name}"] for name in dimensions))
    by = {name: _in_order([row for row in rows if not row[f"all_{name}"]], name) for name in dimensions}
    return total, by


def _in_order(rows: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    """A dimension's cohorts by their value, "not given" last."""

    def place(row: dict[str, Any]) -> tuple[bool, str]:
        return row[name] is None, row[name] or ""

    return sorted(rows, key=place)


async def _funnel(scope: Scope, counted: dict[str, Any], now: datetime) -> Funnel:
    """The funnel from everyone's counts, with the figures of their interviews beside it."""
    interviews = await fetchrow(_INTERVIEWS.format(scope=scope.participants, mine=scope.interviews), now, scope.id)
    assert interviews is not None  # an aggregate without GROUP BY has its one row
    stages, before = [], None
    for key, label in STAGES.items():
        stages.append(
            Stage(
                key,
                label,
                privacy.count(counted[key]),
                privacy.rate(counted[key], counted[before]) if before else None,  # the first stage has none before it
                privacy.rate(counted[key], counted["registered"]) if before else None,
            )
        )
        before = key
    hires = privacy.count(counted["hired"])
    return Funnel(
        stages=tuple(stages),
        interviews_due=privacy.count(interviews["due"]),
        no_show_rate=privacy.rate(interviews["no_shows"], interviews["due"]),
        interviews_per_person=privacy.rate(interviews["held"], counted["checked_in"]),
        median_days_to_hire=None if hires is None or interviews["median_days"] is None else interviews["median_days"],
        zone_hires=privacy.count(counted["zone"]),
    )


async def _cohorts(dimension: str, rows: list[dict[str, Any]], *, language: str) -> Cohorts:
    labels = await _labels(dimension, [row[dimension] for row in rows], language=language)
    columns = [privacy.partition({index: row[key] for index, row in enumerate(rows)}) for key in STAGES]
    found = []
    for index, row in enumerate(rows):
        counts = tuple(column[index] for column in columns)
        registered, hired = counts[0], counts[-1]
        found.append(
            CohortRow(
                key=row[dimension],
                label=labels.get(row[dimension], "") if row[dimension] is not None else "",
                counts=counts,
                hire_rate=hired / registered if registered and hired is not None else None,
            )
        )
    return Cohorts(dimension, DIMENSIONS[dimension], tuple(found))


async def _report(
    scope: Scope, dimensions: Sequence[str], *, now: datetime, language: str
) -> tuple[Funnel, tuple[Cohorts, ...]]:
    total, by = await _grouped(scope, dimensions)
    cohorts = tuple([await _cohorts(name, by[name], language=language) for name in dimensions])
    return await _funnel(scope, total, now), cohorts


async def _labels(dimension: str, keys: list[str | None], *, language: str) -> dict[str | None, str]:
    """What a cohort's key reads as: a centre's name in the page's language, an age band with its dash."""
    if dimension == "age_band":
        return {key: AGE_LABELS.get(key or "", key or "") for key in keys}
    if dimension == "centre":
        ids = [int(key) for key in keys if key is not None]
        names = await fetch("SELECT id, name_ko, name_en FROM centres WHERE id = ANY($1::bigint[])", ids)
        return {
            str(row["id"]): row["name_ko"] if language == "ko" or not row["name_en"] else row["name_en"]
            for row in names
        }
    return {key: key or "" for key in keys}


async def drive_report(actor: CentreActor, drive_id: int, *, now: datetime, language: str) -> DriveReport:
    """A drive's funnel and cohorts for any of its hosts: every host sees the whole drive's aggregates."""
    drive = await drives.hosted(actor, drive_id)
    funnel, cohorts = await _report(_drive_scope(drive_id), tuple(DIMENSIONS), now=now, language=language)
    return DriveReport(drive=drive, funnel=funnel, cohorts=cohorts)


async def drive_funnel(actor: CentreActor, drive_id: int, *, now: datetime) -> Funnel:
    """The drive's funnel alone, for any of its hosts."""
    await drives.hosted(actor, drive_id)
    return (await _report(_drive_scope(drive_id), (), now=now, language=""))[0]


async def drive_cohorts(actor: CentreActor, drive_id: int, *, language: str) -> tuple[Cohorts, ...]:
    """The drive's cohorts alone, for any of its hosts."""
    await drives.hosted(actor, drive_id)
    _, by = await _grouped(_drive_scope(drive_id), tuple(DIMENSIONS))
    return tuple([await _cohorts(name, by[name], language=language) for name in DIMENSIONS])


async def centre_report(actor: CentreActor, *, now: datetime, language: str) -> CentreReport:
    """The people the centre brought to its drives: the funnel, month by month, and cohorts."""
    scope = _centre_scope(actor.centre_id)
    months = await fetch(
        scope.people(
            """SELECT to_char(first_day AT TIME ZONE 'Asia/Seoul', 'YYYY-MM') AS label, count(*) AS registered,
                      count(*) FILTER (WHERE reached >= 4) AS hired
               FROM people GROUP BY 1 ORDER BY 1"""
        ),
        ZONE_DISTRICTS,
        scope.id,
    )
    funnel, cohorts = await _report(scope, ("school", "district", "age_band"), now=now, language=language)
    return CentreReport(centre_id=actor.centre_id, funnel=funnel, months=_periods(months), cohorts=cohorts)


async def employer_report(actor: Actor, *, now: datetime) -> EmployerReport:
    """The company's own interviews across the drives it took part in: whom it met, and how far they went."""
    scope = _employer_scope(actor.employer_id)
    drives_met = await fetch(
        scope.people(
            """SELECT to_char(people.first_day AT TIME ZONE 'Asia/Seoul', 'YYYY-MM-DD') || ' ' || dr.title AS label,
                      count(*) AS registered, count(*) FILTER (WHERE reached >= 4) AS hired
               FROM people JOIN drives dr ON dr.id = people.drive_id
               GROUP BY people.drive_id, people.first_day, dr.title ORDER BY people.first_day, people.drive_id"""
        ),
        ZONE_DISTRICTS,
        scope.id,
    )
    funnel, _ = await _report(scope, (), now=now, language="")
    return EmployerReport(actor.employer_id, funnel, _periods(drives_met))


def _periods(rows: list[dict[str, Any]]) -> tuple[Period, ...]:
    registered = privacy.partition({index: row["registered"] for index, row in enumerate(rows)})
    hired = privacy.partition({index: row["hired"] for index, row in enumerate(rows)})
    return tuple(Period(row["label"], registered[index], hired[index]) for index, row in enumerate(rows))
