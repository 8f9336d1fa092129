"""Interview slots and bookings through the pages: offering times, inviting, booking, moving, cancelling."""

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from litestar import Litestar

from jobsfez.config import Settings
from jobsfez.db import fetch, fetchrow
from jobsfez.interviews import bookings, slots
from jobsfez.interviews.service import SlotInput, check_slot, local_input
from jobsfez.interviews.tables import InterviewBooking, InterviewInvitation, InterviewSlot
from jobsfez.notifications.tables import Notification
from tests.helpers import VALID_BRNS, csrf_of, form_post, login
from tests.interview_factories import (
    in_days,
    links_for,
    make_applicant,
    make_company,
    make_slot,
)


def board_of(company_posting: int) -> str:
    return f"/employer/postings/{company_posting}/interviews"


async def kinds() -> list[tuple[str, str, int, str]]:
    """(kind, channel, version, status) of every notification, in order."""
    rows = await fetch("SELECT kind, channel, version, status FROM notifications ORDER BY id")
    return [(r["kind"], r["channel"], r["version"], r["status"]) for r in rows]


async def test_the_company_offers_a_time_typed_in_korea_time(client: httpx.AsyncClient) -> None:
    company = await make_company()
    await login(client, "owner@example.kr")
    start = in_days(3, hour=14)
    response = await form_post(
        client,
        board_of(company.posting_id),
        f"{board_of(company.posting_id)}/slots",
        {
            "starts_at": local_input(start),
            "duration_minutes": "45",
            "place": "명지 본사 3층",
            "video_url": "",
            "interviewers": "박서연",
            "capacity": "2",
        },
    )
    assert response.status_code == 302
    slot = await InterviewSlot.objects().first()
    assert slot is not None
    assert slot.starts_at == start and slot.starts_at.astimezone(UTC).hour == 5  # 14:00 in Seoul is 05:00 UTC
    assert (slot.duration_minutes, slot.capacity, slot.booked) == (45, 2, 0)
    page = await client.get(response.headers["location"])
    assert "명지 본사 3층" in page.text and "2명 중 0명 예약" in page.text


@pytest.mark.parametrize(
    ("changes", "field_message"),
    [
        ({"starts_at": ""}, "면접 날짜와 시간을 입력"),
        ({"starts_at": "2020-01-01T10:00"}, "앞으로의 시간을"),
        ({"starts_at": "2099-01-01T10:00"}, "1년 안의 시간을"),
        ({"starts_at": "내일 오후"}, "면접 날짜와 시간을 입력"),
        # a time Korea reads but UTC cannot hold: year 1 in Seoul is the year before year 1 in UTC (was a 500)
        ({"starts_at": "0001-01-01T00:00"}, "면접 날짜와 시간을 입력"),
        ({"starts_at": "9999-12-31T23:59-12:00"}, "면접 날짜와 시간을 입력"),
        ({"duration_minutes": "5"}, "10분에서 480분"),
        ({"duration_minutes": "abc"}, "10분에서 480분"),
        ({"capacity": "0"}, "1명에서 50명"),
        ({"capacity": "51"}, "1명에서 50명"),
        ({"place": "", "video_url": ""}, "장소나 화상 면접 링크"),
        ({"video_url": "http://meet.example/abc"}, "https://로 시작"),
        ({"video_url": "javascript:alert(1)"}, "https://로 시작"),
        ({"place": "가" * 301}, "300자"),
    ],
)
async def test_a_bad_slot_is_explained_by_its_field_and_nothing_is_stored(
    client: httpx.AsyncClient, changes: dict[str, str], field_message: str
) -> None:
    company = await make_company()
    await login(client, "owner@example.kr")
    good = {
        "starts_at": local_input(in_days(2)),
        "duration_minutes": "30",
        "place": "명지 본사",
        "video_url": "https://meet.example/abc",
        "interviewers": "",
        "capacity": "1",
    }
    response = await form_post(
        client, board_of(company.posting_id), f"{board_of(company.posting_id)}/slots", {**good, **changes}
    )
    assert response.status_code == 400
    assert field_message in response.text
    assert 'class="error"' in response.text
    assert await InterviewSlot.count() == 0


