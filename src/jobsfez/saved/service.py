"""Saved jobs (스크랩): a seeker keeps postings to come back to, and sees which ones on every card.

Every function takes the seeker's own user id from the session and touches only that seeker's rows: another
seeker's saved item is unreachable by construction, not by a check that could be forgotten.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from jobsfez.db import fetch, fetchrow
from jobsfez.errors import NotFound

PAGE_SIZE = 20

# What the public may open (postings.service.load(public=True)): a posting that was published, of an approved company.
VISIBLE = "p.status <> 'draft' AND e.status = 'approved'"


@dataclass(frozen=True, slots=True)
class SavedJob:
    """A row of the saved jobs page: what the posting was when saved, and whether it still takes applications."""

    posting_id: int | None  # None: the posting was deleted since
    title: str
    company_name_ko: str
    company_name_en: str
    saved_at: datetime
    closing_date: date | None
    is_open: bool
    visible: bool  # the posting page can still be opened


@dataclass(frozen=True, slots=True)
class SavedPage:
    items: list[SavedJob]
    page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / PAGE_SIZE))


async def save(user_id: int, posting_id: int) -> None:
    """Keep a posting the seeker may see; saving it again changes nothing."""
    row = await fetchrow(
        f"""WITH found AS (
                SELECT p.id, p.title, e.name_ko, e.name_en FROM postings p JOIN employers e ON e.id = p.employer_id
                WHERE p.id = $2 AND {VISIBLE}
            ), added AS (
                INSERT INTO saved_postings (user_id, posting_id, title, company_name_ko, company_name_en)
                SELECT $1, id, title, name_ko, name_en FROM found
                ON CONFLICT (user_id, posting_id) DO NOTHING
            )
            SELECT count(*) AS found FROM found""",  # noqa: S608
        user_id,
        posting_id,
    )
    if row is None or row["found"] == 0:
        raise NotFound()


async def unsave(user_id: int, posting_id: int) -> None:
    """Forget a saved posting; one not saved is already forgotten."""
    await fetch("DELETE FROM saved_postings WHERE user_id = $1 AND posting_id = $2", user_id, posting_id)


async def saved_among(user_id: int, posting_ids: Iterable[int]) -> frozenset[int]:
    """Which of a page's postings the seeker saved: one query for all the cards of a page."""
    ids = list(posting_ids)
    if not ids:
        return frozenset()
    rows = await fetch(
        "SELECT posting_id FROM saved_postings WHERE user_id = $1 AND posting_id = ANY($2::bigint[])", user_id, ids
    )
    return frozenset(int(r["posting_id"]) for r in rows)


async def is_saved(user_id: int, posting_id: int) -> bool:
    """Whether the seeker saved this posting, for its page."""
    return bool(await saved_among(user_id, (posting_id,)))


async def saved_page(user_id: int, page: int = 1) -> SavedPage:
    """A page of the seeker's saved postings, newest first, closed and removed ones kept and marked."""
    page = max(1, page)
    rows = await fetch(
        f"""SELECT s.posting_id, coalesce(p.title, s.title) AS title,
                   coalesce(e.name_ko, s.company_name_ko) AS company_name_ko,
                   coalesce(e.name_en, s.company_name_en) AS company_name_en,
                   s.saved_at, p.closing_date,
                   coalesce(p.status = 'published' AND p.closes_at > now() AND e.status = 'approved', false)
                       AS is_open,
                   coalesce({VISIBLE}, false) AS visible,
                   count(*) OVER () AS total
            FROM saved_postings s
            LEFT JOIN postings p ON p.id = s.posting_id
            LEFT JOIN employers e ON e.id = p.employer_id
            WHERE s.user_id = $1
            ORDER BY s.saved_at DESC, s.id DESC
            LIMIT $2 OFFSET $3""",  # noqa: S608
        user_id,
        PAGE_SIZE,
        (page - 1) * PAGE_SIZE,
    )
    total = int(rows[0]["total"]) if rows else await _count(user_id)
    return SavedPage([SavedJob(**{k: v for k, v in r.items() if k != "total"}) for r in rows], page, total)


async def _count(user_id: int) -> int:
    row = await fetchrow("SELECT count(*) AS n FROM saved_postings WHERE user_id = $1", user_id)
    return int(row["n"]) if row else 0
