import json

from playwright.async_api import Browser, Page, expect

from jobsfez.notifications.tables import Notification
from tests.helpers import PASSWORD, make_staff, signup_link


async def log_in(page: Page, site: str, email: str) -> None:
    await page.goto(site + "/login")
    await page.get_by_label("이메일").fill(email)
    await page.get_by_label("비밀번호").fill(PASSWORD)
    await page.get_by_role("button", name="로그인").click()


async def test_a_manager_registers_staff_approve_and_an_invited_counsellor_joins(
    browser: Browser, page: Page, site: str
) -> None:
    await page.goto(site + "/")
    await page.get_by_role("link", name="취업지원 기관").click()
    await page.get_by_label("센터 이름 (한글)").fill("명지청년센터")
    await page.get_by_label("센터 이름 (영문)").fill("Myeongji Youth Centre")
    await page.get_by_label("센터 유형").select_option("youth_centre")
    await page.get_by_label("지역").select_option("myeongji")
    await page.get_by_label("주소").fill("부산 강서구 명지국제6로 168")
    await page.get_by_label("전화번호").fill("051 970 1234")
    await page.get_by_label("이름", exact=True).fill("한지민")
    await page.get_by_label("업무용 이메일").fill("manager@myeongji-youth.kr")
    await page.get_by_label("비밀번호").fill(PASSWORD)
    await page.locator("#f-consent").check()
    await page.get_by_role("button", name="센터 등록").click()
    await expect(page.get_by_text("manager@myeongji-youth.kr 주소로 이메일을 보냈습니다")).to_be_visible()
    await page.goto(site + await signup_link("manager@myeongji-youth.kr"))  # the link in the email
    await page.get_by_role("button", name="계정 만들기").click()
    await expect(page.get_by_text("승인 대기 중")).to_be_visible()
    await expect(page.get_by_text("051-970-1234")).to_be_visible()

    await make_staff()
    staff_context = await browser.new_context(locale="ko-KR")
    staff = await staff_context.new_page()
    await log_in(staff, site, "staff@jobsfez.kr")
    await staff.get_by_role("link", name="승인을 기다리는 진로·취업 센터").click()  # on staff's overview
    await expect(staff.get_by_text("명지청년센터")).to_be_visible()
    await staff.get_by_role("button", name="승인").click()
    await expect(staff.get_by_text("기다리는 항목이 없습니다")).to_be_visible()
    await staff_context.close()

    await page.reload()
    await expect(page.get_by_text("승인됨")).to_be_visible()
    await page.get_by_role("link", name="구성원과 초대").click()
    # a mistake is shown in place, by the form
    await page.get_by_label("이메일").fill("not an email")
    await page.get_by_role("button", name="초대장 보내기").click()
    await expect(page.get_by_text("올바른 이메일 주소를 입력해 주세요")).to_be_visible()
    await page.get_by_label("이메일").fill("counsellor@myeongji-youth.kr")
    await page.locator("#f-role").select_option("counsellor")
    await page.get_by_role("button", name="초대장 보내기").click()
    await expect(page.get_by_text("counsellor@myeongji-youth.kr 님에게 초대장을 보냈습니다")).to_be_visible()

    # the link the email carries (delivering it is the worker's part, tested elsewhere)
    invitation = await Notification.objects().where(Notification.kind == "centre_invitation").first()
    assert invitation is not None
    link = json.loads(invitation.payload)["url"]
    counsellor_context = await browser.new_context(locale="ko-KR", viewport={"width": 390, "height": 844})
    counsellor = await counsellor_context.new_page()
    await counsellor.goto(link)
    await expect(counsellor.get_by_text("counsellor@myeongji-youth.kr")).to_be_visible()
    await counsellor.get_by_label("이름").fill("이상담")
    await counsellor.get_by_label("비밀번호").fill(PASSWORD)
    await counsellor.get_by_role("button", name="합류하기").click()
    await expect(counsellor.get_by_role("link", name="우리 센터")).to_be_visible()
    await expect(counsellor.get_by_text("이상담 · 상담사")).to_be_visible()
    await counsellor_context.close()

    await page.reload()
    await expect(page.get_by_text("이상담")).to_be_visible()
