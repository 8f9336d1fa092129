"""Inviting a findable seeker to apply: a message through jobsfez, so the company never sees their contact details."""

from __future__ import annotations

from datetime import UTC, datetime

from jobsfez.applications.tables import Application, ApplyInvitation
from jobsfez.db import new_row, transaction
from jobsfez.employers.service import Actor
from jobsfez.employers.tables import Employer
from jobsfez.errors import Conflict, Forbidden, NotFound
from jobsfez.i18n import lazy
from jobsfez.notifications import service as notifications
from jobsfez.postings.tables import Posting
from jobsfez.seekers.tables import SeekerProfile

ALREADY_INVITED = lazy("You have already invited this person to apply to this posting.")
ALREADY_APPLIED = lazy("This person has already applied to this posting.")
POSTING_NOT_OPEN = lazy("Only a published posting that is still open can be sent to someone.")
INVITE_AFTER_APPROVAL = lazy("Your company can invite people to apply once our staff approve it.")


async def invited_to(actor: Actor, posting_id: int) -> set[int]:
    """The seekers the company has already invited to apply to this posting."""
    rows = await ApplyInvitation.select(ApplyInvitation.seeker_user_id).where(
        (ApplyInvitation.posting_id == posting_id) & (ApplyInvitation.employer_id == actor.employer_id)
    )
    return {r["seeker_user_id"] for r in rows}


async def invite_to_apply(actor: Actor, posting_id: int, seeker_user_id: int, *, base_url: str) -> None:
    """Ask a findable seeker to apply to an open posting of the company, once per person and posting; the seeker
    hears by e-mail and inbox in their language, as from any company."""
    posting = (
        await Posting.select(Posting.title, Posting.status, Posting.closes_at)
        .where((Posting.id == posting_id) & (Posting.employer_id == actor.employer_id))
        .first()
    )
    if posting is None:
        raise NotFound()
    if not actor.approved:
        raise Forbidden(INVITE_AFTER_APPROVAL)
    if posting["status"] != "published" or posting["closes_at"] <= datetime.now(UTC):
        raise Conflict(POSTING_NOT_OPEN)
    if not await SeekerProfile.exists().where(
        (SeekerProfile.user_id == seeker_user_id) & SeekerProfile.findable.eq(True)
    ):
        raise NotFound()  # someone who is not findable cannot be found, so cannot be invited either
    if await Application.exists().where(
        (Application.posting_id == posting_id) & (Application.seeker_user_id == seeker_user_id)
    ):
        raise Conflict(ALREADY_APPLIED)
    company = await Employer.select(Employer.name_ko, Employer.name_en).where(Employer.id == actor.employer_id).first()
    assert company is not None
    async with transaction():
        created = (
            await ApplyInvitation.insert(
                new_row(
                    ApplyInvitation,
                    posting_id=posting_id,
                    employer_id=actor.employer_id,
                    seeker_user_id=seeker_user_id,
                    invited_by=actor.user_id,
                )
            )
            .on_conflict(target="apply_invitations_once", action="DO NOTHING")
            .returning(ApplyInvitation.id)
        )
        if not created:
            raise Conflict(ALREADY_INVITED)
        await notifications.notify_user(
            seeker_user_id,
            cause=f"apply_invitation:{created[0]['id']}",
            kind="invited_to_apply",
            payload={
                "title": posting["title"],
                "company_ko": company["name_ko"],
                "company_en": company["name_en"],
                "url": f"{base_url}/jobs/{posting_id}",
            },
        )
