"""No-shows on a real PostgreSQL: a participant cancels an interview (signed in, or by the e-mailed signed link) once
and only before it starts, the itinerary job then tells them and the company, and the worker's absent marking
changes nothing when run a second time."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime, timedelta

import pytest
from litestar import Litestar

from jobsfez.config import Settings
from jobsfez.db import fetch, fetchrow
from jobsfez.dev.mailsink import MailSink
from jobsfez.drives import itineraries, noshows
from jobsfez.errors import Conflict, NotFound
from tests.drive_day_factories import make_drive_day, publish_timetable
from tests.interview_factories import deliver_due, links_for, mails_to, text_of
from workers.main import mark_absent, send_itineraries


async def state(interview_id: int) -> tuple[str, int]:
    row = await fetchrow("SELECT status, sequence FROM drive_interviews WHERE id = $1", interview_id)
    assert row is not None
    return row["status"], row["sequence"]


async def starts_in(interview_id: int, delta: timedelta) -> None:
    """Move an interview to now + delta (the drive day is two weeks ahead in the factory)."""
    await fetch(
        "UPDATE drive_interviews SET starts_at = now() + $2::interval, ends_at = now() + $2::interval + '20 minutes' "
        "WHERE id = $1",
        interview_id,
        delta,
    )


async def user_id(email: str) -> int:
    row = await fetchrow("SELECT id FROM users WHERE email = $1", email)
    assert row is not None
    return int(row["id"])


async def test_a_participant_cancels_once_and_the_job_tells_them_and_the_company(
    app: Litestar, db: None, settings: Settings, mail_sink: MailSink
) -> None:
    day = await make_drive_day()
    ctx = {"settings": settings, "redis": app.state.resources.arq}
    await send_itineraries(ctx, day.drive_id)
    await deliver_due(settings)
    minjun = await user_id("minjun@example.kr")
    interview = day.interviews["minjun-precision"]

    done = await noshows.cancel_mine(minjun, day.drive_id, interview)
    assert done.outcome == "cancelled" and await state(interview) == ("cancelled", 1)
    with pytest.raises(Conflict) as second:
        await noshows.cancel_mine(minjun, day.drive_id, interview)
    assert second.value.message == noshows.ALREADY and await state(interview) == ("cancelled", 1)

    assert await send_itineraries(ctx, day.drive_id) != "0 messages"
    await deliver_due(settings)
    mails = mails_to(mail_sink, "minjun@example.kr")
    assert len(mails) == 2
    methods = [
        sorted(part.get_content().split("METHOD:")[1].split()[0] for part in mail.iter_attachments()) for mail in mails
    ]
    assert sorted(methods) == [["CANCEL", "REQUEST"], ["REQUEST"]], methods
    assert len(mails_to(mail_sink, "owner@precision.kr")) == 2  # the schedule, then its change
    assert len(mails_to(mail_sink, "owner@robotics.kr")) == 1  # untouched: not told again
    assert len(mails_to(mail_sink, "emma@example.kr")) == 1


async def test_nobody_cancels_anothers_interview_one_started_or_one_not_published(db: None) -> None:
    day = await make_drive_day()
    emma, minjun = await user_id("emma@example.kr"), await user_id("minjun@example.kr")
    with pytest.raises(NotFound):
        await noshows.cancel_mine(emma, day.drive_id, day.interviews["minjun-precision"])
    with pytest.raises(NotFound):  # the right interview under another drive's address
        await noshows.cancel_mine(minjun, day.drive_id + 1, day.interviews["minjun-precision"])
    await starts_in(day.interviews["minjun-robotics"], timedelta(minutes=-1))
    with pytest.raises(Conflict) as started:
        await noshows.cancel_mine(minjun, day.drive_id, day.interviews["minjun-robotics"])
    assert started.value.message == noshows.STARTED

    await publish_timetable(day.drive_id, status="draft")  # a draft's interviews are nobody's yet
    with pytest.raises(NotFound):
        await noshows.cancel_mine(minjun, day.drive_id, day.interviews["minjun-precision"])
    assert {status for status, _ in [await state(i) for i in day.interviews.values()]} == {"scheduled"}


async def test_the_mailed_link_cancels_on_the_click_only_and_only_its_own_version(db: None, settings: Settings) -> None:
    day = await make_drive_day()
    links = links_for(settings)
    interview = day.interviews["haneul-robotics"]  # a roster person without an account: the link is their way
    [stop] = await itineraries.stops_of(day.drive_id, condition="AND i.id = $2", args=[interview])
    token = itineraries.cancel_url(links, stop).rsplit("/", 1)[1]

    looked = await noshows.look(settings.secret_key, token)
    assert looked.outcome == "ready" and await state(interview) == ("scheduled", 0)
    assert (await noshows.look("another-secret", token)).outcome == "invalid"
    assert (await noshows.look(settings.secret_key, token[:-2] + "AA")).outcome == "invalid"
    # a token of the interviews' confirmation links does not cancel a drive interview with the same id
    from jobsfez.interviews import tokens

    confirm = tokens.sign(settings.secret_key, booking_id=interview, sequence=0, expires_at=stop.starts_at)
    assert (await noshows.cancel_by_link(settings.secret_key, confirm)).outcome == "invalid"

    assert (await noshows.cancel_by_link(settings.secret_key, token)).outcome == "cancelled"
    assert await state(interview) == ("cancelled", 1)
    assert (await noshows.cancel_by_link(settings.secret_key, token)).outcome == "already"

    other = day.interviews["emma-precision"]
    [old] = await itineraries.stops_of(day.drive_id, condition="AND i.id = $2", args=[other])
    stale = itineraries.cancel_url(links, old).rsplit("/", 1)[1]
    await fetch("UPDATE drive_interviews SET sequence = sequence + 1 WHERE id = $1", other)  # moved since
    assert (await noshows.cancel_by_link(settings.secret_key, stale)).outcome == "stale"
    assert await state(other) == ("scheduled", 1)
    await starts_in(other, timedelta(minutes=-1))
    [moved] = await itineraries.stops_of(day.drive_id, condition="AND i.id = $2", args=[other])
    late = itineraries.cancel_url(links, moved).rsplit("/", 1)[1]
    assert (await noshows.cancel_by_link(settings.secret_key, late)).outcome == "started"
    assert await state(other) == ("scheduled", 1)


async def test_two_cancels_at_once_cancel_once(db: None) -> None:
    day = await make_drive_day()
    minjun = await user_id("minjun@example.kr")
    interview = day.interviews["minjun-precision"]
    results = await asyncio.gather(
        *(noshows.cancel_mine(minjun, day.drive_id, interview) for _ in range(5)), return_exceptions=True
    )
    assert sum(not isinstance(r, Exception) for r in results) == 1
    assert all(isinstance(r, Conflict) for r in results if isinstance(r, Exception))
    assert await state(interview) == ("cancelled", 1)


async def test_the_mail_carries_a_cancel_link_per_interview_still_on(
    app: Litestar, db: None, settings: Settings, mail_sink: MailSink
) -> None:
    day = await make_drive_day()
    await itineraries.notify_published(day.drive_id, links=links_for(settings))
    await deliver_due(settings)
    [mail] = mails_to(mail_sink, "minjun@example.kr")
    found = re.findall(r"/drives/interviews/cancel/([\w.-]+)", text_of(mail))
    assert len(set(found)) == 2
    assert {(await noshows.look(settings.secret_key, token)).outcome for token in found} == {"ready"}


async def test_absent_marking_takes_those_not_checked_in_ten_minutes_before_and_a_second_run_changes_nothing(
    app: Litestar, db: None, settings: Settings
) -> None:
    day = await make_drive_day()
    await starts_in(day.interviews["minjun-precision"], timedelta(minutes=9))  # due, not checked in
    await starts_in(day.interviews["emma-precision"], timedelta(minutes=9))  # due, but here
    await starts_in(day.interviews["haneul-robotics"], timedelta(minutes=30))  # not yet due
    await fetch("UPDATE drive_participants SET checked_in_at = now() WHERE id = $1", day.people["emma"])
    ctx = {"settings": settings, "redis": app.state.resources.arq}

    assert await mark_absent(ctx) == "1 marked absent, 0 offers"
    before = await fetch("SELECT id, status, sequence, updated_at FROM drive_interviews ORDER BY id")
    assert await mark_absent(ctx) == "0 marked absent, 0 offers"
    assert await fetch("SELECT id, status, sequence, updated_at FROM drive_interviews ORDER BY id") == before
    assert await state(day.interviews["minjun-precision"]) == ("absent", 0)  # no news: the sequence stays
    assert await state(day.interviews["emma-precision"]) == ("scheduled", 0)
    assert await state(day.interviews["haneul-robotics"]) == ("scheduled", 0)
    assert await noshows.mark_absent(datetime.now(UTC) + timedelta(minutes=21)) == [day.interviews["haneul-robotics"]]
    # a draft timetable's interviews are nobody's absence
    await fetch("UPDATE drive_interviews SET status = 'scheduled'")
    await publish_timetable(day.drive_id, status="draft")
    assert await noshows.mark_absent(datetime.now(UTC) + timedelta(hours=1)) == []
