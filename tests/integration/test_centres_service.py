"""The centres service on a real PostgreSQL: registration, approval, roles, invitations, and scoping by the actor."""

from __future__ import annotations

import hashlib
import json

import pytest

from jobsfez.centres import invitations, service
from jobsfez.centres.service import CentreActor
from jobsfez.centres.tables import Centre, CentreInvitation, CentreMember
from jobsfez.db import fetch
from jobsfez.errors import Forbidden, NotFound, ValidationFailed
from jobsfez.notifications.tables import Notification
from tests.helpers import PASSWORD, add_centre_member, make_centre, make_seeker, make_staff

pytestmark = pytest.mark.usefixtures("db")


async def actor(user_id: int) -> CentreActor:
    found = await service.actor_for(user_id)
    assert found is not None
    return found


async def test_a_centre_registers_with_its_manager_and_waits_for_staff() -> None:
    manager, centre_id = await make_centre(approved=False)
    assert manager.role == "centre"
    assert await actor(manager.id) == CentreActor(manager.id, centre_id, "manager", approved=False)
    centre = await service.own_centre(await actor(manager.id))
    assert (centre.status, centre.phone, centre.kind) == ("pending", "051-970-1234", "youth_centre")
    assert [c.id for c in await service.pending_centres()] == [centre_id]


async def test_staff_decide_once_and_the_queue_is_oldest_first() -> None:
    _, first = await make_centre("a@centre.kr", approved=False)
    _, second = await make_centre("b@centre.kr", approved=False, name_ko="부산대학교 일자리플러스센터")
    staff = await make_staff()
    assert [c.id for c in await service.pending_centres()] == [first, second]
    decided = await service.decide(staff_user_id=staff.id, centre_id=second, approve=False, reason="No such centre.")
    assert (decided.status, decided.decision_reason) == ("rejected", "No such centre.")
    with pytest.raises(NotFound):
        await service.decide(staff_user_id=staff.id, centre_id=second, approve=True)
    approved = await service.decide(staff_user_id=staff.id, centre_id=first, approve=True)
    assert approved.approved
    row = await Centre.select(Centre.approved_by, Centre.approved_at).where(Centre.id == first).first()
    assert row is not None and row["approved_by"] == staff.id and row["approved_at"] is not None
    assert await service.pending_centres() == []


async def test_a_manager_invites_a_counsellor_who_joins_with_a_new_account() -> None:
    manager, centre_id = await make_centre()
    token = await invitations.invite(
        await actor(manager.id),
        email=" New@Example.kr ",
        role="counsellor",
        base_url="https://jobsfez.kr",
        language="en",
    )
    stored = await CentreInvitation.objects().first()
    assert stored is not None and stored.email == "new@example.kr"
    assert stored.token_hash == hashlib.sha256(token.encode()).hexdigest() and token not in stored.token_hash
    note = await Notification.objects().where(Notification.kind == "centre_invitation").first()
    assert note is not None and (note.recipient, note.language) == ("new@example.kr", "en")
    assert json.loads(note.payload)["url"] == f"https://jobsfez.kr/centres/invitations/{token}"

    seen = await invitations.open_invitation(token)
    assert (seen.email, seen.role, seen.centre_name_ko) == ("new@example.kr", "counsellor", "명지청년센터")
    user = await invitations.accept_invitation(token=token, password=PASSWORD, display_name="이상담", locale="ko")
    assert user.role == "centre"
    assert await actor(user.id) == CentreActor(user.id, centre_id, "counsellor", approved=True)
    with pytest.raises(NotFound):
        await invitations.open_invitation(token)
    with pytest.raises(NotFound):
        await invitations.accept_invitation(token=token, password=PASSWORD, display_name="또", locale="ko")


async def test_an_unapproved_centre_invites_nobody() -> None:
    manager, _ = await make_centre(approved=False)
    with pytest.raises(Forbidden) as refused:
        await invitations.invite(
            await actor(manager.id), email="x@example.kr", role="counsellor", base_url="", language="ko"
        )
    assert "approved" in refused.value.message
    assert await CentreInvitation.count() == 0 and await Notification.count() == 0


async def test_a_counsellor_manages_nothing() -> None:
    manager, _ = await make_centre()
    counsellor = await actor((await add_centre_member(manager, "c@centre.kr")).id)
    manager_member = await CentreMember.objects().where(CentreMember.user_id == manager.id).first()
    assert manager_member is not None
    with pytest.raises(Forbidden):
        await invitations.invite(counsellor, email="x@example.kr", role="counsellor", base_url="", language="ko")
    with pytest.raises(Forbidden):
        await service.set_member_role(counsellor, member_id=manager_member.id, role="counsellor")
    with pytest.raises(Forbidden):
        await service.update_centre(
            counsellor,
            name_ko="새 이름",
            name_en="New",
            kind="other",
            district="jisa",
            address="주소",
            phone="0515101234",
        )
    with pytest.raises(Forbidden):
        await invitations.team(counsellor)
    # and sees the centre and its members
    page = await service.dashboard(counsellor)
    assert [m.role for m in page.members] == ["manager", "counsellor"]


