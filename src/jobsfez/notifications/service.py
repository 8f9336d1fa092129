"""The outbox: rows written with the change that causes them, delivered once by a worker.

``add`` runs inside the caller's transaction; its unique key (cause, version, kind, recipient,
channel) makes a double submit write one row. ``deliver`` claims a row with FOR UPDATE SKIP LOCKED,
sends it, and commits its mark once the channel has taken it, so running the job twice sends once.
Two statements are SQL: the claim (a SKIP LOCKED subquery and a transaction-local setting, which
Piccolo cannot say) and the outbox insert, which every change runs for each message it causes:
bench/bench_notifications.py measured Piccolo's insert slowing the changes it times (docs/benchmarks.md).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Awaitable, Callable, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from piccolo.custom_types import Combinable
from piccolo.engine.postgres import PostgresTransaction
from piccolo.query.functions import Coalesce

from jobsfez.accounts.tables import User
from jobsfez.db import NOW, fetch, fetchrow, transaction
from jobsfez.errors import NotFound
from jobsfez.notifications import messages
from jobsfez.notifications.channels import PermanentFailure, TemporaryFailure
from jobsfez.notifications.tables import Notification

CHANNELS = ("email", "inbox", "webhook")
MAX_ATTEMPTS = 10  # with the delays of retry_delay this spans about two hours of SMTP trouble
SWEEP_AFTER_SECONDS = 60  # a pending row older than this has lost its job (Redis restart, lost enqueue)

_created: ContextVar[list[int] | None] = ContextVar("created_notifications", default=None)


def collect_created() -> list[int]:
    """Start collecting ids of rows added in this request or task (enqueued once it returns)."""
    ids: list[int] = []
    _created.set(ids)
    return ids


def _known(*kinds: str) -> None:
    unknown = set(kinds) - messages.kinds()
    if unknown:
        raise ValueError(f"no message templates for the kinds {sorted(unknown)}")


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
    _known(kind)
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
    new_id: int = row["id"]
    created = _created.get()
    if created is not None:
        created.append(new_id)
    return new_id


async def add_emails(*, kind: str, language: str, messages: Sequence[tuple[str, str, dict[str, Any]]]) -> list[int]:
    """``add`` for many e-mails of one kind at once (cause, address, payload each), in one statement: a roster's
    invitations are thousands of rows written with the import."""
    _known(kind)
    if not messages:
        return []
    causes, recipients, payloads = zip(*messages, strict=True)
    rows = await fetch(
        """INSERT INTO notifications (cause, version, kind, channel, recipient, language, payload, send_after)
           SELECT cause, 0, $1, 'email', recipient, $2, payload::jsonb, now()
           FROM unnest($3::text[], $4::text[], $5::text[]) AS given (cause, recipient, payload)
           ON CONFLICT ON CONSTRAINT notifications_once DO NOTHING RETURNING id""",
        kind,
        language,
        list(causes),
        list(recipients),
        [json.dumps(payload, ensure_ascii=False, default=str) for payload in payloads],
    )
    ids = [row["id"] for row in rows]
    created = _created.get()
    if created is not None:
        created.extend(ids)
    return ids


@dataclass(frozen=True, slots=True)
class NewRow:
    """One outbox row of a batch written at once by ``add_many``."""

    cause: str
    version: int
    kind: str
    channel: str
    recipient: str
    language: str
    payload: dict[str, Any]
    recipient_user_id: int | None = None
    employer_id: int | None = None
    centre_id: int | None = None  # a centre's webhook event (drives/hooks.py), in that centre's delivery log


async def add_many(rows: Sequence[NewRow]) -> list[int]:
    """``add`` for many rows of any kind and channel in one statement: a drive's published timetable writes an
    itinerary for each of thousands of participants in the publishing transaction."""
    _known(*(row.kind for row in rows))
    if not rows:
        return []
    found = await fetch(
        """INSERT INTO notifications (cause, version, kind, channel, recipient, recipient_user_id, employer_id,
                                      centre_id, language, payload, send_after)
           SELECT cause, version, kind, channel, recipient, recipient_user_id, employer_id, centre_id, language,
                  payload::jsonb, now()
           FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::bigint[],
                       $8::text[], $9::text[], $10::bigint[])
                AS given (cause, version, kind, channel, recipient, recipient_user_id, employer_id, language, payload,
                          centre_id)
           ON CONFLICT ON CONSTRAINT notifications_once DO NOTHING RETURNING id""",
        [row.cause for row in rows],
        [row.version for row in rows],
        [row.kind for row in rows],
        [row.channel for row in rows],
        [row.recipient for row in rows],
        [row.recipient_user_id for row in rows],
        [row.employer_id for row in rows],
        [row.language for row in rows],
        [json.dumps(row.payload, ensure_ascii=False, default=str) for row in rows],
        [row.centre_id for row in rows],
    )
    ids = [row["id"] for row in found]
    created = _created.get()
    if created is not None:
        created.extend(ids)
    return ids


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
    """Rows for a user in their language, on the channels they chose (the inbox always keeps a copy)."""
    user = await User.select(User.email, User.locale, User.notify_email).where(User.id == user_id).first()
    if user is None:
        return []
    ids = []
    for channel in channels:
        if channel == "email" and not user["notify_email"]:
            continue
        recipient = user["email"] if channel == "email" else str(user_id)
        new_id = await add(
            cause=cause,
            version=version,
            kind=kind,
            channel=channel,
            recipient=recipient,
            recipient_user_id=user_id,
            employer_id=employer_id,
            language=user["locale"],
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
    attempts: int  # including this one
    employer_id: int | None
    recipient_user_id: int | None = None  # a user's message, which they can turn off (notify_email)
    centre_id: int | None = None  # a centre's webhook event: its secret signs it


# A sender wraps in the handover the step after which the recipient may have the message (SMTP's DATA, a webhook's
# POST); the handover records the row as sent before it lets the next message of its channel through.
Handover = contextlib.AbstractAsyncContextManager[None]
Sender = Callable[[Outgoing, Handover], Awaitable[None]]


class Withdrawn(Exception):
    """Raised by a sender when the message no longer applies (its interview moved): the row is cancelled."""


# Claims the row (FOR UPDATE SKIP LOCKED) and marks it sent in one statement of a transaction that commits only
# once the channel has taken the message: a crash before the commit leaves the row pending, a second run skips it.
# Losing the commit to a database crash sends the message again but never loses it, so it need not wait for fsync.
_CLAIM = """UPDATE notifications
            SET status = 'sent', attempts = attempts + 1, last_error = '', sent_at = clock_timestamp()
            WHERE id = (SELECT id FROM notifications WHERE id = $1 AND status = 'pending' AND send_after <= now()
                        FOR UPDATE SKIP LOCKED)
            RETURNING id, kind, channel, recipient, language, payload, attempts, employer_id, recipient_user_id,
                      centre_id, set_config('synchronous_commit', 'off', true) AS commit_mode"""


async def deliver(notification_id: int, send: Sender, *, gates: Mapping[str, asyncio.Semaphore] | None = None) -> str:
    """Claim, send, commit. Returns 'sent', 'skipped', 'cancelled' or 'failed'; raises TemporaryFailure to retry.

    ``gates`` bound, per channel, how many messages this process has handed over without having committed their
    mark yet: all that a crash of the process can send twice.
    """
    async with transaction(allow_nested=False) as claim:
        row = await fetchrow(_CLAIM, notification_id)
        if row is None:
            return "skipped"
        outgoing = Outgoing(
            id=row["id"],
            kind=row["kind"],
            channel=row["channel"],
            recipient=row["recipient"],
            language=row["language"],
            payload=json.loads(row["payload"]),
            attempts=row["attempts"],
            employer_id=row["employer_id"],
            recipient_user_id=row["recipient_user_id"],
            centre_id=row["centre_id"],
        )
        handover = _Handover((gates or {}).get(outgoing.channel), claim)
        try:
            status, failure = await _attempt(send, outgoing, handover)
        except BaseException:
            if not handover.recorded:
                raise  # the transaction rolls back: the row stays pending for the job's next run
            status, failure = "sent", None  # it went out and is committed; raised in here, it would roll back
        if not handover.recorded:  # a failure, or nothing to hand over (the inbox)
            handover.interrupted = await _despite_cancellation(_settle(claim, outgoing.id, status, failure))
    if handover.interrupted:
        raise asyncio.CancelledError
    if isinstance(failure, TemporaryFailure) and status == "pending":
        raise failure
    return status


class _Handover:
    def __init__(self, gate: asyncio.Semaphore | None, transaction: PostgresTransaction) -> None:
        self.gate = gate
        self.transaction = transaction
        self.recorded = False
        self.interrupted = False

    async def __aenter__(self) -> None:
        if self.gate is not None:
            await self.gate.acquire()

    async def __aexit__(self, kind: type[BaseException] | None, *_: object) -> None:
        try:
            if kind is None:
                self.interrupted = await _despite_cancellation(self.transaction.commit())  # type: ignore[no-untyped-call]
                self.recorded = True
        finally:
            if self.gate is not None:
                self.gate.release()


async def _attempt(send: Sender, outgoing: Outgoing, handover: Handover) -> tuple[str, Exception | None]:
    try:
        await send(outgoing, handover)
    except TemporaryFailure as exc:
        return ("failed" if outgoing.attempts >= MAX_ATTEMPTS else "pending"), exc
    except PermanentFailure as exc:
        return "failed", exc
    except Withdrawn as exc:
        return "cancelled", exc
    return "sent", None


async def _settle(
    transaction: PostgresTransaction, notification_id: int, status: str, failure: Exception | None
) -> None:
    if failure is not None:
        await Notification.update(
            {Notification.status: status, Notification.last_error: str(failure)[:1000], Notification.sent_at: None}
        ).where(Notification.id == notification_id)
    await transaction.commit()  # type: ignore[no-untyped-call]  # (piccolo leaves it untyped)


async def _despite_cancellation(work: Awaitable[None]) -> bool:
    """Finish recording what already happened even if the job is cancelled meanwhile; True if it was."""
    task = asyncio.ensure_future(work)
    cancelled = False
    while not task.done():
        try:
            await asyncio.shield(task)
        except asyncio.CancelledError:
            if task.cancelled():
                raise
            cancelled = True
    task.result()
    return cancelled


async def due_for_sweep(*, older_than_seconds: int = SWEEP_AFTER_SECONDS, limit: int = 5000) -> list[int]:
    """Pending rows now due whose job was lost, or that were scheduled for later (reminders)."""
    rows = (
        await Notification.select(Notification.id)
        .where(
            (Notification.status == "pending") & (Notification.send_after <= NOW),
            Notification.created_at + timedelta(seconds=older_than_seconds) <= NOW,
        )
        .order_by(Notification.send_after)
        .limit(limit)
    )
    return [r["id"] for r in rows]


async def cancel_pending(*, cause: str, before_version: int | None = None) -> int:
    """Withdraw messages not yet sent (a reminder for an interview that moved or was cancelled)."""
    pending = (Notification.cause == cause) & (Notification.status == "pending")
    if before_version is not None:
        pending &= Notification.version < before_version
    rows = await Notification.update({Notification.status: "cancelled"}).where(pending).returning(Notification.id)
    return len(rows)


@dataclass(frozen=True, slots=True)
class InboxItem:
    id: int
    kind: str
    payload: dict[str, Any]
    created_at: datetime
    read: bool
    title: str  # the message's subject in the reader's language
    text: str = ""  # what the message says, for the kinds whose title is not the whole of it


def _inbox_of(user_id: int) -> Combinable:
    return (Notification.recipient_user_id == user_id) & (Notification.channel == "inbox")


async def inbox(user_id: int, *, language: str, limit: int = 50) -> list[InboxItem]:
    """The user's inbox, newest first, each message titled in ``language`` (the one they read the page in)."""
    rows = (
        await Notification.select(
            Notification.id, Notification.kind, Notification.payload, Notification.created_at, Notification.read_at
        )
        .where(_inbox_of(user_id) & (Notification.status == "sent"))
        .order_by(Notification.created_at, Notification.id, ascending=False)
        .limit(limit)
    )
    items = []
    for r in rows:
        payload = json.loads(r["payload"])
        title = messages.subject(r["kind"], language, payload)
        text = messages.inbox_text(r["kind"], language, payload)
        read = r["read_at"] is not None
        items.append(InboxItem(r["id"], r["kind"], payload, r["created_at"], read=read, title=title, text=text))
    return items


