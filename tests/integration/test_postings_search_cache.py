"""Remembered search results never outlive a change: any write to postings, or the first match's closing time.

Each case runs twice: with the page's statement, and with the keyword index (as on a board of 30,000 open postings
or more), whose pages are remembered while the index is unchanged."""

from collections.abc import Callable, Hashable
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from litestar import Litestar

from jobsfez.db import fetch
from jobsfez.employers.service import Actor
from jobsfez.postings import search
from jobsfez.postings import service as postings
from jobsfez.postings.criteria import Criteria, SearchInput
from jobsfez.postings.search import SearchCaches, SearchResult
from jobsfez.postings.search.caches import ResultCache
from jobsfez.postings.search.documents import BoardSize
from jobsfez.postings.tables import Posting
from jobsfez.postings.validation import seoul_today
from tests.helpers import make_employer, make_posting


def statement_caches() -> SearchCaches:
    return SearchCaches()


def index_caches() -> SearchCaches:
    return SearchCaches(board=BoardSize(min_open=0))


@pytest.fixture(params=[statement_caches, index_caches], ids=["statement", "index"])
def make_caches(request: pytest.FixtureRequest) -> Callable[[], SearchCaches]:
    made: Callable[[], SearchCaches] = request.param
    return made


@pytest.fixture
def caches(make_caches: Callable[[], SearchCaches]) -> SearchCaches:
    return make_caches()


async def titles(q: str, caches: SearchCaches) -> list[str]:
    return [card.title for card in (await search.search(SearchInput(q=q), caches=caches)).items]


async def test_every_kind_of_change_is_seen_by_the_next_search(app: Litestar, db: None, caches: SearchCaches) -> None:
    owner, company = await make_employer()
    actor = Actor(user_id=owner.id, employer_id=company, role="owner", approved=True)
    first = await make_posting(company, owner.id, title="레이저 A")
    assert await titles("레이저", caches) == ["레이저 A"]
    assert await titles("레이저", caches) == ["레이저 A"]  # remembered

    second = await make_posting(company, owner.id, title="레이저 B")  # published through the service
    assert sorted(await titles("레이저", caches)) == ["레이저 A", "레이저 B"]
    await postings.close(actor, first)
    assert await titles("레이저", caches) == ["레이저 B"]
    await Posting.update({Posting.title: "도장공 B"}).where(Posting.id == second)  # a write outside the service
    assert await titles("레이저", caches) == []
    assert await titles("도장공", caches) == ["도장공 B"]


async def first_close_of_published() -> datetime:
    [row] = await fetch("SELECT min(closes_at) AS first FROM postings WHERE status = 'published'")
    first: datetime = row["first"]
    return first


@pytest.mark.parametrize(
    "asked",
    [SearchInput(q="용접공"), SearchInput(), SearchInput(sector="shipbuilding_marine")],
    ids=["words", "browsing", "browsing-one-filter"],
)
async def test_a_remembered_result_ends_when_its_first_match_closes(
    app: Litestar, db: None, asked: SearchInput, monkeypatch: pytest.MonkeyPatch, caches: SearchCaches
) -> None:
    """To the microsecond (the time crosses from PostgreSQL as a number), whichever query found the page."""
    monkeypatch.setattr(ResultCache, "MAX_AGE", timedelta(days=365))  # else a minute ends every entry first
    owner, company = await make_employer()
    for days in (3, 0, 9):
        await make_posting(company, owner.id, title=f"용접공 {days}일", sector="shipbuilding_marine",
                           closing_date=seoul_today() + timedelta(days=days))  # fmt: skip
    assert len((await search.search(asked, caches=caches)).items) == 3
    [remembered] = caches.results.entries.values()
    # midnight in Korea at the end of today: 15:00 UTC the day before the next Korean date
    tonight = datetime.combine(seoul_today(), datetime.min.time(), tzinfo=UTC) + timedelta(hours=15)
    assert remembered.until == await first_close_of_published()
    assert datetime.now(UTC) < remembered.until <= tonight


async def test_a_page_past_the_first_counts_every_match_and_ends_at_their_first_close(
    app: Litestar, db: None, monkeypatch: pytest.MonkeyPatch, make_caches: Callable[[], SearchCaches]
) -> None:
    monkeypatch.setattr(ResultCache, "MAX_AGE", timedelta(days=365))
    owner, company = await make_employer()
    for n in range(search.PAGE_SIZE + 2):
        await make_posting(
            company, owner.id, title=f"도장공 {n}", closing_date=seoul_today() + timedelta(days=n % 5 + 1)
        )
    for asked, shown in [
        (SearchInput(page="2"), 2),  # browsing: the count is a part of the page's statement
        (SearchInput(), search.PAGE_SIZE),
        (SearchInput(q="도장공", page="2"), 2),  # words: a window over the ranked rows
        (SearchInput(q="도장공", page="3"), 0),  # words, past the last page: counted on its own
    ]:
        caches = make_caches()
        found = await search.search(asked, caches=caches)
        assert (len(found.items), found.total) == (shown, search.PAGE_SIZE + 2), asked
        [remembered] = caches.results.entries.values()
        assert remembered.until == await first_close_of_published(), asked


