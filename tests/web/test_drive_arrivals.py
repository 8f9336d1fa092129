"""Arrival windows: a seeker gives theirs when registering and changes it on the drive page, the centre sets it on
its participant list, bad times are refused with a message in the reader's language and change nothing, the timetable
keeps every interview inside the window and shows it, and nothing changes once the timetable is published."""

from __future__ import annotations

from datetime import datetime

import httpx
import pytest

from jobsfez.drives import arrivals, timetables
from jobsfez.drives import service as drives
from jobsfez.drives.tables import DriveInterview, DriveParticipant, DriveTimetable
from jobsfez.drives.validation import SEOUL
from jobsfez.errors import NotFound
from tests.drive_factories import actor_of, make_drive
from tests.helpers import csrf_of, form_post, login, make_centre, make_seeker
from tests.timetable_factories import ready_drive

pytestmark = pytest.mark.usefixtures("db")


def clock(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone(SEOUL).strftime("%H:%M")


async def window_of(participant_id: int) -> tuple[str, str]:
    [row] = await DriveParticipant.select(DriveParticipant.arrives_at, DriveParticipant.leaves_at).where(
        DriveParticipant.id == participant_id
    )
    return clock(row["arrives_at"]), clock(row["leaves_at"])


async def test_a_seeker_gives_a_window_when_registering_and_changes_it_until_the_timetable_is_out(
    client: httpx.AsyncClient,
) -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)  # one day, 10:00-17:00
    seeker = await make_seeker()
    await login(client, "seeker@example.kr")
    page = await client.get(f"/drives/{drive_id}/registration")
    assert 'name="arrives"' in page.text and 'type="time"' in page.text
    token = csrf_of(page.text)
    form = {"_csrf": token, "birth_year": "2001", "consent": "yes"}
    htmx = {"hx-request": "true"}

    outside = await client.post(
        f"/drives/{drive_id}/register", data={**form, "arrives": "09:00", "leaves": "15:00"}, headers=htmx
    )
    assert outside.status_code == 400 and "행사 시간(10:00~17:00) 안의 시각" in outside.text
    assert 'value="09:00"' in outside.text and await DriveParticipant.count() == 0  # kept as typed, nothing stored

    done = await client.post(
        f"/drives/{drive_id}/register", data={**form, "arrives": "13:00", "leaves": ""}, headers=htmx
    )
    assert done.status_code == 200, done.text[:500]
    [row] = await DriveParticipant.select(DriveParticipant.id).where(DriveParticipant.user_id == seeker.id)
    assert await window_of(row["id"]) == ("13:00", "")
    assert f'action="/drives/{drive_id}/arrival"' in done.text and 'value="13:00"' in done.text

    for arrives, leaves, message in [
        ("15:00", "13:00", "The time you must leave has to be later than the time you arrive."),
        ("1pm", "", "Give a time like 13:00, or leave it empty."),
        ("", "18:30", "Give a time within the drive&#39;s hours, 10:00 to 17:00."),
    ]:
        refused = await client.post(
            f"/drives/{drive_id}/arrival?lang=en",
            data={"_csrf": token, "arrives": arrives, "leaves": leaves},
            headers=htmx,
        )
        assert refused.status_code == 400 and message in refused.text, refused.text[:800]
        assert await window_of(row["id"]) == ("13:00", "")

    changed = await client.post(
        f"/drives/{drive_id}/arrival", data={"_csrf": token, "arrives": "", "leaves": "15:30"}, headers=htmx
    )
    assert changed.status_code == 200 and "저장했습니다" in changed.text
    assert await window_of(row["id"]) == ("", "15:30")
    forged = await client.post(f"/drives/{drive_id}/arrival", data={"arrives": "", "leaves": ""}, headers=htmx)
    assert forged.status_code == 403 and await window_of(row["id"]) == ("", "15:30")
    elsewhere = await client.post(
        f"/drives/{drive_id + 1000}/arrival", data={"_csrf": token, "arrives": "", "leaves": ""}, headers=htmx
    )
    assert elsewhere.status_code == 404


async def test_the_centre_sets_a_window_the_timetable_keeps_to_and_shows(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    ready = await ready_drive(people=4)  # interviews 10:00-11:40, 20 minutes each
    late = ready.participants[0]
    await login(client, "manager@centre.kr")
    listed = f"/centre/drives/{ready.drive_id}/participants"
    action = f"{listed}/{late}/arrival"
    backwards = await form_post(client, listed, action, {"arrives": "11:00", "leaves": "10:30"})
    assert backwards.status_code == 400 and "떠나야 하는 시각은 도착 시각보다 늦어야 합니다." in backwards.text
    assert await window_of(late) == ("", "")
    saved = await form_post(client, listed, action, {"arrives": "11:00", "leaves": ""})
    assert saved.status_code == 200 and "도착 가능 시간을 저장했습니다" in saved.text and 'value="11:00"' in saved.text
    assert await window_of(late) == ("11:00", "")

    # a co-host sets no window of a participant it did not bring
    other, other_centre = await make_centre("co@centre-b.kr", name_ko="진해고용센터")
    await drives.add_host(await actor_of(ready.manager_id), ready.drive_id, centre_id=other_centre)
    with pytest.raises(NotFound):
        await arrivals.set_for(await actor_of(other.id), ready.drive_id, late, arrives="", leaves="")

    page = f"/centre/drives/{ready.drive_id}/timetable"
    built = await form_post(client, page, f"{page}/build", {"max_interviews": "2"})
    assert built.status_code == 302, built.text[:500]
    theirs = await DriveInterview.select(DriveInterview.starts_at).where(DriveInterview.participant_id == late)
    assert len(theirs) == 2 and all(clock(row["starts_at"]) >= "11:00" for row in theirs)
    [stored] = await DriveTimetable.select(DriveTimetable.greedy_covered, DriveTimetable.greedy_interviews)
    assert stored["greedy_covered"] == 4 and stored["greedy_interviews"] > 0

    def no_solving(*_: object) -> None:
        raise AssertionError("the page solved greedy again")

    monkeypatch.setattr(timetables, "greedy", no_solving)
    shown = await client.get(page)
    assert shown.status_code == 200 and "참석 가능 11:00부터" in shown.text
    assert "탐욕 배정" in shown.text and "<td><strong>4</strong></td><td>4</td>" in shown.text  # greedy as stored

    published = await form_post(client, page, f"{page}/publish", {"confirm": "yes"})
    assert published.status_code in (200, 302)
    refused = await form_post(client, listed, action, {"arrives": "", "leaves": ""})
    assert refused.status_code == 400 and "면접 시간표가 이미 발표되었습니다" in refused.text
    assert await window_of(late) == ("11:00", "")
