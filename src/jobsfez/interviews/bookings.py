"""The seeker's side of interviews: see the times offered, book one, move or cancel it, confirm attendance.

Every function takes the seeker's user id from the session and finds applications and bookings with
it. A seeker sees a posting's times once the company invited them (or booked them in).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from piccolo.custom_types import Combinable
from piccolo.query.functions import Coalesce
from piccolo.querystring import QueryString

from jobsfez.applications.tables import Application
from jobsfez.db import NOW, transaction
from jobsfez.errors import Conflict, NotFound
from jobsfez.i18n import lazy
from jobsfez.interviews import notices, tokens
from jobsfez.interviews.service import (
    CLOSED_STAGES,
    NOT_OFFERED,
    Links,
    Slot,
    application_where,
    create_booking,
    id_of,
    lock_slots,
    now,
    release_place,
    slots_where,
    take_place,
)
from jobsfez.interviews.tables import InterviewBooking, InterviewInvitation, InterviewSlot

CHOOSE_TIME = lazy("Choose one of the times offered.")


@dataclass(frozen=True, slots=True)
class MyInterview:
    booking_id: int
    application_id: int
    posting_id: int
    posting_title: str
    company_name_ko: str
    company_name_en: str
    starts_at: datetime
    duration_minutes: int
    place: str
    video_url: str
    interviewers: str
    status: str
    confirmed_at: datetime | None

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True, slots=True)
class Waiting:
    """An invitation not yet answered with a booking."""

    application_id: int
    posting_title: str
    company_name_ko: str
    company_name_en: str
    invited_at: datetime


@dataclass(frozen=True, slots=True)
class Overview:
    upcoming: list[MyInterview]
    earlier: list[MyInterview]  # past or cancelled
    waiting: list[Waiting]


@dataclass(frozen=True, slots=True)
class Offer:
    """The times offered for one application, and the seeker's current booking if any."""

    application_id: int
    posting_title: str
    company_name_ko: str
    company_name_en: str
    slots: list[Slot]
    booking: MyInterview | None
    unavailable_at: datetime | None = None  # when the seeker said none of the times works, until invited again


_slot = InterviewBooking.slot_id._  # the booking's slot, joined
MY_COLUMNS = (
    InterviewBooking.id.as_alias("booking_id"),
    InterviewBooking.application_id,
    _slot.posting_id.as_alias("posting_id"),
    _slot.posting_id._.title.as_alias("posting_title"),
    InterviewBooking.employer_id._.name_ko.as_alias("company_name_ko"),
    InterviewBooking.employer_id._.name_en.as_alias("company_name_en"),
    _slot.starts_at.as_alias("starts_at"),
    _slot.duration_minutes.as_alias("duration_minutes"),
    _slot.place.as_alias("place"),
    _slot.video_url.as_alias("video_url"),
    _slot.interviewers.as_alias("interviewers"),
    InterviewBooking.status,
    InterviewBooking.confirmed_at,
)


async def overview(seeker_user_id: int) -> Overview:
    """The seeker's interviews, soonest first, and the invitations still waiting for a booking."""
    rows = (
        await InterviewBooking.select(*MY_COLUMNS)
        .where(InterviewBooking.seeker_user_id == seeker_user_id)
        .order_by(_slot.starts_at, InterviewBooking.id)
    )
    mine = [MyInterview(**r) for r in rows]
    current = now()
    application = InterviewInvitation.application_id._
    waiting = (
        await InterviewInvitation.select(
            InterviewInvitation.application_id,
            application.posting_id._.title.as_alias("posting_title"),
            application.employer_id._.name_ko.as_alias("company_name_ko"),
            application.employer_id._.name_en.as_alias("company_name_en"),
            InterviewInvitation.updated_at.as_alias("invited_at"),
        )
        .where(
            (application.seeker_user_id == seeker_user_id)
            & application.stage.not_in(list(CLOSED_STAGES))
            & InterviewInvitation.application_id.not_in(
                InterviewBooking.select(InterviewBooking.application_id).where(InterviewBooking.status == "booked")
            )
        )
        .order_by(InterviewInvitation.updated_at, ascending=False)
    )
    return Overview(
        upcoming=[m for m in mine if m.status == "booked" and m.ends_at > current],
        earlier=[m for m in reversed(mine) if m.status != "booked" or m.ends_at <= current],
        waiting=[Waiting(**w) for w in waiting],
    )


async def _application(seeker_user_id: int, application_id: int) -> dict[str, Any]:
    """The seeker's own application, if the company invited them or booked them in; NotFound otherwise."""
    application = await application_where(
        (Application.id == application_id)
        & (Application.seeker_user_id == seeker_user_id)
        & (
            Application.id.is_in(InterviewInvitation.select(InterviewInvitation.application_id))
            | Application.id.is_in(InterviewBooking.select(InterviewBooking.application_id))
        )
    )
    if application is None:
        raise NotFound()
    return application


