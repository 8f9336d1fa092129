"""Benchmark the public job search page against a bare "fortunes" page, both served in-process.

Run:  .venv/bin/python bench/bench_search.py [--postings 20000] [--open 5000] [--requests 400] [--seconds 5] [--browse]
      [--data-dir DIR] [--db-only]

Starts its own PostgreSQL and Redis (from the project's wheels) in a temporary folder, applies the migrations,
and bulk-loads seeded synthetic postings (COPY) drawn from the shipped skill taxonomy: titles, occupations,
descriptions and must/nice skills in Korean and English, approved companies (one per 100 postings, at least
200), --open published postings with a closing day ahead and the rest closed or drafts. The data is skewed as a
real board's: a few skill categories, skills, districts and companies are far more common than the rest, and
searches ask for the popular skills more. With --data-dir the servers' data is kept there and reused by the next
run of the same sizes. Then, through httpx.ASGITransport into the real app:
1. Latency: --requests sequential GETs of /jobs, each with a keyword (a skill name, an alias, or a typo) and two
   filters (sector and district, or employment type and shift); p50/p95/p99 of the whole request in-process.
   "cold": the search-result cache is off, so every request runs the whole search statement;
   "warm": the same URLs again with the cache on (results unchanged, so the statement only reads the postings'
   change number). Then PostgreSQL's own execution time a page over one more cold pass (pg_stat_statements),
   and the statements that took it; --db-only stops there.
2. Throughput: the same search URLs vs the bare fortunes page (bench/fortunes.py: Litestar + asyncpg + Jinja2,
   12 rows), each driven by --concurrency clients for --seconds, in alternating rounds; median requests/s,
   their ratio, and CPU per request of this Python process and of the PostgreSQL backends. Cold and warm.
3. With --parts, where a cold search page's time goes: the same app serving, for the same URLs, only the search
   (a fixed 13 kB body), only the rendering (of results found beforehand), and only a fixed body (middleware,
   routing and the client), each against fortunes in alternating rounds; and the same searches as htmx asks
   them once the page is open (the results fragment only), cache off.
4. With --browse, the same figures for browsing pages (no keyword: filters, sorts and later pages) in place of
   the keyword searches.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import itertools
import logging
import os
import platform
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from litestar import Litestar, MediaType, Request, get
from litestar.response import Response, Template

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fortunes import SETUP_SQL, create_fortunes_app

from jobsfez import choices
from jobsfez.app import create_app
from jobsfez.config import Settings
from jobsfez.dev.migrate import migrate
from jobsfez.dev.servers import postgres_admin_command, start_postgres, start_redis
from jobsfez.postings import public, search
from jobsfez.postings.criteria import SearchInput
from jobsfez.postings.search import documents as search_documents
from jobsfez.postings.search.caches import ResultCache
from jobsfez.skills import ranking
from jobsfez.skills.taxonomy_data import load_shipped_skills

SEED = 2026
SECTOR_OF_CATEGORY = {
    "software": ["ai_software"],
    "data_ai": ["ai_data", "ai_software"],
    "machining": ["machinery", "automotive_parts"],
    "welding": ["shipbuilding_marine", "machinery"],
    "electrical_plc": ["automotive_parts", "energy", "machinery"],
    "cad_cae": ["automotive_parts", "shipbuilding_marine"],
    "logistics_equipment": ["port_logistics"],
    "quality_safety": ["automotive_parts", "bio_medical", "machinery"],
    "shipbuilding_marine": ["shipbuilding_marine"],
    "languages": ["port_logistics", "other"],
    "soft_skills": ["other", "port_logistics"],
    "qualification": ["machinery", "energy"],
}
DISTRICTS = list(choices.DISTRICTS)
TYPES = list(choices.EMPLOYMENT_TYPES)
SHIFTS = list(choices.SHIFTS)
ROLES_KO = ["기능직", "엔지니어", "기사", "개발자", "담당자", "생산직", "연구원", "오퍼레이터", "보조", "관리자"]
ROLES_EN = ["engineer", "developer", "technician", "operator", "specialist", "analyst"]
SENTENCES = [
    "명지 국제신도시에 있는 회사입니다.",
    "부산신항과 가까워 출퇴근이 편합니다.",
    "4대 보험과 퇴직금을 보장합니다.",
    "기숙사와 통근 버스를 제공합니다.",
    "신입도 선배가 차근차근 가르쳐 드립니다.",
    "We welcome international residents of the free economic zone.",
    "주 5일 근무, 잔업 시 수당을 지급합니다.",
    "성실하고 책임감 있는 분을 찾습니다.",
    "관련 자격증 보유자를 우대합니다.",
    "Lunch and shuttle bus from Hadan station are provided.",
]
TYPOS = ["용졉", "Phyton", "지게자", "파이선", "CNC선반", "엑셀", "Javascrip", "PLC 제어", "도장", "물류 관리"]
POSTING_COLUMNS = [
    "id", "employer_id", "status", "title", "description", "sector", "occupation", "district", "address",
    "employment_type", "shift", "pay_unit", "pay_min", "pay_max", "pay_negotiable", "openings", "start_date",
    "closing_date", "no_experience", "youth_min_age", "youth_max_age", "skill_text", "skill_keys", "created_at",
    "updated_at", "published_at", "closed_at",
]  # fmt: skip


def popular(count: int, rng: random.Random, exponent: float = 1.0) -> list[float]:
    """Cumulative weights of a Zipf-like draw over ``count`` things in a shuffled order: a few dominate."""
    weights = [1 / (rank + 1) ** exponent for rank in range(count)]
    rng.shuffle(weights)
    return list(itertools.accumulate(weights))


@dataclasses.dataclass(frozen=True)
class Skew:
    """The seeded popularity of categories, skills, districts and companies, shared by postings and searches."""

    by_category: dict[str, list[Any]]
    categories: list[str]
    category_weights: list[float]
    skill_weights: dict[str, list[float]]
    district_weights: list[float]
    employers: int
    employer_weights: list[float]

    @classmethod
    def of(cls, postings: int) -> Skew:
        rng = random.Random(SEED - 1)
        by_category: dict[str, list[Any]] = {}
        for skill in load_shipped_skills():
            by_category.setdefault(skill.category, []).append(skill)
        categories = sorted(by_category)
        employers = max(200, postings // 100)  # a company posts 100 times over the years, the big ones far more
        return cls(
            by_category, categories, popular(len(categories), rng, 0.8),
            {c: popular(len(by_category[c]), rng) for c in categories}, popular(len(DISTRICTS), rng, 1.2),
            employers, popular(employers, rng, 0.7),
        )  # fmt: skip

    def category(self, rng: random.Random) -> str:
        return rng.choices(self.categories, cum_weights=self.category_weights)[0]

    def skill(self, rng: random.Random, category: str) -> Any:
        return rng.choices(self.by_category[category], cum_weights=self.skill_weights[category])[0]

    def district(self, rng: random.Random) -> str:
        return rng.choices(DISTRICTS, cum_weights=self.district_weights)[0]


def generate(
    postings: int, open_count: int, rng: random.Random, skew: Skew, chunk: int = 50_000
) -> Iterator[tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]]:
    """Posting rows and posting_skills rows, a chunk at a time, clustered by skill category as real postings are,
    with a few categories, skills, districts and companies far more common than the rest."""
    today = datetime.now(UTC).date()
    now = datetime.now(UTC)
    rows: list[tuple[Any, ...]] = []
    skill_rows: list[tuple[Any, ...]] = []
    drafts = min(1000, (postings - open_count) // 10)
    employer_ids = range(1, skew.employers + 1)
    for pid in range(1, postings + 1):
        category = skew.category(rng)
        pool = skew.by_category[category]
        main = skew.skill(rng, category)
        english = category in ("software", "data_ai") and rng.random() < 0.4
        title = f"{main.name_en} {rng.choice(ROLES_EN)}" if english else f"{main.name_ko} {rng.choice(ROLES_KO)}"
        musts = list(dict.fromkeys([main, *(skew.skill(rng, category) for _ in range(rng.randint(1, 3)))]))
        nices = [s for s in rng.sample(pool, min(len(pool), rng.randint(0, 3))) if s not in musts]
        texts = []
        for position, (kind, skill) in enumerate([("must", s) for s in musts] + [("nice", s) for s in nices]):
            text = skill.name_en if english or rng.random() < 0.2 else skill.name_ko
            texts.append(text)
            skill_rows.append((pid, kind, position, text[:60], rng.choice([None, None, 2, 3, 4]), skill.id, skill.id))
        description = " ".join(rng.sample(SENTENCES, 4)) + "\n\n" + "\n".join(f"- {t}" for t in texts)
        unit = rng.choices(["month", "hour", "year"], [6, 2, 2])[0]
        low = {"month": rng.randint(2_200, 4_500) * 1000, "hour": rng.randint(10_320, 18_000),
               "year": rng.randint(28, 60) * 1_000_000}[unit]  # fmt: skip
        if pid <= open_count:
            status, closing = "published", today + timedelta(days=rng.randint(0, 60))
            published = now - timedelta(days=rng.randint(0, 30), minutes=rng.randint(0, 1440))
            closed_at = None
        elif pid <= open_count + drafts:
            status, closing, published, closed_at = "draft", today + timedelta(days=30), None, None
        else:
            status, closing = "closed", today - timedelta(days=rng.randint(1, 700))
            published = datetime.combine(closing, datetime.min.time(), UTC) - timedelta(days=30)
            closed_at = published + timedelta(days=30)
        youth = rng.random() < 0.2
        rows.append(
            (
                pid, rng.choices(employer_ids, cum_weights=skew.employer_weights)[0], status, title[:100], description,
                rng.choice(SECTOR_OF_CATEGORY.get(category, ["other"])), f"{main.name_ko} {rng.choice(ROLES_KO)}"[:100],
                skew.district(rng), "부산 강서구 명지동" if rng.random() < 0.3 else "",
                rng.choice(TYPES), rng.choice(SHIFTS), unit, low,
                low + rng.randint(0, 5) * (1000 if unit == "hour" else 200_000) if rng.random() < 0.6 else None,
                rng.random() < 0.1, rng.randint(1, 10), None, closing, rng.random() < 0.4,
                15 if youth else None, 34 if youth else None, " ".join(texts), [s.id for s in musts + nices],
                published or now, published or now, published, closed_at,
            )
        )  # fmt: skip
        if len(rows) == chunk or pid == postings:
            yield rows, skill_rows
            rows, skill_rows = [], []


async def load(database_url: str, postings: int, open_count: int) -> None:
    rng = random.Random(SEED)
    skew = Skew.of(postings)
    connection = await asyncpg.connect(database_url)
    try:
        await connection.copy_records_to_table(
            "employers",
            records=[
                (n, f"벤치회사 {n}", f"Bench Co {n}", "machinery", f"{1_000_000_000 + n}", "부산 강서구", "myeongji",
                 "approved")
                for n in range(1, skew.employers + 1)
            ],
            columns=["id", "name_ko", "name_en", "sector", "brn", "address", "district", "status"],
        )  # fmt: skip
        for rows, skill_rows in generate(postings, open_count, rng, skew):
            await connection.copy_records_to_table("postings", records=rows, columns=POSTING_COLUMNS)
            await connection.copy_records_to_table(
                "posting_skills",
                records=skill_rows,
                columns=["posting_id", "kind", "position", "text", "level", "key", "skill_id"],
            )
        await connection.execute(
            f"SELECT setval('employers_id_seq', {skew.employers}); SELECT setval('postings_id_seq', {postings})"
        )
        await connection.execute(SETUP_SQL)
        await connection.execute("VACUUM ANALYZE")
    finally:
        await connection.close()


def search_urls(count: int, rng: random.Random, skew: Skew) -> list[str]:
    """A keyword (name, alias or typo; Korean or English; popular skills asked more) and two filters."""
    urls = []
    for _ in range(count):
        skill = skew.skill(rng, skew.category(rng))
        word = rng.choice([skill.name_ko, skill.name_en, *(skill.aliases[:2]), rng.choice(TYPOS)])
        category_sectors = SECTOR_OF_CATEGORY.get(skill.category, ["other"])
        if rng.random() < 0.5:
            filters = {"sector": rng.choice(category_sectors), "district": skew.district(rng)}
        else:
            filters = {"employment_type": rng.choice(TYPES), "shift": rng.choice(SHIFTS)}
        urls.append(str(httpx.URL("/jobs", params={"q": word, **filters})))
    return urls


def browse_urls(count: int, rng: random.Random, skew: Skew) -> list[str]:
    """Browsing without words, as from the job search page's filters and pager: no filter, one or two filters, each
    sort, first pages and later ones."""
    urls = []
    for _ in range(count):
        params: dict[str, str] = {}
        if rng.random() < 0.5:
            params["sector"] = rng.choice(sorted({s for sectors in SECTOR_OF_CATEGORY.values() for s in sectors}))
        if rng.random() < 0.3:
            params["district"] = skew.district(rng)
        if rng.random() < 0.4:
            params["sort"] = rng.choice(["closing", "pay"])
        if rng.random() < 0.3:
            params["page"] = str(rng.randint(2, 5))
        urls.append(str(httpx.URL("/jobs", params=params)))
    return urls


async def latency(client: httpx.AsyncClient, urls: Sequence[str]) -> tuple[list[float], list[int]]:
    timings, totals = [], []
    for url in urls:
        started = time.perf_counter()
        response = await client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code, response.text[:300])
        totals.append(response.text.count('class="card job"'))
    return timings, totals


async def throughput(client: httpx.AsyncClient, next_url: Callable[[], str], seconds: float, workers: int) -> float:
    done = 0
    deadline = time.perf_counter() + seconds

    async def worker() -> None:
        nonlocal done
        while time.perf_counter() < deadline:
            response = await client.get(next_url())
            assert response.status_code == 200
            done += 1

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(workers)))
    return done / (time.perf_counter() - started)


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def pg_cpu_seconds(database: str) -> float:
    """CPU time used so far by the PostgreSQL backends serving ``database`` (Linux /proc)."""
    total = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as handle:
                if f"postgres: postgres {database} ".encode() not in handle.read():
                    continue
            with open(f"/proc/{pid}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except OSError:
            continue
    return total / os.sysconf("SC_CLK_TCK")


async def matching_built(app: Litestar) -> None:
    """Wait for the matching and keyword indexes the app starts building in the background (``ranking.warm``,
    ``search.documents.warm``): at 1,000,000 postings the builds hold the event loop and PostgreSQL for seconds,
    and a search timed meanwhile waits for them."""
    await ranking.warm()  # a second call waits on the first's lock, then finds the indexes current
    before, started = rss_mib(), time.perf_counter()
    await search_documents.warm(app.state.search_caches.keywords, app.state.search_caches.board)
    print(f"keyword index ready {time.perf_counter() - started:.1f} s after the matching indexes; "
          f"RSS {before:.0f} -> {rss_mib():.0f} MiB (its build may have begun at start-up)")  # fmt: skip


def rss_mib() -> float:
    """This process's resident memory now (Linux /proc)."""
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def remember_results(app: Litestar, on: bool) -> None:
    """Give the app's search caches an empty result cache that remembers results or nothing (size 0); the word
    cache and the vocabulary stay as they are."""
    results = ResultCache() if on else ResultCache(size=0)
    app.state.search_caches = dataclasses.replace(app.state.search_caches, results=results)


