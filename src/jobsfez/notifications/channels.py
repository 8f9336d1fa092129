"""Channels deliver one rendered message; they tell a temporary failure (retry) from a permanent one."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate
from urllib.parse import urlsplit

import aiosmtplib
import httpx

SMTP_TIMEOUT_SECONDS = 20
WEBHOOK_TIMEOUT_SECONDS = 10


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


def message_id(notification_id: int) -> str:
    """Derived from the outbox row, so a message sent twice is recognisably the same message."""
    return f"<notification-{notification_id}@jobsfez.kr>"


def build_email(notification_id: int, *, sender: str, to: str, rendered: Rendered, language: str) -> EmailMessage:
    message = EmailMessage()
    message["Message-ID"] = message_id(notification_id)
    message["From"] = sender
    message["To"] = to
    message["Subject"] = rendered.subject
    message["Date"] = formatdate(localtime=False)
    message["Content-Language"] = language
    message.set_content(rendered.text)
    message.add_alternative(rendered.html, subtype="html")
    for filename, mime, content in rendered.attachments:
        maintype, subtype = mime.split("/", 1)
        params = {"method": "CANCEL" if b"METHOD:CANCEL" in content else "REQUEST"} if subtype == "calendar" else {}
        message.add_attachment(content, maintype=maintype, subtype=subtype, filename=filename, params=params)
    return message


@dataclass(frozen=True, slots=True)
class EmailChannel:
    smtp_url: str
    sender: str

    async def send(self, notification_id: int, *, to: str, rendered: Rendered, language: str) -> None:
        parts = urlsplit(self.smtp_url)
        message = build_email(notification_id, sender=self.sender, to=to, rendered=rendered, language=language)
        try:
            await aiosmtplib.send(
                message,
                hostname=parts.hostname or "127.0.0.1",
                port=parts.port or 25,
                username=parts.username,
                password=parts.password,
                start_tls=parts.scheme == "smtp+starttls",
                use_tls=parts.scheme == "smtps",
                timeout=SMTP_TIMEOUT_SECONDS,
            )
        except aiosmtplib.SMTPResponseException as exc:
            if 400 <= exc.code < 500:
                raise TemporaryFailure(f"SMTP {exc.code} {exc.message}") from exc
            raise PermanentFailure(f"SMTP {exc.code} {exc.message}") from exc
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise TemporaryFailure(f"SMTP connection: {exc}") from exc


def webhook_signature(secret: str, timestamp: str, body: bytes) -> str:
    """HMAC-SHA256 over "timestamp.body", the scheme receivers can check without our code."""
    return hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


@dataclass(frozen=True, slots=True)
class WebhookChannel:
    async def send(self, notification_id: int, *, url: str, secret: str, payload: dict[str, object]) -> None:
        body = json.dumps({"id": notification_id, **payload}, ensure_ascii=False, default=str).encode()
        timestamp = str(int(time.time()))
        headers = {
            "content-type": "application/json",
            "x-jobsfez-timestamp": timestamp,
            "x-jobsfez-signature": webhook_signature(secret, timestamp, body),
            "x-jobsfez-delivery": str(notification_id),
        }
        try:
            async with httpx.AsyncClient(timeout=WEBHOOK_TIMEOUT_SECONDS) as client:
                response = await client.post(url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            raise TemporaryFailure(f"webhook: {exc.__class__.__name__}") from exc
        if response.status_code >= 500 or response.status_code == 429:
            raise TemporaryFailure(f"webhook answered {response.status_code}")
        if response.status_code >= 400:
            raise PermanentFailure(f"webhook answered {response.status_code}")
