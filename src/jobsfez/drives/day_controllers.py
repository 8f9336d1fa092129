"""The drive day in pages: a participant's itinerary (with its QR check-in code and calendar file), and the host
centres' check-in page and live board."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from litestar import Controller, Request, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery
from litestar.response import Redirect, Response, Template
from redis.exceptions import RedisError

from jobsfez import i18n, queue
from jobsfez.config import Settings
from jobsfez.drives import backfill, checkin, itineraries, noshows
from jobsfez.errors import DomainError
from jobsfez.web import guards
from jobsfez.web.forms import form_data, translated_errors

BOARD_REFRESH_SECONDS = 10
OFFER_ANSWERS = ("accepted", "won", "lost", "expired", "taken")  # backfill.Offer's outcomes after an accept
# the check-in page reads QR codes with the phone's camera; every other page keeps it off (web/security.py)
CAMERA_ALLOWED = {"permissions-policy": "camera=(self), microphone=(), geolocation=()"}
logger = logging.getLogger("jobsfez.drives")


def _is_htmx(request: Request[Any, Any, Any]) -> bool:
    return request.headers.get("hx-request") == "true"


async def _tell(request: Request[Any, Any, Any], drive_id: int) -> None:
    """After a cancellation has committed: the participant and the company hear of it from the itinerary job; a lost
    job is made good by the worker's sweep within a minute."""
    try:
        await queue.enqueue_itineraries(request.app.state.resources.arq, drive_id)
    except (RedisError, OSError):  # Redis away: the sweep sends them
        logger.warning("enqueue of drive %d's itineraries failed; the sweep will send them", drive_id)


