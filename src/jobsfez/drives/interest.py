"""Interest marks, "I want to meet them": a participant marks a company on their drive, a company a participant.

A mark is one row per side (migration 51); the timetable (issue 14) counts a pair both sides marked. Marks change
only while the drive is open or closed (once held or archived they are a record), between a registered participant
and a company that joined. Each side sees its own marks; the other side's mark shows only once both marked
("mutual"), so that nobody learns of a one-sided refusal by its absence.
"""

from __future__ import annotations

from jobsfez.db import new_row
from jobsfez.drives.tables import Drive, DriveEmployer, DriveInterest, DriveParticipant
from jobsfez.employers.service import Actor
from jobsfez.errors import NotFound, ValidationFailed
from jobsfez.i18n import lazy

MARKING = ("open", "closed")
NOT_NOW = lazy("Marks can be changed only before the drive takes place.")


async def _check_drive(drive_id: int) -> None:
    row = await Drive.select(Drive.status).where(Drive.id == drive_id).first()
    if row is None:
        raise NotFound()
    if row["status"] not in MARKING:
        raise ValidationFailed(NOT_NOW)


async def _joined(drive_id: int, employer_id: int) -> bool:
    joined: bool = await DriveEmployer.exists().where(
        (DriveEmployer.drive_id == drive_id)
        & (DriveEmployer.employer_id == employer_id)
        & (DriveEmployer.status == "joined")
    )
    return joined


async def _registered(drive_id: int, participant_id: int) -> bool:
    found: bool = await DriveParticipant.exists().where(
        (DriveParticipant.id == participant_id)
        & (DriveParticipant.drive_id == drive_id)
        & (DriveParticipant.status == "registered")
    )
    return found


async def _set(drive_id: int, participant_id: int, employer_id: int, *, side: str, user_id: int, want: bool) -> None:
    pair = (
        (DriveInterest.participant_id == participant_id)
        & (DriveInterest.employer_id == employer_id)
        & (DriveInterest.side == side)
    )
    if not want:
        await DriveInterest.delete().where(pair)
        return
    await DriveInterest.insert(
        new_row(
            DriveInterest,
            drive_id=drive_id,
            participant_id=participant_id,
            employer_id=employer_id,
            side=side,
            marked_by=user_id,
        )
    ).on_conflict(action="DO NOTHING")


async def mark_company(user_id: int, drive_id: int, employer_id: int, *, want: bool) -> None:
    """A registered seeker marks (or unmarks) a company that joined their drive."""
    person = (
        await DriveParticipant.select(DriveParticipant.id)
        .where(
            (DriveParticipant.drive_id == drive_id)
            & (DriveParticipant.user_id == user_id)
            & (DriveParticipant.status == "registered")
        )
        .first()
    )
    if person is None or not await _joined(drive_id, employer_id):
        raise NotFound()
    await _check_drive(drive_id)
    await _set(drive_id, person["id"], employer_id, side="participant", user_id=user_id, want=want)


async def mark_participant(actor: Actor, drive_id: int, participant_id: int, *, want: bool) -> None:
    """A member of a company that joined the drive marks (or unmarks) one of its registered participants."""
    if not await _joined(drive_id, actor.employer_id) or not await _registered(drive_id, participant_id):
        raise NotFound()
    await _check_drive(drive_id)
    await _set(drive_id, participant_id, actor.employer_id, side="company", user_id=actor.user_id, want=want)
