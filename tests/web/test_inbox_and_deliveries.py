import email
from email import policy

import httpx
from litestar import Litestar

from jobsfez.accounts.tables import User
from jobsfez.applications import service as applications
from jobsfez.dev.mailsink import MailSink
from jobsfez.notifications.tables import Notification
from tests.helpers import (
    PASSWORD,
    VALID_BRNS,
    csrf_of,
    form_post,
    login,
    make_employer,
    make_posting,
    make_seeker,
    make_staff,
)
from workers.main import build_deliverer


async def _application(app: Litestar) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id)
    seeker = await make_seeker("permfail-seeker@example.kr")
    await applications.apply(seeker.id, posting_id=posting_id, message="", include_resume=False, base_url="")
    settings = app.state.resources.settings
    deliverer = build_deliverer(settings)
    for row in await Notification.objects():
        await deliverer.deliver(row.id)


async def test_the_inbox_shows_an_unread_badge_until_read(app: Litestar, client: httpx.AsyncClient) -> None:
    await _application(app)
    await login(client, "owner@example.kr")
    badge = await client.get("/inbox/badge")
    assert ">1<" in badge.text.replace(" ", "")
    inbox = await client.get("/inbox")
    item = await Notification.objects().where(Notification.channel == "inbox").first()
    assert item is not None
    response = await client.post(f"/inbox/{item.id}/read", data={"_csrf": csrf_of(inbox.text)})
    assert response.status_code == 200 and 'class="count empty"' in response.text


async def test_delivery_status_is_visible_to_the_company_and_staff_only(
    app: Litestar, client: httpx.AsyncClient
) -> None:
    await _application(app)
    await login(client, "owner@example.kr")
    page = await client.get("/deliveries")
    # in words, not codes; an inbox row names its recipient's address (issue 17)
    assert "새 지원서" in page.text and "application_received" not in page.text
    assert "<td>알림함</td><td>owner@example.kr</td>" in page.text
    client.cookies.clear()
    await make_employer(email="other@b.kr", brn=VALID_BRNS[1], name_ko="비회사", name_en="B Co")
    await login(client, "other@b.kr")
    assert "새 지원서" not in (await client.get("/deliveries")).text
    client.cookies.clear()
    await make_staff()
    await login(client, "staff@jobsfez.kr")
    assert "새 지원서" in (await client.get("/deliveries")).text


async def test_a_seeker_cannot_read_someone_elses_inbox_item(app: Litestar, client: httpx.AsyncClient) -> None:
    await _application(app)
    await make_seeker("nosy@example.kr")
    await login(client, "nosy@example.kr")
    item = await Notification.objects().where(Notification.channel == "inbox").first()
    assert item is not None
    page = await client.get("/inbox")
    assert (await client.post(f"/inbox/{item.id}/read", data={"_csrf": csrf_of(page.text)})).status_code == 404


async def test_a_users_email_can_be_turned_off_in_one_click_and_carries_this_installations_ids(
    app: Litestar, client: httpx.AsyncClient, mail_sink: MailSink
) -> None:
    await _application(app)  # the company's owner gets 'application received'
    [raw] = mail_sink.messages()
    message = email.message_from_bytes(raw, policy=policy.default)
    settings = app.state.resources.settings
    assert message["Message-ID"].endswith(f"@{settings.mail_id_domain}>") and "jobsfez.kr" not in message["Message-ID"]
    assert raw.split(b"\r\nDate: ")[1].split(b"\r\n")[0].endswith(b" +0000")
    assert message["Auto-Submitted"] == "auto-generated"
    assert '<html lang="ko">' in message.get_body(("html",)).get_content()
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = message["List-Unsubscribe"].strip("<>")
    path = url.replace(settings.base_url, "")
    assert (await client.get(path)).status_code == 200
    # the mail client's one-click POST: no session, no token
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as mailer:
        done = await mailer.post(
            path, content=b"List-Unsubscribe=One-Click", headers={"content-type": "application/x-www-form-urlencoded"}
        )
    assert done.status_code == 200
    owner = await User.objects().where(User.email == "owner@example.kr").first()
    assert owner is not None and owner.notify_email is False
    forged = path.rsplit(".", 1)[0] + ".0123456789abcdef0123456789abcdef"
    assert (await client.post(forged)).status_code == 404


async def test_an_email_to_an_address_has_no_unsubscribe_link(
    app: Litestar, client: httpx.AsyncClient, mail_sink: MailSink
) -> None:
    await form_post(
        client,
        "/signup",
        "/signup",
        {"email": "new@example.kr", "password": PASSWORD, "display_name": "x", "consent": "on"},
    )
    row = await Notification.objects().where(Notification.kind == "signup_confirm").first()
    assert row is not None
    assert await build_deliverer(app.state.resources.settings).deliver(row.id) == "sent"
    [raw] = mail_sink.messages()
    assert email.message_from_bytes(raw, policy=policy.default)["List-Unsubscribe"] is None
