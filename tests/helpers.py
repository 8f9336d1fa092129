"""Small explicit factories and page helpers shared by the tests."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from urllib.parse import urlsplit

import httpx

from jobsfez.accounts import service as accounts
from jobsfez.centres import invitations as centre_invitations
from jobsfez.centres import service as centres
from jobsfez.employers import service as employers
from jobsfez.postings.validation import PostingInput, PostingSkillInput, seoul_today
from jobsfez.skills import service as skills
from jobsfez.skills.tables import SkillRow

# The smallest PDF a reader opens: a catalogue with no pages (pypdf repairs the missing cross-reference table). The
# first object is there for tests to vary ("<<>> endobj").
PDF = (
    b"%PDF-1.4\n1 0 obj <<>> endobj\n2 0 obj << /Type /Catalog /Pages 3 0 R >> endobj\n"
    b"3 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 2 0 R /Size 4 >>\nstartxref\n0\n%%EOF\n"
)

PASSWORD = "correct horse battery"
VALID_BRNS = [
    "1208147521",
    "1248100998",
    "2148810390",
    "1018600990",
    "6098110338",
    "6178622000",
    "6058112348",
    "2208111115",
]


def csrf_of(html: str) -> str:
    match = re.search(r'name="_csrf" value="([^"]+)"', html)
    assert match, "the page has no CSRF field"
    return match.group(1)


def without_tokens(html: str) -> str:
    """A page with its session's CSRF tokens blanked, to compare two answers to the same form."""
    return re.sub(r'("X-CSRF-Token": "|name="_csrf" value=")[^"]+', r"\1", html)


async def form_post(
    client: httpx.AsyncClient, page: str, action: str, data: dict[str, str], **kwargs: object
) -> httpx.Response:
    """GET the page that shows the form, then POST it with the page's CSRF token, as a browser does."""
    shown = await client.get(page)
    assert shown.status_code == 200, shown.text[:500]
    return await client.post(action, data={**data, "_csrf": csrf_of(shown.text)}, **kwargs)  # type: ignore[arg-type]


async def signup_link(email: str) -> str:
    """The path of the link a sign-up form emailed to this address (the newest one)."""
    from jobsfez.notifications.tables import Notification

    row = (
        await Notification.select(Notification.payload)
        .where((Notification.recipient == email.lower()) & (Notification.kind == "signup_confirm"))
        .order_by(Notification.id, ascending=False)
        .first()
    )
    assert row is not None, f"no sign-up link was sent to {email}"
    return urlsplit(str(json.loads(row["payload"])["url"])).path


async def finish_signup(client: httpx.AsyncClient, email: str) -> httpx.Response:
    """Open the emailed link and press its button, as the address's owner does."""
    link = await signup_link(email)
    return await form_post(client, link, link, {})


async def login(client: httpx.AsyncClient, email: str, password: str = PASSWORD) -> httpx.Response:
    response = await form_post(client, "/login", "/login", {"email": email, "password": password})
    assert response.status_code == 302, response.text[:800]
    return response


async def make_seeker(email: str = "seeker@example.kr", name: str = "김민준") -> accounts.UserInfo:
    return await accounts.create_user(email=email, password=PASSWORD, role="seeker", display_name=name)


async def make_employer(
    email: str = "owner@example.kr",
    brn: str = VALID_BRNS[0],
    approved: bool = True,
    name_ko: str = "명지정밀",
    name_en: str = "Myeongji Precision",
) -> tuple[accounts.UserInfo, int]:
    user, employer_id = await employers.register(
        email=email,
        password=PASSWORD,
        display_name="박서연",
        locale="ko",
        name_ko=name_ko,
        name_en=name_en,
        sector="automotive_parts",
        brn=brn,
        address="부산 강서구 명지동 3245",
        district="myeongji",
    )
    if approved:
        staff = await make_staff(f"staff-{employer_id}@jobsfez.kr")
        await employers.decide(staff_user_id=staff.id, employer_id=employer_id, approve=True)
    return user, employer_id


