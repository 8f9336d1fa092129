"""Every employer-side and centre-side route, tried with another tenant's ids: 404 to a member of another tenant,
403 or 404 to anyone else."""

import ipaddress

import httpx
import pytest
from litestar import Litestar

from jobsfez.accounts.tables import User
from jobsfez.applications import message_templates
from jobsfez.applications import service as applications
from jobsfez.applications.tables import Application, ApplicationNote, ApplyInvitation
from jobsfez.centres import invitations as centre_invitations
from jobsfez.centres import service as centres
from jobsfez.centres import tokens as centre_tokens
from jobsfez.centres.tables import Centre, CentreInvitation, CentreMember
from jobsfez.db import transaction
from jobsfez.drives import company as drive_company
from jobsfez.drives import hooks
from jobsfez.drives import service as drives
from jobsfez.drives import timetables as drive_timetables
from jobsfez.drives.tables import (
    DriveEmployer,
    DriveEmployerInvitation,
    DriveHistory,
    DriveInterest,
    DriveInterview,
    DriveMatchRun,
    DriveParticipant,
    DriveTimetable,
)
from jobsfez.employers.tables import Employer, EmployerMember
from jobsfez.interviews.tables import InterviewBooking, InterviewInvitation, InterviewSlot
from jobsfez.moderation.tables import AccountSuspension, PostingReport
from jobsfez.notifications import destinations
from jobsfez.notifications.tables import Notification
from jobsfez.saved import service as saved
from tests.drive_factories import drive_input, make_drive
from tests.employer_factories import company_actor, join_drive
from tests.helpers import (
    VALID_BRNS,
    add_centre_member,
    csrf_of,
    login,
    make_centre,
    make_employer,
    make_posting,
    make_seeker,
    make_staff,
)
from tests.interview_factories import make_booked_interview
from tests.prematch_factories import roster_person
from tests.timetable_factories import ready_drive

