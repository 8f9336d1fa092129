"""What a placement drive may contain: its limits, and the checks that turn a centre's input into clean values and
tell whether a drive may open for registration.

Pure: no database, so the rules are tested directly. Times are typed in Korea time (each day as a date with its
start and end, the registration window as two datetime-local values) and come out in UTC.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from jobsfez import checks
from jobsfez.checks import FieldErrors
from jobsfez.choices import DISTRICTS, DRIVE_REGIONS, DRIVE_VISIBILITIES
from jobsfez.errors import ValidationFailed
from jobsfez.i18n import lazy

SEOUL = ZoneInfo("Asia/Seoul")

TITLE_MAX = 120
DESCRIPTION_MAX = 10_000
ADDRESS_MAX = 300
ROOMS_MAX = 300
COHORT_MAX = 120
CAPACITY_MAX = 20_000  # the largest roster a centre can import: a drive for more people is more than one drive
DAYS_MAX = 14  # two weeks of drive days; a longer event is a programme, not a drive
DAYS_AHEAD = 2 * 365  # a day further ahead is almost always a typo in the year
YOUNGEST, OLDEST = 15, 99  # the schema's CHECK: 15 is the youngest age Korean labour law lets work
YOUTH_AGES = (15, 39)  # what a drive is for unless the centre says otherwise: the youth employment policy's band

# The lifecycle: each action, the statuses it starts from and the status it leads to. Registration may close and
# open again before the day; a drive called off before its day is archived from closed.
TRANSITIONS = {
    "publish": (("draft",), "open"),
    "close": (("open",), "closed"),
    "reopen": (("closed",), "open"),
    "hold": (("open", "closed"), "held"),
    "archive": (("draft", "closed", "held"), "archived"),
}

LONG_120 = lazy("Use at most 120 characters.")
LONG_300 = lazy("Use at most 300 characters.")
AGES = lazy("Ages run from 15 to 99, and the youngest must not be above the oldest.")
DATE_AND_TIME = lazy("Enter a date and time like 2026-12-10 09:00.")


@dataclass(frozen=True, slots=True)
class DayInput:
    """One day of the drive as typed: its date and its opening hours, Korea time."""

    date: str = ""
    starts: str = ""
    ends: str = ""

    @property
    def is_blank(self) -> bool:
        """A row left empty: no day, and no number among the rows the form shows again."""
        return not (self.date.strip() or self.starts.strip() or self.ends.strip())


@dataclass(frozen=True, slots=True)
class DriveInput:
    """A drive as typed into the form; nothing here is trusted yet."""

    title: str = ""
    description: str = ""
    venue_district: str = ""
    venue_address: str = ""
    rooms: str = ""
    registration_opens_at: str = ""  # datetime-local, Korea time
    registration_closes_at: str = ""
    min_age: str | int | None = YOUTH_AGES[0]
    max_age: str | int | None = YOUTH_AGES[1]
    region: str = "anywhere"
    cohort: str = ""
    capacity: str | int | None = None
    visibility: str = "public"
    days: tuple[DayInput, ...] = ()


@dataclass(frozen=True, slots=True, order=True)
class DayHours:
    """When one day of the drive starts and ends."""

    starts_at: datetime  # UTC
    ends_at: datetime


@dataclass(frozen=True, slots=True)
class CleanDrive:
    """The drive's fields as a centre writes them: the one declaration the table's columns, the form, the history
    and the views follow."""

    title: str
    description: str
    venue_district: str
    venue_address: str
    rooms: str
    registration_opens_at: datetime | None
    registration_closes_at: datetime | None
    min_age: int
    max_age: int
    region: str
    cohort: str
    capacity: int
    visibility: str
    days: tuple[DayHours, ...]  # in order, never overlapping; at least one

    @property
    def starts_at(self) -> datetime:
        return self.days[0].starts_at

    @property
    def ends_at(self) -> datetime:
        return self.days[-1].ends_at


def local_value(value: datetime | None) -> str:
    """A UTC time as a datetime-local value in Korea time, to fill a form."""
    return "" if value is None else value.astimezone(SEOUL).strftime("%Y-%m-%dT%H:%M")


def _at(day: date, clock: time) -> datetime:
    return datetime.combine(day, clock, tzinfo=SEOUL).astimezone(UTC)


def _clock(raw: str) -> time:
    """A time input's value ("09:00"); ValueError when it is not one."""
    text = raw.strip()
    if len(text) not in (5, 8):  # HH:MM or HH:MM:SS, nothing fromisoformat would also read (T0900, 09)
        raise ValueError(raw)
    return time.fromisoformat(text)


