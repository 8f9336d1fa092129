"""The employer's everyday way through a posting's people: tabs and counts, the application page, the board."""

import re

import httpx
from litestar import Litestar

from jobsfez.applications import service as applications
from jobsfez.applications.tables import Application, ApplicationNote, ApplyInvitation
from jobsfez.employers.service import Actor
from jobsfez.employers.tables import EmployerInvitation
from jobsfez.interviews import slots
from jobsfez.interviews.service import Links, local_input
from jobsfez.interviews.tables import InterviewBooking, InterviewSlot
from jobsfez.notifications.tables import Notification
from tests.helpers import PASSWORD, VALID_BRNS, csrf_of, login, make_employer, make_posting, make_seeker
from tests.interview_factories import (
    deliver_due,
    in_days,
    make_applicant,
    make_booked_interview,
    make_company,
    make_slot,
)

LINKS = Links("http://testserver", "secret", "test.testserver")


def _owner(user_id: int, employer_id: int) -> Actor:
    return Actor(user_id=user_id, employer_id=employer_id, role="owner", approved=True)


async def _applied(posting_id: int, email: str, name: str = "김민준") -> int:
    seeker = await make_seeker(email, name)
    return await applications.apply(seeker.id, posting_id=posting_id, message="", include_resume=False, base_url="")


async def test_a_posting_leads_to_its_applicants_candidates_and_interviews_with_counts(
    client: httpx.AsyncClient,
) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id, title="CNC 선반 기능직")
    first = await _applied(posting_id, "a@example.kr")
    await _applied(posting_id, "b@example.kr", "이서연")
    await applications.move(_owner(owner.id, employer_id), first, to_stage="interview", links=LINKS)
    await make_booked_interview(employer_id, owner.id, posting_id, first)
    # another company's applicants are not counted anywhere on this company's pages
    other, other_id = await make_employer(email="other@b.kr", brn=VALID_BRNS[2], name_ko="다른회사", name_en="Other")
    other_posting = await make_posting(other_id, other.id, title="다른 회사 공고")
    await _applied(other_posting, "c@example.kr")

    await login(client, "owner@example.kr")
    page = (await client.get(f"/employer/postings/{posting_id}")).text
    for href in ("applicants", "candidates", "interviews"):
        assert f'href="/employer/postings/{posting_id}/{href}"' in page
    tabs = page[page.index('class="tabs posting-tabs"') :]
    assert re.search(r"지원자\s*<span class=\"badge\">2</span>", tabs)
    assert "1명 신규" in tabs
    assert re.search(r"면접\s*<span class=\"badge\">1</span>", tabs)

    listing = (await client.get("/employer/postings")).text
    assert f'href="/employer/postings/{posting_id}/applicants"' in listing
    assert "다른 회사 공고" not in listing
    dashboard = (await client.get("/employer")).text
    assert f'href="/employer/postings/{posting_id}/applicants">지원자 2</a>' in dashboard
    assert f'href="/employer/postings/{posting_id}/interviews">면접 1</a>' in dashboard
    board = (await client.get(f"/employer/postings/{posting_id}/applicants")).text
    assert f'href="/employer/postings/{posting_id}/interviews"' in board


PROFILE = {
    "skill_text": ["CNC선반", "도면 보는 법"],
    "skill_level": ["3", ""],
    "skill_years": ["2", ""],
    "qualifications": "용접기능사",
    "school": "부산기계공업고등학교",
    "major": "기계과",
    "districts": ["myeongji"],
    "employment_types": ["full_time"],
    "birth_year": "2003",
    "phone": "010-2222-3333",
}


async def test_the_application_page_shows_the_person_their_match_and_the_actions(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id, title="CNC 선반 기능직")
    seeker = await make_seeker("seeker@example.kr")
    await login(client, "seeker@example.kr")
    token = csrf_of((await client.get("/me")).text)
    assert (await client.post("/me", data={**PROFILE, "_csrf": token})).status_code == 200
    await client.post(f"/jobs/{posting_id}/apply", data={"message": "야간 근무도 가능합니다.", "_csrf": token})
    [application_id] = [a.id for a in await applications.for_seeker(seeker.id)]
    client.cookies.clear()
    await login(client, "owner@example.kr")

    page = (await client.get(f"/employer/applications/{application_id}")).text
    assert "지원서 #" not in page
    assert "김민준" in page and "seeker@example.kr" in page and "010-2222-3333" in page
    assert "부산기계공업고등학교" in page and "기계과" in page
    assert "CNC선반" in page and "수준 3/5" in page  # the skill as the seeker wrote it, with its level
    assert "점수의 이유" in page and "도면 해독" in page  # the explanation the board and candidates show
    assert "야간 근무도 가능합니다." in page
    assert f'action="/employer/applications/{application_id}/stage"' in page
    assert f'action="/employer/interviews/applications/{application_id}/invite"' in page
    assert f'action="/employer/applications/{application_id}/notes"' in page
    assert "지원함" in page  # the history

    moved = await client.post(
        f"/employer/applications/{application_id}/stage", data={"stage": "screening", "_csrf": csrf_of(page)}
    )
    assert moved.status_code == 302
    assert moved.headers["location"] == f"/employer/applications/{application_id}?moved=true"
    again = (await client.get(moved.headers["location"])).text
    assert "서류 검토 단계로 옮겼습니다." in again


