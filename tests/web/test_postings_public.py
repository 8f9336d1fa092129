"""What anyone sees: the search page (with and without JavaScript), posting pages with JSON-LD, feed and sitemap."""

import json
import re
from datetime import timedelta
from xml.etree import ElementTree as ET

import httpx

from jobsfez.employers import service as employers
from jobsfez.employers.service import Actor
from jobsfez.employers.tables import Employer
from jobsfez.postings.tables import Posting
from jobsfez.postings.validation import seoul_today
from tests.helpers import login, make_employer, make_posting

HTMX = {"HX-Request": "true", "HX-Target": "results", "HX-Current-URL": "http://testserver/jobs"}


async def three_postings() -> dict[str, int]:
    owner, company = await make_employer()
    return {
        "welder": await make_posting(
            company, owner.id, title="선박 용접공", must=(("TIG 용접", 3),), nice=(), district="ungdong"
        ),
        "lathe": await make_posting(company, owner.id, title="CNC선반 가공원", must=(("CNC 선반", None),), nice=()),
        "draft": await make_posting(company, owner.id, title="용접 초안", publish=False),
    }


async def test_the_search_page_works_as_a_plain_form(client: httpx.AsyncClient) -> None:
    ids = await three_postings()
    page = await client.get("/jobs", params={"q": "용졉", "district": "ungdong", "sector": ""})
    assert page.status_code == 200
    assert "<html" in page.text and 'action="/jobs"' in page.text and 'method="get"' in page.text
    assert "채용 중인 공고 1건" in page.text
    assert f'href="/jobs/{ids["welder"]}"' in page.text
    assert "용접 초안" not in page.text and "CNC선반" not in page.text
    assert 'value="용졉"' in page.text  # the form shows the search again
    assert re.search(r'<option value="ungdong" ?selected', page.text)


async def test_htmx_gets_only_the_results_and_a_clean_url_to_push(client: httpx.AsyncClient) -> None:
    ids = await three_postings()
    response = await client.get(
        "/jobs",
        params={"q": "CNC 선반", "sector": "", "district": "", "min_pay": "", "pay_unit": "month", "sort": ""},
        headers=HTMX,
    )
    assert response.status_code == 200
    assert "<html" not in response.text and 'id="job-search"' not in response.text
    assert f'href="/jobs/{ids["lathe"]}"' in response.text
    assert response.headers["hx-push-url"] == "/jobs?q=CNC+%EC%84%A0%EB%B0%98"
    # going back restores the whole page, so the form is there again
    restored = await client.get(
        "/jobs?q=CNC+%EC%84%A0%EB%B0%98", headers={**HTMX, "HX-History-Restore-Request": "true"}
    )
    assert "<html" in restored.text and 'id="job-search"' in restored.text


async def test_the_search_page_finds_a_company_by_its_names_and_follows_a_rename(client: httpx.AsyncClient) -> None:
    owner, company = await make_employer(name_ko="진해정밀", name_en="Jinhae Precision")
    posting = await make_posting(company, owner.id, title="사무 보조", occupation="사무원", must=(), nice=())
    for q in ("진해정밀", "진해 정밀", "Jinhae Precision", "jinhae precison"):
        page = await client.get("/jobs", params={"q": q})
        assert f'href="/jobs/{posting}"' in page.text, q
        assert "채용 중인 공고 1건" in page.text and "진해정밀" in page.text
    actor = Actor(user_id=owner.id, employer_id=company, role="owner", approved=True)
    await employers.update_company(
        actor, name_ko="가덕정밀", name_en="Gadeok Precision", address="부산 강서구", district="myeongji",
        sector="automotive_parts",
    )  # fmt: skip
    assert f'href="/jobs/{posting}"' not in (await client.get("/jobs", params={"q": "진해정밀"})).text
    page = await client.get("/jobs", params={"q": "가덕 정밀"})
    assert f'href="/jobs/{posting}"' in page.text and "가덕정밀" in page.text and "진해정밀" not in page.text
    api = (await client.get("/api/v1/postings", params={"q": "Gadeok Precision"})).json()
    assert [item["id"] for item in api["items"]] == [posting]


