"""Public job search: open postings found by words in Korean or English, with typos and any spacing.

Each word of the query must match a posting in at least one way: a prefix of a word in the title, occupation,
skills or description (full text, 'simple' configuration: Korean has no stemming); a substring of the title,
occupation and skills with every space removed ("CNC 선반" finds "CNC선반"); or the skill key the word
canonicalises to ("Phyton" → python, "용졉" → welding), compared with the keys stored when the posting was
saved. When that finds nothing, trigram word similarity on the squeezed text is added (typos in longer words
that name no skill). Only published postings are searched.

A keyword search first asks one GIN index (``findable``, migration 43) for its candidates: the filters, and for
each word a superset of what its tests find (its skill keys, the letter pairs of the substring, the same
full-text lexemes); the exact tests then run on the few rows left. Similarity has no candidates: with filters,
the ``facets`` index intersects them and the words are tested on what is left; without, full text and
similarity ask their GIN indexes once per word. Browsing without words reads pages off btree indexes in order.
"""

from __future__ import annotations

import math
import re
import time
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from jobsfez.choices import HOURS_PER_UNIT
from jobsfez.db import fetch, fetch_rows
from jobsfez.postings.criteria import MAX_PAGE, Criteria, SearchInput, criteria_of
from jobsfez.postings.views import PostingCard
from jobsfez.skills import service as skills
from jobsfez.skills.matching import Canonical, Vocabulary, canonicalise

PAGE_SIZE = 20
MAX_WORDS = 6
# Shorter words only match by prefix, substring and skill key: trigram similarity of 1-3 letters finds noise.
TRIGRAM_MIN_CHARS = 4
WORD = re.compile(r"[\w+#]+")
PLAIN = re.compile(r"\w+")
VOCABULARY_SECONDS = 1.0
FACET_FIELDS = ("sector", "district", "employment_type", "shift")
WORDS_MATCH = "SELECT t.id FROM postings t WHERE t.status = 'published' AND t.search @@"
SIMILAR = "SELECT t.id FROM postings t WHERE t.status = 'published' AND t.compact %>"
OPEN = "p.status = 'published' AND p.closes_at > now() AND e.status = 'approved'"
# a card's fields first and in its order, so that a card is a slice of its row: CARD_SLICE, after the change number
CARD_SOURCES = {"company_name_ko": "e.name_ko AS company_name_ko", "company_name_en": "e.name_en AS company_name_en"}
CARD_COLUMNS = ", ".join(CARD_SOURCES.get(name, f"p.{name}") for name in PostingCard._fields)
CARD_SLICE = slice(1, 1 + len(PostingCard._fields))
# What the page reads off the inner query: the cards, and the first closing time of what was found as whole
# microseconds since 1970 (asyncpg makes a datetime of a timestamptz for about 2,000 instructions; the page
# used to decode sixty). The sort keys stay in the inner query, where the outer ORDER BY finds them.
PAGE_CARDS = ", ".join(f"page.{name}" for name in PostingCard._fields)
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# names, not expressions, so the same order serves both queries: in the page query they are its output columns;
# in the query around it, id and published_at are card columns again and the rest are read from the page
ORDER = {
    "relevance": "rank DESC, published_at DESC, id DESC",
    "newest": "published_at DESC, id DESC",
    "closing": "closes_at, id",
    "pay": "pay_floor_hourly DESC NULLS LAST, published_at DESC, id DESC",
}
# The postings' change number comes back with every page, read in the same snapshot; the page itself is left
# out (a one-time filter: PostgreSQL skips that part of the plan) when the number is the one a remembered
# result was read at. A search is one round trip whether or not it can reuse what it remembers.
# The first page of a keyword search counts its matches beside the page (a window over the ranked rows); other
# pages count in a third part of the same statement: browsing reads its page off an index in order and counts by
# index-only scans, and a later page of words may lie past the last, where the window has no rows to count.
PAGE = """WITH changes AS (SELECT (SELECT version FROM posting_changes WHERE id = 1) AS version),
    page AS ({page})
SELECT changes.version AS change, {columns} FROM changes LEFT JOIN page ON true ORDER BY {order}"""
COUNTED_PAGE = """WITH changes AS (SELECT (SELECT version FROM posting_changes WHERE id = 1) AS version),
    page AS ({page}),
    counted AS (SELECT count(*) AS total, min(p.closes_at) AS first_close
                FROM postings p JOIN employers e ON e.id = p.employer_id WHERE {where})
SELECT changes.version AS change, {columns} FROM changes CROSS JOIN counted LEFT JOIN page ON true ORDER BY {order}"""
WINDOW = "count(*) OVER () AS total, min(p.closes_at) OVER () AS first_close"
# the first closing time of every match
FIRST_CLOSE = "(extract(epoch FROM {}) * 1000000)::int8 AS first_close"
WINDOW_COLUMNS = f"{PAGE_CARDS}, page.total, {FIRST_CLOSE.format('page.first_close')}"
COUNTED_COLUMNS = f"{PAGE_CARDS}, counted.total, {FIRST_CLOSE.format('counted.first_close')}"
UNCHANGED = "(SELECT version FROM changes) IS DISTINCT FROM {known}"


