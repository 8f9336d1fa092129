"""Issue 16: staff see what users typed that matched no skill, most common first, and make it an alias in one step."""

from __future__ import annotations

import asyncio

import pytest
from litestar import Litestar

from jobsfez.db import fetch, transaction
from jobsfez.errors import ValidationFailed
from jobsfez.moderation.paging import PAGE_SIZE, Page
from jobsfez.postings.tables import PostingSkill
from jobsfez.seekers import service as seekers
from jobsfez.seekers.tables import SeekerSkill
from jobsfez.skills import service as skills
from jobsfez.skills import unmatched
from jobsfez.skills.matching import Skill, Vocabulary
from jobsfez.skills.tables import SkillAlias, SkillDismissal, SkillRow
from tests.helpers import make_employer, make_posting, make_seeker


async def _free(*texts: str) -> dict[str, str]:
    """The free key of each line, checked to name no skill: the tests' words must stay words nobody's skill."""
    found = await skills.canonical(list(texts))
    assert all(c.skill_id is None for c in found), [c for c in found if c.skill_id]
    return {c.text: c.key for c in found}


async def _seeker(email: str, *lines: str) -> int:
    user = await make_seeker(email)
    data = seekers.ProfileInput(skills=tuple(seekers.ProfileSkillInput(line) for line in lines))
    await seekers.save_profile(user.id, data, this_year=2026)
    return user.id


async def _postings(*must_lines: tuple[str, ...]) -> list[int]:
    owner, company = await make_employer()
    return [
        await make_posting(company, owner.id, title=f"공고 {n}", must=tuple((line, None) for line in lines), nice=())
        for n, lines in enumerate(must_lines)
    ]


async def _skill(skill_id: str) -> skills.SkillView:
    """A skill of the test's own: the taxonomy is kept between tests."""
    if not await SkillRow.exists().where(SkillRow.skill_id == skill_id):
        await skills.save_skill(
            skill_id=skill_id,
            name_ko=f"시험 기술 {skill_id}",
            name_en=f"Test skill {skill_id}",
            category="logistics_equipment",
            aliases="",
            qualification=False,
            create=True,
        )
    return await skills.get_skill(skill_id)


def _shown(page: Page[unmatched.Line]) -> dict[str, tuple[str, int, int]]:
    return {line.key: (line.text, line.profiles, line.postings) for line in page.items}


async def test_lines_are_counted_by_distinct_profiles_and_postings_most_common_first(app: Litestar, db: None) -> None:
    keys = await _free("zorvik tablat", "qexlin paddo", "blenvor squib", "trumzel vork")
    await _seeker("a@example.kr", "zorvik tablat", "Zorvik  Tablat", "qexlin paddo", "blenvor squib", "용접")
    await _seeker("b@example.kr", "zorvik tablat", "trumzel vork")
    await _seeker("c@example.kr", "ZORVIK tablat")
    await _postings(("zorvik tablat", "qexlin paddo"), ("qexlin paddo", "blenvor squib"))
    listed = await unmatched.lines()
    page = listed.page
    # a profile that typed a line twice counts once; the words shown are those most often typed; a line that
    # names a skill (용접) is not there; one typed by a single profile (trumzel vork) is hidden by default
    assert [line.key for line in page.items] == [keys["zorvik tablat"], keys["qexlin paddo"], keys["blenvor squib"]]
    assert _shown(page) == {
        keys["zorvik tablat"]: ("zorvik tablat", 3, 1),
        keys["qexlin paddo"]: ("qexlin paddo", 1, 2),
        keys["blenvor squib"]: ("blenvor squib", 1, 1),  # one profile and one posting: two carriers, shown
    }
    assert (page.total, listed.hidden) == (3, 1)  # the page says how many it hides
    with_singles = await unmatched.lines(singles=True)
    singles = with_singles.page
    assert _shown(singles)[keys["trumzel vork"]] == ("trumzel vork", 1, 0) and singles.total == 4
    assert with_singles.hidden == 0
    assert _shown((await unmatched.lines(query="PADDO")).page) == {keys["qexlin paddo"]: ("qexlin paddo", 1, 2)}
    assert (await unmatched.lines(query="100%")).page.total == 0  # a % is looked for as typed, not as a wildcard


