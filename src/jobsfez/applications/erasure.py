"""What a seeker's account erasure leaves of their applications: a hire stays with the company, anonymous.

The company keeps the record that it hired someone for a posting (its stage history and its own notes), without the
person: no link to the account, no message, no résumé. Its members hear of it in their inbox, in their language.
Every other application goes with the account (ON DELETE CASCADE).
"""

from __future__ import annotations

from jobsfez import i18n
from jobsfez.applications.tables import Application
from jobsfez.employers.tables import EmployerMember
from jobsfez.i18n import lazy
from jobsfez.notifications import service as notifications

HIRE_ERASED = lazy("A person you hired deleted their account; the record of the hire stays, anonymous: {title}")


async def keep_hires_anonymous(seeker_user_id: int) -> int:
    """Inside the erasure's transaction, before the account goes: detach the seeker's hires and tell each
    company's members. Returns how many hires were kept."""
    hires = (
        await Application.select(
            Application.id, Application.employer_id, Application.posting_id._.title.as_alias("title")
        )
        .where((Application.seeker_user_id == seeker_user_id) & (Application.stage == "hired"))
        .lock_rows(of=(Application,))
    )
    if not hires:
        return 0
    await Application.update(
        {
            Application.seeker_user_id: None,
            Application.message: "",
            Application.include_resume: False,
            Application.resume_file: "",
            Application.resume_name: "",
        }
    ).where(Application.id.is_in([h["id"] for h in hires]))
    for hire in hires:
        members = await EmployerMember.select(
            EmployerMember.user_id, EmployerMember.user_id._.locale.as_alias("locale")
        ).where(EmployerMember.employer_id == hire["employer_id"])
        for member in members:
            await notifications.notify_user(
                member["user_id"],
                cause=f"application:{hire['id']}:erased",
                kind="hire_erased",
                employer_id=hire["employer_id"],
                channels=("inbox",),
                payload={
                    "title": i18n.gettext(HIRE_ERASED, member["locale"]).format(title=hire["title"]),
                    "posting_title": hire["title"],
                    "url": f"/employer/applications/{hire['id']}",
                },
            )
    return len(hires)
