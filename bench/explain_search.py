"""Where PostgreSQL spends a search page's time: EXPLAIN (ANALYZE, BUFFERS) of the statements a few searches run.

Run:  .venv/bin/python bench/explain_search.py --postings 1000000 --open 250000 --data-dir DIR [URL ...]
      .venv/bin/python bench/explain_search.py ... --slowest 5 [--browse]
      .venv/bin/python bench/explain_search.py ... --breakdown [--browse]

Uses the servers and data of bench_search.py (kept in DIR, loaded there on the first run). Each URL (by default a
few keyword searches and browsing pages) is asked of the real app once with the result cache off; every statement
the search service runs for it is then explained, and the plan printed with its execution time. With --slowest N,
the URLs are bench_search.py's (keyword searches, or browsing with --browse), and the N slowest statements they
run are explained. With --breakdown, every statement of bench_search.py's 400 URLs is explained (JSON) and its
execution time split by where it is spent (each plan node's own time: index scans; reading the table and testing
each row; ranking, counting and sorting the rows found), averaged a page, with the matches a page found: the
floor a statement cannot go under while it reads its matches through these indexes.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import asyncpg
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_search import (
    SEED,
    Skew,
    browse_urls,
    client_for,
    matching_built,
    remember_results,
    search_urls,
    servers_with_postings,
)

from jobsfez.app import create_app
from jobsfez.config import Settings
from jobsfez.postings.search import service

DEFAULT_URLS = [
    "/jobs?q=용접&sector=shipbuilding_marine&district=myeongji",  # a popular word and two filters
    "/jobs?q=Python&employment_type=full_time&shift=day",
    "/jobs?q=용접",  # a popular word alone
    "/jobs?q=바리스타커피",  # a word that finds nothing: the similarity statement follows
    "/jobs",  # browsing: every open posting
    "/jobs?sector=machinery&sort=closing",
    "/jobs?district=myeongji&page=5",
]


INDEX_NODES = {"Bitmap Index Scan", "Index Scan", "Index Only Scan", "BitmapAnd", "BitmapOr"}
TABLE_NODES = {"Bitmap Heap Scan", "Seq Scan", "Tid Scan"}


def own_times(node: dict[str, Any], into: dict[str, float]) -> None:
    """Adds each plan node's own time (its total less its children's), by kind, in ms."""
    children = node.get("Plans", [])
    total = node["Actual Total Time"] * node.get("Actual Loops", 1)
    own = total - sum(child["Actual Total Time"] * child.get("Actual Loops", 1) for child in children)
    kind = "index" if node["Node Type"] in INDEX_NODES else "table" if node["Node Type"] in TABLE_NODES else "rank"
    into[kind] = into.get(kind, 0.0) + max(own, 0.0)
    for child in children:
        own_times(child, into)


async def breakdown(
    connection: asyncpg.Connection, ran: list[tuple[float, str, str, tuple[Any, ...]]], pages: int
) -> None:
    times: dict[str, float] = {}
    matches = []
    for _seconds, _url, statement, args in ran:
        plan = json.loads(await connection.fetchval(f"EXPLAIN (ANALYZE, FORMAT JSON) {statement}", *args))[0]
        own_times(plan["Plan"], times)
        times["all"] = times.get("all", 0.0) + plan["Execution Time"]
        total = await connection.fetchval(f"SELECT max(total) FROM ({statement}) AS page", *args)
        matches.append(int(total or 0))
    shares = ", ".join(f"{kind} {times.get(kind, 0.0) / pages:.2f}" for kind in ("index", "table", "rank"))
    print(f"{len(ran)} statements for {pages} pages: {times['all'] / pages:.2f} ms a page ({shares})")
    print(f"matches a statement: median {statistics.median(matches):.0f}, mean {statistics.mean(matches):.0f}")


async def explain(database_url: str, redis_url: str, urls: list[str], slowest: int, *, split: bool = False) -> None:
    settings = Settings(database_url=database_url, redis_url=redis_url, environment="production",
                        secret_key="bench-" + "x" * 40, allowed_hosts=("testserver",))  # fmt: skip
    app = create_app(settings)
    ran: list[tuple[float, str, str, tuple[Any, ...]]] = []
    fetch_rows = service.fetch_rows
    url = ""

    async def recorded(statement: str, *args: Any) -> Any:
        started = time.perf_counter()
        rows = await fetch_rows(statement, *args)
        ran.append((time.perf_counter() - started, url, statement, args))
        return rows

    service.fetch_rows = recorded  # type: ignore[assignment]
    connection = await asyncpg.connect(database_url)
    async with app.lifespan():
        remember_results(app, on=False)
        await matching_built(app)
        client = client_for(app)
        for url in urls:
            await client.get(url)  # warm: plans, caches, the data in memory
        ran.clear()
        for url in urls:
            await client.get(url)
        if split:
            await breakdown(connection, ran, len(urls))
            chosen = []
        else:
            chosen = sorted(ran, key=lambda r: -r[0])[:slowest] if slowest else ran
        for seconds, asked, statement, args in chosen:
            plan = await connection.fetch(f"EXPLAIN (ANALYZE, BUFFERS) {statement}", *args)
            print(f"\n##### {asked} ({seconds * 1000:.2f} ms in the app)")
            print("\n".join(row[0] for row in plan))
        await client.aclose()
    await connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postings", type=int, default=20_000)
    parser.add_argument("--open", type=int, default=5_000)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--slowest", type=int, default=0, help="explain the N slowest statements of the bench's URLs")
    parser.add_argument("--breakdown", action="store_true", help="where the bench's statements spend their time")
    parser.add_argument("--browse", action="store_true", help="with --slowest: browsing URLs, not keyword searches")
    parser.add_argument("urls", nargs="*", default=DEFAULT_URLS)
    args = parser.parse_args()
    urls = [str(httpx.URL(url)) for url in args.urls]
    if args.slowest or args.breakdown:
        make_urls = browse_urls if args.browse else search_urls
        urls = make_urls(400, random.Random(SEED + 1), Skew.of(args.postings))
    with servers_with_postings(args.postings, args.open, args.data_dir) as (database_url, redis_url):
        asyncio.run(explain(database_url, redis_url, urls, args.slowest, split=args.breakdown))


if __name__ == "__main__":
    main()
