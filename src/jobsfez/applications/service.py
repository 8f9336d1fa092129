"""Applications: a seeker applies once, the company moves them through stages, both see the history.

Stage changes the seeker should hear of, and each new application, write their notifications in
the same transaction (the outbox). Two reads are SQL: applicants with their profiles (a join that
follows no foreign key) and public profiles with their skills gathered into one array per seeker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from jobsfez.accounts.tables import User
from jobsfez.applications import invitations, message_templates
from jobsfez.applications.stages import STAGES
from jobsfez.applications.tables import Application, ApplicationEvent, ApplicationNote
from jobsfez.db import NOW, fetch, new_row, transaction
from jobsfez.employers.service import Actor
from jobsfez.employers.tables import EmployerMember
from jobsfez.errors import Conflict, Forbidden, NotFound, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.interviews import bookings
from jobsfez.interviews.service import Links
from jobsfez.notifications import service as notifications
from jobsfez.postings import service as postings
from jobsfez.postings.tables import Posting
from jobsfez.postings.views import PostingCard
from jobsfez.seekers import privacy
from jobsfez.seekers.tables import SeekerProfile
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
CANDIDATES_AFTER_APPROVAL = lazy("Candidates are shown once our staff approve your company.")
MAX_MESSAGE = 2000
MAX_NOTE = 4000


@dataclass(frozen=True, slots=True)
class Event:
    from_stage: str | None
    to_stage: str
    actor_name: str
    created_at: datetime
    offer_answer: str = ""  # "accepted" or "declined" on the event of the seeker's answer to an offer


@dataclass(frozen=True, slots=True)
class SeekerApplication:
    id: int
    posting_id: int
    posting_title: str
    company_name_ko: str
    company_name_en: str
    stage: str
    created_at: datetime
    offer_answer: str
    events: tuple[Event, ...]

    @property
    def can_withdraw(self) -> bool:
        return self.stage not in FINAL

    @property
    def can_answer_offer(self) -> bool:
        return self.stage == "offer" and not self.offer_answer


@dataclass(frozen=True, slots=True)
class Applicant:
    id: int
    seeker_user_id: int | None
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

    @property
    def erased(self) -> bool:
        """The seeker deleted their account after being hired: the company keeps an anonymous record."""
        return self.seeker_user_id is None


async def _open_posting(posting_id: int) -> dict[str, Any]:
    row = (
        await Posting.select(
            Posting.id, Posting.title, Posting.employer_id, Posting.employer_id._.webhook_url.as_alias("webhook_url")
        )
        .where(
            (Posting.id == posting_id)
            & (Posting.status == "published")
            & (Posting.closes_at > NOW)
            & (Posting.employer_id._.status == "approved")
        )
        .first()
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
    async with transaction():
        # the résumé as it is now goes with the application; the lock keeps a new upload from removing the file
        # before this row names it
        resume = await _resume_to_share(seeker_user_id) if include_resume else {}
        row = new_row(
            Application,
            posting_id=posting_id,
            employer_id=posting["employer_id"],
            seeker_user_id=seeker_user_id,
            message=message,
            include_resume=include_resume,
            score=total,
            **resume,
        )
        created = (
            await Application.insert(row)
            .on_conflict(target="applications_once", action="DO NOTHING")
            .returning(Application.id)
        )
        if not created:
            raise Conflict("You have already applied to this posting.")
        application_id: int = created[0]["id"]
        await _event(application_id, None, "applied", seeker_user_id)
        seeker = await User.select(User.display_name).where(User.id == seeker_user_id).first()
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
                employer_id=posting["employer_id"],
                payload=payload,
            )
        for member in await EmployerMember.select(EmployerMember.user_id).where(
            EmployerMember.employer_id == posting["employer_id"]
        ):
            await notifications.notify_user(
                member["user_id"],
                cause=f"application:{application_id}",
                kind="application_received",
                employer_id=posting["employer_id"],
                payload=payload,
            )
    return application_id


async def _resume_to_share(seeker_user_id: int) -> dict[str, str]:
    found = (
        await SeekerProfile.select(SeekerProfile.resume_file, SeekerProfile.resume_name)
        .where(SeekerProfile.user_id == seeker_user_id)
        .lock_rows()
    )
    return found[0] if found else {}


async def _event(application_id: int, from_stage: str | None, to_stage: str, actor_user_id: int) -> None:
    await ApplicationEvent.insert(
        new_row(
            ApplicationEvent,
            application_id=application_id,
            from_stage=from_stage,
            to_stage=to_stage,
            actor_user_id=actor_user_id,
        )
    )


async def withdraw(seeker_user_id: int, application_id: int, *, links: Links, resume_folder: Path) -> None:
    """Withdraw; an upcoming interview of this application is cancelled in the same transaction, and the company
    loses the résumé the application shared (the file goes too, unless something else still shares it)."""
    async with transaction():
        found = (
            await Application.select(Application.stage, Application.resume_file)
            .where((Application.id == application_id) & (Application.seeker_user_id == seeker_user_id))
            .lock_rows()
        )
        if not found:
            raise NotFound()
        stage = found[0]["stage"]
        if stage in FINAL:
            raise ValidationFailed("This application can no longer be withdrawn.")
        await _set_stage(application_id, "withdrawn")
        await Application.update({Application.resume_file: "", Application.resume_name: ""}).where(
            Application.id == application_id
        )
        await _event(application_id, stage, "withdrawn", seeker_user_id)
        await bookings.cancel_for_application(application_id, by_user_id=seeker_user_id, links=links)
    await privacy.release_resume(found[0]["resume_file"], folder=resume_folder)


async def _set_stage(application_id: int, stage: str) -> None:
    await Application.update({Application.stage: stage, Application.updated_at: NOW}).where(
        Application.id == application_id
    )


async def _events(application_ids: list[int]) -> dict[int, list[Event]]:
    events: dict[int, list[Event]] = {}
    if not application_ids:
        return events
    rows = (
        await ApplicationEvent.select(
            ApplicationEvent.application_id,
            ApplicationEvent.from_stage,
            ApplicationEvent.to_stage,
            ApplicationEvent.actor_user_id._.display_name.as_alias("actor_name"),
            ApplicationEvent.created_at,
            ApplicationEvent.offer_answer,
        )
        .where(ApplicationEvent.application_id.is_in(application_ids))
        .order_by(ApplicationEvent.id)
    )
    for r in rows:
        events.setdefault(r["application_id"], []).append(
            Event(r["from_stage"], r["to_stage"], r["actor_name"] or "", r["created_at"], r["offer_answer"])
        )
    return events


async def for_seeker(seeker_user_id: int) -> list[SeekerApplication]:
    rows = (
        await Application.select(
            Application.id,
            Application.posting_id,
            Application.posting_id._.title.as_alias("posting_title"),
            Application.employer_id._.name_ko.as_alias("company_name_ko"),
            Application.employer_id._.name_en.as_alias("company_name_en"),
            Application.stage,
            Application.created_at,
            Application.offer_answer,
        )
        .where(Application.seeker_user_id == seeker_user_id)
        .order_by(Application.created_at, Application.id, ascending=False)
    )
    events = await _events([r["id"] for r in rows])
    return [SeekerApplication(**r, events=tuple(events.get(r["id"], ()))) for r in rows]


async def applicants(actor: Actor, posting_id: int) -> list[Applicant]:
    """Applicants of one of the company's postings, best match first, each score explained."""
    if not await Posting.exists().where((Posting.id == posting_id) & (Posting.employer_id == actor.employer_id)):
        raise NotFound()
    return await applicants_of(actor, posting_id)


