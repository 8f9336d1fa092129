"""CSV files people open in Excel: Korean text intact, and no cell that Excel would run as a formula.

Excel reads a CSV as UTF-8 only when it starts with a byte-order mark (otherwise as CP949 in Korea), and
takes a cell that starts with = + - or @ as a formula, which can fetch URLs or run commands (CSV injection).
Such a text cell is written with a leading single quote, as OWASP advises; numbers given as numbers are
written as they are, so a sum in Excel still works on them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal

Cell = str | int | float | Decimal | None

BOM = "\ufeff"
# OWASP's list: the formula starters, and tab and carriage return, which some spreadsheets skip before one.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Rows written into one chunk of a streamed export: a few hundred kilobytes of typical rows.
ROWS_PER_CHUNK = 1000


def neutralise(text: str) -> str:
    """Text that Excel shows as typed instead of evaluating it, even after leading spaces."""
    return "'" + text if text.lstrip(" ").startswith(FORMULA_STARTS) else text


def _cell(value: Cell) -> str | int | float | Decimal:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, bool):  # a bool is an int to Python; as a number it would read 1 or 0
        raise TypeError("write a yes/no column as words the reader understands, not as a bool")
    return value


def csv_chunks(header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> Iterator[bytes]:
    """An export streamed in chunks of UTF-8, so a large one never sits in memory whole."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    buffer.write(BOM)
    writer.writerow([neutralise(name) for name in header])
    for count, row in enumerate(rows, 1):
        writer.writerow([_cell(value) for value in row])
        if count % ROWS_PER_CHUNK == 0:
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
    if buffer.tell():
        yield buffer.getvalue().encode("utf-8")


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> bytes:
    """A whole export as one file's bytes, for lists small enough to hold."""
    return b"".join(csv_chunks(header, rows))
