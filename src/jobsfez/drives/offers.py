"""What a company offers on a drive it joined, checked: pure, as the drive's own validation is.

The form names postings and colleagues by id and gives a start and an end time for each of the drive's days; the
check keeps only the company's own open postings and its own members, and hours inside the drive's days.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from jobsfez import checks
from jobsfez.checks import FieldErrors
from jobsfez.drives.validation import SEOUL, DayHours
from jobsfez.i18n import lazy

# An interview at a drive: long enough for a real conversation, short enough that a company meets a few dozen people
# in a day.
MINUTES = (10, 60)
DEFAULT_MINUTES = 20
BOOTH_MAX = 60
CHOOSE_POSTINGS = lazy("Choose among your company's open postings.")
CHOOSE_INTERVIEWERS = lazy("Choose interviewers among your company's members.")


@dataclass(frozen=True, slots=True)
class OfferInput:
    """The offer's form as typed: hours are one (start, end) pair per drive day, in the days' order."""

    interview_minutes: str = str(DEFAULT_MINUTES)
    booth: str = ""
    posting_ids: tuple[str, ...] = ()
    interviewer_ids: tuple[str, ...] = ()
    hours: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class CleanOffer:
    interview_minutes: int
    booth: str
    posting_ids: tuple[int, ...]
    interviewer_ids: tuple[int, ...]
    hours: tuple[DayHours, ...]  # empty: the drive's own hours


def _at(day: date, clock: str) -> datetime:
    """A time input's value ("09:00") on a day in Korea, in UTC; ValueError when it is not a time."""
    text = clock.strip()
    if len(text) != 5:  # HH:MM only, nothing else fromisoformat would also read
        raise ValueError(clock)
    return datetime.combine(day, time.fromisoformat(text), tzinfo=SEOUL).astimezone(UTC)


def _ids(
    errors: FieldErrors, name: str, given: tuple[str, ...], allowed: Collection[int], message: str
) -> tuple[int, ...]:
    chosen: list[int] = []
    for raw in given:
        try:
            found = checks.whole(raw)
        except ValueError:
            found = None
        if found is None or found not in allowed:
            errors.add(name, message)
        elif found not in chosen:
            chosen.append(found)
    return tuple(chosen)


def _hours(errors: FieldErrors, given: tuple[tuple[str, str], ...], days: tuple[DayHours, ...]) -> tuple[DayHours, ...]:
    """Hours inside each drive day; a day left blank is a day the company does not interview."""
    hours = []
    for number, (day, (starts, ends)) in enumerate(zip(days, given, strict=False), start=1):
        if not starts.strip() and not ends.strip():
            continue
        name = f"hours_{number}"
        local_day = day.starts_at.astimezone(SEOUL).date()
        try:
            offered = DayHours(_at(local_day, starts), _at(local_day, ends))
        except ValueError:
            errors.add(name, lazy("Give a start and an end time, like 10:00 and 16:00, or leave both empty."))
            continue
        if offered.ends_at <= offered.starts_at:
            errors.add(name, lazy("The hours must end after they start."))
        elif offered.starts_at < day.starts_at or offered.ends_at > day.ends_at:
            errors.add(name, lazy("Keep within the drive's hours that day."))
        else:
            hours.append(offered)
    return tuple(hours)


def check_offer(
    raw: OfferInput, *, days: tuple[DayHours, ...], postings: Collection[int], members: Collection[int]
) -> CleanOffer:
    """The offer as stored, or ValidationFailed with a message by each field; ``postings`` and ``members`` are what
    the company may choose from."""
    errors = FieldErrors()
    minutes = checks.number(errors, "interview_minutes", raw.interview_minutes, lazy("Enter a number of minutes."))
    if minutes is None:
        errors.add("interview_minutes", lazy("Enter a number of minutes."))
    elif not MINUTES[0] <= minutes <= MINUTES[1]:
        errors.add("interview_minutes", lazy("An interview lasts from 10 to 60 minutes."))
    booth = checks.text(
        errors,
        "booth",
        raw.booth,
        limit=BOOTH_MAX,
        required=False,
        empty="",
        long=lazy("Use at most 60 characters."),
    )
    posting_ids = _ids(errors, "posting_ids", raw.posting_ids, postings, CHOOSE_POSTINGS)
    interviewer_ids = _ids(errors, "interviewer_ids", raw.interviewer_ids, members, CHOOSE_INTERVIEWERS)
    hours = _hours(errors, raw.hours, days)
    errors.raise_if_any()
    return CleanOffer(minutes or DEFAULT_MINUTES, booth, posting_ids, interviewer_ids, hours)


def hours_of(offered: tuple[DayHours, ...], days: tuple[DayHours, ...]) -> tuple[tuple[str, str], ...]:
    """The form's hours for stored hours: one pair of HH:MM per drive day, empty for a day not offered."""
    by_day = {hours.starts_at.astimezone(SEOUL).date(): hours for hours in offered}
    pairs = []
    for day in days:
        found = by_day.get(day.starts_at.astimezone(SEOUL).date())
        pairs.append(("", "") if found is None else (_time(found.starts_at), _time(found.ends_at)))
    return tuple(pairs)


def _time(moment: datetime) -> str:
    return moment.astimezone(SEOUL).strftime("%H:%M")