# Each employer route with an id in its path, and how to aim it at company A's data.
# A new employer route fails test_every_employer_route_is_covered until it is added here.
ATTACKS = {
    ("POST", "/employer/members/{member_id:int}/role"): lambda ids: f"/employer/members/{ids['member']}/role",
    ("GET", "/employer/postings/{posting_id:int}"): lambda ids: f"/employer/postings/{ids['posting']}",
    ("GET", "/employer/postings/{posting_id:int}/edit"): lambda ids: f"/employer/postings/{ids['posting']}/edit",
    ("POST", "/employer/postings/{posting_id:int}/edit"): lambda ids: f"/employer/postings/{ids['posting']}/edit",
    ("GET", "/employer/postings/{posting_id:int}/preview"): lambda ids: f"/employer/postings/{ids['posting']}/preview",
    ("POST", "/employer/postings/{posting_id:int}/publish"): lambda ids: f"/employer/postings/{ids['posting']}/publish",
    ("POST", "/employer/postings/{posting_id:int}/close"): lambda ids: f"/employer/postings/{ids['posting']}/close",
    ("POST", "/employer/postings/{posting_id:int}/reopen"): lambda ids: f"/employer/postings/{ids['posting']}/reopen",
    ("POST", "/employer/postings/{posting_id:int}/duplicate"): (
        lambda ids: f"/employer/postings/{ids['posting']}/duplicate"
    ),
    ("GET", "/api/v1/employer/postings/{posting_id:int}"): lambda ids: f"/api/v1/employer/postings/{ids['posting']}",
    ("PUT", "/api/v1/employer/postings/{posting_id:int}"): lambda ids: f"/api/v1/employer/postings/{ids['posting']}",
    ("POST", "/api/v1/employer/postings/{posting_id:int}/publish"): (
        lambda ids: f"/api/v1/employer/postings/{ids['posting']}/publish"
    ),
    ("POST", "/api/v1/employer/postings/{posting_id:int}/close"): (
        lambda ids: f"/api/v1/employer/postings/{ids['posting']}/close"
    ),
    ("GET", "/employer/postings/{posting_id:int}/applicants"): lambda ids: (
        f"/employer/postings/{ids['posting']}/applicants"
    ),
    ("POST", "/employer/postings/{posting_id:int}/applicants/move"): lambda ids: (
        f"/employer/postings/{ids['posting']}/applicants/move"
    ),
    ("POST", "/employer/messages/{template_id:int}/delete"): lambda ids: f"/employer/messages/{ids['template']}/delete",
    ("GET", "/employer/postings/{posting_id:int}/candidates"): lambda ids: (
        f"/employer/postings/{ids['posting']}/candidates"
    ),
    ("GET", "/api/v1/employer/postings/{posting_id:int}/candidates"): (
        lambda ids: f"/api/v1/employer/postings/{ids['posting']}/candidates"
    ),
    ("GET", "/employer/applications/{application_id:int}"): lambda ids: f"/employer/applications/{ids['application']}",
    ("POST", "/employer/applications/{application_id:int}/stage"): (
        lambda ids: f"/employer/applications/{ids['application']}/stage"
    ),
    ("POST", "/employer/applications/{application_id:int}/notes"): (
        lambda ids: f"/employer/applications/{ids['application']}/notes"
    ),
    ("GET", "/employer/postings/{posting_id:int}/interviews"): lambda ids: (
        f"/employer/postings/{ids['posting']}/interviews"
    ),
    ("GET", "/employer/postings/{posting_id:int}/interviews/slots"): lambda ids: (
        f"/employer/postings/{ids['posting']}/interviews/slots"
    ),
    ("POST", "/employer/postings/{posting_id:int}/interviews/slots"): lambda ids: (
        f"/employer/postings/{ids['posting']}/interviews/slots"
    ),
    ("GET", "/employer/interviews/slots/{slot_id:int}/move"): lambda ids: (
        f"/employer/interviews/slots/{ids['slot']}/move"
    ),
    ("POST", "/employer/interviews/slots/{slot_id:int}/move"): lambda ids: (
        f"/employer/interviews/slots/{ids['slot']}/move"
    ),
    ("POST", "/employer/interviews/slots/{slot_id:int}/cancel"): lambda ids: (
        f"/employer/interviews/slots/{ids['slot']}/cancel"
    ),
    ("POST", "/employer/interviews/slots/{slot_id:int}/book"): lambda ids: (
        f"/employer/interviews/slots/{ids['slot']}/book"
    ),
    ("POST", "/employer/interviews/applications/{application_id:int}/invite"): lambda ids: (
        f"/employer/interviews/applications/{ids['application']}/invite"
    ),
    ("POST", "/employer/interviews/bookings/{booking_id:int}/cancel"): lambda ids: (
        f"/employer/interviews/bookings/{ids['booking']}/cancel"
    ),
    ("GET", "/employer/drives/{drive_id:int}"): lambda ids: f"/employer/drives/{ids['drive']}",
    ("POST", "/employer/postings/{posting_id:int}/candidates/{seeker_id:int}/invite"): (
        lambda ids: f"/employer/postings/{ids['posting']}/candidates/{ids['seeker']}/invite"
    ),
    ("POST", "/employer/drives/{drive_id:int}/ask"): lambda ids: f"/employer/drives/{ids['drive']}/ask",
    ("POST", "/employer/drives/{drive_id:int}/accept"): lambda ids: f"/employer/drives/{ids['drive']}/accept",
    ("POST", "/employer/drives/{drive_id:int}/decline"): lambda ids: f"/employer/drives/{ids['drive']}/decline",
    ("POST", "/employer/drives/{drive_id:int}/withdraw"): lambda ids: f"/employer/drives/{ids['drive']}/withdraw",
    ("POST", "/employer/drives/{drive_id:int}/offer"): lambda ids: f"/employer/drives/{ids['drive']}/offer",
    ("GET", "/employer/drives/{drive_id:int}/matches"): lambda ids: f"/employer/drives/{ids['drive']}/matches",
    ("POST", "/employer/drives/{drive_id:int}/matches/{participant_id:int}/interest"): (
        lambda ids: f"/employer/drives/{ids['drive']}/matches/{ids['participant']}/interest"
    ),
    ("GET", "/employer/drives/{drive_id:int}/participants/{participant_id:int}/resume"): (
        lambda ids: f"/employer/drives/{ids['drive']}/participants/{ids['participant']}/resume"
    ),
    ("GET", "/employer/drives/{drive_id:int}/interviews"): lambda ids: f"/employer/drives/{ids['drive']}/interviews",
    ("POST", "/employer/drives/{drive_id:int}/interviews/{interview_id:int}/outcome"): (
        lambda ids: f"/employer/drives/{ids['drive']}/interviews/{ids.get('interview', 1)}/outcome"
    ),
}


def employer_routes(app: Litestar) -> set[tuple[str, str]]:
    found = set()
    for route in app.routes:
        if (route.path.startswith("/employer/") or route.path.startswith("/api/v1/employer")) and "{" in route.path:
            for method in getattr(route, "methods", set()) - {"HEAD", "OPTIONS"}:
                found.add((method, route.path))
    return found


def test_every_employer_route_is_covered(app: Litestar) -> None:
    assert employer_routes(app) <= set(ATTACKS), employer_routes(app) - set(ATTACKS)


