"""The pages of a drive's companies: the employers' part of the centre's dashboard (invitations, requests, email
invitations), a company's drives and its page for a drive, the public page's employers and "ask to join", and a
company registering by a drive's email invitation; bad input on every form, and CSRF."""

from __future__ import annotations

import re

import httpx
import pytest

from jobsfez.accounts.tables import User
from jobsfez.drives import company
from jobsfez.drives import employers as drive_employers
from jobsfez.drives.tables import DriveEmployer, DriveEmployerInvitation, DriveHistory, DriveInterviewer, DrivePosting
from jobsfez.notifications import messages
from jobsfez.notifications.tables import Notification
from tests.drive_factories import actor_of, make_drive
from tests.employer_factories import company_actor, join_drive
from tests.helpers import VALID_BRNS, csrf_of, login, make_centre, make_employer, make_posting

HTMX = {"hx-request": "true"}


async def statuses() -> dict[int, str]:
    return {row["employer_id"]: row["status"] for row in await DriveEmployer.select()}


async def test_the_lead_finds_a_company_invites_it_and_sees_it_join(client: httpx.AsyncClient) -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)
    owner, employer_id = await make_employer()
    await make_employer("b@b.kr", VALID_BRNS[1], name_ko="부산해양", name_en="Busan Marine")
    await login(client, "manager@centre.kr")
    page = f"/centre/drives/{drive_id}"
    dashboard = await client.get(page)
    assert dashboard.status_code == 200 and 'id="drive-employers"' in dashboard.text
    assert "명지정밀" in dashboard.text and "부산해양" in dashboard.text  # both offered
    found = await client.get(f"{page}/employers/choices", params={"q": "busan"}, headers=HTMX)
    assert found.status_code == 200 and "부산해양" in found.text and "명지정밀" not in found.text
    token = csrf_of(dashboard.text)
    invited = await client.post(
        f"{page}/employers", data={"employer_id": str(employer_id), "_csrf": token}, headers=HTMX
    )
    assert invited.status_code == 200 and "명지정밀" in invited.text and "초대" in invited.text
    assert await statuses() == {employer_id: "invited"}
    again = await client.post(f"{page}/employers", data={"employer_id": str(employer_id), "_csrf": token}, headers=HTMX)
    assert again.status_code == 400 and 'class="error"' in again.text
    await drive_company_accepts(owner.id, drive_id)
    assert "참여" in (await client.get(page)).text


async def drive_company_accepts(user_id: int, drive_id: int) -> None:
    await company.answer(await company_actor(user_id), drive_id, accept=True)


@pytest.mark.parametrize("employer_id", ["", "abc", "99999999", "-1", "1" * 30])
async def test_a_bad_choice_of_company_changes_nothing(client: httpx.AsyncClient, employer_id: str) -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)
    await make_employer(approved=False)  # waiting for staff: no choice either
    await login(client, "manager@centre.kr")
    token = csrf_of((await client.get(f"/centre/drives/{drive_id}")).text)
    response = await client.post(
        f"/centre/drives/{drive_id}/employers", data={"employer_id": employer_id, "_csrf": token}, headers=HTMX
    )
    assert response.status_code == 400 and 'id="e-employer_id"' in response.text
    assert await DriveEmployer.count() == 0


@pytest.mark.parametrize(
    ("email", "message"),
    [("", "이메일"), ("not-an-email", "이메일"), ("manager@centre.kr", "계정")],
)
async def test_a_bad_email_invitation_changes_nothing(client: httpx.AsyncClient, email: str, message: str) -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)
    await login(client, "manager@centre.kr")
    token = csrf_of((await client.get(f"/centre/drives/{drive_id}")).text)
    response = await client.post(
        f"/centre/drives/{drive_id}/employers/email", data={"email": email, "_csrf": token}, headers=HTMX
    )
    assert response.status_code == 400 and message in response.text
    assert await DriveEmployerInvitation.count() == 0 and await Notification.count() == 0


