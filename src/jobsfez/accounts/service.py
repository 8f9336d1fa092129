"""Accounts: sign-up, password rules and hashing, login (throttled: throttling.py), sessions' user lookup."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError
from piccolo.query.functions import Lower
from redis.asyncio import Redis

from jobsfez.accounts import throttling
from jobsfez.accounts.tables import LoginEvent, User
from jobsfez.accounts.throttling import LoginLimits
from jobsfez.db import CLOCK, new_row
from jobsfez.errors import Conflict, Throttled, ValidationFailed
from jobsfez.i18n import lazy

ROLES = ("seeker", "employer", "staff", "centre")
PASSWORD_MIN = 8  # NIST SP 800-63B minimum for user-chosen secrets
PASSWORD_MAX = 128  # at least 64 must be accepted; the cap only stops hashing-cost abuse
EMAIL_SHAPE = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")

HASHING = profiles.RFC_9106_LOW_MEMORY  # argon2id, 64 MiB, 3 passes: RFC 9106's choice where memory is scarce
_hasher = PasswordHasher.from_parameters(HASHING)


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


def info_of(row: dict[str, Any]) -> UserInfo:
    """An account as the rest of the app sees it, from a row of INFO_COLUMNS."""
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


def account_problems(*, email: str, password: str, display_name: str) -> dict[str, str]:
    """What is wrong with a new account's fields, by field (empty when nothing is)."""
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
    return errors


async def create_user(
    *, email: str, password: str, role: str, display_name: str, locale: str = "ko", password_hash: str = ""
) -> UserInfo:
    """Create an account; the caller holds the transaction when more rows belong with it. A confirmed sign-up gives
    the ``password_hash`` of the password its form checked instead of the password."""
    errors = {} if password_hash else account_problems(email=email, password=password, display_name=display_name)
    if role not in ROLES:
        errors["role"] = lazy("Choose a valid account type.")
    if errors:
        raise ValidationFailed("Please correct the marked fields.", fields=errors)
    email = check_email(email)
    password_hash = password_hash or await hash_password(password)
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
    return info_of(created[0])


async def email_in_use(email: str) -> bool:
    """Whether an account has this email already (an invitation to it could never be accepted)."""
    found: bool = await User.exists().where(Lower(User.email) == normalise_email(email))  # the index on lower(email)
    return found


async def authenticate(
    redis: Redis,
    *,
    email: str,
    password: str,
    address: str,
    limits: LoginLimits,
    device: str | None = None,
    secret: str = "",
) -> UserInfo:
    """Check credentials with the same answer and cost for a wrong password and an unknown account.

    Failed tries are counted in Redis (accounts/throttling.py), so the limits hold across every web process;
    ``device`` is the token a browser got at an earlier login here, signed with ``secret``.
    """
    email = normalise_email(email)
    try:
        counted = await throttling.begin(
            redis, limits, email=email, address=address, device=throttling.device_of(secret, device, email)
        )
    except Throttled:
        await LoginEvent.insert(new_row(LoginEvent, email=email[:254], address=address[:64], outcome="throttled"))
        raise
    row = (
        await User.select(*INFO_COLUMNS, User.password_hash, User.is_active)
        .where(Lower(User.email) == email)  # the unique index is on lower(email)
        .first()
    )
    ok = await verify_password(row["password_hash"] if row else _dummy_hash(), password)
    if not (ok and row and row["is_active"]):
        await LoginEvent.insert(new_row(LoginEvent, email=email[:254], address=address[:64], outcome="bad_credentials"))
        raise ValidationFailed("The email or password is not correct.")
    await counted.succeeded(redis)
    await LoginEvent.insert(
        new_row(LoginEvent, user_id=str(row["id"]), email=email, address=address[:64], outcome="ok")
    )
    return info_of(row)


def device_token(secret: str, email: str) -> str:
    """What the browser that just logged in keeps, so that its owner is never held back by others' failures."""
    return throttling.device_token(secret, normalise_email(email))


async def get_user(user_id: int) -> UserInfo | None:
    row = await User.select(*INFO_COLUMNS).where((User.id == user_id) & User.is_active.eq(True)).first()
    return info_of(row) if row else None


async def change_password(redis: Redis, *, user_id: int, current: str, new: str, limits: LoginLimits) -> UserInfo:
    if not await password_confirmed(redis, user_id=user_id, password=current, limits=limits):
        raise ValidationFailed("Check the password.", fields={"current": lazy("The current password is not correct.")})
    row = await User.select(User.email).where(User.id == user_id).first()
    if row is None:
        raise ValidationFailed("Check the password.", fields={"current": lazy("The current password is not correct.")})
    check_password(new, email=row["email"])
    [updated] = (
        await User.update({User.password_hash: await hash_password(new), User.password_changed_at: CLOCK})
        .where(User.id == user_id)
        .returning(*INFO_COLUMNS)
    )
    return info_of(updated)


async def set_locale(user_id: int, locale: str) -> None:
    if locale in ("ko", "en"):
        await User.update({User.locale: locale}).where(User.id == user_id)


async def forget_login_attempts(redis: Redis, email: str) -> None:
    """Drop the throttling counters of an account (it is being erased)."""
    await throttling.forget(redis, normalise_email(email))


async def password_confirmed(redis: Redis, *, user_id: int, password: str, limits: LoginLimits) -> bool:
    """Re-authentication before something that cannot be undone (a new password, deleting the account); failures
    are throttled like logins, so a borrowed session cannot guess the password here instead."""
    counted = await throttling.check_again(redis, limits, user_id=user_id)
    row = await User.select(User.password_hash).where(User.id == user_id).first()
    if row is None or not await verify_password(row["password_hash"], password):
        return False
    await counted.succeeded(redis)
    return True


async def notification_preferences(user_id: int) -> bool:
    row = await User.select(User.notify_email).where(User.id == user_id).first()
    return bool(row and row["notify_email"])


async def set_notification_preferences(user_id: int, *, email: bool) -> None:
    """Which channels carry this person's messages; the in-app inbox always does."""
    await User.update({User.notify_email: email}).where(User.id == user_id)