async def test_a_member_of_another_company_gets_404_on_every_employer_route(
    app: Litestar, client: httpx.AsyncClient
) -> None:
    _, company_a = await make_employer(email="a@a.kr", brn=VALID_BRNS[0])
    await make_employer(email="b@b.kr", brn=VALID_BRNS[1], name_ko="비회사", name_en="B Co")
    member_a = await EmployerMember.objects().where(EmployerMember.employer_id == company_a).first()
    assert member_a is not None
    posting_a = await make_posting(company_a, member_a.user_id)
    seeker = await make_seeker()
    application_a = await applications.apply(
        seeker.id, posting_id=posting_a, message="", include_resume=False, base_url=""
    )
    slot_a, booking_a = await make_booked_interview(company_a, member_a.user_id, posting_a, application_a)
    # an invitation-only drive company A takes part in: company B may not even ask to join it
    centre, centre_id = await make_centre()
    drive_a = await make_drive(centre.id, publish=True, visibility="invite_only")
    await join_drive(centre.id, drive_a, member_a.user_id)
    participant = await roster_person(drive_a, centre_id, "person@example.kr", "명단사람", ("용접",))
    ids = {
        "member": member_a.id,
        "posting": posting_a,
        "application": application_a,
        "slot": slot_a,
        "booking": booking_a,
        "drive": drive_a,
        "participant": participant,
        "seeker": seeker.id,
        "template": await message_templates.create(
            await company_actor(member_a.user_id),
            kind="offer",
            name="제안",
            body_ko="{name}님께 제안합니다.",
            body_en="",
        ),
    }
    await login(client, "b@b.kr")
    token = csrf_of((await client.get("/employer")).text)
    for (method, _), aim in ATTACKS.items():
        response = await client.request(
            method,
            aim(ids),
            data={"_csrf": token, "role": "recruiter", "stage": "screening", "body": "x", "want": "yes"},
        )
        assert response.status_code == 404, (method, aim(ids), response.status_code)
    unchanged = await EmployerMember.objects().where(EmployerMember.id == member_a.id).first()
    assert unchanged is not None and unchanged.role == "owner"
    still = await Application.objects().where(Application.id == application_a).first()
    assert still is not None and still.stage == "applied"
    assert await ApplicationNote.count() == 0
    slot = await InterviewSlot.objects().where(InterviewSlot.id == slot_a).first()
    booking = await InterviewBooking.objects().where(InterviewBooking.id == booking_a).first()
    assert slot is not None and (slot.status, slot.booked, await InterviewSlot.count()) == ("open", 1, 1)
    assert booking is not None and (booking.status, booking.sequence) == ("booked", 0)
    assert await InterviewInvitation.count() == 0
    assert await ApplyInvitation.count() == 0
    assert [row["status"] for row in await DriveEmployer.select(DriveEmployer.status)] == ["joined"]
    assert await DriveInterest.count() == 0


