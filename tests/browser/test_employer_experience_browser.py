"""An employer's way from the posting list to an applicant and through the board, in Chromium, without a reload."""

from playwright.async_api import Page, expect

from jobsfez.applications import service as applications
from tests.browser.test_postings_browser import watch
from tests.helpers import PASSWORD, make_employer, make_posting, make_seeker


async def test_a_moved_card_leaves_its_column_and_the_counts_follow_without_a_reload(page: Page, site: str) -> None:
    problems: list[str] = []
    watch(page, problems)
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id, title="CNC 선반 기능직")
    for email, name in (
        ("a@example.kr", "김민준"),
        ("a-very-long-address-for-a-card@example-long-domain.co.kr", "이서연"),
    ):
        seeker = await make_seeker(email, name)
        await applications.apply(seeker.id, posting_id=posting_id, message="", include_resume=False, base_url="")
    await page.goto(site + "/login")
    await page.get_by_label("이메일").fill("owner@example.kr")
    await page.get_by_label("비밀번호").fill(PASSWORD)
    await page.get_by_role("button", name="로그인").click()

    await page.get_by_role("navigation").get_by_role("link", name="공고 관리", exact=True).click()
    await page.get_by_role("link", name="CNC 선반 기능직", exact=True).click()
    await page.locator(".posting-tabs").get_by_role("link", name="지원자").click()
    await expect(page.locator("#count-applied")).to_have_text("2")
    await page.evaluate("window.notReloaded = true")  # a reload would lose it

    card = page.locator("#cards-applied article").filter(has_text="김민준")
    await card.get_by_role("button", name="옮기기").click()
    await expect(page.locator("#cards-screening article").filter(has_text="김민준")).to_be_visible()
    await expect(page.locator("#cards-applied article").filter(has_text="김민준")).to_have_count(0)
    await expect(page.locator("#count-applied")).to_have_text("1")
    await expect(page.locator("#count-screening")).to_have_text("1")
    assert await page.evaluate("window.notReloaded") is True
    # a long address stays inside its card on a phone
    long_card = page.locator("#cards-applied article")
    box, inner = await long_card.bounding_box(), await long_card.evaluate("e => e.scrollWidth <= e.clientWidth")
    assert box is not None and inner

    await page.locator("#cards-screening article").get_by_role("link", name="김민준").click()
    await expect(page.get_by_role("heading", name="김민준")).to_be_visible()
    await expect(page.get_by_text("a@example.kr")).to_be_visible()
    assert problems == []
