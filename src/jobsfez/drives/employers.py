"""The companies taking part in a drive, on the centres' side: who is invited, who asked, who joined, and bringing a
company in, from jobsfez or by email.

Every function takes the ``CentreActor`` and scopes by the actor's centre through drive_hosts (a drive it does not
host is NotFound); every host sees the drive's companies, and the lead changes who takes part, as it changes the
rest of the drive. Every change writes its line in drive_history in the same transaction. The companies' own side is
``drives/company.py``; both read the drive's companies with ``employers_on``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from piccolo.columns.combination import Or
from piccolo.custom_types import Combinable

from jobsfez.accounts import service as accounts
from jobsfez.centres.service import CentreActor
from jobsfez.db import NOW, new_row, transaction
from jobsfez.drives import notices
from jobsfez.drives import service as drives
from jobsfez.drives.tables import (
    DriveEmployer,
    DriveEmployerHours,
    DriveEmployerInvitation,
    DriveHistory,
    DriveInterviewer,
    DrivePosting,
)
from jobsfez.drives.validation import DayHours
from jobsfez.drives.views import DriveView
from jobsfez.employers.tables import Employer
from jobsfez.errors import Forbidden, NotFound, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.notifications import service as notifications
from jobsfez.tenancy import service as tenancy

CHOICES_SHOWN = 20  # companies offered at once; typing part of a name narrows them
QUERY_MAX = 60
PENDING = ("invited", "requested")
ON_DRIVE = ("invited", "requested", "joined")  # a company in one of these cannot be invited or ask again
CHOOSE_COMPANY = lazy("Choose an approved company on jobsfez.")
NOT_NOW = lazy("A drive that was held or archived takes no more companies.")
CENTRE_NOT_APPROVED = lazy("Your centre can invite companies once our staff have approved it.")


@dataclass(frozen=True, slots=True)
class Interviewer:
    user_id: int
    display_name: str


@dataclass(frozen=True, slots=True)
class DrivePostingView:
    posting_id: int
    title: str
    open: bool  # published and not past its closing day; a posting that closed since stays attached but not shown


@dataclass(frozen=True, slots=True)
class DriveEmployerView:
    """A company on a drive, where it stands, and what it offers there once it joined."""

    id: int
    drive_id: int
    employer_id: int
    name_ko: str
    name_en: str
    company_status: str
    status: str
    asked_at: datetime
    answered_at: datetime | None
    interview_minutes: int
    booth: str
    hours: tuple[DayHours, ...]  # empty: the drive's own hours
    interviewers: tuple[Interviewer, ...]
    postings: tuple[DrivePostingView, ...]

    @property
    def open_postings(self) -> tuple[DrivePostingView, ...]:
        return tuple(posting for posting in self.postings if posting.open)


@dataclass(frozen=True, slots=True)
class CompanyChoice:
    """An approved company a drive's lead may invite."""

    id: int
    name_ko: str
    name_en: str


@dataclass(frozen=True, slots=True)
class SentDriveInvitation:
    """An email invitation to a company not yet on jobsfez, not used yet."""

    id: int
    email: str
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class EmployersSection:
    """The employers' part of a drive's dashboard: the companies by where they stand, and what the lead may do."""

    drive: DriveView
    leads: bool
    employers: list[DriveEmployerView]
    choices: list[CompanyChoice]
    invitations: list[SentDriveInvitation]

    @property
    def requests(self) -> list[DriveEmployerView]:
        return [employer for employer in self.employers if employer.status == "requested"]


