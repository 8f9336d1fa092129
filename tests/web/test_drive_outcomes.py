"""The drive day's outcomes in pages: a company's interviews on its drive page with an outcome to save for each
(good, refused in place, without CSRF, another company's, a centre member's and a seeker's attempts), and the
participant's results on their itinerary."""

from __future__ import annotations

import httpx

from jobsfez.db import fetch, fetchrow
from tests.drive_day_factories import DriveDay, make_drive_day
from tests.helpers import VALID_BRNS, csrf_of, login, make_employer, make_seeker

HTMX = {"hx-request": "true"}


async def joined(day: DriveDay, company: str = "precision") -> None:
    await fetch(
        "INSERT INTO drive_employers (drive_id, employer_id, status) VALUES ($1, $2, 'joined')",
        day.drive_id,
        day.companies[company],
    )


async def begun(interview_id: int) -> None:
    """The interview started five minutes ago."""
    await fetch(
        """UPDATE drive_interviews SET starts_at = now() - interval '5 minutes', ends_at = now() + interval '15 minutes'
           WHERE id = $1""",
        interview_id,
    )


async def outcome_of(interview_id: int) -> str | None:
    row = await fetchrow("SELECT outcome FROM drive_interviews WHERE id = $1", interview_id)
    assert row is not None
    return row["outcome"]


async def save(
    client: httpx.AsyncClient, day: DriveDay, interview_id: int, outcome: str, *, htmx: bool = True
) -> httpx.Response:
    token = csrf_of((await client.get(f"/employer/drives/{day.drive_id}")).text)
    return await client.post(
        f"/employer/drives/{day.drive_id}/interviews/{interview_id}/outcome",
        data={"_csrf": token, "outcome": outcome},
        headers=HTMX if htmx else {},
    )


async def test_the_company_records_an_outcome_from_its_drive_page(client: httpx.AsyncClient) -> None:
    day = await make_drive_day()
    await joined(day)
    interview = day.interviews["minjun-precision"]
    await begun(interview)
    await login(client, "owner@precision.kr")
    page = await client.get(f"/employer/drives/{day.drive_id}")
    assert page.status_code == 200 and f'hx-get="/employer/drives/{day.drive_id}/interviews"' in page.text

    section = await client.get(f"/employer/drives/{day.drive_id}/interviews", headers=HTMX)
    assert section.status_code == 200 and "<html" not in section.text
    assert "김민준" in section.text and "Emma Park" in section.text and "부산로봇" not in section.text
    assert section.text.count('name="outcome"') == 1  # only the interview that began has a form
    assert "minjun@example.kr" not in section.text  # no consent given

    saved = await save(client, day, interview, "next_round")
    assert saved.status_code == 200, saved.text[:300]
    assert f'id="interview-{interview}"' in saved.text and 'value="next_round" selected' in saved.text
    assert await outcome_of(interview) == "next_round"

    plain = await save(client, day, interview, "hired", htmx=False)
    assert (
        plain.status_code in (302, 303) and plain.headers["location"] == f"/employer/drives/{day.drive_id}/interviews"
    )
    assert await outcome_of(interview) == "hired"
    full = await client.get(f"/employer/drives/{day.drive_id}/interviews")
    assert full.status_code == 200 and "<html" in full.text and 'value="hired" selected' in full.text


async def test_refused_outcomes_answer_in_place_and_change_nothing(client: httpx.AsyncClient) -> None:
    day = await make_drive_day()
    await joined(day)
    await login(client, "owner@precision.kr")
    early = await save(client, day, day.interviews["minjun-precision"], "hired")
    assert early.status_code == 400 and "아직 시작하지 않은 면접" in early.text and "<html" not in early.text

    await begun(day.interviews["minjun-precision"])
    wrong = await save(client, day, day.interviews["minjun-precision"], "rejected")
    assert wrong.status_code == 400 and "목록에서 결과를" in wrong.text

    await begun(day.interviews["emma-precision"])
    await fetch("UPDATE drive_interviews SET status = 'cancelled' WHERE id = $1", day.interviews["emma-precision"])
    cancelled = await save(client, day, day.interviews["emma-precision"], "no_show")
    assert cancelled.status_code == 409 and "취소된 면접" in cancelled.text

    plain = await save(client, day, day.interviews["minjun-precision"], "", htmx=False)
    assert plain.status_code == 400 and "<html" in plain.text and "목록에서 결과를" in plain.text

    no_csrf = await client.post(
        f"/employer/drives/{day.drive_id}/interviews/{day.interviews['minjun-precision']}/outcome",
        data={"outcome": "hired"},
        headers=HTMX,
    )
    assert no_csrf.status_code == 403
    assert await outcome_of(day.interviews["minjun-precision"]) is None
    assert await outcome_of(day.interviews["emma-precision"]) is None


async def test_nobody_else_reaches_a_companys_interviews(client: httpx.AsyncClient) -> None:
    day = await make_drive_day()
    await joined(day)
    await joined(day, "robotics")
    theirs = day.interviews["minjun-precision"]
    await begun(theirs)
    await make_employer("owner@other.kr", VALID_BRNS[2], name_ko="다른회사", name_en="Other Co")
    attempts = [
        ("owner@robotics.kr", 404, 404),  # on the drive, but the interview is another company's
        ("owner@other.kr", 404, 404),  # not on the drive
        ("manager@centre.kr", 403, 403),  # the drive's own centre
        ("minjun@example.kr", 403, 403),  # the interview's participant
    ]
    for email, read, write in attempts:
        await login(client, email)
        page = await client.get(f"/employer/drives/{day.drive_id}/interviews", headers=HTMX)
        if email == "owner@robotics.kr":
            assert page.status_code == 200 and "김민준" in page.text and "Emma Park" not in page.text
        else:
            assert page.status_code == read, (email, page.status_code)
        token = csrf_of((await client.get("/")).text)
        response = await client.post(
            f"/employer/drives/{day.drive_id}/interviews/{theirs}/outcome",
            data={"_csrf": token, "outcome": "hired"},
            headers=HTMX,
        )
        assert response.status_code == write, (email, response.status_code)
    assert await outcome_of(theirs) is None


async def test_the_participant_sees_their_results_on_the_itinerary(client: httpx.AsyncClient) -> None:
    day = await make_drive_day()
    await joined(day)
    await begun(day.interviews["minjun-precision"])
    await login(client, "owner@precision.kr")
    assert (await save(client, day, day.interviews["minjun-precision"], "offer")).status_code == 200

    await login(client, "minjun@example.kr")
    itinerary = await client.get(f"/me/drives/{day.drive_id}/itinerary")
    assert f'hx-get="/me/drives/{day.drive_id}/results"' in itinerary.text
    results = await client.get(f"/me/drives/{day.drive_id}/results", headers=HTMX)
    assert results.status_code == 200 and "<html" not in results.text
    assert "명지정밀" in results.text and "합격 제안" in results.text and "부산로봇" not in results.text

    await login(client, "emma@example.kr")
    none_yet = await client.get(f"/me/drives/{day.drive_id}/results")
    assert none_yet.status_code == 200 and "<html" in none_yet.text and "명지정밀" not in none_yet.text
    await make_seeker("other@example.kr")
    await login(client, "other@example.kr")
    assert (await client.get(f"/me/drives/{day.drive_id}/results")).status_code == 404
    await login(client, "owner@precision.kr")
    assert (await client.get(f"/me/drives/{day.drive_id}/results")).status_code == 403
