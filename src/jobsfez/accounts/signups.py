"""Sign-ups confirmed by email: a seeker's, a company's or a centre's form becomes an account only through a link
sent to the address it gives.

So the form answers alike whether the address has an account or not, and says the rest by email, where only the
address's owner reads it: the link to finish, or that the address has an account already. Nobody creates an account
for an address they cannot read, and an address gets a few such emails a day at most, whoever asks.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from typing import Any

from piccolo.querystring import QueryString

from jobsfez.accounts import consents
from jobsfez.accounts import service as accounts
from jobsfez.accounts.tables import Signup
from jobsfez.db import NOW, new_row, transaction
from jobsfez.errors import NotFound, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.notifications import service as notifications
from jobsfez.notifications.tables import Notification

SIGNUP_DAYS = 2
SIGNUP_ENDS = QueryString("now() + make_interval(days => {})", SIGNUP_DAYS)
A_DAY_AGO = QueryString("now() - interval '1 day'")
EMAILS_PER_ADDRESS_PER_DAY = 3
EMAIL_KINDS = ("signup_confirm", "account_exists")
# Where each kind of sign-up is finished: the link in the email is this path and the token.
FINISH_PATHS = {"seeker": "/signup", "employer": "/employers/register", "centre": "/centres/register"}
SIGNUP_GONE = lazy("This link has expired or was already used. Fill in the form again.")
CHECK_FIELDS = lazy("Please correct the marked fields.")


@dataclass(frozen=True, slots=True)
class ConfirmedSignup:
    """A sign-up whose link was opened: what its form said, ready to become an account."""

    email: str
    display_name: str
    locale: str
    password_hash: str
    details: dict[str, str]  # the tenant's fields, as the form's checks left them
    consent: str  # the privacy notice the form agreed to, in the words it showed


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def start(
    kind: str,
    *,
    email: str,
    password: str,
    display_name: str,
    locale: str,
    base_url: str,
    consent: str,
    details: dict[str, str] | None = None,
    problems: dict[str, str] | None = None,
) -> None:
    """Check the form (``problems`` are what the caller found wrong with the rest of it), then email the address:
    a link to finish, or, when it has an account, that it has one. The same answer and about the same time either
    way (the password is hashed in both). ``consent`` is the privacy notice's wording the form agreed to, empty when
    its box was not ticked."""
    problems = {
        **(problems or {}),
        **accounts.account_problems(email=email, password=password, display_name=display_name),
        **({} if consent else {"consent": consents.REQUIRED}),
    }
    if problems:
        raise ValidationFailed(CHECK_FIELDS, fields=problems)
    email = accounts.check_email(email)
    fields = {
        "display_name": accounts.check_display_name(display_name),
        "locale": locale if locale in ("ko", "en") else "ko",
        "password_hash": await accounts.hash_password(password),
        "consent": consent,
        **(details or {}),
    }
    async with transaction():
        await Signup.delete().where(Signup.expires_at < NOW)
        mailed = await Notification.count().where(
            (Notification.recipient == email)
            & Notification.kind.is_in(list(EMAIL_KINDS))
            & (Notification.created_at > A_DAY_AGO)
        )
        if mailed >= EMAILS_PER_ADDRESS_PER_DAY:
            return
        if await accounts.email_in_use(email):
            await notifications.add(
                cause=f"signup:{secrets.token_hex(16)}",
                kind="account_exists",
                channel="email",
                recipient=email,
                language=fields["locale"],
                payload={"url": f"{base_url}/login"},
            )
            return
        token = secrets.token_urlsafe(32)
        [row] = await Signup.insert(
            new_row(
                Signup,
                kind=kind,
                email=email,
                token_hash=_token_hash(token),
                details=json.dumps(fields),
                expires_at=SIGNUP_ENDS,
            )
        ).returning(Signup.id)
        await notifications.add(
            cause=f"signup:{row['id']}",
            kind="signup_confirm",
            channel="email",
            recipient=email,
            language=fields["locale"],
            payload={"kind": kind, "url": f"{base_url}{FINISH_PATHS[kind]}/{token}", "days": SIGNUP_DAYS},
        )


def _open(kind: str, token: str) -> Any:
    return (Signup.token_hash == _token_hash(token)) & (Signup.kind == kind) & (Signup.expires_at > NOW)


async def pending_email(kind: str, token: str) -> str:
    """The address a sign-up link finishes, for the page that asks to finish it."""
    row = await Signup.select(Signup.email).where(_open(kind, token)).first()
    if row is None:
        raise NotFound(SIGNUP_GONE)
    return str(row["email"])


async def _claim(kind: str, token: str) -> ConfirmedSignup:
    """Use a sign-up link once: the row goes (and with it the password's hash) in the caller's transaction, which
    creates the account."""
    found = await Signup.delete().where(_open(kind, token)).returning(Signup.email, Signup.details)
    if not found:
        raise NotFound(SIGNUP_GONE)
    details = json.loads(found[0]["details"])
    return ConfirmedSignup(
        email=found[0]["email"],
        display_name=details.pop("display_name"),
        locale=details.pop("locale"),
        password_hash=details.pop("password_hash"),
        consent=details.pop("consent", ""),
        details=details,
    )


async def open_account(kind: str, token: str) -> tuple[accounts.UserInfo, dict[str, Any]]:
    """Use a sign-up link once and make its account (of the sign-up's kind) in the caller's transaction, with the
    consent its form gave: the account and what else the form held (a company's or a centre's details)."""
    signup = await _claim(kind, token)
    user = await accounts.create_user(
        email=signup.email,
        password="",
        password_hash=signup.password_hash,
        role=kind,
        display_name=signup.display_name,
        locale=signup.locale,
    )
    if signup.consent:  # a sign-up started before the notice existed has none: the account page asks it
        await consents.record(user.id, language=signup.locale, text=signup.consent)
    return user, signup.details


async def finish_seeker(token: str) -> accounts.UserInfo:
    """A seeker's sign-up becomes their account."""
    async with transaction():
        user, _ = await open_account("seeker", token)
    return user
