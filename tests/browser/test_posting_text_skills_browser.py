"""An employer adds a skill the posting's description names to its nice-to-have list, from the posting's page, in
Chromium, in both languages (issue 16: matching reads only the lists)."""

import pytest
from playwright.async_api import Page, expect

from tests.browser.journeys import LANGUAGES, shot, sign_in
from tests.browser.test_postings_browser import watch
from tests.helpers import make_employer, make_posting

WORDS = {
    "ko": {"add": "우대 기술에 TIG 용접 추가", "save": "저장", "heading": "본문에는 있지만 기술 목록에는 없는 기술"},
    "en": {"add": "Add TIG welding to the nice-to-have skills", "save": "Save", "heading": "Skills your text names"},
}


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_skill_the_description_names_is_added_to_a_list(page: Page, site: str, language: str) -> None:
    words, problems = WORDS[language], []
    watch(page, problems)
    user, employer_id = await make_employer()
    posting_id = await make_posting(
        employer_id, user.id, description="TIG 용접 3년 경력자 우대", must=(("CNC 선반", None),)
    )
    await sign_in(page, site, "owner@example.kr", language)
    await page.goto(f"{site}/employer/postings/{posting_id}")
    await expect(page.get_by_role("heading", name=words["heading"])).to_be_visible()
    await shot(page, f"posting-text-skills-{language}")
    await page.get_by_role("link", name=words["add"]).click()

    nice = page.locator("#nice-skills")
    await expect(nice.locator("input[value='TIG 용접']")).to_have_count(1)
    await expect(page.locator("#must-skills input[value='TIG 용접']")).to_have_count(0)
    await shot(page, f"posting-text-skills-added-{language}")
    await page.get_by_role("button", name=words["save"], exact=True).click()

    await expect(page.get_by_role("heading", name=words["heading"])).to_have_count(0)  # nothing left to add
    assert problems == []
