"""Every employer-side route, tried by a member of another company with the first company's ids: 404."""

import httpx
from litestar import Litestar

from jobsfez.employers.tables import EmployerMember
from tests.helpers import VALID_BRNS, csrf_of, login, make_employer

# Each employer route with an id in its path, and how to aim it at company A's data.
# A new employer route fails test_every_employer_route_is_covered until it is added here.
ATTACKS = {
    ("POST", "/employer/members/{member_id:int}/role"): lambda ids: f"/employer/members/{ids['member']}/role",
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
    ids = {"member": member_a.id}
    await login(client, "b@b.kr")
    token = csrf_of((await client.get("/employer")).text)
    for (method, _), aim in ATTACKS.items():
        response = await client.request(method, aim(ids), data={"_csrf": token, "role": "recruiter"})
        assert response.status_code == 404, (method, aim(ids), response.status_code)
    unchanged = await EmployerMember.objects().where(EmployerMember.id == member_a.id).first()
    assert unchanged is not None and unchanged.role == "owner"