async def employers_on(condition: Combinable) -> list[DriveEmployerView]:
    """The companies on drives matching a condition on drive_employers (the caller scopes it), by name."""
    rows = (
        await DriveEmployer.select(
            DriveEmployer.id,
            DriveEmployer.drive_id,
            DriveEmployer.employer_id,
            DriveEmployer.employer_id._.name_ko.as_alias("name_ko"),
            DriveEmployer.employer_id._.name_en.as_alias("name_en"),
            DriveEmployer.employer_id._.status.as_alias("company_status"),
            DriveEmployer.status,
            DriveEmployer.asked_at,
            DriveEmployer.answered_at,
            DriveEmployer.interview_minutes,
            DriveEmployer.booth,
        )
        .where(condition)
        .order_by(DriveEmployer.employer_id._.name_ko)
    )
    if not rows:
        return []
    ids = [row["id"] for row in rows]
    hours: dict[int, list[DayHours]] = defaultdict(list)
    for hour in (
        await DriveEmployerHours.select()
        .where(DriveEmployerHours.drive_employer_id.is_in(ids))
        .order_by(DriveEmployerHours.starts_at)
    ):
        hours[hour["drive_employer_id"]].append(DayHours(hour["starts_at"], hour["ends_at"]))
    interviewers: dict[int, list[Interviewer]] = defaultdict(list)
    for person in (
        await DriveInterviewer.select(
            DriveInterviewer.drive_employer_id,
            DriveInterviewer.user_id,
            DriveInterviewer.user_id._.display_name.as_alias("display_name"),
        )
        .where(DriveInterviewer.drive_employer_id.is_in(ids))
        .order_by(DriveInterviewer.id)
    ):
        interviewers[person["drive_employer_id"]].append(Interviewer(person["user_id"], person["display_name"]))
    postings: dict[tuple[int, int], list[DrivePostingView]] = defaultdict(list)
    for posting in (
        await DrivePosting.select(
            DrivePosting.drive_id,
            DrivePosting.employer_id,
            DrivePosting.posting_id,
            DrivePosting.posting_id._.title.as_alias("title"),
            DrivePosting.posting_id._.status.as_alias("posting_status"),
            DrivePosting.posting_id._.closes_at.as_alias("closes_at"),
        )
        .where(DrivePosting.drive_id.is_in(list({row["drive_id"] for row in rows})))
        .order_by(DrivePosting.id)
    ):
        is_open = posting["posting_status"] == "published" and posting["closes_at"] > drives.now()
        postings[posting["drive_id"], posting["employer_id"]].append(
            DrivePostingView(posting["posting_id"], posting["title"], is_open)
        )
    return [
        DriveEmployerView(
            **row,
            hours=tuple(hours[row["id"]]),
            interviewers=tuple(interviewers[row["id"]]),
            postings=tuple(postings[row["drive_id"], row["employer_id"]]),
        )
        for row in rows
    ]


async def record(drive_id: int, *, user_id: int, action: str, company: str, centre_id: int | None = None) -> int:
    """A line in the drive's history naming the company (the centre's id when a centre's member acted); its id."""
    before, after = ("", company) if action not in ("company_declined", "company_withdrew") else (company, "")
    [row] = await DriveHistory.insert(
        new_row(
            DriveHistory,
            drive_id=drive_id,
            centre_id=centre_id,
            user_id=user_id,
            action=action,
            changes=json.dumps({"employers": [before, after]}, ensure_ascii=False),
        )
    ).returning(DriveHistory.id)
    event_id: int = row["id"]
    return event_id


async def section(actor: CentreActor, drive_id: int, *, query: str = "") -> EmployersSection:
    """What a host sees of the drive's companies; only the lead is offered companies to invite."""
    drive = await drives.hosted(actor, drive_id)
    leads = drive.lead.centre_id == actor.centre_id
    return EmployersSection(
        drive=drive,
        leads=leads,
        employers=await employers_on(DriveEmployer.drive_id == drive_id),
        choices=await _choices(drive_id, query) if leads and actor.approved else [],
        invitations=await _sent(drive_id) if leads else [],
    )


async def on_drive(actor: CentreActor, drive_id: int) -> list[DriveEmployerView]:
    """The drive's companies as any host reads them, without what only the lead's page offers (the API)."""
    await drives.hosted(actor, drive_id)
    return await employers_on(DriveEmployer.drive_id == drive_id)


