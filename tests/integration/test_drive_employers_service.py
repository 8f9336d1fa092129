"""Companies on drives on a real PostgreSQL: invitations from the lead, requests from companies and their answers,
what a joined company offers, invitations by email, the scope of each side and the drive's history."""

from __future__ import annotations

import pytest

from jobsfez.accounts.tables import User
from jobsfez.drives import company as drive_company
from jobsfez.drives import employers as drive_employers
from jobsfez.drives import service as drives
from jobsfez.drives.offers import OfferInput
from jobsfez.drives.tables import DriveEmployer, DriveHistory, DriveInterviewer, DrivePosting
from jobsfez.errors import Forbidden, NotFound, ValidationFailed
from jobsfez.notifications import messages
from jobsfez.notifications.tables import Notification
from tests.drive_factories import actor_of, make_drive
from tests.employer_factories import company_actor, join_drive
from tests.helpers import PASSWORD, VALID_BRNS, make_centre, make_employer, make_posting

pytestmark = pytest.mark.usefixtures("db")


async def actions(drive_id: int) -> list[str]:
    rows = (
        await DriveHistory.select(DriveHistory.action)
        .where(DriveHistory.drive_id == drive_id)
        .order_by(DriveHistory.id)
    )
    return [row["action"] for row in rows]


async def test_the_lead_invites_a_company_which_joins_and_says_what_it_offers() -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)
    owner, employer_id = await make_employer()
    posting = await make_posting(employer_id, owner.id)
    centre = await actor_of(manager.id)
    [choice] = await drive_employers.company_choices(centre, drive_id, query="명지")
    assert choice.id == employer_id
    assert await drive_employers.invite(centre, drive_id, employer_id=str(employer_id)) == "명지정밀"
    assert await drive_employers.company_choices(centre, drive_id, query="") == []  # invited: no longer offered
    company = await company_actor(owner.id)
    [listed] = await drive_company.company_drives(company)
    assert (listed.drive.id, listed.place.status) == (drive_id, "invited")
    assert await drive_company.answer(company, drive_id, accept=True) == "joined"
    await drive_company.set_offer(
        company,
        drive_id,
        OfferInput(
            interview_minutes="30",
            booth="  부스   3 ",
            posting_ids=(str(posting),),
            interviewer_ids=(str(owner.id),),
            hours=(("11:00", "15:00"),),
        ),
    )
    [place] = (await drive_employers.section(centre, drive_id)).employers
    assert (place.status, place.interview_minutes, place.booth) == ("joined", 30, "부스 3")
    assert [p.posting_id for p in place.open_postings] == [posting]
    assert [i.user_id for i in place.interviewers] == [owner.id]
    assert [(h.ends_at - h.starts_at).seconds for h in place.hours] == [4 * 3600]
    [public] = await drive_company.on_public_drive(drive_id)
    assert public.open_postings[0].title == "CNC 선반 기능직 (신입 가능)"
    assert await actions(drive_id) == ["created", "publish", "company_invited", "company_joined", "company_offer"]
    history = await drives.history(centre, drive_id)
    assert history[0].changes[0].field == "employers" and history[0].changes[0].after == "명지정밀"


@pytest.mark.parametrize(
    ("offer", "field"),
    [
        (OfferInput(interview_minutes="5"), "interview_minutes"),
        (OfferInput(interview_minutes="ten"), "interview_minutes"),
        (OfferInput(interview_minutes=""), "interview_minutes"),
        (OfferInput(booth="x" * 61), "booth"),
        (OfferInput(posting_ids=("999999",)), "posting_ids"),
        (OfferInput(posting_ids=("abc",)), "posting_ids"),
        (OfferInput(interviewer_ids=("1",)), "interviewer_ids"),
        (OfferInput(hours=(("09:00", "12:00"),)), "hours_1"),  # before the drive opens at 10:00
        (OfferInput(hours=(("15:00", "11:00"),)), "hours_1"),
        (OfferInput(hours=(("11", ""),)), "hours_1"),
    ],
)
async def test_a_bad_offer_changes_nothing(offer: OfferInput, field: str) -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)
    owner, _ = await make_employer()
    other, other_id = await make_employer("other@b.kr", VALID_BRNS[1], name_ko="비회사")
    await make_posting(other_id, other.id)  # another company's posting is no choice
    await join_drive(manager.id, drive_id, owner.id)
    with pytest.raises(ValidationFailed) as refused:
        await drive_company.set_offer(await company_actor(owner.id), drive_id, offer)
    assert field in refused.value.fields
    row = await DriveEmployer.select(DriveEmployer.interview_minutes, DriveEmployer.booth).first()
    assert row == {"interview_minutes": 20, "booth": ""}
    assert await DrivePosting.count() == 0 and await DriveInterviewer.count() == 0


