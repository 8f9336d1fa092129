"""The benchmark of record for the public pages: the app and the bare fortunes page each served by uvicorn in its
own process, as production serves the app, loaded by wrk from outside.

Run:  .venv/bin/python bench/bench_search_http.py [--postings 20000] [--open 5000] [--data-dir DIR] [--rounds 5]
      [--seconds 5] [--connections 16] [--threads 1] [--paths 400] [--kinds keyword,browse,posting[,floor]]
      [--cache off|on] [--access-log] [--search-from-memory]

The data is bench_search.py's (its servers, seeded postings and --data-dir reuse), and so are the addresses: its
keyword searches with two filters, its browsing pages (filters, sorts, later pages), and posting pages (/jobs/ID)
of open postings drawn with the searches' skew (a skill drawn as a search draws it, then one of the open postings
it is the main skill of). The app runs as the Procfile runs it (``uvicorn --factory
jobsfez.app:create_app_from_env``, one worker; ``--loop uvloop --http httptools`` said outright, which the Procfile
leaves to uvicorn's choice now that ``uvicorn[standard]`` installs both) with the environment Settings
reads, JOBSFEZ_ENV=production and SEARCH_RESULT_CACHE=off unless --cache on: the figure of record is cold, every
search runs its statement. Fortunes (bench/fortunes.py) runs under the same uvicorn options and pool size. Neither
writes an access log unless --access-log (then both do, to a file). Every address is checked for a 200 first, and
the app left to finish its start-up work (the matching indexes it builds in the background).

Then, for each kind of page, wrk (-t1 -c16 by default, a Lua script rotating through a file of the paths) loads
fortunes and the app in alternating rounds; each round prints requests/s, wrk's p50/p99 latency and CPU per
request of the server process, of all of PostgreSQL's processes and of wrk itself: on a 2-core machine the load
generator and PostgreSQL share the cores with the server (nothing is pinned). Medians last, their ratio, as a table.
--kinds floor adds the app's fixed robots.txt: what any page pays for the middleware. --search-from-memory serves
the app with each search answered from memory after its first time (bench/search_floor.py): what the search and
browsing pages cost around their search.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_search import SEED, Skew, admin_value, browse_urls, search_urls, servers_with_postings

from jobsfez.config import default_pool_max

BENCH = Path(__file__).resolve().parent
ROTATE_LUA = """
local paths = {}
local next_path = 0
function init(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
end
function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end
"""
UVICORN_OPTIONS = ["--host", "127.0.0.1", "--workers", "1", "--loop", "uvloop", "--http", "httptools",
                   "--no-proxy-headers", "--no-server-header"]  # fmt: skip
KINDS = ("keyword", "browse", "posting")
# /robots.txt, a fixed text through every middleware of the app: the floor any page of the app pays (not by default)
FLOOR = "floor"


@dataclass(frozen=True)
class Server:
    name: str
    url: str
    pid: int


@dataclass(frozen=True)
class Run:
    """One wrk run against one server: its rate, wrk's latency percentiles, and CPU per request (ms)."""

    rps: float
    p50: float
    p99: float
    server_cpu: float
    pg_cpu: float
    wrk_cpu: float


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def process_cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def postgres_cpu_seconds(postmaster: int) -> float:
    """CPU time used so far by this PostgreSQL server: the postmaster, its live processes (backends, workers) and
    those that ended (autovacuum workers come and go), not another server's on the same machine, which may have a
    database of the same name."""
    ticks = 0
    for pid in os.listdir("/proc"):
        try:
            with open(f"/proc/{pid}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except (OSError, NotADirectoryError):
            continue
        if pid == str(postmaster):  # its own time and its ended children's
            ticks += int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])
        elif fields[1] == str(postmaster):
            ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def postmaster_of(database_url: str) -> int:
    data_directory = Path(admin_value(database_url, "SHOW data_directory"))
    return int((data_directory / "postmaster.pid").read_text().split()[0])


