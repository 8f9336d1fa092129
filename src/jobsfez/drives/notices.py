"""What a company and a drive's lead centre hear of each other's moves: an inbox item and an e-mail, each in its
reader's language, written in the transaction of the move (the outbox delivers them after it commits)."""

from __future__ import annotations

from typing import Final

from jobsfez import i18n
from jobsfez.accounts.tables import User
from jobsfez.centres.tables import CentreMember
from jobsfez.drives.tables import Drive, DriveHost
from jobsfez.employers.tables import Employer, EmployerMember
from jobsfez.i18n import lazy
from jobsfez.notifications import service as notifications

# event → the headline its inbox item shows and its e-mail's subject (the message kind is drive_company_news)
HEADLINES: Final = {
    "drive_company_invited": lazy("{centre} invites {company} to the placement drive “{drive}”"),
    "drive_company_asked": lazy("{company} asks to take part in your placement drive “{drive}”"),
    "drive_company_accepted": lazy("{centre} accepted {company} on the placement drive “{drive}”"),
    "drive_company_declined": lazy("{centre} declined the request of {company} for the placement drive “{drive}”"),
    "drive_invitation_accepted": lazy("{company} accepted your invitation to the placement drive “{drive}”"),
    "drive_invitation_declined": lazy("{company} declined your invitation to the placement drive “{drive}”"),
}
TO_COMPANY: Final = frozenset({"drive_company_invited", "drive_company_accepted", "drive_company_declined"})


async def tell(event: str, *, event_id: int, drive_id: int, employer_id: int) -> None:
    """The company's members hear of the lead centre's move, or the lead centre's members of the company's; event_id
    is the move's line in the drive's history, so that a company invited again hears of it again."""
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
    locales = {
        row["id"]: row["locale"] for row in await User.select(User.id, User.locale).where(User.id.is_in(user_ids))
    }
    for user_id in user_ids:
        language = locales.get(user_id, "ko")
        english = language == "en"
        names = {
            "drive": drive["title"],
            "company": (company["name_en"] or company["name_ko"]) if english else company["name_ko"],
            "centre": (lead["en"] or lead["ko"]) if english else lead["ko"],
        }
        await notifications.notify_user(
            user_id,
            cause=f"drive_history:{event_id}",
            kind="drive_company_news",
            employer_id=employer_id if event in TO_COMPANY else None,
            payload={"event": event, "title": i18n.gettext(HEADLINES[event], language).format(**names), "url": path},
        )
