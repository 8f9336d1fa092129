"""Placement drives on the centres' side: create, edit, co-hosts, the lifecycle and its history.

Every function takes the ``CentreActor`` and scopes by the actor's centre through drive_hosts: a drive the centre
does not host is NotFound, exactly like one that does not exist. The lead centre (the one that created the drive)
changes it; co-hosts see it. Every change writes its history entry in the same transaction.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from piccolo.columns import Column
from piccolo.custom_types import Combinable
from piccolo.query.functions import Coalesce

from jobsfez.centres.service import CentreActor
from jobsfez.centres.tables import Centre
from jobsfez.choices import DISTRICTS, DRIVE_REGIONS, DRIVE_STATUSES, DRIVE_VISIBILITIES
from jobsfez.db import NOW, new_row, transaction
from jobsfez.drives import hooks
from jobsfez.drives.tables import Drive, DriveDay, DriveHistory, DriveHost
from jobsfez.drives.validation import (
    TRANSITIONS,
    CleanDrive,
    DayHours,
    DriveInput,
    check,
    check_ready_to_open,
    local_value,
)
from jobsfez.drives.views import PUBLISHED, CentreChoice, Dashboard, DriveView, HostedDrive, HostView
from jobsfez.errors import Forbidden, NotFound, ValidationFailed
from jobsfez.history import HistoryEntry, as_text, changed, entries
from jobsfez.i18n import lazy

# The columns a centre writes are the clean drive's fields; a view reads those and what the database keeps.
WRITTEN = tuple(name for name in CleanDrive.__dataclass_fields__ if name != "days")
VIEW_COLUMNS = tuple(
    Drive._meta.get_column_by_name(name) for name in DriveView.__dataclass_fields__ if name not in ("days", "hosts")
)
# The fields a history entry can name, in the order they are shown, and the choices whose labels are msgids.
HISTORY_FIELDS = (*WRITTEN, "days", "status", "hosts", "employers")
HISTORY_CHOICES = {
    "venue_district": DISTRICTS,
    "region": DRIVE_REGIONS,
    "visibility": DRIVE_VISIBILITIES,
    "status": DRIVE_STATUSES,
}

LEAD_ONLY = lazy("Only the lead centre can change this drive.")
FINISHED = lazy("A drive that was held or archived can no longer be changed.")
REFUSED = {
    "publish": lazy("Only a draft can be opened for registration."),
    "close": lazy("Only a drive open for registration can be closed."),
    "reopen": lazy("Only a closed drive can open for registration again."),
    "hold": lazy("Only an open or closed drive can be marked as held."),
    "archive": lazy("Only a draft, a closed or a held drive can be archived."),
}
CHOOSE_CENTRE = lazy("Choose an approved career centre.")


def now() -> datetime:
    return datetime.now(UTC)


async def views_where(condition: Combinable) -> list[DriveView]:
    """Drives matching a condition (the caller scopes it) with their days and hosts, the soonest first."""
    rows = await Drive.select(*VIEW_COLUMNS).where(condition)
    if not rows:
        return []
    ids = [row["id"] for row in rows]
    days: dict[int, list[DayHours]] = {drive_id: [] for drive_id in ids}
    for day in (
        await DriveDay.select(DriveDay.drive_id, DriveDay.starts_at, DriveDay.ends_at)
        .where(DriveDay.drive_id.is_in(ids))
        .order_by(DriveDay.starts_at)
    ):
        days[day["drive_id"]].append(DayHours(day["starts_at"], day["ends_at"]))
    hosts: dict[int, list[HostView]] = {drive_id: [] for drive_id in ids}
    for host in (
        await DriveHost.select(
            DriveHost.drive_id,
            DriveHost.centre_id,
            DriveHost.centre_id._.name_ko.as_alias("name_ko"),
            DriveHost.centre_id._.name_en.as_alias("name_en"),
            DriveHost.lead,
        )
        .where(DriveHost.drive_id.is_in(ids))
        .order_by(DriveHost.lead, ascending=False)
        .order_by(DriveHost.id)
    ):
        hosts[host.pop("drive_id")].append(HostView(**host))
    views = [DriveView(**row, days=tuple(days[row["id"]]), hosts=tuple(hosts[row["id"]])) for row in rows]
    return sorted(views, key=lambda drive: (drive.starts_at, drive.id))


def _hosted_by(actor: CentreActor) -> Combinable:
    return Drive.id.is_in(DriveHost.select(DriveHost.drive_id).where(DriveHost.centre_id == actor.centre_id))


async def hosted(actor: CentreActor, drive_id: int) -> DriveView:
    """One drive the actor's centre hosts, as lead or co-host."""
    found = await views_where((Drive.id == drive_id) & _hosted_by(actor))
    if not found:
        raise NotFound()
    return found[0]


