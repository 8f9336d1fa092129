"""Login throttling holds across several web processes: the counter lives in Redis, not in a process."""

from collections.abc import Callable

import httpx

from tests.conftest import LiveServer
from tests.helpers import PASSWORD, csrf_of, make_seeker


async def test_throttling_holds_across_two_server_processes(live_servers: Callable[[int], list[LiveServer]]) -> None:
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
    live_servers: Callable[[int], list[LiveServer]],
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
