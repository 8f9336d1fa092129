"""A drive's pre-matching result as each side reads it, from the drive's latest finished run.

A company (a member of it) sees, on a drive it joined, its ranked participants with the explained score; their
email, phone and résumé only while the participant's consent stands (not withdrawn, valid_until ahead). A host centre
sees a company's ranked participants and a participant's ranked companies, the people it brought in full and the
others as a rank and a score only. A seeker sees the companies ranked for them on a drive they registered for. The
explanations are scored again for the rows shown, on the profiles as they are now; the order is the run's.
Interest marks (drives/interest.py) ride along: each side sees its own, and the other side's only once both marked.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jobsfez.centres.service import CentreActor
from jobsfez.db import NOW
from jobsfez.drives import prematch
from jobsfez.drives import service as drives
from jobsfez.drives.tables import (
    Consent,
    Drive,
    DriveEmployer,
    DriveInterest,
    DriveMatch,
    DriveParticipant,
)
from jobsfez.drives.views import DriveView
from jobsfez.employers.service import Actor
from jobsfez.errors import Forbidden, NotFound
from jobsfez.i18n import lazy
from jobsfez.seekers.tables import SeekerProfile as ProfileRow
from jobsfez.skills import ranking
from jobsfez.skills import service as skills
from jobsfez.skills.matching import PostingProfile, Score, SeekerProfile, score

UNAPPROVED = lazy("Your centre sees participants once our staff approve it.")
PAGE = prematch.COMPANY_KEEP  # rows a company's list shows: as many as a run keeps for it at least


@dataclass(frozen=True, slots=True)
class Contact:
    """What a consenting participant shares with the drive's companies."""

    email: str
    phone: str
    has_resume: bool


@dataclass(frozen=True, slots=True)
class Marks:
    mine: bool  # the viewing side marked the other
    mutual: bool  # both sides marked each other


@dataclass(frozen=True, slots=True)
class ParticipantMatch:
    """A participant on a company's list: named and explained when the viewer may see them in full."""

    participant_id: int
    rank: int
    stored_score: float
    name: str  # "" when the viewer may not see who it is
    score: Score | None
    contact: Contact | None
    marks: Marks


@dataclass(frozen=True, slots=True)
class CompanyMatch:
    """A company on a participant's list, with the posting that matched best."""

    employer_id: int
    rank: int
    stored_score: float
    name_ko: str
    name_en: str
    posting_id: int
    posting_title: str
    score: Score | None
    marks: Marks


@dataclass(frozen=True, slots=True)
class CompanySummary:
    employer_id: int
    name_ko: str
    name_en: str
    participants: int


@dataclass(frozen=True, slots=True)
class MatchList:
    """One side's ranked list on a drive; run is None until the drive's first run finished."""

    drive: DriveView
    run: prematch.RunView | None
    participants: list[ParticipantMatch]
    companies: list[CompanyMatch]
    title: str = ""  # whose list it is, for the centre's pages
    total: int = 0  # rows in the whole list, of which the first PAGE are shown


async def _last_run(drive_id: int) -> prematch.RunView | None:
    return await prematch.last_done(drive_id, counted=False)


async def _explain(
    drive: DriveView, pairs: list[tuple[int, int]], *, explained: set[int] | None = None
) -> dict[tuple[int, int], Score]:
    """Explained scores of (participant, posting) pairs, for the participants the viewer may see in full."""
    wanted = [pair for pair in pairs if explained is None or pair[0] in explained]
    if not wanted:
        return {}
    seekers: dict[int, SeekerProfile] = {
        p.id: p for p in await prematch.participant_profiles(drive.id, sorted({pid for pid, _ in wanted}))
    }
    postings: dict[int, PostingProfile] = {
        p.id: p for p in await ranking.posting_profiles(sorted({posting for _, posting in wanted}))
    }
    vocab = await skills.vocabulary()
    year = prematch.year_of(drive)
    return {
        (pid, posting): score(vocab, seekers[pid], postings[posting], year=year)
        for pid, posting in wanted
        if pid in seekers and posting in postings
    }


async def _marks(drive_id: int, *, side: str, participant_ids: list[int], employer_ids: list[int]) -> dict[Any, Marks]:
    """Marks between the participants and companies given, for the side viewing: its own, and mutual ones."""
    rows = await DriveInterest.select(
        DriveInterest.participant_id, DriveInterest.employer_id, DriveInterest.side
    ).where(
        (DriveInterest.drive_id == drive_id)
        & DriveInterest.participant_id.is_in(participant_ids or [0])
        & DriveInterest.employer_id.is_in(employer_ids or [0])
    )
    sides: dict[tuple[int, int], set[str]] = {}
    for row in rows:
        sides.setdefault((row["participant_id"], row["employer_id"]), set()).add(row["side"])
    return {pair: Marks(mine=side in marked, mutual=len(marked) == 2) for pair, marked in sides.items()}


NO_MARKS = Marks(mine=False, mutual=False)


