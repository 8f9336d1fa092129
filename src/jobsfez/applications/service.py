"""Applications: a seeker applies once, the company moves them through stages, both see the history.

Stage changes the seeker should hear of, and each new application, write their notifications in
the same transaction (the outbox).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from jobsfez.applications.stages import STAGES
from jobsfez.db import engine_of, fetch, fetchrow
from jobsfez.employers.service import Actor
from jobsfez.errors import Conflict, NotFound, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.interviews import bookings
from jobsfez.interviews.service import Links
from jobsfez.notifications import service as notifications
from jobsfez.skills import ranking
from jobsfez.skills.matching import Score

BOARD_STAGES = ("applied", "screening", "interview", "offer", "hired", "rejected")
FINAL = frozenset({"hired", "rejected", "withdrawn"})
# Moves a company may make; any open stage may also end in "rejected".
NEXT_STAGES = {
    "applied": ("screening", "interview", "rejected"),
    "screening": ("interview", "offer", "rejected"),
    "interview": ("offer", "screening", "rejected"),
    "offer": ("hired", "rejected"),
    "hired": (),
    "rejected": ("screening",),
    "withdrawn": (),
}
NOTIFY_SEEKER = frozenset({"screening", "interview", "offer", "hired", "rejected"})
MAX_MESSAGE = 2000
MAX_NOTE = 4000


@dataclass(frozen=True, slots=True)
class Event:
    from_stage: str | None
    to_stage: str
    actor_name: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class SeekerApplication:
    id: int
    posting_id: int
    posting_title: str
    company_name_ko: str
    company_name_en: str
    stage: str
    created_at: datetime
    events: tuple[Event, ...]

    @property
    def can_withdraw(self) -> bool:
        return self.stage not in FINAL


@dataclass(frozen=True, slots=True)
class Applicant:
    id: int
    seeker_user_id: int
    name: str
    email: str
    phone: str
    region: str
    stage: str
    message: str
    include_resume: bool
    has_resume: bool
    created_at: datetime
    score: Score | None

    @property
    def next_stages(self) -> tuple[str, ...]:
        return NEXT_STAGES.get(self.stage, ())


async def _open_posting(posting_id: int) -> dict[str, Any]:
    row = await fetchrow(
        """SELECT p.id, p.title, p.employer_id, e.name_ko, e.name_en, e.webhook_url FROM postings p
           JOIN employers e ON e.id = p.employer_id
           WHERE p.id = $1 AND p.status = 'published' AND p.closes_at > now() AND e.status = 'approved'""",
        posting_id,
    )
    if row is None:
        raise NotFound("This posting is closed or does not exist.")
    return row


async def apply(seeker_user_id: int, *, posting_id: int, message: str, include_resume: bool, base_url: str) -> int:
    """Apply once: a second application (or two concurrent submits) finds the first and is refused kindly."""
    message = message.strip()
    if len(message) > MAX_MESSAGE:
        raise ValidationFailed(
            "Please correct the marked fields.", fields={"message": lazy("Use at most 2,000 characters.")}
        )
    posting = await _open_posting(posting_id)
    scores = await ranking.scores_for(posting_id, [seeker_user_id])
    total = scores[seeker_user_id].total if seeker_user_id in scores else 0.0
    async with engine_of().transaction():
        row = await fetchrow(
            """INSERT INTO applications (posting_id, employer_id, seeker_user_id, message, include_resume, score)
               VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT ON CONSTRAINT applications_once DO NOTHING RETURNING id""",
            posting_id,
            posting["employer_id"],
            seeker_user_id,
            message,
            include_resume,
            total,
        )
        if row is None:
            raise Conflict("You have already applied to this posting.")
        application_id = int(row["id"])
        await _event(application_id, None, "applied", seeker_user_id)
        seeker = await fetchrow("SELECT display_name FROM users WHERE id = $1", seeker_user_id)
        payload = {
            "title": posting["title"],
            "seeker_name": seeker["display_name"] if seeker else "",
            "seeker_user_id": seeker_user_id,
            "score": total,
            "url": f"{base_url}/employer/postings/{posting_id}/applicants",
        }
        if posting["webhook_url"]:
            await notifications.add(
                cause=f"application:{application_id}",
                kind="application_received",
                channel="webhook",
                recipient=posting["webhook_url"],
                language="ko",
                employer_id=int(posting["employer_id"]),
                payload=payload,
            )
        for member in await fetch(
            "SELECT user_id FROM employer_members WHERE employer_id = $1", posting["employer_id"]
        ):
            await notifications.notify_user(
                int(member["user_id"]),
                cause=f"application:{application_id}",
                kind="application_received",
                employer_id=int(posting["employer_id"]),
                payload=payload,
            )
    return application_id


async def _event(application_id: int, from_stage: str | None, to_stage: str, actor_user_id: int) -> None:
    await fetch(
        "INSERT INTO application_events (application_id, from_stage, to_stage, actor_user_id) VALUES ($1, $2, $3, $4)",
        application_id,
        from_stage,
        to_stage,
        actor_user_id,
    )


async def withdraw(seeker_user_id: int, application_id: int, *, links: Links) -> None:
    """Withdraw; an upcoming interview of this application is cancelled in the same transaction."""
    async with engine_of().transaction():
        row = await fetchrow(
            "SELECT stage FROM applications WHERE id = $1 AND seeker_user_id = $2 FOR UPDATE",
            application_id,
            seeker_user_id,
        )
        if row is None:
            raise NotFound()
        if row["stage"] in FINAL:
            raise ValidationFailed("This application can no longer be withdrawn.")
        await fetch("UPDATE applications SET stage = 'withdrawn', updated_at = now() WHERE id = $1", application_id)
        await _event(application_id, row["stage"], "withdrawn", seeker_user_id)
        await bookings.cancel_for_application(application_id, by_user_id=seeker_user_id, links=links)


async def _events(application_ids: list[int]) -> dict[int, list[Event]]:
    rows = await fetch(
        """SELECT ev.application_id, ev.from_stage, ev.to_stage, coalesce(u.display_name, '') AS actor_name,
                  ev.created_at
           FROM application_events ev LEFT JOIN users u ON u.id = ev.actor_user_id
           WHERE ev.application_id = ANY($1::bigint[]) ORDER BY ev.id""",
        application_ids,
    )
    events: dict[int, list[Event]] = {}
    for r in rows:
        events.setdefault(r["application_id"], []).append(
            Event(r["from_stage"], r["to_stage"], r["actor_name"], r["created_at"])
        )
    return events


async def for_seeker(seeker_user_id: int) -> list[SeekerApplication]:
    rows = await fetch(
        """SELECT a.id, a.posting_id, p.title AS posting_title, e.name_ko AS company_name_ko,
                  e.name_en AS company_name_en, a.stage, a.created_at
           FROM applications a JOIN postings p ON p.id = a.posting_id JOIN employers e ON e.id = a.employer_id
           WHERE a.seeker_user_id = $1 ORDER BY a.created_at DESC, a.id DESC""",
        seeker_user_id,
    )
    events = await _events([r["id"] for r in rows])
    return [SeekerApplication(**r, events=tuple(events.get(r["id"], ()))) for r in rows]


async def applicants(actor: Actor, posting_id: int) -> list[Applicant]:
    """Applicants of one of the company's postings, best match first, each score explained."""
    if (
        await fetchrow("SELECT 1 FROM postings WHERE id = $1 AND employer_id = $2", posting_id, actor.employer_id)
        is None
    ):
        raise NotFound()
    return await _applicants(actor, posting_id)


