"""Check-in on the drive day: the code on each itinerary, arrival marked once by the host centres' staff, walk-ins
added at the door, and the live board of arrivals and who is next at each booth.

A code names a drive and a participant and carries an HMAC of both with the app's secret (80 bits, so it cannot be
guessed), nothing stored: "JF12-345-ABCDEFGHIJKLMNOP". It keeps to QR's alphanumeric characters, so its QR code is
the smallest and a USB scanner types it as it is; typed by hand, case and spaces do not matter. Every action is
scoped by drives.service.hosted (another centre's drive is NotFound) and needs a centre our staff approved.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import datetime

import segno

from jobsfez import i18n
from jobsfez.accounts import service as accounts
from jobsfez.centres.service import CentreActor
from jobsfez.db import fetch, fetchrow, transaction
from jobsfez.drives import hooks
from jobsfez.drives import service as drives
from jobsfez.drives.participants import UNAPPROVED
from jobsfez.drives.validation import SEOUL
from jobsfez.errors import Forbidden, ValidationFailed
from jobsfez.i18n import lazy

PURPOSE = b"drive-checkin:"
_CODE = re.compile(r"JF(\d{1,12})-(\d{1,15})-([A-Z2-7]{16})")
WRONG_CODE = lazy("This code is not a check-in code of jobsfez. Check it and try again.")
OTHER_DRIVE = lazy("This code is for another drive.")
WITHDRAWN = lazy("{name} withdrew from this drive. Add them as a walk-in if they take part.")
NO_NAME = lazy("Enter the person's name.")
ON_DRIVE = lazy("{email} is already on this drive: find them by name or email and check them in.")
SEARCH_LIMIT = 20


def code(secret: str, drive_id: int, participant_id: int) -> str:
    """The participant's check-in code, the same every time it is made."""
    body = f"JF{drive_id}-{participant_id}"
    mac = hmac.new(secret.encode(), PURPOSE + body.encode(), hashlib.sha256).digest()[:10]
    return f"{body}-{base64.b32encode(mac).decode()}"


def read(secret: str, typed: str) -> tuple[int, int] | None:
    """The drive and participant a code names, or None when it was not made by ``code``."""
    text = "".join(typed.split()).upper()[:64]
    match = _CODE.fullmatch(text)
    if match is None or not hmac.compare_digest(code(secret, int(match[1]), int(match[2])), text):
        return None
    return int(match[1]), int(match[2])


def qr_svg(value: str) -> str:
    """The code as an inline SVG QR code (no XML declaration, sized by the page's stylesheet)."""
    svg: str = segno.make_qr(value, error="m").svg_inline(scale=6, border=2, omitsize=True, title=value)
    return svg


@dataclass(frozen=True, slots=True)
class Arrival:
    """What the check-in page says after a scan: who, when, and whether they had already been checked in."""

    participant_id: int
    name: str
    checked_in_at: datetime
    already: bool
    walkin: bool = False

    @property
    def time(self) -> str:
        return self.checked_in_at.astimezone(SEOUL).strftime("%H:%M")


@dataclass(frozen=True, slots=True)
class Found:
    participant_id: int
    name: str
    email: str  # masked: the search shows the drive's people of every host
    checked_in_at: datetime | None


@dataclass(frozen=True, slots=True)
class BoothRow:
    booth: str
    company: str
    next_name: str
    next_at: datetime | None
    next_arrived: bool
    left: int  # interviews still to come at this booth


@dataclass(frozen=True, slots=True)
class Board:
    drive_id: int
    title: str
    arrived: int
    registered: int
    booths: tuple[BoothRow, ...]


async def door(actor: CentreActor, drive_id: int) -> str:
    """The drive's title, for a member of an approved host centre; NotFound for another centre's drive."""
    drive = await drives.hosted(actor, drive_id)
    if not actor.approved:
        raise Forbidden(UNAPPROVED)
    return drive.title


async def check_in_code(actor: CentreActor, drive_id: int, typed: str, *, secret: str) -> Arrival:
    """Mark the arrival of the code's participant; a wrong code, or another drive's, changes nothing."""
    await door(actor, drive_id)
    named = read(secret, typed)
    if named is None:
        raise ValidationFailed(WRONG_CODE, fields={"code": WRONG_CODE})
    if named[0] != drive_id:
        raise ValidationFailed(OTHER_DRIVE, fields={"code": OTHER_DRIVE})
    return await _arrive(actor, drive_id, named[1])


async def check_in(actor: CentreActor, drive_id: int, participant_id: int) -> Arrival:
    """Mark the arrival of a participant found by name or email."""
    await door(actor, drive_id)
    return await _arrive(actor, drive_id, participant_id)


# One statement: the row is locked, then stamped only if nobody stamped it yet; a second scan waiting on the lock
# reads the first one's stamp and is told "already".
_ARRIVE = """
    WITH found AS (
        SELECT id, name, status, checked_in_at, source, registered_by_centre_id FROM drive_participants
        WHERE id = $1 AND drive_id = $2 FOR UPDATE
    ), stamp AS (
        UPDATE drive_participants p SET checked_in_at = now(), checked_in_by = $3 FROM found
        WHERE p.id = found.id AND found.status = 'registered' AND found.checked_in_at IS NULL
        RETURNING p.checked_in_at
    )
    SELECT found.*, (SELECT checked_in_at FROM stamp) AS stamped FROM found"""


