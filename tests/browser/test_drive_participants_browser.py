"""A drive's participants in Chromium: a seeker registers from the drive's page (the htmx form, with its consent),
and a centre imports a roster with errors, reads the report and commits the valid rows."""

import re
from pathlib import Path

from playwright.async_api import Browser, Page, expect

from tests.browser.test_postings_browser import watch
from tests.drive_factories import make_drive
from tests.helpers import PASSWORD, make_centre, make_seeker

ROSTER = "\r\n".join(
    [
        "이름,이메일,휴대폰,출생연도,기술,희망 업종,동의",
        '김하늘,haneul@example.kr,010-1234-5678,2001,"Python, 용접",자동차 부품,Y',
        "박별,not-an-email,010-1111-2222,2000,,,Y",
        "이바다,bada@example.kr,01098765432,1999,CNC 선반,기계,동의",
    ]
).encode("cp949")


async def log_in(page: Page, site: str, email: str) -> None:
    await page.goto(site + "/login")
    await page.get_by_label("이메일").fill(email)
    await page.get_by_label("비밀번호").fill(PASSWORD)
    await page.get_by_role("button", name="로그인").click()


async def test_a_seeker_registers_from_the_drive_page(browser: Browser, page: Page, site: str) -> None:
    problems: list[str] = []
    watch(page, problems)
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)
    await make_seeker()
    await log_in(page, site, "seeker@example.kr")
    await page.goto(f"{site}/drives/{drive_id}")
    await expect(page.get_by_text("남은 자리: 300")).to_be_visible()  # htmx filled the slot
    await page.get_by_label("출생 연도").fill("2001")
    await page.get_by_role("button", name="참가 신청", exact=True).click()
    await expect(page.get_by_text("공개되는 내용에 동의하려면")).to_have_count(2)  # the summary and the box's message
    await page.get_by_label("그때까지 행사 참가 기업에").check()
    await page.get_by_role("button", name="참가 신청", exact=True).click()
    await expect(page.get_by_text("참가 신청했습니다. 행사에서 만나요!")).to_be_visible()
    await page.get_by_role("link", name="내 채용 행사").first.click()
    await expect(page.get_by_role("heading", name="명지 AI·제조 현장면접의 날")).to_be_visible()
    assert problems == []


async def test_a_centre_imports_a_roster_with_errors_then_commits(
    browser: Browser, page: Page, site: str, tmp_path: Path
) -> None:
    problems: list[str] = []
    watch(page, problems)
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)
    await log_in(page, site, "manager@centre.kr")
    await page.goto(f"{site}/centre/drives/{drive_id}")
    await expect(page.get_by_text("우리 센터가 모집")).to_be_visible()  # htmx loaded the totals
    await page.get_by_role("link", name="명단 가져오기").click()
    file = tmp_path / "명단.csv"
    file.write_bytes(ROSTER)
    await page.get_by_label("명단 파일").set_input_files(file)
    await page.get_by_role("button", name="파일 검사").click()
    await expect(page.get_by_text("3행을 읽었습니다: 가져올 수 있는 행 2개, 문제가 있는 행 1개.")).to_be_visible()
    await expect(page.get_by_role("row", name=re.compile("^3 이메일 not-an-email"))).to_be_visible()
    await page.get_by_role("button", name="올바른 2행 가져오기").click()
    await expect(page.get_by_text("참가자 2명을 등록했습니다")).to_be_visible()
    await expect(page.get_by_role("cell", name="haneul@example.kr")).to_be_visible()
    assert problems == []