async def test_a_moved_card_leaves_its_column_and_the_counts_follow(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id)
    first = await _applied(posting_id, "a@example.kr")
    await _applied(posting_id, "b@example.kr", "이서연")
    await login(client, "owner@example.kr")
    board = (await client.get(f"/employer/postings/{posting_id}/applicants")).text
    assert 'id="cards-applied"' in board and 'id="count-applied">2<' in board

    response = await client.post(
        f"/employer/applications/{first}/stage",
        data={"stage": "screening", "_csrf": csrf_of(board)},
        headers={"hx-request": "true"},
    )
    assert response.status_code == 200
    fragment = response.text
    # the main swap replaces the old card with nothing; the card comes back at the end of its new column
    before_oob = fragment[: fragment.index("<div data-hx-swap-oob")]
    assert f'id="applicant-{first}"' not in re.sub(r"\{#.*?#\}", "", before_oob, flags=re.S)
    assert 'hx-swap-oob="beforeend:#cards-screening"' in fragment
    assert f'id="applicant-{first}"' in fragment
    assert re.search(r'<small id="count-applied" data-hx-swap-oob="true">1</small>', fragment)
    assert re.search(r'<small id="count-screening" data-hx-swap-oob="true">1</small>', fragment)


async def _findable(client: httpx.AsyncClient, email: str, name: str) -> int:
    seeker = await make_seeker(email, name)
    await login(client, email)
    token = csrf_of((await client.get("/me")).text)
    await client.post("/me", data={**PROFILE, "phone": "010-9999-0000", "findable": "on", "_csrf": token})
    client.cookies.clear()
    return seeker.id


async def test_candidates_leave_out_applicants_and_can_be_invited_to_apply_once(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id, title="CNC 선반 기능직")
    applied = await _findable(client, "applied@example.kr", "지원한사람")
    await applications.apply(applied, posting_id=posting_id, message="", include_resume=False, base_url="")
    waiting = await _findable(client, "waiting@example.kr", "기다리는사람")
    await login(client, "owner@example.kr")

    page = (await client.get(f"/employer/postings/{posting_id}/candidates")).text
    assert "기다리는사람" in page and "지원한사람" not in page
    assert "waiting@example.kr" not in page and "010-9999-0000" not in page
    url = f"/employer/postings/{posting_id}/candidates/{waiting}/invite"
    assert f'hx-post="{url}"' in page

    sent = await client.post(url, data={"_csrf": csrf_of(page)}, headers={"hx-request": "true"})
    assert sent.status_code == 200 and "<html" not in sent.text
    assert "지원 요청을 보냈습니다" in sent.text and "waiting@example.kr" not in sent.text
    told = await Notification.objects().where(Notification.kind == "invited_to_apply")
    assert {n.channel for n in told} == {"email", "inbox"} and {n.recipient_user_id for n in told} == {waiting}

    again = await client.post(url, data={"_csrf": csrf_of(page)}, headers={"hx-request": "true"})
    assert again.status_code == 409
    assert "이미 이 공고에 지원을 요청한 사람입니다." in again.text
    assert await Notification.count().where(Notification.kind == "invited_to_apply") == 2
    assert "지원 요청함" in (await client.get(f"/employer/postings/{posting_id}/candidates")).text

    # someone who applied, or another company's posting, cannot be invited
    to_applicant = await client.post(
        f"/employer/postings/{posting_id}/candidates/{applied}/invite", data={"_csrf": csrf_of(page)}
    )
    assert to_applicant.status_code == 409
    other, other_id = await make_employer(email="other@b.kr", brn=VALID_BRNS[2], name_ko="다른회사", name_en="Other")
    other_posting = await make_posting(other_id, other.id)
    stolen = await client.post(
        f"/employer/postings/{other_posting}/candidates/{waiting}/invite", data={"_csrf": csrf_of(page)}
    )
    assert stolen.status_code == 404
    assert await Notification.count().where(Notification.kind == "invited_to_apply") == 2


