"""A seeker's answer to an offer: accepting leaves the hire to the company, declining ends the application."""

from __future__ import annotations

from pathlib import Path

from jobsfez.accounts.tables import User
from jobsfez.applications.tables import Application, ApplicationEvent
from jobsfez.db import NOW, new_row, transaction
from jobsfez.employers.tables import EmployerMember
from jobsfez.errors import Conflict, NotFound, ValidationFailed
from jobsfez.interviews import bookings
from jobsfez.interviews.service import Links
from jobsfez.notifications import service as notifications
from jobsfez.seekers import privacy

# the form's words for the answers, and what the application and its history record
ANSWERS = {"accept": "accepted", "decline": "declined"}


async def answer_offer(
    seeker_user_id: int, application_id: int, *, answer: str, links: Links, resume_folder: Path
) -> str:
    """Accept or decline the offer on one's own application, once; the company is told, the history keeps it."""
    recorded = ANSWERS.get(answer)
    if recorded is None:
        raise ValidationFailed("Choose whether to accept or decline the offer.")
    async with transaction():
        found = (
            await Application.select(
                Application.stage,
                Application.offer_answer,
                Application.resume_file,
                Application.employer_id,
                Application.posting_id._.title.as_alias("title"),
            )
            .where((Application.id == application_id) & (Application.seeker_user_id == seeker_user_id))
            .lock_rows(of=(Application,))
        )
        if not found:
            raise NotFound()
        [row] = found
        if row["stage"] != "offer" or row["offer_answer"]:
            raise Conflict("This offer was already answered, or there is no offer to answer.")
        # a declined offer ends the application as a withdrawal does: the company loses the shared résumé and an
        # interview still ahead is cancelled; an accepted one waits at "offer" for the company to record the hire
        to_stage = "offer" if recorded == "accepted" else "withdrawn"
        changes = {Application.offer_answer: recorded, Application.stage: to_stage, Application.updated_at: NOW}
        if to_stage == "withdrawn":
            changes |= {Application.resume_file: "", Application.resume_name: ""}
        await Application.update(changes).where(Application.id == application_id)  # type: ignore[arg-type]
        await ApplicationEvent.insert(
            new_row(
                ApplicationEvent,
                application_id=application_id,
                from_stage="offer",
                to_stage=to_stage,
                actor_user_id=seeker_user_id,
                offer_answer=recorded,
            )
        )
        if to_stage == "withdrawn":
            await bookings.cancel_for_application(application_id, by_user_id=seeker_user_id, links=links)
        events = await ApplicationEvent.count().where(ApplicationEvent.application_id == application_id)
        told = (row["employer_id"], application_id, events)
        await _tell_company(told, seeker_user_id, row["title"], recorded, links)
    if to_stage == "withdrawn":
        await privacy.release_resume(row["resume_file"], folder=resume_folder)
    return recorded


async def _tell_company(
    told: tuple[int, int, int], seeker_user_id: int, title: str, recorded: str, links: Links
) -> None:
    """Every member of the company hears of the answer (the application's events count tells answers apart)."""
    employer_id, application_id, version = told
    seeker = await User.select(User.display_name).where(User.id == seeker_user_id).first()
    payload = {
        "title": title,
        "seeker_name": seeker["display_name"] if seeker else "",
        "answer": recorded,
        "url": f"{links.base_url}/employer/applications/{application_id}",
    }
    for member in await EmployerMember.select(EmployerMember.user_id).where(EmployerMember.employer_id == employer_id):
        await notifications.notify_user(
            member["user_id"],
            cause=f"application:{application_id}:offer",
            version=version,
            kind="offer_answered",
            employer_id=employer_id,
            payload=payload,
        )
