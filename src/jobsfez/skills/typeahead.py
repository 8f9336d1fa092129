"""The typeahead of every skill field: the skills a person most likely means by what they have typed so far."""

from __future__ import annotations

from collections.abc import Sequence

from redis.asyncio import Redis

from jobsfez.db import fetch
from jobsfez.skills.matching import typeahead
from jobsfez.skills.service import SkillName, vocabulary
from jobsfez.skills.taxonomy_data import ESCO_ID_PREFIX

# Options a <datalist> shows: a phone shows about this many without scrolling.
TYPEAHEAD_LIMIT = 8
# Skills counted for how often profiles and postings name them, the closest first: more than a word typed in full
# finds in the shipped taxonomy ("용접": 40), few enough to count on each keystroke with ESCO imported.
RANKED_BY_USE = 200
# How long a skill's count is kept in Redis, shared by the web processes: counting 200 skills' lines costs 54 ms at a
# national board's size (1,000,000 postings, 4.1 million posting lines; a first letter typed), once a skill and
# ten minutes; a ranking of suggestions minutes old ranks as well.
USE_COUNT_SECONDS = 600
USE_COUNT_KEY = "skill-use:"


async def _named_by(skill_ids: Sequence[str], redis: Redis) -> dict[str, int]:
    """How many profile and posting lines carry each skill: kept in Redis, counted for the skills it lacks."""
    if not skill_ids:
        return {}
    kept = await redis.mget([USE_COUNT_KEY + skill_id for skill_id in skill_ids])
    counts = {skill_id: int(value) for skill_id, value in zip(skill_ids, kept, strict=True) if value is not None}
    missing = [skill_id for skill_id in skill_ids if skill_id not in counts]
    if not missing:
        return counts
    rows = await fetch(
        "SELECT key, sum(n)::int AS n FROM ("
        " SELECT skill_key AS key, count(*) AS n FROM seeker_skills WHERE skill_key = ANY($1) GROUP BY skill_key"
        " UNION ALL SELECT key, count(*) AS n FROM posting_skills WHERE key = ANY($1) GROUP BY key"
        ") AS named GROUP BY key",
        missing,
    )
    counted = dict.fromkeys(missing, 0) | {row["key"]: row["n"] for row in rows}
    async with redis.pipeline(transaction=False) as pipe:
        for skill_id, count in counted.items():
            pipe.set(USE_COUNT_KEY + skill_id, count, ex=USE_COUNT_SECONDS)
        await pipe.execute()
    return counts | counted


async def suggestions(typed: str, *, redis: Redis, limit: int = TYPEAHEAD_LIMIT) -> list[SkillName]:
    """An exact name or alias first, then names beginning with what was typed, then names containing it, then names
    spelled close to it; within each, the skills profiles and postings name most, then the taxonomy's own skills
    before imported ones, in the taxonomy's order."""
    vocab = await vocabulary()
    found = typeahead(vocab, typed)
    closest = sorted(found, key=lambda s: (found[s], s.startswith(ESCO_ID_PREFIX), vocab.column[s]))[:RANKED_BY_USE]
    used = await _named_by(closest, redis)
    offered = sorted(closest, key=lambda s: (found[s], -used.get(s, 0)))[:limit]  # stable: ties keep that order
    return [SkillName(s, vocab.by_id[s].name_ko, vocab.by_id[s].name_en) for s in offered]
