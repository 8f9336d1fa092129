"""What staff's lists share: a page of rows, and what was typed into a search box made safe for LIKE."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from jobsfez.checks import decimal_digits

PAGE_SIZE = 20  # a screenful on a desktop; staff search rather than page far
QUERY_MAX = 100  # longer than any name or address anyone searches by

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: tuple[T, ...]
    page: int
    total: int
    size: int  # rows a page holds

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))

    @property
    def previous_page(self) -> int | None:
        return self.page - 1 if self.page > 1 else None

    @property
    def next_page(self) -> int | None:
        return self.page + 1 if self.page < self.pages else None


def page_number(text: str) -> int:
    """The page asked for; anything but a positive number is the first page."""
    return int(text) if decimal_digits(text) and 0 < int(text) < 100_000 else 1


def words(query: str) -> str:
    """What was typed, with its spaces tidied and its length bounded."""
    return " ".join(query.split())[:QUERY_MAX]


def contains(query: str) -> str:
    """An ILIKE pattern that finds ``query`` anywhere, its own % and _ taken literally."""
    return "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