# A drive's participants' routes: every host reaches them (each sees its own participants and the drive's totals).
PARTICIPANT_ROUTES = {
    ("GET", "/centre/drives/{drive_id:int}/participants"): lambda ids: f"/centre/drives/{ids['drive']}/participants",
    ("GET", "/centre/drives/{drive_id:int}/participants/summary"): (
        lambda ids: f"/centre/drives/{ids['drive']}/participants/summary"
    ),
    ("GET", "/centre/drives/{drive_id:int}/participants/export.csv"): (
        lambda ids: f"/centre/drives/{ids['drive']}/participants/export.csv"
    ),
    ("GET", "/centre/drives/{drive_id:int}/roster"): lambda ids: f"/centre/drives/{ids['drive']}/roster",
    ("POST", "/centre/drives/{drive_id:int}/roster"): lambda ids: f"/centre/drives/{ids['drive']}/roster",
    ("POST", "/centre/drives/{drive_id:int}/roster/commit"): lambda ids: f"/centre/drives/{ids['drive']}/roster/commit",
    ("POST", "/centre/drives/{drive_id:int}/participants/{participant_id:int}/arrival"): (
        lambda ids: f"/centre/drives/{ids['drive']}/participants/{ids.get('participant', 1)}/arrival"
    ),
}
# A drive's timetable's routes: every host reads them, only the lead changes anything (test_drive_timetable_scope).
TIMETABLE_ROUTES = {
    ("GET", "/centre/drives/{drive_id:int}/timetable"): lambda ids: f"/centre/drives/{ids['drive']}/timetable",
    ("POST", "/centre/drives/{drive_id:int}/timetable/build"): (
        lambda ids: f"/centre/drives/{ids['drive']}/timetable/build"
    ),
    ("POST", "/centre/drives/{drive_id:int}/timetable/publish"): (
        lambda ids: f"/centre/drives/{ids['drive']}/timetable/publish"
    ),
    ("GET", "/centre/drives/{drive_id:int}/timetable/interviews/{interview_id:int}"): (
        lambda ids: f"/centre/drives/{ids['drive']}/timetable/interviews/{ids.get('interview', 1)}"
    ),
    ("POST", "/centre/drives/{drive_id:int}/timetable/interviews/{interview_id:int}/lock"): (
        lambda ids: f"/centre/drives/{ids['drive']}/timetable/interviews/{ids.get('interview', 1)}/lock"
    ),
    ("POST", "/centre/drives/{drive_id:int}/timetable/interviews/{interview_id:int}/move"): (
        lambda ids: f"/centre/drives/{ids['drive']}/timetable/interviews/{ids.get('interview', 1)}/move"
    ),
    ("POST", "/centre/drives/{drive_id:int}/timetable/interviews/{interview_id:int}/swap"): (
        lambda ids: f"/centre/drives/{ids['drive']}/timetable/interviews/{ids.get('interview', 1)}/swap"
    ),
    ("GET", "/centre/drives/{drive_id:int}/timetable/print"): (
        lambda ids: f"/centre/drives/{ids['drive']}/timetable/print"
    ),
    ("GET", "/centre/drives/{drive_id:int}/timetable/print/{employer_id:int}"): (
        lambda ids: f"/centre/drives/{ids['drive']}/timetable/print/{ids['employer']}"
    ),
}
# The drive day's door: every host checks people in; centre A's drive has nobody yet, so a form is refused (400).
DRIVE_DAY_ROUTES = {
    ("GET", "/centre/drives/{drive_id:int}/checkin"): lambda ids: f"/centre/drives/{ids['drive']}/checkin",
    ("POST", "/centre/drives/{drive_id:int}/checkin"): lambda ids: f"/centre/drives/{ids['drive']}/checkin",
    ("POST", "/centre/drives/{drive_id:int}/checkin/{participant_id:int}"): (
        lambda ids: f"/centre/drives/{ids['drive']}/checkin/{ids['member']}"
    ),
    ("GET", "/centre/drives/{drive_id:int}/checkin/find"): lambda ids: f"/centre/drives/{ids['drive']}/checkin/find",
    ("POST", "/centre/drives/{drive_id:int}/walkins"): lambda ids: f"/centre/drives/{ids['drive']}/walkins",
    ("GET", "/centre/drives/{drive_id:int}/board"): lambda ids: f"/centre/drives/{ids['drive']}/board",
}
# A drive's matching routes: every host starts a run and reads the lists; each sees its own participants in full.
MATCHING_ROUTES = {
    ("GET", "/centre/drives/{drive_id:int}/matching"): lambda ids: f"/centre/drives/{ids['drive']}/matching",
    ("POST", "/centre/drives/{drive_id:int}/matching"): lambda ids: f"/centre/drives/{ids['drive']}/matching",
    ("GET", "/centre/drives/{drive_id:int}/matching/companies/{employer_id:int}"): (
        lambda ids: f"/centre/drives/{ids['drive']}/matching/companies/{ids['asking']}"
    ),
    ("GET", "/centre/drives/{drive_id:int}/matching/participants/{participant_id:int}"): (
        lambda ids: f"/centre/drives/{ids['drive']}/matching/participants/{ids['member']}"
    ),
}
# What a co-host gets from them on centre A's drive, which has nobody registered yet: the section and the company's
# (empty) list, a refused start (nobody to match), and 404 for a participant who is not its own.
CO_HOST_MATCHING = {"GET": {200, 404}, "POST": {400}}
# A drive's report and its files (reports/controllers.py): every host reads them, nobody else.
REPORT_ROUTES = {
    ("GET", "/centre/drives/{drive_id:int}/report"): lambda ids: f"/centre/drives/{ids['drive']}/report",
    ("GET", "/centre/drives/{drive_id:int}/report.csv"): lambda ids: f"/centre/drives/{ids['drive']}/report.csv",
    ("GET", "/centre/drives/{drive_id:int}/report.xlsx"): lambda ids: f"/centre/drives/{ids['drive']}/report.xlsx",
}
# Each centre route with an id in its path, and how to aim it at centre A's data.
# A new centre route fails test_every_centre_route_is_covered until it is added here.
CENTRE_ATTACKS = {
    ("POST", "/centre/members/{member_id:int}/role"): lambda ids: f"/centre/members/{ids['member']}/role",
    ("POST", "/centre/invitations/{invitation_id:int}/withdraw"): (
        lambda ids: f"/centre/invitations/{ids['invitation']}/withdraw"
    ),
    ("GET", "/centre/drives/{drive_id:int}"): lambda ids: f"/centre/drives/{ids['drive']}",
    ("GET", "/centre/drives/{drive_id:int}/edit"): lambda ids: f"/centre/drives/{ids['drive']}/edit",
    ("POST", "/centre/drives/{drive_id:int}/edit"): lambda ids: f"/centre/drives/{ids['drive']}/edit",
    ("POST", "/centre/drives/{drive_id:int}/status"): lambda ids: f"/centre/drives/{ids['drive']}/status",
    ("POST", "/centre/drives/{drive_id:int}/hosts"): lambda ids: f"/centre/drives/{ids['drive']}/hosts",
    ("POST", "/centre/drives/{drive_id:int}/hosts/{centre_id:int}/remove"): (
        lambda ids: f"/centre/drives/{ids['drive']}/hosts/{ids['co_host']}/remove"
    ),
    ("GET", "/centre/drives/{drive_id:int}/employers/choices"): (
        lambda ids: f"/centre/drives/{ids['drive']}/employers/choices"
    ),
    ("POST", "/centre/drives/{drive_id:int}/employers"): lambda ids: f"/centre/drives/{ids['drive']}/employers",
    ("POST", "/centre/drives/{drive_id:int}/employers/email"): (
        lambda ids: f"/centre/drives/{ids['drive']}/employers/email"
    ),
    ("POST", "/centre/drives/{drive_id:int}/employers/{employer_id:int}/accept"): (
        lambda ids: f"/centre/drives/{ids['drive']}/employers/{ids['asking']}/accept"
    ),
    ("POST", "/centre/drives/{drive_id:int}/employers/{employer_id:int}/decline"): (
        lambda ids: f"/centre/drives/{ids['drive']}/employers/{ids['asking']}/decline"
    ),
    ("POST", "/centre/settings/api/{token_id:int}/revoke"): lambda ids: (
        f"/centre/settings/api/{ids['api_token']}/revoke"
    ),
    **PARTICIPANT_ROUTES,
    **MATCHING_ROUTES,
    **TIMETABLE_ROUTES,
    **DRIVE_DAY_ROUTES,
    **REPORT_ROUTES,
}
# The centre API's routes (drives/api.py), read with a centre's token rather than a session.
CENTRE_API_ATTACKS = {
    ("GET", "/api/v1/centre/drives/{drive_id:int}"): lambda ids: f"/api/v1/centre/drives/{ids['drive']}",
    ("GET", "/api/v1/centre/drives/{drive_id:int}/participants"): (
        lambda ids: f"/api/v1/centre/drives/{ids['drive']}/participants"
    ),
    ("GET", "/api/v1/centre/drives/{drive_id:int}/employers"): (
        lambda ids: f"/api/v1/centre/drives/{ids['drive']}/employers"
    ),
    ("GET", "/api/v1/centre/drives/{drive_id:int}/matches"): lambda ids: (
        f"/api/v1/centre/drives/{ids['drive']}/matches"
    ),
    ("GET", "/api/v1/centre/drives/{drive_id:int}/matches/companies/{employer_id:int}"): (
        lambda ids: f"/api/v1/centre/drives/{ids['drive']}/matches/companies/{ids['asking']}"
    ),
    ("GET", "/api/v1/centre/drives/{drive_id:int}/funnel"): lambda ids: f"/api/v1/centre/drives/{ids['drive']}/funnel",
    ("GET", "/api/v1/centre/drives/{drive_id:int}/cohorts"): lambda ids: (
        f"/api/v1/centre/drives/{ids['drive']}/cohorts"
    ),
}


