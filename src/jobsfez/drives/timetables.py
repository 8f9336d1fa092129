"""A drive's interview timetable on the centre's side: built by the timetable core from the tables, stored, edited by
the lead centre (lock, move, swap) and published.

Scope: every function takes the ``CentreActor``; a drive the actor's centre does not host is NotFound, a co-host
reads the timetable and may not change it (Forbidden), as ``drives.service`` decides. A host sees the names of the
participants it brought; the others it sees by number, as on the participants' pages.

The core's input is read from the tables in ``load``: the participants still registered with their arrival windows
(drives/arrivals.py), each joined company's
slots laid out over its hours (drive_employer_hours, else the drive's days) at its interview length, none over the
drive's breaks (drive_breaks, given by the lead when building), as many at a time as the interviewers it named (at
least one), the pairs of the drive's latest finished pre-matching run (the score in tenths of a point) and both
sides' interest marks. A slot is known to a form by its start, never by the core's id, so that a page shown before
the hours changed cannot move an interview to another time than the one chosen.

The building runs in a thread (``anyio.to_thread``) while the page waits, within BUILD_TIME_LIMIT: without arrival
windows the core takes its flow routes, whose CP-SAT step only times pairs already chosen (docs/benchmarks.md has
what a build of this service's shape costs); a build that runs out of time stores the best timetable found, marked
not proven. A drive large enough to make the wait long is what an arq job with a 'building' state would be for.

Interviews keep their row, and so their calendar UID, for as long as the same participant meets the same company:
a re-run or an edit that changes its time, booth or interviewer updates the row. While the timetable is a draft,
nobody has been told, so an interview dropped is deleted and nothing is counted. Once it is published, every change
to an interview raises its ``sequence`` by one, and an interview dropped is marked 'cancelled' (its sequence raised
too) rather than deleted, so that a calendar holding it can be told; a cancelled pair that comes back is scheduled
again on its old row. Locking changes nothing a calendar holds and leaves the sequence alone. An interview the day
has marked (absent) is left as it is.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, time, timedelta
from functools import partial
from typing import Any

import anyio.to_thread

from jobsfez.centres.service import CentreActor
from jobsfez.db import NOW, new_row, transaction
from jobsfez.drives import service as drives
from jobsfez.drives import timetable as core
from jobsfez.drives.employers import DriveEmployerView, employers_on
from jobsfez.drives.tables import (
    DriveBreak,
    DriveEmployer,
    DriveHistory,
    DriveInterest,
    DriveInterview,
    DriveMatch,
    DriveMatchRun,
    DriveParticipant,
    DriveTimetable,
)
from jobsfez.drives.timetabling.rules import Index, Ledger, achievement
from jobsfez.drives.validation import SEOUL, DayHours
from jobsfez.drives.views import DriveView
from jobsfez.errors import Conflict, NotFound, ValidationFailed
from jobsfez.i18n import lazy

BUILD_TIME_LIMIT = 20.0  # seconds: a centre waits on the page for the build
MAX_INTERVIEWS = (1, 10)  # K, as drive_timetables allows it
CLOCK = re.compile(r"[0-9]{2}:[0-9]{2}(:[0-9]{2})?")  # what a time input sends: HH:MM, or HH:MM:SS
SCORE_SCALE = 10  # drive_matches.score (0-100) in tenths of a point, the core's integer score

NO_MATCHES = lazy("Run the pre-matching of this drive first: the timetable is built from its matches.")
NOT_NOW = lazy("A drive in draft or archived has no timetable to build or change.")
NO_TIMETABLE = lazy("Build the timetable first.")
NO_COMPANIES = lazy("No company takes part in the drive yet.")
BAD_K = lazy("Choose between 1 and 10 interviews per participant.")
CHOOSE_TIME = lazy("Choose one of the company's interview times.")
CHOOSE_INTERVIEW = lazy("Choose another interview to swap with.")
CONFIRM = lazy("Tick the box to confirm that the timetable goes to everyone.")
ALREADY_PUBLISHED = lazy("The timetable is already published.")
BAD_BREAK = lazy("Give the break as two times, like 12:00 and 13:00, the first one earlier, or leave both empty.")
LOCK_GONE = lazy("A locked interview's time is no longer one of its company's interview times: unlock it first.")


@dataclass(frozen=True, slots=True)
class SlotInfo:
    employer_id: int
    starts_at: datetime
    ends_at: datetime

    @property
    def key(self) -> int:
        """The slot as forms name it: its start in seconds since the epoch."""
        return int(self.starts_at.timestamp())


@dataclass(frozen=True, slots=True)
class Laid:
    """The core's input read from the tables, and how its ids map back to the drive's rows."""

    drive: core.Drive
    slots: dict[int, SlotInfo]  # the core's slot id -> the company and time
    slot_of: dict[tuple[int, datetime], int]  # (employer, start) -> the core's slot id
    companies: dict[int, DriveEmployerView]  # the joined companies by employer id


@dataclass(frozen=True, slots=True)
class Achieved:
    """What a timetable achieves, in the order the core optimises it."""

    covered: int
    mutual: int
    score: int  # tenths of a point
    interviews: int


@dataclass(frozen=True, slots=True)
class TimetableRow:
    status: str
    max_interviews: int
    formulation: str
    proven: bool
    covered: int
    mutual: int
    score: int
    built_at: datetime
    published_at: datetime | None
    greedy_covered: int | None  # what greedy achieved on the build's input; None for a build before they were kept
    greedy_mutual: int | None
    greedy_score: int | None
    greedy_interviews: int | None

    @property
    def greedy(self) -> Achieved | None:
        if self.greedy_covered is None or self.greedy_mutual is None or self.greedy_score is None:
            return None
        return Achieved(self.greedy_covered, self.greedy_mutual, self.greedy_score, self.greedy_interviews or 0)


@dataclass(frozen=True, slots=True)
class InterviewView:
    """An interview as the timetable page shows it; the participant's name only to the centre that brought them."""

    id: int
    participant_id: int
    participant_name: str | None
    employer_id: int
    company: str
    starts_at: datetime
    ends_at: datetime
    booth: str
    interviewer_id: int | None
    interviewer: str
    locked: bool
    status: str
    sequence: int
    mutual: bool
    score: int


