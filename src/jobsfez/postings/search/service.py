"""Public job search: a page of open postings for a search, and the newest ones for the feed and sitemap."""

from __future__ import annotations

import logging
import math
import time
import unicodedata
from collections.abc import Hashable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from jobsfez.choices import HOURS_PER_UNIT
from jobsfez.db import fetch, fetch_rows
from jobsfez.postings.criteria import MAX_PAGE, Criteria, SearchInput, criteria_of
from jobsfez.postings.search import engine
from jobsfez.postings.search.caches import FoundCards, ResultCache, SearchCaches
from jobsfez.postings.search.documents import KeywordLayer
from jobsfez.postings.search.engine import Query, TrigramRules, Word
from jobsfez.postings.search.query import (
    CARD_COLUMNS,
    COUNT_CAP,
    OPEN,
    PAGE_SIZE,
    PLAIN,
    TRIGRAM_MIN_CHARS,
    Keywords,
    facets_of,
    may_hold_typos,
    page_statement,
    select_list,
)
from jobsfez.postings.views import PostingCard

logger = logging.getLogger("jobsfez.search")
# Past this many postings that may be similar, the similarity pass reads them through its own indexes instead
SIMILAR_AMONG = 2000
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
CARD_FIELDS = PostingCard._fields


CARDS = f"SELECT {CARD_COLUMNS} FROM postings p WHERE {OPEN} AND p.id = ANY($1::bigint[])"  # noqa: S608


@dataclass(frozen=True, slots=True)
class SearchResult:
    """One page of a search's results, and how many there are in all."""

    criteria: Criteria
    items: list[PostingCard]
    total: int  # at most COUNT_CAP, when ``capped``
    capped: bool = False  # more than COUNT_CAP match: "1,000+"

    @property
    def pages(self) -> int:
        return max(1, min(MAX_PAGE, math.ceil(self.total / PAGE_SIZE)))

    @property
    def previous_page(self) -> int | None:
        # past the last page there is no pager: the page says so and links to the last
        return self.criteria.page - 1 if 1 < self.criteria.page <= self.pages else None

    @property
    def next_page(self) -> int | None:
        return self.criteria.page + 1 if self.criteria.page < self.pages else None


@dataclass(frozen=True, slots=True)
class _Page:
    result: SearchResult
    change: int | None  # None: the change number is missing (an emptied table), so nothing is remembered
    first_close: datetime | None  # when the first of all matching postings closes


async def search(raw: SearchInput, *, caches: SearchCaches) -> SearchResult:
    """One page of open postings for a search; raises ValidationFailed for a search that makes no sense.

    On a large board every search and every browsing page is answered from the process's index of the open
    postings (``engine``), the page's cards read by their ids; on a small one the page's statement reads them off
    PostgreSQL's indexes (browsing goes to the index on a smaller board than words do: ``documents.BoardSize``).
    Typos in longer words are looked for (trigram similarity, in PostgreSQL) only when the words found nothing as
    typed: similarity is the costliest test, and an exact match is what the searcher meant when there is one.
    """
    criteria = criteria_of(raw)
    if criteria.page > MAX_PAGE:  # past the pages a search shows: none of its postings, and how many pages it has
        first = await search(replace(raw, page=None), caches=caches)
        return SearchResult(criteria, [], first.total, first.capped)
    vocabulary = await caches.vocabulary.get()
    keywords = caches.words.keywords(vocabulary, criteria.q)
    skill_keys = caches.words.skill_filter(vocabulary, criteria.skill) if criteria.skill else None
    query = None
    # while the process builds its first index (at start-up) the statement answers
    browsing = keywords is None or not keywords.words
    if not caches.keywords.building and await caches.board.large(browsing=browsing):
        query = engine_query(criteria, keywords, skill_keys)
    key = (criteria, vocabulary.version)
    layers: list[KeywordLayer] = []
    if query is not None:
        try:
            layers = await caches.keywords.layers(vocabulary)
            version, now = caches.keywords.version, datetime.now(UTC)  # as of the layers, which may have waited
            remembering = Remembering(caches.results, ("index", key), version, now)
            result = await _find(criteria, query, layers, remembering, caches.cards)
        except Exception:  # the statement answers for an index that cannot be built or read
            logger.exception("keyword search could not use its index; the statement answers")
            query = None
        else:
            if result.total or not may_hold_typos(criteria.q):
                return result
    now = datetime.now(UTC)
    remembered = caches.results.get(key, now)
    unless = remembered.change if remembered else None
    # a query the engine answered found nothing as typed: only the pass with similarity is left, asked of the
    # postings the index says may be similar
    among = None if query is None else _may_be_similar(query, layers, await caches.trigrams.rules())
    statement = page_statement(criteria, keywords, skill_keys, similar=query is not None, unless=unless, among=among)
    page = await _read(criteria, statement, unless=unless)
    if page is None:
        assert remembered is not None
        return remembered.result
    change = page.change  # the number the first query saw: a retry's newer rows are then re-read, never missed
    if page.result.total == 0 and query is None and may_hold_typos(criteria.q):
        similar = page_statement(criteria, keywords, skill_keys, similar=True, unless=None)
        page = await _read(criteria, similar, unless=None) or page
    if change is not None:
        caches.results.put(key, page.result, change=change, now=now, first_close=page.first_close)
    return page.result


