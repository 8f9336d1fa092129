"""Rankings from the live indexes: a change made anywhere is seen by every process's next request, without a rebuild,
and the results are the ones a full index over the same rows gives."""

from __future__ import annotations

import pytest
from litestar import Litestar

from jobsfez.config import MINIMUM_WAGE_2026
from jobsfez.db import fetch, transaction
from jobsfez.employers.service import Actor
from jobsfez.postings import service as postings
from jobsfez.postings.validation import seoul_today
from jobsfez.seekers import service as seekers
from jobsfez.skills import live, ranking
from jobsfez.skills import service as skills
from jobsfez.skills.matching import PostingIndex, Score, SeekerIndex, rank_postings, rank_seekers
from tests.helpers import make_employer, make_posting, make_seeker, posting_input
from tests.unit.skills.test_matching import adds_up


def year_now() -> int:
    """The year in Korea when asked (read at each use: a run may cross New Year's midnight)."""
    return seoul_today().year


async def seeker_with(email: str, *skills_held: str, findable: bool = True, **fields: object) -> int:
    user = await make_seeker(email=email, name=email.split("@")[0])
    held = (held.split(":") for held in skills_held)
    data = seekers.ProfileInput(
        birth_year="2001",
        skills=tuple(seekers.ProfileSkillInput(text, int(level)) for text, level in held),
        sectors=("automotive_parts",),
        findable=findable,
        **fields,  # type: ignore[arg-type]
    )
    await seekers.save_profile(user.id, data, this_year=year_now())
    return user.id


def ids(scores: list[Score]) -> list[int]:
    return [s.posting_id for s in scores]


async def test_a_posting_published_changed_or_closed_in_one_process_is_seen_by_another_without_a_rebuild(
    app: Litestar, db: None
) -> None:
    owner, employer_id = await make_employer()
    actor = Actor(user_id=owner.id, employer_id=employer_id, role="owner", approved=True)
    welding = await make_posting(employer_id, owner.id, title="용접", must=(("용접", None),), nice=())
    seeker = await seeker_with("welder@example.kr", "용접:3", "지게차:2")
    here, there = ranking.live_postings(), ranking.live_postings()  # two processes' indexes
    assert ids(await ranking.recommended_postings(seeker, postings=here)) == [welding]
    assert ids(await ranking.recommended_postings(seeker, postings=there)) == [welding]

    forklift = await make_posting(employer_id, owner.id, title="지게차", must=(("지게차", None),), nice=())
    draft = await make_posting(employer_id, owner.id, title="초안", must=(("용접", None),), nice=(), publish=False)
    assert set(ids(await ranking.recommended_postings(seeker, postings=there))) == {welding, forklift}

    # the welding posting now asks for Python: it falls below the forklift one for this seeker
    await postings.update(
        actor,
        welding,
        posting_input(title="용접", must=(("Python", None), ("Django", None)), nice=()),
        minimum_hourly_wage=MINIMUM_WAGE_2026,
    )
    assert ids(await ranking.recommended_postings(seeker, postings=there)) == [forklift, welding]
    await postings.close(actor, forklift)
    await postings.publish(actor, draft)
    assert ids(await ranking.recommended_postings(seeker, postings=there)) == [draft, welding]
    assert ids(await ranking.recommended_postings(seeker, postings=here)) == [draft, welding]
    assert (here.builds, there.builds) == (1, 1)  # each built once, then kept current by the change log


async def test_a_seeker_turning_findable_or_changing_skills_is_seen_without_a_rebuild(app: Litestar, db: None) -> None:
    owner, employer_id = await make_employer()
    posting = await make_posting(employer_id, owner.id, must=(("CNC 선반", None), ("도면 해독", None)), nice=())
    lathe = await seeker_with("lathe@example.kr", "CNC 선반:3", "도면 해독:3")
    hidden = await seeker_with("hidden@example.kr", "CNC 선반:3", findable=False)
    index = ranking.live_seekers()
    assert [s.seeker_id for s in await ranking.findable_candidates(posting, seekers=index)] == [lathe]

    await seekers.save_profile(
        hidden,
        seekers.ProfileInput(
            birth_year="2001",
            skills=(seekers.ProfileSkillInput("CNC 선반", 5), seekers.ProfileSkillInput("도면 해독", 5)),
            sectors=("automotive_parts",),
            earliest_start=str(seoul_today()),
            findable=True,
        ),
        this_year=year_now(),
    )
    ranked = await ranking.findable_candidates(posting, seekers=index)
    assert [s.seeker_id for s in ranked] == [hidden, lathe]
    await seekers.save_profile(hidden, seekers.ProfileInput(birth_year="2001", findable=False), this_year=year_now())
    assert [s.seeker_id for s in await ranking.findable_candidates(posting, seekers=index)] == [lathe]
    assert index.builds == 1


