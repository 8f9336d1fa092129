import email
from email import policy

import httpx
import pytest
from litestar import Litestar

from jobsfez.dev.mailsink import MailSink
from jobsfez.employers.tables import Employer, EmployerInvitation, EmployerMember
from jobsfez.notifications.tables import Notification
from tests.helpers import (
    PASSWORD,
    VALID_BRNS,
    csrf_of,
    finish_signup,
    form_post,
    login,
    make_employer,
    make_posting,
    make_seeker,
    make_staff,
    without_tokens,
)
from workers.main import build_deliverer

COMPANY = {
    "name_ko": "녹산기계",
    "name_en": "Noksan Machinery",
    "brn": "605-81-12348",
    "sector": "machinery",
    "district": "myeongji",
    "address": "부산 강서구 녹산산단로 1",
    "display_name": "최지훈",
    "email": "hr@noksan.kr",
    "password": PASSWORD,
    "consent": "on",
}


async def test_company_registers_waits_for_approval_then_shows_the_verified_badge(client: httpx.AsyncClient) -> None:
    response = await form_post(client, "/employers/register", "/employers/register", COMPANY)
    assert response.status_code == 200 and "이메일을 확인" in response.text
    assert await Employer.count() == 0  # nothing until the owner opens the emailed link
    finished = await finish_signup(client, "hr@noksan.kr")
    assert finished.status_code == 302 and finished.headers["location"] == "/employer"
    dashboard = await client.get("/employer")
    assert "승인 대기 중" in dashboard.text
    employer = await Employer.objects().first()
    assert employer is not None and employer.status == "pending" and employer.brn == "6058112348"

    client.cookies.clear()
    await make_staff()
    await login(client, "staff@jobsfez.kr")
    queue = await client.get("/staff/employers")
    assert "녹산기계" in queue.text
    await client.post(f"/staff/employers/{employer.id}/approve", data={"_csrf": csrf_of(queue.text)})
    public = await client.get(f"/companies/{employer.id}")
    assert public.status_code == 200 and "인증 기업" in public.text


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"brn": "605-81-12349"}, "검증 번호"),
        ({"brn": "12345"}, "10자리"),
        ({"name_ko": ""}, "회사 이름을 입력"),
        ({"sector": "casino"}, "업종을 골라"),
        ({"district": "gangnam"}, "지역을 골라"),
        ({"address": "x" * 301}, "300자"),
        ({"email": "bad"}, "올바른 이메일"),
    ],
)
async def test_bad_company_registration_explains_and_stores_nothing(
    client: httpx.AsyncClient, changes: dict[str, str], message: str
) -> None:
    response = await form_post(client, "/employers/register", "/employers/register", {**COMPANY, **changes})
    assert response.status_code == 400
    assert message in response.text
    assert await Employer.count() == 0
    assert await EmployerMember.count() == 0


async def test_the_same_registration_number_cannot_register_twice(client: httpx.AsyncClient) -> None:
    await make_employer(brn=VALID_BRNS[6], email="first@noksan.kr")
    response = await form_post(client, "/employers/register", "/employers/register", COMPANY)
    assert response.status_code == 400
    assert "이미 등록된" in response.text
    assert await Employer.count() == 1


async def test_owner_invites_a_colleague_who_joins_by_the_email_link(
    app: Litestar, client: httpx.AsyncClient, mail_sink: MailSink
) -> None:
    await make_employer()
    await login(client, "owner@example.kr")
    response = await form_post(
        client, "/employer", "/employer/invitations", {"email": "new@example.kr", "role": "recruiter"}
    )
    assert response.status_code == 200 and "new@example.kr" in response.text
    row = await Notification.objects().where(Notification.kind == "employer_invitation").first()
    assert row is not None
    settings = app.state.resources.settings
    assert await build_deliverer(settings).deliver(row.id) == "sent"
    [raw] = mail_sink.messages()
    message = email.message_from_bytes(raw, policy=policy.default)
    assert message["To"] == "new@example.kr"
    link = next(line for line in message.get_body(("plain",)).get_content().splitlines() if "/invitations/" in line)
    path = link.strip().replace("http://testserver", "")

    client.cookies.clear()
    response = await form_post(client, path, path, {"display_name": "정하늘", "password": PASSWORD})
    assert response.status_code == 302
    dashboard = await client.get("/employer")
    assert "정하늘" in dashboard.text
    # the link works once
    client.cookies.clear()
    assert (await client.get(path)).status_code == 404


