"""A drive's participants: seekers registering from the drive's page and withdrawing, roster people claiming their
registration, and what each host centre sees of them.

Every registration writes a row of the consent ledger in its transaction (what is shared, with whom, until when);
a withdrawal stamps it withdrawn. A seeker acts on their own rows (by user id); a centre sees a drive's participants
only through ``drives.service.hosted`` (scoped by drive_hosts), only once staff approved it, and in full only those
it brought itself: of the others it sees the totals.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from piccolo.columns import Column
from piccolo.custom_types import Combinable

from jobsfez import i18n
from jobsfez.accounts import service as accounts
from jobsfez.accounts.tables import User
from jobsfez.centres.service import CentreActor
from jobsfez.db import NOW, fetch, new_row, transaction
from jobsfez.drives import arrivals, hooks
from jobsfez.drives import service as drives
from jobsfez.drives.tables import Consent, Drive, DriveParticipant
from jobsfez.drives.validation import SEOUL
from jobsfez.drives.views import DriveView
from jobsfez.errors import Conflict, Forbidden, NotFound, ValidationFailed
from jobsfez.exports import csv_bytes
from jobsfez.i18n import lazy
from jobsfez.seekers.tables import SeekerProfile, SeekerSkill
from jobsfez.tenancy.service import token_hash

CONSENT_DAYS = 30  # issue 13: the drive's employers see what was shared until 30 days after its last day
SHARES = "profile_and_resume"
SHARED_WITH = "drive_employers"
CONSENT_WORDING = lazy(
    "I agree that the employers taking part in “{drive}” may see my profile and résumé until {until} (Korea time). "
    "I can withdraw at any time."
)
NOT_OPEN = lazy("Registration for this drive is not open.")
NO_CONSENT = lazy("Tick the box to agree to what is shared: the drive's employers need it to meet you.")
NO_BIRTH_YEAR = lazy("Enter your birth year (four digits, like 2001).")
NOT_ELIGIBLE = lazy("This drive is for ages {min_age} to {max_age}.")
FULL = lazy("The drive is full.")
ALREADY = lazy("You are already registered for this drive.")
UNAPPROVED = lazy("Your centre sees participants once our staff approve it.")
TAKEN_PLACE = lazy("The drive has taken place: its participants are kept as a record.")
CLAIM_GONE = lazy("This link has been used or is no longer valid.")
EXPORT_HEADER = ("이름 name", "이메일 email", "휴대폰 phone", "출생연도 birth year", "기술 skills", "희망 업종 sectors",
                 "신청 경로 source", "상태 status", "신청일 registered")  # fmt: skip


@dataclass(frozen=True, slots=True)
class Standing:
    """What the drive's page offers a visitor: whether they can register, and the words they would agree to."""

    registration: str  # DriveView.registration: soon | open | over | closed
    places_left: int
    registered: bool  # a seeker with a standing registration for this drive
    birth_year: int | None  # from the seeker's profile, to fill the form
    consent_until: datetime
    window: arrivals.Window | None = None  # a registered seeker's arrival window
    window_changeable: bool = False  # until the timetable is published


@dataclass(frozen=True, slots=True)
class Registration:
    """A seeker's drive, as their own list shows it."""

    participant_id: int
    drive_id: int
    title: str
    starts_at: datetime
    status: str
    created_at: datetime
    consent_until: datetime | None  # the standing consent's end; None once withdrawn


@dataclass(frozen=True, slots=True)
class Participant:
    """A participant as the host centre that brought them sees them."""

    id: int
    name: str
    email: str
    phone: str
    birth_year: int | None
    skills: list[str]
    sectors: list[str]
    source: str
    status: str
    claimed: bool  # a seeker account holds the registration
    created_at: datetime
    arrives_at: datetime | None  # the arrival window they or the centre gave
    leaves_at: datetime | None


@dataclass(frozen=True, slots=True)
class Totals:
    """The drive's numbers, which every host sees: registered people, and how many this centre brought."""

    capacity: int
    registered: int
    withdrawn: int
    ours: int
    others: int

    @property
    def places_left(self) -> int:
        return max(self.capacity - self.registered, 0)


@dataclass(frozen=True, slots=True)
class ParticipantList:
    drive: DriveView
    totals: Totals
    participants: list[Participant]


