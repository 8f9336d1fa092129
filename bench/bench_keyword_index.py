"""What keyword search's index of the open postings costs a process, and what a search in it costs.

Run:  .venv/bin/python bench/bench_keyword_index.py [--postings 20000] [--open 5000] [--data-dir DIR] [--stream N]

On bench_search.py's data (the same seed, skew and searches; --data-dir reuses a loaded board), with no web app:
1. the build: seconds to read the open postings from PostgreSQL and index them, and this process's resident memory
   before and after (``search.documents.live_keywords``, as each web process builds it at start-up);
2. a search in the index alone (``search.engine.search``, no PostgreSQL, no page): bench_search's 400 keyword
   searches with two filters, a first pass (each word asked for the first time: only its filters' rows worked out),
   a first round (asked again: its whole work worked out and kept, ``engine._Memo``) and two more: p50, p95 and
   mean, and the matches counted; with --stream N, before them, N searches drawn with the same skew (another seed),
   each once in turn, as a day's searches come: the mean over the stream and over its second half;
3. keeping current: after N postings are written (their titles set to themselves: the change log sees a write),
   the time of the next call that reloads them (one statement for the log, one for the documents, the small fresh
   layers rebuilt), for N = 1, 10, 100, 300, then one at a time with 411 fresh rows (a busy board's steady state),
   then 500 (past the most before a new base is built in the background).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_search as bench

from jobsfez.db import fetch
from jobsfez.postings.criteria import SearchInput, criteria_of
from jobsfez.postings.search import engine
from jobsfez.postings.search.caches import WordCache
from jobsfez.postings.search.documents import live_keywords
from jobsfez.postings.search.engine import Query
from jobsfez.postings.search.service import engine_query
from jobsfez.resources import open_database
from jobsfez.skills import service as skills


async def measure(args: argparse.Namespace, database_url: str) -> None:
    async with open_database(database_url, pool_max=4):
        vocabulary = await skills.vocabulary()
        index = live_keywords()
        gc.collect()
        before, started = bench.rss_mib(), time.perf_counter()
        [layer] = await index.layers(vocabulary)
        gc.collect()
        print(f"build: {len(layer.index):,} open postings in {time.perf_counter() - started:.1f} s; "
              f"RSS {before:.0f} -> {bench.rss_mib():.0f} MiB")  # fmt: skip

        words = WordCache()

        def queries_of(count: int, seed: int) -> list[Query]:
            queries: list[Query] = []
            for url in bench.search_urls(count, random.Random(seed), bench.Skew.of(args.postings)):
                criteria = criteria_of(SearchInput(**dict(parse_qsl(urlsplit(url).query))))
                keywords = words.keywords(vocabulary, criteria.q)
                query = None if keywords is None else engine_query(criteria, keywords, None)
                if query is not None:
                    queries.append(query)
            return queries

        queries = queries_of(400, bench.SEED + 1)
        now = time.time()
        layers = [(layer.index, layer.live_at(now))]
        if args.stream:
            stream = queries_of(args.stream, bench.SEED + 7)
            times = []
            for query in stream:  # each search once, in turn: the memo as a day's searches find it
                started = time.perf_counter()
                engine.search(layers, query, offset=0, limit=20)
                times.append((time.perf_counter() - started) * 1000)
            later = times[len(times) // 2 :]
            print(f"a stream of {len(stream)} searches ({len({tuple(w.text for w in q.words) for q in stream})} "
                  f"distinct words): mean {statistics.mean(times):.2f} ms, its second half mean "
                  f"{statistics.mean(later):.2f} ms, p95 {bench.percentile(later, 0.95):.2f} ms; kept "
                  f"{layer.index.memo.size / 2**20:.1f} MiB")  # fmt: skip
            layer.index.memo.clear()  # empty again for the passes below
        times = []
        for query in queries:  # the first pass: each word asked for the first time, then for the second
            started = time.perf_counter()
            engine.search(layers, query, offset=0, limit=20)
            times.append((time.perf_counter() - started) * 1000)
        print(f"search, first pass: p50 {bench.percentile(times, 0.5):.2f} ms, "
              f"p95 {bench.percentile(times, 0.95):.2f} ms, mean {statistics.mean(times):.2f} ms; "
              f"kept {layer.index.memo.size / 2**20:.1f} MiB")  # fmt: skip
        for round_ in range(1, 4):
            times, matches = [], []
            for query in queries:
                started = time.perf_counter()
                found = engine.search(layers, query, offset=0, limit=20)
                times.append((time.perf_counter() - started) * 1000)
                matches.append(found.total)
            print(f"search, round {round_}: p50 {bench.percentile(times, 0.5):.2f} ms, "
                  f"p95 {bench.percentile(times, 0.95):.2f} ms, mean {statistics.mean(times):.2f} ms; "
                  f"matches median {statistics.median(matches):.0f}, mean {statistics.mean(matches):.0f}")  # fmt: skip

        ids = [int(i) for i in layer.index.ids]
        for seed, count in enumerate((1, 10, 100, 300, 1, 1, 1, 1, 1, 500)):
            written = random.Random(seed).sample(ids, count)
            await fetch("UPDATE postings SET title = title WHERE id = ANY($1::bigint[])", written)
            started = time.perf_counter()
            await index.layers(vocabulary)
            print(f"{count:4} postings written: the next call reloads them in "
                  f"{(time.perf_counter() - started) * 1000:.1f} ms (fresh rows {index.fresh_rows})")  # fmt: skip
            await index.layers(vocabulary)  # nothing new: the log read alone
        started = time.perf_counter()
        for _ in range(100):
            await index.layers(vocabulary)
        print(f"nothing written: a call reads the log in {(time.perf_counter() - started) * 10:.2f} ms")
        await index.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postings", type=int, default=20_000)
    parser.add_argument("--open", type=int, default=5_000)
    parser.add_argument("--data-dir", type=Path, help="bench_search.py's --data-dir: a board loaded there is reused")
    parser.add_argument("--stream", type=int, default=0, help="first, a stream of this many searches, each once")
    args = parser.parse_args()
    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cpus")
    with bench.servers_with_postings(args.postings, args.open, args.data_dir) as (database_url, _redis_url):
        asyncio.run(measure(args, database_url))


if __name__ == "__main__":
    main()
