"""A drive's pre-matching in Chromium: the centre starts it, the bar polls until the run is done (the job run here
as the worker runs it), the company's list opens; the company marks a participant it wants to meet."""

from playwright.async_api import Browser, Page, expect

from jobsfez.drives import prematch
from tests.browser.test_drive_participants_browser import log_in
from tests.browser.test_postings_browser import watch
from tests.prematch_factories import match_drive


async def test_a_centre_runs_matching_and_a_company_marks_a_participant(
    browser: Browser, page: Page, site: str
) -> None:
    problems: list[str] = []
    watch(page, problems)
    made = await match_drive()
    await log_in(page, site, "manager@centre.kr")
    await page.goto(f"{site}/centre/drives/{made.drive_id}")
    await page.get_by_role("button", name="매칭 시작").click()
    await expect(page.get_by_text("매칭을 시작했습니다.")).to_be_visible()
    await expect(page.locator("#matching progress")).to_be_visible()
    await prematch.run()
    await expect(page.get_by_text("마지막 매칭")).to_be_visible(timeout=10_000)  # the bar asked until it was done
    await expect(page.locator("#matching progress")).to_have_count(0)
    await page.get_by_role("link", name="녹산용접").click()
    await expect(page.get_by_role("link", name="김용접")).to_be_visible()
    await page.context.clear_cookies()
    await log_in(page, site, "owner0@example.kr")
    await page.goto(f"{site}/employer/drives/{made.drive_id}")
    matched = page.locator("#company-matches")
    await expect(matched.get_by_text("welder@example.kr")).to_be_visible()  # htmx loaded the list
    await matched.get_by_role("button", name="만나고 싶어요").first.click()
    await expect(matched.locator('button[aria-pressed="true"]')).to_have_count(1)
    assert problems == []
