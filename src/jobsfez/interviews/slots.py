"""The company's side of interviews: offer times, invite applicants, book for them, move and cancel.

Every function takes the ``Actor`` and finds the posting, slot, booking or application with the
actor's employer id: another company's id is NotFound, before any input is looked at.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from jobsfez.db import engine_of, fetch, fetchrow
from jobsfez.employers.service import Actor
from jobsfez.errors import Conflict, NotFound, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.interviews import bookings, notices
from jobsfez.interviews.service import (
    APPLICATION_CLOSED,
    CLOSED_STAGES,
    Links,
    Slot,
    SlotInput,
    application_where,
    check_slot,
    create_booking,
    id_of,
    now,
    slots_where,
)


@dataclass(frozen=True, slots=True)
class PostingRef:
    id: int
    title: str
    status: str


@dataclass(frozen=True, slots=True)
class Candidate:
    """An open application of the posting, with where it stands on interviews."""

    application_id: int
    name: str
    stage: str
    invited_at: datetime | None
    booking_id: int | None
    booked_at: datetime | None
    confirmed_at: datetime | None


@dataclass(frozen=True, slots=True)
class Board:
    posting: PostingRef
    upcoming: list[Slot]
    earlier: list[Slot]  # past or cancelled
    candidates: list[Candidate]

    @property
    def unbooked(self) -> list[Candidate]:
        return [c for c in self.candidates if c.booking_id is None]


async def _posting(actor: Actor, posting_id: int) -> PostingRef:
    row = await fetchrow(
        "SELECT id, title, status FROM postings WHERE id = $1 AND employer_id = $2", posting_id, actor.employer_id
    )
    if row is None:
        raise NotFound()
    return PostingRef(**row)


async def _own_slot(actor: Actor, slot_id: int) -> dict[str, Any]:
    """The company's slot, locked until the caller's transaction ends (a move and a cancel cannot cross)."""
    row = await fetchrow(
        "SELECT id, posting_id, status, starts_at FROM interview_slots WHERE id = $1 AND employer_id = $2 FOR UPDATE",
        slot_id,
        actor.employer_id,
    )
    if row is None:
        raise NotFound()
    return row


async def board(actor: Actor, posting_id: int) -> Board:
    """The posting's interview page: its slots with who booked, and the applicants to invite or book."""
    posting = await _posting(actor, posting_id)
    slots = await slots_where(
        "s.employer_id = $1 AND s.posting_id = $2", actor.employer_id, posting_id, with_bookings=True
    )
    current = now()
    rows = await fetch(
        """SELECT a.id AS application_id, u.display_name AS name, a.stage, i.updated_at AS invited_at,
                  b.id AS booking_id, s.starts_at AS booked_at, b.confirmed_at
           FROM applications a JOIN users u ON u.id = a.seeker_user_id
           LEFT JOIN interview_invitations i ON i.application_id = a.id
           LEFT JOIN interview_bookings b ON b.application_id = a.id AND b.status = 'booked'
           LEFT JOIN interview_slots s ON s.id = b.slot_id
           WHERE a.employer_id = $1 AND a.posting_id = $2 AND a.stage <> ALL($3::varchar[])
           ORDER BY a.created_at, a.id""",
        actor.employer_id,
        posting_id,
        list(CLOSED_STAGES),
    )
    return Board(
        posting=posting,
        upcoming=[s for s in slots if s.status == "open" and s.starts_at > current],
        earlier=[s for s in slots if s.status != "open" or s.starts_at <= current],
        candidates=[Candidate(**r) for r in rows],
    )


async def create(actor: Actor, posting_id: int, raw: SlotInput) -> int:
    """Offer a time for one of the company's postings."""
    await _posting(actor, posting_id)
    clean = check_slot(raw, now=now())
    row = await fetchrow(
        """INSERT INTO interview_slots (posting_id, employer_id, starts_at, duration_minutes, place, video_url,
                                        interviewers, capacity, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id""",
        posting_id,
        actor.employer_id,
        clean.starts_at,
        clean.duration_minutes,
        clean.place,
        clean.video_url,
        clean.interviewers,
        clean.capacity,
        actor.user_id,
    )
    assert row is not None
    return int(row["id"])


async def slot(actor: Actor, slot_id: int) -> Slot:
    found = await slots_where("s.id = $1 AND s.employer_id = $2", slot_id, actor.employer_id, with_bookings=True)
    if not found:
        raise NotFound()
    return found[0]


