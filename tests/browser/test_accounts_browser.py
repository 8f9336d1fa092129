from playwright.async_api import Browser, Page, expect

from tests.helpers import PASSWORD, make_staff, signup_link


async def test_a_seeker_signs_up_logs_out_and_logs_in(page: Page, site: str) -> None:
    await page.goto(site + "/")
    await page.get_by_role("link", name="회원가입").click()
    await page.get_by_label("이름").fill("한지우")
    await page.get_by_label("이메일").fill("jiwoo@example.kr")
    await page.get_by_label("비밀번호").fill(PASSWORD)
    await page.locator("#f-consent").check()
    await page.get_by_role("button", name="계정 만들기").click()
    await expect(page.get_by_text("jiwoo@example.kr 주소로 이메일을 보냈습니다")).to_be_visible()
    await page.goto(site + await signup_link("jiwoo@example.kr"))  # the link in the email
    await page.get_by_role("button", name="계정 만들기").click()
    await expect(page.get_by_role("link", name="한지우")).to_be_visible()

    await page.get_by_role("button", name="로그아웃").click()
    await page.get_by_role("link", name="로그인").first.click()
    await page.get_by_label("이메일").fill("jiwoo@example.kr")
    await page.get_by_label("비밀번호").fill(PASSWORD)
    await page.get_by_role("button", name="로그인").click()
    await expect(page.get_by_role("link", name="한지우")).to_be_visible()


async def test_a_bad_password_is_explained_on_the_page(page: Page, site: str) -> None:
    await page.goto(site + "/signup")
    await page.get_by_label("이름").fill("한지우")
    await page.get_by_label("이메일").fill("jiwoo@example.kr")
    await page.get_by_label("비밀번호").fill("1q2w3e4r")
    await page.get_by_role("button", name="계정 만들기").click()
    await expect(page.get_by_text("너무 흔한 비밀번호입니다")).to_be_visible()


async def test_an_employer_registers_and_staff_approve_the_company(browser: Browser, page: Page, site: str) -> None:
    await page.goto(site + "/employers/register")
    await page.get_by_label("회사 이름 (한글)").fill("가덕항만기술")
    await page.get_by_label("회사 이름 (영문)").fill("Gadeok Port Tech")
    await page.get_by_label("사업자등록번호").fill("220-81-11115")
    await page.get_by_label("업종").select_option("port_logistics")
    await page.get_by_label("지역").select_option("sinhang")
    await page.get_by_label("주소").fill("부산 강서구 신항로 1")
    await page.get_by_label("이름", exact=True).fill("오세훈")
    await page.get_by_label("업무용 이메일").fill("hr@gadeok.kr")
    await page.get_by_label("비밀번호").fill(PASSWORD)
    await page.locator("#f-consent").check()
    await page.get_by_role("button", name="회사 등록").click()
    await expect(page.get_by_text("hr@gadeok.kr 주소로 이메일을 보냈습니다")).to_be_visible()
    await page.goto(site + await signup_link("hr@gadeok.kr"))
    await page.get_by_role("button", name="계정 만들기").click()
    await expect(page.get_by_text("승인 대기 중")).to_be_visible()

    await make_staff()
    staff_context = await browser.new_context(locale="ko-KR")
    staff = await staff_context.new_page()
    await staff.goto(site + "/login")
    await staff.get_by_label("이메일").fill("staff@jobsfez.kr")
    await staff.get_by_label("비밀번호").fill(PASSWORD)
    await staff.get_by_role("button", name="로그인").click()
    # staff land on their overview
    await expect(staff.get_by_role("heading", name="1건의 결정이 기다리고 있습니다")).to_be_visible()
    await staff.get_by_role("link", name="승인을 기다리는 회사").click()
    await expect(staff.get_by_text("가덕항만기술")).to_be_visible()
    await staff.get_by_role("button", name="승인").click()
    await expect(staff.get_by_text("기다리는 항목이 없습니다")).to_be_visible()
    await staff_context.close()

    await page.reload()
    await expect(page.get_by_text("인증 기업")).to_be_visible()
