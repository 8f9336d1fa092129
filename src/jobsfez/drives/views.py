"""What the drives domain hands to pages and feeds: frozen rows with the few facts derived from them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from jobsfez.choices import DRIVE_STATUSES
from jobsfez.drives.validation import TRANSITIONS, CleanDrive
from jobsfez.history import HistoryEntry
from jobsfez.postings.views import Block, description_blocks

# What may happen next to a drive, by its status: the actions its lead may take (drives/service.py holds each one to
# its own rules besides), in the order the dashboard offers them.
NEXT_ACTIONS = {
    status: tuple(action for action, (starts, _) in TRANSITIONS.items() if status in starts)
    for status in DRIVE_STATUSES
}
# The statuses a public drive is seen in by anyone: once it opened for registration, also after it closed or was held.
PUBLISHED = ("open", "closed", "held")
EDITABLE = ("draft", "open", "closed")  # a held or archived drive is a record of what happened


@dataclass(frozen=True, slots=True)
class HostView:
    centre_id: int
    name_ko: str
    name_en: str
    lead: bool


@dataclass(frozen=True, slots=True)
class DriveView(CleanDrive):
    """A drive as its hosts and the public see it: what the centre wrote, and what the database keeps beside it."""

    id: int
    status: str
    created_at: datetime
    updated_at: datetime
    published_at: datetime | None
    hosts: tuple[HostView, ...]  # the lead first

    @property
    def blocks(self) -> list[Block]:
        return description_blocks(self.description)

    @property
    def lead(self) -> HostView:
        return self.hosts[0]

    def next_actions(self, now: datetime) -> tuple[str, ...]:
        """The steps worth offering now: opening while a day is ahead, marking it held once its first day began."""
        begun, over = self.starts_at <= now, self.ends_at <= now
        return tuple(
            action
            for action in NEXT_ACTIONS[self.status]
            if (action != "hold" or begun) and (action not in ("publish", "reopen") or not over)
        )

    @property
    def editable(self) -> bool:
        return self.status in EDITABLE

    @property
    def is_public(self) -> bool:
        """Anyone may see it: a public drive once it opened for registration."""
        return self.visibility == "public" and self.status in PUBLISHED

    def registration(self, now: datetime) -> str:
        """Where registration stands: "soon", "open", "over" (its window ended) or "closed" (by the centre)."""
        if self.status != "open" or self.registration_opens_at is None or self.registration_closes_at is None:
            return "closed"
        if now < self.registration_opens_at:
            return "soon"
        return "open" if now < self.registration_closes_at else "over"

    def is_past(self, now: datetime) -> bool:
        return self.ends_at <= now


@dataclass(frozen=True, slots=True)
class HostedDrive:
    """A drive on its centre's list: the drive, and whether this centre leads it or co-hosts it."""

    drive: DriveView
    lead: bool


@dataclass(frozen=True, slots=True)
class CentreChoice:
    """An approved centre a lead may ask to co-host."""

    id: int
    name_ko: str
    name_en: str


@dataclass(frozen=True, slots=True)
class Dashboard:
    """A drive's page for its hosts: the drive, whether the viewer's centre leads it, its history, and the centres
    the lead may still ask to co-host."""

    drive: DriveView
    leads: bool
    history: list[HistoryEntry]
    co_host_choices: list[CentreChoice]