@dataclass(frozen=True, slots=True)
class Claim:
    """A roster registration waiting for its person, as the claim link shows it."""

    drive_id: int
    title: str
    name: str
    email: str


def consent_until(drive: DriveView) -> datetime:
    return drive.ends_at + timedelta(days=CONSENT_DAYS)


def consent_wording(drive: DriveView, *, language: str) -> str:
    """The sentence a person agrees to, with the drive's name and the date, as it is kept in the ledger."""
    until = consent_until(drive).astimezone(SEOUL).strftime("%Y-%m-%d")
    with i18n.language(language):
        return i18n.gettext(CONSENT_WORDING).format(drive=drive.title, until=until)


async def registered_count(drive_id: int) -> int:
    count: int = await DriveParticipant.count().where(
        (DriveParticipant.drive_id == drive_id) & (DriveParticipant.status == "registered")
    )
    return count


async def standing(drive: DriveView, *, user_id: int | None, now: datetime) -> Standing:
    """The register form's state on a public drive's page, for a visitor or a seeker."""
    registered, birth_year, window, changeable = False, None, None, False
    if user_id is not None:
        registered = await DriveParticipant.exists().where(
            (DriveParticipant.drive_id == drive.id)
            & (DriveParticipant.user_id == user_id)
            & (DriveParticipant.status == "registered")
        )
        if registered:
            window, changeable = await arrivals.own(user_id, drive.id)
        profile = await SeekerProfile.select(SeekerProfile.birth_year).where(SeekerProfile.user_id == user_id).first()
        birth_year = profile["birth_year"] if profile else None
    return Standing(
        registration=drive.registration(now),
        places_left=max(drive.capacity - await registered_count(drive.id), 0),
        registered=registered,
        birth_year=birth_year,
        consent_until=consent_until(drive),
        window=window,
        window_changeable=changeable,
    )


def _birth_year(typed: str, drive: DriveView) -> int:
    text = typed.strip()
    year = int(text) if text.isascii() and text.isdigit() and len(text) == 4 else None
    if year is None or not 1900 <= year <= drive.starts_at.year:
        raise ValidationFailed(NO_BIRTH_YEAR, fields={"birth_year": NO_BIRTH_YEAR})
    age = drive.starts_at.astimezone(SEOUL).year - year  # counted as rosters count it (drives/roster.py)
    if not drive.min_age <= age <= drive.max_age:
        message = i18n.gettext(NOT_ELIGIBLE).format(min_age=drive.min_age, max_age=drive.max_age)
        raise ValidationFailed(message, fields={"birth_year": message})
    return year


async def _lock_open_drive(drive_id: int, now: datetime) -> DriveView:
    """The public drive with its row locked, so that two registrations for the last place come one after the other."""
    await Drive.select(Drive.id).where(Drive.id == drive_id).lock_rows()
    drive = await drives.public_drive(drive_id)
    if drive.registration(now) != "open":
        raise ValidationFailed(NOT_OPEN)
    return drive


async def _record_consent(participant_id: int, drive: DriveView, *, given_via: str, wording: str) -> int:
    [row] = await Consent.insert(
        new_row(
            Consent,
            participant_id=participant_id,
            drive_id=drive.id,
            shares=SHARES,
            shared_with=SHARED_WITH,
            given_via=given_via,
            wording=wording,
            valid_until=consent_until(drive),
        )
    ).returning(Consent.id)
    consent_id: int = row["id"]
    return consent_id


async def _profile_snapshot(user_id: int) -> dict[str, object]:
    """What a seeker's registration carries of their profile: the drive's employers are matched on it."""
    user = await User.select(User.display_name, User.email).where(User.id == user_id).first()
    if user is None:
        raise NotFound()
    profile = await SeekerProfile.select(SeekerProfile.phone, SeekerProfile.sectors).where(
        SeekerProfile.user_id == user_id
    ).first() or {"phone": "", "sectors": []}
    skills = (
        await SeekerSkill.select(SeekerSkill.text, SeekerSkill.skill_key)
        .where((SeekerSkill.user_id == user_id) & (SeekerSkill.kind != "qualification"))
        .order_by(SeekerSkill.position)
    )
    return {
        "name": user["display_name"][:100],
        "email": accounts.normalise_email(user["email"]),
        "phone": profile["phone"],
        "sectors": profile["sectors"],
        "skills": [skill["text"] for skill in skills],
        "skill_keys": [skill["skill_key"] for skill in skills],
    }


