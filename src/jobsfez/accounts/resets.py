"""Password reset by a link sent to the account's address.

The link's token is signed, not stored: ``user id . expiry . HMAC(secret, user id, expiry, password version)``, the
password version being the time the password last changed (what sessions are bound to, web/context.py). So a token
dies the moment it is used, or the password changes any other way, without a table to keep or sweep, and a token
changed in any part fails its signature. The new password is written only where the version is still the token's,
so two uses racing each other change it once.

Asking for a link answers alike whether the address has an account, and mails only an active account, in its
language; the asking is throttled per address and per account, and an address gets a few such emails a day at most.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from datetime import datetime

from piccolo.query.functions import Lower
from piccolo.querystring import QueryString
from redis.asyncio import Redis

from jobsfez.accounts import service as accounts
from jobsfez.accounts import throttling
from jobsfez.accounts.service import UserInfo
from jobsfez.accounts.tables import User
from jobsfez.accounts.throttling import LoginLimits
from jobsfez.db import CLOCK, transaction
from jobsfez.errors import NotFound
from jobsfez.i18n import lazy
from jobsfez.notifications import service as notifications
from jobsfez.notifications.tables import Notification

RESET_MINUTES = 60
EMAILS_PER_ADDRESS_PER_DAY = 3
RESET_PATH = "/password/reset"
RESET_GONE = lazy("This link has expired or was already used. Ask for a new one.")
A_DAY_AGO = QueryString("now() - interval '1 day'")


def _signature(secret: str, user_id: int, expires: int, version: str) -> str:
    message = f"password-reset:{user_id}:{expires}:{version}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def make_token(secret: str, user: UserInfo, *, now: float | None = None) -> str:
    """A link's token for this account as its password is now, valid for RESET_MINUTES."""
    expires = int((time.time() if now is None else now) + RESET_MINUTES * 60)
    return f"{user.id}.{expires}.{_signature(secret, user.id, expires, user.password_version)}"


def _parse(token: str) -> tuple[int, int, str] | None:
    parts = token.split(".")
    if len(parts) != 3 or not all(part.isascii() and part.isdigit() for part in parts[:2]):
        return None
    user_id, expires = int(parts[0]), int(parts[1])
    if not 0 < user_id < 2**63 or not parts[2].isascii():
        return None
    return user_id, expires, parts[2]


async def _account_of(secret: str, token: str) -> UserInfo:
    """The active account a token was made for, while the token is good; NotFound otherwise."""
    parsed = _parse(token)
    if parsed is None or not secret:
        raise NotFound(RESET_GONE)
    user_id, expires, signature = parsed
    if expires < time.time():
        raise NotFound(RESET_GONE)
    user = await accounts.get_user(user_id)
    if user is None or not hmac.compare_digest(signature, _signature(secret, user_id, expires, user.password_version)):
        raise NotFound(RESET_GONE)
    return user


async def request(
    redis: Redis, *, email: str, address: str, limits: LoginLimits, secret: str, base_url: str, locale: str
) -> None:
    """Mail a reset link to the account with this address, if there is one (Throttled when asked too often)."""
    email = accounts.normalise_email(email)
    accounts.check_email(email)  # a malformed address is the asker's typo, and says nothing about accounts
    await throttling.count_mailing(redis, limits, kind="reset", email=email, address=address)
    row = await User.select(User.id).where(Lower(User.email) == email).first()  # the index on lower(email)
    user = await accounts.get_user(row["id"]) if row else None  # active accounts only
    if user is None:
        return
    async with transaction():
        mailed = await Notification.count().where(
            (Notification.recipient == user.email)
            & (Notification.kind == "password_reset")
            & (Notification.created_at > A_DAY_AGO)
        )
        if mailed >= EMAILS_PER_ADDRESS_PER_DAY:
            return
        token = make_token(secret, user)
        await notifications.add(
            cause=f"password_reset:{secrets.token_hex(16)}",
            kind="password_reset",
            channel="email",
            recipient=user.email,
            recipient_user_id=user.id,
            language=user.locale or locale,
            payload={"url": f"{base_url}{RESET_PATH}/{token}", "minutes": RESET_MINUTES},
        )


async def pending_email(secret: str, token: str) -> str:
    """The address whose password a link resets, for the form that asks the new one."""
    return (await _account_of(secret, token)).email


async def reset(secret: str, token: str, *, password: str) -> UserInfo:
    """Set the new password (the sign-up rules) and use the token up; the caller ends the account's other sessions."""
    user = await _account_of(secret, token)
    accounts.check_password(password, email=user.email)
    version = datetime.fromisoformat(user.password_version)
    updated = await (
        User.update({User.password_hash: await accounts.hash_password(password), User.password_changed_at: CLOCK})
        .where((User.id == user.id) & (User.password_changed_at == version))
        .returning(*accounts.INFO_COLUMNS)
    )
    if not updated:  # used by another request meanwhile
        raise NotFound(RESET_GONE)
    return accounts.info_of(updated[0])
