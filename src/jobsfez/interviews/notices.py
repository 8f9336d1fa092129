"""The messages an interview change writes, in the change's own transaction (the outbox).

Every message about a booking has the cause ``booking:{id}`` and the booking's sequence as its version.
Reminders have a cause of their own per lead time (the outbox's unique key would make the 24 h and
the 2 h reminder one row otherwise), and a change withdraws every pending message of older versions.
At send time ``reminder_is_current`` checks again, so a reminder for a moved or cancelled interview
is never sent even if it escaped the withdrawal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from babel.dates import format_date, format_time

from jobsfez import i18n
from jobsfez.accounts.tables import User
from jobsfez.employers.tables import EmployerMember
from jobsfez.i18n import lazy
from jobsfez.interviews import ics, tokens
from jobsfez.interviews.service import SEOUL, Links, now
from jobsfez.interviews.tables import InterviewBooking
from jobsfez.notifications import service as notifications

REMINDER_HOURS = (24, 2)
NO_REPLY = "no-reply@jobsfez.kr"  # organizer of the calendar event when the slot's author has left

HEADLINES = {
    ("interview_invitation", "seeker"): lazy("{company} invites you to book an interview: {title}"),
    ("booking_confirmed", "seeker"): lazy("Interview booked: {title}"),
    ("booking_confirmed", "employer"): lazy("{name} booked an interview: {title}"),
    ("interview_rescheduled", "seeker"): lazy("Interview moved: {title}"),
    ("interview_rescheduled", "employer"): lazy("{name} moved their interview: {title}"),
    ("interview_cancelled", "seeker"): lazy("Interview cancelled: {title}"),
    ("interview_cancelled", "employer"): lazy("{name} cancelled their interview: {title}"),
    ("interview_reminder", "seeker"): lazy("Your interview is in {hours} hours: {title}"),
}


def booking_cause(booking_id: int) -> str:
    return f"booking:{booking_id}"


def reminder_cause(booking_id: int, hours: int) -> str:
    return f"booking:{booking_id}:reminder-{hours}h"


def format_when(starts_at: datetime, minutes: int, language: str) -> str:
    """The interview's date and time in Korea, in the reader's language: "2026년 12월 1일 화요일 오전 12:30–1:00"."""
    start = starts_at.astimezone(SEOUL)
    end = start + timedelta(minutes=minutes)
    day = format_date(start.date(), "full", locale=language)
    pattern = i18n.datetime_pattern("short", language, time_only=True)
    hours = f"{format_time(start, pattern, locale=language)}–{format_time(end, pattern, locale=language)}"
    korea_time = i18n.gettext("Korea time", language)
    return f"{day} {hours} ({korea_time})"


@dataclass(frozen=True, slots=True)
class Facts:
    """Everything a message about one booking says, read once inside the change's transaction."""

    booking_id: int
    sequence: int
    status: str
    application_id: int
    employer_id: int
    posting_id: int
    posting_title: str
    company_name_ko: str
    company_name_en: str
    seeker_user_id: int
    seeker_email: str
    seeker_name: str
    seeker_locale: str
    organizer_email: str
    created_by: int | None
    starts_at: datetime
    duration_minutes: int
    place: str
    video_url: str
    interviewers: str

    def company(self, language: str) -> str:
        return self.company_name_ko if language == "ko" else self.company_name_en


