"""The drive day's outcomes in pages: a company's interviews on a drive with an outcome to record for each (its
drive page loads them by htmx; the booth uses a phone), and a participant's results beside their itinerary."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from litestar import Controller, Request, get, post
from litestar.params import FromPath
from litestar.response import Redirect, Template

from jobsfez import i18n
from jobsfez.drives import outcomes
from jobsfez.errors import DomainError
from jobsfez.web import guards
from jobsfez.web.forms import form_data


def _is_htmx(request: Request[Any, Any, Any]) -> bool:
    return request.headers.get("hx-request") == "true"


def _message(error: DomainError | None) -> str:
    return i18n.gettext(error.message).format(**error.params) if error else ""


def _row(
    drive_id: int, interview: outcomes.CompanyInterview, *, saved: bool = False, error: DomainError | None = None
) -> Template:
    return Template(
        template_name="drives/_outcome_row.html",
        context={
            "drive_id": drive_id,
            "interview": interview,
            "outcomes": outcomes.OUTCOMES,
            "saved": saved,
            "error_summary": _message(error),
        },
        status_code=error.status_code if error else 200,
    )


async def _day(request: Request[Any, Any, Any], drive_id: int, *, error: DomainError | None = None) -> Template:
    """The company's interviews: the section for htmx, else the page (with a refused change's message)."""
    day = await outcomes.company_day(guards.actor_of(request), drive_id, now=datetime.now(UTC))
    return Template(
        template_name="drives/_outcomes.html" if _is_htmx(request) else "drives/outcomes.html",
        context={"day": day, "drive_id": drive_id, "outcomes": outcomes.OUTCOMES, "error_summary": _message(error)},
        status_code=error.status_code if error else 200,
    )


class CompanyOutcomeController(Controller):
    """A company's interviews on the day and their outcomes; the services scope everything to the member's company."""

    path = "/employer/drives/{drive_id:int}/interviews"
    guards = (guards.employer_member,)
    include_in_schema = False

    @get("/")
    async def index(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template:
        return await _day(request, drive_id)

    @post("/{interview_id:int}/outcome")
    async def record(
        self, request: Request[Any, Any, Any], drive_id: FromPath[int], interview_id: FromPath[int]
    ) -> Template | Redirect:
        actor, now = guards.actor_of(request), datetime.now(UTC)
        chosen = (await form_data(request)).get("outcome", "")
        try:
            interview = await outcomes.record(actor, drive_id, interview_id, chosen, now=now)
        except DomainError as exc:
            if exc.status_code == 404:
                raise
            if not _is_htmx(request):
                return await _day(request, drive_id, error=exc)
            return _row(drive_id, await outcomes.company_interview(actor, drive_id, interview_id, now=now), error=exc)
        if not _is_htmx(request):
            return Redirect(f"/employer/drives/{drive_id}/interviews")
        return _row(drive_id, interview, saved=True)


class ResultsController(Controller):
    """A participant's own results on a drive, shown on their itinerary page."""

    path = "/me/drives"
    guards = (guards.seeker,)
    include_in_schema = False

    @get("/{drive_id:int}/results")
    async def index(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template:
        found = await outcomes.results(guards.user_of(request).id, drive_id)
        return Template(
            template_name="drives/_my_results.html" if _is_htmx(request) else "drives/my_results.html",
            context={"results": found, "drive_id": drive_id, "outcomes": outcomes.OUTCOMES},
        )
