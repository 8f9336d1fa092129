"""The report cells the worker keeps, against a platform counted by hand (tests/zone_report_factories.py)."""

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from litestar import Litestar

from jobsfez import queue
from jobsfez.config import Settings
from jobsfez.db import fetch
from jobsfez.reports import aggregates
from jobsfez.reports.tables import ActivityCell, PayCell, ReportRefresh, SkillCell
from jobsfez.seekers import privacy
from tests.zone_report_factories import hand_counted_platform
from workers.main import worker_settings

NOW = datetime(2026, 12, 4, 3, 0, tzinfo=UTC)


async def _activity() -> list[tuple[object, ...]]:
    rows = await ActivityCell.select().order_by(ActivityCell.month).order_by(ActivityCell.youth)
    return [
        (r["month"], r["sector"], r["district"], r["youth"], r["applications"], r["interviews"], r["hires"])
        for r in rows
    ]


async def _skills() -> list[tuple[object, ...]]:
    rows = await SkillCell.select().order_by(SkillCell.month).order_by(SkillCell.sector).order_by(SkillCell.skill_key)
    return [(r["month"], r["sector"], r["skill_key"], r["postings"], r["seekers"], r["missed"]) for r in rows]


async def test_the_cells_count_what_happened_month_by_month_in_korea(app: Litestar, db: None) -> None:
    await hand_counted_platform()
    done = await aggregates.refresh(now=NOW)
    assert await _activity() == [
        (date(2026, 10, 1), "machinery", "ungdong", True, 1, 0, 0),
        (date(2026, 11, 1), "automotive_parts", "myeongji", False, 3, 0, 0),
        (date(2026, 11, 1), "automotive_parts", "myeongji", True, 4, 1, 0),
        (date(2026, 12, 1), "automotive_parts", "myeongji", True, 0, 0, 1),
    ]
    pay = {(r["period"], r["starts"], r["sector"]): (r["postings"], r["median_hourly"]) for r in await PayCell.select()}
    assert pay == {
        ("month", date(2026, 12, 1), "automotive_parts"): (1, Decimal(12440)),
        ("month", date(2026, 12, 1), ""): (1, Decimal(12440)),
        ("month", date(2026, 11, 1), "machinery"): (1, Decimal(11000)),
        ("month", date(2026, 11, 1), ""): (1, Decimal(11000)),
        ("year", date(2026, 1, 1), "automotive_parts"): (1, Decimal(12440)),
        ("year", date(2026, 1, 1), "machinery"): (1, Decimal(11000)),
        ("year", date(2026, 1, 1), ""): (2, Decimal(11720)),
    }
    skills = {
        (r["sector"], r["name_ko"]): (r["postings"], r["openings"], r["seekers"])
        for r in await SkillCell.select().where(SkillCell.month == date(2026, 12, 1))
    }
    assert skills["", "CNC 선반"] == (2, 5, 3)
    assert skills["automotive_parts", "CNC 선반"] == (1, 2, 2)  # s1 looks for machinery work only
    assert skills["machinery", "CNC 선반"] == (1, 3, 3)
    assert skills["", "용접"] == (1, 3, 1)
    assert skills["automotive_parts", "도면 해독"] == (1, 2, 0)
    assert done.active_seekers == 6 and done.sampled_seekers == 6  # s7 has no profile
    missed = {(r["sector"], r["name_ko"]): r["missed"] for r in await SkillCell.select()}
    # each of the six active seekers is recommended both postings; a posting counts once for each must-have skill of
    # it the seeker lacks: 도면 해독 all six (P1), 용접 all but s4 (P2), CNC 선반 s4, s5, s6 on both postings
    assert missed == {
        ("", "CNC 선반"): 6,
        ("", "도면 해독"): 6,
        ("", "용접"): 5,
        ("automotive_parts", "CNC 선반"): 3,
        ("automotive_parts", "도면 해독"): 6,
        ("machinery", "CNC 선반"): 3,
        ("machinery", "용접"): 5,
    }


async def test_a_second_refresh_gives_the_same_cells_and_past_months_of_skills_stay(app: Litestar, db: None) -> None:
    await hand_counted_platform()
    await aggregates.refresh(now=NOW)
    await fetch(
        """INSERT INTO report_skill_cells (month, sector, skill_key, name_ko, name_en, postings, seekers)
           VALUES ('2026-11-01', '', 'welding', '용접', 'Welding', 9, 2)"""
    )
    first = (
        await _activity(),
        await PayCell.select(PayCell.period, PayCell.starts, PayCell.sector, PayCell.median_hourly),
    )
    skills = await _skills()
    await aggregates.refresh(now=NOW)
    assert (
        await _activity(),
        await PayCell.select(PayCell.period, PayCell.starts, PayCell.sector, PayCell.median_hourly),
    ) == first
    assert await _skills() == skills
    assert await ReportRefresh.count() == 1


async def test_a_closed_month_keeps_its_counts_when_an_account_goes(app: Litestar, db: None) -> None:
    platform = await hand_counted_platform()
    await aggregates.refresh(now=NOW)
    s1 = platform.seekers[0]
    # s1's account erased: their October application goes with it (their hire would stay, anonymous)
    await fetch("DELETE FROM applications WHERE seeker_user_id = $1 AND stage <> 'hired'", s1)
    await aggregates.refresh(now=NOW)
    assert (await _activity())[0] == (date(2026, 10, 1), "machinery", "ungdong", True, 1, 0, 0)  # closed: as counted
    december = datetime(2027, 1, 5, tzinfo=UTC)  # a month on, November is closed too and December still open
    await aggregates.refresh(now=december)
    assert len(await _activity()) == 4


async def test_erasing_seekers_leaves_every_count_as_it_was(app: Litestar, db: None, tmp_path: Path) -> None:
    platform = await hand_counted_platform()
    await aggregates.refresh(now=NOW)
    before = await _activity()

    async def no_sessions(_: int) -> int:
        return 0

    # s1: young, applied in October and hired in December (the hire stays, anonymous); s2: young, applied and had an
    # interview in November (all of it goes); s5: born 1970, applied in November
    erased = [platform.seekers[0], platform.seekers[1], platform.seekers[4]]
    for seeker in erased:
        await privacy.delete_account(
            seeker, folder=tmp_path, redis=app.state.resources.redis, erase_sessions=no_sessions
        )
    assert await fetch("SELECT id FROM applications WHERE seeker_user_id = ANY($1::bigint[])", erased) == []
    assert await fetch("SELECT id FROM users WHERE id = ANY($1::bigint[])", erased) == []
    await aggregates.refresh(now=NOW)
    assert await _activity() == before
    await fetch("DELETE FROM report_activity_cells")  # a first refresh, of every month, counts them the same
    await aggregates.refresh(now=NOW)
    assert await _activity() == before


def test_the_worker_refreshes_every_hour_and_when_staff_ask() -> None:
    settings = worker_settings(Settings(database_url="postgresql://unused/jobsfez", redis_url="redis://unused:6379/0"))
    assert queue.REFRESH_REPORTS in {function.name for function in settings["functions"]}
    [hourly] = [job for job in settings["cron_jobs"] if job.name == "refresh_reports_hourly"]
    assert hourly.minute == {7} and hourly.unique
