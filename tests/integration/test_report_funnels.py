"""A drive's funnel, cohorts and the centre's and the company's reports, against the drive of
tests/report_factories.py counted by hand; erasing seekers leaves every count as it was."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from litestar import Litestar

from jobsfez.db import fetch
from jobsfez.reports import funnels
from jobsfez.seekers import privacy
from tests.drive_day_factories import at
from tests.drive_factories import actor_of
from tests.employer_factories import company_actor
from tests.helpers import make_centre
from tests.report_factories import make_counted_drive

pytestmark = pytest.mark.usefixtures("db")


def evening() -> datetime:
    """The drive day's evening, read when asked: a time taken when the module loaded is a day early once the run
    passes midnight in Korea (CI's run did, and every interview of the drive was then not yet due)."""
    return at(18)


def stages(funnel: funnels.Funnel) -> dict[str, int | None]:
    return {stage.key: stage.people for stage in funnel.stages}


def cohort(report: funnels.DriveReport, dimension: str) -> dict[str, tuple[int | None, ...]]:
    [found] = [c for c in report.cohorts if c.dimension == dimension]
    return {row.label or "-": row.counts for row in found.rows}


async def drive_report(drive_id: int, manager_id: int) -> funnels.DriveReport:
    return await funnels.drive_report(await actor_of(manager_id), drive_id, now=evening(), language="ko")


async def test_the_drive_s_funnel_is_the_hand_count() -> None:
    drive = await make_counted_drive()
    [manager] = await fetch("SELECT id FROM users WHERE email = $1", drive.manager_email)
    report = await drive_report(drive.drive_id, manager["id"])
    funnel = report.funnel
    assert stages(funnel) == {
        "registered": 12,
        "checked_in": 9,
        "interviewed": 8,
        "next_round": 7,
        "offered": 6,
        "hired": 5,
    }
    conversions = [stage.of_previous for stage in funnel.stages]
    assert conversions == [None, 9 / 12, 8 / 9, 7 / 8, 6 / 7, 5 / 6]
    assert funnel.stages[-1].of_registered == 5 / 12
    assert funnel.interviews_due == 11
    assert funnel.no_show_rate is None  # two no-shows: too few to show, and so their rate
    assert funnel.interviews_per_person == 1.0  # nine held by nine who checked in
    assert funnel.median_days_to_hire == 7
    assert funnel.zone_hires is None  # three hires at Precision (Myeongji)
    # a cohort of three (15–19) and of four (unknown) read "< 5"
    assert cohort(report, "age_band") == {
        "15–19": (None, None, None, None, None, None),
        "20–24": (5, 5, 5, 5, 5, 5),
        "-": (None, None, None, None, None, None),
    }
    # 동아대학교's one person hidden, and 부산대학교's five with it, or the total would give the one away
    assert cohort(report, "school")["동아대학교"][0] is None and cohort(report, "school")["부산대학교"][0] is None
    assert cohort(report, "school")["-"][0] == 6
    # 명지 6, 6, 6, 6, 6, 5 beside "not given" 6, 3, 2, 1, 0, 0: each column with one small cell hides both
    assert cohort(report, "district") == {
        "명지": (6, None, None, None, None, None),
        "-": (6, None, None, None, None, None),
    }
    assert cohort(report, "centre") == {"명지청년센터": (12, 9, 8, 7, 6, 5)}


async def test_the_centre_s_months_and_the_company_s_own_interviews() -> None:
    drive = await make_counted_drive()
    [manager] = await fetch("SELECT id FROM users WHERE email = $1", drive.manager_email)
    centre = await funnels.centre_report(await actor_of(manager["id"]), now=evening(), language="en")
    assert [(m.label, m.registered, m.hired) for m in centre.months] == [(at(10).strftime("%Y-%m"), 12, 5)]
    assert stages(centre.funnel)["hired"] == 5
    [owner] = await fetch("SELECT id FROM users WHERE email = 'owner@precision.kr'")
    company = await funnels.employer_report(await company_actor(owner["id"]), now=evening())
    # Precision met p1, p2, p4, p6, p8 and p9 (absent): six people, hired three
    assert stages(company.funnel) == {
        "registered": 6,
        "checked_in": 5,
        "interviewed": 5,
        "next_round": None,
        "offered": None,
        "hired": None,
    }
    assert [(d.registered, d.hired) for d in company.drives] == [(6, None)]


async def test_another_centre_cannot_read_the_drive_s_report() -> None:
    drive = await make_counted_drive()
    other, _ = await make_centre("other@centre.kr", name_ko="다른센터", name_en="Other")
    from jobsfez.errors import NotFound

    with pytest.raises(NotFound):
        await drive_report(drive.drive_id, other.id)


async def test_erasing_seekers_removes_them_and_keeps_every_count(app: Litestar, tmp_path: Path) -> None:
    drive = await make_counted_drive()
    [manager] = await fetch("SELECT id FROM users WHERE email = $1", drive.manager_email)
    before = await drive_report(drive.drive_id, manager["id"])

    async def no_sessions(_: int) -> int:
        return 0

    for who in ("p1", "p4", "p6"):
        await privacy.delete_account(
            drive.seekers[who], folder=tmp_path, redis=app.state.resources.redis, erase_sessions=no_sessions
        )
    after = await drive_report(drive.drive_id, manager["id"])
    assert after.funnel == before.funnel
    assert after.cohorts == before.cohorts
    erased = await fetch(
        "SELECT * FROM drive_participants WHERE id = ANY($1::bigint[]) ORDER BY id",
        [drive.people[who] for who in ("p1", "p4", "p6")],
    )
    for row in erased:
        assert row["erased_at"] is not None and row["user_id"] is None
        assert (row["name"], row["phone"], row["birth_year"], row["skills"]) == ("", "", None, [])
        assert row["email"] == f"erased-{row['id']}" and "example.kr" not in str(row)
    assert [row["cohort_age_band"] for row in erased] == ["20-24", "20-24", "15-19"]
    assert not await fetch("SELECT 1 FROM users WHERE email IN ('p1@example.kr', 'p4@example.kr', 'p6@example.kr')")
    assert not await fetch(
        "SELECT 1 FROM consents WHERE participant_id = ANY($1::bigint[])", [row["id"] for row in erased]
    )
    # the centre's own list no longer holds them
    from jobsfez.drives import participants

    listed = await participants.participant_list(await actor_of(manager["id"]), drive.drive_id)
    assert {person.name for person in listed.participants} == {f"p{n}" for n in (2, 3, 5, 7, 8, 9, 10, 11, 12, 13)}
    assert listed.totals.registered == 12
