"""What a seeker sees on each posting card: that they applied (when, and where to follow it), or that it closed."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime

from jobsfez.db import fetch


@dataclass(frozen=True, slots=True)
class Applied:
    """The seeker's application to a posting, for its card's "applied on ..." line and link."""

    application_id: int
    applied_at: datetime


@dataclass(frozen=True, slots=True)
class CardMarks:
    """Per posting id of one page of cards: the seeker's applications, and which postings no longer take any."""

    applied: dict[int, Applied] = field(default_factory=dict)
    closed: frozenset[int] = frozenset()

    def __bool__(self) -> bool:
        """False when there is nothing to mark: a page of cards then skips the marks (an anonymous search)."""
        return bool(self.applied or self.closed)


NONE = CardMarks()


async def card_marks(seeker_user_id: int | None, posting_ids: Collection[int]) -> CardMarks:
    """Applied and closed marks for a page of cards in one query; none, and no query, for anyone but a seeker."""
    if seeker_user_id is None or not posting_ids:
        return NONE
    rows = await fetch(
        """SELECT p.id AS posting_id, NOT coalesce(p.status = 'published' AND p.closes_at > now(), false) AS closed,
                  a.id AS application_id, a.created_at AS applied_at
           FROM postings p
           LEFT JOIN applications a ON a.posting_id = p.id AND a.seeker_user_id = $1
           WHERE p.id = ANY($2::bigint[])""",
        seeker_user_id,
        list(posting_ids),
    )
    return CardMarks(
        applied={
            r["posting_id"]: Applied(r["application_id"], r["applied_at"])
            for r in rows
            if r["application_id"] is not None
        },
        closed=frozenset(r["posting_id"] for r in rows if r["closed"]),
    )
