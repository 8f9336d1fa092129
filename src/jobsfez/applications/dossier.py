"""One application as the company reads it: the person, their match, what they sent, their interviews, the record.

Contact details appear here because the seeker applied (as on the board); a findable profile seen before any
application shows none (service.PublicProfile).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from jobsfez.applications import service
from jobsfez.applications.tables import Application
from jobsfez.db import fetch
from jobsfez.employers.service import Actor
from jobsfez.errors import NotFound
from jobsfez.interviews.tables import InterviewInvitation
from jobsfez.seekers.tables import SeekerProfile, SeekerSkill, SkillKind


@dataclass(frozen=True, slots=True)
class SkillLine:
    text: str
    level: int | None
    years: Decimal | None
    kind: SkillKind


@dataclass(frozen=True, slots=True)
class Profile:
    school: str
    major: str
    graduation: str
    summary: str
    languages: tuple[str, ...]
    earliest_start: date | None
    experienced: bool
    skills: tuple[SkillLine, ...]


@dataclass(frozen=True, slots=True)
class Interview:
    booking_id: int
    starts_at: datetime
    duration_minutes: int
    place: str
    video_url: str
    status: str  # booked | cancelled
    confirmed_at: datetime | None
    ahead: bool


@dataclass(frozen=True, slots=True)
class Dossier:
    applicant: service.Applicant
    posting_id: int
    posting_title: str
    profile: Profile | None
    interviews: tuple[Interview, ...]
    invited: bool
    history: list[service.Event]
    notes: list[service.Note]

    @property
    def interview_ahead(self) -> Interview | None:
        """A booked interview still to come: after a hire the company decides whether it still takes place."""
        return next((i for i in self.interviews if i.status == "booked" and i.ahead), None)

    @property
    def may_invite(self) -> bool:
        return self.applicant.stage not in service.FINAL and not any(i.status == "booked" for i in self.interviews)


INTERVIEWS_SQL = """SELECT b.id AS booking_id, s.starts_at, s.duration_minutes, s.place, s.video_url, b.status,
           b.confirmed_at, s.starts_at > now() AS ahead
    FROM interview_bookings b JOIN interview_slots s ON s.id = b.slot_id
    WHERE b.application_id = $1 AND b.employer_id = $2 ORDER BY s.starts_at DESC"""


async def dossier(actor: Actor, application_id: int) -> Dossier:
    """Everything the company needs to decide on one applicant, on one page (only its own applications)."""
    row = (
        await Application.select(Application.posting_id, Application.posting_id._.title.as_alias("title"))
        .where((Application.id == application_id) & (Application.employer_id == actor.employer_id))
        .first()
    )
    if row is None:
        raise NotFound()
    [applicant] = await service.applicants_of(actor, row["posting_id"], application_id)
    interviews = await fetch(INTERVIEWS_SQL, application_id, actor.employer_id)
    return Dossier(
        applicant=applicant,
        posting_id=row["posting_id"],
        posting_title=row["title"],
        profile=await _profile(applicant.seeker_user_id),
        interviews=tuple(Interview(**r) for r in interviews),
        invited=await InterviewInvitation.exists().where(InterviewInvitation.application_id == application_id),
        history=await service.history(actor, application_id),
        notes=await service.notes(actor, application_id),
    )


async def _profile(seeker_user_id: int | None) -> Profile | None:
    if seeker_user_id is None:
        return None
    found = (
        await SeekerProfile.select(
            SeekerProfile.school,
            SeekerProfile.major,
            SeekerProfile.graduation,
            SeekerProfile.summary,
            SeekerProfile.earliest_start,
            SeekerProfile.experienced,
        )
        .where(SeekerProfile.user_id == seeker_user_id)
        .first()
    )
    if found is None:
        return None
    skills = (
        await SeekerSkill.select(SeekerSkill.text, SeekerSkill.level, SeekerSkill.years, SeekerSkill.kind)
        .where(SeekerSkill.user_id == seeker_user_id)
        .order_by(SeekerSkill.position)
    )
    lines = [SkillLine(**s) for s in skills]
    return Profile(
        **found,
        languages=tuple(s.text for s in lines if s.kind == "language"),
        skills=tuple(s for s in lines if s.kind != "language"),
    )
