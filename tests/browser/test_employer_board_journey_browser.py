"""An employer's applicants board in Chromium, in Korean and in English: a reusable rejection message written, the
board filtered from its form, a card moved on the filtered board with the counts following, and two applicants
rejected at once with the message (issue 17)."""

import re

import pytest
from playwright.async_api import Page, expect

from jobsfez.applications import service as applications
from jobsfez.seekers import service as seekers
from jobsfez.seekers.service import ProfileInput, ProfileSkillInput
from tests.browser.journeys import DESKTOP, LANGUAGES, shot, sign_in
from tests.browser.test_postings_browser import watch
from tests.helpers import make_employer, make_posting, make_seeker

WORDS = {
    "ko": {
        "messages": "자주 쓰는 메시지",
        "kind": "종류",
        "name": "이름",
        "korean": "한국어 내용",
        "english": "영어 내용",
        "save": "메시지 저장",
        "saved": "메시지를 저장했습니다.",
        "filters": "검색 조건과 정렬",
        "skill": "갖춘 기술",
        "show": "보기",
        "move to": "옮길 단계",
        "move": "옮기기",
        "screening tab": "서류 검토 1",
        "clear": "조건 지우기",
        "applied tab": "지원함 2",
        "moved away": "이서연 님을 서류 검토 단계로 옮겼습니다. 지금 검색 조건에서는 보이지 않습니다.",
        "see": "서류 검토 보기",
        "all on page": "이 화면의 지원자 모두 선택 (1명)",
        "select": "{name} 선택",
        "bulk stage": "선택한 지원자를 옮길 단계",
        "message": "메시지",
        "option": "불합격 안내 · 정중한 안내",
        "bulk": "선택한 지원자 옮기기…",
        "confirm": "2명을 불합격 단계로 옮길까요?",
        "go": "2명 옮기기",
        "done": "2명 중 2명을 불합격 단계로 옮겼습니다",
        "back": "지원자 목록으로",
    },
    "en": {
        "messages": "Reusable messages",
        "kind": "Kind",
        "name": "Name",
        "korean": "Korean text",
        "english": "English text",
        "save": "Save the message",
        "saved": "Message saved.",
        "filters": "Filters and sorting",
        "skill": "Covers the skill",
        "show": "Show",
        "move to": "Move to",
        "move": "Move",
        "screening tab": "Screening 1",
        "clear": "Clear filters",
        "applied tab": "Applied 2",
        "moved away": "이서연 moved to Screening, which this board's filters do not show.",
        "see": "See Screening",
        "all on page": "Select all on this page (1)",
        "select": "Select {name}",
        "bulk stage": "Move the selected to",
        "message": "Message",
        "option": "Rejection · 정중한 안내",
        "bulk": "Move selected…",
        "confirm": "Move 2 applicants to Not selected?",
        "go": "Move 2 applicants",
        "done": "2 of 2 moved to Not selected",
        "back": "Back to the applicants",
    },
}


async def _applicants(posting_id: int) -> None:
    """One applicant with the posting's first must-have skill, two without."""
    for email, name, typed in (
        ("minjun@example.kr", "김민준", ("CNC 선반",)),
        ("seoyeon@example.kr", "이서연", ()),
        ("jihun@example.kr", "박지훈", ()),
    ):
        seeker = await make_seeker(email, name)
        if typed:
            profile = ProfileInput(birth_year="2001", skills=tuple(ProfileSkillInput(text) for text in typed))
            await seekers.save_profile(seeker.id, profile, this_year=2026)
        await applications.apply(seeker.id, posting_id=posting_id, message="", include_resume=False, base_url="")


