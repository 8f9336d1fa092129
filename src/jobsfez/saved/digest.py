"""The daily e-mail of saved searches: each seeker gets the postings published since their last digest that match
each of their saved searches with alerts on, at most one digest a Korean day.

The matching is a batch by search, not by seeker: every distinct search (the same criteria saved by many seekers is
one) runs once through the search page's own query, newest first, and each seeker's share is then picked in memory
by their "new since". The work is one query for the searches, one per distinct search, and one short transaction per
seeker who gets mail; a seeker with nothing new costs nothing more.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urlencode

from jobsfez.db import fetch, fetchrow, transaction
from jobsfez.errors import ValidationFailed
from jobsfez.notifications import service as notifications
from jobsfez.postings import search
from jobsfez.postings.criteria import SearchInput
from jobsfez.postings.validation import seoul_today
from jobsfez.postings.views import PostingCard

KIND = "saved_search_digest"
PER_SEARCH = 10  # a digest lists at most this many postings of each search, the newest, with a link to the rest


@dataclass(frozen=True, slots=True)
class _Alert:
    user_id: int
    name: str
    params: dict[str, str]
    since: datetime


async def send_digests(now: datetime, *, caches: search.SearchCaches) -> int:
    """Write today's digest of every seeker with new matches into the outbox; the number written."""
    today = seoul_today(now)
    alerts = await _alerts(today)
    found: dict[str, list[PostingCard]] = {}
    for key in {json.dumps(a.params, sort_keys=True) for a in alerts}:
        found[key] = await _newest(json.loads(key), caches)
    by_seeker: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for alert in alerts:
        cards = [c for c in found[json.dumps(alert.params, sort_keys=True)] if c.published_at > alert.since]
        if cards:
            by_seeker[alert.user_id].append(_section(alert, cards[:PER_SEARCH]))
    written = 0
    for user_id, sections in by_seeker.items():
        written += await _write(user_id, sections, today=today, through=now)
    return written


async def _alerts(today: date) -> list[_Alert]:
    """Saved searches with alerts on, of seekers who take e-mail and have had no digest today."""
    rows = await fetch(
        """SELECT s.user_id, s.name, s.params::text AS params, coalesce(d.through, s.created_at) AS since
           FROM saved_searches s JOIN users u ON u.id = s.user_id
           LEFT JOIN saved_search_digests d ON d.user_id = s.user_id
           WHERE s.alerts AND u.notify_email AND u.role = 'seeker' AND (d.sent_on IS NULL OR d.sent_on < $1)
           ORDER BY s.user_id, s.created_at, s.id""",
        today,
    )
    return [_Alert(r["user_id"], r["name"], json.loads(r["params"]), r["since"]) for r in rows]


async def _newest(params: dict[str, str], caches: search.SearchCaches) -> list[PostingCard]:
    """The newest open postings of a search (the search page's first page, newest first); none if it no longer
    makes sense (a district or sector retired since it was saved)."""
    try:
        result = await search.search(SearchInput(**{**params, "sort": "newest", "page": None}), caches=caches)
    except ValidationFailed:  # a stale saved search skips its part of the mail, never the others'
        return []
    return result.items


def _section(alert: _Alert, cards: list[PostingCard]) -> dict[str, Any]:
    return {
        "name": alert.name,
        "query": "/jobs" + _query(alert.params),
        "postings": [
            {
                "title": c.title,
                "company_ko": c.company_name_ko,
                "company_en": c.company_name_en,
                "url": f"/jobs/{c.id}",
            }
            for c in cards
        ],
    }


def _query(params: dict[str, str]) -> str:
    return "?" + urlencode(params) if params else ""


async def _write(user_id: int, sections: list[dict[str, Any]], *, today: date, through: datetime) -> int:
    """Claim the seeker's digest of the day and write it, in one transaction: a second run or worker finds it taken."""
    async with transaction():
        claimed = await fetchrow(
            """INSERT INTO saved_search_digests (user_id, sent_on, through) VALUES ($1, $2, $3)
               ON CONFLICT (user_id) DO UPDATE SET sent_on = excluded.sent_on, through = excluded.through
               WHERE saved_search_digests.sent_on < excluded.sent_on
               RETURNING user_id""",
            user_id,
            today,
            through,
        )
        if claimed is None:
            return 0
        ids = await notifications.notify_user(
            user_id,
            cause=f"{KIND}:{user_id}:{today}",
            kind=KIND,
            payload={"sections": sections, "manage_url": "/me/searches"},
            channels=("email",),
        )
    return len(ids)
