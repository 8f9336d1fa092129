"""Staff make a line users typed into an alias, and dismiss another, in Chromium on a phone, in both languages
(issue 16)."""

import pytest
from playwright.async_api import Page, expect

from jobsfez.seekers import service as seekers
from tests.browser.journeys import LANGUAGES, shot, sign_in
from tests.browser.test_postings_browser import watch
from tests.helpers import make_seeker, make_skill, make_staff

SKILL = "test-unmatched-browser"
WORDS = {
    "ko": {
        "link": "어느 기술에도 연결되지 않은 입력 보기",
        "line": "크로벤 운전수",
        "other": "휘뚜루 마뚜루",
        "skill": "크로벤 장비 운전",
        "of": "연결할 기술",
        "add": "별칭으로 추가",
        "added": "프로필 2개를 이 기술로 다시 연결합니다",
        "now": "이제 크로벤 장비 운전으로 읽힙니다",
        "not": "기술 아님",
        "dismissed": "제외됨",
        "again": "목록에 다시 넣기",
    },
    "en": {
        "link": "What users typed that matched no skill",
        "line": "kroben driver",
        "other": "hooga booga",
        "skill": "Kroben machine operation",
        "of": "Of the skill",
        "add": "Add as alias",
        "added": "2 profiles will be re-keyed",
        "now": "Now reads as Kroben machine operation",
        "not": "Not a skill",
        "dismissed": "Dismissed",
        "again": "List it again",
    },
}


@pytest.mark.parametrize("language", LANGUAGES)
async def test_staff_make_a_typed_line_an_alias_and_dismiss_another(page: Page, site: str, language: str) -> None:
    words, problems = WORDS[language], []
    watch(page, problems)
    await make_skill(SKILL, "크로벤 장비 운전", "Kroben machine operation")
    for n in range(2):
        user = await make_seeker(f"typist{n}@example.kr")
        typed = (seekers.ProfileSkillInput(words["line"]), seekers.ProfileSkillInput(words["other"]))
        await seekers.save_profile(user.id, seekers.ProfileInput(skills=typed), this_year=2026)
    await make_staff()

    await sign_in(page, site, "staff@jobsfez.kr", language)
    await page.goto(f"{site}/staff/skills")
    await page.get_by_role("link", name=words["link"]).click()
    line = page.locator("ul.unmatched > li").filter(has=page.get_by_role("heading", name=words["line"], exact=True))
    await line.get_by_label(words["of"]).fill(words["skill"])
    await shot(page, f"unmatched-{language}")
    await line.get_by_role("button", name=words["add"]).click()
    await expect(page.get_by_role("status")).to_contain_text(words["added"])
    await expect(line).to_contain_text(words["now"])

    other = page.locator("ul.unmatched > li").filter(has=page.get_by_role("heading", name=words["other"], exact=True))
    await other.get_by_role("button", name=words["not"]).click()
    await expect(page.get_by_role("status")).to_contain_text(words["other"])
    await expect(other).to_have_count(0)
    await page.get_by_role("link", name=words["dismissed"], exact=True).click()
    await other.get_by_role("button", name=words["again"]).click()
    await expect(page.get_by_role("status")).to_contain_text(words["other"])
    await expect(other).to_have_count(0)  # listed again, under "Waiting"
    assert not problems, problems