@dataclass(frozen=True, slots=True)
class CompanyGrid:
    """A company's booth schedule: a row per interview time, a column per interviewer (or booth place)."""

    employer_id: int
    name_ko: str
    name_en: str
    booth: str
    columns: tuple[str, ...]  # interviewers' names; empty strings where the company named fewer than its places
    rows: tuple[tuple[SlotInfo, tuple[InterviewView | None, ...]], ...]


@dataclass(frozen=True, slots=True)
class ParticipantLine:
    participant_id: int
    name: str | None
    interviews: tuple[InterviewView, ...]
    arrives_at: datetime | None = None  # the arrival window the timetable kept to
    leaves_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class TimetablePage:
    """The timetable page: whether it can be built, the timetable as stored, what greedy would give, the grids."""

    drive: DriveView
    leads: bool
    missing: str | None  # why there is nothing to build from yet (no pre-matching, no company), else None
    breaks: tuple[DayHours, ...]
    timetable: TimetableRow | None
    greedy: Achieved | None
    interviews: int
    cancelled: int
    companies: tuple[CompanyGrid, ...]
    participants: tuple[ParticipantLine, ...]

    @property
    def editable(self) -> bool:
        return self.leads and self.timetable is not None and self.drive.status not in ("draft", "archived")


@dataclass(frozen=True, slots=True)
class InterviewPage:
    """One interview with what the lead may do to it: the company's times to move to, the interviews to swap with."""

    drive: DriveView
    leads: bool
    interview: InterviewView
    times: tuple[tuple[SlotInfo, int], ...]  # each of the company's times and how many places are free then
    swaps: tuple[InterviewView, ...]  # other participants' interviews at the same company or the same time


def _k(raw: str | int) -> int:
    text = str(raw).strip()
    if text.isascii() and text.isdigit() and len(text) < 3 and MAX_INTERVIEWS[0] <= int(text) <= MAX_INTERVIEWS[1]:
        return int(text)
    raise ValidationFailed(BAD_K, fields={"max_interviews": BAD_K})


def _slots(company: DriveEmployerView, drive: DriveView, breaks: Sequence[DayHours]) -> list[tuple[datetime, datetime]]:
    """The company's interview times over its hours (or the drive's days), back to back at its interview length;
    a break holds none, and the next time starts when it ends."""
    length = timedelta(minutes=company.interview_minutes)
    times = []
    for hours in company.hours or drive.days:
        start = hours.starts_at
        while start + length <= hours.ends_at:
            during = next((b for b in breaks if start < b.ends_at and b.starts_at < start + length), None)
            if during is not None:
                start = during.ends_at
                continue
            times.append((start, start + length))
            start += length
    return sorted(set(times))


