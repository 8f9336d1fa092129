"""A participant's arrival window: when they can be at the drive ("from 13:00", "until 15:00", or both), given by
themselves on their drive page or by the centre that brought them, until the timetable is published; the timetable
puts none of their interviews outside it (drives/timetables.py passes it to the core).

A window is two times on the drive's day in Korea time, stored as instants. A drive of several days would need a
window for each day, which the timetable core cannot take: on such a drive a window is refused with a message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time
from typing import Any

from jobsfez import i18n
from jobsfez.centres.service import CentreActor
from jobsfez.db import NOW, transaction
from jobsfez.drives import service as drives
from jobsfez.drives.tables import Drive, DriveParticipant, DriveTimetable
from jobsfez.drives.validation import SEOUL
from jobsfez.drives.views import DriveView
from jobsfez.errors import Forbidden, NotFound, ValidationFailed
from jobsfez.i18n import lazy

CLOCK = re.compile(r"[0-9]{1,2}:[0-9]{2}")  # what a time input sends, or what a person types: 13:00, 9:30
BAD_TIME = lazy("Give a time like 13:00, or leave it empty.")
OUTSIDE = lazy("Give a time within the drive's hours, {start} to {end}.")
BACKWARDS = lazy("The time you must leave has to be later than the time you arrive.")
SEVERAL_DAYS = lazy("An arrival window can only be given for a drive of one day.")
PUBLISHED = lazy("The timetable is published: the centre can change your interview times.")
TAKEN_PLACE = lazy("The drive has taken place.")
UNAPPROVED = lazy("Your centre sees participants once our staff approve it.")


@dataclass(frozen=True, slots=True)
class Window:
    """When a participant can be there; None at an end they left open."""

    arrives_at: datetime | None
    leaves_at: datetime | None

    @property
    def given(self) -> bool:
        return self.arrives_at is not None or self.leaves_at is not None


def _clock(typed: str) -> time | None:
    text = typed.strip()
    if not CLOCK.fullmatch(text):
        return None
    hours, minutes = (int(part) for part in text.split(":"))
    return time(hours, minutes) if hours < 24 and minutes < 60 else None


def _local(moment: datetime) -> str:
    return moment.astimezone(SEOUL).strftime("%H:%M")


def check(drive: DriveView, *, arrives: str, leaves: str) -> Window:
    """The window typed for this drive ("13:00", "15:00", either empty), inside its hours, the arrival first."""
    if not arrives.strip() and not leaves.strip():
        return Window(None, None)
    if len(drive.days) != 1:
        raise ValidationFailed(SEVERAL_DAYS, fields={"arrives": SEVERAL_DAYS})
    [day] = drive.days
    date = day.starts_at.astimezone(SEOUL).date()
    outside = i18n.gettext(OUTSIDE).format(start=_local(day.starts_at), end=_local(day.ends_at))
    errors: dict[str, str] = {}
    found: dict[str, datetime | None] = {}
    for name, typed in (("arrives", arrives), ("leaves", leaves)):
        found[name] = None
        if not typed.strip():
            continue
        clock = _clock(typed)
        if clock is None:
            errors[name] = BAD_TIME
            continue
        found[name] = at = datetime.combine(date, clock, tzinfo=SEOUL).astimezone(UTC)
        inside = day.starts_at <= at < day.ends_at if name == "arrives" else day.starts_at < at <= day.ends_at
        if not inside:
            errors[name] = outside
    start, end = found["arrives"], found["leaves"]
    if not errors and start is not None and end is not None and start >= end:
        errors["leaves"] = BACKWARDS
    if errors:
        raise ValidationFailed(next(iter(errors.values())), fields=errors)
    return Window(start, end)


async def _changeable(drive: DriveView) -> None:
    """A window counts only for a timetable still to be built or re-built: refused once it is published."""
    if drive.status not in ("open", "closed"):
        raise ValidationFailed(TAKEN_PLACE)
    published = await DriveTimetable.exists().where(
        (DriveTimetable.drive_id == drive.id) & (DriveTimetable.status == "published")
    )
    if published:
        raise ValidationFailed(PUBLISHED)


async def _store(participant_id: int, window: Window) -> None:
    await DriveParticipant.update(
        {
            DriveParticipant.arrives_at: window.arrives_at,
            DriveParticipant.leaves_at: window.leaves_at,
            DriveParticipant.updated_at: NOW,
        }
    ).where(DriveParticipant.id == participant_id)


async def own(user_id: int, drive_id: int) -> tuple[Window, bool]:
    """The seeker's window on a drive they are registered for, and whether they may still change it."""
    row = await _registration(user_id, drive_id, lock=False)
    changeable = not await DriveTimetable.exists().where(
        (DriveTimetable.drive_id == drive_id) & (DriveTimetable.status == "published")
    )
    return Window(row["arrives_at"], row["leaves_at"]), changeable and row["drive_status"] in ("open", "closed")


async def _registration(user_id: int, drive_id: int, *, lock: bool) -> dict[str, Any]:
    query = DriveParticipant.select(
        DriveParticipant.id,
        DriveParticipant.arrives_at,
        DriveParticipant.leaves_at,
        DriveParticipant.drive_id._.status.as_alias("drive_status"),
    ).where(
        (DriveParticipant.drive_id == drive_id)
        & (DriveParticipant.user_id == user_id)
        & (DriveParticipant.status == "registered")
    )
    row = await (query.lock_rows(of=(DriveParticipant,)) if lock else query).first()
    if row is None:
        raise NotFound()
    return row


async def set_own(user_id: int, drive_id: int, *, arrives: str, leaves: str) -> Window:
    """The seeker says when they can be at a drive they are registered for; an empty pair clears it."""
    async with transaction():
        row = await _registration(user_id, drive_id, lock=True)
        [drive] = await drives.views_where(Drive.id == drive_id)
        await _changeable(drive)
        window = check(drive, arrives=arrives, leaves=leaves)
        await _store(row["id"], window)
    return window


async def set_for(actor: CentreActor, drive_id: int, participant_id: int, *, arrives: str, leaves: str) -> Window:
    """A host centre sets the window of a participant it brought; anyone else's is NotFound."""
    async with transaction():
        drive = await drives.hosted(actor, drive_id)  # another centre's drive is NotFound before anything else
        if not actor.approved:
            raise Forbidden(UNAPPROVED)
        row = (
            await DriveParticipant.select(DriveParticipant.id)
            .where(
                (DriveParticipant.id == participant_id)
                & (DriveParticipant.drive_id == drive_id)
                & (DriveParticipant.registered_by_centre_id == actor.centre_id)
                & (DriveParticipant.status == "registered")
            )
            .lock_rows()
            .first()
        )
        if row is None:
            raise NotFound()
        await _changeable(drive)
        window = check(drive, arrives=arrives, leaves=leaves)
        await _store(participant_id, window)
    return window


def shown(moment: datetime | None) -> str:
    """An end of a window as a time input shows it (Korea time), or empty."""
    return "" if moment is None else _local(moment)
