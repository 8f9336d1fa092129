"""What every domain's input check shares: messages gathered by field, and text, numbers and dates read as people
type them.

Pure, as the validation modules that use them are (postings, drives): no database, no web.
"""

from __future__ import annotations

import re
from datetime import date

from jobsfez.errors import ValidationFailed
from jobsfez.i18n import lazy


class FieldErrors:
    """Field messages gathered so every mistake is shown at once; the first summary with parameters wins."""

    def __init__(self) -> None:
        self.fields: dict[str, str] = {}
        self.summary: str = lazy("Please correct the marked fields.")
        self.params: dict[str, object] = {}

    def add(self, name: str, message: str) -> None:
        self.fields.setdefault(name, message)

    def raise_if_any(self) -> None:
        if self.fields:
            raise ValidationFailed(self.summary, fields=self.fields, **self.params)


def decimal_digits(text: str) -> bool:
    """Digits int() reads: str.isdigit() also takes superscript and circled digits (², ①), which int() refuses;
    full-width digits (２５), which a Korean keyboard types, it reads."""
    return text.isdecimal()


def one_line(text: str) -> str:
    return " ".join(text.split())


def text(errors: FieldErrors, name: str, value: str, *, limit: int, required: bool, empty: str, long: str) -> str:
    """One line of text, its spaces tidied; a message when it is missing but required, or too long."""
    cleaned = one_line(value)
    if required and not cleaned:
        errors.add(name, empty)
    elif len(cleaned) > limit:
        errors.add(name, long)
    return cleaned


def paragraphs(value: str) -> str:
    """Text of several lines as browsers send it: one kind of line end, no trailing spaces, at most one empty line
    between paragraphs."""
    lines = [line.rstrip() for line in value.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def whole(value: str | int | None) -> int | None:
    """An integer from a form ("2,500,000", " 12 ") or JSON; None when empty; ValueError when not a number."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    cleaned = value.strip().replace(",", "").replace(" ", "")
    if not cleaned:
        return None
    if not re.fullmatch(r"[0-9]{1,12}", cleaned):
        raise ValueError(value)
    return int(cleaned)


def number(errors: FieldErrors, name: str, value: str | int | None, message: str) -> int | None:
    try:
        return whole(value)
    except ValueError:
        errors.add(name, message)
        return None


def day(errors: FieldErrors, name: str, value: str | date | None, message: str) -> date | None:
    """A date as an ISO string (a date input's value) or a date; None when empty."""
    if value is None or isinstance(value, date):
        return value
    if not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        errors.add(name, message)
        return None
