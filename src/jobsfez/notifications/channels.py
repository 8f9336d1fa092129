"""Channels deliver one rendered message; they tell a temporary failure (retry) from a permanent one."""

from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
import hmac
import json
import re
import secrets
import time
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, formataddr, parseaddr
from typing import Any
from urllib.parse import urlsplit

import aiosmtplib
import httpx

from jobsfez.notifications import destinations
from jobsfez.notifications.destinations import PublicOnlyTransport

SMTP_TIMEOUT_SECONDS = 8  # each command: well inside the worker's job timeout, so a slow server counts as a try
WEBHOOK_TIMEOUT_SECONDS = 10
_BARE_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+")  # goes in a header as it is
_WORD_BYTES = 42  # of text in one encoded word: "Subject: =?utf-8?b?" + 56 base64 characters + "?=" stays under 78


class TemporaryFailure(Exception):
    """Try again later: SMTP 4xx, a refused connection, a webhook answering 5xx."""


class PermanentFailure(Exception):
    """Do not try again: SMTP 5xx, a webhook answering 4xx."""


@dataclass(frozen=True, slots=True)
class Rendered:
    subject: str
    text: str
    html: str
    attachments: tuple[tuple[str, str, bytes], ...] = field(default=())  # (filename, mime type, content)


def message_id(notification_id: int, domain: str) -> str:
    """Derived from the outbox row, so a message sent twice is recognisably the same message; ``domain`` is the
    installation's (Settings.mail_id_domain), so another installation's row 7 is another message."""
    return f"<notification-{notification_id}@{domain}>"


