"""RFC 5545 calendar files for interview emails: one stable UID per booking, SEQUENCE for each change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress

SEOUL = ZoneInfo("Asia/Seoul")
PRODID = "-//jobsfez//interviews//KO"


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
    booking_id: int
    sequence: int
    starts_at: datetime  # aware, any zone; written in Asia/Seoul
    duration_minutes: int
    summary: str  # already in the recipient's language
    location: str
    description: str
    organizer: Party
    attendee: Party
    uid_domain: str
    url: str = ""


def _address(party: Party, **params: str) -> vCalAddress:
    address = vCalAddress(f"mailto:{party.email}")
    address.params["cn"] = party.name
    for key, value in params.items():
        address.params[key] = value
    return address


def calendar_file(event: CalendarEvent, *, cancel: bool = False, now: datetime | None = None) -> str:
    """METHOD:REQUEST for a booking or a change, METHOD:CANCEL when the interview is off."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if cancel else "REQUEST")
    vevent = Event()
    start = event.starts_at.astimezone(SEOUL)
    vevent.add("uid", booking_uid(event.booking_id, event.uid_domain))
    vevent.add("sequence", event.sequence)
    vevent.add("dtstamp", (now or datetime.now(UTC)).astimezone(UTC))
    vevent.add("dtstart", start)
    vevent.add("dtend", start + timedelta(minutes=event.duration_minutes))
    vevent.add("summary", event.summary)
    vevent.add("status", "CANCELLED" if cancel else "CONFIRMED")
    if event.location:
        vevent.add("location", event.location)
    if event.description:
        vevent.add("description", event.description)
    if event.url:
        vevent.add("url", event.url)
    vevent.add("organizer", _address(event.organizer))
    vevent.add("attendee", _address(event.attendee, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp="FALSE"))
    calendar.add_component(vevent)
    # the zone's rules from a year before the interview: enough for any reader, and a short file
    calendar.add_missing_timezones(first_date=date(start.year - 1, 1, 1))
    return str(calendar.to_ical().decode())
