"""axe-core in Chromium over the main pages of each kind of user, in Korean and in English: no serious or critical
violation (missing names and labels, contrast, ARIA misuse) on any of them.

The conftest's audit runs axe on every kind of page any browser test loads; this test makes sure the main pages are
among them, in both languages. MAIN_PAGES is also the list the Nu HTML checker reads (test_html_validity_browser.py).
"""

from collections.abc import AsyncIterator

import pytest
from playwright.async_api import Page, Response

from tests.browser.conftest import axe_audit
from tests.drive_factories import make_drive
from tests.employer_factories import join_drive
from tests.helpers import PASSWORD, make_centre, make_employer, make_posting, make_seeker, make_staff


async def sign_in(page: Page, site: str, email: str) -> None:
    await page.context.clear_cookies()
    await page.goto(site + "/login")
    await page.locator("input[name=email]").fill(email)
    await page.locator("input[name=password]").fill(PASSWORD)
    await page.locator("main form button[type=submit]").click()
    await page.wait_for_load_state()


async def main_pages() -> dict[str | None, list[str]]:
    """The main pages of each kind of user (None: a visitor), with the data they show made first."""
    owner, company = await make_employer()
    posting = await make_posting(company, owner.id, title="선박 배관 용접사")
    await make_seeker()
    manager, _ = await make_centre()
    drive = await make_drive(manager.id, publish=True)
    await join_drive(manager.id, drive, owner.id)
    await make_staff()
    return {
        None: ["/", "/jobs", "/jobs?q=용접", f"/jobs/{posting}", f"/companies/{company}", "/drives", "/signup"],
        "seeker@example.kr": ["/me", "/me/applications", "/me/recommended", "/inbox", "/me/saved", "/me/searches"],
        "owner@example.kr": [
            "/employer",
            "/employer/postings/new",
            f"/employer/postings/{posting}/applicants",
            "/employer/messages",
        ],
        "manager@centre.kr": ["/centre", "/centre/drives", f"/centre/drives/{drive}", f"/centre/drives/{drive}/report"],
        "staff@jobsfez.kr": ["/staff", "/staff/employers", "/staff/users", "/reports/platform", "/reports/skills"],
    }


async def visit_main_pages(
    page: Page, site: str, language: str, pages: dict[str | None, list[str]]
) -> AsyncIterator[tuple[str, Response]]:
    """Each of main_pages() in the given language, signed in as the user it belongs to."""
    for who, paths in pages.items():
        if who is not None:
            await sign_in(page, site, who)
        for path in paths:
            joined = "&" if "?" in path else "?"
            response = await page.goto(f"{site}{path}{joined}lang={language}")
            assert response is not None and response.status == 200, (who, path)
            yield path, response


@pytest.mark.parametrize("language", ["ko", "en"])
async def test_the_main_pages_have_no_serious_accessibility_violation(page: Page, site: str, language: str) -> None:
    visited = [path async for path, _ in visit_main_pages(page, site, language, await main_pages())]
    await axe_audit().settle()
    assert [path for path in visited if not axe_audit().has_checked(site + path, language)] == []
