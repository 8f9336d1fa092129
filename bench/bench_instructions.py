"""Instructions per request, search page against fortunes, counted by valgrind (callgrind): a figure that does not
drift with the machine, where requests per second on a shared virtual machine move by 15-25 % between runs.

Run:  .venv/bin/python bench/bench_instructions.py [--requests 200] [--browse | --posting] [--data-dir DIR]

Starts PostgreSQL and Redis and loads the same seeded data as bench_search.py, then runs this script again under
``valgrind --tool=callgrind --instr-atstart=no`` once per page: the child builds the apps, sends every URL once
untimed (templates compiled, statements prepared, pool filled), then turns counting on for --requests sequential
requests through the same in-process client as bench_search.py, cold (result cache off), and off again. Counted:
every instruction of the Python process in that stretch (client, app, asyncpg, the event loop), not PostgreSQL's.
With --browse the search page is asked bench_search.py's browsing addresses (no keyword: filters, sorts, later
pages) instead of its keyword searches; with --posting, pages of open postings (bench_search_http.py's). Prints the instructions per request of each page and their ratio (fortunes / search), the share of fortunes'
rate the search page would reach if time went by instructions alone. Needs valgrind (Debian package valgrind).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_search as bench
import bench_search_http

from jobsfez.app import create_app
from jobsfez.config import Settings

PAGES = ("search", "fortunes")
POSTINGS, OPEN = 20_000, 5_000


def _counting(on: bool) -> None:
    subprocess.run(["callgrind_control", "-i", "on" if on else "off", str(os.getpid())], check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip


async def child(page: str, requests: int, database_url: str, redis_url: str, kind: str) -> None:
    settings = Settings(database_url=database_url, redis_url=redis_url, environment="production",
                        secret_key="bench-" + "x" * 40, allowed_hosts=("testserver",))  # fmt: skip
    app = create_app(settings) if page == "search" else bench.create_fortunes_app(database_url)
    rng, skew = random.Random(bench.SEED + 1), bench.Skew.of(POSTINGS)
    if page == "fortunes":
        urls = ["/fortunes"] * requests
    elif kind == "posting":
        by_skill = await bench_search_http.open_postings_by_main_skill(database_url)
        urls = bench_search_http.posting_paths(requests, rng, skew, by_skill)
    else:
        urls = (bench.browse_urls if kind == "browse" else bench.search_urls)(requests, rng, skew)
    async with app.lifespan():
        client = bench.client_for(app)
        if page == "search":
            bench.remember_results(app, on=False)
        for url in urls:  # untimed: templates compiled, statements prepared, the pool filled
            assert (await client.get(url)).status_code == 200
        _counting(True)
        for url in urls:
            response = await client.get(url)
            assert response.status_code == 200
        _counting(False)
        await client.aclose()


def count(page: str, requests: int, database_url: str, redis_url: str, folder: Path, kind: str) -> int:
    out = folder / f"callgrind.{page}.out"
    command = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}", sys.executable,
               __file__, "--child", page, "--requests", str(requests), "--database", database_url, "--redis", redis_url, "--kind", kind]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"valgrind run of {page} failed:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=200)
    kinds = parser.add_mutually_exclusive_group()
    kinds.add_argument("--browse", action="store_const", const="browse", dest="kind", default="keyword",
                       help="browsing pages (no keyword) instead of searches")  # fmt: skip
    kinds.add_argument("--posting", action="store_const", const="posting", dest="kind", help="postings' own pages")
    parser.add_argument("--kind", choices=["keyword", "browse", "posting"], help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", type=Path, help="keep the servers' data there (bench_search.py's --data-dir)")
    parser.add_argument("--child", choices=PAGES, help=argparse.SUPPRESS)
    parser.add_argument("--database", help=argparse.SUPPRESS)
    parser.add_argument("--redis", help=argparse.SUPPRESS)
    args = parser.parse_args()
    logging.getLogger("httpx").setLevel(logging.WARNING)
    if args.child:
        asyncio.run(child(args.child, args.requests, args.database, args.redis, args.kind))
        return
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        print("valgrind is not installed (apt-get install valgrind): no instruction counts")
        return
    with bench.servers_with_postings(POSTINGS, OPEN, args.data_dir) as (database_url, redis_url):
        folder = Path(tempfile.mkdtemp(prefix="jobsfez-bench-instructions-"))
        try:
            counts = {
                page: count(page, args.requests, database_url, redis_url, folder, args.kind) / args.requests
                for page in PAGES
            }
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    asked = {"keyword": "keyword searches", "browse": "browsing pages", "posting": "posting pages"}[args.kind]
    print(
        f"instructions per request, {args.requests} sequential cold requests each, {asked} (callgrind, Python process):"
    )
    for page, per_request in counts.items():
        print(f"  {page:8} {per_request:12,.0f}")
    print(f"  ratio fortunes / search: {counts['fortunes'] / counts['search']:.1%}")


if __name__ == "__main__":
    main()
