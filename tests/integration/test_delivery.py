"""The outbox delivers every notification once: a real arq worker process, Redis, PostgreSQL and the SMTP sink."""

from __future__ import annotations

import asyncio
import email
from collections.abc import Callable
from email import policy
from typing import Any

import pytest
from litestar import Litestar

from jobsfez import queue
from jobsfez.config import Settings
from jobsfez.db import fetch, fetchrow
from jobsfez.dev.mailsink import MailSink
from jobsfez.interviews import bookings, slots
from jobsfez.notifications import service as notifications
from jobsfez.notifications.channels import Rendered, email_bytes, message_id
from tests.integration.conftest import LINKS, Change, WorkerProcess, invitations, produce, tally, wait_until_settled
from tests.interview_factories import in_days, make_applicant, make_company, make_slot
from workers.main import build_deliverer, sweep_notifications

StartWorker = Callable[[Settings], WorkerProcess]


async def test_every_change_reaches_the_sink_once_through_the_worker_process(
    app: Litestar, db: None, settings: Settings, mail_sink: MailSink, change: Change, start_worker: StartWorker
) -> None:
    worker = start_worker(settings)
    ids, failed = await produce(change, range(300), app.state.resources.arq)
    statuses = await wait_until_settled(ids, within=45)
    assert failed == 0 and set(statuses) <= {"sent", "cancelled"}, worker.log_tail()
    # A move withdraws its booking's older message that still waits (interviews/notices.py), so on a loaded machine
    # a few are cancelled, each for a newer one about the same booking that was sent.
    unexplained = await fetch(
        """SELECT n.id FROM notifications n WHERE n.id = ANY($1) AND n.status = 'cancelled' AND NOT EXISTS (
               SELECT FROM notifications later WHERE later.id = ANY($1) AND later.cause = n.cause
               AND later.id > n.id AND later.status = 'sent')""",
        ids,
    )
    assert unexplained == []
    rows = await fetch("SELECT id, attempts, sent_at FROM notifications WHERE id = ANY($1) AND status = 'sent'", ids)
    sent = [int(r["id"]) for r in rows]
    counted = tally(sent, mail_sink.message_ids(), settings)
    assert counted.lost == [] and counted.duplicates == 0
    assert len(counted.copies) == len(sent)  # and no withdrawn message reached the sink
    assert {r["attempts"] for r in rows} == {1} and all(r["sent_at"] for r in rows)


async def test_a_server_answering_421_gets_the_message_after_quick_retries(
    app: Litestar, db: None, settings: Settings, mail_sink: MailSink, start_worker: StartWorker
) -> None:
    assert [notifications.retry_delay(n).total_seconds() for n in (1, 2)] == [1, 4]  # keeps this test short
    start_worker(settings)
    ids, _ = await produce(invitations(lambda i: f"tempfail2-seeker{i}@example.kr"), [1], app.state.resources.arq)
    assert await wait_until_settled(ids, within=30) == {"sent": 1}
    [row] = await notifications.delivery_log(employer_id=None)
    assert (row.status, row.attempts, row.last_error) == ("sent", 3, "")
    assert mail_sink.message_ids() == [message_id(ids[0], settings.mail_id_domain)]


async def test_a_server_answering_550_fails_the_row_once_and_staff_see_why(
    app: Litestar, db: None, settings: Settings, mail_sink: MailSink, start_worker: StartWorker
) -> None:
    start_worker(settings)
    arq = app.state.resources.arq
    ids, _ = await produce(invitations(lambda i: f"permfail-seeker{i}@example.kr"), [1], arq)
    assert await wait_until_settled(ids, within=30) == {"failed": 1}
    await asyncio.sleep(notifications.retry_delay(1).total_seconds() + 1.5)  # a retry would have come by now
    [row] = await notifications.delivery_log(employer_id=None)
    assert (row.status, row.attempts) == ("failed", 1)
    assert row.last_error.startswith("SMTP 550")
    assert await arq.zscore("arq:queue", queue.notification_job_id(ids[0])) is None
    assert mail_sink.message_ids() == []


async def test_running_the_job_twice_sends_once(
    app: Litestar, db: None, settings: Settings, mail_sink: MailSink, change: Change
) -> None:
    ids, _ = await produce(change, range(2), None)
    deliverer = build_deliverer(settings)
    assert [await deliverer.deliver(ids[0]), await deliverer.deliver(ids[0])] == ["sent", "skipped"]
    # two workers running the same job at once: the row lock lets one through
    other = build_deliverer(settings)
    outcomes = await asyncio.gather(deliverer.deliver(ids[1]), other.deliver(ids[1]))
    assert sorted(outcomes) == ["sent", "skipped"]
    assert sorted(mail_sink.message_ids()) == sorted(message_id(i, settings.mail_id_domain) for i in ids)


async def test_a_job_cancelled_while_recording_its_send_still_records_it(
    app: Litestar, db: None, settings: Settings, mail_sink: MailSink, change: Change
) -> None:
    """A timeout or a shutdown that lands between the SMTP answer and the commit must not cause a second send."""
    ids, _ = await produce(change, [1], None)
    deliverer = build_deliverer(settings)

    class CancelledWhileRecording:
        def __init__(self, handover: notifications.Handover) -> None:
            self.handover = handover

        async def __aenter__(self) -> None:
            await self.handover.__aenter__()

        async def __aexit__(self, *exc: Any) -> None:
            asyncio.get_running_loop().call_soon(job.cancel)  # lands while the mark is being committed
            await self.handover.__aexit__(*exc)

    async def send(outgoing: notifications.Outgoing, handover: notifications.Handover) -> None:
        await deliverer(outgoing, CancelledWhileRecording(handover))

    job = asyncio.ensure_future(notifications.deliver(ids[0], send))
    with pytest.raises(asyncio.CancelledError):
        await job
    row = await fetchrow("SELECT status, attempts FROM notifications WHERE id = $1", ids[0])
    assert row == {"status": "sent", "attempts": 1}
    assert await deliverer.deliver(ids[0]) == "skipped"
    assert mail_sink.message_ids() == [message_id(ids[0], settings.mail_id_domain)]