async def register(
    user_id: int,
    drive_id: int,
    *,
    birth_year: str,
    consent: bool,
    now: datetime,
    language: str,
    arrives: str = "",
    leaves: str = "",
) -> None:
    """A seeker registers from the drive's page, with their explicit consent written to the ledger, and when they
    can be there if they say."""
    async with transaction():
        drive = await _lock_open_drive(drive_id, now)
        errors: dict[str, str] = {}
        summary = NO_BIRTH_YEAR
        try:
            year = _birth_year(birth_year, drive)
        except ValidationFailed as exc:
            errors.update(exc.fields)
        try:
            window = arrivals.check(drive, arrives=arrives, leaves=leaves)
        except ValidationFailed as exc:
            errors.update(exc.fields)
            summary = summary if "birth_year" in errors else exc.message
        if not consent:
            errors["consent"] = NO_CONSENT
        if errors:
            raise ValidationFailed(errors.get("consent", summary), fields=errors)
        snapshot = await _profile_snapshot(user_id)
        existing = (  # their own row before a roster's row with their email
            await DriveParticipant.select(
                DriveParticipant.id, DriveParticipant.status, DriveParticipant.registered_by_centre_id
            )
            .where(
                (DriveParticipant.drive_id == drive_id)
                & ((DriveParticipant.user_id == user_id) | (DriveParticipant.email == snapshot["email"]))
            )
            .order_by(DriveParticipant.user_id)
            .first()
        )
        if existing is not None and existing["status"] == "registered":
            raise Conflict(ALREADY)
        if await registered_count(drive_id) >= drive.capacity:
            raise ValidationFailed(FULL)
        values: dict[str, object] = {
            **snapshot,
            "birth_year": year,
            "status": "registered",
            "user_id": user_id,
            "arrives_at": window.arrives_at,
            "leaves_at": window.leaves_at,
        }
        if existing is None:
            [row] = await DriveParticipant.insert(
                new_row(
                    DriveParticipant,
                    drive_id=drive_id,
                    registered_by_centre_id=drive.lead.centre_id,
                    source="self",
                    **values,
                )
            ).returning(DriveParticipant.id)
            participant_id: int = row["id"]
            brought_by = drive.lead.centre_id
        else:  # back after withdrawing, or a roster row of theirs nobody claimed yet: it is theirs now
            participant_id = existing["id"]
            brought_by = existing["registered_by_centre_id"]
            changes: dict[Column | str, object] = {name: value for name, value in values.items()}
            changes.update({DriveParticipant.claim_token_hash: None, DriveParticipant.updated_at: NOW})
            await DriveParticipant.update(changes).where(DriveParticipant.id == participant_id)
        await Consent.update({Consent.withdrawn_at: NOW}).where(
            (Consent.participant_id == participant_id) & Consent.withdrawn_at.is_null()
        )
        consent_id = await _record_consent(
            participant_id, drive, given_via="self", wording=consent_wording(drive, language=language)
        )
        await hooks.emit_to_bringer_and_lead(  # each registration is its own event, named by its consent
            drive_id,
            hooks.PARTICIPANT_REGISTERED,
            cause=f"participant-registered:{consent_id}",
            data={"participant_id": participant_id, "source": "self", "registered_by_centre_id": brought_by},
            registered_by_centre_id=brought_by,
        )


async def withdraw(user_id: int, drive_id: int) -> None:
    """A seeker leaves a drive: their registration is withdrawn and their consent stamped withdrawn at once."""
    async with transaction():
        found = (
            await DriveParticipant.select(
                DriveParticipant.id, DriveParticipant.drive_id._.status.as_alias("drive_status")
            )
            .where(
                (DriveParticipant.drive_id == drive_id)
                & (DriveParticipant.user_id == user_id)
                & (DriveParticipant.status == "registered")
            )
            .lock_rows(of=(DriveParticipant,))
            .first()
        )
        if found is None:
            raise NotFound()
        if found["drive_status"] not in ("open", "closed"):
            raise ValidationFailed(TAKEN_PLACE)
        await DriveParticipant.update({DriveParticipant.status: "withdrawn", DriveParticipant.updated_at: NOW}).where(
            DriveParticipant.id == found["id"]
        )
        await Consent.update({Consent.withdrawn_at: NOW}).where(
            (Consent.participant_id == found["id"]) & Consent.withdrawn_at.is_null()
        )