async def centre_drives(actor: CentreActor) -> list[HostedDrive]:
    """The drives the actor's centre leads or co-hosts: the coming ones by their first day, archived ones last."""
    drives = await views_where(_hosted_by(actor))
    return [
        HostedDrive(drive, lead=drive.lead.centre_id == actor.centre_id)
        for drive in sorted(drives, key=lambda drive: drive.status == "archived")
    ]


async def led(actor: CentreActor, drive_id: int) -> DriveView:
    """A drive the actor's centre leads; a co-host may look at it but not change it."""
    drive = await hosted(actor, drive_id)
    if drive.lead.centre_id != actor.centre_id:
        raise Forbidden(LEAD_ONLY)
    return drive


async def _led(actor: CentreActor, drive_id: int) -> DriveView:
    """``led``, the drive's row locked until the change commits: two changes at once are made one after the other."""
    await Drive.select(Drive.id).where((Drive.id == drive_id) & _hosted_by(actor)).lock_rows()
    return await led(actor, drive_id)


async def led_for_change(actor: CentreActor, drive_id: int) -> DriveView:
    """``led``, locked until the caller's transaction commits: for the drive's parts other modules change."""
    return await _led(actor, drive_id)


def _day_text(day: DayHours) -> str:
    return f"{local_value(day.starts_at).replace('T', ' ')}–{local_value(day.ends_at)[11:]}"


def _snapshot(drive: CleanDrive) -> dict[str, str]:
    """Each field a centre writes as text, times in Korea time, so a change is a before/after pair of strings."""
    values = {}
    for name in WRITTEN:
        value = getattr(drive, name)
        values[name] = local_value(value).replace("T", " ") if isinstance(value, datetime) else as_text(value)
    values["days"] = "; ".join(_day_text(day) for day in drive.days)
    return values


async def _record(drive_id: int, actor: CentreActor, action: str, changes: dict[str, list[str]]) -> int:
    [row] = await DriveHistory.insert(
        new_row(
            DriveHistory,
            drive_id=drive_id,
            centre_id=actor.centre_id,
            user_id=actor.user_id,
            action=action,
            changes=json.dumps(changes, ensure_ascii=False),
        )
    ).returning(DriveHistory.id)
    entry_id: int = row["id"]
    return entry_id


async def _write_days(drive_id: int, days: tuple[DayHours, ...]) -> None:
    await DriveDay.delete().where(DriveDay.drive_id == drive_id)
    await DriveDay.insert(
        *(new_row(DriveDay, drive_id=drive_id, starts_at=day.starts_at, ends_at=day.ends_at) for day in days)
    )


async def create(actor: CentreActor, raw: DriveInput) -> int:
    """A new draft led by the actor's centre; any member may prepare one, approved centre or not."""
    clean = check(raw, now=now())
    async with transaction():
        [row] = await Drive.insert(
            new_row(Drive, created_by=actor.user_id, **{name: getattr(clean, name) for name in WRITTEN})
        ).returning(Drive.id)
        drive_id: int = row["id"]
        await _write_days(drive_id, clean.days)
        await DriveHost.insert(new_row(DriveHost, drive_id=drive_id, centre_id=actor.centre_id, lead=True))
        await _record(drive_id, actor, "created", {})
    return drive_id