@dataclass(frozen=True, slots=True)
class SearchResult:
    criteria: Criteria
    items: list[PostingCard]
    total: int

    @property
    def pages(self) -> int:
        return max(1, min(MAX_PAGE, math.ceil(self.total / PAGE_SIZE)))


@dataclass(frozen=True, slots=True)
class _Terms:
    """What one query word brings to a search, worked out from the word and the taxonomy alone."""

    key: str  # the skill key the word canonicalises to
    widened: list[str]  # that key and the skills it covers: "용접" (welding) finds "TIG 용접" (welding-tig) too
    candidate: str  # the ``findable`` tsquery of its key and letter-pair arms, taken as written
    prefix: str | None  # its full-text prefix query; None for "c++" and "c#", whose "+" and "#" the parser drops


def _terms(vocabulary: Vocabulary, word: str, key: str) -> _Terms:
    widened = [key, *(vocabulary.by_id[key].related if key in vocabulary.by_id else ())]
    candidate = [_lexeme(f"K:{k}") for k in widened]
    if len(word) > 1:  # the substring arm's letter pairs
        pairs = dict.fromkeys(word[i : i + 2] for i in range(len(word) - 1))
        candidate.append("(" + " & ".join(_lexeme(f"G:{pair}") for pair in pairs) + ")")
    prefix = (f"'{word}':*" if len(word) > 1 else f"'{word}'") if PLAIN.fullmatch(word) else None
    return _Terms(key, widened, " | ".join(candidate), prefix)


class _WordCache:
    """Query words' skill keys and search terms: searches repeat their words, and a typo's fuzzy lookup is the
    costly part. Emptied when the taxonomy changes (a new vocabulary object) or grows past its size.
    """

    SIZE = 4096

    def __init__(self) -> None:
        self.vocabulary: Vocabulary | None = None
        self.found: dict[str, Canonical] = {}
        self.terms: dict[str, _Terms] = {}

    def _current(self, vocabulary: Vocabulary) -> None:
        if vocabulary is not self.vocabulary or len(self.found) + len(self.terms) >= self.SIZE:
            self.vocabulary, self.found, self.terms = vocabulary, {}, {}

    def __call__(self, vocabulary: Vocabulary, text: str) -> Canonical:
        self._current(vocabulary)
        found = self.found.get(text)
        if found is None:
            found = self.found[text] = canonicalise(vocabulary, text)
        return found

    def terms_of(self, vocabulary: Vocabulary, word: str) -> _Terms:
        self._current(vocabulary)
        terms = self.terms.get(word)
        if terms is None:
            terms = self.terms[word] = _terms(vocabulary, word, self(vocabulary, word).key)
        return terms


canonical_of = _WordCache()


class _RecentVocabulary:
    """The taxonomy, asked for its version at most once a second: a search then costs one query, not two.

    A staff edit to the taxonomy reaches search within VOCABULARY_SECONDS, in every process.
    """

    def __init__(self) -> None:
        self.value: Vocabulary | None = None
        self.at = 0.0

    async def __call__(self) -> Vocabulary:
        now = time.monotonic()
        if self.value is None or now - self.at > VOCABULARY_SECONDS:
            self.value, self.at = await skills.vocabulary(), now
        return self.value


vocabulary_now = _RecentVocabulary()


