"""The password reset as a person goes through it, in Korean and in English: from the login page's link to logging
in with the new password, and the used link refused."""

import json
from urllib.parse import urlsplit

import pytest
from playwright.async_api import Page, expect

from jobsfez.accounts import service as accounts
from jobsfez.notifications.tables import Notification
from tests.helpers import PASSWORD

NEW = "a brand new passphrase"
# the words of each step, by language
WORDS = {
    "ko": {
        "forgot": "비밀번호를 잊으셨나요?",
        "email": "이메일",
        "send": "링크 보내기",
        "sent": "링크를 보냈습니다",
        "new": "새 비밀번호",
        "save": "새 비밀번호 저장",
        "gone": "만료되었거나 이미 사용된 링크입니다",
        "password": "비밀번호",
        "login": "로그인",
    },
    "en": {
        "forgot": "Forgot your password?",
        "email": "Email",
        "send": "Send the link",
        "sent": "we sent a link to it",
        "new": "New password",
        "save": "Save the new password",
        "gone": "This link has expired or was already used",
        "password": "Password",
        "login": "Log in",
    },
}


async def _link(email: str) -> str:
    row = await Notification.objects().where(Notification.kind == "password_reset").first()
    assert row is not None and row.recipient == email
    return urlsplit(json.loads(row.payload)["url"]).path


@pytest.mark.parametrize("language", ["ko", "en"])
async def test_a_seeker_resets_a_forgotten_password(page: Page, site: str, language: str) -> None:
    words = WORDS[language]
    await accounts.create_user(
        email="forgot@example.kr", password=PASSWORD, role="seeker", display_name="한지우", locale=language
    )
    await page.goto(f"{site}/lang/{language}?next=/login")  # the visitor's language switch
    await page.get_by_role("link", name=words["forgot"]).click()
    await page.get_by_label(words["email"]).fill("forgot@example.kr")
    await page.get_by_role("button", name=words["send"]).click()
    await expect(page.get_by_text(words["sent"])).to_be_visible()
    link = await _link("forgot@example.kr")
    await page.goto(f"{site}{link}")  # the link in the email
    await page.get_by_label(words["new"]).fill(NEW)
    await page.get_by_role("button", name=words["save"]).click()
    await expect(page.get_by_role("link", name="한지우")).to_be_visible()  # logged in with the new password
    await page.context.clear_cookies()
    await page.goto(f"{site}{link}?lang={language}")  # a new visitor: the link's language only
    await expect(page.get_by_text(words["gone"])).to_be_visible()
    await page.goto(f"{site}/login?lang={language}")
    await page.get_by_label(words["email"]).fill("forgot@example.kr")
    await page.get_by_label(words["password"], exact=True).fill(NEW)
    await page.get_by_role("button", name=words["login"], exact=True).click()
    await expect(page.get_by_role("link", name="한지우")).to_be_visible()
