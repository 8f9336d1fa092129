"""Input PostgreSQL cannot take (ids beyond bigint, text with NUL) is a 404 or a 400 everywhere, never a 500."""

import re
from collections.abc import AsyncIterator

import httpx
import pytest
from litestar import Litestar
from litestar.routes import HTTPRoute

from jobsfez.accounts.tables import User
from jobsfez.employers.tables import Employer
from tests.helpers import csrf_of, login, make_employer, make_posting, make_seeker, make_staff

HUGE = str(2**64)
NUL_MESSAGE = "입력한 내용에서 보이지 않는 제어 문자(NUL)를 지워 주세요."


def routes_with_ids(app: Litestar) -> list[tuple[str, str]]:
    found = []
    for route in app.routes:
        if isinstance(route, HTTPRoute) and ":int}" in route.path:
            for method in sorted(route.methods - {"HEAD", "OPTIONS"}):
                found.append((method, re.sub(r"\{\w+:int\}", HUGE, route.path)))
    return found


@pytest.fixture
async def clients(app: Litestar, db: None) -> AsyncIterator[dict[str, httpx.AsyncClient]]:
    """An anonymous visitor, a seeker, a company owner and a staff member, each with a CSRF token to send."""
    await make_seeker()
    await make_employer()
    await make_staff()
    made = {}
    for who, email in (("anonymous", None), ("seeker", "seeker@example.kr"), ("employer", "owner@example.kr"),
                       ("staff", "staff@jobsfez.kr")):  # fmt: skip
        headers = {"sec-fetch-site": "same-origin"}
        client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://testserver", headers=headers
        )
        if email:
            await login(client, email)
            client.headers["x-csrf-token"] = csrf_of((await client.get("/account")).text)
        made[who] = client
    yield made
    for client in made.values():
        await client.aclose()


async def test_an_id_too_large_to_exist_is_never_a_server_error(
    app: Litestar, clients: dict[str, httpx.AsyncClient]
) -> None:
    routes = routes_with_ids(app)
    assert len(routes) > 30  # every id route of the app, found from its routing table
    errors = []
    for who, client in clients.items():
        for method, path in routes:
            response = await client.request(method, path)
            if response.status_code not in (302, 303, 401, 403, 404):  # a 500 above all
                errors.append((who, method, path, response.status_code))
    assert errors == []


async def test_a_nul_character_anywhere_is_refused_with_a_message(clients: dict[str, httpx.AsyncClient]) -> None:
    anonymous, employer, staff = clients["anonymous"], clients["employer"], clients["staff"]
    for url in ("/skills/suggest?skill=%00", "/jobs?q=a%00b", "/api/v1/postings?q=%00"):
        response = await anonymous.get(url)
        assert response.status_code == 400, url
        assert NUL_MESSAGE in response.text, url
    form = await anonymous.get("/login")
    refused = await anonymous.post(
        "/login", data={"email": "a\x00@example.kr", "password": "x", "_csrf": csrf_of(form.text)}
    )
    assert refused.status_code == 400 and NUL_MESSAGE in refused.text
    api = await employer.post("/api/v1/employer/postings/", json={"title": "용접\u0000공"})
    assert api.status_code == 400 and api.json()["detail"] == NUL_MESSAGE
    path = await staff.get("/staff/skills/a%00b/edit")
    assert path.status_code in (400, 404)  # no skill has such an id; never a server error


@pytest.mark.parametrize("name", ["뷁" * 100, "a" * 300, "메일"], ids=["long-korean", "long-ascii", "korean"])
async def test_the_dev_mail_page_answers_a_name_no_mail_has_with_a_404(client: httpx.AsyncClient, name: str) -> None:
    # a name longer than the file system allows was a 500 (OSError: File name too long) rather than a 404
    response = await client.get(f"/dev/mail/{name}")
    assert response.status_code == 404


# str.isdigit() takes superscript and circled digits, which int() refuses: each was a 500 where a number is read
ODD_DIGITS = ["²", "①", "1²"]


@pytest.mark.parametrize("digits", ODD_DIGITS)
async def test_superscript_or_circled_digits_are_refused_like_any_other_non_number(
    clients: dict[str, httpx.AsyncClient], digits: str
) -> None:
    anonymous, employer, staff = clients["anonymous"], clients["employer"], clients["staff"]
    page = await anonymous.get("/jobs", params={"page": digits})
    assert page.status_code == 200 and "없는 페이지 번호라서 첫 페이지를 보여 드립니다." in page.text
    pay = await anonymous.get("/jobs", params={"min_pay": digits, "pay_unit": "month"})
    assert pay.status_code == 400 and "급여는 원 단위 숫자로 입력해 주세요." in pay.text
    api = await anonymous.get("/api/v1/postings", params={"page": digits})
    assert api.status_code == 400 and api.json()["fields"]["page"] == "없는 페이지 번호입니다."
    assert (await anonymous.get(f"/unsubscribe/{digits}.abc")).status_code in (400, 404)
    owner = await User.select(User.id).where(User.email == "owner@example.kr").first()
    company = await Employer.select(Employer.id).first()
    posting = await make_posting(company["id"], owner["id"])
    board = await employer.get(f"/employer/postings/{posting}/applicants", params={"min_score": digits})
    assert board.status_code == 200  # a filter that makes no sense is dropped and named, as board.parse says
    for url in ("/staff/users", "/staff/employers", "/staff/centres", "/staff/reports", "/staff/skills/unmatched"):
        listed = await staff.get(url, params={"page": digits})
        assert listed.status_code == 200, url  # the first page, as for any page number that is not one
    year = await staff.get("/reports/platform", params={"year": digits})
    assert year.status_code == 400


async def test_full_width_digits_a_korean_keyboard_types_are_still_read(client: httpx.AsyncClient) -> None:
    found = await client.get("/jobs", params={"min_pay": "２５０００００", "pay_unit": "month", "page": "１"})
    assert found.status_code == 200 and 'id="e-min_pay"' not in found.text
