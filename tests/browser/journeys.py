"""What the journeys of issue 17 share: signing in with a chosen language, the two screen sizes, and screenshots.

Set JOURNEY_SHOTS to a folder to have every page a journey names photographed at both sizes (for a person to look
at); without it nothing is written.
"""

from __future__ import annotations

import os

from playwright.async_api import Page, expect

from tests.helpers import PASSWORD

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}
LANGUAGES = ("ko", "en")
LOGIN = {
    "ko": {"email": "이메일", "password": "비밀번호", "log in": "로그인"},
    "en": {"email": "Email", "password": "Password", "log in": "Log in"},
}


async def choose_language(page: Page, site: str, language: str, then: str = "/") -> None:
    """A visitor's language switch (a link that sets the cookie), then the page they were going to."""
    await page.goto(f"{site}/lang/{language}?next={then}")
    await expect(page.locator("html")).to_have_attribute("lang", language)


async def sign_in(page: Page, site: str, email: str, language: str) -> None:
    """A new browser session: the language chosen first, then the login form in that language."""
    await page.context.clear_cookies()
    await choose_language(page, site, language, "/login")
    words = LOGIN[language]
    await page.get_by_label(words["email"]).fill(email)
    await page.get_by_label(words["password"], exact=True).fill(PASSWORD)
    await page.get_by_role("button", name=words["log in"], exact=True).click()
    await expect(page.get_by_role("button", name=words["log in"], exact=True)).to_have_count(0)


async def shot(page: Page, name: str) -> None:
    """The page as it is now at desktop and phone sizes, when JOURNEY_SHOTS names a folder (Playwright makes it);
    then the size it had."""
    folder = os.environ.get("JOURNEY_SHOTS")
    if not folder:
        return
    size = page.viewport_size
    for label, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        await page.set_viewport_size(viewport)
        await page.screenshot(path=f"{folder}/{name}-{label}.png", full_page=True)
    if size is not None:
        await page.set_viewport_size(size)
