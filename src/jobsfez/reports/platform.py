"""The platform report for a year: applications, interviews and hires per month, sector and district, the youth
share, and the median posted pay against the minimum wage; read from the aggregates (reports/aggregates.py) only.

Every count passes through reports.privacy: the months, the sectors and the districts each add up to the year's
total, so each is hidden as one partition. The youth share is hidden where the young or the others number under
five, since the share and the total would give either back. The median posted pay is shown for any number of
postings: a posting's pay is public on the site already, and only the number of postings is a count.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from jobsfez import i18n
from jobsfez.checks import decimal_digits
from jobsfez.choices import DISTRICTS, SECTORS
from jobsfez.db import fetch
from jobsfez.errors import ValidationFailed
from jobsfez.exports import Cell, Sheet, csv_bytes
from jobsfez.i18n import lazy
from jobsfez.reports import charts, privacy
from jobsfez.reports.aggregates import ALL_SECTORS
from jobsfez.reports.readers import Reader, check_platform
from jobsfez.reports.tables import ReportRefresh

FIRST_YEAR = 2026  # jobsfez opened in 2026: nothing is counted before it
MEASURES = ("applications", "interviews", "hires")
BAD_YEAR = lazy("Choose a year from {first} to {last}.")


@dataclass(frozen=True, slots=True)
class Counts:
    """Counts as shown (None: hidden), and the share of applications made by young people."""

    applications: int | None
    interviews: int | None
    hires: int | None
    youth_share: float | None


@dataclass(frozen=True, slots=True)
class Line:
    code: str  # a month ("2026-03"), a sector or a district code
    counts: Counts


@dataclass(frozen=True, slots=True)
class Pay:
    code: str  # a month ("2026-03") or a sector code
    postings: int | None  # postings with a posted pay, as shown
    median_hourly: Decimal | None  # None: no posting with a pay


@dataclass(frozen=True, slots=True)
class PlatformReport:
    year: int
    years: tuple[int, ...]
    total: Counts
    months: tuple[Line, ...]
    sectors: tuple[Line, ...]
    districts: tuple[Line, ...]
    pay_months: tuple[Pay, ...]
    pay_sectors: tuple[Pay, ...]
    minimum_hourly_wage: int
    refreshed_at: datetime | None


def parse_year(raw: str | None, *, today: date) -> int:
    """The year asked for, this one when none is given; a year jobsfez has no figures for is refused."""
    if not raw:
        return today.year
    if not decimal_digits(raw.strip()) or not FIRST_YEAR <= int(raw) <= today.year:
        raise ValidationFailed(BAD_YEAR, first=FIRST_YEAR, last=today.year)
    return int(raw)


def _youth_share(youth: int, everyone: int) -> float | None:
    """The share of the young, hidden where either group is too small to show (the share would give it back)."""
    if privacy.count(everyone - youth) is None:
        return None
    return privacy.rate(youth, everyone)


def _lines(cells: Sequence[Mapping[str, Any]], key: str, order: Iterable[str]) -> tuple[Line, ...]:
    """One line per key value in the given order, each measure hidden as a partition of the year's total."""
    sums: dict[str, dict[str, int]] = {code: dict.fromkeys((*MEASURES, "youth"), 0) for code in order}
    for cell in cells:
        line = sums.setdefault(cell[key], dict.fromkeys((*MEASURES, "youth"), 0))
        for measure in MEASURES:
            line[measure] += cell[measure]
        line["youth"] += cell["applications"] if cell["youth"] else 0
    sums = {code: line for code, line in sums.items() if any(line.values()) or key == "month"}
    shown = {measure: privacy.partition({code: line[measure] for code, line in sums.items()}) for measure in MEASURES}
    return tuple(
        Line(
            code,
            Counts(
                applications=shown["applications"][code],
                interviews=shown["interviews"][code],
                hires=shown["hires"][code],
                youth_share=_youth_share(line["youth"], line["applications"]),
            ),
        )
        for code, line in sums.items()
    )