def email_bytes(
    notification_id: int,
    *,
    sender: str,
    to: str,
    rendered: Rendered,
    language: str,
    id_domain: str,
    unsubscribe_url: str | None = None,
) -> bytes:
    """The message as it goes on the wire: text and HTML alternatives, then any attachments (calendar files).

    Written directly rather than through ``EmailMessage``, which costs about 3 ms a message, most of a worker's
    budget at 300 messages a second; the tests read it back with the standard library's parser.
    """
    boundary = f"=_jobsfez_{notification_id}_{secrets.token_hex(8)}"
    alternative = _multipart(
        "alternative",
        boundary + "_a",
        [
            _part('text/plain; charset="utf-8"', rendered.text.encode()),
            _part('text/html; charset="utf-8"', rendered.html.encode()),
        ],
    )
    body = alternative
    if rendered.attachments:
        attachments = [
            _part(_content_type(filename, mime, content), content, disposition=filename)
            for filename, mime, content in rendered.attachments
        ]
        body = _multipart("mixed", boundary + "_m", [alternative, *attachments])
    headers = [
        f"Message-ID: {message_id(notification_id, id_domain)}",
        f"From: {_address(sender)}",
        f"To: {_address(to)}",
        f"Subject: {_header_text(rendered.subject)}",
        f"Date: {format_datetime(datetime.now(UTC))}",  # "+0000": the time is known to be UTC ("-0000" says not)
        f"Content-Language: {_one_line(language)}",
        "Auto-Submitted: auto-generated",  # no out-of-office replies to a no-reply address
        "MIME-Version: 1.0",
    ]
    if unsubscribe_url is not None:  # RFC 8058: the mail client's button turns these emails off by a POST
        headers += [f"List-Unsubscribe: <{unsubscribe_url}>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]
    return "\r\n".join(headers).encode() + b"\r\n" + body


@functools.lru_cache(maxsize=64)  # the sender is the same on every message
def _address(value: str) -> str:
    if _BARE_ADDRESS.fullmatch(value):
        return value
    return formataddr(parseaddr(_one_line(value)), charset="utf-8")


def _header_text(value: str) -> str:
    """RFC 2047 encoded words for text that is not ASCII, each on a line of its own under 78 characters."""
    value = _one_line(value)
    if value.isascii():
        return value
    words: list[bytes] = [b""]
    for char in value:
        encoded = char.encode()
        if len(words[-1]) + len(encoded) > _WORD_BYTES:  # never split a character's bytes between two words
            words.append(b"")
        words[-1] += encoded
    return "\r\n ".join(f"=?utf-8?b?{base64.b64encode(word).decode()}?=" for word in words)


def _one_line(value: str) -> str:
    return " ".join(value.split())  # a line break in a header value would start a header of its own


def _content_type(filename: str, mime: str, content: bytes) -> str:
    if mime == "text/calendar":  # mail clients act on the invitation only when the method is in the header
        method = "CANCEL" if b"METHOD:CANCEL" in content else "REQUEST"
        return f'text/calendar; charset="utf-8"; method={method}; name="{filename}"'
    return f'{mime}; name="{filename}"'


def _part(content_type: str, content: bytes, *, disposition: str | None = None) -> bytes:
    # lines of 76 characters, each ended by CRLF (an empty part is one empty line)
    lines = base64.encodebytes(content).replace(b"\n", b"\r\n") or b"\r\n"
    head = f"Content-Type: {content_type}\r\nContent-Transfer-Encoding: base64\r\n"
    if disposition is not None:
        head += f'Content-Disposition: attachment; filename="{disposition}"\r\n'
    return head.encode() + b"\r\n" + lines


def _multipart(subtype: str, boundary: str, parts: list[bytes]) -> bytes:
    delimiter = f"--{boundary}\r\n".encode()
    head = f'Content-Type: multipart/{subtype};\r\n boundary="{boundary}"\r\n\r\n'.encode()
    return head + b"".join(delimiter + part for part in parts) + f"--{boundary}--\r\n".encode()


class EmailChannel:
    """SMTP that keeps up to ``keep_open`` connections between messages (a worker sends thousands a minute)."""

    def __init__(self, *, smtp_url: str, sender: str, id_domain: str, keep_open: int = 0) -> None:
        parts = urlsplit(smtp_url)
        self.sender = sender
        self.id_domain = id_domain
        self.envelope_sender = parseaddr(sender)[1]
        self.keep_open = keep_open
        self._options: dict[str, Any] = {
            "hostname": parts.hostname or "127.0.0.1",
            "port": parts.port or 25,
            "username": parts.username,
            "password": parts.password,
            "start_tls": parts.scheme == "smtp+starttls",
            "use_tls": parts.scheme == "smtps",
            "timeout": SMTP_TIMEOUT_SECONDS,
        }
        self._idle: list[aiosmtplib.SMTP] = []

    async def send(
        self,
        notification_id: int,
        *,
        to: str,
        rendered: Rendered,
        language: str,
        unsubscribe_url: str | None = None,
        handover: AbstractAsyncContextManager[None] | None = None,
    ) -> None:
        """Only DATA, the step after which the server may have the message, runs inside ``handover``."""
        message = email_bytes(
            notification_id,
            sender=self.sender,
            to=to,
            rendered=rendered,
            language=language,
            id_domain=self.id_domain,
            unsubscribe_url=unsubscribe_url,
        )
        try:
            await self._transmit(to, message, handover or contextlib.nullcontext())
        except aiosmtplib.SMTPResponseException as exc:
            if 400 <= exc.code < 500:
                raise TemporaryFailure(f"SMTP {exc.code} {exc.message}") from exc
            raise PermanentFailure(f"SMTP {exc.code} {exc.message}") from exc
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise TemporaryFailure(f"SMTP connection: {exc}") from exc

    async def _transmit(self, to: str, message: bytes, handover: AbstractAsyncContextManager[None]) -> None:
        smtp, kept = await self._connection()
        try:
            try:
                await smtp.mail(self.envelope_sender)
            except aiosmtplib.SMTPServerDisconnected:
                if not kept:
                    raise
                smtp.close()  # the server closed a kept connection while it was idle: nothing was sent yet
                smtp, kept = await self._connection(fresh=True)
                await smtp.mail(self.envelope_sender)
            await smtp.rcpt(to)
            async with handover:
                await smtp.data(message)
        except BaseException:
            smtp.close()  # in the middle of a transaction: never reuse it
            raise
        if len(self._idle) < self.keep_open:
            self._idle.append(smtp)
        else:
            await _quit(smtp)

    async def _connection(self, *, fresh: bool = False) -> tuple[aiosmtplib.SMTP, bool]:
        while self._idle and not fresh:
            smtp = self._idle.pop()
            if smtp.is_connected:
                return smtp, True
        smtp = aiosmtplib.SMTP(**self._options)
        await smtp.connect()
        return smtp, False

    async def aclose(self) -> None:
        idle, self._idle = self._idle, []
        for smtp in idle:
            await _quit(smtp)


async def _quit(smtp: aiosmtplib.SMTP) -> None:
    try:
        await smtp.quit()
    except (aiosmtplib.SMTPException, OSError, TimeoutError):
        smtp.close()


def webhook_signature(secret: str, timestamp: str, body: bytes) -> str:
    """HMAC-SHA256 over "timestamp.body", the scheme receivers can check without our code."""
    return hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


@dataclass(frozen=True, slots=True)
class WebhookChannel:
    async def send(
        self,
        notification_id: int,
        *,
        url: str,
        secret: str,
        payload: dict[str, object],
        handover: AbstractAsyncContextManager[None] | None = None,
    ) -> None:
        body = json.dumps({"id": notification_id, **payload}, ensure_ascii=False, default=str).encode()
        timestamp = str(int(time.time()))
        headers = {
            "content-type": "application/json",
            "x-jobsfez-timestamp": timestamp,
            "x-jobsfez-signature": webhook_signature(secret, timestamp, body),
            "x-jobsfez-delivery": str(notification_id),
        }
        if destinations.url_problem(url):  # saved before the rule, or written around it
            raise PermanentFailure("webhook address is not a public https address")
        try:
            async with (
                httpx.AsyncClient(transport=PublicOnlyTransport(), timeout=WEBHOOK_TIMEOUT_SECONDS) as client,
                handover or contextlib.nullcontext(),
            ):
                response = await client.post(url, content=body, headers=headers)
                _check_webhook_answer(response.status_code)  # inside: a refused message is not recorded as sent
        except destinations.NotPublic as exc:
            raise PermanentFailure(f"webhook host {exc} resolves to an address that is not public") from exc
        except httpx.HTTPError as exc:
            raise TemporaryFailure(f"webhook: {exc.__class__.__name__}") from exc


def _check_webhook_answer(status: int) -> None:
    if status >= 500 or status == 429:
        raise TemporaryFailure(f"webhook answered {status}")
    if status >= 400:
        raise PermanentFailure(f"webhook answered {status}")
