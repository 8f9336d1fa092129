"""The open postings as keyword search's engine reads them (``search.engine``), and the live index that holds them
in a process, kept current by the match change log (``skills.live``: every statement that writes a posting logs
it, whatever column it changes)."""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Iterable
from typing import Any

from jobsfez.db import fetch_rows
from jobsfez.postings.search.engine import SIMILARITY, Document, KeywordIndex, TrigramRules
from jobsfez.postings.search.query import OPEN
from jobsfez.skills import service as skills
from jobsfez.skills.live import Layer, LiveIndex, Source
from jobsfez.skills.matching import Vocabulary

logger = logging.getLogger("jobsfez.search")

LiveKeywords = LiveIndex[KeywordIndex, Document]
KeywordLayer = Layer[KeywordIndex]
FIELDS = [field.name for field in dataclasses.fields(Document)]

# Below this many open postings the page's statement costs a process less than the index does: the index adds a
# read of the change log, a second statement and numpy's fixed costs to every search, where the statement's
# PostgreSQL time is still small; past it the statement's time grows with the board (docs/benchmarks.md). So a
# process builds and asks the index only on a board at least this large.
INDEX_MIN_OPEN = 30_000
# Browsing is answered by the index from far fewer: its statement sorts and counts every listed posting the filters
# keep, where the index reads a kept order up to the page (at 5,000 open, 37 % of fortunes against 29-33 %; a board
# that size loses a few to closing days); a keyword search's statement finds its few matches off GIN, and the
# index's numpy work costs the one web process more than PostgreSQL's does on the other core (31-32 % against
# 34-37 %, docs/benchmarks.md).
BROWSE_MIN_OPEN = 4_000
# A web process reads the change log at most this often for keyword search and browsing: a read is a round trip to
# PostgreSQL, which costs a page about as much Python as the engine's own work (docs/benchmarks.md), while a
# posting's write still shows in every process's search within two tenths of a second (``LiveIndex.layers``). Other
# callers (the worker's digests, tests) read it on every call.
WEB_READ_EVERY = 0.1
OPEN_COUNT = f"SELECT count(*) AS open FROM (SELECT FROM postings p WHERE {OPEN} LIMIT $1) AS listed"  # noqa: S608

# A posting's lexemes with the labels of their positions in position order ("AAC"), as ``unnest`` gives them.
# A posting without a publication time (none is listed without one) would come first where newest are first, as
# PostgreSQL puts NULL first in descending order: it is taken as the latest time there is.
DOCUMENTS = f"""SELECT p.id, coalesce((extract(epoch FROM p.published_at) * 1000000)::int8, {2**62}) AS published,
       p.pay_floor_hourly::int8 AS pay, coalesce(p.facets, ARRAY[]::text[]) AS facets, p.skill_keys,
       coalesce(p.compact, '') AS compact, extract(epoch FROM p.closes_at)::float8 AS closes, l.lexemes, l.labels
FROM postings p CROSS JOIN LATERAL (
    SELECT coalesce(array_agg(e.lexeme), ARRAY[]::text[]) AS lexemes,
           coalesce(array_agg(array_to_string(e.weights, '')), ARRAY[]::text[]) AS labels
    FROM unnest(p.search) AS e) AS l
WHERE {OPEN} AND {{where}} ORDER BY p.id {{limit}}"""  # noqa: S608


def _documents(rows: Iterable[Any]) -> list[tuple[Document, float]]:
    """Each row's document (the columns are named as its fields) and when its posting closes."""
    return [(Document(**{name: row[name] for name in FIELDS}), row["closes"]) for row in rows]


async def _page(after: int, limit: int) -> list[tuple[Document, float]]:
    return _documents(await fetch_rows(DOCUMENTS.format(where="p.id > $1", limit="LIMIT $2"), after, limit))


async def _among(ids: list[int]) -> list[tuple[Document, float]]:
    return _documents(await fetch_rows(DOCUMENTS.format(where="p.id = ANY($1::bigint[])", limit=""), ids))


def live_keywords(*, read_every: float = 0.0) -> LiveKeywords:
    """A live index of the open postings for keyword search (one per process, in its ``SearchCaches``), its change
    log read at most once every ``read_every`` seconds (``LiveIndex``)."""
    return LiveIndex(
        Source(
            "match_posting_changes",
            "posting_id",
            _page,
            _among,
            lambda _vocabulary, documents: KeywordIndex.build(documents),
            by_taxonomy=False,
            name="keyword search",
        ),
        read_every=read_every,
    )


async def count_open(at_most: int) -> int:
    """How many postings are open, counted up to ``at_most``."""
    rows = await fetch_rows(OPEN_COUNT, at_most)
    return int(rows[0]["open"])


class BoardSize:
    """Whether the board holds INDEX_MIN_OPEN open postings for keyword search (``min_open``; 0: always), and
    BROWSE_MIN_OPEN for browsing (never more than ``min_open``), the count asked at most once every ``seconds``."""

    def __init__(
        self, min_open: int | None = None, *, browse_min_open: int | None = None, seconds: float = 60.0
    ) -> None:
        self.min_open = INDEX_MIN_OPEN if min_open is None else min_open
        self.browse_min_open = min(BROWSE_MIN_OPEN if browse_min_open is None else browse_min_open, self.min_open)
        self.seconds = seconds
        self.open = 0
        self.at: float | None = None

    async def large(self, *, browsing: bool = False) -> bool:
        needed = self.browse_min_open if browsing else self.min_open
        now = time.monotonic()
        if needed and (self.at is None or now - self.at >= self.seconds):
            self.open, self.at = await count_open(self.min_open), now
        return self.open >= needed


class TrigramSettings:
    """How the database's pg_trgm reads words (``engine.TrigramRules``), asked once a process. Its threshold is
    read beside a call of its own (the setting exists once the extension's library is loaded in the session), and
    taken to be pg_trgm's own where still unknown."""

    def __init__(self) -> None:
        self.value: TrigramRules | None = None

    async def rules(self) -> TrigramRules:
        if self.value is None:
            [row] = await fetch_rows(
                """SELECT cardinality(show_trgm('가나')) > 0 AS hangul,
                          current_setting('pg_trgm.word_similarity_threshold', true)::float8 AS threshold"""
            )
            threshold = SIMILARITY if row["threshold"] is None else float(row["threshold"])
            self.value = TrigramRules(hangul=bool(row["hangul"]), threshold=threshold)
        return self.value


async def warm(index: LiveKeywords, board: BoardSize) -> None:
    """Build the index at start-up on a large board, in the background, so that no search waits for it."""
    try:
        if await board.large(browsing=True):
            vocabulary: Vocabulary = await skills.vocabulary()
            await index.layers(vocabulary)
    except Exception:  # the first search builds what is missing, and says why if it cannot
        logger.exception("building the keyword search index at start-up failed")