async def rounds(
    search_client: httpx.AsyncClient, fortunes_client: httpx.AsyncClient, urls: Sequence[str], args: argparse.Namespace
) -> dict[str, list[float]]:
    cycle = iter(list(urls) * 10_000)
    figures: dict[str, list[float]] = {"search": [], "fortunes": [], "search_py": [], "search_pg": [],
                                       "fortunes_py": [], "fortunes_pg": []}  # fmt: skip
    for _ in range(args.rounds):
        for name, client, next_url in (
            ("fortunes", fortunes_client, lambda: "/fortunes"),
            ("search", search_client, lambda: next(cycle)),
        ):
            cpu, pg = time.process_time(), pg_cpu_seconds("bench")
            rps = await throughput(client, next_url, args.seconds, args.concurrency)
            done = rps * args.seconds
            figures[name].append(rps)
            figures[f"{name}_py"].append((time.process_time() - cpu) * 1000 / done)
            figures[f"{name}_pg"].append((pg_cpu_seconds("bench") - pg) * 1000 / done)
    return figures


def report_latency(label: str, timings: Sequence[float]) -> None:
    print(f"  {label}: p50 {percentile(timings, 0.50):.2f} ms  p95 {percentile(timings, 0.95):.2f} ms  "
          f"p99 {percentile(timings, 0.99):.2f} ms  max {max(timings):.2f} ms")  # fmt: skip


