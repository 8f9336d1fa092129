"""The outcomes of the drive day's interviews (issue 14, "Results"): each company records, at its booth or later, how
each of its interviews went, and each participant reads the outcome of theirs.

A company sees and changes only its own interviews (another's is NotFound), only once the timetable is published,
and an outcome only once the interview has started and while it is not cancelled; the interview's row is locked
while one is written, and who wrote it and when are kept beside it (outcome_by, outcome_at). The company sees a
participant's contact details only while their consent to share with the drive's companies stands, as on its
matches.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from jobsfez.db import fetch, fetchrow, transaction
from jobsfez.drives import hooks
from jobsfez.drives.matches import standing_consents
from jobsfez.drives.tables import DriveEmployer, DriveParticipant, DriveTimetable
from jobsfez.employers.service import Actor
from jobsfez.errors import Conflict, NotFound, ValidationFailed
from jobsfez.i18n import lazy

# the values migration 51's CHECK allows, in the order the day goes
OUTCOMES = {
    "no_show": lazy("No-show"),
    "interviewed": lazy("Interviewed"),
    "next_round": lazy("Next round"),
    "offer": lazy("Offer"),
    "hired": lazy("Hired"),
}
CHOOSE = lazy("Choose an outcome from the list.")
NOT_PUBLISHED = lazy("Outcomes are recorded once the centre publishes the timetable.")
NOT_STARTED = lazy("This interview has not started yet: record its outcome once it has begun.")
CANCELLED = lazy("This interview was cancelled: it has no outcome.")


@dataclass(frozen=True, slots=True)
class CompanyInterview:
    """One of the company's interviews on the day, as its booth sees it."""

    interview_id: int
    starts_at: datetime
    ends_at: datetime
    booth: str
    participant_id: int
    name: str
    email: str | None  # contact details only while the participant's consent stands
    phone: str | None
    arrived_at: datetime | None  # from check-in
    status: str  # scheduled | cancelled | absent
    outcome: str | None
    outcome_at: datetime | None
    started: bool

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"

    @property
    def recordable(self) -> bool:
        return self.started and not self.cancelled


@dataclass(frozen=True, slots=True)
class CompanyDay:
    """The company's interviews on a drive: none until the timetable is published."""

    drive_id: int
    drive_title: str
    published: bool
    interviews: tuple[CompanyInterview, ...]


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome of one of a participant's interviews, as they read it."""

    interview_id: int
    starts_at: datetime
    company_ko: str
    company_en: str
    outcome: str

    def company(self, language: str) -> str:
        return self.company_ko if language == "ko" or not self.company_en else self.company_en


_INTERVIEWS = """
    SELECT i.id AS interview_id, i.starts_at, i.ends_at, coalesce(nullif(i.booth, ''), de.booth, '') AS booth,
           i.participant_id, p.name, p.email, p.phone, p.checked_in_at AS arrived_at, i.status, i.outcome,
           i.outcome_at
    FROM drive_interviews i
    JOIN drive_participants p ON p.id = i.participant_id
    LEFT JOIN drive_employers de ON de.drive_id = i.drive_id AND de.employer_id = i.employer_id
    WHERE i.drive_id = $1 AND i.employer_id = $2 {condition}
    ORDER BY i.starts_at, i.id"""


async def _published(drive_id: int) -> bool:
    return await DriveTimetable.exists().where(
        (DriveTimetable.drive_id == drive_id) & (DriveTimetable.status == "published")
    )


async def _interviews(
    actor: Actor, drive_id: int, *, now: datetime, condition: str = "", args: tuple[object, ...] = ()
) -> list[CompanyInterview]:
    rows = await fetch(_INTERVIEWS.format(condition=condition), drive_id, actor.employer_id, *args)
    consenting = await standing_consents([row["participant_id"] for row in rows])
    return [_interview(row, consenting=row["participant_id"] in consenting, now=now) for row in rows]


def _interview(row: dict[str, Any], *, consenting: bool, now: datetime) -> CompanyInterview:
    return CompanyInterview(
        **{**row, "email": row["email"] if consenting else None, "phone": row["phone"] if consenting else None},
        started=row["starts_at"] <= now,
    )