async def standing_consents(participant_ids: list[int]) -> set[int]:
    """Participants whose consent to share with the drive's companies stands now."""
    rows = await Consent.select(Consent.participant_id).where(
        Consent.participant_id.is_in(participant_ids or [0])
        & Consent.withdrawn_at.is_null()
        & (Consent.valid_until > NOW)
    )
    return {row["participant_id"] for row in rows}


async def _participant_rows(run_id: int, employer_id: int, *, limit: int) -> tuple[list[dict[str, Any]], int]:
    """A company's ranked participants of a run who are still registered, and how many there are."""
    condition = (
        (DriveMatch.run_id == run_id)
        & (DriveMatch.employer_id == employer_id)
        & (DriveMatch.participant_id._.status == "registered")
    )
    rows: list[dict[str, Any]] = (
        await DriveMatch.select(
            DriveMatch.participant_id,
            DriveMatch.posting_id,
            DriveMatch.score,
            DriveMatch.company_rank,
            DriveMatch.participant_id._.name.as_alias("name"),
            DriveMatch.participant_id._.email.as_alias("email"),
            DriveMatch.participant_id._.phone.as_alias("phone"),
            DriveMatch.participant_id._.user_id.as_alias("user_id"),
            DriveMatch.participant_id._.registered_by_centre_id.as_alias("centre_id"),
        )
        .where(condition)
        .order_by(DriveMatch.company_rank)
        .limit(limit)
    )
    total: int = await DriveMatch.count().where(condition)
    return rows, total


async def _joined(actor: Actor, drive_id: int) -> DriveView:
    """A drive the company joined: any other drive, or one it only was invited to, is not its to see."""
    if not await DriveEmployer.exists().where(
        (DriveEmployer.drive_id == drive_id)
        & (DriveEmployer.employer_id == actor.employer_id)
        & (DriveEmployer.status == "joined")
    ):
        raise NotFound()
    [drive] = await drives.views_where(Drive.id == drive_id)
    return drive


async def for_company(actor: Actor, drive_id: int, *, limit: int = PAGE) -> MatchList:
    """A company's participants on a drive it joined, best first, contact details only under a standing consent."""
    drive = await _joined(actor, drive_id)
    run = await _last_run(drive_id)
    if run is None:
        return MatchList(drive, None, [], [])
    rows, total = await _participant_rows(run.id, actor.employer_id, limit=limit)
    ids = [row["participant_id"] for row in rows]
    consenting = await standing_consents(ids)
    with_resume = await _with_resume([row["user_id"] for row in rows if row["participant_id"] in consenting])
    explained = await _explain(drive, [(row["participant_id"], row["posting_id"]) for row in rows])
    marks = await _marks(drive_id, side="company", participant_ids=ids, employer_ids=[actor.employer_id])
    found = [
        ParticipantMatch(
            participant_id=row["participant_id"],
            rank=row["company_rank"],
            stored_score=row["score"],
            name=row["name"],
            score=explained.get((row["participant_id"], row["posting_id"])),
            contact=Contact(row["email"], row["phone"], row["user_id"] in with_resume)
            if row["participant_id"] in consenting
            else None,
            marks=marks.get((row["participant_id"], actor.employer_id), NO_MARKS),
        )
        for row in rows
    ]
    return MatchList(drive, run, found, [], total=total)


async def _with_resume(user_ids: list[int | None]) -> set[int]:
    ids = [user_id for user_id in user_ids if user_id is not None]
    if not ids:
        return set()
    rows = await ProfileRow.select(ProfileRow.user_id).where(
        ProfileRow.user_id.is_in(ids) & (ProfileRow.resume_file != "")
    )
    return {row["user_id"] for row in rows}


async def resume_for_company(actor: Actor, drive_id: int, participant_id: int, *, folder: Path) -> tuple[Path, str]:
    """A participant's current résumé for a company on the drive, while their consent stands; else 404."""
    await _joined(actor, drive_id)
    row = (
        await DriveParticipant.select(DriveParticipant.user_id)
        .where(
            (DriveParticipant.id == participant_id)
            & (DriveParticipant.drive_id == drive_id)
            & (DriveParticipant.status == "registered")
        )
        .first()
    )
    if row is None or row["user_id"] is None or participant_id not in await standing_consents([participant_id]):
        raise NotFound()
    profile = (
        await ProfileRow.select(ProfileRow.resume_file, ProfileRow.resume_name)
        .where(ProfileRow.user_id == row["user_id"])
        .first()
    )
    if profile is None or not profile["resume_file"]:
        raise NotFound()
    return folder / profile["resume_file"], profile["resume_name"]


async def _hosted(actor: CentreActor, drive_id: int) -> DriveView:
    drive = await drives.hosted(actor, drive_id)
    if not actor.approved:
        raise Forbidden(UNAPPROVED)
    return drive


async def run_for_centre(actor: CentreActor, drive_id: int) -> prematch.RunView | None:
    """The drive's latest finished run, for a host (the centres' API)."""
    await _hosted(actor, drive_id)
    return await _last_run(drive_id)