async def test_a_recruiter_cannot_invite(client: httpx.AsyncClient) -> None:
    _owner, employer_id = await make_employer()
    from jobsfez.accounts import service as accounts

    recruiter = await accounts.create_user(
        email="rec@example.kr", password=PASSWORD, role="employer", display_name="채용담당"
    )
    await EmployerMember.insert(EmployerMember(employer_id=employer_id, user_id=recruiter.id, role="recruiter"))
    await login(client, "rec@example.kr")
    page = await client.get("/employer")
    response = await client.post(
        "/employer/invitations", data={"email": "x@example.kr", "role": "owner", "_csrf": csrf_of(page.text)}
    )
    assert response.status_code == 403
    assert await Notification.count() == 0


async def test_a_pending_company_is_not_public(client: httpx.AsyncClient) -> None:
    _, employer_id = await make_employer(approved=False)
    assert (await client.get(f"/companies/{employer_id}")).status_code == 404


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("http://plain.example/hook", "https://"),
        ("ftp://x", "https://"),
        ("https://has space.example", "https://"),
        # the resolver's IDNA step raised UnicodeError on these, a 500, before the host was judged
        ("https://a..b.kr/hook", "주소의 호스트 이름이 올바르지 않습니다"),
        ("https://" + "x" * 70 + ".kr/hook", "주소의 호스트 이름이 올바르지 않습니다"),
        ("https://\u202e.kr/hook", "주소의 호스트 이름이 올바르지 않습니다"),
    ],
)
async def test_a_webhook_must_be_https_to_a_host_the_resolver_can_read(
    client: httpx.AsyncClient, url: str, said: str
) -> None:
    await make_employer()
    await login(client, "owner@example.kr")
    page = await client.get("/employer")
    response = await client.post("/employer/webhook", data={"webhook_url": url, "_csrf": csrf_of(page.text)})
    assert response.status_code == 400
    assert said in response.text
    employer = await Employer.objects().first()
    assert employer is not None and employer.webhook_url == ""


async def test_the_owner_sets_a_webhook_and_gets_a_signing_secret(client: httpx.AsyncClient) -> None:
    await make_employer()
    await login(client, "owner@example.kr")
    page = await client.get("/employer")
    response = await client.post(
        "/employer/webhook", data={"webhook_url": "https://sms-gateway.example/jobsfez", "_csrf": csrf_of(page.text)}
    )
    assert response.status_code == 200
    employer = await Employer.objects().first()
    assert employer is not None and employer.webhook_url == "https://sms-gateway.example/jobsfez"
    assert len(employer.webhook_secret) == 64 and employer.webhook_secret in response.text


async def test_a_company_staff_have_not_approved_cannot_invite(client: httpx.AsyncClient) -> None:
    await make_employer(approved=False)
    await login(client, "owner@example.kr")
    page = await client.get("/employer")
    assert "운영팀이 회사를 승인한 뒤에 동료를 초대할 수 있습니다" in page.text
    assert 'action="/employer/invitations"' not in page.text
    response = await client.post(
        "/employer/invitations", data={"email": "x@example.kr", "role": "recruiter", "_csrf": csrf_of(page.text)}
    )
    assert response.status_code == 403 and "운영팀이 회사를 승인한 뒤에" in response.text
    assert await EmployerInvitation.count() == 0 and await Notification.count() == 0


