"""Interviews: what the company's side (``slots``) and the seeker's side (``bookings``) share.

Input checks, the views both sides read, and the booking core. A slot's capacity is a database
CHECK (booked <= capacity), so two people racing for its last place cannot both win; one active
booking per application is a unique index. Times are stored in UTC and typed in Asia/Seoul.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from asyncpg.exceptions import CheckViolationError, UniqueViolationError  # type: ignore[import-untyped]
from piccolo.custom_types import Combinable

from jobsfez.applications.tables import Application
from jobsfez.db import NOW, new_row
from jobsfez.errors import Conflict, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.interviews.tables import InterviewBooking, InterviewSlot

SEOUL = ZoneInfo("Asia/Seoul")
MIN_DURATION, MAX_DURATION = 10, 480  # the table's CHECK: a short call up to a working day of tests
MAX_CAPACITY = 50  # a group session; the table's CHECK
MAX_TEXT = 300
MAX_URL = 500
DAYS_AHEAD = 370  # a year and a few days: anything further is almost always a typo in the year
CLOSED_STAGES = ("hired", "rejected", "withdrawn")  # an application past these has nothing to interview for

TAKEN = lazy("Sorry, this time was just taken by someone else. Please choose another time.")
ALREADY_BOOKED = lazy("You already booked an interview for this application. Move or cancel it instead.")
NOT_OFFERED = lazy("This time is no longer offered. Please choose another time.")
APPLICATION_CLOSED = lazy("This application is closed, so there is no interview to book.")


@dataclass(frozen=True, slots=True)
class Links:
    """Where links in messages point, the key that signs one-click confirmations, and the installation's part of
    calendar UIDs (Settings.mail_id_domain)."""

    base_url: str
    secret: str
    mail_id_domain: str


@dataclass(frozen=True, slots=True)
class SlotInput:
    """A slot as typed into the form; nothing here is trusted yet."""

    starts_at: str = ""  # a datetime-local value, Korea time
    duration_minutes: str = "30"
    place: str = ""
    video_url: str = ""
    interviewers: str = ""
    capacity: str = "1"


@dataclass(frozen=True, slots=True)
class CleanSlot:
    starts_at: datetime  # UTC
    duration_minutes: int
    place: str
    video_url: str
    interviewers: str
    capacity: int


@dataclass(frozen=True, slots=True)
class BookingLine:
    """A booked applicant as the company sees them."""

    id: int
    application_id: int
    seeker_name: str
    sequence: int
    confirmed_at: datetime | None


@dataclass(frozen=True, slots=True)
class Slot:
    id: int
    posting_id: int
    starts_at: datetime
    duration_minutes: int
    place: str
    video_url: str
    interviewers: str
    capacity: int
    booked: int
    status: str
    bookings: tuple[BookingLine, ...] = ()

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    @property
    def free(self) -> int:
        return max(self.capacity - self.booked, 0)


def local_input(value: datetime) -> str:
    """A UTC time as a datetime-local value in Korea time, to fill a form."""
    return value.astimezone(SEOUL).strftime("%Y-%m-%dT%H:%M")


def parse_local(raw: str) -> datetime | None:
    """A datetime-local value ("2026-12-01T00:30") read as Korea time, returned in UTC; None if unreadable."""
    text = raw.strip().replace(" ", "T")
    if len(text) < 16 or text[10] != "T":
        return None
    try:
        local = datetime.fromisoformat(text)
        if local.tzinfo is None:
            local = local.replace(tzinfo=SEOUL)
        return local.astimezone(UTC)
    except (ValueError, OverflowError):  # OverflowError: a time at the calendar's edge (year 1 or 9999) UTC cannot hold
        return None


def _int_in(raw: str, low: int, high: int) -> int | None:
    text = raw.strip()
    if not (text.isascii() and text.isdigit()) or len(text) > 4:
        return None
    value = int(text)
    return value if low <= value <= high else None


def _https(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and bool(parts.hostname) and " " not in url


def check_slot(raw: SlotInput, *, now: datetime, with_capacity: bool = True) -> CleanSlot:
    """The slot's fields, or ValidationFailed with a message by each field that is wrong."""
    errors: dict[str, str] = {}
    starts_at = parse_local(raw.starts_at)
    if starts_at is None:
        errors["starts_at"] = lazy("Enter the date and time of the interview.")
    elif starts_at <= now:
        errors["starts_at"] = lazy("Choose a time in the future.")
    elif starts_at > now + timedelta(days=DAYS_AHEAD):
        errors["starts_at"] = lazy("Choose a time within the next year.")
    duration = _int_in(raw.duration_minutes, MIN_DURATION, MAX_DURATION)
    if duration is None:
        errors["duration_minutes"] = lazy("Enter a duration between 10 and 480 minutes.")
    capacity = _int_in(raw.capacity, 1, MAX_CAPACITY) if with_capacity else 1
    if capacity is None:
        errors["capacity"] = lazy("Enter how many people can come: 1 to 50.")
    place, video_url, interviewers = (" ".join(v.split()) for v in (raw.place, raw.video_url, raw.interviewers))
    if len(place) > MAX_TEXT:
        errors["place"] = lazy("Use at most 300 characters.")
    elif not place and not video_url:
        errors["place"] = lazy("Enter a place or a video link.")
    if video_url and (len(video_url) > MAX_URL or not _https(video_url)):
        errors["video_url"] = lazy("Enter a video link that starts with https://.")
    if len(interviewers) > MAX_TEXT:
        errors["interviewers"] = lazy("Use at most 300 characters.")
    if errors:
        raise ValidationFailed("Please correct the marked fields.", fields=errors)
    assert starts_at is not None and duration is not None and capacity is not None
    return CleanSlot(starts_at, duration, place, video_url, interviewers, capacity)


