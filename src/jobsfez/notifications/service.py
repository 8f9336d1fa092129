"""The outbox: rows written with the change that causes them, delivered once by a worker.

``add`` runs inside the caller's transaction; its unique key (cause, version, kind, recipient,
channel) makes a double submit write one row. ``deliver`` claims a row with FOR UPDATE SKIP LOCKED,
sends it, and marks it, so running the job twice sends once.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from jobsfez.db import engine_of, fetch, fetchrow
from jobsfez.errors import NotFound
from jobsfez.notifications.channels import PermanentFailure, Rendered, TemporaryFailure

CHANNELS = ("email", "inbox", "webhook")
MAX_ATTEMPTS = 8  # with growing delays this spans about two hours of SMTP trouble
SWEEP_AFTER_SECONDS = 60  # a pending row older than this has lost its job (Redis restart, lost enqueue)

_created: ContextVar[list[int] | None] = ContextVar("created_notifications", default=None)


def collect_created() -> list[int]:
    """Start collecting ids of rows added in this request or task (enqueued once it returns)."""
    ids: list[int] = []
    _created.set(ids)
    return ids


async def add(
    *,
    cause: str,
    kind: str,
    channel: str,
    recipient: str,
    language: str,
    payload: dict[str, Any],
    version: int = 0,
    recipient_user_id: int | None = None,
    employer_id: int | None = None,
    send_after: datetime | None = None,
) -> int | None:
    """Write one outbox row in the current transaction; None when the same message was already written."""
    row = await fetchrow(
        """INSERT INTO notifications (cause, version, kind, channel, recipient, recipient_user_id, employer_id,
                                      language, payload, send_after)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, coalesce($10, now()))
           ON CONFLICT ON CONSTRAINT notifications_once DO NOTHING RETURNING id""",
        cause,
        version,
        kind,
        channel,
        recipient,
        recipient_user_id,
        employer_id,
        language,
        json.dumps(payload, ensure_ascii=False, default=str),
        send_after,
    )
    if row is None:
        return None
    created = _created.get()
    if created is not None:
        created.append(int(row["id"]))
    return int(row["id"])


async def notify_user(
    user_id: int,
    *,
    cause: str,
    kind: str,
    payload: dict[str, Any],
    version: int = 0,
    employer_id: int | None = None,
    send_after: datetime | None = None,
    channels: tuple[str, ...] = ("email", "inbox"),
) -> list[int]:
    """Email and inbox rows for a user, in their language."""
    user = await fetchrow("SELECT email, locale FROM users WHERE id = $1", user_id)
    if user is None:
        return []
    ids = []
    for channel in channels:
        recipient = str(user["email"]) if channel == "email" else str(user_id)
        new_id = await add(
            cause=cause,
            version=version,
            kind=kind,
            channel=channel,
            recipient=recipient,
            recipient_user_id=user_id,
            employer_id=employer_id,
            language=str(user["locale"]),
            payload=payload,
            send_after=send_after,
        )
        if new_id is not None:
            ids.append(new_id)
    return ids


@dataclass(frozen=True, slots=True)
class Outgoing:
    id: int
    kind: str
    channel: str
    recipient: str
    language: str
    payload: dict[str, Any]
    attempts: int
    employer_id: int | None


Sender = Callable[[Outgoing], Awaitable[None]]


async def deliver(notification_id: int, send: Sender) -> str:
    """Claim, send, mark. Returns 'sent', 'skipped' or 'failed'; raises TemporaryFailure to be retried."""
    async with engine_of().transaction():
        row = await fetchrow(
            """SELECT id, kind, channel, recipient, language, payload, attempts, employer_id FROM notifications
               WHERE id = $1 AND status = 'pending' AND send_after <= now() FOR UPDATE SKIP LOCKED""",
            notification_id,
        )
        if row is None:
            return "skipped"
        outgoing = Outgoing(**{**row, "payload": json.loads(row["payload"])})
        try:
            await send(outgoing)
        except TemporaryFailure as exc:
            status = "failed" if outgoing.attempts + 1 >= MAX_ATTEMPTS else "pending"
            await _mark(notification_id, status, str(exc))
            if status == "failed":
                return "failed"
            raise
        except PermanentFailure as exc:
            await _mark(notification_id, "failed", str(exc))
            return "failed"
        await _mark(notification_id, "sent", "")
    return "sent"


async def _mark(notification_id: int, status: str, error: str) -> None:
    await fetch(
        """UPDATE notifications SET status = $2::varchar, last_error = $3, attempts = attempts + 1,
                  sent_at = CASE WHEN $2::varchar = 'sent' THEN now() END WHERE id = $1""",
        notification_id,
        status,
        error[:1000],
    )


async def due_for_sweep(*, older_than_seconds: int = SWEEP_AFTER_SECONDS, limit: int = 5000) -> list[int]:
    """Pending rows now due whose job was lost, or that were scheduled for later (reminders)."""
    rows = await fetch(
        """SELECT id FROM notifications WHERE status = 'pending'
           AND send_after <= now() AND created_at <= now() - make_interval(secs => $1)
           ORDER BY send_after LIMIT $2""",
        older_than_seconds,
        limit,
    )
    return [int(r["id"]) for r in rows]


async def cancel_pending(*, cause: str, before_version: int | None = None) -> int:
    """Withdraw messages not yet sent (a reminder for an interview that moved or was cancelled)."""
    rows = await fetch(
        """UPDATE notifications SET status = 'cancelled' WHERE cause = $1 AND status = 'pending'
           AND ($2::int IS NULL OR version < $2) RETURNING id""",
        cause,
        before_version,
    )
    return len(rows)


@dataclass(frozen=True, slots=True)
class InboxItem:
    id: int
    kind: str
    payload: dict[str, Any]
    created_at: datetime
    read: bool


async def inbox(user_id: int, *, limit: int = 50) -> list[InboxItem]:
    rows = await fetch(
        """SELECT id, kind, payload, created_at, read_at IS NOT NULL AS read FROM notifications
           WHERE recipient_user_id = $1 AND channel = 'inbox' AND status = 'sent'
           ORDER BY created_at DESC, id DESC LIMIT $2""",
        user_id,
        limit,
    )
    return [InboxItem(**{**r, "payload": json.loads(r["payload"])}) for r in rows]


async def unread_count(user_id: int) -> int:
    row = await fetchrow(
        """SELECT count(*) AS n FROM notifications WHERE recipient_user_id = $1 AND channel = 'inbox'
           AND status = 'sent' AND read_at IS NULL""",
        user_id,
    )
    return int(row["n"]) if row else 0


async def mark_read(user_id: int, notification_id: int) -> None:
    rows = await fetch(
        """UPDATE notifications SET read_at = coalesce(read_at, now())
           WHERE id = $1 AND recipient_user_id = $2 AND channel = 'inbox' RETURNING id""",
        notification_id,
        user_id,
    )
    if not rows:
        raise NotFound()


@dataclass(frozen=True, slots=True)
class DeliveryRow:
    id: int
    kind: str
    channel: str
    recipient: str
    status: str
    attempts: int
    last_error: str
    created_at: datetime
    sent_at: datetime | None


async def delivery_log(*, employer_id: int | None, limit: int = 200) -> list[DeliveryRow]:
    """What was sent and how it went: a company sees its own messages, staff (None) see all."""
    rows = await fetch(
        """SELECT id, kind, channel, recipient, status, attempts, last_error, created_at, sent_at FROM notifications
           WHERE ($1::bigint IS NULL OR employer_id = $1) ORDER BY created_at DESC, id DESC LIMIT $2""",
        employer_id,
        limit,
    )
    return [DeliveryRow(**r) for r in rows]


def retry_delay(attempts: int) -> timedelta:
    """Growing delays between tries: 5 s, 20 s, 80 s, ... capped at 30 minutes."""
    return timedelta(seconds=min(5 * 4 ** max(attempts - 1, 0), 1800))


def now() -> datetime:
    return datetime.now(UTC)


__all__ = ["Rendered"]