async def breaks_of(drive_id: int) -> list[DayHours]:
    """The drive's breaks, one a day, in order."""
    rows = (
        await DriveBreak.select(DriveBreak.starts_at, DriveBreak.ends_at)
        .where(DriveBreak.drive_id == drive_id)
        .order_by(DriveBreak.starts_at)
    )
    return [DayHours(row["starts_at"], row["ends_at"]) for row in rows]


def _clock(raw: str) -> time | None:
    text = raw.strip()
    if not CLOCK.fullmatch(text):
        return None
    try:
        return time.fromisoformat(text)
    except ValueError:
        return None


def _breaks(drive: DriveView, starts: str, ends: str) -> list[DayHours]:
    """The break typed with a build ("12:00", "13:00"), on each of the drive's days in Korea time; both empty: none."""
    if not starts.strip() and not ends.strip():
        return []
    start, end = _clock(starts), _clock(ends)
    if start is None or end is None or start >= end:
        raise ValidationFailed(BAD_BREAK, fields={"break_starts": BAD_BREAK})
    days = sorted({day.starts_at.astimezone(SEOUL).date() for day in drive.days})
    return [
        DayHours(
            datetime.combine(day, start, tzinfo=SEOUL).astimezone(UTC),
            datetime.combine(day, end, tzinfo=SEOUL).astimezone(UTC),
        )
        for day in days
    ]


async def _latest_run(drive_id: int) -> int | None:
    row = (
        await DriveMatchRun.select(DriveMatchRun.id)
        .where((DriveMatchRun.drive_id == drive_id) & (DriveMatchRun.status == "done"))
        .order_by(DriveMatchRun.id, ascending=False)
        .first()
    )
    return None if row is None else int(row["id"])


async def load(drive: DriveView, *, max_interviews: int, locked: Sequence[core.Interview] = ()) -> Laid:
    """The core's input for the drive as its tables hold it now (the module's docstring says what goes in)."""
    run_id = await _latest_run(drive.id)
    if run_id is None:
        raise ValidationFailed(NO_MATCHES)
    companies = {
        company.employer_id: company
        for company in await employers_on((DriveEmployer.drive_id == drive.id) & (DriveEmployer.status == "joined"))
    }
    if not companies:
        raise ValidationFailed(NO_COMPANIES)
    breaks = await breaks_of(drive.id)
    slots: dict[int, SlotInfo] = {}
    core_companies = []
    for employer_id in sorted(companies):
        company = companies[employer_id]
        capacity = max(len(company.interviewers), 1)
        mine = []
        for start, end in _slots(company, drive, breaks):
            slot_id = len(slots) + 1
            slots[slot_id] = SlotInfo(employer_id, start, end)
            mine.append(core.Slot(slot_id, start, end, capacity))
        core_companies.append(core.Company(employer_id, tuple(mine)))
    people = [
        core.Participant(row["id"], row["arrives_at"], row["leaves_at"])
        for row in await DriveParticipant.select(
            DriveParticipant.id, DriveParticipant.arrives_at, DriveParticipant.leaves_at
        )
        .where((DriveParticipant.drive_id == drive.id) & (DriveParticipant.status == "registered"))
        .order_by(DriveParticipant.id)
    ]
    present = {person.id for person in people}
    marks = {
        (row["participant_id"], row["employer_id"], row["side"])
        for row in await DriveInterest.select(
            DriveInterest.participant_id, DriveInterest.employer_id, DriveInterest.side
        ).where(DriveInterest.drive_id == drive.id)
    }
    candidates = [
        core.Candidate(
            row["participant_id"],
            row["employer_id"],
            round(row["score"] * SCORE_SCALE),
            participant_marked=(row["participant_id"], row["employer_id"], "participant") in marks,
            company_marked=(row["participant_id"], row["employer_id"], "company") in marks,
        )
        for row in await DriveMatch.select(DriveMatch.participant_id, DriveMatch.employer_id, DriveMatch.score)
        .where(DriveMatch.run_id == run_id)
        .order_by(DriveMatch.id)
        if row["participant_id"] in present and row["employer_id"] in companies
    ]
    return Laid(
        core.Drive(
            participants=tuple(people),
            companies=tuple(core_companies),
            candidates=tuple(candidates),
            max_interviews=max_interviews,
            locked=tuple(locked),
        ),
        slots,
        {(info.employer_id, info.starts_at): slot_id for slot_id, info in slots.items()},
        companies,
    )


