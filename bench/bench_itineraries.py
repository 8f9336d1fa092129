"""Benchmark the itinerary mails of a published drive: from notify_published to the SMTP sink, one arq worker.

Run:  .venv/bin/python bench/bench_itineraries.py [--participants 5000] [--companies 200] [--interviews 3]

Reuses bench_notifications.py's harness: its own durable PostgreSQL, Redis and an SMTP sink in its own process
that logs when each Message-ID arrived; the worker is the real one (`python -m arq workers.main.WorkerSettings`).
A drive of --participants roster people (e-mail only, no account) with --interviews each at --companies companies
is inserted directly with a published timetable, as the timetable page leaves it. Then:
1. notify_published writes every itinerary (one calendar file each) in one transaction: timed.
2. The rows are enqueued while no worker runs, then one worker drains them; the rate is counted from the first
   itinerary's arrival at the sink to the last (the issue asks for at least 300 a second).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import secrets
import shutil
import tempfile
import time
from contextlib import AsyncExitStack
from pathlib import Path

from arq import create_pool
from arq.connections import RedisSettings
from bench_notifications import (
    MAIL_ID_DOMAIN,
    Env,
    Meter,
    ms_each,
    read_arrivals,
    sink_folder,
    start_sink,
    start_worker,
    stop,
    wait_sent,
)
from bench_roster_commit import centre, open_drive

from jobsfez import queue
from jobsfez.db import fetch, transaction
from jobsfez.dev.migrate import migrate
from jobsfez.dev.servers import Server, free_port, postgres_admin_command, start_postgres, start_redis
from jobsfez.drives import itineraries
from jobsfez.interviews.service import Links
from jobsfez.notifications.channels import message_id
from jobsfez.resources import open_database

LINKS = Links(
    base_url="http://127.0.0.1:8000",
    secret=secrets.token_urlsafe(32),  # signs the check-in codes in the mails, which nobody scans here
    mail_id_domain=MAIL_ID_DOMAIN,
)


async def seed(drive_id: int, centre_id: int, *, participants: int, companies: int, interviews: int) -> None:
    """Companies, participants and their interviews (20 minutes apart from 10:00 on the drive's day), published."""
    await fetch(
        """INSERT INTO employers (name_ko, name_en, sector, brn, address, district, status)
           SELECT '벤치기업 ' || n, 'Bench Co ' || n, 'automotive_parts', lpad(n::text, 10, '0'), '부산', 'myeongji',
                  'approved'
           FROM generate_series(1, $1) AS n""",
        companies,
    )
    await fetch(
        """INSERT INTO drive_participants (drive_id, name, email, registered_by_centre_id, source)
           SELECT $1, '참가자 ' || n, 'person' || n || '@bench.kr', $2, 'roster' FROM generate_series(1, $3) AS n""",
        drive_id,
        centre_id,
        participants,
    )
    await fetch(
        """WITH people AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM drive_participants WHERE drive_id = $1),
                firms AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM employers),
                day AS (SELECT starts_at FROM drive_days WHERE drive_id = $1 ORDER BY starts_at LIMIT 1)
           INSERT INTO drive_interviews (drive_id, participant_id, employer_id, starts_at, ends_at, booth)
           SELECT $1, people.id, firms.id, day.starts_at + (slot * 20 || ' minutes')::interval,
                  day.starts_at + (slot * 20 + 20 || ' minutes')::interval, 'B-' || firms.k
           FROM people CROSS JOIN generate_series(0, $2 - 1) AS slot CROSS JOIN day
           JOIN firms ON firms.k = (people.n * 7 + slot * 67) % $3""",
        drive_id,
        interviews,
        companies,
    )
    await fetch(
        """INSERT INTO drive_timetables (drive_id, status, formulation, proven, covered, mutual, score, published_at)
           VALUES ($1, 'published', 'flow', true, $2, 0, 0, now())""",
        drive_id,
        participants,
    )


async def run(args: argparse.Namespace) -> None:
    folder = Path(tempfile.mkdtemp(prefix="jobsfez-bench-itineraries-"))
    mail = sink_folder()
    servers: list[Server] = []
    sink = None
    try:
        pg = start_postgres(folder / "pg", durable=True)
        servers.append(pg)
        redis = start_redis(folder / "redis", persist=False)
        servers.append(redis)
        postgres_admin_command(pg.url, "CREATE DATABASE bench")
        database_url = pg.url.rsplit("/", 1)[0] + "/bench"
        migrate(database_url)
        port = free_port()
        env = Env(database_url, redis.url, f"smtp://127.0.0.1:{port}", mail / "arrivals.tsv", folder)
        sink = start_sink(env, mail / "eml", port)
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(open_database(database_url))
            pool = await create_pool(RedisSettings.from_dsn(redis.url))
            stack.push_async_callback(pool.aclose)
            actor = await centre()
            drive_id = await open_drive(actor, args.participants)
            await seed(
                drive_id,
                actor.centre_id,
                participants=args.participants,
                companies=args.companies,
                interviews=args.interviews,
            )
            print(f"machine: {os.cpu_count()} cores {platform.machine()}, Python {platform.python_version()}")
            print(
                f"drive: {args.participants:,} participants, {args.companies} companies,"
                f" {args.interviews} interviews each; PostgreSQL fsync on; one worker process"
            )

            started = time.perf_counter()
            async with transaction():
                written = await itineraries.notify_published(drive_id, links=LINKS)
            write_s = time.perf_counter() - started
            rows = await fetch("SELECT id, channel FROM notifications ORDER BY id")
            emails = [row["id"] for row in rows if row["channel"] == "email"]
            print(f"notify_published: {written:,} outbox rows ({len(emails):,} e-mails) written in {write_s:.2f} s")

            await pool.flushdb()
            await queue.enqueue_deliveries(pool, [row["id"] for row in rows])
            worker = start_worker(env, "workers.main.WorkerSettings", "worker-itineraries")
            pids = {"worker": worker.pid, "sink": sink.pid, "redis": redis.process.pid, "postgres": pg.process.pid}
            meter = Meter(pids)
            try:
                await wait_sent(emails, env.arrivals, meter, within=1200.0)
                used, busy = meter.stop()
            finally:
                stop(worker)
            arrivals = read_arrivals(env.arrivals)
            times = sorted(t for i in emails for t in arrivals[message_id(i, MAIL_ID_DOMAIN)])
            per_s = len(emails) / (times[-1] - times[0])
            print(
                f"delivered: {per_s:.0f} itinerary mails/s, first to last arrival at the sink;"
                f" duplicates {len(times) - len(emails)}"
            )
            print(
                f"CPU per mail: worker {ms_each(used['worker'], len(emails))}, sink {ms_each(used['sink'], len(emails))},"
                f" Redis {ms_each(used['redis'], len(emails))}, PostgreSQL {ms_each(used['postgres'], len(emails))};"
                f" the machine was busy {busy:.0%} of the time"
            )
    finally:
        if sink is not None:
            stop(sink)
        for server in reversed(servers):
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(mail, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--participants", type=int, default=5000)
    parser.add_argument("--companies", type=int, default=200)
    parser.add_argument("--interviews", type=int, default=3)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
