"""Saved jobs (스크랩): the save toggle on cards and posting pages, with and without htmx, and the saved jobs page."""

import re

import httpx
import pytest

from jobsfez.db import fetch
from jobsfez.employers.service import Actor
from jobsfez.postings import service as postings
from jobsfez.saved import service as saved
from tests.helpers import csrf_of, login, make_employer, make_posting, make_seeker

HTMX = {"HX-Request": "true"}


async def _company() -> tuple[Actor, dict[str, int]]:
    owner, company = await make_employer()
    ids = {
        "welder": await make_posting(company, owner.id, title="선박 용접공", must=(("TIG 용접", 3),), nice=()),
        "lathe": await make_posting(company, owner.id, title="CNC선반 가공원", must=(("CNC 선반", None),), nice=()),
        "draft": await make_posting(company, owner.id, title="용접 초안", publish=False),
    }
    return Actor(user_id=owner.id, employer_id=company, role="owner", approved=True), ids


def _saved_titles(html: str) -> list[str]:
    return [t.strip() for t in re.findall(r"<h2>(?:<a href=\"/jobs/\d+\">)?([^<]+)", html)]


async def test_a_seeker_saves_from_a_card_and_a_page_and_finds_them_newest_first(client: httpx.AsyncClient) -> None:
    actor, ids = await _company()
    await make_seeker()
    await login(client, "seeker@example.kr")
    search = await client.get("/jobs")
    assert search.text.count("☆ 스크랩") == 2 and "스크랩함" not in search.text
    # without JavaScript: the card's form posts and comes back to the same search
    saved_card = await client.post(
        f"/me/saved/{ids['welder']}", data={"_csrf": csrf_of(search.text), "back": "/jobs?q=%EC%9A%A9%EC%A0%91"}
    )
    assert saved_card.status_code == 303 and saved_card.headers["location"] == "/jobs?q=%EC%9A%A9%EC%A0%91"
    again = await client.get("/jobs")
    assert again.text.count("★ 스크랩함") == 1 and f'action="/me/saved/{ids["welder"]}/delete"' in again.text
    # with htmx, from the posting page: the button swaps for its new state
    page = await client.get(f"/jobs/{ids['lathe']}")
    assert f'action="/me/saved/{ids["lathe"]}"' in page.text
    fragment = await client.post(
        f"/me/saved/{ids['lathe']}", data={"_csrf": csrf_of(page.text), "back": "//evil.example"}, headers=HTMX
    )
    assert fragment.status_code == 200 and "<html" not in fragment.text and "★ 스크랩함" in fragment.text
    assert 'name="back" value="/"' in fragment.text  # another site is never a way back
    # saving twice is saving once
    await client.post(f"/me/saved/{ids['lathe']}", data={"_csrf": csrf_of(page.text)}, headers=HTMX)
    await postings.close(actor, ids["welder"])
    listed = await client.get("/me/saved")
    assert _saved_titles(listed.text) == ["CNC선반 가공원", "선박 용접공"]
    assert listed.text.count('<span class="badge">마감</span>') == 1
    # unsaving from the list
    gone = await client.post(f"/me/saved/{ids['lathe']}/delete", data={"_csrf": csrf_of(listed.text)}, headers=HTMX)
    assert "☆ 스크랩" in gone.text
    assert _saved_titles((await client.get("/me/saved")).text) == ["선박 용접공"]


async def test_what_cannot_be_saved_changes_nothing(client: httpx.AsyncClient) -> None:
    _, ids = await _company()
    await make_seeker()
    await login(client, "seeker@example.kr")
    token = csrf_of((await client.get("/me/saved")).text)
    for posting_id in (ids["draft"], 999_999, 10**30):
        refused = await client.post(f"/me/saved/{posting_id}", data={"_csrf": token})
        assert refused.status_code == 404 and "찾을 수 없" in refused.text
    no_token = await client.post(f"/me/saved/{ids['welder']}", data={"_csrf": "forged"})
    assert no_token.status_code == 403
    bad_page = await client.get("/me/saved?page=abc")
    assert bad_page.status_code == 400
    assert await fetch("SELECT * FROM saved_postings") == []


