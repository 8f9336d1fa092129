"""How a company's booth at a drive reads wherever it is shown: in mails, calendar files and pages."""

from __future__ import annotations

import re

from jobsfez import i18n
from jobsfez.i18n import lazy

BOOTH = lazy("Booth {booth}")
# a booth typed as "부스 3", "Booth 3" or "B-3" already says what it is: "Booth" before it again reads "부스 부스 3"
_NAMES_ITSELF = re.compile(r"(부스|booth|b-)", re.IGNORECASE)


def label(booth: str) -> str:
    """The booth as typed when it names itself, else "Booth {booth}" in the current language; "" for no booth."""
    booth = booth.strip()
    if not booth or _NAMES_ITSELF.match(booth):
        return booth
    return i18n.gettext(BOOTH).format(booth=booth)