async def test_the_list_pages_through_every_line(app: Litestar, db: None) -> None:
    lines = [f"qorbin {a}{b}vex" for a in "kmptz" for b in "aeiou"][: PAGE_SIZE + 3]
    await _free(*lines)
    await _seeker("a@example.kr", *lines)
    await _seeker("b@example.kr", *lines)
    first, second, third = [(await unmatched.lines(page=str(n))).page for n in (1, 2, 3)]
    assert (len(first.items), len(second.items), len(third.items)) == (PAGE_SIZE, 3, 0)
    assert first.total == second.total == third.total == PAGE_SIZE + 3
    assert first.next_page == 2 and second.next_page is None
    assert sorted(line.text for line in (*first.items, *second.items)) == sorted(lines)  # ties by their words


@pytest.mark.parametrize("how", ["chosen", "typed"])
async def test_a_line_made_an_alias_is_re_keyed_to_the_skill_and_leaves_the_list(
    app: Litestar, db: None, how: str
) -> None:
    skill = await _skill(f"test-unmatched-{how}")
    line = f"vornak grist {how}"
    key = (await _free(line))[line]
    users = [await _seeker(f"{n}@example.kr", line) for n in "ab"]
    [posting] = await _postings((line, "CNC 선반"))
    await skills.rekey_step(budget_seconds=60)  # stored skills keyed to the taxonomy as it is
    version = await skills.current_version()

    chosen = {"chosen": {"chosen": skill.skill_id}, "typed": {"typed": f"  {skill.name_ko} "}}[how]
    added = await unmatched.add_alias(key=key, alias=f" {line} ", **chosen)
    assert (added.alias, added.skill.skill_id, added.profiles, added.postings) == (line, skill.skill_id, 2, 1)
    assert await skills.current_version() == version + 1
    assert line in (await skills.get_skill(skill.skill_id)).aliases
    [waiting] = (await unmatched.lines()).page.items  # until the re-keying has run, the page says what it reads as now
    assert waiting.now_read_as is not None and waiting.now_read_as.skill_id == skill.skill_id

    progress = await skills.rekey_step(budget_seconds=60)
    assert progress is not None and progress.done
    assert (progress.seeker_skills_changed, progress.posting_skills_changed) == (2, 1)
    stored = await SeekerSkill.select(SeekerSkill.skill_key).where(SeekerSkill.user_id.is_in(users))
    assert [row["skill_key"] for row in stored] == [skill.skill_id, skill.skill_id]
    keyed = await PostingSkill.select(PostingSkill.key).where(
        (PostingSkill.posting_id == posting) & (PostingSkill.text == line)
    )
    assert keyed == [{"key": skill.skill_id}]
    assert (await unmatched.lines()).page.total == 0


async def test_an_edited_alias_that_misses_the_line_says_so(app: Litestar, db: None) -> None:
    skill = await _skill("test-unmatched-edited")
    key = (await _free("plimbo doxer"))["plimbo doxer"]
    await _seeker("a@example.kr", "plimbo doxer")
    added = await unmatched.add_alias(key=key, alias="wuggenheim", chosen=skill.skill_id)
    assert (added.text, added.profiles, added.postings) == ("plimbo doxer", 0, 0)


async def test_a_dismissed_line_leaves_the_list_and_comes_back_when_restored(app: Litestar, db: None) -> None:
    keys = await _free("grebnik fustal", "wompel trisk")
    for email in ("a@example.kr", "b@example.kr"):
        await _seeker(email, "grebnik fustal", "wompel trisk")
    assert await unmatched.dismiss(keys["grebnik fustal"]) == "grebnik fustal"
    assert await unmatched.dismiss(keys["grebnik fustal"]) == "grebnik fustal"  # twice is once
    assert list(_shown((await unmatched.lines()).page)) == [keys["wompel trisk"]]
    assert list(_shown((await unmatched.lines(dismissed=True)).page)) == [keys["grebnik fustal"]]
    assert await unmatched.restore(keys["grebnik fustal"]) == "grebnik fustal"
    assert set(_shown((await unmatched.lines()).page)) == set(keys.values())
    assert await SkillDismissal.count() == 0


