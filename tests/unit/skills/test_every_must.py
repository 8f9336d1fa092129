"""Candidates narrowed to those covering every must-have: found in the index, as the applicants board counts it."""

from __future__ import annotations

import random

import numpy as np
import pytest

from jobsfez.skills.match.index import covers_every_must, top_seekers
from jobsfez.skills.matching import PostingProfile, SeekerIndex, SeekerProfile, Skill, SkillClaim, Vocabulary, score
from tests.unit.skills.test_matching_vector import YEAR, World, make_posting, make_seeker, make_vocab

WELDING = Skill("weld", "용접", "welding", "trade", related=("mig",))
MIG = Skill("mig", "MIG 용접", "MIG welding", "trade", related=("weld",))
CAD = Skill("cad", "CAD", "CAD", "design")
OTHERS = [Skill(f"o{i}", f"기타{i}", f"other {i}", "trade") for i in range(12)]
VOCAB = Vocabulary([WELDING, MIG, CAD, *OTHERS], version=3)
POSTING = PostingProfile(
    id=1, must=(SkillClaim("weld", "용접"), SkillClaim("cad", "CAD")), nice=(SkillClaim("o0", "기타0"),)
)
# Holds both must-haves and a dozen other skills: the Dice overlap ranks them below ...
BROAD = SeekerProfile(id=10, skills=tuple(SkillClaim(s.id, s.name_ko) for s in (WELDING, CAD, *OTHERS)))
# ... one with a must-have and the nice-to-have alone, missing CAD.
NARROW = SeekerProfile(id=11, skills=(SkillClaim("weld", "용접"), SkillClaim("o0", "기타0")))
# Holds neither must-have itself: MIG welding is related to welding.
RELATED = SeekerProfile(id=12, skills=(SkillClaim("mig", "MIG 용접"), SkillClaim("cad", "CAD")))
# Holds welding below the level asked: still covered, at partial credit.
BELOW = SeekerProfile(id=13, skills=(SkillClaim("weld", "용접", level=1), SkillClaim("cad", "CAD", level=1)))
NOBODY = SeekerProfile(id=14, skills=(SkillClaim("free:도장", "도장"),))


def lean(*seekers: SeekerProfile) -> SeekerIndex:
    return SeekerIndex.build(VOCAB, sorted(seekers, key=lambda s: s.id), profiles=False)


def everyone(index: SeekerIndex) -> np.ndarray:
    return np.ones(len(index), dtype=np.bool_)


def test_a_broad_seeker_with_every_must_have_is_the_one_listed_over_a_better_scored_one_missing_one() -> None:
    index = lean(BROAD, NARROW, NOBODY)
    ranked = top_seekers(VOCAB, POSTING, index, year=YEAR, limit=50, live=everyone(index))
    assert [seeker for _, seeker in ranked][:2] == [NARROW.id, BROAD.id]  # the Dice overlap's known cost
    assert score(VOCAB, NARROW, POSTING, year=YEAR).missing == ("CAD",)
    narrowed = top_seekers(VOCAB, POSTING, index, year=YEAR, limit=50, live=everyone(index), every_must=True)
    assert narrowed == [(score(VOCAB, BROAD, POSTING, year=YEAR).total, BROAD.id)]


def test_a_must_have_covered_by_a_related_skill_or_below_the_level_counts_as_the_board_counts_it() -> None:
    """The board's "every must-have skill" keeps an applicant whose score misses no must-have, and a related skill
    or a lower level is not missing (it is matched at partial credit): the filter agrees."""
    posting = PostingProfile(id=2, must=(SkillClaim("weld", "용접", level=4), SkillClaim("cad", "CAD")))
    index = lean(BROAD, NARROW, RELATED, BELOW, NOBODY)
    assert [not score(VOCAB, s, posting, year=YEAR).missing for s in (BROAD, NARROW, RELATED, BELOW, NOBODY)] == [
        True,
        False,
        True,
        True,
        False,
    ]
    assert covers_every_must(VOCAB, posting, index).tolist() == [True, False, True, True, False]
    narrowed = top_seekers(VOCAB, posting, index, year=YEAR, limit=50, live=everyone(index), every_must=True)
    assert {seeker for _, seeker in narrowed} == {BROAD.id, RELATED.id, BELOW.id}


def test_the_filter_finds_the_few_covering_seekers_past_the_top_of_a_large_index() -> None:
    """The covering seeker ranks far below `limit` others, who all score above what a seeker covering nothing could:
    the filter still finds them (it is not the top list filtered afterwards)."""
    crowd = [SeekerProfile(id=100 + i, skills=(SkillClaim("weld", "용접"),), experienced=True) for i in range(200)]
    index = lean(*crowd, BROAD)
    top = top_seekers(VOCAB, POSTING, index, year=YEAR, limit=50, live=everyone(index))
    assert BROAD.id not in {seeker for _, seeker in top}
    narrowed = top_seekers(VOCAB, POSTING, index, year=YEAR, limit=50, live=everyone(index), every_must=True)
    assert [seeker for _, seeker in narrowed] == [BROAD.id]
    hidden = everyone(index)
    hidden[index.ids == BROAD.id] = False  # not live: withdrawn, or reloaded in a fresher layer
    assert top_seekers(VOCAB, POSTING, index, year=YEAR, limit=50, live=hidden, every_must=True) == []


def test_a_posting_without_must_haves_lets_every_candidate_through_and_an_unknown_must_have_none() -> None:
    index = lean(BROAD, NARROW, NOBODY)
    nice_only = PostingProfile(id=3, nice=(SkillClaim("cad", "CAD"),))
    plain = top_seekers(VOCAB, nice_only, index, year=YEAR, limit=50, live=everyone(index))
    assert top_seekers(VOCAB, nice_only, index, year=YEAR, limit=50, live=everyone(index), every_must=True) == plain
    unknown = PostingProfile(id=4, must=(SkillClaim("free:선반", "선반"), SkillClaim("weld", "용접")))
    assert not covers_every_must(VOCAB, unknown, index).any()
    assert top_seekers(VOCAB, unknown, index, year=YEAR, limit=50, live=everyone(index), every_must=True) == []


@pytest.fixture(scope="module")
def world() -> World:
    rng = random.Random(20261205)
    vocab = make_vocab(rng)
    seekers = sorted((make_seeker(rng, vocab, 10 + i) for i in range(150)), key=lambda s: s.id)
    postings = [make_posting(rng, vocab, 500 + i) for i in range(60)]
    return vocab, seekers, postings


@pytest.mark.parametrize("limit", [1, 5, 500])
def test_the_filtered_ranking_is_the_explained_ranking_of_those_missing_no_must_have(world: World, limit: int) -> None:
    """Pair by pair over random profiles (free keys, related skills, levels): the mask is `not score().missing`, and
    the filtered top list is the explained ranking of the seekers it keeps."""
    vocab, seekers, postings = world
    index = SeekerIndex.build(vocab, seekers, profiles=False)
    live = np.ones(len(index), dtype=np.bool_)
    narrowed_some = 0
    for job in postings:
        scores = [score(vocab, s, job, year=YEAR) for s in seekers]
        assert covers_every_must(vocab, job, index).tolist() == [not s.missing for s in scores]
        kept = sorted(
            ((s.total, s.seeker_id) for s in scores if s.eligible and not s.missing), key=lambda r: (-r[0], r[1])
        )
        found = top_seekers(vocab, job, index, year=YEAR, limit=limit, live=live, every_must=True)
        assert found == kept[:limit]
        narrowed_some += 0 < len(kept) < sum(s.eligible for s in scores)
    assert narrowed_some > 0