class _Sql:
    """WHERE clauses with their asyncpg $n parameters, numbered as they are added."""

    def __init__(self) -> None:
        self.clauses: list[str] = [OPEN]
        self.args: list[Any] = []

    def arg(self, value: Any) -> str:
        self.args.append(value)
        return f"${len(self.args)}"


def _lexeme(text: str) -> str:
    """A tsquery operand taken as it is (a ``::tsquery`` cast does not normalise): quotes and backslashes doubled."""
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


@dataclass(frozen=True, slots=True)
class _Words:
    rank: str  # the rank expression
    candidates: list[str]  # a tsquery expression per word for ``findable``, a superset of its test (none: similarity)
    whole: str | None  # the whole query's skill key as a tsquery expression, when it names one skill


def _keywords(sql: _Sql, q: str, vocabulary: Vocabulary, *, similar: bool, few_rows: bool) -> _Words | None:
    """Adds the per-word conditions (with trigram similarity when ``similar``); returns the rank expression and
    what the candidates must hold (None without words).

    ``few_rows``: the postings are narrowed to a few hundred at most (by their candidates, or by filters), so
    full text is tested on each of them; otherwise the full-text index is asked once per word (testing every
    open posting's tsvector would read thousands of them).
    """
    words = list(dict.fromkeys(WORD.findall(q.lower())))[:MAX_WORDS]
    if not words:
        return None
    whole = " ".join(words)
    all_terms = [canonical_of.terms_of(vocabulary, word) for word in words]
    whole_key = canonical_of(vocabulary, whole)
    conditions, candidates = [], []
    for word, terms in zip(words, all_terms, strict=True):
        # cheapest first: PostgreSQL stops at the first arm that matches
        arms = [f"p.skill_keys && {sql.arg(terms.widened)}::text[]"]
        if len(word) > 1:
            # strpos, not LIKE: a two-letter word has no trigram, and a generic plan would scan the whole index
            arms.append(f"strpos(p.compact, {sql.arg(word)}) > 0")
        words_match = None
        if terms.prefix is not None:  # "c++" and "c#" are left to the substring arm
            words_match = f"to_tsquery('simple', {sql.arg(terms.prefix)})"
            arms.append(f"p.search @@ {words_match}" if few_rows else f"p.id IN ({WORDS_MATCH} {words_match})")
        if similar:  # no candidates: a typo shares no key, letter pair or prefix with what it means
            if len(word) >= TRIGRAM_MIN_CHARS:
                arms.append(f"p.id IN ({SIMILAR} {sql.arg(word)})")
        else:  # the words through the same to_tsquery: ``findable`` holds every lexeme of ``search``
            keys_or_pairs = f"{sql.arg(terms.candidate)}::tsquery"
            candidates.append(f"({keys_or_pairs} || {words_match})" if words_match else keys_or_pairs)
        conditions.append("(" + " OR ".join(arms) + ")")
    keyword = " AND ".join(conditions)
    whole_skill = None
    if whole_key.skill_id is not None and len(words) > 1:  # "CNC 선반" as one skill, whichever way it is spaced
        keyword = f"(({keyword}) OR p.skill_keys @> ARRAY[{sql.arg(whole_key.key)}::text])"
        whole_skill = None if similar else f"{sql.arg(_lexeme(f'K:{whole_key.key}'))}::tsquery"
    sql.clauses.append(keyword)
    prefixes = " | ".join(f"'{w}':*" for w, t in zip(words, all_terms, strict=True) if t.prefix is not None)
    rank = f"ts_rank(p.search, to_tsquery('simple', {sql.arg(prefixes)}))" if prefixes else "0"
    all_keys = sql.arg([*(t.key for t in all_terms), whole_key.key])
    squeezed = sql.arg("".join(words))
    # a skill the query names, and the whole query as one squeezed phrase, rank above scattered words
    rank = (
        f"{rank} + CASE WHEN p.skill_keys && {all_keys} THEN 0.5 ELSE 0 END"
        f" + CASE WHEN strpos(p.compact, {squeezed}) > 0 THEN 0.3 ELSE 0 END"
    )
    return _Words(rank, candidates, whole_skill)


