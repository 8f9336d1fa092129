"""CSV and XLSX files people open in Excel: Korean text intact, and no cell that Excel would run as a formula.

Excel reads a CSV as UTF-8 only when it starts with a byte-order mark (otherwise as CP949 in Korea), and
takes a cell that starts with = + - or @ as a formula, which can fetch URLs or run commands (CSV injection).
Such a text cell is written with a leading single quote, as OWASP advises; numbers given as numbers are
written as they are, so a sum in Excel still works on them. An XLSX file types each cell: text is written as
text (never as a formula, whatever it starts with), numbers as numbers, under a formatted header row.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

import xlsxwriter

Cell = str | int | float | Decimal | None

BOM = "\ufeff"
# OWASP's list: the formula starters, and tab and carriage return, which some spreadsheets skip before one.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Rows written into one chunk of a streamed export: a few hundred kilobytes of typical rows.
ROWS_PER_CHUNK = 1000
# What Excel refuses in a sheet's name, and its longest name.
SHEET_NAME_REFUSED = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_CHARS = 31
WIDEST_COLUMN = 60  # characters; a longer cell wraps in Excel's own way


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


@dataclass(frozen=True)
class Sheet:
    """One worksheet of an XLSX export: a header row and rows of cells."""

    title: str
    header: Sequence[str]
    rows: Sequence[Sequence[Cell]]


def _width(value: Cell) -> int:
    """Characters Excel needs to show the cell: a Korean character takes two."""
    text = "" if value is None else str(value)
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _sheet_name(title: str, taken: set[str]) -> str:
    base = SHEET_NAME_REFUSED.sub(" ", title).strip()[:SHEET_NAME_CHARS] or "Sheet"
    name, number = base, 2
    while name.lower() in taken:
        suffix = f" ({number})"
        name, number = base[: SHEET_NAME_CHARS - len(suffix)] + suffix, number + 1
    taken.add(name.lower())
    return name


def xlsx_bytes(sheets: Sequence[Sheet]) -> bytes:
    """An XLSX workbook with one worksheet per sheet: bold header row frozen at the top, columns sized to fit."""
    output = io.BytesIO()
    options = {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    workbook = xlsxwriter.Workbook(output, options)
    heading = workbook.add_format({"bold": True, "bg_color": "#E8EEF5", "bottom": 1, "text_wrap": True})
    taken: set[str] = set()
    for sheet in sheets:
        worksheet = workbook.add_worksheet(_sheet_name(sheet.title, taken))
        widths = [_width(name) for name in sheet.header]
        for column, name in enumerate(sheet.header):
            worksheet.write_string(0, column, name, heading)
        for line, row in enumerate(sheet.rows, 1):
            for column, value in enumerate(row):
                if isinstance(value, bool):
                    raise TypeError("write a yes/no column as words the reader understands, not as a bool")
                if isinstance(value, str):
                    worksheet.write_string(line, column, value)
                elif value is not None:
                    worksheet.write_number(line, column, float(value) if isinstance(value, Decimal) else value)
                if column < len(widths):
                    widths[column] = max(widths[column], _width(value))
        for column, width in enumerate(widths):
            worksheet.set_column(column, column, min(width + 2, WIDEST_COLUMN))
        worksheet.freeze_panes(1, 0)
        if sheet.header:
            worksheet.autofilter(0, 0, max(len(sheet.rows), 1), len(sheet.header) - 1)
    workbook.close()
    return output.getvalue()
