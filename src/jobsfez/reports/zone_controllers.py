"""The zone's report pages: the platform report (staff and the zone authority) and the regional skill-gap report
(staff and every approved centre), each with its CSV and XLSX file; reports/readers.py says who reads which."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from litestar import Controller, Request, get, post
from litestar.di import NamedDependency
from litestar.response import Redirect, Response, Template

from jobsfez import queue
from jobsfez.choices import SECTORS
from jobsfez.config import Settings
from jobsfez.exports import xlsx_bytes
from jobsfez.postings.validation import seoul_today
from jobsfez.reports import aggregates, platform, skillgap
from jobsfez.reports.readers import Reader
from jobsfez.web import guards
from jobsfez.web.guards import staff as staff_only  # the class's own `guards` hides the module inside its body

logger = logging.getLogger(__name__)
CSV = "text/csv; charset=utf-8"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _reader(request: Request[Any, Any, Any]) -> Reader:
    user = guards.user_of(request)
    return Reader(staff=user.is_staff, centre=user.centre)


def _file(body: bytes, media_type: str, filename: str) -> Response[bytes]:
    return Response(body, media_type=media_type, headers={"content-disposition": f'attachment; filename="{filename}"'})


async def _platform(request: Request[Any, Any, Any], settings: Settings) -> platform.PlatformReport:
    today = seoul_today()
    year = platform.parse_year(request.query_params.get("year"), today=today)
    return await platform.report(
        _reader(request), year=year, today=today, minimum_hourly_wage=settings.minimum_hourly_wage
    )


async def _skills(request: Request[Any, Any, Any]) -> skillgap.SkillGapReport:
    month = skillgap.parse_month(request.query_params.get("month"))
    sector = skillgap.parse_sector(request.query_params.get("sector"))
    return await skillgap.report(_reader(request), month=month, sector=sector, now=datetime.now(UTC))


class ZoneReportController(Controller):
    path = "/reports"
    guards = (guards.logged_in,)
    include_in_schema = False

    @get("/platform")
    async def platform_page(self, request: Request[Any, Any, Any], settings: NamedDependency[Settings]) -> Template:
        found = await _platform(request, settings)
        return Template(
            template_name="reports/platform.html",
            context={"report": found, "charts": platform.charts_of(found), "share": platform.share_text},
        )

    @get("/platform.csv")
    async def platform_csv(
        self, request: Request[Any, Any, Any], settings: NamedDependency[Settings]
    ) -> Response[bytes]:
        found = await _platform(request, settings)
        return _file(platform.export_csv(found), CSV, f"jobsfez-platform-{found.year}.csv")

    @get("/platform.xlsx")
    async def platform_xlsx(
        self, request: Request[Any, Any, Any], settings: NamedDependency[Settings]
    ) -> Response[bytes]:
        found = await _platform(request, settings)
        return _file(xlsx_bytes(platform.export_sheets(found)), XLSX, f"jobsfez-platform-{found.year}.xlsx")

    @get("/skills")
    async def skills_page(self, request: Request[Any, Any, Any]) -> Template:
        found = await _skills(request)
        return Template(
            template_name="reports/skills.html",
            context={
                "report": found,
                "charts": skillgap.charts_of(found),
                "summary": skillgap.summary(found),
                "sectors": SECTORS,
                "sample": aggregates.MISSED_SAMPLE,
                "shown": aggregates.RECOMMENDED,
            },
        )

    @get("/skills.csv")
    async def skills_csv(self, request: Request[Any, Any, Any]) -> Response[bytes]:
        found = await _skills(request)
        return _file(skillgap.export_csv(found), CSV, f"jobsfez-skills-{found.month:%Y-%m}.csv")

    @get("/skills.xlsx")
    async def skills_xlsx(self, request: Request[Any, Any, Any]) -> Response[bytes]:
        found = await _skills(request)
        return _file(xlsx_bytes(skillgap.export_sheets(found)), XLSX, f"jobsfez-skills-{found.month:%Y-%m}.xlsx")

    @post("/refresh", guards=[staff_only])
    async def refresh(self, request: Request[Any, Any, Any]) -> Redirect:
        """Staff ask for fresh figures now rather than at the hour; the hourly run does it if Redis is away."""
        try:
            await queue.enqueue_report_refresh(request.app.state.resources.arq)
        except Exception:
            logger.warning("enqueue of the reports' refresh failed; the hourly run will do it")
        return Redirect("/reports/platform?refreshing=1")