def engine_query(criteria: Criteria, keywords: Keywords | None, skill_keys: list[str] | None) -> Query | None:
    """The engine's form of a keyword search, or of browsing (no words); None for a word PostgreSQL's
    parser may not take whole, which the statement then answers: one with a character other than a letter or an
    ASCII digit ("a_b" is two words to it, "m²" is "m")."""
    texts, all_terms = (keywords.words, keywords.terms) if keywords is not None else ([], [])
    if not all(_whole(word) for word in texts):
        return None
    words = [
        Word(word, terms.widened, full_text=terms.prefix is not None, exact=len(word) == 1)
        for word, terms in zip(texts, all_terms, strict=True)
    ]
    whole = keywords.whole if keywords is not None else None
    return Query(
        words=words,
        whole_key=whole.key if whole is not None and whole.skill_id is not None else None,
        rank_prefixes=[w.text for w in words if w.full_text],
        rank_keys=[*dict.fromkeys(k for t in all_terms for k in t.widened), *([] if whole is None else [whole.key])],
        phrase="".join(texts),
        facets=facets_of(criteria),
        skill_keys=skill_keys,
        min_hourly=None if criteria.min_pay is None else (criteria.min_pay, HOURS_PER_UNIT[criteria.pay_unit]),
        sort=criteria.sort,
    )


def _whole(word: str) -> bool:
    """Whether PostgreSQL's parser takes the word whole, or is not asked ("c++": no full-text arm)."""
    return not PLAIN.fullmatch(word) or all(("0" <= c <= "9") or unicodedata.category(c).startswith("L") for c in word)


@dataclass(frozen=True, slots=True)
class Remembering:
    """Where a page the index found is remembered: under its own key, with the version of the layers it was
    found in (``LiveIndex.version``) for a change number."""

    results: ResultCache
    key: Hashable
    version: int
    now: datetime

    def get(self) -> SearchResult | None:
        remembered = self.results.get(self.key, self.now)
        return remembered.result if remembered is not None and remembered.change == self.version else None

    def put(self, result: SearchResult, first_close: float | None) -> None:
        until = None if first_close is None else EPOCH + timedelta(seconds=first_close)
        self.results.put(self.key, result, change=self.version, now=self.now, first_close=until)