def report_throughput(label: str, f: dict[str, list[float]], args: argparse.Namespace) -> None:
    s, b = statistics.median(f["search"]), statistics.median(f["fortunes"])
    print(f"throughput, {label}: {args.concurrency} concurrent clients, {args.rounds} rounds of {args.seconds} s")
    for name in ("search", "fortunes"):
        rounds_text = ", ".join(f"{r:,.0f}" for r in f[name])
        print(f"  {name:8} {statistics.median(f[name]):7,.0f} req/s (rounds: {rounds_text}); CPU per request: "
              f"python {statistics.median(f[name + '_py']):.2f} ms, postgres {statistics.median(f[name + '_pg']):.2f} ms")  # fmt: skip
    print(f"  ratio search / fortunes: {s / b:.1%}")


def part_handlers() -> tuple[list[Any], Callable[[str], str]]:
    """Handlers that each do one part of the search page's work (bench only), and how to turn a URL into theirs."""
    body = "x" * 13_000
    found: dict[str, search.SearchResult] = {}

    def raw_of(request: Request[Any, Any, Any]) -> SearchInput:
        return SearchInput(**{k: v for k, v in request.query_params.items() if k in SearchInput.__dataclass_fields__})

    @get("/parts/static", cache=False, include_in_schema=False)
    async def static(request: Request[Any, Any, Any]) -> Response[str]:
        return Response(body, media_type=MediaType.HTML)

    @get("/parts/search", cache=False, include_in_schema=False)
    async def search_only(request: Request[Any, Any, Any]) -> Response[str]:
        await search.search(raw_of(request), caches=request.app.state.search_caches)
        return Response(body, media_type=MediaType.HTML)

    @get("/parts/render", cache=False, include_in_schema=False)
    async def render_only(request: Request[Any, Any, Any]) -> Template:
        key = request.url.query
        if key not in found:  # the first request of each URL searches; the measured ones only render
            found[key] = await search.search(raw_of(request), caches=request.app.state.search_caches)
        form = {k: request.query_params.get(k) or "" for k in SearchInput.__dataclass_fields__}
        return Template(template_name="postings/search.html", context=public.results_context(form, found[key]))

    return [static, search_only, render_only], lambda url: url.replace("/jobs", "/parts/{}", 1)


