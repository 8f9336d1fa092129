"""A drive's timetable in pages: building with K, what it achieves beside greedy, one interview's lock, move and
swap with refusals shown in place, publishing with a confirmation, the print pages, bad input and CSRF."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from jobsfez.drives.tables import DriveHistory, DriveInterview, DriveTimetable
from tests.helpers import csrf_of, form_post, login
from tests.timetable_factories import ReadyDrive, ready_drive

pytestmark = pytest.mark.usefixtures("db")


async def interviews(drive_id: int) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = (
        await DriveInterview.select(
            DriveInterview.id,
            DriveInterview.participant_id,
            DriveInterview.employer_id,
            DriveInterview.starts_at,
            DriveInterview.locked,
            DriveInterview.status,
            DriveInterview.sequence,
        )
        .where(DriveInterview.drive_id == drive_id)
        .order_by(DriveInterview.id)
    )
    return rows


async def signed_in_with_timetable(client: httpx.AsyncClient, *, people: int = 4, k: str = "1") -> ReadyDrive:
    ready = await ready_drive(people=people)
    await login(client, "manager@centre.kr")
    page = f"/centre/drives/{ready.drive_id}/timetable"
    built = await form_post(client, page, f"{page}/build", {"max_interviews": k})
    assert built.status_code == 302, built.text[:500]
    return ready


async def test_the_lead_builds_the_timetable_and_sees_it_beside_greedy(client: httpx.AsyncClient) -> None:
    ready = await ready_drive(people=4)
    await login(client, "manager@centre.kr")
    dashboard = await client.get(f"/centre/drives/{ready.drive_id}")
    assert f'href="/centre/drives/{ready.drive_id}/timetable"' in dashboard.text
    page = await client.get(f"/centre/drives/{ready.drive_id}/timetable")
    assert page.status_code == 200 and 'name="max_interviews"' in page.text and 'value="3"' in page.text
    built = await client.post(
        f"/centre/drives/{ready.drive_id}/timetable/build", data={"_csrf": csrf_of(page.text), "max_interviews": "2"}
    )
    assert built.status_code == 302
    shown = await client.get(f"/centre/drives/{ready.drive_id}/timetable")
    assert "최적" in shown.text or "optimal" in shown.text  # proven optimal
    assert shown.text.count("참가자") >= 4  # every participant's name, the centre brought them all
    assert "부스 1" in shown.text and "부스 2" in shown.text
    assert len(await interviews(ready.drive_id)) == 8
    assert f"/centre/drives/{ready.drive_id}/timetable/print/{ready.companies[0]}" in shown.text
    whole = await client.get(f"/centre/drives/{ready.drive_id}/timetable/print")
    booth = await client.get(f"/centre/drives/{ready.drive_id}/timetable/print/{ready.companies[0]}")
    assert whole.status_code == booth.status_code == 200
    assert "부스 2" in whole.text and "부스 2" not in booth.text and "timetable.css" in booth.text
    assert (await client.get(f"/centre/drives/{ready.drive_id}/timetable/print/999999")).status_code == 404


@pytest.mark.parametrize("k", ["0", "11", "three", "", "3" * 30, "<b>"])
async def test_a_bad_k_is_refused_with_a_message_and_nothing_built(client: httpx.AsyncClient, k: str) -> None:
    ready = await ready_drive(people=2)
    await login(client, "manager@centre.kr")
    page = f"/centre/drives/{ready.drive_id}/timetable"
    response = await form_post(client, page, f"{page}/build", {"max_interviews": k})
    assert response.status_code == 400 and 'role="alert"' in response.text
    assert "<b>" not in response.text
    assert await DriveTimetable.count() == 0


async def test_no_build_before_pre_matching_says_so(client: httpx.AsyncClient) -> None:
    ready = await ready_drive(run=False)
    await login(client, "manager@centre.kr")
    page = await client.get(f"/centre/drives/{ready.drive_id}/timetable")
    assert page.status_code == 200 and 'name="max_interviews"' not in page.text
    assert "사전 매칭" in page.text or "pre-matching" in page.text
    response = await client.post(
        f"/centre/drives/{ready.drive_id}/timetable/build", data={"_csrf": csrf_of(page.text), "max_interviews": "3"}
    )
    assert response.status_code == 400 and await DriveTimetable.count() == 0


async def test_lock_move_and_swap_from_an_interviews_page_with_refusals_in_place(client: httpx.AsyncClient) -> None:
    ready = await signed_in_with_timetable(client, people=6, k="1")
    rows = await interviews(ready.drive_id)
    second = next(row for row in rows if row["employer_id"] == ready.companies[1])
    full = next(row for row in rows if row["employer_id"] == ready.companies[0])
    base = f"/centre/drives/{ready.drive_id}/timetable/interviews"
    page = await client.get(f"{base}/{second['id']}")
    assert page.status_code == 200 and 'name="slot"' in page.text and 'name="other"' in page.text
    keys = re.findall(r'<option value="(\d+)"', page.text.split('name="slot"')[1].split("</select>")[0])
    free = next(key for key in keys if int(key) != int(second["starts_at"].timestamp()))
    moved = await client.post(f"{base}/{second['id']}/move", data={"_csrf": csrf_of(page.text), "slot": free})
    assert moved.status_code == 302
    after = next(row for row in await interviews(ready.drive_id) if row["id"] == second["id"])
    assert int(after["starts_at"].timestamp()) == int(free)
    # a time of the first company is full at every slot taken: refused in place, nothing changes
    page = await client.get(f"{base}/{full['id']}")
    taken = next(row for row in rows if row["employer_id"] == ready.companies[0] and row["id"] != full["id"])
    before = await interviews(ready.drive_id)
    refused = await client.post(
        f"{base}/{full['id']}/move",
        data={"_csrf": csrf_of(page.text), "slot": str(int(taken["starts_at"].timestamp()))},
    )
    assert refused.status_code == 409 and 'id="move"' in refused.text
    assert refused.text.index('role="alert"') > refused.text.index('id="move"')
    for bad in ("", "abc", "1", "9" * 40):
        response = await client.post(f"{base}/{full['id']}/move", data={"_csrf": csrf_of(page.text), "slot": bad})
        assert response.status_code == 400, bad
    for bad in ("", "abc", str(full["id"]), "9" * 40):
        response = await client.post(f"{base}/{full['id']}/swap", data={"_csrf": csrf_of(page.text), "other": bad})
        assert response.status_code == 400 and 'id="swap"' in response.text, bad
    assert await interviews(ready.drive_id) == before
    locked = await client.post(f"{base}/{full['id']}/lock", data={"_csrf": csrf_of(page.text), "locked": "yes"})
    assert locked.status_code == 302
    page = await client.get(f"{base}/{full['id']}")
    refused = await client.post(
        f"{base}/{full['id']}/swap", data={"_csrf": csrf_of(page.text), "other": str(taken["id"])}
    )
    assert refused.status_code == 409 and 'id="swap"' in refused.text
    await client.post(f"{base}/{full['id']}/lock", data={"_csrf": csrf_of(page.text), "locked": "no"})
    swapped = await client.post(
        f"{base}/{full['id']}/swap", data={"_csrf": csrf_of(page.text), "other": str(taken["id"])}
    )
    assert swapped.status_code == 302
    assert (await client.get(f"{base}/999999")).status_code == 404


async def test_publishing_asks_for_a_confirmation_and_goes_in_the_history(client: httpx.AsyncClient) -> None:
    ready = await signed_in_with_timetable(client)
    page = f"/centre/drives/{ready.drive_id}/timetable"
    unconfirmed = await form_post(client, page, f"{page}/publish", {})
    assert unconfirmed.status_code == 400 and 'role="alert"' in unconfirmed.text
    assert (await DriveTimetable.select(DriveTimetable.status).first()) == {"status": "draft"}
    published = await form_post(client, page, f"{page}/publish", {"confirm": "yes"})
    assert published.status_code == 302
    assert (await DriveTimetable.select(DriveTimetable.status).first()) == {"status": "published"}
    assert await DriveHistory.count().where(DriveHistory.action == "timetable") == 1
    dashboard = await client.get(f"/centre/drives/{ready.drive_id}")
    assert dashboard.status_code == 200
    again = await form_post(client, page, f"{page}/publish", {"confirm": "yes"})
    assert again.status_code == 400


async def test_every_change_needs_the_csrf_token(client: httpx.AsyncClient) -> None:
    ready = await signed_in_with_timetable(client)
    [row, *_] = await interviews(ready.drive_id)
    base = f"/centre/drives/{ready.drive_id}/timetable"
    before = await interviews(ready.drive_id)
    for action, data in (
        ("build", {"max_interviews": "2"}),
        ("publish", {"confirm": "yes"}),
        (f"interviews/{row['id']}/lock", {"locked": "yes"}),
        (f"interviews/{row['id']}/move", {"slot": "1"}),
        (f"interviews/{row['id']}/swap", {"other": "1"}),
    ):
        response = await client.post(f"{base}/{action}", data=data)
        assert response.status_code == 403, action
    assert await interviews(ready.drive_id) == before
    assert (await DriveTimetable.select(DriveTimetable.status, DriveTimetable.max_interviews).first()) == {
        "status": "draft",
        "max_interviews": 1,
    }


async def test_a_break_is_kept_in_the_form_and_a_bad_one_is_refused_as_typed(client: httpx.AsyncClient) -> None:
    ready = await ready_drive(people=2)
    await login(client, "manager@centre.kr")
    page = f"/centre/drives/{ready.drive_id}/timetable"
    refused = await form_post(
        client, page, f"{page}/build", {"max_interviews": "2", "break_starts": "13:00", "break_ends": "12:00"}
    )
    assert refused.status_code == 400 and 'value="13:00"' in refused.text and 'aria-invalid="true"' in refused.text
    assert await DriveTimetable.count() == 0
    built = await form_post(
        client, page, f"{page}/build", {"max_interviews": "2", "break_starts": "10:30", "break_ends": "11:00"}
    )
    assert built.status_code == 302
    shown = await client.get(page)
    assert 'name="break_starts" type="time" value="10:30"' in shown.text and "10:20–10:40" not in shown.text
