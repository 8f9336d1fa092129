"""Benchmark a seeker's recommendations and a posting's candidates at national scale, through the services.

Run:  .venv/bin/python bench/bench_recommendations.py [--postings 1000000] [--open 250000] [--seekers 500000]
                                                       [--requests 300] [--notifications 10000000] [--data DIR]

Starts its own PostgreSQL in a temporary folder, applies the migrations and generates, in SQL (generate_series,
seeded): --postings postings (--open of them open, the rest closed) with 2-5 must and 0-3 nice skills clustered by
skill category, and --seekers findable seekers with 2-10 skills, levels and preferences. Then, in this process:
1. The old freshness check: the fingerprint statement every request used to run over the open postings.
2. The first build of each live index (what start-up does in the background): time, and the process's RSS after.
3. --requests recommendations for random seekers and candidates for random open postings, unfiltered and covering
   every must-have: p50/p95 of the whole service call, of this process's CPU time in it (steadier on a shared
   machine), and the PostgreSQL backends' CPU per call; then, for 100 postings, how many of the unfiltered top 50
   cover every must-have and how many the filter lists.
4. Changes: one posting and one seeker changed at a time by another connection, then the next call (which reads the
   change log and reloads only those): p50/p95.
5. The worker's closing cron and the outbox sweep with --notifications notification rows: time of a run with work
   due and of an idle run, and their plans (EXPLAIN ANALYZE, BUFFERS).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import resource
import shutil
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import asyncpg
import numpy as np
from scipy import sparse

from jobsfez.dev.migrate import migrate
from jobsfez.dev.servers import postgres_admin_command, start_postgres
from jobsfez.notifications import service as notifications
from jobsfez.postings import service as postings
from jobsfez.resources import open_database
from jobsfez.skills import ranking
from jobsfez.skills import service as skills

SEED = 0.2026

# Postings: the first --open published and closing within 60 days, the rest closed. Skills from one category each.
POSTINGS_SQL = """
INSERT INTO employers (id, name_ko, name_en, sector, brn, address, district, status)
SELECT n, '벤치회사 ' || n, 'Bench Co ' || n, 'machinery', (1000000000 + n)::text, '부산 강서구', 'myeongji', 'approved'
FROM generate_series(1, 200) n;
SELECT setval('employers_id_seq', 200);
CREATE TEMP TABLE cats AS
SELECT row_number() OVER (ORDER BY category) AS c, array_agg(skill_id ORDER BY skill_id) AS ids,
       array_agg(name_ko ORDER BY skill_id) AS names
FROM skills GROUP BY category;
SELECT setseed({seed});
INSERT INTO postings (id, employer_id, status, title, description, sector, occupation, district, employment_type, shift,
                      pay_unit, pay_min, openings, start_date, closing_date, no_experience, youth_min_age, youth_max_age,
                      published_at, closed_at)
SELECT n, 1 + (n % 200), CASE WHEN n <= {open} THEN 'published' ELSE 'closed' END, '벤치 공고 ' || n, '설명',
       (ARRAY['automotive_parts','shipbuilding_marine','machinery','port_logistics','ai_software','ai_data',
              'energy','bio_medical','other'])[1 + floor(random() ^ 2 * 9)::int],
       '기능직',
       (ARRAY['myeongji','gangseo','jinhae','sasang','saha','noksan','seongsan','uichang'])[1 + floor(random() ^ 2 * 8)::int],
       (ARRAY['full_time','part_time','contract','temporary'])[1 + floor(random() * 4)::int],
       (ARRAY['day','two_shift','three_shift','flexible'])[1 + floor(random() * 4)::int],
       'month', 2500000, 1,
       CASE WHEN random() < 0.5 THEN current_date + (random() * 90)::int END,
       CASE WHEN n <= {open} THEN current_date + (random() * 60)::int ELSE current_date - 1 - (random() * 700)::int END,
       random() < 0.3, CASE WHEN random() < 0.2 THEN 15 END, CASE WHEN random() < 0.2 THEN 34 END,
       now() - interval '40 days', CASE WHEN n > {open} THEN now() - interval '1 day' END
FROM generate_series(1, {postings}) n;
SELECT setval('postings_id_seq', {postings});
INSERT INTO posting_skills (posting_id, kind, position, text, level, key, skill_id)
SELECT p.n, CASE WHEN k.i <= p.musts THEN 'must' ELSE 'nice' END, k.i - 1, c.names[k.pick], k.level, c.ids[k.pick],
       c.ids[k.pick]