APPLICANT_SQL = """SELECT a.id, a.seeker_user_id, u.display_name AS name, u.email, coalesce(sp.phone, '') AS phone,
           coalesce(sp.region, '') AS region, a.stage, a.message, a.include_resume,
           coalesce(sp.resume_file, '') <> '' AS has_resume, a.created_at
    FROM applications a JOIN users u ON u.id = a.seeker_user_id
    LEFT JOIN seeker_profiles sp ON sp.user_id = a.seeker_user_id
    WHERE a.posting_id = $1 AND a.employer_id = $2 AND ($3::bigint IS NULL OR a.id = $3)"""


async def _applicants(actor: Actor, posting_id: int, application_id: int | None = None) -> list[Applicant]:
    """Applicants with their explained scores: all of a posting's, or just one (after a stage move)."""
    rows = await fetch(APPLICANT_SQL, posting_id, actor.employer_id, application_id)
    scores = await ranking.scores_for(posting_id, [r["seeker_user_id"] for r in rows])
    found = [Applicant(**r, score=scores.get(r["seeker_user_id"])) for r in rows]
    return sorted(found, key=lambda a: (-(a.score.total if a.score else 0.0), a.created_at))


async def move(actor: Actor, application_id: int, *, to_stage: str, links: Links) -> Applicant:
    """Move an applicant to another stage; the seeker hears of the stages that matter to them."""
    if to_stage not in STAGES:
        raise ValidationFailed("Choose a valid stage.")
    async with engine_of().transaction():
        row = await fetchrow(
            """SELECT a.id, a.stage, a.posting_id, a.seeker_user_id, p.title, e.name_ko, e.name_en
               FROM applications a JOIN postings p ON p.id = a.posting_id JOIN employers e ON e.id = a.employer_id
               WHERE a.id = $1 AND a.employer_id = $2 FOR UPDATE OF a""",
            application_id,
            actor.employer_id,
        )
        if row is None:
            raise NotFound()
        if to_stage not in NEXT_STAGES.get(row["stage"], ()):
            raise ValidationFailed(
                "This applicant cannot move from {from_stage} to {to_stage}.",
                from_stage=row["stage"],
                to_stage=to_stage,
            )
        await fetch("UPDATE applications SET stage = $2, updated_at = now() WHERE id = $1", application_id, to_stage)
        await _event(application_id, row["stage"], to_stage, actor.user_id)
        if to_stage in FINAL:
            await bookings.cancel_for_application(application_id, by_user_id=actor.user_id, links=links)
        if to_stage in NOTIFY_SEEKER:
            count = await fetchrow(
                "SELECT count(*) AS n FROM application_events WHERE application_id = $1", application_id
            )
            await notifications.notify_user(
                int(row["seeker_user_id"]),
                cause=f"application:{application_id}:stage",
                version=int(count["n"]) if count else 0,
                kind="stage_changed",
                payload={
                    "title": row["title"],
                    "company_ko": row["name_ko"],
                    "company_en": row["name_en"],
                    "stage": to_stage,
                    "url": f"{links.base_url}/me/applications",
                },
            )
        posting_id = int(row["posting_id"])
    [moved] = await _applicants(actor, posting_id, application_id)
    return moved