async def make_centre(
    email: str = "manager@centre.kr",
    approved: bool = True,
    name_ko: str = "명지청년센터",
    name_en: str = "Myeongji Youth Centre",
) -> tuple[accounts.UserInfo, int]:
    """A career centre and its manager, through the centres service; approved by staff unless asked otherwise."""
    user, centre_id = await centres.register(
        email=email,
        password=PASSWORD,
        display_name="한지민",
        locale="ko",
        name_ko=name_ko,
        name_en=name_en,
        kind="youth_centre",
        district="myeongji",
        address="부산 강서구 명지국제6로 168",
        phone="051-970-1234",
    )
    if approved:
        staff = await make_staff(f"staff-centre-{centre_id}@jobsfez.kr")
        await centres.decide(staff_user_id=staff.id, centre_id=centre_id, approve=True)
    return user, centre_id


async def add_centre_member(
    manager: accounts.UserInfo, email: str, role: str = "counsellor", name: str = "이상담"
) -> accounts.UserInfo:
    """A colleague invited by the manager who joins by the invitation, as they would by the link."""
    actor = await centres.actor_for(manager.id)
    assert actor is not None
    token = await centre_invitations.invite(actor, email=email, role=role, base_url="http://testserver", language="ko")
    return await centre_invitations.accept_invitation(token=token, password=PASSWORD, display_name=name, locale="ko")


async def make_staff(email: str = "staff@jobsfez.kr") -> accounts.UserInfo:
    return await accounts.create_user(email=email, password=PASSWORD, role="staff", display_name="운영자")


async def make_skill(
    skill_id: str, name_ko: str, name_en: str, category: str = "logistics_equipment"
) -> skills.SkillView:
    """A skill staff added, made once: the taxonomy is kept between tests, so a test names its own."""
    if not await SkillRow.exists().where(SkillRow.skill_id == skill_id):
        await skills.save_skill(
            skill_id=skill_id,
            name_ko=name_ko,
            name_en=name_en,
            category=category,
            aliases="",
            qualification=False,
            create=True,
        )
    return await skills.get_skill(skill_id)


def posting_input(
    *,
    title: str = "CNC 선반 기능직 (신입 가능)",
    must: tuple[tuple[str, int | None], ...] = (("CNC 선반", None), ("도면 해독", None)),
    nice: tuple[tuple[str, int | None], ...] = (("용접기능사", None),),
    **fields: object,
) -> PostingInput:
    """A valid posting form's values, as make_posting saves them; a test changes what it names."""
    values: dict[str, object] = {
        "title": title,
        "description": "명지 공장에서 자동차 부품을 가공합니다.\n\n- 주간 근무\n- 기숙사 제공",
        "sector": "automotive_parts",
        "occupation": "CNC 가공원",
        "district": "myeongji",
        "employment_type": "full_time",
        "shift": "day",
        "pay_unit": "month",
        "pay_min": 2_600_000,
        "pay_max": 3_200_000,
        "openings": 2,
        "closing_date": seoul_today() + timedelta(days=30),
        "no_experience": True,
        "must": tuple(PostingSkillInput(text, level) for text, level in must),
        "nice": tuple(PostingSkillInput(text, level) for text, level in nice),
        **fields,
    }
    return PostingInput(**values)  # type: ignore[arg-type]


async def make_posting(
    employer_id: int,
    user_id: int,
    *,
    title: str = "CNC 선반 기능직 (신입 가능)",
    must: tuple[tuple[str, int | None], ...] = (("CNC 선반", None), ("도면 해독", None)),
    nice: tuple[tuple[str, int | None], ...] = (("용접기능사", None),),
    publish: bool = True,
    **fields: object,
) -> int:
    """A posting through the postings service, published unless asked otherwise."""
    from jobsfez.config import MINIMUM_WAGE_2026
    from jobsfez.employers.service import Actor
    from jobsfez.postings import service as postings

    actor = Actor(user_id=user_id, employer_id=employer_id, role="owner", approved=True)
    values = posting_input(title=title, must=must, nice=nice, **fields)
    posting_id = await postings.create(actor, values, minimum_hourly_wage=MINIMUM_WAGE_2026)
    if publish:
        await postings.publish(actor, posting_id)
    return posting_id
