"""The owner keeps the company's details (sector, district, address, size) on the dashboard; its page shows them.
The names and the registration number stay as staff checked them."""

import httpx

from jobsfez.accounts import service as accounts
from jobsfez.employers.tables import Employer, EmployerMember
from tests.helpers import PASSWORD, csrf_of, login, make_employer

HTMX = {"HX-Request": "true"}


def details(token: str, **given: str) -> dict[str, str]:
    return {"_csrf": token, "sector": "machinery", "district": "jisa", "address": "부산 강서구 지사동 1", **given}


async def stored() -> dict[str, str]:
    row = await Employer.select(
        Employer.name_ko, Employer.sector, Employer.district, Employer.address, Employer.size
    ).first()
    assert row is not None
    return row


async def test_the_owner_sets_the_size_and_the_company_page_shows_it(client: httpx.AsyncClient) -> None:
    _owner, company = await make_employer()
    await login(client, "owner@example.kr")
    dashboard = await client.get("/employer")
    assert 'id="company-details"' in dashboard.text and "회사 규모" in dashboard.text
    assert f'href="/companies/{company}"' in dashboard.text
    token = csrf_of(dashboard.text)

    saved = await client.post("/employer/company", data=details(token, size="10-49", name_ko="삼성"), headers=HTMX)
    assert saved.status_code == 200 and "저장했습니다" in saved.text and "<html" not in saved.text
    assert await stored() == {
        "name_ko": "명지정밀",  # a name in the form is not the form's to change
        "sector": "machinery",
        "district": "jisa",
        "address": "부산 강서구 지사동 1",
        "size": "10-49",
    }
    page = await client.get(f"/companies/{company}")
    assert "기계 · 지사 · 직원 10–49명" in page.text and "부산 강서구 지사동 1" in page.text
    assert "Machinery · Jisa · 10–49 employees" in (await client.get(f"/companies/{company}?lang=en")).text


async def test_bad_details_are_answered_in_place_and_change_nothing(client: httpx.AsyncClient) -> None:
    await make_employer()
    await login(client, "owner@example.kr")
    token = csrf_of((await client.get("/employer")).text)
    before = await stored()
    for given, message in (
        ({"size": "huge"}, "목록에서 회사 규모를 골라 주세요."),
        ({"sector": "mining"}, "업종을 골라 주세요."),
        ({"address": " "}, "주소를 입력해 주세요"),
    ):
        answer = await client.post("/employer/company", data=details(token, **given), headers=HTMX)
        assert answer.status_code == 400 and message in answer.text, given
        assert 'id="company-details"' in answer.text
    plain = await client.post("/employer/company", data=details(token, size="huge"))  # no htmx: a whole page
    assert plain.status_code == 400 and "<html" in plain.text and 'href="/employer"' in plain.text
    forged = await client.post("/employer/company", data=details("forged", size="1-9"))
    assert forged.status_code == 403
    assert await stored() == before


async def test_a_recruiter_cannot_change_the_details(client: httpx.AsyncClient) -> None:
    _owner, company = await make_employer()
    recruiter = await accounts.create_user(
        email="rec@example.kr", password=PASSWORD, role="employer", display_name="채용담당"
    )
    await EmployerMember.insert(EmployerMember(employer_id=company, user_id=recruiter.id, role="recruiter"))
    await login(client, "rec@example.kr")
    dashboard = await client.get("/employer")
    assert 'id="company-details"' not in dashboard.text
    before = await stored()
    answer = await client.post("/employer/company", data=details(csrf_of(dashboard.text), size="1-9"), headers=HTMX)
    assert answer.status_code == 403
    assert await stored() == before