async def test_a_company_asks_to_join_and_the_lead_answers() -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)
    owner, employer_id = await make_employer()
    company = await company_actor(owner.id)
    assert await drive_company.ask(company, drive_id) == "requested"
    with pytest.raises(ValidationFailed):
        await drive_company.ask(company, drive_id)
    centre = await actor_of(manager.id)
    [request] = (await drive_employers.section(centre, drive_id)).requests
    assert request.employer_id == employer_id
    await drive_employers.answer_request(centre, drive_id, employer_id=employer_id, accept=False)
    with pytest.raises(NotFound):  # answered already
        await drive_employers.answer_request(centre, drive_id, employer_id=employer_id, accept=True)
    with pytest.raises(ValidationFailed):  # declined: no asking again
        await drive_company.ask(company, drive_id)
    # inviting a company that asked lets it in
    second, second_id = await make_employer("second@b.kr", VALID_BRNS[1], name_ko="부산해양")
    await drive_company.ask(await company_actor(second.id), drive_id)
    await drive_employers.invite(centre, drive_id, employer_id=second_id)
    statuses = {row["employer_id"]: row["status"] for row in await DriveEmployer.select()}
    assert statuses == {employer_id: "declined", second_id: "joined"}


async def test_a_company_withdraws_and_its_postings_leave_the_drive() -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)
    owner, employer_id = await make_employer()
    posting = await make_posting(employer_id, owner.id)
    await join_drive(manager.id, drive_id, owner.id)
    company = await company_actor(owner.id)
    await drive_company.set_offer(company, drive_id, OfferInput(posting_ids=(str(posting),)))
    await drive_company.withdraw(company, drive_id)
    assert await DrivePosting.count() == 0
    assert await drive_company.on_public_drive(drive_id) == []
    assert await drive_company.ask(company, drive_id) == "requested"  # it may ask again


async def test_who_may_bring_companies_in() -> None:
    lead, _ = await make_centre("lead@centre.kr")
    co, co_centre = await make_centre("co@centre.kr", name_ko="부산대학교 일자리플러스센터")
    pending, _ = await make_centre("pending@centre.kr", approved=False, name_ko="대기센터")
    outsider, _ = await make_centre("out@centre.kr", name_ko="진해고용센터")
    drive_id = await make_drive(lead.id, publish=True)
    await drives.add_host(await actor_of(lead.id), drive_id, centre_id=co_centre)
    _, employer_id = await make_employer()
    _, unapproved_id = await make_employer("wait@b.kr", VALID_BRNS[1], approved=False, name_ko="대기회사")
    with pytest.raises(NotFound):
        await drive_employers.invite(await actor_of(outsider.id), drive_id, employer_id=employer_id)
    with pytest.raises(NotFound):
        await drive_employers.section(await actor_of(outsider.id), drive_id)
    with pytest.raises(Forbidden):
        await drive_employers.invite(await actor_of(co.id), drive_id, employer_id=employer_id)
    assert (await drive_employers.section(await actor_of(co.id), drive_id)).leads is False
    with pytest.raises(ValidationFailed):  # not approved by staff: no choice
        await drive_employers.invite(await actor_of(lead.id), drive_id, employer_id=unapproved_id)
    own_drive = await make_drive(pending.id)
    with pytest.raises(Forbidden):
        await drive_employers.invite(await actor_of(pending.id), own_drive, employer_id=employer_id)
    with pytest.raises(Forbidden):
        await drive_employers.invite_by_email(
            await actor_of(pending.id), own_drive, email="new@company.kr", base_url="", language="ko"
        )
    assert await DriveEmployer.count() == 0 and await Notification.count() == 0


async def test_an_unapproved_company_cannot_join_and_another_company_sees_nothing() -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)
    waiting, _ = await make_employer(approved=False)
    with pytest.raises(Forbidden):
        await drive_company.ask(await company_actor(waiting.id), drive_id)
    owner, _ = await make_employer("b@b.kr", VALID_BRNS[1], name_ko="비회사")
    stranger = await company_actor(owner.id)
    for attempt in (
        drive_company.company_drive(stranger, drive_id),
        drive_company.answer(stranger, drive_id, accept=True),
        drive_company.withdraw(stranger, drive_id),
        drive_company.set_offer(stranger, drive_id, OfferInput()),
    ):
        with pytest.raises(NotFound):
            await attempt


async def test_a_draft_or_invitation_only_drive_takes_no_requests() -> None:
    manager, _ = await make_centre()
    draft = await make_drive(manager.id)
    private = await make_drive(manager.id, publish=True, visibility="invite_only")
    owner, _ = await make_employer()
    company = await company_actor(owner.id)
    for drive_id in (draft, private):
        with pytest.raises(NotFound):
            await drive_company.ask(company, drive_id)
    await join_drive(manager.id, private, owner.id)  # invited, it takes part all the same
    assert [found.place.status for found in await drive_company.company_drives(company)] == ["joined"]