def centre_routes(app: Litestar) -> set[tuple[str, str]]:
    found = set()
    for route in app.routes:
        if (route.path.startswith("/centre/") or route.path.startswith("/api/v1/centre")) and "{" in route.path:
            for method in getattr(route, "methods", set()) - {"HEAD", "OPTIONS"}:
                found.add((method, route.path))
    return found


def test_every_centre_route_is_covered(app: Litestar) -> None:
    covered = set(CENTRE_ATTACKS) | set(CENTRE_API_ATTACKS)
    assert centre_routes(app) <= covered, centre_routes(app) - covered


async def centre_a() -> dict[str, int]:
    """Centre A with a manager, a counsellor, an open invitation and an open drive that centre C co-hosts; centre B
    with a manager and a counsellor."""
    manager_a, _ = await make_centre("a@centre-a.kr")
    await add_centre_member(manager_a, "counsellor@centre-a.kr")
    actor = await centres.actor_for(manager_a.id)
    assert actor is not None
    await centre_invitations.invite(actor, email="open@x.kr", role="manager", base_url="", language="ko")
    manager_b, centre_b = await make_centre("b@centre-b.kr", name_ko="부산대학교 일자리플러스센터")
    await add_centre_member(manager_b, "counsellor@centre-b.kr")
    _, centre_c = await make_centre("c@centre-c.kr", name_ko="진해고용센터")
    drive = await make_drive(manager_a.id, publish=True)
    await drives.add_host(actor, drive, centre_id=centre_c)
    asking_user, asking = await make_employer("asks@company.kr", VALID_BRNS[5], name_ko="요청기업", name_en="Asking Co")
    await drive_company.ask(await company_actor(asking_user.id), drive)
    member = await CentreMember.objects().where(CentreMember.user_id == manager_a.id).first()
    invitation = await CentreInvitation.objects().where(CentreInvitation.email == "open@x.kr").first()
    assert member is not None and invitation is not None
    api_token = await centre_tokens.create(actor, name="학사 시스템")
    return {
        "api_token": api_token.token.id,
        "member": member.id,
        "invitation": invitation.id,
        "drive": drive,
        "co_host": centre_c,
        "centre_b": centre_b,
        "asking": asking,
        "employer": asking,
    }


async def assert_centre_a_unchanged(ids: dict[str, int]) -> None:
    member = await CentreMember.objects().where(CentreMember.id == ids["member"]).first()
    assert member is not None and member.role == "manager"
    invitation = await CentreInvitation.objects().where(CentreInvitation.id == ids["invitation"]).first()
    assert invitation is not None and invitation.accepted_at is None
    assert [i.email for i in await centre_invitations.sent_invitations(await _actor("a@centre-a.kr"))] == ["open@x.kr"]
    drive = await drives.hosted(await _actor("a@centre-a.kr"), ids["drive"])
    assert (drive.status, drive.title) == ("open", "명지 AI·제조 현장면접의 날")
    assert [host.centre_id for host in drive.hosts][1:] == [ids["co_host"]]
    assert await DriveHistory.count() == 4  # created, opened, co-host added, a company asked to join
    assert [row["status"] for row in await DriveEmployer.select(DriveEmployer.status)] == ["requested"]
    assert await DriveEmployerInvitation.count() == 0
    assert await DriveParticipant.count() == 0
    assert ids["api_token"] in [t.id for t in await centre_tokens.tokens(await _actor("a@centre-a.kr"))]
    assert await DriveMatchRun.count() == 0


async def _actor(email: str) -> centres.CentreActor:
    user = await User.objects().where(User.email == email).first()
    assert user is not None
    actor = await centres.actor_for(user.id)
    assert actor is not None
    return actor


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("b@centre-b.kr", {404}),  # the other centre's manager: centre A's ids do not exist for them
        ("counsellor@centre-b.kr", {404}),
        ("owner@example.kr", {403}),  # a company member
        ("seeker@example.kr", {403}),
    ],
)
async def test_nobody_outside_a_centre_reaches_its_data(
    client: httpx.AsyncClient, who: str, expected: set[int]
) -> None:
    ids = await centre_a()
    await make_employer()
    await make_seeker()
    await login(client, who)
    token = csrf_of((await client.get("/account")).text)
    attempt = {
        "_csrf": token,
        "role": "counsellor",
        "action": "archive",
        "centre_id": str(ids["centre_b"]),
        "employer_id": str(ids["asking"]),
        "email": "new@company.kr",
    }
    for (method, _), aim in CENTRE_ATTACKS.items():
        response = await client.request(method, aim(ids), data={**attempt, **drive_form()})
        assert response.status_code in expected, (who, method, aim(ids), response.status_code)
    await assert_centre_a_unchanged(ids)