def _total(cells: Sequence[Mapping[str, Any]]) -> Counts:
    sums = {measure: sum(cell[measure] for cell in cells) for measure in MEASURES}
    youth = sum(cell["applications"] for cell in cells if cell["youth"])
    return Counts(
        applications=privacy.count(sums["applications"]),
        interviews=privacy.count(sums["interviews"]),
        hires=privacy.count(sums["hires"]),
        youth_share=_youth_share(youth, sums["applications"]),
    )


def _month_code(month: date) -> str:
    return f"{month.year}-{month.month:02d}"


def _last_month(year: int, today: date) -> int:
    """Months to show: the whole year, or this year up to this month."""
    return today.month if year == today.year else 12


async def _pay(year: int, last_month: int) -> tuple[tuple[Pay, ...], tuple[Pay, ...]]:
    rows = await fetch(
        """SELECT period, starts, sector, postings, median_hourly FROM report_pay_cells
           WHERE starts >= $1 AND starts < $2 AND (period = 'year' OR sector = '') ORDER BY starts, sector""",
        date(year, 1, 1),
        date(year + 1, 1, 1),
    )
    by_month = {_month_code(r["starts"]): r for r in rows if r["period"] == "month"}
    months = tuple(
        Pay(code, privacy.count(row["postings"]) if row else None, row["median_hourly"] if row else None)
        for code in (f"{year}-{month:02d}" for month in range(1, last_month + 1))
        for row in [by_month.get(code)]
    )
    sectors = tuple(
        Pay(r["sector"], privacy.count(r["postings"]), r["median_hourly"])
        for r in sorted(
            (r for r in rows if r["period"] == "year" and r["sector"] != ALL_SECTORS),
            key=lambda r: list(SECTORS).index(r["sector"]) if r["sector"] in SECTORS else len(SECTORS),
        )
    )
    return months, sectors


async def refreshed_at() -> datetime | None:
    """When the aggregates were last rebuilt (None before any refresh), for the pages to say how fresh they are."""
    row = await ReportRefresh.select(ReportRefresh.refreshed_at).first()
    return row["refreshed_at"] if row else None


async def report(reader: Reader, *, year: int, today: date, minimum_hourly_wage: int) -> PlatformReport:
    """The year's figures for staff and the zone authority, every small count hidden."""
    await check_platform(reader)
    cells = await fetch(
        """SELECT to_char(month, 'YYYY-MM') AS month, sector, district, youth, applications, interviews, hires
           FROM report_activity_cells WHERE month >= $1 AND month < $2""",
        date(year, 1, 1),
        date(year + 1, 1, 1),
    )
    pay_months, pay_sectors = await _pay(year, _last_month(year, today))
    return PlatformReport(
        year=year,
        years=tuple(range(today.year, FIRST_YEAR - 1, -1)),
        total=_total(cells),
        months=_lines(cells, "month", (f"{year}-{month:02d}" for month in range(1, _last_month(year, today) + 1))),
        sectors=_lines(cells, "sector", SECTORS),
        districts=_lines(cells, "district", DISTRICTS),
        pay_months=pay_months,
        pay_sectors=pay_sectors,
        minimum_hourly_wage=minimum_hourly_wage,
        refreshed_at=await refreshed_at(),
    )


def _percent(share: float | None) -> Cell:
    return None if share is None else round(share * 100, 1)


def label(kind: str, code: str) -> str:
    """A line's name in the reader's language: a month as it is, a sector or a district by its label."""
    names = {"sector": SECTORS, "district": DISTRICTS}.get(kind)
    return i18n.gettext(names[code]) if names and code in names else code


def _counts(counts: Counts) -> list[Cell]:
    return [
        privacy.cell(counts.applications),
        privacy.cell(counts.interviews),
        privacy.cell(counts.hires),
        _percent(counts.youth_share),
    ]