async def test_negotiable_pay_reads_in_the_readers_language(client: httpx.AsyncClient) -> None:
    owner, company = await make_employer()
    await make_posting(company, owner.id, title="도장공", pay_negotiable=True)
    korean = await client.get("/jobs", params={"q": "도장공"})
    assert "월급 2,600,000~3,200,000원 (협의 가능)" in korean.text and "negotiable" not in korean.text
    await client.get("/lang/en")
    english = await client.get("/jobs", params={"q": "도장공"})
    assert "2,600,000–3,200,000 KRW a month (negotiable)" in english.text


async def test_switching_language_comes_back_to_the_same_search(client: httpx.AsyncClient) -> None:
    await three_postings()
    page = await client.get("/jobs", params={"q": "용졉 & 선반", "district": "ungdong"})
    match = re.search(r'href="(/lang/en\?next=[^"]+)"', page.text)
    assert match, "no language switch link"
    switched = await client.get(match.group(1).replace("&amp;", "&"), follow_redirects=True)
    assert switched.url.path == "/jobs" and switched.url.params["q"] == "용졉 & 선반"
    assert switched.url.params["district"] == "ungdong"
    assert 'value="용졉 &amp; 선반"' in switched.text and "<h1>Find a job</h1>" in switched.text


async def test_a_search_that_makes_no_sense_is_explained_by_the_field(client: httpx.AsyncClient) -> None:
    await three_postings()
    page = await client.get("/jobs", params={"min_pay": "많이", "district": "seoul"})
    assert page.status_code == 400
    assert re.search(r'id="e-min_pay">급여는 원 단위 숫자로', page.text)
    assert "지역을 골라" in page.text
    assert "<li></li>" not in page.text  # a summary line for each wrong field only
    fragment = await client.get("/jobs", params={"min_pay": "많이"}, headers=HTMX)
    assert fragment.status_code == 400 and "<html" not in fragment.text and "급여는 원 단위 숫자로" in fragment.text


async def test_page_links_keep_the_search(client: httpx.AsyncClient) -> None:
    owner, company = await make_employer()
    for n in range(21):
        await make_posting(company, owner.id, title=f"용접공 {n}", must=(), nice=())
    first = await client.get("/jobs", params={"q": "용접공", "district": "myeongji"})
    assert "전체 2페이지 중 1페이지" in first.text
    assert 'href="/jobs?q=%EC%9A%A9%EC%A0%91%EA%B3%B5&amp;district=myeongji&amp;page=2"' in first.text
    second = await client.get("/jobs?q=%EC%9A%A9%EC%A0%91%EA%B3%B5&district=myeongji&page=2")
    assert second.text.count('class="card job"') == 1


async def test_a_shared_link_to_a_page_that_no_longer_exists_shows_an_empty_page(client: httpx.AsyncClient) -> None:
    """A link to page 3 of a search, opened after postings closed: no results and the way back, not an error."""
    await three_postings()
    for params in ({"q": "용접", "page": "3"}, {"q": "없는단어", "page": "2"}, {"page": "4"}):
        for url in ("/jobs", "/api/v1/postings"):
            response = await client.get(url, params=params)
            assert response.status_code == 200, (url, params, response.text[:200])
    page = await client.get("/jobs", params={"q": "용접", "page": "3"})
    assert 'class="card job"' not in page.text
    assert '<a href="/jobs?q=%EC%9A%A9%EC%A0%91" data-hx-get' in page.text  # back to the one page there is


