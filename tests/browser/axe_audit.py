"""axe-core on every kind of page the browser tests load, without a test asking for it (issue 17).

Every browser context the tests open (the ``page`` fixture's, and those a test makes with ``browser.new_context`` or
``browser.new_page``) gets an init script that, when a main frame finishes loading and after each htmx swap (once
per target), hands the page's DOM to Python through a binding. The binding is called by the page itself during its
load event, so the snapshot arrives even when the test navigates on at once (running axe in the test's own page
would race every click). axe then runs on that snapshot in a page of its own (same viewport, the site's stylesheets
through a <base>, scripts blocked by a CSP so nothing runs twice), once per kind of page: the path with ids and
tokens replaced, plus the swap's target if any, and the document's language, across the whole session.

A serious or critical violation fails the test that loaded the page; a loaded kind of page that never reached axe is
listed with its reason in the run's summary and is tried again the next time any test loads it.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from html import escape as html_escape
from typing import Any
from urllib.parse import urlsplit

from axe_playwright_python.async_playwright import Axe
from playwright.async_api import BrowserContext, Page

BLOCKING = ("serious", "critical")
BINDING = "__jobsfezAxeSnapshot"
# the main frame only: at its load event, the DOM as the user first sees it, and after each htmx swap (once per
# target in a document), the page with what the swap brought (errors shown in place, a moved card, a result list)
INIT_SCRIPT = f"""
if (window.top === window) {{
  const send = (swapped) => window.{BINDING}({{
    url: location.href, lang: document.documentElement.lang || "", swapped,
    html: document.documentElement.outerHTML}});
  const sent = new Set();
  addEventListener("load", () => send(""));
  document.addEventListener("htmx:afterSettle", (event) => {{
    const target = event.detail.target;
    const swapped = target.id ? "#" + target.id : target.tagName.toLowerCase();
    if (!sent.has(swapped)) {{ sent.add(swapped); send(swapped); }}
  }});
}}
"""
# page scripts stay off in the audit page: the snapshot already holds what they did; axe itself is evaluated through
# the DevTools protocol, which a CSP does not govern
NO_SCRIPTS = '<meta http-equiv="Content-Security-Policy" content="script-src \'none\'">'
# what a user can unfold is checked unfolded: on a phone the search filters, for one, sit in a closed <details>
UNFOLD = "for (const details of document.querySelectorAll('details')) details.open = true"
HEAD = re.compile(r"<head\b[^>]*>", re.IGNORECASE)
TOKEN = re.compile(r"[A-Za-z0-9_~.-]{20,}")
UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
NODES_SHOWN = 3


def path_kind(url: str) -> str:
    """The route a URL is an instance of: numbers, UUIDs and long tokens stand for their kind; the query is dropped."""
    parts = []
    for part in urlsplit(url).path.split("/"):
        if part.isdigit():
            part = "{n}"
        elif UUID.fullmatch(part):
            part = "{uuid}"
        elif TOKEN.fullmatch(part):
            part = "{token}"
        parts.append(part)
    return "/".join(parts) or "/"


@dataclass
class AuditRecord:
    nodeid: str
    tasks: list[asyncio.Task[None]] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    loaded: dict[str, str] = field(default_factory=dict)  # path kind -> a URL of it, from the page's load events


@dataclass
class AxeAudit:
    new_context: Callable[..., Awaitable[BrowserContext]]  # the browser's own, not the watched one
    loop: asyncio.AbstractEventLoop
    checked: dict[tuple[str, str], str] = field(default_factory=dict)  # (path kind, language) -> the URL checked
    unchecked: dict[str, str] = field(default_factory=dict)  # path kind -> why axe could not check it
    seconds: list[float] = field(default_factory=list)  # each kind of page's check: loading the snapshot and axe
    current: AuditRecord | None = None
    _busy: set[tuple[str, str]] = field(default_factory=set)
    _page: Page | None = None
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    _axe: Axe = field(default_factory=Axe)

    async def watch(self, context: BrowserContext) -> None:
        await context.expose_binding(BINDING, self._snapshot)
        await context.add_init_script(INIT_SCRIPT)
        context.on("page", self._watch_page)

    def _watch_page(self, page: Page) -> None:
        def loaded(page: Page) -> None:
            if self.current is not None and page.url.startswith("http"):
                self.current.loaded.setdefault(path_kind(page.url), page.url)

        page.on("load", loaded)

    def _snapshot(self, source: dict[str, Any], snapshot: dict[str, str]) -> None:
        record = self.current
        if record is None or not snapshot["url"].startswith("http"):
            return
        swapped = re.sub(r"\d+", "{n}", snapshot.get("swapped", ""))
        key = (path_kind(snapshot["url"]) + (f" after a swap into {swapped}" if swapped else ""), snapshot["lang"])
        if key in self.checked or key in self._busy:
            return
        self._busy.add(key)
        viewport = source["page"].viewport_size
        record.tasks.append(self.loop.create_task(self._check(record, key, snapshot, viewport)))

    async def _check(self, record: AuditRecord, key: tuple[str, str], snapshot: dict[str, str], viewport: Any) -> None:
        url = snapshot["url"]
        try:
            async with self._lock:
                started = time.monotonic()
                page = await self._audit_page()
                if viewport:
                    await page.set_viewport_size(viewport)
                base = f'<base href="{html_escape(url)}">{NO_SCRIPTS}'
                html, found = HEAD.subn(lambda head: head.group(0) + base, snapshot["html"], count=1)
                await page.set_content("<!DOCTYPE html>" + (html if found else base + html))
                await page.evaluate(UNFOLD)
                results = await self._axe.run(page)
                self.seconds.append(time.monotonic() - started)
        except Exception as error:  # the audit page or the server went away: say so, and try at the next load
            self.unchecked[key[0]] = f"{url}: {type(error).__name__}: {str(error).splitlines()[0]}"
            return
        finally:
            self._busy.discard(key)
        self.checked[key] = url
        self.unchecked.pop(key[0], None)
        record.violations += [
            describe(url, key, rule) for rule in results.response["violations"] if rule["impact"] in BLOCKING
        ]

    async def _audit_page(self) -> Page:
        if self._page is None or self._page.is_closed():
            context = await self.new_context(reduced_motion="reduce")
            self._page = await context.new_page()
        return self._page

    def start(self, nodeid: str) -> None:
        self.current = AuditRecord(nodeid)

    async def settle(self) -> None:
        """Wait for the checks of the pages the current test has loaded so far."""
        record = self.current
        while record is not None and any(not task.done() for task in record.tasks):
            await asyncio.gather(*record.tasks)

    def finish(self) -> list[str]:
        """The current test's violations, once every check it started has ended (run between the test's steps)."""
        record = self.current
        if record is None:
            return []
        self.loop.run_until_complete(self.settle())
        seen = {kind for kind, _ in self.checked} | {kind for kind, _ in self._busy}
        for kind, url in record.loaded.items():
            if kind not in seen:
                self.unchecked.setdefault(kind, f"{url}: loaded, but its snapshot never reached axe")
        self.current = None
        return record.violations

    def has_checked(self, url: str, language: str) -> bool:
        return (path_kind(url), language) in self.checked


def describe(url: str, key: tuple[str, str], rule: dict[str, Any]) -> str:
    targets = [", ".join(map(str, node["target"])) for node in rule["nodes"][:NODES_SHOWN]]
    more = len(rule["nodes"]) - len(targets)
    shown = "; ".join(targets) + (f" (+{more} more)" if more else "")
    return f"{rule['id']} ({rule['impact']}) on {url} [{key[0]}, {key[1] or 'no lang'}]: {rule['help']} — {shown}"