async def company_choices(actor: CentreActor, drive_id: int, *, query: str) -> list[CompanyChoice]:
    """Approved companies the lead may invite whose name holds what was typed, for the searchable choice."""
    await drives.led(actor, drive_id)
    return await _choices(drive_id, query)


async def _choices(drive_id: int, query: str) -> list[CompanyChoice]:
    words = " ".join(query.split())[:QUERY_MAX]
    on_drive = DriveEmployer.select(DriveEmployer.employer_id).where(
        (DriveEmployer.drive_id == drive_id) & DriveEmployer.status.is_in(list(ON_DRIVE))
    )
    condition: Combinable = (Employer.status == "approved") & Employer.id.not_in(on_drive)
    if words:
        pattern = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        condition &= Or(Employer.name_ko.ilike(pattern), Employer.name_en.ilike(pattern))
    rows = (
        await Employer.select(Employer.id, Employer.name_ko, Employer.name_en)
        .where(condition)
        .order_by(Employer.name_ko)
        .limit(CHOICES_SHOWN)
    )
    return [CompanyChoice(**row) for row in rows]


async def _sent(drive_id: int) -> list[SentDriveInvitation]:
    rows = (
        await DriveEmployerInvitation.select(
            DriveEmployerInvitation.id, DriveEmployerInvitation.email, DriveEmployerInvitation.expires_at
        )
        .where((DriveEmployerInvitation.drive_id == drive_id) & tenancy.still_open(DriveEmployerInvitation))
        .order_by(DriveEmployerInvitation.id)
    )
    return [SentDriveInvitation(**row) for row in rows]


async def _lead_may_bring_in(actor: CentreActor, drive_id: int) -> DriveView:
    """The drive, locked, when the actor's centre leads it, is approved and the drive still takes companies."""
    drive = await drives.led_for_change(actor, drive_id)
    if not actor.approved:
        raise Forbidden(CENTRE_NOT_APPROVED)
    if not drive.editable:
        raise ValidationFailed(NOT_NOW)
    return drive


def _employer_id(raw: str | int) -> int:
    text = str(raw).strip()
    if text.isascii() and text.isdigit() and 0 < len(text) < 19:
        return int(text)
    raise ValidationFailed(CHOOSE_COMPANY, fields={"employer_id": CHOOSE_COMPANY})


async def invite(actor: CentreActor, drive_id: int, *, employer_id: str | int) -> str:
    """The lead invites an approved company on jobsfez; a company that asked already joins. Returns its name."""
    async with transaction():
        await _lead_may_bring_in(actor, drive_id)
        chosen = _employer_id(employer_id)
        company = (
            await Employer.select(Employer.name_ko)
            .where((Employer.id == chosen) & (Employer.status == "approved"))
            .first()
        )
        if company is None:
            raise ValidationFailed(CHOOSE_COMPANY, fields={"employer_id": CHOOSE_COMPANY})
        name: str = company["name_ko"]
        found = (
            await DriveEmployer.select(DriveEmployer.status)
            .where((DriveEmployer.drive_id == drive_id) & (DriveEmployer.employer_id == chosen))
            .lock_rows()
            .first()
        )
        if found is not None and found["status"] in ("invited", "joined"):
            message = lazy("This company is already invited or taking part.")
            raise ValidationFailed(message, fields={"employer_id": message})
        if found is not None and found["status"] == "requested":
            await _answer(drive_id, chosen, by=actor.user_id, to="joined")
            event_id = await record(
                drive_id, user_id=actor.user_id, action="company_joined", company=name, centre_id=actor.centre_id
            )
            await notices.tell("drive_company_accepted", event_id=event_id, drive_id=drive_id, employer_id=chosen)
            return name
        await put(drive_id, chosen, status="invited", by=actor.user_id)
        event_id = await record(
            drive_id, user_id=actor.user_id, action="company_invited", company=name, centre_id=actor.centre_id
        )
        await notices.tell("drive_company_invited", event_id=event_id, drive_id=drive_id, employer_id=chosen)
    return name


