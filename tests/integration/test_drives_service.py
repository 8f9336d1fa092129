"""The drives service on a real PostgreSQL: scoping by the hosting centre, the lifecycle and its rules, co-hosts,
the history, and what the public may see."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from jobsfez.drives import service as drives
from jobsfez.drives.tables import Drive, DriveDay, DriveHistory, DriveHost
from jobsfez.errors import Forbidden, NotFound, ValidationFailed
from tests.drive_factories import actor_of, drive_input, in_days, make_drive
from tests.helpers import add_centre_member, make_centre

pytestmark = pytest.mark.usefixtures("db")


async def history_of(user_id: int, drive_id: int) -> list[tuple[str, dict[str, tuple[str, str]]]]:
    """The drive's history, oldest first, each change as (before, after)."""
    found = await drives.history(await actor_of(user_id), drive_id)
    return [(e.action, {c.field: (c.before, c.after) for c in e.changes}) for e in reversed(found)]


async def test_a_centre_creates_a_draft_it_leads() -> None:
    manager, centre_id = await make_centre()
    drive_id = await make_drive(manager.id)
    drive = await drives.hosted(await actor_of(manager.id), drive_id)
    assert (drive.status, drive.capacity, drive.region) == ("draft", 300, "zone")
    assert drive.title == "명지 AI·제조 현장면접의 날"
    assert [(h.centre_id, h.lead) for h in drive.hosts] == [(centre_id, True)]
    assert drive.starts_at.astimezone(UTC).hour == 1  # 10:00 in Korea
    assert drive.published_at is None
    assert await history_of(manager.id, drive_id) == [("created", {})]


async def test_another_centre_finds_nothing_and_a_co_host_sees_but_does_not_change() -> None:
    lead, _ = await make_centre("lead@centre.kr")
    other, other_centre = await make_centre("other@centre.kr", name_ko="부산대학교 일자리플러스센터")
    outsider, _ = await make_centre("outsider@centre.kr", name_ko="진해고용센터")
    drive_id = await make_drive(lead.id)
    stranger = await actor_of(outsider.id)
    for attempt in (
        drives.hosted(stranger, drive_id),
        drives.update(stranger, drive_id, drive_input(title="바꿈")),
        drives.transition(stranger, drive_id, "publish"),
        drives.history(stranger, drive_id),
        drives.add_host(stranger, drive_id, centre_id=str(other_centre)),
        drives.remove_host(stranger, drive_id, centre_id=other_centre),
    ):
        with pytest.raises(NotFound):
            await attempt
    assert await drives.centre_drives(stranger) == []

    await drives.add_host(await actor_of(lead.id), drive_id, centre_id=str(other_centre))
    co_host = await actor_of(other.id)
    assert (await drives.hosted(co_host, drive_id)).title == "명지 AI·제조 현장면접의 날"
    [listed] = await drives.centre_drives(co_host)
    assert listed.drive.id == drive_id and not listed.lead
    with pytest.raises(Forbidden):
        await drives.update(co_host, drive_id, drive_input(title="바꿈"))
    with pytest.raises(Forbidden):
        await drives.transition(co_host, drive_id, "publish")
    assert (await Drive.select(Drive.title, Drive.status).first()) == {
        "title": "명지 AI·제조 현장면접의 날",
        "status": "draft",
    }


async def test_a_counsellor_of_the_lead_runs_the_drive_too() -> None:
    manager, _ = await make_centre()
    counsellor = await add_centre_member(manager, "counsellor@centre.kr")
    drive_id = await make_drive(manager.id)
    opened = await drives.transition(await actor_of(counsellor.id), drive_id, "publish")
    assert opened.status == "open"


async def test_an_unapproved_centre_prepares_a_drive_but_cannot_open_it() -> None:
    manager, _ = await make_centre(approved=False)
    drive_id = await make_drive(manager.id)
    with pytest.raises(Forbidden):
        await drives.transition(await actor_of(manager.id), drive_id, "publish")
    assert (await Drive.select(Drive.status).first()) == {"status": "draft"}
    assert [action for action, _ in await history_of(manager.id, drive_id)] == ["created"]


