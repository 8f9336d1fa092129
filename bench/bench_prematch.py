"""Benchmark a drive's pre-matching (issue 13: 5,000 participants x 500 postings, compute under 2 s, the whole job
under 10 s).

Run:  PYTHONPATH=src .venv/bin/python bench/bench_prematch.py [--participants 5000] [--postings 500]
      [--companies 150] [--repeat 3]
Starts its own PostgreSQL (fsync on) and migrates it, makes an approved centre and an open drive through the
services, then bulk-loads (COPY) --companies approved companies that joined it, --postings open postings spread
among them (bench_search.py's seeded postings, drawn from the shipped taxonomy and clustered by category) attached to
the drive, and --participants registered roster participants with 2-6 skills of one or two categories (canonical
keys, as a roster import stores them), birth years 1988-2008 and sectors that follow their skills.
Prints two figures, each the median of --repeat:
- compute: the indexes built and every participant scored against every posting, each company's best posting kept
  and ranked both ways (the pure core, as the job runs it, on profiles read beforehand);
- job: prematch.run from a queued run to 'done': reading the participants and postings, the compute, the progress
  and heartbeat writes, and the result stored by COPY in one transaction (a repeat replaces the previous rows, as
  "match again" does).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg  # type: ignore[import-untyped]

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_search import POSTING_COLUMNS, SECTOR_OF_CATEGORY, SEED, generate

from jobsfez.accounts import service as accounts
from jobsfez.centres import service as centres
from jobsfez.dev.migrate import migrate
from jobsfez.dev.servers import postgres_admin_command, start_postgres
from jobsfez.drives import prematch
from jobsfez.drives import service as drives
from jobsfez.drives.tables import Drive
from jobsfez.drives.validation import DayInput, DriveInput
from jobsfez.postings.validation import seoul_today
from jobsfez.resources import open_database
from jobsfez.skills import ranking
from jobsfez.skills import service as skills
from jobsfez.skills.matching import PostingIndex, SeekerIndex, batch_best_by_group
from jobsfez.skills.taxonomy_data import load_shipped_skills

PASSWORD = secrets.token_urlsafe(16)  # the throwaway cluster's accounts are never logged into
FAMILY = "김이박최정강조윤장임한오서신권황안송류홍"
GIVEN = ["민준", "서연", "도윤", "지우", "하준", "서윤", "은우", "지유", "시우", "하은", "유진", "지훈"]


async def drive_of_centre(participants: int) -> tuple[centres.CentreActor, int]:
    staff = await accounts.create_user(email="staff@bench.kr", password=PASSWORD, role="staff", display_name="운영자")
    manager, centre_id = await centres.register(
        email="manager@bench.kr",
        password=PASSWORD,
        display_name="벤치",
        locale="ko",
        name_ko="벤치센터",
        name_en="Bench Centre",
        kind="youth_centre",
        district="myeongji",
        address="부산 강서구 명지국제6로 168",
        phone="051-970-1234",
    )
    await centres.decide(staff_user_id=staff.id, centre_id=centre_id, approve=True)
    actor = await centres.actor_for(manager.id)
    assert actor is not None
    day = seoul_today() + timedelta(days=14)
    raw = DriveInput(
        title="벤치 현장면접의 날",
        description="벤치마크",
        venue_district="myeongji",
        registration_opens_at=f"{seoul_today().isoformat()}T00:00",
        registration_closes_at=f"{(day - timedelta(days=2)).isoformat()}T18:00",
        capacity=str(participants),
        days=(DayInput(day.isoformat(), "10:00", "17:00"),),
    )
    drive_id = await drives.create(actor, raw)
    await drives.transition(actor, drive_id, "publish")
    return actor, drive_id


def participant_rows(count: int, drive_id: int, centre_id: int, rng: random.Random) -> list[tuple[Any, ...]]:
    by_category: dict[str, list[Any]] = defaultdict(list)
    for skill in load_shipped_skills():
        by_category[skill.category].append(skill)
    categories = list(by_category)
    now = datetime.now(UTC)
    rows = []
    for n in range(count):
        picked = rng.sample(categories, rng.randint(1, 2))
        pool = [skill for category in picked for skill in by_category[category]]
        held = rng.sample(pool, min(len(pool), rng.randint(2, 6)))
        sectors = (
            sorted({rng.choice(SECTOR_OF_CATEGORY.get(c, ["other"])) for c in picked}) if rng.random() < 0.6 else []
        )
        rows.append(
            (
                drive_id, f"{rng.choice(FAMILY)}{rng.choice(GIVEN)}", f"p{n}@bench.kr", f"010-{n // 10000:04d}-{n % 10000:04d}",
                rng.randint(1988, 2008), [s.name_ko for s in held], [s.id for s in held], sectors, centre_id, "roster",
                "registered", now, now,
            )
        )  # fmt: skip
    return rows


async def load(database_url: str, drive_id: int, centre_id: int, args: argparse.Namespace) -> None:
    rng = random.Random(SEED)
    postings, skill_rows = generate(args.postings, args.postings, rng)
    company = POSTING_COLUMNS.index("employer_id")
    postings = [(*row[:company], 1 + row[0] % args.companies, *row[company + 1 :]) for row in postings]
    now = datetime.now(UTC)
    connection = await asyncpg.connect(database_url)
    try:
        await connection.copy_records_to_table(
            "employers",
            records=[
                (n, f"벤치회사 {n}", f"Bench Co {n}", "machinery", f"{1_000_000_000 + n}", "부산 강서구", "myeongji",
                 "approved")
                for n in range(1, args.companies + 1)
            ],
            columns=["id", "name_ko", "name_en", "sector", "brn", "address", "district", "status"],
        )  # fmt: skip
        await connection.copy_records_to_table("postings", records=postings, columns=POSTING_COLUMNS)
        await connection.copy_records_to_table(
            "posting_skills",
            records=skill_rows,
            columns=["posting_id", "kind", "position", "text", "level", "key", "skill_id"],
        )
        await connection.copy_records_to_table(
            "drive_employers",
            records=[(drive_id, n, "joined", now, now) for n in range(1, args.companies + 1)],
            columns=["drive_id", "employer_id", "status", "asked_at", "updated_at"],
        )
        await connection.copy_records_to_table(
            "drive_postings",
            records=[(drive_id, row[company], row[0], now) for row in postings],
            columns=["drive_id", "employer_id", "posting_id", "created_at"],
        )
        await connection.copy_records_to_table(
            "drive_participants",
            records=participant_rows(args.participants, drive_id, centre_id, rng),
            columns=["drive_id", "name", "email", "phone", "birth_year", "skills", "skill_keys", "sectors",
                     "registered_by_centre_id", "source", "status", "created_at", "updated_at"],
        )  # fmt: skip
        await connection.execute(
            f"SELECT setval('employers_id_seq', {args.companies}); SELECT setval('postings_id_seq', {args.postings})"
        )
        await connection.execute("VACUUM ANALYZE")
    finally:
        await connection.close()


async def compute_once(drive_id: int) -> tuple[float, int]:
    """The pure part of a run on profiles read beforehand: (seconds, pairs kept)."""
    [drive] = await drives.views_where(Drive.id == drive_id)
    seekers = await prematch.participant_profiles(drive_id)
    companies = await prematch._drive_postings(drive_id)
    postings = await ranking.posting_profiles(list(companies))
    vocab = await skills.vocabulary()
    started = time.perf_counter()
    seeker_index = SeekerIndex.build(vocab, seekers)
    posting_index = PostingIndex.build(vocab, postings)
    blocks = list(
        batch_best_by_group(
            vocab, seeker_index, posting_index, companies, year=prematch.year_of(drive), rows=prematch.BLOCK_ROWS
        )
    )
    result = prematch.rank_companies(blocks)
    return time.perf_counter() - started, int(result.participant_ids.size)


async def run(args: argparse.Namespace) -> None:
    folder = Path(tempfile.mkdtemp(prefix="jobsfez-bench-prematch-"))
    pg = start_postgres(folder / "pg")
    try:
        postgres_admin_command(pg.url, "CREATE DATABASE bench")
        database_url = pg.url.rsplit("/", 1)[0] + "/bench"
        migrate(database_url)
        async with open_database(database_url):
            actor, drive_id = await drive_of_centre(args.participants)
            await load(database_url, drive_id, actor.centre_id, args)
            print(f"machine: {os.cpu_count()} cores {platform.machine()}, Python {platform.python_version()}")
            computes, pairs = [], 0
            for _ in range(args.repeat):
                seconds, pairs = await compute_once(drive_id)
                computes.append(seconds)
            jobs = []
            for _ in range(args.repeat):
                run_id = await prematch.start(actor, drive_id)
                started = time.perf_counter()
                outcome = await prematch.run(run_id)
                jobs.append(time.perf_counter() - started)
                assert outcome is not None and outcome.status == "done" and outcome.pairs == pairs
            print(
                f"{args.participants:,} participants x {args.postings:,} postings of {args.companies:,} companies:"
                f" {pairs:,} pairs kept"
            )
            print(
                f"compute: {statistics.median(computes):.2f} s median of {args.repeat}"
                f" (runs: {', '.join(f'{t:.2f}' for t in computes)}); target < 2 s"
            )
            print(
                f"job (read, match, store): {statistics.median(jobs):.2f} s median of {args.repeat}"
                f" (runs: {', '.join(f'{t:.2f}' for t in jobs)}); target < 10 s"
            )
    finally:
        pg.stop()
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=5_000)
    parser.add_argument("--postings", type=int, default=500)
    parser.add_argument("--companies", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=3)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
