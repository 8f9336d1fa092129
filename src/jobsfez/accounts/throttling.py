"""Login throttling in Redis, so that every web process counts the same tries.

Only failures count. A try takes its place in the counters before the password is checked (parallel tries cannot
slip past a limit) and gives it back when it succeeds or is refused. Over a window (15 minutes by default):

- one account from one address: a guesser at one address stops after a few tries;
- one address over every account: a guesser trying one password on many accounts stops too;
- one account from anywhere: past its allowance, each further try waits its turn, the wait doubling from a second
  up to five minutes. An attacker who changes addresses is slowed to a crawl, but cannot lock the owner out: a
  browser where the owner logged in before carries a device token (OWASP's "device cookies"), which skips the waits
  and the address limits, and only its own failures count against it;
- every login together: past a wave of failures on many accounts (credential stuffing), only known browsers log in
  until the window ends.

The same counters in Redis limit the requests of an API token (``count_request``): every request counts, in a fixed
window, and past the limit the answer says how many seconds are left.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Any, cast

from redis.asyncio import Redis

from jobsfez.config import Settings
from jobsfez.errors import Throttled
from jobsfez.i18n import lazy

TOO_MANY = lazy("Too many login attempts. Try again in a few minutes.")
WAIT_YOUR_TURN = lazy(
    "This account had too many failed logins. Try again in {seconds} seconds, or from a browser where you have "
    "logged in before."
)
TOO_MANY_REQUESTS = lazy("Too many requests with this token. Try again in {seconds} seconds.")
# Gives back tries counted in keys that still exist (a key that expired meanwhile must not come back negative and
# without an expiry).
_GIVE_BACK = """
for _, key in ipairs(KEYS) do
  if redis.call('EXISTS', key) == 1 then redis.call('DECR', key) end
end
"""


@dataclass(frozen=True, slots=True)
class LoginLimits:
    """Failed tries allowed per window: see the module's docstring for what each limit stops."""

    window: int = 15 * 60
    per_pair: int = 5
    per_address: int = 50
    per_account: int = 10
    overall: int = 1000
    longest_wait: int = 5 * 60

    @classmethod
    def of(cls, settings: Settings) -> LoginLimits:
        return cls(
            window=settings.login_window_seconds,
            per_pair=settings.login_attempts_per_window,
            per_address=settings.login_failures_per_address,
            per_account=settings.login_failures_per_account,
            overall=settings.login_failures_overall,
        )

    def wait(self, turn: int) -> int:
        """Seconds before the next try, once the account has used its allowance ``turn`` tries ago."""
        return int(min(2 ** (turn - 1), self.longest_wait))


def account_key(email: str) -> str:
    """Every key of one account starts with this (a digest: Redis holds no email address)."""
    return f"throttle:login:{hashlib.sha256(email.encode()).hexdigest()[:32]}"


@dataclass(frozen=True, slots=True)
class Try:
    """The counters one login try holds a place in until it is known to have failed."""

    counted: tuple[str, ...]
    pair: str

    async def succeeded(self, redis: Redis) -> None:
        await _give_back(redis, self.counted)
        await redis.delete(self.pair)


async def begin(redis: Redis, limits: LoginLimits, *, email: str, address: str, device: str | None) -> Try:
    """Count a try before its password is checked; Throttled (and nothing counted) when it may not be made now."""
    account = account_key(email)
    pair = f"{account}:{address}"
    if device is not None:  # the owner's known browser: only its own failures count
        held, _ = await _count(redis, limits, {f"throttle:login-device:{device}": limits.per_pair}, pair=pair)
        return held
    waiting = await redis.ttl(f"{account}:wait")
    if waiting > 0:
        raise Throttled(WAIT_YOUR_TURN, seconds=waiting)
    held, counts = await _count(
        redis,
        limits,
        {
            pair: limits.per_pair,
            f"throttle:login-address:{address}": limits.per_address,
            "throttle:login-all": limits.overall,
            account: 0,  # no hard limit: past its allowance the account takes turns, below
        },
        pair=pair,
    )
    turn = counts[account] - limits.per_account
    # past the allowance, a try claims the account's next turn and starts the wait before the one after it
    if turn > 0 and not await redis.set(f"{account}:wait", 1, ex=limits.wait(turn), nx=True):
        await _give_back(redis, held.counted)
        raise Throttled(WAIT_YOUR_TURN, seconds=max(await redis.ttl(f"{account}:wait"), 1))
    return held