def _local(errors: FieldErrors, name: str, raw: str) -> datetime | None:
    """A datetime-local value ("2026-12-10T09:00") read in Korea time; None when empty."""
    text = raw.strip().replace(" ", "T", 1)
    if not text:
        return None
    try:
        day, clock = text.split("T")
        return _at(date.fromisoformat(day), _clock(clock))
    except (ValueError, OverflowError):  # OverflowError: a day at the calendar's edge (year 1) UTC cannot hold
        errors.add(name, DATE_AND_TIME)
        return None


def _day(errors: FieldErrors, name: str, raw: DayInput, now: datetime, kept: Collection[DayHours]) -> DayHours | None:
    try:
        day = date.fromisoformat(raw.date.strip())
        found = DayHours(_at(day, _clock(raw.starts)), _at(day, _clock(raw.ends)))
    except (ValueError, OverflowError):  # OverflowError: a day at the calendar's edge (year 1) UTC cannot hold
        errors.add(name, lazy("Give the day a date, a start and an end time."))
        return None
    if found.ends_at <= found.starts_at:
        errors.add(name, lazy("The day must end after it starts."))
    elif found.starts_at <= now and found not in kept:  # a day already stored may have passed; a new one may not
        errors.add(name, lazy("This day has already begun. Choose a later one."))
    elif found.starts_at > now + timedelta(days=DAYS_AHEAD):
        errors.add(name, lazy("Choose a day within the next two years."))
    return found


def _days(errors: FieldErrors, rows: tuple[DayInput, ...], now: datetime, kept: Collection[DayHours]) -> list[DayHours]:
    """The days typed, in order; a blank row is no day. Errors by row (``day_1`` …, counting the rows that are not
    blank, as the form shows them again) and for all of them (``days``)."""
    days = []
    for number, row in enumerate((row for row in rows if not row.is_blank), start=1):
        day = _day(errors, f"day_{number}", row, now, kept)
        if day is not None:
            days.append(day)
    days.sort()
    if not days and not any(name.startswith("day_") for name in errors.fields):
        errors.add("days", lazy("Add the day of the drive: its date, start and end."))
    elif len(days) > DAYS_MAX:
        errors.add("days", lazy("A drive has at most 14 days."))
    elif any(later.starts_at < earlier.ends_at for earlier, later in pairwise(days)):
        errors.add("days", lazy("Two days overlap. Give each day its own time."))
    return days


def _registration(
    errors: FieldErrors, raw: DriveInput, days: list[DayHours]
) -> tuple[datetime | None, datetime | None]:
    opens = _local(errors, "registration_opens_at", raw.registration_opens_at)
    closes = _local(errors, "registration_closes_at", raw.registration_closes_at)
    both = lazy("Give both the opening and the closing of registration, or neither for now.")
    if opens is None and "registration_opens_at" not in errors.fields and closes is not None:
        errors.add("registration_opens_at", both)
    elif closes is None and "registration_closes_at" not in errors.fields and opens is not None:
        errors.add("registration_closes_at", both)
    elif opens is not None and closes is not None:
        if closes <= opens:
            errors.add("registration_closes_at", lazy("Registration must close after it opens."))
        elif days and closes > days[0].starts_at:
            # participants are matched with the employers before the day (pre-matching), so they register before it
            errors.add("registration_closes_at", lazy("Registration must close before the drive's first day begins."))
    return opens, closes