class ItineraryController(Controller):
    """The participant's own itinerary; another's, or a drive they are not on, is not found."""

    path = "/me/drives"
    guards = (guards.seeker,)
    include_in_schema = False

    @get("/{drive_id:int}/itinerary")
    async def page(
        self,
        request: Request[Any, Any, Any],
        drive_id: FromPath[int],
        settings: NamedDependency[Settings],
        offer: FromQuery[str] = "",
    ) -> Template:
        found = await itineraries.itinerary(guards.user_of(request).id, drive_id, secret=settings.secret_key)
        return Template(
            template_name="drives/itinerary.html",
            context={
                "itinerary": found,
                "qr": checkin.qr_svg(found.checkin_code),
                "now": datetime.now(UTC),
                # what came of an offer accepted on this page (the redirect's query; an unknown word shows nothing)
                "answer": offer if offer in OFFER_ANSWERS else "",
            },
        )

    @get("/{drive_id:int}/itinerary.ics")
    async def calendar(
        self, request: Request[Any, Any, Any], drive_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> Response[str]:
        body = await itineraries.itinerary_calendar(
            guards.user_of(request).id, drive_id, secret=settings.secret_key, language=i18n.current_language()
        )
        return Response(
            body,
            media_type="text/calendar; charset=utf-8",
            headers={"content-disposition": f'attachment; filename="drive-{drive_id}-itinerary.ics"'},
        )

    @post("/{drive_id:int}/itinerary/interviews/{interview_id:int}/cancel")
    async def cancel(
        self, request: Request[Any, Any, Any], drive_id: FromPath[int], interview_id: FromPath[int]
    ) -> Redirect:
        """One tap on the itinerary; one already cancelled or started is the error page saying so."""
        await noshows.cancel_mine(guards.user_of(request).id, drive_id, interview_id)
        await _tell(request, drive_id)
        return Redirect(f"/me/drives/{drive_id}/itinerary", status_code=303)

    @post("/{drive_id:int}/itinerary/offers/{offer_id:int}/accept")
    async def accept(
        self, request: Request[Any, Any, Any], drive_id: FromPath[int], offer_id: FromPath[int]
    ) -> Redirect:
        """The offer's button on the itinerary: the same accept as the e-mailed link's (first to accept wins); the
        page it returns to says what came of it."""
        found = await backfill.accept_mine(guards.user_of(request).id, drive_id, offer_id)
        if found.outcome == "accepted":
            await _tell(request, drive_id)
        return Redirect(f"/me/drives/{drive_id}/itinerary?offer={found.outcome}", status_code=303)


class CancelLinkController(Controller):
    """The e-mailed itinerary's cancel link, signed in or not: the interview and a button. Opening it cancels nothing
    (mail scanners open every link); the page speaks the participant's language."""

    include_in_schema = False

    @get("/drives/interviews/cancel/{token:str}")
    async def show(
        self, token: FromPath[str], settings: NamedDependency[Settings], done: FromQuery[str] = ""
    ) -> Template:
        found = await noshows.look(settings.secret_key, token)
        if found.language:
            i18n.set_language(found.language)
        # after this page's own click, "already cancelled" is the click's doing
        just = done == "cancelled" and found.outcome == "already"
        status = {"ready": 200, "already": 200, "invalid": 404}.get(found.outcome, 410)
        context = {"found": found, "token": token, "just_cancelled": just}
        return Template(template_name="drives/cancel.html", context=context, status_code=status)

    @post("/drives/interviews/cancel/{token:str}")
    async def cancel(
        self, request: Request[Any, Any, Any], token: FromPath[str], settings: NamedDependency[Settings]
    ) -> Redirect:
        """The participant's click on that page; the page then says what came of it."""
        found = await noshows.cancel_by_link(settings.secret_key, token)
        if found.outcome == "cancelled" and found.drive_id is not None:
            await _tell(request, found.drive_id)
        return Redirect(f"/drives/interviews/cancel/{quote(token, safe='')}?done={found.outcome}", status_code=303)


class OfferController(Controller):
    """A freed slot's offer, by its signed link (e-mail or inbox), signed in or not: the slot and a button. Opening it
    accepts nothing; the page speaks the participant's language."""

    include_in_schema = False

    @get("/drives/offers/{token:str}")
    async def show(self, token: FromPath[str], settings: NamedDependency[Settings]) -> Template:
        return _offer_page(await backfill.look(settings.secret_key, token), token)

    @post("/drives/offers/{token:str}")
    async def accept(
        self, request: Request[Any, Any, Any], token: FromPath[str], settings: NamedDependency[Settings]
    ) -> Template:
        """First to accept gets the slot; the page says what came of it, and the itinerary job tells the company."""
        found = await backfill.accept(settings.secret_key, token)
        if found.outcome == "accepted":
            await _tell(request, found.drive_id)
        return _offer_page(found, token)


def _offer_page(found: backfill.Offer, token: str) -> Template:
    if found.language:
        i18n.set_language(found.language)
    status = {"ready": 200, "accepted": 200, "won": 200, "invalid": 404}.get(found.outcome, 409)
    return Template(template_name="drives/offer.html", context={"found": found, "token": token}, status_code=status)


PARTS = {
    "code": "drives/_checkin_result.html",
    "find": "drives/_checkin_found.html",
    "walkin": "drives/_checkin_walkin.html",
}


def _checkin_page(
    request: Request[Any, Any, Any],
    drive_id: int,
    title: str,
    *,
    part: str = "code",
    arrival: checkin.Arrival | None = None,
    found: list[checkin.Found] | None = None,
    query: str = "",
    walkin: dict[str, str] | None = None,
    error: DomainError | None = None,
) -> Template:
    """The whole page, or for htmx the one part that answered: the scan's result, the search's list, the walk-in."""
    return Template(
        template_name=PARTS[part] if _is_htmx(request) else "drives/checkin.html",
        context={
            "drive_id": drive_id,
            "title": title,
            "part": part,
            "arrival": arrival,
            "found": found,
            "query": query,
            "walkin": walkin or {},
            "errors": translated_errors(error) if error else {},
            "error_summary": i18n.gettext(error.message).format(**error.params) if error else "",
        },
        status_code=error.status_code if error else 200,
        headers=CAMERA_ALLOWED,
    )


class CheckinController(Controller):
    """The host centres' door on the day: scan or type a code, find someone without theirs, add a walk-in, and the
    live board; every service call is scoped to the member's centre."""

    path = "/centre/drives/{drive_id:int}"
    guards = (guards.centre_member,)
    include_in_schema = False

    @get("/checkin")
    async def page(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template:
        title = await checkin.door(guards.centre_actor_of(request), drive_id)
        return _checkin_page(request, drive_id, title)

    @post("/checkin")
    async def scan(
        self, request: Request[Any, Any, Any], drive_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> Template:
        actor = guards.centre_actor_of(request)
        data = await form_data(request)
        try:
            arrival = await checkin.check_in_code(actor, drive_id, data.get("code", ""), secret=settings.secret_key)
        except DomainError as exc:
            return _checkin_page(request, drive_id, await checkin.door(actor, drive_id), error=exc)
        return _checkin_page(request, drive_id, await checkin.door(actor, drive_id), arrival=arrival)

    @post("/checkin/{participant_id:int}")
    async def arrive(
        self, request: Request[Any, Any, Any], drive_id: FromPath[int], participant_id: FromPath[int]
    ) -> Template:
        actor = guards.centre_actor_of(request)
        try:
            arrival = await checkin.check_in(actor, drive_id, participant_id)
        except DomainError as exc:
            return _checkin_page(request, drive_id, await checkin.door(actor, drive_id), error=exc)
        return _checkin_page(request, drive_id, await checkin.door(actor, drive_id), arrival=arrival)

    @get("/checkin/find")
    async def find(self, request: Request[Any, Any, Any], drive_id: FromPath[int], q: FromQuery[str] = "") -> Template:
        actor = guards.centre_actor_of(request)
        found = await checkin.find(actor, drive_id, q)
        return _checkin_page(request, drive_id, await checkin.door(actor, drive_id), part="find", found=found, query=q)

    @post("/walkins")
    async def walkin(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template:
        actor = guards.centre_actor_of(request)
        data = await form_data(request)
        typed = {"name": data.get("name", ""), "email": data.get("email", "")}
        try:
            arrival = await checkin.add_walkin(actor, drive_id, name=typed["name"], email=typed["email"])
        except DomainError as exc:
            title = await checkin.door(actor, drive_id)
            return _checkin_page(request, drive_id, title, part="walkin", walkin=typed, error=exc)
        return _checkin_page(request, drive_id, await checkin.door(actor, drive_id), part="walkin", arrival=arrival)

    @get("/board")
    async def board(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template:
        now = datetime.now(UTC)
        found = await checkin.board(
            guards.centre_actor_of(request), drive_id, now=now, language=i18n.current_language()
        )
        return Template(
            template_name="drives/_board.html" if _is_htmx(request) else "drives/board.html",
            context={"board": found, "refresh": BOARD_REFRESH_SECONDS, "now": now},
        )