FROM (SELECT n, 1 + floor(random() * (SELECT count(*) FROM cats))::int AS cat, 2 + floor(random() * 4)::int AS musts,
             floor(random() * 4)::int AS nices FROM generate_series(1, {postings}) n) p
JOIN cats c ON c.c = p.cat
CROSS JOIN LATERAL (SELECT i, 1 + floor(random() * cardinality(c.ids))::int AS pick,
                           (ARRAY[NULL, NULL, 2, 3, 4])[1 + floor(random() * 5)::int] AS level
                    FROM generate_series(1, p.musts + p.nices) i WHERE p.n > 0) k;
"""
SEEKERS_SQL = """
SELECT setseed({seed});
INSERT INTO users (id, email, password_hash, role, display_name)
SELECT 1000 + n, 'seeker' || n || '@bench.kr', 'x', 'seeker', '구직자 ' || n FROM generate_series(1, {seekers}) n;
SELECT setval('users_id_seq', 1000 + {seekers});
INSERT INTO seeker_profiles (user_id, birth_year, sectors, districts, employment_types, shifts, earliest_start,
                             experienced, findable)
SELECT 1000 + n, CASE WHEN random() < 0.8 THEN 1985 + (random() * 23)::int END,
       (ARRAY['{{}}', '{{automotive_parts}}', '{{machinery,shipbuilding_marine}}', '{{ai_software}}'])
           [1 + floor(random() * 4)::int]::text[],
       (ARRAY['{{}}', '{{myeongji}}', '{{gangseo,noksan}}'])[1 + floor(random() * 3)::int]::text[],
       (ARRAY['{{}}', '{{full_time}}', '{{full_time,contract}}'])[1 + floor(random() * 3)::int]::text[],
       (ARRAY['{{}}', '{{day}}', '{{two_shift,three_shift}}'])[1 + floor(random() * 3)::int]::text[],
       CASE WHEN random() < 0.5 THEN current_date + (random() * 60)::int END, random() < 0.6, true
FROM generate_series(1, {seekers}) n;
INSERT INTO seeker_skills (user_id, position, text, skill_key, level, years)
SELECT 1000 + s.n, k.i, c.names[k.pick], c.ids[k.pick], (ARRAY[NULL, 1, 2, 3, 4, 5])[1 + floor(random() * 6)::int],
       CASE WHEN random() < 0.3 THEN (random() * 10)::numeric(4, 1) END
FROM (SELECT n, 1 + floor(random() * (SELECT count(*) FROM cats))::int AS cat, 2 + floor(random() * 9)::int AS held
      FROM generate_series(1, {seekers}) n) s
JOIN cats c ON c.c = s.cat
CROSS JOIN LATERAL (SELECT i, 1 + floor(random() * cardinality(c.ids))::int AS pick
                    FROM generate_series(1, s.held) i WHERE s.n > 0) k;
"""
# Notifications: nearly all sent long ago; some reminders pending for later, and a few pending rows due now.
NOTIFICATIONS_SQL = """
SELECT setseed({seed});
INSERT INTO notifications (cause, kind, channel, recipient_user_id, recipient, status, send_after, created_at, sent_at)
SELECT 'bench:' || n, 'interview_reminder', 'email', 1001 + n % {seekers}, 'seeker@bench.kr',
       CASE WHEN n % 50 = 0 THEN 'pending' WHEN n % 97 = 0 THEN 'failed' ELSE 'sent' END,
       CASE WHEN n % 50 = 0 THEN now() + (n % 1000) * interval '1 hour' ELSE now() - (n % 700) * interval '1 day' END,
       now() - (n % 700) * interval '1 day', CASE WHEN n % 50 <> 0 THEN now() - (n % 700) * interval '1 day' END
