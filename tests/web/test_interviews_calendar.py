"""Calendar files, times across the date line, and the one-click attendance link."""

import json
import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
from icalendar import Calendar
from litestar import Litestar

from jobsfez.config import Settings
from jobsfez.db import fetch
from jobsfez.dev.mailsink import MailSink
from jobsfez.interviews import bookings, slots, tokens
from jobsfez.interviews.service import SlotInput
from jobsfez.interviews.tables import InterviewBooking, InterviewSlot
from tests.helpers import csrf_of, form_post, login
from tests.interview_factories import (
    calendar_of,
    deliver_due,
    in_days,
    links_for,
    mails_to,
    make_applicant,
    make_company,
    make_slot,
    text_of,
)

SEOUL = ZoneInfo("Asia/Seoul")


async def seeker_payloads(seeker_user_id: int, *kinds: str) -> list[dict[str, object]]:
    rows = await fetch(
        """SELECT payload FROM notifications WHERE recipient_user_id = $1 AND channel = 'email'
           AND kind = ANY($2::varchar[]) ORDER BY id""",
        seeker_user_id,
        list(kinds),
    )
    return [json.loads(r["payload"]) for r in rows]


def event_of(text: object) -> tuple[Calendar, object]:
    calendar = Calendar.from_ical(str(text))
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return calendar, events[0]


async def test_one_uid_for_the_booking_and_a_higher_sequence_for_every_change(
    app: Litestar, db: None, settings: Settings
) -> None:
    company = await make_company()
    seeker, application_id = await make_applicant(company)
    first, second = await make_slot(company, in_days(3)), await make_slot(company, in_days(4), capacity=2)
    links = links_for(settings)
    await slots.invite(company.actor, application_id, links=links)
    booking_id = await bookings.book(seeker.id, application_id, slot_id=first, links=links)
    await bookings.move(seeker.id, booking_id, slot_id=second, links=links)
    moved_start = in_days(5, hour=16)
    await slots.move(
        company.actor,
        second,
        SlotInput(
            starts_at=moved_start.astimezone(SEOUL).strftime("%Y-%m-%dT%H:%M"),
            duration_minutes="60",
            place="2층 회의실",
        ),
        links=links,
    )
    await bookings.cancel(seeker.id, booking_id, links=links)

    payloads = await seeker_payloads(seeker.id, "booking_confirmed", "interview_rescheduled", "interview_cancelled")
    parsed = [event_of(p["ics"]) for p in payloads]
    assert [str(c["METHOD"]) for c, _ in parsed] == ["REQUEST", "REQUEST", "REQUEST", "CANCEL"]
    assert {str(e["UID"]) for _, e in parsed} == {f"booking-{booking_id}@{settings.mail_id_domain}"}
    assert [int(e["SEQUENCE"]) for _, e in parsed] == [0, 1, 2, 3]
    assert [str(e["STATUS"]) for _, e in parsed] == ["CONFIRMED", "CONFIRMED", "CONFIRMED", "CANCELLED"]
    _, last_request = parsed[2]
    assert last_request["DTSTART"].dt == moved_start.astimezone(SEOUL)
    assert last_request["DTEND"].dt - last_request["DTSTART"].dt == timedelta(minutes=60)
    assert str(last_request["LOCATION"]) == "2층 회의실"
    assert str(last_request["SUMMARY"]) == "면접: CNC 선반 기능직 (명지정밀)"
    assert str(last_request["ATTENDEE"]) == "mailto:seeker@example.kr"
    assert str(last_request["ORGANIZER"]) == "mailto:owner@example.kr"
    for calendar, _ in parsed:
        assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Seoul"]


def next_first_of_december() -> int:
    """The year of the next 1 December still more than a day away (the test must not depend on today)."""
    now = datetime.now(SEOUL)
    return now.year if datetime(now.year, 12, 1, tzinfo=SEOUL) - now > timedelta(days=1) else now.year + 1


