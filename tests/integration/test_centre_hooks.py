"""A drive's events reach its host centres' webhooks: written with the change (and not at all when it rolls back),
to the centres that see what they tell, carrying ids rather than personal data, and delivered signed with the
centre's secret to a real HTTPS receiver by the machinery that delivers a company's webhook."""

from __future__ import annotations

import asyncio
import ipaddress
import json
import ssl
import subprocess
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from jobsfez.centres.tables import Centre
from jobsfez.config import Settings
from jobsfez.db import fetch, fetchrow, transaction
from jobsfez.drives import checkin, hooks, outcomes, participants, rosters
from jobsfez.drives import service as drives
from jobsfez.notifications import destinations
from jobsfez.notifications import service as notifications
from jobsfez.notifications.channels import webhook_signature
from jobsfez.notifications.tables import Notification
from tests.drive_day_factories import at, make_drive_day
from tests.drive_factories import actor_of, make_drive
from tests.employer_factories import company_actor
from tests.helpers import make_centre, make_seeker
from workers.main import build_deliverer

pytestmark = pytest.mark.usefixtures("db")

HOST = "hooks.example.kr"
ROSTER = "이름,이메일,출생연도,동의\n김하늘,haneul@example.kr,2001,Y\n이바다,bada@example.kr,1999,Y\n".encode("cp949")


async def with_webhook(centre_id: int, url: str | None = None) -> str:
    """The centre's webhook as its settings form saves it (the address rule is the web tests' concern)."""
    secret = f"secret-of-centre-{centre_id}"
    await Centre.update(
        {Centre.webhook_url: url or f"https://{HOST}/centre/{centre_id}", Centre.webhook_secret: secret}
    ).where(Centre.id == centre_id)
    return secret


async def events(kind: str) -> list[dict[str, Any]]:
    rows = await fetch(
        "SELECT centre_id, employer_id, channel, payload FROM notifications WHERE kind = $1 ORDER BY centre_id", kind
    )
    return [{**row, "payload": json.loads(row["payload"])} for row in rows]


async def test_each_event_reaches_the_hosts_that_see_what_it_tells() -> None:
    lead, a = await make_centre("manager@centre-a.kr")
    co_host, b = await make_centre("manager@centre-b.kr", name_ko="강서센터", name_en="Gangseo Centre")
    _, c = await make_centre("manager@centre-c.kr", name_ko="사하센터", name_en="Saha Centre")
    for centre_id in (a, b, c):
        await with_webhook(centre_id)
    drive_id = await make_drive(lead.id)
    await drives.add_host(await actor_of(lead.id), drive_id, centre_id=b)
    await drives.transition(await actor_of(lead.id), drive_id, "publish")
    published = await events(hooks.DRIVE_PUBLISHED)
    assert [(e["centre_id"], e["employer_id"], e["channel"]) for e in published] == [
        (a, None, "webhook"),
        (b, None, "webhook"),
    ]
    assert published[0]["payload"]["drive_id"] == drive_id and published[0]["payload"]["action"] == "publish"
    assert published[0]["payload"]["drive_title"] == "명지 AI·제조 현장면접의 날"

    seeker = await make_seeker("minjun@example.kr", name="김민준")
    await participants.register(seeker.id, drive_id, birth_year="2001", consent=True, now=drives.now(), language="ko")
    [registered] = await events(hooks.PARTICIPANT_REGISTERED)  # the lead brought them: the co-host does not see them
    assert registered["centre_id"] == a and registered["payload"]["source"] == "self"

    imported = await rosters.import_file(await actor_of(co_host.id), drive_id, ROSTER, base_url="", language="ko")
    assert imported.added == 2
    assert [(e["centre_id"], e["payload"]["count"]) for e in await events(hooks.PARTICIPANTS_IMPORTED)] == [
        (a, 2),
        (b, 2),
    ]

    row = await fetchrow("SELECT id FROM drive_participants WHERE email = 'bada@example.kr'")
    assert row is not None
    await checkin.check_in(await actor_of(lead.id), drive_id, row["id"])
    await checkin.check_in(await actor_of(co_host.id), drive_id, row["id"])  # already in: no second event
    arrived = await events(hooks.PARTICIPANT_CHECKED_IN)
    assert [(e["centre_id"], e["payload"]["participant_id"]) for e in arrived] == [(a, row["id"]), (b, row["id"])]

    walkin = await checkin.add_walkin(await actor_of(co_host.id), drive_id, name="박바다", email="walkin@example.kr")
    at_door = [
        e for e in await events(hooks.PARTICIPANT_REGISTERED) if e["payload"]["participant_id"] == walkin.participant_id
    ]
    assert [(e["centre_id"], e["payload"]["source"]) for e in at_door] == [(a, "walkin"), (b, "walkin")]
    assert len(await events(hooks.PARTICIPANT_CHECKED_IN)) == 4  # the walk-in arrived as they registered

    every = await fetch("SELECT payload::text AS body, centre_id FROM notifications WHERE channel = 'webhook'")
    assert c not in {e["centre_id"] for e in every}  # not a host: never told
    for event in every:  # ids, not people
        assert "@" not in event["body"] and not any(name in event["body"] for name in ("김민준", "이바다", "박바다"))


