"""Small counts hidden: a cell counting fewer than five people reads "< 5" in every report, export and API answer.

A count that small can point at a person ("the one hire from school X"). Outside a centre's own participant list a
report shows aggregates only, and each one passes through here. A rate whose numerator or denominator is hidden is
hidden too, or it would give the count back. Where cells add up to a total that is shown, one hidden cell could be
recovered by subtraction, so `partition` hides a second one (the smallest shown) whenever exactly one is hidden.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

Key = TypeVar("Key")

SMALLEST_SHOWN = 5
HIDDEN_TEXT = "< 5"


def count(people: int) -> int | None:
    """The count as shown: None where it is too small to show."""
    return people if people >= SMALLEST_SHOWN else None


def rate(part: int, whole: int) -> float | None:
    """part / whole as a share (0–1), None where either count is hidden or there is no whole."""
    if count(part) is None or count(whole) is None:
        return None
    return part / whole


def partition(counts: Mapping[Key, int]) -> dict[Key, int | None]:
    """Cells of one total, hidden so that no hidden cell follows from the total and the others."""
    shown: dict[Key, int | None] = {key: count(people) for key, people in counts.items()}
    hidden = [key for key, value in shown.items() if value is None]
    if len(hidden) == 1:
        visible = [key for key, value in shown.items() if value is not None]
        if visible:
            shown[min(visible, key=lambda key: counts[key])] = None
    return shown


def cell(value: int | None) -> int | str:
    """A count for a file's cell: the number as a number (a sum in Excel still works), or "< 5"."""
    return HIDDEN_TEXT if value is None else value


def text(value: int | None) -> str:
    """A count for a file or an answer that carries text: the number, or "< 5"."""
    return HIDDEN_TEXT if value is None else str(value)
