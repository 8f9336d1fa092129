"""A centre's API tokens: its managers make and revoke them, and its own systems read its drives with them
(drives/api.py).

A token is ``jfz_`` and 43 random characters. Only its SHA-256 is stored, and the secret is shown once, when it is
made: a copy of the table opens nothing. A request's token is hashed and then found through the table's unique
index, so no comparison of secrets takes longer for a closer guess. A token reads, as the centre, and changes
nothing; a revoked token, or one of a centre no longer approved, opens nothing.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from piccolo.querystring import QueryString

from jobsfez.centres.service import CHECK_FIELDS, MANAGERS_ONLY, CentreActor
from jobsfez.centres.tables import Centre, CentreApiToken
from jobsfez.db import NOW, new_row, transaction
from jobsfez.errors import Forbidden, NotFound, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.tenancy.service import token_hash

SECRET_START = "jfz_"  # noqa: S105 (what every token begins with, no secret)
PREFIX_LENGTH = len(SECRET_START) + 6  # enough to tell a centre's few tokens apart, too little to guess the rest
MAX_SECRET = 100  # a presented token longer than any we make is not hashed at all
MAX_NAME = 80
MAX_ACTIVE = 10  # one per system that reads the centre's drives, with room to replace one before revoking it
# A token acts for no member: its role is none a service lets change anything, and 0 names nobody (the read-only
# services it reaches record no one).
API_ROLE = "api"
NO_MEMBER = 0
# last_used_at is written at most once a minute per token: a busy client does not write a row on every request
USED_A_MINUTE_AGO = QueryString("now() - interval '1 minute'")

NAME_NEEDED = lazy("Name the token after the system that will use it, in up to 80 characters.")
NOT_APPROVED = lazy("Your centre can make API tokens once our staff have approved it.")
TOO_MANY = lazy("A centre has at most {limit} tokens in use. Revoke one you no longer need first.")


@dataclass(frozen=True, slots=True)
class ApiTokenView:
    """A token in use, as its centre's managers see it: never its secret."""

    id: int
    name: str
    prefix: str
    created_by_name: str | None  # None once the account that made it is gone
    created_at: datetime
    last_used_at: datetime | None


@dataclass(frozen=True, slots=True)
class NewToken:
    """A token just made, with its secret: shown once, stored nowhere."""

    token: ApiTokenView
    secret: str


async def tokens(actor: CentreActor) -> list[ApiTokenView]:
    """The centre's tokens in use, the newest first, for its managers."""
    if not actor.is_manager:
        raise Forbidden(MANAGERS_ONLY)
    rows = (
        await CentreApiToken.select(
            CentreApiToken.id,
            CentreApiToken.name,
            CentreApiToken.prefix,
            CentreApiToken.created_by._.display_name.as_alias("created_by_name"),
            CentreApiToken.created_at,
            CentreApiToken.last_used_at,
        )
        .where((CentreApiToken.centre_id == actor.centre_id) & CentreApiToken.revoked_at.is_null())
        .order_by(CentreApiToken.id, ascending=False)
    )
    return [ApiTokenView(**row) for row in rows]


def _name(typed: str) -> str:
    name = " ".join(typed.split())
    if not name or len(name) > MAX_NAME:
        raise ValidationFailed(CHECK_FIELDS, fields={"name": NAME_NEEDED})
    return name


async def create(actor: CentreActor, *, name: str) -> NewToken:
    """A manager of an approved centre makes a token; its secret is in the answer and nowhere else."""
    if not actor.is_manager:
        raise Forbidden(MANAGERS_ONLY)
    if not actor.approved:
        raise Forbidden(NOT_APPROVED)
    clean = _name(name)
    secret = SECRET_START + secrets.token_urlsafe(32)
    async with transaction():
        # the centre's row locked: two managers making the last token allowed at once make it one after the other
        await Centre.select(Centre.id).where(Centre.id == actor.centre_id).lock_rows()
        in_use = await CentreApiToken.count().where(
            (CentreApiToken.centre_id == actor.centre_id) & CentreApiToken.revoked_at.is_null()
        )
        if in_use >= MAX_ACTIVE:
            raise ValidationFailed(TOO_MANY, limit=MAX_ACTIVE)
        [row] = await CentreApiToken.insert(
            new_row(
                CentreApiToken,
                centre_id=actor.centre_id,
                name=clean,
                token_hash=token_hash(secret),
                prefix=secret[:PREFIX_LENGTH],
                created_by=actor.user_id,
            )
        ).returning(CentreApiToken.id)
    [made] = [token for token in await tokens(actor) if token.id == row["id"]]
    return NewToken(token=made, secret=secret)


async def revoke(actor: CentreActor, *, token_id: int) -> None:
    """A manager ends a token: the next request made with it is refused."""
    this_one = (
        (CentreApiToken.id == token_id)
        & (CentreApiToken.centre_id == actor.centre_id)
        & CentreApiToken.revoked_at.is_null()
    )
    if not actor.is_manager:
        # another centre's token does not exist for them, whatever their role
        raise Forbidden(MANAGERS_ONLY) if await CentreApiToken.exists().where(this_one) else NotFound()
    revoked = (
        await CentreApiToken.update({CentreApiToken.revoked_at: NOW, CentreApiToken.revoked_by: actor.user_id})
        .where(this_one)
        .returning(CentreApiToken.id)
    )
    if not revoked:
        raise NotFound()


@dataclass(frozen=True, slots=True)
class TokenHolder:
    """Whom a request's token lets in: its centre, read-only, and the token's id (its requests are counted)."""

    token_id: int
    actor: CentreActor


async def holder(secret: str) -> TokenHolder | None:
    """The centre a presented token reads for; None for one we never made, one revoked, or a centre not approved."""
    if not secret.startswith(SECRET_START) or len(secret) > MAX_SECRET or not secret.isascii():
        return None
    row = (
        await CentreApiToken.select(CentreApiToken.id, CentreApiToken.centre_id)
        .where(
            (CentreApiToken.token_hash == token_hash(secret))
            & CentreApiToken.revoked_at.is_null()
            & (CentreApiToken.centre_id._.status == "approved")
        )
        .first()
    )
    if row is None:
        return None
    await CentreApiToken.update({CentreApiToken.last_used_at: NOW}).where(
        (CentreApiToken.id == row["id"])
        & (CentreApiToken.last_used_at.is_null() | (CentreApiToken.last_used_at < USED_A_MINUTE_AGO))
    )
    actor = CentreActor(user_id=NO_MEMBER, centre_id=row["centre_id"], role=API_ROLE, approved=True)
    return TokenHolder(token_id=row["id"], actor=actor)
