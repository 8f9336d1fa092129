"""The drive day in pages: a participant's itinerary with its QR code and calendar file, and the host centre's
check-in (a code once, a second scan told when, tampered and other drives' codes refused, walk-ins, search) and
its live board."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime

import httpx
from icalendar import Calendar

from jobsfez.config import Settings
from jobsfez.db import fetch, fetchrow
from jobsfez.drives import checkin
from jobsfez.drives.tables import DriveParticipant
from tests.drive_day_factories import add_participant, make_drive_day
from tests.drive_factories import actor_of, make_drive
from tests.helpers import csrf_of, login, make_seeker

HTMX = {"hx-request": "true"}


async def arrivals() -> dict[int, datetime]:
    rows = await fetch("SELECT id, checked_in_at FROM drive_participants WHERE checked_in_at IS NOT NULL")
    return {row["id"]: row["checked_in_at"] for row in rows}


async def test_the_itinerary_shows_the_interviews_the_qr_code_and_offers_the_calendar(
    client: httpx.AsyncClient,
) -> None:
    day = await make_drive_day()
    await login(client, "minjun@example.kr")
    page = await client.get(f"/me/drives/{day.drive_id}/itinerary")
    assert page.status_code == 200, page.text[:300]
    assert "<svg" in page.text and "<?xml" not in page.text
    code = re.search(r"<code>(JF[0-9A-Z-]+)</code>", page.text)
    assert code is not None and checkin.read("whatever", code[1]) is None  # signed with the app's key only
    assert "명지정밀" in page.text and "부산로봇" in page.text and "A-1" in page.text and "10:00–10:20" in page.text
    assert "@media print" not in page.text and "driveday.css" in page.text

    download = await client.get(f"/me/drives/{day.drive_id}/itinerary.ics")
    assert download.status_code == 200 and download.headers["content-type"].startswith("text/calendar")
    calendar = Calendar.from_ical(download.text)
    assert str(calendar["METHOD"]) == "PUBLISH" and len(calendar.walk("VEVENT")) == 2


async def test_before_publishing_the_itinerary_has_its_code_but_no_times(client: httpx.AsyncClient) -> None:
    day = await make_drive_day(published=False)
    await login(client, "minjun@example.kr")
    page = await client.get(f"/me/drives/{day.drive_id}/itinerary")
    assert page.status_code == 200 and "<svg" in page.text and "명지정밀" not in page.text
    assert (await client.get(f"/me/drives/{day.drive_id}/itinerary.ics")).status_code == 404


async def test_another_seekers_itinerary_is_not_found(client: httpx.AsyncClient) -> None:
    day = await make_drive_day()
    await make_seeker("other@example.kr")
    await login(client, "other@example.kr")
    assert (await client.get(f"/me/drives/{day.drive_id}/itinerary")).status_code == 404
    assert (await client.get(f"/me/drives/{day.drive_id}/itinerary.ics")).status_code == 404
    await login(client, "owner@precision.kr")
    assert (await client.get(f"/me/drives/{day.drive_id}/itinerary")).status_code == 403


async def scan(client: httpx.AsyncClient, drive_id: int, code: str) -> httpx.Response:
    page = await client.get(f"/centre/drives/{drive_id}/checkin")
    return await client.post(
        f"/centre/drives/{drive_id}/checkin", data={"_csrf": csrf_of(page.text), "code": code}, headers=HTMX
    )


async def test_a_code_checks_in_once_and_a_second_scan_says_when(client: httpx.AsyncClient, settings: Settings) -> None:
    day = await make_drive_day()
    secret = settings.secret_key
    await login(client, "manager@centre.kr")
    page = await client.get(f"/centre/drives/{day.drive_id}/checkin")
    assert page.status_code == 200 and 'name="code"' in page.text and "autofocus" in page.text
    assert page.headers["permissions-policy"].startswith("camera=(self)")
    assert (await client.get("/centre/drives")).headers["permissions-policy"].startswith("camera=()")

    code = checkin.code(secret, day.drive_id, day.people["minjun"])
    first = await scan(client, day.drive_id, code)
    assert first.status_code == 200 and "<html" not in first.text
    assert "김민준 님, 환영합니다" in first.text
    stamped = (await arrivals())[day.people["minjun"]]
    row = await fetchrow("SELECT checked_in_by FROM drive_participants WHERE id = $1", day.people["minjun"])
    assert row is not None and row["checked_in_by"] == day.manager_id

    again = await scan(client, day.drive_id, " " + code.lower().replace("-", "- ") + " ")  # typed by hand
    time = stamped.astimezone(checkin.SEOUL).strftime("%H:%M")
    assert again.status_code == 200 and f"이미 {time}에 체크인했습니다" in again.text
    assert await arrivals() == {day.people["minjun"]: stamped}


async def test_a_tampered_or_unknown_code_is_refused_and_changes_nothing(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    day = await make_drive_day()
    code = checkin.code(settings.secret_key, day.drive_id, day.people["minjun"])
    await login(client, "manager@centre.kr")
    forged = [
        code[:-1] + ("A" if code[-1] != "A" else "B"),  # the MAC changed
        code.replace(f"-{day.people['minjun']}-", f"-{day.people['emma']}-"),  # another person, the same MAC
        "JF1-1-AAAAAAAAAAAAAAAA",
        "",
        "<script>alert(1)</script>",
        "x" * 500,
    ]
    for typed in forged:
        refused = await scan(client, day.drive_id, typed)
        assert refused.status_code == 400 and "jobsfez 체크인 코드가 아닙니다" in refused.text, typed
        assert "<script>alert" not in refused.text
    assert await arrivals() == {}


async def test_another_drives_code_is_refused(client: httpx.AsyncClient, settings: Settings) -> None:
    day = await make_drive_day()
    other_drive = await make_drive(day.manager_id, publish=True)
    stranger = await add_participant(other_drive, day.centre_id, name="이바다", email="bada@example.kr")
    await login(client, "manager@centre.kr")
    code = checkin.code(settings.secret_key, other_drive, stranger)
    refused = await scan(client, day.drive_id, code)
    assert refused.status_code == 400 and "다른 채용 행사의 코드입니다" in refused.text
    page = await client.get(f"/centre/drives/{day.drive_id}/checkin")
    by_id = await client.post(
        f"/centre/drives/{day.drive_id}/checkin/{stranger}", data={"_csrf": csrf_of(page.text)}, headers=HTMX
    )
    assert by_id.status_code == 400
    assert await arrivals() == {}


async def test_staff_find_someone_without_their_code_and_add_a_walk_in(client: httpx.AsyncClient) -> None:
    day = await make_drive_day()
    await login(client, "manager@centre.kr")
    page = await client.get(f"/centre/drives/{day.drive_id}/checkin")
    token = csrf_of(page.text)

    found = await client.get(f"/centre/drives/{day.drive_id}/checkin/find", params={"q": "하늘"}, headers=HTMX)
    assert found.status_code == 200 and "김하늘" in found.text and "haneul@example.kr" not in found.text
    assert f"/checkin/{day.people['haneul']}" in found.text
    nobody = await client.get(f"/centre/drives/{day.drive_id}/checkin/find", params={"q": "%_"}, headers=HTMX)
    assert "김하늘" not in nobody.text
    arrived = await client.post(
        f"/centre/drives/{day.drive_id}/checkin/{day.people['haneul']}", data={"_csrf": token}, headers=HTMX
    )
    assert arrived.status_code == 200 and "김하늘 님, 환영합니다" in arrived.text

    added = await client.post(
        f"/centre/drives/{day.drive_id}/walkins",
        data={"_csrf": token, "name": " 최 솔 ", "email": "Sol@Example.kr"},
        headers=HTMX,
    )
    assert added.status_code == 200 and "최 솔 님을 추가하고" in added.text
    walkin = await DriveParticipant.objects().where(DriveParticipant.email == "sol@example.kr").first()
    assert walkin is not None and walkin.source == "walkin" and walkin.checked_in_at is not None
    assert (walkin.registered_by_centre_id, walkin.checked_in_by) == (day.centre_id, day.manager_id)
    listed = await client.get(f"/centre/drives/{day.drive_id}/participants")
    assert listed.status_code == 200 and "최 솔" in listed.text and "당일 현장 접수" in listed.text

    count = await DriveParticipant.count()
    for bad in ({"name": "", "email": "x@example.kr"}, {"name": "누구", "email": "not-an-email"}):
        refused = await client.post(
            f"/centre/drives/{day.drive_id}/walkins", data={"_csrf": token, **bad}, headers=HTMX
        )
        assert refused.status_code == 400 and 'aria-invalid="true"' in refused.text
    twice = await client.post(
        f"/centre/drives/{day.drive_id}/walkins",
        data={"_csrf": token, "name": "김민준", "email": "minjun@example.kr"},
        headers=HTMX,
    )
    assert twice.status_code == 400 and "이미 이 행사의 참가자입니다" in twice.text
    assert await DriveParticipant.count() == count


async def test_the_board_counts_arrivals_and_shows_who_is_next_at_each_booth(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    day = await make_drive_day()
    await login(client, "manager@centre.kr")
    code = checkin.code(settings.secret_key, day.drive_id, day.people["haneul"])
    await scan(client, day.drive_id, code)
    page = await client.get(f"/centre/drives/{day.drive_id}/board")
    assert page.status_code == 200 and 'hx-trigger="every 10s"' in page.text
    fragment = await client.get(f"/centre/drives/{day.drive_id}/board", headers=HTMX)
    assert "<html" not in fragment.text and "<strong>1</strong> / 3" in fragment.text
    rows = re.findall(r"<tr>(.*?)</tr>", fragment.text, re.S)
    booth_a = next(row for row in rows if "A-1" in row)
    booth_b = next(row for row in rows if "B-2" in row)
    assert "김민준" in booth_a and "아직" in booth_a  # 10:00 at 명지정밀, not here yet
    assert "김하늘" in booth_b and "도착" in booth_b  # 10:00 at 부산로봇, checked in


async def test_two_staff_adding_the_same_walk_in_at_once_add_them_once(client: httpx.AsyncClient) -> None:
    day = await make_drive_day()
    actor = await actor_of(day.manager_id)
    outcomes = await asyncio.gather(
        *(checkin.add_walkin(actor, day.drive_id, name="최솔", email="sol@example.kr") for _ in range(2)),
        return_exceptions=True,
    )
    assert sorted(type(outcome).__name__ for outcome in outcomes) == ["Arrival", "ValidationFailed"]
    assert await DriveParticipant.count().where(DriveParticipant.email == "sol@example.kr") == 1


async def test_scanning_twice_at_once_checks_in_once(client: httpx.AsyncClient, settings: Settings) -> None:
    day = await make_drive_day()
    actor = await actor_of(day.manager_id)
    code = checkin.code(settings.secret_key, day.drive_id, day.people["emma"])
    arrivals_ = await asyncio.gather(
        *(checkin.check_in_code(actor, day.drive_id, code, secret=settings.secret_key) for _ in range(5))
    )
    assert sorted(arrival.already for arrival in arrivals_) == [False, True, True, True, True]
    assert len({arrival.checked_in_at for arrival in arrivals_}) == 1


async def test_a_participant_cancels_an_interview_from_the_itinerary_once(client: httpx.AsyncClient) -> None:
    day = await make_drive_day()
    await login(client, "minjun@example.kr")
    page = await client.get(f"/me/drives/{day.drive_id}/itinerary")
    action = f"/me/drives/{day.drive_id}/itinerary/interviews/{day.interviews['minjun-precision']}/cancel"
    assert page.text.count('/cancel"') == 2 and action in page.text
    token = csrf_of(page.text)

    assert (await client.post(action, data={})).status_code == 403  # no CSRF token: nothing changes
    done = await client.post(action, data={"_csrf": token})
    assert done.status_code == 303 and done.headers["location"] == f"/me/drives/{day.drive_id}/itinerary"
    page = await client.get(f"/me/drives/{day.drive_id}/itinerary")
    assert page.text.count('/cancel"') == 1 and "취소됨" in page.text
    again = await client.post(action, data={"_csrf": token})
    assert again.status_code == 409 and "이미 취소된 면접" in again.text
    row = await fetchrow(
        "SELECT status, sequence FROM drive_interviews WHERE id = $1", day.interviews["minjun-precision"]
    )
    assert row is not None and (row["status"], row["sequence"]) == ("cancelled", 1)


async def test_nobody_cancels_another_participants_interview(client: httpx.AsyncClient) -> None:
    day = await make_drive_day()
    await login(client, "emma@example.kr")
    page = await client.get(f"/me/drives/{day.drive_id}/itinerary")
    for drive_id, interview in ((day.drive_id, day.interviews["minjun-precision"]), (day.drive_id + 1, 1)):
        answer = await client.post(
            f"/me/drives/{drive_id}/itinerary/interviews/{interview}/cancel", data={"_csrf": csrf_of(page.text)}
        )
        assert answer.status_code == 404
    await login(client, "owner@precision.kr")
    page = await client.get("/employer")
    answer = await client.post(
        f"/me/drives/{day.drive_id}/itinerary/interviews/{day.interviews['emma-precision']}/cancel",
        data={"_csrf": csrf_of(page.text)},
    )
    assert answer.status_code == 403
    rows = await fetch("SELECT DISTINCT status FROM drive_interviews")
    assert [row["status"] for row in rows] == ["scheduled"]


async def test_the_mailed_cancel_link_asks_first_and_works_without_signing_in(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    from jobsfez.drives import itineraries
    from tests.interview_factories import links_for

    day = await make_drive_day()
    interview = day.interviews["emma-precision"]
    [stop] = await itineraries.stops_of(day.drive_id, condition="AND i.id = $2", args=[interview])
    url = itineraries.cancel_url(links_for(settings), stop).removeprefix(settings.base_url)

    page = await client.get(url)  # opening it (a mail scanner, a preview) cancels nothing
    assert page.status_code == 200 and "Myeongji Precision" in page.text and "Cancel this interview" in page.text
    assert (await client.post(url, data={})).status_code == 403
    done = await client.post(url, data={"_csrf": csrf_of(page.text)})
    assert done.status_code == 303
    shown = await client.get(done.headers["location"])
    assert shown.status_code == 200 and "Your interview is cancelled" in shown.text
    again = await client.get(url)
    assert "already cancelled" in again.text and "Cancel this interview" not in again.text
    assert (await client.get(url[:-3] + "xyz")).status_code == 404
    row = await fetchrow("SELECT status, sequence FROM drive_interviews WHERE id = $1", interview)
    assert row is not None and (row["status"], row["sequence"]) == ("cancelled", 1)


async def test_a_slot_offer_is_accepted_with_one_post_from_its_link_and_a_second_racer_is_told_it_is_gone(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    from jobsfez.drives import backfill
    from tests.interview_factories import links_for

    day = await make_drive_day()
    freed = day.interviews["emma-precision"]
    await fetch(
        "UPDATE drive_interviews SET status = 'cancelled', starts_at = now() + interval '1 hour', "
        "ends_at = now() + interval '80 minutes' WHERE id = $1",
        freed,
    )
    # 하늘 (roster, no account) and 민준... 민준 already meets precision; a walk-in stands in as the second racer
    walkin = await add_participant(
        day.drive_id, day.centre_id, name="박지성", email="jisung@example.kr", source="walkin"
    )
    rows = await fetch(
        """INSERT INTO drive_slot_offers (drive_id, interview_id, participant_id, expires_at)
           SELECT $1, $2, unnest($3::bigint[]), i.starts_at FROM drive_interviews i WHERE i.id = $2
           RETURNING id, expires_at""",
        day.drive_id,
        freed,
        [day.people["haneul"], walkin],
    )
    links = links_for(settings)
    first, second = (backfill.offer_url(links, r["id"], r["expires_at"]).removeprefix(settings.base_url) for r in rows)

    page = await client.get(first)  # opening it accepts nothing
    assert page.status_code == 200 and "명지정밀" in page.text and "이 면접 수락하기" in page.text
    assert (await client.post(first, data={})).status_code == 403
    won = await client.post(first, data={"_csrf": csrf_of(page.text)})
    assert won.status_code == 200 and "면접이 확정되었습니다" in won.text

    other = await client.get(second)
    assert other.status_code == 409 and "다른 참가자가 먼저 수락하여" in other.text and "수락하기" not in other.text
    assert (await client.get(first[:-3] + "xyz")).status_code == 404
    [row] = await fetch(
        "SELECT participant_id FROM drive_interviews WHERE employer_id = $1 AND status = 'scheduled' "
        "AND starts_at > now() AND starts_at < now() + interval '2 hours'",
        day.companies["precision"],
    )
    assert row["participant_id"] == day.people["haneul"]


async def test_a_slot_offer_reaches_the_inbox_with_its_link(client: httpx.AsyncClient, settings: Settings) -> None:
    from jobsfez.drives import backfill
    from tests.drive_day_factories import add_interview
    from tests.interview_factories import deliver_due, links_for

    day = await make_drive_day()
    # 하늘 leaves a robotics slot an hour from now; Emma, here and free then, is offered it
    freed = await add_interview(day.drive_id, day.people["haneul"], day.companies["robotics"], datetime.now(UTC))
    await fetch(
        "UPDATE drive_interviews SET status = 'cancelled', starts_at = now() + interval '1 hour', "
        "ends_at = now() + interval '80 minutes' WHERE id = $1",
        freed,
    )
    await fetch("UPDATE drive_participants SET checked_in_at = now() WHERE id = $1", day.people["emma"])
    await fetch(
        "INSERT INTO drive_interest (drive_id, participant_id, employer_id, side) VALUES ($1, $2, $3, 'participant')",
        day.drive_id,
        day.people["emma"],
        day.companies["robotics"],
    )
    assert await backfill.offer_freed(datetime.now(UTC), links=links_for(settings)) == 1
    await deliver_due(settings)
    await login(client, "emma@example.kr")
    inbox = await client.get("/inbox")
    assert inbox.status_code == 200 and "Busan Robotics" in inbox.text, inbox.text[-1500:]
