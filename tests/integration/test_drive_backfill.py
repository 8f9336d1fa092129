"""Back-fill on a real PostgreSQL: a freed slot is offered to the best participants who are there and free (mutual
marks first, then a mark, then the match score), the first of them to accept gets it and the others are told they
lost it, twenty accepting at once make exactly one interview, an offer past its slot's start is expired, and a
participant accepts from their itinerary page as from the e-mailed link."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import httpx
from litestar import Litestar

from jobsfez.config import Settings
from jobsfez.db import fetch, fetchrow
from jobsfez.dev.mailsink import MailSink
from jobsfez.drives import backfill, noshows
from tests.drive_day_factories import DriveDay, add_interview, make_drive_day
from tests.helpers import csrf_of, login, make_posting, make_seeker
from tests.interview_factories import deliver_due, links_for, mails_to, text_of
from tests.timetable_factories import add_participant, add_run, mark
from workers.main import mark_absent, send_itineraries

RACERS = 20


async def user_id(email: str) -> int:
    row = await fetchrow("SELECT id FROM users WHERE email = $1", email)
    assert row is not None
    return int(row["id"])


async def freed_slot(settings: Settings, people: int) -> tuple[DriveDay, int, list[int], datetime]:
    """The drive day with 민준's precision interview moved to an hour from now and cancelled by him, and ``people``
    more participants checked in, each matched with the company (the later ones scoring higher)."""
    day = await make_drive_day()
    interview = day.interviews["minjun-precision"]
    row = await fetchrow("SELECT date_trunc('minute', now()) + interval '1 hour' AS at")
    assert row is not None
    starts = row["at"]
    await fetch(
        """UPDATE drive_interviews SET starts_at = $2::timestamptz, ends_at = $2::timestamptz + interval '20 minutes'
           WHERE id = $1""",
        interview,
        starts,
    )
    precision = day.companies["precision"]
    posting = await make_posting(precision, await user_id("owner@precision.kr"))
    added = [await add_participant(day.drive_id, day.centre_id, n) for n in range(1, people + 1)]
    await fetch("UPDATE drive_participants SET checked_in_at = now() WHERE id = ANY($1::bigint[])", added)
    await add_run(day.drive_id, {(p, precision): 10.0 + n for n, p in enumerate(added)}, {precision: posting})
    await noshows.cancel_mine(await user_id("minjun@example.kr"), day.drive_id, interview)
    return day, interview, added, starts


async def offers() -> dict[int, str]:
    rows = await fetch("SELECT participant_id, status FROM drive_slot_offers ORDER BY id")
    return {row["participant_id"]: row["status"] for row in rows}


async def test_a_freed_slot_goes_to_the_best_three_who_are_there_and_free(
    app: Litestar, db: None, settings: Settings, mail_sink: MailSink
) -> None:
    day, _, people, starts = await freed_slot(settings, 6)
    p1, p2, _, p4, p5, p6 = people
    precision, robotics = day.companies["precision"], day.companies["robotics"]
    await mark(day.drive_id, p1, precision, "participant")  # mutual: first whatever the score
    await mark(day.drive_id, p1, precision, "company")
    await mark(day.drive_id, p2, precision, "company")  # one side: next
    await add_interview(day.drive_id, p6, robotics, starts + timedelta(minutes=10))  # busy then: left out
    await fetch("UPDATE drive_participants SET checked_in_at = NULL WHERE id = $1", p5)  # not here: left out
    links = links_for(settings)

    assert await backfill.offer_freed(datetime.now(UTC), links=links) == 3
    assert await offers() == {p1: "open", p2: "open", p4: "open"}  # then the best score among the rest
    assert await backfill.offer_freed(datetime.now(UTC), links=links) == 0  # three are open: nobody more
    await deliver_due(settings)
    [mail] = mails_to(mail_sink, "person1@example.kr")
    assert "명지정밀" in text_of(mail) and "/drives/offers/" in text_of(mail)
    assert mails_to(mail_sink, "person3@example.kr") == []

    # the worker's minute does both: nothing more to mark or offer here
    ctx = {"settings": settings, "redis": app.state.resources.arq}
    assert await mark_absent(ctx) == "0 marked absent, 0 offers"


async def test_the_first_to_accept_gets_the_slot_and_the_others_are_told_they_lost_it(
    app: Litestar, db: None, settings: Settings, mail_sink: MailSink
) -> None:
    day, _, people, starts = await freed_slot(settings, 3)
    links = links_for(settings)
    await backfill.offer_freed(datetime.now(UTC), links=links)
    rows = await fetch("SELECT id, participant_id, expires_at FROM drive_slot_offers ORDER BY id")
    token = {
        row["participant_id"]: backfill.offer_url(links, row["id"], row["expires_at"]).rsplit("/", 1)[1] for row in rows
    }
    first, second = people[2], people[1]  # the best score first

    assert (await backfill.look(settings.secret_key, token[first])).outcome == "ready"
    won = await backfill.accept(settings.secret_key, token[first])
    assert won.outcome == "accepted" and won.company_ko == "명지정밀" and won.starts_at == starts
    assert (await backfill.accept(settings.secret_key, token[first])).outcome == "won"
    lost = await backfill.accept(settings.secret_key, token[second])
    assert lost.outcome == "lost"
    assert (await backfill.look(settings.secret_key, token[second])).outcome == "lost"
    assert sorted((await offers()).values()) == ["accepted", "lost", "lost"]
    new = await fetch(
        "SELECT participant_id, status, starts_at FROM drive_interviews WHERE employer_id = $1 AND starts_at = $2",
        day.companies["precision"],
        starts,
    )
    assert sorted((row["participant_id"], row["status"]) for row in new) == sorted(
        [(first, "scheduled"), (day.people["minjun"], "cancelled")]
    )
    # nothing is offered again for a slot that was filled
    assert await backfill.offer_freed(datetime.now(UTC), links=links) == 0

    ctx = {"settings": settings, "redis": app.state.resources.arq}
    await send_itineraries(ctx, day.drive_id)
    await deliver_due(settings)
    assert len(mails_to(mail_sink, f"person{people.index(first) + 1}@example.kr")) == 2  # the offer, the itinerary
    assert (await backfill.look("another-secret", token[first])).outcome == "invalid"


async def test_an_offer_past_its_slots_start_is_expired(app: Litestar, db: None, settings: Settings) -> None:
    await freed_slot(settings, 2)
    links = links_for(settings)
    await backfill.offer_freed(datetime.now(UTC), links=links)
    [row, other] = await fetch("SELECT id, expires_at FROM drive_slot_offers ORDER BY id")
    token = backfill.offer_url(links, row["id"], row["expires_at"]).rsplit("/", 1)[1]
    await fetch("UPDATE drive_slot_offers SET expires_at = now() - interval '1 minute' WHERE id = $1", row["id"])
    assert (await backfill.look(settings.secret_key, token)).outcome == "expired"
    assert (await backfill.accept(settings.secret_key, token)).outcome == "expired"
    assert (await fetchrow("SELECT status FROM drive_slot_offers WHERE id = $1", row["id"])) == {"status": "expired"}
    # the worker's minute expires what is left open once the slot has started
    await backfill.offer_freed(other["expires_at"] + timedelta(seconds=1), links=links)
    assert set((await offers()).values()) == {"expired"}


async def test_twenty_accepting_at_once_make_exactly_one_interview(app: Litestar, db: None, settings: Settings) -> None:
    day, interview, people, starts = await freed_slot(settings, RACERS)
    links = links_for(settings)
    # every racer holds an offer of the slot (the offering itself makes three at once: tested above)
    rows = await fetch(
        """INSERT INTO drive_slot_offers (drive_id, interview_id, participant_id, expires_at)
           SELECT $1, $2, unnest($3::bigint[]), $4 RETURNING id, expires_at""",
        day.drive_id,
        interview,
        people,
        starts,
    )
    tokens = [backfill.offer_url(links, row["id"], row["expires_at"]).rsplit("/", 1)[1] for row in rows]

    # each call opens its own transaction on its own pooled connection; there is no lock in Python
    results = await asyncio.gather(*(backfill.accept(settings.secret_key, token) for token in tokens))

    assert sorted(result.outcome for result in results) == ["accepted"] + ["lost"] * (RACERS - 1)
    filled = await fetch(
        """SELECT participant_id FROM drive_interviews
           WHERE starts_at = $1 AND status = 'scheduled' AND employer_id = $2""",
        starts,
        day.companies["precision"],
    )
    assert len(filled) == 1
    assert sorted((await offers()).values()) == ["accepted"] + ["lost"] * (RACERS - 1)
    winner = await fetchrow("SELECT participant_id, filled_by FROM drive_slot_offers WHERE status = 'accepted'")
    assert winner is not None and winner["participant_id"] == filled[0]["participant_id"] and winner["filled_by"]


async def test_a_participant_no_longer_free_cannot_take_the_slot_and_it_stays_open_for_the_others(
    app: Litestar, db: None, settings: Settings
) -> None:
    day, _, people, starts = await freed_slot(settings, 2)
    links = links_for(settings)
    await backfill.offer_freed(datetime.now(UTC), links=links)
    rows = await fetch("SELECT id, participant_id, expires_at FROM drive_slot_offers ORDER BY id")
    token = {r["participant_id"]: backfill.offer_url(links, r["id"], r["expires_at"]).rsplit("/", 1)[1] for r in rows}
    busy, free = people
    await add_interview(day.drive_id, busy, day.companies["robotics"], starts)  # given another interview since

    assert (await backfill.accept(settings.secret_key, token[busy])).outcome == "taken"
    assert await offers() == {free: "open", busy: "open"}
    assert (await backfill.accept(settings.secret_key, token[free])).outcome == "accepted"
    assert await offers() == {free: "accepted", busy: "lost"}


async def test_a_participant_accepts_an_offer_on_their_itinerary_page_and_sees_what_came_of_it(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    day, _, people, starts = await freed_slot(settings, 2)
    taker, other = people[1], people[0]  # the better score, and the other one offered the slot
    await make_seeker("person2@example.kr", name="참가자2")
    await fetch(
        "UPDATE drive_participants SET user_id = (SELECT id FROM users WHERE email = $2) WHERE id = $1",
        taker,
        "person2@example.kr",
    )
    await backfill.offer_freed(datetime.now(UTC), links=links_for(settings))
    [offer] = await fetch("SELECT id FROM drive_slot_offers WHERE participant_id = $1", taker)
    [theirs] = await fetch("SELECT id FROM drive_slot_offers WHERE participant_id = $1", other)
    itinerary = f"/me/drives/{day.drive_id}/itinerary"
    accept = f"{itinerary}/offers/{offer['id']}/accept"

    await login(client, "person2@example.kr")
    page = await client.get(itinerary)
    assert page.status_code == 200 and f'action="{accept}"' in page.text and "명지정밀" in page.text
    token = csrf_of(page.text)
    assert (await client.post(accept)).status_code == 403  # no CSRF token: refused, nothing taken
    not_mine = await client.post(f"{itinerary}/offers/{theirs['id']}/accept", data={"_csrf": token})
    assert not_mine.status_code == 404
    assert (
        await client.post(accept.replace(str(day.drive_id), str(day.drive_id + 1)), data={"_csrf": token})
    ).status_code == 404
    assert sorted((await offers()).values()) == ["open", "open"]

    taken = await client.post(accept, data={"_csrf": token})
    assert taken.status_code == 303 and taken.headers["location"] == f"{itinerary}?offer=accepted"
    shown = await client.get(taken.headers["location"])
    assert "면접이 확정되었습니다" in shown.text
    assert f'action="{accept}"' not in shown.text  # the offer is no longer open
    assert await offers() == {other: "lost", taker: "accepted"}
    new = await fetch("SELECT status FROM drive_interviews WHERE participant_id = $1 AND starts_at = $2", taker, starts)
    assert [row["status"] for row in new] == ["scheduled"]
    again = await client.post(accept, data={"_csrf": token})
    assert again.headers["location"] == f"{itinerary}?offer=won"
    assert (await client.get(f"{itinerary}?offer=<script>")).status_code == 200
