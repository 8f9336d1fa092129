"""The vectorised rankings agree with score() pair by pair and order results as promised."""

from __future__ import annotations

import random
from datetime import date, timedelta

import numpy as np
import pytest

from jobsfez.skills.match.index import posting_totals, seeker_totals, top_postings, top_seekers, uncovered_ceiling
from jobsfez.skills.matching import (
    PostingIndex,
    PostingProfile,
    SeekerIndex,
    SeekerProfile,
    Skill,
    SkillClaim,
    Vocabulary,
    batch_best_by_group,
    batch_top_k,
    rank_postings,
    rank_seekers,
    score,
)

YEAR = 2026
TOLERANCE = 0.05
SECTORS = ["", "shipbuilding", "machinery", "logistics"]
DISTRICTS = ["", "진해구", "강서구", "성산구", "사하구"]
TYPES = ["", "full_time", "part_time", "contract"]
SHIFTS = ["", "day", "night", "rotating"]
FREE = ["free:도장", "free:배관", "free:용접보조", "free:photoshop"]


def make_vocab(rng: random.Random, size: int = 40) -> Vocabulary:
    ids = [f"s{i}" for i in range(size)]
    skills = [
        Skill(skill_id, f"기술{i}", f"skill {i}", "software", (), tuple(rng.sample(ids, rng.randint(0, 3))))
        for i, skill_id in enumerate(ids)
    ]
    return Vocabulary(skills, version=7)


def make_claims(rng: random.Random, vocab: Vocabulary, low: int, high: int) -> tuple[SkillClaim, ...]:
    keys = list(vocab.skill_ids) + FREE
    claims = []
    for _ in range(rng.randint(low, high)):
        key = rng.choice(keys)
        level = rng.choice([None, 1, 2, 3, 4, 5])
        years = rng.choice([None, None, 0.0, 1.5, 3.0, 7.0, 12.0])
        claims.append(SkillClaim(key, key.upper(), level, years))
    return tuple(claims)


def some(rng: random.Random, values: list[str]) -> frozenset[str]:
    return frozenset(rng.sample([v for v in values if v] + ["elsewhere"], rng.randint(0, 2)))


def make_seeker(rng: random.Random, vocab: Vocabulary, seeker_id: int) -> SeekerProfile:
    return SeekerProfile(
        id=seeker_id,
        skills=make_claims(rng, vocab, 0, 7),
        birth_year=rng.choice([None, 1965, 1990, 1995, 2000, 2005, 2008]),
        sectors=some(rng, SECTORS),
        districts=some(rng, DISTRICTS),
        employment_types=some(rng, TYPES),
        shifts=some(rng, SHIFTS),
        earliest_start=rng.choice([None, date(2026, 1, 1) + timedelta(days=rng.randint(0, 90))]),
        experienced=rng.random() < 0.5,
    )


def make_posting(rng: random.Random, vocab: Vocabulary, posting_id: int) -> PostingProfile:
    youth = rng.random() < 0.3
    return PostingProfile(
        id=posting_id,
        must=make_claims(rng, vocab, 0, 5),
        nice=make_claims(rng, vocab, 0, 4),
        sector=rng.choice(SECTORS),
        district=rng.choice(DISTRICTS),
        employment_type=rng.choice(TYPES),
        shift=rng.choice(SHIFTS),
        start_date=rng.choice([None, date(2026, 1, 1) + timedelta(days=rng.randint(0, 90))]),
        no_experience_required=rng.random() < 0.4,
        youth_min_age=rng.choice([None, 15, 19]) if youth else None,
        youth_max_age=rng.choice([None, 29, 34, 39]) if youth else None,
    )


@pytest.fixture(scope="module")
def world() -> tuple[Vocabulary, list[SeekerProfile], list[PostingProfile]]:
    rng = random.Random(20260101)
    vocab = make_vocab(rng)
    seekers = [make_seeker(rng, vocab, 1000 - i) for i in range(70)]  # ids deliberately out of order
    # Profiles that gave no preference at all, with and without skills: they earn no preference points either way.
    seekers += [SeekerProfile(id=2000), SeekerProfile(id=2001, skills=make_claims(rng, vocab, 3, 5), experienced=True)]
    postings = [make_posting(rng, vocab, 5000 - 3 * i) for i in range(50)]
    return vocab, seekers, postings


World = tuple[Vocabulary, list[SeekerProfile], list[PostingProfile]]


def brute(
    vocab: Vocabulary, seekers: list[SeekerProfile], postings: list[PostingProfile]
) -> dict[tuple[int, int], float]:
    return {
        (s.id, p.id): result.total
        for s in seekers
        for p in postings
        if (result := score(vocab, s, p, year=YEAR)).eligible
    }


