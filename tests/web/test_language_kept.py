"""A person reading in English through a ``?lang=en`` address (no cookie) stays in English through a form: its answer,
its redirect and the page after it; the language switch still switches (issue 17)."""

import httpx

from jobsfez.web.languages import with_language, without_language
from tests.helpers import PASSWORD, csrf_of, make_employer, make_posting, make_seeker

ENGLISH_LOGIN = "http://testserver/login?lang=en"


async def test_a_form_sent_from_an_english_page_answers_and_redirects_in_english(client: httpx.AsyncClient) -> None:
    await make_seeker()
    page = await client.get("/login?lang=en")
    assert '<html lang="en">' in page.text and "lang" not in client.cookies
    token = csrf_of(page.text)
    # a mistake: the same form again, in English (the browser names the page it sent the form from)
    wrong = await client.post(
        "/login",
        data={"email": "seeker@example.kr", "password": "not it", "_csrf": token},
        headers={"referer": ENGLISH_LOGIN},
    )
    assert wrong.status_code == 400 and '<html lang="en">' in wrong.text and "Log in" in wrong.text
    # that page's address is /login, the Referer of the next try: the form itself says English
    assert '<input type="hidden" name="_lang" value="en">' in wrong.text
    again = {"email": "seeker@example.kr", "password": "still not", "_csrf": token}
    for field, shown in (("en", '<html lang="en">'), ("xx", '<html lang="ko">'), ("ko", '<html lang="ko">')):
        answer = await client.post(
            "/login", data={**again, "_lang": field}, headers={"referer": "http://testserver/login"}
        )
        assert answer.status_code == 400 and shown in answer.text, field
    done = await client.post(
        "/login",
        data={"email": "seeker@example.kr", "password": PASSWORD, "next": "/me/saved", "_csrf": token, "_lang": "en"},
        headers={"referer": "http://testserver/login"},
    )
    assert done.status_code == 302 and done.headers["location"] == "/me/saved?lang=en"
    landed = await client.get(done.headers["location"])
    assert '<html lang="en">' in landed.text and "Saved jobs" in landed.text
    assert "lang" not in client.cookies  # the address said English; nothing was stored


async def test_an_htmx_form_and_a_plain_form_keep_the_pages_language(client: httpx.AsyncClient) -> None:
    owner, company = await make_employer()
    posting_id = await make_posting(company, owner.id, title="선박 용접공")
    await make_seeker()
    page = await client.get("/login?lang=en")
    await client.post("/login", data={"email": "seeker@example.kr", "password": PASSWORD, "_csrf": csrf_of(page.text)})
    english_page = f"http://testserver/jobs/{posting_id}?lang=en"
    token = csrf_of((await client.get(f"/jobs/{posting_id}?lang=en")).text)
    # htmx names the page it works in: the swapped-in button is English
    toggled = await client.post(
        f"/me/saved/{posting_id}",
        data={"_csrf": token, "back": f"/jobs/{posting_id}"},
        headers={"hx-request": "true", "hx-current-url": english_page},
    )
    assert "Job saved" in toggled.text and "스크랩" not in toggled.text
    # without script, the way back keeps the language, before the address's own fragment
    plain = await client.post(
        f"/me/saved/{posting_id}/delete",
        data={"_csrf": token, "back": f"/jobs/{posting_id}#top"},
        headers={"referer": english_page},
    )
    assert plain.status_code == 303 and plain.headers["location"] == f"/jobs/{posting_id}?lang=en#top"
    # the same form sent from a page in the cookie's language changes nothing in the address
    korean = await client.post(
        f"/me/saved/{posting_id}",
        data={"_csrf": token, "back": f"/jobs/{posting_id}"},
        headers={"referer": f"http://testserver/jobs/{posting_id}"},
    )
    assert korean.headers["location"] == f"/jobs/{posting_id}"


async def test_the_language_switch_on_an_english_address_switches(client: httpx.AsyncClient) -> None:
    switched = await client.get("/lang/ko?next=/jobs%3Fq%3D%EC%9A%A9%EC%A0%91%26lang%3Den")
    assert switched.headers["location"] == "/jobs?q=%EC%9A%A9%EC%A0%91"
    assert '<html lang="ko">' in (await client.get(switched.headers["location"])).text


def test_addresses_gain_and_lose_the_language_only_where_they_should() -> None:
    assert with_language("/jobs", "en") == "/jobs?lang=en"
    assert with_language("/jobs?q=a#x", "en") == "/jobs?q=a&lang=en#x"
    assert with_language("/jobs?lang=ko", "en") == "/jobs?lang=ko"  # one that names a language decides
    for elsewhere in ("https://example.com/", "//evil.example/", '{"path": "/jobs"}'):
        assert with_language(elsewhere, "en") == elsewhere
    assert without_language("/jobs?lang=en&q=a#x") == "/jobs?q=a#x"
    assert without_language("/jobs?lang=en") == "/jobs"


async def test_an_htmx_search_on_an_english_page_answers_and_pushes_english(client: httpx.AsyncClient) -> None:
    owner, company = await make_employer()
    await make_posting(company, owner.id, title="선박 용접공")
    headers = {"hx-request": "true", "hx-target": "results", "hx-current-url": "http://testserver/jobs?lang=en"}
    found = await client.get("/jobs?q=%EC%9A%A9%EC%A0%91", headers=headers)
    assert "1 open job" in found.text and "선박 용접공" in found.text
    assert found.headers["hx-push-url"] == "/jobs?q=%EC%9A%A9%EC%A0%91&lang=en"  # a reload stays English