async def test_the_invitation_to_apply_reads_well_in_both_languages() -> None:
    from jobsfez.notifications.messages import render

    payload = {
        "title": "CNC 선반",
        "company_ko": "명지정밀",
        "company_en": "Myeongji Precision",
        "url": "http://x/jobs/1",
    }
    korean = render("invited_to_apply", "ko", payload, base_url="http://x")
    english = render("invited_to_apply", "en", payload, base_url="http://x")
    assert "명지정밀" in korean.subject and "CNC 선반" in korean.subject
    assert "Myeongji Precision invites you to apply" in english.subject
    assert "http://x/jobs/1" in english.text


async def test_forms_show_their_errors_in_place_with_or_without_htmx(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id)
    application_id = await _applied(posting_id, "a@example.kr")
    await login(client, "owner@example.kr")
    token = csrf_of((await client.get("/employer")).text)
    htmx = {"hx-request": "true"}

    for headers in (htmx, {}):
        invite = await client.post(
            "/employer/invitations",
            data={"email": "not-an-email", "role": "recruiter", "_csrf": token},
            headers=headers,
        )
        assert invite.status_code == 400
        assert 'id="e-email"' in invite.text and 'value="not-an-email"' in invite.text
        # a plain submit (before htmx loaded) gets the form inside a whole page, not a bare fragment
        assert ("<html" in invite.text) == (headers == {})
        hook = await client.post(
            "/employer/webhook", data={"webhook_url": "http://localhost/x", "_csrf": token}, headers=headers
        )
        assert hook.status_code == 400 and "https://" in hook.text and 'class="error"' in hook.text
        note = await client.post(
            f"/employer/applications/{application_id}/notes", data={"body": "  ", "_csrf": token}, headers=headers
        )
        assert note.status_code == 400 and "메모 내용을 적어 주세요." in note.text
        assert ("<html" in note.text) == (headers == {})
    assert await EmployerInvitation.count() == 0 and await ApplicationNote.count() == 0


async def test_hiring_leaves_the_interview_booked_and_asks_the_company(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id)
    application_id = await _applied(posting_id, "a@example.kr")
    actor = _owner(owner.id, employer_id)
    for stage in ("interview", "offer"):
        await applications.move(actor, application_id, to_stage=stage, links=LINKS)
    _, booking_id = await make_booked_interview(employer_id, owner.id, posting_id, application_id)

    await applications.move(actor, application_id, to_stage="hired", links=LINKS)
    booking = await InterviewBooking.objects().where(InterviewBooking.id == booking_id).first()
    assert booking is not None and booking.status == "booked"
    assert await Notification.count().where(Notification.kind == "interview_cancelled") == 0
    await login(client, "owner@example.kr")
    page = (await client.get(f"/employer/applications/{application_id}")).text
    assert "예약된 면접이 아직 남아 있습니다" in page
    assert f'action="/employer/interviews/bookings/{booking_id}/cancel"' in page


async def test_rejecting_still_cancels_the_interview_ahead(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id)
    application_id = await _applied(posting_id, "a@example.kr")
    actor = _owner(owner.id, employer_id)
    await applications.move(actor, application_id, to_stage="interview", links=LINKS)
    _, booking_id = await make_booked_interview(employer_id, owner.id, posting_id, application_id)
    await applications.move(actor, application_id, to_stage="rejected", links=LINKS)
    booking = await InterviewBooking.objects().where(InterviewBooking.id == booking_id).first()
    assert booking is not None and booking.status == "cancelled"


