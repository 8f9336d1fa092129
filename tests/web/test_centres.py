"""Every centre page and form: what a manager, a counsellor, staff and a stranger see, and bad input on each form."""

import email
import json
from email import policy

import httpx
import pytest
from litestar import Litestar

from jobsfez.accounts.tables import User
from jobsfez.centres import invitations as centre_invitations
from jobsfez.centres import service as centres
from jobsfez.centres.tables import Centre, CentreInvitation, CentreMember
from jobsfez.dev.mailsink import MailSink
from jobsfez.notifications import messages
from jobsfez.notifications.tables import Notification
from tests.helpers import (
    PASSWORD,
    add_centre_member,
    csrf_of,
    finish_signup,
    form_post,
    login,
    make_centre,
    make_employer,
    make_seeker,
    make_staff,
    without_tokens,
)
from workers.main import build_deliverer

CENTRE = {
    "name_ko": "부산대학교 일자리플러스센터",
    "name_en": "Pusan National University Job Plus Center",
    "kind": "university",
    "district": "other",
    "address": "부산 금정구 부산대학로63번길 2",
    "phone": "051-510-1234",
    "display_name": "정다은",
    "email": "jobs@pnu-career.kr",
    "password": PASSWORD,
    "consent": "on",
}
DETAILS = {key: CENTRE[key] for key in ("name_ko", "name_en", "kind", "district", "address", "phone")}

# each form's fields wrong in turn, and the Korean message the page shows beside it
BAD_DETAILS = [
    ({"name_ko": "  "}, "센터 이름을 입력"),
    ({"name_en": "x" * 121}, "120자"),
    ({"kind": "casino"}, "센터 유형을 골라"),
    ({"district": "gangnam"}, "지역을 골라"),
    ({"address": ""}, "주소를 입력"),
    ({"address": "x" * 301}, "300자"),
    ({"phone": "12"}, "051-510-1234 형식"),
    ({"phone": "051-510-1234; DROP TABLE centres"}, "051-510-1234 형식"),
]


async def test_a_centre_registers_waits_for_staff_and_is_approved(client: httpx.AsyncClient) -> None:
    response = await form_post(client, "/centres/register", "/centres/register", CENTRE)
    assert response.status_code == 200 and await Centre.count() == 0
    finished = await finish_signup(client, CENTRE["email"])
    assert finished.status_code == 302 and finished.headers["location"] == "/centre"
    dashboard = await client.get("/centre")
    assert dashboard.status_code == 200
    assert "부산대학교 일자리플러스센터" in dashboard.text and "승인 대기 중" in dashboard.text
    assert "동료를 초대하거나 채용 행사를 공개할 수는 없습니다" in dashboard.text
    assert "대학 일자리플러스센터" in dashboard.text and "051-510-1234" in dashboard.text
    centre = await Centre.objects().first()
    assert centre is not None and centre.status == "pending"

    client.cookies.clear()
    await make_staff()
    await login(client, "staff@jobsfez.kr")
    queue = await client.get("/staff/centres")
    assert "부산대학교 일자리플러스센터" in queue.text and "051-510-1234" in queue.text
    decided = await client.post(f"/staff/centres/{centre.id}/approve", data={"_csrf": csrf_of(queue.text)})
    assert decided.status_code == 302 and decided.headers["location"] == "/staff/centres"
    assert "기다리는 항목이 없습니다" in (await client.get("/staff/centres")).text

    client.cookies.clear()
    await login(client, CENTRE["email"])
    assert "승인됨" in (await client.get("/centre")).text


@pytest.mark.parametrize(("changes", "message"), [*BAD_DETAILS, ({"email": "bad"}, "올바른 이메일")])
async def test_a_bad_registration_explains_and_stores_nothing(
    client: httpx.AsyncClient, changes: dict[str, str], message: str
) -> None:
    response = await form_post(client, "/centres/register", "/centres/register", {**CENTRE, **changes})
    assert response.status_code == 400
    assert message in response.text
    assert await Centre.count() == 0 and await CentreMember.count() == 0 and await User.count() == 0


