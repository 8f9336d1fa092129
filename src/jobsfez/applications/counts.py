"""How many people each of a company's postings has: what the posting list and the posting page show beside links."""

from __future__ import annotations

from dataclasses import dataclass

from jobsfez.db import fetch
from jobsfez.employers.service import Actor


@dataclass(frozen=True, slots=True)
class PostingCounts:
    applicants: int  # every application but the withdrawn ones
    new: int  # still at "applied": nobody has looked at them yet
    interviews: int  # booked interviews still ahead


NONE = PostingCounts(0, 0, 0)

COUNTS_SQL = """SELECT p.id, p.title, p.status,
           (SELECT count(*) FROM applications a WHERE a.posting_id = p.id AND a.stage <> 'withdrawn') AS applicants,
           (SELECT count(*) FROM applications a WHERE a.posting_id = p.id AND a.stage = 'applied') AS new,
           (SELECT count(*) FROM interview_bookings b JOIN interview_slots s ON s.id = b.slot_id
             WHERE s.posting_id = p.id AND b.status = 'booked' AND s.starts_at > now()) AS interviews
    FROM postings p WHERE p.employer_id = $1 AND ($2::bigint[] IS NULL OR p.id = ANY($2::bigint[]))
    ORDER BY p.updated_at DESC, p.id DESC"""


async def for_postings(actor: Actor, posting_ids: list[int] | None = None) -> dict[int, PostingCounts]:
    """The counts of the company's postings (all, or those named); another company's postings are not counted."""
    rows = await fetch(COUNTS_SQL, actor.employer_id, posting_ids)
    return {r["id"]: PostingCounts(r["applicants"], r["new"], r["interviews"]) for r in rows}


@dataclass(frozen=True, slots=True)
class PostingLine:
    id: int
    title: str
    counts: PostingCounts


async def not_closed(actor: Actor) -> list[PostingLine]:
    """The company's drafts and published postings with their counts: the dashboard's way to its applicants."""
    rows = await fetch(COUNTS_SQL, actor.employer_id, None)
    return [
        PostingLine(r["id"], r["title"], PostingCounts(r["applicants"], r["new"], r["interviews"]))
        for r in rows
        if r["status"] != "closed"
    ]
