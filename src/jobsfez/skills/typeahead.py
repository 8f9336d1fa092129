"""The typeahead of every skill field: the skills a person most likely means by what they have typed so far."""

from __future__ import annotations

from collections.abc import Sequence

from jobsfez.db import fetch
from jobsfez.skills.matching import typeahead
from jobsfez.skills.service import SkillName, vocabulary
from jobsfez.skills.taxonomy_data import ESCO_ID_PREFIX

# Options a <datalist> shows: a phone shows about this many without scrolling.
TYPEAHEAD_LIMIT = 8
# Skills counted for how often profiles and postings name them, the closest first: more than a word typed in full
# finds in the shipped taxonomy ("용접": 40), few enough to count on each keystroke with ESCO imported.
RANKED_BY_USE = 200


async def _named_by(skill_ids: Sequence[str]) -> dict[str, int]:
    """How many profile and posting lines carry each skill."""
    rows = await fetch(
        "SELECT key, sum(n)::int AS n FROM ("
        " SELECT skill_key AS key, count(*) AS n FROM seeker_skills WHERE skill_key = ANY($1) GROUP BY skill_key"
        " UNION ALL SELECT key, count(*) AS n FROM posting_skills WHERE key = ANY($1) GROUP BY key"
        ") AS named GROUP BY key",
        list(skill_ids),
    )
    return {row["key"]: row["n"] for row in rows}


async def suggestions(typed: str, *, limit: int = TYPEAHEAD_LIMIT) -> list[SkillName]:
    """An exact name or alias first, then names beginning with what was typed, then names containing it, then names
    spelled close to it; within each, the skills profiles and postings name most, then the taxonomy's own skills
    before imported ones, in the taxonomy's order."""
    vocab = await vocabulary()
    found = typeahead(vocab, typed)
    closest = sorted(found, key=lambda s: (found[s], s.startswith(ESCO_ID_PREFIX), vocab.column[s]))[:RANKED_BY_USE]
    used = await _named_by(closest)
    offered = sorted(closest, key=lambda s: (found[s], -used.get(s, 0)))[:limit]  # stable: ties keep that order
    return [SkillName(s, vocab.by_id[s].name_ko, vocab.by_id[s].name_en) for s in offered]