async def test_an_outcome_reaches_the_centre_that_brought_the_participant() -> None:
    day = await make_drive_day()
    await with_webhook(day.centre_id)
    await fetch(
        "INSERT INTO drive_employers (drive_id, employer_id, status) VALUES ($1, $2, 'joined')",
        day.drive_id,
        day.companies["precision"],
    )
    owner = await fetchrow("SELECT id FROM users WHERE email = 'owner@precision.kr'")
    assert owner is not None
    company = await company_actor(owner["id"])
    interview = day.interviews["emma-precision"]
    await outcomes.record(company, day.drive_id, interview, "next_round", now=at(12))
    [told] = await events(hooks.INTERVIEW_OUTCOME)
    assert told["centre_id"] == day.centre_id
    assert datetime.fromisoformat(told["payload"].pop("starts_at")) == at(10, 30)  # ISO 8601, with its offset
    assert told["payload"] == {
        "drive_id": day.drive_id,
        "drive_title": "명지 AI·제조 현장면접의 날",
        "interview_id": interview,
        "outcome": "next_round",
        "participant_id": day.people["emma"],
        "employer_id": day.companies["precision"],
    }


async def test_a_change_rolled_back_sends_nothing() -> None:
    lead, a = await make_centre()
    await with_webhook(a)
    drive_id = await make_drive(lead.id)
    with pytest.raises(RuntimeError):
        async with transaction():
            await drives.transition(await actor_of(lead.id), drive_id, "publish")
            assert await Notification.count() == 1  # written with the change, inside its transaction
            raise RuntimeError("the change fails after the event was written")
    assert await Notification.count() == 0
    assert (await drives.led(await actor_of(lead.id), drive_id)).status == "draft"


@dataclass
class Receiver:
    port: int
    requests: list[tuple[dict[str, str], bytes]] = field(default_factory=list)


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """A self-signed certificate for the receiver's name, which only this test's client trusts."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            f"/CN={HOST}",
            "-addext",
            f"subjectAltName=DNS:{HOST}",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    yield cert, key


@pytest.fixture
async def receiver(certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Receiver]:
    """An HTTPS server on loopback that answers 204 and keeps each request; the name resolves to it and the client
    trusts its certificate, as a public receiver's would be: the rest of delivery is as it runs."""
    cert, key = certificate
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    received = Receiver(port=0)

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = (await reader.readuntil(b"\r\n\r\n")).decode()
        headers = dict(line.split(": ", 1) for line in head.split("\r\n")[1:] if ": " in line)
        headers = {name.lower(): value for name, value in headers.items()}
        body = await reader.readexactly(int(headers.get("content-length", "0")))
        received.requests.append((headers, body))
        writer.write(b"HTTP/1.1 204 No Content\r\nconnection: close\r\n\r\n")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0, ssl=server_tls)
    received.port = server.sockets[0].getsockname()[1]

    async def resolve(host: str, port: int) -> list[destinations.IPAddress]:
        assert host == HOST
        return [ipaddress.ip_address("127.0.0.1")]

    monkeypatch.setattr(destinations, "resolve", resolve)
    monkeypatch.setattr(destinations, "is_public", lambda address: True)
    monkeypatch.setattr(httpx, "create_ssl_context", lambda **_: ssl.create_default_context(cafile=cert))
    yield received
    server.close()
    await server.wait_closed()


async def test_the_receiver_gets_the_event_signed_with_the_centres_secret(
    receiver: Receiver, settings: Settings
) -> None:
    lead, a = await make_centre()
    secret = await with_webhook(a, f"https://{HOST}:{receiver.port}/jobsfez/events")
    drive_id = await make_drive(lead.id)
    ids = notifications.collect_created()
    await drives.transition(await actor_of(lead.id), drive_id, "publish")
    assert len(ids) == 1
    deliverer = build_deliverer(settings)
    try:
        assert await deliverer.deliver(ids[0]) == "sent"
    finally:
        await deliverer.aclose()
    [(headers, body)] = receiver.requests
    assert headers["x-jobsfez-signature"] == webhook_signature(secret, headers["x-jobsfez-timestamp"], body)
    assert headers["x-jobsfez-signature"] != webhook_signature("another secret", headers["x-jobsfez-timestamp"], body)
    sent = json.loads(body)
    assert sent["id"] == ids[0] and sent["kind"] == "drive.published"
    assert sent["data"]["drive_id"] == drive_id and sent["data"]["drive_title"] == "명지 AI·제조 현장면접의 날"
    [logged] = await notifications.delivery_log(employer_id=None, centre_id=a)
    assert logged.status == "sent" and logged.kind == "drive.published"
    assert await notifications.delivery_log(employer_id=None, centre_id=a + 1000) == []
