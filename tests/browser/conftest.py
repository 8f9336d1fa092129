"""Debian's Chromium driven by Playwright against a real web process, axe-core checking every kind of page loaded."""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.async_api import Browser, BrowserContext, Page, async_playwright

from tests.browser.axe_audit import AxeAudit
from tests.conftest import LiveServer

CHROMIUM = "/usr/bin/chromium"
HERE = Path(__file__).parent
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test in this folder drives Chromium, so ``-m "not browser"`` leaves them all out."""
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
async def browser() -> AsyncIterator[Browser]:
    if not shutil.which(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing: CI must install Debian's chromium package")
        pytest.skip("browser tests need Debian's chromium (apt-get install chromium)")
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        new_context, new_page = launched.new_context, launched.new_page
        audit = AxeAudit(new_context, asyncio.get_running_loop())  # its own page is not watched
        AUDIT.append(audit)

        async def watched_context(**options: Any) -> BrowserContext:
            context = await new_context(**options)
            await audit.watch(context)
            return context

        async def watched_page(**options: Any) -> Page:
            context = await watched_context(**options)
            page = await context.new_page()
            page.once("close", lambda _: context.close())  # as Browser.new_page's own context goes with its page
            return page

        # every context a test opens is watched, the page fixture's and those made from `browser` itself
        launched.new_context = watched_context  # type: ignore[method-assign]
        launched.new_page = watched_page  # type: ignore[method-assign]
        yield launched
        launched.new_context, launched.new_page = new_context, new_page  # type: ignore[method-assign]
        await launched.close()


AUDIT: list[AxeAudit] = []  # the session's one audit, once the browser has started


def axe_audit() -> AxeAudit:
    """The session's axe audit, for a test that wants to wait for it (``await axe_audit().settle()``)."""
    return AUDIT[0]


def pytest_runtest_setup(item: pytest.Item) -> None:
    if AUDIT and item.path.is_relative_to(HERE):
        AUDIT[0].start(item.nodeid)


@pytest.hookimpl(wrapper=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> Iterator[object]:
    """The violations axe found on the pages a test loaded fail that test, after its own steps have passed."""
    if not pyfuncitem.path.is_relative_to(HERE):
        return (yield)
    if AUDIT and AUDIT[0].current is None:  # the browser started in this test's own fixtures
        AUDIT[0].start(pyfuncitem.nodeid)
    try:
        result = yield
    finally:
        violations = AUDIT[0].finish() if AUDIT else []
    if violations:
        pytest.fail("axe found serious or critical violations:\n" + "\n".join(violations), pytrace=False)
    return result


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not AUDIT:
        return
    audit = AUDIT[0]
    total = sum(audit.seconds)
    mean = total / len(audit.seconds) if audit.seconds else 0.0
    terminalreporter.write_sep("-", "axe-core")
    terminalreporter.write_line(
        f"{len(audit.checked)} kinds of page checked (path and language): {total:.1f} s in all"
        f" (loading the snapshot and axe), {mean:.2f} s each"
    )
    for kind, reason in sorted(audit.unchecked.items()):
        terminalreporter.write_line(f"not checked: {kind}: {reason}")


@pytest.fixture
async def site(live_servers: Callable[..., list[LiveServer]]) -> str:
    return live_servers(1)[0].url


@pytest.fixture
async def page(browser: Browser) -> AsyncIterator[Page]:
    context = await browser.new_context(locale="ko-KR", viewport={"width": 390, "height": 844})  # a phone
    page = await context.new_page()
    yield page
    await context.close()
