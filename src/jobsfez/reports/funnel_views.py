"""A funnel report as the page's charts and as files: the same figures, as XLSX sheets (one table each) and a CSV.

A chart's table and a file show a hidden count or rate as "< 5" (reports.privacy). In a file every other figure is a
number (a rate in percent), so a sum or a chart in Excel works on it; a rate that does not apply (the first stage's)
is an empty cell. The CSV holds every table in one file, one figure a line (table, row, column, value), which a pivot
table turns back into any of the tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from jobsfez import i18n
from jobsfez.exports import Cell, Sheet, csv_bytes, xlsx_bytes
from jobsfez.i18n import lazy
from jobsfez.reports import privacy
from jobsfez.reports.charts import Chart, chart
from jobsfez.reports.funnels import (
    STAGES,
    CentreReport,
    Cohorts,
    DriveReport,
    EmployerReport,
    Funnel,
    Period,
    Stage,
)

SEOUL = ZoneInfo("Asia/Seoul")
_ = i18n.gettext


def _percent(value: float | None) -> Cell:
    return privacy.HIDDEN_TEXT if value is None else round(value * 100, 1)


def _number(value: float | None) -> Cell:
    return privacy.HIDDEN_TEXT if value is None else round(value, 2)


def _shown(value: int | float | None, percent: bool = False) -> str:
    if value is None:
        return privacy.HIDDEN_TEXT
    return f"{value * 100:.0f}%" if percent else f"{value:,}"


# A company's funnel starts with the people it had an interview with, not with everyone registered.
COMPANY_FIRST_STAGE = lazy("People with an interview")


def _label(stage: Stage, first: str | None) -> str:
    return first if first is not None and stage.key == "registered" else _(stage.label)


def funnel_chart(funnel: Funnel, first: str | None = None) -> Chart:
    """The stages as bars, each with its conversion from the stage before and from the first stage."""
    return chart(
        [_("People")],
        [
            (_label(stage, first), [stage.people], [_shown(stage.of_previous, True), _shown(stage.of_registered, True)])
            if index
            else (_label(stage, first), [stage.people], ["—", "—"])  # the first stage has no stage before it
            for index, stage in enumerate(funnel.stages)
        ],
        [_("% of the stage before"), _("% of registered")],
    )


def cohort_chart(cohorts: Cohorts) -> Chart:
    """Registered and hired per cohort as bars; the stages between and the hire rate in the table."""
    return chart(
        [_("Registered"), _("Hired")],
        [
            (
                row.label or _("Not given"),
                [row.counts[0], row.counts[-1]],
                [*[_shown(value) for value in row.counts[1:-1]], _shown(row.hire_rate, True)],
            )
            for row in cohorts.rows
        ],
        [*_stages()[1:-1], _("Hire rate")],
    )


def period_chart(periods: Sequence[Period], first: str) -> Chart:
    """Months (or drives) with the people registered (or met) and hired."""
    return chart([first, _("Hired")], [(period.label, [period.registered, period.hired]) for period in periods])


def funnel_figures(funnel: Funnel) -> list[tuple[str, str]]:
    """The figures beside the funnel as the page writes them."""
    days = funnel.median_days_to_hire
    return [
        (_("Interviews due"), _shown(funnel.interviews_due)),
        (_("No-show rate (of interviews due)"), _shown(funnel.no_show_rate, True)),
        (
            _("Interviews per person checked in"),
            privacy.HIDDEN_TEXT if funnel.interviews_per_person is None else f"{funnel.interviews_per_person:.1f}",
        ),
        (
            _("Median days from the drive day to a hire"),
            privacy.HIDDEN_TEXT if days is None else _("{days} days").format(days=f"{days:g}"),
        ),
        (_("Hires at zone employers"), _shown(funnel.zone_hires)),
    ]


def _stages() -> list[str]:
    return [_(label) for label in STAGES.values()]


def funnel_sheets(funnel: Funnel, first: str | None = None) -> list[Sheet]:
    """The funnel's stages and the figures beside it."""
    stages = Sheet(
        _("Funnel"),
        [_("Stage"), _("People"), _("% of the stage before"), _("% of registered")],
        [
            [
                _label(stage, first),
                privacy.cell(stage.people),
                _percent(stage.of_previous),
                _percent(stage.of_registered),
            ]
            if index
            else [_label(stage, first), privacy.cell(stage.people), None, None]
            for index, stage in enumerate(funnel.stages)
        ],
    )
    figures = Sheet(
        _("Figures"),
        [_("Figure"), _("Value")],
        [
            [_("Interviews due"), privacy.cell(funnel.interviews_due)],
            [_("No-show rate (%)"), _percent(funnel.no_show_rate)],
            [_("Interviews per person checked in"), _number(funnel.interviews_per_person)],
            [_("Median days from the drive day to a hire"), _number(funnel.median_days_to_hire)],
            [_("Hires at zone employers"), privacy.cell(funnel.zone_hires)],
        ],
    )
    return [stages, figures]


def cohort_sheet(cohorts: Cohorts) -> Sheet:
    return Sheet(
        _(cohorts.label),
        [_(cohorts.label), *_stages(), _("Hire rate (%)")],
        [
            [row.label or _("Not given"), *[privacy.cell(value) for value in row.counts], _percent(row.hire_rate)]
            for row in cohorts.rows
        ],
    )


def period_sheet(title: str, label: str, first: str, periods: Sequence[Period]) -> Sheet:
    return Sheet(
        title,
        [label, first, _("Hired")],
        [[period.label, privacy.cell(period.registered), privacy.cell(period.hired)] for period in periods],
    )


def drive_sheets(report: DriveReport) -> list[Sheet]:
    return [*funnel_sheets(report.funnel), *[cohort_sheet(cohorts) for cohorts in report.cohorts]]


def centre_sheets(report: CentreReport) -> list[Sheet]:
    months = period_sheet(_("Months"), _("Month"), _("Registered"), report.months)
    return [*funnel_sheets(report.funnel), months, *[cohort_sheet(cohorts) for cohorts in report.cohorts]]


def employer_sheets(report: EmployerReport) -> list[Sheet]:
    drives = period_sheet(_("Drives"), _("Drive"), _("People you interviewed"), report.drives)
    return [*funnel_sheets(report.funnel, _(COMPANY_FIRST_STAGE)), drives]


def as_csv(sheets: Sequence[Sheet]) -> bytes:
    """Every table in one CSV, one figure a line."""
    rows = [
        [sheet.title, row[0], sheet.header[column], row[column]]
        for sheet in sheets
        for row in sheet.rows
        for column in range(1, len(row))
    ]
    return csv_bytes([_("Table"), _("Row"), _("Column"), _("Value")], rows)


def as_xlsx(sheets: Sequence[Sheet]) -> bytes:
    return xlsx_bytes(sheets)


def file_stem(prefix: str, day: datetime) -> str:
    """e.g. drive-12-report-2026-12-18: whose report, and the day it is of (in Seoul); the extension follows."""
    return f"{prefix}-{day.astimezone(SEOUL).date().isoformat()}"