async def move(actor: Actor, slot_id: int, raw: SlotInput, *, links: Links) -> int:
    """A new time or place: every booking's SEQUENCE goes up, old reminders go, the seekers hear of it."""
    async with engine_of().transaction():
        current = await _own_slot(actor, slot_id)
        if current["status"] != "open":
            raise Conflict("This time was cancelled and cannot be changed.")
        if current["starts_at"] <= now():
            raise Conflict("This interview has already started and cannot be moved.")
        clean = check_slot(raw, now=now(), with_capacity=False)
        changed = await fetchrow(
            """UPDATE interview_slots SET starts_at = $2, duration_minutes = $3, place = $4, video_url = $5,
                      interviewers = $6, updated_at = now()
               WHERE id = $1 AND (starts_at, duration_minutes, place, video_url) IS DISTINCT FROM ($2, $3, $4, $5)
               RETURNING id""",
            slot_id,
            clean.starts_at,
            clean.duration_minutes,
            clean.place,
            clean.video_url,
            clean.interviewers,
        )
        if changed is None:  # only the interviewers (or nothing) changed: calendars stay as they are
            await fetch("UPDATE interview_slots SET interviewers = $2 WHERE id = $1", slot_id, clean.interviewers)
            return int(current["posting_id"])
        bookings = await fetch(
            """UPDATE interview_bookings SET sequence = sequence + 1, confirmed_at = NULL, updated_at = now()
               WHERE slot_id = $1 AND status = 'booked' RETURNING id""",
            slot_id,
        )
        for booking in sorted(b["id"] for b in bookings):
            await notices.booking_changed(booking, kind="interview_rescheduled", links=links, tell_employer=False)
    return int(current["posting_id"])


async def cancel(actor: Actor, slot_id: int, *, links: Links) -> int:
    """Withdraw a time: its bookings are cancelled, their reminders withdrawn, the seekers told."""
    async with engine_of().transaction():
        current = await _own_slot(actor, slot_id)
        if current["status"] != "open":
            return int(current["posting_id"])  # already cancelled: a double submit changes nothing
        await fetch(
            "UPDATE interview_slots SET status = 'cancelled', booked = 0, updated_at = now() WHERE id = $1", slot_id
        )
        bookings = await fetch(
            """UPDATE interview_bookings SET status = 'cancelled', sequence = sequence + 1, cancelled_by = $2,
                      updated_at = now()
               WHERE slot_id = $1 AND status = 'booked' RETURNING id""",
            slot_id,
            actor.user_id,
        )
        for booking in sorted(b["id"] for b in bookings):
            await notices.booking_changed(booking, kind="interview_cancelled", links=links, tell_employer=False)
    return int(current["posting_id"])


async def _own_application(actor: Actor, raw_id: str | int) -> dict[str, Any]:
    application_id = id_of(raw_id, field="application_id", message=lazy("Choose an applicant."))
    application = await application_where("a.id = $1 AND a.employer_id = $2", application_id, actor.employer_id)
    if application is None:
        raise NotFound()
    return application


async def invite(actor: Actor, application_id: int, *, links: Links) -> tuple[int, bool]:
    """Ask an applicant to pick one of the posting's open times: (posting id, False if already sent for them)."""
    application = await _own_application(actor, application_id)
    if application["stage"] in CLOSED_STAGES:
        raise Conflict(APPLICATION_CLOSED)
    async with engine_of().transaction():
        newest = await fetchrow(
            """SELECT max(id) AS id FROM interview_slots
               WHERE posting_id = $1 AND employer_id = $2 AND status = 'open' AND starts_at > now()
               AND booked < capacity""",
            application["posting_id"],
            actor.employer_id,
        )
        if newest is None or newest["id"] is None:
            raise ValidationFailed("Offer at least one interview time with a free place before inviting.")
        await fetch(
            """INSERT INTO interview_invitations (application_id, employer_id, invited_by, slots_version)
               VALUES ($1, $2, $3, $4)
               ON CONFLICT (application_id) DO UPDATE SET invited_by = $3, slots_version = $4, updated_at = now()""",
            application["id"],
            actor.employer_id,
            actor.user_id,
            newest["id"],
        )
        sent = await notices.invitation(application, version=int(newest["id"]), links=links)
    return int(application["posting_id"]), sent


async def book_for(actor: Actor, slot_id: int, *, application_id: str | int, links: Links) -> int:
    """Book an applicant into a time for them; they get the confirmation with the calendar file."""
    current = await _own_slot(actor, slot_id)
    application = await _own_application(actor, application_id)
    if application["posting_id"] != current["posting_id"]:
        raise NotFound()
    async with engine_of().transaction():
        booking_id = await create_booking(application, slot_id=slot_id)
        await notices.booking_changed(booking_id, kind="booking_confirmed", links=links, tell_employer=False)
    return int(current["posting_id"])


async def cancel_booking(actor: Actor, booking_id: int, *, links: Links) -> int:
    """Cancel one applicant's interview (the time stays offered to others)."""
    row = await fetchrow(
        """SELECT b.slot_id, s.posting_id FROM interview_bookings b JOIN interview_slots s ON s.id = b.slot_id
           WHERE b.id = $1 AND b.employer_id = $2""",
        booking_id,
        actor.employer_id,
    )
    if row is None:
        raise NotFound()
    await bookings.cancel_booked(
        booking_id, slot_id=int(row["slot_id"]), by_user_id=actor.user_id, links=links, tell_employer=False
    )
    return int(row["posting_id"])