def test_batch_equals_score_for_every_pair(world: World) -> None:
    vocab, seekers, postings = world
    expected = brute(vocab, seekers, postings)
    found = batch_top_k(
        vocab, SeekerIndex.build(vocab, seekers), PostingIndex.build(vocab, postings), year=YEAR, k=10**6
    )
    pairs = {(seeker_id, posting_id): total for seeker_id, top in found.items() for posting_id, total in top}
    assert len(expected) > 1000  # enough pairs, and enough excluded ones, to mean something
    assert len(expected) < len(seekers) * len(postings)
    assert pairs.keys() == expected.keys()
    assert max(abs(pairs[key] - expected[key]) for key in expected) <= TOLERANCE


def test_posting_totals_equal_score(world: World) -> None:
    vocab, seekers, postings = world
    index = PostingIndex.build(vocab, postings)
    for person in seekers:
        totals, eligible = posting_totals(vocab, person, index, year=YEAR)
        for job, total, ok in zip(index.postings, totals.tolist(), eligible.tolist(), strict=True):
            result = score(vocab, person, job, year=YEAR)
            assert ok == result.eligible
            assert abs(total - result.total) <= TOLERANCE


def test_seeker_totals_equal_score(world: World) -> None:
    vocab, seekers, postings = world
    index = SeekerIndex.build(vocab, seekers)
    for job in postings:
        totals, eligible = seeker_totals(vocab, job, index, year=YEAR)
        for person, total, ok in zip(index.seekers, totals.tolist(), eligible.tolist(), strict=True):
            result = score(vocab, person, job, year=YEAR)
            assert ok == result.eligible
            assert abs(total - result.total) <= TOLERANCE


def best_first(pairs: list[tuple[int, float]], limit: int) -> list[tuple[int, float]]:
    return sorted(pairs, key=lambda pair: (-pair[1], pair[0]))[:limit]


@pytest.mark.parametrize("limit", [1, 5, 20, 500])
def test_rank_postings_is_the_best_eligible_first(world: World, limit: int) -> None:
    vocab, seekers, postings = world
    index = PostingIndex.build(vocab, postings)
    for person in seekers[:20]:
        expected = best_first(
            [(p.id, r.total) for p in postings if (r := score(vocab, person, p, year=YEAR)).eligible], limit
        )
        ranked = rank_postings(vocab, person, index, year=YEAR, limit=limit)
        assert [(r.posting_id, r.total) for r in ranked] == expected
        assert all(r.seeker_id == person.id and r.eligible for r in ranked)


@pytest.mark.parametrize("limit", [1, 7, 50, 500])
def test_rank_seekers_is_the_best_eligible_first(world: World, limit: int) -> None:
    vocab, seekers, postings = world
    index = SeekerIndex.build(vocab, seekers)
    for job in postings[:20]:
        expected = best_first(
            [(s.id, r.total) for s in seekers if (r := score(vocab, s, job, year=YEAR)).eligible], limit
        )
        ranked = rank_seekers(vocab, job, index, year=YEAR, limit=limit)
        assert [(r.seeker_id, r.total) for r in ranked] == expected


def test_batch_top_k_orders_like_rank_postings(world: World) -> None:
    vocab, seekers, postings = world
    posting_index = PostingIndex.build(vocab, postings)
    found = batch_top_k(vocab, SeekerIndex.build(vocab, seekers), posting_index, year=YEAR, k=3)
    assert found.keys() == {s.id for s in seekers}
    for person in seekers:
        ranked = rank_postings(vocab, person, posting_index, year=YEAR, limit=3)
        assert found[person.id] == [(r.posting_id, r.total) for r in ranked]


def test_free_text_only_on_one_side_is_harmless(world: World) -> None:
    vocab, _, _ = world
    person = SeekerProfile(1, (SkillClaim("free:only-here", "only here"), SkillClaim("s1", "S1")))
    job = PostingProfile(2, must=(SkillClaim("free:only-there", "only there"), SkillClaim("s1", "S1")))
    index = PostingIndex.build(vocab, [job])
    assert [r.total for r in rank_postings(vocab, person, index, year=YEAR)] == [
        score(vocab, person, job, year=YEAR).total
    ]
    found = batch_top_k(vocab, SeekerIndex.build(vocab, [person]), index, year=YEAR, k=1)
    assert found == {1: [(2, score(vocab, person, job, year=YEAR).total)]}


def test_empty_indexes(world: World) -> None:
    vocab, seekers, postings = world
    empty_postings = PostingIndex.build(vocab, [])
    empty_seekers = SeekerIndex.build(vocab, [])
    assert rank_postings(vocab, seekers[0], empty_postings, year=YEAR) == []
    assert rank_seekers(vocab, postings[0], empty_seekers, year=YEAR) == []
    assert batch_top_k(vocab, empty_seekers, PostingIndex.build(vocab, postings), year=YEAR) == {}
    assert batch_top_k(vocab, SeekerIndex.build(vocab, seekers[:2]), empty_postings, year=YEAR) == {
        seekers[0].id: [],
        seekers[1].id: [],
    }