def _candidates(sql: _Sql, words: _Words, c: Criteria) -> None:
    """Adds the one condition the ``findable`` GIN index answers: the filters, and each word by any of its arms.

    Every arm is a superset of the exact test beside it (skill keys, the letter pairs of a substring, the same
    full-text lexemes), so the index hands over every posting the exact tests keep and few others.
    """
    query = " && ".join(words.candidates)
    if words.whole is not None:
        query = f"({query}) || {words.whole}"
    if filters := facets_of(c):
        query = f"{sql.arg(' & '.join(_lexeme(f'F:{token}') for token in filters))}::tsquery && ({query})"
    sql.clauses.append(f"p.findable @@ ({query})")


def facets_of(c: Criteria) -> list[str]:
    """The filters as the tokens of the postings' ``facets`` column (migration 42 builds them the same way)."""
    tokens = [f"{name}:{getattr(c, name)}" for name in FACET_FIELDS if getattr(c, name)]
    if c.youth:
        tokens.append("youth")
    if c.no_experience:
        tokens.append("no_experience")
    return tokens


def _narrows(c: Criteria) -> bool:
    """Whether the filters leave a few hundred open postings at most ("no experience" alone leaves many)."""
    return any(facet != "no_experience" for facet in facets_of(c))


def _facet_filters(sql: _Sql, c: Criteria, *, index: bool) -> None:
    """``index``: all filters through the one GIN index, which intersects them; else one column each, for
    browsing, where a page is read off a btree index in order and the count needs no visit to the table.
    (Candidates hold the filters themselves: ``_candidates``.)"""
    if index:
        if tokens := facets_of(c):
            sql.clauses.append(f"p.facets @> {sql.arg(tokens)}::text[]")
    else:
        for name in FACET_FIELDS:
            if getattr(c, name):
                sql.clauses.append(f"p.{name} = {sql.arg(getattr(c, name))}")
        if c.no_experience:
            sql.clauses.append("p.no_experience")
        if c.youth:
            sql.clauses.append("p.youth_min_age IS NOT NULL")


def _value_filters(sql: _Sql, c: Criteria, vocabulary: Vocabulary) -> None:
    """The filters no index token stands for: minimum pay and a named skill."""
    if c.min_pay is not None:
        sql.clauses.append(f"p.pay_floor_hourly * {sql.arg(HOURS_PER_UNIT[c.pay_unit])} >= {sql.arg(c.min_pay)}")
    if c.skill:
        found = canonical_of(vocabulary, c.skill)
        sql.clauses.append(f"p.skill_keys @> ARRAY[{sql.arg(found.key)}::text]")


@dataclass(frozen=True, slots=True)
class Remembered:
    result: SearchResult
    change: int  # the postings' change number the result was read at
    until: datetime


class ResultCache:
    """Search results reused while nothing they depend on has changed.

    Keyed by the checked search and the taxonomy's version (it decides what words mean); an entry is reused
    only while the postings' change number (bumped in the writing transaction by a trigger on every statement
    that changes postings) is the one it was read at. An entry also ends when the first of its matches closes
    (closing needs no write to hide a posting), and after MAX_AGE at most, so a company's new name shows within
    that time.
    """

    SIZE = 2048
    MAX_AGE = timedelta(seconds=60)

    def __init__(self) -> None:
        self.entries: OrderedDict[Hashable, Remembered] = OrderedDict()

    def get(self, key: Hashable, now: datetime) -> Remembered | None:
        entry = self.entries.get(key)
        if entry is None:
            return None
        if now >= entry.until:
            del self.entries[key]
            return None
        self.entries.move_to_end(key)
        return entry

    def put(
        self, key: Hashable, result: SearchResult, *, change: int, now: datetime, first_close: datetime | None
    ) -> None:
        until = now + self.MAX_AGE if first_close is None else min(now + self.MAX_AGE, first_close)
        self.entries[key] = Remembered(result, change, until)
        self.entries.move_to_end(key)
        if len(self.entries) > self.SIZE:
            self.entries.popitem(last=False)


results = ResultCache()


@dataclass(frozen=True, slots=True)
class _Page:
    result: SearchResult
    change: int | None  # None: the change number is missing (an emptied table), so nothing is remembered
    first_close: datetime | None  # when the first of all matching postings closes


