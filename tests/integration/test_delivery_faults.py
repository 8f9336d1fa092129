"""The outbox under faults: the worker process killed and restarted, Redis stopped and started again.

About two minutes: rows whose enqueue failed while Redis was down wait for the sweep (60 s), and jobs a killed
worker held wait for arq's in-progress mark to expire. Run with -s to see the duplicate count.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from arq import ArqRedis, create_pool

from jobsfez.config import Settings
from jobsfez.db import fetch, fetchrow
from jobsfez.dev.mailsink import MailSink
from jobsfez.dev.migrate import migrate
from jobsfez.dev.servers import Server, postgres_admin_command, start_redis
from jobsfez.resources import arq_redis_settings, open_database
from tests.conftest import Servers
from tests.integration.conftest import Change, WorkerProcess, produce, tally, wait_until_settled, worker_environment

pytestmark = pytest.mark.slow

CHANGES = 1000
RATE = 40  # changes a second, so that every fault lands while rows are being written and delivered
KILLS_AT = (4.0, 9.0, 14.0)  # seconds into the run
REDIS_DOWN_AT, REDIS_DOWN_FOR = 17.0, 5.0


@dataclass
class Dedicated:
    settings: Settings
    redis: Server
    redis_dir: Path
    sink: MailSink


@pytest.fixture
async def dedicated(servers: Servers, tmp_path: Path) -> AsyncIterator[Dedicated]:
    """A database, a Redis and an SMTP sink of this test's own: stopping Redis must not disturb the other tests."""
    name = f"jobsfez_faults_{secrets.token_hex(4)}"
    postgres_admin_command(servers.admin_url, f"CREATE DATABASE {name}")
    database_url = servers.admin_url.rsplit("/", 1)[0] + f"/{name}"
    migrate(database_url)
    # persistent (RDB, saved on shutdown), so that a restart on the same port keeps the queue as a real one would
    redis = start_redis(tmp_path / "redis", persist=True)
    sink = MailSink(tmp_path / "mail").start()
    settings = Settings(
        database_url=database_url,
        redis_url=redis.url,
        smtp_url=sink.url,
        secret_key="test-secret-key-0123456789abcdefghijklmnop",
        environment="test",
    )
    found = Dedicated(settings, redis, tmp_path / "redis", sink)
    try:
        async with open_database(database_url):
            yield found
    finally:
        sink.stop()
        found.redis.stop()
        postgres_admin_command(servers.admin_url, f"DROP DATABASE {name} WITH (FORCE)")


async def supervise(worker: WorkerProcess) -> None:
    while True:
        worker.restart_if_exited()
        await asyncio.sleep(0.5)


async def inject_faults(worker: WorkerProcess, dedicated: Dedicated, started: float) -> None:
    for at in KILLS_AT:
        await asyncio.sleep(max(0.0, started + at - time.monotonic()))
        worker.kill()
        worker.start()
    await asyncio.sleep(max(0.0, started + REDIS_DOWN_AT - time.monotonic()))
    port = dedicated.redis.port
    await asyncio.to_thread(dedicated.redis.stop)
    await asyncio.sleep(REDIS_DOWN_FOR)
    dedicated.redis = await asyncio.to_thread(start_redis, dedicated.redis_dir, port=port, persist=True)


async def produce_steadily(change: Change, pool: ArqRedis, started: float) -> tuple[list[int], int]:
    ids: list[int] = []
    failed = 0
    for i in range(CHANGES):
        await asyncio.sleep(max(0.0, started + i / RATE - time.monotonic()))
        new, refused = await produce(change, [i], pool)
        ids += new
        failed += refused
    return ids, failed


async def superseded_by_a_sent_row(ids: list[int]) -> int:
    """Withdrawn rows for which a newer version of the same interview's message was sent."""
    row = await fetchrow(
        """SELECT count(*) AS n FROM notifications old WHERE old.id = ANY($1) AND old.status = 'cancelled'
           AND EXISTS (SELECT 1 FROM notifications new WHERE new.cause = old.cause AND new.kind = old.kind
                       AND new.channel = old.channel AND new.version > old.version AND new.status = 'sent')""",
        ids,
    )
    return int(row["n"]) if row else 0


async def test_no_notification_is_lost_when_the_worker_is_killed_and_redis_restarts(
    dedicated: Dedicated, change: Change, tmp_path: Path
) -> None:
    worker = WorkerProcess(worker_environment(dedicated.settings), tmp_path / "worker.log").start()
    pool = await create_pool(arq_redis_settings(dedicated.settings.redis_url))
    supervisor = asyncio.create_task(supervise(worker))
    try:
        started = time.monotonic()
        faults = asyncio.create_task(inject_faults(worker, dedicated, started))
        ids, refused = await produce_steadily(change, pool, started)
        await faults
        statuses = await wait_until_settled(ids, within=200)
        elapsed = time.monotonic() - started
    finally:
        supervisor.cancel()
        worker.stop()
        await pool.aclose()
    sent = [r["id"] for r in await fetch("SELECT id FROM notifications WHERE id = ANY($1) AND status = 'sent'", ids)]
    counted = tally(sent, dedicated.sink.message_ids(), dedicated.settings)
    deaths = worker.kills + len(worker.exits)
    print(
        f"\nfault run: {CHANGES} changes in {elapsed:.0f} s; {worker.kills} SIGKILLs, {len(worker.exits)} exits"
        f" while Redis was away, {refused} enqueues refused; lost {len(counted.lost)},"
        f" duplicates {counted.duplicates}; superseded before sending {statuses.get('cancelled', 0)}"
    )
    # a move that is itself moved again before its email went out is withdrawn (a stale time is never sent);
    # every row is then either sent or superseded by a later, sent version for the same interview
    assert set(statuses) <= {"sent", "cancelled"} and sum(statuses.values()) == len(ids) == CHANGES, (
        statuses,
        worker.log_tail(),
    )
    assert await superseded_by_a_sent_row(ids) == statuses.get("cancelled", 0)
    assert refused > 0  # the outage happened while changes were written: those rows reached the worker by the sweep
    assert counted.lost == []
    # a worker that dies can have handed one message to the SMTP server without recording it (see delivery.py)
    assert counted.duplicates <= deaths