async def put(drive_id: int, employer_id: int, *, status: str, by: int) -> None:
    """A company's place on a drive asked anew (invited or requested), whatever it was before."""
    fresh = {
        DriveEmployer.status: status,
        DriveEmployer.asked_by: by,
        DriveEmployer.asked_at: NOW,
        DriveEmployer.answered_by: None,
        DriveEmployer.answered_at: None,
        DriveEmployer.updated_at: NOW,
    }
    await DriveEmployer.insert(
        new_row(DriveEmployer, drive_id=drive_id, employer_id=employer_id, status=status, asked_by=by)
    ).on_conflict(
        target=(DriveEmployer.drive_id, DriveEmployer.employer_id), action="DO UPDATE", values=list(fresh.items())
    )


async def _answer(drive_id: int, employer_id: int, *, by: int, to: str) -> None:
    await DriveEmployer.update(
        {
            DriveEmployer.status: to,
            DriveEmployer.answered_by: by,
            DriveEmployer.answered_at: NOW,
            DriveEmployer.updated_at: NOW,
        }
    ).where((DriveEmployer.drive_id == drive_id) & (DriveEmployer.employer_id == employer_id))


async def answer_request(actor: CentreActor, drive_id: int, *, employer_id: int, accept: bool) -> str:
    """The lead lets a company that asked take part, or declines it. Returns the company's name."""
    async with transaction():
        await _lead_may_bring_in(actor, drive_id)
        found = (
            await DriveEmployer.select(DriveEmployer.status, DriveEmployer.employer_id._.name_ko.as_alias("name"))
            .where(
                (DriveEmployer.drive_id == drive_id)
                & (DriveEmployer.employer_id == employer_id)
                & (DriveEmployer.status == "requested")
            )
            .lock_rows(of=(DriveEmployer,))
            .first()
        )
        if found is None:
            raise NotFound()
        to = "joined" if accept else "declined"
        await _answer(drive_id, employer_id, by=actor.user_id, to=to)
        event_id = await record(
            drive_id, user_id=actor.user_id, action=f"company_{to}", company=found["name"], centre_id=actor.centre_id
        )
        kind = "drive_company_accepted" if accept else "drive_company_declined"
        await notices.tell(kind, event_id=event_id, drive_id=drive_id, employer_id=employer_id)
        name: str = found["name"]
    return name


async def invite_by_email(actor: CentreActor, drive_id: int, *, email: str, base_url: str, language: str) -> str:
    """An invitation for a company not yet on jobsfez, and its email, in one transaction: whoever registers a company
    with the link brings it to the drive, invited. Returns the link's token."""
    async with transaction():
        drive = await _lead_may_bring_in(actor, drive_id)
        email = accounts.check_email(email)
        if await accounts.email_in_use(email):
            message = lazy("This email already has a jobsfez account: choose the company from the list.")
            raise ValidationFailed(message, fields={"email": message})
        invitation_id, token = await tenancy.add_invitation(
            DriveEmployerInvitation, email=email, role="owner", invited_by=actor.user_id, drive_id=drive_id
        )
        await notifications.add(
            cause=f"drive_employer_invitation:{invitation_id}",
            kind="drive_employer_invitation",
            channel="email",
            recipient=email,
            language=language,
            payload={
                "centre_ko": drive.lead.name_ko,
                "centre_en": drive.lead.name_en,
                "drive": drive.title,
                "url": f"{base_url}/drives/invitations/{token}",
                "days": tenancy.INVITATION_DAYS,
            },
        )
        await record(
            drive_id, user_id=actor.user_id, action="company_emailed", company=email, centre_id=actor.centre_id
        )
    return token
