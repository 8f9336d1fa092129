"""What a company and a drive's lead centre hear of each other's moves: an inbox item and an e-mail, each in its
reader's language, written in the transaction of the move (the outbox delivers them after it commits)."""

from __future__ import annotations

from typing import Final

from jobsfez.centres.tables import CentreMember
from jobsfez.drives.tables import Drive, DriveHost
from jobsfez.employers.tables import Employer, EmployerMember
from jobsfez.notifications import service as notifications

# events of a drive a company or its lead centre hears of (templates/notifications/_drive_company_news_headline.txt
# words each, in the reader's language); the first three go to the company, the rest to the centre
EVENTS: Final = (
    "drive_company_invited",
    "drive_company_accepted",
    "drive_company_declined",
    "drive_company_asked",
    "drive_invitation_accepted",
    "drive_invitation_declined",
)
TO_COMPANY: Final = frozenset(EVENTS[:3])


async def tell(event: str, *, event_id: int, drive_id: int, employer_id: int) -> None:
    """The company's members hear of the lead centre's move, or the lead centre's members of the company's; event_id
    is the move's line in the drive's history, so that a company invited again hears of it again."""
    if event not in EVENTS:
        raise ValueError(f"no words for the drive event {event}")
    drive = await Drive.select(Drive.title).where(Drive.id == drive_id).first()
    company = await Employer.select(Employer.name_ko, Employer.name_en).where(Employer.id == employer_id).first()
    lead = (
        await DriveHost.select(
            DriveHost.centre_id,
            DriveHost.centre_id._.name_ko.as_alias("ko"),
            DriveHost.centre_id._.name_en.as_alias("en"),
        )
        .where((DriveHost.drive_id == drive_id) & DriveHost.lead.eq(True))
        .first()
    )
    if drive is None or company is None or lead is None:
        return
    if event in TO_COMPANY:
        members = EmployerMember.select(EmployerMember.user_id).where(EmployerMember.employer_id == employer_id)
        path = f"/employer/drives/{drive_id}"
    else:
        members = CentreMember.select(CentreMember.user_id).where(CentreMember.centre_id == lead["centre_id"])
        path = f"/centre/drives/{drive_id}"
    user_ids = [row["user_id"] for row in await members]
    if not user_ids:
        return
    names = {
        "drive": drive["title"],
        "company_ko": company["name_ko"],
        "company_en": company["name_en"],
        "centre_ko": lead["ko"],
        "centre_en": lead["en"],
    }
    for user_id in user_ids:
        await notifications.notify_user(
            user_id,
            cause=f"drive_history:{event_id}",
            kind="drive_company_news",
            employer_id=employer_id if event in TO_COMPANY else None,
            payload={"event": event, "url": path, **names},
        )