async def test_a_registration_with_an_email_in_use_answers_as_any_and_stores_nothing(
    client: httpx.AsyncClient,
) -> None:
    await make_seeker(CENTRE["email"])
    taken = await form_post(client, "/centres/register", "/centres/register", CENTRE)
    client.cookies.clear()
    fresh = await form_post(client, "/centres/register", "/centres/register", {**CENTRE, "email": "new@pnu-career.kr"})
    assert taken.status_code == fresh.status_code == 200
    assert without_tokens(taken.text.replace(CENTRE["email"], "new@pnu-career.kr")) == without_tokens(fresh.text)
    assert await Centre.count() == 0
    told = await Notification.objects().where(Notification.recipient == CENTRE["email"])
    assert [n.kind for n in told] == ["account_exists"]


async def test_the_register_page_reads_in_english(client: httpx.AsyncClient) -> None:
    client.cookies.set("lang", "en")
    page = await client.get("/centres/register")
    assert "Register your career centre" in page.text and "Youth centre (청년센터)" in page.text


async def test_a_counsellor_sees_the_centre_but_not_the_managers_pages(client: httpx.AsyncClient) -> None:
    manager, _ = await make_centre()
    await add_centre_member(manager, "counsellor@centre.kr", name="이상담")
    await login(client, "counsellor@centre.kr")
    dashboard = await client.get("/centre")
    assert dashboard.status_code == 200 and "이상담" in dashboard.text and "상담사" in dashboard.text
    assert "/centre/members" not in dashboard.text and "/centre/settings" not in dashboard.text
    for page in ("/centre/settings", "/centre/members"):
        refused = await client.get(page)
        assert refused.status_code == 403 and "센터 관리자를 위한 페이지" in refused.text


async def test_a_manager_corrects_the_centres_details_in_place(client: httpx.AsyncClient) -> None:
    await make_centre()
    await login(client, "manager@centre.kr")
    page = await client.get("/centre/settings")
    assert 'value="명지청년센터"' in page.text
    response = await client.post(
        "/centre/settings",
        data={**DETAILS, "phone": "0515101234", "_csrf": csrf_of(page.text)},
        headers={"hx-request": "true"},
    )
    assert response.status_code == 200 and "저장했습니다" in response.text
    assert "<html" not in response.text  # the fragment, swapped in place of the form
    centre = await Centre.objects().first()
    assert centre is not None and (centre.name_ko, centre.phone) == (DETAILS["name_ko"], "051-510-1234")


@pytest.mark.parametrize(("changes", "message"), BAD_DETAILS)
async def test_bad_details_are_explained_in_place_and_change_nothing(
    client: httpx.AsyncClient, changes: dict[str, str], message: str
) -> None:
    await make_centre()
    await login(client, "manager@centre.kr")
    page = await client.get("/centre/settings")
    response = await client.post(
        "/centre/settings", data={**DETAILS, **changes, "_csrf": csrf_of(page.text)}, headers={"hx-request": "true"}
    )
    assert response.status_code == 400 and message in response.text and 'id="centre-settings"' in response.text
    centre = await Centre.objects().first()
    assert centre is not None and (centre.name_ko, centre.phone) == ("명지청년센터", "051-970-1234")


