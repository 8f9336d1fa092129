"""A drive's events for its host centres' webhooks, written to the outbox in the transaction of the change.

The centres' webhooks go the way a company's do: an outbox row per centre, delivered, signed with the centre's
secret and retried by notifications/delivery.py, and shown in the centre's delivery log. The bodies carry ids and
codes, never a name, e-mail or phone: a centre matches the participant id against its own list (or the API), and
only the centre that brought a participant, and the lead, hear of them, as only they see them on their pages.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from piccolo.custom_types import Combinable

from jobsfez.drives.tables import DriveHost
from jobsfez.notifications import service as notifications

# The events, by the outbox kind each is written as (its name in the body's "kind").
DRIVE_PUBLISHED = "drive.published"  # the drive opens for registration (first publication or re-opening)
PARTICIPANT_REGISTERED = "participant.registered"  # from the drive's page, or at the door (a walk-in)
PARTICIPANTS_IMPORTED = "participants.imported"  # a roster import: one event with the count, not one per row
PARTICIPANT_CHECKED_IN = "participant.checked_in"
INTERVIEW_OUTCOME = "interview.outcome"
EVENTS = (DRIVE_PUBLISHED, PARTICIPANT_REGISTERED, PARTICIPANTS_IMPORTED, PARTICIPANT_CHECKED_IN, INTERVIEW_OUTCOME)


async def emit(drive_id: int, event: str, *, cause: str, data: dict[str, Any]) -> list[int]:
    """Write the event for each host centre of the drive with a webhook, in the caller's transaction: a change rolled
    back sends nothing. ``cause`` names the change once, so a change run twice writes one event."""
    return await _write(drive_id, event, cause=cause, data=data, among=None)


async def emit_to_bringer_and_lead(
    drive_id: int, event: str, *, cause: str, data: dict[str, Any], registered_by_centre_id: int
) -> list[int]:
    """A participant's event, for the centre that brought them and the drive's lead, the hosts that see them."""
    seeing = DriveHost.lead.eq(True) | (DriveHost.centre_id == registered_by_centre_id)
    return await _write(drive_id, event, cause=cause, data=data, among=seeing)


async def _write(drive_id: int, event: str, *, cause: str, data: dict[str, Any], among: Combinable | None) -> list[int]:
    hosts = DriveHost.select(
        DriveHost.centre_id,
        DriveHost.centre_id._.webhook_url.as_alias("url"),
        DriveHost.drive_id._.title.as_alias("title"),
    ).where((DriveHost.drive_id == drive_id) & (DriveHost.centre_id._.webhook_url != ""))
    if among is not None:
        hosts = hosts.where(among)
    rows = [
        notifications.NewRow(
            cause=f"{cause}:centre:{host['centre_id']}",  # two centres may share a receiver: one row each
            version=0,
            kind=event,
            channel="webhook",
            recipient=host["url"],
            language="ko",
            payload={"drive_id": drive_id, "drive_title": host["title"], **_iso(data)},
            centre_id=host["centre_id"],
        )
        for host in await hosts
    ]
    return await notifications.add_many(rows)


def _iso(data: dict[str, Any]) -> dict[str, Any]:
    """Times as ISO 8601 with their offset, which every receiver's language reads."""
    return {key: value.isoformat() if isinstance(value, datetime) else value for key, value in data.items()}
