"""Benchmark the platform report over a year of activity (issue 15: 1,000,000 applications and 200,000 interviews,
the yearly report under 2 s of server time).

Run:  .venv/bin/python bench/bench_platform_report.py [--applications 1000000] [--interviews 200000] [--repeat 20]

Starts its own PostgreSQL and Redis, migrates, and fills them in SQL (generate_series, no Python loop): --seekers
seekers with birth years and three skills each, --postings postings across every sector and district published
through 2026 with three must-have skills each (a quarter of them open now), --applications applications spread over
2026 (one in fifty hired, with its event), and --interviews booked interviews, each in a slot of its own. Then:
1. the worker's refresh (reports/aggregates.py) timed, twice (the second over cells already there);
2. the yearly report page (/reports/platform?year=2026, a staff session, through the whole app in-process with
   httpx.ASGITransport): median and p95 of --repeat requests;
3. baselines in the same run: the fortunes page (bench/fortunes.py) served the same way, and the year's activity
   counted straight from the rows (the statement the page would run without the aggregates).
Prints figures only; no thresholds.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import platform
import shutil
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path

import httpx
from fortunes import SETUP_SQL, create_fortunes_app

from jobsfez.accounts import service as accounts
from jobsfez.app import create_app
from jobsfez.config import Settings
from jobsfez.db import execute_script, fetch
from jobsfez.dev.migrate import migrate
from jobsfez.dev.servers import Server, postgres_admin_command, start_postgres, start_redis
from jobsfez.reports import aggregates

PASSWORD = "bench-password-2026"  # noqa: S105 -- the bench's own throwaway staff account

# Each statement fills one table from generate_series; ids are offset from what the table holds, so the same seed
# also fills a demo database for screenshots. $1 is the count of rows to make.
SEED = [
    """INSERT INTO employers (name_ko, name_en, sector, brn, address, district, status)
       SELECT '벤치기업', 'Bench Co', 'machinery', '1208147521', '부산 강서구', 'myeongji', 'approved'
       WHERE NOT EXISTS (SELECT 1 FROM employers WHERE brn = '1208147521')""",
    """INSERT INTO users (email, password_hash, role, display_name)
       SELECT 'bench-seeker-' || n || '@example.kr', 'x', 'seeker', '구직자' || n FROM generate_series(1, $1) n""",
    """INSERT INTO seeker_profiles (user_id, birth_year, sectors, updated_at)
       SELECT u.id, 1975 + (u.id % 35), CASE WHEN u.id % 3 = 0 THEN ARRAY[(ARRAY['machinery', 'ai_data',
              'port_logistics'])[1 + u.id % 3]] ELSE '{}' END, now() - (u.id % 200) * interval '1 day'
       FROM users u WHERE u.email LIKE 'bench-seeker-%'""",
    """INSERT INTO seeker_skills (user_id, position, text, skill_key)
       SELECT u.id, k, s.name_ko, s.skill_id FROM users u CROSS JOIN generate_series(1, 3) k
       JOIN LATERAL (SELECT skill_id, name_ko FROM skills ORDER BY id OFFSET (u.id * 7 + k * 13) % 120 LIMIT 1) s
         ON true
       WHERE u.email LIKE 'bench-seeker-%'""",
    """INSERT INTO postings (employer_id, status, title, description, sector, occupation, district, employment_type,
                             shift, pay_unit, pay_min, openings, closing_date, published_at, skill_keys)
       SELECT (SELECT id FROM employers WHERE brn = '1208147521'), 'published', '벤치 공고 ' || n, '설명',
              (ARRAY['ai_software', 'ai_data', 'automotive_parts', 'shipbuilding_marine', 'machinery',
                     'port_logistics', 'energy', 'bio_medical'])[1 + n % 8],
              '직무', (ARRAY['myeongji', 'sinhang', 'jisa', 'ungdong', 'dudong'])[1 + n % 5], 'full_time', 'day',
              'month', 2200000 + (n % 30) * 50000, 1 + n % 4,
              CASE WHEN n % 4 = 0 THEN current_date + 30 ELSE date '2026-01-01' + (n % 330) + 30 END,
              timestamptz '2026-01-01 09:00+09' + (n % 330) * interval '1 day', '{}'
       FROM generate_series(1, $1) n""",
    """INSERT INTO posting_skills (posting_id, kind, position, text, key)
       SELECT p.id, 'must', k, s.name_ko, s.skill_id FROM postings p CROSS JOIN generate_series(1, 3) k
       JOIN LATERAL (SELECT skill_id, name_ko FROM skills ORDER BY id OFFSET (p.id * 11 + k * 17) % 120 LIMIT 1) s
         ON true
       WHERE p.title LIKE '벤치 공고 %'""",
]
# Applications: seeker g % S with postings k * 97 + g apart, so that no pair repeats (k < 2000 / 97 of them each).
APPLICATIONS = """
WITH seekers AS (SELECT array_agg(id ORDER BY id) AS ids FROM users WHERE email LIKE 'bench-seeker-%'),
     postings AS (SELECT array_agg(id ORDER BY id) AS ids, min(employer_id) AS employer
                  FROM postings WHERE title LIKE '벤치 공고 %')
