import httpx
import pytest
from litestar import Litestar, get

from jobsfez.accounts.tables import Signup, User
from jobsfez.app import create_app
from jobsfez.config import Settings
from jobsfez.employers.tables import Employer
from jobsfez.web.sessions import COOKIE_NAME
from tests.helpers import PASSWORD, csrf_of, form_post, login, make_seeker

PLANTED = "A" * 43


async def logged_in_with(app: Litestar, session_id: str) -> bool:
    """Whether another browser that presents this session id gets the account page (or is sent to log in)."""
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as other:
        other.cookies.set(COOKIE_NAME, session_id)
        return (await other.get("/account")).status_code == 200


async def test_session_id_is_new_after_login_and_the_old_one_is_gone(app: Litestar, client: httpx.AsyncClient) -> None:
    await make_seeker("rotate@example.kr")
    page = await client.get("/login")
    before = client.cookies.get(COOKIE_NAME)
    assert before, "showing a form starts an anonymous session for its CSRF token"
    await client.post("/login", data={"email": "rotate@example.kr", "password": PASSWORD, "_csrf": csrf_of(page.text)})
    after = client.cookies.get(COOKIE_NAME)
    assert after and after != before
    assert await logged_in_with(app, after)
    assert not await logged_in_with(app, before)  # whoever learnt the id before the login is not let in


async def test_a_planted_session_id_is_never_adopted(app: Litestar, client: httpx.AsyncClient) -> None:
    await make_seeker("fixation@example.kr")
    client.cookies.set(COOKIE_NAME, PLANTED, domain="testserver.local")
    page = await client.get("/login")
    assert client.cookies.get(COOKIE_NAME) != PLANTED
    await client.post(
        "/login", data={"email": "fixation@example.kr", "password": PASSWORD, "_csrf": csrf_of(page.text)}
    )
    assert client.cookies.get(COOKIE_NAME) not in (None, PLANTED)
    assert not await logged_in_with(app, PLANTED)  # the attacker holding the planted id is not logged in


async def test_a_csrf_token_from_one_session_is_refused_in_another(app: Litestar, client: httpx.AsyncClient) -> None:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver", headers={"sec-fetch-site": "same-origin"}
    ) as other:
        token_of_other = csrf_of((await other.get("/signup")).text)
    await client.get("/signup")
    response = await client.post(
        "/signup", data={"email": "x@example.kr", "password": PASSWORD, "display_name": "x", "_csrf": token_of_other}
    )
    assert response.status_code == 403
    assert "만료" in response.text
    assert await User.count() == 0


@pytest.mark.parametrize("sent", ["토큰", "\u00e9" * 43])
async def test_a_token_of_other_characters_is_refused_not_an_error(client: httpx.AsyncClient, sent: str) -> None:
    await client.get("/signup")
    for headers, data in (({}, {"_csrf": sent}), ({"x-csrf-token": sent.encode()}, {})):
        fields = {"email": "x@example.kr", "password": PASSWORD, "display_name": "x", **data}
        response = await client.post("/signup", data=fields, headers=headers)
        assert response.status_code == 403 and "만료" in response.text
    assert await User.count() == 0


async def test_a_post_without_a_token_is_refused(client: httpx.AsyncClient) -> None:
    await client.get("/signup")
    response = await client.post("/signup", data={"email": "x@example.kr", "password": PASSWORD, "display_name": "x"})
    assert response.status_code == 403
    assert await User.count() == 0


@pytest.mark.parametrize(
    "headers",
    [{"sec-fetch-site": "cross-site"}, {"sec-fetch-site": "same-site"}, {"origin": "https://evil.example"}],
)
async def test_a_forged_cross_site_post_is_refused_even_with_a_valid_token(
    app: Litestar, db: None, headers: dict[str, str]
) -> None:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as browser:
        token = csrf_of((await browser.get("/signup")).text)
        response = await browser.post(
            "/signup",
            data={"email": "x@example.kr", "password": PASSWORD, "display_name": "x", "_csrf": token},
            headers=headers,
        )
    assert response.status_code == 403
    assert await User.count() == 0


@pytest.mark.parametrize("path", ["/", "/login", "/no-such-page", "/healthz", "/jobs?q=용접", "/jobs?page=0"])
async def test_security_headers_are_on_every_response(client: httpx.AsyncClient, path: str) -> None:
    response = await client.get(path)
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert response.headers["x-request-id"]


async def test_session_cookie_flags(client: httpx.AsyncClient) -> None:
    response = await client.get("/login")
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie  # dev and test run on plain http; production sets Secure


async def test_unknown_host_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.get("/", headers={"host": "evil.example"})
    assert response.status_code == 400


async def test_allowed_host_with_a_port_is_served(client: httpx.AsyncClient) -> None:
    assert (await client.get("/", headers={"host": "127.0.0.1:8000"})).status_code == 200


