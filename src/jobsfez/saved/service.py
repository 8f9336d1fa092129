"""Saved jobs (스크랩) and saved searches: a seeker keeps postings and searches to come back to.

Every function takes the seeker's own user id from the session and touches only that seeker's rows: another
seeker's saved item is unreachable by construction, not by a check that could be forgotten.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime

from jobsfez import i18n
from jobsfez.choices import SEARCH_FILTERS
from jobsfez.db import fetch, fetchrow, transaction
from jobsfez.errors import Conflict, NotFound, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.postings.criteria import Criteria, SearchInput, criteria_of

PAGE_SIZE = 20
MAX_PAGE = 10_000  # far past anyone's list; a larger number in the address would overflow the database's OFFSET
MAX_SEARCHES = 20  # a seeker's saved searches: each is matched every day, and twenty cover anyone's job hunt
NAME_MAX = 100

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
    page = min(max(1, page), MAX_PAGE)
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


@dataclass(frozen=True, slots=True)
class SavedSearchView:
    """A saved search in the seeker's list: its name, the query that runs it, and whether it sends e-mail."""

    id: int
    name: str
    query: str  # "?q=..." as the search page reads it, "" for every open job
    alerts: bool
    created_at: datetime


def _criteria_of_params(params: dict[str, str]) -> Criteria:
    return criteria_of(SearchInput(**{k: v for k, v in params.items() if k in SearchInput.__dataclass_fields__}))


def summary(criteria: Criteria) -> str:
    """A readable name for a search, in the current language: its words, then its filters' labels."""
    parts = [criteria.q] if criteria.q else []
    parts += [
        i18n.gettext(choices[value]) for name, choices in SEARCH_FILTERS.items() if (value := getattr(criteria, name))
    ]
    if criteria.skill:
        parts.append(criteria.skill)
    if criteria.min_pay is not None:
        parts.append(i18n.gettext("from {pay} won").format(pay=f"{criteria.min_pay:,}"))
    if criteria.no_experience:
        parts.append(i18n.gettext("No experience required"))
    if criteria.youth:
        parts.append(i18n.gettext("Youth hiring"))
    return " · ".join(parts)[:NAME_MAX] or i18n.gettext("All open jobs")


async def save_search(user_id: int, raw: SearchInput, name: str) -> int:
    """Keep a search's criteria as the search page reads them; at most MAX_SEARCHES a seeker, each once."""
    criteria = replace(criteria_of(raw), page=1)
    name = " ".join(name.split())
    if len(name) > NAME_MAX:
        raise ValidationFailed(
            "Please correct the marked fields.", fields={"name": lazy("Use at most 100 characters.")}
        )
    params = json.dumps(criteria.params(), sort_keys=True, ensure_ascii=False)
    async with transaction():
        # the seeker's row locked: two saves at once count each other, so the limit holds
        await fetch("SELECT id FROM users WHERE id = $1 FOR UPDATE", user_id)
        rows = await fetch("SELECT params::text AS params FROM saved_searches WHERE user_id = $1", user_id)
        if any(json.loads(r["params"]) == criteria.params() for r in rows):
            raise Conflict("You have already saved this search.")
        if len(rows) >= MAX_SEARCHES:
            raise Conflict(
                "You can keep at most {count} saved searches. Delete one you no longer need first.",
                count=MAX_SEARCHES,
            )
        row = await fetchrow(
            "INSERT INTO saved_searches (user_id, name, params) VALUES ($1, $2, $3::jsonb) RETURNING id",
            user_id,
            name or summary(criteria),
            params,
        )
    assert row is not None
    return int(row["id"])


async def searches(user_id: int) -> list[SavedSearchView]:
    """The seeker's saved searches, newest first."""
    rows = await fetch(
        """SELECT id, name, params::text AS params, alerts, created_at FROM saved_searches
           WHERE user_id = $1 ORDER BY created_at DESC, id DESC""",
        user_id,
    )
    return [
        SavedSearchView(
            r["id"], r["name"], _criteria_of_params(json.loads(r["params"])).query(), r["alerts"], r["created_at"]
        )
        for r in rows
    ]


async def delete_search(user_id: int, search_id: int) -> None:
    """Forget one of the seeker's saved searches; another seeker's is not found."""
    rows = await fetch("DELETE FROM saved_searches WHERE id = $1 AND user_id = $2 RETURNING id", search_id, user_id)
    if not rows:
        raise NotFound()


async def set_alerts(user_id: int, search_id: int, *, on: bool) -> None:
    """Turn a saved search's daily e-mail on or off; another seeker's is not found."""
    rows = await fetch(
        "UPDATE saved_searches SET alerts = $3 WHERE id = $1 AND user_id = $2 RETURNING id", search_id, user_id, on
    )
    if not rows:
        raise NotFound()
