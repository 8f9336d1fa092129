"""A drive's pre-matching in pages: the centre starts a run and watches its progress, and reads each company's and
each of its participants' ranked lists; a company reads its participants and marks them; a seeker reads their
companies and marks them."""

from __future__ import annotations

import logging
from typing import Any

from litestar import Controller, Request, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath
from litestar.response import File, Redirect, Template

from jobsfez import i18n, queue
from jobsfez.config import Settings
from jobsfez.drives import interest, matches, prematch
from jobsfez.errors import Conflict, DomainError, Forbidden, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.web import guards
from jobsfez.web.forms import form_data

logger = logging.getLogger(__name__)
CHOOSE = lazy("Choose whether you want to meet them.")


def _message(error: DomainError | None) -> str:
    return i18n.gettext(error.message).format(**error.params) if error else ""


def _is_htmx(request: Request[Any, Any, Any]) -> bool:
    return request.headers.get("hx-request") == "true"


async def _want(request: Request[Any, Any, Any]) -> bool:
    """A mark's form says "yes" to mark and "no" to unmark; anything else is refused."""
    value = (await form_data(request)).get("want", "")
    if value not in ("yes", "no"):
        raise ValidationFailed(CHOOSE)
    return value == "yes"


async def _section(
    request: Request[Any, Any, Any], drive_id: int, *, notice: str = "", error: DomainError | None = None
) -> Template:
    """The dashboard's matching section: the newest run's progress, and the current result."""
    actor = guards.centre_actor_of(request)
    newest, done = await prematch.latest(actor, drive_id)
    companies = await matches.companies_for_centre(actor, drive_id) if done else []
    return Template(
        template_name="drives/_matching.html",
        context={
            "drive_id": drive_id,
            "newest": newest,
            "done": done,
            "companies": companies,
            "notice": notice,
            "error_summary": _message(error),
        },
        status_code=error.status_code if error else 200,
    )


class CentreMatchingController(Controller):
    """The host centres' side: start a run, watch it, read its lists."""

    path = "/centre/drives"
    guards = (guards.centre_member,)
    include_in_schema = False

    @get("/{drive_id:int}/matching")
    async def section(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template:
        return await _section(request, drive_id)

    @post("/{drive_id:int}/matching")
    async def start(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template | Redirect:
        try:
            run_id = await prematch.start(guards.centre_actor_of(request), drive_id)
        except (ValidationFailed, Conflict) as exc:
            return await _section(request, drive_id, error=exc)
        try:
            await queue.enqueue_drive_matching(request.app.state.resources.arq, run_id)
        except Exception:  # the run is a row: the worker's sweep takes it within seconds
            logger.warning("enqueue of drive matching run %s failed; the sweep will take it", run_id)
        if not _is_htmx(request):
            return Redirect(f"/centre/drives/{drive_id}")
        return await _section(request, drive_id, notice=i18n.gettext("Matching started."))

    @get("/{drive_id:int}/matching/companies/{employer_id:int}")
    async def company(
        self, request: Request[Any, Any, Any], drive_id: FromPath[int], employer_id: FromPath[int]
    ) -> Template:
        found = await matches.company_for_centre(guards.centre_actor_of(request), drive_id, employer_id)
        return Template(template_name="drives/centre_matches.html", context={"page": found, "drive": found.drive})

    @get("/{drive_id:int}/matching/participants/{participant_id:int}")
    async def participant(
        self, request: Request[Any, Any, Any], drive_id: FromPath[int], participant_id: FromPath[int]
    ) -> Template:
        found = await matches.participant_for_centre(guards.centre_actor_of(request), drive_id, participant_id)
        return Template(template_name="drives/centre_matches.html", context={"page": found, "drive": found.drive})


def _company_matches(found: matches.MatchList, *, fragment: bool, error: DomainError | None = None) -> Template:
    return Template(
        template_name="drives/_company_matches.html" if fragment else "drives/company_matches.html",
        context={"page": found, "drive": found.drive, "error_summary": _message(error)},
        status_code=error.status_code if error else 200,
    )


class CompanyMatchingController(Controller):
    """A joined company's side: its ranked participants, their résumés under consent, and its marks."""

    path = "/employer/drives"
    guards = (guards.employer_member,)
    include_in_schema = False

    @get("/{drive_id:int}/matches")
    async def index(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template:
        found = await matches.for_company(guards.actor_of(request), drive_id)
        return _company_matches(found, fragment=_is_htmx(request))

    @post("/{drive_id:int}/matches/{participant_id:int}/interest")
    async def mark(
        self, request: Request[Any, Any, Any], drive_id: FromPath[int], participant_id: FromPath[int]
    ) -> Template:
        actor = guards.actor_of(request)
        try:
            await interest.mark_participant(actor, drive_id, participant_id, want=await _want(request))
        except ValidationFailed as exc:
            return _company_matches(await matches.for_company(actor, drive_id), fragment=_is_htmx(request), error=exc)
        return _company_matches(await matches.for_company(actor, drive_id), fragment=_is_htmx(request))

    @get("/{drive_id:int}/participants/{participant_id:int}/resume")
    async def resume(
        self,
        request: Request[Any, Any, Any],
        drive_id: FromPath[int],
        participant_id: FromPath[int],
        settings: NamedDependency[Settings],
    ) -> File:
        path, name = await matches.resume_for_company(
            guards.actor_of(request), drive_id, participant_id, folder=settings.resume_dir
        )
        return File(path=path, filename=name, media_type="application/pdf", content_disposition_type="attachment")


def _seeker_matches(found: matches.MatchList, *, fragment: bool, error: DomainError | None = None) -> Template:
    return Template(
        template_name="drives/_seeker_matches.html" if fragment else "drives/seeker_matches.html",
        context={"page": found, "drive": found.drive, "error_summary": _message(error)},
        status_code=error.status_code if error else 200,
    )


class SeekerMatchingController(Controller):
    """A registered seeker's side: the companies matched to them on a drive, and their marks."""

    path = "/me/drives"
    guards = (guards.seeker,)
    include_in_schema = False

    @get("/{drive_id:int}/matches")
    async def index(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template:
        found = await matches.for_seeker(guards.user_of(request).id, drive_id)
        return _seeker_matches(found, fragment=_is_htmx(request))

    @post("/{drive_id:int}/matches/{employer_id:int}/interest")
    async def mark(
        self, request: Request[Any, Any, Any], drive_id: FromPath[int], employer_id: FromPath[int]
    ) -> Template:
        user_id = guards.user_of(request).id
        try:
            await interest.mark_company(user_id, drive_id, employer_id, want=await _want(request))
        except (ValidationFailed, Forbidden) as exc:
            return _seeker_matches(await matches.for_seeker(user_id, drive_id), fragment=_is_htmx(request), error=exc)
        return _seeker_matches(await matches.for_seeker(user_id, drive_id), fragment=_is_htmx(request))
