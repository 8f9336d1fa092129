"""The postings JSON API: public search and read; employers create and update with session and CSRF header."""

from datetime import timedelta
from typing import Any

import httpx

from jobsfez.postings.tables import Posting, PostingHistory
from jobsfez.postings.validation import seoul_today
from tests.helpers import csrf_of, login, make_employer, make_posting


def body(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "title": "Python 백엔드 개발자",
        "description": "명지 AI 허브에서 제조 데이터 API를 만듭니다.",
        "sector": "ai_software",
        "occupation": "백엔드 개발자",
        "district": "myeongji",
        "employment_type": "full_time",
        "shift": "flexible",
        "closing_date": (seoul_today() + timedelta(days=14)).isoformat(),
        "pay_unit": "year",
        "pay_min": 36_000_000,
        "openings": 1,
        "must_skills": [{"text": "Phyton", "level": 3}],
        "nice_skills": [{"text": "PostgreSQL"}],
    }
    data.update(changes)
    return data


async def employer_client(client: httpx.AsyncClient, email: str = "owner@example.kr") -> dict[str, str]:
    await login(client, email)
    return {"X-CSRF-Token": csrf_of((await client.get("/employer/postings/new")).text)}


async def test_an_employer_creates_publishes_and_updates_through_the_api(client: httpx.AsyncClient) -> None:
    await make_employer()
    headers = await employer_client(client)
    created = await client.post("/api/v1/employer/postings", json=body(), headers=headers)
    assert created.status_code == 201, created.text
    posting = created.json()
    assert posting["status"] == "draft" and posting["pay"] == {
        "unit": "year",
        "min": 36_000_000,
        "max": None,
        "negotiable": False,
        "currency": "KRW",
    }
    assert posting["must_skills"] == [{"text": "Phyton", "level": 3, "key": "python"}]
    posting_id = posting["id"]

    published = await client.post(f"/api/v1/employer/postings/{posting_id}/publish", headers=headers)
    assert published.status_code == 200 and published.json()["status"] == "published"
    updated = await client.put(
        f"/api/v1/employer/postings/{posting_id}", json=body(openings=3, title="Python 개발자"), headers=headers
    )
    assert updated.status_code == 200 and updated.json()["openings"] == 3
    assert [h.action for h in await PostingHistory.objects().order_by(PostingHistory.id)] == [
        "created",
        "published",
        "updated",
    ]
    mine = await client.get("/api/v1/employer/postings")
    assert [p["title"] for p in mine.json()] == ["Python 개발자"]

    client.cookies.clear()
    found = await client.get("/api/v1/postings", params={"q": "phyton", "sector": "ai_software"})
    assert found.status_code == 200
    assert [p["id"] for p in found.json()["items"]] == [posting_id] and found.json()["total"] == 1
    read = await client.get(f"/api/v1/postings/{posting_id}")
    assert read.json()["company"]["verified"] is True and read.json()["url"] == f"http://testserver/jobs/{posting_id}"


async def test_the_api_refuses_bad_postings_with_field_messages_and_stores_nothing(client: httpx.AsyncClient) -> None:
    await make_employer()
    headers = await employer_client(client)
    below = await client.post("/api/v1/employer/postings", json=body(pay_unit="hour", pay_min=9_000), headers=headers)
    assert below.status_code == 400
    assert below.json()["detail"] == "급여는 법정 최저임금 이상이어야 합니다: 시급 10,320원"
    assert below.json()["fields"] == {"pay_min": "법정 최저임금보다 낮습니다."}
    past = await client.post(
        "/api/v1/employer/postings", json=body(closing_date="2020-01-01", title=""), headers=headers
    )
    assert set(past.json()["fields"]) == {"closing_date", "title"}
    shape = await client.post("/api/v1/employer/postings", json=body(pay_min="lots"), headers=headers)
    assert shape.status_code == 400 and "pay_min" in shape.json()["fields"]
    missing = body()
    del missing["title"]
    assert "title" in (await client.post("/api/v1/employer/postings", json=missing, headers=headers)).json()["fields"]
    assert await Posting.count() == 0


async def test_the_employer_api_needs_a_session_and_the_csrf_header(client: httpx.AsyncClient) -> None:
    await make_employer()
    assert (await client.post("/api/v1/employer/postings", json=body())).status_code == 401
    await login(client, "owner@example.kr")
    assert (await client.post("/api/v1/employer/postings", json=body())).status_code == 403
    assert await Posting.count() == 0


async def test_public_api_pages_and_drafts(client: httpx.AsyncClient) -> None:
    owner, company = await make_employer()
    draft = await make_posting(company, owner.id, publish=False)
    for n in range(21):
        await make_posting(company, owner.id, title=f"용접공 {n}", must=(), nice=())
    first = (await client.get("/api/v1/postings", params={"q": "용접공"})).json()
    assert (first["total"], first["pages"], len(first["items"])) == (21, 2, 20)
    assert first["next"] == "http://testserver/api/v1/postings?q=%EC%9A%A9%EC%A0%91%EA%B3%B5&page=2"
    assert (await client.get(f"/api/v1/postings/{draft}")).status_code == 404
    bad = await client.get("/api/v1/postings", params={"sort": "random"})
    assert bad.status_code == 400 and "sort" in bad.json()["fields"]


async def test_the_schema_documents_the_models(client: httpx.AsyncClient) -> None:
    schema = (await client.get("/schema/openapi.json")).json()
    assert {"/api/v1/postings", "/api/v1/postings/{posting_id}", "/api/v1/employer/postings/{posting_id}"} <= set(
        schema["paths"]
    )
    components = schema["components"]["schemas"]
    assert {"PostingIn", "PostingOut", "PostingPageOut"} <= set(components)
    assert "closing_date" in components["PostingIn"]["required"]
    assert not any(path.startswith("/employer/postings") or path.startswith("/jobs") for path in schema["paths"])


async def test_the_schema_shows_no_injected_settings(client: httpx.AsyncClient) -> None:
    """Handlers are handed the app's settings by dependency injection: an API user never sees them as a parameter."""
    schema = (await client.get("/schema/openapi.json")).json()
    operations = [op for path in schema["paths"].values() for op in path.values() if isinstance(op, dict)]
    names = {parameter["name"] for op in operations for parameter in op.get("parameters", [])}
    assert "q" in names and "settings" not in names


async def test_deeply_nested_json_is_a_400_and_stores_nothing(client: httpx.AsyncClient) -> None:
    await make_employer()
    headers = {**await employer_client(client), "content-type": "application/json"}
    for nested in ('{"title": ' * 1000 + "1" + "}" * 1000, "[" * 1000 + "]" * 1000, '{"a": [' * 500 + "]}" * 500):
        response = await client.post("/api/v1/employer/postings", content=nested, headers=headers)
        assert response.status_code == 400, nested[:20]
        assert response.json()["status"] == 400
    assert await Posting.count() == 0