async def test_a_seeker_sees_times_only_after_an_invitation_and_books_one(
    app: Litestar, client: httpx.AsyncClient, settings: Settings
) -> None:
    company = await make_company()
    _, application_id = await make_applicant(company)
    slot_id = await make_slot(company, in_days(3))
    await login(client, "seeker@example.kr")
    offer_page = f"/me/interviews/applications/{application_id}"
    assert (await client.get(offer_page)).status_code == 404  # not invited yet

    posting_id, sent = await slots.invite(company.actor, application_id, links=links_for(settings))
    again = await slots.invite(company.actor, application_id, links=links_for(settings))
    assert (posting_id, sent, again) == (company.posting_id, True, (company.posting_id, False))
    invitations = await Notification.objects().where(Notification.kind == "interview_invitation")
    assert sorted(n.channel for n in invitations) == ["email", "inbox"]  # the double submit wrote one of each
    assert invitations[0].payload and offer_page in str(invitations[0].payload)

    mine = await client.get("/me/interviews")
    assert "면접 시간을 예약해 주세요" in mine.text  # the invitation waits there
    response = await form_post(client, offer_page, f"{offer_page}/book", {"slot_id": str(slot_id)})
    assert response.status_code == 302
    booking = await InterviewBooking.objects().first()
    assert booking is not None and (booking.status, booking.sequence, booking.slot_id) == ("booked", 0, slot_id)
    slot = await InterviewSlot.objects().where(InterviewSlot.id == slot_id).first()
    assert slot is not None and slot.booked == 1
    written = await kinds()
    assert ("booking_confirmed", "email", 0, "pending") in written
    assert written.count(("interview_reminder", "email", 0, "pending")) == 2  # 24 h and 2 h before
    employer_told = await Notification.objects().where(
        (Notification.kind == "booking_confirmed") & (Notification.recipient_user_id == company.owner.id)
    )
    assert len(employer_told) == 2
    mine = await client.get(response.headers["location"])
    assert "CNC 선반 기능직" in mine.text and "예약되었습니다" in mine.text


async def test_a_full_time_is_refused_kindly_and_nothing_changes(client: httpx.AsyncClient, settings: Settings) -> None:
    company = await make_company()
    first, first_application = await make_applicant(company, "first@example.kr")
    _, application_id = await make_applicant(company, "second@example.kr")
    slot_id = await make_slot(company, in_days(3))
    for invited in (first_application, application_id):
        await slots.invite(company.actor, invited, links=links_for(settings))
    await bookings.book(first.id, first_application, slot_id=slot_id, links=links_for(settings))
    notifications_before = await Notification.count()
    await login(client, "second@example.kr")
    page = f"/me/interviews/applications/{application_id}"
    response = await form_post(client, page, f"{page}/book", {"slot_id": str(slot_id)})
    assert response.status_code == 409
    assert "방금 다른 분이 예약" in response.text
    assert await InterviewBooking.count() == 1
    assert await Notification.count() == notifications_before


@pytest.mark.parametrize("slot_id", ["", "abc", "-1", "99999999"])
async def test_booking_without_a_real_choice_is_explained(
    client: httpx.AsyncClient, settings: Settings, slot_id: str
) -> None:
    company = await make_company()
    _, application_id = await make_applicant(company)
    await make_slot(company, in_days(3))
    await slots.invite(company.actor, application_id, links=links_for(settings))
    await login(client, "seeker@example.kr")
    page = f"/me/interviews/applications/{application_id}"
    response = await form_post(client, page, f"{page}/book", {"slot_id": slot_id})
    assert response.status_code in (400, 409)
    assert "제시된 시간 중 하나를" in response.text or "더 이상 제공되지 않습니다" in response.text
    assert await InterviewBooking.count() == 0


async def test_one_active_booking_per_application(client: httpx.AsyncClient, settings: Settings) -> None:
    company = await make_company()
    _, application_id = await make_applicant(company)
    first = await make_slot(company, in_days(3))
    second = await make_slot(company, in_days(4))
    await slots.book_for(company.actor, first, application_id=application_id, links=links_for(settings))
    await login(client, "seeker@example.kr")
    page = f"/me/interviews/applications/{application_id}"
    response = await form_post(client, page, f"{page}/book", {"slot_id": str(second)})
    assert response.status_code == 409
    assert "이미 면접을 예약" in response.text
    assert await InterviewBooking.count() == 1