async def facts(booking_id: int) -> Facts:
    b, slot, seeker = InterviewBooking, InterviewBooking.slot_id._, InterviewBooking.seeker_user_id._
    row = (
        await b.select(
            b.id.as_alias("booking_id"),
            b.sequence,
            b.status,
            b.application_id,
            b.employer_id,
            slot.posting_id.as_alias("posting_id"),
            slot.posting_id._.title.as_alias("posting_title"),
            b.employer_id._.name_ko.as_alias("company_name_ko"),
            b.employer_id._.name_en.as_alias("company_name_en"),
            b.seeker_user_id,
            seeker.email.as_alias("seeker_email"),
            seeker.display_name.as_alias("seeker_name"),
            seeker.locale.as_alias("seeker_locale"),
            slot.created_by._.email.as_alias("organizer_email"),
            slot.created_by.as_alias("created_by"),
            slot.starts_at.as_alias("starts_at"),
            slot.duration_minutes.as_alias("duration_minutes"),
            slot.place.as_alias("place"),
            slot.video_url.as_alias("video_url"),
            slot.interviewers.as_alias("interviewers"),
        )
        .where(b.id == booking_id)
        .first()
    )
    assert row is not None, "facts() follows a write to this booking in the same transaction"
    return Facts(**{**row, "organizer_email": row["organizer_email"] or NO_REPLY})


def _calendar(f: Facts, language: str, links: Links, *, cancel: bool) -> str:
    with i18n.language(language):
        summary = i18n.gettext("Interview: {title} ({company})").format(
            title=f.posting_title, company=f.company(language)
        )
        description = "\n".join(
            line
            for line in (
                f.interviewers and i18n.gettext("Interviewers: {names}").format(names=f.interviewers),
                f.video_url and i18n.gettext("Video link: {url}").format(url=f.video_url),
                f"{links.base_url}/me/interviews",
            )
            if line
        )
    event = ics.CalendarEvent(
        uid=ics.booking_uid(f.booking_id, links.mail_id_domain),
        sequence=f.sequence,
        starts_at=f.starts_at,
        duration_minutes=f.duration_minutes,
        summary=summary,
        location=f.place or f.video_url,
        description=description,
        organizer=ics.Party(f.organizer_email, f.company(language)),
        attendee=ics.Party(f.seeker_email, f.seeker_name),
        url=f.video_url,
    )
    return ics.calendar_file(event, cancel=cancel)


def confirm_url(f: Facts, links: Links) -> str:
    token = tokens.sign(links.secret, booking_id=f.booking_id, sequence=f.sequence, expires_at=f.starts_at)
    return f"{links.base_url}/interviews/confirm/{token}"


def _payload(f: Facts, kind: str, audience: str, language: str, **extra: Any) -> dict[str, Any]:
    title = i18n.gettext(HEADLINES[(kind, audience)], language).format(
        title=f.posting_title, company=f.company(language), name=f.seeker_name, hours=extra.get("hours", "")
    )
    return {
        "title": title,
        "audience": audience,
        "posting_title": f.posting_title,
        "company": f.company(language),
        "seeker_name": f.seeker_name,
        "when": format_when(f.starts_at, f.duration_minutes, language),
        "duration": f.duration_minutes,
        "place": f.place,
        "video_url": f.video_url,
        "interviewers": f.interviewers,
        "booking_id": f.booking_id,
        "sequence": f.sequence,
        **extra,
    }


async def _employer_contact(f: Facts) -> int | None:
    """Who hears of the seeker's changes: the member who offered the time, or an owner if they have left."""
    members = await EmployerMember.select(EmployerMember.id, EmployerMember.user_id, EmployerMember.role).where(
        EmployerMember.employer_id == f.employer_id
    )
    if not members:
        return None
    contact = min(members, key=lambda m: (m["user_id"] != f.created_by, m["role"] != "owner", m["id"]))
    user_id: int = contact["user_id"]
    return user_id


