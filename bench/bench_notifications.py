"""Benchmark notifications from commit to the SMTP sink with one arq worker process.

Run:  .venv/bin/python bench/bench_notifications.py [--count 10000] [--rate 200]

Starts its own PostgreSQL (durable, as in production), Redis and SMTP sink; the sink runs in its own process
and logs when each Message-ID arrived. The worker is the real one: `python -m arq workers.main.WorkerSettings`.
1. Throughput: --count changes are committed and enqueued while no worker runs (a burst), then one worker
   drains them; the rate is counted from its first delivery to its last.
2. Latency: --count changes committed at a steady --rate below capacity while the worker runs; each row's commit
   time (taken in the producer) is compared with its arrival time in the sink.
3. Baseline in the same run: arq with default settings (and with max_jobs=50, as our worker uses) draining
   --count no-op jobs, timed the same way (first finished job to empty queue).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from arq import ArqRedis, create_pool
from arq.connections import RedisSettings

from jobsfez import queue
from jobsfez.db import fetchrow, transaction
from jobsfez.dev.mailsink import MailSink
from jobsfez.dev.migrate import migrate
from jobsfez.dev.servers import Server, free_port, postgres_admin_command, start_postgres, start_redis, wait_for_port
from jobsfez.notifications import service as notifications
from jobsfez.notifications.channels import message_id
from jobsfez.resources import open_database

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent

# A change that must notify someone: one transaction, its outbox rows, their ids (the pluggable part).
# Until interview scheduling exists, a change is an employer invitation written as employers.service writes it.
Change = Callable[[int], Awaitable[list[int]]]


async def invitation_change(i: int) -> list[int]:
    async with transaction():
        row_id = await notifications.add(
            cause=f"bench-invitation:{i}",
            kind="employer_invitation",
            channel="email",
            recipient=f"seeker{i}@example.kr",
            language=("ko", "en")[i % 2],
            payload={
                "company_ko": "녹산정밀",
                "company_en": "Noksan Precision",
                "role": "recruiter",
                "url": f"https://jobsfez.kr/invitations/token-{i}",
                "days": 7,
            },
        )
    return [row_id] if row_id is not None else []


# ---- the no-op baseline: arq's own cost per job ------------------------------------------------------------


async def noop(ctx: dict[str, Any]) -> None:
    return None


class NoopDefaults:
    functions: ClassVar[list[Any]] = [noop]
    redis_settings = RedisSettings.from_dsn(os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))


class NoopMaxJobs50:
    functions: ClassVar[list[Any]] = [noop]
    redis_settings = RedisSettings.from_dsn(os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))
    max_jobs = 50


# ---- the SMTP sink, in its own process ---------------------------------------------------------------------


def serve_sink(folder: Path, port: int, arrivals: Path) -> None:
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGINT})  # the sink's thread inherits it
    log = arrivals.open("a", buffering=1)
    sink = MailSink(folder, port=port, on_accept=lambda mid, at: log.write(f"{mid}\t{at:.6f}\n")).start()
    signal.sigwait({signal.SIGTERM, signal.SIGINT})
    sink.stop()
    log.close()


def read_arrivals(path: Path) -> dict[str, list[float]]:
    seen: dict[str, list[float]] = {}
    if not path.exists():
        return seen
    for line in path.read_text().splitlines():
        mid, _, at = line.partition("\t")
        if at:
            seen.setdefault(mid, []).append(float(at))
    return seen


# ---- helpers -----------------------------------------------------------------------------------------------


# the workers' Settings.mail_id_domain, from the INSTALL_ID and BASE_URL that process_env gives them
MAIL_ID_DOMAIN = "bench.127.0.0.1"


@dataclass
class Env:
    database_url: str
    redis_url: str
    smtp_url: str
    arrivals: Path
    logs: Path

    def process_env(self) -> dict[str, str]:
        return {
            **os.environ,
            "DATABASE_URL": self.database_url,
            "REDIS_URL": self.redis_url,
            "SMTP_URL": self.smtp_url,
            "SECRET_KEY": "bench-secret-key-0123456789abcdefghijklmnop",
            "INSTALL_ID": "bench",
            "BASE_URL": "http://127.0.0.1:8000",
            "JOBSFEZ_ENV": "test",
            "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT), str(BENCH)]),
        }


def start_worker(env: Env, settings: str, name: str) -> subprocess.Popen[bytes]:
    with (env.logs / f"{name}.log").open("ab") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "arq", settings], cwd=ROOT, env=env.process_env(), stdout=log, stderr=log
        )


def start_sink(env: Env, folder: Path, port: int) -> subprocess.Popen[bytes]:
    sink = subprocess.Popen([sys.executable, __file__, "--serve-sink", str(folder), str(port), str(env.arrivals)])
    wait_for_port(port, process=sink)
    return sink


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time so far of a process and its children still running, PostgreSQL's backends for one
    (Linux /proc; 0 elsewhere)."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if stat.parent.name == str(pid) or fields[1] == str(pid):
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def machine_busy() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine so far, to tell how much else was running."""
    try:
        values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except OSError:
        return 0.0, 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    return (sum(values) - values[3] - values[4]) / ticks, sum(values) / ticks


