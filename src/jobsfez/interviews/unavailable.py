"""An invited applicant for whom none of the offered times works says so; the company then offers new times."""

from __future__ import annotations

from jobsfez.accounts.tables import User
from jobsfez.applications.tables import Application
from jobsfez.db import NOW, transaction
from jobsfez.employers.tables import EmployerMember
from jobsfez.errors import Conflict, NotFound, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.interviews.service import CLOSED_STAGES, Links, application_where
from jobsfez.interviews.tables import InterviewBooking, InterviewInvitation
from jobsfez.notifications import service as notifications

MAX_NOTE = 1000


async def cannot_attend(seeker_user_id: int, application_id: int, *, note: str, links: Links) -> None:
    """Tell the company none of its times works (once per invitation: a new invitation asks again)."""
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise ValidationFailed(
            "Please correct the marked fields.", fields={"note": lazy("Use at most 1,000 characters.")}
        )
    application = await application_where(
        (Application.id == application_id) & (Application.seeker_user_id == seeker_user_id)
    )
    if application is None:
        raise NotFound()
    async with transaction():
        invited = (
            await InterviewInvitation.select(InterviewInvitation.id, InterviewInvitation.unavailable_at)
            .where(InterviewInvitation.application_id == application_id)
            .lock_rows()
        )
        if not invited:
            raise NotFound()
        if application["stage"] in CLOSED_STAGES:
            raise Conflict("This application is closed: there is no interview to arrange.")
        if await InterviewBooking.exists().where(
            (InterviewBooking.application_id == application_id) & (InterviewBooking.status == "booked")
        ):
            raise Conflict("You have a booked interview: move or cancel it instead.")
        if invited[0]["unavailable_at"] is not None:
            raise Conflict("You already told the company. It will offer new times.")
        await InterviewInvitation.update(
            {InterviewInvitation.unavailable_at: NOW, InterviewInvitation.unavailable_note: note}
        ).where(InterviewInvitation.id == invited[0]["id"])
        seeker = await User.select(User.display_name).where(User.id == seeker_user_id).first()
        payload = {
            "title": application["posting_title"],
            "seeker_name": seeker["display_name"] if seeker else "",
            "note": note,
            "url": f"{links.base_url}/employer/postings/{application['posting_id']}/interviews",
        }
        members = await EmployerMember.select(EmployerMember.user_id).where(
            EmployerMember.employer_id == application["employer_id"]
        )
        for member in members:
            await notifications.notify_user(
                member["user_id"],
                cause=f"application:{application_id}:unavailable",
                version=invited[0]["id"],
                kind="interview_unavailable",
                employer_id=application["employer_id"],
                payload=payload,
            )
