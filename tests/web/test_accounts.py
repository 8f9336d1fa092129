import httpx
import pytest

from jobsfez.accounts.tables import User
from jobsfez.notifications.tables import Notification
from tests.helpers import PASSWORD, csrf_of, finish_signup, form_post, login, make_seeker, signup_link, without_tokens


async def test_seeker_signs_up_by_the_emailed_link_and_is_logged_in(client: httpx.AsyncClient) -> None:
    response = await form_post(
        client,
        "/signup",
        "/signup",
        {"email": "Mina@Example.kr", "password": PASSWORD, "display_name": "이민아", "consent": "on"},
    )
    assert response.status_code == 200 and "Mina@Example.kr" in response.text and "이메일을 확인" in response.text
    assert await User.count() == 0  # an account only for an address its owner reads
    finished = await finish_signup(client, "mina@example.kr")
    assert finished.status_code == 302
    home = await client.get("/")
    assert "이민아" in home.text
    assert await User.count().where(User.email == "mina@example.kr") == 1
    link = await signup_link("mina@example.kr")
    assert (await client.get(link)).status_code == 404  # the link works once


@pytest.mark.parametrize(
    ("data", "field_message"),
    [
        ({"email": "not-an-email", "password": PASSWORD, "display_name": "x"}, "올바른 이메일"),
        ({"email": "a@example.kr", "password": "short", "display_name": "x"}, "8자 이상"),
        ({"email": "a@example.kr", "password": "qwer1234", "display_name": "x"}, "너무 흔한"),
        ({"email": "a@example.kr", "password": PASSWORD, "display_name": "   "}, "이름을 입력"),
        ({"email": "a@example.kr", "password": "x" * 129, "display_name": "x"}, "128자"),
    ],
)
async def test_bad_signup_explains_in_korean_and_stores_nothing(
    client: httpx.AsyncClient, data: dict[str, str], field_message: str
) -> None:
    response = await form_post(client, "/signup", "/signup", data)
    assert response.status_code == 400
    assert field_message in response.text
    assert await User.count() == 0


async def test_bad_signup_explains_in_english_after_the_switch(client: httpx.AsyncClient) -> None:
    await client.get("/lang/en?next=/signup")
    response = await form_post(
        client, "/signup", "/signup", {"email": "a@example.kr", "password": "short", "display_name": "A"}
    )
    assert "Use at least 8 characters." in response.text
    assert await User.count() == 0


async def test_long_passphrase_of_64_characters_is_accepted(client: httpx.AsyncClient) -> None:
    phrase = "바다 위 크레인이 컨테이너를 들어 올리는 아침 " * 3
    phrase = phrase[:64]
    response = await form_post(
        client,
        "/signup",
        "/signup",
        {"email": "long@example.kr", "password": phrase, "display_name": "A", "consent": "on"},
    )
    assert response.status_code == 200
    assert (await finish_signup(client, "long@example.kr")).status_code == 302
    client.cookies.clear()
    await login(client, "long@example.kr", phrase)


async def test_signing_up_with_a_registered_address_answers_as_for_a_new_one(client: httpx.AsyncClient) -> None:
    """Whether an address has an account is told only to the address, by email."""
    await make_seeker("dup@example.kr")
    taken = await form_post(
        client,
        "/signup",
        "/signup",
        {"email": "DUP@example.kr", "password": PASSWORD, "display_name": "x", "consent": "on"},
    )
    client.cookies.clear()
    fresh = await form_post(
        client,
        "/signup",
        "/signup",
        {"email": "NEW@example.kr", "password": PASSWORD, "display_name": "x", "consent": "on"},
    )
    assert taken.status_code == fresh.status_code == 200
    assert without_tokens(taken.text.replace("DUP@", "NEW@")) == without_tokens(fresh.text)
    assert await User.count() == 1
    told = await Notification.objects().where(Notification.recipient == "dup@example.kr")
    assert [n.kind for n in told] == ["account_exists"]
    assert "/login" in told[0].payload and "/signup/" not in told[0].payload


async def test_an_address_gets_at_most_three_sign_up_emails_a_day(client: httpx.AsyncClient) -> None:
    for _ in range(5):
        response = await form_post(
            client,
            "/signup",
            "/signup",
            {"email": "victim@example.kr", "password": PASSWORD, "display_name": "x", "consent": "on"},
        )
        assert response.status_code == 200
    assert await Notification.count().where(Notification.recipient == "victim@example.kr") == 3


async def test_wrong_password_and_unknown_account_get_the_same_answer(client: httpx.AsyncClient) -> None:
    await make_seeker("known@example.kr")
    wrong = await form_post(client, "/login", "/login", {"email": "known@example.kr", "password": "wrong password"})
    unknown = await form_post(client, "/login", "/login", {"email": "nobody@example.kr", "password": "wrong password"})
    assert wrong.status_code == unknown.status_code == 400
    strip = lambda html: html.replace("known@example.kr", "").replace("nobody@example.kr", "")  # noqa: E731
    assert strip(wrong.text).replace(csrf_of(wrong.text), "") == strip(unknown.text).replace(csrf_of(unknown.text), "")


async def test_logout_ends_the_session_even_for_a_copy_of_its_cookie(client: httpx.AsyncClient, app) -> None:  # type: ignore[no-untyped-def]
    await make_seeker("out@example.kr")
    await login(client, "out@example.kr")
    session_id = client.cookies.get("jfz_session")
    assert session_id
    page = await client.get("/account")
    await client.post("/logout", data={"_csrf": csrf_of(page.text)})
    assert (await client.get("/account")).status_code == 302
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as copy:
        copy.cookies.set("jfz_session", session_id)  # the cookie as it was before the logout, kept elsewhere
        assert (await copy.get("/account")).status_code == 302


async def test_password_change_rotates_the_session_and_ends_other_sessions(app, client: httpx.AsyncClient) -> None:  # type: ignore[no-untyped-def]
    await make_seeker("pw@example.kr")
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver", headers={"sec-fetch-site": "same-origin"}
    ) as other:
        await login(other, "pw@example.kr")
        await login(client, "pw@example.kr")
        before = client.cookies.get("jfz_session")
        response = await form_post(
            client, "/account", "/account/password", {"current": PASSWORD, "new": "a brand new passphrase"}
        )
        assert response.status_code == 200
        assert client.cookies.get("jfz_session") != before
        assert (await client.get("/account")).status_code == 200
        assert (await other.get("/account")).status_code == 302  # the other device is logged out


async def test_a_language_link_changes_only_the_cookie_and_the_form_saves_it(client: httpx.AsyncClient) -> None:
    await make_seeker("lang@example.kr")
    await login(client, "lang@example.kr")
    followed = await client.get("/lang/en?next=/account")
    assert followed.status_code == 302 and client.cookies.get("lang") == "en"
    user = await User.objects().where(User.email == "lang@example.kr").first()
    assert user is not None and user.locale == "ko"  # a GET (a prefetch, a crawler, an <img>) stores nothing
    page = await client.get("/account")
    assert 'action="/lang/ko?next=/account"' in page.text  # a logged-in user switches with a form
    saved = await client.post("/lang/ko?next=/account", data={"_csrf": csrf_of(page.text)})
    assert saved.status_code == 303 and saved.headers["location"] == "/account"
    assert client.cookies.get("lang") == "ko"
    await client.post("/lang/en", data={"_csrf": csrf_of(page.text)})
    user = await User.objects().where(User.email == "lang@example.kr").first()
    assert user is not None and user.locale == "en"
