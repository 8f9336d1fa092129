"""Why browsing keeps PostgreSQL's custom plans: each browsing statement timed with them and with a generic plan.

Run:  .venv/bin/python bench/bench_generic_plans.py --postings 1000000 --open 250000 --data-dir DIR

Uses the servers and data of bench_search.py. A browsing page's statement is planned afresh each time (custom plans,
their parameters known), and planning takes about as long as running it (docs/benchmarks.md). A generic plan would
save that, but it is one plan for every value of a filter. This runs 135 browsing statements (each filter alone and
in pairs, with its most and least common values, each sort, pages 1, 3 and 20) on two connections, one with the
default plan cache mode and one with ``plan_cache_mode=force_generic_plan``: eight runs each, the median of the
last five and the slowest of the last three, client-side, and prints the total and the statements a generic plan
makes slower.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import asyncpg

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_search import servers_with_postings

from jobsfez.postings.criteria import Criteria
from jobsfez.postings.search.query import page_statement

RUNS = 8


async def timing(connection: asyncpg.Connection, sql: str, args: list[Any]) -> tuple[float, float]:
    statement = await connection.prepare(sql)
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        await statement.fetch(*args)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times[3:]), max(times[5:])


async def by_count(connection: asyncpg.Connection, column: str) -> list[str]:
    rows = await connection.fetch(f"SELECT {column} FROM postings GROUP BY 1 ORDER BY count(*) DESC")
    return [row[0] for row in rows]


async def measure(database_url: str) -> None:
    custom = await asyncpg.connect(database_url)
    generic = await asyncpg.connect(database_url, server_settings={"plan_cache_mode": "force_generic_plan"})
    sectors, districts = await by_count(custom, "sector"), await by_count(custom, "district")
    types, shifts = await by_count(custom, "employment_type"), await by_count(custom, "shift")
    filters: list[dict[str, Any]] = [
        {},
        {"sector": sectors[0]},
        {"sector": sectors[-1]},
        {"district": districts[0]},
        {"district": districts[-1]},
        {"sector": sectors[0], "district": districts[-1]},
        {"sector": sectors[-1], "district": districts[-1]},
        {"employment_type": types[-1]},
        {"shift": shifts[-1]},
        {"youth": True},
        {"no_experience": True},
        {"min_pay": 4_000_000},
        {"min_pay": 2_500_000, "sector": sectors[-1]},
        {"youth": True, "district": districts[-1]},
        {"shift": shifts[-1], "employment_type": types[-1]},
    ]
    slower, totals = [], [0.0, 0.0]
    for chosen in filters:
        for sort in ("newest", "closing", "pay"):
            for page in (1, 3, 20):
                criteria = Criteria(sort=sort, page=page, **chosen)
                sql, args = page_statement(criteria, None, None, similar=False, unless=None)
                (custom_ms, custom_max), (generic_ms, generic_max) = [
                    await timing(connection, sql, args) for connection in (custom, generic)
                ]
                totals[0] += custom_ms
                totals[1] += generic_ms
                if generic_ms > custom_ms * 1.5 + 0.2:
                    slower.append((generic_ms, generic_max, custom_ms, custom_max, chosen, sort, page))
    count = len(filters) * 9
    print(f"{count} statements, the sum of their medians: custom plans {totals[0]:.1f} ms, generic {totals[1]:.1f} ms")
    print(f"{len(slower)} slower with a generic plan:")
    for generic_ms, generic_max, custom_ms, custom_max, chosen, sort, page in sorted(slower, key=lambda s: -s[0]):
        print(f"  generic {generic_ms:7.2f} ms (slowest {generic_max:7.2f}), custom {custom_ms:5.2f} "
              f"(slowest {custom_max:5.2f}): {chosen} sort={sort} page={page}")  # fmt: skip
    await custom.close()
    await generic.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postings", type=int, default=20_000)
    parser.add_argument("--open", type=int, default=5_000)
    parser.add_argument("--data-dir", type=Path, help="bench_search.py's --data-dir: a board loaded there is reused")
    args = parser.parse_args()
    with servers_with_postings(args.postings, args.open, args.data_dir) as (database_url, _redis_url):
        asyncio.run(measure(database_url))


if __name__ == "__main__":
    main()