async def test_a_company_sends_at_most_twenty_invitations_a_day(client: httpx.AsyncClient) -> None:
    await make_employer()
    await login(client, "owner@example.kr")
    token = csrf_of((await client.get("/employer")).text)
    for n in range(20):
        sent = await client.post(
            "/employer/invitations", data={"email": f"c{n}@example.kr", "role": "recruiter", "_csrf": token}
        )
        assert sent.status_code == 200, sent.text
    refused = await client.post(
        "/employer/invitations", data={"email": "c20@example.kr", "role": "recruiter", "_csrf": token}
    )
    assert refused.status_code == 429 and "하루에 초대장을 20통까지" in refused.text
    assert await EmployerInvitation.count() == 20
    assert await Notification.count().where(Notification.kind == "employer_invitation") == 20


@pytest.mark.parametrize(
    "url",
    [
        "https://127.0.0.1/hook",
        "https://[::1]/hook",
        "https://0.0.0.0/hook",
        "https://2130706433/hook",
        "https://169.254.169.254/latest/meta-data/",
        "https://10.0.0.5/hook",
        "https://localhost:8100/hook",
        "https://user:pass@sms-gateway.example/hook",
    ],
)
async def test_a_webhook_cannot_point_to_our_own_side(client: httpx.AsyncClient, url: str) -> None:
    await make_employer()
    await login(client, "owner@example.kr")
    page = await client.get("/employer")
    response = await client.post("/employer/webhook", data={"webhook_url": url, "_csrf": csrf_of(page.text)})
    assert response.status_code == 400
    employer = await Employer.objects().first()
    assert employer is not None and employer.webhook_url == ""


async def test_registering_a_company_with_a_registered_address_answers_as_for_a_new_one(
    client: httpx.AsyncClient,
) -> None:
    await make_seeker("hr@noksan.kr")
    taken = await form_post(client, "/employers/register", "/employers/register", COMPANY)
    client.cookies.clear()
    fresh = await form_post(client, "/employers/register", "/employers/register", {**COMPANY, "email": "hr2@noksan.kr"})
    assert taken.status_code == fresh.status_code == 200
    assert without_tokens(taken.text.replace("hr@", "hr2@")) == without_tokens(fresh.text)
    assert await Employer.count() == 0
    told = await Notification.objects().where(Notification.recipient == "hr@noksan.kr")
    assert [n.kind for n in told] == ["account_exists"]


async def test_inviting_a_registered_address_answers_as_for_a_new_one(client: httpx.AsyncClient) -> None:
    await make_employer()
    await make_seeker("seeker@example.kr")
    await login(client, "owner@example.kr")
    token = csrf_of((await client.get("/employer")).text)
    taken = await client.post(
        "/employer/invitations", data={"email": "seeker@example.kr", "role": "recruiter", "_csrf": token}
    )
    fresh = await client.post(
        "/employer/invitations", data={"email": "nobody@example.kr", "role": "recruiter", "_csrf": token}
    )
    assert taken.status_code == fresh.status_code == 200
    assert without_tokens(taken.text.replace("seeker@", "nobody@")) == without_tokens(fresh.text)
    told = await Notification.objects().where(Notification.recipient == "seeker@example.kr").first()
    assert told is not None and told.kind == "invitation_to_account" and "/invitations/" not in told.payload


async def test_a_company_page_lists_its_open_jobs_and_no_others(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    open_id = await make_posting(employer_id, owner.id, title="CNC 선반 가공원")
    await make_posting(employer_id, owner.id, title="초안 공고", publish=False)
    other_owner, other_id = await make_employer("other@b.kr", VALID_BRNS[1], name_ko="부산해양")
    await make_posting(other_id, other_owner.id, title="선박 용접공")
    page = await client.get(f"/companies/{employer_id}")
    assert page.status_code == 200
    assert f'href="/jobs/{open_id}"' in page.text and "채용 중인 공고 (1)" in page.text
    assert "초안 공고" not in page.text and "선박 용접공" not in page.text
    _, quiet_id = await make_employer("quiet@c.kr", VALID_BRNS[2], name_ko="조용한기업")
    assert "이 기업은 지금 채용 중인 공고가 없습니다." in (await client.get(f"/companies/{quiet_id}")).text