async def booking_changed(booking_id: int, *, kind: str, links: Links, tell_employer: bool) -> None:
    """The seeker's message (with the calendar file) about the booking at its current sequence.

    Writes the reminders of a booked interview and withdraws every pending message of older versions
    (and all reminders when it is cancelled). ``tell_employer`` when the seeker made the change.
    """
    f = await facts(booking_id)
    cancelled = kind == "interview_cancelled"
    await withdraw(f.booking_id, before_version=None if cancelled else f.sequence)
    language = f.seeker_locale
    extra: dict[str, Any] = {
        "url": f"{links.base_url}/me/interviews",
        "ics": _calendar(f, language, links, cancel=cancelled),
    }
    if not cancelled:
        extra["confirm_url"] = confirm_url(f, links)
    await notifications.notify_user(
        f.seeker_user_id,
        cause=booking_cause(f.booking_id),
        version=f.sequence,
        kind=kind,
        employer_id=f.employer_id,
        payload=_payload(f, kind, "seeker", language, **extra),
    )
    if not cancelled:
        await _write_reminders(f, links)
    if tell_employer and (contact := await _employer_contact(f)) is not None:
        contact_language = await _language_of(contact)
        board_url = f"{links.base_url}/employer/postings/{f.posting_id}/interviews"
        await notifications.notify_user(
            contact,
            cause=booking_cause(f.booking_id),
            version=f.sequence,
            kind=kind,
            employer_id=f.employer_id,
            payload=_payload(f, kind, "employer", contact_language, url=board_url),
        )


async def _language_of(user_id: int) -> str:
    row = await User.select(User.locale).where(User.id == user_id).first()
    return str(row["locale"]) if row else i18n.DEFAULT_LANGUAGE


async def withdraw(booking_id: int, *, before_version: int | None) -> None:
    """Withdraw pending messages of older versions; None withdraws every pending reminder (a cancellation)."""
    await notifications.cancel_pending(cause=booking_cause(booking_id), before_version=before_version)
    for hours in REMINDER_HOURS:
        await notifications.cancel_pending(cause=reminder_cause(booking_id, hours), before_version=before_version)


async def _write_reminders(f: Facts, links: Links) -> None:
    """Reminders 24 h and 2 h before, bound to this version; one whose time has passed is not written."""
    language = f.seeker_locale
    for hours in REMINDER_HOURS:
        send_after = f.starts_at - timedelta(hours=hours)
        if send_after <= now():
            continue
        await notifications.notify_user(
            f.seeker_user_id,
            cause=reminder_cause(f.booking_id, hours),
            version=f.sequence,
            kind="interview_reminder",
            employer_id=f.employer_id,
            send_after=send_after,
            payload=_payload(
                f,
                "interview_reminder",
                "seeker",
                language,
                hours=hours,
                url=f"{links.base_url}/me/interviews",
                confirm_url=confirm_url(f, links),
                ics=_calendar(f, language, links, cancel=False),
            ),
        )


async def invitation(application: dict[str, Any], *, version: int, links: Links) -> bool:
    """Ask the applicant to book a time; one message per set of offered times. False if already sent."""
    language = await _language_of(int(application["seeker_user_id"]))
    company = application["company_name_ko"] if language == "ko" else application["company_name_en"]
    title = i18n.gettext(HEADLINES[("interview_invitation", "seeker")], language).format(
        company=company, title=application["posting_title"]
    )
    ids = await notifications.notify_user(
        int(application["seeker_user_id"]),
        cause=f"interview-invitation:{application['id']}",
        version=version,
        kind="interview_invitation",
        employer_id=int(application["employer_id"]),
        payload={
            "title": title,
            "audience": "seeker",
            "company": company,
            "posting_title": application["posting_title"],
            "url": f"{links.base_url}/me/interviews/applications/{application['id']}",
        },
    )
    return bool(ids)


async def reminder_is_current(payload: dict[str, Any]) -> bool:
    """At send time: the booking is still booked, at the version the reminder was written for."""
    try:
        booking_id, sequence = int(payload["booking_id"]), int(payload["sequence"])
    except (KeyError, TypeError, ValueError):
        return False
    current: bool = await InterviewBooking.exists().where(
        (InterviewBooking.id == booking_id)
        & (InterviewBooking.sequence == sequence)
        & (InterviewBooking.status == "booked")
        & (InterviewBooking.slot_id._.status == "open")
    )
    return current
