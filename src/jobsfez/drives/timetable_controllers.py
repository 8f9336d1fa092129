"""The centre's timetable pages of a drive: the timetable with what it achieves beside greedy's, building it, one
interview's page (lock, move, swap, a refusal shown where it was asked), publishing, and the print pages."""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from typing import Any

from litestar import Controller, Request, get, post
from litestar.params import FromPath
from litestar.response import Redirect, Template
from redis.exceptions import RedisError

from jobsfez import i18n, queue
from jobsfez.drives import timetables
from jobsfez.drives.timetable import DEFAULT_MAX_INTERVIEWS
from jobsfez.drives.validation import SEOUL
from jobsfez.errors import Conflict, DomainError, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.web import guards
from jobsfez.web.forms import form_data

FORMULATIONS = {
    "flow": lazy("a maximum flow, timed by edge colouring"),
    "flow+cp-sat": lazy("a maximum flow, timed by CP-SAT"),
    "cp-sat": lazy("CP-SAT over every pair and time"),
}
STATUSES = {"draft": lazy("Draft"), "published": lazy("Published")}
logger = logging.getLogger("jobsfez.drives")
REFUSED = (ValidationFailed, Conflict)  # shown on the page that asked; NotFound and Forbidden are the app's pages


def _message(error: DomainError | None) -> str:
    return i18n.gettext(error.message).format(**error.params) if error else ""


async def _tell(request: Request[Any, Any, Any], drive_id: int) -> None:
    """After a change has committed: the people it concerns hear of it from the worker (a published timetable's
    itineraries; nothing for a draft). A lost job is made good by the worker's sweep within a minute."""
    try:
        await queue.enqueue_itineraries(request.app.state.resources.arq, drive_id)
    except (RedisError, OSError):  # Redis away: the sweep sends them
        logger.warning("enqueue of drive %d's itineraries failed; the sweep will send them", drive_id)


async def _edit(
    request: Request[Any, Any, Any],
    drive_id: int,
    interview_id: int,
    edit: Awaitable[None],
    *,
    at: str,
    then: str | None = None,
) -> Template | Redirect:
    """One edit of an interview: refused in place on its page (the section ``at``), else told to those concerned and
    back to the interview's page, or to the timetable's section ``then``."""
    try:
        await edit
    except REFUSED as exc:
        return await _interview(request, drive_id, interview_id, error=exc, at=at)
    await _tell(request, drive_id)
    if then is not None:
        return Redirect(f"/centre/drives/{drive_id}/timetable{then}")
    return Redirect(f"/centre/drives/{drive_id}/timetable/interviews/{interview_id}")


async def _page(
    request: Request[Any, Any, Any],
    drive_id: int,
    *,
    error: DomainError | None = None,
    typed: dict[str, str] | None = None,
) -> Template:
    """The timetable page; after a refused build, with what was typed in its form."""
    page = await timetables.page(guards.centre_actor_of(request), drive_id)
    first = page.breaks[0] if page.breaks else None
    form = typed or {
        "max_interviews": str(page.timetable.max_interviews if page.timetable else DEFAULT_MAX_INTERVIEWS),
        "break_starts": first.starts_at.astimezone(SEOUL).strftime("%H:%M") if first else "",
        "break_ends": first.ends_at.astimezone(SEOUL).strftime("%H:%M") if first else "",
    }
    return Template(
        template_name="drives/timetable.html",
        context={
            "page": page,
            "drive": page.drive,
            "form": form,
            "error_summary": _message(error),
            "error_field": next(iter(error.fields), "") if error else "",
            "formulations": FORMULATIONS,
            "statuses": STATUSES,
        },
        status_code=error.status_code if error else 200,
    )


async def _interview(
    request: Request[Any, Any, Any], drive_id: int, interview_id: int, *, error: DomainError | None = None, at: str = ""
) -> Template:
    page = await timetables.interview_page(guards.centre_actor_of(request), drive_id, interview_id)
    return Template(
        template_name="drives/timetable_interview.html",
        context={"page": page, "drive": page.drive, "error_summary": _message(error), "error_at": at},
        status_code=error.status_code if error else 200,
    )


class TimetableController(Controller):
    path = "/centre/drives/{drive_id:int}/timetable"
    guards = (guards.centre_member,)
    include_in_schema = False

    @get("/")
    async def show(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template:
        return await _page(request, drive_id)

    @post("/build")
    async def build(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template | Redirect:
        data = await form_data(request)
        sent = {name: data.get(name, "") for name in ("max_interviews", "break_starts", "break_ends")}
        try:
            await timetables.build(guards.centre_actor_of(request), drive_id, **sent)
        except REFUSED as exc:
            return await _page(request, drive_id, error=exc, typed={k: v[:8] for k, v in sent.items()})
        await _tell(request, drive_id)
        return Redirect(f"/centre/drives/{drive_id}/timetable")

    @post("/publish")
    async def publish(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template | Redirect:
        confirmed = (await form_data(request)).get("confirm") == "yes"
        try:
            await timetables.publish(guards.centre_actor_of(request), drive_id, confirmed=confirmed)
        except REFUSED as exc:
            return await _page(request, drive_id, error=exc)
        await _tell(request, drive_id)
        return Redirect(f"/centre/drives/{drive_id}/timetable")

    @get("/interviews/{interview_id:int}")
    async def interview(
        self, request: Request[Any, Any, Any], drive_id: FromPath[int], interview_id: FromPath[int]
    ) -> Template:
        return await _interview(request, drive_id, interview_id)

    @post("/interviews/{interview_id:int}/lock")
    async def lock(
        self, request: Request[Any, Any, Any], drive_id: FromPath[int], interview_id: FromPath[int]
    ) -> Template | Redirect:
        locked = (await form_data(request)).get("locked") == "yes"
        edit = timetables.set_locked(guards.centre_actor_of(request), drive_id, interview_id, locked=locked)
        return await _edit(request, drive_id, interview_id, edit, at="lock")

    @post("/interviews/{interview_id:int}/move")
    async def move(
        self, request: Request[Any, Any, Any], drive_id: FromPath[int], interview_id: FromPath[int]
    ) -> Template | Redirect:
        slot = (await form_data(request)).get("slot", "")
        edit = timetables.move(guards.centre_actor_of(request), drive_id, interview_id, slot=slot)
        return await _edit(request, drive_id, interview_id, edit, at="move")

    @post("/interviews/{interview_id:int}/swap")
    async def swap(
        self, request: Request[Any, Any, Any], drive_id: FromPath[int], interview_id: FromPath[int]
    ) -> Template | Redirect:
        other = (await form_data(request)).get("other", "")
        edit = timetables.swap(guards.centre_actor_of(request), drive_id, interview_id, other=other)
        # the swapped interviews are new rows once the timetable is published: back to the timetable
        return await _edit(request, drive_id, interview_id, edit, at="swap", then="#participants")

    @get("/print")
    async def print_all(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template:
        page = await timetables.page(guards.centre_actor_of(request), drive_id)
        return Template(
            template_name="drives/timetable_print.html",
            context={"drive": page.drive, "grids": page.companies, "page": page},
        )

    @get("/print/{employer_id:int}")
    async def print_company(
        self, request: Request[Any, Any, Any], drive_id: FromPath[int], employer_id: FromPath[int]
    ) -> Template:
        drive, grid = await timetables.company_schedule(guards.centre_actor_of(request), drive_id, employer_id)
        return Template(
            template_name="drives/timetable_print.html", context={"drive": drive, "grids": (grid,), "page": None}
        )