@dataclass
class Meter:
    """CPU used by our processes and by the whole machine between start() and stop()."""

    pids: dict[str, int]
    ours: dict[str, float] | None = None
    machine: tuple[float, float] = (0.0, 0.0)

    def start(self) -> None:
        self.ours = {name: cpu_seconds(pid) for name, pid in self.pids.items()}
        self.machine = machine_busy()

    def stop(self) -> tuple[dict[str, float], float]:
        """CPU seconds per process, and the machine's busy share (0..1) over the interval."""
        assert self.ours is not None
        used = {name: cpu_seconds(pid) - self.ours[name] for name, pid in self.pids.items()}
        busy, total = machine_busy()
        span = total - self.machine[1]
        return used, (busy - self.machine[0]) / span if span else 0.0


async def drain_time(pool: ArqRedis, total: int, meter: Meter, *, within: float = 600.0) -> tuple[float, float]:
    """(first job finished, queue empty), by polling the queue every 5 ms (no cron jobs in these workers)."""
    first = end = 0.0
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        left = await pool.zcard("arq:queue")
        now = time.time()
        if not first and left < total:
            first = now
            meter.start()
        if left == 0 and not await pool.keys("arq:in-progress:*"):
            end = now
            break
        await asyncio.sleep(0.005)
    if not end:
        raise TimeoutError(f"the queue did not drain in {within} s")
    return first, end


async def wait_sent(ids: list[int], arrivals: Path, meter: Meter | None = None, *, within: float = 600.0) -> None:
    """Until every row's Message-ID has reached the sink, reading only what the sink added since the last look."""
    missing = {message_id(i, MAIL_ID_DOMAIN) for i in ids}
    deadline = time.monotonic() + within
    offset = 0
    while time.monotonic() < deadline:
        arrived, offset = read_more(arrivals, offset)
        before = len(missing)
        missing.difference_update(arrived)
        if meter is not None and meter.ours is None and len(missing) < before:
            meter.start()
        if not missing:
            return
        await asyncio.sleep(0.1)
    row = await fetchrow("SELECT count(*) AS n FROM notifications WHERE status = 'pending'")
    raise TimeoutError(f"not all delivered in {within} s; pending rows: {row}")


def read_more(arrivals: Path, offset: int) -> tuple[list[str], int]:
    """Message-IDs the sink logged past ``offset``, and the offset to read from next time."""
    with arrivals.open("rb") as log:
        log.seek(offset)
        added = log.read()
    complete = added[: added.rfind(b"\n") + 1]
    return [line.split(b"\t", 1)[0].decode() for line in complete.splitlines()], offset + len(complete)


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=1000, method="inclusive")[int(q * 1000) - 1]


def ms_each(seconds: float, count: int) -> str:
    return f"{seconds / count * 1000:.2f} ms"


# ---- the three runs ----------------------------------------------------------------------------------------


async def baseline(env: Env, pool: ArqRedis, settings: str, count: int, redis_pid: int) -> dict[str, float]:
    await pool.flushdb()
    for _ in range(count):
        await pool.enqueue_job("noop")
    worker = start_worker(env, f"bench_notifications.{settings}", settings)
    meter = Meter({"worker": worker.pid, "redis": redis_pid})
    try:
        first, end = await drain_time(pool, count, meter)
        used, busy = meter.stop()
    finally:
        stop(worker)
    return {"per_s": count / (end - first), "worker_cpu": used["worker"], "redis_cpu": used["redis"], "busy": busy}


async def burst(env: Env, pool: ArqRedis, change: Change, count: int, pids: dict[str, int]) -> dict[str, float]:
    await pool.flushdb()
    ids: list[int] = []
    started = time.perf_counter()
    for i in range(count):
        new = await change(i)
        await queue.enqueue_deliveries(pool, new)
        ids += new
    produce_s = time.perf_counter() - started
    worker = start_worker(env, "workers.main.WorkerSettings", "worker-burst")
    meter = Meter({**pids, "worker": worker.pid})
    try:
        await wait_sent(ids, env.arrivals, meter)
        used, busy = meter.stop()
    finally:
        stop(worker)
    arrivals = read_arrivals(env.arrivals)
    times = sorted(t for i in ids for t in arrivals[message_id(i, MAIL_ID_DOMAIN)])
    return {
        "produce_per_s": count / produce_s,
        "per_s": count / (times[-1] - times[0]),
        "duplicates": len(times) - len(ids),
        "busy": busy,
        **{f"{name}_cpu": seconds for name, seconds in used.items()},
    }


