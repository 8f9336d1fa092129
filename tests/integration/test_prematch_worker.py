"""A drive's matching survives its worker's SIGKILL: real arq worker processes, the first killed while the run is
under way (its result computed, its write waiting), a second one taking the run over and finishing it."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import asyncpg  # type: ignore[import-untyped]
from arq import create_pool
from litestar import Litestar

from jobsfez import queue
from jobsfez.config import Settings
from jobsfez.db import fetchrow
from jobsfez.drives import prematch
from jobsfez.drives.tables import DriveMatch
from jobsfez.resources import arq_redis_settings
from tests.drive_factories import actor_of
from tests.integration.conftest import WorkerProcess
from tests.prematch_factories import match_drive

StartWorker = Callable[[Settings], WorkerProcess]


async def wait_for(query: str, *args: Any, within: float, worker: WorkerProcess) -> dict[str, Any]:
    """Poll until the query returns a row, or fail with the worker's log."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        row = await fetchrow(query, *args)
        if row is not None:
            return row
        await asyncio.sleep(0.2)
    raise AssertionError(f"timed out waiting for: {query}\n{worker.log_tail()}")


async def test_a_run_whose_worker_is_killed_is_finished_by_the_next_worker(
    app: Litestar, db: None, settings: Settings, start_worker: StartWorker
) -> None:
    made = await match_drive()
    run_id = await prematch.start(await actor_of(made.manager.id), made.drive_id)
    # hold the result table, so that the first worker computes the result and then waits to write it
    blocker = await asyncpg.connect(settings.database_url)
    transaction = blocker.transaction()
    await transaction.start()
    await blocker.execute("LOCK TABLE drive_matches IN EXCLUSIVE MODE")
    try:
        first = start_worker(settings)
        pool = await create_pool(arq_redis_settings(settings.redis_url))
        try:
            await queue.enqueue_drive_matching(pool, run_id)
        finally:
            await pool.aclose()
        taken = await wait_for(
            """SELECT started_at FROM drive_match_runs
               WHERE id = $1 AND status = 'running' AND participants_done = 4 AND participants_total = 4""",
            run_id,
            within=60,
            worker=first,
        )
        await wait_for(  # the worker's write is waiting on the lock: the run is mid-way
            "SELECT 1 FROM pg_locks WHERE NOT granted AND relation = 'drive_matches'::regclass",
            within=30,
            worker=first,
        )
        first.kill()
    finally:
        await transaction.rollback()
        await blocker.close()
    row = await fetchrow("SELECT status FROM drive_match_runs WHERE id = $1", run_id)
    assert row is not None and row["status"] == "running"  # dead, but nobody knows yet
    assert await DriveMatch.count() == 0
    second = start_worker(settings)
    done = await wait_for(
        "SELECT started_at FROM drive_match_runs WHERE id = $1 AND status = 'done'",
        run_id,
        within=prematch.STALE_SECONDS + 30,
        worker=second,
    )
    assert done["started_at"] > taken["started_at"]  # taken over, not finished by the killed worker
    assert await DriveMatch.count().where(DriveMatch.run_id == run_id) > 0
