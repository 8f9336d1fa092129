"""The funnel reports' pages and their files: a drive's (its hosts), a centre's (its drives over time) and a
company's (its own interviews across the drives it took part in). Each page, its CSV and its XLSX are one service
call each; reports/funnel_views.py turns the report into charts and sheets."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from litestar import Controller, Request, get
from litestar.params import FromPath
from litestar.response import Response, Template

from jobsfez import i18n
from jobsfez.exports import Sheet
from jobsfez.reports import funnel_views, funnels
from jobsfez.reports.charts import Chart
from jobsfez.web import guards

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _now() -> datetime:
    return datetime.now(UTC)


def _file(request: Request[Any, Any, Any], sheets: Sequence[Sheet], stem: str) -> Response[bytes]:
    """The report as the file the path's extension names: a CSV or an XLSX workbook."""
    if request.url.path.endswith(".csv"):
        body, media_type, extension = funnel_views.as_csv(sheets), "text/csv; charset=utf-8", "csv"
    else:
        body, media_type, extension = funnel_views.as_xlsx(sheets), XLSX, "xlsx"
    return Response(
        body, media_type=media_type, headers={"content-disposition": f'attachment; filename="{stem}.{extension}"'}
    )


def _cohort_charts(cohorts: Sequence[funnels.Cohorts]) -> list[tuple[str, Chart]]:
    return [(i18n.gettext(found.label), funnel_views.cohort_chart(found)) for found in cohorts]


class CentreReportController(Controller):
    path = "/centre"
    guards = (guards.centre_member,)
    include_in_schema = False

    @get("/drives/{drive_id:int}/report")
    async def drive(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template:
        report = await funnels.drive_report(
            guards.centre_actor_of(request), drive_id, now=_now(), language=i18n.current_language()
        )
        return Template(
            template_name="reports/drive.html",
            context={
                "drive": report.drive,
                "funnel_chart": funnel_views.funnel_chart(report.funnel),
                "funnel_figures": funnel_views.funnel_figures(report.funnel),
                "cohorts": _cohort_charts(report.cohorts),
            },
        )

    @get(["/drives/{drive_id:int}/report.csv", "/drives/{drive_id:int}/report.xlsx"])
    async def drive_file(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Response[bytes]:
        report = await funnels.drive_report(
            guards.centre_actor_of(request), drive_id, now=_now(), language=i18n.current_language()
        )
        stem = funnel_views.file_stem(f"drive-{drive_id}-report", report.drive.starts_at)
        return _file(request, funnel_views.drive_sheets(report), stem)

    @get("/reports")
    async def centre(self, request: Request[Any, Any, Any]) -> Template:
        report = await funnels.centre_report(
            guards.centre_actor_of(request), now=_now(), language=i18n.current_language()
        )
        return Template(
            template_name="reports/centre.html",
            context={
                "funnel_chart": funnel_views.funnel_chart(report.funnel),
                "funnel_figures": funnel_views.funnel_figures(report.funnel),
                "months_chart": funnel_views.period_chart(report.months, i18n.gettext("Registered")),
                "cohorts": _cohort_charts(report.cohorts),
            },
        )

    @get(["/reports.csv", "/reports.xlsx"])
    async def centre_file(self, request: Request[Any, Any, Any]) -> Response[bytes]:
        actor = guards.centre_actor_of(request)
        report = await funnels.centre_report(actor, now=_now(), language=i18n.current_language())
        stem = funnel_views.file_stem(f"centre-{actor.centre_id}-report", _now())
        return _file(request, funnel_views.centre_sheets(report), stem)


class CompanyReportController(Controller):
    path = "/employer/reports/drives"
    guards = (guards.employer_member,)
    include_in_schema = False

    @get("/")
    async def show(self, request: Request[Any, Any, Any]) -> Template:
        report = await funnels.employer_report(guards.actor_of(request), now=_now())
        return Template(
            template_name="reports/company.html",
            context={
                "funnel_chart": funnel_views.funnel_chart(
                    report.funnel, i18n.gettext(funnel_views.COMPANY_FIRST_STAGE)
                ),
                "funnel_figures": funnel_views.funnel_figures(report.funnel),
                "drives_chart": funnel_views.period_chart(report.drives, i18n.gettext("People you interviewed")),
            },
        )

    @get(["/report.csv", "/report.xlsx"])
    async def download(self, request: Request[Any, Any, Any]) -> Response[bytes]:
        actor = guards.actor_of(request)
        report = await funnels.employer_report(actor, now=_now())
        stem = funnel_views.file_stem(f"company-{actor.employer_id}-drives", _now())
        return _file(request, funnel_views.employer_sheets(report), stem)