# a LEFT JOIN: a hire whose seeker erased their account has no user any more, and stays on the board, anonymous
APPLICANT_SQL = """SELECT a.id, a.seeker_user_id, coalesce(u.display_name, '') AS name, coalesce(u.email, '') AS email,
           coalesce(sp.phone, '') AS phone,
           coalesce(sp.region, '') AS region, a.stage, a.message, a.include_resume,
           a.resume_file <> '' AS has_resume, a.created_at
    FROM applications a LEFT JOIN users u ON u.id = a.seeker_user_id
    LEFT JOIN seeker_profiles sp ON sp.user_id = a.seeker_user_id
    WHERE a.posting_id = $1 AND a.employer_id = $2 AND ($3::bigint IS NULL OR a.id = $3)"""


async def applicants_of(actor: Actor, posting_id: int, application_id: int | None = None) -> list[Applicant]:
    """Applicants with their explained scores: all of a posting's, or just one (after a stage move)."""
    rows = await fetch(APPLICANT_SQL, posting_id, actor.employer_id, application_id)
    scores = await ranking.scores_for(posting_id, [r["seeker_user_id"] for r in rows if r["seeker_user_id"]])
    found = [Applicant(**r, score=scores.get(r["seeker_user_id"])) for r in rows]
    return sorted(found, key=lambda a: (-(a.score.total if a.score else 0.0), a.created_at))