async def test_a_company_invited_by_email_registers_with_the_link(client: httpx.AsyncClient) -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)
    await login(client, "manager@centre.kr")
    token = csrf_of((await client.get(f"/centre/drives/{drive_id}")).text)
    sent = await client.post(
        f"/centre/drives/{drive_id}/employers/email", data={"email": "new@robot.kr", "_csrf": token}, headers=HTMX
    )
    assert sent.status_code == 200 and "new@robot.kr" in sent.text
    [mail] = await Notification.select(Notification.payload)
    link = re.search(r"/drives/invitations/[A-Za-z0-9_-]+", mail["payload"])
    assert link
    await client.post("/logout", data={"_csrf": token})
    client.cookies.clear()
    form = await client.get(link.group(0))
    assert form.status_code == 200 and 'value="new@robot.kr"' in form.text and "drive_invitation" in form.text
    fields = {
        "name_ko": "신생로봇",
        "name_en": "Newborn Robotics",
        "brn": VALID_BRNS[2],
        "sector": "automotive_parts",
        "district": "myeongji",
        "address": "부산 강서구 명지동 1",
        "display_name": "최신입",
        "email": "new@robot.kr",
        "password": "correct horse battery",
        "drive_invitation": link.group(0).rsplit("/", 1)[1],
        "consent": "on",
        "_csrf": csrf_of(form.text),
    }
    bad = await client.post("/employers/register", data={**fields, "brn": "123"})
    assert bad.status_code == 400 and "drive_invitation" in bad.text
    assert await DriveEmployer.count() == 0
    email_input = re.search(r'<input id="f-email"[^>]*>', form.text)
    assert email_input and "readonly" in email_input.group(0)
    # the link proves the invited address only: an account for another one is not made from it
    registered = await client.post("/employers/register", data={**fields, "email": "ceo@rival.kr"})
    assert registered.status_code == 302
    assert await User.exists().where(User.email == "new@robot.kr")
    assert not await User.exists().where(User.email == "ceo@rival.kr")
    dashboard = await client.get("/employer")
    assert "명지 AI·제조 현장면접의 날" in dashboard.text and "초대" in dashboard.text
    assert list((await statuses()).values()) == ["invited"]
    assert (await client.get(link.group(0))).status_code == 404  # used


async def test_a_company_answers_and_sets_what_it_offers(client: httpx.AsyncClient) -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)
    owner, employer_id = await make_employer()
    posting = await make_posting(employer_id, owner.id)
    await drive_employers.invite(await actor_of(manager.id), drive_id, employer_id=employer_id)
    await login(client, "owner@example.kr")
    page = f"/employer/drives/{drive_id}"
    shown = await client.get(page)
    assert shown.status_code == 200 and f"{page}/accept" in shown.text
    token = csrf_of(shown.text)
    accepted = await client.post(f"{page}/accept", data={"_csrf": token})
    assert accepted.status_code == 302
    shown = await client.get(page)
    assert 'id="offer"' in shown.text and "CNC 선반" in shown.text
    offer = {
        "_csrf": token,
        "interview_minutes": "30",
        "booth": "부스 3",
        "posting_ids": [str(posting)],
        "interviewer_ids": [str(owner.id)],
        "hours_starts": ["11:00"],
        "hours_ends": ["15:00"],
    }
    saved = await client.post(f"{page}/offer", data=offer, headers=HTMX)
    assert saved.status_code == 200 and "저장" in saved.text and 'value="30"' in saved.text
    assert await DrivePosting.count() == 1 and await DriveInterviewer.count() == 1
    public = await client.get(f"/drives/{drive_id}")
    assert "명지정밀" in public.text and f'/jobs/{posting}"' in public.text
    withdrawn = await client.post(f"{page}/withdraw", data={"_csrf": token})
    assert withdrawn.status_code == 302 and await statuses() == {employer_id: "withdrawn"}
    assert "명지정밀" not in (await client.get(f"/drives/{drive_id}")).text


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"interview_minutes": "5"}, "10"),
        ({"interview_minutes": "a lot"}, "분"),
        ({"booth": "부" * 61}, "60"),
        ({"posting_ids": ["123456789"]}, "채용공고"),
        ({"interviewer_ids": ["x"]}, "면접관"),
        ({"hours_starts": ["08:00"], "hours_ends": ["12:00"]}, "시간"),
        ({"hours_starts": ["12:00"], "hours_ends": ["11:00"]}, "시간"),
        ({"hours_starts": ["noon"], "hours_ends": [""]}, "10:00"),
    ],
)
async def test_a_bad_offer_shows_its_message_in_place_and_changes_nothing(
    client: httpx.AsyncClient, changes: dict[str, object], field: str
) -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)
    owner, _ = await make_employer()
    await join_drive(manager.id, drive_id, owner.id)
    await login(client, "owner@example.kr")
    page = f"/employer/drives/{drive_id}"
    token = csrf_of((await client.get(page)).text)
    history = await DriveHistory.count()
    response = await client.post(
        f"{page}/offer", data={"_csrf": token, "interview_minutes": "20", **changes}, headers=HTMX
    )
    assert response.status_code == 400 and 'class="error"' in response.text and field in response.text
    assert '<section id="offer"' in response.text and "<html" not in response.text
    row = await DriveEmployer.select(DriveEmployer.interview_minutes, DriveEmployer.booth).first()
    assert row == {"interview_minutes": 20, "booth": ""} and await DriveHistory.count() == history


