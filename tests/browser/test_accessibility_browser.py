"""axe-core in Chromium over the main pages of each kind of user, in Korean and in English: no serious or critical
violation (missing names and labels, contrast, ARIA misuse) on any of them."""

import pytest
from axe_playwright_python.async_playwright import Axe
from playwright.async_api import Page

from tests.drive_factories import make_drive
from tests.employer_factories import join_drive
from tests.helpers import PASSWORD, make_centre, make_employer, make_posting, make_seeker, make_staff

BLOCKING = ("serious", "critical")


async def sign_in(page: Page, site: str, email: str) -> None:
    await page.context.clear_cookies()
    await page.goto(site + "/login")
    await page.locator("input[name=email]").fill(email)
    await page.locator("input[name=password]").fill(PASSWORD)
    await page.locator("main form button[type=submit]").click()
    await page.wait_for_load_state()


@pytest.mark.parametrize("language", ["ko", "en"])
async def test_the_main_pages_have_no_serious_accessibility_violation(page: Page, site: str, language: str) -> None:
    owner, company = await make_employer()
    posting = await make_posting(company, owner.id, title="선박 배관 용접사")
    await make_seeker()
    manager, _ = await make_centre()
    drive = await make_drive(manager.id, publish=True)
    await join_drive(manager.id, drive, owner.id)
    await make_staff()
    visits = {
        None: ["/", "/jobs", "/jobs?q=용접", f"/jobs/{posting}", f"/companies/{company}", "/drives", "/signup"],
        "seeker@example.kr": ["/me", "/me/applications", "/me/recommended", "/inbox", "/me/saved", "/me/searches"],
        "owner@example.kr": ["/employer", f"/employer/postings/{posting}/applicants", "/employer/messages"],
        "manager@centre.kr": ["/centre", "/centre/drives", f"/centre/drives/{drive}", f"/centre/drives/{drive}/report"],
        "staff@jobsfez.kr": ["/staff/employers", "/staff/users", "/reports/platform", "/reports/skills"],
    }
    axe = Axe()
    found: list[tuple[str, str, str, int]] = []
    for who, paths in visits.items():
        if who is not None:
            await sign_in(page, site, who)
        for path in paths:
            joined = "&" if "?" in path else "?"
            response = await page.goto(f"{site}{path}{joined}lang={language}")
            assert response is not None and response.status == 200, (who, path)
            results = await axe.run(page)
            found += [
                (path, rule["id"], rule["impact"], len(rule["nodes"]))
                for rule in results.response["violations"]
                if rule["impact"] in BLOCKING
            ]
    assert not found, "\n".join(map(str, found))