async def _arrive(actor: CentreActor, drive_id: int, participant_id: int) -> Arrival:
    async with transaction():
        row = await fetchrow(_ARRIVE, participant_id, drive_id, actor.user_id)
        if row is not None and row["stamped"] is not None:
            await _checked_in(drive_id, row["id"], row["registered_by_centre_id"], row["stamped"])
    if row is None:  # a signed code whose person has since been erased
        raise ValidationFailed(WRONG_CODE, fields={"code": WRONG_CODE})
    if row["status"] != "registered":
        message = i18n.gettext(WITHDRAWN).format(name=row["name"])
        raise ValidationFailed(message, fields={"code": message})
    already = row["stamped"] is None
    return Arrival(
        row["id"],
        row["name"],
        row["checked_in_at"] if already else row["stamped"],
        already=already,
        walkin=row["source"] == "walkin",
    )


def _masked(email: str) -> str:
    local, _, domain = email.partition("@")
    return f"{local[:2]}{'*' * max(len(local) - 2, 1)}@{domain}"


async def find(actor: CentreActor, drive_id: int, query: str) -> list[Found]:
    """The drive's registered people whose name or email holds ``query`` (for those without their code)."""
    await door(actor, drive_id)
    text = " ".join(query.split())[:100]
    if len(text) < 2:
        return []
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = await fetch(
        """SELECT id, name, email, checked_in_at FROM drive_participants
           WHERE drive_id = $1 AND status = 'registered' AND (name ILIKE $2 OR email ILIKE $2)
           ORDER BY name, id LIMIT $3""",
        drive_id,
        pattern,
        SEARCH_LIMIT,
    )
    return [Found(row["id"], row["name"], _masked(row["email"]), row["checked_in_at"]) for row in rows]


async def add_walkin(actor: CentreActor, drive_id: int, *, name: str, email: str) -> Arrival:
    """A person who came without registering: on the drive from now, brought by this centre, and checked in."""
    await door(actor, drive_id)
    clean_name = " ".join(name.split())[:100]
    errors: dict[str, str] = {}
    if not clean_name:
        errors["name"] = NO_NAME
    try:
        clean_email = accounts.check_email(email)
    except ValidationFailed as exc:
        errors.update(exc.fields)
    if errors:
        raise ValidationFailed(next(iter(errors.values())), fields=errors)
    async with transaction():
        # one statement: two staff adding the same person at once add them once, and the second is told
        row = await fetchrow(
            """INSERT INTO drive_participants (drive_id, name, email, registered_by_centre_id, source, checked_in_at,
                                               checked_in_by)
               VALUES ($1, $2, $3, $4, 'walkin', now(), $5)
               ON CONFLICT ON CONSTRAINT drive_participants_once DO NOTHING RETURNING id, name, checked_in_at""",
            drive_id,
            clean_name,
            clean_email,
            actor.centre_id,
            actor.user_id,
        )
        if row is None:
            message = i18n.gettext(ON_DRIVE).format(email=clean_email)
            raise ValidationFailed(message, fields={"email": message})
        await hooks.emit_to_bringer_and_lead(
            drive_id,
            hooks.PARTICIPANT_REGISTERED,
            cause=f"participant-registered:walkin:{row['id']}",
            data={"participant_id": row["id"], "source": "walkin", "registered_by_centre_id": actor.centre_id},
            registered_by_centre_id=actor.centre_id,
        )
        await _checked_in(drive_id, row["id"], actor.centre_id, row["checked_in_at"])
        arrival = Arrival(row["id"], row["name"], row["checked_in_at"], already=False, walkin=True)
    return arrival


async def _checked_in(drive_id: int, participant_id: int, registered_by_centre_id: int, at: datetime) -> None:
    """The arrival's event, in the transaction that stamped it (a participant is stamped once)."""
    await hooks.emit_to_bringer_and_lead(
        drive_id,
        hooks.PARTICIPANT_CHECKED_IN,
        cause=f"participant-checked-in:{participant_id}",
        data={
            "participant_id": participant_id,
            "checked_in_at": at,
            "registered_by_centre_id": registered_by_centre_id,
        },
        registered_by_centre_id=registered_by_centre_id,
    )


async def board(actor: CentreActor, drive_id: int, *, now: datetime, language: str) -> Board:
    """Arrivals so far, and at each booth the next interview still to come and whether its person is here."""
    title = await door(actor, drive_id)
    counts = await fetchrow(
        """SELECT count(*) FILTER (WHERE checked_in_at IS NOT NULL) AS arrived, count(*) AS registered
           FROM drive_participants WHERE drive_id = $1 AND status = 'registered'""",
        drive_id,
    )
    assert counts is not None
    rows = await fetch(
        """SELECT DISTINCT ON (i.employer_id, booth)
                  coalesce(nullif(i.booth, ''), de.booth, '') AS booth, e.name_ko, e.name_en,
                  p.name, i.starts_at, p.checked_in_at IS NOT NULL AS arrived,
                  count(*) OVER (PARTITION BY i.employer_id, coalesce(nullif(i.booth, ''), de.booth, '')) AS left
           FROM drive_interviews i
           JOIN drive_participants p ON p.id = i.participant_id
           JOIN employers e ON e.id = i.employer_id
           LEFT JOIN drive_employers de ON de.drive_id = i.drive_id AND de.employer_id = i.employer_id
           JOIN drive_timetables t ON t.drive_id = i.drive_id AND t.status = 'published'
           WHERE i.drive_id = $1 AND i.status = 'scheduled' AND i.ends_at > $2
           ORDER BY i.employer_id, booth, i.starts_at""",
        drive_id,
        now,
    )
    booths = sorted(
        (
            BoothRow(
                booth=row["booth"],
                company=row["name_ko"] if language == "ko" or not row["name_en"] else row["name_en"],
                next_name=row["name"],
                next_at=row["starts_at"],
                next_arrived=row["arrived"],
                left=row["left"],
            )
            for row in rows
        ),
        key=lambda booth: (booth.booth, booth.company),
    )
    return Board(drive_id, title, counts["arrived"], counts["registered"], tuple(booths))
