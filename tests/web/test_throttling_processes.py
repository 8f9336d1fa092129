"""Login throttling holds across several web processes: the counter lives in Redis, not in a process."""

from collections.abc import Callable

import httpx

from tests.conftest import LiveServer
from tests.helpers import PASSWORD, csrf_of, make_seeker


async def test_throttling_holds_across_two_server_processes(live_servers: Callable[..., list[LiveServer]]) -> None:
    await make_seeker("two@example.kr")
    first, second = live_servers(2)
    statuses = []
    for attempt in range(6):
        server = (first, second)[attempt % 2]
        async with httpx.AsyncClient(base_url=server.url, headers={"sec-fetch-site": "same-origin"}) as browser:
            page = await browser.get("/login")
            token = csrf_of(page.text)
            response = await browser.post(
                "/login", data={"email": "two@example.kr", "password": "not the password", "_csrf": token}
            )
            statuses.append(response.status_code)
    assert statuses == [400, 400, 400, 400, 400, 429]
    # even the right password is refused while the window lasts, on either process
    async with httpx.AsyncClient(base_url=first.url, headers={"sec-fetch-site": "same-origin"}) as browser:
        token = csrf_of((await browser.get("/login")).text)
        response = await browser.post("/login", data={"email": "two@example.kr", "password": PASSWORD, "_csrf": token})
        assert response.status_code == 429


async def test_a_session_started_on_one_process_works_on_the_other(
    live_servers: Callable[..., list[LiveServer]],
) -> None:
    await make_seeker("roam@example.kr")
    first, second = live_servers(2)
    async with httpx.AsyncClient(base_url=first.url, headers={"sec-fetch-site": "same-origin"}) as browser:
        token = csrf_of((await browser.get("/login")).text)
        response = await browser.post("/login", data={"email": "roam@example.kr", "password": PASSWORD, "_csrf": token})
        assert response.status_code == 302
        cookies = browser.cookies
    async with httpx.AsyncClient(base_url=second.url, cookies=cookies) as other:
        assert (await other.get("/account")).status_code == 200


async def _attempt(server: LiveServer, email: str, password: str, forwarded_for: str) -> int:
    async with httpx.AsyncClient(base_url=server.url, headers={"sec-fetch-site": "same-origin"}) as browser:
        token = csrf_of((await browser.get("/login")).text)
        response = await browser.post(
            "/login",
            data={"email": email, "password": password, "_csrf": token},
            headers={"x-forwarded-for": forwarded_for},
        )
        return response.status_code


async def test_a_forwarded_address_is_believed_only_from_a_configured_proxy(
    live_servers: Callable[..., list[LiveServer]],
) -> None:
    """With no proxy configured (the default), X-Forwarded-For names nobody: five wrong passwords from one
    connection are five from one address, whatever each claims, and a sixth claiming a new one is refused."""
    await make_seeker("xff@example.kr")
    first, second = live_servers(2)
    statuses = [
        await _attempt((first, second)[n % 2], "xff@example.kr", "not the password", f"203.0.113.{n}") for n in range(5)
    ]
    assert statuses == [400] * 5
    assert await _attempt(second, "xff@example.kr", PASSWORD, "198.51.100.200") == 429


async def test_behind_a_configured_proxy_the_forwarded_address_is_the_client(
    live_servers: Callable[..., list[LiveServer]],
) -> None:
    await make_seeker("proxied@example.kr")
    first, second = live_servers(2, env={"FORWARDED_ALLOW_IPS": "127.0.0.1"})
    for n in range(5):
        assert await _attempt((first, second)[n % 2], "proxied@example.kr", "not the password", "203.0.113.9") == 400
    assert await _attempt(first, "proxied@example.kr", PASSWORD, "203.0.113.9") == 429
    # the owner, behind the same proxy at another address, is not held back by the guesser's failures
    assert await _attempt(second, "proxied@example.kr", PASSWORD, "198.51.100.4") == 302