async def test_an_interview_at_half_past_midnight_is_on_the_first_of_december_everywhere(
    client: httpx.AsyncClient, settings: Settings, mail_sink: MailSink
) -> None:
    year = next_first_of_december()
    company = await make_company()
    _, korean_application = await make_applicant(company, "ko@example.kr")
    _, english_application = await make_applicant(company, "en@example.kr", locale="en", name="Alex Kim")
    await login(client, "owner@example.kr")
    board = f"/employer/postings/{company.posting_id}/interviews"
    response = await form_post(
        client,
        board,
        f"{board}/slots",
        {"starts_at": f"{year}-12-01T00:30", "duration_minutes": "30", "place": "본사", "capacity": "2"},
    )
    assert response.status_code == 302
    slot = await InterviewSlot.objects().first()
    assert slot is not None
    assert slot.starts_at == datetime(year, 11, 30, 15, 30, tzinfo=UTC)  # stored in UTC: the day before

    korean_page = await client.get(board)
    assert f"{year}년 12월 1일" in korean_page.text and "11월 30일" not in korean_page.text
    client.cookies.set("lang", "en")
    english_page = await client.get(board)
    assert f"December 1, {year}" in english_page.text and "November 30" not in english_page.text

    for application_id in (korean_application, english_application):
        await slots.book_for(company.actor, slot.id, application_id=application_id, links=links_for(settings))
    await deliver_due(settings)
    (korean_mail,) = mails_to(mail_sink, "ko@example.kr")
    (english_mail,) = mails_to(mail_sink, "en@example.kr")
    assert f"{year}년 12월 1일" in text_of(korean_mail) and "한국 시간" in text_of(korean_mail)
    assert f"December 1, {year}" in text_of(english_mail) and "Korea time" in text_of(english_mail)
    assert "Interview booked" in str(english_mail["Subject"]) and "면접 예약 완료" in str(korean_mail["Subject"])
    for mail in (korean_mail, english_mail):
        ics = calendar_of(mail)
        assert f"DTSTART;TZID=Asia/Seoul:{year}1201T003000" in ics
        assert f"DTEND;TZID=Asia/Seoul:{year}1201T010000" in ics
        _, event = event_of(ics)
        assert event["DTSTART"].dt == datetime(year, 12, 1, 0, 30, tzinfo=SEOUL)
    _, english_event = event_of(calendar_of(english_mail))
    assert str(english_event["SUMMARY"]) == "Interview: CNC 선반 기능직 (Myeongji Precision)"


def confirm_link(text: str) -> str:
    match = re.search(r"http://testserver(/interviews/confirm/\S+)", text)
    assert match, "the email has no confirmation link"
    return match.group(1)


async def test_the_emails_link_shows_a_button_and_only_the_click_confirms(
    client: httpx.AsyncClient, settings: Settings, mail_sink: MailSink
) -> None:
    company = await make_company()
    _, application_id = await make_applicant(company)
    slot_id = await make_slot(company, in_days(3))
    await slots.book_for(company.actor, slot_id, application_id=application_id, links=links_for(settings))
    await deliver_due(settings)
    (mail,) = mails_to(mail_sink, "seeker@example.kr")
    link = confirm_link(text_of(mail))

    # mail scanners and link previews open every link: opening it changes nothing
    for _ in range(2):
        opened = await client.get(link)  # not logged in: the link alone is enough
        assert opened.status_code == 200 and "이 면접에 참석하시나요?" in opened.text
    booking = await InterviewBooking.objects().first()
    assert booking is not None and booking.confirmed_at is None

    refused = await client.post(link, data={"_csrf": "not-the-token"})
    assert refused.status_code == 403
    booking = await InterviewBooking.objects().first()
    assert booking is not None and booking.confirmed_at is None

    response = await form_post(client, link, link, {}, follow_redirects=True)
    assert response.status_code == 200 and "참석 확인이 기업에 전달되었습니다" in response.text
    assert [r.status_code for r in response.history] == [303]  # the reload after it is a GET, not a second POST
    assert "이 면접에 참석하시나요?" not in response.text  # no second button
    booking = await InterviewBooking.objects().first()
    assert booking is not None and booking.confirmed_at is not None
    again = await client.post(link, data={"_csrf": csrf_of(opened.text)}, follow_redirects=True)  # a second click
    assert again.status_code == 200
    unchanged = await InterviewBooking.objects().first()
    assert unchanged is not None and unchanged.confirmed_at == booking.confirmed_at

    await login(client, "owner@example.kr")
    board = await client.get(f"/employer/postings/{company.posting_id}/interviews")
    assert "참석 확인됨" in board.text and "아직 확인 전" not in board.text