def drive_form() -> dict[str, str]:
    """A valid drive form, so that nothing but the scope could refuse an edit."""
    raw = drive_input(title="가로챈 행사")
    form = {name: str(getattr(raw, name)) for name in raw.__dataclass_fields__ if name != "days"}
    [day] = raw.days
    return {**form, "day_date": day.date, "day_starts": day.starts, "day_ends": day.ends}


@pytest.mark.parametrize(
    ("whose", "expected"),
    [
        ("b@centre-b.kr", 404),  # another centre's token: centre A's drive does not exist for it
        ("c@centre-c.kr", 200),  # the co-host reads the drive (its own participants, the totals of A's)
        ("a@centre-a.kr", 200),
    ],
)
async def test_a_centres_api_token_reads_only_its_centres_drives(
    client: httpx.AsyncClient, whose: str, expected: int
) -> None:
    ids = await centre_a()
    secret = (await centre_tokens.create(await _actor(whose), name="연동")).secret
    for (method, _), aim in CENTRE_API_ATTACKS.items():
        response = await client.request(method, aim(ids), headers={"authorization": f"Bearer {secret}"})
        assert response.status_code == expected, (whose, aim(ids), response.status_code)
        assert (await client.request(method, aim(ids))).status_code == 401
    await assert_centre_a_unchanged(ids)


async def test_a_co_host_sees_the_drive_and_changes_nothing(client: httpx.AsyncClient) -> None:
    ids = await centre_a()
    await login(client, "c@centre-c.kr")
    token = csrf_of((await client.get("/account")).text)
    attempt = {
        "_csrf": token,
        "action": "archive",
        "centre_id": str(ids["centre_b"]),
        "employer_id": str(ids["asking"]),
        "email": "new@company.kr",
        **drive_form(),
    }
    for (method, path), aim in CENTRE_ATTACKS.items():
        if path.endswith("/participants/{participant_id:int}/arrival"):  # only for the people the co-host brought
            assert (await client.request(method, aim(ids), data=attempt)).status_code == 404, (method, path)
        elif (method, path) in PARTICIPANT_ROUTES or (method, path) in DRIVE_DAY_ROUTES:
            # a host's own participants, and the door; the form without a file, a code or a name is refused
            response = await client.request(method, aim(ids), data=attempt)
            assert response.status_code == (200 if method == "GET" else 400), (method, path)
        elif (method, path) in TIMETABLE_ROUTES:  # read by every host; tried with a timetable in its own test
            continue
        elif (method, path) in REPORT_ROUTES:  # the whole drive's aggregates, for every host
            assert (await client.request(method, aim(ids))).status_code == 200, (method, path)
        elif (method, path) in MATCHING_ROUTES:
            response = await client.request(method, aim(ids), data=attempt)
            assert response.status_code in CO_HOST_MATCHING[method], (method, path, response.status_code)
        elif path.startswith("/centre/drives/"):
            response = await client.request(method, aim(ids), data=attempt)
            assert response.status_code == (200 if path == "/centre/drives/{drive_id:int}" else 403), (method, path)
    await assert_centre_a_unchanged(ids)


async def test_a_co_host_sees_the_drives_employers(client: httpx.AsyncClient) -> None:
    ids = await centre_a()
    await login(client, "c@centre-c.kr")
    dashboard = await client.get(f"/centre/drives/{ids['drive']}")
    assert dashboard.status_code == 200 and "요청기업" in dashboard.text
    assert f"/employers/{ids['asking']}/accept" not in dashboard.text  # the lead answers


async def test_an_unapproved_centre_brings_nobody_in(client: httpx.AsyncClient) -> None:
    await make_centre("pending@centre.kr", approved=False)
    await login(client, "pending@centre.kr")
    token = csrf_of((await client.get("/centre")).text)
    response = await client.post(
        "/centre/invitations", data={"_csrf": token, "email": "someone@example.kr", "role": "counsellor"}
    )
    assert response.status_code == 403
    assert await CentreInvitation.count() == 0 and await Notification.count() == 0