@dataclass(frozen=True, slots=True)
class Moved:
    """A stage move: the applicant as they are now, the stage they left, and their posting (whose board redraws)."""

    applicant: Applicant
    from_stage: str
    posting_id: int


async def move(
    actor: Actor, application_id: int, *, to_stage: str, links: Links, template_id: int | None = None
) -> Moved:
    """Move an applicant to another stage; the seeker hears of the stages that matter to them."""
    if to_stage not in STAGES:
        raise ValidationFailed("Choose a valid stage.")
    message = await message_templates.for_stage(actor, template_id, to_stage)
    row = await _move_one(actor, application_id, to_stage, links, message)
    posting_id = int(row["posting_id"])
    [moved] = await applicants_of(actor, posting_id, application_id)
    return Moved(moved, row["stage"], posting_id)


async def _move_one(
    actor: Actor, application_id: int, to_stage: str, links: Links, message: message_templates.Template | None
) -> dict[str, Any]:
    """One move in its own transaction: the row locked, the move checked, recorded, and the seeker told."""
    async with transaction():
        found = (
            await Application.select(
                Application.id,
                Application.stage,
                Application.posting_id,
                Application.seeker_user_id,
                Application.posting_id._.title.as_alias("title"),
                Application.seeker_user_id._.display_name.as_alias("seeker_name"),
                Application.employer_id._.name_ko.as_alias("name_ko"),
                Application.employer_id._.name_en.as_alias("name_en"),
            )
            .where((Application.id == application_id) & (Application.employer_id == actor.employer_id))
            .lock_rows(of=(Application,))
        )
        if not found:
            raise NotFound()
        [row] = found
        if to_stage not in NEXT_STAGES.get(row["stage"], ()):
            raise ValidationFailed(
                "This applicant cannot move from {from_stage} to {to_stage}.",
                from_stage=row["stage"],
                to_stage=to_stage,
            )
        await _set_stage(application_id, to_stage)
        if to_stage == "offer":  # a new offer (after a rejection was reconsidered) waits for a new answer
            await Application.update({Application.offer_answer: ""}).where(Application.id == application_id)
        await _event(application_id, row["stage"], to_stage, actor.user_id)
        # a rejection frees the upcoming interview; a hire leaves it booked, for the company to keep or cancel (the
        # application page asks), rather than mailing "interview cancelled" in the same second as the offer
        if to_stage in FINAL and to_stage != "hired":
            await bookings.cancel_for_application(application_id, by_user_id=actor.user_id, links=links)
        if to_stage in NOTIFY_SEEKER:
            events = await ApplicationEvent.count().where(ApplicationEvent.application_id == application_id)
            await notifications.notify_user(
                row["seeker_user_id"],
                cause=f"application:{application_id}:stage",
                version=events,
                kind="stage_changed",
                payload={
                    "title": row["title"],
                    "company_ko": row["name_ko"],
                    "company_en": row["name_en"],
                    "stage": to_stage,
                    "url": f"{links.base_url}/me/applications#application-{application_id}",
                    # the company's chosen words, in each language it wrote them in; the mail picks the seeker's
                    **(
                        message_templates.filled(message, name=row["seeker_name"] or "", posting=row["title"])
                        if message
                        else {}
                    ),
                },
            )
    return row


@dataclass(frozen=True, slots=True)
class BulkOutcome:
    """One person of a bulk move: moved, or the reason they stayed where they were."""

    application_id: int
    name: str
    from_stage: str
    moved: bool


async def chosen_applicants(
    actor: Actor, posting_id: int, application_ids: list[int], *, to_stage: str
) -> list[Applicant]:
    """The people a bulk move would move, to confirm: all of them this posting's, or a 404."""
    if to_stage not in STAGES:
        raise ValidationFailed("Choose a valid stage.")
    if not application_ids:
        raise ValidationFailed("Choose at least one applicant.")
    people = await _own_applicants(actor, posting_id, application_ids)
    return [people[i] for i in dict.fromkeys(application_ids)]


async def _own_applicants(actor: Actor, posting_id: int, application_ids: list[int]) -> dict[int, Applicant]:
    if not await Posting.exists().where((Posting.id == posting_id) & (Posting.employer_id == actor.employer_id)):
        raise NotFound()
    people = {a.id: a for a in await applicants_of(actor, posting_id)}
    if any(application_id not in people for application_id in application_ids):
        raise NotFound()
    return people


