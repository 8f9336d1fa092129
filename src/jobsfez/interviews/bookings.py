"""The seeker's side of interviews: see the times offered, book one, move or cancel it, confirm attendance.

Every function takes the seeker's user id from the session and finds applications and bookings with
it. A seeker sees a posting's times once the company invited them (or booked them in).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from jobsfez.db import engine_of, fetch, fetchrow
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


MY_COLUMNS = """b.id AS booking_id, b.application_id, s.posting_id, p.title AS posting_title,
    e.name_ko AS company_name_ko, e.name_en AS company_name_en, s.starts_at, s.duration_minutes, s.place,
    s.video_url, s.interviewers, b.status, b.confirmed_at"""
MY_FROM = """interview_bookings b JOIN interview_slots s ON s.id = b.slot_id JOIN postings p ON p.id = s.posting_id
    JOIN employers e ON e.id = b.employer_id"""


async def overview(seeker_user_id: int) -> Overview:
    """The seeker's interviews, soonest first, and the invitations still waiting for a booking."""
    rows = await fetch(
        f"SELECT {MY_COLUMNS} FROM {MY_FROM} WHERE b.seeker_user_id = $1 ORDER BY s.starts_at, b.id",  # noqa: S608
        seeker_user_id,
    )
    mine = [MyInterview(**r) for r in rows]
    current = now()
    waiting = await fetch(
        """SELECT a.id AS application_id, p.title AS posting_title, e.name_ko AS company_name_ko,
                  e.name_en AS company_name_en, i.updated_at AS invited_at
           FROM interview_invitations i JOIN applications a ON a.id = i.application_id
           JOIN postings p ON p.id = a.posting_id JOIN employers e ON e.id = a.employer_id
           WHERE a.seeker_user_id = $1 AND a.stage <> ALL($2::varchar[])
           AND NOT EXISTS (SELECT 1 FROM interview_bookings b WHERE b.application_id = a.id AND b.status = 'booked')
           ORDER BY i.updated_at DESC""",
        seeker_user_id,
        list(CLOSED_STAGES),
    )
    return Overview(
        upcoming=[m for m in mine if m.status == "booked" and m.ends_at > current],
        earlier=[m for m in reversed(mine) if m.status != "booked" or m.ends_at <= current],
        waiting=[Waiting(**w) for w in waiting],
    )


async def _application(seeker_user_id: int, application_id: int) -> dict[str, Any]:
    """The seeker's own application, if the company invited them or booked them in; NotFound otherwise."""
    application = await application_where(
        """a.id = $1 AND a.seeker_user_id = $2 AND (
               EXISTS (SELECT 1 FROM interview_invitations i WHERE i.application_id = a.id)
               OR EXISTS (SELECT 1 FROM interview_bookings b WHERE b.application_id = a.id))""",
        application_id,
        seeker_user_id,
    )
    if application is None:
        raise NotFound()
    return application


async def offer(seeker_user_id: int, application_id: int) -> Offer:
    application = await _application(seeker_user_id, application_id)
    booked = await fetch(
        f"SELECT {MY_COLUMNS} FROM {MY_FROM} WHERE b.application_id = $1 AND b.status = 'booked'",  # noqa: S608
        application_id,
    )
    slots: list[Slot] = []
    if application["stage"] not in CLOSED_STAGES:
        slots = await slots_where(
            "s.posting_id = $1 AND s.employer_id = $2 AND s.status = 'open' AND s.starts_at > now()",
            application["posting_id"],
            application["employer_id"],
        )
    return Offer(
        application_id=application_id,
        posting_title=application["posting_title"],
        company_name_ko=application["company_name_ko"],
        company_name_en=application["company_name_en"],
        slots=slots,
        booking=MyInterview(**booked[0]) if booked else None,
    )


async def offer_of_booking(seeker_user_id: int, booking_id: int) -> Offer:
    """The times offered for the application a booking belongs to (to show a refused move again)."""
    row = await fetchrow(
        "SELECT application_id FROM interview_bookings WHERE id = $1 AND seeker_user_id = $2",
        booking_id,
        seeker_user_id,
    )
    if row is None:
        raise NotFound()
    return await offer(seeker_user_id, int(row["application_id"]))