@dataclass(frozen=True, slots=True)
class Note:
    author_name: str
    body: str
    created_at: datetime


async def add_note(actor: Actor, application_id: int, *, body: str) -> list[Note]:
    body = body.strip()
    if not body or len(body) > MAX_NOTE:
        raise ValidationFailed(
            "Please correct the marked fields.", fields={"body": lazy("Write a note of up to 4,000 characters.")}
        )
    if (
        await fetchrow(
            "SELECT 1 FROM applications WHERE id = $1 AND employer_id = $2", application_id, actor.employer_id
        )
        is None
    ):
        raise NotFound()
    await fetch(
        "INSERT INTO application_notes (application_id, employer_id, author_user_id, body) VALUES ($1, $2, $3, $4)",
        application_id,
        actor.employer_id,
        actor.user_id,
        body,
    )
    return await notes(actor, application_id)


async def notes(actor: Actor, application_id: int) -> list[Note]:
    rows = await fetch(
        """SELECT coalesce(u.display_name, '') AS author_name, n.body, n.created_at FROM application_notes n
           LEFT JOIN users u ON u.id = n.author_user_id
           WHERE n.application_id = $1 AND n.employer_id = $2 ORDER BY n.id""",
        application_id,
        actor.employer_id,
    )
    return [Note(**r) for r in rows]


async def history(actor: Actor, application_id: int) -> list[Event]:
    if (
        await fetchrow(
            "SELECT 1 FROM applications WHERE id = $1 AND employer_id = $2", application_id, actor.employer_id
        )
        is None
    ):
        raise NotFound()
    return (await _events([application_id])).get(application_id, [])


@dataclass(frozen=True, slots=True)
class PostingCard:
    id: int
    title: str
    company_name_ko: str
    company_name_en: str
    district: str
    employment_type: str
    pay_unit: str
    pay_min: int | None
    pay_max: int | None
    pay_negotiable: bool
    closing_date: date


async def posting_cards(posting_ids: list[int]) -> dict[int, PostingCard]:
    """What a recommendation card shows of a posting."""
    rows = await fetch(
        """SELECT p.id, p.title, e.name_ko AS company_name_ko, e.name_en AS company_name_en, p.district,
                  p.employment_type, p.pay_unit, p.pay_min, p.pay_max, p.pay_negotiable, p.closing_date
           FROM postings p JOIN employers e ON e.id = p.employer_id WHERE p.id = ANY($1::bigint[])""",
        posting_ids,
    )
    return {r["id"]: PostingCard(**r) for r in rows}


@dataclass(frozen=True, slots=True)
class PublicProfile:
    """A findable seeker as a company sees them before any application: no phone, no email."""

    user_id: int
    name: str
    region: str
    school: str
    major: str
    skills: tuple[str, ...]


async def public_profiles(user_ids: list[int]) -> dict[int, PublicProfile]:
    rows = await fetch(
        """SELECT u.id AS user_id, u.display_name AS name, p.region, p.school, p.major,
                  coalesce(array_agg(s.text ORDER BY s.position) FILTER (WHERE s.text IS NOT NULL), '{}') AS skills
           FROM users u JOIN seeker_profiles p ON p.user_id = u.id AND p.findable
           LEFT JOIN seeker_skills s ON s.user_id = u.id
           WHERE u.id = ANY($1::bigint[]) GROUP BY u.id, p.id""",
        user_ids,
    )
    return {r["user_id"]: PublicProfile(**{**r, "skills": tuple(r["skills"])}) for r in rows}