@pytest.mark.parametrize(
    ("who", "reads", "changes"),
    [
        ("co@centre.kr", 200, 403),  # a co-host reads the timetable and changes nothing
        ("b@centre-b.kr", 404, 404),  # another centre: the drive does not exist for it
        ("owner@example.kr", 403, 403),  # a company member
        ("seeker@example.kr", 403, 403),
    ],
)
async def test_drive_timetable_scope(client: httpx.AsyncClient, who: str, reads: int, changes: int) -> None:
    ready = await ready_drive(people=3)
    lead = await _actor("manager@centre.kr")
    await drive_timetables.build(lead, ready.drive_id, max_interviews="1")
    _, co_centre = await make_centre("co@centre.kr", name_ko="진해고용센터")
    await drives.add_host(lead, ready.drive_id, centre_id=co_centre)
    await make_centre("b@centre-b.kr", name_ko="부산대학교 일자리플러스센터")
    await make_employer(brn=VALID_BRNS[5])
    await make_seeker()
    interview = await DriveInterview.select(DriveInterview.id).order_by(DriveInterview.id).first()
    assert interview is not None
    ids = {"drive": ready.drive_id, "interview": interview["id"], "employer": ready.companies[0]}
    before = await DriveInterview.select().order_by(DriveInterview.id)
    await login(client, who)
    token = csrf_of((await client.get("/account")).text)
    attempt = {"_csrf": token, "max_interviews": "2", "confirm": "yes", "locked": "yes", "slot": "1", "other": "1"}
    for (method, _), aim in TIMETABLE_ROUTES.items():
        response = await client.request(method, aim(ids), data=attempt)
        assert response.status_code == (reads if method == "GET" else changes), (who, method, aim(ids))
    assert await DriveInterview.select().order_by(DriveInterview.id) == before
    assert await DriveTimetable.select(DriveTimetable.status, DriveTimetable.max_interviews).first() == {
        "status": "draft",
        "max_interviews": 1,
    }


@pytest.mark.parametrize(
    ("who", "own_pages"),
    [
        ("b@centre-b.kr", 200),  # another centre's manager: its own settings and log, never centre A's
        ("c@centre-c.kr", 200),  # the co-host's manager, told of the drive's events on its own webhook only
        ("counsellor@centre-a.kr", 403),  # centre A's counsellor: managers' pages
        ("owner@example.kr", 403),
    ],
)
async def test_a_centres_webhook_and_its_deliveries_are_its_managers_alone(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch, who: str, own_pages: int
) -> None:
    async def public(host: str, port: int) -> list[destinations.IPAddress]:
        return [ipaddress.ip_address("93.184.216.34")]

    monkeypatch.setattr(destinations, "resolve", public)
    ids = await centre_a()
    await make_employer()
    a = await _actor("a@centre-a.kr")
    secret = "a" * 64
    await Centre.update({Centre.webhook_url: "https://sis.centre-a.kr/events", Centre.webhook_secret: secret}).where(
        Centre.id == a.centre_id
    )
    async with transaction():
        await hooks.emit(ids["drive"], hooks.DRIVE_PUBLISHED, cause="tenancy", data={})
    await login(client, who)
    token = csrf_of((await client.get("/account")).text)
    for path in ("/centre/settings", "/centre/deliveries"):
        shown = await client.get(path)
        assert shown.status_code == own_pages, (who, path)
        assert secret not in shown.text and "sis.centre-a.kr" not in shown.text, (who, path)
    changed = await client.post(
        "/centre/settings/webhook", data={"_csrf": token, "webhook_url": "https://evil.example/x"}
    )
    assert secret not in changed.text
    assert await Centre.select(Centre.webhook_url, Centre.webhook_secret).where(Centre.id == a.centre_id).first() == {
        "webhook_url": "https://sis.centre-a.kr/events",
        "webhook_secret": secret,
    }
    webhooks = await Notification.select(Notification.centre_id).where(Notification.channel == "webhook")
    assert [row["centre_id"] for row in webhooks] == [a.centre_id]  # the co-host has no webhook: told nothing


# Every staff route, aimed at a real company, centre and account. A new staff route fails
# test_every_staff_route_is_covered until it is added here.
STAFF_ROUTES = {
    ("GET", "/staff"): lambda ids: "/staff",
    ("GET", "/staff/employers"): lambda ids: "/staff/employers?status=approved",
    ("GET", "/staff/employers/{employer_id:int}"): lambda ids: f"/staff/employers/{ids['company']}",
    ("POST", "/staff/employers/{employer_id:int}/{decision:str}"): lambda ids: (
        f"/staff/employers/{ids['company']}/reject"
    ),
    ("GET", "/staff/centres"): lambda ids: "/staff/centres",
    ("GET", "/staff/centres/{centre_id:int}"): lambda ids: f"/staff/centres/{ids['centre']}",
    ("POST", "/staff/centres/{centre_id:int}/{decision:str}"): lambda ids: f"/staff/centres/{ids['centre']}/approve",
    ("GET", "/staff/users"): lambda ids: "/staff/users?q=seeker",
    ("GET", "/staff/users/{user_id:int}"): lambda ids: f"/staff/users/{ids['seeker']}",
    ("POST", "/staff/users/{user_id:int}/{action:str}"): lambda ids: f"/staff/users/{ids['seeker']}/suspend",
    ("GET", "/staff/reports"): lambda ids: "/staff/reports",
    ("POST", "/staff/reports/{posting_id:int}/hide"): lambda ids: f"/staff/reports/{ids['posting']}/hide",
    ("POST", "/staff/reports/{posting_id:int}/dismiss"): lambda ids: f"/staff/reports/{ids['posting']}/dismiss",
    ("GET", "/staff/skills"): lambda ids: "/staff/skills",
    ("POST", "/staff/skills"): lambda ids: "/staff/skills",
    ("GET", "/staff/skills/{skill_id:str}"): lambda ids: "/staff/skills/welding",
    ("POST", "/staff/skills/{skill_id:str}"): lambda ids: "/staff/skills/welding",
    ("POST", "/staff/skills/import"): lambda ids: "/staff/skills/import",
    ("GET", "/staff/skills/import/{import_id:int}"): lambda ids: "/staff/skills/import/1",
    ("GET", "/staff/skills/unmatched"): lambda ids: "/staff/skills/unmatched",
    ("POST", "/staff/skills/unmatched/alias"): lambda ids: "/staff/skills/unmatched/alias",
    ("POST", "/staff/skills/unmatched/dismiss"): lambda ids: "/staff/skills/unmatched/dismiss",
    ("POST", "/staff/skills/unmatched/restore"): lambda ids: "/staff/skills/unmatched/restore",
}


