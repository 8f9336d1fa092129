"""A drive's timetable on a real PostgreSQL: loaded from the tables, built by the core, stored with booths and
interviewers, locks kept on a re-run, edits refused by the core's rules with nothing changed, and the rule for
editing a published timetable (sequence raised, dropped interviews cancelled)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from jobsfez.db import new_row
from jobsfez.drives import company as drive_company
from jobsfez.drives import service as drives
from jobsfez.drives import timetable as core
from jobsfez.drives import timetables
from jobsfez.drives.tables import DriveHistory, DriveInterview, DriveMatchRun, DriveParticipant, DriveTimetable
from jobsfez.drives.validation import SEOUL
from jobsfez.errors import Conflict, Forbidden, NotFound, ValidationFailed
from tests.drive_factories import actor_of, make_drive
from tests.employer_factories import company_actor
from tests.helpers import make_centre
from tests.timetable_factories import ReadyDrive, mark, ready_drive

pytestmark = pytest.mark.usefixtures("db")


async def stored(drive_id: int) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = (
        await DriveInterview.select(
            DriveInterview.id,
            DriveInterview.participant_id,
            DriveInterview.employer_id,
            DriveInterview.starts_at,
            DriveInterview.booth,
            DriveInterview.interviewer_id,
            DriveInterview.locked,
            DriveInterview.status,
            DriveInterview.sequence,
            DriveInterview.uid,
        )
        .where(DriveInterview.drive_id == drive_id)
        .order_by(DriveInterview.id)
    )
    return rows


async def one(drive_id: int, interview_id: int) -> dict[str, Any]:
    return next(i for i in await stored(drive_id) if i["id"] == interview_id)


async def built(people: int = 4, k: int = 2) -> tuple[ReadyDrive, Any]:
    ready = await ready_drive(people=people)
    actor = await actor_of(ready.manager_id)
    await timetables.build(actor, ready.drive_id, max_interviews=str(k))
    return ready, actor


async def test_the_timetable_is_built_from_the_tables_and_stored_with_booths_and_interviewers() -> None:
    ready = await ready_drive(people=4)
    actor = await actor_of(ready.manager_id)
    first, second = ready.companies
    await mark(ready.drive_id, ready.participants[0], second, "participant")
    await mark(ready.drive_id, ready.participants[0], second, "company")
    row = await timetables.build(actor, ready.drive_id, max_interviews="1")
    # five slots each, four people, one interview each: everyone is seen, the mutual pair kept, then the best scores
    assert (row.status, row.max_interviews, row.covered, row.mutual, row.proven) == ("draft", 1, 4, 1, True)
    interviews = await stored(ready.drive_id)
    assert len(interviews) == 4
    assert {
        (i["participant_id"], i["employer_id"]) for i in interviews if i["participant_id"] == ready.participants[0]
    } == {(ready.participants[0], second)}
    owner_of = dict(zip(ready.companies, ready.owners, strict=True))
    booth_of = {first: "부스 1", second: "부스 2"}
    for interview in interviews:
        assert interview["booth"] == booth_of[interview["employer_id"]]
        assert interview["interviewer_id"] == owner_of[interview["employer_id"]]
        assert (interview["status"], interview["sequence"], interview["locked"]) == ("scheduled", 0, False)
    # each company has one interviewer: no two interviews of one company at the same time
    times = [(i["employer_id"], i["starts_at"]) for i in interviews]
    assert len(set(times)) == len(times)
    page = await timetables.page(actor, ready.drive_id)
    assert page.greedy is not None and page.greedy.covered == 4
    assert page.interviews == 4 and len(page.companies) == 2 and len(page.participants) == 4
    assert all(line.name for line in page.participants)  # the centre brought them all: it sees their names


async def test_no_timetable_before_a_finished_match_run_nor_on_a_draft_drive() -> None:
    ready = await ready_drive(run=False)
    actor = await actor_of(ready.manager_id)
    with pytest.raises(ValidationFailed) as caught:
        await timetables.build(actor, ready.drive_id, max_interviews="3")
    assert caught.value.message == timetables.NO_MATCHES
    await DriveMatchRun.insert(new_row(DriveMatchRun, drive_id=ready.drive_id, status="running"))
    with pytest.raises(ValidationFailed):
        await timetables.build(actor, ready.drive_id, max_interviews="3")
    page = await timetables.page(actor, ready.drive_id)
    assert page.missing == timetables.NO_MATCHES and page.timetable is None
    draft = await make_drive(ready.manager_id)
    with pytest.raises(ValidationFailed) as caught:
        await timetables.build(actor, draft, max_interviews="3")
    assert caught.value.message == timetables.NOT_NOW
    for bad in ("0", "11", "three", "", "１"):
        with pytest.raises(ValidationFailed) as caught:
            await timetables.build(actor, ready.drive_id, max_interviews=bad)
        assert caught.value.message == timetables.BAD_K
    assert await DriveTimetable.count() == 0


async def test_a_locked_interview_is_kept_on_a_rerun_and_the_rest_replaced() -> None:
    ready, actor = await built(people=4, k=1)
    # participant 0's interview, moved to its company's last time and locked there
    mine = next(i for i in await stored(ready.drive_id) if i["participant_id"] == ready.participants[0])
    page = await timetables.interview_page(actor, ready.drive_id, mine["id"])
    last = page.times[-1][0]
    await timetables.move(actor, ready.drive_id, mine["id"], slot=str(last.key))
    await timetables.set_locked(actor, ready.drive_id, mine["id"], locked=True)
    locked = await one(ready.drive_id, mine["id"])
    assert locked["locked"] and locked["starts_at"] == last.starts_at
    await timetables.build(actor, ready.drive_id, max_interviews="2")
    after = await stored(ready.drive_id)
    assert [i for i in after if i["id"] == mine["id"]] == [locked]
    assert len(after) == 8  # K = 2 for four people, ten slots
    assert await DriveTimetable.select(DriveTimetable.max_interviews).first() == {"max_interviews": 2}
    await timetables.set_locked(actor, ready.drive_id, mine["id"], locked=False)
    assert not (await one(ready.drive_id, mine["id"]))["locked"]


async def test_moves_and_swaps_that_break_a_rule_are_refused_with_the_cores_message_and_nothing_changes() -> None:
    ready, actor = await built(people=4, k=2)
    before = await stored(ready.drive_id)
    row_before = await DriveTimetable.select().first()
    mine = [i for i in before if i["participant_id"] == ready.participants[0]]
    theirs = [i for i in before if i["participant_id"] == ready.participants[1]]
    # to a time another participant already holds at the company (one interviewer): the slot is full
    other_time = next(
        i for i in before if i["employer_id"] == mine[0]["employer_id"] and i["participant_id"] != ready.participants[0]
    )
    with pytest.raises(Conflict) as caught:
        await timetables.move(actor, ready.drive_id, mine[0]["id"], slot=str(int(other_time["starts_at"].timestamp())))
    assert caught.value.message in (core.SLOT_FULL, core.PARTICIPANT_BUSY)
    # both have an interview with both companies: trading across companies gives one of them two with the same one
    cross = next(i for i in theirs if i["employer_id"] != mine[0]["employer_id"])
    with pytest.raises(Conflict) as caught:
        await timetables.swap(actor, ready.drive_id, mine[0]["id"], other=str(cross["id"]))
    assert caught.value.message == core.SAME_COMPANY
    # a locked interview is not moved
    await timetables.set_locked(actor, ready.drive_id, mine[0]["id"], locked=True)
    with pytest.raises(Conflict) as caught:
        await timetables.swap(actor, ready.drive_id, mine[0]["id"], other=str(theirs[0]["id"]))
    assert caught.value.message == core.LOCKED
    await timetables.set_locked(actor, ready.drive_id, mine[0]["id"], locked=False)
    for bad in ("", "soon", "12345", "-1"):
        with pytest.raises(ValidationFailed):
            await timetables.move(actor, ready.drive_id, mine[0]["id"], slot=bad)
    for bad in ("", "x", str(mine[0]["id"]), "999999"):
        with pytest.raises(ValidationFailed):
            await timetables.swap(actor, ready.drive_id, mine[0]["id"], other=bad)
    with pytest.raises(NotFound):
        await timetables.move(actor, ready.drive_id, 999999, slot="1")
    assert await stored(ready.drive_id) == before
    assert await DriveTimetable.select().first() == row_before


async def test_a_draft_is_edited_freely_and_a_published_edit_raises_the_sequence_or_cancels() -> None:
    ready, actor = await built(people=6, k=1)  # five with the first company (it scores higher), one with the second
    interviews = await stored(ready.drive_id)
    first = next(i for i in interviews if i["employer_id"] == ready.companies[1])
    page = await timetables.interview_page(actor, ready.drive_id, first["id"])
    free = next(info for info, places in page.times if places > 0)
    await timetables.move(actor, ready.drive_id, first["id"], slot=str(free.key))
    moved = await one(ready.drive_id, first["id"])
    assert (moved["starts_at"], moved["sequence"], moved["uid"]) == (free.starts_at, 0, first["uid"])  # a draft
    with pytest.raises(ValidationFailed) as caught:
        await timetables.publish(actor, ready.drive_id, confirmed=False)
    assert caught.value.message == timetables.CONFIRM
    await timetables.publish(actor, ready.drive_id, confirmed=True)
    row = await DriveTimetable.select(DriveTimetable.status, DriveTimetable.published_at).first()
    assert row is not None and row["status"] == "published" and row["published_at"] is not None
    assert await DriveHistory.count().where(DriveHistory.action == "timetable") == 1
    with pytest.raises(ValidationFailed):
        await timetables.publish(actor, ready.drive_id, confirmed=True)
    # moved back once published: the same row, its sequence raised
    await timetables.move(actor, ready.drive_id, first["id"], slot=str(int(first["starts_at"].timestamp())))
    again = await one(ready.drive_id, first["id"])
    assert (again["starts_at"], again["sequence"], again["uid"]) == (first["starts_at"], 1, first["uid"])
    # a swap between two participants at different companies: both old interviews are cancelled, two new ones made
    now = await stored(ready.drive_id)
    a = next(i for i in now if i["employer_id"] == ready.companies[0])
    b = again
    await timetables.swap(actor, ready.drive_id, a["id"], other=str(b["id"]))
    after = {i["id"]: i for i in await stored(ready.drive_id)}
    assert (after[a["id"]]["status"], after[a["id"]]["sequence"]) == ("cancelled", a["sequence"] + 1)
    assert (after[b["id"]]["status"], after[b["id"]]["sequence"]) == ("cancelled", b["sequence"] + 1)
    fresh = [i for i in after.values() if i["id"] not in {x["id"] for x in now}]
    assert {(i["participant_id"], i["employer_id"]) for i in fresh} == {
        (a["participant_id"], b["employer_id"]),
        (b["participant_id"], a["employer_id"]),
    }
    assert all(i["sequence"] == 0 and i["status"] == "scheduled" for i in fresh)
    # a re-run of a published timetable keeps it published and cancels rather than deletes
    await timetables.build(actor, ready.drive_id, max_interviews="1")
    assert (await DriveTimetable.select(DriveTimetable.status).first()) == {"status": "published"}
    assert len(await stored(ready.drive_id)) >= len(after)


async def test_a_co_host_reads_and_cannot_change_and_another_centre_sees_nothing() -> None:
    ready, actor = await built(people=3, k=1)
    co_manager, co_centre = await make_centre(email="co@centre.kr", name_ko="녹산센터", name_en="Noksan Centre")
    await drives.add_host(actor, ready.drive_id, centre_id=str(co_centre))
    co_host = await actor_of(co_manager.id)
    page = await timetables.page(co_host, ready.drive_id)
    assert not page.leads and not page.editable and page.interviews == 3
    assert all(line.name is None for line in page.participants)  # brought by the lead: seen by number only
    one = (await stored(ready.drive_id))[0]
    view = await timetables.interview_page(co_host, ready.drive_id, one["id"])
    assert view.times == () and view.swaps == ()
    for change in (
        timetables.build(co_host, ready.drive_id, max_interviews="3"),
        timetables.set_locked(co_host, ready.drive_id, one["id"], locked=True),
        timetables.move(co_host, ready.drive_id, one["id"], slot="1"),
        timetables.swap(co_host, ready.drive_id, one["id"], other="1"),
        timetables.publish(co_host, ready.drive_id, confirmed=True),
    ):
        with pytest.raises(Forbidden):
            await change
    stranger_manager, _ = await make_centre(email="far@centre.kr", name_ko="먼센터", name_en="Far Centre")
    stranger = await actor_of(stranger_manager.id)
    for read in (
        timetables.page(stranger, ready.drive_id),
        timetables.interview_page(stranger, ready.drive_id, one["id"]),
        timetables.build(stranger, ready.drive_id, max_interviews="3"),
        timetables.publish(stranger, ready.drive_id, confirmed=True),
    ):
        with pytest.raises(NotFound):
            await read


async def test_after_publishing_a_company_that_left_and_a_participant_who_withdrew_are_cancelled_on_a_rerun() -> None:
    ready, actor = await built(people=4, k=2)
    await timetables.publish(actor, ready.drive_id, confirmed=True)
    await drive_company.withdraw(await company_actor(ready.owners[1]), ready.drive_id)
    await DriveParticipant.update({DriveParticipant.status: "withdrawn"}).where(
        DriveParticipant.id == ready.participants[0]
    )
    left = next(i for i in await stored(ready.drive_id) if i["employer_id"] == ready.companies[1])
    page = await timetables.interview_page(actor, ready.drive_id, left["id"])
    assert page.times == ()  # the company has no times any more; the page still shows the interview
    await timetables.build(actor, ready.drive_id, max_interviews="2")
    rows = await stored(ready.drive_id)
    gone = [i for i in rows if i["employer_id"] == ready.companies[1] or i["participant_id"] == ready.participants[0]]
    assert gone and all(i["status"] == "cancelled" and i["sequence"] == 1 for i in gone)
    kept = [i for i in rows if i not in gone]
    assert {i["participant_id"] for i in kept} == set(ready.participants[1:])
    assert all(i["status"] == "scheduled" for i in kept)


async def test_no_interview_is_timetabled_over_the_break_and_a_bad_break_changes_nothing() -> None:
    ready = await ready_drive(people=4)
    actor = await actor_of(ready.manager_id)
    await timetables.build(actor, ready.drive_id, max_interviews="2", break_starts="10:30", break_ends="11:00")
    [pause] = await timetables.breaks_of(ready.drive_id)
    assert pause.starts_at.astimezone(SEOUL).strftime("%H:%M") == "10:30"
    page = await timetables.page(actor, ready.drive_id)
    for grid in page.companies:
        # 10:00-11:40 in 20 minutes: 10:00, then 10:20 would run into the break; after it, 11:00 and 11:20
        assert [slot.starts_at.astimezone(SEOUL).strftime("%H:%M") for slot, _ in grid.rows] == [
            "10:00",
            "11:00",
            "11:20",
        ]
    for interview in await stored(ready.drive_id):
        assert not (
            pause.starts_at < interview["starts_at"] + timedelta(minutes=20) and interview["starts_at"] < pause.ends_at
        )
    before = await stored(ready.drive_id)
    for starts, ends in (
        ("13:00", "12:00"),
        ("12:00", ""),
        ("noon", "13:00"),
        ("12:00+09", "13:00"),
        ("24:00", "25:00"),
    ):
        with pytest.raises(ValidationFailed) as caught:
            await timetables.build(actor, ready.drive_id, max_interviews="2", break_starts=starts, break_ends=ends)
        assert caught.value.message == timetables.BAD_BREAK
    assert await stored(ready.drive_id) == before
    assert len(await timetables.breaks_of(ready.drive_id)) == 1
    await timetables.build(actor, ready.drive_id, max_interviews="2")  # no break given: none any more
    assert await timetables.breaks_of(ready.drive_id) == []


async def test_a_rerun_leaves_an_interview_the_day_marked_absent_as_it_is() -> None:
    ready, actor = await built(people=3, k=1)
    await timetables.publish(actor, ready.drive_id, confirmed=True)
    first = (await stored(ready.drive_id))[0]
    await DriveInterview.update({DriveInterview.status: "absent"}).where(DriveInterview.id == first["id"])
    await timetables.build(actor, ready.drive_id, max_interviews="1")
    assert (await one(ready.drive_id, first["id"])) == {**first, "status": "absent"}
