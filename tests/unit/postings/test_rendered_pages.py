"""A rendered search page is reused for the same address only while its rows are exactly the same."""

from datetime import UTC, date, datetime

from jobsfez.postings.criteria import Criteria
from jobsfez.postings.public import RenderedPages
from jobsfez.postings.search import SearchResult
from jobsfez.postings.views import PostingCard

CARD = PostingCard(
    id=1, title="용접공", occupation="용접", sector="machinery", district="myeongji", employment_type="full_time",
    shift="day", pay_unit="month", pay_min=2_600_000, pay_max=None, pay_negotiable=False,
    closing_date=date(2026, 12, 31), published_at=datetime(2026, 11, 1, tzinfo=UTC), no_experience=True,
    youth_min_age=None, youth_max_age=None, employer_id=3, company_name_ko="가나 기계",
    company_name_en="Gana Machinery",
)  # fmt: skip


def found(*cards: PostingCard, total: int | None = None) -> SearchResult:
    return SearchResult(Criteria(q="용접"), list(cards), len(cards) if total is None else total)


def test_the_same_rows_read_again_reuse_the_page_and_any_difference_does_not() -> None:
    pages = RenderedPages()
    first = found(CARD)
    pages.put(("ko", "q=용접"), first, "<p>page</p>")
    assert pages.get(("ko", "q=용접"), first) == "<p>page</p>"
    assert pages.get(("ko", "q=용접"), found(CARD._replace())) == "<p>page</p>"  # equal rows, read again
    assert pages.get(("en", "q=용접"), first) is None
    assert pages.get(("ko", "q=용접"), found(CARD._replace(company_name_ko="가나 정밀"))) is None  # renamed
    assert pages.get(("ko", "q=용접"), found(CARD, total=2)) is None  # another count to show
    assert pages.get(("ko", "q=용접"), found(CARD, CARD._replace(id=2))) is None


def test_the_oldest_page_goes_first_beyond_the_size() -> None:
    pages = RenderedPages()
    pages.SIZE = 2
    for n in range(3):
        pages.put(n, found(CARD), f"<p>{n}</p>")
    assert pages.get(0, found(CARD)) is None
    assert pages.get(2, found(CARD)) == "<p>2</p>"
