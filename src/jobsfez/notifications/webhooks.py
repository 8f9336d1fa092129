"""A tenant's webhook (a company's, a centre's): one rule for its address, one for its signing secret."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from piccolo.columns import Varchar
from piccolo.query.functions import Coalesce, NullIf

from jobsfez.errors import ValidationFailed
from jobsfez.notifications import destinations

FIELD = "webhook_url"  # the form field both settings forms name, which a refusal marks


@dataclass(frozen=True, slots=True)
class WebhookSettings:
    url: str
    secret: str


async def checked_url(url: str) -> str:
    """The address as saved (empty turns the webhook off); one that could reach our own side is refused."""
    url = url.strip()
    problem = url and (destinations.url_problem(url) or await destinations.resolved_problem(url))
    if problem:
        raise ValidationFailed("Please correct the marked fields.", fields={FIELD: problem})
    return url


def secret_for(url: str, column: Varchar) -> Coalesce | str:
    """The secret to write with ``url``: none without an address, and a new address keeps the secret the receiver
    already checks against, if there is one."""
    return Coalesce(NullIf(column, ""), secrets.token_hex(32)) if url else ""
