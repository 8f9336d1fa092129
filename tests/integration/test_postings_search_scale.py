"""What search does so that its cost stays flat as postings grow (issue 19): a capped count, company approval read
off the posting, and indexes in the orders browsing pages are read in."""

import httpx
import pytest
from litestar import Litestar

from jobsfez.db import execute_script, fetch
from jobsfez.employers import service as employers
from jobsfez.postings import search
from jobsfez.postings.criteria import SearchInput
from jobsfez.postings.search import SearchCaches, query
from tests.helpers import VALID_BRNS, make_employer, make_posting, make_staff


async def copies(posting_id: int, count: int) -> None:
    """``count`` more published postings like one, titled "용접공 n" (the service would take minutes for 1,000)."""
    await execute_script(
        f"""INSERT INTO postings (employer_id, status, title, description, sector, occupation, district,
                employment_type, shift, pay_unit, pay_min, openings, closing_date, skill_text, skill_keys,
                published_at)
            SELECT employer_id, status, '용접공 ' || n, description, sector, occupation, district, employment_type,
                shift, pay_unit, pay_min, openings, closing_date, skill_text, skill_keys, published_at
            FROM postings, generate_series(1, {count}) AS n WHERE id = {posting_id}"""
    )


async def result(**asked: str) -> search.SearchResult:
    return await search.search(SearchInput(**asked), caches=SearchCaches())


async def test_counts_are_exact_up_to_a_thousand_and_then_say_more(app: Litestar, db: None) -> None:
    owner, company = await make_employer()
    first = await make_posting(company, owner.id, title="용접공 0", must=(), nice=())
    await copies(first, 999)
    for asked in ({"q": "용접공"}, {"q": "용접공", "page": "2"}, {}, {"district": "myeongji"}, {"sort": "closing"}):
        found = await result(**asked)
        assert (found.total, found.capped, found.pages) == (1000, False, 50), asked
    await copies(first, 1)
    for asked in ({"q": "용접공"}, {"q": "용접공", "page": "2"}, {}, {"district": "myeongji"}, {"sort": "pay"}):
        found = await result(**asked)
        assert (found.total, found.capped, found.pages, len(found.items)) == (1000, True, 50, 20), asked
    last = await result(q="용접공", page="50")
    assert len(last.items) == 20 and last.next_page is None


async def test_the_page_and_the_api_say_1000_plus(client: httpx.AsyncClient) -> None:
    owner, company = await make_employer()
    first = await make_posting(company, owner.id, title="용접공 0", must=(), nice=())
    await copies(first, 1000)
    page = await client.get("/jobs", params={"q": "용접공"})
    assert "채용 중인 공고 1,000건 이상" in page.text and "앞의 1,000건만 보여 드립니다" in page.text
    assert "전체 50페이지 중 1페이지" in page.text
    api = (await client.get("/api/v1/postings", params={"q": "용접공"})).json()
    assert (api["total"], api["total_capped"], api["pages"]) == (1000, True, 50)
    deep = await client.get("/jobs", params={"q": "용접공", "page": "51"})
    assert deep.status_code == 200 and "없는 페이지 번호입니다." in deep.text and 'class="card job"' not in deep.text
    assert "채용 중인 공고 1,000건 이상" in deep.text and "마지막 페이지(50페이지)로 가기" in deep.text


async def test_a_company_approved_later_brings_its_published_postings_into_search(app: Litestar, db: None) -> None:
    pending, company = await make_employer(email="c@c.kr", brn=VALID_BRNS[2], approved=False)
    posting = await make_posting(company, pending.id, title="CNC 선반 미승인")  # published by a direct call
    assert (await result(q="선반")).items == [] and (await result()).total == 0
    staff = await make_staff()
    await employers.decide(staff_user_id=staff.id, employer_id=company, approve=True)
    assert [card.id for card in (await result(q="선반")).items] == [posting]
    assert (await result()).total == 1


async def test_browsing_by_closing_day_pages_through_postings_of_one_day_by_id(app: Litestar, db: None) -> None:
    owner, company = await make_employer()
    first = await make_posting(company, owner.id, title="용접공 0", must=(), nice=())
    await copies(first, 24)  # all close on the same day, as postings do by the thousand
    for asked in ({}, {"sector": "automotive_parts"}, {"district": "myeongji"}, {"shift": "day"}):
        pages = [await result(sort="closing", page=str(n), **asked) for n in (1, 2)]
        ids = [card.id for page in pages for card in page.items]
        assert (len(ids), ids) == (25, sorted(ids)), asked


# Indexes that serve the orders pages sort by (query.ORDER), within one filter or two, among published postings:
# migrations 76-78. An order changed on one side only would leave a page reading and sorting every match.
BROWSING_INDEXES = [
    ("postings_open_closing", "", "closing"),
    ("postings_listed_sector", "sector, ", "closing"),
    ("postings_listed_district", "district, ", "closing"),
    ("postings_listed_type", "employment_type, ", "closing"),
    ("postings_listed_shift", "shift, ", "closing"),
    ("postings_listed_sector_pay", "sector, ", "pay"),
    ("postings_listed_district_pay", "district, ", "pay"),
    ("postings_listed_sector_district_newest", "sector, district, ", "newest"),
]


@pytest.mark.parametrize(("index", "filters", "sort"), BROWSING_INDEXES)
async def test_browsing_indexes_hold_the_order_a_page_sorts_by(
    app: Litestar, db: None, index: str, filters: str, sort: str
) -> None:
    rows = await fetch("SELECT indexdef FROM pg_indexes WHERE indexname = $1", index)
    assert len(rows) == 1, index
    assert f"({filters}{query.ORDER[sort]})" in rows[0]["indexdef"], rows[0]["indexdef"]
    assert "(status)::text = 'published'::text" in rows[0]["indexdef"].split(" WHERE ")[1]
