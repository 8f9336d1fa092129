"""A centre's webhook on its settings page: set, refused and cleared as a company's is, by managers only; and the
centre's delivery log, which shows its own events."""

from __future__ import annotations

import ipaddress

import httpx
import pytest

from jobsfez.centres.tables import Centre
from jobsfez.db import transaction
from jobsfez.drives import hooks
from jobsfez.notifications import destinations
from jobsfez.notifications import service as notifications
from tests.helpers import add_centre_member, csrf_of, login, make_centre

URL = "https://sis.pnu-career.kr/jobsfez/events"


@pytest.fixture(autouse=True)
def public_names(monkeypatch: pytest.MonkeyPatch) -> None:
    """Names resolve to a public address, as the centre's system's would: no test waits on this machine's DNS."""

    async def resolve(host: str, port: int) -> list[destinations.IPAddress]:
        return [ipaddress.ip_address("93.184.216.34")]

    monkeypatch.setattr(destinations, "resolve", resolve)


async def saved() -> tuple[str, str]:
    centre = await Centre.objects().first()
    assert centre is not None
    return centre.webhook_url, centre.webhook_secret


async def test_a_manager_sets_changes_and_clears_the_webhook(client: httpx.AsyncClient) -> None:
    await make_centre()
    await login(client, "manager@centre.kr")
    page = await client.get("/centre/settings")
    assert page.status_code == 200 and 'action="/centre/settings/webhook"' in page.text
    token = csrf_of(page.text)
    answer = await client.post("/centre/settings/webhook", data={"webhook_url": f"  {URL} ", "_csrf": token})
    url, secret = await saved()
    assert answer.status_code == 200 and "저장했습니다" in answer.text
    assert url == URL and len(secret) == 64 and secret in answer.text
    moved = await client.post("/centre/settings/webhook", data={"webhook_url": URL + "/v2", "_csrf": token})
    assert moved.status_code == 200 and await saved() == (URL + "/v2", secret)  # the receiver's secret is kept
    cleared = await client.post("/centre/settings/webhook", data={"webhook_url": "", "_csrf": token})
    assert cleared.status_code == 200 and await saved() == ("", "") and secret not in cleared.text


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://sis.pnu-career.kr/hook", "https://로 시작하는 주소"),
        ("https://127.0.0.1/hook", "로컬 또는 사설 네트워크"),
        ("https://169.254.169.254/latest/meta-data/", "로컬 또는 사설 네트워크"),
        ("https://user:pass@sis.pnu-career.kr/hook", "사용자 이름과 비밀번호"),
        ("https://<script>alert(1)</script>", "로컬 또는 사설 네트워크"),
    ],
)
async def test_a_bad_address_is_refused_in_place_and_changes_nothing(
    client: httpx.AsyncClient, url: str, message: str
) -> None:
    await make_centre()
    await login(client, "manager@centre.kr")
    token = csrf_of((await client.get("/centre/settings")).text)
    await client.post("/centre/settings/webhook", data={"webhook_url": URL, "_csrf": token})
    before = await saved()
    answer = await client.post(
        "/centre/settings/webhook", data={"webhook_url": url, "_csrf": token}, headers={"hx-request": "true"}
    )
    assert answer.status_code == 400 and message in answer.text
    assert 'id="centre-webhook"' in answer.text and "<script>alert" not in answer.text  # the form, typed text escaped
    assert await saved() == before


async def test_without_the_form_token_nothing_changes(client: httpx.AsyncClient) -> None:
    await make_centre()
    await login(client, "manager@centre.kr")
    await client.get("/centre/settings")
    answer = await client.post("/centre/settings/webhook", data={"webhook_url": URL})
    assert answer.status_code == 403 and await saved() == ("", "")


async def test_a_counsellor_neither_sees_nor_changes_the_webhook(client: httpx.AsyncClient) -> None:
    manager, _ = await make_centre()
    await add_centre_member(manager, "counsellor@centre.kr")
    await login(client, "manager@centre.kr")
    token = csrf_of((await client.get("/centre/settings")).text)
    await client.post("/centre/settings/webhook", data={"webhook_url": URL, "_csrf": token})
    before = await saved()
    client.cookies.clear()
    await login(client, "counsellor@centre.kr")
    token = csrf_of((await client.get("/centre")).text)
    for path in ("/centre/settings", "/centre/deliveries"):
        shown = await client.get(path)
        assert shown.status_code == 403 and before[1] not in shown.text
    answer = await client.post(
        "/centre/settings/webhook", data={"webhook_url": "https://evil.example/x", "_csrf": token}
    )
    assert answer.status_code == 403 and before[1] not in answer.text and URL not in answer.text
    assert await saved() == before


async def test_the_delivery_log_shows_the_centres_own_events(client: httpx.AsyncClient) -> None:
    _, mine = await make_centre()
    _, other = await make_centre("manager@centre-b.kr", name_ko="강서센터", name_en="Gangseo Centre")
    async with transaction():
        for centre_id in (mine, other):
            await notifications.add_many(
                [
                    notifications.NewRow(
                        cause=f"test:{centre_id}",
                        version=0,
                        kind=hooks.PARTICIPANTS_IMPORTED,
                        channel="webhook",
                        recipient=f"https://centre-{centre_id}.example/hook",
                        language="ko",
                        payload={"drive_id": 1, "count": 2},
                        centre_id=centre_id,
                    )
                ]
            )
    await login(client, "manager@centre.kr")
    page = await client.get("/centre/deliveries")
    assert page.status_code == 200
    assert f"https://centre-{mine}.example/hook" in page.text and "채용 행사 참가자 명단 가져오기" in page.text
    assert f"https://centre-{other}.example/hook" not in page.text
