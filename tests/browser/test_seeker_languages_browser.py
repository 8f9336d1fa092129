"""The Languages box of a seeker's profile in Chromium on a phone (issue 16): typed into, it shows what each line
reads as, each on a line of its own, with nothing in the console; saved, it comes back as typed, and its lines are
among what the profile was read as."""

from __future__ import annotations

from playwright.async_api import Page, expect

from tests.browser.journeys import shot, sign_in
from tests.browser.test_skill_rows_browser import console_errors
from tests.helpers import make_seeker

TYPED = "English - fluent, 일본어 (일상회화), Klingon"


async def test_the_languages_box_reads_its_lines_while_typed_and_comes_back_as_typed(page: Page, site: str) -> None:
    errors = console_errors(page)
    await make_seeker()
    await sign_in(page, site, "seeker@example.kr", "ko")
    await page.goto(site + "/me")
    await page.locator("input[name=skill_text]").first.fill("지게차")
    await page.locator("#f-languages").press_sequentially(TYPED)
    reading = page.locator("#languages .understood")
    await expect(reading).to_contain_text("Klingon")
    assert (await reading.inner_text()).splitlines() == [
        "“English - fluent” → 영어 · 수준 4/5",
        "“일본어 (일상회화)” → 일본어",
        "“Klingon” 알고 있는 기술이 아닙니다. 쓰신 그대로 저장됩니다.",
    ]
    await reading.scroll_into_view_if_needed()
    await shot(page, "languages-typed")
    await page.get_by_role("button", name="프로필 저장").click()
    await expect(page.locator("#f-languages")).to_have_value(TYPED)
    await expect(page.locator("#skills .explain")).to_contain_text("“Klingon” → 적은 그대로 저장")
    await page.locator("#f-languages").scroll_into_view_if_needed()
    await shot(page, "languages-saved")
    assert errors == []
