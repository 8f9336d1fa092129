"""A user's first steps: the welcome after sign-up, the profile's completeness, where each kind of user lands after
logging in, the home once logged in, and the page an erased account lands on."""

import httpx
import pytest

from tests.helpers import (
    PASSWORD,
    csrf_of,
    finish_signup,
    form_post,
    login,
    make_centre,
    make_employer,
    make_seeker,
    make_staff,
)
from tests.web.test_seekers import _profile


async def test_a_new_seeker_is_welcomed_and_led_to_the_profile(client: httpx.AsyncClient) -> None:
    data = {"email": "new@example.kr", "password": PASSWORD, "display_name": "한지우", "consent": "on"}
    await form_post(client, "/signup", "/signup", data)
    finished = await finish_signup(client, "new@example.kr")
    assert finished.status_code == 302 and finished.headers["location"] == "/me/welcome"
    welcome = await client.get("/me/welcome")
    assert welcome.status_code == 200 and "한지우님, jobsfez에 오신 것을 환영합니다!" in welcome.text
    assert 'href="/me"' in welcome.text and 'href="/me#skills"' in welcome.text


async def test_the_welcome_is_a_seeker_s_page(client: httpx.AsyncClient) -> None:
    assert (await client.get("/me/welcome")).status_code in (302, 401)
    await make_employer("boss@example.kr")
    await login(client, "boss@example.kr")
    assert (await client.get("/me/welcome")).status_code == 403


async def test_the_profile_and_the_home_show_what_is_missing_with_links(client: httpx.AsyncClient) -> None:
    await make_seeker("fill@example.kr")
    await login(client, "fill@example.kr")
    empty = await client.get("/me")
    assert "프로필 완성도 0%" in empty.text
    for anchor in ("skills", "preferences", "f-earliest_start", "resume", "f-summary", "f-phone"):
        assert f'href="/me#{anchor}"' in empty.text and f'id="{anchor}"' in empty.text, anchor
    home = await client.get("/")
    assert "프로필 완성도 0%" in home.text and 'href="/me#skills"' in home.text
    saved = await client.post("/me", data={**_profile(), "_csrf": csrf_of(empty.text)})
    # skills, preferences, start date and phone given; no résumé, no summary
    assert "프로필 완성도 67%" in saved.text
    assert 'href="/me#resume"' in saved.text and 'href="/me#skills"' not in saved.text
    assert "프로필 완성도 67%" in (await client.get("/")).text


async def test_the_logged_in_home_offers_no_sign_up(client: httpx.AsyncClient) -> None:
    anonymous = await client.get("/")
    assert 'class="button" href="/signup"' in anonymous.text
    await make_seeker("in@example.kr")
    await login(client, "in@example.kr")
    home = await client.get("/")
    assert 'href="/signup"' not in home.text and 'href="/employers/register"' not in home.text


async def _make_employer() -> None:
    await make_employer("boss@example.kr")


async def _make_centre() -> None:
    await make_centre("centre@example.kr")


async def _make_staff() -> None:
    await make_staff("ops@example.kr")


async def _make_seeker() -> None:
    await make_seeker("seek@example.kr")


@pytest.mark.parametrize(
    ("make", "email", "landing"),
    [
        (_make_employer, "boss@example.kr", "/employer"),
        (_make_centre, "centre@example.kr", "/centre"),
        (_make_staff, "ops@example.kr", "/staff"),
        (_make_seeker, "seek@example.kr", "/"),
    ],
)
async def test_each_user_lands_on_their_own_page_after_login(
    client: httpx.AsyncClient, make: object, email: str, landing: str
) -> None:
    await make()  # type: ignore[operator]
    response = await login(client, email)
    assert response.headers["location"] == landing
    assert (await client.get(landing)).status_code == 200


async def test_a_safe_next_still_wins_and_an_unsafe_one_does_not(client: httpx.AsyncClient) -> None:
    await make_employer("boss@example.kr")
    for asked, landing in (
        ("/employer/postings", "/employer/postings"),
        ("//evil.example/", "/employer"),
        ("https://evil.example/", "/employer"),
        ("/\\evil.example", "/employer"),
    ):
        client.cookies.clear()
        page = await client.get("/login", params={"next": asked})
        response = await client.post(
            "/login",
            data={"email": "boss@example.kr", "password": PASSWORD, "next": asked, "_csrf": csrf_of(page.text)},
        )
        assert response.status_code == 302 and response.headers["location"] == landing, asked


async def test_an_erased_account_lands_on_a_page_that_says_so(client: httpx.AsyncClient) -> None:
    await make_seeker("bye@example.kr")
    await login(client, "bye@example.kr")
    page = await client.get("/me/delete")
    gone = await client.post("/me/delete", data={"password": PASSWORD, "_csrf": csrf_of(page.text)})
    landed = await client.get(gone.headers["location"])
    assert landed.status_code == 200 and "계정과 모든 정보가 삭제되었습니다" in landed.text
    assert "계정과 모든 정보가 삭제되었습니다" not in (await client.get("/")).text
