"""Issue 13's journey in one run, in Chromium: a centre registers and staff approve it; its manager creates a drive
and opens it, invites a company, which joins with a posting; the manager imports a roster with an error, reads the
report, fixes the file and imports it; runs the matching (the job run here as the worker runs it) and reads the
company's ranked participants; a seeker registers from the drive's page."""

import re
from pathlib import Path

from playwright.async_api import Browser, Page, expect

from jobsfez.drives import prematch
from tests.browser.test_centres_browser import log_in
from tests.browser.test_postings_browser import watch
from tests.drive_factories import in_days
from tests.helpers import PASSWORD, make_employer, make_posting, make_seeker, make_staff, signup_link

HEADER = "이름,이메일,휴대폰,출생연도,기술,희망 업종,동의"
WITH_ERROR = [
    HEADER,
    "김하늘,haneul@example.kr,010-1234-5678,2001,CNC 선반,자동차 부품,Y",
    "박별,not-an-email,,2000,,,Y",
]
FIXED = [*WITH_ERROR[:2], "박별,byeol@example.kr,,2000,도면 해독,기계,Y"]


def roster(tmp_path: Path, name: str, lines: list[str]) -> Path:
    file = tmp_path / name
    file.write_bytes("\r\n".join(lines).encode("cp949"))  # as Excel saves it here
    return file


async def test_a_centre_from_registration_to_its_drives_matches(
    browser: Browser, page: Page, site: str, tmp_path: Path
) -> None:
    problems: list[str] = []
    watch(page, problems)
    owner, employer_id = await make_employer()
    await make_posting(employer_id, owner.id, title="CNC 선반 기능직", must=(("CNC 선반", None),), nice=())

    # the centre registers, and staff approve it
    await page.goto(site + "/centres/register")
    await page.get_by_label("센터 이름 (한글)").fill("명지청년센터")
    await page.get_by_label("센터 이름 (영문)").fill("Myeongji Youth Centre")
    await page.get_by_label("센터 유형").select_option("youth_centre")
    await page.get_by_label("지역").select_option("myeongji")
    await page.get_by_label("주소").fill("부산 강서구 명지국제6로 168")
    await page.get_by_label("전화번호").fill("051-970-1234")
    await page.get_by_label("이름", exact=True).fill("한지민")
    await page.get_by_label("업무용 이메일").fill("manager@myeongji-youth.kr")
    await page.get_by_label("비밀번호").fill(PASSWORD)
    await page.locator("#f-consent").check()
    await page.get_by_role("button", name="센터 등록").click()
    await page.goto(site + await signup_link("manager@myeongji-youth.kr"))
    await page.get_by_role("button", name="계정 만들기").click()
    await expect(page.get_by_text("승인 대기 중")).to_be_visible()
    await make_staff()
    staff_context = await browser.new_context(locale="ko-KR")
    staff = await staff_context.new_page()
    await log_in(staff, site, "staff@jobsfez.kr")
    await staff.goto(site + "/staff/centres")
    await staff.get_by_role("button", name="승인").click()
    await expect(staff.get_by_text("기다리는 항목이 없습니다")).to_be_visible()
    await staff_context.close()

    # a drive, opened for registration
    await page.goto(site + "/centre")
    await page.get_by_role("link", name="우리 행사").click()
    await page.get_by_role("link", name="새 채용 행사").click()
    await page.get_by_label("행사 이름").fill("명지 AI·제조 현장면접의 날")
    await page.get_by_label("상세 내용").fill("명지 기업과 청년 구직자의 현장 면접.")
    day = in_days(14)
    await page.get_by_label("날짜", exact=True).first.fill(day.isoformat())
    await page.get_by_label("시작", exact=True).first.fill("10:00")
    await page.get_by_label("종료", exact=True).first.fill("17:00")
    await page.get_by_label("지역", exact=True).select_option("myeongji")
    await page.get_by_label("신청 시작 일시").fill(f"{in_days(0).isoformat()}T00:00")
    await page.get_by_label("신청 마감 일시").fill(f"{in_days(12).isoformat()}T18:00")
    await page.get_by_label("참가 정원").fill("200")
    await page.get_by_role("button", name="저장").click()
    await page.get_by_role("button", name="참가 신청 열기").click()
    await expect(page.get_by_role("heading", name=re.compile("참가 신청 중"))).to_be_visible()
    drive_path = page.url.removeprefix(site)

    # a company invited, which joins with its posting
    employers = page.locator("#drive-employers")
    await employers.get_by_placeholder("기업 이름 일부를 입력하세요").fill("명지")
    await employers.locator("#f-employer_id").select_option(str(employer_id))
    await employers.get_by_role("button", name="초대", exact=True).click()
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
    await offer.get_by_role("button", name="저장").click()
    await expect(offer.get_by_text("저장했습니다")).to_be_visible()

    # a roster with an error: the report, then the fixed file
    await page.goto(site + drive_path)
    await page.get_by_role("link", name="명단 가져오기").click()
    await page.get_by_label("명단 파일").set_input_files(roster(tmp_path, "명단.csv", WITH_ERROR))
    await page.get_by_role("button", name="파일 검사").click()
    await expect(page.get_by_role("row", name=re.compile("^3 이메일 not-an-email"))).to_be_visible()
    await page.get_by_label("명단 파일").set_input_files(roster(tmp_path, "명단-수정.csv", FIXED))
    await page.get_by_role("button", name="파일 검사").click()
    await expect(page.get_by_text("가져올 수 있는 행 2개, 문제가 있는 행 0개")).to_be_visible()
    await page.get_by_role("button", name="올바른 2행 가져오기").click()
    await expect(page.get_by_text("참가자 2명을 등록했습니다")).to_be_visible()

    # a seeker registers from the drive's public page
    await make_seeker()
    seeker_context = await browser.new_context(locale="ko-KR", viewport={"width": 390, "height": 844})
    seeker = await seeker_context.new_page()
    watch(seeker, problems)
    await log_in(seeker, site, "seeker@example.kr")
    await seeker.goto(site + drive_path.replace("/centre/drives/", "/drives/"))
    await seeker.get_by_label("출생 연도").fill("2001")
    await seeker.get_by_label("그때까지 행사 참가 기업에").check()
    await seeker.get_by_role("button", name="참가 신청", exact=True).click()
    await expect(seeker.get_by_text("참가 신청했습니다. 행사에서 만나요!")).to_be_visible()
    await seeker_context.close()

    # the matching, and the company's ranked participants
    await page.goto(site + drive_path)
    await page.get_by_role("button", name="매칭 시작").click()
    await expect(page.locator("#matching progress")).to_be_visible()
    await prematch.run()
    await expect(page.get_by_text("마지막 매칭")).to_be_visible(timeout=10_000)
    await page.get_by_role("link", name="명지정밀").click()
    await expect(page.get_by_role("link", name="김하늘")).to_be_visible()  # CNC 선반: the posting's must-have
    await company.goto(f"{site}/employer/drives/{drive_path.rsplit('/', 1)[-1]}")
    await expect(company.locator("#company-matches").get_by_text("haneul@example.kr")).to_be_visible()
    await company_context.close()
    assert problems == []
