"""The drive day's outcomes in Chromium on a phone: a company's member opens the drive page, the interviews load by
htmx, they record an outcome at the booth and then change it; the participant reads it beside their itinerary."""

from playwright.async_api import Browser, Page, expect

from tests.browser.test_drive_day_browser import shot
from tests.browser.test_drive_participants_browser import log_in
from tests.browser.test_postings_browser import watch
from tests.drive_day_factories import make_drive_day
from tests.integration.test_drive_outcomes_service import consent
from tests.web.test_drive_outcomes import begun, joined, outcome_of


async def test_a_company_records_an_outcome_at_its_booth_and_the_participant_reads_it(
    browser: Browser, page: Page, site: str
) -> None:
    problems: list[str] = []
    watch(page, problems)
    day = await make_drive_day()
    await joined(day)
    await consent(day, "minjun")
    interview = day.interviews["minjun-precision"]
    await begun(interview)

    await log_in(page, site, "owner@precision.kr")
    await page.goto(f"{site}/employer/drives/{day.drive_id}")
    row = page.locator(f"#interview-{interview}")
    await expect(row.get_by_text("김민준")).to_be_visible()
    await expect(row.get_by_text("minjun@example.kr")).to_be_visible()
    await expect(page.get_by_text("면접이 시작되면 결과를 기록할 수 있습니다.")).to_be_visible()  # Emma's, not begun
    await row.get_by_label("결과").select_option(label="면접 완료")
    await row.get_by_role("button", name="저장").click()
    await expect(row.get_by_text("저장했습니다")).to_be_visible()
    assert await outcome_of(interview) == "interviewed"
    await row.get_by_label("결과").select_option(label="합격 제안")
    await row.get_by_role("button", name="저장").click()
    await expect(row.locator("option[selected]")).to_have_text("합격 제안")
    assert await outcome_of(interview) == "offer"
    await page.locator("#day-interviews").scroll_into_view_if_needed()
    await shot(page, "outcomes")

    await page.context.clear_cookies()
    await log_in(page, site, "minjun@example.kr")
    await page.goto(f"{site}/me/drives/{day.drive_id}/itinerary")
    results = page.locator("#my-results")
    await expect(results.get_by_role("heading", name="면접 결과")).to_be_visible()
    await expect(results.get_by_role("cell", name="합격 제안")).to_be_visible()
    await shot(page, "results")
    assert problems == []
