"""Rankings of open postings for a seeker and of findable seekers for a posting, from indexes held in memory.

Each process holds one live index of every open posting and one of every findable seeker (skills/live.py says how
they are built and kept current); a request ranks in memory and explains only the results it returns, from their
stored profiles.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Iterable
from datetime import UTC, datetime

from jobsfez.i18n import lazy
from jobsfez.skills import service as skills
from jobsfez.skills.live import LiveIndex, posting_source, seeker_source
from jobsfez.skills.match.index import merge_top, top_postings, top_seekers
from jobsfez.skills.matching import PostingIndex, PostingProfile, Score, SeekerIndex, SeekerProfile, score
from jobsfez.skills.profiles import findable_seekers, open_postings, posting_profiles, seeker_profiles

logger = logging.getLogger("jobsfez.matching")

__all__ = [
    "EXPLAIN",
    "findable_candidates",
    "posting_profiles",
    "recommended_postings",
    "scores_for",
    "seeker_profile",
    "seeker_profiles",
    "stop",
    "warm",
]
LivePostings = LiveIndex[PostingIndex, PostingProfile]
LiveSeekers = LiveIndex[SeekerIndex, SeekerProfile]


async def seeker_profile(user_id: int) -> SeekerProfile:
    """A seeker with no saved profile still ranks (on preferences only)."""
    found = await seeker_profiles([user_id])
    return found[0] if found else SeekerProfile(id=user_id)


async def _seekers_page(after: int, limit: int) -> list[tuple[SeekerProfile, float]]:
    return [(seeker, math.inf) for seeker in await findable_seekers(after=after, limit=limit)]


async def _seekers_among(user_ids: list[int]) -> list[tuple[SeekerProfile, float]]:
    return [(seeker, math.inf) for seeker in await findable_seekers(among=user_ids)]


async def _postings_page(after: int, limit: int) -> list[tuple[PostingProfile, float]]:
    return await open_postings(after=after, limit=limit)


async def _postings_among(posting_ids: list[int]) -> list[tuple[PostingProfile, float]]:
    return await open_postings(among=posting_ids)


def live_postings() -> LivePostings:
    """A live index of the open postings (one per process: OPEN_POSTINGS; tests make their own)."""
    return LiveIndex(posting_source(_postings_page, _postings_among))


def live_seekers() -> LiveSeekers:
    """A live index of the findable seekers (one per process: FINDABLE_SEEKERS; tests make their own)."""
    return LiveIndex(seeker_source(_seekers_page, _seekers_among))


OPEN_POSTINGS = live_postings()
FINDABLE_SEEKERS = live_seekers()


async def warm() -> None:
    """Build both indexes (at start-up, in the background), so that no request waits for a build."""
    try:
        vocab = await skills.vocabulary()
        await OPEN_POSTINGS.layers(vocab)
        await FINDABLE_SEEKERS.layers(vocab)
    except Exception:  # the first request builds what is missing, and says why if it cannot
        logger.exception("building the matching indexes at start-up failed")


async def stop() -> None:
    """Stop background builds (the web lifespan ends)."""
    await OPEN_POSTINGS.close()
    await FINDABLE_SEEKERS.close()


def _year() -> int:
    return datetime.now(UTC).year


async def recommended_postings(
    seeker_user_id: int, *, limit: int = 20, postings: LivePostings | None = None
) -> list[Score]:
    """Open postings for a seeker, best first, each with its explanation; none that scores 0 (nothing shared)."""
    vocab = await skills.vocabulary()
    seeker = await seeker_profile(seeker_user_id)
    layers = await (postings or OPEN_POSTINGS).layers(vocab)
    year, now = _year(), time.time()
    ranked = merge_top(
        (top_postings(vocab, seeker, layer.index, year=year, limit=limit, live=layer.live_at(now)) for layer in layers),
        limit,
    )
    found = {p.id: p for p in await posting_profiles([posting_id for _, posting_id in ranked])}
    return _shared(score(vocab, seeker, found[p], year=year) for _, p in ranked if p in found)


async def findable_candidates(
    posting_id: int, *, limit: int = 50, every_must: bool = False, seekers: LiveSeekers | None = None
) -> list[Score]:
    """Seekers who chose to be findable, ranked for one posting; none that scores 0. With `every_must`, only those
    covering every must-have skill (held, or by a related skill: what the applicants board counts as covered)."""
    vocab = await skills.vocabulary()
    [posting] = await posting_profiles([posting_id]) or [PostingProfile(id=posting_id)]
    layers = await (seekers or FINDABLE_SEEKERS).layers(vocab)
    year, now = _year(), time.time()
    ranked = merge_top(
        (
            top_seekers(
                vocab, posting, layer.index, year=year, limit=limit, live=layer.live_at(now), every_must=every_must
            )
            for layer in layers
        ),
        limit,
    )
    found = {s.id: s for s in await seeker_profiles([user_id for _, user_id in ranked])}
    return _shared(score(vocab, found[user_id], posting, year=year) for _, user_id in ranked if user_id in found)


def _shared(scores: Iterable[Score]) -> list[Score]:
    """The scores above 0: a pair that shares no skill and meets no preference is no match to offer, though a short
    list of better ones ranks it among them."""
    return [s for s in scores if s.total > 0]


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