async def company_day(actor: Actor, drive_id: int, *, now: datetime) -> CompanyDay:
    """The company's own interviews on a drive it has a place on, to record their outcomes; another drive is
    NotFound, and a draft timetable shows nothing, since it may still change."""
    place = await DriveEmployer.select(DriveEmployer.drive_id._.title.as_alias("title")).where(
        (DriveEmployer.drive_id == drive_id) & (DriveEmployer.employer_id == actor.employer_id)
    )
    if not place:
        raise NotFound()
    published = await _published(drive_id)
    found = await _interviews(actor, drive_id, now=now) if published else []
    return CompanyDay(drive_id, place[0]["title"], published, tuple(found))


async def company_interview(actor: Actor, drive_id: int, interview_id: int, *, now: datetime) -> CompanyInterview:
    """One of the company's interviews on a published timetable; any other is NotFound."""
    found = await _interviews(actor, drive_id, now=now, condition="AND i.id = $3", args=(interview_id,))
    if not found or not await _published(drive_id):
        raise NotFound()
    return found[0]


async def record(actor: Actor, drive_id: int, interview_id: int, outcome: str, *, now: datetime) -> CompanyInterview:
    """Record or change the outcome of one of the company's interviews once it has started, stamping who and when."""
    async with transaction():
        row = await fetchrow(
            """SELECT i.starts_at, i.status, i.participant_id, p.registered_by_centre_id, t.status AS timetable
               FROM drive_interviews i JOIN drive_participants p ON p.id = i.participant_id
                    LEFT JOIN drive_timetables t ON t.drive_id = i.drive_id
               WHERE i.id = $1 AND i.drive_id = $2 AND i.employer_id = $3
               FOR UPDATE OF i""",
            interview_id,
            drive_id,
            actor.employer_id,
        )
        if row is None:
            raise NotFound()
        if outcome not in OUTCOMES:
            raise ValidationFailed(CHOOSE)
        if row["timetable"] != "published":
            raise Conflict(NOT_PUBLISHED)
        if row["status"] == "cancelled":
            raise Conflict(CANCELLED)
        if now < row["starts_at"]:
            raise ValidationFailed(NOT_STARTED)
        [stamped] = await fetch(
            """UPDATE drive_interviews SET outcome = $2, outcome_by = $3, outcome_at = now(), updated_at = now()
               WHERE id = $1 RETURNING outcome_at""",
            interview_id,
            outcome,
            actor.user_id,
        )
        await hooks.emit_to_bringer_and_lead(  # each recording is its own event, named by its moment
            drive_id,
            hooks.INTERVIEW_OUTCOME,
            cause=f"interview-outcome:{interview_id}:{stamped['outcome_at'].isoformat()}",
            data={
                "interview_id": interview_id,
                "outcome": outcome,
                "starts_at": row["starts_at"],
                "participant_id": row["participant_id"],
                "employer_id": actor.employer_id,
            },
            registered_by_centre_id=row["registered_by_centre_id"],
        )
    return await company_interview(actor, drive_id, interview_id, now=now)


async def results(user_id: int, drive_id: int) -> list[Result]:
    """The outcomes recorded for the seeker's own interviews on a drive; a drive they are not on is NotFound."""
    participant = await DriveParticipant.select(DriveParticipant.id).where(
        (DriveParticipant.drive_id == drive_id)
        & (DriveParticipant.user_id == user_id)
        & (DriveParticipant.status == "registered")
    )
    if not participant:
        raise NotFound()
    if not await _published(drive_id):
        return []
    rows = await fetch(
        """SELECT i.id AS interview_id, i.starts_at, e.name_ko AS company_ko, e.name_en AS company_en, i.outcome
           FROM drive_interviews i JOIN employers e ON e.id = i.employer_id
           WHERE i.drive_id = $1 AND i.participant_id = $2 AND i.outcome IS NOT NULL AND i.status <> 'cancelled'
           ORDER BY i.starts_at, i.id""",
        drive_id,
        participant[0]["id"],
    )
    return [Result(**row) for row in rows]