@contextmanager
def uvicorn(name: str, factory: str, env: dict[str, str], folder: Path, access_log: bool) -> Iterator[Server]:
    """``factory`` served by uvicorn in a process of its own, until the block ends; its output in a log file."""
    port = free_port()
    log = folder / f"{name}.log"
    command = [sys.executable, "-m", "uvicorn", "--factory", factory, "--app-dir", str(BENCH), "--port", str(port),
               *UVICORN_OPTIONS, *([] if access_log else ["--no-access-log"])]  # fmt: skip
    with log.open("wb") as output:
        process = subprocess.Popen(command, env={**os.environ, **env}, stdout=output, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 300
        while not accepting(port):
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"{name} did not start:\n{log.read_text()[-3000:]}")
            time.sleep(0.2)
        yield Server(name, url, process.pid)
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def accepting(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        return False
    return True


def settle(server: Server, *, quiet: float = 0.05, limit: float = 600) -> None:
    """Wait until the server's process is idle (under ``quiet`` of a core over a second): the app builds its
    matching indexes in the background after start-up, which would take CPU from the first rounds."""
    deadline = time.monotonic() + limit
    before = process_cpu_seconds(server.pid)
    while time.monotonic() < deadline:
        time.sleep(1)
        now = process_cpu_seconds(server.pid)
        if now - before < quiet:
            return
        before = now
    raise SystemExit(f"{server.name} still busy after {limit:.0f} s")


def check(server: Server, paths: list[str]) -> None:
    """Every path answered with a 200 (the first requests also compile templates and fill the pool)."""
    with httpx.Client(base_url=server.url, headers={"accept-encoding": "identity"}, timeout=60) as client:
        for path in paths:
            response = client.get(path)
            if response.status_code != 200:
                raise SystemExit(f"{server.name} {path}: {response.status_code} {response.text[:300]}")


async def open_postings_by_main_skill(database_url: str) -> dict[str, list[int]]:
    connection = await asyncpg.connect(database_url)
    try:
        rows = await connection.fetch(
            """SELECT skill_keys[1] AS key, array_agg(id ORDER BY id) AS ids FROM postings
               WHERE status = 'published' AND closes_at > now() GROUP BY 1"""
        )
    finally:
        await connection.close()
    return {row["key"]: row["ids"] for row in rows}


def posting_paths(count: int, rng: random.Random, skew: Skew, by_skill: dict[str, list[int]]) -> list[str]:
    """Pages of open postings, their skills as popular as in searches: a skill drawn as a search draws it, then one
    of the open postings it is the main skill of."""
    paths: list[str] = []
    while len(paths) < count:
        ids = by_skill.get(skew.skill(rng, skew.category(rng)).id)
        if ids:
            paths.append(f"/jobs/{rng.choice(ids)}")
    return paths


def parse_wrk(output: str) -> tuple[int, float, float, float]:
    """Requests, requests/s and the p50 and p99 latencies (ms) from wrk's summary (run with --latency)."""
    if "Non-2xx" in output or "Socket errors" in output:
        raise SystemExit(f"wrk saw failures:\n{output}")
    requests = int(re.search(r"(\d+) requests in", output)[1])  # type: ignore[index]
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1])  # type: ignore[index]
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}

    def latency(percent: str) -> float:
        found = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.MULTILINE)
        assert found, output
        return float(found[1]) * scale[found[2]]

    return requests, rps, latency("50"), latency("99")


def wrk(server: Server, paths_file: Path, script: Path, args: argparse.Namespace) -> Run:
    cpu, pg = process_cpu_seconds(server.pid), postgres_cpu_seconds(args.postmaster)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    command = ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.seconds}s", "--latency",
               "-s", str(script), server.url, "--", str(paths_file)]  # fmt: skip
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    requests, rps, p50, p99 = parse_wrk(output)
    wrk_cpu = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
    per_request = 1000 / requests
    return Run(rps, p50, p99, (process_cpu_seconds(server.pid) - cpu) * per_request,
               (postgres_cpu_seconds(args.postmaster) - pg) * per_request, wrk_cpu * per_request)  # fmt: skip


def describe(name: str, run: Run) -> str:
    return (f"{name:8} {run.rps:7,.0f} req/s  p50 {run.p50:6.2f} ms  p99 {run.p99:6.2f} ms  CPU a request: "
            f"server {run.server_cpu:.2f} ms, postgres {run.pg_cpu:.2f} ms, wrk {run.wrk_cpu:.2f} ms")  # fmt: skip


def median_run(runs: list[Run]) -> Run:
    return Run(*(statistics.median(getattr(run, name) for run in runs) for name in Run.__dataclass_fields__))


def measure_kind(kind: str, app: Server, fortunes: Server, files: dict[str, Path], script: Path,
                 args: argparse.Namespace) -> tuple[Run, Run]:  # fmt: skip
    """Alternating rounds, fortunes first; the medians of each server's rounds."""
    warmup = argparse.Namespace(**{**vars(args), "seconds": 2})
    wrk(fortunes, files["fortunes"], script, warmup)
    wrk(app, files[kind], script, warmup)
    runs: dict[str, list[Run]] = {"fortunes": [], "app": []}
    for number in range(1, args.rounds + 1):
        for server, paths in ((fortunes, files["fortunes"]), (app, files[kind])):
            run = wrk(server, paths, script, args)
            runs[server.name].append(run)
            print(f"  {kind:8} round {number}  {describe(server.name, run)}", flush=True)
    return median_run(runs["app"]), median_run(runs["fortunes"])


def environment(database_url: str, redis_url: str, args: argparse.Namespace) -> dict[str, str]:
    """What Settings.from_env reads, for both processes: the same pool size for the app and fortunes."""
    return {"DATABASE_URL": database_url, "REDIS_URL": redis_url, "JOBSFEZ_ENV": "production",
            "SECRET_KEY": "bench-" + "x" * 40, "ALLOWED_HOSTS": "127.0.0.1", "BASE_URL": "http://127.0.0.1",
            "SEARCH_RESULT_CACHE": args.cache, "DB_POOL_MAX": str(default_pool_max(os.cpu_count()))}  # fmt: skip