async def test_a_manager_changes_a_role_and_cannot_leave_the_centre_without_one(client: httpx.AsyncClient) -> None:
    manager, _ = await make_centre()
    counsellor = await add_centre_member(manager, "counsellor@centre.kr")
    await login(client, "manager@centre.kr")
    page = await client.get("/centre/members")
    assert page.status_code == 200 and "counsellor@centre.kr" in page.text
    rows = {m.user_id: m.id for m in await CentreMember.objects()}
    promoted = await client.post(
        f"/centre/members/{rows[counsellor.id]}/role", data={"role": "manager", "_csrf": csrf_of(page.text)}
    )
    assert promoted.status_code == 200 and "저장했습니다" in promoted.text

    # the promoted colleague demotes the first manager, then cannot demote themselves: one manager remains
    client.cookies.clear()
    await login(client, "counsellor@centre.kr")
    page = await client.get("/centre/members")
    token = csrf_of(page.text)
    demoted = await client.post(f"/centre/members/{rows[manager.id]}/role", data={"role": "counsellor", "_csrf": token})
    assert demoted.status_code == 200
    last = await client.post(f"/centre/members/{rows[counsellor.id]}/role", data={"role": "counsellor", "_csrf": token})
    assert last.status_code == 400 and "관리자가 한 명 이상" in last.text and 'id="members"' in last.text
    bad = await client.post(f"/centre/members/{rows[manager.id]}/role", data={"role": "owner", "_csrf": token})
    assert bad.status_code == 400 and "올바른 역할" in bad.text
    roles = {m.user_id: m.role for m in await CentreMember.objects()}
    assert roles == {manager.id: "counsellor", counsellor.id: "manager"}


async def test_a_manager_invites_a_counsellor_who_joins_by_the_email_link(
    app: Litestar, client: httpx.AsyncClient, mail_sink: MailSink
) -> None:
    await make_centre()
    await login(client, "manager@centre.kr")
    response = await form_post(
        client, "/centre/members", "/centre/invitations", {"email": "new@example.kr", "role": "counsellor"}
    )
    assert response.status_code == 200 and "new@example.kr" in response.text and "초대장을 보냈습니다" in response.text
    assert "/withdraw" in response.text  # listed among the invitations waiting
    row = await Notification.objects().where(Notification.kind == "centre_invitation").first()
    assert row is not None
    assert await build_deliverer(app.state.resources.settings).deliver(row.id) == "sent"
    [raw] = mail_sink.messages()
    message = email.message_from_bytes(raw, policy=policy.default)
    assert message["To"] == "new@example.kr" and "명지청년센터" in message["Subject"]
    text = message.get_body(("plain",)).get_content()
    assert "상담사" in text
    link = next(line for line in text.splitlines() if "/centres/invitations/" in line)
    path = link.strip().replace("http://testserver", "")

    client.cookies.clear()
    page = await client.get(path)
    assert page.status_code == 200 and "new@example.kr" in page.text and "명지청년센터" in page.text
    joined = await form_post(client, path, path, {"display_name": "정하늘", "password": PASSWORD})
    assert joined.status_code == 302 and joined.headers["location"] == "/centre"
    dashboard = await client.get("/centre")
    assert "정하늘" in dashboard.text
    client.cookies.clear()
    assert (await client.get(path)).status_code == 404  # the link works once


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"email": "not-an-email", "role": "counsellor"}, "올바른 이메일"),
        ({"email": "x@example.kr", "role": "owner"}, "올바른 역할"),
        ({"email": "", "role": ""}, "올바른 역할"),
    ],
)
async def test_a_bad_invitation_is_explained_in_place_and_sends_nothing(
    client: httpx.AsyncClient, data: dict[str, str], message: str
) -> None:
    await make_centre()
    await make_seeker()
    await login(client, "manager@centre.kr")
    response = await form_post(client, "/centre/members", "/centre/invitations", data, headers={"hx-request": "true"})
    assert response.status_code == 400 and message in response.text and 'id="invitations"' in response.text
    assert await CentreInvitation.count() == 0 and await Notification.count() == 0


async def test_an_unapproved_centre_is_told_it_cannot_invite_yet(client: httpx.AsyncClient) -> None:
    await make_centre(approved=False)
    await login(client, "manager@centre.kr")
    page = await client.get("/centre/members")
    assert "운영팀이 센터를 승인한 뒤에 동료를 초대할 수 있습니다" in page.text
    assert 'action="/centre/invitations"' not in page.text
    response = await client.post(
        "/centre/invitations", data={"email": "x@example.kr", "role": "counsellor", "_csrf": csrf_of(page.text)}
    )
    assert response.status_code == 403 and "운영팀이 센터를 승인한 뒤에" in response.text
    assert await CentreInvitation.count() == 0 and await Notification.count() == 0


