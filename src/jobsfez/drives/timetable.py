"""The timetable of a drive day: plain data in, the provably best interviews out, and the centre's edits checked.

What is optimised, in this order (issue 14): participants with at least one interview, interviews both
sides marked, the total match score. The answer is exact, by one of three routes (timetabling/), unless
CP-SAT runs out of the time it is given; then the best timetable found so far is returned, marked unproven:

- "flow": a relaxation that keeps how many interviews each side can hold but forgets when
  (relaxation.py) is solved exactly by a maximum flow and a minimum-cost flow. Its optimum bounds every
  timetable, so once its pairs all get times without breaking a rule, the timetable is optimal. When all
  slots sit on one grid of times, bipartite edge colouring gives the times (grid.py); König's theorem
  guarantees it succeeds when every company offers every grid time with one capacity and no window or
  lock is in the way, the usual drive day of shared rounds.
- "flow+cp-sat": the same pairs, when the colouring could not time them all (breaks, windows, locks) or
  the slots are off a grid (different interview lengths): CP-SAT decides whether they can all be timed,
  a feasibility question on few variables (cpsat.py).
- "cp-sat": when they cannot, the full model: CP-SAT over every candidate pair and slot, each level of
  the objective proven optimal, then held while the next is optimised, started from the partial answer.

Whichever answered, `violations` checks every rule again in plain Python before a timetable is returned.
The flow routes are quick on any drive size; CP-SAT's search can take minutes on a crowded day (many arrival
windows, several interview lengths), so it is given TIME_LIMIT seconds in all unless the caller says otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence

from jobsfez.drives.timetabling.cpsat import Budget, solve_general, time_pairs
from jobsfez.drives.timetabling.grid import colour_on_grid, grid_of
from jobsfez.drives.timetabling.model import (
    DEFAULT_MAX_INTERVIEWS,
    Candidate,
    Company,
    Drive,
    Formulation,
    Interview,
    Participant,
    Slot,
    Timetable,
)
from jobsfez.drives.timetabling.relaxation import Relaxation, optimal_pairs
from jobsfez.drives.timetabling.rules import (
    LOCK_DROPPED,
    NOT_A_CANDIDATE,
    NOT_ITS_SLOT,
    OUTSIDE_WINDOW,
    PARTICIPANT_BUSY,
    SAME_COMPANY,
    SLOT_FULL,
    TOO_MANY,
    Index,
    Ledger,
    Violation,
    achievement,
    violations,
)
from jobsfez.errors import Conflict
from jobsfez.i18n import lazy

__all__ = [
    "DEFAULT_MAX_INTERVIEWS",
    "LOCKED",
    "LOCK_DROPPED",
    "NOT_A_CANDIDATE",
    "NOT_IN_TIMETABLE",
    "NOT_ITS_SLOT",
    "OUTSIDE_WINDOW",
    "PARTICIPANT_BUSY",
    "SAME_COMPANY",
    "SAME_PARTICIPANT",
    "SLOT_FULL",
    "TIME_LIMIT",
    "TOO_MANY",
    "Candidate",
    "Company",
    "Drive",
    "Formulation",
    "Interview",
    "Participant",
    "Slot",
    "Timetable",
    "Violation",
    "build_timetable",
    "move",
    "swap",
    "violations",
]

# Seconds CP-SAT may search in one build: a centre waits for a background job, not for a page.
TIME_LIMIT = 60.0

LOCKED = lazy("This interview is locked. Unlock it before changing it.")
NOT_IN_TIMETABLE = lazy("This interview is no longer in the timetable.")
SAME_PARTICIPANT = lazy("Both interviews are the same participant's, so there is nothing to swap.")


def build_timetable(drive: Drive, *, time_limit: float = TIME_LIMIT) -> Timetable:
    """The best timetable around the locked interviews; locks that break a rule are refused, as an edit would be."""
    budget = Budget(time_limit)
    index = Index(drive)
    ledger = Ledger(index)
    for lock in drive.locked:
        _refuse(ledger.admit(lock), lock)
    pairs = optimal_pairs(index, Relaxation(index))
    grid = grid_of(index)
    placement = None if grid is None else colour_on_grid(index, grid, pairs)
    formulation: Formulation = "flow"
    if placement is not None and placement.complete:
        interviews = placement.interviews
    else:
        start = drive.locked if placement is None else placement.interviews
        timed = time_pairs(index, pairs, start, budget)
        if timed is not None:
            interviews, formulation = timed, "flow+cp-sat"
        else:
            interviews, formulation = solve_general(index, start, budget), "cp-sat"
    problems = violations(drive, interviews, index)
    if problems:
        raise RuntimeError(f"the {formulation} formulation returned a timetable that breaks a rule: {problems[0]}")
    return Timetable(interviews, *achievement(index, interviews), formulation, budget.proven)


def move(drive: Drive, interviews: Sequence[Interview], *, interview: Interview, slot_id: int) -> tuple[Interview, ...]:
    """The timetable with one interview moved to another slot (of any company), unless that breaks a rule."""
    index = Index(drive)
    if slot_id not in index.slots:
        raise Conflict(NOT_ITS_SLOT, slot_id=slot_id)
    company_id = index.slots[slot_id][0]
    return _replace(index, interviews, {interview: Interview(interview.participant_id, company_id, slot_id)})


def swap(
    drive: Drive, interviews: Sequence[Interview], *, first: Interview, second: Interview
) -> tuple[Interview, ...]:
    """The timetable with two participants trading their interviews (company and time), unless that breaks a rule."""
    if first.participant_id == second.participant_id:
        raise Conflict(SAME_PARTICIPANT, participant_id=first.participant_id)
    return _replace(
        Index(drive),
        interviews,
        {
            first: Interview(second.participant_id, first.company_id, first.slot_id),
            second: Interview(first.participant_id, second.company_id, second.slot_id),
        },
    )


def _replace(
    index: Index, interviews: Sequence[Interview], changes: dict[Interview, Interview]
) -> tuple[Interview, ...]:
    present = set(interviews)
    for old in changes:
        if old not in present:
            raise _conflict(NOT_IN_TIMETABLE, old)
        if old in index.drive.locked:
            raise _conflict(LOCKED, old)
    # the rest of the timetable is taken as it stands: an edit is judged only by what it changes
    ledger = Ledger(index)
    for other in present - changes.keys():
        ledger.record(other)
    for new in changes.values():
        _refuse(ledger.admit(new), new)
    return tuple(changes.get(i, i) for i in interviews)


def _refuse(refusal: str | None, interview: Interview) -> None:
    if refusal is not None:
        raise _conflict(refusal, interview)


def _conflict(message: str, interview: Interview) -> Conflict:
    return Conflict(
        message,
        participant_id=interview.participant_id,
        company_id=interview.company_id,
        slot_id=interview.slot_id,
    )
