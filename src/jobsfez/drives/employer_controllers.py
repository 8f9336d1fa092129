"""The pages of a drive's companies: the employers' part of the centre's dashboard, a company's page for a drive,
"ask to join" on the public page, and registering a company by a drive's email invitation.

The dashboards and the public page that show these parts take their context from ``dashboard_part``,
``company_part`` and ``public_part``, so those pages stay one service call each for their own data.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from litestar import Controller, Request, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery
from litestar.response import Redirect, Template

from jobsfez import i18n
from jobsfez.centres.service import CentreActor
from jobsfez.choices import DISTRICTS, DRIVE_EMPLOYER_STATUSES, SECTORS
from jobsfez.config import Settings
from jobsfez.drives import company, employers
from jobsfez.drives.offers import OfferInput
from jobsfez.drives.views import DriveView
from jobsfez.employers.service import Actor
from jobsfez.errors import DomainError, Forbidden, ValidationFailed
from jobsfez.web import guards
from jobsfez.web.forms import form_data, form_lists, translated_errors

QUERY_MAX = 200  # what the company search reads of the typed text; the service keeps less


def _message(error: DomainError | None) -> str:
    return i18n.gettext(error.message).format(**error.params) if error else ""


async def dashboard_part(actor: CentreActor, drive_id: int) -> dict[str, Any]:
    """The employers' part of the centre's drive dashboard."""
    return {"employers": await employers.section(actor, drive_id), "employer_statuses": DRIVE_EMPLOYER_STATUSES}


async def company_part(actor: Actor) -> dict[str, Any]:
    """The drives' part of the company dashboard."""
    return {"drives": await company.company_drives(actor), "employer_statuses": DRIVE_EMPLOYER_STATUSES}


async def public_part(drive: DriveView) -> dict[str, Any]:
    """The companies taking part, for a public drive's page."""
    return {"taking_part": await company.on_public_drive(drive.id)}


async def _section(
    actor: CentreActor,
    drive_id: int,
    *,
    notice: str = "",
    error: DomainError | None = None,
    values: dict[str, str] | None = None,
) -> Template:
    """The employers' part of the dashboard after a change, or with the reason one was refused."""
    return Template(
        template_name="drives/_employers.html",
        context={
            **await dashboard_part(actor, drive_id),
            "actor": actor,
            "employer_notice": notice,
            "employer_summary": _message(error),
            "employer_errors": translated_errors(error) if error else {},
            "employer_form": values or {},
        },
        status_code=error.status_code if error else 200,
    )


