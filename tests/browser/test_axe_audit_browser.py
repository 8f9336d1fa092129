"""The conftest's axe audit itself: it checks what a test's own page loads, once per kind of page and language, and
names each serious violation with its rule, the elements and the URL."""

import asyncio

import pytest
from playwright.async_api import Browser, Route

from tests.browser.axe_audit import AuditRecord, AxeAudit, path_kind
from tests.browser.conftest import axe_audit

SITE = "http://127.0.0.1:9"  # nothing listens there: every page below is answered by the test's route
BROKEN = (
    '<!DOCTYPE html><html lang="en"><head><title>Probe</title></head><body><main><h1>Probe</h1>{}</main></body></html>'
)


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("http://x/", "/"),
        ("http://x/jobs?q=1", "/jobs"),
        ("http://x/jobs/12", "/jobs/{n}"),
        ("http://x/centre/drives/3/interviews/41/move", "/centre/drives/{n}/interviews/{n}/move"),
        ("http://x/invitations/k7Qx-2mZp_9aLr0TuVwYb3cD/accept", "/invitations/{token}/accept"),
        ("http://x/i/0f8fad5b-d9cb-469f-a165-70867728950e", "/i/{uuid}"),
        ("http://x/skills/welding", "/skills/welding"),
    ],
)
def test_a_url_counts_as_the_route_it_is_an_instance_of(url: str, kind: str) -> None:
    assert path_kind(url) == kind


async def test_the_audit_checks_each_kind_of_page_a_test_loads_and_names_its_violations(browser: Browser) -> None:
    # an audit of its own, so that the session's (which would fail this test for the probe's image) never sees it
    audit = AxeAudit(axe_audit().new_context, asyncio.get_running_loop())
    audit.start("probe")
    context = await axe_audit().new_context()
    await audit.watch(context)

    async def answer(route: Route) -> None:
        body = '<img src="data:,">' if "/jobs/" in route.request.url else "<p>Fine.</p>"
        await route.fulfill(content_type="text/html", body=BROKEN.format(body))

    await context.route(SITE + "/**", answer)
    page = await context.new_page()
    for path in ["/jobs/12", "/jobs/13", "/about"]:  # the second is the first's kind: checked once
        await page.goto(SITE + path)
    await audit.settle()
    await context.close()

    assert isinstance(audit.current, AuditRecord)
    assert sorted(audit.checked) == [("/about", "en"), ("/jobs/{n}", "en")]
    [violation] = audit.current.violations
    assert violation.startswith(f"image-alt (critical) on {SITE}/jobs/12 [/jobs/{{n}}, en]: ")
    assert audit.unchecked == {}