async def test_erasing_a_hired_seeker_keeps_an_anonymous_record_and_tells_the_company(
    app: Litestar, client: httpx.AsyncClient
) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id, title="CNC 선반 기능직")
    other, other_id = await make_employer(email="other@b.kr", brn=VALID_BRNS[2], name_ko="다른회사", name_en="Other")
    other_posting = await make_posting(other_id, other.id)
    seeker = await make_seeker("erase-me@example.kr", "삭제될사람")
    hired = await applications.apply(
        seeker.id, posting_id=posting_id, message="저를 뽑아 주세요", include_resume=False, base_url=""
    )
    pending = await applications.apply(
        seeker.id, posting_id=other_posting, message="", include_resume=False, base_url=""
    )
    actor = _owner(owner.id, employer_id)
    for stage in ("interview", "offer", "hired"):
        await applications.move(actor, hired, to_stage=stage, links=LINKS)
    await applications.add_note(actor, hired, body="3월 2일 첫 출근")

    await login(client, "erase-me@example.kr")
    page = await client.get("/me/delete")
    response = await client.post("/me/delete", data={"password": PASSWORD, "_csrf": csrf_of(page.text)})
    assert response.status_code == 302

    kept = await Application.objects().where(Application.id == hired).first()
    assert kept is not None and kept.seeker_user_id is None and kept.stage == "hired" and kept.message == ""
    assert not await Application.exists().where(Application.id == pending)  # the rest goes with the account
    told = await Notification.objects().where(Notification.kind == "hire_erased")
    assert [(n.channel, n.recipient_user_id) for n in told] == [("inbox", owner.id)]
    assert "삭제될사람" not in str(told[0].payload)

    client.cookies.clear()
    await login(client, "owner@example.kr")
    board = (await client.get(f"/employer/postings/{posting_id}/applicants")).text
    assert "삭제된 지원자" in board and "삭제될사람" not in board and "erase-me@example.kr" not in board
    detail = await client.get(f"/employer/applications/{hired}")
    assert detail.status_code == 200
    assert "삭제된 지원자" in detail.text and "3월 2일 첫 출근" in detail.text and "저를 뽑아 주세요" not in detail.text
    await deliver_due(app.state.resources.settings)
    inbox = (await client.get("/inbox")).text
    assert "채용한 지원자가 계정을 삭제했습니다" in inbox and f"/inbox/{told[0].id}/open" in inbox
    opened = await client.post(f"/inbox/{told[0].id}/open", data={"_csrf": csrf_of(inbox)})
    assert opened.status_code == 303 and opened.headers["location"].endswith(f"/employer/applications/{hired}")


async def test_one_interviewer_cannot_be_in_two_overlapping_times(client: httpx.AsyncClient) -> None:
    company = await make_company()
    await make_slot(company, in_days(3, hour=10), minutes=60)  # 박서연 팀장, 10:00-11:00
    await login(client, "owner@example.kr")
    board = await client.get(f"/employer/postings/{company.posting_id}/interviews")
    url = f"/employer/postings/{company.posting_id}/interviews/slots"
    form = {
        "starts_at": local_input(in_days(3, hour=10, minute=30)),
        "duration_minutes": "30",
        "place": "본사 2층",
        "interviewers": "김도윤, 박서연  팀장",
        "capacity": "1",
        "_csrf": csrf_of(board.text),
    }
    refused = await client.post(url, data=form)
    assert refused.status_code == 400
    assert "박서연 팀장 님은 이미" in refused.text and "10:00" in refused.text and "11:00" in refused.text
    assert await InterviewSlot.count() == 1
    # another interviewer at the same time, or the same one once the first ends, is fine
    assert (await client.post(url, data={**form, "interviewers": "김도윤"})).status_code == 302
    later = {**form, "starts_at": local_input(in_days(3, hour=11))}
    assert (await client.post(url, data=later)).status_code == 302
    assert await InterviewSlot.count() == 3
    # moving a time onto the interviewer's other interview is refused too; moving it within itself is not
    [last] = await InterviewSlot.objects().where(InterviewSlot.starts_at == in_days(3, hour=11))
    moved = await client.post(
        f"/employer/interviews/slots/{last.id}/move", data={**later, "starts_at": local_input(in_days(3, hour=10))}
    )
    assert moved.status_code == 400 and "박서연 팀장 님은 이미" in moved.text
    nudged = {**later, "starts_at": local_input(in_days(3, hour=11, minute=10))}
    assert (await client.post(f"/employer/interviews/slots/{last.id}/move", data=nudged)).status_code == 302


async def test_the_booking_page_puts_each_radio_button_in_its_label(client: httpx.AsyncClient) -> None:
    company = await make_company()
    _, application_id = await make_applicant(company)
    await make_slot(company, in_days(3))
    await slots.invite(company.actor, application_id, links=LINKS)
    await login(client, "seeker@example.kr")
    page = (await client.get(f"/me/interviews/applications/{application_id}")).text
    assert re.search(r'<label class="slot-choice">\s*<input type="radio"', page)
    css = (await client.get("/static/app.css")).text
    assert "input[type=radio], input[type=checkbox] { width:auto; }" in css


async def test_an_invitation_to_apply_needs_the_csrf_token_and_an_approved_company(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer(approved=False)
    posting_id = await make_posting(employer_id, owner.id)
    waiting = await _findable(client, "waiting@example.kr", "기다리는사람")
    await login(client, "owner@example.kr")
    url = f"/employer/postings/{posting_id}/candidates/{waiting}/invite"
    assert (await client.post(url, data={})).status_code == 403
    token = csrf_of((await client.get("/employer")).text)
    refused = await client.post(url, data={"_csrf": token}, headers={"hx-request": "true"})
    assert refused.status_code == 403 and "운영팀이 회사를 승인하면" in refused.text
    assert (
        await ApplyInvitation.count() == 0
        and await Notification.count().where(Notification.kind == "invited_to_apply") == 0
    )
