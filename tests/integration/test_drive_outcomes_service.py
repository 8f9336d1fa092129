"""The drive day's outcomes on a real PostgreSQL: a company records and changes the outcome of its own interviews
only, once the timetable is published and the interview has started, never for a cancelled one; it sees contact
details only under a standing consent; the participant reads theirs."""

from __future__ import annotations

from datetime import timedelta

import pytest

from jobsfez.db import fetch, fetchrow
from jobsfez.drives import outcomes
from jobsfez.employers.service import Actor
from jobsfez.errors import Conflict, NotFound, ValidationFailed
from tests.drive_day_factories import DriveDay, at, make_drive_day, publish_timetable
from tests.employer_factories import company_actor

pytestmark = pytest.mark.usefixtures("db")


async def on_drive(day: DriveDay, email: str, company: str) -> Actor:
    """A member of one of the drive day's companies, its place on the drive joined (the factory writes none)."""
    await fetch(
        "INSERT INTO drive_employers (drive_id, employer_id, status) VALUES ($1, $2, 'joined') ON CONFLICT DO NOTHING",
        day.drive_id,
        day.companies[company],
    )
    user = await fetchrow("SELECT id FROM users WHERE email = $1", email)
    assert user is not None
    return await company_actor(user["id"])


async def consent(day: DriveDay, person: str, *, withdrawn: bool = False) -> None:
    await fetch(
        """INSERT INTO consents (participant_id, drive_id, shares, shared_with, given_via, wording, valid_until)
           VALUES ($1, $2, 'profile_and_resume', 'drive_employers', 'self', 'yes', now() + interval '30 days')""",
        day.people[person],
        day.drive_id,
    )
    if withdrawn:
        await fetch("UPDATE consents SET withdrawn_at = now() WHERE participant_id = $1", day.people[person])


async def stored(interview_id: int) -> dict[str, object]:
    row = await fetchrow(
        "SELECT outcome, outcome_by, outcome_at, sequence FROM drive_interviews WHERE id = $1", interview_id
    )
    assert row is not None
    return row


async def test_a_company_records_and_changes_the_outcome_of_its_interview_once_it_started() -> None:
    day = await make_drive_day()
    precision = await on_drive(day, "owner@precision.kr", "precision")
    interview = day.interviews["minjun-precision"]

    saved = await outcomes.record(precision, day.drive_id, interview, "interviewed", now=at(10, 5))
    assert saved.outcome == "interviewed" and saved.name == "김민준"
    first = await stored(interview)
    assert (first["outcome"], first["outcome_by"], first["sequence"]) == ("interviewed", precision.user_id, 0)
    assert first["outcome_at"] is not None

    changed = await outcomes.record(precision, day.drive_id, interview, "next_round", now=at(16))
    assert changed.outcome == "next_round"
    assert (await stored(interview))["outcome"] == "next_round"


async def test_an_outcome_before_the_interview_starts_is_refused_and_changes_nothing() -> None:
    day = await make_drive_day()
    precision = await on_drive(day, "owner@precision.kr", "precision")
    with pytest.raises(ValidationFailed) as refused:
        await outcomes.record(precision, day.drive_id, day.interviews["minjun-precision"], "hired", now=at(9, 59))
    assert refused.value.message == outcomes.NOT_STARTED
    assert (await stored(day.interviews["minjun-precision"]))["outcome"] is None
    listed = await outcomes.company_day(precision, day.drive_id, now=at(9, 59))
    assert [(i.name, i.recordable) for i in listed.interviews] == [("김민준", False), ("Emma Park", False)]


async def test_a_company_reaches_only_its_own_interviews() -> None:
    day = await make_drive_day()
    precision = await on_drive(day, "owner@precision.kr", "precision")
    robotics_interview = day.interviews["minjun-robotics"]
    with pytest.raises(NotFound):
        await outcomes.record(precision, day.drive_id, robotics_interview, "hired", now=at(12))
    with pytest.raises(NotFound):  # scoped before the value is read: nothing said about another's interview
        await outcomes.record(precision, day.drive_id, robotics_interview, "bogus", now=at(12))
    with pytest.raises(NotFound):  # the right interview named under another drive
        await outcomes.record(precision, day.drive_id + 1, day.interviews["minjun-precision"], "hired", now=at(12))
    with pytest.raises(NotFound):
        await outcomes.company_interview(precision, day.drive_id, robotics_interview, now=at(12))
    assert (await stored(robotics_interview))["outcome"] is None

    listed = await outcomes.company_day(precision, day.drive_id, now=at(12))
    assert {i.interview_id for i in listed.interviews} == {
        day.interviews["minjun-precision"],
        day.interviews["emma-precision"],
    }
    # a company with no place on the drive does not see it at all
    robotics = await company_actor((await fetchrow("SELECT id FROM users WHERE email = 'owner@robotics.kr'"))["id"])
    with pytest.raises(NotFound):
        await outcomes.company_day(robotics, day.drive_id, now=at(12))


