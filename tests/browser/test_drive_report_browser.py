"""A centre manager reads a drive's report in Chromium: the funnel's chart and its table, a hidden cohort, and the
XLSX download, which openpyxl opens with the numbers in it."""

import io

import openpyxl
from playwright.async_api import Browser, Page, expect

from tests.browser.test_drive_participants_browser import log_in
from tests.browser.test_postings_browser import watch
from tests.report_factories import make_counted_drive


async def test_a_manager_reads_a_drive_s_report_and_downloads_it(browser: Browser, page: Page, site: str) -> None:
    problems: list[str] = []
    watch(page, problems)
    drive = await make_counted_drive()
    await log_in(page, site, drive.manager_email)
    await page.goto(f"{site}/centre/drives/{drive.drive_id}")
    await page.get_by_role("link", name="보고서: 단계별·집단별 성과").click()
    funnel = page.locator("figure.chart").first
    await expect(funnel.get_by_role("img")).to_be_visible()  # the SVG chart, named for screen readers
    await expect(funnel.get_by_role("row", name="채용 확정").get_by_role("cell").first).to_have_text("5")
    teens = page.get_by_role("row", name="15–19")
    await expect(teens.get_by_role("cell").first).to_have_text("< 5")
    await expect(page.get_by_role("button", name="인쇄")).to_be_visible()  # shown once the script runs

    async with page.expect_download() as waiting:
        await page.get_by_role("link", name="엑셀(XLSX) 내려받기").click()
    download = await waiting.value
    assert download.suggested_filename.startswith(f"drive-{drive.drive_id}-report-")
    book = openpyxl.load_workbook(io.BytesIO((await download.path()).read_bytes()))  # the path has no .xlsx
    stages = {row[0].value: row[1].value for row in book.worksheets[0].iter_rows(min_row=2)}
    assert stages == {"신청함": 12, "체크인": 9, "면접 완료": 8, "다음 전형": 7, "합격 제안": 6, "채용 확정": 5}
    assert problems == []
