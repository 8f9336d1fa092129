"""The flow relaxation: how many interviews each side can hold, forgetting when; its optimum bounds every timetable.

A participant takes at most min(K, the most pairwise disjoint slots open to them) interviews, a company
at most its free booths summed over its slots, a pair at most one, and only where the company has a slot
the participant can attend. Every timetable fits these, so the relaxation's optimum is an upper bound,
and a timetable that reaches it is optimal. The lexicographic optimum is two flows: a maximum flow for
the participants seen, then a minimum-cost flow with that number fixed (a hub node must send exactly that
many first interviews) for the mutual interviews and then the score.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

import numpy as np
import numpy.typing as npt
from ortools.graph.python.max_flow import SimpleMaxFlow  # type: ignore[import-untyped]  # stubs, no py.typed
from ortools.graph.python.min_cost_flow import SimpleMinCostFlow  # type: ignore[import-untyped]

from jobsfez.drives.timetabling.model import Candidate, Participant, Slot
from jobsfez.drives.timetabling.rules import Index

SOURCE, SINK, HUB, FIRST_PARTICIPANT = 0, 1, 2, 3


class Relaxation:
    """What is left once the locked interviews are in: open slots, each company's and participant's room, pairs."""

    def __init__(self, index: Index) -> None:
        drive = index.drive
        self.locked: defaultdict[int, list[Slot]] = defaultdict(list)
        booked: Counter[int] = Counter()
        for lock in drive.locked:
            slot = index.slots[lock.slot_id][1]
            self.locked[lock.participant_id].append(slot)
            booked[slot.id] += 1
        locked_pairs = {(lock.participant_id, lock.company_id) for lock in drive.locked}
        self.open = {c.id: tuple(s for s in c.slots if s.capacity > booked[s.id]) for c in drive.companies}
        self.company_room = {c: sum(s.capacity - booked[s.id] for s in slots) for c, slots in self.open.items()}
        own_room = {c: _most_disjoint(slots, drive.max_interviews) for c, slots in self.open.items()}
        wanted: defaultdict[int, list[Candidate]] = defaultdict(list)
        for candidate in drive.candidates:
            if (candidate.participant_id, candidate.company_id) not in locked_pairs:
                wanted[candidate.participant_id].append(candidate)
        self.pairs: list[Candidate] = []
        self.room: dict[int, int] = {}
        for participant in drive.participants:
            want = drive.max_interviews - len(self.locked[participant.id])
            usable = {c.company_id: self._usable(participant, c.company_id) for c in wanted[participant.id]}
            pairs = [c for c in wanted[participant.id] if usable[c.company_id]]
            # one company with enough disjoint slots settles it without looking at the union of their slots
            simple = participant.arrives is None and participant.leaves is None and not self.locked[participant.id]
            if not (simple and any(own_room[c.company_id] >= want for c in pairs)):
                want = _most_disjoint((s for slots in usable.values() for s in slots), want)
            if want > 0 and pairs:
                self.pairs += pairs
                self.room[participant.id] = want

    def _usable(self, participant: Participant, company_id: int) -> tuple[Slot, ...]:
        locked = self.locked[participant.id]
        if participant.arrives is None and participant.leaves is None and not locked:
            return self.open[company_id]
        return tuple(
            s
            for s in self.open[company_id]
            if participant.can_attend(s) and not any(s.overlaps(other) for other in locked)
        )


def _most_disjoint(slots: Iterable[Slot], enough: int) -> int:
    """How many pairwise disjoint slots can be picked, counting no further than `enough` (earliest end first)."""
    if enough <= 0:  # a participant whose locks already reach K has no room, however many slots are open
        return 0
    count, free_from = 0, None
    for slot in sorted(slots, key=lambda s: s.end):
        if free_from is None or slot.start >= free_from:
            count, free_from = count + 1, slot.end
            if count == enough:
                break
    return count


def optimal_pairs(index: Index, relaxation: Relaxation) -> list[Candidate]:
    """The relaxation's lexicographic optimum: most participants newly seen, then mutual pairs, then score."""
    participants = list(relaxation.room)
    node = {p: FIRST_PARTICIPANT + i for i, p in enumerate(participants)}
    company_node = {c.id: FIRST_PARTICIPANT + len(participants) + i for i, c in enumerate(index.drive.companies)}
    unseen = {p for p in participants if not relaxation.locked[p]}

    seen = _Arcs()
    for p in unseen:
        seen.add(SOURCE, node[p], 1)
    for c in relaxation.pairs:
        seen.add(node[c.participant_id], company_node[c.company_id], 1)
    for company_id, company in company_node.items():
        seen.add(company, SINK, relaxation.company_room[company_id])
    most_seen = SimpleMaxFlow()
    most_seen.add_arcs_with_capacity(*seen.arrays()[:3])
    if most_seen.solve(SOURCE, SINK) != SimpleMaxFlow.OPTIMAL:
        raise RuntimeError("the maximum flow of the timetable relaxation failed")
    newly_seen = most_seen.optimal_flow()

    bound = sum(relaxation.room.values())
    # one more mutual interview outweighs any difference in total score
    mutual_weight = bound * max((c.score for c in relaxation.pairs), default=0) + 1
    best = _Arcs()
    # the hub must send exactly `newly_seen` first interviews; the source sends the rest or bypasses to the sink
    for p in participants:
        if p in unseen:
            best.add(HUB, node[p], 1)
        best.add(SOURCE, node[p], relaxation.room[p] - (p in unseen))
    best.add(SOURCE, SINK, bound)
    pair_arcs = [
        best.add(node[c.participant_id], company_node[c.company_id], 1, -(mutual_weight * c.mutual + c.score))
        for c in relaxation.pairs
    ]
    for company_id, company in company_node.items():
        best.add(company, SINK, relaxation.company_room[company_id])
    flow = SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(*best.arrays())
    flow.set_node_supply(HUB, newly_seen)
    flow.set_node_supply(SOURCE, bound)
    flow.set_node_supply(SINK, -(newly_seen + bound))
    if flow.solve() != SimpleMinCostFlow.OPTIMAL:
        raise RuntimeError("the minimum-cost flow of the timetable relaxation failed")
    used = np.asarray(flow.flows(np.array(pair_arcs, dtype=np.int32))) > 0
    return [c for c, on in zip(relaxation.pairs, used, strict=True) if on]


class _Arcs:
    """Arcs of a flow network, gathered before they are handed to OR-Tools in one call."""

    def __init__(self) -> None:
        self.tails: list[int] = []
        self.heads: list[int] = []
        self.capacities: list[int] = []
        self.costs: list[int] = []

    def add(self, tail: int, head: int, capacity: int, cost: int = 0) -> int:
        self.tails.append(tail)
        self.heads.append(head)
        self.capacities.append(capacity)
        self.costs.append(cost)
        return len(self.tails) - 1

    def arrays(
        self,
    ) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.int32], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        return (
            np.array(self.tails, dtype=np.int32),
            np.array(self.heads, dtype=np.int32),
            np.array(self.capacities, dtype=np.int64),
            np.array(self.costs, dtype=np.int64),
        )