async def test_a_language_only_in_the_languages_box_covers_a_must_have_in_both_rankings(
    app: Litestar, db: None
) -> None:
    """Issue 16: English written in the Languages box, not among the skills, is the posting's must-have English, in
    recommendations and among a posting's candidates, from a built index and from a change after the build."""
    owner, employer_id = await make_employer()
    english = await make_posting(employer_id, owner.id, title="해외영업", must=(("영어", None),), nice=())
    speaker = await seeker_with("speaker@example.kr", languages="English (business)")
    live_postings, live_seekers = ranking.live_postings(), ranking.live_seekers()
    [recommended] = await ranking.recommended_postings(speaker, postings=live_postings)
    assert recommended.posting_id == english and recommended.missing == ()
    assert [(m.posting_text, m.seeker_text, m.kind) for m in recommended.matched] == [
        ("영어", "English (business)", "exact")
    ]
    assert [s.seeker_id for s in await ranking.findable_candidates(english, seekers=live_seekers)] == [speaker]
    late = await seeker_with("late@example.kr", languages="영어 회화 가능")  # after the build: the fresh layer
    ranked = await ranking.findable_candidates(english, seekers=live_seekers)
    assert {s.seeker_id for s in ranked} == {speaker, late} and all(s.missing == () for s in ranked)
    assert (await ranking.scores_for(english, [late]))[late].missing == ()
    every_must = await ranking.findable_candidates(english, every_must=True, seekers=live_seekers)
    assert {s.seeker_id for s in every_must} == {speaker, late}
    assert (live_postings.builds, live_seekers.builds) == (1, 1)


async def test_the_every_must_have_filter_follows_a_seeker_changed_after_the_base_was_built(
    app: Litestar, db: None
) -> None:
    """A seeker reloaded into the fresh layer is found there by the filter, and no longer in the base's old row."""
    owner, employer_id = await make_employer()
    posting = await make_posting(employer_id, owner.id, must=(("CNC 선반", None), ("도면 해독", None)), nice=())
    lathe = await seeker_with("lathe@example.kr", "CNC 선반:3", "도면 해독:3", "엑셀:3", "파이썬:3", "자바:3")
    narrow = await seeker_with("narrow@example.kr", "CNC 선반:3")
    index = ranking.live_seekers()
    assert [s.seeker_id for s in await ranking.findable_candidates(posting, seekers=index)] == [narrow, lathe]
    assert [s.seeker_id for s in await ranking.findable_candidates(posting, every_must=True, seekers=index)] == [lathe]

    both = (seekers.ProfileSkillInput("CNC 선반", 3), seekers.ProfileSkillInput("도면 해독", 3))
    await seekers.save_profile(
        narrow, seekers.ProfileInput(birth_year="2001", skills=both, findable=True), this_year=year_now()
    )
    await seekers.save_profile(
        lathe, seekers.ProfileInput(birth_year="2001", skills=both[:1], findable=True), this_year=year_now()
    )
    assert [s.seeker_id for s in await ranking.findable_candidates(posting, every_must=True, seekers=index)] == [narrow]
    assert index.builds == 1


