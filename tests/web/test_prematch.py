"""A drive's pre-matching in pages: the centre starts a run and sees its progress and lists, a company its ranked
participants (contact details and résumé only under a standing consent) and its marks, a seeker their companies and
their marks; bad input, CSRF and scope on every route."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from litestar import Litestar

from jobsfez.db import fetch, transaction
from jobsfez.drives import prematch
from jobsfez.drives import service as drives
from jobsfez.drives.tables import DriveInterest, DriveMatchRun
from jobsfez.seekers.tables import SeekerProfile
from tests.drive_factories import actor_of
from tests.helpers import csrf_of, login, make_seeker
from tests.prematch_factories import MatchDrive, match_drive

HTMX = {"hx-request": "true"}


async def matched(client: httpx.AsyncClient) -> MatchDrive:
    """A drive matched from its dashboard, the job run here as the worker runs it."""
    made = await match_drive()
    await login(client, "manager@centre.kr")
    dashboard = await client.get(f"/centre/drives/{made.drive_id}")
    assert dashboard.status_code == 200 and f"/centre/drives/{made.drive_id}/matching" in dashboard.text
    started = await client.post(
        f"/centre/drives/{made.drive_id}/matching", data={"_csrf": csrf_of(dashboard.text)}, headers=HTMX
    )
    assert started.status_code == 200, started.text[:500]
    assert 'hx-trigger="every 1s"' in started.text  # queued: the bar asks for itself again
    outcome = await prematch.run()
    assert outcome is not None and outcome.status == "done"
    return made


async def participant_id(email: str) -> int:
    [row] = await fetch("SELECT id FROM drive_participants WHERE email = $1", email)
    return int(row["id"])


async def test_the_centre_starts_a_run_and_sees_its_result(client: httpx.AsyncClient) -> None:
    made = await matched(client)
    section = await client.get(f"/centre/drives/{made.drive_id}/matching", headers=HTMX)
    assert section.status_code == 200
    assert "every 1s" not in section.text  # done: the polling stops
    welding = made.companies[0][1]
    assert f"/centre/drives/{made.drive_id}/matching/companies/{welding}" in section.text
    listed = await client.get(f"/centre/drives/{made.drive_id}/matching/companies/{welding}")
    assert listed.status_code == 200 and "김용접" in listed.text and "박명단" in listed.text
    assert "explain" in listed.text  # the platform's explanation
    person = await participant_id("welder@example.kr")
    mine = await client.get(f"/centre/drives/{made.drive_id}/matching/participants/{person}")
    assert mine.status_code == 200 and "녹산용접" in mine.text
    assert (await client.get(f"/centre/drives/{made.drive_id}/matching/companies/999999")).status_code == 404
    assert (await client.get(f"/centre/drives/{made.drive_id}/matching/participants/999999")).status_code == 404


async def test_a_second_start_while_one_is_pending_says_so_and_starts_nothing(client: httpx.AsyncClient) -> None:
    made = await match_drive()
    await login(client, "manager@centre.kr")
    token = csrf_of((await client.get(f"/centre/drives/{made.drive_id}")).text)
    first = await client.post(f"/centre/drives/{made.drive_id}/matching", data={"_csrf": token}, headers=HTMX)
    assert first.status_code == 200
    second = await client.post(f"/centre/drives/{made.drive_id}/matching", data={"_csrf": token}, headers=HTMX)
    assert second.status_code == 409 and 'role="alert"' in second.text
    assert await DriveMatchRun.count() == 1
    no_csrf = await client.post(f"/centre/drives/{made.drive_id}/matching", data={}, headers=HTMX)
    assert no_csrf.status_code == 403
    assert await DriveMatchRun.count() == 1


async def test_a_failed_run_shows_its_reason(client: httpx.AsyncClient) -> None:
    made = await match_drive()
    run_id = await prematch.start(await actor_of(made.manager.id), made.drive_id)
    await fetch("UPDATE drive_match_runs SET status = 'failed', error = $2 WHERE id = $1", run_id, prematch.FAILED)
    await login(client, "manager@centre.kr")
    section = await client.get(f"/centre/drives/{made.drive_id}/matching", headers=HTMX)
    assert section.status_code == 200
    assert 'role="alert"' in section.text


async def test_a_company_sees_its_participants_with_contact_details_only_under_consent(
    app: Litestar, client: httpx.AsyncClient
) -> None:
    made = await matched(client)
    welder = await participant_id("welder@example.kr")
    folder: Path = app.state.resources.settings.resume_dir
    await asyncio.to_thread(folder.mkdir, parents=True, exist_ok=True)
    await asyncio.to_thread((folder / "welder-cv.pdf").write_bytes, b"%PDF-1.4 welder")
    await SeekerProfile.update({SeekerProfile.resume_file: "welder-cv.pdf", SeekerProfile.resume_name: "cv.pdf"}).where(
        SeekerProfile.user_id == made.seekers[0].id
    )
    await client.post("/logout", data={"_csrf": csrf_of((await client.get("/account")).text)})
    await login(client, "owner0@example.kr")
    page = await client.get(f"/employer/drives/{made.drive_id}")
    assert page.status_code == 200 and f"/employer/drives/{made.drive_id}/matches" in page.text
    listed = await client.get(f"/employer/drives/{made.drive_id}/matches", headers=HTMX)
    assert listed.status_code == 200
    assert "김용접" in listed.text and "welder@example.kr" in listed.text  # consented from the drive's page
    assert "r1@example.kr" not in listed.text and "박명단" in listed.text  # a roster row without a consent row here
    resume = f"/employer/drives/{made.drive_id}/participants/{welder}/resume"
    assert resume in listed.text
    got = await client.get(resume)
    assert got.status_code == 200 and got.content == b"%PDF-1.4 welder"
    # the consent withdrawn (or run out): the details and the résumé are gone
    await fetch("UPDATE consents SET withdrawn_at = now() WHERE participant_id = $1", welder)
    listed = await client.get(f"/employer/drives/{made.drive_id}/matches")
    assert "welder@example.kr" not in listed.text and resume not in listed.text and "김용접" in listed.text
    assert (await client.get(resume)).status_code == 404
    async with transaction():  # the ledger is append-only: a consent run out is made here past its trigger
        await fetch("SET LOCAL session_replication_role = replica")
        await fetch(
            """UPDATE consents SET withdrawn_at = NULL, given_at = now() - interval '40 days',
                      valid_until = now() - interval '1 day' WHERE participant_id = $1""",
            welder,
        )
    assert "welder@example.kr" not in (await client.get(f"/employer/drives/{made.drive_id}/matches")).text
    assert (await client.get(resume)).status_code == 404


async def test_marks_from_both_sides_show_as_mutual(client: httpx.AsyncClient) -> None:
    made = await matched(client)
    welder = await participant_id("welder@example.kr")
    welding = made.companies[0][1]
    await login(client, "owner0@example.kr")
    token = csrf_of((await client.get(f"/employer/drives/{made.drive_id}/matches")).text)
    mark = f"/employer/drives/{made.drive_id}/matches/{welder}/interest"
    assert (await client.post(mark, data={"_csrf": token, "want": "maybe"}, headers=HTMX)).status_code == 400
    assert (await client.post(mark, data={"want": "yes"}, headers=HTMX)).status_code == 403  # no CSRF token
    assert await DriveInterest.count() == 0
    marked = await client.post(mark, data={"_csrf": token, "want": "yes"}, headers=HTMX)
    assert marked.status_code == 200 and 'aria-pressed="true"' in marked.text
    assert await client.post(mark, data={"_csrf": token, "want": "yes"}, headers=HTMX)  # twice: one row
    assert await DriveInterest.count() == 1
    # the seeker sees the company's mark only once they marked it too
    await login(client, "welder@example.kr")
    page = await client.get(f"/me/drives/{made.drive_id}/matches")
    assert page.status_code == 200 and "녹산용접" in page.text and 'class="badge verified"' not in page.text
    seeker_mark = f"/me/drives/{made.drive_id}/matches/{welding}/interest"
    token = csrf_of(page.text)
    marked = await client.post(seeker_mark, data={"_csrf": token, "want": "yes"}, headers=HTMX)
    assert marked.status_code == 200 and 'class="badge verified"' in marked.text
    assert await DriveInterest.count() == 2
    unmarked = await client.post(seeker_mark, data={"_csrf": token, "want": "no"}, headers=HTMX)
    assert unmarked.status_code == 200 and 'class="badge verified"' not in unmarked.text
    assert await DriveInterest.count() == 1
    # a company not on the drive, or a drive not open: refused, nothing changes
    assert (
        await client.post(f"/me/drives/{made.drive_id}/matches/999999/interest", data={"_csrf": token, "want": "yes"})
    ).status_code == 404
    await drives.transition(await actor_of(made.manager.id), made.drive_id, "close")
    await fetch("UPDATE drives SET status = 'held' WHERE id = $1", made.drive_id)
    held = await client.post(seeker_mark, data={"_csrf": token, "want": "yes"}, headers=HTMX)
    assert held.status_code == 400
    assert await DriveInterest.count() == 1


async def test_a_seeker_sees_only_drives_they_registered_for(client: httpx.AsyncClient) -> None:
    made = await matched(client)
    await make_seeker("stranger@example.kr")
    await login(client, "stranger@example.kr")
    assert (await client.get(f"/me/drives/{made.drive_id}/matches")).status_code == 404
    token = csrf_of((await client.get("/me/drives")).text) if "_csrf" in (await client.get("/me/drives")).text else ""
    if token:
        response = await client.post(
            f"/me/drives/{made.drive_id}/matches/{made.companies[0][1]}/interest", data={"_csrf": token, "want": "yes"}
        )
        assert response.status_code == 404
    await login(client, "owner0@example.kr")  # a company member on a seeker's page
    assert (await client.get(f"/me/drives/{made.drive_id}/matches")).status_code == 403
    await login(client, "welder@example.kr")
    mine = await client.get("/me/drives")
    assert f"/me/drives/{made.drive_id}/matches" in mine.text


@pytest.mark.parametrize("path", ["/employer/drives/{drive}/matches", "/centre/drives/{drive}/matching"])
async def test_a_seeker_gets_403_on_the_other_sides_pages(client: httpx.AsyncClient, path: str) -> None:
    made = await match_drive()
    await login(client, "welder@example.kr")
    assert (await client.get(path.format(drive=made.drive_id))).status_code == 403