BAD_ALIASES = [
    ({"alias": "   "}, "alias", "별칭으로 추가할 말을"),
    ({"alias": "x" * 201}, "alias", "200자"),
    ({"alias": "klavo, dunt"}, "alias", "쉼표"),
    ({"alias": "시험 기술 test-unmatched-refused"}, "alias", "이미 이 기술의 이름이나 별칭"),  # its own name
    ({"chosen": "no-such-skill"}, "skill", "목록에서"),
    ({"chosen": "", "typed": "nothing like a skill"}, "skill", "목록에서"),
    ({"chosen": "", "typed": ""}, "skill", "목록에서"),
    ({"alias": "용접"}, "alias", "이미 다른 기술"),  # another skill's name
    ({"alias": "Python 3"}, "alias", "이미 다른 기술"),  # another skill's alias (python3), spelled otherwise
    ({"key": "free:nobodytypedthis"}, None, "더 이상 저장되어 있지 않습니다"),
    ({"key": "python"}, None, "더 이상 저장되어 있지 않습니다"),  # a skill's key is no free key
]


@pytest.mark.parametrize(("given", "field", "message"), BAD_ALIASES)
async def test_bad_alias_input_is_explained_and_changes_nothing(
    app: Litestar, db: None, given: dict[str, str], field: str | None, message: str
) -> None:
    from jobsfez import i18n

    skill = await _skill("test-unmatched-refused")
    key = (await _free("skrondel wib"))["skrondel wib"]
    for email in ("a@example.kr", "b@example.kr"):
        await _seeker(email, "skrondel wib")
    version = await skills.current_version()
    values = {"key": key, "alias": "skrondel wib", "chosen": skill.skill_id, **given}
    with pytest.raises(ValidationFailed) as refused:
        await unmatched.add_alias(
            key=values["key"], alias=values["alias"], chosen=values["chosen"], typed=values.get("typed", "")
        )
    with i18n.language("ko"):
        said = i18n.gettext(refused.value.message).format(**refused.value.params) + " ".join(
            i18n.gettext(text) for text in refused.value.fields.values()
        )
    assert message in said
    assert list(refused.value.fields) == ([field] if field else [])
    assert await skills.current_version() == version
    assert await SkillAlias.count().where(SkillAlias.skill_id == skill.skill_id) == 0
    assert _shown((await unmatched.lines()).page) == {key: ("skrondel wib", 2, 0)}


@pytest.mark.parametrize("key", ["free:nobodytypedthis", "python", ""])
async def test_dismissing_a_line_nobody_carries_is_refused(app: Litestar, db: None, key: str) -> None:
    for change in (unmatched.dismiss, unmatched.restore):
        with pytest.raises(ValidationFailed):
            await change(key)
    assert await SkillDismissal.count() == 0


async def test_a_line_becomes_an_alias_of_an_esco_skill_and_keeps_its_other_aliases_whole(
    app: Litestar, db: None
) -> None:
    """A skill imported from ESCO has no Korean name, a category of its own and aliases holding commas: adding an
    alias from a line leaves all of that as it is, and the skill shows under its English name in Korean."""
    await skills.import_skills(
        [Skill("esco-frob", "", "frobnicate widgets", "knowledge", ("prepare, select and frob oil",), (), False)],
        source="esco",
    )
    keys = await _free("glorptan wux")
    await _seeker("a@example.kr", "glorptan wux")
    await _seeker("b@example.kr", "glorptan wux")
    added = await unmatched.add_alias(key=keys["glorptan wux"], alias="glorptan wux", chosen="esco-frob")
    assert (added.profiles, added.skill.name_ko) == (2, "frobnicate widgets")
    view = await skills.get_skill("esco-frob")
    assert (view.name_ko, view.category) == ("", "knowledge")
    assert set(view.aliases) == {"prepare, select and frob oil", "glorptan wux"}


