"""A seeker saves a job and a search with htmx in Chromium, finds both on their pages, in Korean and in English."""

from playwright.async_api import Page, expect

from tests.browser.test_postings_browser import watch
from tests.helpers import PASSWORD, make_employer, make_posting, make_seeker


async def test_a_seeker_saves_a_job_and_a_search_without_a_reload(page: Page, site: str) -> None:
    problems: list[str] = []
    watch(page, problems)
    owner, company = await make_employer()
    await make_posting(company, owner.id, title="선박 용접공")
    await make_seeker()
    await page.goto(site + "/login")
    await page.get_by_label("이메일").fill("seeker@example.kr")
    await page.get_by_label("비밀번호").fill(PASSWORD)
    await page.get_by_role("button", name="로그인").click()

    await page.goto(site + "/jobs?q=용접")
    await page.evaluate("window.notReloaded = true")  # a reload would lose it
    card = page.locator("article.job").filter(has_text="선박 용접공")
    await card.get_by_role("button", name="☆ 스크랩").click()
    await expect(card.locator(".badge.saved")).to_have_text("★ 스크랩함")
    await page.get_by_role("button", name="검색 저장").click()
    await expect(page.get_by_role("status").filter(has_text="검색을 저장했습니다")).to_be_visible()
    assert await page.evaluate("window.notReloaded") is True

    await page.get_by_role("navigation").get_by_role("link", name="스크랩한 공고").click()
    await expect(page.get_by_role("heading", name="선박 용접공")).to_be_visible()
    await page.get_by_role("button", name="English").click()
    await page.get_by_role("navigation").get_by_role("link", name="Saved searches").click()
    await expect(page.get_by_role("heading", name="용접")).to_be_visible()
    await expect(page.get_by_text("Daily e-mail: on")).to_be_visible()
    assert problems == []