def result(n: int) -> SearchResult:
    return SearchResult(Criteria(q=str(n)), [], n)


def test_the_cache_forgets_at_the_closing_time_after_max_age_and_beyond_its_size() -> None:
    cache = ResultCache()
    now = datetime(2026, 12, 1, tzinfo=UTC)
    cache.put("a", result(1), change=7, now=now, first_close=now + timedelta(seconds=5))
    cache.put("b", result(2), change=7, now=now, first_close=None)
    assert cached(cache, "a", now + timedelta(seconds=4)) == result(1)
    assert cache.get("a", now + timedelta(seconds=5)) is None
    assert cached(cache, "b", now + ResultCache.MAX_AGE - timedelta(seconds=1)) == result(2)
    assert cache.get("b", now + ResultCache.MAX_AGE) is None
    for n in range(ResultCache.SIZE + 1):
        cache.put(n, result(n), change=7, now=now, first_close=None)
    assert cache.get(0, now) is None and cached(cache, ResultCache.SIZE, now) == result(ResultCache.SIZE)


def test_a_cache_of_size_0_remembers_nothing() -> None:
    """What SEARCH_RESULT_CACHE=off gives a process: every search runs its statement."""
    cache = ResultCache(size=0)
    now = datetime(2026, 12, 1, tzinfo=UTC)
    cache.put("a", result(1), change=7, now=now, first_close=None)
    assert cache.get("a", now) is None


def cached(cache: ResultCache, key: Hashable, now: datetime) -> SearchResult | None:
    remembered = cache.get(key, now)
    return remembered.result if remembered else None


async def test_the_change_number_alone_decides_reuse(app: Litestar, db: None) -> None:
    """A write the trigger does not see is not seen by search either: proof the page query was skipped."""
    caches = statement_caches()
    owner, company = await make_employer()
    posting = await make_posting(company, owner.id, title="배관공 A")
    assert await titles("배관공", caches) == ["배관공 A"]
    await fetch("ALTER TABLE postings DISABLE TRIGGER postings_changed")
    try:
        await Posting.update({Posting.title: "배관공 B"}).where(Posting.id == posting)
        assert await titles("배관공", caches) == ["배관공 A"]  # remembered, the change number being unchanged
        await fetch("UPDATE posting_changes SET version = nextval('posting_changes_seq')")
        assert await titles("배관공", caches) == ["배관공 B"]
    finally:
        await fetch("ALTER TABLE postings ENABLE TRIGGER postings_changed")


async def test_without_a_change_number_nothing_is_remembered(app: Litestar, db: None) -> None:
    caches = statement_caches()
    owner, company = await make_employer()
    await make_posting(company, owner.id, title="도장공 A")
    await fetch("DELETE FROM posting_changes")
    assert await titles("도장공", caches) == ["도장공 A"]
    assert caches.results.entries == {}


async def test_a_card_shows_its_posting_as_it_is_now_in_the_readers_language(
    client: httpx.AsyncClient, db: None
) -> None:
    """Cards are rendered once a card and language (templating.once): a changed posting is another card."""
    owner, company = await make_employer()
    posting = await make_posting(company, owner.id, title="레이저 가공", district="myeongji")

    korean = (await client.get("/jobs?q=레이저")).text
    assert "레이저 가공" in korean and "명지" in korean
    english = (await client.get("/jobs?q=레이저&lang=en")).text
    assert "Myeongji" in english and "Verified" in english and "명지" not in english.split('class="results"')[1]

    await Posting.update({Posting.title: "레이저 절단", Posting.pay_min: 3_100_000}).where(Posting.id == posting)
    changed = (await client.get("/jobs?q=레이저")).text
    assert "레이저 절단" in changed and "레이저 가공" not in changed and "3,100,000" in changed


async def test_the_index_version_alone_decides_reuse(app: Litestar, db: None) -> None:
    """A page the index found is not found again, nor its cards read, until the index changes; a write the match
    change log does not see is then not seen either."""
    caches = index_caches()
    owner, company = await make_employer()
    posting = await make_posting(company, owner.id, title="배관공 A")
    assert await titles("배관공", caches) == ["배관공 A"]
    version = caches.keywords.version
    await fetch("ALTER TABLE postings DISABLE TRIGGER postings_match_update")
    try:
        await Posting.update({Posting.title: "배관공 B"}).where(Posting.id == posting)
        assert await titles("배관공", caches) == ["배관공 A"]  # remembered: the index has not changed
    finally:
        await fetch("ALTER TABLE postings ENABLE TRIGGER postings_match_update")
    await Posting.update({Posting.title: "배관공 C"}).where(Posting.id == posting)
    assert await titles("배관공", caches) == ["배관공 C"]
    assert caches.keywords.version == version + 1
