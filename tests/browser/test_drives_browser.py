"""A centre's drive, end to end in Chromium: a manager creates it, opens registration, and the public finds it on
the drives page and the home page."""

import re
from datetime import timedelta

from playwright.async_api import Browser, Page, expect

from tests.browser.test_postings_browser import watch
from tests.drive_factories import in_days
from tests.helpers import PASSWORD, make_centre


async def test_a_manager_creates_and_opens_a_drive_the_public_then_finds(
    browser: Browser, page: Page, site: str
) -> None:
    problems: list[str] = []  # script errors and anything the Content-Security-Policy refused
    watch(page, problems)
    await make_centre()
    await page.goto(site + "/login")
    await page.get_by_label("이메일").fill("manager@centre.kr")
    await page.get_by_label("비밀번호").fill(PASSWORD)
    await page.get_by_role("button", name="로그인").click()

    await page.get_by_role("link", name="우리 행사").click()
    await page.get_by_role("link", name="새 채용 행사").click()
    await page.get_by_label("행사 이름").fill("명지 AI·제조 현장면접의 날")
    await page.get_by_label("상세 내용").fill("명지 기업과 청년 구직자의 현장 면접.\n\n- 이력서 지참")
    day = in_days(14)
    await page.get_by_role("button", name="날짜 추가").click()  # htmx adds a third row
    await expect(page.get_by_label("날짜", exact=True)).to_have_count(3)
    await page.get_by_label("날짜", exact=True).first.fill(day.isoformat())
    await page.get_by_label("시작", exact=True).first.fill("10:00")
    await page.get_by_label("종료", exact=True).first.fill("17:00")
    await page.get_by_label("지역", exact=True).select_option("myeongji")
    await page.get_by_label("행사장 호실·부스").fill("1층 A홀")
    await page.get_by_label("신청 시작 일시").fill(f"{in_days(0).isoformat()}T00:00")
    await page.get_by_label("신청 마감 일시").fill(f"{day.isoformat()}T12:00")  # after the day begins: refused
    await page.get_by_label("참가 정원").fill("200")
    await page.get_by_role("button", name="저장").click()
    await expect(page.get_by_text("신청은 행사 첫날이 시작되기 전에 마감해야 합니다")).to_be_visible()

    await page.get_by_label("신청 마감 일시").fill(f"{(day - timedelta(days=2)).isoformat()}T18:00")
    await page.get_by_role("button", name="저장").click()
    await expect(page.get_by_role("heading", name=re.compile("초안"))).to_be_visible()
    await page.get_by_role("button", name="참가 신청 열기").click()
    await expect(page.get_by_role("heading", name=re.compile("참가 신청 중"))).to_be_visible()
    await expect(page.get_by_text("참가 신청을 열었습니다")).to_be_visible()

    visitor_context = await browser.new_context(locale="ko-KR", viewport={"width": 390, "height": 844})
    visitor = await visitor_context.new_page()
    watch(visitor, problems)
    await visitor.goto(site + "/")
    await expect(visitor.get_by_role("heading", name="다가오는 채용 행사")).to_be_visible()
    await visitor.get_by_role("link", name="채용 행사", exact=True).click()
    await visitor.get_by_role("link", name="명지 AI·제조 현장면접의 날").click()
    await expect(visitor.get_by_role("heading", name="명지 AI·제조 현장면접의 날")).to_be_visible()
    await expect(visitor.get_by_text("주최: 명지청년센터")).to_be_visible()
    await expect(visitor.get_by_text("10:00–17:00")).to_be_visible()
    await visitor_context.close()
    assert problems == []
