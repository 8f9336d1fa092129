"""Matching profiles of seekers and postings read from PostgreSQL, by ids or a page at a time.

SQL with one array parameter of ids: Piccolo's ``is_in`` spends one parameter per id, and an index may hold more ids
than a statement takes. Pages go in id order (keyset), as the in-memory indexes are built in it.
"""

from __future__ import annotations

from typing import Any

from jobsfez.db import fetch_rows
from jobsfez.skills.matching import PostingProfile, SeekerProfile, SkillClaim

# Open, as public pages show it: published, and its closing day (Korea) not over; closes is in epoch seconds.
# Each profile is one row, its skills in arrays in their order: a page of thousands is one statement and few objects.
POSTINGS = """
SELECT p.id, p.sector, p.district, p.employment_type, p.shift, p.start_date, p.no_experience, p.youth_min_age,
       p.youth_max_age, extract(epoch FROM p.closes_at)::float8 AS closes, s.kinds, s.keys, s.texts, s.levels
FROM postings p LEFT JOIN LATERAL (
    SELECT array_agg(kind ORDER BY kind, position) AS kinds, array_agg(key ORDER BY kind, position) AS keys,
           array_agg(text ORDER BY kind, position) AS texts, array_agg(level ORDER BY kind, position) AS levels
    FROM posting_skills WHERE posting_id = p.id) s ON true
WHERE {where} ORDER BY p.id {limit}"""
OPEN = "p.status = 'published' AND p.closes_at > now()"
SEEKERS = """
SELECT p.user_id, p.birth_year, p.sectors, p.districts, p.employment_types, p.shifts, p.earliest_start, p.experienced,
       s.keys, s.texts, s.levels, s.years
FROM seeker_profiles p LEFT JOIN LATERAL (
    SELECT array_agg(skill_key ORDER BY position) AS keys, array_agg(text ORDER BY position) AS texts,
           array_agg(level ORDER BY position) AS levels, array_agg(years::float8 ORDER BY position) AS years
    FROM seeker_skills WHERE user_id = p.user_id) s ON true
WHERE {where} ORDER BY p.user_id {limit}"""


async def _seekers(where: str, *args: Any, limit: str = "") -> list[SeekerProfile]:
    found = []
    for r in await fetch_rows(SEEKERS.format(where=where, limit=limit), *args):
        skills = zip(r["keys"] or (), r["texts"] or (), r["levels"] or (), r["years"] or (), strict=True)
        found.append(
            SeekerProfile(
                id=r["user_id"],
                skills=tuple(SkillClaim(*claim) for claim in skills if claim[0]),
                birth_year=r["birth_year"],
                sectors=frozenset(r["sectors"]),
                districts=frozenset(r["districts"]),
                employment_types=frozenset(r["employment_types"]),
                shifts=frozenset(r["shifts"]),
                earliest_start=r["earliest_start"],
                experienced=r["experienced"],
            )
        )
    return found


async def _postings(where: str, *args: Any, limit: str = "") -> list[tuple[PostingProfile, float]]:
    found = []
    for r in await fetch_rows(POSTINGS.format(where=where, limit=limit), *args):
        claims: dict[str, list[SkillClaim]] = {"must": [], "nice": []}
        rows = zip(r["kinds"] or (), r["keys"] or (), r["texts"] or (), r["levels"] or (), strict=True)
        for kind, key, text, level in rows:
            if key:
                claims[kind].append(SkillClaim(key, text, level))
        profile = PostingProfile(
            id=r["id"],
            must=tuple(claims["must"]),
            nice=tuple(claims["nice"]),
            sector=r["sector"],
            district=r["district"],
            employment_type=r["employment_type"],
            shift=r["shift"],
            start_date=r["start_date"],
            no_experience_required=r["no_experience"],
            youth_min_age=r["youth_min_age"],
            youth_max_age=r["youth_max_age"],
        )
        found.append((profile, r["closes"] if r["closes"] is not None else float("-inf")))
    return found


async def seeker_profiles(user_ids: list[int] | None = None) -> list[SeekerProfile]:
    """Matching profiles of seekers (all given ids, or every findable one)."""
    if user_ids is None:
        return await _seekers("p.findable")
    return await _seekers("p.user_id = ANY($1::bigint[])", user_ids) if user_ids else []


async def posting_profiles(posting_ids: list[int] | None = None) -> list[PostingProfile]:
    """Matching profiles of postings (all given ids, open or not, or every open one)."""
    if posting_ids is None:
        return [profile for profile, _ in await _postings(OPEN)]
    found = await _postings("p.id = ANY($1::bigint[])", posting_ids) if posting_ids else []
    return [profile for profile, _ in found]


async def findable_seekers(*, after: int = 0, among: list[int] | None = None, limit: int = 0) -> list[SeekerProfile]:
    """Findable seekers past a user id, at most `limit`, or those among given ones; in id order."""
    if among is not None:
        return await _seekers("p.findable AND p.user_id = ANY($1::bigint[])", among)
    return await _seekers("p.findable AND p.user_id > $1", after, limit, limit="LIMIT $2")


async def open_postings(
    *, after: int = 0, among: list[int] | None = None, limit: int = 0
) -> list[tuple[PostingProfile, float]]:
    """Open postings past an id, at most `limit`, or those among given ones; in id order, with when each closes."""
    if among is not None:
        return await _postings(f"{OPEN} AND p.id = ANY($1::bigint[])", among)
    return await _postings(f"{OPEN} AND p.id > $1", after, limit, limit="LIMIT $2")
