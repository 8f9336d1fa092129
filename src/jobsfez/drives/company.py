"""Drives on a company's side: the drives it is invited to or takes part in, asking to join a public one, answering
an invitation, withdrawing, and what it offers on a drive it joined; and a company registering by a drive's email
invitation.

Every function takes the company's ``Actor`` and scopes by the actor's company: a drive the company has no place on
is NotFound. Only an approved company joins a drive. Every change writes its line in drive_history.
"""

from __future__ import annotations

from dataclasses import dataclass

from jobsfez.accounts import service as accounts
from jobsfez.db import NOW, new_row, transaction
from jobsfez.drives import notices
from jobsfez.drives import service as drives
from jobsfez.drives.employers import DriveEmployerView, Interviewer, employers_on, put, record
from jobsfez.drives.offers import CleanOffer, OfferInput, check_offer, hours_of
from jobsfez.drives.tables import (
    Drive,
    DriveEmployer,
    DriveEmployerHours,
    DriveEmployerInvitation,
    DriveInterviewer,
    DrivePosting,
)
from jobsfez.drives.views import DriveView
from jobsfez.employers import service as employers
from jobsfez.employers.service import Actor
from jobsfez.employers.tables import Employer, EmployerMember
from jobsfez.errors import Forbidden, NotFound, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.postings.tables import Posting
from jobsfez.tenancy import service as tenancy

NOT_APPROVED = lazy("Your company can take part in drives once our staff have approved it.")
FINISHED = lazy("This drive was held or archived: its companies no longer change.")


@dataclass(frozen=True, slots=True)
class CompanyDrive:
    """A drive as a company sees it: the drive, and the company's place on it."""

    drive: DriveView
    place: DriveEmployerView


@dataclass(frozen=True, slots=True)
class PostingChoice:
    id: int
    title: str


@dataclass(frozen=True, slots=True)
class OfferPage:
    """A joined company's page for a drive: what it offers, and what it may choose from."""

    drive: DriveView
    place: DriveEmployerView
    postings: list[PostingChoice]  # the company's open postings
    members: list[Interviewer]

    def form(self) -> OfferInput:
        """The offer's form as it is stored now."""
        return OfferInput(
            interview_minutes=str(self.place.interview_minutes),
            booth=self.place.booth,
            posting_ids=tuple(str(posting.posting_id) for posting in self.place.open_postings),
            interviewer_ids=tuple(str(person.user_id) for person in self.place.interviewers),
            hours=hours_of(self.place.hours, self.drive.days),
        )


@dataclass(frozen=True, slots=True)
class EmailInvitationView:
    """What the person invited by email sees before registering their company."""

    email: str
    drive_title: str


async def company_drives(actor: Actor) -> list[CompanyDrive]:
    """The drives the company is invited to, asked to join or takes part in, the soonest first."""
    by_drive = {place.drive_id: place for place in await employers_on(DriveEmployer.employer_id == actor.employer_id)}
    if not by_drive:
        return []
    found = await drives.views_where(Drive.id.is_in(list(by_drive)))
    return [CompanyDrive(drive, by_drive[drive.id]) for drive in found]


async def company_drive(actor: Actor, drive_id: int) -> CompanyDrive:
    """One drive the company has a place on, whatever the drive's visibility."""
    found = await employers_on((DriveEmployer.drive_id == drive_id) & (DriveEmployer.employer_id == actor.employer_id))
    if not found:
        raise NotFound()
    [place] = found
    [drive] = await drives.views_where(Drive.id == drive_id)
    return CompanyDrive(drive, place)


async def offer_page(actor: Actor, drive_id: int) -> OfferPage:
    """The company's page for a drive, with its open postings and its members to choose from."""
    found = await company_drive(actor, drive_id)
    return OfferPage(found.drive, found.place, await _open_postings(actor), await _members(actor))


async def _open_postings(actor: Actor) -> list[PostingChoice]:
    rows = (
        await Posting.select(Posting.id, Posting.title)
        .where((Posting.employer_id == actor.employer_id) & (Posting.status == "published") & (Posting.closes_at > NOW))
        .order_by(Posting.title)
    )
    return [PostingChoice(**row) for row in rows]


