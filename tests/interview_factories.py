"""Small explicit factories for interview tests: a company with a posting, applicants, slots, delivery."""

from __future__ import annotations

import email
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage

from jobsfez.accounts import service as accounts
from jobsfez.config import Settings
from jobsfez.db import fetch, fetchrow
from jobsfez.dev.mailsink import MailSink
from jobsfez.employers.service import Actor
from jobsfez.interviews import slots
from jobsfez.interviews.service import SEOUL, Links, SlotInput, local_input
from tests.helpers import PASSWORD, make_employer, make_posting, make_seeker
from workers.main import build_deliverer


@dataclass(frozen=True)
class Company:
    owner: accounts.UserInfo
    actor: Actor
    posting_id: int


def links_for(settings: Settings) -> Links:
    return Links(base_url=settings.base_url, secret=settings.secret_key, mail_id_domain=settings.mail_id_domain)


async def make_company(email_address: str = "owner@example.kr", **kwargs: object) -> Company:
    owner, employer_id = await make_employer(email=email_address, **kwargs)  # type: ignore[arg-type]
    posting_id = await make_posting(employer_id, owner.id, title="CNC 선반 기능직")
    actor = Actor(user_id=owner.id, employer_id=employer_id, role="owner", approved=True)
    return Company(owner=owner, actor=actor, posting_id=posting_id)


async def make_application(company: Company, seeker_user_id: int, *, stage: str = "screening") -> int:
    row = await fetchrow(
        """INSERT INTO applications (posting_id, employer_id, seeker_user_id, stage) VALUES ($1, $2, $3, $4)
           RETURNING id""",
        company.posting_id,
        company.actor.employer_id,
        seeker_user_id,
        stage,
    )
    assert row is not None
    return int(row["id"])


async def make_applicant(
    company: Company, email_address: str = "seeker@example.kr", *, locale: str = "ko", name: str = "김민준"
) -> tuple[accounts.UserInfo, int]:
    if locale == "ko":
        seeker = await make_seeker(email_address, name)
    else:
        seeker = await accounts.create_user(
            email=email_address, password=PASSWORD, role="seeker", display_name=name, locale=locale
        )
    return seeker, await make_application(company, seeker.id)


def in_days(days: float, *, hour: int = 10, minute: int = 0) -> datetime:
    """A time some days ahead at a round Korea-time hour, in UTC."""
    local = (datetime.now(SEOUL) + timedelta(days=days)).replace(hour=hour, minute=minute, second=0, microsecond=0)
    return local.astimezone(UTC)


async def make_slot(
    company: Company,
    starts_at: datetime,
    *,
    capacity: int = 1,
    minutes: int = 30,
    place: str = "명지 본사 3층 회의실",
    video_url: str = "",
) -> int:
    raw = SlotInput(
        starts_at=local_input(starts_at),
        duration_minutes=str(minutes),
        place=place,
        video_url=video_url,
        interviewers="박서연 팀장",
        capacity=str(capacity),
    )
    return await slots.create(company.actor, company.posting_id, raw)


async def deliver_due(settings: Settings) -> dict[int, str]:
    """Run the real Deliverer over every row now due, as the worker would; returns each row's outcome."""
    deliverer = build_deliverer(settings)
    rows = await fetch("SELECT id FROM notifications WHERE status = 'pending' AND send_after <= now() ORDER BY id")
    return {int(r["id"]): await deliverer.deliver(int(r["id"])) for r in rows}


def mails_to(mail_sink: MailSink, address: str) -> list[EmailMessage]:
    found = []
    for raw in mail_sink.messages():
        message = email.message_from_bytes(raw, policy=policy.default)
        assert isinstance(message, EmailMessage)
        if message["To"] == address:
            found.append(message)
    return found


def calendar_of(message: EmailMessage) -> str:
    for part in message.iter_attachments():
        if part.get_content_type() == "text/calendar":
            content = part.get_content()
            return content.decode() if isinstance(content, bytes) else str(content)
    raise AssertionError("no calendar file attached")


def text_of(message: EmailMessage) -> str:
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    return str(body.get_content())


async def make_booked_interview(
    employer_id: int, user_id: int, posting_id: int, application_id: int
) -> tuple[int, int]:
    """A slot three days ahead with the application booked into it: (slot id, booking id)."""
    actor = Actor(user_id=user_id, employer_id=employer_id, role="owner", approved=True)
    slot_id = await slots.create(actor, posting_id, SlotInput(starts_at=local_input(in_days(3)), place="본사"))
    await slots.book_for(
        actor, slot_id, application_id=application_id, links=Links("http://testserver", "secret", "test.testserver")
    )
    row = await fetchrow("SELECT id FROM interview_bookings WHERE slot_id = $1", slot_id)
    assert row is not None
    return slot_id, int(row["id"])