async def test_the_lifecycle_goes_forward_with_its_allowed_steps_back_and_each_step_in_the_history() -> None:
    manager, _ = await make_centre()
    actor = await actor_of(manager.id)
    drive_id = await make_drive(manager.id)
    with pytest.raises(ValidationFailed, match="Only a drive open for registration can be closed"):
        await drives.transition(actor, drive_id, "close")
    opened = await drives.transition(actor, drive_id, "publish")
    assert opened.status == "open" and opened.published_at is not None
    with pytest.raises(ValidationFailed, match="Only a draft can be opened"):
        await drives.transition(actor, drive_id, "publish")
    assert (await drives.transition(actor, drive_id, "close")).status == "closed"
    reopened = await drives.transition(actor, drive_id, "reopen")
    assert reopened.status == "open" and reopened.published_at == opened.published_at  # the first opening stays
    with pytest.raises(ValidationFailed, match="Only a draft, a closed or a held drive"):
        await drives.transition(actor, drive_id, "archive")
    with pytest.raises(ValidationFailed, match="once its first day has begun"):
        await drives.transition(actor, drive_id, "hold")
    with pytest.raises(ValidationFailed, match="Choose what to do"):
        await drives.transition(actor, drive_id, "delete")

    # the day comes
    begun = datetime.now(UTC) - timedelta(hours=1)
    await DriveDay.update({DriveDay.starts_at: begun}).where(DriveDay.drive_id == drive_id)
    assert (await drives.transition(actor, drive_id, "hold")).status == "held"
    with pytest.raises(ValidationFailed, match="can no longer be changed"):
        await drives.update(actor, drive_id, drive_input(title="바꿈"))
    assert (await drives.transition(actor, drive_id, "archive")).status == "archived"
    assert await history_of(manager.id, drive_id) == [
        ("created", {}),
        ("publish", {"status": ("Draft", "Open for registration")}),
        ("close", {"status": ("Open for registration", "Registration closed")}),
        ("reopen", {"status": ("Registration closed", "Open for registration")}),
        ("hold", {"status": ("Open for registration", "Held")}),
        ("archive", {"status": ("Held", "Archived")}),
    ]


async def test_opening_needs_a_registration_window() -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, registration_opens_at="", registration_closes_at="")
    with pytest.raises(ValidationFailed, match="Set the registration window"):
        await drives.transition(await actor_of(manager.id), drive_id, "publish")
    assert (await Drive.select(Drive.status).first()) == {"status": "draft"}


async def test_an_edit_records_only_what_changed_in_korea_time_and_words() -> None:
    manager, _ = await make_centre()
    actor = await actor_of(manager.id)
    drive_id = await make_drive(manager.id)
    unchanged = await drives.update(actor, drive_id, drive_input())
    assert unchanged.updated_at == unchanged.created_at
    day = in_days(20)
    edited = await drives.update(
        actor,
        drive_id,
        drive_input(
            title="명지 현장면접의 날",
            region="busan_gyeongnam",
            capacity="450",
            days=(drive_input().days[0], drive_input(days_ahead=20).days[0]),
        ),
    )
    assert (edited.title, edited.capacity, len(edited.days)) == ("명지 현장면접의 날", 450, 2)
    assert await DriveDay.count() == 2
    [_, (action, changes)] = await history_of(manager.id, drive_id)
    assert action == "updated"
    assert changes.keys() == {"title", "region", "capacity", "days"}
    assert changes["region"] == ("The Free Economic Zone", "Busan–Gyeongnam")
    assert changes["capacity"] == ("300", "450")
    assert changes["days"][1].endswith(f"; {day.isoformat()} 10:00–17:00")


async def test_an_open_drive_keeps_its_registration_window_and_bad_input_changes_nothing() -> None:
    manager, _ = await make_centre()
    actor = await actor_of(manager.id)
    drive_id = await make_drive(manager.id, publish=True)
    with pytest.raises(ValidationFailed) as caught:
        await drives.update(actor, drive_id, drive_input(registration_opens_at="", registration_closes_at=""))
    assert "registration_opens_at" in caught.value.fields
    with pytest.raises(ValidationFailed):
        await drives.update(actor, drive_id, drive_input(capacity="0", title=""))
    assert (await Drive.select(Drive.capacity, Drive.title).first()) == {
        "capacity": 300,
        "title": "명지 AI·제조 현장면접의 날",
    }
    assert len(await history_of(manager.id, drive_id)) == 2


