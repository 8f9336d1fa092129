"""Benchmark the roster import preview (issue 13: 10,000 rows, mixed valid and invalid, CP949, under 5 s).

Run:  PYTHONPATH=src .venv/bin/python bench/bench_roster.py [--rows 10000] [--repeat 7]
A seeded CP949 roster, comma separated, Korean headers: about a fifth of its rows carry one problem each (bad
email, bad phone, duplicate, already registered, outside the age range, no consent, unknown sector), the rest
are valid with two to five skills and one or two sectors. Times read_roster with the shipped taxonomy (median
of --repeat runs) against the standard csv module merely reading the same decoded text, and prints the ratio.
Prints figures only; no thresholds.
"""

from __future__ import annotations

import argparse
import csv
import io
import platform
import random
import statistics
import time
from collections.abc import Callable
from datetime import date

from jobsfez.drives.roster import Eligibility, RosterReport, read_roster
from jobsfez.skills.taxonomy_data import load_shipped_skills, load_shipped_vocabulary

SEED = 13
HEADER = ("번호", "이름", "이메일", "휴대폰", "출생연도", "기술", "희망 업종", "동의")
FAMILY = "김이박최정강조윤장임한오서신권황안송류홍"
GIVEN = "민서준지우현도윤하은수아예진성호태영재원유나연"
SECTORS = ("기계", "AI·IT 소프트웨어", "조선·해양 기자재", "항만 물류", "Machinery", "energy", "바이오·의료")
CONSENT = ("Y", "예", "동의", "O", "○")
PROBLEMS = ("email", "phone", "duplicate", "registered", "age", "consent", "sector")
DRIVE = Eligibility(on=date(2026, 10, 15))
TODAY = date(2026, 9, 1)


def roster(rows: int, rng: random.Random) -> tuple[bytes, frozenset[str]]:
    """The file's bytes and the emails already registered for the drive."""
    skills = [s.name_ko for s in load_shipped_skills()] + [s.name_en for s in load_shipped_skills()]
    known: set[str] = set()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for n in range(rows):
        email = f"p{n}@example.com"
        cells = {
            "name": rng.choice(FAMILY) + rng.choice(GIVEN) + rng.choice(GIVEN),
            "email": email,
            "phone": f"010-{rng.randrange(10_000):04}-{rng.randrange(10_000):04}",
            "birth_year": str(rng.randint(1988, 2010)),
            "skills": ", ".join(rng.sample(skills, rng.randint(2, 5))),
            "sectors": ", ".join(rng.sample(SECTORS, rng.randint(1, 2))),
            "consent": rng.choice(CONSENT),
        }
        if rng.random() < 0.2:
            problem = rng.choice(PROBLEMS)
            if problem == "email":
                cells["email"] = email.replace("@", " at ")
            elif problem == "phone":
                cells["phone"] = "010-123-45"
            elif problem == "duplicate":
                cells["email"] = f"p{rng.randrange(max(n, 1))}@example.com"
            elif problem == "registered":
                known.add(email)
            elif problem == "age":
                cells["birth_year"] = "1970"
            elif problem == "consent":
                cells["consent"] = rng.choice(("N", "", "아니오"))
            else:
                cells["sectors"] = "우주항공"
        writer.writerow([str(n + 1), *cells.values()])
    return buffer.getvalue().encode("cp949"), frozenset(known)


def median_seconds(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    print(f"python {platform.python_version()} on {platform.machine()}, {platform.processor() or 'unknown cpu'}")
    data, known = roster(args.rows, random.Random(SEED))
    vocabulary = load_shipped_vocabulary(1)
    text = data.decode("cp949")

    def preview() -> RosterReport:
        return read_roster(data, eligibility=DRIVE, known_emails=known, today=TODAY, vocabulary=vocabulary)

    report = preview()
    print(
        f"{args.rows:,} rows, {len(data) / 1e6:.2f} MB CP949: {len(report.rows):,} valid, {report.with_problems:,} not"
    )
    for reason, count in sorted(report.counts.items(), key=lambda item: -item[1]):
        print(f"  {count:6,}  {reason}")
    baseline = median_seconds(lambda: list(csv.reader(io.StringIO(text, newline=""))), args.repeat)
    seconds = median_seconds(preview, args.repeat)
    print(f"csv.reader over the decoded text: {baseline * 1000:8.1f} ms (median of {args.repeat})")
    print(f"read_roster (the preview):        {seconds * 1000:8.1f} ms (median of {args.repeat})")
    print(f"ratio: {seconds / baseline:.1f}x the bare csv read; target < 5 s")


if __name__ == "__main__":
    main()
