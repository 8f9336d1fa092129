"""Signed one-click links: the token names a booking at one version and stops working when it starts.

HMAC-SHA256 over "booking id.sequence.expiry" with the app's secret; nothing is stored, and a moved
interview (a higher sequence) makes every earlier link stale.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import UTC, datetime

PURPOSE = b"interview-confirm:"


@dataclass(frozen=True, slots=True)
class ConfirmClaim:
    booking_id: int
    sequence: int
    expires_at: datetime


def _signature(secret: str, body: str, purpose: bytes) -> str:
    digest = hmac.new(secret.encode(), purpose + body.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def sign(secret: str, *, booking_id: int, sequence: int, expires_at: datetime, purpose: bytes = PURPOSE) -> str:
    """``purpose`` keeps one kind of link from standing for another (a drive interview's cancellation has its own)."""
    body = f"{booking_id}.{sequence}.{int(expires_at.timestamp())}"
    return f"{body}.{_signature(secret, body, purpose)}"


def read(secret: str, token: str, *, purpose: bytes = PURPOSE) -> ConfirmClaim | None:
    """The claim of a well-formed token with a valid signature (expired or not); None for anything else."""
    parts = token.split(".")
    if len(parts) != 4 or not token.isascii() or not all(p.isdigit() for p in parts[:3]) or len(token) > 200:
        return None
    body = ".".join(parts[:3])
    if not hmac.compare_digest(_signature(secret, body, purpose), parts[3]):
        return None
    return ConfirmClaim(int(parts[0]), int(parts[1]), datetime.fromtimestamp(int(parts[2]), UTC))