async def offer(seeker_user_id: int, application_id: int) -> Offer:
    application = await _application(seeker_user_id, application_id)
    booked = await InterviewBooking.select(*MY_COLUMNS).where(
        (InterviewBooking.application_id == application_id) & (InterviewBooking.status == "booked")
    )
    slots: list[Slot] = []
    if application["stage"] not in CLOSED_STAGES:
        slots = await slots_where(
            (InterviewSlot.posting_id == application["posting_id"])
            & (InterviewSlot.employer_id == application["employer_id"])
            & (InterviewSlot.status == "open")
            & (InterviewSlot.starts_at > NOW)
        )
    invited = (
        await InterviewInvitation.select(InterviewInvitation.unavailable_at)
        .where(InterviewInvitation.application_id == application_id)
        .first()
    )
    return Offer(
        application_id=application_id,
        posting_title=application["posting_title"],
        company_name_ko=application["company_name_ko"],
        company_name_en=application["company_name_en"],
        slots=slots,
        booking=MyInterview(**booked[0]) if booked else None,
        unavailable_at=invited["unavailable_at"] if invited else None,
    )


async def offer_of_booking(seeker_user_id: int, booking_id: int) -> Offer:
    """The times offered for the application a booking belongs to (to show a refused move again)."""
    row = (
        await InterviewBooking.select(InterviewBooking.application_id)
        .where((InterviewBooking.id == booking_id) & (InterviewBooking.seeker_user_id == seeker_user_id))
        .first()
    )
    if row is None:
        raise NotFound()
    return await offer(seeker_user_id, row["application_id"])


async def book(seeker_user_id: int, application_id: int, *, slot_id: str | int, links: Links) -> int:
    """Take a place in one of the times offered; a lost race is a Conflict that says the time was taken."""
    chosen = id_of(slot_id, field="slot_id", message=CHOOSE_TIME)
    application = await _application(seeker_user_id, application_id)
    async with transaction():
        booking_id = await create_booking(application, slot_id=chosen)
        await notices.booking_changed(booking_id, kind="booking_confirmed", links=links, tell_employer=True)
    return booking_id


async def _own_booking(seeker_user_id: int, booking_id: int) -> dict[str, Any]:
    row = (
        await InterviewBooking.select(
            InterviewBooking.id,
            InterviewBooking.slot_id,
            InterviewBooking.status,
            InterviewBooking.application_id,
            _slot.posting_id.as_alias("posting_id"),
            _slot.employer_id.as_alias("employer_id"),
            _slot.starts_at.as_alias("starts_at"),
        )
        .where((InterviewBooking.id == booking_id) & (InterviewBooking.seeker_user_id == seeker_user_id))
        .first()
    )
    if row is None:
        raise NotFound()
    if row["status"] != "booked":
        raise Conflict("This interview was cancelled.")
    if row["starts_at"] <= now():
        raise Conflict("This interview has already started, so it cannot be changed here.")
    return row


async def move(seeker_user_id: int, booking_id: int, *, slot_id: str | int, links: Links) -> None:
    """The same booking in another time of the posting: its SEQUENCE goes up, so calendars update it."""
    chosen = id_of(slot_id, field="slot_id", message=CHOOSE_TIME)
    booking = await _own_booking(seeker_user_id, booking_id)
    if chosen == booking["slot_id"]:
        return
    if not await InterviewSlot.exists().where(
        (InterviewSlot.id == chosen)
        & (InterviewSlot.posting_id == booking["posting_id"])
        & (InterviewSlot.employer_id == booking["employer_id"])
    ):
        raise Conflict(NOT_OFFERED)
    async with transaction():
        await lock_slots(booking["slot_id"], chosen)
        moved = (
            await InterviewBooking.update(
                {
                    InterviewBooking.slot_id: chosen,
                    InterviewBooking.sequence: InterviewBooking.sequence + 1,
                    InterviewBooking.confirmed_at: None,
                    InterviewBooking.updated_at: NOW,
                }
            )
            .where(_still_booked(booking_id, slot_id=booking["slot_id"]))
            .returning(InterviewBooking.id)
        )
        if not moved:
            raise Conflict("This interview changed a moment ago. Please look at it again.")
        await take_place(chosen)
        await release_place(booking["slot_id"])
        await notices.booking_changed(booking_id, kind="interview_rescheduled", links=links, tell_employer=True)


