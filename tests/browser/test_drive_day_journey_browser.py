"""The whole drive day in Chromium, one step after the other: the lead publishes the built timetable, the itinerary
reaches a participant by e-mail with its calendar and check-in code, staff check two people in by their codes, a
third cancels an interview, its time is offered to one who is there and accepted on their itinerary (in English),
and the company records an outcome at its booth."""

from datetime import UTC, datetime

from icalendar import Calendar
from playwright.async_api import Page, expect

from jobsfez.accounts import service as accounts
from jobsfez.config import Settings
from jobsfez.db import fetch, fetchrow
from jobsfez.dev.mailsink import MailSink
from jobsfez.drives import backfill, checkin, itineraries
from tests.browser.test_drive_participants_browser import log_in
from tests.browser.test_postings_browser import watch
from tests.drive_day_factories import add_interview, add_participant, at, make_drive_day, publish_timetable
from tests.helpers import PASSWORD
from tests.integration.test_drive_outcomes_service import consent
from tests.interview_factories import deliver_due, links_for, mails_to, text_of
from tests.timetable_factories import mark
from tests.web.test_drive_outcomes import begun, joined, outcome_of


async def test_the_drive_day_from_publishing_to_an_outcome(
    page: Page, site: str, settings: Settings, mail_sink: MailSink
) -> None:
    problems: list[str] = []
    watch(page, problems)
    day = await make_drive_day(published=False)
    await publish_timetable(day.drive_id, status="draft")  # built, as the page's build leaves it
    # C: a third seeker, with the robotics interview at 11:20 that they will give up
    seojun = await accounts.create_user(
        email="seojun@example.kr", password=PASSWORD, role="seeker", display_name="이서준", locale="ko"
    )
    seojun_id = await add_participant(
        day.drive_id, day.centre_id, name="이서준", email="seojun@example.kr", user_id=seojun.id
    )
    freed = await add_interview(day.drive_id, seojun_id, day.companies["robotics"], at(11, 20), booth="B-2")
    await mark(day.drive_id, day.people["emma"], day.companies["robotics"], "participant")  # Emma would like it

    # the lead publishes the timetable on its page
    await log_in(page, site, "manager@centre.kr")
    await page.goto(f"{site}/centre/drives/{day.drive_id}/timetable")
    await page.get_by_label("지금 모든 참가자와 기업에 시간표 보내기").check()
    await page.get_by_role("button", name="시간표 공개").click()
    await expect(page.locator("h1 .badge")).to_have_text("게시 중")

    # the page enqueues the itinerary job; no worker runs beside the test server, so its steps run here
    await itineraries.notify_published(day.drive_id, links=links_for(settings))
    await deliver_due(settings)
    [mail] = mails_to(mail_sink, "minjun@example.kr")
    minjun_code = checkin.code(settings.secret_key, day.drive_id, day.people["minjun"])
    assert minjun_code in text_of(mail)
    [attachment] = [part for part in mail.iter_attachments() if part.get_content_type() == "text/calendar"]
    content = attachment.get_content()
    calendar = Calendar.from_ical(content.decode() if isinstance(content, bytes) else content)
    # an itinerary is sent as invitations (METHOD:REQUEST, which tests/web/test_drive_itineraries.py pins), so that
    # a later change updates the same events by UID and SEQUENCE
    assert str(calendar["METHOD"]) == "REQUEST"
    uid = await fetchrow(
        "SELECT uid::text AS uid FROM drive_interviews WHERE id = $1", day.interviews["minjun-precision"]
    )
    assert uid is not None and uid["uid"] in {str(event["UID"]) for event in calendar.walk("VEVENT")}

    # A's itinerary page carries the same code as a QR
    await page.context.clear_cookies()
    await log_in(page, site, "minjun@example.kr")
    await page.goto(f"{site}/me/drives/{day.drive_id}/itinerary")
    await expect(page.locator(".qr svg")).to_be_visible()
    assert (await page.locator(".code code").inner_text()).strip() == minjun_code

    # staff check A and B in by typing their codes, as a scanner would
    await page.context.clear_cookies()
    await log_in(page, site, "manager@centre.kr")
    await page.goto(f"{site}/centre/drives/{day.drive_id}/checkin")
    box = page.get_by_label("체크인 코드를 스캔하거나 입력하세요")
    await box.type(minjun_code + "\n")
    await expect(page.get_by_text("김민준 님, 환영합니다!")).to_be_visible()
    await box.type(checkin.code(settings.secret_key, day.drive_id, day.people["emma"]) + "\n")
    await expect(page.get_by_text("Emma Park 님, 환영합니다!")).to_be_visible()

    # C cancels their robotics interview from their itinerary
    await page.context.clear_cookies()
    await log_in(page, site, "seojun@example.kr")
    await page.goto(f"{site}/me/drives/{day.drive_id}/itinerary")
    await page.get_by_role("button", name="부산로봇 면접 취소").click()
    await expect(page.get_by_role("button", name="부산로봇 면접 취소")).to_have_count(0)
    assert await fetch("SELECT status FROM drive_interviews WHERE id = $1", freed) == [{"status": "cancelled"}]

    # the worker's minute step offers the freed time: 민준 already meets the company and 하늘 is not here, so Emma
    assert await backfill.offer_freed(datetime.now(UTC), links=links_for(settings)) == 1
    await page.context.clear_cookies()
    await log_in(page, site, "emma@example.kr")
    await page.goto(f"{site}/me/drives/{day.drive_id}/itinerary")
    # the language switch, not ?lang=en: its cookie keeps the page English after the accept's redirect
    await page.get_by_role("button", name="English").click()
    await page.get_by_role("button", name="Accept this interview").click()
    await expect(page.get_by_text("It is yours: the interview is on your itinerary")).to_be_visible()
    await expect(page.get_by_role("cell", name="Busan Robotics")).to_be_visible()

    # the company records an outcome at its booth once 민준's interview has begun
    await joined(day)
    await consent(day, "minjun")
    interview = day.interviews["minjun-precision"]
    await begun(interview)
    await page.context.clear_cookies()  # the language cookie too: the company's page is in Korean
    await log_in(page, site, "owner@precision.kr")
    await page.goto(f"{site}/employer/drives/{day.drive_id}")
    row = page.locator(f"#interview-{interview}")
    await row.get_by_label("결과").select_option(label="면접 완료")
    await row.get_by_role("button", name="저장").click()
    await expect(row.get_by_text("저장했습니다")).to_be_visible()
    assert await outcome_of(interview) == "interviewed"
    assert problems == []
