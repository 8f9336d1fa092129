"""htmx attributes are spelled data-hx-* in every template and script: the bare hx-* spelling is not HTML, and the
Nu HTML checker (tests/browser/test_html_validity_browser.py) only reads the main pages, not every fragment."""

import re

from jobsfez.config import PROJECT_ROOT, TEMPLATES_DIR

BARE = re.compile(r"""(?<![\w-])hx-[a-z]+(?:-[a-z]+)*(?=\s*=)""")
SOURCES = sorted([*TEMPLATES_DIR.rglob("*.html"), *(PROJECT_ROOT / "static").glob("*.js")])


def test_no_template_or_script_writes_a_bare_hx_attribute() -> None:
    found = [
        f"{path.relative_to(PROJECT_ROOT)}:{number}: {match.group(0)}"
        for path in SOURCES
        if path.name != "htmx.min.js"
        for number, line in enumerate(path.read_text().splitlines(), 1)
        for match in BARE.finditer(line)
    ]
    assert SOURCES
    assert found == [], "write data-hx-* instead:\n" + "\n".join(found)
