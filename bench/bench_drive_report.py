"""Benchmark a drive's report page (issue 15: a drive with 5,000 participants, under 200 ms p95 server time).

Run:  PYTHONPATH=src .venv/bin/python bench/bench_drive_report.py [--participants 5000] [--requests 200]
Starts its own PostgreSQL (fsync on) and Redis, migrates, and makes an approved centre, its manager, twelve
companies and one drive with the participants: seeded, about four in five checked in, up to three interviews each
with outcomes spread over the stages, a third with a seeker account and profile (school, place, birth year). Then,
through httpx.ASGITransport into the real app (all middleware, signed in as the manager), it asks for the drive's
report page N times in turn, and as many times the drive's dashboard (the baseline, the centre's busiest page until
now) and fortunes (bench/fortunes.py), and prints each one's median and p95. Prints figures only.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import platform
import secrets
import shutil
import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import httpx
from fortunes import SETUP_SQL, create_fortunes_app

from jobsfez.accounts import service as accounts
from jobsfez.app import create_app
from jobsfez.centres import service as centres
from jobsfez.config import Settings
from jobsfez.db import execute_script, fetch
from jobsfez.dev.migrate import migrate
from jobsfez.dev.servers import postgres_admin_command, start_postgres, start_redis
from jobsfez.drives import service as drives
from jobsfez.drives.validation import DayInput, DriveInput
from jobsfez.postings.validation import seoul_today

SEED = 2026
PASSWORD = secrets.token_urlsafe(16)
COMPANIES = 12
SCHOOLS = (
    "부산대학교",
    "동아대학교",
    "부경대학교",
    "한국해양대학교",
    "동의대학교",
    "경남정보대학교",
    "부산기계공업고등학교",
)
PLACES = ("명지동", "신호동", "지사동", "웅동", "녹산동", "하단동")

# Participants, interviews and outcomes in a few set-based statements; setseed makes random() repeatable.
POPULATE = """
SELECT setseed(0.2026);
INSERT INTO employers (name_ko, name_en, sector, brn, address, district, status)
SELECT '벤치기업' || n, 'Bench ' || n, 'machinery', lpad(n::text, 10, '9'), '부산 강서구',
       CASE WHEN n % 2 = 0 THEN 'myeongji' ELSE 'other' END, 'approved'
FROM generate_series(1, {companies}) n;
INSERT INTO users (email, password_hash, role, display_name, locale)
SELECT 'bench' || n || '@example.kr', 'x', 'seeker', '참가자' || n, 'ko' FROM generate_series(1, {people} / 3) n;
INSERT INTO seeker_profiles (user_id, school, region, birth_year)
SELECT u.id, (ARRAY[{schools}])[1 + (u.id % {school_count})], (ARRAY[{places}])[1 + (u.id % {place_count})],
       1988 + (u.id % 20)
FROM users u WHERE u.email LIKE 'bench%@example.kr';
INSERT INTO drive_participants (drive_id, user_id, name, email, birth_year, registered_by_centre_id, source, status,
                                checked_in_at)
SELECT {drive}, u.id, '참가자' || n, 'p' || n || '@example.kr', CASE WHEN random() < 0.8 THEN 1986 + n % 24 END,
       {centre}, CASE WHEN u.id IS NULL THEN 'roster' ELSE 'self' END,
       CASE WHEN random() < 0.04 THEN 'withdrawn' ELSE 'registered' END,
       CASE WHEN random() < 0.8 THEN '{day}'::timestamptz - interval '30 minutes' END
FROM generate_series(1, {people}) n LEFT JOIN users u ON u.email = 'bench' || n || '@example.kr';
INSERT INTO drive_interviews (drive_id, participant_id, employer_id, starts_at, ends_at, status, outcome, outcome_at)
SELECT {drive}, p.id, e.id, s.starts_at, s.starts_at + interval '20 minutes',
       CASE WHEN s.r < 0.05 THEN 'cancelled' WHEN s.r < 0.12 AND p.checked_in_at IS NULL THEN 'absent'
            ELSE 'scheduled' END,
       o.outcome, CASE WHEN o.outcome IS NOT NULL THEN s.starts_at + (o.days || ' days')::interval END
FROM drive_participants p
CROSS JOIN LATERAL generate_series(1, 1 + (p.id % 3)) k
JOIN LATERAL (SELECT id FROM employers ORDER BY id OFFSET (p.id + k * 5) % {companies} LIMIT 1) e ON true
CROSS JOIN LATERAL (SELECT '{day}'::timestamptz + ((p.id + k) % 20) * interval '20 minutes' AS starts_at,
                           random() AS r, random() AS o) s
CROSS JOIN LATERAL (SELECT CASE WHEN s.r < 0.12 THEN NULL WHEN p.checked_in_at IS NULL THEN 'no_show'
                                WHEN s.o < 0.45 THEN 'interviewed' WHEN s.o < 0.70 THEN 'next_round'
                                WHEN s.o < 0.85 THEN 'offer' ELSE 'hired' END AS outcome,
                           (s.o * 40)::int AS days) o
WHERE p.drive_id = {drive} AND p.status = 'registered';
INSERT INTO drive_timetables (drive_id, status, formulation, proven, covered, mutual, score, published_at)
VALUES ({drive}, 'published', 'flow', true, 0, 0, 0, now());
ANALYZE;
"""


def _quoted(values: tuple[str, ...]) -> str:
    """This file's constant words as SQL literals."""
    return ", ".join(f"'{value}'" for value in values)