async def report_parts(client: httpx.AsyncClient, fortunes: httpx.AsyncClient, urls: Sequence[str],
                       to_part: Callable[[str], str], args: argparse.Namespace) -> None:  # fmt: skip
    names = {"static": "fixed body only", "render": "rendering only", "search": "search only",
             "fragment": "htmx results"}  # fmt: skip
    # what a browser asks once the page is open: the same search, answered with the results fragment only
    fragments = httpx.AsyncClient(transport=client._transport, base_url=client.base_url,
                                  headers={"HX-Request": "true", "HX-Target": "results"})  # fmt: skip
    await latency(fragments, urls)
    for name in names.keys() - {"fragment"}:
        await latency(client, [to_part(url).format(name) for url in urls])  # warm: templates, plans, found results
    figures: dict[str, list[float]] = {name: [] for name in ("fortunes", *names)}
    for _ in range(args.rounds):
        for name in figures:
            if name == "fortunes":
                figures[name].append(await throughput(fortunes, lambda: "/fortunes", args.seconds, args.concurrency))
            elif name == "fragment":
                cycle = itertools.cycle(urls)
                figures[name].append(await throughput(fragments, cycle.__next__, args.seconds, args.concurrency))
            else:
                part_urls = itertools.cycle([to_part(url).format(name) for url in urls])
                figures[name].append(await throughput(client, part_urls.__next__, args.seconds, args.concurrency))
    base = statistics.median(figures["fortunes"])
    print(
        f"parts of a cold search page (cache off), {args.concurrency} clients, {args.rounds} rounds of {args.seconds} s:"
    )
    for name, label in names.items():
        rps = statistics.median(figures[name])
        print(f"  {label:16} {rps:7,.0f} req/s  = {rps / base:.1%} of fortunes ({base:,.0f} req/s)")


