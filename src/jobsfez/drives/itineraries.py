"""The drive day's itineraries: each participant's interviews and each company's booth schedule, sent through the
outbox once the timetable is published and again to those whose interviews a change touched, and shown on the
participant's page with their check-in code.

What each participant and company was last sent is kept as a fingerprint of their interviews (ids, sequences,
statuses) in drive_itinerary_notices: a message is written only when the fingerprint differs, with the next
version, so publishing twice sends nothing and a change reaches only those it concerns. Each participant's message
carries one calendar file with every interview still on (METHOD:REQUEST, UID = the interview's uuid, its SEQUENCE)
and, when some were dropped since, a second file cancelling them (METHOD:CANCEL, same UIDs): a calendar file has one
method for all its events. Rows are written in bulk (notifications.add_many) in the caller's transaction.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from jobsfez import i18n
from jobsfez.db import fetch, fetchrow, transaction
from jobsfez.drives import backfill, booths, checkin
from jobsfez.drives import service as drives
from jobsfez.drives.tables import Drive, DriveParticipant, DriveTimetable
from jobsfez.errors import NotFound
from jobsfez.i18n import lazy
from jobsfez.interviews import ics, tokens
from jobsfez.interviews.notices import NO_REPLY, format_when
from jobsfez.interviews.service import Links
from jobsfez.notifications import service as notifications

PARTICIPANT_KIND = "drive_itinerary"
COMPANY_KIND = "drive_booth_schedule"
HEADLINES = {
    (PARTICIPANT_KIND, False): lazy("Your interviews at {drive}"),
    (PARTICIPANT_KIND, True): lazy("Your interviews at {drive} changed"),
    (COMPANY_KIND, False): lazy("Your booth schedule at {drive}"),
    (COMPANY_KIND, True): lazy("Your booth schedule at {drive} changed"),
}
# the e-mailed itinerary's link to cancel one interview (drives/noshows.py reads it)
CANCEL_PURPOSE = b"drive-interview-cancel:"
SUMMARY = lazy("Interview: {company} ({drive})")


@dataclass(frozen=True, slots=True)
class Stop:
    """One interview of the drive day as an itinerary or a booth schedule lists it."""

    interview_id: int
    participant_id: int
    participant_name: str
    employer_id: int
    company_ko: str
    company_en: str
    starts_at: datetime
    ends_at: datetime
    booth: str
    status: str  # scheduled | cancelled | absent
    uid: str
    sequence: int
    arrived: bool

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)

    def company(self, language: str) -> str:
        return self.company_ko if language == "ko" or not self.company_en else self.company_en


@dataclass(frozen=True, slots=True)
class Itinerary:
    """A participant's own page: their interviews once the timetable is published, and their check-in code."""

    drive_id: int
    drive_title: str
    venue: str
    participant_id: int
    name: str
    published: bool
    stops: tuple[Stop, ...]  # empty until published
    checkin_code: str
    checked_in_at: datetime | None
    offers: tuple[backfill.Offer, ...] = ()  # freed times offered to them, still open


def fingerprint(stops: Iterable[Stop]) -> str:
    """What a message about these interviews says, as far as it can change: an absence marked on the day is not a
    change to tell anyone about."""
    return ",".join(
        f"{s.interview_id}:{s.sequence}:{'cancelled' if s.cancelled else 'on'}"
        for s in sorted(stops, key=lambda s: s.interview_id)
    )


_STOPS = """
    SELECT i.id AS interview_id, i.participant_id, p.name AS participant_name, i.employer_id,
           e.name_ko AS company_ko, e.name_en AS company_en, i.starts_at, i.ends_at,
           coalesce(nullif(i.booth, ''), de.booth, '') AS booth, i.status, i.uid::text AS uid, i.sequence,
           p.checked_in_at IS NOT NULL AS arrived
    FROM drive_interviews i
    JOIN drive_participants p ON p.id = i.participant_id
    JOIN employers e ON e.id = i.employer_id
    LEFT JOIN drive_employers de ON de.drive_id = i.drive_id AND de.employer_id = i.employer_id
    WHERE i.drive_id = $1 {condition}
    ORDER BY i.starts_at, i.id"""


async def stops_of(drive_id: int, *, condition: str = "", args: Sequence[object] = ()) -> list[Stop]:
    """The drive's interviews, with what an itinerary says of each; ``condition`` narrows them ($2 on)."""
    rows = await fetch(_STOPS.format(condition=condition), drive_id, *args)
    return [Stop(**row) for row in rows]


async def _published(drive_id: int, *, lock: bool) -> bool:
    query = DriveTimetable.select(DriveTimetable.status).where(DriveTimetable.drive_id == drive_id)
    row = await (query.lock_rows() if lock else query).first()
    return row is not None and row["status"] == "published"


