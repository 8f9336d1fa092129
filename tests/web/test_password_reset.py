"""Password reset by an emailed link: the same answer for any address, a signed token that works once, briefly,
and only as it was made, and every other session ended."""

import json
import time
from urllib.parse import urlsplit

import httpx
from litestar import Litestar

from jobsfez.accounts import resets
from jobsfez.accounts import service as accounts
from jobsfez.notifications import messages
from jobsfez.notifications.tables import Notification
from tests.helpers import PASSWORD, form_post, login, make_employer, make_seeker, without_tokens

NEW = "a brand new passphrase"


async def ask(client: httpx.AsyncClient, email: str) -> httpx.Response:
    return await form_post(client, "/password/forgot", "/password/forgot", {"email": email})


async def reset_link(email: str) -> str:
    row = (
        await Notification.select(Notification.payload)
        .where((Notification.recipient == email) & (Notification.kind == "password_reset"))
        .order_by(Notification.id, ascending=False)
        .first()
    )
    assert row is not None, f"no reset link was sent to {email}"
    return urlsplit(json.loads(row["payload"])["url"]).path


async def test_the_login_page_links_to_the_reset(client: httpx.AsyncClient) -> None:
    page = await client.get("/login")
    assert 'href="/password/forgot"' in page.text and "비밀번호를 잊으셨나요?" in page.text


async def test_a_known_and_an_unknown_address_get_the_same_answer(client: httpx.AsyncClient) -> None:
    await make_seeker("known@example.kr")
    known = await ask(client, "KNOWN@example.kr")
    client.cookies.clear()
    unknown = await ask(client, "NOBODY@example.kr")
    assert known.status_code == unknown.status_code == 200
    assert without_tokens(known.text.replace("KNOWN@", "NOBODY@")) == without_tokens(unknown.text)
    assert [n.recipient for n in await Notification.objects().where(Notification.kind == "password_reset")] == [
        "known@example.kr"
    ]


async def test_the_link_sets_a_new_password_once_and_the_old_one_stops_working(
    app: Litestar, client: httpx.AsyncClient
) -> None:
    await make_seeker("reset@example.kr")
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver", headers={"sec-fetch-site": "same-origin"}
    ) as other:
        await login(other, "reset@example.kr")  # a session somewhere else, perhaps the one who knew the password
        await ask(client, "reset@example.kr")
        link = await reset_link("reset@example.kr")
        form = await client.get(link)
        assert form.status_code == 200 and "reset@example.kr" in form.text
        before = client.cookies.get("jfz_session")
        done = await form_post(client, link, link, {"password": NEW})
        assert done.status_code == 302
        assert client.cookies.get("jfz_session") != before  # a new session id
        assert (await client.get("/account")).status_code == 200  # logged in
        assert (await other.get("/account")).status_code == 302  # the other session ended
    again = await client.get(link)
    assert again.status_code == 404 and "만료" in again.text  # used: the link is dead
    client.cookies.clear()
    used = await form_post(client, "/password/forgot", link, {"password": "yet another passphrase"})
    assert used.status_code == 404
    refused = await form_post(client, "/login", "/login", {"email": "reset@example.kr", "password": PASSWORD})
    assert refused.status_code == 400
    await login(client, "reset@example.kr", NEW)


async def test_an_expired_link_is_refused(app: Litestar, client: httpx.AsyncClient) -> None:
    user = await make_seeker("late@example.kr")
    secret = app.state.resources.settings.secret_key
    token = resets.make_token(secret, user, now=time.time() - resets.RESET_MINUTES * 60 - 1)
    assert (await client.get(f"/password/reset/{token}")).status_code == 404
    refused = await form_post(client, "/password/forgot", f"/password/reset/{token}", {"password": NEW})
    assert refused.status_code == 404
    await login(client, "late@example.kr")  # the password is the old one still


