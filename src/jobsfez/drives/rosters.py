"""A centre's roster import, in two steps: a preview that checks every row of the file, then a commit that stores
the valid rows in one transaction, with their consents and the e-mails that invite people to claim them.

Between the two steps the file waits in Redis under its SHA-256 for an hour, keyed by the centre and the drive, so
the commit reads exactly the file the centre looked at and no other centre can commit it. The commit reads it again
against the emails registered by then: a second commit of the same file, or two at once, adds nobody twice.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import secrets
from dataclasses import dataclass

from redis.asyncio import Redis

from jobsfez.centres.service import CentreActor
from jobsfez.db import fetch, transaction
from jobsfez.drives import hooks, participants
from jobsfez.drives import service as drives
from jobsfez.drives.roster import Eligibility, RosterReport, RosterRow, read_roster
from jobsfez.drives.tables import Drive
from jobsfez.drives.validation import SEOUL
from jobsfez.drives.views import DriveView
from jobsfez.errors import Forbidden, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.notifications import service as notifications
from jobsfez.skills import service as skills
from jobsfez.tenancy.service import token_hash

UPLOAD_SECONDS = 3600  # how long a previewed file waits for its commit
UNAPPROVED = lazy("Your centre can import rosters once our staff approve it.")
FINISHED = lazy("Rosters can be imported until the drive is held.")
EXPIRED = lazy("The file is no longer waiting to be imported: upload it again.")
NOTHING_VALID = lazy("No row of this file can be imported: fix the rows listed and upload it again.")
OVER_CAPACITY = lazy("The drive has {left} places left; this file has {rows} people to import.")
IMPORTING = ("draft", "open", "closed")  # a held or archived drive is a record
# A roster's rows are written with one statement each for participants and consents, from arrays: SQL, since
# Piccolo's insert of thousands of rows (a parameter per value, at most 32,767) was most of the commit's time
# (bench/bench_roster_commit.py, docs/benchmarks.md). Lists of a row (skills, sectors) travel as JSON text, since
# unnest flattens an array of arrays. A person already on the drive, by the email or by the account (a seeker who
# claimed another row), is left as they are.
_INSERT_PARTICIPANTS = """
    INSERT INTO drive_participants (drive_id, registered_by_centre_id, source, user_id, name, email, phone, birth_year,
                                    skills, skill_keys, sectors, claim_token_hash)
    SELECT $1, $2, 'roster', given.user_id, given.name, given.email, given.phone, given.birth_year,
           ARRAY(SELECT jsonb_array_elements_text(given.skills::jsonb)),
           ARRAY(SELECT jsonb_array_elements_text(given.skill_keys::jsonb)),
           ARRAY(SELECT jsonb_array_elements_text(given.sectors::jsonb)),
           given.claim_token_hash
    FROM unnest($3::bigint[], $4::text[], $5::text[], $6::text[], $7::smallint[], $8::text[], $9::text[], $10::text[],
                $11::text[]) AS given (user_id, name, email, phone, birth_year, skills, skill_keys, sectors,
                                       claim_token_hash)
    ON CONFLICT DO NOTHING
    RETURNING id, email"""
_INSERT_CONSENTS = """
    INSERT INTO consents (participant_id, drive_id, shares, shared_with, given_via, wording, valid_until)
    SELECT participant_id, $2, $3, $4, 'roster', $5, $6 FROM unnest($1::bigint[]) AS given (participant_id)"""


@dataclass(frozen=True, slots=True)
class Preview:
    """What the centre sees before committing: the report, the places left, and the upload's key for the commit."""

    report: RosterReport
    upload: str
    places_left: int


@dataclass(frozen=True, slots=True)
class Imported:
    added: int  # participants stored
    invited: int  # people without an account, e-mailed a claim link
    attached: int  # seekers whose account took the registration at once
    skipped: int  # rows of the file not imported (problems, or registered since the preview)


def _key(actor: CentreActor, drive_id: int, upload: str) -> str:
    return f"roster:{actor.centre_id}:{drive_id}:{upload}"


async def _importable(actor: CentreActor, drive_id: int) -> DriveView:
    drive = await drives.hosted(actor, drive_id)  # another centre's drive is NotFound before any other check
    if not actor.approved:
        raise Forbidden(UNAPPROVED)
    if drive.status not in IMPORTING:
        raise ValidationFailed(FINISHED)
    return drive


async def _read(drive: DriveView, data: bytes) -> RosterReport:
    eligibility = Eligibility(on=drive.starts_at.astimezone(SEOUL).date(), min_age=drive.min_age, max_age=drive.max_age)
    known = await participants.emails_on(drive.id)
    vocabulary = await skills.vocabulary()
    today = drives.now().astimezone(SEOUL).date()
    return await asyncio.to_thread(
        read_roster, data, eligibility=eligibility, known_emails=known, today=today, vocabulary=vocabulary
    )


async def preview(actor: CentreActor, drive_id: int, data: bytes, *, redis: Redis) -> Preview:
    """Check the whole file and keep it for the commit; nothing is stored in PostgreSQL."""
    drive = await _importable(actor, drive_id)
    report = await _read(drive, data)  # a file that is no roster raises here and is not kept
    upload = hashlib.sha256(data).hexdigest()
    await redis.set(_key(actor, drive_id, upload), data, ex=UPLOAD_SECONDS)
    left = max(drive.capacity - await participants.registered_count(drive_id), 0)
    return Preview(report=report, upload=upload, places_left=left)


