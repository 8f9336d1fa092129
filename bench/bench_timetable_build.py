"""What the timetable page waits for: the core's build on drives shaped as drives/timetables.py loads them.

Run:  PYTHONPATH=src .venv/bin/python bench/bench_timetable_build.py
No arrival windows (the tables hold none), companies at 20 or 30 minutes (off one grid, so the "flow+cp-sat"
route), one or two interviewers, a one-hour lunch gap in their hours, 20 candidate companies per participant,
marks on 30 % of each side's pairs, K = 3, the page's time limit. Seeded; prints figures only, no thresholds.
"""

from __future__ import annotations

import os
import random
import time
from datetime import UTC, datetime, timedelta

from jobsfez.drives.timetable import Candidate, Company, Drive, Participant, Slot, build_timetable
from jobsfez.drives.timetables import BUILD_TIME_LIMIT

DAY = datetime(2026, 12, 18, 1, 0, tzinfo=UTC)  # 10:00 in Seoul
SIZES = ((300, 20), (1_000, 40), (3_000, 100))


def drive(rnd: random.Random, people: int, companies: int) -> Drive:
    laid, slot_id = [], 0
    for company in range(companies):
        length, capacity = timedelta(minutes=rnd.choice((20, 30))), rnd.choice((1, 2))
        slots, start = [], DAY
        while start + length <= DAY + timedelta(hours=7):
            if not DAY + timedelta(hours=3) <= start < DAY + timedelta(hours=4):  # lunch
                slot_id += 1
                slots.append(Slot(slot_id, start, start + length, capacity))
            start += length
        laid.append(Company(company + 1, tuple(slots)))
    candidates = [
        Candidate(person + 1, company + 1, rnd.randint(300, 950), rnd.random() < 0.3, rnd.random() < 0.3)
        for person in range(people)
        for company in rnd.sample(range(companies), 20)
    ]
    return Drive(tuple(Participant(p + 1) for p in range(people)), tuple(laid), tuple(candidates), 3)


def main() -> None:
    rnd = random.Random(14)
    print(f"load average {os.getloadavg()[0]:.1f}")
    for people, companies in SIZES:
        shaped = drive(rnd, people, companies)
        started = time.perf_counter()
        built = build_timetable(shaped, time_limit=BUILD_TIME_LIMIT)
        took = time.perf_counter() - started
        print(
            f"{people} x {companies}: {took:.2f} s, {built.formulation}, proven {built.proven}, covered {built.covered}"
        )


if __name__ == "__main__":
    main()
