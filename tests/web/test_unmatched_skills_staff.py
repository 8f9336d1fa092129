"""Issue 16: the staff page of what users typed that matched no skill, as staff and others meet it."""

from __future__ import annotations

import html
import re

import httpx
import pytest

from jobsfez.seekers import service as seekers
from jobsfez.seekers.tables import SeekerSkill
from jobsfez.skills import service as skills
from jobsfez.skills.tables import SkillAlias, SkillDismissal
from tests.helpers import csrf_of, login, make_centre, make_employer, make_posting, make_seeker, make_skill, make_staff

PAGE = "/staff/skills/unmatched"


async def _typed(*lines: str, seekers_count: int = 2) -> dict[str, str]:
    """Profiles carrying the lines, as seekers save them; the free key of each line."""
    for n in range(seekers_count):
        user = await make_seeker(f"typist{n}@example.kr", name=f"입력자{n}")
        data = seekers.ProfileInput(skills=tuple(seekers.ProfileSkillInput(line) for line in lines))
        await seekers.save_profile(user.id, data, this_year=2026)
    found = await skills.canonical(list(lines))
    assert all(c.skill_id is None for c in found)
    return {c.text: c.key for c in found}


async def _as_staff(client: httpx.AsyncClient) -> str:
    await make_staff()
    await login(client, "staff@jobsfez.kr")
    page = await client.get(PAGE)
    assert page.status_code == 200
    return csrf_of(page.text)


async def test_staff_see_the_lines_escaped_with_counts_and_suggestions_never_who_typed_them(
    client: httpx.AsyncClient,
) -> None:
    await _typed("<script>alert(1)</script>", "용졉 기능 보유함")
    owner, company = await make_employer()
    await make_posting(company, owner.id, must=(("<script>alert(1)</script>", None),), nice=())
    await make_staff()
    await login(client, "staff@jobsfez.kr")
    assert f'href="{PAGE}"' in (await client.get("/staff/skills")).text
    page = await client.get(PAGE)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text and "<script>alert" not in page.text
    assert "프로필 2개 · 채용공고 1건" in page.text
    assert "입력자0" not in page.text and "typist0@example.kr" not in page.text
    assert "누가 입력했는지는 보여 주지 않습니다" in page.text  # the page says why single lines are hidden


async def test_staff_add_a_line_as_an_alias_in_one_step_and_it_leaves_the_list(client: httpx.AsyncClient) -> None:
    keys = await _typed("므라벤 운전수")
    skill = await make_skill("test-unmatched-web-mraben", "므라벤 장비 운전", "Mraben machine operation")
    token = await _as_staff(client)
    added = await client.post(
        f"{PAGE}/alias",
        data={"_csrf": token, "key": keys["므라벤 운전수"], "alias": "므라벤 운전수", "skill": "므라벤 장비 운전"},
    )
    assert added.status_code == 200
    notice = re.search(r'<div class="notice" role="status">([^<]+)</div>', added.text)
    assert notice is not None
    said = "'므라벤 운전수'을(를) 므라벤 장비 운전의 별칭으로 추가했습니다. 프로필 2개을(를) 이 기술로 다시 연결합니다."
    assert html.unescape(notice.group(1)) == said
    assert "이제 므라벤 장비 운전(으)로 읽힙니다" in added.text  # waiting for the re-keying
    assert "므라벤 운전수" in (await skills.get_skill(skill.skill_id)).aliases
    await skills.rekey_step(budget_seconds=60)  # what the worker does when the page enqueues it
    assert set(await SeekerSkill.select(SeekerSkill.skill_key).output(as_list=True)) == {skill.skill_id}
    assert "므라벤 운전수" not in (await client.get(PAGE)).text


async def test_a_refused_alias_is_explained_beside_its_line_and_changes_nothing(client: httpx.AsyncClient) -> None:
    keys = await _typed("드렐막 조작")
    token = await _as_staff(client)
    version = await skills.current_version()
    refused = await client.post(
        f"{PAGE}/alias", data={"_csrf": token, "key": keys["드렐막 조작"], "alias": "용접", "skill_id": "python"}
    )
    assert refused.status_code == 400
    assert "'용접'은(는) 이미 다른 기술 용접 · Welding을(를) 가리킵니다" in html.unescape(refused.text), refused.text
    assert 'aria-invalid="true"' in refused.text and 'value="용접"' in refused.text  # what was typed is kept
    gone = await client.post(
        f"{PAGE}/alias", data={"_csrf": token, "key": "free:gone", "alias": "x", "skill_id": "python"}
    )
    assert gone.status_code == 400 and "더 이상 저장되어 있지 않습니다" in gone.text
    assert await skills.current_version() == version
    assert "용접" not in (await skills.get_skill("python")).aliases


