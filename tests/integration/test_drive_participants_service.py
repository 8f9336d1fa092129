"""The participants' service against PostgreSQL: the last place taken once when two seekers ask at the same time,
a roster over the places left stored not at all, a claim by an account already on the drive refused, and a drive
that took place keeping its participants."""

from __future__ import annotations

import asyncio

import pytest
from litestar import Litestar

from jobsfez.drives import participants, rosters
from jobsfez.drives import service as drives
from jobsfez.drives.tables import Consent, Drive, DriveParticipant
from jobsfez.errors import Conflict, ValidationFailed
from jobsfez.notifications.tables import Notification
from jobsfez.tenancy.service import token_hash
from tests.drive_factories import actor_of, make_drive
from tests.helpers import make_centre, make_seeker

ROSTER = "이름,이메일,출생연도,동의\n김하늘,haneul@example.kr,2001,Y\n이바다,bada@example.kr,1999,Y\n".encode("cp949")


async def register(user_id: int, drive_id: int) -> None:
    await participants.register(user_id, drive_id, birth_year="2001", consent=True, now=drives.now(), language="ko")


async def test_two_seekers_asking_for_the_last_place_get_it_once(app: Litestar, db: None) -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True, capacity="1")
    first, second = await make_seeker("a@example.kr"), await make_seeker("b@example.kr")
    results = await asyncio.gather(register(first.id, drive_id), register(second.id, drive_id), return_exceptions=True)
    assert sorted(type(result).__name__ for result in results) == ["NoneType", "ValidationFailed"]
    assert await DriveParticipant.count() == 1 and await Consent.count() == 1


async def test_a_roster_over_the_places_left_stores_nothing(app: Litestar, db: None) -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True, capacity="1")
    with pytest.raises(ValidationFailed) as refused:
        await rosters.import_file(await actor_of(manager.id), drive_id, ROSTER, base_url="", language="ko")
    assert refused.value.params == {"left": 1, "rows": 2}
    assert await DriveParticipant.count() == 0 and await Consent.count() == 0 and await Notification.count() == 0


async def test_a_roster_row_keeps_its_skills_and_their_keys(app: Litestar, db: None) -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)
    data = '이름,이메일,기술,동의\n김하늘,haneul@example.kr,"파이선, CNC선반",Y\n'.encode()
    imported = await rosters.import_file(await actor_of(manager.id), drive_id, data, base_url="", language="ko")
    assert (imported.added, imported.invited, imported.skipped) == (1, 1, 0)
    [row] = await DriveParticipant.select(DriveParticipant.skills, DriveParticipant.skill_keys)
    assert row["skills"] == ["파이선", "CNC선반"] and len(row["skill_keys"]) == 2 and all(row["skill_keys"])


async def test_a_claim_by_an_account_already_on_the_drive_is_refused(app: Litestar, db: None) -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)
    await rosters.import_file(await actor_of(manager.id), drive_id, ROSTER, base_url="", language="ko")
    seeker = await make_seeker()
    await register(seeker.id, drive_id)
    await DriveParticipant.update({DriveParticipant.claim_token_hash: token_hash("known")}).where(
        DriveParticipant.email == "haneul@example.kr"
    )
    with pytest.raises(Conflict):
        await participants.claim("known", user_id=seeker.id)
    assert await DriveParticipant.count().where(DriveParticipant.user_id == seeker.id) == 1


async def test_a_roster_naming_a_seeker_who_claimed_another_row_leaves_them_be(app: Litestar, db: None) -> None:
    # Kim's roster row said haneul@example.kr; Kim claimed it signed in as kim@gmail.com, which a later roster names
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)
    actor = await actor_of(manager.id)
    await rosters.import_file(actor, drive_id, ROSTER, base_url="", language="ko")
    kim = await make_seeker("kim@gmail.com")
    await DriveParticipant.update({DriveParticipant.claim_token_hash: token_hash("kim")}).where(
        DriveParticipant.email == "haneul@example.kr"
    )
    await participants.claim("kim", user_id=kim.id)
    again = "이름,이메일,출생연도,동의\n김하늘,kim@gmail.com,2001,Y\n새사람,new@example.kr,2000,Y\n".encode("cp949")
    imported = await rosters.import_file(actor, drive_id, again, base_url="", language="ko")
    assert imported.added == 1
    assert await DriveParticipant.count().where(DriveParticipant.user_id == kim.id) == 1
    assert await DriveParticipant.count() == 3 and await Consent.count() == 3


async def test_claiming_while_registering_gives_the_seeker_one_place(app: Litestar, db: None) -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)
    await rosters.import_file(await actor_of(manager.id), drive_id, ROSTER, base_url="", language="ko")
    await DriveParticipant.update({DriveParticipant.claim_token_hash: token_hash("known")}).where(
        DriveParticipant.email == "haneul@example.kr"
    )
    seeker = await make_seeker("sky@example.kr")
    results = await asyncio.gather(
        participants.claim("known", user_id=seeker.id), register(seeker.id, drive_id), return_exceptions=True
    )
    assert not [r for r in results if not isinstance(r, (int, type(None), Conflict, ValidationFailed))], results
    assert await DriveParticipant.count().where(DriveParticipant.user_id == seeker.id) == 1


async def test_a_drive_that_took_place_keeps_its_participants(app: Litestar, db: None) -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)
    seeker = await make_seeker()
    await register(seeker.id, drive_id)
    await Drive.update({Drive.status: "held"}).where(Drive.id == drive_id)
    with pytest.raises(ValidationFailed):
        await participants.withdraw(seeker.id, drive_id)
    with pytest.raises(ValidationFailed):
        await rosters.import_file(await actor_of(manager.id), drive_id, ROSTER, base_url="", language="ko")
    [row] = await DriveParticipant.select(DriveParticipant.status)
    assert row["status"] == "registered"
