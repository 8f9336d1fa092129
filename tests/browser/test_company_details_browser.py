"""An owner keeps the company's details on the dashboard, in Korean and in English: a mistake is shown in place and
changes nothing, the saved size and address are on the company's public page."""

import pytest
from playwright.async_api import Page, expect

from tests.browser.journeys import DESKTOP, LANGUAGES, PHONE, shot, sign_in
from tests.helpers import make_employer

WORDS = {
    "ko": {
        "address": "주소",
        "size": "회사 규모",
        "band": "직원 10–49명",
        "save": "저장",
        "missing": "주소를 입력해 주세요 (300자 이하).",
        "saved": "저장했습니다.",
        "page": "jobsfez의 회사 페이지",
        "line": "자동차 부품 · 명지 · 직원 10–49명",
    },
    "en": {
        "address": "Address",
        "size": "Company size",
        "band": "10–49 employees",
        "save": "Save",
        "missing": "Enter the address (up to 300 characters).",
        "saved": "Saved.",
        "page": "The company's page on jobsfez",
        "line": "Automotive parts · Myeongji · 10–49 employees",
    },
}


@pytest.mark.parametrize("language", LANGUAGES)
async def test_an_owner_sets_the_company_size_and_address(page: Page, site: str, language: str) -> None:
    words = WORDS[language]
    await make_employer()
    await page.set_viewport_size(PHONE if language == "ko" else DESKTOP)
    await sign_in(page, site, "owner@example.kr", language)
    await page.goto(f"{site}/employer")
    details = page.locator("#company-details")
    await details.get_by_label(words["size"]).select_option(label=words["band"])
    await details.get_by_label(words["address"]).fill("")
    await details.get_by_role("button", name=words["save"]).click()
    await expect(page.locator("#company-details").get_by_text(words["missing"])).to_be_visible()
    await shot(page, f"company-details-error-{language}")

    details = page.locator("#company-details")
    await details.get_by_label(words["address"]).fill("부산 강서구 명지국제7로 77")
    await details.get_by_role("button", name=words["save"]).click()
    await expect(page.locator("#company-details").get_by_role("status")).to_have_text(words["saved"])

    await page.get_by_role("link", name=words["page"]).click()
    await expect(page.get_by_text(words["line"])).to_be_visible()
    await expect(page.get_by_text("부산 강서구 명지국제7로 77")).to_be_visible()
    await shot(page, f"company-page-{language}")
