"""One-click unsubscribe (RFC 8058): each email a user could turn off carries a link that turns their emails off.

The link is signed for one user, so it needs no login: a mail client's "unsubscribe" button POSTs to it without
a session, and whoever has the email may turn its emails off. The inbox keeps every message either way.
"""

from __future__ import annotations

import hashlib
import hmac

from jobsfez.accounts.tables import User
from jobsfez.checks import decimal_digits

PURPOSE = b"unsubscribe:"


def token(secret: str, user_id: int) -> str:
    """The user's unsubscribe token: their id and a MAC of it, which nobody without the key can make."""
    mac = hmac.new(secret.encode(), PURPOSE + str(user_id).encode(), hashlib.sha256).hexdigest()[:32]
    return f"{user_id}.{mac}"


def user_of(secret: str, value: str) -> int | None:
    """The user a token names, or None when it was not made by ``token``."""
    user_id, _, _mac = value.partition(".")
    if not decimal_digits(user_id) or len(user_id) > 18:
        return None
    return int(user_id) if hmac.compare_digest(token(secret, int(user_id)), value) else None


async def turn_off_email(user_id: int) -> None:
    """The user's messages go to the inbox only, as if they had unticked emails on their account page."""
    await User.update({User.notify_email: False}).where(User.id == user_id)