INSERT INTO applications (posting_id, employer_id, seeker_user_id, stage, created_at, updated_at)
SELECT p.ids[1 + ((g / cardinality(s.ids)) * 97 + g) % cardinality(p.ids)], p.employer, s.ids[1 + g % cardinality(s.ids)],
       CASE WHEN g % 50 = 0 THEN 'hired' WHEN g % 5 = 0 THEN 'interview' ELSE 'applied' END,
       timestamptz '2026-01-01 09:00+09' + (g % 334) * interval '1 day' + (g % 600) * interval '1 minute',
       timestamptz '2026-01-01 09:00+09' + (g % 334) * interval '1 day' + (g % 600) * interval '1 minute'
FROM generate_series(0, $1 - 1) g, seekers s, postings p
"""
HIRES = """
INSERT INTO application_events (application_id, from_stage, to_stage, created_at)
SELECT id, 'offer', 'hired', created_at + interval '20 days' FROM applications WHERE stage = 'hired'
"""
# One slot per interview, for the first $1 applications at the interview stage or past it.
INTERVIEWS = """
WITH chosen AS (
    SELECT id, posting_id, employer_id, seeker_user_id, created_at FROM applications
    WHERE stage IN ('interview', 'hired') ORDER BY id LIMIT $1
), slots AS (
    INSERT INTO interview_slots (posting_id, employer_id, starts_at, duration_minutes, capacity, booked)
    SELECT posting_id, employer_id, created_at + interval '7 days', 30, 1, 1 FROM chosen ORDER BY id
    RETURNING id
)
INSERT INTO interview_bookings (slot_id, application_id, employer_id, seeker_user_id, status)
SELECT s.id, c.id, c.employer_id, c.seeker_user_id, 'booked'
FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM slots) s
JOIN (SELECT *, row_number() OVER (ORDER BY id) AS n FROM chosen) c ON c.n = s.n
"""
# The year's activity counted from the rows, as a page without aggregates would have to (the same joins).
SCAN = (
    aggregates.ACTIVITY_SQL.split("INSERT INTO report_activity_cells", 1)[0].replace("$3", "$1")
    + """
SELECT date_trunc('month', e.at AT TIME ZONE 'Asia/Seoul')::date, p.sector, p.district,
       sum(e.applications), sum(e.interviews), sum(e.hires)
