"""Issue 16: the staff page of what users typed that matched no skill, as staff and others meet it."""

from __future__ import annotations

import html
import re
from urllib.parse import urlencode

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
    await _typed("<script>alert(1)</script>", "므라벤 기능 보유함")
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
    posted = await client.post(
        f"{PAGE}/alias",
        data={"_csrf": token, "key": keys["므라벤 운전수"], "alias": "므라벤 운전수", "skill": "므라벤 장비 운전"},
    )
    assert posted.status_code == 303
    added = await client.get(posted.headers["location"])
    notice = re.search(r'<div class="notice" role="status">([^<]+)</div>', added.text)
    assert notice is not None
    said = "'므라벤 운전수'를 므라벤 장비 운전의 별칭으로 추가했습니다. 프로필 2개를 이 기술로 다시 연결합니다."
    assert html.unescape(notice.group(1)) == said
    assert "이제 므라벤 장비 운전으로 읽힙니다" in added.text  # waiting for the re-keying
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
    assert "'용접'은 이미 다른 기술 용접 · Welding을 가리킵니다" in html.unescape(refused.text), refused.text
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
    posted = await client.post(f"{PAGE}/dismiss", data={"_csrf": token, "key": keys["휘뚜루 마뚜루"]})
    assert posted.status_code == 303
    dismissed = await client.get(posted.headers["location"])
    assert "'휘뚜루 마뚜루'를 기술이 아닌 것으로 표시하고 목록에서 뺐습니다." in html.unescape(dismissed.text)
    assert "휘뚜루 마뚜루</h2>" not in dismissed.text  # named in the notice only
    assert "휘뚜루 마뚜루</h2>" in (await client.get(f"{PAGE}?view=dismissed")).text
    posted = await client.post(f"{PAGE}/restore?view=dismissed", data={"_csrf": token, "key": keys["휘뚜루 마뚜루"]})
    assert posted.status_code == 303 and posted.headers["location"].startswith(f"{PAGE}?view=dismissed&")
    restored = await client.get(posted.headers["location"])
    assert "'휘뚜루 마뚜루'를 목록에 다시 넣었습니다." in html.unescape(restored.text)
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
    assert "프로필이나 공고 한 곳에만 있는 줄은 따로 요청할 때만 보여 줍니다" in page.text
    link = re.search(r'<a href="(/staff/skills/unmatched\?[^"]*)">숨긴 줄 보기</a>', page.text)
    assert link is not None
    shown = await client.get(html.unescape(link.group(1)))
    assert "홀로 쓴 브렉스 작업" in shown.text and "숨겨 두었습니다" not in shown.text


