"""Matching profiles of seekers and postings read from PostgreSQL, by ids or a page at a time.

SQL with one array parameter of ids: Piccolo's ``is_in`` spends one parameter per id, and an index may hold more ids
than a statement takes. Pages go in id order (keyset), as the in-memory indexes are built in it.
"""

from __future__ import annotations

from typing import Any

from jobsfez.db import fetch
from jobsfez.skills.matching import PostingProfile, SeekerProfile, SkillClaim

# Open, as public pages show it: published, and its closing day (Korea) not over; closes is in epoch seconds.
POSTINGS = """SELECT id, sector, district, employment_type, shift, start_date, no_experience, youth_min_age,
                     youth_max_age, extract(epoch FROM closes_at)::float8 AS closes
              FROM postings WHERE {where} ORDER BY id {limit}"""
OPEN = "status = 'published' AND closes_at > now()"
POSTING_SKILLS = """SELECT posting_id, kind, key, text, level FROM posting_skills
                    WHERE posting_id = ANY($1::bigint[]) ORDER BY posting_id, kind, position"""
SEEKERS = """SELECT user_id, birth_year, sectors, districts, employment_types, shifts, earliest_start, experienced
             FROM seeker_profiles WHERE {where} ORDER BY user_id {limit}"""
SEEKER_SKILLS = """SELECT user_id, skill_key AS key, text, level, years FROM seeker_skills
                   WHERE user_id = ANY($1::bigint[]) ORDER BY user_id, position"""


def _claim(row: dict[str, Any]) -> SkillClaim | None:
    if not row["key"]:
        return None
    level = row.get("level")
    years = row.get("years")
    return SkillClaim(
        key=row["key"],
        text=row["text"],
        level=int(level) if level is not None else None,
        years=float(years) if years is not None else None,
    )


async def _seekers(where: str, *args: Any, limit: str = "") -> list[SeekerProfile]:
    rows = await fetch(SEEKERS.format(where=where, limit=limit), *args)
    claims: dict[int, list[SkillClaim]] = {}
    for r in await fetch(SEEKER_SKILLS, [r["user_id"] for r in rows]):
        claim = _claim(r)
        if claim is not None:
            claims.setdefault(r["user_id"], []).append(claim)
    return [
        SeekerProfile(
            id=r["user_id"],
            skills=tuple(claims.get(r["user_id"], ())),
            birth_year=r["birth_year"],
            sectors=frozenset(r["sectors"]),
            districts=frozenset(r["districts"]),
            employment_types=frozenset(r["employment_types"]),
            shifts=frozenset(r["shifts"]),
            earliest_start=r["earliest_start"],
            experienced=r["experienced"],
        )
        for r in rows
    ]


async def _postings(where: str, *args: Any, limit: str = "") -> list[tuple[PostingProfile, float]]:
    rows = await fetch(POSTINGS.format(where=where, limit=limit), *args)
    must: dict[int, list[SkillClaim]] = {}
    nice: dict[int, list[SkillClaim]] = {}
    for r in await fetch(POSTING_SKILLS, [r["id"] for r in rows]):
        claim = _claim(r)
        if claim is not None:
            (must if r["kind"] == "must" else nice).setdefault(r["posting_id"], []).append(claim)
    return [
        (
            PostingProfile(
                id=r["id"],
                must=tuple(must.get(r["id"], ())),
                nice=tuple(nice.get(r["id"], ())),
                sector=r["sector"],
                district=r["district"],
                employment_type=r["employment_type"],
                shift=r["shift"],
                start_date=r["start_date"],
                no_experience_required=r["no_experience"],
                youth_min_age=r["youth_min_age"],
                youth_max_age=r["youth_max_age"],
            ),
            r["closes"] if r["closes"] is not None else float("-inf"),
        )
        for r in rows
    ]


async def seeker_profiles(user_ids: list[int] | None = None) -> list[SeekerProfile]:
    """Matching profiles of seekers (all given ids, or every findable one)."""
    if user_ids is None:
        return await _seekers("findable")
    return await _seekers("user_id = ANY($1::bigint[])", user_ids) if user_ids else []


async def posting_profiles(posting_ids: list[int] | None = None) -> list[PostingProfile]:
    """Matching profiles of postings (all given ids, open or not, or every open one)."""
    if posting_ids is None:
        return [profile for profile, _ in await _postings(OPEN)]
    found = await _postings("id = ANY($1::bigint[])", posting_ids) if posting_ids else []
    return [profile for profile, _ in found]


async def findable_seekers(*, after: int = 0, among: list[int] | None = None, limit: int = 0) -> list[SeekerProfile]:
    """Findable seekers past a user id, at most `limit`, or those among given ones; in id order."""
    if among is not None:
        return await _seekers("findable AND user_id = ANY($1::bigint[])", among)
    return await _seekers("findable AND user_id > $1", after, limit, limit="LIMIT $2")


async def open_postings(
    *, after: int = 0, among: list[int] | None = None, limit: int = 0
) -> list[tuple[PostingProfile, float]]:
    """Open postings past an id, at most `limit`, or those among given ones; in id order, with when each closes."""
    if among is not None:
        return await _postings(f"{OPEN} AND id = ANY($1::bigint[])", among)
    return await _postings(f"{OPEN} AND id > $1", after, limit, limit="LIMIT $2")