async def measure(args: argparse.Namespace, database_url: str, redis_url: str) -> None:
    settings = Settings(database_url=database_url, redis_url=redis_url, environment="production",
                        secret_key="bench-" + "x" * 40, allowed_hosts=("testserver",))  # fmt: skip
    app = create_app(settings)
    parts, to_part = part_handlers()
    for handler in parts if args.parts else []:
        app.register(handler)
    fortunes = create_fortunes_app(database_url, pool_max=settings.db_pool_max)
    make_urls = browse_urls if args.browse else search_urls
    skew = Skew.of(args.postings)
    urls = make_urls(args.requests, random.Random(SEED + 1), skew)
    warmup = make_urls(50, random.Random(SEED + 2), skew)
    async with app.lifespan(), fortunes.lifespan():
        search_client = client_for(app, gzip=args.gzip)
        fortunes_client = client_for(fortunes)
        remember_results(app, on=False)
        await matching_built(app)
        await latency(search_client, warmup)  # templates compiled, pool filled, plans cached: not the data
        await latency(search_client, urls)  # the data in memory, as on a server that has run for a while
        cold, found = await latency(search_client, urls)
        measured: list[tuple[list[float], list[int]]] = []

        async def cold_pass() -> None:
            measured.append(await latency(search_client, urls))

        spent, statements = await pg_time(database_url, cold_pass)
        remember_results(app, on=True)
        await latency(search_client, urls)
        warm, _ = await latency(search_client, urls)
        asked = "browsing without words (filters, sorts, pages)" if args.browse else "a keyword and two filters"
        print(f"search latency, {len(urls)} sequential requests, {asked}:")
        report_latency("cold (every request queries and renders)", cold)
        report_latency("warm (same URLs again, cache on)      ", warm)
        print(f"  results on the first page: median {statistics.median(found)}, "
              f"{sum(1 for n in found if n == 0)} of {len(found)} searches found nothing")  # fmt: skip
        print(
            f"  PostgreSQL execution time a page (pg_stat_statements, one more cold pass): {spent / len(urls):.3f} ms"
        )
        for total, calls, text in statements[:4]:
            print(f"    {total / len(urls):7.3f} ms a page, {calls:4} calls: {' '.join(text.split())[:150]}")
        if args.db_only:
            return
        remember_results(app, on=False)
        report_throughput("cold (cache off)", await rounds(search_client, fortunes_client, urls, args), args)
        remember_results(app, on=True)
        await latency(search_client, urls)
        report_throughput("warm (cache on, after one pass over the URLs)",
                          await rounds(search_client, fortunes_client, urls, args), args)  # fmt: skip
        if args.parts:
            remember_results(app, on=False)
            await report_parts(search_client, fortunes_client, urls, to_part, args)
        await search_client.aclose()
        await fortunes_client.aclose()