async def drives_to_tell() -> list[int]:
    """Drives whose published timetable may hold changes not yet sent: those not yet held (the worker's sweep)."""
    rows = await DriveTimetable.select(DriveTimetable.drive_id).where(
        (DriveTimetable.status == "published") & DriveTimetable.drive_id._.status.is_in(["open", "closed"])
    )
    return [row["drive_id"] for row in rows]


async def notify_published(drive_id: int, *, links: Links) -> int:
    """Send each participant their itinerary and each company its booth schedule, if not sent as they stand; returns
    the number of outbox rows written (0 before publishing, and for a second call)."""
    return await _notify(drive_id, interview_ids=None, links=links)


async def notify_changed(drive_id: int, interview_ids: Sequence[int], *, links: Links) -> int:
    """After a change to a published timetable: the next version of the itinerary to the participants and companies
    these interviews concern now or were last sent with (a swap), whose interviews differ from what they were told."""
    return await _notify(drive_id, interview_ids=set(interview_ids), links=links) if interview_ids else 0


async def _notify(drive_id: int, *, interview_ids: set[int] | None, links: Links) -> int:
    async with transaction():
        # the timetable's row, locked: two notifications of one drive come one after the other, each reading the
        # fingerprints the other wrote
        if not await _published(drive_id, lock=True):
            return 0
        [drive] = await drives.views_where(Drive.id == drive_id)
        title, venue = drive.title, _venue(drive.venue_address, drive.rooms)
        stops = await stops_of(drive_id)
        sent = await _last_sent(drive_id)
        rows: list[notifications.NewRow] = []
        notices: list[tuple[int | None, int | None, int, str]] = []

        by_id = {stop.interview_id: stop for stop in stops}
        by_participant: dict[int, list[Stop]] = defaultdict(list)
        by_company: dict[int, list[Stop]] = defaultdict(list)
        for stop in stops:
            by_participant[stop.participant_id].append(stop)
            by_company[stop.employer_id].append(stop)
        concerned = _concerned(interview_ids, by_id, sent)

        for person in await _participants(drive_id, concerned["p"]):
            theirs = by_participant.get(person["id"], [])
            before = sent.get(("p", person["id"]))
            print_ = fingerprint(theirs)
            if (not theirs and before is None) or (before is not None and before[1] == print_):
                continue
            version = before[0] + 1 if before else 1
            previous = _sent_on(before[1]) if before else set()
            # interviews they were told of that are someone else's now (a swap): cancelled in their calendar
            mine = {stop.interview_id for stop in theirs}
            gone = [replace(by_id[i], status="cancelled") for i in sorted(previous - mine) if i in by_id]
            rows += _itinerary_rows(drive_id, title, venue, person, theirs + gone, version, previous, links)
            notices.append((person["id"], None, version, print_))

        for employer_id in sorted(concerned["c"]):
            theirs = by_company.get(employer_id, [])
            before = sent.get(("c", employer_id))
            print_ = fingerprint(theirs)
            if (not theirs and before is None) or (before is not None and before[1] == print_):
                continue
            version = before[0] + 1 if before else 1
            rows += await _schedule_rows(drive_id, title, employer_id, theirs, version, links)
            notices.append((None, employer_id, version, print_))

        await _withdraw_older({(row.cause, row.version) for row in rows})
        await notifications.add_many(rows)
        await _record(drive_id, notices)
    return len(rows)


def _concerned(
    interview_ids: set[int] | None, by_id: dict[int, Stop], sent: dict[tuple[str, int], tuple[int, str]]
) -> dict[str, set[int]]:
    """The participants ("p") and companies ("c") to look at: for a publish, all with interviews or told of some;
    for a change, those of the interviews now and those last told of them."""
    found: dict[str, set[int]] = {"p": set(), "c": set()}
    for stop in by_id.values():
        if interview_ids is None or stop.interview_id in interview_ids:
            found["p"].add(stop.participant_id)
            found["c"].add(stop.employer_id)
    for (side, key), (_, told) in sent.items():
        if interview_ids is None or _listed(told) & interview_ids:
            found[side].add(key)
    return found


async def _withdraw_older(sending: set[tuple[str, int]]) -> None:
    """An itinerary not sent yet when the next version is written would arrive after it: it is withdrawn."""
    if sending:
        causes, versions = zip(*sending, strict=True)
        await fetch(
            """UPDATE notifications n SET status = 'cancelled'
               FROM unnest($1::text[], $2::int[]) AS given (cause, version)
               WHERE n.cause = given.cause AND n.version < given.version AND n.status = 'pending'""",
            list(causes),
            list(versions),
        )


def _listed(fingerprint: str) -> set[int]:
    return {int(entry.split(":")[0]) for entry in fingerprint.split(",") if entry}