async def steady(env: Env, pool: ArqRedis, change: Change, count: int, rate: float, offset: int) -> dict[str, float]:
    await pool.flushdb()
    worker = start_worker(env, "workers.main.WorkerSettings", "worker-steady")
    committed: dict[int, float] = {}
    depth: list[int] = []
    try:
        await asyncio.sleep(3)  # the worker is up and polling
        start = time.monotonic()
        for n, i in enumerate(range(offset, offset + count)):
            delay = start + n / rate - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            new = await change(i)
            at = time.time()  # committed: the clock starts here
            committed.update(dict.fromkeys(new, at))
            await queue.enqueue_deliveries(pool, new)
            if n % 50 == 0:
                depth.append(await pool.zcount("arq:queue", "-inf", time.time() * 1000))
        produce_s = time.monotonic() - start
        await wait_sent(list(committed), env.arrivals)
    finally:
        stop(worker)
    arrivals = read_arrivals(env.arrivals)
    latencies = [arrivals[message_id(i, MAIL_ID_DOMAIN)][0] - at for i, at in committed.items()]
    return {
        "rate": count / produce_s,
        "p50": percentile(latencies, 0.5),
        "p95": percentile(latencies, 0.95),
        "p99": percentile(latencies, 0.99),
        "max": max(latencies),
        "max_queue": max(depth),
        "duplicates": sum(len(arrivals[message_id(i, MAIL_ID_DOMAIN)]) for i in committed) - len(committed),
    }


def sink_folder() -> Path:
    # the sink stands in for a relay on another machine: keep its file writes off the disk PostgreSQL uses
    shm = Path("/dev/shm")  # noqa: S108  (a fresh mkdtemp inside it)
    return Path(tempfile.mkdtemp(prefix="jobsfez-bench-mail-", dir=shm if shm.is_dir() else None))


async def run(args: argparse.Namespace) -> None:
    folder = Path(tempfile.mkdtemp(prefix="jobsfez-bench-notifications-"))
    mail = sink_folder()
    servers: list[Server] = []
    sink: subprocess.Popen[bytes] | None = None
    try:
        pg = start_postgres(folder / "pg", durable=not args.no_fsync)
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
            n = args.count
            print(f"machine: {os.cpu_count()} cores {platform.machine()}, Python {platform.python_version()}")
            print(f"{n:,} notifications; PostgreSQL fsync {'off' if args.no_fsync else 'on'}; one worker process")
            for name in ("NoopDefaults", "NoopMaxJobs50"):
                b = await baseline(env, pool, name, n, redis.process.pid)
                print(
                    f"baseline {name}: {b['per_s']:.0f} no-op jobs/s; worker CPU {ms_each(b['worker_cpu'], n)}/job,"
                    f" Redis {ms_each(b['redis_cpu'], n)}/job; the machine was busy {b['busy']:.0%} of the time"
                )
                if name == "NoopDefaults":
                    base = b["per_s"]
            pids = {"sink": sink.pid, "redis": redis.process.pid, "postgres": pg.process.pid}
            r = await burst(env, pool, invitation_change, n, pids)
            print(f"burst: {n:,} changes committed and enqueued at {r['produce_per_s']:.0f}/s with no worker running")
            print(
                f"burst: delivered {r['per_s']:.0f}/s, first to last arrival at the sink"
                f" ({r['per_s'] / base:.2f}x arq's default no-op drain); duplicates {r['duplicates']:.0f}"
            )
            print(
                f"burst: CPU per message: worker {ms_each(r['worker_cpu'], n)}, sink {ms_each(r['sink_cpu'], n)},"
                f" Redis {ms_each(r['redis_cpu'], n)}, PostgreSQL {ms_each(r['postgres_cpu'], n)};"
                f" the machine was busy {r['busy']:.0%} of the time"
            )
            rate = args.rate or max(10.0, round(r["per_s"] / 2, -1))
            s = await steady(env, pool, invitation_change, n, rate, n)
            print(
                f"steady {s['rate']:.0f}/s (asked {rate:.0f}/s): commit→sink p50 {s['p50'] * 1000:.0f} ms,"
                f" p95 {s['p95'] * 1000:.0f} ms, p99 {s['p99'] * 1000:.0f} ms, max {s['max'] * 1000:.0f} ms;"
                f" most jobs waiting {s['max_queue']:.0f}; duplicates {s['duplicates']:.0f}"
            )
    finally:
        if sink is not None:
            stop(sink)
        for server in reversed(servers):
            server.stop()
        if args.keep:
            print(f"kept {folder} and {mail}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
            shutil.rmtree(mail, ignore_errors=True)


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--serve-sink":
        serve_sink(Path(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]))
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--rate", type=float, help="steady rate for the latency run (default: half the burst rate)")
    parser.add_argument("--no-fsync", action="store_true", help="PostgreSQL without fsync (not production-like)")
    parser.add_argument("--keep", action="store_true", help="keep the data folder and worker logs")
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