async def search(raw: SearchInput) -> SearchResult:
    """One page of open postings for a search; raises ValidationFailed for a search that makes no sense.

    Typos in longer words are looked for (trigram similarity) only when the words found nothing as typed:
    similarity is the costliest test, and an exact match is what the searcher meant when there is one.
    """
    criteria = criteria_of(raw)
    vocabulary = await vocabulary_now()
    now = datetime.now(UTC)
    key = (criteria, vocabulary.version)
    remembered = results.get(key, now)
    page = await _run(criteria, vocabulary, similar=False, unless=remembered.change if remembered else None)
    if page is None:
        assert remembered is not None
        return remembered.result
    change = page.change  # the number the first query saw: a retry's newer rows are then re-read, never missed
    if page.result.total == 0 and any(len(w) >= TRIGRAM_MIN_CHARS for w in WORD.findall(criteria.q)):
        page = await _run(criteria, vocabulary, similar=True, unless=None) or page
    if change is not None:
        results.put(key, page.result, change=change, now=now, first_close=page.first_close)
    return page.result


async def _run(criteria: Criteria, vocabulary: Vocabulary, *, similar: bool, unless: int | None) -> _Page | None:
    """The page of results and the change number it was read at; None if that number is still ``unless``."""
    sql = _Sql()
    # without similarity every arm of a word has its candidates in ``findable``; similarity has none
    words = _keywords(sql, criteria.q, vocabulary, similar=similar, few_rows=not similar or _narrows(criteria))
    if words is not None and not similar:
        _candidates(sql, words, criteria)
    else:
        _facet_filters(sql, criteria, index=bool(criteria.q))
    _value_filters(sql, criteria, vocabulary)
    where = " AND ".join(sql.clauses)
    limit, offset = sql.arg(PAGE_SIZE), sql.arg((criteria.page - 1) * PAGE_SIZE)
    unchanged = "true" if unless is None else UNCHANGED.format(known=sql.arg(unless))
    order = ORDER[criteria.sort]
    window = bool(criteria.q) and criteria.page == 1  # every match is ranked anyway: counting them is free
    # a query of punctuation alone has no words, and is sorted by relevance all the same
    extra = f", {words.rank if words is not None else 0} AS rank" if criteria.q else ""
    page = f"""SELECT {CARD_COLUMNS}, p.closes_at, p.pay_floor_hourly{extra}{", " + WINDOW if window else ""}
               FROM postings p JOIN employers e ON e.id = p.employer_id
               WHERE {unchanged} AND {where} ORDER BY {order} LIMIT {limit} OFFSET {offset}"""  # noqa: S608
    if window:
        statement = PAGE.format(page=page, columns=WINDOW_COLUMNS, order=order)
    else:
        counted = f"{unchanged} AND {where}"
        statement = COUNTED_PAGE.format(page=page, where=counted, columns=COUNTED_COLUMNS, order=order)
    rows = await fetch_rows(statement, *sql.args)
    first = rows[0]
    change = first["change"]
    if change is not None and change == unless:
        return None
    cards = [PostingCard._make(row[CARD_SLICE]) for row in rows if row["id"] is not None]
    first_close = None if first["first_close"] is None else EPOCH + timedelta(microseconds=first["first_close"])
    return _Page(SearchResult(criteria, cards, int(first["total"] or 0)), change, first_close)


@dataclass(frozen=True, slots=True)
class FeedItem:
    id: int
    title: str
    occupation: str
    description: str
    district: str
    company_name_ko: str
    company_name_en: str
    published_at: datetime
    updated_at: datetime


async def recent(limit: int = 50) -> list[FeedItem]:
    """The newest open postings, for the Atom feed."""
    rows = await fetch(
        f"""SELECT p.id, p.title, p.occupation, p.description, p.district, e.name_ko AS company_name_ko,
                   e.name_en AS company_name_en, p.published_at, p.updated_at
            FROM postings p JOIN employers e ON e.id = p.employer_id
            WHERE {OPEN} ORDER BY p.published_at DESC, p.id DESC LIMIT $1""",  # noqa: S608
        limit,
    )
    return [FeedItem(**row) for row in rows]


async def open_postings() -> list[tuple[int, datetime]]:
    """Every open posting's id and last change, for the sitemap."""
    rows = await fetch(
        f"""SELECT p.id, p.updated_at FROM postings p JOIN employers e ON e.id = p.employer_id
            WHERE {OPEN} ORDER BY p.id LIMIT 50000"""  # noqa: S608
    )
    return [(int(r["id"]), r["updated_at"]) for r in rows]
