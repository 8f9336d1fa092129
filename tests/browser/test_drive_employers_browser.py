"""A drive's companies, end to end in Chromium: the lead finds a company by typing part of its name and invites it,
the company takes part and brings a posting, and the public page shows it."""

from playwright.async_api import Browser, Page, expect

from tests.browser.test_postings_browser import watch
from tests.drive_factories import make_drive
from tests.helpers import PASSWORD, VALID_BRNS, make_centre, make_employer, make_posting


async def log_in(page: Page, site: str, email: str) -> None:
    await page.goto(site + "/login")
    await page.get_by_label("이메일").fill(email)
    await page.get_by_label("비밀번호").fill(PASSWORD)
    await page.get_by_role("button", name="로그인").click()


async def test_a_centre_invites_a_company_which_joins_with_a_posting_the_public_sees(
    browser: Browser, page: Page, site: str
) -> None:
    problems: list[str] = []  # script errors and anything the Content-Security-Policy refused
    watch(page, problems)
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)
    owner, employer_id = await make_employer()
    await make_employer("b@b.kr", VALID_BRNS[1], name_ko="부산해양", name_en="Busan Marine")
    await make_posting(employer_id, owner.id, title="CNC 선반 기능직")

    await log_in(page, site, "manager@centre.kr")
    await page.goto(f"{site}/centre/drives/{drive_id}")
    employers = page.locator("#drive-employers")
    await employers.get_by_placeholder("기업 이름 일부를 입력하세요").fill("명지")  # htmx narrows the choice
    await expect(employers.locator("#f-employer_id option")).to_have_count(2)
    await employers.locator("#f-employer_id").select_option(str(employer_id))
    await employers.get_by_role("button", name="초대", exact=True).click()
    await expect(employers.get_by_text("명지정밀을(를) 초대했습니다.")).to_be_visible()
    await expect(employers.get_by_text("초대됨")).to_be_visible()

    company_context = await browser.new_context(locale="ko-KR", viewport={"width": 390, "height": 844})
    company = await company_context.new_page()
    watch(company, problems)
    await log_in(company, site, "owner@example.kr")
    await company.goto(site + "/employer")
    await company.get_by_role("link", name="초대에 답하기").click()
    await company.get_by_role("button", name="참여하기").click()
    offer = company.locator("#offer")
    await offer.get_by_label("CNC 선반 기능직").check()
    await offer.get_by_label("박서연").check()
    await offer.get_by_label("면접 시간 (분, 10–60)").fill("5")
    await offer.get_by_role("button", name="저장").click()
    await expect(offer.get_by_text("면접 시간은 10분에서 60분 사이입니다.")).to_be_visible()  # in place
    await offer.get_by_label("면접 시간 (분, 10–60)").fill("30")
    await offer.get_by_label("부스").fill("부스 3")
    await offer.get_by_role("button", name="저장").click()
    await expect(offer.get_by_text("저장했습니다")).to_be_visible()

    await company.goto(f"{site}/drives/{drive_id}")
    taking_part = company.locator("section.drive-employers")
    await expect(taking_part.get_by_role("link", name="명지정밀")).to_be_visible()
    await expect(taking_part.get_by_role("link", name="CNC 선반 기능직")).to_be_visible()
    await company_context.close()
    assert problems == []
