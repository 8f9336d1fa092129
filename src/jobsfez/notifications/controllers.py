"""The in-app inbox and the delivery log."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath
from litestar.response import Redirect, Template

from jobsfez import i18n
from jobsfez.config import Settings
from jobsfez.errors import NotFound
from jobsfez.i18n import lazy
from jobsfez.notifications import service, unsubscribe
from jobsfez.web import guards
from jobsfez.web.security import CSRF_EXEMPT

# What each kind of message is, in words, for the deliveries page (a kind without a label shows its code)
KIND_LABELS = {
    "account_exists": lazy("Sign-up with an address already registered"),
    "application_received": lazy("New application"),
    "booking_confirmed": lazy("Interview booked"),
    "centre_invitation": lazy("Invitation to a career centre"),
    "drive_claim": lazy("Placement drive registration to claim"),
    "drive_company_news": lazy("Placement drive news for a company or centre"),
    "drive_booth_schedule": lazy("A company's booth schedule at a placement drive"),
    "drive_employer_invitation": lazy("Invitation of a company to a placement drive"),
    "drive_itinerary": lazy("A participant's placement drive itinerary"),
    "drive_registered": lazy("Registered for a placement drive"),
    "drive_slot_offer": lazy("A freed interview time offered at a placement drive"),
    "employer_invitation": lazy("Invitation to a company"),
    "hire_erased": lazy("A hired applicant deleted their account"),
    "interview_cancelled": lazy("Interview cancelled"),
    "interview_invitation": lazy("Interview invitation"),
    "interview_reminder": lazy("Interview reminder"),
    "interview_rescheduled": lazy("Interview moved"),
    "interview_unavailable": lazy("An applicant cannot attend any interview time"),
    "invitation_to_account": lazy("Invitation to create an account"),
    "invited_to_apply": lazy("Invitation to apply"),
    "offer_answered": lazy("A job offer accepted or declined"),
    "password_reset": lazy("Password reset link"),
    "signup_confirm": lazy("Sign-up confirmation"),
    "stage_changed": lazy("Application stage changed"),
    # a centre's webhook events (drives/hooks.py)
    "drive.published": lazy("Placement drive opened for registration"),
    "participant.registered": lazy("Participant registered for a placement drive"),
    "participants.imported": lazy("Participants imported to a placement drive"),
    "participant.checked_in": lazy("Participant checked in at a placement drive"),
    "interview.outcome": lazy("Interview outcome recorded at a placement drive"),
    "registration_rejected": lazy("A company or centre not approved, with the reason"),
    "posting_hidden": lazy("A reported posting hidden by staff, with the reason"),
    "saved_search_digest": lazy("Daily e-mail of new jobs for saved searches"),
}
CHANNEL_LABELS = {"email": lazy("E-mail"), "inbox": lazy("Inbox"), "webhook": lazy("Webhook")}


class InboxController(Controller):
    include_in_schema = False
    guards = (guards.logged_in,)

    @get("/inbox")
    async def inbox(self, request: Request[Any, Any, Any]) -> Template:
        user = guards.user_of(request)
        items = await service.inbox(user.id, language=i18n.current_language())
        return Template(template_name="notifications/inbox.html", context={"items": items})

    @get("/inbox/badge")
    async def badge(self, request: Request[Any, Any, Any]) -> Template:
        return Template(
            template_name="notifications/_badge.html",
            context={"unread": await service.unread_count(guards.user_of(request).id)},
        )

    @post("/inbox/{notification_id:int}/read")
    async def read(self, request: Request[Any, Any, Any], notification_id: FromPath[int]) -> Template:
        user = guards.user_of(request)
        await service.mark_read(user.id, notification_id)
        return Template(
            template_name="notifications/_badge.html", context={"unread": await service.unread_count(user.id)}
        )

    @post("/inbox/{notification_id:int}/open")
    async def open_item(
        self, request: Request[Any, Any, Any], notification_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> Redirect:
        """Opening an item reads it: the page it is about is shown next, with the badge one lower."""
        user_id = guards.user_of(request).id
        return Redirect(await service.open_item(user_id, notification_id, base_url=settings.base_url), status_code=303)

    @get("/deliveries")
    async def deliveries(self, request: Request[Any, Any, Any]) -> Template:
        user = guards.user_of(request)
        if user.is_staff:
            rows = await service.delivery_log(employer_id=None)
        else:
            rows = await service.delivery_log(employer_id=guards.actor_of(request).employer_id)
        return Template(
            template_name="notifications/deliveries.html",
            context={"rows": rows, "kinds": KIND_LABELS, "channels": CHANNEL_LABELS},
        )


class UnsubscribeController(Controller):
    """The link in each email a user could turn off (List-Unsubscribe): a page with a button, and the one-click
    POST a mail client sends (RFC 8058), which has no session and no form token: the signed link is the permission,
    and all it can do is stop emails."""

    path = "/unsubscribe"
    include_in_schema = False

    @get("/{token:str}")
    async def confirm(self, token: FromPath[str], settings: NamedDependency[Settings]) -> Template:
        if unsubscribe.user_of(settings.secret_key, token) is None:
            raise NotFound()
        return Template(template_name="notifications/unsubscribe.html", context={"token": token, "done": False})

    @post("/{token:str}", opt={CSRF_EXEMPT: True}, status_code=200)
    async def stop_emails(self, token: FromPath[str], settings: NamedDependency[Settings]) -> Template:
        user_id = unsubscribe.user_of(settings.secret_key, token)
        if user_id is None:
            raise NotFound()
        await unsubscribe.turn_off_email(user_id)
        return Template(template_name="notifications/unsubscribe.html", context={"token": token, "done": True})
