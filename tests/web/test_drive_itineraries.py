"""Itineraries of the drive day: one calendar file per participant with every interview, in their language, through
the outbox to the SMTP server; the companies' booth schedules; nothing sent twice, and after a change only to those
it touched, with the same UIDs, a higher SEQUENCE and a cancellation for a dropped interview."""

from __future__ import annotations

from email.message import EmailMessage

from icalendar import Calendar
from litestar import Litestar

from jobsfez.config import Settings
from jobsfez.db import fetch, fetchrow
from jobsfez.dev.mailsink import MailSink
from jobsfez.drives import checkin, itineraries
from tests.drive_day_factories import at, make_drive_day, publish_timetable
from tests.interview_factories import calendar_of, deliver_due, links_for, mails_to, text_of


def calendars(message: EmailMessage) -> dict[str, Calendar]:
    """The message's calendar files by name."""
    found = {}
    for part in message.iter_attachments():
        if part.get_content_type() == "text/calendar":
            content = part.get_content()
            found[part.get_filename()] = Calendar.from_ical(content.decode() if isinstance(content, bytes) else content)
    return found


async def uid_of(interview_id: int) -> str:
    row = await fetchrow("SELECT uid::text AS uid FROM drive_interviews WHERE id = $1", interview_id)
    assert row is not None
    return str(row["uid"])


async def test_publishing_sends_each_participant_one_calendar_of_all_their_interviews_in_their_language(
    app: Litestar, db: None, settings: Settings, mail_sink: MailSink
) -> None:
    day = await make_drive_day()
    links = links_for(settings)

    written = await itineraries.notify_published(day.drive_id, links=links)
    outcomes = await deliver_due(settings)
    assert written == len(outcomes) and set(outcomes.values()) == {"sent"}

    [korean] = mails_to(mail_sink, "minjun@example.kr")
    assert korean["Subject"].startswith("면접 일정") or "면접" in korean["Subject"], korean["Subject"]
    text = text_of(korean)
    assert "명지정밀" in text and "부산로봇" in text and "A-1" in text and "B-2" in text
    assert checkin.code(settings.secret_key, day.drive_id, day.people["minjun"]) in text
    assert f"/me/drives/{day.drive_id}/itinerary" in text
    [calendar] = calendars(korean).values()
    assert str(calendar["METHOD"]) == "REQUEST"
    events = calendar.walk("VEVENT")
    assert {str(e["UID"]) for e in events} == {
        await uid_of(day.interviews["minjun-precision"]),
        await uid_of(day.interviews["minjun-robotics"]),
    }
    assert [int(e["SEQUENCE"]) for e in events] == [0, 0]
    assert all(e["DTSTART"].params["TZID"] == "Asia/Seoul" for e in events)
    assert sorted(e["DTSTART"].dt for e in events) == [at(10), at(11)]
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Seoul"]
    # a booth typed "B-2" names itself; "A-1" is called a booth, in the mail and in the calendar alike
    assert sorted(str(e["LOCATION"]) for e in events) == ["B-2", "부스 A-1"]
    assert "부스 A-1" in text and "부스 B-2" not in text

    [english] = mails_to(mail_sink, "emma@example.kr")
    assert english["Subject"].startswith("Your interviews at"), english["Subject"]
    assert "Myeongji Precision" in text_of(english) and "Booth A-1" in text_of(english)
    [event] = calendar_of_events(english)
    assert str(event["SUMMARY"]).startswith("Interview: Myeongji Precision")

    [roster] = mails_to(mail_sink, "haneul@example.kr")  # no account: an e-mail in Korean, no inbox
    assert "부산로봇" in text_of(roster)
    inboxes = await fetch(
        "SELECT recipient, payload->>'title' AS title FROM notifications WHERE channel = 'inbox' AND kind = $1",
        itineraries.PARTICIPANT_KIND,
    )
    assert len(inboxes) == 2

    [precision_mail] = mails_to(mail_sink, "owner@precision.kr")
    schedule = text_of(precision_mail)
    assert "김민준" in schedule and "Emma Park" in schedule and "김하늘" not in schedule
    assert not calendars(precision_mail)

    assert await itineraries.notify_published(day.drive_id, links=links) == 0
    assert await deliver_due(settings) == {}


def calendar_of_events(message: EmailMessage) -> list[object]:
    events: list[object] = Calendar.from_ical(calendar_of(message)).walk("VEVENT")
    return events


async def test_nothing_is_sent_before_the_timetable_is_published(app: Litestar, db: None, settings: Settings) -> None:
    day = await make_drive_day(published=False)
    assert await itineraries.notify_published(day.drive_id, links=links_for(settings)) == 0
    await publish_timetable(day.drive_id, status="draft")
    assert await itineraries.notify_changed(day.drive_id, list(day.interviews.values()), links=links_for(settings)) == 0
    assert (await fetch("SELECT count(*) AS n FROM notifications"))[0]["n"] == 0