@pytest.mark.parametrize(
    "host",
    ["127.0.0.1:abc", "127.0.0.1:99999", "127.0.0.1:-1", "127.0.0.1:0", "1:2", "127.0.0.1:8100@evil.example", "a b"],
)
@pytest.mark.parametrize("path", ["/", "/no-such-page", "/api/v1/postings", "/companies/1/logo?x=%00"])
async def test_a_malformed_host_is_a_400_with_the_security_headers(
    client: httpx.AsyncClient, host: str, path: str
) -> None:
    response = await client.get(path, headers={"host": host})
    assert response.status_code == 400
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


async def test_two_host_headers_are_refused(client: httpx.AsyncClient) -> None:
    response = await client.get("/", headers=[("host", "127.0.0.1"), ("host", "evil.example")])
    assert response.status_code == 400


async def test_oversized_body_is_refused_and_stores_nothing(client: httpx.AsyncClient) -> None:
    page = await client.get("/signup")
    big = "x" * (7 * 1024 * 1024)
    response = await client.post(
        "/signup",
        data={"email": "big@example.kr", "password": PASSWORD, "display_name": big, "_csrf": csrf_of(page.text)},
    )
    assert response.status_code == 413
    assert await User.count() == 0


async def test_a_huge_form_is_refused_before_parsing_and_before_the_csrf_check(client: httpx.AsyncClient) -> None:
    fields = "&".join(f"f{i}=" for i in range(300_000)).encode()  # 2.8 MB of empty fields
    for path in ("/login", "/signup"):
        response = await client.post(
            path, content=fields, headers={"content-type": "application/x-www-form-urlencoded"}
        )
        assert response.status_code == 413, path  # not 403: nothing was parsed to look for the token


async def test_a_login_form_is_a_few_hundred_bytes_not_a_page(client: httpx.AsyncClient) -> None:
    page = await client.get("/login")
    response = await client.post(
        "/login", data={"email": "a@example.kr", "password": "x" * 20_000, "_csrf": csrf_of(page.text)}
    )
    assert response.status_code == 413


async def test_a_form_with_too_many_fields_is_a_400(client: httpx.AsyncClient) -> None:
    page = await client.get("/signup")
    right = {
        "email": "many@example.kr",
        "password": PASSWORD,
        "display_name": "x",
        "consent": "on",
        "_csrf": csrf_of(page.text),
    }
    fields = {f"f{i}": "" for i in range(400)}
    assert (await client.post("/signup", data={**right, **fields})).status_code == 400
    files = {f"f{i}": ("a.txt", b"a") for i in range(400)}
    assert (await client.post("/signup", data=right, files=files)).status_code == 400
    assert "many@example.kr" not in str(await Signup.select(Signup.email))


async def test_not_found_page_is_plain_and_in_korean(client: httpx.AsyncClient) -> None:
    response = await client.get("/companies/999999")
    assert response.status_code == 404
    assert "찾을 수 없습니다" in response.text


async def test_an_unhandled_error_is_a_plain_page_with_its_request_id(settings: Settings, db: None) -> None:
    @get("/boom", include_in_schema=False)
    async def boom() -> None:
        raise RuntimeError("kaboom")

    application = create_app(settings)
    application.register(boom)
    transport = httpx.ASGITransport(app=application)
    async with application.lifespan(), httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        response = await c.get("/boom")
    assert response.status_code == 500
    assert "문제가 생겼습니다" in response.text
    assert response.headers["x-request-id"] in response.text
    assert "kaboom" not in response.text and "Traceback" not in response.text


async def test_healthz_checks_postgres_and_redis(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"postgres": "ok", "redis": "ok"}


async def test_openapi_document_is_served_at_schema(client: httpx.AsyncClient) -> None:
    response = await client.get("/schema")
    assert response.status_code == 200
    assert response.json()["info"]["title"] == "jobsfez API"


async def test_open_redirect_after_login_is_refused(client: httpx.AsyncClient) -> None:
    await make_seeker("redirect@example.kr")
    response = await form_post(
        client, "/login", "/login", {"email": "redirect@example.kr", "password": PASSWORD, "next": "//evil.example/x"}
    )
    assert response.headers["location"] == "/"


async def test_login_is_throttled_per_account_and_address(client: httpx.AsyncClient) -> None:
    await make_seeker("throttle@example.kr")
    for _ in range(5):
        response = await form_post(
            client, "/login", "/login", {"email": "throttle@example.kr", "password": "nope nope"}
        )
        assert response.status_code == 400
    response = await form_post(client, "/login", "/login", {"email": "throttle@example.kr", "password": PASSWORD})
    assert response.status_code == 429
    assert "너무 많습니다" in response.text


async def test_guards_send_anonymous_visitors_to_login(client: httpx.AsyncClient) -> None:
    response = await client.get("/employer")
    assert response.status_code == 302
    assert response.headers["location"].startswith("/login?next=/employer")


async def test_a_seeker_cannot_open_staff_pages(client: httpx.AsyncClient) -> None:
    await make_seeker("nosy@example.kr")
    await login(client, "nosy@example.kr")
    assert (await client.get("/staff/employers")).status_code == 403
    assert await Employer.count() == 0