def greedy(drive: core.Drive) -> Achieved:
    """What "best pairs first" gives (both marked, then score; each in its company's earliest free time), to show
    beside the exact timetable."""
    index = Index(drive)
    ledger = Ledger(index)
    slots = {company.id: sorted(company.slots, key=lambda slot: slot.start) for company in drive.companies}
    chosen = []
    for candidate in sorted(drive.candidates, key=lambda c: (c.mutual, c.score), reverse=True):
        for slot in slots[candidate.company_id]:
            interview = core.Interview(candidate.participant_id, candidate.company_id, slot.id)
            if ledger.admit(interview) is None:
                chosen.append(interview)
                break
    return Achieved(*achievement(index, chosen), interviews=len(chosen))


# --- what is stored -----------------------------------------------------------------------------------------------


async def _timetable(drive_id: int) -> TimetableRow | None:
    row = (
        await DriveTimetable.select(
            *(DriveTimetable._meta.get_column_by_name(n) for n in TimetableRow.__dataclass_fields__)
        )
        .where(DriveTimetable.drive_id == drive_id)
        .first()
    )
    return None if row is None else TimetableRow(**row)


async def _rows(drive_id: int) -> list[dict[str, Any]]:
    """The drive's interview rows, every status, the soonest first."""
    rows: list[dict[str, Any]] = (
        await DriveInterview.select(
            DriveInterview.id,
            DriveInterview.participant_id,
            DriveInterview.employer_id,
            DriveInterview.starts_at,
            DriveInterview.ends_at,
            DriveInterview.booth,
            DriveInterview.interviewer_id,
            DriveInterview.locked,
            DriveInterview.status,
            DriveInterview.sequence,
        )
        .where(DriveInterview.drive_id == drive_id)
        .order_by(DriveInterview.starts_at)
        .order_by(DriveInterview.id)
    )
    return rows


def _core(laid: Laid, row: dict[str, Any]) -> core.Interview | None:
    """A stored interview as the core knows it; None when its time is no longer one of the company's."""
    slot_id = laid.slot_of.get((row["employer_id"], row["starts_at"]))
    return None if slot_id is None else core.Interview(row["participant_id"], row["employer_id"], slot_id)


def _locks(laid_slots: dict[tuple[int, datetime], int], rows: list[dict[str, Any]]) -> list[core.Interview]:
    locks = []
    for row in rows:
        if row["locked"] and row["status"] == "scheduled":
            slot_id = laid_slots.get((row["employer_id"], row["starts_at"]))
            if slot_id is None:
                raise Conflict(LOCK_GONE, interview_id=row["id"])
            locks.append(core.Interview(row["participant_id"], row["employer_id"], slot_id))
    return locks


def _interviewers(
    laid: Laid, interviews: Sequence[core.Interview], rows: dict[tuple[int, int], dict[str, Any]]
) -> dict[core.Interview, int | None]:
    """Who holds each interview: a locked one keeps its interviewer, then one that stays at its time keeps theirs,
    then the company's interviewers in the order it named them take the rest."""
    by_slot: defaultdict[int, list[core.Interview]] = defaultdict(list)
    for interview in interviews:
        by_slot[interview.slot_id].append(interview)
    chosen: dict[core.Interview, int | None] = {}
    for slot_id, held in by_slot.items():
        info = laid.slots[slot_id]
        free = [person.user_id for person in laid.companies[info.employer_id].interviewers]
        for locked_only in (True, False):
            for interview in held:
                row = rows.get((interview.participant_id, interview.company_id))
                person = _kept_interviewer(row, info, locked_only=locked_only)
                if interview not in chosen and person is not None and person in free:
                    free.remove(person)
                    chosen[interview] = person
        for interview in sorted(held, key=lambda i: i.participant_id):
            if interview not in chosen:
                chosen[interview] = free.pop(0) if free else None
    return chosen


def _kept_interviewer(row: dict[str, Any] | None, info: SlotInfo, *, locked_only: bool) -> int | None:
    """The interviewer a stored interview keeps when it stays scheduled at the same time (only a locked one's, if
    asked)."""
    if row is None or row["status"] != "scheduled" or row["starts_at"] != info.starts_at:
        return None
    if locked_only and not row["locked"]:
        return None
    person: int | None = row["interviewer_id"]
    return person


