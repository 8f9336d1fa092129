"""An employer's posting, end to end in Chromium: create, publish, found by the public search, closed."""

import re
from datetime import timedelta

from playwright.async_api import Browser, ConsoleMessage, Page, expect

from jobsfez.postings.validation import seoul_today
from tests.helpers import PASSWORD, make_employer, make_posting


def watch(page: Page, problems: list[str]) -> None:
    def on_console(message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text:
            problems.append(message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(str(error)))


async def test_an_employer_publishes_a_posting_the_public_finds_and_then_closes_it(
    browser: Browser, page: Page, site: str
) -> None:
    problems: list[str] = []  # script errors and anything the Content-Security-Policy refused
    watch(page, problems)
    await make_employer()
    await page.goto(site + "/login")
    await page.get_by_label("이메일").fill("owner@example.kr")
    await page.get_by_label("비밀번호").fill(PASSWORD)
    await page.get_by_role("button", name="로그인").click()

    await page.get_by_role("navigation").get_by_role("link", name="공고 관리", exact=True).click()
    await page.get_by_role("link", name="새 공고").click()
    await page.get_by_label("제목").fill("CNC 선반 가공원 (주간)")
    await page.get_by_label("직종").fill("CNC 선반 가공원")
    await page.get_by_label("업종").select_option("automotive_parts")
    await page.get_by_label("고용 형태").select_option("full_time")
    await page.get_by_label("근무 형태").select_option("day")
    await page.get_by_label("지역").select_option("myeongji")
    await page.get_by_label("급여 (원, 최소)").fill("2000000")
    await page.get_by_label("마감일", exact=True).fill((seoul_today() + timedelta(days=14)).isoformat())
    await page.get_by_label("필수 기술 1").fill("CNC 선반")
    await page.get_by_label("상세 내용").fill("명지 공장에서 자동차 부품을 가공합니다.\n\n- 주간 근무\n- 기숙사 제공")
    await page.get_by_role("button", name="저장").click()
    await expect(page.get_by_text("최저임금 이상이어야 합니다: 월 2,156,880원")).to_be_visible()  # refused, explained

    await page.get_by_label("급여 (원, 최소)").fill("2600000")
    await page.get_by_role("button", name="저장").click()
    await expect(page.get_by_role("heading", name=re.compile("초안"))).to_be_visible()
    await page.get_by_role("button", name="게시하기").click()
    await expect(page.get_by_role("heading", name=re.compile("게시 중"))).to_be_visible()

    visitor_context = await browser.new_context(locale="ko-KR", viewport={"width": 390, "height": 844})
    visitor = await visitor_context.new_page()
    watch(visitor, problems)
    await visitor.goto(site + "/jobs")
    await visitor.get_by_label("공고 검색").fill("CNC선반")  # no space: the title has one
    result = visitor.get_by_role("link", name="CNC 선반 가공원 (주간)")
    await expect(result).to_be_visible()
    await expect(visitor).to_have_url(re.compile(r"/jobs\?q=CNC%EC%84%A0%EB%B0%98$"))  # shareable, updated by htmx
    await result.click()
    await expect(visitor.get_by_role("heading", name="CNC 선반 가공원 (주간)")).to_be_visible()
    await expect(visitor.get_by_text("인증 기업")).to_be_visible()
    await visitor.go_back()
    await expect(visitor.get_by_label("공고 검색")).to_have_value("CNC선반")

    await page.get_by_role("button", name="공고 마감").click()
    await expect(page.get_by_role("button", name="다시 게시")).to_be_visible()
    await visitor.reload()
    await expect(visitor.get_by_text("조건에 맞는 채용 중인 공고가 없습니다")).to_be_visible()
    await visitor_context.close()
    assert problems == []


async def test_on_a_phone_the_results_come_first_and_the_filters_unfold(browser: Browser, site: str) -> None:
    owner, company = await make_employer()
    await make_posting(company, owner.id, title="지게차 운전원", sector="port_logistics", district="sinhang")
    problems: list[str] = []
    phone_context = await browser.new_context(locale="ko-KR", viewport={"width": 390, "height": 844})
    phone = await phone_context.new_page()
    watch(phone, problems)
    await phone.goto(site + "/jobs")
    card = phone.get_by_role("link", name="지게차 운전원")
    await expect(card).to_be_in_viewport()  # the first result on the first screen
    district = phone.get_by_label("지역")
    await expect(district).to_be_hidden()
    await phone.get_by_text("검색 조건과 정렬").click()
    await district.select_option("sinhang")  # a change searches at once (htmx)
    await expect(phone).to_have_url(re.compile(r"district=sinhang"))
    await phone.reload()
    await expect(district).to_be_visible()  # a filter in use keeps the panel open
    await expect(phone.get_by_text("적용 중")).to_be_visible()
    await phone_context.close()

    desktop_context = await browser.new_context(locale="ko-KR", viewport={"width": 1280, "height": 800})
    desktop = await desktop_context.new_page()
    watch(desktop, problems)
    await desktop.goto(site + "/jobs")
    await expect(desktop.get_by_label("지역")).to_be_visible()  # always shown on a wide screen
    await expect(desktop.get_by_text("검색 조건과 정렬")).to_be_hidden()
    # the skill filter's suggestions arrive as the user types, but the address stays the search's (issue 17)
    async with desktop.expect_response(lambda r: "/skills/suggest" in r.url):
        await desktop.get_by_label("기술").press_sequentially("지게")
    await expect(desktop.locator("#skill-options option").first).to_be_attached()
    assert "/skills/suggest" not in desktop.url
    await desktop_context.close()
    assert problems == []