async def test_saving_a_skill_in_the_editor_keeps_an_alias_that_holds_a_comma(app: Litestar, db: None) -> None:
    await skills.import_skills(
        [Skill("comma-kept", "쉼표 시험", "Comma test", "logistics_equipment", ("mix, stir and pour",), (), False)],
        source="staff",
    )
    view = await skills.get_skill("comma-kept")
    await skills.save_skill(
        skill_id="comma-kept",
        name_ko=view.name_ko,
        name_en=view.name_en,
        category=view.category,
        aliases="mix, stir and pour\nfoo, bar",  # the kept one whole, the new line split as typed
        qualification=False,
        create=False,
    )
    assert set((await skills.get_skill("comma-kept")).aliases) == {"mix, stir and pour", "foo", "bar"}


async def test_two_staff_cannot_give_one_alias_to_two_skills_at_once(
    app: Litestar, db: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each check reads the taxonomy after the other's write: the version row is held while a save checks. The pause
    after every read of the vocabulary makes both read before either writes, were nothing held."""
    await skills.import_skills(
        [Skill(f"race-{n}", f"경쟁 {n}", f"Race {n}", "logistics_equipment", (), (), False) for n in (1, 2)],
        source="staff",
    )
    keys = await _free("spandoolie krex")
    await _seeker("a@example.kr", "spandoolie krex")
    read = skills.vocabulary

    async def slow_read() -> Vocabulary:
        vocab = await read()
        await asyncio.sleep(0.3)
        return vocab

    monkeypatch.setattr(skills, "vocabulary", slow_read)
    key = keys["spandoolie krex"]
    results = await asyncio.gather(
        *(unmatched.add_alias(key=key, alias="spandoolie krex", chosen=f"race-{n}") for n in (1, 2)),
        return_exceptions=True,
    )
    holders = [n for n in (1, 2) if "spandoolie krex" in (await skills.get_skill(f"race-{n}")).aliases]
    assert len(holders) == 1, results
    assert sum(isinstance(result, ValidationFailed) for result in results) == 1


async def test_a_long_korean_line_is_kept_under_its_free_key(app: Litestar, db: None) -> None:
    """Normalising spells a syllable as its letters: a Korean line of 120 characters has a key of up to 365."""
    line = "뷁쀍" * 60
    [found] = await skills.canonical([line])
    assert found.skill_id is None and len(found.key) > 300
    user_id = await _seeker("long@example.kr", line)
    stored = await SeekerSkill.select(SeekerSkill.skill_key).where(SeekerSkill.user_id == user_id).first()
    assert stored is not None and stored["skill_key"] == found.key


async def test_the_list_reads_the_free_keys_through_their_partial_indexes(app: Litestar, db: None) -> None:
    """At national scale nearly every stored skill line names a skill: scanning them all to find the free ones took
    seconds (migration 95). The statement must name the indexes' own predicate for the planner to use them."""
    async with transaction():
        await fetch("SET LOCAL enable_seqscan = off")  # a test database is small enough to scan
        await fetch("SET LOCAL plan_cache_mode = force_generic_plan")  # a pooled statement's plan, after five runs
        await fetch("PREPARE unmatched_lines AS " + unmatched.LINES)
        explained = await fetch("EXPLAIN EXECUTE unmatched_lines(false, 2, '', 50, 0)")
        await fetch("DEALLOCATE unmatched_lines")
    plan = "\n".join(row["QUERY PLAN"] for row in explained)
    assert "seeker_skills_free_key" in plan and "posting_skills_free_key" in plan, plan
    assert "Seq Scan on seeker_skills" not in plan and "Seq Scan on posting_skills" not in plan, plan
