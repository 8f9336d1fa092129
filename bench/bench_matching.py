"""Benchmark the vectorised rankings against a naive loop over score().

Run:  PYTHONPATH=src .venv/bin/python bench/bench_matching.py
Synthetic seeded seekers and postings are drawn from the shipped taxonomy (or --taxonomy PATH).
The naive baseline calls score() for every pair on a subset and is extrapolated linearly (said so in the output).
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from functools import partial
from pathlib import Path

from jobsfez.skills.matching import (
    PostingIndex,
    PostingProfile,
    SeekerIndex,
    SeekerProfile,
    SkillClaim,
    Vocabulary,
    batch_top_k,
    rank_postings,
    rank_seekers,
    score,
)
from jobsfez.skills.taxonomy_data import SHIPPED_TAXONOMY, load_shipped_skills

YEAR = 2026
SECTORS = ["shipbuilding", "machinery", "logistics", "automotive", "electronics", "chemicals", "food", "it"]
DISTRICTS = ["진해구", "성산구", "의창구", "마산합포구", "마산회원구", "강서구", "사하구", "사상구", "녹산동", "명지동"]
TYPES = ["full_time", "part_time", "contract", "temporary"]
SHIFTS = ["day", "night", "rotating", "weekend"]
FREE_TEXT = ["도장 보조", "배관 보조", "포장", "검수 보조", "사무 보조", "청소", "경비", "조리"]


class Generator:
    """Seeded synthetic profiles that cluster skills by category, as real CVs and postings do."""

    def __init__(self, vocab: Vocabulary, seed: int) -> None:
        self.rng = random.Random(seed)
        self.vocab = vocab
        by_category: dict[str, list[str]] = {}
        for skill in vocab.by_id.values():
            by_category.setdefault(skill.category, []).append(skill.id)
        self.categories = [ids for ids in by_category.values() if ids]

    def claims(self, low: int, high: int, level_chance: float) -> tuple[SkillClaim, ...]:
        rng = self.rng
        pools = rng.sample(self.categories, min(len(self.categories), rng.randint(1, 2)))
        claims = []
        for _ in range(rng.randint(low, high)):
            if rng.random() < 0.05:
                text = rng.choice(FREE_TEXT)
                claims.append(SkillClaim("free:" + text.replace(" ", ""), text))
                continue
            skill = self.vocab.by_id[rng.choice(rng.choice(pools))]
            level = rng.randint(1, 5) if rng.random() < level_chance else None
            claims.append(SkillClaim(skill.id, skill.name_ko or skill.name_en, level))
        return tuple(claims)

    def subset(self, values: Sequence[str], most: int) -> frozenset[str]:
        return frozenset(self.rng.sample(values, self.rng.randint(0, most)))

    def seeker(self, seeker_id: int) -> SeekerProfile:
        rng = self.rng
        return SeekerProfile(
            id=seeker_id,
            skills=self.claims(2, 10, 0.6),
            birth_year=rng.choice([None, rng.randint(1960, 2008)]),
            sectors=self.subset(SECTORS, 2),
            districts=self.subset(DISTRICTS, 3),
            employment_types=self.subset(TYPES, 2),
            shifts=self.subset(SHIFTS, 2),
            earliest_start=rng.choice([None, date(2026, 1, 1) + timedelta(days=rng.randint(0, 120))]),
            experienced=rng.random() < 0.6,
        )

    def posting(self, posting_id: int) -> PostingProfile:
        rng = self.rng
        youth = rng.random() < 0.2
        return PostingProfile(
            id=posting_id,
            must=self.claims(1, 5, 0.5),
            nice=self.claims(0, 5, 0.3),
            sector=rng.choice(SECTORS),
            district=rng.choice(DISTRICTS),
            employment_type=rng.choice(TYPES),
            shift=rng.choice(SHIFTS),
            start_date=rng.choice([None, date(2026, 1, 1) + timedelta(days=rng.randint(0, 120))]),
            no_experience_required=rng.random() < 0.3,
            youth_min_age=19 if youth else None,
            youth_max_age=34 if youth else None,
        )


def timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def naive_per_pair(vocab: Vocabulary, seekers: Sequence[SeekerProfile], postings: Sequence[PostingProfile]) -> float:
    """Seconds per score() call, measured on every pair of the given subsets."""
    start = time.perf_counter()
    for seeker in seekers:
        for posting in postings:
            score(vocab, seeker, posting, year=YEAR)
    return (time.perf_counter() - start) / (len(seekers) * len(postings))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--taxonomy", type=Path, default=SHIPPED_TAXONOMY)
    parser.add_argument("--seekers", type=int, default=100_000)
    parser.add_argument("--postings", type=int, default=10_000)
    parser.add_argument("--batch-seekers", type=int, default=10_000)
    parser.add_argument("--batch-postings", type=int, default=1_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()

    vocab = Vocabulary(load_shipped_skills(args.taxonomy), version=1)
    gen = Generator(vocab, args.seed)
    seekers = [gen.seeker(i) for i in range(args.seekers)]
    postings = [gen.posting(i) for i in range(args.postings)]
    print(
        f"python {platform.python_version()} on {platform.machine()}; taxonomy {len(vocab)} skills, {len(vocab.choices)} forms"
    )

    build_p = timed(lambda: PostingIndex.build(vocab, postings))
    posting_index = PostingIndex.build(vocab, postings)
    build_s = timed(lambda: SeekerIndex.build(vocab, seekers))
    seeker_index = SeekerIndex.build(vocab, seekers)
    print(f"build: PostingIndex {len(postings):,} in {build_p:.2f} s; SeekerIndex {len(seekers):,} in {build_s:.2f} s")

    per_pair = naive_per_pair(vocab, seekers[:20], postings[:1000])
    print(f"naive score() per pair: {per_pair * 1e6:.1f} µs (measured on 20 x 1,000 pairs, extrapolated below)")

    rng = random.Random(args.seed)
    probe = rng.sample(seekers, args.queries)
    rank_postings(vocab, probe[0], posting_index, year=YEAR)  # warm-up
    samples = [timed(partial(rank_postings, vocab, s, posting_index, year=YEAR, limit=20)) for s in probe]
    p50, p95 = percentiles(samples)
    naive = per_pair * len(postings)
    print(
        f"rank_postings  {len(postings):>7,} postings, limit 20: p50 {p50 * 1e3:6.2f} ms  p95 {p95 * 1e3:6.2f} ms"
        f"  | naive loop ~{naive * 1e3:,.0f} ms (extrapolated) -> {naive / p50:,.0f}x faster at p50"
    )

    jobs = rng.sample(postings, min(args.queries, len(postings)))
    rank_seekers(vocab, jobs[0], seeker_index, year=YEAR)
    samples = [timed(partial(rank_seekers, vocab, p, seeker_index, year=YEAR, limit=50)) for p in jobs]
    p50, p95 = percentiles(samples)
    naive = per_pair * len(seekers)
    print(
        f"rank_seekers   {len(seekers):>7,} seekers,  limit 50: p50 {p50 * 1e3:6.2f} ms  p95 {p95 * 1e3:6.2f} ms"
        f"  | naive loop ~{naive * 1e3:,.0f} ms (extrapolated) -> {naive / p50:,.0f}x faster at p50"
    )

    batch_seekers = SeekerIndex.build(vocab, seekers[: args.batch_seekers])
    batch_postings = PostingIndex.build(vocab, postings[: args.batch_postings])
    runs = [timed(lambda: batch_top_k(vocab, batch_seekers, batch_postings, year=YEAR, k=10)) for _ in range(3)]
    naive = per_pair * args.batch_seekers * args.batch_postings
    best = min(runs)
    print(
        f"batch_top_k    {args.batch_seekers:,} x {args.batch_postings:,}, k=10: best {best:.2f} s  median {statistics.median(runs):.2f} s"
        f"  | naive loop ~{naive:,.0f} s (extrapolated) -> {naive / best:,.0f}x faster"
    )


if __name__ == "__main__":
    main()
