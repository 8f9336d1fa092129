"""The company's side of interviews: offer times, invite applicants, book for them, move and cancel.

Every function takes the ``Actor`` and finds the posting, slot, booking or application with the
actor's employer id: another company's id is NotFound, before any input is looked at. The board's
list of applicants is SQL: it joins invitations and bookings to applications, against the direction
of their foreign keys, which Piccolo's joins cannot.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from piccolo.query.functions import Max

from jobsfez.applications.tables import Application
from jobsfez.db import NOW, fetch, new_row, transaction
from jobsfez.employers.service import Actor
from jobsfez.errors import Conflict, NotFound, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.interviews import bookings, notices, overlaps
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
from jobsfez.interviews.tables import InterviewBooking, InterviewInvitation, InterviewSlot
from jobsfez.postings.tables import Posting


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
    unavailable_at: datetime | None  # the applicant said none of the times offered works
    unavailable_note: str
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
    row = (
        await Posting.select(Posting.id, Posting.title, Posting.status)
        .where((Posting.id == posting_id) & (Posting.employer_id == actor.employer_id))
        .first()
    )
    if row is None:
        raise NotFound()
    return PostingRef(**row)


async def _own_slot(actor: Actor, slot_id: int) -> dict[str, Any]:
    """The company's slot, locked until the caller's transaction ends (a move and a cancel cannot cross)."""
    found = (
        await InterviewSlot.select(
            InterviewSlot.id,
            InterviewSlot.posting_id,
            InterviewSlot.status,
            InterviewSlot.starts_at,
            InterviewSlot.duration_minutes,
            InterviewSlot.place,
            InterviewSlot.video_url,
        )
        .where((InterviewSlot.id == slot_id) & (InterviewSlot.employer_id == actor.employer_id))
        .lock_rows()
    )
    if not found:
        raise NotFound()
    return found[0]


async def board(actor: Actor, posting_id: int) -> Board:
    """The posting's interview page: its slots with who booked, and the applicants to invite or book."""
    posting = await _posting(actor, posting_id)
    slots = await slots_where(
        (InterviewSlot.employer_id == actor.employer_id) & (InterviewSlot.posting_id == posting_id), with_bookings=True
    )
    current = now()
    rows = await fetch(
        """SELECT a.id AS application_id, u.display_name AS name, a.stage, i.updated_at AS invited_at,
                  i.unavailable_at, coalesce(i.unavailable_note, '') AS unavailable_note,
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
    await overlaps.check_free(actor, clean)
    [row] = await InterviewSlot.insert(
        new_row(
            InterviewSlot,
            posting_id=posting_id,
            employer_id=actor.employer_id,
            starts_at=clean.starts_at,
            duration_minutes=clean.duration_minutes,
            place=clean.place,
            video_url=clean.video_url,
            interviewers=clean.interviewers,
            capacity=clean.capacity,
            created_by=actor.user_id,
        )
    ).returning(InterviewSlot.id)
    slot_id: int = row["id"]
    return slot_id


async def slot(actor: Actor, slot_id: int) -> Slot:
    found = await slots_where(
        (InterviewSlot.id == slot_id) & (InterviewSlot.employer_id == actor.employer_id), with_bookings=True
    )
    if not found:
        raise NotFound()
    return found[0]


async def move(actor: Actor, slot_id: int, raw: SlotInput, *, links: Links) -> int:
    """A new time or place: every booking's SEQUENCE goes up, old reminders go, the seekers hear of it."""
    async with transaction():
        current = await _own_slot(actor, slot_id)
        if current["status"] != "open":
            raise Conflict("This time was cancelled and cannot be changed.")
        if current["starts_at"] <= now():
            raise Conflict("This interview has already started and cannot be moved.")
        clean = check_slot(raw, now=now(), with_capacity=False)
        await overlaps.check_free(actor, clean, moving=slot_id)
        placed = (clean.starts_at, clean.duration_minutes, clean.place, clean.video_url)
        if placed == (current["starts_at"], current["duration_minutes"], current["place"], current["video_url"]):
            # only the interviewers (or nothing) changed: calendars stay as they are (the row is locked: no race)
            await InterviewSlot.update({InterviewSlot.interviewers: clean.interviewers}).where(
                InterviewSlot.id == slot_id
            )
            return int(current["posting_id"])
        await InterviewSlot.update(
            {
                InterviewSlot.starts_at: clean.starts_at,
                InterviewSlot.duration_minutes: clean.duration_minutes,
                InterviewSlot.place: clean.place,
                InterviewSlot.video_url: clean.video_url,
                InterviewSlot.interviewers: clean.interviewers,
                InterviewSlot.updated_at: NOW,
            }
        ).where(InterviewSlot.id == slot_id)
        bookings = (
            await InterviewBooking.update(
                {
                    InterviewBooking.sequence: InterviewBooking.sequence + 1,
                    InterviewBooking.confirmed_at: None,
                    InterviewBooking.updated_at: NOW,
                }
            )
            .where((InterviewBooking.slot_id == slot_id) & (InterviewBooking.status == "booked"))
            .returning(InterviewBooking.id)
        )
        for booking in sorted(b["id"] for b in bookings):
            await notices.booking_changed(booking, kind="interview_rescheduled", links=links, tell_employer=False)
    return int(current["posting_id"])


async def cancel(actor: Actor, slot_id: int, *, links: Links) -> int:
    """Withdraw a time: its bookings are cancelled, their reminders withdrawn, the seekers told."""
    async with transaction():
        current = await _own_slot(actor, slot_id)
        if current["status"] != "open":
            return int(current["posting_id"])  # already cancelled: a double submit changes nothing
        await InterviewSlot.update(
            {InterviewSlot.status: "cancelled", InterviewSlot.booked: 0, InterviewSlot.updated_at: NOW}
        ).where(InterviewSlot.id == slot_id)
        bookings = (
            await InterviewBooking.update(
                {
                    InterviewBooking.status: "cancelled",
                    InterviewBooking.sequence: InterviewBooking.sequence + 1,
                    InterviewBooking.cancelled_by: actor.user_id,
                    InterviewBooking.updated_at: NOW,
                }
            )
            .where((InterviewBooking.slot_id == slot_id) & (InterviewBooking.status == "booked"))
            .returning(InterviewBooking.id)
        )
        for booking in sorted(b["id"] for b in bookings):
            await notices.booking_changed(booking, kind="interview_cancelled", links=links, tell_employer=False)
    return int(current["posting_id"])


async def _own_application(actor: Actor, raw_id: str | int) -> dict[str, Any]:
    application_id = id_of(raw_id, field="application_id", message=lazy("Choose an applicant."))
    application = await application_where(
        (Application.id == application_id) & (Application.employer_id == actor.employer_id)
    )
    if application is None:
        raise NotFound()
    return application


async def invite(actor: Actor, application_id: int, *, links: Links) -> tuple[int, bool]:
    """Ask an applicant to pick one of the posting's open times: (posting id, False if already sent for them)."""
    application = await _own_application(actor, application_id)
    if application["stage"] in CLOSED_STAGES:
        raise Conflict(APPLICATION_CLOSED)
    async with transaction():
        newest = (
            await InterviewSlot.select(Max(InterviewSlot.id).as_alias("id"))
            .where(
                (InterviewSlot.posting_id == application["posting_id"])
                & (InterviewSlot.employer_id == actor.employer_id)
                & (InterviewSlot.status == "open")
                & (InterviewSlot.starts_at > NOW)
                & (InterviewSlot.booked < InterviewSlot.capacity)
            )
            .first()
        )
        if newest is None or newest["id"] is None:
            raise ValidationFailed("Offer at least one interview time with a free place before inviting.")
        version: int = newest["id"]
        await InterviewInvitation.insert(
            new_row(
                InterviewInvitation,
                application_id=application["id"],
                employer_id=actor.employer_id,
                invited_by=actor.user_id,
                slots_version=version,
            )
        ).on_conflict(
            target=InterviewInvitation.application_id,
            action="DO UPDATE",
            values=[
                InterviewInvitation.invited_by,
                InterviewInvitation.slots_version,
                (InterviewInvitation.updated_at, NOW),
                (InterviewInvitation.unavailable_at, None),
                (InterviewInvitation.unavailable_note, ""),
            ],
        )
        sent = await notices.invitation(application, version=version, links=links)
    return int(application["posting_id"]), sent


async def book_for(actor: Actor, slot_id: int, *, application_id: str | int, links: Links) -> int:
    """Book an applicant into a time for them; they get the confirmation with the calendar file."""
    current = await _own_slot(actor, slot_id)
    application = await _own_application(actor, application_id)
    if application["posting_id"] != current["posting_id"]:
        raise NotFound()
    async with transaction():
        booking_id = await create_booking(application, slot_id=slot_id)
        await notices.booking_changed(booking_id, kind="booking_confirmed", links=links, tell_employer=False)
    return int(current["posting_id"])


async def cancel_booking(actor: Actor, booking_id: int, *, links: Links) -> int:
    """Cancel one applicant's interview (the time stays offered to others)."""
    row = (
        await InterviewBooking.select(
            InterviewBooking.slot_id, InterviewBooking.slot_id._.posting_id.as_alias("posting_id")
        )
        .where((InterviewBooking.id == booking_id) & (InterviewBooking.employer_id == actor.employer_id))
        .first()
    )
    if row is None:
        raise NotFound()
    await bookings.cancel_booked(
        booking_id, slot_id=int(row["slot_id"]), by_user_id=actor.user_id, links=links, tell_employer=False
    )
    return int(row["posting_id"])