async def _store(laid: Laid, drive_id: int, interviews: Sequence[core.Interview], *, published: bool) -> None:
    """Write the interviews over the stored ones by the rule of the module's docstring."""
    stored = {(row["participant_id"], row["employer_id"]): row for row in await _rows(drive_id)}
    interviewers = _interviewers(laid, interviews, stored)
    kept: set[tuple[int, int]] = set()
    for interview in interviews:
        key = (interview.participant_id, interview.company_id)
        kept.add(key)
        info = laid.slots[interview.slot_id]
        wanted = {
            "starts_at": info.starts_at,
            "ends_at": info.ends_at,
            "booth": laid.companies[info.employer_id].booth,
            "interviewer_id": interviewers[interview],
            "status": "scheduled",
        }
        row = stored.get(key)
        if row is not None and row["status"] not in ("scheduled", "cancelled"):
            continue  # what the day recorded (an absence) is not the timetable's to undo
        if row is None:
            await DriveInterview.insert(
                new_row(DriveInterview, drive_id=drive_id, participant_id=key[0], employer_id=key[1], **wanted)
            )
        elif any(row[name] != value for name, value in wanted.items()):
            changes: dict[Any, Any] = {DriveInterview._meta.get_column_by_name(n): v for n, v in wanted.items()}
            changes[DriveInterview.updated_at] = NOW
            if published:
                changes[DriveInterview.sequence] = DriveInterview.sequence + 1
            await DriveInterview.update(changes).where(DriveInterview.id == row["id"])
    dropped = [row["id"] for key, row in stored.items() if key not in kept and row["status"] == "scheduled"]
    if not dropped:
        return
    if published:
        await DriveInterview.update(
            {
                DriveInterview.status: "cancelled",
                DriveInterview.locked: False,
                DriveInterview.sequence: DriveInterview.sequence + 1,
                DriveInterview.updated_at: NOW,
            }
        ).where(DriveInterview.id.is_in(dropped))
    else:
        await DriveInterview.delete().where(DriveInterview.id.is_in(dropped))


# --- the lead's actions -------------------------------------------------------------------------------------------


async def _for_change(actor: CentreActor, drive_id: int) -> DriveView:
    """The drive, locked until the change commits, when the actor's centre leads it and it has a drive day ahead
    or under way."""
    drive = await drives.led_for_change(actor, drive_id)
    if drive.status in ("draft", "archived"):
        raise ValidationFailed(NOT_NOW)
    return drive


async def build(
    actor: CentreActor, drive_id: int, *, max_interviews: str | int, break_starts: str = "", break_ends: str = ""
) -> TimetableRow:
    """Build (or re-build around its locked interviews) the drive's timetable with the core, and store it; the break
    given (or none) replaces the drive's breaks."""
    async with transaction():
        drive = await _for_change(actor, drive_id)  # another centre's drive is NotFound whatever was sent
        k = _k(max_interviews)
        await DriveBreak.delete().where(DriveBreak.drive_id == drive_id)
        for pause in _breaks(drive, break_starts, break_ends):
            await DriveBreak.insert(
                new_row(DriveBreak, drive_id=drive_id, starts_at=pause.starts_at, ends_at=pause.ends_at)
            )
        before = await _timetable(drive_id)
        probe = await load(drive, max_interviews=k)
        rows = await _rows(drive_id)
        laid = replace(probe, drive=replace(probe.drive, locked=tuple(_locks(probe.slot_of, rows))))
        built = await anyio.to_thread.run_sync(partial(core.build_timetable, laid.drive, time_limit=BUILD_TIME_LIMIT))
        # greedy on the same input (without the locks, as the comparison always was), kept for the page to show
        compared = await anyio.to_thread.run_sync(greedy, probe.drive)
        published = before is not None and before.status == "published"
        await _store(laid, drive_id, built.interviews, published=published)
        values = {
            "max_interviews": k,
            "formulation": built.formulation,
            "proven": built.proven,
            "covered": built.covered,
            "mutual": built.mutual,
            "score": built.score,
            "built_by": actor.user_id,
            "greedy_covered": compared.covered,
            "greedy_mutual": compared.mutual,
            "greedy_score": compared.score,
            "greedy_interviews": compared.interviews,
        }
        if before is None:
            await DriveTimetable.insert(new_row(DriveTimetable, drive_id=drive_id, **values))
        else:
            changes: dict[Any, Any] = {DriveTimetable._meta.get_column_by_name(n): v for n, v in values.items()}
            changes[DriveTimetable.built_at] = NOW
            await DriveTimetable.update(changes).where(DriveTimetable.drive_id == drive_id)
        stored = await _timetable(drive_id)
    assert stored is not None
    return stored


