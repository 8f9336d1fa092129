"""Accounts: sign-up, password rules and hashing, login with throttling, sessions' user lookup."""

from __future__ import annotations

import asyncio
import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from piccolo.query.functions import Lower
from redis.asyncio import Redis

from jobsfez.accounts.tables import LoginEvent, User
from jobsfez.db import CLOCK, new_row
from jobsfez.errors import Conflict, Throttled, ValidationFailed
from jobsfez.i18n import lazy

ROLES = ("seeker", "employer", "staff", "centre")
PASSWORD_MIN = 8  # NIST SP 800-63B minimum for user-chosen secrets
PASSWORD_MAX = 128  # at least 64 must be accepted; the cap only stops hashing-cost abuse
EMAIL_SHAPE = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")

_hasher = PasswordHasher()  # argon2id with the RFC 9106 low-memory profile


@cache
def common_passwords() -> frozenset[str]:
    path = Path(__file__).parent / "data" / "common_passwords.txt"
    return frozenset(line.strip().lower() for line in path.read_text("utf-8").splitlines() if line.strip())


@cache
def _dummy_hash() -> str:
    # verified against when the account does not exist, so both answers take the same time
    return _hasher.hash("jobsfez-dummy-password-for-timing")


@dataclass(frozen=True, slots=True)
class UserInfo:
    id: int
    email: str
    role: str
    display_name: str
    locale: str
    password_version: str


def normalise_email(email: str) -> str:
    return email.strip().lower()


def check_email(email: str) -> str:
    email = normalise_email(email)
    if not EMAIL_SHAPE.match(email) or len(email) > 254:
        raise ValidationFailed("Check the email address.", fields={"email": lazy("Enter a valid email address.")})
    return email


def check_password(password: str, *, email: str = "") -> None:
    """Length and a common-password list, no composition rules (NIST SP 800-63B)."""
    if len(password) < PASSWORD_MIN:
        raise ValidationFailed("Check the password.", fields={"password": lazy("Use at least 8 characters.")})
    if len(password) > PASSWORD_MAX:
        raise ValidationFailed("Check the password.", fields={"password": lazy("Use at most 128 characters.")})
    lowered = password.lower()
    if lowered in common_passwords() or (email and lowered == email.split("@")[0].lower()):
        raise ValidationFailed(
            "Check the password.", fields={"password": lazy("This password is too common. Choose another one.")}
        )


async def hash_password(password: str) -> str:
    return await asyncio.to_thread(_hasher.hash, password)


async def verify_password(password_hash: str, password: str) -> bool:
    def verify() -> bool:
        try:
            return bool(_hasher.verify(password_hash, password))
        except (VerificationError, InvalidHashError):
            return False

    return await asyncio.to_thread(verify)


INFO_COLUMNS = (User.id, User.email, User.role, User.display_name, User.locale, User.password_changed_at)


def _info(row: dict[str, Any]) -> UserInfo:
    changed: datetime = row["password_changed_at"]
    return UserInfo(
        id=row["id"],
        email=row["email"],
        role=row["role"],
        display_name=row["display_name"],
        locale=row["locale"],
        password_version=changed.isoformat(),
    )


def check_display_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationFailed("Check the name.", fields={"display_name": lazy("Enter your name.")})
    if len(name) > 100:
        raise ValidationFailed("Check the name.", fields={"display_name": lazy("Use at most 100 characters.")})
    return name


async def create_user(*, email: str, password: str, role: str, display_name: str, locale: str = "ko") -> UserInfo:
    """Create an account; the caller holds the transaction when more rows belong with it."""
    errors: dict[str, str] = {}
    for check in (
        lambda: check_email(email),
        lambda: check_password(password, email=email),
        lambda: check_display_name(display_name),
    ):
        try:
            check()
        except ValidationFailed as exc:
            errors.update(exc.fields)
    if role not in ROLES:
        errors["role"] = lazy("Choose a valid account type.")
    if errors:
        raise ValidationFailed("Please correct the marked fields.", fields=errors)
    email = check_email(email)
    password_hash = await hash_password(password)
    created = await (
        User.insert(
            new_row(
                User,
                email=email,
                password_hash=password_hash,
                role=role,
                display_name=check_display_name(display_name),
                locale=locale if locale in ("ko", "en") else "ko",
            )
        )
        .on_conflict(action="DO NOTHING")
        .returning(*INFO_COLUMNS)
    )
    if not created:
        raise Conflict(
            "An account with this email already exists.",
            fields={"email": lazy("An account with this email already exists. Log in instead.")},
        )
    return _info(created[0])


