"""Interview pages: the company's slots for a posting, the seeker's bookings, and the one-click confirmation."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from litestar import Controller, Request, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery
from litestar.response import Redirect, Template

from jobsfez import i18n
from jobsfez.config import Settings
from jobsfez.errors import Conflict, DomainError, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.interviews import bookings, slots, unavailable
from jobsfez.interviews.service import Links, SlotInput, local_input
from jobsfez.web import guards
from jobsfez.web.forms import form_data, form_error

SLOT_FIELDS = ("starts_at", "duration_minutes", "place", "video_url", "interviewers", "capacity")
NEW_SLOT = {"duration_minutes": "30", "capacity": "1"}

EMPLOYER_NOTICES = {
    "created": lazy("The interview time was added."),
    "moved": lazy("The interview time was changed. Booked applicants were sent the new time."),
    "cancelled": lazy("The interview time was cancelled. Booked applicants were told."),
    "invited": lazy("Invitation sent."),
    "already-invited": lazy("This applicant was already invited to these times."),
    "booked": lazy("Booked. The applicant was sent a confirmation with a calendar file."),
    "booking-cancelled": lazy("The interview was cancelled. The applicant was told."),
}
SEEKER_NOTICES = {
    "booked": lazy("Your interview is booked. We sent you a confirmation with a calendar file."),
    "moved": lazy("Your interview was moved. We sent you the new time."),
    "cancelled": lazy("Your interview was cancelled."),
    "unavailable": lazy("We told the company that none of its times works for you. It can offer new times."),
}


def _links(settings: Settings) -> Links:
    return Links(base_url=settings.base_url, secret=settings.secret_key, mail_id_domain=settings.mail_id_domain)


def _slot_input(data: dict[str, str]) -> SlotInput:
    return SlotInput(**{name: data.get(name, "") for name in SLOT_FIELDS})


def _notice(notices: dict[str, str], done: str | None) -> str:
    return i18n.gettext(notices[done]) if done in notices else ""


def _status(exc: DomainError) -> int:
    return 409 if isinstance(exc, Conflict) else 400


def _board_url(posting_id: int, done: str) -> str:
    return f"/employer/postings/{posting_id}/interviews?done={done}"


class EmployerInterviewController(Controller):
    include_in_schema = False
    guards = (guards.employer_member,)

    @get("/employer/postings/{posting_id:int}/interviews")
    async def board(
        self, request: Request[Any, Any, Any], posting_id: FromPath[int], done: FromQuery[str | None] = None
    ) -> Template:
        board = await slots.board(guards.actor_of(request), posting_id)
        context = {"board": board, "form": NEW_SLOT, "errors": {}, "notice": _notice(EMPLOYER_NOTICES, done)}
        return Template(template_name="interviews/board.html", context=context)

    @get("/employer/postings/{posting_id:int}/interviews/slots")
    async def slot_list(self, request: Request[Any, Any, Any], posting_id: FromPath[int]) -> Template:
        board = await slots.board(guards.actor_of(request), posting_id)
        return Template(template_name="interviews/_slots.html", context={"board": board})

    @post("/employer/postings/{posting_id:int}/interviews/slots")
    async def create(self, request: Request[Any, Any, Any], posting_id: FromPath[int]) -> Template | Redirect:
        actor = guards.actor_of(request)
        data = await form_data(request)
        try:
            await slots.create(actor, posting_id, _slot_input(data))
        except ValidationFailed as exc:
            board = await slots.board(actor, posting_id)
            return form_error("interviews/board.html", exc, values=data, board=board)
        return Redirect(_board_url(posting_id, "created"))

    @get("/employer/interviews/slots/{slot_id:int}/move")
    async def move_form(self, request: Request[Any, Any, Any], slot_id: FromPath[int]) -> Template:
        slot = await slots.slot(guards.actor_of(request), slot_id)
        form = {name: str(getattr(slot, name)) for name in SLOT_FIELDS if name != "starts_at"}
        form["starts_at"] = local_input(slot.starts_at)
        return Template(template_name="interviews/move.html", context={"slot": slot, "form": form, "errors": {}})

    @post("/employer/interviews/slots/{slot_id:int}/move")
    async def move(
        self, request: Request[Any, Any, Any], slot_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> Template | Redirect:
        actor = guards.actor_of(request)
        data = await form_data(request)
        try:
            posting_id = await slots.move(actor, slot_id, _slot_input(data), links=_links(settings))
        except (ValidationFailed, Conflict) as exc:
            slot = await slots.slot(actor, slot_id)
            return form_error("interviews/move.html", exc, values=data, slot=slot, status_code=_status(exc))
        return Redirect(_board_url(posting_id, "moved"))

    @post("/employer/interviews/slots/{slot_id:int}/cancel")
    async def cancel(
        self, request: Request[Any, Any, Any], slot_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> Redirect:
        posting_id = await slots.cancel(guards.actor_of(request), slot_id, links=_links(settings))
        return Redirect(_board_url(posting_id, "cancelled"))

    @post("/employer/interviews/slots/{slot_id:int}/book")
    async def book_for(
        self, request: Request[Any, Any, Any], slot_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> Template | Redirect:
        actor = guards.actor_of(request)
        data = await form_data(request)
        try:
            posting_id = await slots.book_for(
                actor, slot_id, application_id=data.get("application_id", ""), links=_links(settings)
            )
        except (ValidationFailed, Conflict) as exc:
            board = await slots.board(actor, (await slots.slot(actor, slot_id)).posting_id)
            return form_error("interviews/board.html", exc, values=NEW_SLOT, board=board, status_code=_status(exc))
        return Redirect(_board_url(posting_id, "booked"))

    @post("/employer/interviews/applications/{application_id:int}/invite")
    async def invite(
        self, request: Request[Any, Any, Any], application_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> Redirect:
        posting_id, sent = await slots.invite(guards.actor_of(request), application_id, links=_links(settings))
        return Redirect(_board_url(posting_id, "invited" if sent else "already-invited"))

    @post("/employer/interviews/bookings/{booking_id:int}/cancel")
    async def cancel_booking(
        self, request: Request[Any, Any, Any], booking_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> Redirect:
        posting_id = await slots.cancel_booking(guards.actor_of(request), booking_id, links=_links(settings))
        return Redirect(_board_url(posting_id, "booking-cancelled"))


class SeekerInterviewController(Controller):
    include_in_schema = False
    guards = (guards.seeker,)

    @get("/me/interviews")
    async def mine(self, request: Request[Any, Any, Any], done: FromQuery[str | None] = None) -> Template:
        overview = await bookings.overview(guards.user_of(request).id)
        return Template(
            template_name="interviews/mine.html",
            context={"overview": overview, "notice": _notice(SEEKER_NOTICES, done)},
        )

    @get("/me/interviews/applications/{application_id:int}")
    async def offer(self, request: Request[Any, Any, Any], application_id: FromPath[int]) -> Template:
        offer = await bookings.offer(guards.user_of(request).id, application_id)
        return Template(template_name="interviews/offer.html", context={"offer": offer, "form": {}, "errors": {}})

    @post("/me/interviews/applications/{application_id:int}/book")
    async def book(
        self, request: Request[Any, Any, Any], application_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> Template | Redirect:
        seeker_id = guards.user_of(request).id
        data = await form_data(request)
        try:
            await bookings.book(seeker_id, application_id, slot_id=data.get("slot_id", ""), links=_links(settings))
        except (ValidationFailed, Conflict) as exc:
            offer = await bookings.offer(seeker_id, application_id)
            return form_error("interviews/offer.html", exc, values=data, offer=offer, status_code=_status(exc))
        return Redirect("/me/interviews?done=booked")

    @post("/me/interviews/applications/{application_id:int}/unavailable")
    async def cannot_attend(
        self, request: Request[Any, Any, Any], application_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> Template | Redirect:
        seeker_id = guards.user_of(request).id
        data = await form_data(request)
        try:
            await unavailable.cannot_attend(
                seeker_id, application_id, note=data.get("note", ""), links=_links(settings)
            )
        except (ValidationFailed, Conflict) as exc:
            offer = await bookings.offer(seeker_id, application_id)
            return form_error("interviews/offer.html", exc, values=data, offer=offer, status_code=_status(exc))
        return Redirect("/me/interviews?done=unavailable")

    @post("/me/interviews/bookings/{booking_id:int}/move")
    async def move(
        self, request: Request[Any, Any, Any], booking_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> Template | Redirect:
        seeker_id = guards.user_of(request).id
        data = await form_data(request)
        try:
            await bookings.move(seeker_id, booking_id, slot_id=data.get("slot_id", ""), links=_links(settings))
        except (ValidationFailed, Conflict) as exc:
            offer = await bookings.offer_of_booking(seeker_id, booking_id)
            return form_error("interviews/offer.html", exc, values=data, offer=offer, status_code=_status(exc))
        return Redirect("/me/interviews?done=moved")

    @post("/me/interviews/bookings/{booking_id:int}/cancel")
    async def cancel(
        self, request: Request[Any, Any, Any], booking_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> Redirect:
        await bookings.cancel(guards.user_of(request).id, booking_id, links=_links(settings))
        return Redirect("/me/interviews?done=cancelled")


class InterviewConfirmController(Controller):
    include_in_schema = False

    @get("/interviews/confirm/{token:str}")
    async def show(self, token: FromPath[str], settings: NamedDependency[Settings]) -> Template:
        """The email's link, logged in or not: the interview and a button. Opening it confirms nothing (mail
        scanners open every link); the page speaks the seeker's language."""
        result = await bookings.look(token, secret=settings.secret_key)
        if result.language:
            i18n.set_language(result.language)
        status = {"ready": 200, "confirmed": 200, "invalid": 404}.get(result.outcome, 410)
        context = {"result": result, "token": token}
        return Template(template_name="interviews/confirm.html", context=context, status_code=status)

    @post("/interviews/confirm/{token:str}")
    async def confirm(self, token: FromPath[str], settings: NamedDependency[Settings]) -> Redirect:
        """The seeker's click on that page; the page then says what came of it."""
        await bookings.confirm(token, secret=settings.secret_key)
        return Redirect(f"/interviews/confirm/{quote(token, safe='')}", status_code=303)