async def test_a_counsellor_cannot_invite_or_change_the_centre(client: httpx.AsyncClient) -> None:
    manager, _ = await make_centre()
    await add_centre_member(manager, "counsellor@centre.kr")
    await login(client, "counsellor@centre.kr")
    token = csrf_of((await client.get("/centre")).text)
    invited = await client.post(
        "/centre/invitations", data={"email": "x@example.kr", "role": "manager", "_csrf": token}
    )
    assert invited.status_code == 403 and "센터 관리자만 동료를 초대할 수 있습니다" in invited.text
    changed = await client.post("/centre/settings", data={**DETAILS, "_csrf": token})
    assert changed.status_code == 403 and "센터 관리자만 변경할 수 있습니다" in changed.text
    assert await CentreInvitation.count() == 1  # the counsellor's own, accepted
    centre = await Centre.objects().first()
    assert centre is not None and centre.name_ko == "명지청년센터"


async def test_a_withdrawn_invitation_link_stops_working(client: httpx.AsyncClient) -> None:
    await make_centre()
    await login(client, "manager@centre.kr")
    await form_post(client, "/centre/members", "/centre/invitations", {"email": "new@example.kr", "role": "manager"})
    note = await Notification.objects().first()
    assert note is not None
    path = json.loads(note.payload)["url"].replace("http://testserver", "")
    invitation = await CentreInvitation.objects().first()
    assert invitation is not None
    page = await client.get("/centre/members")
    response = await client.post(f"/centre/invitations/{invitation.id}/withdraw", data={"_csrf": csrf_of(page.text)})
    assert (
        response.status_code == 200 and "초대를 취소했습니다" in response.text and "new@example.kr" not in response.text
    )
    again = await client.post(f"/centre/invitations/{invitation.id}/withdraw", data={"_csrf": csrf_of(page.text)})
    assert again.status_code == 404
    client.cookies.clear()
    assert (await client.get(path)).status_code == 404


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"display_name": "정하늘", "password": "short"}, "8자 이상"),
        ({"display_name": "정하늘", "password": "password"}, "너무 흔한 비밀번호"),
        ({"display_name": "  ", "password": PASSWORD}, "이름을 입력"),
    ],
)
async def test_a_bad_acceptance_is_explained_and_creates_no_account(
    client: httpx.AsyncClient, data: dict[str, str], message: str
) -> None:
    await make_centre()
    await login(client, "manager@centre.kr")
    await form_post(client, "/centre/members", "/centre/invitations", {"email": "new@example.kr", "role": "counsellor"})
    note = await Notification.objects().first()
    assert note is not None
    path = json.loads(note.payload)["url"].replace("http://testserver", "")
    client.cookies.clear()
    response = await form_post(client, path, path, data)
    assert response.status_code == 400 and message in response.text
    assert await User.count() == 2  # the manager and the staff member who approved the centre
    assert (await client.get(path)).status_code == 200  # still open


@pytest.mark.parametrize("token", ["nope", "x" * 300, "%EC%9A%A9"])
async def test_an_unknown_invitation_is_not_found(client: httpx.AsyncClient, token: str) -> None:
    response = await client.get(f"/centres/invitations/{token}")
    assert response.status_code == 404 and "만료되었거나 이미 사용된 초대장" in response.text