async def unread_count(user_id: int) -> int:
    unread: int = await Notification.count().where(
        _inbox_of(user_id) & (Notification.status == "sent") & Notification.read_at.is_null()
    )
    return unread


async def mark_read(user_id: int, notification_id: int) -> str:
    """Mark one of the user's inbox items read; its link (the page it is about), or "" if it has none."""
    rows = (
        await Notification.update({Notification.read_at: Coalesce(Notification.read_at, NOW)})
        .where((Notification.id == notification_id) & _inbox_of(user_id))
        .returning(Notification.payload)
    )
    if not rows:
        raise NotFound()
    url = json.loads(rows[0]["payload"]).get("url", "")
    return url if isinstance(url, str) else ""


async def open_item(user_id: int, notification_id: int, *, base_url: str) -> str:
    """Read an item and say where it leads: a page of this site only (never elsewhere), else the inbox."""
    url = await mark_read(user_id, notification_id)
    if url.startswith(f"{base_url}/"):
        url = url.removeprefix(base_url)
    return url if url.startswith("/") and not url.startswith("//") else "/inbox"


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
    recipient_email: str | None  # an inbox row's recipient is a user id: the deliveries page shows their address


async def delivery_log(*, employer_id: int | None, centre_id: int | None = None, limit: int = 200) -> list[DeliveryRow]:
    """What was sent and how it went: a company sees its own messages, a centre its webhook's events, staff (neither
    given) see all."""
    own = [name for name in DeliveryRow.__dataclass_fields__ if name != "recipient_email"]
    query = Notification.select(
        *(Notification._meta.get_column_by_name(name) for name in own),
        Notification.recipient_user_id._.email.as_alias("recipient_email"),
    )
    if employer_id is not None:
        query = query.where(Notification.employer_id == employer_id)
    if centre_id is not None:
        query = query.where(Notification.centre_id == centre_id)
    rows = await query.order_by(Notification.created_at, Notification.id, ascending=False).limit(limit)
    return [DeliveryRow(**r) for r in rows]


def retry_delay(attempts: int) -> timedelta:
    """Growing delays between tries: 1 s, 4 s, 16 s, ~1 min, ~4 min, ~17 min, then every 30 minutes.

    The first retries come quickly because most 4xx answers are momentary (a busy relay, a dropped connection);
    greylisting and outages are met by the later, longer ones.
    """
    return timedelta(seconds=min(4 ** max(attempts - 1, 0), 1800))