async def test_a_tampered_link_is_refused(app: Litestar, client: httpx.AsyncClient) -> None:
    victim = await make_seeker("victim@example.kr")
    await make_seeker("me@example.kr")
    await ask(client, "me@example.kr")
    link = await reset_link("me@example.kr")
    user_id, expires, signature = link.rsplit("/", 1)[1].split(".")
    for token in (
        f"{victim.id}.{expires}.{signature}",  # another account
        f"{user_id}.{int(expires) + 86400}.{signature}",  # a later expiry
        f"{user_id}.{expires}.{signature[:-1]}{'0' if signature[-1] != '0' else '1'}",  # another signature
        f"{user_id}.{expires}",
        "9" * 40 + f".{expires}.{signature}",
        f"{user_id}.{expires}.서명",
    ):
        assert (await client.get(f"/password/reset/{token}")).status_code == 404, token
        refused = await form_post(client, "/password/forgot", f"/password/reset/{token}", {"password": NEW})
        assert refused.status_code == 404, token
    await login(client, "victim@example.kr")
    await login(client, "me@example.kr")


async def test_a_link_dies_when_the_password_changes_another_way(app: Litestar, client: httpx.AsyncClient) -> None:
    await make_seeker("changer@example.kr")
    await ask(client, "changer@example.kr")
    link = await reset_link("changer@example.kr")
    await login(client, "changer@example.kr")
    await form_post(client, "/account", "/account/password", {"current": PASSWORD, "new": NEW})
    assert (await client.get(link)).status_code == 404


async def test_the_new_password_follows_the_sign_up_rules(client: httpx.AsyncClient) -> None:
    await make_seeker("rules@example.kr")
    await ask(client, "rules@example.kr")
    link = await reset_link("rules@example.kr")
    for password, message in (("short", "8자 이상"), ("qwer1234", "너무 흔한"), ("x" * 129, "128자")):
        refused = await form_post(client, link, link, {"password": password})
        assert refused.status_code == 400 and message in refused.text
    await login(client, "rules@example.kr")  # nothing changed, and the link still works
    assert (await client.get(link)).status_code == 200


async def test_asking_is_throttled_like_logins_and_mails_an_address_three_times_a_day(
    client: httpx.AsyncClient,
) -> None:
    await make_seeker("often@example.kr")
    answers = [(await ask(client, "often@example.kr")).status_code for _ in range(7)]
    assert answers[:5] == [200] * 5 and answers[5:] == [429, 429]
    assert await Notification.count().where(Notification.kind == "password_reset") == 3


async def test_a_malformed_address_is_explained_and_mails_nothing(client: httpx.AsyncClient) -> None:
    refused = await ask(client, "not-an-email")
    assert refused.status_code == 400 and "올바른 이메일" in refused.text
    assert await Notification.count() == 0


async def test_the_mail_is_in_the_account_s_language(client: httpx.AsyncClient) -> None:
    await accounts.create_user(
        email="en@example.kr", password=PASSWORD, role="seeker", display_name="Alex", locale="en"
    )
    await ask(client, "en@example.kr")  # asked from a Korean page
    row = await Notification.objects().where(Notification.kind == "password_reset").first()
    assert row is not None and row.language == "en"
    english = messages.render("password_reset", "en", json.loads(row.payload), base_url="http://testserver")
    korean = messages.render("password_reset", "ko", json.loads(row.payload), base_url="http://testserver")
    assert english.subject == "Reset your jobsfez password" and "/password/reset/" in english.text
    assert "비밀번호" in korean.subject


async def test_an_employer_lands_on_their_dashboard_after_the_reset(client: httpx.AsyncClient) -> None:
    await make_employer("boss@example.kr")
    await ask(client, "boss@example.kr")
    link = await reset_link("boss@example.kr")
    done = await form_post(client, link, link, {"password": NEW})
    assert done.status_code == 302 and done.headers["location"] == "/employer"


async def test_the_forms_need_the_csrf_token(client: httpx.AsyncClient) -> None:
    await make_seeker("csrf@example.kr")
    await client.get("/password/forgot")
    assert (await client.post("/password/forgot", data={"email": "csrf@example.kr"})).status_code == 403
    assert await Notification.count() == 0
    await ask(client, "csrf@example.kr")
    link = await reset_link("csrf@example.kr")
    assert (await client.post(link, data={"password": NEW})).status_code == 403
    await login(client, "csrf@example.kr")  # the password is the old one still