async def test_live_rankings_equal_a_full_index_and_their_explanations_add_up(app: Litestar, db: None) -> None:
    owner, employer_id = await make_employer()
    actor = Actor(user_id=owner.id, employer_id=employer_id, role="owner", approved=True)
    asks = [("용접",), ("지게차", "용접"), ("CNC 선반",), ("Python", "SQL"), ("도면 해독", "CNC 선반"), ()]
    made = [
        await make_posting(employer_id, owner.id, title=f"공고 {n}", must=tuple((s, None) for s in ask), nice=())
        for n, ask in enumerate(asks)
    ]
    people = [
        await seeker_with("a@example.kr", "용접:2", "지게차:4"),
        await seeker_with("b@example.kr", "CNC 선반:5", shifts=("two_shift",)),
        await seeker_with("c@example.kr", "Python:3", "SQL:1", "도면 해독:2", experienced=True),
        await seeker_with("d@example.kr"),
    ]
    live_postings, live_seekers = ranking.live_postings(), ranking.live_seekers()
    await ranking.recommended_postings(people[0], postings=live_postings)
    await ranking.findable_candidates(made[0], seekers=live_seekers)
    # changes after the build, so that both the base and the fresh layer take part
    await postings.update(
        actor,
        made[1],
        posting_input(title="공고 1", must=(("지게차", None),), nice=()),
        minimum_hourly_wage=MINIMUM_WAGE_2026,
    )
    await postings.close(actor, made[2])
    made.append(await make_posting(employer_id, owner.id, title="새 공고", must=(("용접", 4),), nice=()))
    await seekers.save_profile(
        people[3],
        seekers.ProfileInput(birth_year="1999", skills=(seekers.ProfileSkillInput("용접"),)),
        this_year=year_now(),
    )

    vocab = await skills.vocabulary()
    full_postings = PostingIndex.build(vocab, await ranking.posting_profiles())
    full_seekers = SeekerIndex.build(vocab, await ranking.seeker_profiles())
    for person in people:
        live = await ranking.recommended_postings(person, limit=5, postings=live_postings)
        assert live == rank_postings(
            vocab, await ranking.seeker_profile(person), full_postings, year=year_now(), limit=5
        )
        assert all(adds_up(s) for s in live)
    for posting_id in made:
        [posting] = await ranking.posting_profiles([posting_id])
        live = await ranking.findable_candidates(posting_id, limit=3, seekers=live_seekers)
        assert live == rank_seekers(vocab, posting, full_seekers, year=year_now(), limit=3)
        assert all(adds_up(s) for s in live)
    assert (live_postings.builds, live_seekers.builds) == (1, 1)


async def test_a_wiped_change_log_builds_afresh(app: Litestar, db: None) -> None:
    """The tests' emptying (or any hand-made deletion past the triggers) cannot leave an index with rows that are
    gone: the change log's generation goes with it, and the next request builds again."""
    owner, employer_id = await make_employer()
    first = await make_posting(employer_id, owner.id, must=(("용접", None),), nice=())
    seeker = await seeker_with("welder@example.kr", "용접:3")
    index = ranking.live_postings()
    assert ids(await ranking.recommended_postings(seeker, postings=index)) == [first]
    async with transaction():  # as the tests' emptying does: no trigger sees these deletions
        await fetch("SET LOCAL session_replication_role = replica")
        for table in ("match_state", "match_posting_changes", "posting_history", "posting_skills", "postings"):
            await fetch(f"DELETE FROM {table}")
    assert ids(await ranking.recommended_postings(seeker, postings=index)) == []
    assert index.builds == 2


async def test_a_new_taxonomy_version_builds_afresh(app: Litestar, db: None) -> None:
    """Columns of an index belong to one version of the taxonomy: a staff edit moves the version, and the next
    request builds with the new one rather than ranking against the old columns."""
    owner, employer_id = await make_employer()
    first = await make_posting(employer_id, owner.id, must=(("용접", None),), nice=())
    seeker = await seeker_with("welder@example.kr", "용접:3")
    index = ranking.live_postings()
    assert ids(await ranking.recommended_postings(seeker, postings=index)) == [first]
    await fetch("UPDATE taxonomy_state SET version = version + 1")
    assert ids(await ranking.recommended_postings(seeker, postings=index)) == [first]
    assert index.builds == 2


