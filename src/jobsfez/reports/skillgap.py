"""The regional skill-gap report: the must-have skills open postings ask for most, how many active seekers hold each,
the gap, which skills the postings recommended to seekers most often miss for them, and what changed since the
month before; read from the aggregates (reports/aggregates.py) only.

Skills are not a partition of a total (a posting asks for several), so each count is hidden on its own where it is
under five; a gap over a hidden count is hidden too. A change is told only between two shown counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from jobsfez import i18n
from jobsfez.choices import SECTORS
from jobsfez.db import fetch, fetchrow
from jobsfez.errors import ValidationFailed
from jobsfez.exports import Cell, Sheet, csv_bytes
from jobsfez.i18n import lazy
from jobsfez.reports import charts, privacy
from jobsfez.reports.aggregates import ACTIVE_DAYS, ALL_SECTORS, month_of
from jobsfez.reports.readers import Reader, check_skills

MOST_DEMANDED = 20  # skills in the table and the chart: more would not fit a phone's chart
MOST_MISSED = 10
CHANGES_TOLD = 3  # the largest changes the text tells
SMALLEST_CHANGE = 0.10  # a change under 10 % is noise at these counts, not news
MONTH_PATTERN = "^[1-9][0-9]{3}-(0[1-9]|1[0-2])$"
BAD_MONTH = lazy("Choose a month as YYYY-MM.")
BAD_SECTOR = lazy("Choose a sector from the list.")


@dataclass(frozen=True, slots=True)
class Gap:
    """One must-have skill in the month: counts as shown (None: hidden)."""

    key: str
    name_ko: str
    name_en: str
    postings: int | None  # open postings asking for it
    openings: int | None  # the people those postings want
    seekers: int | None  # active seekers holding it
    gap: int | None  # openings − seekers: people short (negative: more people than openings)
    missed: int | None  # recommended postings that ask for it of a sampled seeker who lacks it

    @property
    def name(self) -> str:
        return self.name_ko if i18n.current_language() == "ko" else self.name_en


@dataclass(frozen=True, slots=True)
class Change:
    """A skill's demand (postings) or supply (seekers) against the month before, in whole percent."""

    name_ko: str
    name_en: str
    measure: str  # demand | supply
    percent: int  # signed

    @property
    def name(self) -> str:
        return self.name_ko if i18n.current_language() == "ko" else self.name_en


@dataclass(frozen=True, slots=True)
class SkillGapReport:
    month: date
    months: tuple[date, ...]  # the months with figures, newest first
    sector: str  # '' is every sector
    demanded: tuple[Gap, ...]
    missed: tuple[Gap, ...]
    changes: tuple[Change, ...]
    compared: bool  # there are figures for the month before
    active_days: int
    active_seekers: int | None
    sampled_seekers: int
    refreshed_at: datetime | None


def parse_month(raw: str | None) -> date | None:
    """The month asked for as its first day (None: the newest), or a clear refusal."""
    if not raw:
        return None
    if not re.fullmatch(MONTH_PATTERN, raw.strip()):
        raise ValidationFailed(BAD_MONTH)
    return date.fromisoformat(f"{raw.strip()}-01")


def parse_sector(raw: str | None) -> str:
    if not raw:
        return ALL_SECTORS
    if raw not in SECTORS:
        raise ValidationFailed(BAD_SECTOR)
    return raw


def _gap(row: dict[str, Any]) -> Gap:
    openings, seekers = privacy.count(row["openings"]), privacy.count(row["seekers"])
    return Gap(
        key=row["skill_key"],
        name_ko=row["name_ko"],
        name_en=row["name_en"],
        postings=privacy.count(row["postings"]),
        openings=openings,
        seekers=seekers,
        gap=openings - seekers if openings is not None and seekers is not None else None,
        missed=privacy.count(row["missed"]),
    )


def _change(now: int, before: int) -> int | None:
    """The change in whole percent between two shown counts; None where either is hidden or it is too small."""
    if privacy.count(now) is None or privacy.count(before) is None:
        return None
    change = (now - before) / before
    return round(change * 100) if abs(change) >= SMALLEST_CHANGE else None


def _changes(rows: list[dict[str, Any]], earlier: dict[str, dict[str, Any]]) -> tuple[Change, ...]:
    found = []
    for row in rows:
        before = earlier.get(row["skill_key"])
        if before is None:
            continue
        for measure, column in (("demand", "postings"), ("supply", "seekers")):
            percent = _change(row[column], before[column])
            if percent is not None:
                found.append(Change(row["name_ko"], row["name_en"], measure, percent))
    found.sort(key=lambda change: (-abs(change.percent), change.name_en))
    return tuple(found[:CHANGES_TOLD])


async def _cells(month: date, sector: str) -> list[dict[str, Any]]:
    return await fetch(
        """SELECT skill_key, name_ko, name_en, postings, openings, seekers, missed FROM report_skill_cells
           WHERE month = $1 AND sector = $2 ORDER BY postings DESC, openings DESC, skill_key""",
        month,
        sector,
    )


