"""Profiles from PostgreSQL into the pure matching core, and rankings back out.

Indexes over all open postings and all findable seekers are cached per process and rebuilt when a
cheap fingerprint (count, last change, taxonomy version) moves, so a request ranks in memory.
The skills of the profiles loaded are read with one array parameter of their ids (SQL): Piccolo's
``is_in`` spends one parameter per id, and an index may hold more ids than a statement takes.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from piccolo.custom_types import Combinable
from piccolo.query.functions import Count, Max, Min

from jobsfez.db import NOW, fetch
from jobsfez.i18n import lazy
from jobsfez.postings.tables import Posting
from jobsfez.seekers.tables import SeekerProfile as ProfileRow
from jobsfez.skills import service as skills
from jobsfez.skills.matching import (
    PostingIndex,
    PostingProfile,
    Score,
    SeekerIndex,
    SeekerProfile,
    SkillClaim,
    rank_postings,
    rank_seekers,
    score,
)


def _open() -> Combinable:
    return (Posting.status == "published") & (Posting.closes_at > NOW)


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


async def seeker_profiles(user_ids: list[int] | None = None) -> list[SeekerProfile]:
    """Matching profiles of seekers (all given ids, or every findable one)."""
    if user_ids == []:
        return []
    rows = await ProfileRow.select(
        ProfileRow.user_id,
        ProfileRow.birth_year,
        ProfileRow.sectors,
        ProfileRow.districts,
        ProfileRow.employment_types,
        ProfileRow.shifts,
        ProfileRow.earliest_start,
        ProfileRow.experienced,
    ).where(ProfileRow.user_id.is_in(user_ids) if user_ids is not None else ProfileRow.findable.eq(True))
    ids = [r["user_id"] for r in rows]
    claims: dict[int, list[SkillClaim]] = {}
    for r in await fetch(
        """SELECT user_id, skill_key AS key, text, level, years FROM seeker_skills
           WHERE user_id = ANY($1::bigint[]) ORDER BY user_id, position""",
        ids,
    ):
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


async def seeker_profile(user_id: int) -> SeekerProfile:
    """A seeker with no saved profile still ranks (on preferences only)."""
    found = await seeker_profiles([user_id])
    return found[0] if found else SeekerProfile(id=user_id)


async def posting_profiles(posting_ids: list[int] | None = None) -> list[PostingProfile]:
    if posting_ids == []:
        return []
    rows = await Posting.select(
        Posting.id,
        Posting.sector,
        Posting.district,
        Posting.employment_type,
        Posting.shift,
        Posting.start_date,
        Posting.no_experience,
        Posting.youth_min_age,
        Posting.youth_max_age,
    ).where(Posting.id.is_in(posting_ids) if posting_ids is not None else _open())
    ids = [r["id"] for r in rows]
    must: dict[int, list[SkillClaim]] = {}
    nice: dict[int, list[SkillClaim]] = {}
    for r in await fetch(
        """SELECT posting_id, kind, key, text, level FROM posting_skills
           WHERE posting_id = ANY($1::bigint[]) ORDER BY posting_id, kind, position""",
        ids,
    ):
        claim = _claim(r)
        if claim is not None:
            (must if r["kind"] == "must" else nice).setdefault(r["posting_id"], []).append(claim)
    return [
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
        )
        for r in rows
    ]


@dataclass
class _Cached:
    fingerprint: tuple[Any, ...] = ()
    index: Any = None


_open_postings = _Cached()
_findable_seekers = _Cached()
_lock = asyncio.Lock()


async def _posting_index() -> PostingIndex:
    [row] = await Posting.select(
        Count().as_alias("n"), Max(Posting.updated_at).as_alias("changed"), Min(Posting.closes_at).as_alias("first")
    ).where(_open())
    fingerprint = (await skills.current_version(), await skills.rekey_mark(), *row.values())
    async with _lock:
        if _open_postings.fingerprint != fingerprint:
            vocab = await skills.vocabulary()
            _open_postings.index = PostingIndex.build(vocab, await posting_profiles())
            _open_postings.fingerprint = fingerprint
    index: PostingIndex = _open_postings.index
    return index


async def _seeker_index() -> SeekerIndex:
    [row] = await ProfileRow.select(Count().as_alias("n"), Max(ProfileRow.updated_at).as_alias("changed")).where(
        ProfileRow.findable.eq(True)
    )
    fingerprint = (await skills.current_version(), await skills.rekey_mark(), *row.values())
    async with _lock:
        if _findable_seekers.fingerprint != fingerprint:
            vocab = await skills.vocabulary()
            _findable_seekers.index = SeekerIndex.build(vocab, await seeker_profiles())
            _findable_seekers.fingerprint = fingerprint
    index: SeekerIndex = _findable_seekers.index
    return index


def _year() -> int:
    return datetime.now(UTC).year


async def recommended_postings(seeker_user_id: int, *, limit: int = 20) -> list[Score]:
    """Open postings for a seeker, best first, each with its explanation."""
    vocab = await skills.vocabulary()
    seeker = await seeker_profile(seeker_user_id)
    return rank_postings(vocab, seeker, await _posting_index(), year=_year(), limit=limit)


async def findable_candidates(posting_id: int, *, limit: int = 50) -> list[Score]:
    """Seekers who chose to be findable, ranked for one posting."""
    vocab = await skills.vocabulary()
    [posting] = await posting_profiles([posting_id]) or [PostingProfile(id=posting_id)]
    return rank_seekers(vocab, posting, await _seeker_index(), year=_year(), limit=limit)


async def scores_for(posting_id: int, seeker_user_ids: list[int]) -> dict[int, Score]:
    """Scores of given seekers (the applicants) for one posting, explained."""
    vocab = await skills.vocabulary()
    postings = await posting_profiles([posting_id])
    if not postings:
        return {}
    seekers = {s.id: s for s in await seeker_profiles(seeker_user_ids)}
    year = _year()
    return {
        user_id: score(vocab, seekers.get(user_id, SeekerProfile(id=user_id)), postings[0], year=year)
        for user_id in seeker_user_ids
    }


# How an explanation reads: the matching core's codes, as msgids the templates translate.
EXPLAIN = {
    "exact": lazy("matches"),
    "related": lazy("related skill, partial credit"),
    "level_below": lazy("below the level asked, partial credit"),
    "sector": lazy("Sector"),
    "district": lazy("District"),
    "employment_type": lazy("Employment type"),
    "shift": lazy("Shift"),
    "start_date": lazy("Start date"),
    "youth_age_out_of_range": lazy("Outside the posting's youth age range"),
    "youth_age_unknown": lazy("Birth year not given: youth eligibility unknown"),
    "no_experience_welcome": lazy("No experience required: a good start"),
    "experience_preferred": lazy("The company prefers some experience"),
    "no_skills_listed": lazy("The posting lists no skills"),
    "must_have_missing": lazy("A must-have skill is missing"),
    "clamped": lazy("Kept within 0–100"),
}