async def test_only_a_seeker_saves(client: httpx.AsyncClient) -> None:
    _, ids = await _company()
    anonymous = await client.get("/me/saved")
    assert anonymous.status_code == 302 and anonymous.headers["location"].startswith("/login")
    await login(client, "owner@example.kr")
    token = csrf_of((await client.get("/jobs")).text)
    assert (await client.post(f"/me/saved/{ids['welder']}", data={"_csrf": token})).status_code == 403
    assert "스크랩" not in (await client.get("/jobs")).text


async def test_an_anonymous_search_shows_no_save_button_and_asks_nothing_more(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _company()

    async def never(*_: object) -> frozenset[int]:
        raise AssertionError("an anonymous visitor's search page asked for saved jobs")

    monkeypatch.setattr(saved, "saved_among", never)
    monkeypatch.setattr(saved, "is_saved", never)
    page = await client.get("/jobs")
    assert page.status_code == 200 and "save-toggle" not in page.text
    fragment = await client.get("/jobs?q=용접", headers={**HTMX, "HX-Target": "results"})
    assert fragment.status_code == 200 and "save-toggle" not in fragment.text
    assert "save-toggle" not in (await client.get("/jobs/" + str(await _first_posting()))).text


async def _first_posting() -> int:
    return int((await fetch("SELECT min(id) AS id FROM postings WHERE status = 'published'"))[0]["id"])


async def test_the_list_pages_and_keeps_a_removed_posting_as_closed(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, ids = await _company()
    seeker = await make_seeker()
    for posting_id in (ids["welder"], ids["lathe"]):
        await saved.save(seeker.id, posting_id)
    await fetch("DELETE FROM postings WHERE id = $1", ids["welder"])
    monkeypatch.setattr(saved, "PAGE_SIZE", 1)
    await login(client, "seeker@example.kr")
    first = await client.get("/me/saved")
    assert _saved_titles(first.text) == ["CNC선반 가공원"]
    assert "전체 2페이지 중 1페이지" in first.text and 'rel="next"' in first.text
    second = await client.get("/me/saved?page=2")
    # the deleted posting: its title as saved, marked closed, no link and nothing to press
    assert _saved_titles(second.text) == ["선박 용접공"] and "마감" in second.text
    assert f"/jobs/{ids['welder']}" not in second.text and "save-toggle" not in second.text
    for far in ("7", "-3", "9" * 30):
        past = await client.get("/me/saved?page=" + far)
        assert past.status_code == 200 and ("첫 페이지로" in past.text or far == "-3")


async def test_recommendations_and_a_company_page_carry_the_save_button_with_one_query_each(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, ids = await _company()
    seeker = await make_seeker()
    await login(client, "seeker@example.kr")
    profile = {"skill_text": ["TIG 용접", "CNC 선반"], "skill_level": ["3", ""], "skill_years": ["", ""]}
    answer = await client.post("/me", data={**profile, "_csrf": csrf_of((await client.get("/me")).text)})
    assert answer.status_code == 200
    await saved.save(seeker.id, ids["welder"])
    asked: list[list[int]] = []
    saved_among = saved.saved_among

    async def counted(user_id: int, posting_ids: object) -> frozenset[int]:
        listed = sorted(posting_ids)  # type: ignore[call-overload]
        asked.append(listed)
        return await saved_among(user_id, listed)

    monkeypatch.setattr(saved, "saved_among", counted)
    employer_id = (await fetch("SELECT employer_id FROM postings WHERE id = $1", ids["welder"]))[0]["employer_id"]
    for path in ("/me/recommended", f"/companies/{employer_id}"):
        page = (await client.get(path)).text
        # the saved one says so and offers to remove it, the other offers to save it; either comes back here
        assert page.count("★ 스크랩함") == 1 and page.count("☆ 스크랩") == 1, path
        assert f'action="/me/saved/{ids["welder"]}/delete"' in page and f'action="/me/saved/{ids["lathe"]}"' in page
        assert page.count(f'name="back" value="{path}"') == 2
    # the saved state of every card on a page in one question
    assert asked == [sorted((ids["welder"], ids["lathe"]))] * 2
    client.cookies.clear()
    anonymous = await client.get(f"/companies/{employer_id}")
    assert anonymous.status_code == 200 and "save-toggle" not in anonymous.text and len(asked) == 2