async def test_a_job_lost_with_redis_is_delivered_by_the_sweep(
    app: Litestar, db: None, settings: Settings, mail_sink: MailSink, change: Change, start_worker: StartWorker
) -> None:
    arq = app.state.resources.arq
    lost, _ = await produce(change, range(3), None)  # committed, never enqueued
    recent, _ = await produce(change, [3], None)  # its job may still be on its way: left alone
    await fetch(
        "UPDATE notifications SET created_at = now() - make_interval(secs => $2) WHERE id = ANY($1)",
        lost,
        notifications.SWEEP_AFTER_SECONDS + 1,
    )
    assert sorted(await notifications.due_for_sweep()) == lost
    assert await sweep_notifications({"redis": arq}) == 3
    assert sorted(await arq.zrange("arq:queue", 0, -1)) == sorted(queue.notification_job_id(i).encode() for i in lost)
    worker = start_worker(settings)
    assert await wait_until_settled(lost, within=30) == {"sent": 3}, worker.log_tail()
    assert sorted(mail_sink.message_ids()) == sorted(message_id(i, settings.mail_id_domain) for i in lost)
    assert await notifications.due_for_sweep() == []  # sent rows are never swept again
    await fetch("UPDATE notifications SET created_at = now() - interval '1 hour' WHERE id = $1", recent[0])
    worker.stop()
    worker.start()  # the sweep also runs as the worker starts, as after a Redis restart
    assert await wait_until_settled(recent, within=30) == {"sent": 1}, worker.log_tail()


async def test_the_worker_process_withholds_a_reminder_of_a_moved_interview(
    app: Litestar, db: None, settings: Settings, mail_sink: MailSink, start_worker: StartWorker
) -> None:
    """The worker is handed the interviews' reminder check: a stale reminder that escaped its withdrawal is
    cancelled when its job runs, never sent."""
    company = await make_company()
    seeker, application_id = await make_applicant(company)
    first, second = await make_slot(company, in_days(3)), await make_slot(company, in_days(4))
    await slots.book_for(company.actor, first, application_id=application_id, links=LINKS)
    booking = await fetchrow("SELECT id FROM interview_bookings")
    assert booking is not None
    await bookings.move(seeker.id, int(booking["id"]), slot_id=str(second), links=LINKS)
    stale = await fetch(
        """UPDATE notifications SET status = 'pending', send_after = now() - interval '1 second'
           WHERE kind = 'interview_reminder' AND version = 0 RETURNING id"""
    )
    ids = [int(r["id"]) for r in stale]
    assert len(ids) == 4  # 24 h and 2 h before, by email and in the inbox
    worker = start_worker(settings)
    await queue.enqueue_deliveries(app.state.resources.arq, ids)
    assert await wait_until_settled(ids, within=30) == {"cancelled": 4}, worker.log_tail()
    assert not {message_id(i, settings.mail_id_domain) for i in ids} & set(mail_sink.message_ids())


@pytest.mark.parametrize("ics", ["", "BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nEND:VCALENDAR\r\n"])
@pytest.mark.parametrize("sender", ["jobsfez <no-reply@jobsfez.kr>", "잡스페즈 채용알림 <no-reply@jobsfez.kr>"])
def test_the_email_reads_back_with_the_standard_parser(ics: str, sender: str) -> None:
    attachments = (("invite.ics", "text/calendar", ics.encode()),) if ics else ()
    rendered = Rendered(
        subject="면접 일정이 변경되었습니다 — 녹산정밀 CNC 가공 (12월 3일 오후 2시, 명지 AI허브 3층 회의실)\nBcc: x",
        text="안녕하세요.\n.\n새 일정을 확인해 주세요.\n",
        html="<p>안녕하세요.</p>\n<p>새 일정을 확인해 주세요.</p>\n",
        attachments=attachments,
    )
    raw = email_bytes(
        7,
        sender=sender,
        to="seeker@example.kr",
        rendered=rendered,
        language="ko",
        id_domain="0a1b2c.jobs.example",
        unsubscribe_url="https://jobs.example/unsubscribe/5.abc",
    )
    message = email.message_from_bytes(raw, policy=policy.default)
    assert message["Message-ID"] == "<notification-7@0a1b2c.jobs.example>"
    assert b"\r\nDate: " in raw and raw.split(b"\r\nDate: ")[1].split(b"\r\n")[0].endswith(b" +0000")
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["List-Unsubscribe"] == "<https://jobs.example/unsubscribe/5.abc>"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["From"].addresses[0].display_name == sender.split(" <")[0]
    assert message["To"] == "seeker@example.kr" and message["Bcc"] is None
    assert message["Subject"] == " ".join(rendered.subject.split())
    assert message["Content-Language"] == "ko" and message["Date"].datetime is not None
    assert message.get_body(("plain",)).get_content() == rendered.text
    assert message.get_body(("html",)).get_content() == rendered.html
    found = list(message.iter_attachments())
    if ics:
        [calendar] = found
        assert calendar.get_content_type() == "text/calendar" and calendar.get_param("method") == "CANCEL"
        assert calendar.get_filename() == "invite.ics" and calendar.get_content() == ics
    else:
        assert found == []
    assert all(len(line) <= 78 for line in raw.split(b"\r\n"))