async def test_a_line_dismissed_as_no_skill_is_listed_under_dismissed_and_can_be_restored(
    client: httpx.AsyncClient,
) -> None:
    keys = await _typed("휘뚜루 마뚜루")
    token = await _as_staff(client)
    dismissed = await client.post(f"{PAGE}/dismiss", data={"_csrf": token, "key": keys["휘뚜루 마뚜루"]})
    assert dismissed.status_code == 200 and "기술이 아닌 것으로 표시하고" in dismissed.text
    assert "휘뚜루 마뚜루</h2>" not in dismissed.text  # named in the notice only
    assert "휘뚜루 마뚜루</h2>" in (await client.get(f"{PAGE}?view=dismissed")).text
    restored = await client.post(f"{PAGE}/restore?view=dismissed", data={"_csrf": token, "key": keys["휘뚜루 마뚜루"]})
    assert restored.status_code == 200 and "목록에 다시 넣었습니다" in restored.text
    assert "휘뚜루 마뚜루</h2>" in (await client.get(PAGE)).text
    assert await SkillDismissal.count() == 0


async def test_a_post_without_its_csrf_token_is_refused(client: httpx.AsyncClient) -> None:
    keys = await _typed("우르릉 쾅")
    await _as_staff(client)
    for action, data in (
        ("dismiss", {"key": keys["우르릉 쾅"]}),
        ("alias", {"key": keys["우르릉 쾅"], "alias": "우르릉 쾅", "skill_id": "python"}),
    ):
        assert (await client.post(f"{PAGE}/{action}", data=data)).status_code == 403
    assert await SkillDismissal.count() == 0
    assert "우르릉 쾅" not in (await skills.get_skill("python")).aliases


@pytest.mark.parametrize("who", ["anonymous", "seeker", "employer", "centre"])
async def test_the_unmatched_lines_are_for_staff_only(client: httpx.AsyncClient, who: str) -> None:
    keys = await _typed("쭈왁 쌈뽕")
    if who == "seeker":
        await login(client, "typist0@example.kr")
    elif who == "employer":
        await make_employer()
        await login(client, "owner@example.kr")
    elif who == "centre":
        await make_centre()
        await login(client, "manager@centre.kr")
    page = await client.get(PAGE)
    assert page.status_code == (302 if who == "anonymous" else 403)
    assert "쭈왁 쌈뽕" not in page.text
    token = csrf_of((await client.get("/login" if who == "anonymous" else "/account")).text)
    for action, data in (
        ("dismiss", {"key": keys["쭈왁 쌈뽕"]}),
        ("alias", {"key": keys["쭈왁 쌈뽕"], "alias": "쭈왁 쌈뽕", "skill_id": "python"}),
    ):
        answer = await client.post(f"{PAGE}/{action}", data={"_csrf": token, **data})
        assert answer.status_code in ((302, 401) if who == "anonymous" else (403,)), answer.status_code
    assert await SkillDismissal.count() == 0
    assert await SkillAlias.count().where(SkillAlias.alias == "쭈왁 쌈뽕") == 0


async def test_a_line_its_alias_rule_refuses_is_not_offered_as_the_alias_and_hidden_lines_are_counted(
    client: httpx.AsyncClient,
) -> None:
    """UX walk of 2026-12-05, F: "취미: 축구, 요리" was prefilled, and saving it was refused for its comma; with the
    one-place lines hidden the page said "0줄 · 검토할 줄이 없습니다." and nothing of them."""
    await _typed("취미: 쿠벨 축구, 요리")
    alone = await make_seeker("alone@example.kr")
    data = seekers.ProfileInput(skills=(seekers.ProfileSkillInput("홀로 쓴 브렉스 작업"),))
    await seekers.save_profile(alone.id, data, this_year=2026)
    await make_staff()
    await login(client, "staff@jobsfez.kr")
    page = await client.get(PAGE)
    field = re.search(r'<input id="alias-1" name="alias" value="([^"]*)"', page.text)
    assert field is not None and field.group(1) == ""
    assert "별칭에는 이 기호를 쓸 수 없습니다" in page.text
    assert "프로필이나 공고 한 곳에만 있는 1줄은 숨겨 두었습니다." in page.text
    assert "프로필과 공고를 합쳐 2곳 이상에 있는 줄만 기본으로 보여 줍니다" in page.text
    link = re.search(r'<a href="(/staff/skills/unmatched\?[^"]*)">숨긴 줄 보기</a>', page.text)
    assert link is not None
    shown = await client.get(html.unescape(link.group(1)))
    assert "홀로 쓴 브렉스 작업" in shown.text and "숨겨 두었습니다" not in shown.text