async def _editing(actor: CentreActor, drive_id: int) -> tuple[TimetableRow, Laid, list[dict[str, Any]]]:
    drive = await _for_change(actor, drive_id)
    timetable = await _timetable(drive_id)
    if timetable is None:
        raise ValidationFailed(NO_TIMETABLE)
    rows = await _rows(drive_id)
    probe = await load(drive, max_interviews=timetable.max_interviews)
    return timetable, replace(probe, drive=replace(probe.drive, locked=tuple(_locks(probe.slot_of, rows)))), rows


def _row(rows: list[dict[str, Any]], interview_id: int) -> dict[str, Any]:
    found = next((row for row in rows if row["id"] == interview_id and row["status"] == "scheduled"), None)
    if found is None:
        raise NotFound()
    return found


def _current(laid: Laid, rows: list[dict[str, Any]]) -> list[core.Interview]:
    return [i for row in rows if row["status"] == "scheduled" and (i := _core(laid, row)) is not None]


async def _save_edit(laid: Laid, timetable: TimetableRow, drive_id: int, interviews: Sequence[core.Interview]) -> None:
    """Store an edited timetable and what it now achieves; it stays proven optimal only while it achieves as much."""
    await _store(laid, drive_id, interviews, published=timetable.status == "published")
    achieved = achievement(Index(laid.drive), interviews)
    proven = timetable.proven and achieved >= (timetable.covered, timetable.mutual, timetable.score)
    covered, mutual, score = achieved
    await DriveTimetable.update(
        {
            DriveTimetable.covered: covered,
            DriveTimetable.mutual: mutual,
            DriveTimetable.score: score,
            DriveTimetable.proven: proven,
        }
    ).where(DriveTimetable.drive_id == drive_id)


async def set_locked(actor: CentreActor, drive_id: int, interview_id: int, *, locked: bool) -> None:
    """Lock an interview so that re-building keeps it as it is, or unlock it."""
    async with transaction():
        _, _, rows = await _editing(actor, drive_id)
        _row(rows, interview_id)
        await DriveInterview.update({DriveInterview.locked: locked, DriveInterview.updated_at: NOW}).where(
            DriveInterview.id == interview_id
        )


def _slot_key(raw: str | int) -> int:
    text = str(raw).strip()
    if text.isascii() and text.isdigit() and 0 < len(text) < 12:
        return int(text)
    raise ValidationFailed(CHOOSE_TIME, fields={"slot": CHOOSE_TIME})


async def move(actor: CentreActor, drive_id: int, interview_id: int, *, slot: str | int) -> None:
    """Move an interview to another time of its company; the core refuses one that breaks a rule, and then nothing
    changes."""
    async with transaction():
        timetable, laid, rows = await _editing(actor, drive_id)
        row = _row(rows, interview_id)
        key = _slot_key(slot)
        slot_id = laid.slot_of.get((row["employer_id"], datetime.fromtimestamp(key, UTC)))
        interview = _core(laid, row)
        if slot_id is None or interview is None:
            raise ValidationFailed(CHOOSE_TIME, fields={"slot": CHOOSE_TIME})
        edited = core.move(laid.drive, _current(laid, rows), interview=interview, slot_id=slot_id)
        await _save_edit(laid, timetable, drive_id, edited)


def _interview_id(raw: str | int) -> int:
    text = str(raw).strip()
    if text.isascii() and text.isdigit() and 0 < len(text) < 19:
        return int(text)
    raise ValidationFailed(CHOOSE_INTERVIEW, fields={"other": CHOOSE_INTERVIEW})