async def test_a_moved_interview_makes_the_old_link_stale(client: httpx.AsyncClient, settings: Settings) -> None:
    company = await make_company()
    seeker, application_id = await make_applicant(company)
    slot_id = await make_slot(company, in_days(3))
    links = links_for(settings)
    await slots.book_for(company.actor, slot_id, application_id=application_id, links=links)
    moved = SlotInput(starts_at=in_days(4).astimezone(SEOUL).strftime("%Y-%m-%dT%H:%M"), place="본사")
    await slots.move(company.actor, slot_id, moved, links=links)
    old, new = await seeker_payloads(seeker.id, "booking_confirmed", "interview_rescheduled")

    old_link, new_link = (str(p["confirm_url"]).removeprefix("http://testserver") for p in (old, new))
    stale = await client.get(old_link)
    assert stale.status_code == 410 and "가장 최근 메일의 링크" in stale.text
    assert 'name="_csrf"' not in stale.text  # nothing to confirm
    fresh = await client.get(new_link)
    assert fresh.status_code == 200
    clicked = await client.post(old_link, data={"_csrf": csrf_of(fresh.text)}, follow_redirects=True)  # even posted
    assert clicked.status_code == 410 and "가장 최근 메일의 링크" in clicked.text
    booking = await InterviewBooking.objects().first()
    assert booking is not None and booking.confirmed_at is None


async def test_expired_forged_and_cancelled_links_are_refused_clearly(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    company = await make_company()
    seeker, application_id = await make_applicant(company, locale="en", name="Alex Kim")
    slot_id = await make_slot(company, in_days(3))
    links = links_for(settings)
    await slots.book_for(company.actor, slot_id, application_id=application_id, links=links)
    booking = await InterviewBooking.objects().first()
    assert booking is not None

    past = datetime.now(UTC) - timedelta(minutes=1)
    expired = tokens.sign(settings.secret_key, booking_id=booking.id, sequence=0, expires_at=past)
    response = await client.get(f"/interviews/confirm/{expired}")
    assert response.status_code == 410 and "This link has expired" in response.text  # in the seeker's language
    page = await client.get("/login")  # a page with a form, for this session's token
    clicked = await client.post(
        f"/interviews/confirm/{expired}", data={"_csrf": csrf_of(page.text)}, follow_redirects=True
    )
    assert clicked.status_code == 410 and "This link has expired" in clicked.text

    valid = tokens.sign(settings.secret_key, booking_id=booking.id, sequence=0, expires_at=in_days(3))
    forged = valid.rsplit(".", 1)[0] + ".AAAA" + valid.rsplit(".", 1)[1][4:]
    other_key = tokens.sign("another-secret", booking_id=booking.id, sequence=0, expires_at=in_days(3))
    non_ascii = valid.rsplit(".", 1)[0] + ".%C3%A9"  # a signature no key makes; compare_digest refuses str of it
    for bad in (forged, other_key, "abc", "1.0.99999999999.x", non_ascii):
        refused = await client.get(f"/interviews/confirm/{bad}")
        assert refused.status_code == 404 and "올바르지 않은 링크" in refused.text, bad

    await bookings.cancel(seeker.id, booking.id, links=links)
    response = await client.get(f"/interviews/confirm/{valid}")
    assert response.status_code == 410 and "This interview was cancelled" in response.text
    after = await InterviewBooking.objects().first()
    assert after is not None and after.confirmed_at is None
