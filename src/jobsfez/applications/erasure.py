"""What a seeker's account erasure leaves of their applications: a hire stays with the company, anonymous, and what
each application counted stays in the reports.

The company keeps the record that it hired someone for a posting (its stage history and its own notes), without the
person: no link to the account, no message, no résumé. Its members hear of it in their inbox, in their language.
Every other application goes with the account (ON DELETE CASCADE). Before it goes, each event it counted in the
zone's reports (applied, interview booked, hired) is written to erased_activity with its time, posting and whether
the person was young then, and nothing else, so a report's counts are the same after the erasure as before.
"""

from __future__ import annotations

from jobsfez import i18n
from jobsfez.applications.tables import Application
from jobsfez.db import fetch
from jobsfez.employers.tables import EmployerMember
from jobsfez.i18n import lazy
from jobsfez.notifications import service as notifications
from jobsfez.postings.validation import YOUTH_MAX_AGE, YOUTH_MIN_AGE

# The events the reports count (reports/aggregates.py counts the same ones from the live rows), for one seeker.
KEEP_ACTIVITY_SQL = """
WITH hired AS (
    SELECT e.application_id, max(e.created_at) AS at FROM application_events e
    JOIN applications a ON a.id = e.application_id
    WHERE a.seeker_user_id = $1 AND e.to_stage = 'hired' GROUP BY 1
), events AS (
    SELECT a.created_at AS at, a.posting_id, 1 AS applications, 0 AS interviews, 0 AS hires
    FROM applications a WHERE a.seeker_user_id = $1
    UNION ALL
    SELECT s.starts_at, a.posting_id, 0, 1, 0
    FROM interview_bookings b
    JOIN interview_slots s ON s.id = b.slot_id
    JOIN applications a ON a.id = b.application_id
    WHERE b.status = 'booked' AND a.seeker_user_id = $1
    UNION ALL
    SELECT coalesce(h.at, a.updated_at), a.posting_id, 0, 0, 1
    FROM applications a LEFT JOIN hired h ON h.application_id = a.id
    WHERE a.stage = 'hired' AND a.seeker_user_id = $1
)
INSERT INTO erased_activity (at, posting_id, youth, applications, interviews, hires)
SELECT e.at, e.posting_id,
       coalesce(extract(year FROM e.at AT TIME ZONE 'Asia/Seoul')::int - sp.birth_year BETWEEN $2 AND $3, false),
       e.applications, e.interviews, e.hires
FROM events e LEFT JOIN seeker_profiles sp ON sp.user_id = $1
"""

HIRE_ERASED = lazy("A person you hired deleted their account; the record of the hire stays, anonymous: {title}")


async def keep_activity_anonymous(seeker_user_id: int) -> None:
    """Inside the erasure's transaction, before anything of the seeker goes: what their applications counted."""
    await fetch(KEEP_ACTIVITY_SQL, seeker_user_id, YOUTH_MIN_AGE, YOUTH_MAX_AGE)


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