FROM events e JOIN postings p ON p.id = e.posting_id
LEFT JOIN seeker_profiles sp ON sp.user_id = e.seeker_user_id
GROUP BY 1, 2, 3
"""
)


async def seed(*, seekers: int, postings: int, applications: int, interviews: int) -> None:
    """Fill the database (the one ``database()`` opened) with a year of activity, in SQL."""
    counts = [None, seekers, None, None, postings, None]
    for statement, count in zip(SEED, counts, strict=True):
        await fetch(statement, *([count] if count is not None else []))
    await fetch(APPLICATIONS, applications)
    await fetch(HIRES)
    await fetch(INTERVIEWS, interviews)
    await fetch("ANALYZE")


async def timed(work: Callable[[], Awaitable[object]], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        await work()
        times.append(time.perf_counter() - started)
    return times


def ms(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"median {statistics.median(times) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms"


async def sign_in_staff(client: httpx.AsyncClient) -> None:
    await accounts.create_user(email="staff@bench.kr", password=PASSWORD, role="staff", display_name="운영")
    page = await client.get("/login")
    token = page.text.split('name="_csrf" value="', 1)[1].split('"', 1)[0]
    signed_in = await client.post("/login", data={"_csrf": token, "email": "staff@bench.kr", "password": PASSWORD})
    assert signed_in.status_code == 302, signed_in.text[:400]


async def run(args: argparse.Namespace) -> None:
    logging.getLogger("httpx").setLevel(logging.WARNING)  # a line per request would bury the figures
    folder = Path(tempfile.mkdtemp(prefix="jobsfez-bench-platform-"))
    servers: list[Server] = []
    try:
        pg = start_postgres(folder / "pg", durable=True)
        servers.append(pg)
        redis = start_redis(folder / "redis", persist=False)
        servers.append(redis)
        postgres_admin_command(pg.url, "CREATE DATABASE bench")
        database_url = pg.url.rsplit("/", 1)[0] + "/bench"
        migrate(database_url)
        app = create_app(Settings(database_url=database_url, redis_url=redis.url, environment="test"))
        fortunes = create_fortunes_app(database_url)
        async with app.lifespan(), fortunes.lifespan():
            await execute_script(SETUP_SQL)
            started = time.perf_counter()
            await seed(
                seekers=args.seekers, postings=args.postings, applications=args.applications, interviews=args.interviews
            )
            print(f"machine: {os.cpu_count()} cores {platform.machine()}, Python {platform.python_version()}")
            print(
                f"data: {args.applications:,} applications, {args.interviews:,} interviews, {args.seekers:,} seekers,"
                f" {args.postings:,} postings; seeded in {time.perf_counter() - started:.0f} s"
            )
            for attempt in ("first: every month", "second, as every hour: this month and last"):
                started = time.perf_counter()
                done = await aggregates.refresh(now=datetime.now(UTC))
                print(
                    f"refresh ({attempt}): {time.perf_counter() - started:.2f} s; {done.activity_cells:,} activity,"
                    f" {done.pay_cells:,} pay, {done.skill_cells:,} skill cells; {done.sampled_seekers} of"
                    f" {done.active_seekers:,} active seekers sampled for the missed skills"
                )
            async with (
                httpx.AsyncClient(
                    transport=httpx.ASGITransport(app=app),
                    base_url="http://testserver",
                    headers={"sec-fetch-site": "same-origin"},
                ) as client,
                httpx.AsyncClient(
                    transport=httpx.ASGITransport(app=fortunes), base_url="http://testserver"
                ) as baseline,
            ):
                await sign_in_staff(client)
                report = await client.get("/reports/platform?year=2026")
                assert report.status_code == 200 and "<svg" in report.text, report.text[:400]
                await baseline.get("/fortunes")
                page = await timed(lambda: client.get("/reports/platform?year=2026"), args.repeat)
                base = await timed(lambda: baseline.get("/fortunes"), args.repeat)
            every_month = datetime(2000, 1, 1, tzinfo=UTC)
            scan = await timed(lambda: fetch(SCAN, every_month), max(1, args.repeat // 10))
            print(f"yearly report page: {ms(page)} ({len(report.content):,} bytes)")
            print(f"baseline, fortunes page: {ms(base)}; ratio {statistics.median(page) / statistics.median(base):.1f}")
            print(f"baseline, the year counted from the rows: {ms(scan)}")
    finally:
        for server in reversed(servers):
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--applications", type=int, default=1_000_000)
    parser.add_argument("--interviews", type=int, default=200_000)
    parser.add_argument("--seekers", type=int, default=50_000)
    parser.add_argument("--postings", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=20)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
