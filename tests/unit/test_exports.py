"""CSV exports: Excel opens them in Korean, and no cell in them runs as a formula."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest

from jobsfez.exports import ROWS_PER_CHUNK, Cell, csv_bytes, csv_chunks, neutralise


def read_back(data: bytes) -> list[list[str]]:
    """What the standard csv module (and so Excel, given the BOM) reads from an export."""
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+2", "'=1+2"),
        ("@SUM(A1:A3)", "'@SUM(A1:A3)"),
        ("+82 10-1234-5678", "'+82 10-1234-5678"),
        ("-3", "'-3"),  # text that happens to look like a number is still text
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("\t=1+2", "'\t=1+2"),
        ("\r=1+2", "'\r=1+2"),
        ("  =1+2", "'  =1+2"),
        ("1+2", "1+2"),
        ("010-1234-5678", "010-1234-5678"),
        ("a@example.com", "a@example.com"),
        ("홍길동", "홍길동"),
        ('그는 "안녕" 했다', '그는 "안녕" 했다'),
        ("첫 줄\n둘째 줄", "첫 줄\n둘째 줄"),
        ("쉼표, 있음", "쉼표, 있음"),
        ("'quoted'", "'quoted'"),
        ("", ""),
        (None, ""),
        (-3, "-3"),
        (42, "42"),
        (3.5, "3.5"),
        (Decimal("-1.50"), "-1.50"),
    ],
)
def test_each_cell_reads_back_as_written_and_never_as_a_formula(value: Cell, written: str) -> None:
    assert read_back(csv_bytes(["값"], [[value]])) == [["값"], [written]]


def test_a_file_excel_opens_in_korean() -> None:
    data = csv_bytes(["이름", "메모"], [["홍길동", "첫 줄\n둘째 줄"], ["김철수", "=1+2"]])
    assert data.startswith("\ufeff이름,메모\r\n".encode())
    assert data.endswith("김철수,'=1+2\r\n".encode())
    assert b'"\xec\xb2\xab \xec\xa4\x84\n' in data  # the line break inside a cell is quoted, not a row's end
    assert data.count(b"\r\n") == 3


def test_a_header_is_neutralised_too() -> None:
    assert read_back(csv_bytes(["=HYPERLINK(1)", "점수"], [])) == [["'=HYPERLINK(1)", "점수"]]


@pytest.mark.parametrize("text", ["=", "+", "-", "@", "\t", "\r", " ="])
def test_every_formula_start_is_neutralised(text: str) -> None:
    assert neutralise(text + "x").startswith("'")


def test_a_large_export_streams_in_chunks_that_make_the_same_file() -> None:
    rows = [[f"참가자{n}", n, "=1+2"] for n in range(2 * ROWS_PER_CHUNK + 1)]
    chunks = list(csv_chunks(["이름", "번호", "메모"], rows))
    assert len(chunks) == 3
    assert b"".join(chunks) == csv_bytes(["이름", "번호", "메모"], rows)
    assert [chunk.decode("utf-8") for chunk in chunks]  # no chunk ends inside a character
    assert len(read_back(b"".join(chunks))) == len(rows) + 1


def test_a_bool_is_refused_rather_than_written_as_a_number() -> None:
    with pytest.raises(TypeError):
        csv_bytes(["동의"], [[True]])
