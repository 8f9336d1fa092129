"""The open postings as keyword search's engine reads them (``search.engine``), and the live index that holds them
in a process, kept current by the match change log (``skills.live``: every statement that writes a posting logs
it, whatever column it changes)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from jobsfez.db import fetch_rows
from jobsfez.postings.search.engine import Document, KeywordIndex
from jobsfez.postings.search.query import OPEN
from jobsfez.skills import service as skills
from jobsfez.skills.live import LiveIndex, Source
from jobsfez.skills.matching import Vocabulary

logger = logging.getLogger("jobsfez.search")

LiveKeywords = LiveIndex[KeywordIndex, Document]

# A posting's lexemes with the labels of their positions in position order ("AAC"), as ``unnest`` gives them.
DOCUMENTS = f"""SELECT p.id, coalesce((extract(epoch FROM p.published_at) * 1000000)::int8, 0) AS published,
       p.pay_floor_hourly::int8 AS pay, coalesce(p.facets, ARRAY[]::text[]) AS facets, p.skill_keys,
       coalesce(p.compact, '') AS compact, extract(epoch FROM p.closes_at)::float8 AS closes, l.lexemes, l.labels
FROM postings p CROSS JOIN LATERAL (
    SELECT coalesce(array_agg(e.lexeme), ARRAY[]::text[]) AS lexemes,
           coalesce(array_agg(array_to_string(e.weights, '')), ARRAY[]::text[]) AS labels
    FROM unnest(p.search) AS e) AS l
WHERE {OPEN} AND {{where}} ORDER BY p.id {{limit}}"""  # noqa: S608


def _documents(rows: Iterable[Any]) -> list[tuple[Document, float]]:
    return [
        (
            Document(
                id=row["id"],
                published=row["published"],
                pay=row["pay"],
                facets=row["facets"],
                skill_keys=row["skill_keys"],
                compact=row["compact"],
                lexemes=row["lexemes"],
                labels=row["labels"],
            ),
            row["closes"],
        )
        for row in rows
    ]


async def _page(after: int, limit: int) -> list[tuple[Document, float]]:
    return _documents(await fetch_rows(DOCUMENTS.format(where="p.id > $1", limit="LIMIT $2"), after, limit))


async def _among(ids: list[int]) -> list[tuple[Document, float]]:
    return _documents(await fetch_rows(DOCUMENTS.format(where="p.id = ANY($1::bigint[])", limit=""), ids))


def live_keywords() -> LiveKeywords:
    """A live index of the open postings for keyword search (one per process, in its ``SearchCaches``)."""
    return LiveIndex(
        Source(
            "match_posting_changes",
            "posting_id",
            _page,
            _among,
            lambda _vocabulary, documents: KeywordIndex.build(documents),
            by_taxonomy=False,
        )
    )


async def warm(index: LiveKeywords) -> None:
    """Build the index at start-up, in the background, so that no search waits for it."""
    try:
        vocabulary: Vocabulary = await skills.vocabulary()
        await index.layers(vocabulary)
    except Exception:  # the first search builds what is missing, and says why if it cannot
        logger.exception("building the keyword search index at start-up failed")