async def my_registrations(user_id: int) -> list[Registration]:
    """The seeker's drives, the coming ones first."""
    rows = await DriveParticipant.select(
        DriveParticipant.id.as_alias("participant_id"),
        DriveParticipant.drive_id,
        DriveParticipant.drive_id._.title.as_alias("title"),
        DriveParticipant.status,
        DriveParticipant.created_at,
    ).where(DriveParticipant.user_id == user_id)
    if not rows:
        return []
    views = {drive.id: drive for drive in await drives.views_where(Drive.id.is_in([row["drive_id"] for row in rows]))}
    standing_until = {
        row["participant_id"]: row["valid_until"]
        for row in await Consent.select(Consent.participant_id, Consent.valid_until).where(
            Consent.participant_id.is_in([row["participant_id"] for row in rows]) & Consent.withdrawn_at.is_null()
        )
    }
    found = [
        Registration(
            **row, starts_at=views[row["drive_id"]].starts_at, consent_until=standing_until.get(row["participant_id"])
        )
        for row in rows
    ]
    return sorted(found, key=lambda registration: (registration.status != "registered", registration.starts_at))


async def consents_of(user_id: int) -> list[dict[str, object]]:
    """The ledger's rows about a seeker, for their data export."""
    rows: list[dict[str, object]] = (
        await Consent.select(
            Consent.drive_id,
            Consent.drive_id._.title.as_alias("drive"),
            Consent.shares,
            Consent.shared_with,
            Consent.given_via,
            Consent.wording,
            Consent.given_at,
            Consent.valid_until,
            Consent.withdrawn_at,
        )
        .where(Consent.participant_id._.user_id == user_id)
        .order_by(Consent.id)
    )
    return rows


async def participations_of(user_id: int) -> list[dict[str, object]]:
    """The seeker's registrations as stored, for their data export."""
    rows: list[dict[str, object]] = (
        await DriveParticipant.select(
            *(
                getattr(DriveParticipant, name)
                for name in (
                    "drive_id",
                    "name",
                    "email",
                    "phone",
                    "birth_year",
                    "skills",
                    "sectors",
                    "source",
                    "status",
                )
            ),
            DriveParticipant.created_at,
        )
        .where(DriveParticipant.user_id == user_id)
        .order_by(DriveParticipant.id)
    )
    return rows


async def open_claim(token: str) -> Claim:
    row = (
        await DriveParticipant.select(
            DriveParticipant.drive_id,
            DriveParticipant.drive_id._.title.as_alias("title"),
            DriveParticipant.name,
            DriveParticipant.email,
        )
        .where(_claimable(token))
        .first()
    )
    if row is None:
        raise NotFound(CLAIM_GONE)
    return Claim(**row)


def _claimable(token: str) -> Combinable:
    return (DriveParticipant.claim_token_hash == token_hash(token)) & DriveParticipant.drive_id._.status.is_in(
        ["open", "closed"]
    )


async def claim(token: str, *, user_id: int) -> int:
    """Attach a roster registration to the seeker account that opened its link; returns the drive's id."""
    async with transaction():
        row = (
            await DriveParticipant.select(DriveParticipant.id, DriveParticipant.drive_id)
            .where(_claimable(token))
            .lock_rows(of=(DriveParticipant,))
            .first()
        )
        if row is None:
            raise NotFound(CLAIM_GONE)
        # after the drive's row, as a registration takes it, so that claiming and registering at once come in turn
        await Drive.select(Drive.id).where(Drive.id == row["drive_id"]).lock_rows()
        if await DriveParticipant.exists().where(
            (DriveParticipant.drive_id == row["drive_id"]) & (DriveParticipant.user_id == user_id)
        ):
            raise Conflict(ALREADY)
        await DriveParticipant.update(
            {
                DriveParticipant.user_id: user_id,
                DriveParticipant.claim_token_hash: None,
                DriveParticipant.updated_at: NOW,
            }
        ).where(DriveParticipant.id == row["id"])
        drive_id: int = row["drive_id"]
    return drive_id