def export_sheets(found: PlatformReport) -> list[Sheet]:
    """The report as worksheets (the CSV is the first): hidden counts read "< 5", shares and pay as numbers."""
    header = [
        i18n.gettext(lazy("Breakdown")),
        i18n.gettext(lazy("Name")),
        i18n.gettext(lazy("Applications")),
        i18n.gettext(lazy("Interviews")),
        i18n.gettext(lazy("Hires")),
        i18n.gettext(lazy("Youth share (%)")),
    ]
    kinds = {"month": lazy("Month"), "sector": lazy("Sector"), "district": lazy("District")}
    rows: list[list[Cell]] = [
        [i18n.gettext(lazy("Year")), str(found.year), *_counts(found.total)],
    ]
    for kind, lines in (("month", found.months), ("sector", found.sectors), ("district", found.districts)):
        rows += [[i18n.gettext(kinds[kind]), label(kind, line.code), *_counts(line.counts)] for line in lines]
    pay_header = [
        i18n.gettext(lazy("Breakdown")),
        i18n.gettext(lazy("Name")),
        i18n.gettext(lazy("Postings with a posted pay")),
        i18n.gettext(lazy("Median posted pay (KRW an hour)")),
        i18n.gettext(lazy("Minimum wage (KRW an hour)")),
    ]
    pay_rows: list[list[Cell]] = [
        [
            i18n.gettext(kinds[kind]),
            label(kind, pay.code),
            privacy.cell(pay.postings),
            pay.median_hourly,
            found.minimum_hourly_wage,
        ]
        for kind, pays in (("month", found.pay_months), ("sector", found.pay_sectors))
        for pay in pays
    ]
    return [
        Sheet(i18n.gettext(lazy("Activity")), header, rows),
        Sheet(i18n.gettext(lazy("Posted pay")), pay_header, pay_rows),
    ]


def export_csv(found: PlatformReport) -> bytes:
    """One CSV file: the activity table, an empty line, then the posted pay table under its own header."""
    activity, pay = export_sheets(found)
    return csv_bytes(activity.header, [*activity.rows, [], pay.header, *pay.rows])


def share_text(share: float | None) -> str:
    """A share as the pages show it: whole percent, or "< 5" where it is hidden."""
    return privacy.HIDDEN_TEXT if share is None else f"{share * 100:.0f} %"


def _activity_chart(lines: Sequence[Line], kind: str) -> charts.Chart:
    series = [i18n.gettext(lazy("Applications")), i18n.gettext(lazy("Interviews")), i18n.gettext(lazy("Hires"))]
    rows = [
        (
            label(kind, line.code),
            (line.counts.applications, line.counts.interviews, line.counts.hires),
            (share_text(line.counts.youth_share),),
        )
        for line in lines
    ]
    return charts.chart(series, rows, (i18n.gettext(lazy("Youth share")),))


def _pay_chart(pays: Sequence[Pay], minimum: int, kind: str) -> charts.Chart:
    series = [i18n.gettext(lazy("Median posted pay")), i18n.gettext(lazy("Minimum wage"))]
    rows = [
        (
            label(kind, pay.code),
            (int(pay.median_hourly), minimum),
            (privacy.text(pay.postings), f"{pay.median_hourly / minimum * 100:.0f} %"),
        )
        for pay in pays
        if pay.median_hourly is not None
    ]
    headers = (i18n.gettext(lazy("Postings with a posted pay")), i18n.gettext(lazy("Against the minimum wage")))
    return charts.chart(series, rows, headers)


@dataclass(frozen=True, slots=True)
class PlatformCharts:
    months: charts.Chart
    sectors: charts.Chart
    districts: charts.Chart
    pay_months: charts.Chart
    pay_sectors: charts.Chart


def charts_of(found: PlatformReport) -> PlatformCharts:
    """The report's charts, their labels in the reader's language."""
    minimum = found.minimum_hourly_wage
    return PlatformCharts(
        months=_activity_chart(found.months, "month"),
        sectors=_activity_chart(found.sectors, "sector"),
        districts=_activity_chart(found.districts, "district"),
        pay_months=_pay_chart(found.pay_months, minimum, "month"),
        pay_sectors=_pay_chart(found.pay_sectors, minimum, "sector"),
    )