def id_of(raw: str | int, *, field: str, message: str) -> int:
    """An id chosen in a form (a radio button, a select); anything else is a message by that field."""
    text = str(raw).strip()
    if text.isascii() and text.isdigit() and 0 < len(text) < 19:
        return int(text)
    raise ValidationFailed(message, fields={field: message})


SLOT_COLUMNS = tuple(
    InterviewSlot._meta.get_column_by_name(name) for name in Slot.__dataclass_fields__ if name != "bookings"
)


async def slots_where(condition: Combinable, *, with_bookings: bool = False) -> list[Slot]:
    """Slots matching a condition (the caller scopes it), oldest first, with their bookings if asked."""
    rows = (
        await InterviewSlot.select(*SLOT_COLUMNS).where(condition).order_by(InterviewSlot.starts_at, InterviewSlot.id)
    )
    lines: dict[int, list[BookingLine]] = {}
    if with_bookings and rows:
        for b in (
            await InterviewBooking.select(
                InterviewBooking.id,
                InterviewBooking.slot_id,
                InterviewBooking.application_id,
                InterviewBooking.seeker_user_id._.display_name.as_alias("seeker_name"),
                InterviewBooking.sequence,
                InterviewBooking.confirmed_at,
            )
            .where(InterviewBooking.slot_id.is_in([r["id"] for r in rows]) & (InterviewBooking.status == "booked"))
            .order_by(InterviewBooking.id)
        ):
            slot_id = b.pop("slot_id")
            lines.setdefault(slot_id, []).append(BookingLine(**b))
    return [Slot(**r, bookings=tuple(lines.get(r["id"], ()))) for r in rows]


async def take_place(slot_id: int) -> None:
    """One more person in an open, future slot. The CHECK refuses a place that is not there, even in a race."""
    try:
        taken = (
            await InterviewSlot.update({InterviewSlot.booked: InterviewSlot.booked + 1, InterviewSlot.updated_at: NOW})
            .where((InterviewSlot.id == slot_id) & (InterviewSlot.status == "open") & (InterviewSlot.starts_at > NOW))
            .returning(InterviewSlot.id)
        )
    except CheckViolationError as exc:
        raise Conflict(TAKEN) from exc
    if not taken:
        raise Conflict(NOT_OFFERED)


async def release_place(slot_id: int) -> None:
    await InterviewSlot.update({InterviewSlot.booked: InterviewSlot.booked - 1, InterviewSlot.updated_at: NOW}).where(
        (InterviewSlot.id == slot_id) & (InterviewSlot.booked > 0)
    )


async def lock_slots(*slot_ids: int) -> None:
    """Lock slots in id order before their bookings: every path takes locks in one order, so none deadlock."""
    await (
        InterviewSlot.select(InterviewSlot.id)
        .where(InterviewSlot.id.is_in(list(slot_ids)))
        .order_by(InterviewSlot.id)
        .lock_rows()
    )


async def create_booking(application: dict[str, Any], *, slot_id: int) -> int:
    """Book a place for an application (in the caller's transaction); the slot must belong to its posting."""
    if application["stage"] in CLOSED_STAGES:
        raise Conflict(APPLICATION_CLOSED)
    if not await InterviewSlot.exists().where(
        (InterviewSlot.id == slot_id)
        & (InterviewSlot.posting_id == application["posting_id"])
        & (InterviewSlot.employer_id == application["employer_id"])
    ):
        raise Conflict(NOT_OFFERED)
    if await InterviewBooking.exists().where(
        (InterviewBooking.application_id == application["id"]) & (InterviewBooking.status == "booked")
    ):
        raise Conflict(ALREADY_BOOKED)
    await take_place(slot_id)
    booking = new_row(
        InterviewBooking,
        slot_id=slot_id,
        application_id=application["id"],
        employer_id=application["employer_id"],
        seeker_user_id=application["seeker_user_id"],
    )
    try:
        [row] = await InterviewBooking.insert(booking).returning(InterviewBooking.id)
    except UniqueViolationError as exc:  # a second tab booked at the same moment
        raise Conflict(ALREADY_BOOKED) from exc
    booking_id: int = row["id"]
    return booking_id


APPLICATION_COLUMNS = (
    Application.id,
    Application.posting_id,
    Application.employer_id,
    Application.seeker_user_id,
    Application.stage,
    Application.posting_id._.title.as_alias("posting_title"),
    Application.employer_id._.name_ko.as_alias("company_name_ko"),
    Application.employer_id._.name_en.as_alias("company_name_en"),
)


async def application_where(condition: Combinable) -> dict[str, Any] | None:
    """An application with what messages about its interview name: the posting's title and the company."""
    return await Application.select(*APPLICATION_COLUMNS).where(condition).first()


def now() -> datetime:
    return datetime.now(UTC)
