"""Login throttling that an attacker cannot turn against the owner: failures only, per account with a back-off the
owner escapes, per address over many accounts, and overall; password re-checks are throttled too."""

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest
from litestar import Litestar
from redis.asyncio import Redis

from jobsfez.accounts import service as accounts
from jobsfez.accounts.throttling import LoginLimits
from jobsfez.errors import Throttled, ValidationFailed
from tests.helpers import PASSWORD, csrf_of, form_post, login, make_seeker


def browser(app: Litestar, address: str) -> httpx.AsyncClient:
    """A browser of its own (no cookies) connecting from the given address."""
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, client=(address, 40000)),
        base_url="http://testserver",
        headers={"sec-fetch-site": "same-origin"},
    )


async def try_login(app: Litestar, address: str, email: str, password: str) -> int:
    async with browser(app, address) as b:
        return (await form_post(b, "/login", "/login", {"email": email, "password": password})).status_code


async def test_logging_in_uses_up_no_allowance(app: Litestar, db: None) -> None:
    await make_seeker("often@example.kr")
    async with browser(app, "198.51.100.7") as b:
        for _ in range(24):  # more than any limit: only failures count
            assert (
                await form_post(b, "/login", "/login", {"email": "often@example.kr", "password": PASSWORD})
            ).status_code == 302
            b.cookies.clear()
        wrong = await form_post(b, "/login", "/login", {"email": "often@example.kr", "password": "not it at all"})
        assert wrong.status_code == 400


async def test_failures_from_many_addresses_slow_the_account_down_but_never_lock_its_owner_out(
    app: Litestar, db: None
) -> None:
    await make_seeker("target@example.kr")
    async with browser(app, "198.51.100.1") as owner:  # the owner logged in here before: their browser is known
        await login(owner, "target@example.kr")
        owner.cookies.delete("jfz_session")
        # a botnet: ten wrong passwords, each from an address of its own
        for n in range(10):
            assert await try_login(app, f"203.0.113.{n + 1}", "target@example.kr", "guess number one") == 400
        # past the account's allowance each try waits its turn, whatever the address
        assert await try_login(app, "203.0.113.50", "target@example.kr", "guess number two") == 400
        async with browser(app, "203.0.113.51") as b:
            slowed = await form_post(b, "/login", "/login", {"email": "target@example.kr", "password": "guess three"})
        assert slowed.status_code == 429 and "초 뒤에" in slowed.text
        # the owner's own browser is not held back at all
        assert (
            await form_post(owner, "/login", "/login", {"email": "target@example.kr", "password": PASSWORD})
        ).status_code == 302
    # and a browser they never used waits seconds, not a quarter of an hour
    await asyncio.sleep(2.1)
    assert await try_login(app, "198.51.100.99", "target@example.kr", PASSWORD) == 302


async def test_one_address_trying_many_accounts_is_stopped(app: Litestar, db: None) -> None:
    await make_seeker("sprayed@example.kr")
    async with browser(app, "203.0.113.77") as b:
        for n in range(50):
            data = {"email": f"user{n}@example.kr", "password": "Password123!"}
            assert (await form_post(b, "/login", "/login", data)).status_code == 400
        refused = await form_post(b, "/login", "/login", {"email": "sprayed@example.kr", "password": PASSWORD})
        assert refused.status_code == 429
    # another address is not affected
    assert await try_login(app, "198.51.100.8", "sprayed@example.kr", PASSWORD) == 302


@pytest.fixture
async def redis(app: Litestar, db: None) -> AsyncIterator[Redis]:
    yield app.state.resources.redis


async def test_failures_everywhere_close_logins_from_unknown_browsers(redis: Redis) -> None:
    """A credential-stuffing wave: many accounts, many addresses. Past the overall allowance only browsers that
    logged in before get through."""
    user = await make_seeker("known@example.kr")
    limits = LoginLimits(window=60, per_pair=5, per_address=50, per_account=10, overall=3)
    secret = "s" * 40
    device = accounts.device_token(secret, user.email)
    for n in range(3):
        with pytest.raises(ValidationFailed):
            await accounts.authenticate(
                redis, email=f"u{n}@example.kr", password="x" * 10, address=f"203.0.113.{n}", limits=limits
            )
    with pytest.raises(Throttled):
        await accounts.authenticate(
            redis, email="known@example.kr", password=PASSWORD, address="198.51.100.3", limits=limits
        )
    found = await accounts.authenticate(
        redis,
        email="known@example.kr",
        password=PASSWORD,
        address="198.51.100.3",
        limits=limits,
        device=device,
        secret=secret,
    )
    assert found.id == user.id
    # a device token is the account's own: it does nothing for another account
    with pytest.raises(Throttled):
        await accounts.authenticate(
            redis,
            email="u0@example.kr",
            password="x" * 10,
            address="198.51.100.3",
            limits=limits,
            device=device,
            secret=secret,
        )


@pytest.mark.parametrize(
    ("page", "action", "field"),
    [("/account", "/account/password", "current"), ("/me/delete", "/me/delete", "password")],
)
async def test_password_rechecks_are_throttled(client: httpx.AsyncClient, page: str, action: str, field: str) -> None:
    await make_seeker("recheck@example.kr")
    await login(client, "recheck@example.kr")
    token = csrf_of((await client.get(page)).text)
    data = {field: "not my password", "new": "a brand new passphrase", "_csrf": token}
    for _ in range(5):
        assert (await client.post(action, data=data)).status_code == 400
    refused = await client.post(action, data={**data, field: PASSWORD})
    assert refused.status_code == 429 and "너무 많습니다" in refused.text