async def commit(
    actor: CentreActor, drive_id: int, upload: str, *, redis: Redis, base_url: str, language: str
) -> Imported:
    """Store the valid rows of the previewed file in one transaction; the file's problem rows are left out."""
    await _importable(actor, drive_id)
    data = await redis.get(_key(actor, drive_id, upload)) if len(upload) == 64 and upload.isalnum() else None
    if data is None:
        raise ValidationFailed(EXPIRED)
    imported = await import_file(actor, drive_id, data, base_url=base_url, language=language)
    await redis.delete(_key(actor, drive_id, upload))
    return imported


async def import_file(actor: CentreActor, drive_id: int, data: bytes, *, base_url: str, language: str) -> Imported:
    """The commit's work on the file's bytes: read it again against the emails registered by now, and store its
    valid rows, their consents and the claim e-mails in one transaction."""
    async with transaction():
        await Drive.select(Drive.id).where(Drive.id == drive_id).lock_rows()  # imports and registrations in turn
        drive = await _importable(actor, drive_id)
        report = await _read(drive, data)
        rows = report.rows
        if not rows:
            raise ValidationFailed(NOTHING_VALID)
        left = drive.capacity - await participants.registered_count(drive_id)
        if len(rows) > left:
            raise ValidationFailed(OVER_CAPACITY, left=max(left, 0), rows=len(rows))
        accounts = await participants.seeker_ids_by_email([row.email for row in rows])
        tokens = {row.email: secrets.token_urlsafe(32) for row in rows if row.email not in accounts}
        stored = await _store(actor, drive, rows, accounts, tokens)
        await _record_consents(drive, stored, language=language)
        invited = [email for email in stored if email in tokens]
        await _invite(actor, drive, invited, tokens, stored, base_url=base_url, language=language)
        await _tell_seekers(actor, drive, {accounts[email]: stored[email] for email in stored if email in accounts})
        if stored:  # one event for the import, whatever its size: a receiver asks the API for the list if it wants it
            await hooks.emit_to_bringer_and_lead(
                drive_id,
                hooks.PARTICIPANTS_IMPORTED,
                cause=f"participants-imported:{min(stored.values())}",
                data={"count": len(stored), "source": "roster", "registered_by_centre_id": actor.centre_id},
                registered_by_centre_id=actor.centre_id,
            )
    return Imported(
        added=len(stored),
        invited=len(invited),
        attached=len(stored) - len(invited),
        skipped=report.total - len(stored),
    )


async def _store(
    actor: CentreActor, drive: DriveView, rows: tuple[RosterRow, ...], accounts: dict[str, int], tokens: dict[str, str]
) -> dict[str, int]:
    """Insert the rows (an email already on the drive is left as it is); returns the new participants' ids by email."""
    keys = iter(await skills.canonical([skill for row in rows for skill in row.skills]))
    inserted = await fetch(
        _INSERT_PARTICIPANTS,
        drive.id,
        actor.centre_id,
        [accounts.get(row.email) for row in rows],
        [row.name for row in rows],
        [row.email for row in rows],
        [row.phone for row in rows],
        [row.birth_year for row in rows],
        [json.dumps(row.skills, ensure_ascii=False) for row in rows],
        [json.dumps([next(keys).key for _ in row.skills], ensure_ascii=False) for row in rows],
        [json.dumps(row.sectors) for row in rows],
        [token_hash(tokens[row.email]) if row.email in tokens else None for row in rows],
    )
    return {row["email"]: row["id"] for row in inserted}


async def _record_consents(drive: DriveView, stored: dict[str, int], *, language: str) -> None:
    """The consent each row's 동의 column records, given through the centre, in the drive's ledger."""
    if not stored:
        return
    wording = participants.consent_wording(drive, language=language)
    await fetch(
        _INSERT_CONSENTS,
        list(stored.values()),
        drive.id,
        participants.SHARES,
        participants.SHARED_WITH,
        wording,
        participants.consent_until(drive),
    )


async def _invite(
    actor: CentreActor,
    drive: DriveView,
    emails: list[str],
    tokens: dict[str, str],
    stored: dict[str, int],
    *,
    base_url: str,
    language: str,
) -> None:
    """An e-mail to each new person without an account, with the link that lets them claim the registration."""
    centre = next(host for host in drive.hosts if host.centre_id == actor.centre_id)
    await notifications.add_emails(
        kind="drive_claim",
        language=language,
        messages=[
            (
                f"drive_participant:{stored[email]}",
                email,
                {
                    "drive": drive.title,
                    "centre_ko": centre.name_ko,
                    "centre_en": centre.name_en,
                    "url": f"{base_url}/drives/claim/{tokens[email]}",
                },
            )
            for email in emails
        ],
    )


async def _tell_seekers(actor: CentreActor, drive: DriveView, participant_of: dict[int, int]) -> None:
    """Seekers whose account took a roster's registration learn of it (and of what they share) in their language."""
    centre = next(host for host in drive.hosts if host.centre_id == actor.centre_id)
    for user_id, participant_id in participant_of.items():
        await notifications.notify_user(
            user_id,
            cause=f"drive_participant:{participant_id}",
            kind="drive_registered",
            payload={
                "drive": drive.title,
                "drive_id": drive.id,
                "centre_ko": centre.name_ko,
                "centre_en": centre.name_en,
            },
        )
