"""A drive's timetable, end to end in Chromium on a phone: the lead builds it, locks an interview, tries a move the
rules refuse and sees why in place, builds again around the lock, and publishes it."""

from playwright.async_api import Page, expect

from jobsfez.drives.tables import DriveInterview, DriveTimetable
from tests.browser.test_drive_employers_browser import log_in
from tests.browser.test_postings_browser import watch
from tests.timetable_factories import ready_drive


async def test_the_lead_builds_locks_and_publishes_the_timetable(page: Page, site: str) -> None:
    problems: list[str] = []
    watch(page, problems)
    ready = await ready_drive(people=6)
    await log_in(page, site, "manager@centre.kr")
    await page.goto(f"{site}/centre/drives/{ready.drive_id}")
    await page.locator("#timetable").get_by_role("link", name="면접 시간표").click()
    await page.get_by_label("참가자당 최대 면접 수").fill("1")
    await page.get_by_role("button", name="시간표 만들기").click()
    # building solves in a thread for up to its 20 s limit: a loaded machine takes longer than expect's 5 s
    await expect(page.get_by_text("최적임이 증명되었습니다")).to_be_visible(timeout=30_000)
    await expect(page.locator("table.achieved")).to_contain_text("6")

    # the first company's five times are all taken: moving one of its interviews onto another is refused in place
    await page.locator("section.booth-schedule", has_text="명지정밀").get_by_role("link").first.click()
    await page.get_by_role("button", name="고정", exact=True).click()
    await expect(page.get_by_text("예: 다시 만들어도 유지됩니다")).to_be_visible()
    locked_url = page.url
    await page.get_by_role("button", name="고정 해제").click()
    move = page.locator("#move")
    await move.get_by_label("명지정밀의 시간").select_option(index=4)
    await move.get_by_role("button", name="옮기기").click()
    await expect(move.get_by_role("alert")).to_be_visible()
    await page.get_by_role("button", name="고정", exact=True).click()
    assert page.url == locked_url

    await page.get_by_role("link", name="← 면접 시간표").click()
    await page.get_by_role("button", name="고정된 면접은 두고 다시 만들기").click()
    await expect(page.get_by_text("🔒").first).to_be_visible(timeout=30_000)
    await page.get_by_label("지금 모든 참가자와 기업에 시간표 보내기").check()
    await page.get_by_role("button", name="시간표 공개").click()
    await expect(page.locator("h1 .badge")).to_have_text("게시 중")
    row = await DriveTimetable.select(DriveTimetable.status).first()
    assert row == {"status": "published"}
    assert await DriveInterview.count().where(DriveInterview.locked.eq(True)) == 1
    assert problems == []