async def test_past_the_fresh_limit_a_new_base_is_built_in_the_background(
    app: Litestar, db: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner, employer_id = await make_employer()
    first = await make_posting(employer_id, owner.id, must=(("용접", None),), nice=())
    seeker = await seeker_with("welder@example.kr", "용접:3")
    index = ranking.live_postings()
    await ranking.recommended_postings(seeker, postings=index)
    monkeypatch.setattr(live, "FRESH_LIMIT", 1)
    made = [await make_posting(employer_id, owner.id, title=f"용접 {n}", must=(("용접", None),)) for n in (1, 2)]
    assert ids(await ranking.recommended_postings(seeker, postings=index)) == [first, *made]
    assert index.fresh_rows == 2
    await index.settled()
    assert (index.builds, index.fresh_rows) == (2, 0)  # all in the new base now
    assert ids(await ranking.recommended_postings(seeker, postings=index)) == [first, *made]


async def test_a_posting_whose_closing_day_ends_drops_out_with_no_write(
    app: Litestar, db: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner, employer_id = await make_employer()
    soon = await make_posting(employer_id, owner.id, must=(("용접", None),), closing_date=seoul_today())
    later = await make_posting(employer_id, owner.id, must=(("용접", None),))
    seeker = await seeker_with("welder@example.kr", "용접:3")
    index = ranking.live_postings()
    assert set(ids(await ranking.recommended_postings(seeker, postings=index))) == {soon, later}
    [row] = await fetch("SELECT extract(epoch FROM closes_at)::float8 AS closes FROM postings WHERE id = $1", soon)
    monkeypatch.setattr(ranking.time, "time", lambda: row["closes"] + 1)  # the day is over in Korea; nothing wrote
    assert ids(await ranking.recommended_postings(seeker, postings=index)) == [later]
    assert index.builds == 1


async def test_rows_of_the_last_calls_make_their_own_layer_and_join_the_fresh_one_past_a_limit(
    app: Litestar, db: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A call rebuilds only the layer of lately changed rows; past RECENT_LIMIT of them all fresh rows are one layer
    again. Whatever layer holds a posting's older version hides it: each step ranks as a full index does."""
    monkeypatch.setattr(live, "RECENT_LIMIT", 2)
    owner, employer_id = await make_employer()
    actor = Actor(user_id=owner.id, employer_id=employer_id, role="owner", approved=True)
    welding = await make_posting(employer_id, owner.id, title="용접", must=(("용접", None),), nice=())
    seeker = await seeker_with("welder@example.kr", "용접:3", "지게차:2")
    index = ranking.live_postings()
    vocab = await skills.vocabulary()

    async def step() -> int:
        """The layers' count after a call, having checked its ranking against a full index."""
        found = await ranking.recommended_postings(seeker, postings=index)
        full = PostingIndex.build(vocab, await ranking.posting_profiles())
        assert found == rank_postings(vocab, await ranking.seeker_profile(seeker), full, year=year_now(), limit=20)
        return len(await index.layers(vocab))

    def asking(*skill_names: str) -> object:
        return posting_input(title="용접", must=tuple((name, None) for name in skill_names), nice=())

    assert await step() == 1
    await postings.update(actor, welding, asking("지게차"), minimum_hourly_wage=MINIMUM_WAGE_2026)
    assert await step() == 2  # the base (its welding row hidden) and the recent layer
    forklift = await make_posting(employer_id, owner.id, title="지게차", must=(("지게차", None),), nice=())
    assert await step() == 2
    await make_posting(employer_id, owner.id, title="용접 2", must=(("용접", None),), nice=())
    assert (await step(), index.fresh_rows) == (2, 3)  # three recent rows: one fresh layer of all three
    await postings.update(actor, welding, asking("용접", "지게차"), minimum_hourly_wage=MINIMUM_WAGE_2026)
    assert await step() == 3  # its row in the fresh layer hidden, its new one recent
    await postings.close(actor, forklift)
    assert await step() == 3
    assert ids(await ranking.recommended_postings(seeker, postings=index))[0] == welding
    assert index.builds == 1


async def test_a_posting_that_shares_nothing_with_a_seeker_is_neither_recommended_nor_a_candidate_list(
    app: Litestar, db: None
) -> None:
    """A score of 0 (no skill, no preference met, experience preferred) was listed among the recommendations."""
    owner, employer_id = await make_employer()
    welding = await make_posting(employer_id, owner.id, title="용접", must=(("용접", None),), nice=())
    other = {"sector": "ai_software", "no_experience": False}
    python = await make_posting(employer_id, owner.id, title="파이썬", must=(("파이썬", None),), nice=(), **other)
    seeker = await seeker_with("welder2@example.kr", "용접:3")
    assert ids(await ranking.recommended_postings(seeker, postings=ranking.live_postings())) == [welding]
    candidates = await ranking.findable_candidates(python, seekers=ranking.live_seekers())
    assert seeker not in [s.seeker_id for s in candidates]
    assert [s.seeker_id for s in await ranking.findable_candidates(welding, seekers=ranking.live_seekers())] == [seeker]