def _ages(errors: FieldErrors, raw: DriveInput) -> tuple[int, int]:
    low = checks.number(errors, "min_age", raw.min_age, AGES)
    high = checks.number(errors, "max_age", raw.max_age, AGES)
    low = YOUTH_AGES[0] if low is None else low
    high = YOUTH_AGES[1] if high is None else high
    if not YOUNGEST <= low <= high <= OLDEST:
        errors.add("min_age", AGES)
    return low, high


def check(raw: DriveInput, *, now: datetime, kept: Collection[DayHours] = ()) -> CleanDrive:
    """Clean values, or ValidationFailed with a message by every field that is wrong.

    ``kept`` are the days the drive already has: one of them may have begun (an edit during a drive of several
    days), where a day added now must still be ahead.
    """
    errors = FieldErrors()
    title = checks.text(
        errors,
        "title",
        raw.title,
        limit=TITLE_MAX,
        required=True,
        empty=lazy("Enter the drive's name."),
        long=LONG_120,
    )
    description = checks.paragraphs(raw.description)
    if not description:
        errors.add("description", lazy("Describe the drive: who it is for and what happens on the day."))
    elif len(description) > DESCRIPTION_MAX:
        errors.add("description", lazy("Use at most 10,000 characters."))
    if raw.venue_district not in DISTRICTS:
        errors.add("venue_district", lazy("Choose a district."))
    venue_address = checks.text(
        errors,
        "venue_address",
        raw.venue_address,
        limit=ADDRESS_MAX,
        required=raw.venue_district == "other",
        empty=lazy("Enter the address of the venue."),
        long=LONG_300,
    )
    rooms = checks.text(
        errors, "rooms", raw.rooms, limit=ROOMS_MAX, required=False, empty="", long=lazy("Use at most 300 characters.")
    )
    cohort = checks.text(
        errors,
        "cohort",
        raw.cohort,
        limit=COHORT_MAX,
        required=False,
        empty="",
        long=LONG_120,
    )
    if raw.region not in DRIVE_REGIONS:
        errors.add("region", lazy("Choose where participants may come from."))
    if raw.visibility not in DRIVE_VISIBILITIES:
        errors.add("visibility", lazy("Choose who can see the drive."))
    capacity_message = lazy("Enter how many people can take part, from 1 to 20,000.")
    capacity = checks.number(errors, "capacity", raw.capacity, capacity_message)
    if capacity is None or not 1 <= capacity <= CAPACITY_MAX:
        errors.add("capacity", capacity_message)
    min_age, max_age = _ages(errors, raw)
    days = _days(errors, raw.days, now, kept)
    opens, closes = _registration(errors, raw, days)
    errors.raise_if_any()
    assert capacity is not None
    return CleanDrive(
        title=title,
        description=description,
        venue_district=raw.venue_district,
        venue_address=venue_address,
        rooms=rooms,
        registration_opens_at=opens,
        registration_closes_at=closes,
        min_age=min_age,
        max_age=max_age,
        region=raw.region,
        cohort=cohort,
        capacity=capacity,
        visibility=raw.visibility,
        days=tuple(days),
    )


def check_ready_to_open(drive: CleanDrive, *, now: datetime) -> None:
    """What opening a drive for registration asks beyond a valid draft: a day ahead and a window still open."""
    if drive.registration_closes_at is None:
        raise ValidationFailed("Set the registration window before opening the drive.")
    if not any(day.starts_at > now for day in drive.days):
        raise ValidationFailed("The drive's days have passed. Add a day ahead before opening it.")
    if drive.registration_closes_at <= now:
        raise ValidationFailed("Registration would already be over. Move its closing time before opening the drive.")


def input_of(drive: CleanDrive) -> DriveInput:
    """The form's values for an existing drive, its times in Korea time as the form's fields type them."""
    times = ("registration_opens_at", "registration_closes_at")
    return DriveInput(
        **{name: getattr(drive, name) for name in DriveInput.__dataclass_fields__ if name not in (*times, "days")},
        **{name: local_value(getattr(drive, name)) for name in times},
        days=tuple(
            DayInput(local_value(day.starts_at)[:10], local_value(day.starts_at)[11:], local_value(day.ends_at)[11:])
            for day in drive.days
        ),
    )
