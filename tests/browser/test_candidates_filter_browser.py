"""An employer narrows a posting's candidates to those covering every must-have, in Chromium, in both languages."""

from datetime import UTC, datetime

import pytest
from playwright.async_api import Page, expect

from jobsfez.seekers.service import ProfileInput, ProfileSkillInput, save_profile
from tests.browser.journeys import shot, sign_in
from tests.helpers import make_employer, make_posting, make_seeker

PEOPLE = (
    ("broad@example.kr", "넓은사람", ("CNC 선반", "도면 해독", "엑셀", "포토샵", "지게차 운전", "파이썬", "자바")),
    ("narrow@example.kr", "좁은사람", ("CNC 선반", "용접기능사")),
    ("related@example.kr", "비슷한사람", ("범용 선반", "도면 해독")),
)
WORDS = {
    "ko": {
        "every": "필수 기술을 모두 갖춘 후보자",
        "everyone": "전체",
        "show": "보기",
        "none": "필수 기술을 모두 갖춘 후보자가 아직 없습니다.",
        "list everyone": "전체 후보자 보기",
    },
    "en": {
        "every": "Covers every must-have skill",
        "everyone": "Everyone",
        "show": "Show",
        "none": "No findable candidate covers every must-have yet.",
        "list everyone": "List everyone",
    },
}


@pytest.mark.parametrize("language", ["ko", "en"])
async def test_the_filter_lists_only_those_covering_every_must_have(page: Page, site: str, language: str) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id, title="CNC 선반 기능직")
    nobody = await make_posting(employer_id, owner.id, title="방전가공 기능직", must=(("방전가공 EDM", None),))
    for email, name, skills in PEOPLE:
        seeker = await make_seeker(email, name)
        profile = ProfileInput(findable=True, skills=tuple(ProfileSkillInput(text) for text in skills))
        await save_profile(seeker.id, profile, this_year=datetime.now(UTC).year)
    words = WORDS[language]
    await sign_in(page, site, "owner@example.kr", language)
    await page.goto(f"{site}/employer/postings/{posting_id}/candidates")
    await expect(page.locator("article").filter(has_text="좁은사람")).to_be_visible()
    await expect(page.get_by_role("radio", name=words["everyone"], exact=True)).to_be_checked()

    await page.get_by_role("radio", name=words["every"]).check()
    await page.get_by_role("button", name=words["show"], exact=True).click()
    await expect(page).to_have_url(f"{site}/employer/postings/{posting_id}/candidates?covers=every_must")
    await expect(page.locator("article").filter(has_text="좁은사람")).to_have_count(0)
    await expect(page.locator("article")).to_have_count(2)
    await expect(page.get_by_role("radio", name=words["every"])).to_be_checked()
    await shot(page, f"candidates-every-must-{language}")

    await page.goto(f"{site}/employer/postings/{nobody}/candidates?covers=every_must")
    await expect(page.get_by_text(words["none"])).to_be_visible()
    await shot(page, f"candidates-every-must-none-{language}")
    await page.get_by_role("link", name=words["list everyone"]).click()
    await expect(page.get_by_role("radio", name=words["everyone"], exact=True)).to_be_checked()