def client_for(app: Litestar, *, gzip: bool = False) -> httpx.AsyncClient:
    """A client asking for pages uncompressed, as fortunes is served, unless `gzip` (as a browser asks)."""
    encoding = "gzip" if gzip else "identity"
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver", headers={"accept-encoding": encoding}
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postings", type=int, default=20_000)
    parser.add_argument("--open", type=int, default=5_000)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--data-dir", type=Path, help="keep the servers' data here and reuse it on the next run "
                        "with the same sizes (loading 1,000,000 postings takes minutes)")  # fmt: skip
    parser.add_argument("--db-only", action="store_true", help="only the latency and PostgreSQL time a page, "
                        "no throughput rounds")  # fmt: skip
    parser.add_argument("--browse", action="store_true", help="browsing pages (no keyword) instead of searches")
    parser.add_argument("--gzip", action="store_true", help="ask for gzipped pages, as browsers do (fortunes is "
                        "never compressed, so the default compares uncompressed pages)")  # fmt: skip
    parser.add_argument("--parts", action="store_true", help="also measure the parts of a cold search page, "
                        "and the htmx results fragment a browser asks for once the page is open")  # fmt: skip
    args = parser.parse_args()
    logging.getLogger("httpx").setLevel(logging.WARNING)  # a log line per request would be what we measure
    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cpus")
    with servers_with_postings(args.postings, args.open, args.data_dir) as (database_url, redis_url):
        asyncio.run(measure(args, database_url, redis_url))