def _sent_on(fingerprint: str) -> set[int]:
    """The interviews a fingerprint says were on: those whose cancellation is news."""
    return {int(entry.split(":")[0]) for entry in fingerprint.split(",") if entry.endswith(":on")}


def _venue(address: str, rooms: str) -> str:
    return ", ".join(part for part in (address, rooms) if part)


async def _last_sent(drive_id: int) -> dict[tuple[str, int], tuple[int, str]]:
    rows = await fetch(
        "SELECT participant_id, employer_id, version, fingerprint FROM drive_itinerary_notices WHERE drive_id = $1",
        drive_id,
    )
    return {
        ("p", row["participant_id"]) if row["participant_id"] else ("c", row["employer_id"]): (
            row["version"],
            row["fingerprint"],
        )
        for row in rows
    }


async def _record(drive_id: int, notices: list[tuple[int | None, int | None, int, str]]) -> None:
    if not notices:
        return
    participants, employers, versions, prints = (list(column) for column in zip(*notices, strict=True))
    await fetch(
        """DELETE FROM drive_itinerary_notices n USING unnest($2::bigint[], $3::bigint[]) AS given (p, e)
           WHERE n.drive_id = $1 AND (n.participant_id = given.p OR n.employer_id = given.e)""",
        drive_id,
        participants,
        employers,
    )
    await fetch(
        """INSERT INTO drive_itinerary_notices (drive_id, participant_id, employer_id, version, fingerprint)
           SELECT $1, p, e, v, f
           FROM unnest($2::bigint[], $3::bigint[], $4::int[], $5::text[]) AS given (p, e, v, f)""",
        drive_id,
        participants,
        employers,
        versions,
        prints,
    )


async def _participants(drive_id: int, ids: set[int]) -> list[dict[str, Any]]:
    """The registered participants among ``ids``, with their account's language and e-mail choice if they have one."""
    return await fetch(
        """SELECT p.id, p.name, p.email, p.user_id, u.email AS user_email, u.notify_email,
                  coalesce(u.locale, $3) AS language
           FROM drive_participants p LEFT JOIN users u ON u.id = p.user_id
           WHERE p.drive_id = $1 AND p.id = ANY($2::bigint[]) AND p.status = 'registered' AND p.erased_at IS NULL
           ORDER BY p.id""",
        drive_id,
        list(ids),
        i18n.DEFAULT_LANGUAGE,
    )


def cancel_url(links: Links, stop: Stop) -> str:
    """The signed link to cancel one interview at its current sequence; it stops working when the interview starts."""
    token = tokens.sign(
        links.secret,
        booking_id=stop.interview_id,
        sequence=stop.sequence,
        expires_at=stop.starts_at,
        purpose=CANCEL_PURPOSE,
    )
    return f"{links.base_url}/drives/interviews/cancel/{token}"


def itinerary_url(links: Links, drive_id: int) -> str:
    return f"{links.base_url}/me/drives/{drive_id}/itinerary"


def _events(stops: Iterable[Stop], *, drive: str, person: dict[str, Any], language: str) -> list[ics.CalendarEvent]:
    with i18n.language(language):
        return [
            ics.CalendarEvent(
                uid=stop.uid,
                sequence=stop.sequence,
                starts_at=stop.starts_at,
                duration_minutes=stop.minutes,
                summary=i18n.gettext(SUMMARY).format(company=stop.company(language), drive=drive),
                location=booths.label(stop.booth),
                description="",
                organizer=ics.Party(NO_REPLY, drive),
                attendee=ics.Party(person["email"], person["name"]),
            )
            for stop in stops
        ]


@functools.lru_cache(maxsize=4096)
def _when(starts_at: datetime, minutes: int, language: str) -> str:
    """format_when, once per slot: a drive's thousands of interviews share a few dozen times, and Babel takes about
    a millisecond for each."""
    return format_when(starts_at, minutes, language)


def _stop_lines(stops: Iterable[Stop], language: str) -> list[dict[str, Any]]:
    return [
        {
            "when": _when(stop.starts_at, stop.minutes, language),
            "company": stop.company(language),
            "booth": stop.booth,
            "name": stop.participant_name,
            "cancelled": stop.cancelled,
        }
        for stop in stops
    ]