def _still_booked(booking_id: int, *, slot_id: int) -> Combinable:
    """The booking as its caller read it: still booked, still in that slot."""
    return (
        (InterviewBooking.id == booking_id)
        & (InterviewBooking.slot_id == slot_id)
        & (InterviewBooking.status == "booked")
    )


async def cancel_booked(booking_id: int, *, slot_id: int, by_user_id: int, links: Links, tell_employer: bool) -> bool:
    """Cancel a booking still in ``slot_id`` and give its place back; False if it changed meanwhile."""
    async with transaction():
        await lock_slots(slot_id)
        cancelled = (
            await InterviewBooking.update(
                {
                    InterviewBooking.status: "cancelled",
                    InterviewBooking.sequence: InterviewBooking.sequence + 1,
                    InterviewBooking.cancelled_by: by_user_id,
                    InterviewBooking.updated_at: NOW,
                }
            )
            .where(_still_booked(booking_id, slot_id=slot_id))
            .returning(InterviewBooking.id)
        )
        if not cancelled:
            return False
        await release_place(slot_id)
        await notices.booking_changed(booking_id, kind="interview_cancelled", links=links, tell_employer=tell_employer)
    return True


async def cancel(seeker_user_id: int, booking_id: int, *, links: Links) -> None:
    """Give the place back; the company hears of it, and the reminders are withdrawn."""
    booking = await _own_booking(seeker_user_id, booking_id)
    if not await cancel_booked(
        booking_id, slot_id=booking["slot_id"], by_user_id=seeker_user_id, links=links, tell_employer=True
    ):
        raise Conflict("This interview changed a moment ago. Please look at it again.")


async def cancel_for_application(application_id: int, *, by_user_id: int, links: Links) -> bool:
    """An application that closes (withdrawn, rejected) loses its upcoming interview; the seeker is told.

    For the applications domain, inside its own transaction. True if there was an interview to cancel.
    """
    row = (
        await InterviewBooking.select(InterviewBooking.id, InterviewBooking.slot_id)
        .where(
            (InterviewBooking.application_id == application_id)
            & (InterviewBooking.status == "booked")
            & (_slot.starts_at > NOW)
        )
        .first()
    )
    if row is None:
        return False
    return await cancel_booked(
        row["id"], slot_id=row["slot_id"], by_user_id=by_user_id, links=links, tell_employer=False
    )


@dataclass(frozen=True, slots=True)
class Confirmation:
    """What the email's link found: ``outcome`` is ready (the seeker may confirm), confirmed, expired, stale,
    cancelled or invalid."""

    outcome: str
    language: str | None = None
    interview: MyInterview | None = None


async def look(token: str, *, secret: str) -> Confirmation:
    """What the email's link leads to, changing nothing: opening a link is not confirming.

    Mail security scanners and link previews open every link in a message; only the seeker's own click on the
    page's button (``confirm``) tells the company they will attend.
    """
    return await _confirmation(token, secret=secret, write=False)


async def confirm(token: str, *, secret: str) -> Confirmation:
    """Confirm attendance from the email link; only the newest version's link works, until the interview starts."""
    return await _confirmation(token, secret=secret, write=True)


async def _confirmation(token: str, *, secret: str, write: bool) -> Confirmation:
    claim = tokens.read(secret, token)
    if claim is None:
        return Confirmation("invalid")
    # the link works until the interview starts, on the database's clock
    confirmed = []
    if write:
        confirmed = (
            await InterviewBooking.update({InterviewBooking.confirmed_at: Coalesce(InterviewBooking.confirmed_at, NOW)})
            .where(
                (InterviewBooking.id == claim.booking_id)
                & (InterviewBooking.sequence == claim.sequence)
                & (InterviewBooking.status == "booked"),
                QueryString("{} > now()", claim.expires_at),
            )
            .returning(InterviewBooking.id)
        )
    found = (
        await InterviewBooking.select(
            *MY_COLUMNS,
            InterviewBooking.sequence,
            InterviewBooking.seeker_user_id._.locale.as_alias("locale"),
            QueryString("{} > now()", claim.expires_at, alias="open"),
        )
        .where(InterviewBooking.id == claim.booking_id)
        .first()
    )
    if found is None:
        return Confirmation("invalid")
    sequence, language, still_open = found.pop("sequence"), found.pop("locale"), found.pop("open")
    interview = MyInterview(**found)
    if confirmed:
        outcome = "confirmed"
    elif interview.status != "booked":
        outcome = "cancelled"
    elif sequence != claim.sequence:
        outcome = "stale"
    elif not still_open:
        outcome = "expired"
    else:  # only reached without writing
        outcome = "confirmed" if interview.confirmed_at is not None else "ready"
    return Confirmation(outcome, language, interview)
