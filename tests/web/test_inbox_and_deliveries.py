import httpx
from litestar import Litestar

from jobsfez.applications import service as applications
from jobsfez.notifications.tables import Notification
from tests.helpers import VALID_BRNS, csrf_of, login, make_employer, make_posting, make_seeker, make_staff
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
    assert "application_received" in page.text
    client.cookies.clear()
    await make_employer(email="other@b.kr", brn=VALID_BRNS[1], name_ko="비회사", name_en="B Co")
    await login(client, "other@b.kr")
    assert "application_received" not in (await client.get("/deliveries")).text
    client.cookies.clear()
    await make_staff()
    await login(client, "staff@jobsfez.kr")
    assert "application_received" in (await client.get("/deliveries")).text


async def test_a_seeker_cannot_read_someone_elses_inbox_item(app: Litestar, client: httpx.AsyncClient) -> None:
    await _application(app)
    await make_seeker("nosy@example.kr")
    await login(client, "nosy@example.kr")
    item = await Notification.objects().where(Notification.channel == "inbox").first()
    assert item is not None
    page = await client.get("/inbox")
    assert (await client.post(f"/inbox/{item.id}/read", data={"_csrf": csrf_of(page.text)})).status_code == 404