FROM generate_series(1, {notifications}) n;
"""
# What every request ran before the live indexes, to learn whether its index was current (issue 19).
FINGERPRINT_SQL = """SELECT count(*), max(updated_at), min(closes_at) FROM postings
                     WHERE status = 'published' AND closes_at > now()"""
SWEEP_PLAN = """EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT id FROM notifications
                WHERE status = 'pending' AND send_after <= now() AND created_at + interval '30 seconds' <= now()
                ORDER BY send_after LIMIT 5000"""


def rss_mib() -> float:
    with open("/proc/self/status") as handle:
        line = next(line for line in handle if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pg_cpu_seconds() -> float:
    """CPU time used so far by the client backends of this benchmark's PostgreSQL (Linux /proc): other benchmarks on
    the machine may have a database of the same name."""
    total = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as handle:
                if not handle.read().startswith(b"postgres: postgres bench "):
                    continue
            with open(f"/proc/{pid}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            if int(fields[1]) == POSTMASTER[0]:
                total += int(fields[11]) + int(fields[12])
        except OSError:
            continue
    return total / os.sysconf("SC_CLK_TCK")


POSTMASTER = [0]  # the benchmark's PostgreSQL server process, once started


def index_mib(index: object) -> float:
    """The index's arrays and sparse matrices (what a process keeps), in MiB."""
    total = 0
    for value in (getattr(index, name) for name in index.__slots__):  # type: ignore[attr-defined]
        for part in value.values() if isinstance(value, dict) else [value]:
            if isinstance(part, np.ndarray):
                total += part.nbytes
            elif sparse.issparse(part):
                total += part.data.nbytes + part.indices.nbytes + part.indptr.nbytes
    return total / 2**20


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def timed_calls(
    label: str, calls: list[Callable[[], Awaitable[object]]], before: Callable[[int], Awaitable[object]] | None = None
) -> None:
    """Time each call (after `before`, untimed, if given) and the PostgreSQL backends' CPU during the calls."""
    timings, cpu, pg_seconds = [], [], 0.0
    for n, call in enumerate(calls):
        if before is not None:
            await before(n)
        pg = pg_cpu_seconds()
        started, process = time.perf_counter(), time.process_time()
        await call()
        timings.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - process) * 1000)
        pg_seconds += pg_cpu_seconds() - pg
    print(f"  {label}: p50 {percentile(timings, 0.5):.1f} ms  p95 {percentile(timings, 0.95):.1f} ms  "
          f"max {max(timings):.1f} ms | CPU a call: this process p50 {percentile(cpu, 0.5):.1f} ms, p95 "
          f"{percentile(cpu, 0.95):.1f} ms; PostgreSQL mean {pg_seconds * 1000 / len(calls):.2f} ms "
          f"({len(calls)} calls)")  # fmt: skip


async def measure(args: argparse.Namespace, database_url: str) -> None:
    rng = random.Random(2026)
    async with open_database(database_url, pool_max=4):
        connection = await asyncpg.connect(database_url)
        runs = []
        for _ in range(5):
            started = time.perf_counter()
            await connection.fetch(FINGERPRINT_SQL)
            runs.append((time.perf_counter() - started) * 1000)
        print(f"before: the fingerprint statement each request ran: median {statistics.median(runs):.0f} ms")

        base_rss = rss_mib()
        vocab = await skills.vocabulary()
        for name, index in (("open postings", ranking.OPEN_POSTINGS), ("findable seekers", ranking.FINDABLE_SEEKERS)):
            started = time.perf_counter()
            layers = await index.layers(vocab)
            print(f"build of {name}: {len(layers[0].index):,} rows in {time.perf_counter() - started:.1f} s, "
                  f"arrays {index_mib(layers[0].index):.0f} MiB; "
                  f"RSS now {rss_mib():.0f} MiB (before the builds {base_rss:.0f} MiB, peak {peak_rss_mib():.0f})")  # fmt: skip

        seekers = [1000 + rng.randint(1, args.seekers) for _ in range(args.requests)]
        open_postings = [rng.randint(1, args.open) for _ in range(args.requests)]
        print(f"calls through the services (load {os.getloadavg()[0]:.2f}):")
        await timed_calls("recommendations, limit 20", [lambda s=s: ranking.recommended_postings(s) for s in seekers])
        await timed_calls("candidates, limit 50", [lambda p=p: ranking.findable_candidates(p) for p in open_postings])
        await timed_calls(
            "candidates covering every must-have, limit 50",
            [lambda p=p: ranking.findable_candidates(p, every_must=True) for p in open_postings],
        )
        await covering(open_postings[:100])

        async def change_posting(n: int) -> None:  # another process's write: not timed
            await connection.execute("UPDATE postings SET shift = 'flexible' WHERE id = $1", open_postings[n])

        async def change_seeker(n: int) -> None:
            await connection.execute("UPDATE seeker_profiles SET experienced = NOT experienced WHERE user_id = $1",
                                     seekers[n])  # fmt: skip

        print("right after a change by another connection (the call reads the change log and reloads what changed):")
        recommend = [lambda s=s: ranking.recommended_postings(s) for s in seekers[:100]]
        await timed_calls("recommendations", recommend, before=change_posting)
        candidates = [lambda p=p: ranking.findable_candidates(p) for p in open_postings[:100]]
        await timed_calls("candidates", candidates, before=change_seeker)
        print(f"RSS after the calls {rss_mib():.0f} MiB, peak {peak_rss_mib():.0f} MiB; "
              f"builds: postings {ranking.OPEN_POSTINGS.builds}, seekers {ranking.FINDABLE_SEEKERS.builds}")  # fmt: skip
        await connection.close()
        if args.notifications:
            await crons(database_url)