async def _members(actor: Actor) -> list[Interviewer]:
    rows = (
        await EmployerMember.select(
            EmployerMember.user_id, EmployerMember.user_id._.display_name.as_alias("display_name")
        )
        .where(EmployerMember.employer_id == actor.employer_id)
        .order_by(EmployerMember.id)
    )
    return [Interviewer(**row) for row in rows]


async def _company_name(actor: Actor) -> str:
    row = await Employer.select(Employer.name_ko).where(Employer.id == actor.employer_id).first()
    name: str = row["name_ko"] if row else ""
    return name


async def _place(actor: Actor, drive_id: int) -> tuple[DriveView, str]:
    """The drive and the company's status on it, its row locked until the change commits."""
    found = (
        await DriveEmployer.select(DriveEmployer.status)
        .where((DriveEmployer.drive_id == drive_id) & (DriveEmployer.employer_id == actor.employer_id))
        .lock_rows()
        .first()
    )
    if found is None:
        raise NotFound()
    [drive] = await drives.views_where(Drive.id == drive_id)
    if not drive.editable:
        raise ValidationFailed(FINISHED)
    status: str = found["status"]
    return drive, status


async def ask(actor: Actor, drive_id: int) -> str:
    """The company asks to join a public drive open for registration; an invited company joins at once. Returns
    the company's status on the drive."""
    drive = await drives.public_drive(drive_id)  # a drive the public does not see is NotFound
    if not actor.approved:
        raise Forbidden(NOT_APPROVED)
    async with transaction():
        found = (
            await DriveEmployer.select(DriveEmployer.status)
            .where((DriveEmployer.drive_id == drive_id) & (DriveEmployer.employer_id == actor.employer_id))
            .lock_rows()
            .first()
        )
        status = found["status"] if found else None
        if status == "invited":
            return await answer(actor, drive_id, accept=True)
        if drive.status != "open":
            raise ValidationFailed(lazy("This drive takes requests while it is open for registration."))
        if status in ("requested", "joined"):
            raise ValidationFailed(lazy("Your company has already asked to join this drive or takes part in it."))
        if status == "declined":
            raise ValidationFailed(lazy("This drive has already answered your company."))
        await put(drive_id, actor.employer_id, status="requested", by=actor.user_id)
        event_id = await record(
            drive_id, user_id=actor.user_id, action="company_asked", company=await _company_name(actor)
        )
        await notices.tell("drive_company_asked", event_id=event_id, drive_id=drive_id, employer_id=actor.employer_id)
    return "requested"


async def answer(actor: Actor, drive_id: int, *, accept: bool) -> str:
    """The company takes up an invitation or declines it. Returns its status on the drive."""
    async with transaction():
        _, status = await _place(actor, drive_id)
        if status != "invited":
            raise ValidationFailed(lazy("There is no invitation to answer."))
        if accept and not actor.approved:
            raise Forbidden(NOT_APPROVED)
        to = "joined" if accept else "declined"
        await DriveEmployer.update(
            {
                DriveEmployer.status: to,
                DriveEmployer.answered_by: actor.user_id,
                DriveEmployer.answered_at: NOW,
                DriveEmployer.updated_at: NOW,
            }
        ).where((DriveEmployer.drive_id == drive_id) & (DriveEmployer.employer_id == actor.employer_id))
        event_id = await record(
            drive_id, user_id=actor.user_id, action=f"company_{to}", company=await _company_name(actor)
        )
        kind = "drive_invitation_accepted" if accept else "drive_invitation_declined"
        await notices.tell(kind, event_id=event_id, drive_id=drive_id, employer_id=actor.employer_id)
    return to


async def withdraw(actor: Actor, drive_id: int) -> None:
    """The company leaves a drive it joined, or takes back its request; its postings leave the drive with it."""
    async with transaction():
        _, status = await _place(actor, drive_id)
        if status not in ("joined", "requested"):
            raise ValidationFailed(lazy("Your company does not take part in this drive."))
        this_one = (DriveEmployer.drive_id == drive_id) & (DriveEmployer.employer_id == actor.employer_id)
        await DriveEmployer.update({DriveEmployer.status: "withdrawn", DriveEmployer.updated_at: NOW}).where(this_one)
        await DrivePosting.delete().where(
            (DrivePosting.drive_id == drive_id) & (DrivePosting.employer_id == actor.employer_id)
        )
        await record(drive_id, user_id=actor.user_id, action="company_withdrew", company=await _company_name(actor))