async def update(actor: CentreActor, drive_id: int, raw: DriveInput) -> DriveView:
    """Save an edit by the lead; an open drive stays open. Only fields that changed go into the history."""
    before = await led(actor, drive_id)  # another centre's drive is NotFound, a co-host's Forbidden, before validation
    clean = check(raw, now=now(), kept=before.days)
    async with transaction():
        before = await _led(actor, drive_id)
        if not before.editable:
            raise ValidationFailed(FINISHED)
        if before.status == "open" and clean.registration_closes_at is None:
            message = lazy("A drive open for registration keeps its registration window.")
            raise ValidationFailed(message, fields={"registration_opens_at": message})
        changes = changed(_snapshot(before), _snapshot(clean))
        if not changes:
            return before
        edited: dict[Column | str, Any] = {name: getattr(clean, name) for name in WRITTEN}
        edited[Drive.updated_at] = NOW
        await Drive.update(edited).where(Drive.id == drive_id)
        if "days" in changes:
            await _write_days(drive_id, clean.days)
        await _record(drive_id, actor, "updated", changes)
    return await hosted(actor, drive_id)


async def transition(actor: CentreActor, drive_id: int, action: str) -> DriveView:
    """Move the drive along its lifecycle (validation.TRANSITIONS), by its lead, each step in the history."""
    async with transaction():
        drive = await _led(actor, drive_id)  # another centre's drive is NotFound whatever the action
        if action not in TRANSITIONS:
            raise ValidationFailed("Choose what to do with the drive.")
        starts, to = TRANSITIONS[action]
        if drive.status not in starts:
            raise ValidationFailed(REFUSED[action])
        moment = now()
        if to == "open":
            if not actor.approved:
                raise Forbidden("Drives go public once our staff approve your centre.")
            check_ready_to_open(drive, now=moment)
        if action == "hold" and drive.starts_at > moment:
            raise ValidationFailed("A drive is held once its first day has begun.")
        changes: dict[Column | str, Any] = {Drive.status: to, Drive.updated_at: NOW}
        if to == "open":  # the first publication stays the drive's date
            changes[Drive.published_at] = Coalesce(Drive.published_at, NOW)
        await Drive.update(changes).where(Drive.id == drive_id)
        entry_id = await _record(drive_id, actor, action, {"status": [drive.status, to]})
        if to == "open":  # each opening is its own event, named by its history entry
            await hooks.emit(
                drive_id,
                hooks.DRIVE_PUBLISHED,
                cause=f"drive-opened:{entry_id}",
                data={"action": action, "starts_at": drive.starts_at, "capacity": drive.capacity},
            )
    return await hosted(actor, drive_id)


def _centre_id(raw: str | int) -> int:
    text = str(raw).strip()
    if text.isascii() and text.isdigit() and 0 < len(text) < 19:
        return int(text)
    raise ValidationFailed(CHOOSE_CENTRE, fields={"centre_id": CHOOSE_CENTRE})


async def add_host(actor: CentreActor, drive_id: int, *, centre_id: str | int) -> DriveView:
    """The lead asks another approved centre to co-host; it then sees the drive as its own."""
    async with transaction():
        drive = await _led(actor, drive_id)
        if not drive.editable:
            raise ValidationFailed(FINISHED)
        if not actor.approved:
            raise Forbidden("Other centres can co-host once our staff approve your centre.")
        chosen = _centre_id(centre_id)
        centre = (
            await Centre.select(Centre.name_ko).where((Centre.id == chosen) & (Centre.status == "approved")).first()
        )
        if centre is None:
            raise ValidationFailed(CHOOSE_CENTRE, fields={"centre_id": CHOOSE_CENTRE})
        if any(host.centre_id == chosen for host in drive.hosts):
            message = lazy("This centre already hosts the drive.")
            raise ValidationFailed(message, fields={"centre_id": message})
        await DriveHost.insert(new_row(DriveHost, drive_id=drive_id, centre_id=chosen, lead=False))
        await _record(drive_id, actor, "host_added", {"hosts": ["", centre["name_ko"]]})
    return await hosted(actor, drive_id)


