"""What search engines and feed readers get of drives: schema.org Event JSON-LD and the Atom feed's entries.

Pure builders over plain values; the serialisers they hand them to (``jobsfez.syndication``) escape what centres
typed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from jobsfez import syndication
from jobsfez.drives.validation import SEOUL
from jobsfez.drives.views import DriveView
from jobsfez.syndication import FeedEntry, postal_address

SCHEMA = "https://schema.org/"


def event(drive: DriveView, *, base_url: str, place_name: str) -> dict[str, Any]:
    """A drive as schema.org's Event, with what Google's event results use: its times with Korea's offset, the
    venue, the hosts as organisers; a drive of several days runs from its first day's start to its last day's end."""
    return {
        "@context": SCHEMA,
        "@type": "Event",
        "name": drive.title,
        "description": drive.description,
        "startDate": drive.starts_at.astimezone(SEOUL).isoformat(),
        "endDate": drive.ends_at.astimezone(SEOUL).isoformat(),
        "eventStatus": f"{SCHEMA}EventScheduled",  # a drive called off is archived, and then no longer public
        "eventAttendanceMode": f"{SCHEMA}OfflineEventAttendanceMode",
        "location": {
            "@type": "Place",
            "name": place_name,
            "address": postal_address(drive.venue_district, drive.venue_address),
        },
        "organizer": [
            {"@type": "Organization", "name": host.name_ko, "alternateName": host.name_en} for host in drive.hosts
        ],
        "maximumAttendeeCapacity": drive.capacity,
        "isAccessibleForFree": True,
        "url": f"{base_url}/drives/{drive.id}",
    }


def atom_feed(
    drives: Iterable[DriveView],
    *,
    base_url: str,
    title: str,
    author_of: Callable[[DriveView], str],
    summary_of: Callable[[DriveView], str],
) -> bytes:
    """The Atom feed of coming drives; ``author_of`` and ``summary_of`` give each entry's author and summary."""
    entries = (
        FeedEntry(
            url=f"{base_url}/drives/{drive.id}",
            title=drive.title,
            published=drive.published_at or drive.created_at,
            updated=drive.updated_at,
            author=author_of(drive),
            summary=summary_of(drive),
        )
        for drive in drives
    )
    return syndication.atom_feed(
        entries, feed_url=f"{base_url}/drives/feed.atom", page_url=f"{base_url}/drives", title=title
    )