async def email_in_use(email: str) -> bool:
    """Whether an account has this email already (an invitation to it could never be accepted)."""
    found: bool = await User.exists().where(Lower(User.email) == normalise_email(email))  # the index on lower(email)
    return found


def _throttle_keys(email: str, address: str) -> tuple[str, str]:
    digest = hashlib.sha256(email.encode()).hexdigest()[:32]
    return f"throttle:login:{digest}:{address}", f"throttle:login:{digest}"


async def _count_attempt(redis: Redis, key: str, window: int) -> int:
    async with redis.pipeline(transaction=True) as pipe:
        # SET NX starts the window once (EXPIRE NX needs Redis 7); MULTI makes the pair atomic
        pipe.set(key, 0, ex=window, nx=True)
        pipe.incr(key)
        _, count = await pipe.execute()
    return int(count)


async def authenticate(redis: Redis, *, email: str, password: str, address: str, limit: int, window: int) -> UserInfo:
    """Check credentials with the same answer and cost for a wrong password and an unknown account.

    Attempts are counted in Redis per (account, address) and per account, so the limit holds across
    every web process; a success clears the pair counter.
    """
    email = normalise_email(email)
    pair_key, account_key = _throttle_keys(email, address)
    pair_count = await _count_attempt(redis, pair_key, window)
    account_count = await _count_attempt(redis, account_key, window)
    if pair_count > limit or account_count > limit * 4:
        await LoginEvent.insert(new_row(LoginEvent, email=email[:254], address=address[:64], outcome="throttled"))
        raise Throttled("Too many login attempts. Try again in a few minutes.")
    row = (
        await User.select(*INFO_COLUMNS, User.password_hash, User.is_active)
        .where(Lower(User.email) == email)  # the unique index is on lower(email)
        .first()
    )
    ok = await verify_password(row["password_hash"] if row else _dummy_hash(), password)
    if not (ok and row and row["is_active"]):
        await LoginEvent.insert(new_row(LoginEvent, email=email[:254], address=address[:64], outcome="bad_credentials"))
        raise ValidationFailed("The email or password is not correct.")
    await redis.delete(pair_key)
    await LoginEvent.insert(
        new_row(LoginEvent, user_id=str(row["id"]), email=email, address=address[:64], outcome="ok")
    )
    return _info(row)


async def get_user(user_id: int) -> UserInfo | None:
    row = await User.select(*INFO_COLUMNS).where((User.id == user_id) & User.is_active.eq(True)).first()
    return _info(row) if row else None


async def change_password(*, user_id: int, current: str, new: str) -> UserInfo:
    row = await User.select(User.email, User.password_hash).where(User.id == user_id).first()
    if row is None or not await verify_password(row["password_hash"], current):
        raise ValidationFailed("Check the password.", fields={"current": lazy("The current password is not correct.")})
    check_password(new, email=row["email"])
    [updated] = (
        await User.update({User.password_hash: await hash_password(new), User.password_changed_at: CLOCK})
        .where(User.id == user_id)
        .returning(*INFO_COLUMNS)
    )
    return _info(updated)


async def set_locale(user_id: int, locale: str) -> None:
    if locale in ("ko", "en"):
        await User.update({User.locale: locale}).where(User.id == user_id)


async def forget_login_attempts(redis: Redis, email: str) -> None:
    """Drop the throttling counters of an account (it is being erased)."""
    _, account_key = _throttle_keys(normalise_email(email), "")
    async for key in redis.scan_iter(match=f"{account_key}*", count=500):
        await redis.delete(key)


async def check_password_of(user_id: int, password: str) -> bool:
    """Re-authentication before something that cannot be undone (deleting the account)."""
    row = await User.select(User.password_hash).where(User.id == user_id).first()
    return row is not None and await verify_password(row["password_hash"], password)


async def notification_preferences(user_id: int) -> bool:
    row = await User.select(User.notify_email).where(User.id == user_id).first()
    return bool(row and row["notify_email"])


async def set_notification_preferences(user_id: int, *, email: bool) -> None:
    """Which channels carry this person's messages; the in-app inbox always does."""
    await User.update({User.notify_email: email}).where(User.id == user_id)
