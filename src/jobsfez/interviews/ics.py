"""RFC 5545 calendar files for interview emails: one stable UID per interview, SEQUENCE for each change.

A booked interview's file holds its one event; a drive participant's itinerary holds all of theirs in one file.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, vCalAddress

SEOUL = ZoneInfo("Asia/Seoul")
PRODID = "-//jobsfez//interviews//KO"
METHODS = ("REQUEST", "CANCEL", "PUBLISH")  # an invitation or its change, its withdrawal, a plain download


def booking_uid(booking_id: int, domain: str) -> str:
    """The same event for the booking's whole life, so calendars update it instead of adding another; ``domain``
    is the installation's (Settings.mail_id_domain), so another installation's booking 5 is another event."""
    return f"booking-{booking_id}@{domain}"


@dataclass(frozen=True, slots=True)
class Party:
    email: str
    name: str


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    uid: str  # booking_uid, or a drive interview's uuid (globally unique, and never changed)
    sequence: int
    starts_at: datetime  # aware, any zone; written in Asia/Seoul
    duration_minutes: int
    summary: str  # already in the recipient's language
    location: str
    description: str
    organizer: Party
    attendee: Party
    url: str = ""


def _address(party: Party, **params: str) -> vCalAddress:
    address = vCalAddress(f"mailto:{party.email}")
    address.params["cn"] = party.name
    for key, value in params.items():
        address.params[key] = value
    return address


def calendar_file(event: CalendarEvent, *, cancel: bool = False, now: datetime | None = None) -> str:
    """METHOD:REQUEST for a booking or a change, METHOD:CANCEL when the interview is off."""
    return calendar_of([event], method="CANCEL" if cancel else "REQUEST", now=now)


def calendar_of(events: Sequence[CalendarEvent], *, method: str, now: datetime | None = None) -> str:
    """One file holding ``events``, all invited (REQUEST), all cancelled (CANCEL), or published to download."""
    assert method in METHODS and events, "a calendar file has a method and at least one event"
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", method)
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    body: list[bytes] = []
    for event in events:
        vevent = Event()
        start = event.starts_at.astimezone(SEOUL)
        vevent.add("uid", event.uid)
        vevent.add("sequence", event.sequence)
        vevent.add("dtstamp", stamp)
        vevent.add("dtstart", start)
        vevent.add("dtend", start + timedelta(minutes=event.duration_minutes))
        vevent.add("summary", event.summary)
        vevent.add("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
        if event.location:
            vevent.add("location", event.location)
        if event.description:
            vevent.add("description", event.description)
        if event.url:
            vevent.add("url", event.url)
        vevent.add("organizer", _address(event.organizer))
        vevent.add("attendee", _address(event.attendee, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp="FALSE"))
        body.append(bytes(vevent.to_ical()))
    # the calendar's own lines, then its components: what icalendar writes for the whole, with the zone's block
    # serialised once a year rather than in every file
    head = bytes(calendar.to_ical()).removesuffix(_END)
    zone = _seoul_zone(min(event.starts_at for event in events).astimezone(SEOUL).year)
    return (head + zone + b"".join(body) + _END).decode()


_END = b"END:VCALENDAR\r\n"


@functools.lru_cache(maxsize=4)
def _seoul_zone(year: int) -> bytes:
    """The zone's rules from a year before the first interview: enough for any reader, and a short file. Made and
    serialised once a year: making it takes icalendar far longer than the rest of a file."""
    return bytes(Timezone.from_tzid("Asia/Seoul", first_date=date(year - 1, 1, 1)).to_ical())