@pytest.mark.parametrize("language", LANGUAGES)
async def test_an_employer_filters_moves_and_rejects_two_with_a_reusable_message(
    page: Page, site: str, language: str
) -> None:
    words, problems = WORDS[language], []
    watch(page, problems)
    await page.set_viewport_size(DESKTOP)
    owner, company = await make_employer()
    posting_id = await make_posting(company, owner.id, title="CNC 선반 기능직")
    await _applicants(posting_id)
    board = f"{site}/employer/postings/{posting_id}/applicants"
    await sign_in(page, site, "owner@example.kr", language)

    # a rejection message to reuse, in both languages
    await page.goto(board)
    await page.get_by_role("link", name=words["messages"]).click()
    await page.get_by_label(words["kind"]).select_option("rejection")
    await page.get_by_label(words["name"], exact=True).fill("정중한 안내")
    await page.get_by_label(words["korean"]).fill("{name}님, 지원해 주셔서 감사합니다. 이번에는 함께하지 못합니다.")
    await page.get_by_label(words["english"]).fill("Thank you for applying, {name}. We will not go further this time.")
    await page.get_by_role("button", name=words["save"]).click()
    await expect(page.get_by_role("status")).to_contain_text(words["saved"])

    # the board filtered from its form: the address keeps the filter
    await page.goto(board)
    await expect(page.locator("#count-applied")).to_have_text("3")
    await page.get_by_text(words["filters"]).click()
    await page.get_by_label(words["skill"]).select_option("CNC 선반")
    await page.get_by_role("button", name=words["show"], exact=True).click()
    await expect(page).to_have_url(re.compile(r"skill=CNC"))
    await expect(page.locator("#cards-applied article")).to_have_count(1)
    await expect(page.locator("#count-applied")).to_have_text("1")

    # a card moved on the filtered board: the counts are the filtered board's, without a reload
    await page.evaluate("window.notReloaded = true")
    card = page.locator("#cards-applied article").filter(has_text="김민준")
    await card.get_by_label(words["move to"]).select_option("screening")
    await card.get_by_role("button", name=words["move"], exact=True).click()
    await expect(page.locator("#cards-screening article").filter(has_text="김민준")).to_be_visible()
    await expect(page.locator("#cards-applied article")).to_have_count(0)
    await expect(page.locator("#count-applied")).to_have_text("0")
    await expect(page.locator("#count-screening")).to_have_text("1")
    await expect(page.locator("#stage-counts")).to_contain_text(words["screening tab"])
    assert await page.evaluate("window.notReloaded") is True
    await shot(page, f"board-filtered-{language}")

    # a board of one stage: a card moved out of it leaves a line saying where it went
    await page.get_by_role("link", name=words["clear"]).click()
    await page.locator("#stage-counts").get_by_role("link", name=words["applied tab"]).click()
    await expect(page.locator(".board .column")).to_have_count(1)
    card = page.locator("#cards-applied article").filter(has_text="이서연")
    await card.get_by_label(words["move to"]).select_option("screening")
    await card.get_by_role("button", name=words["move"], exact=True).click()
    await expect(page.get_by_role("status").filter(has_text=words["moved away"])).to_be_visible()
    await expect(page.get_by_role("link", name=words["see"])).to_be_visible()
    await expect(page.locator("#cards-applied article")).to_have_count(1)
    await expect(page.locator("#count-applied")).to_have_text("1")
    await expect(page.locator("#bulk")).to_contain_text(words["all on page"])
    await shot(page, f"board-one-stage-{language}")

    # two applicants rejected at once, with the message, after a confirmation
    await page.get_by_role("link", name=words["clear"]).click()
    await expect(page.locator("#count-applied")).to_have_text("1")
    await expect(page.locator("#count-screening")).to_have_text("2")
    for name in ("이서연", "박지훈"):
        await page.get_by_label(words["select"].format(name=name)).check()
    bulk = page.locator("#bulk")
    await bulk.get_by_label(words["bulk stage"]).select_option("rejected")
    await bulk.get_by_label(words["message"]).select_option(label=words["option"])
    await bulk.get_by_role("button", name=words["bulk"]).click()
    await expect(page.get_by_role("heading", name=words["confirm"])).to_be_visible()
    await expect(page.locator("blockquote.message").first).to_contain_text("지원해 주셔서 감사합니다")
    await shot(page, f"bulk-confirm-{language}")
    await page.get_by_role("button", name=words["go"]).click()
    await expect(page.get_by_role("heading", name=words["done"])).to_be_visible()
    await shot(page, f"bulk-done-{language}")
    await page.get_by_role("link", name=words["back"]).click()
    await expect(page.locator("#count-rejected")).to_have_text("2")
    await expect(page.locator("#cards-rejected article")).to_have_count(2)
    assert problems == []
