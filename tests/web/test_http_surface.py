"""What every response says about caching, compression, crawlers and languages (issue 18, the HTTP surface)."""

import gzip
import re

import httpx

from jobsfez.config import Settings
from tests.helpers import login, make_seeker

VERSIONED = re.compile(r'src="(/static/htmx\.min\.js\?v=[0-9a-f]+)"')


async def test_personal_pages_and_the_api_are_never_stored(client: httpx.AsyncClient) -> None:
    await make_seeker()
    await login(client, "seeker@example.kr")
    for path in ("/me", "/inbox", "/account", "/api/v1/postings", "/", "/no-such-page"):
        response = await client.get(path)
        assert response.headers["cache-control"] == "no-store", path


async def test_static_files_are_versioned_cached_for_a_year_and_answer_304(client: httpx.AsyncClient) -> None:
    page = await client.get("/")
    found = VERSIONED.search(page.text)
    assert found is not None, "the page links htmx by a versioned URL"
    first = await client.get(found[1], headers={"accept-encoding": "gzip"})
    assert first.status_code == 200 and first.headers["content-encoding"] == "gzip"
    assert "immutable" in first.headers["cache-control"] and "max-age=31536000" in first.headers["cache-control"]
    assert int(first.headers["content-length"]) < len(first.content) / 2  # the gzipped bytes went over the wire
    again = await client.get(found[1], headers={"if-none-match": first.headers["etag"]})
    assert again.status_code == 304 and again.content == b""
    plain = await client.get("/static/htmx.min.js", headers={"accept-encoding": "identity"})
    assert plain.headers["cache-control"] == "no-cache" and "content-encoding" not in plain.headers
    assert plain.content == first.content
    assert (await client.get("/static/../pyproject.toml")).status_code == 404


async def test_text_pages_are_compressed(client: httpx.AsyncClient) -> None:
    async with client.stream("GET", "/jobs", headers={"accept-encoding": "gzip"}) as response:
        raw = b"".join([chunk async for chunk in response.aiter_raw()])
    assert response.headers["content-encoding"] == "gzip"
    assert b"<html" in gzip.decompress(raw)


async def test_robots_txt_points_at_the_sitemap(client: httpx.AsyncClient, settings: Settings) -> None:
    response = await client.get("/robots.txt")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain")
    assert f"Sitemap: {settings.base_url}/sitemap.xml" in response.text
    assert "Disallow: /me" in response.text and "Disallow: /api/" in response.text


async def test_each_language_has_its_own_url_named_by_hreflang(client: httpx.AsyncClient) -> None:
    page = await client.get("/jobs?sector=shipbuilding_marine")
    assert (
        '<link rel="alternate" hreflang="en" href="http://testserver/jobs?sector=shipbuilding_marine&amp;lang=en">'
        in page.text
    )
    assert 'hreflang="ko"' in page.text and 'hreflang="x-default"' in page.text
    english = await client.get("/jobs?sector=shipbuilding_marine&lang=en")
    assert '<html lang="en">' in english.text
    assert '<html lang="ko">' in (await client.get("/jobs")).text  # the query changed no cookie


async def test_a_long_query_has_its_own_alternates_too(client: httpx.AsyncClient) -> None:
    """Long queries are not remembered (REMEMBERED_QUERY_BYTES), and their pages name themselves all the same."""
    page = await client.get("/jobs", params={"q": "용접", "x": "y" * 600})
    assert page.status_code == 200
    english = f'hreflang="en" href="http://testserver/jobs?q=%EC%9A%A9%EC%A0%91&amp;x={"y" * 600}&amp;lang=en">'
    assert english in page.text


async def test_a_cached_response_carries_only_its_own_request_id(client: httpx.AsyncClient) -> None:
    for path in ("/sitemap.xml", "/jobs/feed.atom"):
        first = await client.get(path)
        second = await client.get(path)
        assert len(second.headers.get_list("x-request-id")) == 1, path
        assert second.headers["x-request-id"] != first.headers["x-request-id"]
        assert "no-store" not in second.headers["cache-control"]