async def remove_host(actor: CentreActor, drive_id: int, *, centre_id: int) -> DriveView:
    """The lead takes a co-host off the drive; the lead itself stays."""
    async with transaction():
        drive = await _led(actor, drive_id)
        host = next((host for host in drive.hosts if host.centre_id == centre_id), None)
        if host is None:
            raise NotFound()
        if host.lead:
            raise ValidationFailed("The lead centre stays with its drive.")
        if not drive.editable:
            raise ValidationFailed(FINISHED)
        await DriveHost.delete().where((DriveHost.drive_id == drive_id) & (DriveHost.centre_id == centre_id))
        await _record(drive_id, actor, "host_removed", {"hosts": [host.name_ko, ""]})
    return await hosted(actor, drive_id)


async def dashboard(actor: CentreActor, drive_id: int) -> Dashboard:
    """What a host sees of its drive; only the lead is offered centres to ask as co-hosts."""
    drive = await hosted(actor, drive_id)
    leads = drive.lead.centre_id == actor.centre_id
    return Dashboard(
        drive=drive,
        leads=leads,
        history=await history(actor, drive_id),
        co_host_choices=await co_host_choices(drive) if leads else [],
    )


async def co_host_choices(drive: DriveView) -> list[CentreChoice]:
    """Approved centres a drive's lead may ask to co-host: every one not hosting it yet."""
    rows = (
        await Centre.select(Centre.id, Centre.name_ko, Centre.name_en)
        .where((Centre.status == "approved") & Centre.id.not_in([host.centre_id for host in drive.hosts]))
        .order_by(Centre.name_ko)
    )
    return [CentreChoice(**row) for row in rows]


async def history(actor: CentreActor, drive_id: int) -> list[HistoryEntry]:
    """Who changed what and when, newest first; every host sees the whole history."""
    if not await Drive.exists().where((Drive.id == drive_id) & _hosted_by(actor)):
        raise NotFound()
    rows = (
        await DriveHistory.select(
            DriveHistory.id,
            DriveHistory.action,
            DriveHistory.created_at,
            DriveHistory.changes,
            DriveHistory.user_id._.display_name.as_alias("user_name"),
        )
        .where(DriveHistory.drive_id == drive_id)
        .order_by(DriveHistory.id, ascending=False)
    )
    return entries(rows, order=HISTORY_FIELDS, choices=HISTORY_CHOICES)


def _public() -> Combinable:
    """What anyone may see: a drafted, invitation-only or archived drive does not exist for the public."""
    return (Drive.visibility == "public") & Drive.status.is_in(list(PUBLISHED))


def _coming() -> Combinable:
    return Drive.id.is_in(DriveDay.select(DriveDay.drive_id).where(DriveDay.ends_at > NOW))


async def upcoming(*, only_open: bool = False, limit: int | None = None) -> list[DriveView]:
    """Public drives not over yet, the soonest first (the drives page, the feed, the sitemap, the home page)."""
    listed = _public() & _coming() & Drive.status.is_in(["open"] if only_open else ["open", "closed"])
    drives = await views_where(listed)
    return drives[:limit] if limit is not None else drives


async def public_drive(drive_id: int) -> DriveView:
    """One drive as the public sees it; a draft, invitation-only or archived drive is NotFound."""
    found = await views_where((Drive.id == drive_id) & _public())
    if not found:
        raise NotFound()
    return found[0]
