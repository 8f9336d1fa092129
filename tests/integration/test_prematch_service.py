"""Pre-matching a drive on a real PostgreSQL: starting a run, the job's result ranked both ways, one pending run at a
time, who may start one, a run taken over from a worker that stopped beating, and a failure the page can show."""

from __future__ import annotations

import pytest

from jobsfez.db import fetch
from jobsfez.drives import prematch
from jobsfez.drives.tables import DriveMatch, DriveMatchRun
from jobsfez.errors import Conflict, Forbidden, NotFound, ValidationFailed
from tests.drive_factories import actor_of, make_drive
from tests.helpers import make_centre
from tests.prematch_factories import match_drive

pytestmark = pytest.mark.usefixtures("db")


async def test_a_run_stores_each_companys_best_posting_for_everyone_ranked_both_ways() -> None:
    made = await match_drive()
    centre = await actor_of(made.manager.id)
    run_id = await prematch.start(centre, made.drive_id)
    outcome = await prematch.run(run_id)
    assert outcome is not None and outcome.status == "done"
    run = await DriveMatchRun.select().where(DriveMatchRun.id == run_id).first()
    assert run is not None
    assert (run["status"], run["participants_total"], run["participants_done"]) == ("done", 4, 4)
    rows = await DriveMatch.select().where(DriveMatch.run_id == run_id)
    assert len(rows) == outcome.pairs > 0
    welding, cnc = (employer_id for _, employer_id in made.companies)
    by_pair = {(r["participant_id"], r["employer_id"]): r for r in rows}
    assert len(by_pair) == len(rows)  # one row per participant and company
    for row in rows:
        assert row["posting_id"] == made.postings[0 if row["employer_id"] == welding else 1]
        assert 0 < row["score"] <= 100
    # each company's participants ranked 1..n by score, and each participant's companies likewise
    for key, rank in (("employer_id", "company_rank"), ("participant_id", "participant_rank")):
        groups: dict[int, list[dict[str, object]]] = {}
        for row in rows:
            groups.setdefault(row[key], []).append(row)
        for members in groups.values():
            ordered = sorted(members, key=lambda r: r[rank])
            assert [r[rank] for r in ordered] == list(range(1, len(members) + 1))
            assert [r["score"] for r in ordered] == sorted((r["score"] for r in ordered), reverse=True)
    welder_row = await fetch("SELECT id FROM drive_participants WHERE email = 'welder@example.kr'")
    welder = welder_row[0]["id"]
    assert by_pair[welder, welding]["score"] > by_pair.get((welder, cnc), {"score": 0})["score"]  # type: ignore[operator]
    view = await prematch.last_done(made.drive_id)
    assert view is not None and (view.pairs, view.companies_matched) == (len(rows), 2)


async def test_a_second_run_replaces_the_first_ones_rows() -> None:
    made = await match_drive()
    centre = await actor_of(made.manager.id)
    first = await prematch.start(centre, made.drive_id)
    await prematch.run(first)
    second = await prematch.start(centre, made.drive_id)
    await prematch.run(second)
    runs = {r["run_id"] for r in await DriveMatch.select(DriveMatch.run_id).where(DriveMatch.drive_id == made.drive_id)}
    assert runs == {second}


async def test_one_pending_run_per_drive_and_only_its_hosts_start_one() -> None:
    made = await match_drive()
    centre = await actor_of(made.manager.id)
    await prematch.start(centre, made.drive_id)
    with pytest.raises(Conflict):
        await prematch.start(centre, made.drive_id)
    other, _ = await make_centre("other@centre.kr", name_ko="다른센터", name_en="Other")
    with pytest.raises(NotFound):
        await prematch.start(await actor_of(other.id), made.drive_id)
    unapproved, _ = await make_centre("new@centre.kr", approved=False, name_ko="새센터", name_en="New")
    drive_id = await make_drive(unapproved.id)
    with pytest.raises(Forbidden):
        await prematch.start(await actor_of(unapproved.id), drive_id)


async def test_a_drive_without_participants_or_postings_says_so() -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)
    with pytest.raises(ValidationFailed) as raised:
        await prematch.start(await actor_of(manager.id), drive_id)
    assert raised.value.message == prematch.NO_PARTICIPANTS


async def test_a_run_whose_heartbeat_stopped_is_taken_over_and_the_old_worker_writes_nothing() -> None:
    made = await match_drive()
    run_id = await prematch.start(await actor_of(made.manager.id), made.drive_id)
    lost = await prematch.claim(run_id)
    assert lost is not None
    assert await prematch.claim() is None  # beating: nobody takes it
    await fetch("UPDATE drive_match_runs SET heartbeat_at = now() - interval '1 minute' WHERE id = $1", run_id)
    outcome = await prematch.run()  # the sweep
    assert outcome is not None and (outcome.run_id, outcome.status) == (run_id, "done")
    with pytest.raises(prematch.RunLost):
        await prematch._beat(lost, done=1)


async def test_a_failure_is_stored_for_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    made = await match_drive()
    run_id = await prematch.start(await actor_of(made.manager.id), made.drive_id)

    def broken(*args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(prematch, "rank_companies", broken)
    with pytest.raises(RuntimeError):
        await prematch.run(run_id)
    run = await prematch.newest_run(made.drive_id)
    assert run is not None and (run.status, run.error) == ("failed", prematch.FAILED)
    assert await DriveMatch.count().where(DriveMatch.run_id == run_id) == 0


async def test_a_run_failing_every_time_is_given_up() -> None:
    made = await match_drive()
    run_id = await prematch.start(await actor_of(made.manager.id), made.drive_id)
    await fetch(
        """UPDATE drive_match_runs SET status = 'running', created_at = now() - interval '1 hour',
                  heartbeat_at = now() - interval '1 minute' WHERE id = $1""",
        run_id,
    )
    assert await prematch.run() is None
    run = await prematch.newest_run(made.drive_id)
    assert run is not None and (run.status, run.error) == ("failed", prematch.GAVE_UP)
