"""Browsing by a skill (no words): the page through the keyword index against the page through the statement.

Run:  .venv/bin/python bench/bench_skill_browse.py [--postings 1000000] [--open 250000] [--data-dir DIR]

On bench_search.py's data (--data-dir reuses a loaded board), in-process through the real app with the result
cache off: a few skill filters, popular and rare, some with a sort, a district or a later page. Each address is
asked 5 times a pass and its median request time printed; passes alternate the index and the statement (the
statement forced by a board-size threshold no board reaches), index first and last.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_search as bench

from jobsfez.app import create_app
from jobsfez.config import Settings

URLS = [
    "/jobs?skill=Python",
    "/jobs?skill=용접",
    "/jobs?skill=엑셀",
    "/jobs?skill=지게차",
    "/jobs?skill=SQL&sort=pay",
    "/jobs?skill=Python&district=myeongji",
    "/jobs?skill=CNC&sort=closing",
    "/jobs?skill=Excel&page=3",
]
NEVER = 10**12  # a board-size threshold no board reaches: the statement answers


async def measure(database_url: str, redis_url: str) -> None:
    settings = Settings(database_url=database_url, redis_url=redis_url, environment="production",
                        secret_key="bench-" + "x" * 40, allowed_hosts=("testserver",))  # fmt: skip
    app = create_app(settings)
    async with app.lifespan():
        await bench.matching_built(app)
        client = bench.client_for(app)
        bench.remember_results(app, on=False)
        board = app.state.search_caches.board
        threshold = board.min_open
        print("ms a request (median of 5):", " | ".join(URLS))
        for label, min_open in (("index", threshold), ("statement", NEVER), ("index", threshold)):
            board.min_open, board.at = min_open, None
            for url in URLS:  # warm: plans, the board's size
                assert (await client.get(url)).status_code == 200
            medians = []
            for url in URLS:
                times = []
                for _ in range(5):
                    started = time.perf_counter()
                    await client.get(url)
                    times.append((time.perf_counter() - started) * 1000)
                medians.append(statistics.median(times))
            print(f"  {label:9}", "  ".join(f"{m:5.1f}" for m in medians))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postings", type=int, default=1_000_000)
    parser.add_argument("--open", type=int, default=250_000)
    parser.add_argument("--data-dir", type=Path, help="bench_search.py's --data-dir: a board loaded there is reused")
    args = parser.parse_args()
    logging.getLogger("httpx").setLevel(logging.WARNING)
    with bench.servers_with_postings(args.postings, args.open, args.data_dir) as (database_url, redis_url):
        asyncio.run(measure(database_url, redis_url))


if __name__ == "__main__":
    main()
