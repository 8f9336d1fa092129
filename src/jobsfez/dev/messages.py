"""Keep the gettext catalogs in step with the code: ``python -m jobsfez.dev.messages [translations.json]``.

Extracts every msgid (``_``, ``gettext``, ``lazy`` and the domain errors' first argument) from src/ and
templates/, adds new ones to each language's .po, drops unused ones, and merges translations given
as a JSON object {msgid: Korean text}. English msgids are the source text, so en's catalog stays empty.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from jobsfez.config import LOCALE_DIR, PROJECT_ROOT

KEYWORDS = (
    "_",
    "gettext",
    "ngettext:1,2",
    "lazy",
    "ValidationFailed",
    "Conflict",
    "Forbidden",
    "NotFound",
    "Throttled",
    "DomainError",
)


def extract() -> Catalog:
    with tempfile.TemporaryDirectory() as folder:
        pot = Path(folder) / "messages.pot"
        args = [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "-F",
            str(PROJECT_ROOT / "babel.cfg"),
            "--no-location",
            "--omit-header",
            "--no-default-keywords",
            "-o",
            str(pot),
        ]
        for keyword in KEYWORDS:
            args += ["-k", keyword]
        subprocess.run([*args, "."], cwd=PROJECT_ROOT, check=True, capture_output=True)
        with pot.open("rb") as handle:
            return read_po(handle)


def _singular(value: Any) -> str:
    """A message's id or text; a plural's first (singular) form."""
    return str(value[0] if isinstance(value, tuple | list) else value)


def update(language: str, template: Catalog, translations: dict[str, str]) -> list[str]:
    path = LOCALE_DIR / language / "LC_MESSAGES" / "messages.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    existing: dict[str, str] = {}
    if path.exists():
        with path.open("rb") as handle:
            existing = {_singular(m.id): _singular(m.string) for m in read_po(handle) if m.id}
    catalog = Catalog(locale=language, project="jobsfez", fuzzy=False)
    missing = []
    for message in template:
        if not message.id:
            continue
        # a plural (ngettext) is translated by its singular msgid: Korean has one form for every count
        msgid = _singular(message.id)
        text = translations.get(msgid) or existing.get(msgid, "") if language == "ko" else ""
        if isinstance(message.id, tuple):
            catalog.add(message.id, (text,) * catalog.num_plurals)
        else:
            catalog.add(msgid, text)
        if language == "ko" and not text:
            missing.append(msgid)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=0, omit_header=False, sort_output=True)
    return missing


def main() -> None:
    translations: dict[str, str] = {}
    if len(sys.argv) > 1:
        translations = json.loads(Path(sys.argv[1]).read_text("utf-8"))
    template = extract()
    update("en", template, {})
    missing = update("ko", template, translations)
    for msgid in missing:
        print(f"missing ko: {msgid}")


if __name__ == "__main__":
    main()
