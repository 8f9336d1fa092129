"""Benchmark the roster import commit (issue 13: 10,000 rows, mixed valid and invalid, CP949, under 5 s).

Run:  PYTHONPATH=src .venv/bin/python bench/bench_roster_commit.py [--rows 10000] [--repeat 3]
Starts its own PostgreSQL (fsync on) and migrates it, then makes an approved centre and, for each run, a fresh
open drive (a second import into the same drive adds nobody, by design). Times `rosters.import_file`, the commit's
work once the previewed file is read back from Redis: reading the file again against the drive's emails, the skills
canonicalised, the participants, their consents and the claim e-mails written in one transaction. The file is
bench_roster.py's seeded CP949 roster (about a fifth of its rows with a problem). Prints figures only.
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
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from bench_roster import SEED, roster

from jobsfez.accounts import service as accounts
from jobsfez.centres import service as centres
from jobsfez.db import fetchrow
from jobsfez.dev.migrate import migrate
from jobsfez.dev.servers import postgres_admin_command, start_postgres
from jobsfez.drives import rosters
from jobsfez.drives import service as drives
from jobsfez.drives.validation import DayInput, DriveInput
from jobsfez.postings.validation import seoul_today
from jobsfez.resources import open_database

PASSWORD = secrets.token_urlsafe(16)  # the throwaway cluster's accounts are never logged into


async def centre() -> centres.CentreActor:
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
    return actor


async def open_drive(actor: centres.CentreActor, rows: int) -> int:
    day = seoul_today() + timedelta(days=14)
    raw = DriveInput(
        title="벤치 현장면접의 날",
        description="벤치마크",
        venue_district="myeongji",
        registration_opens_at=f"{seoul_today().isoformat()}T00:00",
        registration_closes_at=f"{(day - timedelta(days=2)).isoformat()}T18:00",
        capacity=str(rows),
        days=(DayInput(day.isoformat(), "10:00", "17:00"),),
    )
    drive_id = await drives.create(actor, raw)
    await drives.transition(actor, drive_id, "publish")
    return drive_id


async def run(args: argparse.Namespace) -> None:
    folder = Path(tempfile.mkdtemp(prefix="jobsfez-bench-roster-commit-"))
    pg = start_postgres(folder / "pg")
    try:
        postgres_admin_command(pg.url, "CREATE DATABASE bench")
        database_url = pg.url.rsplit("/", 1)[0] + "/bench"
        migrate(database_url)
        async with open_database(database_url):
            actor = await centre()
            data, _ = roster(args.rows, random.Random(SEED))
            print(f"machine: {os.cpu_count()} cores {platform.machine()}, Python {platform.python_version()}")
            times = []
            for _ in range(args.repeat):
                drive_id = await open_drive(actor, args.rows)
                started = time.perf_counter()
                imported = await rosters.import_file(actor, drive_id, data, base_url="http://bench", language="ko")
                times.append(time.perf_counter() - started)
            counted = await fetchrow("SELECT count(*) AS n FROM drive_participants WHERE drive_id = $1", drive_id)
            assert counted is not None and counted["n"] == imported.added
            print(
                f"{args.rows:,} rows, {len(data) / 1e6:.2f} MB CP949: {imported.added:,} stored,"
                f" {imported.invited:,} claim e-mails, {imported.skipped:,} rows left out"
            )
            print(
                f"commit (rosters.import_file): {statistics.median(times):.2f} s median of {args.repeat}"
                f" (runs: {', '.join(f'{t:.2f}' for t in times)}); target < 5 s"
            )
    finally:
        pg.stop()
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