async def swap(actor: CentreActor, drive_id: int, interview_id: int, *, other: str | int) -> None:
    """Two participants trade their interviews (company and time); the core refuses a swap that breaks a rule."""
    async with transaction():
        timetable, laid, rows = await _editing(actor, drive_id)
        first, second = _core(laid, _row(rows, interview_id)), None
        other_id = _interview_id(other)
        found = next((row for row in rows if row["id"] == other_id and row["status"] == "scheduled"), None)
        if found is not None:
            second = _core(laid, found)
        if second is None or first is None or other_id == interview_id:
            raise ValidationFailed(CHOOSE_INTERVIEW, fields={"other": CHOOSE_INTERVIEW})
        edited = core.swap(laid.drive, _current(laid, rows), first=first, second=second)
        await _save_edit(laid, timetable, drive_id, edited)


async def publish(actor: CentreActor, drive_id: int, *, confirmed: bool) -> None:
    """Publish the draft timetable: from now on every change is counted for the participants' calendars."""
    async with transaction():
        await _for_change(actor, drive_id)
        if not confirmed:
            raise ValidationFailed(CONFIRM, fields={"confirm": CONFIRM})
        timetable = await _timetable(drive_id)
        if timetable is None:
            raise ValidationFailed(NO_TIMETABLE)
        if timetable.status == "published":
            raise ValidationFailed(ALREADY_PUBLISHED)
        await DriveTimetable.update(
            {
                DriveTimetable.status: "published",
                DriveTimetable.published_by: actor.user_id,
                DriveTimetable.published_at: NOW,
            }
        ).where(DriveTimetable.drive_id == drive_id)
        await DriveHistory.insert(
            new_row(
                DriveHistory,
                drive_id=drive_id,
                centre_id=actor.centre_id,
                user_id=actor.user_id,
                action="timetable",
                changes=json.dumps({}),
            )
        )
        # The itineraries and booth schedules are written by the worker once this commits (workers.main
        # send_itineraries, enqueued by the page; for thousands of people they take longer than a request should).


# --- what hosts read ----------------------------------------------------------------------------------------------


async def _views(actor: CentreActor, drive_id: int, rows: list[dict[str, Any]]) -> list[InterviewView]:
    if not rows:
        return []
    people = {
        row["id"]: row
        for row in await DriveParticipant.select(
            DriveParticipant.id, DriveParticipant.name, DriveParticipant.registered_by_centre_id
        ).where(DriveParticipant.drive_id == drive_id)
    }
    companies = {company.employer_id: company for company in await employers_on(DriveEmployer.drive_id == drive_id)}
    names = {person.user_id: person.display_name for c in companies.values() for person in c.interviewers}
    run_id = await _latest_run(drive_id)
    scores = {
        (row["participant_id"], row["employer_id"]): round(row["score"] * SCORE_SCALE)
        for row in await DriveMatch.select(DriveMatch.participant_id, DriveMatch.employer_id, DriveMatch.score).where(
            DriveMatch.run_id == (run_id or 0)
        )
    }
    marks: defaultdict[tuple[int, int], set[str]] = defaultdict(set)
    for mark in await DriveInterest.select(
        DriveInterest.participant_id, DriveInterest.employer_id, DriveInterest.side
    ).where(DriveInterest.drive_id == drive_id):
        marks[mark["participant_id"], mark["employer_id"]].add(mark["side"])
    views = []
    for row in rows:
        person = people[row["participant_id"]]
        company = companies.get(row["employer_id"])
        key = (row["participant_id"], row["employer_id"])
        views.append(
            InterviewView(
                **row,
                participant_name=person["name"] if person["registered_by_centre_id"] == actor.centre_id else None,
                company=company.name_ko if company else "",
                interviewer=names.get(row["interviewer_id"], ""),
                mutual=len(marks[key]) == 2,
                score=scores.get(key, 0),
            )
        )
    return views


