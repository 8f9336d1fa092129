"""The conftest's axe audit itself: it checks what a test's own page loads and what htmx swaps into it, once per kind
of page and language, and names each serious violation with its rule, the elements and the URL."""

import asyncio

import pytest
from playwright.async_api import Browser, Route

from jobsfez.config import PROJECT_ROOT
from tests.browser.axe_audit import AuditRecord, AxeAudit, path_kind
from tests.browser.conftest import axe_audit

SITE = "http://127.0.0.1:9"  # nothing listens there: every page below is answered by the test's route
BROKEN = (
    '<!DOCTYPE html><html lang="en"><head><title>Probe</title></head><body><main><h1>Probe</h1>{}</main></body></html>'
)

SWAPPING = (
    '<script src="/htmx.js"></script>'
    '<button data-hx-get="/fragment" data-hx-target="#out">More</button><p id="out"></p>'
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
        if route.request.url.endswith("/htmx.js"):
            await route.fulfill(path=PROJECT_ROOT / "static" / "htmx.min.js", content_type="text/javascript")
        elif route.request.url.endswith("/fragment"):  # what htmx swaps in: an image without a name
            await route.fulfill(content_type="text/html", body='<img src="data:,">')
        elif "/jobs/" in route.request.url:
            await route.fulfill(content_type="text/html", body=BROKEN.format('<img src="data:,">'))
        else:
            await route.fulfill(content_type="text/html", body=BROKEN.format(SWAPPING))

    await context.route(SITE + "/**", answer)
    page = await context.new_page()
    for path in ["/jobs/12", "/jobs/13", "/about"]:  # the second is the first's kind: checked once
        await page.goto(SITE + path)
    # the audit's own listener, added first, has sent its snapshot when this one runs
    await page.evaluate("() => { window.settled = new Promise(done => addEventListener('htmx:afterSettle', done)); }")
    await page.get_by_role("button", name="More").click()
    await page.evaluate("window.settled.then(() => true)")
    await audit.settle()
    await context.close()

    assert isinstance(audit.current, AuditRecord)
    assert sorted(audit.checked) == [("/about", "en"), ("/about after a swap into #out", "en"), ("/jobs/{n}", "en")]
    assert [violation.partition("]: ")[0] + "]" for violation in audit.current.violations] == [
        f"image-alt (critical) on {SITE}/jobs/12 [/jobs/{{n}}, en]",
        f"image-alt (critical) on {SITE}/about [/about after a swap into #out, en]",
    ]
    assert audit.unchecked == {}
