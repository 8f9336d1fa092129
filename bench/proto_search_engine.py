"""A prototype, not shipped: bench_search.py's 400 keyword searches asked of a search engine (tantivy) holding the
open postings, to size the step issue 19 leaves next, once PostgreSQL's GIN index was shown to grow with the board.

Run:  pip install --target /tmp/tantivy tantivy   (not a dependency of the project)
      PYTHONPATH=/tmp/tantivy:src .venv/bin/python bench/proto_search_engine.py --postings 1000000

The open postings are the ones bench_search.generate makes (the same seed, so the same skew), indexed without
PostgreSQL: their words (title, occupation, skills, description; tantivy's default tokenizer, which lower-cases
and keeps Korean words whole, as the 'simple' configuration does), and as raw terms the same tokens as the
``findable`` column (migration 43): "K:" skill keys, "F:" filter tokens and "G:" letter pairs of the squeezed
text. A search is the same candidate query as search/query.py's: every filter, and for each word its skill keys
(and the skills they cover), all its letter pairs, or a word beginning with it; BM25 with the skill arm boosted
stands for ts_rank and its bonuses. Left out, so the figures are a floor: the exact substring test of the letter
pairs' candidates, the trigram pass for typos, the other sorts. Prints the seconds to index and, over alternating
rounds, each search's time (top 20 and the exact count) and the matches it counted.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_search as bench

from jobsfez.postings.criteria import SearchInput, criteria_of
from jobsfez.postings.search.caches import WordCache
from jobsfez.postings.search.query import facets_of
from jobsfez.skills.matching import Vocabulary
from jobsfez.skills.taxonomy_data import load_shipped_skills

try:
    import tantivy
except ImportError:
    raise SystemExit("tantivy is not installed: see this script's docstring") from None

SPACES = re.compile(r"\s+")
# bench_search.POSTING_COLUMNS by name
ID, EMPLOYER, STATUS, TITLE, DESCRIPTION, SECTOR, OCCUPATION, DISTRICT = 0, 1, 2, 3, 4, 5, 6, 7
EMPLOYMENT_TYPE, SHIFT, NO_EXPERIENCE, YOUTH_MIN_AGE, SKILL_TEXT, SKILL_KEYS = 9, 10, 18, 19, 21, 22


def build(postings: int, folder: str) -> tuple[Any, Any, int]:
    """The index of the open postings (bench_search.generate makes them first), and how many."""
    builder = tantivy.SchemaBuilder()
    builder.add_integer_field("id", stored=True, fast=True)
    builder.add_text_field("words", tokenizer_name="default")
    builder.add_text_field("terms", tokenizer_name="raw")
    schema = builder.build()
    index = tantivy.Index(schema, path=folder)
    writer = index.writer(heap_size=300_000_000, num_threads=1)
    count, open_count = 0, postings // 4
    for rows, _skills in bench.generate(postings, open_count, random.Random(bench.SEED), bench.Skew.of(postings)):
        for row in rows:
            if row[STATUS] == "published":
                writer.add_document(document(row))
                count += 1
        if rows[-1][ID] >= open_count:
            break
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    return index, schema, count


def document(row: tuple[Any, ...]) -> Any:
    doc = tantivy.Document()
    doc.add_integer("id", row[ID])
    doc.add_text("words", " ".join([row[TITLE], row[OCCUPATION], row[SKILL_TEXT], row[DESCRIPTION]]))
    names = f"벤치회사 {row[EMPLOYER]}Bench Co {row[EMPLOYER]}"  # the bench's company names
    squeezed = SPACES.sub("", (row[TITLE] + row[OCCUPATION] + row[SKILL_TEXT] + names).lower())
    facets = [f"{name}:{row[at]}" for name, at in (("sector", SECTOR), ("district", DISTRICT),
                                                   ("employment_type", EMPLOYMENT_TYPE), ("shift", SHIFT))]  # fmt: skip
    facets += ["no_experience"] * bool(row[NO_EXPERIENCE]) + ["youth"] * (row[YOUTH_MIN_AGE] is not None)
    tokens = {f"K:{key}" for key in row[SKILL_KEYS]} | {f"F:{facet}" for facet in facets}
    tokens |= {f"G:{squeezed[i : i + 2]}" for i in range(len(squeezed) - 1)}
    for token in tokens:
        doc.add_text("terms", token)
    return doc


def search_query(schema: Any, vocabulary: Vocabulary, words: WordCache, url: str) -> Any:
    criteria = criteria_of(SearchInput(**dict(parse_qsl(urlsplit(url).query))))
    keywords = words.keywords(vocabulary, criteria.q)
    assert keywords is not None
    q = tantivy.Query
    must = [q.term_query(schema, "terms", f"F:{facet}") for facet in facets_of(criteria)]
    for word, terms in zip(keywords.words, keywords.terms, strict=True):
        arms = [q.boost_query(q.term_set_query(schema, "terms", [f"K:{key}" for key in terms.widened]), 5.0)]
        if len(word) > 1:
            pairs = dict.fromkeys(word[i : i + 2] for i in range(len(word) - 1))
            arms.append(q.boolean_query([(tantivy.Occur.Must, q.term_query(schema, "terms", f"G:{p}")) for p in pairs]))
        if terms.prefix is not None:
            arms.append(q.regex_query(schema, "words", re.escape(word) + ".*"))
        must.append(q.boolean_query([(tantivy.Occur.Should, arm) for arm in arms]))
    return q.boolean_query([(tantivy.Occur.Must, clause) for clause in must])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postings", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    started = time.perf_counter()
    index, schema, count = build(args.postings, tempfile.mkdtemp(prefix="jobsfez-proto-search-"))
    print(f"{args.postings:,} postings: {count:,} open indexed in {time.perf_counter() - started:.1f} s")
    vocabulary, words = Vocabulary(load_shipped_skills(), version=1), WordCache()
    urls = bench.search_urls(400, random.Random(bench.SEED + 1), bench.Skew.of(args.postings))
    queries = [search_query(schema, vocabulary, words, url) for url in urls]
    searcher = index.searcher()
    for query in queries:  # warm
        searcher.search(query, limit=20, count=True)
    for round_ in range(1, args.rounds + 1):
        times, matches = [], []
        for query in queries:
            start = time.perf_counter()
            result = searcher.search(query, limit=20, count=True)
            times.append((time.perf_counter() - start) * 1000)
            matches.append(result.count)
        p50, p95 = statistics.quantiles(times, n=100)[49], statistics.quantiles(times, n=100)[94]
        print(f"  round {round_}: a search p50 {p50:.2f} ms, p95 {p95:.2f} ms, mean {statistics.mean(times):.2f} ms;"
              f" matches median {statistics.median(matches):.0f}, mean {statistics.mean(matches):.0f}")  # fmt: skip


if __name__ == "__main__":
    main()