async def test_the_lead_adds_and_removes_approved_co_hosts() -> None:
    lead, lead_centre = await make_centre("lead@centre.kr")
    _, partner = await make_centre("partner@centre.kr", name_ko="부산대학교 일자리플러스센터")
    _, pending = await make_centre("pending@centre.kr", approved=False, name_ko="대기센터")
    actor = await actor_of(lead.id)
    drive_id = await make_drive(lead.id)
    assert [c.id for c in (await drives.dashboard(actor, drive_id)).co_host_choices] == [partner]
    for bad in (str(pending), "99999", "abc", "", str(lead_centre)):
        with pytest.raises(ValidationFailed) as caught:
            await drives.add_host(actor, drive_id, centre_id=bad)
        assert "centre_id" in caught.value.fields
    added = await drives.add_host(actor, drive_id, centre_id=f" {partner} ")
    assert [(h.centre_id, h.lead) for h in added.hosts] == [(lead_centre, True), (partner, False)]
    assert await drives.co_host_choices(added) == []
    with pytest.raises(ValidationFailed, match="lead centre stays"):
        await drives.remove_host(actor, drive_id, centre_id=lead_centre)
    with pytest.raises(NotFound):
        await drives.remove_host(actor, drive_id, centre_id=pending)
    removed = await drives.remove_host(actor, drive_id, centre_id=partner)
    assert [h.centre_id for h in removed.hosts] == [lead_centre]
    assert await history_of(lead.id, drive_id) == [
        ("created", {}),
        ("host_added", {"hosts": ("", "부산대학교 일자리플러스센터")}),
        ("host_removed", {"hosts": ("부산대학교 일자리플러스센터", "")}),
    ]


async def test_an_unapproved_lead_brings_in_no_co_host() -> None:
    lead, _ = await make_centre("lead@centre.kr", approved=False)
    _, partner = await make_centre("partner@centre.kr", name_ko="부산대학교 일자리플러스센터")
    drive_id = await make_drive(lead.id)
    with pytest.raises(Forbidden):
        await drives.add_host(await actor_of(lead.id), drive_id, centre_id=str(partner))
    assert await DriveHost.count() == 1


async def test_the_public_sees_open_and_closed_public_drives_and_nothing_else() -> None:
    manager, _ = await make_centre()
    actor = await actor_of(manager.id)
    draft = await make_drive(manager.id, title="초안")
    invited = await make_drive(manager.id, publish=True, visibility="invite_only", title="초대 전용")
    later = await make_drive(manager.id, publish=True, days_ahead=30, title="나중")
    soon = await make_drive(manager.id, publish=True, days_ahead=7, title="곧")
    closed = await make_drive(manager.id, publish=True, days_ahead=10, title="마감")
    await drives.transition(actor, closed, "close")
    archived = await make_drive(manager.id, publish=True, title="보관")
    await drives.transition(actor, archived, "close")
    await drives.transition(actor, archived, "archive")

    assert [d.id for d in await drives.upcoming()] == [soon, closed, later]
    assert [d.id for d in await drives.upcoming(only_open=True, limit=1)] == [soon]
    for hidden in (draft, invited, archived):
        with pytest.raises(NotFound):
            await drives.public_drive(hidden)
    assert (await drives.public_drive(closed)).status == "closed"

    # a drive whose days are over leaves the list, and its page stays once it was held
    over = datetime.now(UTC) - timedelta(hours=1)
    await DriveDay.update({DriveDay.starts_at: over - timedelta(hours=2), DriveDay.ends_at: over}).where(
        DriveDay.drive_id == soon
    )
    await drives.transition(actor, soon, "hold")
    assert [d.id for d in await drives.upcoming()] == [closed, later]
    assert (await drives.public_drive(soon)).status == "held"


async def test_the_schema_refuses_what_no_drive_can_be() -> None:
    from asyncpg.exceptions import CheckViolationError  # type: ignore[import-untyped]

    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id)
    now = datetime.now(UTC)
    for change in (
        {Drive.capacity: 0},
        {Drive.min_age: 40, Drive.max_age: 30},
        {Drive.registration_opens_at: now, Drive.registration_closes_at: now - timedelta(hours=1)},
        {Drive.registration_opens_at: None},
        {Drive.status: "cancelled"},
    ):
        with pytest.raises(CheckViolationError):
            await Drive.update(change).where(Drive.id == drive_id)
    with pytest.raises(CheckViolationError):
        await DriveDay.update({DriveDay.ends_at: DriveDay.starts_at}).where(DriveDay.drive_id == drive_id)
    assert await DriveHistory.count() == 1
