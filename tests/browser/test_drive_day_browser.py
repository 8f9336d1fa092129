"""The drive day in Chromium: a participant opens their itinerary with its QR code, and the centre's staff check
them in by typing the code (Enter, as a USB scanner ends it), then scan it again and are told when."""

import os

from playwright.async_api import Browser, Page, expect

from tests.browser.test_drive_participants_browser import log_in
from tests.browser.test_postings_browser import watch
from tests.drive_day_factories import make_drive_day

SHOTS = os.environ.get("JOBSFEZ_SHOTS", "")  # a folder to keep screenshots in while looking at the pages


async def shot(page: Page, name: str) -> None:
    """With JOBSFEZ_SHOTS set, the page on a phone and on a laptop."""
    if not SHOTS:
        return
    for width, height in ((1366, 900), (390, 844)):  # the phone last: the test goes on with it
        await page.set_viewport_size({"width": width, "height": height})
        await page.screenshot(path=f"{SHOTS}/{name}-{width}.png", full_page=True)


async def test_an_itinerary_code_typed_at_the_door_checks_in_once(browser: Browser, page: Page, site: str) -> None:
    problems: list[str] = []
    watch(page, problems)
    day = await make_drive_day()
    await log_in(page, site, "minjun@example.kr")
    await page.goto(f"{site}/me/drives/{day.drive_id}/itinerary")
    await expect(page.get_by_role("heading", name="나의 면접 일정표")).to_be_visible()
    await expect(page.locator(".qr svg")).to_be_visible()
    await expect(page.get_by_role("cell", name="명지정밀")).to_be_visible()
    await shot(page, "itinerary")
    code = (await page.locator(".code code").inner_text()).strip()

    await page.context.clear_cookies()
    await log_in(page, site, "manager@centre.kr")
    await page.goto(f"{site}/centre/drives/{day.drive_id}/checkin")
    box = page.get_by_label("체크인 코드를 스캔하거나 입력하세요")
    await expect(box).to_be_focused()
    await box.type(code + "\n")
    await expect(page.get_by_text("김민준 님, 환영합니다!")).to_be_visible()
    await expect(box).to_be_focused()
    await expect(box).to_have_value("")
    await box.type(code + "\n")
    await expect(page.get_by_text("김민준 님: 이미")).to_be_visible()
    await shot(page, "checkin")
    await page.goto(f"{site}/centre/drives/{day.drive_id}/board")
    await expect(page.get_by_text("1 / 3")).to_be_visible()
    await shot(page, "board")
    assert problems == []
