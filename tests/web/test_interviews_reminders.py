"""Reminders 24 h and 2 h before, bound to the interview's version: a moved or cancelled one is never sent."""

from collections import Counter
from datetime import timedelta

from litestar import Litestar

from jobsfez.config import Settings
from jobsfez.db import fetch
from jobsfez.dev.mailsink import MailSink
from jobsfez.interviews import bookings, slots
from jobsfez.notifications.channels import message_id
from tests.interview_factories import (
    deliver_due,
    in_days,
    links_for,
    mails_to,
    make_applicant,
    make_company,
    make_slot,
)


async def reminders() -> list[dict[str, object]]:
    return await fetch(
        """SELECT id, cause, version, channel, status, send_after, recipient_user_id FROM notifications
           WHERE kind = 'interview_reminder' ORDER BY id"""
    )


async def test_a_booking_writes_reminders_a_day_and_two_hours_before(
    app: Litestar, db: None, settings: Settings
) -> None:
    company = await make_company()
    _, application_id = await make_applicant(company)
    start = in_days(3)
    slot_id = await make_slot(company, start)
    await slots.book_for(company.actor, slot_id, application_id=application_id, links=links_for(settings))
    written = await reminders()
    assert sorted((r["channel"], r["send_after"]) for r in written) == sorted(
        (channel, start - timedelta(hours=hours)) for hours in (24, 2) for channel in ("email", "inbox")
    )
    assert {r["status"] for r in written} == {"pending"}


async def test_a_reminder_already_past_is_not_written(app: Litestar, db: None, settings: Settings) -> None:
    company = await make_company()
    _, application_id = await make_applicant(company)
    slot_id = await make_slot(company, in_days(2))
    await fetch("UPDATE interview_slots SET starts_at = now() + interval '5 hours'")  # booked at short notice
    await slots.book_for(company.actor, slot_id, application_id=application_id, links=links_for(settings))
    written = await reminders()
    assert [r["cause"] for r in written] == ["booking:1:reminder-2h"] * 2  # the 24 h one would be in the past


async def test_reminders_of_moved_or_cancelled_interviews_are_never_delivered(
    app: Litestar, db: None, settings: Settings, mail_sink: MailSink
) -> None:
    company = await make_company()
    mover, moving_application = await make_applicant(company, "mover@example.kr")
    canceller, cancelling_application = await make_applicant(company, "canceller@example.kr")
    links = links_for(settings)
    first, second = await make_slot(company, in_days(3), capacity=2), await make_slot(company, in_days(4))
    moving = await slots.book_for(company.actor, first, application_id=moving_application, links=links)
    await slots.book_for(company.actor, first, application_id=cancelling_application, links=links)
    booking_ids = {
        r["seeker_user_id"]: r["id"] for r in await fetch("SELECT id, seeker_user_id FROM interview_bookings")
    }
    assert moving == company.posting_id
    await bookings.move(mover.id, booking_ids[mover.id], slot_id=second, links=links)
    await bookings.cancel(canceller.id, booking_ids[canceller.id], links=links)

    before = await reminders()
    stale = [r for r in before if r["version"] == 0]
    current = [r for r in before if r["version"] == 1]
    assert len(stale) == 8 and {r["status"] for r in stale} == {"cancelled"}  # withdrawn in the change's transaction
    assert len(current) == 4 and {r["recipient_user_id"] for r in current} == {mover.id}

    # Worst case: stale reminders that escaped the withdrawal (pending again) and everything due now.
    await fetch("UPDATE notifications SET status = 'pending' WHERE kind = 'interview_reminder'")
    await fetch("UPDATE notifications SET send_after = now() - interval '1 second' WHERE kind = 'interview_reminder'")
    mail_sink.clear()
    outcomes = await deliver_due(settings)
    assert {outcomes[int(str(r["id"]))] for r in stale} == {"cancelled"}
    assert {outcomes[int(str(r["id"]))] for r in current} == {"sent"}
    assert set((await deliver_due(settings)).values()) <= {"skipped"}  # running it again sends nothing more

    delivered = Counter(mail_sink.message_ids())
    assert max(delivered.values()) == 1, "a message was delivered twice"
    assert not {message_id(int(str(r["id"])), settings.mail_id_domain) for r in stale} & set(delivered)
    current_emails = {
        message_id(int(str(r["id"])), settings.mail_id_domain) for r in current if r["channel"] == "email"
    }
    assert current_emails <= set(delivered) and len(current_emails) == 2
    statuses = {r["id"]: r["status"] for r in await reminders()}
    assert {statuses[r["id"]] for r in stale} == {"cancelled"}
    inbox = await fetch(
        """SELECT count(*) AS n FROM notifications
           WHERE kind = 'interview_reminder' AND channel = 'inbox' AND status = 'sent'"""
    )
    assert inbox[0]["n"] == 2  # only the current version reaches the inbox too
    subjects = sorted(str(m["Subject"]) for m in mails_to(mail_sink, "mover@example.kr"))
    assert [s for s in subjects if "시간 전" in s] == [
        "면접 24시간 전입니다: CNC 선반 기능직",
        "면접 2시간 전입니다: CNC 선반 기능직",
    ]