async def test_a_change_updates_only_those_it_touches_with_the_same_uids(
    app: Litestar, db: None, settings: Settings, mail_sink: MailSink
) -> None:
    day = await make_drive_day()
    links = links_for(settings)
    await itineraries.notify_published(day.drive_id, links=links)
    await deliver_due(settings)
    before = {address: len(mails_to(mail_sink, address)) for address in ("minjun@example.kr", "emma@example.kr")}
    first = {message["Message-ID"] for message in mails_to(mail_sink, "minjun@example.kr")}

    # 민준's interview at 부산로봇 moves to 14:00 and the one at 명지정밀 is dropped; Emma's is untouched
    moved, dropped = day.interviews["minjun-robotics"], day.interviews["minjun-precision"]
    await fetch(
        """UPDATE drive_interviews SET starts_at = $2::timestamptz, ends_at = $2::timestamptz + interval '20 minutes',
                                      sequence = sequence + 1
           WHERE id = $1""",
        moved,
        at(14),
    )
    await fetch("UPDATE drive_interviews SET status = 'cancelled', sequence = sequence + 1 WHERE id = $1", dropped)
    written = await itineraries.notify_changed(day.drive_id, [moved, dropped], links=links)
    await deliver_due(settings)

    assert len(mails_to(mail_sink, "emma@example.kr")) == before["emma@example.kr"]
    assert len(mails_to(mail_sink, "haneul@example.kr")) == 1  # 부산로봇's other interview: not hers that changed
    [update] = [message for message in mails_to(mail_sink, "minjun@example.kr") if message["Message-ID"] not in first]
    assert "변경" in update["Subject"], update["Subject"]
    files = calendars(update)
    assert set(files) == {"invite.ics", "cancel.ics"}
    [kept] = files["invite.ics"].walk("VEVENT")
    assert (str(kept["UID"]), int(kept["SEQUENCE"])) == (await uid_of(moved), 1)
    assert kept["DTSTART"].dt == at(14)
    assert str(files["cancel.ics"]["METHOD"]) == "CANCEL"
    [gone] = files["cancel.ics"].walk("VEVENT")
    assert (str(gone["UID"]), int(gone["SEQUENCE"]), str(gone["STATUS"])) == (await uid_of(dropped), 1, "CANCELLED")
    methods = {part.get_filename(): part.get_param("method") for part in update.iter_attachments()}
    assert methods == {"invite.ics": "REQUEST", "cancel.ics": "CANCEL"}  # in the header, as mail clients need

    # the companies of both interviews hear of it; 명지정밀's schedule lost 민준, 부산로봇's moved him
    assert len(mails_to(mail_sink, "owner@precision.kr")) == 2
    assert len(mails_to(mail_sink, "owner@robotics.kr")) == 2
    assert written == len(await fetch("SELECT id FROM notifications WHERE version = 2"))

    assert await itineraries.notify_changed(day.drive_id, [moved, dropped], links=links) == 0
    assert await itineraries.notify_published(day.drive_id, links=links) == 0


async def test_an_absence_marked_on_the_day_sends_nothing(app: Litestar, db: None, settings: Settings) -> None:
    day = await make_drive_day()
    links = links_for(settings)
    await itineraries.notify_published(day.drive_id, links=links)
    interview = day.interviews["emma-precision"]
    await fetch("UPDATE drive_interviews SET status = 'absent' WHERE id = $1", interview)
    assert await itineraries.notify_changed(day.drive_id, [interview], links=links) == 0


async def test_an_itinerary_not_sent_yet_gives_way_to_the_next_version(
    app: Litestar, db: None, settings: Settings
) -> None:
    day = await make_drive_day()
    links = links_for(settings)
    await itineraries.notify_published(day.drive_id, links=links)
    moved = day.interviews["minjun-robotics"]
    await fetch("UPDATE drive_interviews SET booth = 'C-3', sequence = sequence + 1 WHERE id = $1", moved)
    await itineraries.notify_changed(day.drive_id, [moved], links=links)
    rows = await fetch(
        "SELECT version, status FROM notifications WHERE cause = $1 AND channel = 'email' ORDER BY version",
        f"drive-itinerary:{day.people['minjun']}",
    )
    assert [(row["version"], row["status"]) for row in rows] == [(1, "cancelled"), (2, "pending")]
    others = await fetch(
        "SELECT DISTINCT status FROM notifications WHERE cause = $1", f"drive-itinerary:{day.people['emma']}"
    )
    assert [row["status"] for row in others] == ["pending"]


async def test_an_interview_given_to_someone_else_is_cancelled_for_the_first_and_sent_to_the_second(
    app: Litestar, db: None, settings: Settings, mail_sink: MailSink
) -> None:
    day = await make_drive_day()
    links = links_for(settings)
    await itineraries.notify_published(day.drive_id, links=links)
    await deliver_due(settings)
    swapped = day.interviews["emma-precision"]
    await fetch(
        "UPDATE drive_interviews SET participant_id = $2, sequence = sequence + 1 WHERE id = $1",
        swapped,
        day.people["haneul"],
    )
    await itineraries.notify_changed(day.drive_id, [swapped], links=links)
    await deliver_due(settings)

    emma = mails_to(mail_sink, "emma@example.kr")
    assert len(emma) == 2
    [files] = [calendars(message) for message in emma if "changed" in message["Subject"]]
    assert set(files) == {"cancel.ics"}
    [gone] = files["cancel.ics"].walk("VEVENT")
    assert (str(gone["UID"]), int(gone["SEQUENCE"])) == (await uid_of(swapped), 1)

    haneul = mails_to(mail_sink, "haneul@example.kr")
    assert len(haneul) == 2
    [update] = [message for message in haneul if "변경" in message["Subject"]]
    events = calendars(update)["invite.ics"].walk("VEVENT")
    assert await uid_of(swapped) in {str(event["UID"]) for event in events}
    assert len(mails_to(mail_sink, "minjun@example.kr")) == 1
    assert await itineraries.notify_changed(day.drive_id, [swapped], links=links) == 0