def _itinerary_rows(
    drive_id: int,
    drive: str,
    venue: str,
    person: dict[str, Any],
    stops: list[Stop],
    version: int,
    previous: set[int],
    links: Links,
) -> list[notifications.NewRow]:
    language = person["language"]
    on = [stop for stop in stops if not stop.cancelled]
    dropped = [stop for stop in stops if stop.cancelled and stop.interview_id in previous]
    if not on and not dropped:  # nothing they were told of, and nothing to come
        return []
    payload: dict[str, Any] = {
        "title": i18n.gettext(HEADLINES[PARTICIPANT_KIND, version > 1], language).format(drive=drive),
        "drive": drive,
        "venue": venue,
        "name": person["name"],
        "changed": version > 1,
        "stops": [
            {**line, "cancel_url": "" if stop.cancelled else cancel_url(links, stop)}
            for stop, line in zip(stops, _stop_lines(stops, language), strict=True)
        ],
        "url": itinerary_url(links, drive_id),
        "checkin_code": checkin.code(links.secret, drive_id, person["id"]),
    }
    if on:
        payload["ics"] = ics.calendar_of(_events(on, drive=drive, person=person, language=language), method="REQUEST")
    if dropped:
        events = _events(dropped, drive=drive, person=person, language=language)
        payload["ics_cancel"] = ics.calendar_of(events, method="CANCEL")
    cause = f"drive-itinerary:{person['id']}"
    found = [
        notifications.NewRow(
            cause,
            version,
            PARTICIPANT_KIND,
            "email",
            person["user_email"] or person["email"],
            language,
            payload,
            recipient_user_id=person["user_id"],
        )
    ]
    if person["user_id"] is not None:  # the inbox keeps a copy, without the calendar files
        inbox = {key: value for key, value in payload.items() if key not in ("ics", "ics_cancel")}
        found.append(
            notifications.NewRow(
                cause,
                version,
                PARTICIPANT_KIND,
                "inbox",
                str(person["user_id"]),
                language,
                inbox,
                recipient_user_id=person["user_id"],
            )
        )
        if not person["notify_email"]:  # they chose the inbox only
            found.pop(0)
    return found


async def _schedule_rows(
    drive_id: int, drive: str, employer_id: int, stops: list[Stop], version: int, links: Links
) -> list[notifications.NewRow]:
    members = await fetch(
        """SELECT u.id, u.email, u.locale, u.notify_email FROM employer_members m JOIN users u ON u.id = m.user_id
           WHERE m.employer_id = $1 ORDER BY m.id""",
        employer_id,
    )
    found = []
    for member in members:
        language = member["locale"]
        payload = {
            "title": i18n.gettext(HEADLINES[COMPANY_KIND, version > 1], language).format(drive=drive),
            "drive": drive,
            "changed": version > 1,
            "stops": _stop_lines(stops, language),
            "url": f"{links.base_url}/employer/drives/{drive_id}",
        }
        for channel, recipient in (("email", member["email"]), ("inbox", str(member["id"]))):
            if channel == "email" and not member["notify_email"]:
                continue
            found.append(
                notifications.NewRow(
                    f"drive-booth:{drive_id}:{employer_id}",
                    version,
                    COMPANY_KIND,
                    channel,
                    recipient,
                    language,
                    payload,
                    recipient_user_id=member["id"],
                    employer_id=employer_id,
                )
            )
    return found


async def itinerary(user_id: int, drive_id: int, *, secret: str) -> Itinerary:
    """The seeker's own itinerary on a drive; another's, or a drive they are not on, is NotFound."""
    row = await fetchrow(
        """SELECT p.id, p.name, p.checked_in_at, d.title, d.venue_address, d.rooms
           FROM drive_participants p JOIN drives d ON d.id = p.drive_id
           WHERE p.drive_id = $1 AND p.user_id = $2 AND p.status = 'registered'""",
        drive_id,
        user_id,
    )
    if row is None:
        raise NotFound()
    published = await _published(drive_id, lock=False)
    stops = await stops_of(drive_id, condition="AND i.participant_id = $2", args=[row["id"]]) if published else []
    return Itinerary(
        drive_id=drive_id,
        drive_title=row["title"],
        venue=_venue(row["venue_address"], row["rooms"]),
        participant_id=row["id"],
        name=row["name"],
        published=published,
        stops=tuple(stops),
        checkin_code=checkin.code(secret, drive_id, row["id"]),
        checked_in_at=row["checked_in_at"],
        offers=tuple(await backfill.open_offers(row["id"])) if published else (),
    )


async def itinerary_calendar(user_id: int, drive_id: int, *, secret: str, language: str) -> str:
    """The itinerary's interviews as a file to download (METHOD:PUBLISH); NotFound while there are none."""
    found = await itinerary(user_id, drive_id, secret=secret)
    on = [stop for stop in found.stops if not stop.cancelled]
    if not on:
        raise NotFound()
    email = await DriveParticipant.select(DriveParticipant.email).where(DriveParticipant.id == found.participant_id)
    person = {"email": email[0]["email"], "name": found.name}
    return ics.calendar_of(_events(on, drive=found.drive_title, person=person, language=language), method="PUBLISH")
