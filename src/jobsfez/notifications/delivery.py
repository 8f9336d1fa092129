"""How an outbox row reaches its recipient, channel by channel (used by the worker)."""

from __future__ import annotations

from jobsfez.db import fetchrow
from jobsfez.notifications import messages, service
from jobsfez.notifications.channels import EmailChannel, PermanentFailure, Rendered, WebhookChannel


class Deliverer:
    def __init__(self, *, smtp_url: str, mail_from: str) -> None:
        self.email = EmailChannel(smtp_url=smtp_url, sender=mail_from)
        self.webhook = WebhookChannel()

    async def __call__(self, outgoing: service.Outgoing) -> None:
        if outgoing.channel == "inbox":
            return  # the row itself is the inbox entry; marking it sent makes it visible
        if outgoing.channel == "email":
            rendered = messages.render(outgoing.kind, outgoing.language, outgoing.payload)
            rendered = Rendered(rendered.subject, rendered.text, rendered.html, _attachments(outgoing))
            await self.email.send(outgoing.id, to=outgoing.recipient, rendered=rendered, language=outgoing.language)
            return
        if outgoing.channel == "webhook":
            secret = await _webhook_secret(outgoing.employer_id)
            await self.webhook.send(
                outgoing.id,
                url=outgoing.recipient,
                secret=secret,
                payload={"kind": outgoing.kind, "language": outgoing.language, "data": outgoing.payload},
            )
            return
        raise PermanentFailure(f"unknown channel {outgoing.channel}")

    async def deliver(self, notification_id: int) -> str:
        return await service.deliver(notification_id, self)


def _attachments(outgoing: service.Outgoing) -> tuple[tuple[str, str, bytes], ...]:
    ics = outgoing.payload.get("ics")
    if isinstance(ics, str) and ics:
        return (("invite.ics", "text/calendar", ics.encode()),)
    return ()


async def _webhook_secret(employer_id: int | None) -> str:
    if employer_id is None:
        raise PermanentFailure("webhook without a configured owner")
    row = await fetchrow("SELECT webhook_secret FROM employers WHERE id = $1", employer_id)
    if row is None or not row["webhook_secret"]:
        raise PermanentFailure("webhook secret missing")
    return str(row["webhook_secret"])