async def companies_for_centre(actor: CentreActor, drive_id: int) -> list[CompanySummary]:
    """The companies of the drive's latest run with how many participants each was matched with."""
    await _hosted(actor, drive_id)
    run = await _last_run(drive_id)
    if run is None:
        return []
    rows = await DriveMatch.select(
        DriveMatch.employer_id,
        DriveMatch.employer_id._.name_ko.as_alias("name_ko"),
        DriveMatch.employer_id._.name_en.as_alias("name_en"),
    ).where(DriveMatch.run_id == run.id)
    counted: dict[int, CompanySummary] = {}
    for row in rows:
        before = counted.get(row["employer_id"])
        counted[row["employer_id"]] = CompanySummary(**row, participants=(before.participants if before else 0) + 1)
    return sorted(counted.values(), key=lambda company: company.name_ko)


async def company_for_centre(actor: CentreActor, drive_id: int, employer_id: int, *, limit: int = PAGE) -> MatchList:
    """A company's ranked participants as a host sees them: its own people in full, the others' rank and score."""
    drive = await _hosted(actor, drive_id)
    company = (
        await DriveEmployer.select(
            DriveEmployer.employer_id._.name_ko.as_alias("name_ko"),
            DriveEmployer.employer_id._.name_en.as_alias("name_en"),
        )
        .where((DriveEmployer.drive_id == drive_id) & (DriveEmployer.employer_id == employer_id))
        .first()
    )
    if company is None:
        raise NotFound()
    run = await _last_run(drive_id)
    if run is None:
        return MatchList(drive, None, [], [], title=company["name_ko"])
    rows, total = await _participant_rows(run.id, employer_id, limit=limit)
    ours = {row["participant_id"] for row in rows if row["centre_id"] == actor.centre_id}
    explained = await _explain(drive, [(row["participant_id"], row["posting_id"]) for row in rows], explained=ours)
    marks = await _marks(drive_id, side="", participant_ids=list(ours), employer_ids=[employer_id])
    found = [
        ParticipantMatch(
            participant_id=row["participant_id"] if row["participant_id"] in ours else 0,
            rank=row["company_rank"],
            stored_score=row["score"],
            name=row["name"] if row["participant_id"] in ours else "",
            score=explained.get((row["participant_id"], row["posting_id"])),
            contact=None,
            marks=marks.get((row["participant_id"], employer_id), NO_MARKS),
        )
        for row in rows
    ]
    return MatchList(drive, run, found, [], title=company["name_ko"], total=total)


async def _company_rows(drive: DriveView, run_id: int, participant_id: int) -> list[CompanyMatch]:
    rows = (
        await DriveMatch.select(
            DriveMatch.employer_id,
            DriveMatch.participant_rank,
            DriveMatch.score,
            DriveMatch.posting_id,
            DriveMatch.posting_id._.title.as_alias("posting_title"),
            DriveMatch.employer_id._.name_ko.as_alias("name_ko"),
            DriveMatch.employer_id._.name_en.as_alias("name_en"),
        )
        .where((DriveMatch.run_id == run_id) & (DriveMatch.participant_id == participant_id))
        .order_by(DriveMatch.participant_rank)
    )
    explained = await _explain(drive, [(participant_id, row["posting_id"]) for row in rows])
    marks = await _marks(
        drive.id, side="participant", participant_ids=[participant_id], employer_ids=[r["employer_id"] for r in rows]
    )
    return [
        CompanyMatch(
            employer_id=row["employer_id"],
            rank=row["participant_rank"],
            stored_score=row["score"],
            name_ko=row["name_ko"],
            name_en=row["name_en"],
            posting_id=row["posting_id"],
            posting_title=row["posting_title"],
            score=explained.get((participant_id, row["posting_id"])),
            marks=marks.get((participant_id, row["employer_id"]), NO_MARKS),
        )
        for row in rows
    ]


async def participant_for_centre(actor: CentreActor, drive_id: int, participant_id: int) -> MatchList:
    """One of the centre's own participants' ranked companies; another host's participant is not its to see."""
    drive = await _hosted(actor, drive_id)
    person = (
        await DriveParticipant.select(DriveParticipant.name)
        .where(
            (DriveParticipant.id == participant_id)
            & (DriveParticipant.drive_id == drive_id)
            & (DriveParticipant.registered_by_centre_id == actor.centre_id)
        )
        .first()
    )
    if person is None:
        raise NotFound()
    run = await _last_run(drive_id)
    companies = await _company_rows(drive, run.id, participant_id) if run else []
    return MatchList(drive, run, [], companies, title=person["name"], total=len(companies))


async def for_seeker(user_id: int, drive_id: int) -> MatchList:
    """The companies matched to a seeker on a drive they are registered for, best first."""
    person = (
        await DriveParticipant.select(DriveParticipant.id)
        .where(
            (DriveParticipant.drive_id == drive_id)
            & (DriveParticipant.user_id == user_id)
            & (DriveParticipant.status == "registered")
        )
        .first()
    )
    if person is None:
        raise NotFound()
    [drive] = await drives.views_where(Drive.id == drive_id)
    run = await _last_run(drive_id)
    companies = await _company_rows(drive, run.id, person["id"]) if run else []
    return MatchList(drive, run, [], companies, total=len(companies))
