"""Pre-matching a drive: a host centre starts a run, the worker scores every registered participant against the open
postings of the joined companies, and stores for each participant and company the company's best posting, ranked
both ways.

A run is a row before it is work (migration 51): 'queued' when a centre starts it, 'running' once a worker takes
it, its heartbeat and progress written as it goes, then 'done' or 'failed'. A worker takes a run by stamping its
started_at, which is the run's owner from then on: every later write checks it, so a worker that lost its run to
another (its heartbeat had stopped) can write nothing more. The result is written in one transaction at the end,
so a run killed mid-way leaves no half result, and the next worker starts it again from the participants.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

import numpy as np
from piccolo.custom_types import Combinable

from jobsfez.centres.service import CentreActor
from jobsfez.db import CLOCK, NOW, copy_records, fetch, fetchrow, new_row, transaction
from jobsfez.drives import service as drives
from jobsfez.drives.tables import Drive, DriveMatch, DriveMatchRun, DriveParticipant
from jobsfez.drives.validation import SEOUL
from jobsfez.drives.views import EDITABLE, DriveView
from jobsfez.errors import Conflict, Forbidden, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.skills import ranking
from jobsfez.skills import service as skills
from jobsfez.skills.matching import (
    GroupBest,
    PostingIndex,
    PostingProfile,
    SeekerIndex,
    SeekerProfile,
    SkillClaim,
    Vocabulary,
    batch_best_by_group,
)

# A running run whose heartbeat is older than this lost its worker; the heartbeat beats every HEARTBEAT_SECONDS
# while the worker is alive, also while it waits on PostgreSQL, so only a dead or frozen worker misses it.
STALE_SECONDS = 10
HEARTBEAT_SECONDS = 2.0
# A run that is still not done this long after it was started is failing every time it is taken over (it outgrows
# the job's timeout, or kills its worker): it is failed for good rather than taken over forever.
GIVE_UP_SECONDS = 15 * 60
# Participants scored per block: the progress bar moves and the event loop breathes between blocks.
BLOCK_ROWS = 500
# The pairs stored: each participant's best companies, as many as the most interviews a timetable gives one person
# (drive_timetables.max_interviews), and each company's best participants, as many as its page lists; a pair is
# stored when either side has it that high. Every eligible pair scoring above 0 is ranked, but storing them all
# (every participant with every company, most scoring above 0 on preferences alone) made the write most of the
# job: each row checks five foreign keys. Ranks are places among all the ranked pairs, so a stored list may skip
# places (a company's 51st best appears when it is among that person's 10 best).
PARTICIPANT_KEEP = 10
COMPANY_KEEP = 50
PENDING = ("queued", "running")

ALREADY = lazy("Matching is already under way for this drive: wait for it to finish.")
UNAPPROVED = lazy("Your centre can match participants once our staff approve it.")
FINISHED = lazy("This drive was held or archived: its matching no longer changes.")
NO_PARTICIPANTS = lazy("Nobody is registered for this drive yet: there is no one to match.")
NO_POSTINGS = lazy("No company on this drive has attached an open posting yet: there is nothing to match against.")
FAILED = lazy("The matching stopped with an error. Start it again; if it fails again, tell us.")
GAVE_UP = lazy("The matching did not finish in time. Start it again; if it fails again, tell us.")
MATCH_COLUMNS = (
    "run_id",
    "drive_id",
    "participant_id",
    "employer_id",
    "posting_id",
    "score",
    "participant_rank",
    "company_rank",
)


class RunLost(Exception):
    """Another worker took the run over (this one's heartbeat had stopped): this one stops and writes nothing."""


@dataclass(frozen=True, slots=True)
class RunView:
    """A run as the centre's page shows it: its state, its progress and, once done, what it found."""

    id: int
    drive_id: int
    status: str
    participants_total: int
    participants_done: int
    error: str
    created_at: datetime
    finished_at: datetime | None
    pairs: int = 0
    participants_matched: int = 0
    companies_matched: int = 0

    @property
    def pending(self) -> bool:
        return self.status in PENDING


@dataclass(frozen=True, slots=True)
class Claimed:
    run_id: int
    drive_id: int
    owner: datetime  # the run's started_at as this worker stamped it


@dataclass(frozen=True, slots=True)
class Outcome:
    run_id: int
    status: str  # done | failed | lost
    pairs: int


@dataclass(frozen=True, slots=True)
class Result:
    """A whole run's pairs, ranked both ways: parallel arrays, one entry per pair kept."""

    participant_ids: np.ndarray
    employer_ids: np.ndarray
    posting_ids: np.ndarray
    scores: np.ndarray
    participant_rank: np.ndarray
    company_rank: np.ndarray

    def records(self, run_id: int, drive_id: int) -> Iterator[tuple[object, ...]]:
        columns = (
            self.participant_ids.tolist(),
            self.employer_ids.tolist(),
            self.posting_ids.tolist(),
            self.scores.tolist(),
            self.participant_rank.tolist(),
            self.company_rank.tolist(),
        )
        for row in zip(*columns, strict=True):
            yield (run_id, drive_id, *row)


async def _hosted_for_matching(actor: CentreActor, drive_id: int) -> DriveView:
    drive = await drives.hosted(actor, drive_id)  # another centre's drive is NotFound before anything else
    if not actor.approved:
        raise Forbidden(UNAPPROVED)
    return drive


async def start(actor: CentreActor, drive_id: int) -> int:
    """A host centre (lead or co-host) starts matching its drive; one run of a drive is pending at a time."""
    drive = await _hosted_for_matching(actor, drive_id)
    if drive.status not in EDITABLE:
        raise ValidationFailed(FINISHED)
    async with transaction():
        await Drive.select(Drive.id).where(Drive.id == drive_id).lock_rows()  # two starts at once come in turn
        if await DriveMatchRun.exists().where(
            (DriveMatchRun.drive_id == drive_id) & DriveMatchRun.status.is_in(list(PENDING))
        ):
            raise Conflict(ALREADY)
        if not await _registered(drive_id):
            raise ValidationFailed(NO_PARTICIPANTS)
        if not await _drive_postings(drive_id):
            raise ValidationFailed(NO_POSTINGS)
        [row] = await DriveMatchRun.insert(
            new_row(DriveMatchRun, drive_id=drive_id, requested_by=actor.user_id)
        ).returning(DriveMatchRun.id)
    run_id: int = row["id"]
    return run_id


async def latest(actor: CentreActor, drive_id: int) -> tuple[RunView | None, RunView | None]:
    """The drive's newest run (whatever its state) and its newest finished one, for the dashboard."""
    await _hosted_for_matching(actor, drive_id)
    return await newest_run(drive_id), await last_done(drive_id)


async def newest_run(drive_id: int) -> RunView | None:
    row = await _run_rows(drive_id, done_only=False)
    return RunView(**row) if row else None


async def last_done(drive_id: int, *, counted: bool = True) -> RunView | None:
    """The drive's current result: its latest finished run, with what it found when counted."""
    row = await _run_rows(drive_id, done_only=True)
    if row is None or not counted:
        return RunView(**row) if row else None
    found = await fetchrow(
        """SELECT count(*) AS pairs, count(DISTINCT participant_id) AS participants_matched,
                  count(DISTINCT employer_id) AS companies_matched
           FROM drive_matches WHERE run_id = $1""",
        row["id"],
    )
    assert found is not None
    return RunView(**row, **found)


async def _run_rows(drive_id: int, *, done_only: bool) -> dict[str, Any] | None:
    condition: Combinable = DriveMatchRun.drive_id == drive_id
    if done_only:
        condition = condition & (DriveMatchRun.status == "done")
    row: dict[str, Any] | None = (
        await DriveMatchRun.select(
            DriveMatchRun.id,
            DriveMatchRun.drive_id,
            DriveMatchRun.status,
            DriveMatchRun.participants_total,
            DriveMatchRun.participants_done,
            DriveMatchRun.error,
            DriveMatchRun.created_at,
            DriveMatchRun.finished_at,
        )
        .where(condition)
        .order_by(DriveMatchRun.id, ascending=False)
        .first()
    )
    return row


async def _registered(drive_id: int) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = await DriveParticipant.select(
        DriveParticipant.id,
        DriveParticipant.user_id,
        DriveParticipant.skills,
        DriveParticipant.skill_keys,
        DriveParticipant.birth_year,
        DriveParticipant.sectors,
    ).where((DriveParticipant.drive_id == drive_id) & (DriveParticipant.status == "registered"))
    return rows


async def _drive_postings(drive_id: int) -> dict[int, int]:
    """The drive's postings still open, of the companies that joined it: posting id -> company."""
    rows = await fetch(
        """SELECT DISTINCT dp.posting_id, dp.employer_id
           FROM drive_postings dp
           JOIN drive_employers de ON de.drive_id = dp.drive_id AND de.employer_id = dp.employer_id
           JOIN postings p ON p.id = dp.posting_id
           WHERE dp.drive_id = $1 AND de.status = 'joined' AND p.status = 'published' AND p.closes_at > now()""",
        drive_id,
    )
    return {row["posting_id"]: row["employer_id"] for row in rows}


def _roster_profile(row: dict[str, object]) -> SeekerProfile:
    """A person known from the drive's own row: the skills the centre imported (already canonical keys), the birth
    year and the sectors the roster named."""
    texts, keys = row["skills"], row["skill_keys"]
    assert isinstance(texts, list) and isinstance(keys, list)
    birth_year = row["birth_year"]
    return SeekerProfile(
        id=int(str(row["id"])),
        skills=tuple(SkillClaim(key=key, text=text) for text, key in zip(texts, keys, strict=False) if key),
        birth_year=birth_year if isinstance(birth_year, int) else None,
        sectors=frozenset(row["sectors"]) if isinstance(row["sectors"], list) else frozenset(),
    )


async def participant_profiles(drive_id: int, participant_ids: list[int] | None = None) -> list[SeekerProfile]:
    """Matching profiles of a drive's registered participants, keyed by participant id: a seeker's saved profile
    when they have an account and a profile, else what the drive's row holds (a roster person)."""
    rows = await _registered(drive_id)
    if participant_ids is not None:
        wanted = set(participant_ids)
        rows = [row for row in rows if row["id"] in wanted]
    user_ids = [int(str(row["user_id"])) for row in rows if row["user_id"] is not None]
    saved = {profile.id: profile for profile in await ranking.seeker_profiles(user_ids)} if user_ids else {}
    found = []
    for row in rows:
        profile = saved.get(int(str(row["user_id"]))) if row["user_id"] is not None else None
        found.append(replace(profile, id=int(str(row["id"]))) if profile else _roster_profile(row))
    return found


def year_of(drive: DriveView) -> int:
    """Youth eligibility is judged at the drive: a participant's age in the year of its first day (Korea time)."""
    return drive.starts_at.astimezone(SEOUL).year


def rank_companies(blocks: list[GroupBest]) -> Result:
    """All blocks together, each pair's place among the company's participants added (higher score first, then the
    lower participant id, so that equal scores keep one stable order from run to run), and the pairs kept."""
    if not blocks:
        empty = np.empty(0, dtype=np.int64)
        return Result(empty, empty, empty, np.empty(0), empty, empty)
    participants = np.concatenate([b.seeker_ids for b in blocks])
    companies = np.concatenate([b.group_ids for b in blocks])
    scores = np.concatenate([b.totals for b in blocks])
    order = np.lexsort((participants, -scores, companies))
    sorted_companies = companies[order]
    firsts = np.flatnonzero(np.r_[True, sorted_companies[1:] != sorted_companies[:-1]])
    within = np.arange(order.size) - np.repeat(firsts, np.diff(np.r_[firsts, order.size])) + 1
    company_rank = np.empty(order.size, dtype=np.int64)
    company_rank[order] = within
    participant_rank = np.concatenate([b.seeker_rank for b in blocks])
    kept = (participant_rank <= PARTICIPANT_KEEP) | (company_rank <= COMPANY_KEEP)
    return Result(
        participant_ids=participants[kept],
        employer_ids=companies[kept],
        posting_ids=np.concatenate([b.posting_ids for b in blocks])[kept],
        scores=scores[kept],
        participant_rank=participant_rank[kept],
        company_rank=company_rank[kept],
    )


async def claim(run_id: int | None = None) -> Claimed | None:
    """Take a run: the one named if it is waiting or lost its worker, else the oldest such run (the sweep)."""
    await _give_up_old()
    rows = await fetch(
        """UPDATE drive_match_runs SET status = 'running', started_at = clock_timestamp(),
                  heartbeat_at = clock_timestamp(), participants_done = 0
           WHERE id = (
               SELECT id FROM drive_match_runs
               WHERE (status = 'queued'
                      OR (status = 'running' AND heartbeat_at < clock_timestamp() - make_interval(secs => $2)))
                 AND ($1::bigint IS NULL OR id = $1)
               ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
           RETURNING id, drive_id, started_at""",
        run_id,
        STALE_SECONDS,
    )
    if not rows:
        return None
    return Claimed(rows[0]["id"], rows[0]["drive_id"], rows[0]["started_at"])


async def _give_up_old() -> None:
    await fetch(
        """UPDATE drive_match_runs SET status = 'failed', error = $1, finished_at = clock_timestamp()
           WHERE status IN ('queued', 'running')
             AND created_at < clock_timestamp() - make_interval(secs => $2)
             AND (status = 'queued' OR heartbeat_at < clock_timestamp() - make_interval(secs => $3))""",
        GAVE_UP,
        GIVE_UP_SECONDS,
        STALE_SECONDS,
    )


async def _beat(claimed: Claimed, *, total: int | None = None, done: int | None = None) -> None:
    """The heartbeat, with the progress when given; a run taken over by another worker raises RunLost."""
    rows = await fetch(
        """UPDATE drive_match_runs SET heartbeat_at = clock_timestamp(),
                  participants_total = coalesce($3, participants_total),
                  participants_done = coalesce($4, participants_done)
           WHERE id = $1 AND started_at = $2 AND status = 'running' RETURNING id""",
        claimed.run_id,
        claimed.owner,
        total,
        done,
    )
    if not rows:
        raise RunLost()


@contextlib.asynccontextmanager
async def _heartbeat(claimed: Claimed) -> AsyncIterator[None]:
    """Beat in the background while the run works, also while it waits on PostgreSQL to store its result."""

    async def beat() -> None:
        while True:
            await asyncio.sleep(HEARTBEAT_SECONDS)
            with contextlib.suppress(RunLost):
                await _beat(claimed)

    task = asyncio.create_task(beat())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def run(run_id: int | None = None) -> Outcome | None:
    """The worker's job: take a run (or the sweep's lost one), match, store, and say how it ended."""
    claimed = await claim(run_id)
    if claimed is None:
        return None
    try:
        async with _heartbeat(claimed):
            pairs = await _match_and_store(claimed)
    except RunLost:
        return Outcome(claimed.run_id, "lost", 0)
    except Exception:
        await DriveMatchRun.update(
            {DriveMatchRun.status: "failed", DriveMatchRun.error: FAILED, DriveMatchRun.finished_at: NOW}
        ).where((DriveMatchRun.id == claimed.run_id) & (DriveMatchRun.started_at == claimed.owner))
        raise
    return Outcome(claimed.run_id, "done", pairs)


async def _match_and_store(claimed: Claimed) -> int:
    [drive] = await drives.views_where(Drive.id == claimed.drive_id)
    seekers = await participant_profiles(claimed.drive_id)
    companies = await _drive_postings(claimed.drive_id)
    postings = await ranking.posting_profiles(list(companies))
    await _beat(claimed, total=len(seekers))
    vocab = await skills.vocabulary()
    result = await _match(claimed, vocab, seekers, postings, companies, year=year_of(drive))
    async with transaction():
        # the drive's current result is its latest finished run: the rows of the runs before it go
        await DriveMatch.delete().where(DriveMatch.drive_id == claimed.drive_id)
        await copy_records("drive_matches", MATCH_COLUMNS, result.records(claimed.run_id, claimed.drive_id))
        finished = (
            await DriveMatchRun.update(
                {DriveMatchRun.status: "done", DriveMatchRun.finished_at: CLOCK, DriveMatchRun.heartbeat_at: CLOCK}
            )
            .where(
                (DriveMatchRun.id == claimed.run_id)
                & (DriveMatchRun.started_at == claimed.owner)
                & (DriveMatchRun.status == "running")
            )
            .returning(DriveMatchRun.id)
        )
        if not finished:
            raise RunLost()  # rolls the rows back: the worker that took the run over writes its own
    return int(result.participant_ids.size)


async def _match(
    claimed: Claimed,
    vocab: Vocabulary,
    seekers: list[SeekerProfile],
    postings: list[PostingProfile],
    companies: dict[int, int],
    *,
    year: int,
) -> Result:
    """Score block by block in a thread (the event loop keeps beating), counting the participants done."""
    seeker_index = await asyncio.to_thread(SeekerIndex.build, vocab, seekers)
    posting_index = await asyncio.to_thread(PostingIndex.build, vocab, postings)
    blocks_of = batch_best_by_group(vocab, seeker_index, posting_index, companies, year=year, rows=BLOCK_ROWS)
    blocks: list[GroupBest] = []
    done = 0
    while (block := await asyncio.to_thread(next, blocks_of, None)) is not None:
        blocks.append(block)
        done = min(done + BLOCK_ROWS, len(seekers))
        await _beat(claimed, done=done)
    # Ranked: every eligible pair whose score is above 0, each company's best posting for the person (the youth rule
    # scores an ineligible pair 0; a pair above 0 shares a skill or a preference at least); stored: PARTICIPANT_KEEP
    # and COMPANY_KEEP say which.
    result = await asyncio.to_thread(rank_companies, blocks)
    if done < len(seekers):
        await _beat(claimed, done=len(seekers))
    return result