@contextmanager
def servers_with_postings(postings: int, open_count: int, data_dir: Path | None = None) -> Iterator[tuple[str, str]]:
    """PostgreSQL (migrated, the seeded postings loaded, pg_stat_statements on) and Redis: their URLs.

    In a temporary folder, or in ``data_dir``, which is kept: a later run with the same sizes finds its postings
    there (and has any newer migrations applied) instead of loading them again.
    """
    folder = data_dir or Path(tempfile.mkdtemp(prefix="jobsfez-bench-search-"))
    loaded = folder / f"loaded-{postings}-{open_count}"
    servers = []
    try:
        pg = start_postgres(folder / "pg", durable=True)
        servers.append(pg)
        if "pg_stat_statements" not in admin_value(pg.url, "SHOW shared_preload_libraries"):
            postgres_admin_command(pg.url, "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'")
            pg.stop()
            pg = servers[0] = start_postgres(folder / "pg", durable=True)
        redis = start_redis(folder / "redis", persist=False)
        servers.append(redis)
        database_url = pg.url.rsplit("/", 1)[0] + "/bench"
        if not loaded.exists():
            postgres_admin_command(pg.url, "DROP DATABASE IF EXISTS bench")
            postgres_admin_command(pg.url, "CREATE DATABASE bench")
        migrate(database_url)
        if not loaded.exists():
            started = time.perf_counter()
            asyncio.run(load(database_url, postings, open_count))
            print(f"loaded {postings:,} postings ({open_count:,} open) in {time.perf_counter() - started:.1f} s")
            loaded.touch()
        # after migrations that rewrote rows: the visibility map (index-only counts) and the planner's statistics
        postgres_admin_command(database_url, "VACUUM ANALYZE postings")
        postgres_admin_command(database_url, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
        yield database_url, redis.url
    finally:
        for server in reversed(servers):
            server.stop()
        if data_dir is None:
            shutil.rmtree(folder, ignore_errors=True)


def admin_value(url: str, sql: str) -> str:
    async def ask() -> str:
        connection = await asyncpg.connect(url)
        try:
            return str(await connection.fetchval(sql))
        finally:
            await connection.close()

    return asyncio.run(ask())


async def pg_time(database_url: str, run: Callable[[], Any]) -> tuple[float, list[tuple[float, int, str]]]:
    """PostgreSQL's execution time (ms, pg_stat_statements) spent on the ``bench`` database while ``run`` runs,
    and the statements that took it: (ms, calls, text)."""
    connection = await asyncpg.connect(database_url)
    try:
        await connection.execute("SELECT pg_stat_statements_reset()")
        await run()
        rows = await connection.fetch(
            """SELECT total_exec_time, calls, query FROM pg_stat_statements
               WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'bench') AND query NOT LIKE '%pg_stat%'
               ORDER BY total_exec_time DESC"""
        )
    finally:
        await connection.close()
    return sum(r["total_exec_time"] for r in rows), [(r["total_exec_time"], r["calls"], r["query"]) for r in rows]


if __name__ == "__main__":
    main()