async def test_a_page_past_the_last_or_past_the_fiftieth_says_there_is_no_such_page_and_links_to_the_last(
    client: httpx.AsyncClient,
) -> None:
    """UX walk of 2026-12-05, G: page 2 of a few results said "2건" and "no open jobs match"; page 99 was a 400 page
    with no way back. UX look 4.3: it said so twice, the pager again with a "Previous" link, "쪽" beside "페이지"."""
    await three_postings()
    for page_number in ("2", "99", "51"):
        for headers in ({}, HTMX):
            page = await client.get("/jobs", params={"page": page_number}, headers=headers)
            assert page.status_code == 200, page_number
            assert "채용 중인 공고 2건" in page.text and "없는 페이지 번호입니다." in page.text
            assert "조건에 맞는 채용 중인 공고가 없습니다" not in page.text
            assert '<a href="/jobs" data-hx-get="/jobs"' in page.text and "마지막 페이지(1페이지)로 가기" in page.text
            assert 'class="pager"' not in page.text and "이전" not in page.text and "쪽" not in page.text
    nothing = await client.get("/jobs", params={"q": "없는단어", "page": "99"})
    assert nothing.status_code == 200 and "조건에 맞는 채용 중인 공고가 없습니다" in nothing.text
    assert 'class="pager"' not in nothing.text and "이전" not in nothing.text  # no page to go back to
    api = (await client.get("/api/v1/postings", params={"page": "99"})).json()
    assert (api["items"], api["total"], api["pages"], api["next"]) == ([], 2, 1, None)


async def test_a_page_number_that_is_none_shows_the_first_page_and_says_so(client: httpx.AsyncClient) -> None:
    """UX look 4.2: ?page=abc was a 400 whose red box asked to fix the marked fields, with none marked and no
    results; the page is a link edited by hand, so the first page is shown, as the staff pages' pagers do."""
    ids = await three_postings()
    for no_page in ("abc", "0", "-1", "99999999999999999999", "9" * 5000, "둘"):
        for headers in ({}, HTMX):
            page = await client.get("/jobs", params={"q": "용접", "page": no_page}, headers=headers)
            assert page.status_code == 200, no_page
            assert "없는 페이지 번호라서 첫 페이지를 보여 드립니다." in page.text
            assert f'href="/jobs/{ids["welder"]}"' in page.text and "표시된 항목" not in page.text
            assert 'role="alert"' not in page.text
        assert page.headers["hx-push-url"] == "/jobs?q=%EC%9A%A9%EC%A0%91"  # the address bar drops the page
    english = await client.get("/jobs", params={"page": "abc", "lang": "en"})
    assert "This page number does not exist, so the first page is shown." in english.text
    # with a filter that is wrong too, that filter is what the page asks to correct, and the page is not named
    both = await client.get("/jobs", params={"sector": "nope", "page": "abc"})
    assert both.status_code == 400 and "표시된 항목" in both.text and "없는 페이지 번호" not in both.text
    # the API keeps refusing it, naming the field, as its schema says
    for no_page in ("abc", "0", "-1", "99999999999999999999"):
        api = await client.get("/api/v1/postings", params={"page": no_page})
        assert api.status_code == 400 and api.json()["fields"]["page"] == "없는 페이지 번호입니다.", no_page
    schema = (await client.get("/schema/openapi.json")).json()
    (page_parameter,) = (p for p in schema["paths"]["/api/v1/postings"]["get"]["parameters"] if p["name"] == "page")
    assert "400 naming page" in page_parameter["description"]


def filter_panel(html: str) -> str:
    found = re.search(r'<details class="filter-panel"[^>]*>\s*<summary>[^<]*</summary>', html)
    assert found, html[:500]
    return found.group(0)