async def book(seeker_user_id: int, application_id: int, *, slot_id: str | int, links: Links) -> int:
    """Take a place in one of the times offered; a lost race is a Conflict that says the time was taken."""
    chosen = id_of(slot_id, field="slot_id", message=CHOOSE_TIME)
    application = await _application(seeker_user_id, application_id)
    async with engine_of().transaction():
        booking_id = await create_booking(application, slot_id=chosen)
        await notices.booking_changed(booking_id, kind="booking_confirmed", links=links, tell_employer=True)
    return booking_id


async def _own_booking(seeker_user_id: int, booking_id: int) -> dict[str, Any]:
    row = await fetchrow(
        """SELECT b.id, b.slot_id, b.status, b.application_id, s.posting_id, s.employer_id, s.starts_at
           FROM interview_bookings b JOIN interview_slots s ON s.id = b.slot_id
           WHERE b.id = $1 AND b.seeker_user_id = $2""",
        booking_id,
        seeker_user_id,
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
    target = await fetchrow(
        "SELECT 1 FROM interview_slots WHERE id = $1 AND posting_id = $2 AND employer_id = $3",
        chosen,
        booking["posting_id"],
        booking["employer_id"],
    )
    if target is None:
        raise Conflict(NOT_OFFERED)
    async with engine_of().transaction():
        await lock_slots(booking["slot_id"], chosen)
        moved = await fetchrow(
            """UPDATE interview_bookings SET slot_id = $3, sequence = sequence + 1, confirmed_at = NULL,
                      updated_at = now()
               WHERE id = $1 AND slot_id = $2 AND status = 'booked' RETURNING id""",
            booking_id,
            booking["slot_id"],
            chosen,
        )
        if moved is None:
            raise Conflict("This interview changed a moment ago. Please look at it again.")
        await take_place(chosen)
        await release_place(booking["slot_id"])
        await notices.booking_changed(booking_id, kind="interview_rescheduled", links=links, tell_employer=True)


async def cancel_booked(booking_id: int, *, slot_id: int, by_user_id: int, links: Links, tell_employer: bool) -> bool:
    """Cancel a booking still in ``slot_id`` and give its place back; False if it changed meanwhile."""
    async with engine_of().transaction():
        await lock_slots(slot_id)
        cancelled = await fetchrow(
            """UPDATE interview_bookings SET status = 'cancelled', sequence = sequence + 1, cancelled_by = $2,
                      updated_at = now()
               WHERE id = $1 AND slot_id = $3 AND status = 'booked' RETURNING id""",
            booking_id,
            by_user_id,
            slot_id,
        )
        if cancelled is None:
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
    row = await fetchrow(
        """SELECT b.id, b.slot_id FROM interview_bookings b JOIN interview_slots s ON s.id = b.slot_id
           WHERE b.application_id = $1 AND b.status = 'booked' AND s.starts_at > now()""",
        application_id,
    )
    if row is None:
        return False
    return await cancel_booked(
        int(row["id"]), slot_id=int(row["slot_id"]), by_user_id=by_user_id, links=links, tell_employer=False
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
    row = None
    if write:
        row = await fetchrow(
            """UPDATE interview_bookings SET confirmed_at = coalesce(confirmed_at, now())
                WHERE id = $1 AND sequence = $2 AND status = 'booked' AND $3 > now() RETURNING id""",
            claim.booking_id,
            claim.sequence,
            claim.expires_at,
        )
    found = await fetchrow(
        f"SELECT {MY_COLUMNS}, b.sequence, u.locale, $2 > now() AS open "  # noqa: S608
        f"FROM {MY_FROM} JOIN users u ON u.id = b.seeker_user_id WHERE b.id = $1",
        claim.booking_id,
        claim.expires_at,
    )
    if found is None:
        return Confirmation("invalid")
    sequence, language, still_open = found.pop("sequence"), str(found.pop("locale")), found.pop("open")
    interview = MyInterview(**found)
    if row is not None:
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