async def test_staff_reject_a_centre_and_a_decision_is_made_once(client: httpx.AsyncClient) -> None:
    manager, centre_id = await make_centre(approved=False)
    await make_staff()
    await login(client, "staff@jobsfez.kr")
    queue = await client.get("/staff/centres")
    token = csrf_of(queue.text)
    assert (await client.post(f"/staff/centres/{centre_id}/maybe", data={"_csrf": token})).status_code == 400
    unexplained = await client.post(f"/staff/centres/{centre_id}/reject", data={"_csrf": token, "reason": "  "})
    assert unexplained.status_code == 400 and "이유를 적어 주세요" in unexplained.text
    assert (await Centre.objects().first()).status == "pending"  # type: ignore[union-attr]
    reason = "주소와 전화번호를 확인할 수 없습니다."
    rejected = await client.post(f"/staff/centres/{centre_id}/reject", data={"_csrf": token, "reason": reason})
    assert rejected.status_code == 302
    assert (await client.post(f"/staff/centres/{centre_id}/approve", data={"_csrf": token})).status_code == 404
    assert (await client.post("/staff/centres/999/approve", data={"_csrf": token})).status_code == 404
    centre = await Centre.objects().first()
    assert centre is not None and centre.status == "rejected"
    client.cookies.clear()
    await login(client, manager.email)
    dashboard = (await client.get("/centre")).text
    assert "승인하지 않았습니다" in dashboard and reason in dashboard


async def test_the_staff_pages_link_companies_and_centres(client: httpx.AsyncClient) -> None:
    await make_staff()
    await login(client, "staff@jobsfez.kr")
    companies = await client.get("/staff/employers")
    assert 'href="/staff/centres"' in companies.text
    centres = await client.get("/staff/centres")
    assert 'href="/staff/employers"' in centres.text and "승인을 기다리는 진로·취업 센터" in centres.text


@pytest.mark.parametrize("who", ["anonymous", "seeker", "employer", "centre"])
async def test_the_staff_queue_of_centres_is_for_staff(client: httpx.AsyncClient, who: str) -> None:
    _, centre_id = await make_centre(approved=False)
    if who == "seeker":
        await make_seeker()
        await login(client, "seeker@example.kr")
    elif who == "employer":
        await make_employer()
        await login(client, "owner@example.kr")
    elif who == "centre":
        await login(client, "manager@centre.kr")
    page = await client.get("/staff/centres")
    assert page.status_code == (302 if who == "anonymous" else 403)
    if who != "anonymous":
        token = csrf_of((await client.get("/account")).text)
        decided = await client.post(f"/staff/centres/{centre_id}/approve", data={"_csrf": token})
        assert decided.status_code == 403
    centre = await Centre.objects().first()
    assert centre is not None and centre.status == "pending"


@pytest.mark.parametrize("who", ["anonymous", "seeker", "employer"])
async def test_centre_pages_are_for_centre_members(client: httpx.AsyncClient, who: str) -> None:
    if who == "seeker":
        await make_seeker()
        await login(client, "seeker@example.kr")
    elif who == "employer":
        await make_employer()
        await login(client, "owner@example.kr")
    for page in ("/centre", "/centre/settings", "/centre/members"):
        response = await client.get(page)
        if who == "anonymous":
            assert response.status_code == 302 and response.headers["location"] == f"/login?next={page}"
        else:
            assert response.status_code == 403 and "진로·취업 센터 구성원을 위한 페이지" in response.text


CENTRE_POSTS = [
    ("/centre/settings", DETAILS),
    ("/centre/invitations", {"email": "x@example.kr", "role": "counsellor"}),
    ("/centre/members/{member}/role", {"role": "counsellor"}),
    ("/centre/invitations/{invitation}/withdraw", {}),
]


@pytest.mark.parametrize(("action", "data"), CENTRE_POSTS)
@pytest.mark.parametrize("token", [None, "forged"])
async def test_every_centre_form_needs_the_sessions_csrf_token(
    client: httpx.AsyncClient, action: str, data: dict[str, str], token: str | None
) -> None:
    manager, _ = await make_centre()
    await add_centre_member(manager, "second@centre.kr", role="manager")
    await login(client, "manager@centre.kr")
    await form_post(client, "/centre/members", "/centre/invitations", {"email": "open@example.kr", "role": "manager"})
    member = await CentreMember.objects().where(CentreMember.role == "manager").first()
    invitation = await CentreInvitation.objects().where(CentreInvitation.email == "open@example.kr").first()
    assert member is not None and invitation is not None
    before = (
        await Centre.select().first(),
        await CentreMember.select().order_by(CentreMember.id),
        await CentreInvitation.select().order_by(CentreInvitation.id),
    )
    sent = {**data, **({"_csrf": token} if token else {})}
    response = await client.post(action.format(member=member.id, invitation=invitation.id), data=sent)
    assert response.status_code == 403 and "입력 양식이 만료되었습니다" in response.text
    after = (
        await Centre.select().first(),
        await CentreMember.select().order_by(CentreMember.id),
        await CentreInvitation.select().order_by(CentreInvitation.id),
    )
    assert after == before


