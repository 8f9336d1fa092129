"""Search input is checked before any query: what makes no sense is named, and URLs rebuild the search."""

import pytest

from jobsfez.errors import ValidationFailed
from jobsfez.postings.criteria import Criteria, SearchInput, criteria_of


def test_a_search_keeps_only_what_was_asked_for_in_its_url() -> None:
    c = criteria_of(SearchInput(q="  CNC   선반 ", sector="machinery", min_pay="2,500,000", youth="1", page="2"))
    assert c == Criteria(q="CNC 선반", sector="machinery", min_pay=2_500_000, youth=True, sort="relevance", page=2)
    assert c.query() == "?q=CNC+%EC%84%A0%EB%B0%98&sector=machinery&min_pay=2500000&pay_unit=month&youth=1&page=2"
    assert c.query(page=1) == "?q=CNC+%EC%84%A0%EB%B0%98&sector=machinery&min_pay=2500000&pay_unit=month&youth=1"


def test_without_words_the_newest_come_first() -> None:
    assert criteria_of(SearchInput(sort="relevance")).sort == "newest"
    assert criteria_of(SearchInput()).query() == ""


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        (SearchInput(q="x" * 101), "q"),
        (SearchInput(sector="casino"), "sector"),
        (SearchInput(district="seoul"), "district"),
        (SearchInput(employment_type="gig"), "employment_type"),
        (SearchInput(shift="night"), "shift"),
        (SearchInput(min_pay="lots"), "min_pay"),
        (SearchInput(min_pay="-5"), "min_pay"),
        (SearchInput(min_pay="1", pay_unit="week"), "pay_unit"),
        (SearchInput(no_experience="maybe"), "no_experience"),
        (SearchInput(sort="random"), "sort"),
        (SearchInput(page="0"), "page"),
        (SearchInput(page="-1"), "page"),
        (SearchInput(page="9" * 10), "page"),  # past the 1,000th result a page has no cards; this one is none
        (SearchInput(page="two"), "page"),
    ],
)
def test_a_search_that_makes_no_sense_names_the_field(raw: SearchInput, field: str) -> None:
    with pytest.raises(ValidationFailed) as caught:
        criteria_of(raw)
    assert field in caught.value.fields