async def test_no_outcome_for_a_cancelled_interview_nor_on_a_draft_timetable() -> None:
    day = await make_drive_day()
    precision = await on_drive(day, "owner@precision.kr", "precision")
    await fetch("UPDATE drive_interviews SET status = 'cancelled' WHERE id = $1", day.interviews["emma-precision"])
    with pytest.raises(Conflict) as refused:
        await outcomes.record(precision, day.drive_id, day.interviews["emma-precision"], "no_show", now=at(12))
    assert refused.value.message == outcomes.CANCELLED
    assert (await stored(day.interviews["emma-precision"]))["outcome"] is None

    await publish_timetable(day.drive_id, status="draft")
    with pytest.raises(Conflict) as unpublished:
        await outcomes.record(precision, day.drive_id, day.interviews["minjun-precision"], "hired", now=at(12))
    assert unpublished.value.message == outcomes.NOT_PUBLISHED
    listed = await outcomes.company_day(precision, day.drive_id, now=at(12))
    assert not listed.published and listed.interviews == ()


async def test_an_unknown_outcome_is_refused() -> None:
    day = await make_drive_day()
    precision = await on_drive(day, "owner@precision.kr", "precision")
    for wrong in ("", "HIRED", "rejected", "hired "):
        with pytest.raises(ValidationFailed):
            await outcomes.record(precision, day.drive_id, day.interviews["minjun-precision"], wrong, now=at(12))
    assert (await stored(day.interviews["minjun-precision"]))["outcome"] is None


async def test_the_list_gives_arrival_and_contact_only_under_a_standing_consent() -> None:
    day = await make_drive_day()
    precision = await on_drive(day, "owner@precision.kr", "precision")
    await consent(day, "minjun")
    await consent(day, "emma", withdrawn=True)
    await fetch("UPDATE drive_participants SET checked_in_at = $2 WHERE id = $1", day.people["emma"], at(9, 50))
    listed = await outcomes.company_day(precision, day.drive_id, now=at(10, 40))
    by_name = {i.name: i for i in listed.interviews}
    assert by_name["김민준"].email == "minjun@example.kr" and by_name["김민준"].arrived_at is None
    assert by_name["Emma Park"].email is None and by_name["Emma Park"].phone is None
    assert by_name["Emma Park"].arrived_at == at(9, 50)
    assert by_name["김민준"].booth == "A-1" and by_name["Emma Park"].recordable


async def test_the_participant_reads_the_outcomes_of_their_own_interviews() -> None:
    day = await make_drive_day()
    precision = await on_drive(day, "owner@precision.kr", "precision")
    minjun = await fetchrow("SELECT id FROM users WHERE email = 'minjun@example.kr'")
    emma = await fetchrow("SELECT id FROM users WHERE email = 'emma@example.kr'")
    assert minjun is not None and emma is not None
    assert await outcomes.results(minjun["id"], day.drive_id) == []

    await outcomes.record(
        precision, day.drive_id, day.interviews["minjun-precision"], "offer", now=at(10) + timedelta(1)
    )
    await outcomes.record(precision, day.drive_id, day.interviews["emma-precision"], "no_show", now=at(11))
    [mine] = await outcomes.results(minjun["id"], day.drive_id)
    assert (mine.company("ko"), mine.company("en"), mine.outcome) == ("명지정밀", "Myeongji Precision", "offer")
    assert [r.outcome for r in await outcomes.results(emma["id"], day.drive_id)] == ["no_show"]
    with pytest.raises(NotFound):
        await outcomes.results(minjun["id"], day.drive_id + 1)
