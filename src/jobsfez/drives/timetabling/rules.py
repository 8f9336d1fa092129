"""The rules every timetable keeps, in plain Python: the solvers' answers and the centre's edits are checked here."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from jobsfez.drives.timetabling.model import Candidate, Company, Drive, Interview, Participant, Slot
from jobsfez.i18n import lazy

NOT_A_CANDIDATE = lazy("This participant and this company were not matched for the drive.")
NOT_ITS_SLOT = lazy("This time is not one of the company's interview times.")
OUTSIDE_WINDOW = lazy("This time is outside the hours the participant can attend.")
SAME_COMPANY = lazy("The participant already has an interview with this company.")
PARTICIPANT_BUSY = lazy("The participant already has an interview at this time.")
TOO_MANY = lazy("The participant already has as many interviews as the drive allows.")
SLOT_FULL = lazy("Every booth of this company is taken at this time.")
LOCK_DROPPED = lazy("A locked interview is missing from the timetable.")


@dataclass(frozen=True, slots=True)
class Violation:
    """A rule an interview breaks, as the msgid that explains it."""

    message: str
    interview: Interview


class Index:
    """A drive's participants, slots and candidate pairs by id, built once per call."""

    def __init__(self, drive: Drive) -> None:
        self.drive = drive
        self.participants: dict[int, Participant] = {p.id: p for p in drive.participants}
        self.companies: dict[int, Company] = {c.id: c for c in drive.companies}
        self.slots: dict[int, tuple[int, Slot]] = {s.id: (c.id, s) for c in drive.companies for s in c.slots}
        self.candidates: dict[tuple[int, int], Candidate] = {
            (c.participant_id, c.company_id): c for c in drive.candidates
        }


class Ledger:
    """The interviews admitted so far, and which rule one more would break."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self.booked: defaultdict[int, list[tuple[int, Slot]]] = defaultdict(list)
        self.taken: Counter[int] = Counter()

    def refusal(self, interview: Interview) -> str | None:
        """The msgid of the first rule this interview would break next to those admitted, or None."""
        company_id, slot = self.index.slots.get(interview.slot_id, (None, None))
        if slot is None or company_id != interview.company_id:
            return NOT_ITS_SLOT
        if (interview.participant_id, interview.company_id) not in self.index.candidates:
            return NOT_A_CANDIDATE
        if not self.index.participants[interview.participant_id].can_attend(slot):
            return OUTSIDE_WINDOW
        booked = self.booked[interview.participant_id]
        if any(other_company == company_id for other_company, _ in booked):
            return SAME_COMPANY
        if any(other.overlaps(slot) for _, other in booked):
            return PARTICIPANT_BUSY
        if len(booked) >= self.index.drive.max_interviews:
            return TOO_MANY
        if self.taken[slot.id] >= slot.capacity:
            return SLOT_FULL
        return None

    def admit(self, interview: Interview) -> str | None:
        """Record the interview unless it breaks a rule; return that rule's msgid."""
        refusal = self.refusal(interview)
        if refusal is None:
            self.record(interview)
        return refusal

    def record(self, interview: Interview) -> None:
        """Count an interview as booked without judging it (one already in a timetable being edited)."""
        if interview.slot_id in self.index.slots:
            company_id, slot = self.index.slots[interview.slot_id]
            self.booked[interview.participant_id].append((company_id, slot))
            self.taken[slot.id] += 1


def violations(drive: Drive, interviews: Iterable[Interview], index: Index | None = None) -> tuple[Violation, ...]:
    """Every rule the interviews break, each blamed on the interview that broke it given the ones before."""
    ledger = Ledger(index or Index(drive))
    kept = list(interviews)
    found = [Violation(refusal, i) for i in kept if (refusal := ledger.admit(i)) is not None]
    present = set(kept)
    found += [Violation(LOCK_DROPPED, lock) for lock in drive.locked if lock not in present]
    return tuple(found)


def achievement(index: Index, interviews: Iterable[Interview]) -> tuple[int, int, int]:
    """What the timetable maximises, in order: participants seen, mutual interviews, total score."""
    covered: set[int] = set()
    mutual = score = 0
    for interview in interviews:
        candidate = index.candidates[(interview.participant_id, interview.company_id)]
        covered.add(interview.participant_id)
        mutual += candidate.mutual
        score += candidate.score
    return len(covered), mutual, score
