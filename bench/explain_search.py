"""Where PostgreSQL spends a search page's time: EXPLAIN (ANALYZE, BUFFERS) of the statements a few searches run.

Run:  .venv/bin/python bench/explain_search.py --postings 1000000 --open 250000 --data-dir DIR [URL ...]

Uses the servers and data of bench_search.py (kept in DIR, loaded there on the first run). Each URL (by default a
few keyword searches and browsing pages) is asked of the real app once with the result cache off; every statement
the search service runs for it is then explained, and the plan printed with its execution time.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

import asyncpg
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_search import client_for, remember_results, servers_with_postings

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


async def explain(database_url: str, redis_url: str, urls: list[str]) -> None:
    settings = Settings(database_url=database_url, redis_url=redis_url, environment="production",
                        secret_key="bench-" + "x" * 40, allowed_hosts=("testserver",))  # fmt: skip
    app = create_app(settings)
    ran: list[tuple[str, tuple[Any, ...]]] = []
    fetch_rows = service.fetch_rows

    async def recorded(statement: str, *args: Any) -> Any:
        ran.append((statement, args))
        return await fetch_rows(statement, *args)

    service.fetch_rows = recorded  # type: ignore[assignment]
    connection = await asyncpg.connect(database_url)
    async with app.lifespan():
        remember_results(app, on=False)
        client = client_for(app)
        for url in urls:
            await client.get(url)  # warm: plans, caches, the data in memory
            ran.clear()
            response = await client.get(url)
            print(f"\n##### {url}: {response.status_code}, {len(ran)} statement(s)")
            for statement, args in ran:
                plan = await connection.fetch(f"EXPLAIN (ANALYZE, BUFFERS) {statement}", *args)
                print("\n".join(row[0] for row in plan))
                print("-----")
        await client.aclose()
    await connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postings", type=int, default=20_000)
    parser.add_argument("--open", type=int, default=5_000)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("urls", nargs="*", default=DEFAULT_URLS)
    args = parser.parse_args()
    urls = [str(httpx.URL(url)) for url in args.urls]
    with servers_with_postings(args.postings, args.open, args.data_dir) as (database_url, redis_url):
        asyncio.run(explain(database_url, redis_url, urls))


if __name__ == "__main__":
    main()