async def set_offer(actor: Actor, drive_id: int, raw: OfferInput) -> CleanOffer:
    """A joined company says what it brings: open postings, interviewers among its members, booth, interview
    length and hours; each part replaces what was there."""
    async with transaction():
        drive, status = await _place(actor, drive_id)
        if status != "joined":
            raise ValidationFailed(lazy("Your company sets this once it takes part in the drive."))
        offer = check_offer(
            raw,
            days=drive.days,
            postings=[posting.id for posting in await _open_postings(actor)],
            members=[member.user_id for member in await _members(actor)],
        )
        [row] = (
            await DriveEmployer.update(
                {
                    DriveEmployer.interview_minutes: offer.interview_minutes,
                    DriveEmployer.booth: offer.booth,
                    DriveEmployer.updated_at: NOW,
                }
            )
            .where((DriveEmployer.drive_id == drive_id) & (DriveEmployer.employer_id == actor.employer_id))
            .returning(DriveEmployer.id)
        )
        await _write_offer(row["id"], drive_id, actor.employer_id, offer)
        await record(drive_id, user_id=actor.user_id, action="company_offer", company=await _company_name(actor))
    return offer


async def _write_offer(place_id: int, drive_id: int, employer_id: int, offer: CleanOffer) -> None:
    await DriveEmployerHours.delete().where(DriveEmployerHours.drive_employer_id == place_id)
    if offer.hours:
        await DriveEmployerHours.insert(
            *(
                new_row(
                    DriveEmployerHours, drive_employer_id=place_id, starts_at=hours.starts_at, ends_at=hours.ends_at
                )
                for hours in offer.hours
            )
        )
    await DriveInterviewer.delete().where(DriveInterviewer.drive_employer_id == place_id)
    if offer.interviewer_ids:
        await DriveInterviewer.insert(
            *(
                new_row(DriveInterviewer, drive_employer_id=place_id, user_id=user_id)
                for user_id in offer.interviewer_ids
            )
        )
    await DrivePosting.delete().where((DrivePosting.drive_id == drive_id) & (DrivePosting.employer_id == employer_id))
    if offer.posting_ids:
        await DrivePosting.insert(
            *(
                new_row(DrivePosting, drive_id=drive_id, employer_id=employer_id, posting_id=posting_id)
                for posting_id in offer.posting_ids
            )
        )


async def on_public_drive(drive_id: int) -> list[DriveEmployerView]:
    """The approved companies taking part in a drive, for its public page (the caller shows only a public drive)."""
    joined = (
        (DriveEmployer.drive_id == drive_id)
        & (DriveEmployer.status == "joined")
        & (DriveEmployer.employer_id._.status == "approved")
    )
    return await employers_on(joined)


async def open_email_invitation(token: str) -> EmailInvitationView:
    row = (
        await DriveEmployerInvitation.select(
            DriveEmployerInvitation.email, DriveEmployerInvitation.drive_id._.title.as_alias("drive_title")
        )
        .where(tenancy.is_open(DriveEmployerInvitation, token))
        .first()
    )
    if row is None:
        raise NotFound(tenancy.INVITATION_GONE)
    return EmailInvitationView(**row)


async def register_invited(token: str, **registration: str) -> tuple[accounts.UserInfo, int]:
    """A company registered by a drive's email invitation, in one transaction: the company (waiting for staff, as
    every new one), its owner, and its invitation to the drive."""
    async with transaction():
        found = (
            await DriveEmployerInvitation.select().where(tenancy.is_open(DriveEmployerInvitation, token)).lock_rows()
        )
        if not found:
            raise NotFound(tenancy.INVITATION_GONE)
        [invitation] = found
        # the link proves the invited address and no other: the account takes that one, whatever the form says
        user, employer_id = await employers.register(**{**registration, "email": invitation["email"]})
        await DriveEmployerInvitation.update(
            {DriveEmployerInvitation.accepted_at: NOW, DriveEmployerInvitation.employer_id: employer_id}
        ).where(DriveEmployerInvitation.id == invitation["id"])
        await put(invitation["drive_id"], employer_id, status="invited", by=invitation["invited_by"])
        await record(
            invitation["drive_id"], user_id=user.id, action="company_invited", company=registration.get("name_ko", "")
        )
    return user, employer_id
