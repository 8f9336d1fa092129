"""Small explicit factories and page helpers shared by the tests."""

from __future__ import annotations

import re

import httpx

from jobsfez.accounts import service as accounts
from jobsfez.employers import service as employers

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


async def form_post(
    client: httpx.AsyncClient, page: str, action: str, data: dict[str, str], **kwargs: object
) -> httpx.Response:
    """GET the page that shows the form, then POST it with the page's CSRF token, as a browser does."""
    shown = await client.get(page)
    assert shown.status_code == 200, shown.text[:500]
    return await client.post(action, data={**data, "_csrf": csrf_of(shown.text)}, **kwargs)  # type: ignore[arg-type]


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


async def make_staff(email: str = "staff@jobsfez.kr") -> accounts.UserInfo:
    return await accounts.create_user(email=email, password=PASSWORD, role="staff", display_name="운영자")