async def move_many(
    actor: Actor,
    posting_id: int,
    application_ids: list[int],
    *,
    to_stage: str,
    links: Links,
    template_id: int | None = None,
) -> list[BulkOutcome]:
    """Move several applicants of one posting at once, each as a single move would; a refused one leaves the rest.

    Every id must be one of this posting's applicants at this company, or nothing moves (another company's id is
    a 404, not a per-person refusal: it says nothing about who exists).
    """
    if to_stage not in STAGES:
        raise ValidationFailed("Choose a valid stage.")
    wanted = list(dict.fromkeys(application_ids))
    if not wanted:
        raise ValidationFailed("Choose at least one applicant.")
    people = await _own_applicants(actor, posting_id, wanted)
    message = await message_templates.for_stage(actor, template_id, to_stage)
    outcomes = []
    for application_id in wanted:
        person = people[application_id]
        try:
            await _move_one(actor, application_id, to_stage, links, message)
        except ValidationFailed as refused:
            stage_then = str(refused.params.get("from_stage", person.stage))
            outcomes.append(BulkOutcome(application_id, person.name, stage_then, False))
        else:
            outcomes.append(BulkOutcome(application_id, person.name, person.stage, True))
    return outcomes


@dataclass(frozen=True, slots=True)
class Note:
    author_name: str
    body: str
    created_at: datetime


async def add_note(actor: Actor, application_id: int, *, body: str) -> list[Note]:
    body = body.strip()
    if not body:
        raise ValidationFailed("Please correct the marked fields.", fields={"body": lazy("Write the note first.")})
    if len(body) > MAX_NOTE:
        raise ValidationFailed(
            "Please correct the marked fields.", fields={"body": lazy("Write a note of up to 4,000 characters.")}
        )
    await _check_own(actor, application_id)
    await ApplicationNote.insert(
        new_row(
            ApplicationNote,
            application_id=application_id,
            employer_id=actor.employer_id,
            author_user_id=actor.user_id,
            body=body,
        )
    )
    return await notes(actor, application_id)


async def _check_own(actor: Actor, application_id: int) -> None:
    """NotFound unless the application is to the actor's company."""
    if not await Application.exists().where(
        (Application.id == application_id) & (Application.employer_id == actor.employer_id)
    ):
        raise NotFound()


async def notes(actor: Actor, application_id: int) -> list[Note]:
    rows = (
        await ApplicationNote.select(
            ApplicationNote.author_user_id._.display_name.as_alias("author_name"),
            ApplicationNote.body,
            ApplicationNote.created_at,
        )
        .where((ApplicationNote.application_id == application_id) & (ApplicationNote.employer_id == actor.employer_id))
        .order_by(ApplicationNote.id)
    )
    return [Note(r["author_name"] or "", r["body"], r["created_at"]) for r in rows]


async def history(actor: Actor, application_id: int) -> list[Event]:
    await _check_own(actor, application_id)
    return (await _events([application_id])).get(application_id, [])


async def posting_cards(posting_ids: list[int]) -> dict[int, PostingCard]:
    """What a recommendation shows of a posting: its card, as search results show it."""
    if not posting_ids:
        return {}
    rows = await Posting.select(*postings.columns(PostingCard._fields)).where(Posting.id.is_in(posting_ids))
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


@dataclass(frozen=True, slots=True)
class Candidate:
    score: Score
    person: PublicProfile
    invited: bool  # the company already invited them to apply to this posting


async def candidates(actor: Actor, posting_id: int, *, limit: int = 50, every_must: bool = False) -> list[Candidate]:
    """Findable seekers who have not applied, ranked for one of the company's postings, only once staff have
    approved the company: people are shown to companies someone has checked, as postings are. With `every_must`,
    the best ranked of those covering every must-have skill."""
    if not await Posting.exists().where((Posting.id == posting_id) & (Posting.employer_id == actor.employer_id)):
        raise NotFound()  # another company's posting does not exist for them, approved or not
    if not actor.approved:
        raise Forbidden(CANDIDATES_AFTER_APPROVAL)
    applied = {
        r["seeker_user_id"]
        for r in await Application.select(Application.seeker_user_id).where(Application.posting_id == posting_id)
    }
    # ranked with room for the applicants, who are then left out: the page still shows up to ``limit`` people
    ranked = await ranking.findable_candidates(posting_id, limit=limit + len(applied), every_must=every_must)
    scores = [s for s in ranked if s.seeker_id not in applied][:limit]
    people = await public_profiles([s.seeker_id for s in scores])
    invited = await invitations.invited_to(actor, posting_id)
    return [Candidate(s, people[s.seeker_id], s.seeker_id in invited) for s in scores if s.seeker_id in people]
