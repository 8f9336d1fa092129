"""Seeded random drives, the greedy baseline and an exhaustive search: what the timetable tests and benchmark share."""

from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta

from jobsfez.drives.timetable import Candidate, Company, Drive, Interview, Participant, Slot, violations

DAY = datetime(2026, 5, 20, 10, 0)
ROUND = timedelta(minutes=20)


def random_drive(
    seed: int,
    participants: int,
    companies: int,
    times: int,
    *,
    candidates: int = 6,
    max_interviews: int = 3,
    booths: int = 1,
    breaks: float = 0.0,
    windows: float = 0.0,
    lengths: tuple[int, ...] = (1,),
    locks: int = 0,
) -> Drive:
    """A drive day of `times` rounds; other interview `lengths` (in rounds) put slots off the common grid.

    Scores favour some participants everywhere, as real matching does: that is what makes greedy "best pairs
    first" give the strongest participants all their interviews while others get none.
    """
    rng = random.Random(seed)
    company_list = []
    slot_id = 0
    for c in range(companies):
        length = rng.choice(lengths)
        offset = rng.randrange(length)
        slots = []
        for start in range(offset, times - length + 1, length):
            if rng.random() < breaks:
                continue
            slots.append(Slot(slot_id, DAY + start * ROUND, DAY + (start + length) * ROUND, rng.randint(1, booths)))
            slot_id += 1
        company_list.append(Company(c, tuple(slots)))
    people = []
    for p in range(participants):
        if rng.random() < windows:
            first = rng.randrange(times)
            last = rng.randrange(first + 1, times + 1)
            people.append(Participant(p, DAY + first * ROUND, DAY + last * ROUND))
        else:
            people.append(Participant(p))
    strength = [rng.random() for _ in range(participants)]
    popularity = [rng.random() for _ in range(companies)]
    pairs = []
    for p in range(participants):
        for c in rng.sample(range(companies), min(companies, candidates)):
            score = round(1000 * (0.6 * strength[p] + 0.2 * popularity[c] + 0.2 * rng.random()))
            pairs.append(Candidate(p, c, score, rng.random() < 0.3, rng.random() < 0.3))
    drive = Drive(tuple(people), tuple(company_list), tuple(pairs), max_interviews)
    return Drive(drive.participants, drive.companies, drive.candidates, max_interviews, random_locks(drive, rng, locks))


def random_locks(drive: Drive, rng: random.Random, count: int) -> tuple[Interview, ...]:
    """Up to `count` interviews that keep every rule together, as a centre would have locked them."""
    slots = {c.id: c.slots for c in drive.companies}
    locked: list[Interview] = []
    for candidate in rng.sample(drive.candidates, len(drive.candidates)):
        if len(locked) == count:
            break
        for slot in rng.sample(slots[candidate.company_id], len(slots[candidate.company_id])):
            trial = Interview(candidate.participant_id, candidate.company_id, slot.id)
            if not violations(drive, [*locked, trial]):
                locked.append(trial)
                break
    return tuple(locked)


def greedy(drive: Drive) -> list[Interview]:
    """Best pairs first (mutual, then score), each in its company's earliest slot that keeps every rule."""
    slots = {c.id: sorted(c.slots, key=lambda s: s.start) for c in drive.companies}
    slot_by_id = {s.id: s for c in drive.companies for s in c.slots}
    people = {p.id: p for p in drive.participants}
    busy: dict[int, list[Slot]] = {p.id: [] for p in drive.participants}
    taken: Counter[int] = Counter()
    chosen = list(drive.locked)
    for lock in drive.locked:
        busy[lock.participant_id].append(slot_by_id[lock.slot_id])
        taken[lock.slot_id] += 1
    met = {(i.participant_id, i.company_id) for i in chosen}
    for candidate in sorted(drive.candidates, key=lambda c: (c.mutual, c.score), reverse=True):
        mine = busy[candidate.participant_id]
        if len(mine) >= drive.max_interviews or (candidate.participant_id, candidate.company_id) in met:
            continue
        for slot in slots[candidate.company_id]:
            if (
                taken[slot.id] < slot.capacity
                and people[candidate.participant_id].can_attend(slot)
                and not any(slot.overlaps(other) for other in mine)
            ):
                taken[slot.id] += 1
                mine.append(slot)
                chosen.append(Interview(candidate.participant_id, candidate.company_id, slot.id))
                break
    return chosen