def _notice(page: httpx.Response) -> str:
    found = re.search(r'<div class="notice" role="status">(.*?)</div>', page.text, re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", found.group(1))) if found else ""


@pytest.mark.parametrize("action", ["alias", "dismiss", "restore"])
async def test_a_change_redirects_to_the_list_it_came_from_and_opening_that_again_changes_nothing(
    client: httpx.AsyncClient, action: str
) -> None:
    """UX walk of 2026-12-05, 3.2: the page after a change was drawn at the POST address; a reload asked to send the
    form again, and the address opened again answered 405."""
    line = {"alias": "글렌덱 뽀르작", "dismiss": "스뮈롱 탈카", "restore": "퀴벨롬 짜작"}[action]  # an alias stays
    keys = await _typed(line)
    await make_skill("test-unmatched-web-glendek", "글렌덱 장비 뽀르작", "Glendek assembly")
    token = await _as_staff(client)
    if action == "restore":
        await SkillDismissal.insert(SkillDismissal(key=keys[line]))
    data = {"_csrf": token, "key": keys[line], "alias": line, "skill": "글렌덱 장비 뽀르작"}
    filters = urlencode({"q": line.split()[0], "singles": "on", "page": "1"})
    posted = await client.post(f"{PAGE}/{action}?{filters}", data=data)
    assert posted.status_code == 303
    location = posted.headers["location"]
    assert location.startswith(f"{PAGE}?{filters}&done="), location
    version, dismissals = await skills.current_version(), await SkillDismissal.count()
    for _ in range(2):  # the reload: the same notice, and nothing done twice
        page = await client.get(location)
        assert page.status_code == 200 and f"'{line}'" in _notice(page)
        assert f'value="{line.split()[0]}"' in page.text and 'name="singles" checked' in page.text  # the same list
    assert (await skills.current_version(), await SkillDismissal.count()) == (version, dismissals)


@pytest.mark.parametrize(
    "address",
    [
        "done=alias&alias=포르텔&skill=python&line=free:x&profiles=2&postings=1",  # not an alias of that skill
        "done=alias&alias=&skill=&profiles=abc&postings=-1",
        "done=dismissed&line=free:nobody",
        "done=dismissed&line=" + "x" * 5000,
        "done=restored",
        "done=nonsense&line=free:x",
    ],
)
async def test_an_address_naming_what_was_not_done_shows_the_list_without_a_notice(
    client: httpx.AsyncClient, address: str
) -> None:
    await _typed("포르텔 뀨락")
    await _as_staff(client)
    page = await client.get(f"{PAGE}?{address}")
    assert page.status_code == 200 and _notice(page) == ""
    assert "포르텔 뀨락</h2>" in page.text


async def test_a_dismissed_line_only_one_carries_is_shown_where_the_notice_says_it_can_be_undone(
    client: httpx.AsyncClient,
) -> None:
    """UX walk of 2026-12-05, 3.1: after "Not a skill" on a line one profile carries, the notice sent staff to
    "Dismissed", which hid such lines and said nothing was dismissed."""
    keys = await _typed("혼자 쓴 쿠랄 작업", seekers_count=1)
    token = await _as_staff(client)
    page = await client.get(f"{PAGE}?singles=on")
    assert f'href="{PAGE}?view=dismissed&amp;singles=on"' in page.text  # the tab keeps the lines asked for
    posted = await client.post(f"{PAGE}/dismiss?singles=on", data={"_csrf": token, "key": keys["혼자 쓴 쿠랄 작업"]})
    after = await client.get(posted.headers["location"])
    assert "'제외됨'에서 되돌리기" in _notice(after)
    link = re.search(r'<div class="notice" role="status">.*?<a [^>]*href="([^"]+)">', after.text, re.S)
    assert link is not None
    undo = await client.get(html.unescape(link.group(1)))
    assert "혼자 쓴 쿠랄 작업</h2>" in undo.text and "목록에 다시 넣기" in undo.text
    plain = await client.get(f"{PAGE}?view=dismissed")  # the tab as it opens: the hidden line is counted, not denied
    assert "제외된 줄이 없습니다" not in plain.text and "0줄" not in plain.text
    assert "프로필이나 공고 한 곳에만 있는 1줄은 숨겨 두었습니다." in plain.text


async def test_the_page_reads_as_korean_written_by_hand(client: httpx.AsyncClient) -> None:
    """UX walk of 2026-12-05, 3.3: "을(를)" and "(으)로" where the word is known, "1건을(를)", "2개 미만에만 있는 줄",
    the placeholder "줄에 든 말" and a count line "0줄 · …"."""
    keys = await _typed("쿠랄 라인 점검")
    owner, company = await make_employer()
    await make_posting(company, owner.id, must=(("쿠랄 라인 점검", None),), nice=())
    await make_skill("test-unmatched-web-kural", "쿠랄 설비 점검", "Kural line inspection")
    token = await _as_staff(client)
    page = await client.get(PAGE)
    assert "한 곳에만 있는 줄은 따로 요청할 때만 보여 줍니다" in page.text and "미만" not in page.text
    assert 'placeholder="검색할 말"' in page.text and "줄에 든 말" not in page.text
    data = {"_csrf": token, "key": keys["쿠랄 라인 점검"], "alias": "쿠랄 라인 점검", "skill": "쿠랄 설비 점검"}
    after = await client.get((await client.post(f"{PAGE}/alias", data=data)).headers["location"])
    said = (
        "'쿠랄 라인 점검'을 쿠랄 설비 점검의 별칭으로 추가했습니다. "
        "프로필 2개와 채용공고 1건을 이 기술로 다시 연결합니다."
    )
    assert _notice(after) == said
    assert "이제 쿠랄 설비 점검으로 읽힙니다" in after.text and "(으)로" not in after.text
    assert "0줄" not in (await client.get(f"{PAGE}?q=nothing-like-this")).text


async def test_a_count_of_thousands_of_digits_in_the_address_is_no_error(client: httpx.AsyncClient) -> None:
    """A review: int() of 5,000 digits raises, and the page was a 500."""
    await _as_staff(client)
    page = await client.get(f"{PAGE}?done=alias&alias=파이썬&skill=python&line=free:x&profiles={'9' * 5000}")
    assert page.status_code == 200 and "9999999999" not in _notice(page)