def populate_sql(*, drive_id: int, centre_id: int, people: int, day: str) -> str:
    """The statements that give a drive ``people`` participants with their day (repeatable: seeded)."""
    return POPULATE.format(
        people=people,
        drive=drive_id,
        centre=centre_id,
        day=day,
        companies=COMPANIES,
        schools=_quoted(SCHOOLS),
        school_count=len(SCHOOLS),
        places=_quoted(PLACES),
        place_count=len(PLACES),
    )


async def drive_with_people(people: int) -> tuple[int, str]:
    """The centre, its manager, the companies and the drive: the drive's id and the manager's e-mail."""
    staff = await accounts.create_user(email="staff@bench.kr", password=PASSWORD, role="staff", display_name="운영자")
    manager, centre_id = await centres.register(
        email="manager@bench.kr", password=PASSWORD, display_name="벤치", locale="ko", name_ko="벤치센터",
        name_en="Bench Centre", kind="youth_centre", district="myeongji", address="부산 강서구 명지국제6로 168",
        phone="051-970-1234",
    )  # fmt: skip
    await centres.decide(staff_user_id=staff.id, centre_id=centre_id, approve=True)
    actor = await centres.actor_for(manager.id)
    assert actor is not None
    day = seoul_today() + timedelta(days=14)  # a drive is made ahead, then its day moved 44 days back
    raw = DriveInput(
        title="벤치 현장면접의 날",
        description="벤치마크",
        venue_district="myeongji",
        registration_opens_at=f"{(day - timedelta(days=20)).isoformat()}T00:00",
        registration_closes_at=f"{(day - timedelta(days=2)).isoformat()}T18:00",
        capacity=str(people),
        days=(DayInput(day.isoformat(), "10:00", "17:00"),),
    )
    drive_id = await drives.create(actor, raw)
    await drives.transition(actor, drive_id, "publish")
    held = day - timedelta(days=44)
    await fetch(
        """UPDATE drive_days SET starts_at = starts_at - interval '44 days', ends_at = ends_at - interval '44 days'
           WHERE drive_id = $1""",
        drive_id,
    )
    await execute_script(populate_sql(drive_id=drive_id, centre_id=centre_id, people=people, day=f"{held}T10:00+09"))
    return drive_id, "manager@bench.kr"


async def timed(client: httpx.AsyncClient, url: str, requests: int) -> list[float]:
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        response = await client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return times


def summary(times: list[float]) -> str:
    p95 = statistics.quantiles(times, n=20)[-1]
    return f"median {statistics.median(times):6.1f} ms, p95 {p95:6.1f} ms"


async def measure(args: argparse.Namespace, database_url: str, redis_url: str) -> None:
    settings = Settings(database_url=database_url, redis_url=redis_url, environment="production",
                        secret_key="bench-" + "x" * 40, allowed_hosts=("testserver",))  # fmt: skip
    app = create_app(settings)
    fortunes = create_fortunes_app(database_url, pool_max=settings.db_pool_max)
    async with app.lifespan(), fortunes.lifespan():
        started = time.perf_counter()
        drive_id, manager = await drive_with_people(args.participants)
        await execute_script(SETUP_SQL)
        counted = await fetch(
            """SELECT count(DISTINCT p.id) AS people, count(i.id) AS interviews
               FROM drive_participants p LEFT JOIN drive_interviews i ON i.participant_id = p.id
               WHERE p.drive_id = $1""",
            drive_id,
        )
        print(
            f"drive {drive_id}: {counted[0]['people']:,} participants, {counted[0]['interviews']:,} interviews,"
            f" made in {time.perf_counter() - started:.1f} s"
        )
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="https://testserver",
                                     headers={"accept-encoding": "identity"}) as client:  # fmt: skip
            await sign_in(client, manager)
            bare = httpx.AsyncClient(transport=httpx.ASGITransport(app=fortunes), base_url="http://testserver")
            pages: dict[str, tuple[httpx.AsyncClient, str]] = {
                "drive report  ": (client, f"/centre/drives/{drive_id}/report"),
                "drive dashboard": (client, f"/centre/drives/{drive_id}"),
                "fortunes      ": (bare, "/fortunes"),
            }
            for page_client, url in pages.values():
                await timed(page_client, url, 5)  # templates compiled, plans cached, pool filled
            figures: dict[str, list[float]] = {name: [] for name in pages}
            for _ in range(args.requests // 10):  # in turn, so that a neighbour's load falls on all three
                for name, (page_client, url) in pages.items():
                    figures[name] += await timed(page_client, url, 10)
            await bare.aclose()
        print(f"{args.requests} requests each, in turns of ten, sequential, in-process (all middleware):")
        for name, times in figures.items():
            print(f"  {name} {summary(times)}")
        print("  target: drive report p95 < 200 ms")


async def sign_in(client: httpx.AsyncClient, email: str) -> None:
    page = await client.get("/login")
    token = page.text.split('name="_csrf" value="', 1)[1].split('"', 1)[0]
    answer = await client.post("/login", data={"email": email, "password": PASSWORD, "_csrf": token})
    assert answer.status_code in (200, 302, 303), answer.status_code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=5_000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    logging.getLogger("httpx").setLevel(logging.WARNING)
    print(f"machine: {os.cpu_count()} cores {platform.machine()}, Python {platform.python_version()}")
    folder = Path(tempfile.mkdtemp(prefix="jobsfez-bench-drive-report-"))
    servers = []
    try:
        pg = start_postgres(folder / "pg", durable=True)
        servers.append(pg)
        redis = start_redis(folder / "redis", persist=False)
        servers.append(redis)
        postgres_admin_command(pg.url, "CREATE DATABASE bench")
        database_url = pg.url.rsplit("/", 1)[0] + "/bench"
        migrate(database_url)
        asyncio.run(measure(args, database_url, redis.url))
    finally:
        for server in reversed(servers):
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