async def test_registering_joining_and_deciding_need_the_csrf_token_too(client: httpx.AsyncClient) -> None:
    await client.get("/centres/register")
    refused = await client.post("/centres/register", data=CENTRE)
    assert refused.status_code == 403 and await Centre.count() == 0

    manager, centre_id = await make_centre()
    actor = await centres.actor_for(manager.id)
    assert actor is not None
    token = await centre_invitations.invite(
        actor, email="new@example.kr", role="counsellor", base_url="", language="ko"
    )
    await client.get(f"/centres/invitations/{token}")
    joined = await client.post(
        f"/centres/invitations/{token}", data={"display_name": "정하늘", "password": PASSWORD, "_csrf": "forged"}
    )
    assert joined.status_code == 403 and await CentreMember.count() == 1

    _, pending = await make_centre("pending@centre.kr", approved=False)
    await make_staff()
    await login(client, "staff@jobsfez.kr")
    await client.get("/staff/centres")
    decided = await client.post(f"/staff/centres/{pending}/approve", data={})
    assert decided.status_code == 403
    assert [c.id for c in await centres.pending_centres()] == [pending] and pending != centre_id


@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_invitation_email_reads_in_both_languages(language: str) -> None:
    payload = {
        "centre_ko": "명지청년센터",
        "centre_en": "Myeongji Youth Centre",
        "role": "counsellor",
        "url": "http://testserver/centres/invitations/abc",
        "days": 7,
    }
    rendered = messages.render("centre_invitation", language, payload, base_url="http://testserver")
    expected = {
        "ko": ("명지청년센터", "상담사", "7일"),
        "en": ("Myeongji Youth Centre", "Counsellor", "7 days"),
    }[language]
    for words in expected:
        assert words in rendered.text, (words, rendered.text)
    assert expected[0] in rendered.subject and payload["url"] in rendered.html


async def test_a_centre_sends_at_most_twenty_invitations_a_day(client: httpx.AsyncClient) -> None:
    await make_centre()
    await login(client, "manager@centre.kr")
    token = csrf_of((await client.get("/centre/members")).text)
    for n in range(20):
        sent = await client.post(
            "/centre/invitations", data={"email": f"c{n}@ex.kr", "role": "counsellor", "_csrf": token}
        )
        assert sent.status_code == 200, sent.text
    refused = await client.post(
        "/centre/invitations", data={"email": "c20@ex.kr", "role": "counsellor", "_csrf": token}
    )
    assert refused.status_code == 429 and "하루에 초대장을 20통까지" in refused.text
    assert await CentreInvitation.count() == 20


async def test_inviting_a_registered_address_answers_as_for_a_new_one(client: httpx.AsyncClient) -> None:
    await make_centre()
    await make_seeker("seeker@example.kr")
    await login(client, "manager@centre.kr")
    token = csrf_of((await client.get("/centre/members")).text)
    taken = await client.post(
        "/centre/invitations", data={"email": "seeker@example.kr", "role": "counsellor", "_csrf": token}
    )
    assert taken.status_code == 200
    told = await Notification.objects().where(Notification.recipient == "seeker@example.kr").first()
    assert told is not None and told.kind == "invitation_to_account" and "/invitations/" not in told.payload
    assert "seeker@example.kr" in taken.text  # listed among the open invitations, as any address is