async def claim_with_new_account(token: str, *, password: str, display_name: str, locale: str) -> accounts.UserInfo:
    """Sign up with the roster's email from the claim link, and take the registration in the same transaction."""
    found = await open_claim(token)
    async with transaction():
        user = await accounts.create_user(
            email=found.email, password=password, role="seeker", display_name=display_name, locale=locale
        )
        await claim(token, user_id=user.id)
    return user


async def _visible(actor: CentreActor, drive_id: int) -> DriveView:
    drive = await drives.hosted(actor, drive_id)  # another centre's drive is NotFound before anything else
    if not actor.approved:
        raise Forbidden(UNAPPROVED)
    return drive


async def totals(actor: CentreActor, drive_id: int) -> Totals:
    """The drive's numbers for any of its hosts, approved or not: no person is named in them."""
    drive = await drives.hosted(actor, drive_id)
    rows = await DriveParticipant.select(DriveParticipant.status, DriveParticipant.registered_by_centre_id).where(
        DriveParticipant.drive_id == drive_id
    )
    counted = Counter((row["status"], row["registered_by_centre_id"] == actor.centre_id) for row in rows)
    return Totals(
        capacity=drive.capacity,
        registered=counted["registered", True] + counted["registered", False],
        withdrawn=counted["withdrawn", True] + counted["withdrawn", False],
        ours=counted["registered", True],
        others=counted["registered", False],
    )


async def _ours(actor: CentreActor, drive_id: int) -> list[Participant]:
    rows = (
        await DriveParticipant.select(
            DriveParticipant.id,
            DriveParticipant.name,
            DriveParticipant.email,
            DriveParticipant.phone,
            DriveParticipant.birth_year,
            DriveParticipant.skills,
            DriveParticipant.sectors,
            DriveParticipant.source,
            DriveParticipant.status,
            DriveParticipant.user_id,
            DriveParticipant.created_at,
            DriveParticipant.arrives_at,
            DriveParticipant.leaves_at,
        )
        .where(
            (DriveParticipant.drive_id == drive_id)
            & (DriveParticipant.registered_by_centre_id == actor.centre_id)
            & DriveParticipant.erased_at.is_null()  # an erased person is only a count (drives/erasure.py)
        )
        .order_by(DriveParticipant.status)
        .order_by(DriveParticipant.id)
    )
    found = []
    for row in rows:
        user_id = row.pop("user_id")
        found.append(Participant(**row, claimed=user_id is not None))
    return found


async def participant_list(actor: CentreActor, drive_id: int) -> ParticipantList:
    """The participants this centre brought to the drive, in full, beside the drive's totals."""
    drive = await _visible(actor, drive_id)
    return ParticipantList(drive=drive, totals=await totals(actor, drive_id), participants=await _ours(actor, drive_id))


async def export_csv(actor: CentreActor, drive_id: int, *, labels: dict[str, str]) -> bytes:
    """The centre's own participants as a CSV Excel opens in Korean; ``labels`` name sources and statuses."""
    await _visible(actor, drive_id)
    rows = [
        (
            person.name,
            person.email,
            person.phone,
            person.birth_year,
            ", ".join(person.skills),
            ", ".join(labels.get(code, code) for code in person.sectors),
            labels.get(person.source, person.source),
            labels.get(person.status, person.status),
            person.created_at.astimezone(SEOUL).strftime("%Y-%m-%d %H:%M"),
        )
        for person in await _ours(actor, drive_id)
    ]
    return csv_bytes(EXPORT_HEADER, rows)


async def emails_on(drive_id: int) -> set[str]:
    """Every email already on the drive, registered or withdrawn: a roster adds none of them again."""
    rows = await DriveParticipant.select(DriveParticipant.email).where(DriveParticipant.drive_id == drive_id)
    return {row["email"] for row in rows}


async def seeker_ids_by_email(emails: list[str]) -> dict[str, int]:
    """Seekers' accounts for a roster's emails, which take their registration at once."""
    rows = await fetch(  # lower(email) = ANY(...) uses the index on lower(email); Piccolo cannot say it
        "SELECT id, lower(email) AS email FROM users WHERE lower(email) = ANY($1::text[]) AND role = 'seeker'", emails
    )
    return {row["email"]: row["id"] for row in rows}