async def covering(posting_ids: list[int]) -> None:
    """How many of the top 50 cover every must-have, and how many the filter finds: what the filter is for."""
    among_top, found = [], []
    for posting_id in posting_ids:
        top = await ranking.findable_candidates(posting_id)
        among_top.append(sum(not s.missing for s in top))
        found.append(len(await ranking.findable_candidates(posting_id, every_must=True)))
    print(f"  covering every must-have ({len(posting_ids)} postings): in the unfiltered top 50 median "
          f"{statistics.median(among_top):.0f} (none in {among_top.count(0)}); listed with the filter median "
          f"{statistics.median(found):.0f} (none in {found.count(0)}, 50 in {found.count(50)})")  # fmt: skip


async def crons(database_url: str) -> None:
    connection = await asyncpg.connect(database_url)
    try:
        print("closing cron and outbox sweep:")
        await connection.execute(
            "UPDATE postings SET closing_date = current_date - 1 WHERE id IN (SELECT id FROM postings "
            "WHERE status = 'published' ORDER BY id LIMIT 1000)"
        )
        for label, run in (("closing, 1,000 due", postings.close_expired), ("closing, none due", postings.close_expired),
                           ("sweep", notifications.due_for_sweep), ("sweep again", notifications.due_for_sweep)):  # fmt: skip
            started = time.perf_counter()
            result = await run()
            done = result if isinstance(result, int) else len(result)
            print(f"  {label}: {(time.perf_counter() - started) * 1000:.1f} ms ({done} rows)")
        for plan, args in (
            ("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + postings.CLOSE_DUE, (None, 1000)),
            (SWEEP_PLAN, ()),
        ):
            undo = connection.transaction()  # EXPLAIN ANALYZE runs the UPDATE: undone
            await undo.start()
            print("\n".join("    " + row[0] for row in await connection.fetch(plan, *args)))
            await undo.rollback()
    finally:
        await connection.close()


@contextmanager
def database(args: argparse.Namespace) -> Iterator[str]:
    """PostgreSQL with the generated rows: in a temporary folder, or kept in --data (generated on its first use)."""
    folder = args.data or Path(tempfile.mkdtemp(prefix="jobsfez-bench-recs-"))
    fresh = not (folder / "pg").exists()
    pg = start_postgres(folder / "pg", durable=False)
    POSTMASTER[0] = pg.process.pid
    try:
        database_url = pg.url.rsplit("/", 1)[0] + "/bench"
        if fresh:
            postgres_admin_command(pg.url, "CREATE DATABASE bench")
            migrate(database_url)
            asyncio.run(load(args, database_url))
        yield database_url
    finally:
        pg.stop()
        if args.data is None:
            shutil.rmtree(folder, ignore_errors=True)


async def load(args: argparse.Namespace, database_url: str) -> None:
    connection = await asyncpg.connect(database_url)
    try:
        for label, sql in (("postings", POSTINGS_SQL), ("seekers", SEEKERS_SQL), ("notifications", NOTIFICATIONS_SQL)):
            if label == "notifications" and not args.notifications:
                continue
            started = time.perf_counter()
            await connection.execute(sql.format(seed=SEED, **vars(args)))
            print(f"generated {label} in {time.perf_counter() - started:.0f} s")
        await connection.execute("VACUUM ANALYZE")
    finally:
        await connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postings", type=int, default=1_000_000)
    parser.add_argument("--open", type=int, default=250_000)
    parser.add_argument("--seekers", type=int, default=500_000)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--notifications", type=int, default=10_000_000)
    parser.add_argument("--data", type=Path, help="keep the database in this folder and reuse it (same sizes!)")
    args = parser.parse_args()
    print(
        f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cpus; {time.strftime('%F %R')}"
    )
    with database(args) as database_url:
        asyncio.run(measure(args, database_url))


if __name__ == "__main__":
    main()