async def test_the_seeker_moves_the_same_booking_to_another_time(client: httpx.AsyncClient, settings: Settings) -> None:
    company = await make_company()
    seeker, application_id = await make_applicant(company)
    first = await make_slot(company, in_days(3))
    second = await make_slot(company, in_days(5))
    await slots.invite(company.actor, application_id, links=links_for(settings))
    booking_id = await bookings.book(seeker.id, application_id, slot_id=first, links=links_for(settings))
    await login(client, "seeker@example.kr")
    page = f"/me/interviews/applications/{application_id}"
    response = await form_post(client, page, f"/me/interviews/bookings/{booking_id}/move", {"slot_id": str(second)})
    assert response.status_code == 302
    booking = await InterviewBooking.objects().where(InterviewBooking.id == booking_id).first()
    assert booking is not None and (booking.slot_id, booking.sequence, booking.status) == (second, 1, "booked")
    assert await InterviewBooking.count() == 1
    counts = {r["id"]: r["booked"] for r in await fetch("SELECT id, booked FROM interview_slots")}
    assert counts == {first: 0, second: 1}
    written = await kinds()
    assert written.count(("interview_reminder", "email", 0, "cancelled")) == 2
    assert written.count(("interview_reminder", "email", 1, "pending")) == 2
    assert ("interview_rescheduled", "email", 1, "pending") in written


async def test_the_seeker_cancels_and_the_place_is_free_again(client: httpx.AsyncClient, settings: Settings) -> None:
    company = await make_company()
    _, application_id = await make_applicant(company)
    slot_id = await make_slot(company, in_days(3))
    posting_id = await slots.book_for(company.actor, slot_id, application_id=application_id, links=links_for(settings))
    booking = await InterviewBooking.objects().first()
    assert booking is not None and posting_id == company.posting_id
    await login(client, "seeker@example.kr")
    response = await form_post(client, "/me/interviews", f"/me/interviews/bookings/{booking.id}/cancel", {})
    assert response.status_code == 302
    cancelled = await InterviewBooking.objects().first()
    assert cancelled is not None and (cancelled.status, cancelled.sequence) == ("cancelled", 1)
    slot = await InterviewSlot.objects().first()
    assert slot is not None and slot.booked == 0
    written = await kinds()
    assert not [w for w in written if w[0] == "interview_reminder" and w[3] == "pending"]
    assert ("interview_cancelled", "email", 1, "pending") in written
    employer_told = await Notification.objects().where(
        (Notification.kind == "interview_cancelled") & (Notification.recipient_user_id == company.owner.id)
    )
    assert len(employer_told) == 2


