"""Plain data going into and coming out of the timetable."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Final, Literal

# Issue 14: a drive sets how many interviews one participant may get; three unless it says otherwise.
DEFAULT_MAX_INTERVIEWS: Final = 3

# how the timetable was proven optimal: see jobsfez.drives.timetable
Formulation = Literal["flow", "flow+cp-sat", "cp-sat"]


@dataclass(frozen=True, slots=True)
class Slot:
    """One interview time of a company; capacity is how many booths or interviewers are free then."""

    id: int
    start: datetime
    end: datetime
    capacity: int = 1

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError(f"slot {self.id} must end after it starts")
        if self.capacity < 0:
            raise ValueError(f"slot {self.id} has a negative capacity")

    def overlaps(self, other: Slot) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Company:
    """A company at the drive: its hours, interview length and breaks are already laid out as its slots."""

    id: int
    slots: tuple[Slot, ...]


@dataclass(frozen=True, slots=True)
class Participant:
    """A young person at the drive; an arrival window, when given, bounds every interview of theirs."""

    id: int
    arrives: datetime | None = None
    leaves: datetime | None = None

    def can_attend(self, slot: Slot) -> bool:
        return self.is_there(slot.start, slot.end)

    def is_there(self, start: datetime, end: datetime) -> bool:
        return (self.arrives is None or start >= self.arrives) and (self.leaves is None or end <= self.leaves)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A pair that may meet: its match score (a non-negative integer, e.g. tenths of a point) and interest marks."""

    participant_id: int
    company_id: int
    score: int
    participant_marked: bool = False
    company_marked: bool = False

    def __post_init__(self) -> None:
        if self.score < 0:
            raise ValueError(f"candidate ({self.participant_id}, {self.company_id}) has a negative score")

    @property
    def mutual(self) -> bool:
        """Both sides marked the other: the second thing the timetable maximises."""
        return self.participant_marked and self.company_marked


@dataclass(frozen=True, slots=True)
class Interview:
    """One participant meeting one company in one of its slots."""

    participant_id: int
    company_id: int
    slot_id: int


@dataclass(frozen=True, slots=True)
class Drive:
    """Everything the timetable depends on; locked interviews are kept as they are and the rest fits around them."""

    participants: tuple[Participant, ...]
    companies: tuple[Company, ...]
    candidates: tuple[Candidate, ...]
    max_interviews: int = DEFAULT_MAX_INTERVIEWS
    locked: tuple[Interview, ...] = ()

    def __post_init__(self) -> None:
        if self.max_interviews < 1:
            raise ValueError("a drive must allow at least one interview per participant")
        _unique("participant", [p.id for p in self.participants])
        _unique("company", [c.id for c in self.companies])
        _unique("slot", [s.id for c in self.companies for s in c.slots])
        _unique("candidate pair", [(c.participant_id, c.company_id) for c in self.candidates])
        participants = {p.id for p in self.participants}
        companies = {c.id for c in self.companies}
        for candidate in self.candidates:
            if candidate.participant_id not in participants or candidate.company_id not in companies:
                raise ValueError(f"candidate {candidate} names an unknown participant or company")


@dataclass(frozen=True, slots=True)
class Timetable:
    """The interviews, what they achieve in the order optimised, which formulation answered, and whether the
    answer is proven optimal (it is not only when CP-SAT ran out of its time before the proof)."""

    interviews: tuple[Interview, ...]
    covered: int
    mutual: int
    score: int
    formulation: Formulation
    proven: bool = True


def _unique(what: str, keys: list[object]) -> None:
    if len(set(keys)) != len(keys):
        raise ValueError(f"every {what} must appear once")