async def report(reader: Reader, *, month: date | None, sector: str, now: datetime) -> SkillGapReport:
    """The month's gaps (the newest month with figures unless one is asked: a month without any is empty), every
    small count hidden."""
    await check_skills(reader)
    months = tuple(
        row["month"] for row in await fetch("SELECT DISTINCT month FROM report_skill_cells ORDER BY month DESC")
    )
    chosen = month or (months[0] if months else month_of(now))
    rows = await _cells(chosen, sector)
    before = [m for m in months if m < chosen]
    earlier = {row["skill_key"]: row for row in await _cells(before[0], sector)} if before else {}
    refreshed = await fetchrow("SELECT refreshed_at, active_seekers, sampled_seekers FROM report_refreshes")
    by_missed = sorted((row for row in rows if row["missed"]), key=lambda row: (-row["missed"], row["skill_key"]))
    return SkillGapReport(
        month=chosen,
        months=months,
        sector=sector,
        demanded=tuple(_gap(row) for row in rows[:MOST_DEMANDED]),
        missed=tuple(_gap(row) for row in by_missed[:MOST_MISSED]),
        changes=_changes(rows, earlier),
        compared=bool(before),
        active_days=ACTIVE_DAYS,
        active_seekers=privacy.count(refreshed["active_seekers"]) if refreshed else None,
        sampled_seekers=refreshed["sampled_seekers"] if refreshed else 0,
        refreshed_at=refreshed["refreshed_at"] if refreshed else None,
    )


# What changed, in the reader's language: one sentence per change.
SAID = {
    ("demand", True): lazy("Demand for {skill} rose {percent} % on last month."),
    ("demand", False): lazy("Demand for {skill} fell {percent} % on last month."),
    ("supply", True): lazy("Active seekers holding {skill} rose {percent} % on last month."),
    ("supply", False): lazy("Active seekers holding {skill} fell {percent} % on last month."),
}
NO_EARLIER = lazy("There is no earlier month to compare with yet.")
LITTLE_CHANGED = lazy("No skill's demand or supply moved by 10 % or more since last month.")


def summary(found: SkillGapReport) -> str:
    """A few sentences on what changed since the month before, in the reader's language."""
    if not found.compared:
        return i18n.gettext(NO_EARLIER)
    if not found.changes:
        return i18n.gettext(LITTLE_CHANGED)
    return " ".join(
        i18n.gettext(SAID[change.measure, change.percent > 0]).format(skill=change.name, percent=abs(change.percent))
        for change in found.changes
    )


def export_sheets(found: SkillGapReport) -> list[Sheet]:
    """The demanded skills and the most missed ones as worksheets; hidden counts read "< 5"."""
    header = [
        i18n.gettext(lazy("Skill")),
        i18n.gettext(lazy("Open postings asking for it")),
        i18n.gettext(lazy("Openings")),
        i18n.gettext(lazy("Active seekers holding it")),
        i18n.gettext(lazy("Gap (openings − seekers)")),
        i18n.gettext(lazy("Missed in recommendations")),
    ]

    def row(gap: Gap) -> list[Cell]:
        # a gap over a hidden count is left empty: "< 5" would misstate it, a number would give the count back
        return [
            gap.name,
            privacy.cell(gap.postings),
            privacy.cell(gap.openings),
            privacy.cell(gap.seekers),
            gap.gap,
            privacy.cell(gap.missed),
        ]

    return [
        Sheet(i18n.gettext(lazy("Most demanded skills")), header, [row(gap) for gap in found.demanded]),
        Sheet(i18n.gettext(lazy("Most missed skills")), header, [row(gap) for gap in found.missed]),
    ]


def export_csv(found: SkillGapReport) -> bytes:
    """One CSV file: the demanded skills, an empty line, then the most missed ones under their title."""
    demanded, missed = export_sheets(found)
    return csv_bytes(demanded.header, [*demanded.rows, [], [missed.title], *missed.rows])


def _signed(value: int | None) -> str:
    return "–" if value is None else f"{value:+,}"


@dataclass(frozen=True, slots=True)
class GapCharts:
    demanded: charts.Chart
    missed: charts.Chart


def charts_of(found: SkillGapReport) -> GapCharts:
    """The report's charts, their labels in the reader's language."""
    demanded = charts.chart(
        (i18n.gettext(lazy("Openings")), i18n.gettext(lazy("Active seekers holding it"))),
        [
            (gap.name, (gap.openings, gap.seekers), (privacy.text(gap.postings), _signed(gap.gap)))
            for gap in found.demanded
        ],
        (i18n.gettext(lazy("Open postings asking for it")), i18n.gettext(lazy("Gap (openings − seekers)"))),
    )
    missed = charts.chart(
        (i18n.gettext(lazy("Missed in recommendations")),),
        [(gap.name, (gap.missed,)) for gap in found.missed],
    )
    return GapCharts(demanded, missed)
