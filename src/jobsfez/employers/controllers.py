"""Company registration, the company's own pages and invitations (staff's decisions are in moderation/)."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath
from litestar.response import Redirect, Template

from jobsfez import i18n
from jobsfez.accounts import signups
from jobsfez.accounts.controllers import agreed_notice, check_your_email, finish_page
from jobsfez.applications import counts, marks
from jobsfez.choices import COMPANY_SIZES, DISTRICTS, EMPLOYMENT_TYPES, SECTORS
from jobsfez.config import Settings
from jobsfez.drives import company as drive_company
from jobsfez.drives import employer_controllers
from jobsfez.employers import service
from jobsfez.errors import Conflict, Forbidden, Throttled, ValidationFailed
from jobsfez.postings import service as postings
from jobsfez.saved import service as saved
from jobsfez.web import guards
from jobsfez.web.context import seeker_id, start_session
from jobsfez.web.forms import form_data, form_error, in_page

SECRET_FIELDS = ("password", "_csrf")
REGISTRATION_FIELDS = (
    "email",
    "password",
    "display_name",
    "name_ko",
    "name_en",
    "sector",
    "brn",
    "address",
    "district",
)


def _public(values: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in values.items() if k not in SECRET_FIELDS}


def _choices() -> dict[str, Any]:
    return {
        "sectors": SECTORS,
        "districts": DISTRICTS,
        "employment_types": EMPLOYMENT_TYPES,
        "company_sizes": COMPANY_SIZES,
    }


class EmployerController(Controller):
    include_in_schema = False

    @get("/employers/register")
    async def register_form(self) -> Template:
        return Template(template_name="employers/register.html", context={"form": {}, "errors": {}, **_choices()})

    @post("/employers/register")
    async def register(
        self, request: Request[Any, Any, Any], settings: NamedDependency[Settings]
    ) -> Template | Redirect:
        data = await form_data(request)
        fields = {name: data.get(name, "") for name in REGISTRATION_FIELDS} | {"consent": agreed_notice(data)}
        token = data.get("drive_invitation", "")  # a drive's email invitation: the company is then invited to it
        try:
            if token:  # the invitation came by email, so its link already proves the address: no second email
                user, _ = await drive_company.register_invited(token, **fields, locale=i18n.current_language())
                start_session(request, user)
                return Redirect("/employer")
            await service.start_registration(**fields, locale=i18n.current_language(), base_url=settings.base_url)
        except (ValidationFailed, Conflict) as exc:
            return form_error(
                "employers/register.html", exc, values=_public(data), drive_invitation=token, **_choices()
            )
        return check_your_email(data)

    @get("/employers/register/{token:str}")
    async def finish_form(self, token: FromPath[str]) -> Template:
        return finish_page(await signups.pending_email("employer", token), f"/employers/register/{token}")

    @post("/employers/register/{token:str}")
    async def finish(self, request: Request[Any, Any, Any], token: FromPath[str]) -> Template | Redirect:
        try:
            user = await service.finish_registration(token)
        except (ValidationFailed, Conflict) as exc:
            email = await signups.pending_email("employer", token)
            return finish_page(email, f"/employers/register/{token}", error=exc)
        start_session(request, user)
        return Redirect("/employer")

    @get("/employer", guards=[guards.employer_member])
    async def dashboard(self, request: Request[Any, Any, Any]) -> Template:
        actor = guards.actor_of(request)
        return Template(
            template_name="employers/dashboard.html",
            context={
                "company": await service.own_company(actor),
                "members": await service.members(actor),
                "hook": await service.webhook(actor),
                "postings": await counts.not_closed(actor),
                "actor": actor,
                "form": {},
                "errors": {},
                **_choices(),
                **await employer_controllers.company_part(actor),
            },
        )

    @post("/employer/invitations", guards=[guards.employer_member])
    async def invite(self, request: Request[Any, Any, Any], settings: NamedDependency[Settings]) -> Template:
        actor = guards.actor_of(request)
        data = await form_data(request)
        try:
            await service.invite(
                actor,
                email=data.get("email", ""),
                role=data.get("role", ""),
                base_url=settings.base_url,
                language=i18n.current_language(),
            )
        except (ValidationFailed, Forbidden, Throttled) as exc:
            answer = form_error("employers/_invite.html", exc, values=_public(data), status_code=exc.status_code)
            return in_page(request, answer, back="/employer")
        answer = Template(
            template_name="employers/_invite.html",
            context={
                "form": {},
                "errors": {},
                "notice": i18n.gettext("Invitation sent to {email}.").format(email=data.get("email", "").strip()),
            },
        )
        return in_page(request, answer, back="/employer")

    @post("/employer/webhook", guards=[guards.employer_member])
    async def set_webhook(self, request: Request[Any, Any, Any]) -> Template:
        data = await form_data(request)
        actor = guards.actor_of(request)
        try:
            hook = await service.set_webhook(actor, url=data.get("webhook_url", ""))
        except ValidationFailed as exc:
            answer = form_error("employers/_webhook.html", exc, values=data, hook=await service.webhook(actor))
            return in_page(request, answer, back="/employer")
        answer = Template(
            template_name="employers/_webhook.html",
            context={"hook": hook, "form": {"webhook_url": hook.url}, "errors": {}, "notice": i18n.gettext("Saved.")},
        )
        return in_page(request, answer, back="/employer")

    @post("/employer/company", guards=[guards.employer_member])
    async def set_details(self, request: Request[Any, Any, Any]) -> Template:
        data = await form_data(request)
        actor = guards.actor_of(request)
        fields = {name: data.get(name, "") for name in ("address", "district", "sector", "size")}
        try:
            company = await service.update_company(actor, **fields)
        except (ValidationFailed, Forbidden) as exc:
            answer = form_error(
                "employers/_details.html",
                exc,
                values=fields,
                company=await service.own_company(actor),
                status_code=exc.status_code,
                **_choices(),
            )
            return in_page(request, answer, back="/employer")
        answer = Template(
            template_name="employers/_details.html",
            context={"company": company, "form": {}, "errors": {}, "notice": i18n.gettext("Saved."), **_choices()},
        )
        return in_page(request, answer, back="/employer")

    @post("/employer/members/{member_id:int}/role", guards=[guards.employer_member])
    async def set_role(self, request: Request[Any, Any, Any], member_id: FromPath[int]) -> Redirect:
        data = await form_data(request)
        await service.set_member_role(guards.actor_of(request), member_id=member_id, role=data.get("role", ""))
        return Redirect("/employer")

    @get("/invitations/{token:str}")
    async def invitation(self, token: FromPath[str]) -> Template:
        return Template(
            template_name="employers/accept.html",
            context={"invitation": await service.open_invitation(token), "token": token, "form": {}, "errors": {}},
        )

    @post("/invitations/{token:str}")
    async def accept(self, request: Request[Any, Any, Any], token: FromPath[str]) -> Template | Redirect:
        data = await form_data(request)
        invitation = await service.open_invitation(token)
        try:
            user = await service.accept_invitation(
                token=token,
                password=data.get("password", ""),
                display_name=data.get("display_name", ""),
                locale=i18n.current_language(),
            )
        except (ValidationFailed, Conflict) as exc:
            return form_error("employers/accept.html", exc, values=_public(data), invitation=invitation, token=token)
        start_session(request, user)
        return Redirect("/employer")

    @get("/companies/{employer_id:int}")
    async def company_page(self, request: Request[Any, Any, Any], employer_id: FromPath[int]) -> Template:
        company = await service.public_company(employer_id)
        jobs = await postings.open_of_company(employer_id)
        seeker = seeker_id(request)
        context = {"company": company, "postings": jobs, **_choices()}
        context["marks"] = await marks.card_marks(seeker, [job.id for job in jobs])
        # only a signed-in seeker's list carries the save buttons: a visitor's page costs no query
        if seeker is not None:
            context["saved_ids"] = await saved.saved_among(seeker, (job.id for job in jobs))
        return Template(template_name="employers/company.html", context=context)