async def _count(redis: Redis, limits: LoginLimits, keys: dict[str, int], *, pair: str) -> tuple[Try, dict[str, int]]:
    """Count a try in every key at once; Throttled, with the try given back, when one is past its limit."""
    async with redis.pipeline(transaction=True) as pipe:
        for key in keys:
            # SET NX starts the window once (EXPIRE NX needs Redis 7); MULTI makes it one step with the INCR
            pipe.set(key, 0, ex=limits.window, nx=True)
            pipe.incr(key)
        counts = dict(zip(keys, map(int, (await pipe.execute())[1::2]), strict=True))
    counted = tuple(keys)
    if any(limit and counts[key] > limit for key, limit in keys.items()):
        await _give_back(redis, counted)
        raise Throttled(TOO_MANY)
    return Try(counted=counted, pair=pair), counts


async def _give_back(redis: Redis, keys: tuple[str, ...]) -> None:
    # redis-py types eval as sync or async alike; on the asyncio client it is a coroutine
    await cast(Awaitable[Any], redis.eval(_GIVE_BACK, len(keys), *keys))


@dataclass(frozen=True, slots=True)
class RequestLimit:
    """Requests allowed in a fixed window, counted across every web process."""

    requests: int
    window: int = 60


async def count_request(redis: Redis, key: str, limit: RequestLimit) -> None:
    """Count one request under ``key``; Throttled, with the seconds until the window ends, once past the limit."""
    async with redis.pipeline(transaction=True) as pipe:
        pipe.set(key, 0, ex=limit.window, nx=True)  # as _count: the first request starts the window
        pipe.incr(key)
        pipe.ttl(key)
        _, count, left = await pipe.execute()
    if int(count) > limit.requests:
        raise Throttled(TOO_MANY_REQUESTS, seconds=max(int(left), 1))


async def check_again(redis: Redis, limits: LoginLimits, *, user_id: int) -> Try:
    """Count a password re-check (changing the password, deleting the account) of a logged-in user."""
    key = f"throttle:recheck:{user_id}"
    held, _ = await _count(redis, limits, {key: limits.per_pair}, pair=key)
    return held


async def count_mailing(redis: Redis, limits: LoginLimits, *, kind: str, email: str, address: str) -> None:
    """Count a request that mails an account (a password reset link), made or not: each counts, as a failed login
    does, per address and account and per address; Throttled past either limit."""
    pair = f"{account_key(email)}:{kind}:{address}"
    await _count(
        redis, limits, {pair: limits.per_pair, f"throttle:{kind}-address:{address}": limits.per_address}, pair=pair
    )


async def forget(redis: Redis, email: str) -> None:
    """Drop an account's counters (it is being erased)."""
    async for key in redis.scan_iter(match=f"{account_key(email)}*", count=500):
        await redis.delete(key)


DEVICE_COOKIE = "jfz_device"


def device_token(secret: str, email: str) -> str:
    """What a browser keeps once its owner logged in: a random id, signed together with the account."""
    nonce = secrets.token_urlsafe(16)
    return f"{nonce}.{_device_signature(secret, nonce, email)}"


def device_of(secret: str, token: str | None, email: str) -> str | None:
    """The id of a device token issued for this account, or None (another account's, forged, absent)."""
    nonce, _, signature = (token or "").partition(".")
    if not nonce or not signature.isascii() or not secret:
        return None
    return nonce if hmac.compare_digest(signature, _device_signature(secret, nonce, email)) else None


def _device_signature(secret: str, nonce: str, email: str) -> str:
    return hmac.new(secret.encode(), f"device:{nonce}:{email}".encode(), hashlib.sha256).hexdigest()[:32]