async def test_the_filter_panel_unfolds_only_for_a_filter_in_use_or_wrong(client: httpx.AsyncClient) -> None:
    """UX look 4.1: on a phone any page number, or the default order, in the URL unfolded the filters above the
    results as "적용 중"; a pager's link kept pushing the results below the first screen."""
    await three_postings()
    folded = (
        {"page": "1"},
        {"page": "2"},
        {"page": "99"},
        {"sort": "relevance"},
        {"sort": "newest"},
        {"q": "용접", "sort": "relevance", "page": "1"},
        {"pay_unit": "hour"},
        {"page": "abc"},
        {"q": "용접"},
    )
    for params in folded:
        panel = filter_panel((await client.get("/jobs", params=params)).text)
        assert " open" not in panel and "적용 중" not in panel, params
    unfolded = (
        {"sector": "manufacturing"},
        {"youth": "1"},
        {"min_pay": "2000000"},
        {"skill": "용접"},
        {"q": "용접", "sort": "newest"},
        {"sort": "pay", "page": "2"},
        {"sector": "nope"},
        {"q": "가" * 101, "district": "ungdong"},
    )
    for params in unfolded:
        panel = filter_panel((await client.get("/jobs", params=params)).text)
        assert " open" in panel and "적용 중" in panel, params


def json_ld(html: str) -> dict[str, object]:
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(found) == 1
    data: dict[str, object] = json.loads(found[0])
    return data


async def test_a_posting_page_carries_job_posting_json_ld(client: httpx.AsyncClient) -> None:
    owner, company = await make_employer()
    posting_id = await make_posting(
        company,
        owner.id,
        title="Welder </script><script>alert(1)</script>",
        closing_date=seoul_today() + timedelta(days=10),
        start_date=seoul_today() + timedelta(days=20),
        youth_min_age=18,
        youth_max_age=34,
    )
    page = await client.get(f"/jobs/{posting_id}")
    assert page.status_code == 200
    assert "<script>alert(1)" not in page.text
    data = json_ld(page.text)
    for required in ("title", "description", "datePosted", "validThrough", "hiringOrganization", "jobLocation"):
        assert data[required], required
    assert data["@context"] == "https://schema.org/" and data["@type"] == "JobPosting"
    assert data["title"] == "Welder </script><script>alert(1)</script>"
    assert data["validThrough"] == f"{(seoul_today() + timedelta(days=11)).isoformat()}T00:00:00+09:00"
    assert data["employmentType"] == "FULL_TIME"
    assert data["hiringOrganization"] == {
        "@type": "Organization",
        "name": "명지정밀",
        "alternateName": "Myeongji Precision",
        "sameAs": f"http://testserver/companies/{company}",
    }
    assert data["jobLocation"] == {
        "@type": "Place",
        "address": {
            "@type": "PostalAddress",
            "addressCountry": "KR",
            "addressRegion": "부산광역시",
            "addressLocality": "강서구 명지동",
        },
    }
    assert data["baseSalary"] == {
        "@type": "MonetaryAmount",
        "currency": "KRW",
        "value": {"@type": "QuantitativeValue", "unitText": "MONTH", "minValue": 2_600_000, "maxValue": 3_200_000},
    }
    assert data["identifier"] == {"@type": "PropertyValue", "name": "명지정밀", "value": f"jobsfez-{posting_id}"}
    assert data["directApply"] is True
    assert data["totalJobOpenings"] == 2
    assert data["skills"] == "CNC 선반, 도면 해독, 용접기능사"
    assert data["experienceRequirements"] == "no requirements"
    assert data["jobStartDate"] == (seoul_today() + timedelta(days=20)).isoformat()
    assert data["url"] == f"http://testserver/jobs/{posting_id}"
    assert str(data["description"]).startswith("<p>명지 공장에서")


