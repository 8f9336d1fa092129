"""Saved searches: kept from the search page as the search reads them, listed with run, delete and e-mail toggle."""

import json
import re

import httpx
import pytest

from jobsfez.db import fetch
from jobsfez.saved import service as saved
from tests.helpers import PASSWORD, csrf_of, login, make_employer, make_posting, make_seeker

HTMX = {"HX-Request": "true"}


def _hidden(html: str) -> dict[str, str]:
    """The search's own fields of the "save this search" form."""
    form = html[html.index('id="save-search"') :]
    form = form[: form.index("</form>")]
    return dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form))


async def test_a_seeker_saves_a_search_and_runs_toggles_and_deletes_it(client: httpx.AsyncClient) -> None:
    owner, company = await make_employer()
    await make_posting(company, owner.id, title="선박 용접공", district="ungdong")
    await make_seeker()
    await login(client, "seeker@example.kr")
    search = await client.get("/jobs", params={"q": "  용접 ", "district": "ungdong", "page": "1", "sector": ""})
    fields = _hidden(search.text)
    # normalised as the search reads them: words trimmed, empty filters and the first page left out
    assert fields.pop("_csrf") and fields == {"q": "용접", "district": "ungdong"}
    answer = await client.post("/me/searches", data={**fields, "_csrf": csrf_of(search.text), "name": ""}, headers=HTMX)
    assert answer.status_code == 200 and "검색을 저장했습니다" in answer.text and "<html" not in answer.text
    # the same search again: told, nothing added
    again = await client.post("/me/searches", data={**fields, "_csrf": csrf_of(search.text)}, headers=HTMX)
    assert again.status_code == 409 and "이미 저장한 검색입니다" in again.text, again.text
    listed = await client.get("/me/searches")
    # the default name reads the search: its words, then the district's name
    assert re.search(r"<h2>용접 · 웅동</h2>", listed.text), listed.text
    run = re.search(r'href="(/jobs\?[^"]+)">검색하기', listed.text)
    assert run and (await client.get(run.group(1).replace("&amp;", "&"))).text.count('<article class="card job') == 1
    assert "매일 이메일: 켜짐" in listed.text
    search_id = int(re.findall(r"/me/searches/(\d+)/delete", listed.text)[0])
    token = csrf_of(listed.text)
    off = await client.post(f"/me/searches/{search_id}/alerts", data={"_csrf": token, "alerts": "off"})
    assert off.status_code == 303 and "매일 이메일: 꺼짐" in (await client.get("/me/searches")).text
    odd = await client.post(f"/me/searches/{search_id}/alerts", data={"_csrf": token, "alerts": "maybe"})
    assert odd.status_code == 400
    assert (await fetch("SELECT alerts FROM saved_searches")) == [{"alerts": False}]
    assert (await client.post(f"/me/searches/{search_id}/delete", data={"_csrf": token})).status_code == 303
    assert await fetch("SELECT * FROM saved_searches") == []


async def test_bad_searches_names_and_the_limit_are_told_and_change_nothing(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    await make_seeker()
    await login(client, "seeker@example.kr")
    token = csrf_of((await client.get("/me/searches")).text)
    bad = await client.post("/me/searches", data={"_csrf": token, "district": "atlantis"}, headers=HTMX)
    assert bad.status_code == 400 and "표시된 항목" in bad.text
    long_name = await client.post("/me/searches", data={"_csrf": token, "name": "가" * 101})
    assert long_name.status_code == 400 and "<html" in long_name.text  # without htmx: a whole page with a way back
    forged = await client.post("/me/searches", data={"_csrf": "forged", "q": "용접"})
    assert forged.status_code == 403
    monkeypatch.setattr(saved, "MAX_SEARCHES", 2)
    for word in ("용접", "선반"):
        assert (await client.post("/me/searches", data={"_csrf": token, "q": word})).status_code == 200
    third = await client.post("/me/searches", data={"_csrf": token, "q": "지게차"}, headers=HTMX)
    assert third.status_code == 409 and "최대 2개" in third.text
    names = [r["name"] for r in await fetch("SELECT name FROM saved_searches ORDER BY id")]
    assert names == ["용접", "선반"]


async def test_another_seekers_saved_search_is_unreachable(client: httpx.AsyncClient) -> None:
    first = await make_seeker("first@example.kr")
    await make_seeker("second@example.kr")
    search_id = await saved.save_search(first.id, saved.SearchInput(q="용접"), "첫째의 검색")
    await login(client, "second@example.kr")
    page = await client.get("/me/searches")
    assert "첫째의 검색" not in page.text
    token = csrf_of(page.text)
    assert (await client.post(f"/me/searches/{search_id}/delete", data={"_csrf": token})).status_code == 404
    assert (
        await client.post(f"/me/searches/{search_id}/alerts", data={"_csrf": token, "alerts": "off"})
    ).status_code == 404
    assert await fetch("SELECT name, alerts FROM saved_searches") == [{"name": "첫째의 검색", "alerts": True}]


async def test_saved_jobs_and_searches_are_in_the_data_export_and_go_with_the_account(
    client: httpx.AsyncClient,
) -> None:
    owner, company = await make_employer()
    posting = await make_posting(company, owner.id, title="선박 용접공")
    seeker = await make_seeker()
    await saved.save(seeker.id, posting)
    await saved.save_search(seeker.id, saved.SearchInput(q="용접", district="ungdong"), "")
    await login(client, "seeker@example.kr")
    exported = json.loads((await client.get("/me/export")).content)
    assert [(j["posting_id"], j["title"]) for j in exported["saved_jobs"]] == [(posting, "선박 용접공")]
    assert [(s["name"], s["params"]) for s in exported["saved_searches"]] == [
        ("용접 · 웅동", {"q": "용접", "district": "ungdong"})
    ]
    page = await client.get("/me/delete")
    await client.post("/me/delete", data={"password": PASSWORD, "_csrf": csrf_of(page.text)})
    assert await fetch("SELECT 1 FROM saved_postings UNION ALL SELECT 1 FROM saved_searches") == []