def staff_routes(app: Litestar) -> set[tuple[str, str]]:
    return {
        (method, route.path)
        for route in app.routes
        if route.path.startswith("/staff")
        for method in getattr(route, "methods", set()) - {"HEAD", "OPTIONS"}
    }


def test_every_staff_route_is_covered(app: Litestar) -> None:
    assert staff_routes(app) <= set(STAFF_ROUTES), staff_routes(app) - set(STAFF_ROUTES)


@pytest.mark.parametrize("who", ["seeker@example.kr", "owner@example.kr", "manager@centre.kr"])
async def test_only_staff_reach_the_staff_pages(client: httpx.AsyncClient, who: str) -> None:
    owner, company = await make_employer(approved=False)
    _, centre = await make_centre(approved=False)
    seeker = await make_seeker()
    posting = await make_posting(company, owner.id, publish=False)
    await PostingReport.insert(PostingReport(posting_id=posting, reporter_id=seeker.id, reason="spam"))
    ids = {"company": company, "centre": centre, "seeker": seeker.id, "posting": posting}
    await login(client, who)
    token = csrf_of((await client.get("/account")).text)
    for (method, _), aim in STAFF_ROUTES.items():
        response = await client.request(method, aim(ids), data={"_csrf": token, "reason": "x", "name_ko": "x"})
        assert response.status_code == 403, (who, method, aim(ids), response.status_code)
    assert [row["status"] for row in await Employer.select(Employer.status)] == ["pending"]
    assert [row["status"] for row in await Centre.select(Centre.status)] == ["pending"]
    assert await User.select(User.is_active).where(User.id == seeker.id).first() == {"is_active": True}
    assert await AccountSuspension.count() == 0 and await Notification.count() == 0
    assert await PostingReport.select(PostingReport.status).first() == {"status": "open"}


# The zone's reports (reports/zone_controllers.py): the platform report for staff and the zone authority, the skill
# gap for them and every approved centre; nobody else, and no centre still waiting for approval.
ZONE_REPORTS = ("/reports/platform", "/reports/platform.csv", "/reports/platform.xlsx")
SKILL_REPORTS = ("/reports/skills", "/reports/skills.csv", "/reports/skills.xlsx")


@pytest.mark.parametrize(
    ("who", "kind", "platform", "skills"),
    [
        ("staff@jobsfez.kr", None, 200, 200),
        ("zone@centre.kr", "zone_authority", 200, 200),
        ("university@centre.kr", "university", 403, 200),
        ("pending@centre.kr", "pending", 403, 403),
        ("owner@example.kr", None, 403, 403),
        ("seeker@example.kr", None, 403, 403),
    ],
)
async def test_who_reads_the_zones_reports(
    client: httpx.AsyncClient, who: str, kind: str | None, platform: int, skills: int
) -> None:
    if who.endswith("@centre.kr"):
        _, centre = await make_centre(who, approved=kind != "pending")
        await Centre.update({Centre.kind: kind if kind != "pending" else "zone_authority"}).where(Centre.id == centre)
    elif who == "staff@jobsfez.kr":
        await make_staff()
    elif who == "owner@example.kr":
        await make_employer()
    else:
        await make_seeker()
    await login(client, who)
    for path in ZONE_REPORTS:
        assert (await client.get(path)).status_code == platform, (who, path)
    for path in SKILL_REPORTS:
        assert (await client.get(path)).status_code == skills, (who, path)
    token = csrf_of((await client.get("/account")).text)
    refreshed = await client.post("/reports/refresh", data={"_csrf": token})
    assert refreshed.status_code == (302 if who == "staff@jobsfez.kr" else 403), who


async def test_nobody_signed_out_reads_the_zones_reports(client: httpx.AsyncClient) -> None:
    for path in (*ZONE_REPORTS, *SKILL_REPORTS):
        response = await client.get(path)
        assert response.status_code == 302 and response.headers["location"].startswith("/login"), path


async def test_a_seekers_saved_jobs_are_theirs_alone(client: httpx.AsyncClient) -> None:
    owner, company = await make_employer()
    posting = await make_posting(company, owner.id, title="A가 스크랩한 공고")
    first = await make_seeker("first@example.kr")
    await make_seeker("second@example.kr")
    await saved.save(first.id, posting)
    await login(client, "second@example.kr")
    page = await client.get("/me/saved")
    assert "A가 스크랩한 공고" not in page.text
    # the second seeker's "remove" reaches only their own rows: the first one's stays saved
    await client.post(f"/me/saved/{posting}/delete", data={"_csrf": csrf_of(page.text)})
    assert await saved.saved_among(first.id, [posting]) == {posting}
    assert "★" not in (await client.get("/jobs")).text
