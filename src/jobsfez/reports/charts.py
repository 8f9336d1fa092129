"""Charts drawn on the server as SVG: the geometry here (pure), the shapes in templates/reports/_charts.html.

A page needs no JavaScript to show one and prints as it shows. Every chart's numbers are also written in a table
under it by the same macro, so a screen reader, a printout and a person who wants the figures read the same numbers.
A hidden count (reports.privacy) draws no bar and reads "< 5" in the table.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Value = int | float | None  # None: hidden, too few people to show

# Longest label drawn inside the SVG (the table under it has the whole label).
LABEL_CHARS = 14


@dataclass(frozen=True)
class Row:
    label: str  # as the table shows it
    short: str  # as the chart draws it
    values: tuple[Value, ...]  # one per series
    shares: tuple[float, ...]  # each value over the chart's largest, 0–1; 0 for a hidden value
    notes: tuple[str, ...] = ()  # further table cells (a rate, a change), already formatted


@dataclass(frozen=True)
class Chart:
    """Rows of one or more series (e.g. postings asking for a skill and seekers who have it), on one scale."""

    series: tuple[str, ...]
    rows: tuple[Row, ...]
    note_headers: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.rows

    @property
    def hidden(self) -> bool:
        """Every value too small to show: nothing to draw, and the table says so cell by cell."""
        return bool(self.rows) and all(value is None for row in self.rows for value in row.values)


def shorten(label: str, limit: int = LABEL_CHARS) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def chart(
    series: Sequence[str],
    rows: Iterable[tuple[str, Sequence[Value]] | tuple[str, Sequence[Value], Sequence[str]]],
    note_headers: Sequence[str] = (),
) -> Chart:
    """A chart of (label, values[, notes]) rows, each value scaled to the largest shown value of any series."""
    given = [(row[0], tuple(row[1]), tuple(row[2]) if len(row) == 3 else ()) for row in rows]
    for label, values, notes in given:
        if len(values) != len(series) or len(notes) != len(note_headers):
            raise ValueError(f"row {label!r} has {len(values)} values and {len(notes)} notes")
    largest = max((value for _, values, _ in given for value in values if value is not None), default=0)
    return Chart(
        series=tuple(series),
        rows=tuple(
            Row(
                label=label,
                short=shorten(label),
                values=values,
                shares=tuple((value or 0) / largest if largest > 0 else 0.0 for value in values),
                notes=notes,
            )
            for label, values, notes in given
        ),
        note_headers=tuple(note_headers),
    )