async def test_a_company_invited_by_email_registers_and_finds_the_invitation() -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)
    centre = await actor_of(manager.id)
    await make_employer()
    with pytest.raises(ValidationFailed):  # an account already: choose its company instead
        await drive_employers.invite_by_email(centre, drive_id, email="owner@example.kr", base_url="", language="ko")
    with pytest.raises(ValidationFailed):
        await drive_employers.invite_by_email(centre, drive_id, email="not an email", base_url="", language="ko")
    token = await drive_employers.invite_by_email(
        centre, drive_id, email="new@company.kr", base_url="http://x", language="ko"
    )
    [mail] = await Notification.select(Notification.kind, Notification.recipient, Notification.payload)
    assert (mail["kind"], mail["recipient"]) == ("drive_employer_invitation", "new@company.kr")
    assert f"/drives/invitations/{token}" in mail["payload"]
    assert (await drive_company.open_email_invitation(token)).email == "new@company.kr"
    user, employer_id = await drive_company.register_invited(
        token,
        email="new@company.kr",
        password=PASSWORD,
        display_name="최신입",
        locale="ko",
        name_ko="신생로봇",
        name_en="Newborn Robotics",
        sector="automotive_parts",
        brn=VALID_BRNS[2],
        address="부산 강서구 명지동 1",
        district="myeongji",
    )
    company = await company_actor(user.id)
    [listed] = await drive_company.company_drives(company)
    assert (listed.drive.id, listed.place.status) == (drive_id, "invited")
    with pytest.raises(Forbidden):  # waiting for staff: it cannot join yet
        await drive_company.answer(company, drive_id, accept=True)
    with pytest.raises(NotFound):  # the link works once
        await drive_company.open_email_invitation(token)
    assert employer_id == company.employer_id


async def news(user_id: int) -> list[tuple[str, str, str]]:
    """The drive news a user was sent: (channel, event, headline in the language they read in)."""
    rows = (
        await Notification.select(Notification.channel, Notification.payload, Notification.language)
        .where((Notification.recipient_user_id == user_id) & (Notification.kind == "drive_company_news"))
        .order_by(Notification.id)
        .output(load_json=True)
    )
    return [
        (
            row["channel"],
            row["payload"]["event"],
            messages.subject("drive_company_news", row["language"], row["payload"]),
        )
        for row in rows
    ]


async def test_each_side_hears_of_the_other_sides_moves_in_its_own_language() -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True, title="명지 채용박람회")
    owner, employer_id = await make_employer()
    await User.update({User.locale: "en"}).where(User.id == owner.id)
    centre = await actor_of(manager.id)
    await drive_employers.invite(centre, drive_id, employer_id=employer_id)
    company = await company_actor(owner.id)
    await drive_company.answer(company, drive_id, accept=False)
    assert await news(owner.id) == [
        (
            "email",
            "drive_company_invited",
            "Myeongji Youth Centre invites Myeongji Precision to the placement drive “명지 채용박람회”",
        ),
        (
            "inbox",
            "drive_company_invited",
            "Myeongji Youth Centre invites Myeongji Precision to the placement drive “명지 채용박람회”",
        ),
    ]
    [*_, (channel, event, headline)] = await news(manager.id)
    assert (channel, event) == ("inbox", "drive_invitation_declined")
    assert headline == "명지정밀에서 채용박람회 “명지 채용박람회” 초대를 거절했습니다"

    # a company that asks: the lead's members hear of it, the company of the answer; asking again is a new event
    second, second_id = await make_employer("second@b.kr", VALID_BRNS[1], name_ko="부산해양")
    await drive_company.ask(await company_actor(second.id), drive_id)
    assert [event for _, event, _ in await news(manager.id)][-1] == "drive_company_asked"
    await drive_employers.answer_request(centre, drive_id, employer_id=second_id, accept=True)
    assert [event for _, event, _ in await news(second.id)] == ["drive_company_accepted"] * 2


async def test_an_invitation_after_a_decline_is_news_again() -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)
    owner, employer_id = await make_employer()
    centre = await actor_of(manager.id)
    company = await company_actor(owner.id)
    await drive_employers.invite(centre, drive_id, employer_id=employer_id)
    await drive_company.answer(company, drive_id, accept=False)
    await drive_employers.invite(centre, drive_id, employer_id=employer_id)
    assert [event for _, event, _ in await news(owner.id)] == ["drive_company_invited"] * 4  # e-mail and inbox, twice


async def test_the_news_e_mail_links_to_the_drive_on_the_site() -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id, publish=True)
    owner, employer_id = await make_employer()
    await drive_employers.invite(await actor_of(manager.id), drive_id, employer_id=employer_id)
    row = (
        await Notification.select(Notification.payload, Notification.language)
        .where((Notification.recipient_user_id == owner.id) & (Notification.channel == "email"))
        .output(load_json=True)
        .first()
    )
    assert row is not None
    rendered = messages.render("drive_company_news", row["language"], row["payload"], base_url="https://jobs.example")
    assert rendered.subject == "명지청년센터에서 명지정밀을(를) 채용박람회 “명지 AI·제조 현장면접의 날”에 초대했습니다"
    english = messages.render("drive_company_news", "en", row["payload"], base_url="https://jobs.example")
    assert (
        english.subject
        == "Myeongji Youth Centre invites Myeongji Precision to the placement drive “명지 AI·제조 현장면접의 날”"
    )
    assert english.subject in english.text and english.subject in english.html
    assert f'href="https://jobs.example/employer/drives/{drive_id}"' in rendered.html
    assert f"https://jobs.example/employer/drives/{drive_id}" in rendered.text
