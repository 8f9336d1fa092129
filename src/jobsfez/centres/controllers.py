"""Centre registration, the centre's own pages, its members and invitations (staff's decisions are in
moderation/)."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath
from litestar.response import Redirect, Template

from jobsfez import i18n
from jobsfez.accounts import signups
from jobsfez.accounts.controllers import agreed_notice, check_your_email, finish_page
from jobsfez.centres import invitations, service, tokens
from jobsfez.choices import APPROVAL_STATUSES, CENTRE_KINDS, CENTRE_ROLES, DISTRICTS, DRIVE_STATUSES
from jobsfez.config import Settings
from jobsfez.drives import service as drives
from jobsfez.errors import Conflict, Forbidden, Throttled, ValidationFailed
from jobsfez.notifications import service as notifications
from jobsfez.notifications.controllers import CHANNEL_LABELS, KIND_LABELS
from jobsfez.notifications.webhooks import WebhookSettings
from jobsfez.web import guards
from jobsfez.web.context import start_session
from jobsfez.web.forms import form_data, form_error, in_page

SECRET_FIELDS = ("password", "_csrf")
CENTRE_FIELDS = ("name_ko", "name_en", "kind", "district", "address", "phone")
NO_WEBHOOK = WebhookSettings(url="", secret="")
NEW_INVITATION = {"role": "counsellor"}  # the invitation form as it first shows: most colleagues are counsellors


def _public(values: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in values.items() if k not in SECRET_FIELDS}


def _choices() -> dict[str, Any]:
    return {
        "kinds": CENTRE_KINDS,
        "districts": DISTRICTS,
        "roles": CENTRE_ROLES,
        "statuses": APPROVAL_STATUSES,
        "drive_statuses": DRIVE_STATUSES,
    }


def _centre_input(data: dict[str, str]) -> dict[str, str]:
    return {name: data.get(name, "") for name in CENTRE_FIELDS}


def _centre_form(centre: service.CentreView) -> dict[str, str]:
    return {name: getattr(centre, name) for name in CENTRE_FIELDS}


async def _tokens_context(actor: service.CentreActor) -> dict[str, Any]:
    return {"tokens": await tokens.tokens(actor), "actor": actor, "form": {}, "errors": {}}


class CentreController(Controller):
    include_in_schema = False

    @get("/centres/register")
    async def register_form(self) -> Template:
        return Template(template_name="centres/register.html", context={"form": {}, "errors": {}, **_choices()})

    @post("/centres/register")
    async def register(self, request: Request[Any, Any, Any], settings: NamedDependency[Settings]) -> Template:
        data = await form_data(request)
        try:
            await service.start_registration(
                email=data.get("email", ""),
                password=data.get("password", ""),
                display_name=data.get("display_name", ""),
                locale=i18n.current_language(),
                base_url=settings.base_url,
                consent=agreed_notice(data),
                **_centre_input(data),
            )
        except ValidationFailed as exc:
            return form_error("centres/register.html", exc, values=_public(data), **_choices())
        return check_your_email(data)

    @get("/centres/register/{token:str}")
    async def finish_form(self, token: FromPath[str]) -> Template:
        return finish_page(await signups.pending_email("centre", token), f"/centres/register/{token}")

    @post("/centres/register/{token:str}")
    async def finish(self, request: Request[Any, Any, Any], token: FromPath[str]) -> Template | Redirect:
        try:
            user = await service.finish_registration(token)
        except (ValidationFailed, Conflict) as exc:
            return finish_page(await signups.pending_email("centre", token), f"/centres/register/{token}", error=exc)
        start_session(request, user)
        return Redirect("/centre")

    @get("/centre", guards=[guards.centre_member])
    async def dashboard(self, request: Request[Any, Any, Any]) -> Template:
        actor = guards.centre_actor_of(request)
        # the drives come from their own domain, which knows the centres (and not the other way round)
        return Template(
            template_name="centres/dashboard.html",
            context={
                "page": await service.dashboard(actor),
                "drives": await drives.centre_drives(actor),
                "actor": actor,
                **_choices(),
            },
        )

    @get("/centre/settings", guards=[guards.centre_manager])
    async def settings_form(self, request: Request[Any, Any, Any]) -> Template:
        actor = guards.centre_actor_of(request)
        centre = await service.own_centre(actor)
        return Template(
            template_name="centres/settings.html",
            context={"form": _centre_form(centre), "errors": {}, "hook": await service.webhook(actor), **_choices()},
        )

    @post("/centre/settings", guards=[guards.centre_member])
    async def update(self, request: Request[Any, Any, Any]) -> Template:
        data = await form_data(request)
        try:
            centre = await service.update_centre(guards.centre_actor_of(request), **_centre_input(data))
        except (ValidationFailed, Forbidden) as exc:
            return form_error(
                "centres/_settings.html", exc, values=_public(data), status_code=exc.status_code, **_choices()
            )
        return Template(
            template_name="centres/_settings.html",
            context={
                "form": _centre_form(centre),
                "errors": {},
                "notice": i18n.gettext("Saved."),
                **_choices(),
            },
        )

    @post("/centre/settings/webhook", guards=[guards.centre_member])
    async def set_webhook(self, request: Request[Any, Any, Any]) -> Template:
        actor = guards.centre_actor_of(request)
        data = await form_data(request)
        try:
            hook = await service.set_webhook(actor, url=data.get("webhook_url", ""))
        except (ValidationFailed, Forbidden) as exc:
            shown = await service.webhook(actor) if actor.is_manager else NO_WEBHOOK  # a member never sees the secret
            answer = form_error(
                "centres/_webhook.html", exc, values=_public(data), status_code=exc.status_code, hook=shown
            )
            return in_page(request, answer, back="/centre/settings")
        answer = Template(
            template_name="centres/_webhook.html",
            context={"hook": hook, "form": {"webhook_url": hook.url}, "errors": {}, "notice": i18n.gettext("Saved.")},
        )
        return in_page(request, answer, back="/centre/settings")

    @get("/centre/deliveries", guards=[guards.centre_manager])
    async def deliveries(self, request: Request[Any, Any, Any]) -> Template:
        rows = await notifications.delivery_log(employer_id=None, centre_id=guards.centre_actor_of(request).centre_id)
        return Template(
            template_name="notifications/deliveries.html",
            context={"rows": rows, "kinds": KIND_LABELS, "channels": CHANNEL_LABELS},
        )

    @get("/centre/settings/api", guards=[guards.centre_manager])
    async def api_tokens(self, request: Request[Any, Any, Any]) -> Template:
        actor = guards.centre_actor_of(request)
        return Template(template_name="centres/api_tokens.html", context=await _tokens_context(actor))

    @post("/centre/settings/api", guards=[guards.centre_member])
    async def create_api_token(self, request: Request[Any, Any, Any]) -> Template:
        actor = guards.centre_actor_of(request)
        data = await form_data(request)
        try:
            made = await tokens.create(actor, name=data.get("name", ""))
        except (ValidationFailed, Forbidden) as exc:
            shown = await tokens.tokens(actor) if actor.is_manager else []
            return form_error(
                "centres/_api_tokens.html",
                exc,
                values=_public(data),
                status_code=exc.status_code,
                tokens=shown,
                actor=actor,
            )
        # the secret is in this answer and nowhere else: the page says so beside it
        return Template(
            template_name="centres/_api_tokens.html",
            context={**await _tokens_context(actor), "made": made},
            headers={"Cache-Control": "no-store"},
        )

    @post("/centre/settings/api/{token_id:int}/revoke", guards=[guards.centre_member])
    async def revoke_api_token(self, request: Request[Any, Any, Any], token_id: FromPath[int]) -> Template:
        actor = guards.centre_actor_of(request)
        await tokens.revoke(actor, token_id=token_id)
        return Template(
            template_name="centres/_api_tokens.html",
            context={**await _tokens_context(actor), "notice": i18n.gettext("The token was revoked.")},
        )

    @get("/centre/members", guards=[guards.centre_manager])
    async def members(self, request: Request[Any, Any, Any]) -> Template:
        actor = guards.centre_actor_of(request)
        return Template(
            template_name="centres/members.html",
            context={
                "team": await invitations.team(actor),
                "actor": actor,
                "form": NEW_INVITATION,
                "errors": {},
                **_choices(),
            },
        )

    @post("/centre/members/{member_id:int}/role", guards=[guards.centre_member])
    async def set_role(self, request: Request[Any, Any, Any], member_id: FromPath[int]) -> Template:
        actor = guards.centre_actor_of(request)
        data = await form_data(request)
        try:
            await service.set_member_role(actor, member_id=member_id, role=data.get("role", ""))
        except (ValidationFailed, Forbidden) as exc:
            return form_error(
                "centres/_members.html",
                exc,
                values={},
                status_code=exc.status_code,
                members=await service.members(actor),
                actor=actor,
                **_choices(),
            )
        return Template(
            template_name="centres/_members.html",
            context={
                "members": await service.members(actor),
                "actor": actor,
                "notice": i18n.gettext("Saved."),
                **_choices(),
            },
        )

    @post("/centre/invitations", guards=[guards.centre_member])
    async def invite(self, request: Request[Any, Any, Any], settings: NamedDependency[Settings]) -> Template:
        actor = guards.centre_actor_of(request)
        data = await form_data(request)
        try:
            await invitations.invite(
                actor,
                email=data.get("email", ""),
                role=data.get("role", ""),
                base_url=settings.base_url,
                language=i18n.current_language(),
            )
        except (ValidationFailed, Forbidden, Throttled) as exc:
            return form_error(
                "centres/_invitations.html",
                exc,
                values=_public(data),
                status_code=exc.status_code,
                sent=await invitations.sent_invitations(actor) if actor.is_manager else [],
                **_choices(),
            )
        return Template(
            template_name="centres/_invitations.html",
            context={
                "sent": await invitations.sent_invitations(actor),
                "form": NEW_INVITATION,
                "errors": {},
                "notice": i18n.gettext("Invitation sent to {email}.").format(email=data.get("email", "").strip()),
                **_choices(),
            },
        )

    @post("/centre/invitations/{invitation_id:int}/withdraw", guards=[guards.centre_member])
    async def withdraw(self, request: Request[Any, Any, Any], invitation_id: FromPath[int]) -> Template:
        actor = guards.centre_actor_of(request)
        await invitations.withdraw_invitation(actor, invitation_id=invitation_id)
        return Template(
            template_name="centres/_invitations.html",
            context={
                "sent": await invitations.sent_invitations(actor),
                "form": NEW_INVITATION,
                "errors": {},
                "notice": i18n.gettext("Invitation withdrawn."),
                **_choices(),
            },
        )

    @get("/centres/invitations/{token:str}")
    async def invitation(self, token: FromPath[str]) -> Template:
        return Template(
            template_name="centres/accept.html",
            context={
                "invitation": await invitations.open_invitation(token),
                "token": token,
                "form": {},
                "errors": {},
                **_choices(),
            },
        )

    @post("/centres/invitations/{token:str}")
    async def accept(self, request: Request[Any, Any, Any], token: FromPath[str]) -> Template | Redirect:
        data = await form_data(request)
        invitation = await invitations.open_invitation(token)
        try:
            user = await invitations.accept_invitation(
                token=token,
                password=data.get("password", ""),
                display_name=data.get("display_name", ""),
                locale=i18n.current_language(),
            )
        except (ValidationFailed, Conflict) as exc:
            return form_error(
                "centres/accept.html", exc, values=_public(data), invitation=invitation, token=token, **_choices()
            )
        start_session(request, user)
        return Redirect("/centre")