def test_index_refuses_another_vocabulary(world: World) -> None:
    vocab, seekers, postings = world
    other = Vocabulary(list(vocab.by_id.values()), version=vocab.version + 1)
    with pytest.raises(ValueError, match="vocabulary version"):
        rank_postings(other, seekers[0], PostingIndex.build(vocab, postings), year=YEAR)
    with pytest.raises(ValueError, match="vocabulary version"):
        rank_seekers(other, postings[0], SeekerIndex.build(vocab, seekers), year=YEAR)


def test_duplicate_ids_are_refused(world: World) -> None:
    vocab, seekers, postings = world
    with pytest.raises(ValueError, match="duplicate"):
        PostingIndex.build(vocab, [postings[0], postings[0]])
    with pytest.raises(ValueError, match="duplicate"):
        SeekerIndex.build(vocab, [seekers[0], seekers[0]])


def test_best_by_group_keeps_each_groups_best_posting_as_score_ranks_it(world: World) -> None:
    vocab, seekers, postings = world
    groups = {p.id: p.id % 7 for p in postings}  # seven companies, postings spread among them
    expected: dict[tuple[int, int], tuple[float, int]] = {}
    for (seeker_id, posting_id), total in sorted(brute(vocab, seekers, postings).items()):
        key = (seeker_id, groups[posting_id])
        if total > 0 and (key not in expected or total > expected[key][0] + TOLERANCE):
            expected[key] = (total, posting_id)
    blocks = list(
        batch_best_by_group(
            vocab, SeekerIndex.build(vocab, seekers), PostingIndex.build(vocab, postings), groups, year=YEAR, rows=16
        )
    )
    assert len(blocks) == 5  # 72 seekers in blocks of 16
    found = {
        (s, g): (t, p, r)
        for block in blocks
        for s, g, p, t, r in zip(
            block.seeker_ids.tolist(),
            block.group_ids.tolist(),
            block.posting_ids.tolist(),
            block.totals.tolist(),
            block.seeker_rank.tolist(),
            strict=True,
        )
    }
    assert found.keys() == expected.keys()
    assert max(abs(found[key][0] - expected[key][0]) for key in expected) <= TOLERANCE
    for person in seekers:
        mine = sorted((rank, total) for (s, _), (total, _, rank) in found.items() if s == person.id)
        assert [rank for rank, _ in mine] == list(range(1, len(mine) + 1))
        assert [total for _, total in mine] == sorted((total for _, total in mine), reverse=True)


@pytest.mark.parametrize("limit", [1, 3, 10, 500])
def test_top_seekers_and_top_postings_rank_as_the_explained_rankings(world: World, limit: int) -> None:
    """Without profiles in the index, and ranking only the seekers who cover a skill when that settles it, the order
    and totals are those of rank_seekers and rank_postings; rows not live are left out."""
    vocab, seekers, postings = world
    seeker_index = SeekerIndex.build(vocab, seekers)
    lean_seekers = SeekerIndex.build(vocab, sorted(seekers, key=lambda s: s.id), profiles=False)
    posting_index = PostingIndex.build(vocab, postings)
    lean_postings = PostingIndex.build(vocab, sorted(postings, key=lambda p: p.id), profiles=False)
    everyone = np.ones(len(seekers), dtype=np.bool_)
    settled = 0
    for job in postings:
        expected = [(s.total, s.seeker_id) for s in rank_seekers(vocab, job, seeker_index, year=YEAR, limit=limit)]
        found = top_seekers(vocab, job, lean_seekers, year=YEAR, limit=limit, live=everyone)
        assert found == expected
        settled += bool(found) and len(found) == limit and found[-1][0] > uncovered_ceiling(job)
        hidden = everyone.copy()
        hidden[::2] = False
        kept = {int(i) for i in lean_seekers.ids[hidden]}
        found = top_seekers(vocab, job, lean_seekers, year=YEAR, limit=limit, live=hidden)
        assert {seeker_id for _, seeker_id in found} <= kept
    assert settled > 0 if limit == 1 else True  # ranking the covering seekers alone was taken
    assert settled == 0 if limit == 500 else True  # and so was ranking everyone
    for person in seekers[:20]:
        ranked = rank_postings(vocab, person, posting_index, year=YEAR, limit=limit)
        expected = [(s.total, s.posting_id) for s in ranked]
        live = np.ones(len(postings), dtype=np.bool_)
        assert top_postings(vocab, person, lean_postings, year=YEAR, limit=limit, live=live) == expected


def test_an_index_built_without_profiles_wants_ascending_ids(world: World) -> None:
    vocab, seekers, _ = world
    with pytest.raises(ValueError, match="out of order"):
        SeekerIndex.build(vocab, seekers, profiles=False)  # ids deliberately out of order
