"""Benchmark the exact drive-day timetable against greedy "best pairs first" on the same drives.

Run:  PYTHONPATH=src .venv/bin/python bench/bench_timetable.py [--repeat 3] [--mixed]
Drives are the seeded random ones the tests use (tests/unit/drives/timetable_instances.py): every company
on one grid of 20-minute rounds, one booth, 20 candidate companies per participant, marks on 30 % of each
side's pairs. --mixed adds a smaller drive with breaks, arrival windows, two booths and locked interviews.
Prints figures only; no thresholds.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the tests' drive generator and greedy baseline

from jobsfez.drives.timetable import Drive, Interview, build_timetable, violations
from tests.unit.drives.timetable_instances import greedy, random_drive

SCENARIOS = {
    "issue 14: 2,000 x 100 x 16, K=3": (2000, 100, 16, {"candidates": 20}),
    "target: 5,000 x 200 x 16, K=3": (5000, 200, 16, {"candidates": 20}),
}
MIXED = {
    "mixed: 300 x 20 x 12, breaks, windows, 2 booths, 20 locks": (
        300,
        20,
        12,
        {"candidates": 8, "breaks": 0.1, "windows": 0.3, "booths": 2, "locks": 20},
    ),
}


def figures(drive: Drive, interviews: list[Interview] | tuple[Interview, ...]) -> tuple[int, int, int]:
    pairs = {(c.participant_id, c.company_id): c for c in drive.candidates}
    met = [pairs[(i.participant_id, i.company_id)] for i in interviews]
    return len({c.participant_id for c in met}), sum(c.mutual for c in met), sum(c.score for c in met)


def run(name: str, participants: int, companies: int, times: int, shape: dict[str, object], repeat: int) -> None:
    drive = random_drive(3, participants, companies, times, **shape)  # type: ignore[arg-type]
    capacity = sum(s.capacity for c in drive.companies for s in c.slots)
    solve_times = []
    for _ in range(repeat):
        started = time.perf_counter()
        timetable = build_timetable(drive)
        solve_times.append(time.perf_counter() - started)
    started = time.perf_counter()
    baseline = greedy(drive)
    greedy_time = time.perf_counter() - started
    assert violations(drive, timetable.interviews) == () and violations(drive, baseline) == ()
    exact, rough = figures(drive, timetable.interviews), figures(drive, baseline)
    print(f"\n{name}  ({len(drive.candidates):,} candidate pairs, {capacity:,} interview places)")
    answer = "exact" if timetable.proven else "best found in the time limit, not proven"
    print(f"  {answer} ({timetable.formulation}): median {statistics.median(solve_times):.2f} s of {repeat} solves")
    print(f"  greedy:              {greedy_time:.2f} s")
    print(f"  {'':24}{'exact':>12}{'greedy':>12}{'greedy/exact':>14}")
    for label, a, b in zip(("participants seen", "mutual interviews", "total score"), exact, rough, strict=True):
        print(f"  {label:24}{a:>12,}{b:>12,}{b / a if a else float('nan'):>14.3f}")
    print(f"  {'interviews':24}{len(timetable.interviews):>12,}{len(baseline):>12,}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--mixed", action="store_true", help="also the smaller drive with breaks, windows and locks")
    args = parser.parse_args()
    print(f"python {platform.python_version()} on {platform.machine()}, {platform.processor() or 'unknown cpu'}")
    scenarios = SCENARIOS | (MIXED if args.mixed else {})
    for name, (participants, companies, times, shape) in scenarios.items():
        run(name, participants, companies, times, shape, args.repeat)


if __name__ == "__main__":
    main()
