"""How an outbox row reaches its recipient, channel by channel (used by the worker)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from jobsfez.centres.tables import Centre
from jobsfez.employers.tables import Employer
from jobsfez.notifications import messages, service, unsubscribe
from jobsfez.notifications.channels import EmailChannel, PermanentFailure, Rendered, WebhookChannel

# A kind whose message can go stale while it waits (an interview reminder after the interview moved) has a check
# from the domain that owns it, handed to the Deliverer: a row whose check answers False is cancelled, never sent.
StillCurrent = Callable[[dict[str, Any]], Awaitable[bool]]


# Messages a process may have handed to a channel (SMTP server, webhook receiver) before recording them as sent.
# A process killed in that moment sends them again when their job re-runs, so this bounds duplicates per crash;
# only DATA waits its turn (MAIL FROM and RCPT TO run side by side), so a higher value pays off only when the relay
# is slow to answer DATA.
UNRECORDED_PER_CHANNEL = 1
# SMTP connections a worker keeps open: each message holds one from MAIL FROM until the server has answered its DATA.
SMTP_CONNECTIONS = 8


class Deliverer:
    """Sends outbox rows for one process: the worker keeps one, and SMTP connections open between messages."""

    def __init__(
        self,
        *,
        smtp_url: str,
        mail_from: str,
        still_current: Mapping[str, StillCurrent],
        base_url: str,
        secret: str,
        id_domain: str,
        keep_smtp_open: bool = False,
    ) -> None:
        self.still_current = dict(still_current)
        self.base_url = base_url
        self.secret = secret
        self.email = EmailChannel(
            smtp_url=smtp_url,
            sender=mail_from,
            id_domain=id_domain,
            keep_open=SMTP_CONNECTIONS if keep_smtp_open else 0,
        )
        self.webhook = WebhookChannel()
        self.gates = {
            "email": asyncio.Semaphore(UNRECORDED_PER_CHANNEL),
            "webhook": asyncio.Semaphore(UNRECORDED_PER_CHANNEL),
        }

    async def __call__(self, outgoing: service.Outgoing, handover: service.Handover) -> None:
        check = self.still_current.get(outgoing.kind)
        if check is not None and not await check(outgoing.payload):
            raise service.Withdrawn(f"{outgoing.kind} no longer current")
        if outgoing.channel == "inbox":
            return  # the row itself is the inbox entry; marking it sent makes it visible
        if outgoing.channel == "email":
            rendered = messages.render(outgoing.kind, outgoing.language, outgoing.payload, base_url=self.base_url)
            rendered = Rendered(rendered.subject, rendered.text, rendered.html, _attachments(outgoing))
            unsubscribe_url = None
            if outgoing.recipient_user_id is not None:  # a user's message: they may turn emails off
                unsubscribe_url = (
                    f"{self.base_url}/unsubscribe/{unsubscribe.token(self.secret, outgoing.recipient_user_id)}"
                )
            await self.email.send(
                outgoing.id,
                to=outgoing.recipient,
                rendered=rendered,
                language=outgoing.language,
                unsubscribe_url=unsubscribe_url,
                handover=handover,
            )
            return
        if outgoing.channel == "webhook":
            secret = await _webhook_secret(outgoing)
            await self.webhook.send(
                outgoing.id,
                url=outgoing.recipient,
                secret=secret,
                payload={"kind": outgoing.kind, "language": outgoing.language, "data": outgoing.payload},
                handover=handover,
            )
            return
        raise PermanentFailure(f"unknown channel {outgoing.channel}")

    async def deliver(self, notification_id: int) -> str:
        return await service.deliver(notification_id, self, gates=self.gates)

    async def aclose(self) -> None:
        await self.email.aclose()


# Calendar files a payload may carry: the invitation (or its change), and a drive itinerary's cancelled interviews,
# which need a file of their own because a file has one method for all its events.
CALENDAR_FILES = (("ics", "invite.ics"), ("ics_cancel", "cancel.ics"))


def _attachments(outgoing: service.Outgoing) -> tuple[tuple[str, str, bytes], ...]:
    return tuple(
        (filename, "text/calendar", ics.encode())
        for key, filename in CALENDAR_FILES
        if isinstance(ics := outgoing.payload.get(key), str) and ics
    )


async def _webhook_secret(outgoing: service.Outgoing) -> str:
    """The secret of the webhook's owner, a company or a centre, as it is now."""
    if outgoing.centre_id is not None:
        query = Centre.select(Centre.webhook_secret.as_alias("secret")).where(Centre.id == outgoing.centre_id)
    elif outgoing.employer_id is not None:
        query = Employer.select(Employer.webhook_secret.as_alias("secret")).where(Employer.id == outgoing.employer_id)
    else:
        raise PermanentFailure("webhook without a configured owner")
    row = await query.first()
    if row is None or not row["secret"]:
        raise PermanentFailure("webhook secret missing")
    return str(row["secret"])