async def test_the_company_moves_a_time_and_every_booking_gets_a_new_version(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    company = await make_company()
    slot_id = await make_slot(company, in_days(3), capacity=2)
    for address in ("a@example.kr", "b@example.kr"):
        _, application_id = await make_applicant(company, address)
        await slots.book_for(company.actor, slot_id, application_id=application_id, links=links_for(settings))
    await fetch("UPDATE interview_bookings SET confirmed_at = now()")
    await login(client, "owner@example.kr")
    page = f"/employer/interviews/slots/{slot_id}/move"
    new_start = in_days(4, hour=15)
    response = await form_post(
        client,
        page,
        page,
        {"starts_at": local_input(new_start), "duration_minutes": "30", "place": "2층 회의실", "video_url": ""},
    )
    assert response.status_code == 302
    rows = await fetch("SELECT sequence, confirmed_at, status FROM interview_bookings ORDER BY id")
    assert [(r["sequence"], r["confirmed_at"], r["status"]) for r in rows] == [(1, None, "booked")] * 2
    written = await kinds()
    assert written.count(("interview_rescheduled", "email", 1, "pending")) == 2
    assert written.count(("interview_reminder", "email", 0, "cancelled")) == 4
    assert written.count(("interview_reminder", "email", 1, "pending")) == 4
    slot = await InterviewSlot.objects().first()
    assert slot is not None and slot.starts_at == new_start and slot.place == "2층 회의실"


async def test_a_move_with_bad_input_changes_nothing(client: httpx.AsyncClient, settings: Settings) -> None:
    company = await make_company()
    slot_id = await make_slot(company, in_days(3))
    await login(client, "owner@example.kr")
    page = f"/employer/interviews/slots/{slot_id}/move"
    response = await form_post(
        client, page, page, {"starts_at": "2020-05-05T10:00", "duration_minutes": "30", "place": "x"}
    )
    assert response.status_code == 400 and "앞으로의 시간을" in response.text
    slot = await InterviewSlot.objects().first()
    assert slot is not None and slot.place == "명지 본사 3층 회의실"


async def test_the_company_cancels_a_time_and_its_bookings(client: httpx.AsyncClient, settings: Settings) -> None:
    company = await make_company()
    _, application_id = await make_applicant(company)
    slot_id = await make_slot(company, in_days(3))
    await slots.book_for(company.actor, slot_id, application_id=application_id, links=links_for(settings))
    await login(client, "owner@example.kr")
    board = board_of(company.posting_id)
    response = await form_post(client, board, f"/employer/interviews/slots/{slot_id}/cancel", {})
    assert response.status_code == 302
    booking = await InterviewBooking.objects().first()
    slot = await InterviewSlot.objects().first()
    assert booking is not None and (booking.status, booking.sequence) == ("cancelled", 1)
    assert slot is not None and (slot.status, slot.booked) == ("cancelled", 0)
    written = await kinds()
    assert ("interview_cancelled", "email", 1, "pending") in written
    assert not [w for w in written if w[0] == "interview_reminder" and w[3] == "pending"]
    page = await client.get(response.headers["location"])
    assert "취소됨" in page.text


async def test_the_company_books_for_an_applicant_of_that_posting_only(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    company = await make_company()
    _, application_id = await make_applicant(company)
    withdrawn_seeker, _ = await make_applicant(company, "gone@example.kr")
    await fetch("UPDATE applications SET stage = 'withdrawn' WHERE seeker_user_id = $1", withdrawn_seeker.id)
    withdrawn = await fetchrow("SELECT id FROM applications WHERE seeker_user_id = $1", withdrawn_seeker.id)
    assert withdrawn is not None
    slot_id = await make_slot(company, in_days(3), capacity=3)
    await login(client, "owner@example.kr")
    board = board_of(company.posting_id)
    action = f"/employer/interviews/slots/{slot_id}/book"
    refused = await form_post(client, board, action, {"application_id": str(withdrawn["id"])})
    assert refused.status_code == 409 and "지원이 종료" in refused.text
    missing = await form_post(client, board, action, {"application_id": ""})
    assert missing.status_code == 400 and "지원자를 골라" in missing.text
    assert await InterviewBooking.count() == 0
    response = await form_post(client, board, action, {"application_id": str(application_id)})
    assert response.status_code == 302
    page = await client.get(board)
    assert "김민준" in page.text and "아직 확인 전" in page.text


async def test_a_seeker_cannot_touch_someone_elses_booking(client: httpx.AsyncClient, settings: Settings) -> None:
    company = await make_company()
    _, application_id = await make_applicant(company)
    await make_applicant(company, "other@example.kr")
    slot_id = await make_slot(company, in_days(3))
    await slots.book_for(company.actor, slot_id, application_id=application_id, links=links_for(settings))
    booking = await InterviewBooking.objects().first()
    assert booking is not None
    await login(client, "other@example.kr")
    token = csrf_of((await client.get("/me/interviews")).text)
    for action in (f"/me/interviews/bookings/{booking.id}/cancel", f"/me/interviews/bookings/{booking.id}/move"):
        response = await client.post(action, data={"_csrf": token, "slot_id": str(slot_id)})
        assert response.status_code == 404
    assert (await client.get(f"/me/interviews/applications/{application_id}")).status_code == 404
    unchanged = await InterviewBooking.objects().first()
    assert unchanged is not None and unchanged.status == "booked"


async def test_another_company_sees_nothing_of_these_interviews(client: httpx.AsyncClient, settings: Settings) -> None:
    company = await make_company()
    _, application_id = await make_applicant(company)
    slot_id = await make_slot(company, in_days(3))
    await slots.invite(company.actor, application_id, links=links_for(settings))
    other = await make_company("b@b.kr", brn=VALID_BRNS[1], name_ko="비회사", name_en="B Co")
    await login(client, "b@b.kr")
    page = await client.get(board_of(other.posting_id))
    assert page.status_code == 200 and "김민준" not in page.text
    assert (await client.get(board_of(company.posting_id))).status_code == 404
    assert await InterviewInvitation.count() == 1
    assert (await slots.board(other.actor, other.posting_id)).candidates == []
    assert slot_id not in [s.id for s in (await slots.board(other.actor, other.posting_id)).upcoming]


async def test_the_interview_page_is_for_company_members(client: httpx.AsyncClient) -> None:
    company = await make_company()
    await make_applicant(company)
    await login(client, "seeker@example.kr")
    assert (await client.get(board_of(company.posting_id))).status_code == 403


def test_a_slot_input_in_korea_time_crosses_the_date_line() -> None:
    now = datetime(2026, 11, 20, tzinfo=UTC)
    clean = check_slot(SlotInput(starts_at="2026-12-01T00:30", place="본사"), now=now)
    assert clean.starts_at == datetime(2026, 11, 30, 15, 30, tzinfo=UTC)
    assert clean.starts_at - now > timedelta(days=10)


async def test_a_closed_application_loses_its_upcoming_interview(app: Litestar, db: None, settings: Settings) -> None:
    company = await make_company()
    seeker, application_id = await make_applicant(company)
    slot_id = await make_slot(company, in_days(3))
    links = links_for(settings)
    await slots.book_for(company.actor, slot_id, application_id=application_id, links=links)
    assert await bookings.cancel_for_application(application_id, by_user_id=seeker.id, links=links) is True
    assert await bookings.cancel_for_application(application_id, by_user_id=seeker.id, links=links) is False
    booking = await InterviewBooking.objects().first()
    slot = await InterviewSlot.objects().first()
    assert booking is not None and (booking.status, booking.sequence) == ("cancelled", 1)
    assert slot is not None and slot.booked == 0
    assert ("interview_cancelled", "email", 1, "pending") in await kinds()


async def test_moving_into_a_full_time_is_refused_and_the_booking_stays(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    company = await make_company()
    links = links_for(settings)
    _, mover_application = await make_applicant(company, "mover@example.kr")
    _, other_application = await make_applicant(company, "other@example.kr")
    mine, full = await make_slot(company, in_days(3)), await make_slot(company, in_days(4))
    await slots.book_for(company.actor, mine, application_id=mover_application, links=links)
    await slots.book_for(company.actor, full, application_id=other_application, links=links)
    booking = await InterviewBooking.objects().where(InterviewBooking.application_id == mover_application).first()
    assert booking is not None
    before = await Notification.count()
    await login(client, "mover@example.kr")
    page = f"/me/interviews/applications/{mover_application}"
    response = await form_post(client, page, f"/me/interviews/bookings/{booking.id}/move", {"slot_id": str(full)})
    assert response.status_code == 409 and "방금 다른 분이 예약" in response.text
    after = await InterviewBooking.objects().where(InterviewBooking.id == booking.id).first()
    assert after is not None and (after.slot_id, after.sequence) == (mine, 0)
    counts = {r["id"]: r["booked"] for r in await fetch("SELECT id, booked FROM interview_slots")}
    assert counts == {mine: 1, full: 1}
    assert await Notification.count() == before


async def test_the_slot_list_is_an_htmx_fragment(client: httpx.AsyncClient) -> None:
    company = await make_company()
    await make_slot(company, in_days(3))
    await login(client, "owner@example.kr")
    response = await client.get(f"{board_of(company.posting_id)}/slots", headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<section class="card" id="slots">') and "<html" not in response.text
    assert "명지 본사 3층 회의실" in response.text
