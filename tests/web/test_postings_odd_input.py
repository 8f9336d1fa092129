"""Odd values in every field of the posting form, the posting API and search: a 400 or a result, never a 500."""

import httpx
from litestar import Litestar

from tests.helpers import csrf_of, login, make_employer, make_posting

ODD_TEXT = ["", " ", "0", "-1", "1e400", "99999999999999999999999", "NaN", "9999-12-31", "0001-01-01", "2026-02-30",
            "<script>", "' OR 1=1 --", "용" * 5000, "\u200b", "1.5", "true", "[]", "{}"]  # fmt: skip
ODD_JSON = [*ODD_TEXT, 10**30, -5, 1.5, None, [], {}, [{"text": "x", "level": 99}], [{"text": "x" * 500}]]
VALID = {
    "title": "CNC 선반", "description": "설명", "sector": "machinery", "occupation": "선반", "district": "myeongji",
    "employment_type": "full_time", "shift": "day", "pay_unit": "month", "pay_min": 2600000, "openings": 1,
    "closing_date": "2026-12-31", "must_skills": [{"text": "CNC 선반"}],
}  # fmt: skip
MORE_API_FIELDS = ["pay_max", "start_date", "youth_min_age", "youth_max_age", "nice_skills", "no_experience",
                   "address", "pay_negotiable"]  # fmt: skip
MORE_FORM_FIELDS = ["must_skill", "must_level", "nice_skill", "nice_level", "pay_max", "start_date",
                    "youth_min_age", "youth_max_age"]  # fmt: skip
SEARCH_FIELDS = ["q", "sector", "min_pay", "page", "sort", "skill", "youth", "pay_unit"]


async def test_no_odd_value_is_a_server_error(app: Litestar, client: httpx.AsyncClient) -> None:
    owner, company = await make_employer()
    posting = await make_posting(company, owner.id)
    await login(client, "owner@example.kr")
    token = csrf_of((await client.get("/account")).text)
    client.headers["x-csrf-token"] = token
    failures = []
    targets = (("POST", "/api/v1/employer/postings/"), ("PUT", f"/api/v1/employer/postings/{posting}"))
    for field in [*VALID, *MORE_API_FIELDS]:
        for value in ODD_JSON:
            for method, url in targets:
                response = await client.request(method, url, json={**VALID, field: value})
                if response.status_code not in (200, 201, 400):
                    failures.append((method, url, field, repr(value)[:30], response.status_code))
    form = {name: str(value) for name, value in VALID.items() if name != "must_skills"}
    for field in [*form, *MORE_FORM_FIELDS]:
        for text in ODD_TEXT:
            response = await client.post("/employer/postings", data={**form, field: text, "_csrf": token})
            if response.status_code not in (302, 400):
                failures.append(("form", field, text[:30], response.status_code))
    for field in SEARCH_FIELDS:
        for text in ODD_TEXT:
            for url in ("/jobs", "/api/v1/postings"):
                response = await client.get(url, params={field: text})
                if response.status_code not in (200, 400):
                    failures.append((url, field, text[:30], response.status_code))
    assert failures == []
