"""The booth as it reads everywhere: never "부스 부스 3"."""

from __future__ import annotations

import pytest

from jobsfez import i18n
from jobsfez.drives import booths


@pytest.mark.parametrize(
    ("typed", "korean", "english"),
    [
        ("3", "부스 3", "Booth 3"),
        ("A-1", "부스 A-1", "Booth A-1"),
        ("부스 3", "부스 3", "부스 3"),
        ("부스3", "부스3", "부스3"),
        ("Booth 7", "Booth 7", "Booth 7"),
        ("booth 7", "booth 7", "booth 7"),
        ("B-12", "B-12", "B-12"),
        ("b-2", "b-2", "b-2"),
        ("  5 ", "부스 5", "Booth 5"),
        ("본관 2층", "부스 본관 2층", "Booth 본관 2층"),
        ("", "", ""),
        ("  ", "", ""),
    ],
)
def test_a_booth_that_names_itself_is_shown_as_typed_and_any_other_is_called_a_booth(
    typed: str, korean: str, english: str
) -> None:
    with i18n.language("ko"):
        assert booths.label(typed) == korean
    with i18n.language("en"):
        assert booths.label(typed) == english
