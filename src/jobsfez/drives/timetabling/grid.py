"""Times for the relaxation's pairs when every slot sits on one grid of times: bipartite edge colouring.

Participants on one side; on the other each company split into one copy per booth (copy j is open at the
times where the company has more than j booths); a colour per grid time. When every company offers every
grid time with one capacity, no arrival window excludes a time and nothing is locked, every vertex has
degree at most the number of times (the relaxation caps both sides so), and König's theorem says a
bipartite graph of maximum degree D is D-edge-colourable: the alternating-path colouring below then
always times every pair. Breaks, windows and locks forbid colours at some vertices (list colouring,
NP-hard in general), so there it may leave pairs without a time, and the caller asks CP-SAT instead.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise

from jobsfez.drives.timetabling.model import Candidate, Interview, Slot
from jobsfez.drives.timetabling.rules import Index


@dataclass(frozen=True, slots=True)
class Grid:
    """The drive's distinct slot times, none overlapping another, and each company's slot at each time."""

    times: tuple[tuple[datetime, datetime], ...]
    slot_at: dict[tuple[int, int], Slot]

    def capacity(self, company_id: int, time: int) -> int:
        slot = self.slot_at.get((company_id, time))
        return 0 if slot is None else slot.capacity


@dataclass(frozen=True, slots=True)
class Placement:
    """The pairs that got a time (with the locked interviews), and whether that is all of them."""

    interviews: tuple[Interview, ...]
    complete: bool


def grid_of(index: Index) -> Grid | None:
    """The grid the drive's slots sit on, or None when two different slot times overlap."""
    slots = [(c.id, s) for c in index.drive.companies for s in c.slots if s.capacity > 0]
    times = sorted({(s.start, s.end) for _, s in slots})
    if any(later_start < end for (_, end), (later_start, _) in pairwise(times)):
        return None
    position = {time: t for t, time in enumerate(times)}
    slot_at: dict[tuple[int, int], Slot] = {}
    for company_id, slot in slots:
        key = (company_id, position[(slot.start, slot.end)])
        if key in slot_at:
            return None
        slot_at[key] = slot
    return Grid(tuple(times), slot_at)


def colour_on_grid(index: Index, grid: Grid, pairs: list[Candidate]) -> Placement:
    """The pairs given grid times around the locked interviews, as far as the colouring gets."""
    times = range(len(grid.times))
    colouring = _Colouring(len(grid.times))
    attendable = {
        p.id: {t for t in times if p.is_there(*grid.times[t])}
        if p.arrives is not None or p.leaves is not None
        else set(times)
        for p in index.drive.participants
    }
    participant_vertex = {p: colouring.add_vertex(set(times) - attendable[p]) for p in attendable}
    copies = _company_copies(index, grid, colouring)
    for lock in index.drive.locked:
        group = copies[lock.company_id]
        colouring.fix(
            participant_vertex[lock.participant_id], group.take_locked(lock.slot_id), group.time_of[lock.slot_id]
        )
    complete = True
    # the most constrained participants first: the colouring then needs fewer repairs
    for pair in sorted(pairs, key=lambda c: (len(attendable[c.participant_id]), c.participant_id, c.company_id)):
        u, v = participant_vertex[pair.participant_id], copies[pair.company_id].take()
        if not colouring.place(u, v):
            copies[pair.company_id].give_back(v)
            complete = False
    company_of = {v: company_id for company_id, group in copies.items() for v in group.vertices}
    interviews = [
        Interview(participant_id, company_of[v], grid.slot_at[(company_of[v], t)].id)
        for participant_id, u in participant_vertex.items()
        for t, v in sorted(colouring.at[u].items())
    ]
    return Placement(tuple(interviews), complete)


class _Copies:
    """A company's colouring vertices, one per booth, and how many more interviews each can take."""

    def __init__(self, time_of: dict[int, int]) -> None:
        self.time_of = time_of
        self.vertices: list[int] = []
        self.room: dict[int, int] = {}
        self.locked_at: Counter[int] = Counter()

    def take_locked(self, slot_id: int) -> int:
        """The copy a locked interview sits on: the locks at one time take distinct booths."""
        time = self.time_of[slot_id]
        vertex = self.vertices[self.locked_at[time]]
        self.locked_at[time] += 1
        self.room[vertex] -= 1
        return vertex

    def take(self) -> int:
        """The copy with the most room left, so that no copy gets more interviews than it has open times."""
        vertex = max(self.vertices, key=self.room.__getitem__)
        self.room[vertex] -= 1
        return vertex

    def give_back(self, vertex: int) -> None:
        self.room[vertex] += 1


def _company_copies(index: Index, grid: Grid, colouring: _Colouring) -> dict[int, _Copies]:
    times = range(len(grid.times))
    copies: dict[int, _Copies] = {}
    for company in index.drive.companies:
        group = _Copies({grid.slot_at[(company.id, t)].id: t for t in times if (company.id, t) in grid.slot_at})
        for booth in range(max((grid.capacity(company.id, t) for t in times), default=0)):
            open_times = {t for t in times if grid.capacity(company.id, t) > booth}
            vertex = colouring.add_vertex(set(times) - open_times)
            group.vertices.append(vertex)
            group.room[vertex] = len(open_times)
        copies[company.id] = group
    return copies


class _Colouring:
    """A proper edge colouring of a bipartite graph, grown one edge at a time by alternating-path repairs."""

    def __init__(self, colours: int) -> None:
        self.colours = range(colours)
        self.at: list[dict[int, int]] = []  # vertex -> colour -> the neighbour joined by the edge of that colour
        self.blocked: list[set[int]] = []
        self.fixed: set[tuple[int, int]] = set()  # (vertex, colour) of edges that may not change colour

    def add_vertex(self, blocked: set[int]) -> int:
        self.at.append({})
        self.blocked.append(blocked)
        return len(self.at) - 1

    def fix(self, u: int, v: int, colour: int) -> None:
        self._join(u, v, colour)
        self.fixed.update(((u, colour), (v, colour)))

    def place(self, u: int, v: int) -> bool:
        """Colour the edge u-v, recolouring one alternating path if needed; False when no repair is allowed."""
        free_u, free_v = self._free(u), self._free(v)
        shared = [colour for colour in free_u if colour in free_v]
        if shared:
            self._join(u, v, shared[0])
            return True
        # Kőnig's argument: the path of colours a, b from v never reaches u, and flipping it frees a at v
        for a in free_u:
            for b in free_v:
                if self._flip(v, a, b):
                    self._join(u, v, a)
                    return True
                if self._flip(u, b, a):
                    self._join(u, v, b)
                    return True
        return False

    def _free(self, vertex: int) -> list[int]:
        used, blocked = self.at[vertex], self.blocked[vertex]
        return [colour for colour in self.colours if colour not in used and colour not in blocked]

    def _join(self, u: int, v: int, colour: int) -> None:
        self.at[u][colour] = v
        self.at[v][colour] = u

    def _flip(self, start: int, a: int, b: int) -> bool:
        """Swap colours a and b along the path from `start` that begins with its a-edge, if nothing forbids it."""
        path: list[tuple[int, int, int]] = []
        vertex, colour, other = start, a, b
        while colour in self.at[vertex]:
            if (vertex, colour) in self.fixed:
                return False
            neighbour = self.at[vertex][colour]
            path.append((vertex, neighbour, colour))
            vertex, colour, other = neighbour, other, colour
        if not path or colour in self.blocked[vertex]:
            return False
        for x, y, c in path:
            del self.at[x][c], self.at[y][c]
        for x, y, c in path:
            self._join(x, y, b if c == a else a)
        return True
