"""Every drive page and form: a centre's list, new, edit, the dashboard with its lifecycle and co-hosts, and what
the public sees (the list, a drive's page with its Event JSON-LD, the Atom feed, the sitemap, the home page)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any
from xml.etree import ElementTree as ET

import httpx
import pytest

from jobsfez.drives import service as drives
from jobsfez.drives.tables import Drive, DriveDay, DriveHistory, DriveHost
from jobsfez.syndication import ATOM, SITEMAP
from tests.drive_factories import actor_of, drive_input, in_days, make_drive
from tests.helpers import add_centre_member, csrf_of, form_post, login, make_centre, make_employer, make_seeker


def form_of(**changes: Any) -> dict[str, Any]:
    """The drive form as a browser sends it: every field, and the day rows as repeated fields."""
    raw = drive_input()
    data: dict[str, Any] = {name: str(getattr(raw, name)) for name in raw.__dataclass_fields__ if name != "days"}
    data.update(
        day_date=[day.date for day in raw.days] + [""],
        day_starts=[day.starts for day in raw.days] + [""],
        day_ends=[day.ends for day in raw.days] + [""],
    )
    data.update(changes)
    return data


async def snapshot() -> tuple[Any, ...]:
    """Everything a drive form could change."""
    return (
        await Drive.select().order_by(Drive.id),
        await DriveDay.select().order_by(DriveDay.id),
        await DriveHost.select().order_by(DriveHost.id),
        await DriveHistory.count(),
    )


def json_ld(html: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "the page has no JSON-LD"
    data: dict[str, Any] = json.loads(match.group(1))
    return data


async def test_a_manager_creates_a_drive_edits_it_and_opens_registration(client: httpx.AsyncClient) -> None:
    await make_centre()
    await login(client, "manager@centre.kr")
    new = await client.get("/centre/drives/new")
    assert new.status_code == 200 and 'value="15"' in new.text and 'value="39"' in new.text
    created = await form_post(client, "/centre/drives/new", "/centre/drives", form_of())
    assert created.status_code == 302
    drive_id = int(created.headers["location"].rsplit("/", 1)[1])
    dashboard = await client.get(f"/centre/drives/{drive_id}")
    assert dashboard.status_code == 200 and "명지 AI·제조 현장면접의 날" in dashboard.text
    assert "초안" in dashboard.text and "참가 신청 열기" in dashboard.text and "작성함" in dashboard.text
    assert f"{in_days(14).year}년 {in_days(14).month}월 {in_days(14).day}일" in dashboard.text
    assert "10:00–17:00" in dashboard.text

    edit = await client.get(f"/centre/drives/{drive_id}/edit")
    assert 'value="명지 AI·제조 현장면접의 날"' in edit.text and f'value="{in_days(14).isoformat()}"' in edit.text
    edited = await client.post(
        f"/centre/drives/{drive_id}/edit",
        data={**form_of(title="명지 현장면접의 날", capacity="450"), "_csrf": csrf_of(edit.text)},
    )
    assert edited.status_code == 302 and edited.headers["location"] == f"/centre/drives/{drive_id}"
    dashboard = await client.get(f"/centre/drives/{drive_id}")
    assert "수정함" in dashboard.text and "<del>300</del> → <ins>450</ins>" in dashboard.text

    opened = await client.post(
        f"/centre/drives/{drive_id}/status", data={"action": "publish", "_csrf": csrf_of(dashboard.text)}
    )
    assert opened.status_code == 302
    dashboard = await client.get(f"/centre/drives/{drive_id}")
    assert "참가 신청 중" in dashboard.text and "참가 신청을 열었습니다" in dashboard.text
    assert "참가 신청 마감" in dashboard.text and "개최 완료로 표시" not in dashboard.text  # held once the day begins
    assert f'href="/drives/{drive_id}"' in dashboard.text
    assert "명지 현장면접의 날" in (await client.get("/centre")).text
    listed = await client.get("/centre/drives")
    assert listed.status_code == 200 and f'href="/centre/drives/{drive_id}"' in listed.text


async def test_the_form_adds_a_day_row_in_place(client: httpx.AsyncClient) -> None:
    await make_centre()
    await login(client, "manager@centre.kr")
    row = await client.get("/centre/drives/day-row", headers={"hx-request": "true"})
    assert row.status_code == 200 and 'name="day_date"' in row.text and "<html" not in row.text


# each field wrong in turn, and the Korean message the form shows beside it; days are counted when the test runs (a
# lambda), not when the list is read: a run that passed midnight in Korea had the drive's day move and not its deadline
BAD_DRIVES: list[tuple[dict[str, Any] | Callable[[], dict[str, Any]], str]] = [
    ({"title": "  "}, "행사 이름을 입력해 주세요"),
    ({"title": "가" * 121}, "120자"),
    ({"description": ""}, "행사 대상과 당일 진행 내용"),
    ({"venue_district": "gangnam"}, "지역을 골라"),
    ({"venue_district": "other", "venue_address": ""}, "행사장 주소를 입력"),
    ({"rooms": "x" * 301}, "300자"),
    ({"cohort": "x" * 121}, "120자"),
    ({"region": "seoul"}, "참가자 거주 지역을 골라"),
    ({"visibility": "secret"}, "공개 범위를 골라"),
    ({"capacity": "0"}, "1명에서 20,000명"),
    ({"capacity": "많이"}, "1명에서 20,000명"),
    ({"min_age": "12"}, "15세부터 99세"),
    ({"min_age": "40", "max_age": "20"}, "15세부터 99세"),
    ({"day_date": [""], "day_starts": [""], "day_ends": [""]}, "행사 날짜와 시작·종료 시간을 입력"),
    ({"day_date": ["2026-02-30"], "day_starts": ["10:00"], "day_ends": ["17:00"]}, "날짜, 시작 시간, 종료 시간을 모두"),
    (lambda: {"day_date": [in_days(14).isoformat()], "day_starts": ["17:00"], "day_ends": ["10:00"]}, "종료 시간은"),
    (lambda: {"day_date": [in_days(-1).isoformat()], "day_starts": ["10:00"], "day_ends": ["17:00"]}, "이미 시작된"),
    ({"registration_opens_at": ""}, "신청 시작과 마감을 모두"),
    ({"registration_closes_at": "다음 주"}, "2026-12-10 09:00 형식"),
    # times Korea reads but UTC cannot hold: year 1 in Seoul is the year before year 1 in UTC (were a 500)
    ({"registration_opens_at": "0001-01-01T00:00"}, "2026-12-10 09:00 형식"),
    ({"day_date": ["0001-01-01"], "day_starts": ["08:00"], "day_ends": ["17:00"]}, "날짜, 시작 시간, 종료 시간을 모두"),
    (lambda: {"registration_closes_at": f"{in_days(15).isoformat()}T09:00"}, "행사 첫날이 시작되기 전에 마감"),
    ({"day_date": "x" * 30_000}, "날짜, 시작 시간, 종료 시간을 모두"),  # cut short, and refused
]


@pytest.mark.parametrize(("changes", "message"), BAD_DRIVES)
async def test_a_bad_new_drive_is_explained_and_stores_nothing(
    client: httpx.AsyncClient, changes: dict[str, Any] | Callable[[], dict[str, Any]], message: str
) -> None:
    await make_centre()
    await login(client, "manager@centre.kr")
    sent = form_of(**(changes() if callable(changes) else changes))
    response = await form_post(client, "/centre/drives/new", "/centre/drives", sent)
    assert response.status_code == 400 and message in response.text, response.text[-3000:]
    assert "표시된 항목을 고쳐 주세요" in response.text
    assert await Drive.count() == 0 and await DriveDay.count() == 0 and await DriveHistory.count() == 0


async def test_a_bad_day_keeps_what_was_typed_and_its_message_beside_it(client: httpx.AsyncClient) -> None:
    await make_centre()
    await login(client, "manager@centre.kr")
    day = in_days(14).isoformat()
    sent = form_of(day_date=["", day], day_starts=["", "17:00"], day_ends=["", "10:00"])
    response = await form_post(client, "/centre/drives/new", "/centre/drives", sent)
    assert response.status_code == 400
    row = re.search(r'<div class="day-row invalid">(.*?)</div>', response.text, re.S)
    assert row is not None, "the bad day's row is not marked"
    assert f'value="{day}"' in row.group(1) and 'value="17:00"' in row.group(1) and "종료 시간은 시작" in row.group(1)


@pytest.mark.parametrize(("changes", "message"), BAD_DRIVES[:6])
async def test_a_bad_edit_is_explained_and_changes_nothing(
    client: httpx.AsyncClient, changes: dict[str, Any], message: str
) -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id)
    await login(client, "manager@centre.kr")
    before = await snapshot()
    page = f"/centre/drives/{drive_id}/edit"
    response = await form_post(client, page, page, form_of(**changes))
    assert response.status_code == 400 and message in response.text
    assert await snapshot() == before


@pytest.mark.parametrize(
    ("approved", "setup", "action", "status", "message"),
    [
        (False, {}, "publish", 403, "운영팀이 센터를 승인하면 채용 행사를 공개할 수 있습니다"),
        (True, {"registration_opens_at": "", "registration_closes_at": ""}, "publish", 400, "신청 기간을 정해 주세요"),
        (True, {}, "close", 400, "참가 신청 중인 행사만 마감할 수 있습니다"),
        (True, {}, "launch", 400, "행사에 대해 할 일을 골라 주세요"),
    ],
)
async def test_a_refused_step_is_explained_on_the_dashboard_and_changes_nothing(
    client: httpx.AsyncClient, approved: bool, setup: dict[str, str], action: str, status: int, message: str
) -> None:
    manager, _ = await make_centre(approved=approved)
    drive_id = await make_drive(manager.id, **setup)
    await login(client, "manager@centre.kr")
    before = await snapshot()
    page = f"/centre/drives/{drive_id}"
    response = await form_post(client, page, f"{page}/status", {"action": action})
    assert response.status_code == status and message in response.text
    assert 'id="hosts"' in response.text  # the dashboard again, with the reason
    assert await snapshot() == before


async def test_an_unapproved_centre_is_told_its_drives_wait_for_staff(client: httpx.AsyncClient) -> None:
    manager, _ = await make_centre(approved=False)
    drive_id = await make_drive(manager.id)
    await login(client, "manager@centre.kr")
    for page in ("/centre/drives", f"/centre/drives/{drive_id}"):
        assert "운영팀이 센터를 승인하면 참가 신청을 열 수 있습니다" in (await client.get(page)).text


async def test_the_lead_adds_a_co_host_in_place_who_then_sees_the_drive_but_not_its_controls(
    client: httpx.AsyncClient,
) -> None:
    manager, _ = await make_centre()
    partner, partner_id = await make_centre("partner@centre.kr", name_ko="부산대학교 일자리플러스센터")
    drive_id = await make_drive(manager.id, publish=True)
    await login(client, "manager@centre.kr")
    page = f"/centre/drives/{drive_id}"
    dashboard = await client.get(page)
    assert f'<option value="{partner_id}">부산대학교 일자리플러스센터</option>' in dashboard.text
    token = csrf_of(dashboard.text)
    added = await client.post(
        f"{page}/hosts", data={"centre_id": str(partner_id), "_csrf": token}, headers={"hx-request": "true"}
    )
    assert added.status_code == 200 and "<html" not in added.text and 'id="hosts"' in added.text
    assert "부산대학교 일자리플러스센터이(가) 이제 이 행사를 공동 주최합니다" in added.text
    again = await client.post(
        f"{page}/hosts", data={"centre_id": str(partner_id), "_csrf": token}, headers={"hx-request": "true"}
    )
    assert again.status_code == 400 and "이미 행사를 주최하고" in again.text and 'id="hosts"' in again.text
    assert await DriveHost.count() == 2

    client.cookies.clear()
    await login(client, partner.email)
    shared = await client.get(page)
    assert shared.status_code == 200 and "우리 센터는 이 행사의 공동 주최 기관입니다" in shared.text
    assert f"{page}/status" not in shared.text and f"{page}/edit" not in shared.text
    assert f"{page}/hosts" not in shared.text
    assert "공동 주최" in (await client.get("/centre/drives")).text
    token = csrf_of(shared.text)
    for title in ("바꿈", ""):  # refused as a co-host before anything is checked
        refused = await client.post(f"{page}/edit", data={**form_of(title=title), "_csrf": token})
        assert refused.status_code == 403 and "주관 센터만 이 행사를 변경할 수 있습니다" in refused.text
    step = await client.post(f"{page}/status", data={"action": "close", "_csrf": token})
    assert step.status_code == 403 and "주관 센터만" in step.text
    assert (await drives.hosted(await actor_of(manager.id), drive_id)).status == "open"

    client.cookies.clear()
    await login(client, "manager@centre.kr")
    token = csrf_of((await client.get(page)).text)
    lead = await client.post(f"{page}/hosts/{partner_id - 1}/remove", data={"_csrf": token})
    assert lead.status_code == 400 and "주관 센터는 행사에서 빠질 수 없습니다" in lead.text
    removed = await client.post(f"{page}/hosts/{partner_id}/remove", data={"_csrf": token})
    assert removed.status_code == 200 and "공동 주최 기관을 제외했습니다" in removed.text
    assert await DriveHost.count() == 1


@pytest.mark.parametrize("centre_id", ["", "abc", "999999"])
async def test_a_bad_co_host_is_explained_in_place(client: httpx.AsyncClient, centre_id: str) -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id)
    await login(client, "manager@centre.kr")
    page = f"/centre/drives/{drive_id}"
    response = await form_post(client, page, f"{page}/hosts", {"centre_id": centre_id}, headers={"hx-request": "true"})
    assert response.status_code == 400 and "승인된 진로·취업 센터를 골라 주세요" in response.text
    assert 'id="hosts"' in response.text and await DriveHost.count() == 1


async def test_a_counsellor_runs_drives_too(client: httpx.AsyncClient) -> None:
    manager, _ = await make_centre()
    await add_centre_member(manager, "counsellor@centre.kr")
    await login(client, "counsellor@centre.kr")
    created = await form_post(client, "/centre/drives/new", "/centre/drives", form_of())
    assert created.status_code == 302
    assert (await Drive.select(Drive.created_by).first()) is not None


@pytest.mark.parametrize("who", ["anonymous", "seeker", "employer"])
async def test_drive_pages_are_for_centre_members(client: httpx.AsyncClient, who: str) -> None:
    if who == "seeker":
        await make_seeker()
        await login(client, "seeker@example.kr")
    elif who == "employer":
        await make_employer()
        await login(client, "owner@example.kr")
    for page in ("/centre/drives", "/centre/drives/new", "/centre/drives/day-row"):
        response = await client.get(page)
        if who == "anonymous":
            assert response.status_code == 302 and response.headers["location"] == f"/login?next={page}"
        else:
            assert response.status_code == 403 and "진로·취업 센터 구성원을 위한 페이지" in response.text
    if who != "anonymous":
        token = csrf_of((await client.get("/account")).text)
        assert (await client.post("/centre/drives", data={**form_of(), "_csrf": token})).status_code == 403
    assert await Drive.count() == 0


DRIVE_POSTS = [
    ("/centre/drives", form_of()),
    ("/centre/drives/{drive}/edit", form_of(title="바꿈")),
    ("/centre/drives/{drive}/status", {"action": "publish"}),
    ("/centre/drives/{drive}/hosts", {"centre_id": "{partner}"}),
    ("/centre/drives/{drive}/hosts/{partner}/remove", {}),
]


@pytest.mark.parametrize(("action", "data"), DRIVE_POSTS)
@pytest.mark.parametrize("token", [None, "forged"])
async def test_every_drive_form_needs_the_sessions_csrf_token(
    client: httpx.AsyncClient, action: str, data: dict[str, Any], token: str | None
) -> None:
    manager, _ = await make_centre()
    _, partner = await make_centre("partner@centre.kr", name_ko="부산대학교 일자리플러스센터")
    drive_id = await make_drive(manager.id)
    if "remove" in action:
        await drives.add_host(await actor_of(manager.id), drive_id, centre_id=partner)
    await login(client, "manager@centre.kr")
    await client.get(f"/centre/drives/{drive_id}")
    before = await snapshot()
    sent = {k: v.format(partner=partner) if isinstance(v, str) else v for k, v in data.items()}
    response = await client.post(
        action.format(drive=drive_id, partner=partner), data={**sent, **({"_csrf": token} if token else {})}
    )
    assert response.status_code == 403 and "입력 양식이 만료되었습니다" in response.text
    assert await snapshot() == before


async def test_the_public_sees_open_public_drives_on_the_list_the_home_page_and_the_feed(
    client: httpx.AsyncClient,
) -> None:
    manager, _ = await make_centre()
    actor = await actor_of(manager.id)
    shown = await make_drive(manager.id, publish=True, title="명지 AI·제조 현장면접의 날")
    draft = await make_drive(manager.id, title="아직 초안")
    invited = await make_drive(manager.id, publish=True, visibility="invite_only", title="한 학교만")
    archived = await make_drive(manager.id, publish=True, title="취소된 행사")
    await drives.transition(actor, archived, "close")
    await drives.transition(actor, archived, "archive")

    listed = await client.get("/drives")
    assert listed.status_code == 200 and f'href="/drives/{shown}"' in listed.text
    assert "참가 신청 중" in listed.text and "주최: 명지청년센터" in listed.text
    for hidden in (draft, invited, archived):
        assert f'href="/drives/{hidden}"' not in listed.text
        assert (await client.get(f"/drives/{hidden}")).status_code == 404
    home = await client.get("/")
    assert f'href="/drives/{shown}"' in home.text and "다가오는 채용 행사" in home.text
    assert f'href="/drives/{invited}"' not in home.text

    feed = ET.fromstring((await client.get("/drives/feed.atom")).content)  # noqa: S314 (our own output)
    entries = feed.findall(f"{{{ATOM}}}entry")
    assert [e.findtext(f"{{{ATOM}}}id") for e in entries] == [f"http://testserver/drives/{shown}"]
    assert entries[0].findtext(f"{{{ATOM}}}title") == "명지 AI·제조 현장면접의 날"
    assert entries[0].findtext(f"{{{ATOM}}}author/{{{ATOM}}}name") == "명지청년센터"
    assert feed.find(f"{{{ATOM}}}link[@rel='self']") is not None

    sitemap = ET.fromstring((await client.get("/sitemap.xml")).content)  # noqa: S314 (our own output)
    locations = [loc.text for loc in sitemap.iter(f"{{{SITEMAP}}}loc")]
    assert "http://testserver/drives" in locations and f"http://testserver/drives/{shown}" in locations
    assert f"http://testserver/drives/{draft}" not in locations


async def test_a_drive_page_carries_its_event_json_ld(client: httpx.AsyncClient) -> None:
    manager, _ = await make_centre()
    _, partner = await make_centre("partner@centre.kr", name_ko="부산대학교 일자리플러스센터", name_en="PNU")
    drive_id = await make_drive(
        manager.id,
        publish=True,
        title="현장면접 </script><script>alert(1)</script>",
        days=(drive_input().days[0], drive_input(days_ahead=15).days[0]),
    )
    await drives.add_host(await actor_of(manager.id), drive_id, centre_id=partner)
    page = await client.get(f"/drives/{drive_id}")
    assert page.status_code == 200 and "<script>alert(1)" not in page.text
    data = json_ld(page.text)
    assert data["@type"] == "Event" and data["name"] == "현장면접 </script><script>alert(1)</script>"
    assert data["startDate"] == f"{in_days(14).isoformat()}T10:00:00+09:00"
    assert data["endDate"] == f"{in_days(15).isoformat()}T17:00:00+09:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["address"]["streetAddress"] == "부산 강서구 명지국제6로 168"
    assert data["location"]["address"]["addressRegion"] == "부산광역시"
    assert [o["name"] for o in data["organizer"]] == ["명지청년센터", "부산대학교 일자리플러스센터"]
    assert data["description"].startswith("명지 AI·제조 기업과 청년 구직자가 만나는 현장 면접")
    assert data["url"] == f"http://testserver/drives/{drive_id}"
    assert "만 15–39세" in page.text and "2026" in page.text


async def test_the_public_pages_read_in_english(client: httpx.AsyncClient) -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)
    client.cookies.set("lang", "en")
    listed = await client.get("/drives")
    assert "Placement drives" in listed.text and "Hosted by Myeongji Youth Centre" in listed.text
    page = await client.get(f"/drives/{drive_id}")
    assert "Ages 15 to 39" in page.text and "Registration open" in page.text and "(Korea time)" in page.text
    feed = ET.fromstring((await client.get("/drives/feed.atom")).content)  # noqa: S314 (our own output)
    assert feed.findtext(f"{{{ATOM}}}title") == "Placement drives on jobsfez"


async def test_an_empty_drive_list_says_so(client: httpx.AsyncClient) -> None:
    listed = await client.get("/drives")
    assert listed.status_code == 200 and "지금은 예정된 채용 행사가 없습니다" in listed.text
    assert "다가오는 채용 행사" not in (await client.get("/")).text
    feed = ET.fromstring((await client.get("/drives/feed.atom")).content)  # noqa: S314 (our own output)
    assert feed.findall(f"{{{ATOM}}}entry") == []