class CentreDriveEmployersController(Controller):
    path = "/centre/drives/{drive_id:int}/employers"
    guards = (guards.centre_member,)
    include_in_schema = False

    @get("/choices")
    async def choices(
        self, request: Request[Any, Any, Any], drive_id: FromPath[int], q: FromQuery[str] = ""
    ) -> Template:
        """The options of the company choice for what the lead typed."""
        found = await employers.company_choices(guards.centre_actor_of(request), drive_id, query=q[:QUERY_MAX])
        return Template(template_name="drives/_company_choices.html", context={"section": {"choices": found}})

    @post("/")
    async def invite(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template:
        actor = guards.centre_actor_of(request)
        data = await form_data(request)
        try:
            name = await employers.invite(actor, drive_id, employer_id=data.get("employer_id", ""))
        except (ValidationFailed, Forbidden) as exc:
            return await _section(actor, drive_id, error=exc)
        return await _section(actor, drive_id, notice=i18n.gettext("{company} is invited.").format(company=name))

    @post("/email")
    async def invite_by_email(
        self, request: Request[Any, Any, Any], drive_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> Template:
        actor = guards.centre_actor_of(request)
        data = await form_data(request)
        email = data.get("email", "").strip()
        try:
            await employers.invite_by_email(
                actor, drive_id, email=email, base_url=settings.base_url, language=i18n.current_language()
            )
        except (ValidationFailed, Forbidden) as exc:
            return await _section(actor, drive_id, error=exc, values={"email": email})
        return await _section(actor, drive_id, notice=i18n.gettext("Invitation sent to {email}.").format(email=email))

    @post("/{employer_id:int}/accept")
    async def accept(
        self, request: Request[Any, Any, Any], drive_id: FromPath[int], employer_id: FromPath[int]
    ) -> Template:
        return await _answer_request(request, drive_id, employer_id, accept=True)

    @post("/{employer_id:int}/decline")
    async def decline(
        self, request: Request[Any, Any, Any], drive_id: FromPath[int], employer_id: FromPath[int]
    ) -> Template:
        return await _answer_request(request, drive_id, employer_id, accept=False)


async def _answer_request(
    request: Request[Any, Any, Any], drive_id: int, employer_id: int, *, accept: bool
) -> Template:
    """The lead accepts or declines a company's request to join."""
    actor = guards.centre_actor_of(request)
    try:
        name = await employers.answer_request(actor, drive_id, employer_id=employer_id, accept=accept)
    except (ValidationFailed, Forbidden) as exc:
        return await _section(actor, drive_id, error=exc)
    notice = (
        i18n.gettext("{company} takes part in the drive.")
        if accept
        else i18n.gettext("{company}'s request was declined.")
    )
    return await _section(actor, drive_id, notice=notice.format(company=name))


def _company_page(found: company.OfferPage, actor: Actor, *, error: DomainError | None = None) -> Template:
    return Template(
        template_name="drives/company_drive.html",
        context={
            "drive": found.drive,
            "place": found.place,
            "postings": found.postings,
            "members": found.members,
            "offer": found.form(),
            "actor": actor,
            "notice": "",
            "errors": {},
            "error_summary": _message(error),
            "offer_summary": "",
            "employer_statuses": DRIVE_EMPLOYER_STATUSES,
        },
        status_code=error.status_code if error else 200,
    )


async def _offer_input(request: Request[Any, Any, Any]) -> OfferInput:
    data = await form_data(request)
    lists = await form_lists(request, "posting_ids", "interviewer_ids", "hours_starts", "hours_ends")
    return OfferInput(
        interview_minutes=data.get("interview_minutes", ""),
        booth=data.get("booth", ""),
        posting_ids=tuple(value[:20] for value in lists["posting_ids"]),
        interviewer_ids=tuple(value[:20] for value in lists["interviewer_ids"]),
        hours=tuple(zip(lists["hours_starts"], lists["hours_ends"], strict=False)),
    )


async def _change(
    request: Request[Any, Any, Any], drive_id: int, change: Callable[[Actor], Awaitable[object]]
) -> Template | Redirect:
    """Take part, decline an invitation or withdraw; a refusal shows the page again with the reason."""
    actor = guards.actor_of(request)
    try:
        await change(actor)
    except (ValidationFailed, Forbidden) as exc:
        return _company_page(await company.offer_page(actor, drive_id), actor, error=exc)
    return Redirect(f"/employer/drives/{drive_id}")


class CompanyDriveController(Controller):
    path = "/employer/drives"
    guards = (guards.employer_member,)
    include_in_schema = False

    @get("/{drive_id:int}")
    async def show(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template:
        actor = guards.actor_of(request)
        return _company_page(await company.offer_page(actor, drive_id), actor)

    @post("/{drive_id:int}/ask")
    async def ask(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template:
        """From the public page: the company asks to join, answered in place."""
        actor = guards.actor_of(request)
        context: dict[str, Any] = {"drive": {"id": drive_id}, "notice": "", "ask_summary": ""}
        try:
            status = await company.ask(actor, drive_id)
        except (ValidationFailed, Forbidden) as exc:
            context["ask_summary"] = _message(exc)
            return Template(template_name="drives/_ask.html", context=context, status_code=exc.status_code)
        joined = status == "joined"
        context["notice"] = (
            i18n.gettext("Your company takes part in the drive.")
            if joined
            else i18n.gettext("Your request was sent to the centre.")
        )
        return Template(template_name="drives/_ask.html", context=context)

    @post("/{drive_id:int}/accept")
    async def accept(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template | Redirect:
        return await _change(request, drive_id, lambda actor: company.answer(actor, drive_id, accept=True))

    @post("/{drive_id:int}/decline")
    async def decline(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template | Redirect:
        return await _change(request, drive_id, lambda actor: company.answer(actor, drive_id, accept=False))

    @post("/{drive_id:int}/withdraw")
    async def withdraw(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template | Redirect:
        return await _change(request, drive_id, lambda actor: company.withdraw(actor, drive_id))

    @post("/{drive_id:int}/offer")
    async def offer(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template:
        actor = guards.actor_of(request)
        raw = await _offer_input(request)
        try:
            await company.set_offer(actor, drive_id, raw)
        except (ValidationFailed, Forbidden) as exc:
            found = await company.offer_page(actor, drive_id)
            return Template(
                template_name="drives/_offer.html",
                context={
                    "drive": found.drive,
                    "postings": found.postings,
                    "members": found.members,
                    "offer": raw,
                    "notice": "",
                    "errors": translated_errors(exc),
                    "offer_summary": _message(exc),
                },
                status_code=exc.status_code,
            )
        found = await company.offer_page(actor, drive_id)
        return Template(
            template_name="drives/_offer.html",
            context={
                "drive": found.drive,
                "postings": found.postings,
                "members": found.members,
                "offer": found.form(),
                "notice": i18n.gettext("Saved."),
                "errors": {},
                "offer_summary": "",
            },
        )


class DriveInvitationController(Controller):
    include_in_schema = False

    @get("/drives/invitations/{token:str}")
    async def show(self, token: FromPath[str]) -> Template:
        """A company invited by email registers here; the form posts to the company registration."""
        invitation = await company.open_email_invitation(token)
        return Template(
            template_name="employers/register.html",
            context={
                "form": {"email": invitation.email},
                "errors": {},
                "drive_invitation": token,
                "invited_to": invitation.drive_title,
                "sectors": SECTORS,
                "districts": DISTRICTS,
            },
        )