@pytest.mark.parametrize(
    ("email", "role", "field"),
    [
        ("not an email", "counsellor", "email"),
        ("x@example.kr", "owner", "role"),
    ],
)
async def test_an_invitation_that_could_not_be_accepted_is_refused(email: str, role: str, field: str) -> None:
    manager, _ = await make_centre()
    await make_seeker()
    with pytest.raises(ValidationFailed) as refused:
        await invitations.invite(await actor(manager.id), email=email, role=role, base_url="", language="ko")
    assert field in refused.value.fields
    assert await CentreInvitation.count() == 0 and await Notification.count() == 0


@pytest.mark.parametrize("email", ["seeker@example.kr", "manager@centre.kr"])
async def test_an_address_with_an_account_is_invited_like_any_and_told_by_email(email: str) -> None:
    """The manager learns nothing about the address (issue 18); its owner reads that an account cannot join."""
    manager, _ = await make_centre()
    await make_seeker()
    await invitations.invite(await actor(manager.id), email=email, role="counsellor", base_url="", language="ko")
    assert await CentreInvitation.count() == 1
    [kind] = await Notification.select(Notification.kind).output(as_list=True)
    assert kind == "invitation_to_account"


async def test_an_expired_or_withdrawn_invitation_opens_nothing() -> None:
    manager, _ = await make_centre()
    manager_actor = await actor(manager.id)
    expired = await invitations.invite(manager_actor, email="a@x.kr", role="counsellor", base_url="", language="ko")
    await fetch("UPDATE centre_invitations SET expires_at = now() - interval '1 second' WHERE email = 'a@x.kr'")
    withdrawn = await invitations.invite(manager_actor, email="b@x.kr", role="manager", base_url="", language="ko")
    kept = await invitations.invite(manager_actor, email="c@x.kr", role="counsellor", base_url="", language="ko")
    [_, to_withdraw, _] = await CentreInvitation.select(CentreInvitation.id).order_by(CentreInvitation.id)
    await invitations.withdraw_invitation(manager_actor, invitation_id=to_withdraw["id"])
    with pytest.raises(NotFound):
        await invitations.withdraw_invitation(manager_actor, invitation_id=to_withdraw["id"])
    for token in (expired, withdrawn):
        with pytest.raises(NotFound):
            await invitations.accept_invitation(token=token, password=PASSWORD, display_name="누구", locale="ko")
    assert [i.email for i in (await invitations.team(manager_actor)).invitations] == ["c@x.kr"]
    assert (await invitations.open_invitation(kept)).email == "c@x.kr"


async def test_a_centre_keeps_at_least_one_manager() -> None:
    manager, _ = await make_centre()
    colleague = await add_centre_member(manager, "second@centre.kr", role="manager")
    members = {m.user_id: m for m in await service.members(await actor(manager.id))}
    await service.set_member_role(await actor(manager.id), member_id=members[colleague.id].id, role="counsellor")
    with pytest.raises(ValidationFailed) as refused:
        await service.set_member_role(await actor(manager.id), member_id=members[manager.id].id, role="counsellor")
    assert refused.value.message == "A centre needs at least one manager."
    with pytest.raises(ValidationFailed):
        await service.set_member_role(await actor(manager.id), member_id=members[colleague.id].id, role="boss")
    roles = {m.user_id: m.role for m in await service.members(await actor(manager.id))}
    assert roles == {manager.id: "manager", colleague.id: "counsellor"}


async def test_everything_is_scoped_by_the_actors_centre() -> None:
    manager_a, _ = await make_centre("a@centre.kr")
    manager_b, centre_b = await make_centre("b@centre.kr", name_ko="부산대학교 일자리플러스센터")
    await add_centre_member(manager_a, "counsellor-a@centre.kr")
    a_rows = await CentreMember.objects().where(CentreMember.user_id != manager_b.id)
    await invitations.invite(await actor(manager_a.id), email="z@x.kr", role="counsellor", base_url="", language="ko")
    invitation_a = await CentreInvitation.objects().where(CentreInvitation.email == "z@x.kr").first()
    assert invitation_a is not None
    b = await actor(manager_b.id)
    for member in a_rows:
        with pytest.raises(NotFound):
            await service.set_member_role(b, member_id=member.id, role="manager")
    with pytest.raises(NotFound):
        await invitations.withdraw_invitation(b, invitation_id=invitation_a.id)
    assert [m.user_id for m in await service.members(b)] == [manager_b.id]
    assert (await invitations.team(b)).invitations == []
    assert (await service.own_centre(b)).id == centre_b
    assert [i.email for i in (await invitations.team(await actor(manager_a.id))).invitations] == ["z@x.kr"]


async def test_a_manager_corrects_the_centres_details() -> None:
    manager, _ = await make_centre(approved=False)
    updated = await service.update_centre(
        await actor(manager.id),
        name_ko="  명지  청년센터 ",
        name_en="Myeongji Youth Center",
        kind="zone_authority",
        district="ungdong",
        address="경남 창원시 진해구 웅동로 1",
        phone="1577 1234",
    )
    assert (updated.name_ko, updated.kind, updated.phone, updated.status) == (
        "명지 청년센터",
        "zone_authority",
        "1577-1234",
        "pending",
    )