async def test_a_posting_page_is_public_while_published_or_closed_and_its_company_approved(
    client: httpx.AsyncClient,
) -> None:
    owner, company = await make_employer()
    posting_id = await make_posting(
        company, owner.id, title="선체 도장공", must=(("TIG 용접", 3), ("도면 해독", None)), nice=(("지게차", None),)
    )
    page = await client.get(f"/jobs/{posting_id}")
    assert page.status_code == 200 and "선체 도장공" in page.text and "명지정밀" in page.text
    assert page.text.index("TIG 용접") < page.text.index("도면 해독") < page.text.index("지게차")
    await Posting.update({Posting.status: "closed"}).where(Posting.id == posting_id)
    assert (await client.get(f"/jobs/{posting_id}")).status_code == 200
    await Employer.update({Employer.status: "rejected"}).where(Employer.id == company)
    assert (await client.get(f"/jobs/{posting_id}")).status_code == 404


async def test_drafts_and_closed_postings_are_not_offered_to_search_engines(client: httpx.AsyncClient) -> None:
    owner, company = await make_employer()
    open_id = await make_posting(company, owner.id, title="열린 공고 & 함께")
    draft_id = await make_posting(company, owner.id, title="초안 공고", publish=False)
    closed_id = await make_posting(company, owner.id, title="마감 공고")
    await Posting.update({Posting.status: "closed"}).where(Posting.id == closed_id)

    assert (await client.get(f"/jobs/{draft_id}")).status_code == 404
    closed_page = await client.get(f"/jobs/{closed_id}")
    assert "application/ld+json" not in closed_page.text and 'content="noindex"' in closed_page.text

    feed = await client.get("/jobs/feed.atom")
    assert feed.headers["content-type"].startswith("application/atom+xml")
    atom = "{http://www.w3.org/2005/Atom}"
    entries = ET.fromstring(feed.content).findall(f"{atom}entry")  # noqa: S314 (our own output)
    assert [e.findtext(f"{atom}title") for e in entries] == ["열린 공고 & 함께"]
    assert entries[0].findtext(f"{atom}id") == f"http://testserver/jobs/{open_id}"

    sitemap = await client.get("/sitemap.xml")
    loc = "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"
    urls = [e.text for e in ET.fromstring(sitemap.content).iter(loc)]  # noqa: S314 (our own output)
    assert f"http://testserver/jobs/{open_id}" in urls
    assert f"http://testserver/jobs/{draft_id}" not in urls and f"http://testserver/jobs/{closed_id}" not in urls


async def test_a_remembered_page_is_never_someone_elses(client: httpx.AsyncClient) -> None:
    await three_postings()
    anonymous = await client.get("/jobs?q=용접")
    assert "박서연" not in anonymous.text and "X-CSRF-Token" not in anonymous.text
    await login(client, "owner@example.kr")
    mine = await client.get("/jobs?q=용접")
    assert "박서연" in mine.text and "X-CSRF-Token" in mine.text  # rendered for the member, not reused
    client.cookies.clear()
    again = await client.get("/jobs?q=용접")
    assert "박서연" not in again.text and "X-CSRF-Token" not in again.text
    assert again.text == anonymous.text


async def test_a_posting_page_shows_the_posting_as_it_is_now_in_the_readers_language(client: httpx.AsyncClient) -> None:
    """A posting's own words are rendered once a posting and language (templating.once): an edited posting is
    another entry, and each language has its own."""
    owner, company = await make_employer()
    posting = await make_posting(company, owner.id, title="레이저 가공원", district="myeongji")
    korean = (await client.get(f"/jobs/{posting}")).text
    assert "레이저 가공원" in korean and "명지" in korean and "필수 기술" in korean
    english = (await client.get(f"/jobs/{posting}?lang=en")).text
    assert "Myeongji" in english and "Must-have skills" in english and "필수 기술" not in english

    await Posting.update({Posting.title: "레이저 절단원", Posting.description: "새 설명\n\n- 첫째 일"}).where(
        Posting.id == posting
    )
    changed = (await client.get(f"/jobs/{posting}")).text
    assert "레이저 절단원" in changed and "레이저 가공원" not in changed and "<li>첫째 일</li>" in changed
    assert '"title":"레이저 절단원"' in changed  # the JobPosting for search engines, made once a posting too