async def page(actor: CentreActor, drive_id: int) -> TimetablePage:
    """What a host sees of the drive's timetable, and what greedy "best pairs first" gave beside it when it was built
    (kept with the timetable: a view solves nothing)."""
    drive = await drives.hosted(actor, drive_id)
    leads = drive.lead.centre_id == actor.centre_id
    timetable = await _timetable(drive_id)
    rows = await _rows(drive_id)
    views = await _views(actor, drive_id, rows)
    scheduled = [view for view in views if view.status == "scheduled"]
    missing, grids = None, []
    try:
        laid = await load(drive, max_interviews=timetable.max_interviews if timetable else core.DEFAULT_MAX_INTERVIEWS)
    except ValidationFailed as exc:
        missing = exc.message
    else:
        grids = _grids(laid, scheduled)
    by_person: defaultdict[int, list[InterviewView]] = defaultdict(list)
    for view in scheduled:
        by_person[view.participant_id].append(view)
    windows = {
        row["id"]: (row["arrives_at"], row["leaves_at"])
        for row in await DriveParticipant.select(
            DriveParticipant.id, DriveParticipant.arrives_at, DriveParticipant.leaves_at
        ).where(
            (DriveParticipant.drive_id == drive_id)
            & (DriveParticipant.arrives_at.is_not_null() | DriveParticipant.leaves_at.is_not_null())
        )
    }
    return TimetablePage(
        drive=drive,
        leads=leads,
        missing=missing,
        breaks=tuple(await breaks_of(drive_id)),
        timetable=timetable,
        greedy=timetable.greedy if timetable else None,
        interviews=len(scheduled),
        cancelled=len(views) - len(scheduled),
        companies=tuple(grids),
        participants=tuple(
            ParticipantLine(pid, mine[0].participant_name, tuple(mine), *windows.get(pid, (None, None)))
            for pid, mine in sorted(by_person.items())
        ),
    )


def _grids(laid: Laid, scheduled: list[InterviewView]) -> list[CompanyGrid]:
    at: defaultdict[tuple[int, datetime], list[InterviewView]] = defaultdict(list)
    for view in scheduled:
        at[view.employer_id, view.starts_at].append(view)
    grids = []
    for company in sorted(laid.companies.values(), key=lambda c: c.name_ko):
        people = [person.user_id for person in company.interviewers]
        width = max(len(people), 1)
        columns = tuple(person.display_name for person in company.interviewers) or ("",)
        lines = []
        for slot_id in sorted(
            (s for s, info in laid.slots.items() if info.employer_id == company.employer_id),
            key=lambda s: laid.slots[s].starts_at,
        ):
            info = laid.slots[slot_id]
            cells: list[InterviewView | None] = [None] * width
            rest = []
            for view in at[company.employer_id, info.starts_at]:
                if view.interviewer_id in people and cells[people.index(view.interviewer_id)] is None:
                    cells[people.index(view.interviewer_id)] = view
                else:
                    rest.append(view)
            for view in rest:
                if None in cells:
                    cells[cells.index(None)] = view
            lines.append((info, tuple(cells)))
        grids.append(
            CompanyGrid(company.employer_id, company.name_ko, company.name_en, company.booth, columns, tuple(lines))
        )
    return grids


async def interview_page(actor: CentreActor, drive_id: int, interview_id: int) -> InterviewPage:
    """One scheduled interview of a hosted drive, with the times it may move to and the interviews it may swap with."""
    drive = await drives.hosted(actor, drive_id)
    timetable = await _timetable(drive_id)
    if timetable is None:
        raise NotFound()
    rows = [row for row in await _rows(drive_id) if row["status"] == "scheduled"]
    views = await _views(actor, drive_id, rows)
    interview = next((view for view in views if view.id == interview_id), None)
    if interview is None:
        raise NotFound()
    leads = drive.lead.centre_id == actor.centre_id
    times: list[tuple[SlotInfo, int]] = []
    if leads:
        try:
            laid = await load(drive, max_interviews=timetable.max_interviews)
        except ValidationFailed:
            laid = None
        if laid is not None and interview.employer_id in laid.companies:  # a company that left has no times
            taken: defaultdict[datetime, int] = defaultdict(int)
            for view in views:
                if view.employer_id == interview.employer_id:
                    taken[view.starts_at] += 1
            capacity = max(len(laid.companies[interview.employer_id].interviewers), 1)
            times = [
                (info, capacity - taken[info.starts_at])
                for info in sorted(laid.slots.values(), key=lambda info: info.starts_at)
                if info.employer_id == interview.employer_id
            ]
    swaps = tuple(
        view
        for view in views
        if view.participant_id != interview.participant_id
        and (view.employer_id == interview.employer_id or view.starts_at == interview.starts_at)
    )
    return InterviewPage(drive, leads, interview, tuple(times), swaps if leads else ())


async def company_schedule(actor: CentreActor, drive_id: int, employer_id: int) -> tuple[DriveView, CompanyGrid]:
    """One company's booth schedule, for printing."""
    found = await page(actor, drive_id)
    grid = next((grid for grid in found.companies if grid.employer_id == employer_id), None)
    if grid is None:
        raise NotFound()
    return found.drive, grid