async def test_a_company_asks_to_join_from_the_public_page_and_the_lead_accepts(client: httpx.AsyncClient) -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)
    _, employer_id = await make_employer()
    await login(client, "owner@example.kr")
    public = await client.get(f"/drives/{drive_id}")
    assert f"/employer/drives/{drive_id}/ask" in public.text
    token = csrf_of(public.text)
    asked = await client.post(f"/employer/drives/{drive_id}/ask", data={"_csrf": token}, headers=HTMX)
    assert asked.status_code == 200 and 'role="status"' in asked.text
    twice = await client.post(f"/employer/drives/{drive_id}/ask", data={"_csrf": token}, headers=HTMX)
    assert twice.status_code == 400 and 'role="alert"' in twice.text
    client.cookies.clear()
    await login(client, "manager@centre.kr")
    page = f"/centre/drives/{drive_id}"
    dashboard = await client.get(page)
    assert f"{page}/employers/{employer_id}/accept" in dashboard.text
    token = csrf_of(dashboard.text)
    accepted = await client.post(f"{page}/employers/{employer_id}/accept", data={"_csrf": token}, headers=HTMX)
    assert accepted.status_code == 200 and await statuses() == {employer_id: "joined"}
    gone = await client.post(f"{page}/employers/{employer_id}/decline", data={"_csrf": token}, headers=HTMX)
    assert gone.status_code == 404 and await statuses() == {employer_id: "joined"}


async def test_an_unapproved_company_is_told_it_cannot_join(client: httpx.AsyncClient) -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)
    await make_employer(approved=False)
    await login(client, "owner@example.kr")
    token = csrf_of((await client.get(f"/drives/{drive_id}")).text)
    refused = await client.post(f"/employer/drives/{drive_id}/ask", data={"_csrf": token}, headers=HTMX)
    assert refused.status_code == 403 and "승인" in refused.text and await DriveEmployer.count() == 0


async def test_an_unapproved_centre_is_offered_no_invitation(client: httpx.AsyncClient) -> None:
    manager, _ = await make_centre(approved=False)
    drive_id = await make_drive(manager.id)
    _, employer_id = await make_employer()
    await login(client, "manager@centre.kr")
    dashboard = await client.get(f"/centre/drives/{drive_id}")
    assert "/employers/email" not in dashboard.text and "승인" in dashboard.text
    refused = await client.post(
        f"/centre/drives/{drive_id}/employers",
        data={"employer_id": str(employer_id), "_csrf": csrf_of(dashboard.text)},
        headers=HTMX,
    )
    assert refused.status_code == 403 and await DriveEmployer.count() == 0


@pytest.mark.parametrize(
    ("who", "path", "data"),
    [
        ("manager@centre.kr", "/centre/drives/{drive}/employers", {"employer_id": "{employer}"}),
        ("manager@centre.kr", "/centre/drives/{drive}/employers/email", {"email": "x@new.kr"}),
        ("manager@centre.kr", "/centre/drives/{drive}/employers/{employer}/accept", {}),
        ("owner@example.kr", "/employer/drives/{drive}/ask", {}),
        ("owner@example.kr", "/employer/drives/{drive}/offer", {"interview_minutes": "30"}),
        ("owner@example.kr", "/employer/drives/{drive}/withdraw", {}),
    ],
)
async def test_every_form_wants_its_csrf_token(
    client: httpx.AsyncClient, who: str, path: str, data: dict[str, str]
) -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)
    owner, employer_id = await make_employer()
    await join_drive(manager.id, drive_id, owner.id)
    history = await DriveHistory.count()
    await login(client, who)
    ids = {"drive": drive_id, "employer": employer_id}
    response = await client.post(path.format(**ids), data={k: v.format(**ids) for k, v in data.items()})
    assert response.status_code == 403
    assert await DriveHistory.count() == history and await statuses() == {employer_id: "joined"}


@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_drive_invitation_email_reads_in_both_languages(language: str) -> None:
    payload = {
        "centre_ko": "명지청년센터",
        "centre_en": "Myeongji Youth Centre",
        "drive": "명지 AI·제조 현장면접의 날",
        "url": "http://testserver/drives/invitations/abc",
        "days": 7,
    }
    rendered = messages.render("drive_employer_invitation", language, payload, base_url="http://testserver")
    expected = {"ko": ("명지청년센터", "7일"), "en": ("Myeongji Youth Centre", "7 days")}[language]
    for words in (*expected, payload["drive"], payload["url"]):
        assert words in rendered.text, (words, rendered.text)
    assert expected[0] in rendered.subject and payload["url"] in rendered.html
