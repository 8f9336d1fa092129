"""A seeker reports a posting and staff hide it, in Chromium, in Korean and in English (issue 17)."""

import pytest
from playwright.async_api import Page, expect

from jobsfez.notifications.tables import Notification
from tests.browser.journeys import DESKTOP, LANGUAGES, shot, sign_in
from tests.browser.test_postings_browser import watch
from tests.helpers import make_employer, make_posting, make_seeker, make_staff

WORDS = {
    "ko": {
        "report": "이 공고 신고하기",
        "scam": "사기: 돈, 신분증, 통장 정보를 요구함",
        "details": "자세한 내용 (선택)",
        "send": "신고 보내기",
        "sent": "이 공고를 신고했습니다",
        "desk": "운영 데스크",
        "waiting": "1건의 결정이 기다리고 있습니다",
        "reports": "신고된 공고",
        "why": "숨기는 이유 (기업에 전달됩니다)",
        "hide": "공고 숨기기",
        "empty": "기다리는 항목이 없습니다.",
        "gone": "볼 수 없는 공고입니다",
    },
    "en": {
        "report": "Report this posting",
        "scam": "A scam: it asks for money, an ID card or bank details",
        "details": "Details (optional)",
        "send": "Send the report",
        "sent": "You reported this posting on",
        "desk": "Staff desk",
        "waiting": "1 decision waits for you",
        "reports": "Reported postings",
        "why": "Reason for hiding (sent to the company)",
        "hide": "Hide the posting",
        "empty": "Nothing is waiting.",
        "gone": "This posting is unavailable",
    },
}


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_seeker_reports_a_posting_and_staff_hide_it(page: Page, site: str, language: str) -> None:
    words, problems = WORDS[language], []
    watch(page, problems)
    owner, company = await make_employer()
    posting_id = await make_posting(company, owner.id, title="선박 용접공 (선입금 필요)")
    await make_seeker()
    await make_staff()

    # a seeker on a phone
    await sign_in(page, site, "seeker@example.kr", language)
    await page.goto(f"{site}/jobs/{posting_id}")
    await page.get_by_role("link", name=words["report"]).click()
    await page.get_by_label(words["scam"]).check()
    await page.get_by_label(words["details"]).fill("교육비 30만원을 먼저 보내라고 합니다.")
    await page.get_by_role("button", name=words["send"]).click()
    await expect(page.get_by_role("status")).to_contain_text(words["sent"])
    await shot(page, f"report-{language}")

    # staff at a desk
    await page.set_viewport_size(DESKTOP)
    await sign_in(page, site, "staff@jobsfez.kr", language)
    await page.get_by_role("navigation").get_by_role("link", name=words["desk"]).click()
    await expect(page.get_by_role("heading", name=words["waiting"])).to_be_visible()  # the staff overview
    await page.locator("dl").get_by_role("link", name=words["reports"]).click()
    reported = page.locator("article").filter(has_text="선박 용접공 (선입금 필요)")
    await expect(reported.get_by_text(words["scam"])).to_be_visible()
    await expect(reported.get_by_text("교육비 30만원을 먼저 보내라고 합니다.")).to_be_visible()
    await shot(page, f"staff-reports-{language}")
    await reported.get_by_label(words["why"]).fill("구직자에게 돈을 요구하는 공고는 게시할 수 없습니다.")
    await reported.get_by_role("button", name=words["hide"]).click()
    await expect(page.get_by_text(words["empty"])).to_be_visible()

    # the posting is gone for everyone, and says why; the company is told
    response = await page.goto(f"{site}/jobs/{posting_id}")
    assert response is not None and response.status == 410
    await expect(page.get_by_role("heading", name=words["gone"])).to_be_visible()
    told = await Notification.objects().where(Notification.recipient == "owner@example.kr")
    assert any("구직자에게 돈을 요구하는" in row.payload for row in told)
    assert problems == []