async def _find(
    criteria: Criteria, query: Query, layers: list[KeywordLayer], remembering: Remembering, found_cards: FoundCards
) -> SearchResult:
    """A page from the engine's current layers, its cards read from the table the first time a row is found; the
    same page again while the layers are unchanged and none of its matches has closed (a posting's write, its
    card's too, comes through the change log and changes the layers)."""
    remembered = remembering.get()
    if remembered is not None:
        return remembered
    now = time.time()
    offset = (criteria.page - 1) * PAGE_SIZE
    found = engine.search(
        ((layer.index, layer.live_at(now)) for layer in layers), query, offset=offset, limit=PAGE_SIZE
    )
    where = [(layers[place].index, row) for place, row in found.at]
    known = [found_cards.get(index, row) for index, row in where]
    unknown = [i for i, card in zip(found.ids, known, strict=True) if card is None]
    by_id = {}
    if unknown:  # one that closed since the layers were read is not among them
        for row in await fetch_rows(CARDS, unknown):
            by_id[row["id"]] = PostingCard._make(map(row.__getitem__, CARD_FIELDS))
    cards = []
    for posting_id, (index, row), card in zip(found.ids, where, known, strict=True):
        if card is None and posting_id in by_id:
            card = by_id[posting_id]
            found_cards.put(index, row, card)
        if card is not None:
            cards.append(card)
    result = SearchResult(criteria, cards, min(found.total, COUNT_CAP), found.total > COUNT_CAP)
    remembering.put(result, found.first_close)
    return result


def _may_be_similar(query: Query, layers: list[KeywordLayer], trigrams: TrigramRules) -> list[int] | None:
    """The ids of the postings a misspelt word's similarity pass may find (a superset, from the index's layers, by
    how the database's pg_trgm reads words); None when there are so many that the statement's own indexes do
    better."""
    now = time.time()
    found = [
        layer.index.ids[
            layer.index.matches(query, layer.live_at(now), similar_from=TRIGRAM_MIN_CHARS, trigrams=trigrams)
        ]
        for layer in layers
    ]
    ids = [int(i) for layer_ids in found for i in layer_ids]
    return ids if len(ids) <= SIMILAR_AMONG else None


async def _read(criteria: Criteria, statement: tuple[str, list[Any]], *, unless: int | None) -> _Page | None:
    """The page of results of a page's statement (``query.page_statement`` with the same ``unless``) and the
    change number it was read at; None if that number is still ``unless``."""
    sql, args = statement
    rows = await fetch_rows(sql, *args)
    first = rows[0]
    change = first["change"]
    if change is not None and change == unless:
        return None
    cards = [PostingCard._make(map(row.__getitem__, CARD_FIELDS)) for row in rows if row["id"] is not None]
    first_close = None if first["first_close"] is None else EPOCH + timedelta(microseconds=first["first_close"])
    total = int(first["total"] or 0)
    return _Page(SearchResult(criteria, cards, min(total, COUNT_CAP), total > COUNT_CAP), change, first_close)


@dataclass(frozen=True, slots=True)
class FeedItem:
    """An entry of the Atom feed: a few of a posting's fields, selected by their names."""

    id: int
    title: str
    occupation: str
    description: str
    district: str
    company_name_ko: str
    company_name_en: str
    published_at: datetime
    updated_at: datetime


FEED_COLUMNS = select_list(FeedItem.__dataclass_fields__)


async def recent(limit: int = 50) -> list[FeedItem]:
    """The newest open postings, for the Atom feed."""
    rows = await fetch(
        f"""SELECT {FEED_COLUMNS} FROM postings p WHERE {OPEN} ORDER BY p.published_at DESC, p.id DESC LIMIT $1""",  # noqa: S608
        limit,
    )
    return [FeedItem(**row) for row in rows]


async def open_postings() -> list[tuple[int, datetime]]:
    """Every open posting's id and last change, for the sitemap."""
    rows = await fetch(
        f"""SELECT p.id, p.updated_at FROM postings p WHERE {OPEN} ORDER BY p.id LIMIT 50000"""  # noqa: S608
    )
    return [(int(r["id"]), r["updated_at"]) for r in rows]