def path_files(folder: Path, database_url: str, args: argparse.Namespace) -> dict[str, Path]:
    skew = Skew.of(args.postings)
    by_skill = asyncio.run(open_postings_by_main_skill(database_url))
    makers = {"keyword": lambda rng: search_urls(args.paths, rng, skew),
              "browse": lambda rng: browse_urls(args.paths, rng, skew),
              "posting": lambda rng: posting_paths(args.paths, rng, skew, by_skill),
              FLOOR: lambda rng: ["/robots.txt"]}  # fmt: skip
    files = {"fortunes": folder / "fortunes.txt"}
    files["fortunes"].write_text("/fortunes\n")
    for kind in args.kinds:
        files[kind] = folder / f"{kind}.txt"
        files[kind].write_text("\n".join(makers[kind](random.Random(SEED + 1))) + "\n")
    return files


def report(results: dict[str, tuple[Run, Run]], args: argparse.Namespace) -> None:
    print(f"\nmedians of {args.rounds} rounds, {args.postings:,} postings ({args.open:,} open), cache {args.cache}, "
          f"load average {' '.join(f'{n:.2f}' for n in os.getloadavg())}:")  # fmt: skip
    print("| page | app req/s | fortunes req/s | ratio | app p50 / p99 ms | fortunes p50 / p99 ms "
          "| app CPU a request: server + postgres ms |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    for kind, (app, fortunes) in results.items():
        print(f"| {kind} | {app.rps:,.0f} | {fortunes.rps:,.0f} | {app.rps / fortunes.rps:.1%} "
              f"| {app.p50:.2f} / {app.p99:.2f} | {fortunes.p50:.2f} / {fortunes.p99:.2f} "
              f"| {app.server_cpu:.2f} + {app.pg_cpu:.2f} |")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postings", type=int, default=20_000)
    parser.add_argument("--open", type=int, default=5_000)
    parser.add_argument("--data-dir", type=Path, help="keep the servers' data here and reuse it (bench_search.py's)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=1, help="wrk's threads")
    parser.add_argument("--paths", type=int, default=400, help="distinct addresses of each kind, rotated through")
    parser.add_argument("--kinds", type=lambda text: text.split(","), default=list(KINDS),
                        help=f"comma-separated, of {', '.join(KINDS)} (the default) and {FLOOR}")  # fmt: skip
    parser.add_argument("--cache", choices=["off", "on"], default="off", help="the app's search result cache "
                        "(SEARCH_RESULT_CACHE); off, the figure of record, runs every search's statement")  # fmt: skip
    parser.add_argument("--access-log", action="store_true", help="both servers write uvicorn's access log")
    parser.add_argument("--search-from-memory", action="store_true", help="the app's searches answered from memory "
                        "after their first time (bench/search_floor.py): the page around the search")  # fmt: skip
    args = parser.parse_args()
    if unknown := set(args.kinds) - {*KINDS, FLOOR}:
        parser.error(f"unknown kinds: {', '.join(sorted(unknown))}")
    if shutil.which("wrk") is None:
        parser.error("needs wrk (the Debian package wrk)")
    print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, python {sys.version.split()[0]}, {os.cpu_count()} cpus, "
          f"load average {' '.join(f'{n:.2f}' for n in os.getloadavg())}")  # fmt: skip
    with (servers_with_postings(args.postings, args.open, args.data_dir) as (database_url, redis_url),
          tempfile.TemporaryDirectory(prefix="jobsfez-bench-http-") as temporary):  # fmt: skip
        folder = Path(temporary)
        args.postmaster = postmaster_of(database_url)
        files = path_files(folder, database_url, args)
        script = folder / "rotate.lua"
        script.write_text(ROTATE_LUA)
        env = environment(database_url, redis_url, args)
        factory = "search_floor:create_app_from_env" if args.search_from_memory else "jobsfez.app:create_app_from_env"
        with (uvicorn("app", factory, env, folder, args.access_log) as app,
              uvicorn("fortunes", "fortunes:create_fortunes_app_from_env", env, folder, args.access_log) as fortunes):  # fmt: skip
            check(fortunes, ["/fortunes"])
            for kind in args.kinds:
                check(app, files[kind].read_text().split())
            settle(app)
            print(f"wrk -t{args.threads} -c{args.connections} -d{args.seconds}s, {args.rounds} rounds; uvicorn "
                  f"{' '.join(UVICORN_OPTIONS[4:])}, access log {'on' if args.access_log else 'off'}, "
                  f"search result cache {args.cache}{', searches answered from memory' if args.search_from_memory else ''}")  # fmt: skip
            results = {kind: measure_kind(kind, app, fortunes, files, script, args) for kind in args.kinds}
    report(results, args)


if __name__ == "__main__":
    main()
