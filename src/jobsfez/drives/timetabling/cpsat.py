"""CP-SAT over one yes/no per candidate pair and slot: exact for any slot times, and the last resort for speed.

Every rule is a linear constraint on those booleans; a participant's overlapping slots are cliques of an
interval graph, so "one at a time" is an at-most-one at each slot start. Two uses:
- timing: the relaxation's pairs, each exactly once, no objective: a feasibility question, quick to answer.
- the full model: every candidate pair at most once, each level of the objective proven optimal and then
  held while the next level is optimised.
Both search within a `Budget` of seconds; an answer found but not proven in time is kept and marked unproven.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from jobsfez.drives.timetabling.model import Candidate, Interview
from jobsfez.drives.timetabling.rules import Index

# One search thread: the machine is shared with the web and worker processes, and the answer is then reproducible.
SEARCH_WORKERS = 1
# Solving the LP relaxation with every linear constraint at each node: this model's proofs rest on its bound.
LINEARIZATION_LEVEL = 2


@dataclass
class Budget:
    """How long CP-SAT may still search in one timetable's build, and whether every answer so far was proven."""

    seconds: float
    proven: bool = True
    deadline: float = field(init=False)

    def __post_init__(self) -> None:
        self.deadline = time.monotonic() + self.seconds

    def left(self) -> float:
        return self.deadline - time.monotonic()


class OutOfTime(Exception):
    """CP-SAT found no answer at all before the budget ran out."""


class _Model:
    """The booleans of the given pairs in the slots they could use, with every rule of the timetable."""

    def __init__(self, index: Index, pairs: Iterable[Candidate], *, every_pair: bool) -> None:
        drive = index.drive
        self.model = cp_model.CpModel()
        self.chosen: dict[Interview, cp_model.IntVar] = {}
        by_pair: defaultdict[tuple[int, int], list[cp_model.IntVar]] = defaultdict(list)
        for pair in pairs:
            participant = index.participants[pair.participant_id]
            for slot in index.companies[pair.company_id].slots:
                if slot.capacity > 0 and participant.can_attend(slot):
                    var = self.model.new_bool_var(f"x{len(self.chosen)}")
                    self.chosen[Interview(pair.participant_id, pair.company_id, slot.id)] = var
                    by_pair[(pair.participant_id, pair.company_id)].append(var)
        for group in by_pair.values():
            if every_pair:
                self.model.add_exactly_one(group)
            else:
                self.model.add_at_most_one(group)
        by_participant: defaultdict[int, list[Interview]] = defaultdict(list)
        by_slot: defaultdict[int, list[cp_model.IntVar]] = defaultdict(list)
        for interview, var in self.chosen.items():
            by_participant[interview.participant_id].append(interview)
            by_slot[interview.slot_id].append(var)
        for slot_id, group in by_slot.items():
            self.model.add(sum(group) <= index.slots[slot_id][1].capacity)
        self.seen = []
        for participant_id, interviews in by_participant.items():
            self.model.add(sum(self.chosen[i] for i in interviews) <= drive.max_interviews)
            for clique in _overlapping(index, interviews):
                self.model.add_at_most_one(self.chosen[i] for i in clique)
            seen = self.model.new_bool_var(f"seen{participant_id}")
            self.model.add_bool_or([self.chosen[i] for i in interviews]).only_enforce_if(seen)
            self.seen.append(seen)
        for lock in drive.locked:
            self.model.add(self.chosen[lock] == 1)

    def solve(self, hint: set[Interview], budget: Budget) -> cp_model.CpSolver | None:
        """A solver holding a solution, optimal if there is an objective unless the budget ran out first (then
        marked on the budget); None if there is no solution at all; OutOfTime if none was found in time."""
        seconds = budget.left()
        if seconds <= 0:
            raise OutOfTime
        self.model.clear_hints()  # type: ignore[no-untyped-call]  # untyped in OR-Tools
        for interview, var in self.chosen.items():
            self.model.add_hint(var, interview in hint)
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = SEARCH_WORKERS
        solver.parameters.linearization_level = LINEARIZATION_LEVEL
        solver.parameters.max_time_in_seconds = seconds
        status = solver.solve(self.model)
        if status == cp_model.INFEASIBLE:
            return None
        if status == cp_model.UNKNOWN:
            raise OutOfTime
        if status == cp_model.FEASIBLE:
            budget.proven = False
        elif status != cp_model.OPTIMAL:
            raise RuntimeError(f"CP-SAT stopped without an answer: {solver.status_name(status)}")
        return solver

    def interviews(self, solver: cp_model.CpSolver) -> tuple[Interview, ...]:
        return tuple(interview for interview, var in self.chosen.items() if solver.boolean_value(var))


def time_pairs(
    index: Index, pairs: list[Candidate], hint: Iterable[Interview], budget: Budget
) -> tuple[Interview, ...] | None:
    """Every pair (and every lock) at a time that keeps the rules, or None if no such timetable exists or none
    was found in time."""
    locked = [index.candidates[(lock.participant_id, lock.company_id)] for lock in index.drive.locked]
    model = _Model(index, [*pairs, *locked], every_pair=True)
    try:
        solver = model.solve(set(hint), budget)
    except OutOfTime:
        return None  # the full model decides, with what is left of the budget
    return None if solver is None else model.interviews(solver)


def solve_general(index: Index, hint: Iterable[Interview], budget: Budget) -> tuple[Interview, ...]:
    """The lexicographically best timetable by CP-SAT; `hint` is a valid timetable to start from, and what is
    returned, unproven, when the budget runs out before anything better is found."""
    model = _Model(index, index.drive.candidates, every_pair=False)
    candidates = index.candidates
    levels = (
        sum(model.seen),
        sum(v for i, v in model.chosen.items() if candidates[(i.participant_id, i.company_id)].mutual),
        sum(candidates[(i.participant_id, i.company_id)].score * v for i, v in model.chosen.items()),
    )
    solution = set(hint)
    for level in levels:
        model.model.maximize(level)
        try:
            solver = model.solve(solution, budget)
        except OutOfTime:
            # the levels before were optimised (and are held); this one and the rest keep the best found so far
            budget.proven = False
            break
        if solver is None:
            raise RuntimeError("CP-SAT found the locked interviews infeasible after the rules accepted them")
        model.model.add(level >= round(solver.objective_value))
        solution = set(model.interviews(solver))
    return tuple(i for i in model.chosen if i in solution)


def _overlapping(index: Index, interviews: list[Interview]) -> list[list[Interview]]:
    """Maximal sets of a participant's possible interviews that overlap at some moment (at each start time)."""
    slots = {i: index.slots[i.slot_id][1] for i in interviews}
    cliques = []
    for start in sorted({slot.start for slot in slots.values()}):
        clique = [i for i, slot in slots.items() if slot.start <= start < slot.end]
        if len(clique) > 1:
            cliques.append(clique)
    return cliques
