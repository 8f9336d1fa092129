"""Fifty seekers racing for the last place of a slot: the database's CHECK lets exactly one in."""

import asyncio

import pytest
from asyncpg.exceptions import CheckViolationError  # type: ignore[import-untyped]
from litestar import Litestar

from jobsfez.config import Settings
from jobsfez.db import fetch, fetchrow
from jobsfez.errors import Conflict
from jobsfez.interviews import bookings, slots
from jobsfez.interviews.service import TAKEN
from tests.interview_factories import in_days, links_for, make_application, make_company, make_slot

RACERS = 50


async def test_fifty_concurrent_bookings_for_the_last_place_make_exactly_one(
    app: Litestar, db: None, settings: Settings
) -> None:
    company = await make_company()
    links = links_for(settings)
    slot_id = await make_slot(company, in_days(3), capacity=3)
    # accounts written directly (nobody logs in here), so the test spends its time on the race
    seekers = await fetch(
        """INSERT INTO users (email, password_hash, role, display_name)
           SELECT 'racer' || n || '@example.kr', '!', 'seeker', '지원자 ' || n FROM generate_series(1, $1) AS n
           RETURNING id""",
        RACERS + 2,
    )
    applications = [await make_application(company, int(row["id"])) for row in seekers]
    for early in applications[:2]:  # two places already taken: one left
        await slots.book_for(company.actor, slot_id, application_id=early, links=links)
    racers = list(zip([int(row["id"]) for row in seekers[2:]], applications[2:], strict=True))
    await fetch(
        "INSERT INTO interview_invitations (application_id, employer_id) SELECT unnest($1::bigint[]), $2",
        applications[2:],
        company.actor.employer_id,
    )
    notifications_before = (await fetchrow("SELECT count(*) AS n FROM notifications"))["n"]  # type: ignore[index]

    # Each call opens its own transaction on its own pooled connection; there is no lock in Python.
    results = await asyncio.gather(
        *[
            bookings.book(seeker_id, application_id, slot_id=slot_id, links=links)
            for seeker_id, application_id in racers
        ],
        return_exceptions=True,
    )

    winners = [r for r in results if isinstance(r, int)]
    losers = [r for r in results if not isinstance(r, int)]
    assert len(winners) == 1, results
    assert len(losers) == RACERS - 1
    assert all(isinstance(r, Conflict) and r.message == TAKEN for r in losers), {repr(r) for r in losers}
    slot = await fetchrow("SELECT booked, capacity FROM interview_slots WHERE id = $1", slot_id)
    assert slot == {"booked": 3, "capacity": 3}
    active = await fetch("SELECT id FROM interview_bookings WHERE slot_id = $1 AND status = 'booked'", slot_id)
    assert len(active) == 3 and winners[0] in {r["id"] for r in active}
    # the losers wrote no messages: their transactions rolled back with the refused place
    after = (await fetchrow("SELECT count(*) AS n FROM notifications"))["n"]  # type: ignore[index]
    winner_messages = await fetchrow(
        "SELECT count(*) AS n FROM notifications WHERE cause LIKE $1", f"booking:{winners[0]}%"
    )
    assert winner_messages is not None and after - notifications_before == winner_messages["n"] > 0


async def test_the_capacity_is_a_database_constraint_not_a_python_check(app: Litestar, db: None) -> None:
    company = await make_company()
    slot_id = await make_slot(company, in_days(3), capacity=1)
    await fetch("UPDATE interview_slots SET booked = 1 WHERE id = $1", slot_id)
    with pytest.raises(CheckViolationError):
        await fetch("UPDATE interview_slots SET booked = booked + 1 WHERE id = $1", slot_id)
