"""The Candidates page and its API twin narrowed to the seekers covering every must-have (issue 16)."""

import httpx

from tests.helpers import VALID_BRNS, csrf_of, login, make_employer, make_posting, make_seeker

# The posting asks for CNC 선반 and 도면 해독 (must) and 용접기능사 (nice): make_posting's defaults.
BROAD = ("CNC 선반", "도면 해독", "엑셀", "포토샵", "지게차 운전", "파이썬", "자바", "리치트럭")  # every must-have
NARROW = ("CNC 선반", "용접기능사")  # misses 도면 해독, yet scores higher: fewer skills of its own dilute the overlap
RELATED = ("범용 선반", "도면 해독")  # a manual lathe is related to a CNC lathe: covered, as the board counts it


async def _findable(client: httpx.AsyncClient, email: str, name: str, skills: tuple[str, ...]) -> int:
    seeker = await make_seeker(email, name)
    await login(client, email)
    token = csrf_of((await client.get("/me")).text)
    empty = [""] * len(skills)
    form = {"skill_text": list(skills), "skill_level": empty, "skill_years": empty, "findable": "on", "_csrf": token}
    assert (await client.post("/me", data=form)).status_code == 200
    client.cookies.clear()
    return seeker.id


async def _people(
    client: httpx.AsyncClient, must: tuple[tuple[str, int | None], ...] = (("CNC 선반", None), ("도면 해독", None))
) -> int:
    """Three findable seekers and a company (logged in) with a posting ranking them."""
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id, must=must)
    await _findable(client, "broad@example.kr", "넓은사람", BROAD)
    await _findable(client, "narrow@example.kr", "좁은사람", NARROW)
    await _findable(client, "related@example.kr", "비슷한사람", RELATED)
    await login(client, "owner@example.kr")
    return posting_id


async def test_the_page_lists_only_those_covering_every_must_have_with_the_filter_on(client: httpx.AsyncClient) -> None:
    posting_id = await _people(client)
    url = f"/employer/postings/{posting_id}/candidates"
    everyone = (await client.get(url)).text
    assert everyone.index("좁은사람") < everyone.index("넓은사람")  # the Dice overlap's known cost
    assert 'name="covers" value="" checked' in everyone and "필수 기술을 모두 갖춘 후보자" in everyone
    assert f'action="{url}"' in everyone and 'method="get"' in everyone

    narrowed = await client.get(url, params={"covers": "every_must"})
    assert narrowed.status_code == 200
    assert "넓은사람" in narrowed.text and "비슷한사람" in narrowed.text and "좁은사람" not in narrowed.text
    assert 'name="covers" value="every_must" checked' in narrowed.text
    # an invitation sent without script comes back to the same narrowed list
    assert '<input type="hidden" name="covers" value="every_must">' in narrowed.text


async def test_nobody_covering_every_must_have_is_said_in_words(client: httpx.AsyncClient) -> None:
    unknown = await _people(client, must=(("CNC 선반", None), ("방전가공 EDM", None)))
    page = (await client.get(f"/employer/postings/{unknown}/candidates", params={"covers": "every_must"})).text
    assert "필수 기술을 모두 갖춘 후보자가 아직 없습니다." in page and "좁은사람" not in page
    assert f'href="/employer/postings/{unknown}/candidates">전체 후보자 보기' in page


async def test_a_posting_without_must_haves_offers_no_filter_and_lists_everyone(client: httpx.AsyncClient) -> None:
    nice_only = await _people(client, must=())
    plain = (await client.get(f"/employer/postings/{nice_only}/candidates")).text
    assert "좁은사람" in plain and 'name="covers"' not in plain  # not offered: nobody misses a must-have
    asked = (await client.get(f"/employer/postings/{nice_only}/candidates", params={"covers": "every_must"})).text
    assert "이 공고에는 필수 기술이 없어 모든 후보자를 보여 드립니다." in asked
    assert "좁은사람" in asked and "넓은사람" in asked


async def test_a_filter_value_the_page_does_not_know_is_named_and_left_out(client: httpx.AsyncClient) -> None:
    posting_id = await _people(client)
    page = await client.get(f"/employer/postings/{posting_id}/candidates", params={"covers": "all'"})
    assert page.status_code == 200
    assert "알아볼 수 없는 조건은 빼고 보여 드립니다: 보여 줄 후보자." in page.text
    assert "좁은사람" in page.text and 'name="covers" value="" checked' in page.text


async def test_an_invitation_without_script_keeps_the_filter(client: httpx.AsyncClient) -> None:
    posting_id = await _people(client)
    url = f"/employer/postings/{posting_id}/candidates"
    page = (await client.get(url, params={"covers": "every_must"})).text
    broad = int(page.split("/invite")[0].rsplit("/", 1)[1])
    sent = await client.post(f"{url}/{broad}/invite", data={"_csrf": csrf_of(page), "covers": "every_must"})
    assert sent.status_code == 302 and sent.headers["location"] == f"{url}?covers=every_must&invited=true"
    back = (await client.get(sent.headers["location"])).text
    assert "좁은사람" not in back and "지원 요청을 보냈습니다" in back


async def test_the_api_takes_the_same_filter_and_answers_a_bad_value_clearly(client: httpx.AsyncClient) -> None:
    posting_id = await _people(client)
    url = f"/api/v1/employer/postings/{posting_id}/candidates"
    everyone = [c["name"] for c in (await client.get(url)).json()]
    assert everyone.index("좁은사람") < everyone.index("넓은사람")
    narrowed = (await client.get(url, params={"covers": "every_must"})).json()
    assert {c["name"] for c in narrowed} == {"넓은사람", "비슷한사람"}
    assert all(not c["score"]["missing_must_haves"] for c in narrowed)
    assert [c["name"] for c in (await client.get(url, params={"covers": ""})).json()] == everyone

    bad = await client.get(url, params={"covers": "every-must"})
    assert bad.status_code == 400
    assert "covers" in bad.json()["fields"] and "every_must" in bad.json()["detail"]

    schema = (await client.get("/schema/openapi.json")).json()
    parameters = schema["paths"]["/api/v1/employer/postings/{posting_id}/candidates"]["get"]["parameters"]
    [covers] = [p for p in parameters if p["name"] == "covers"]
    assert covers["schema"]["enum"] == ["", "every_must"] and "must-have" in covers["description"]


async def test_another_companys_posting_is_not_found_with_the_filter_too(client: httpx.AsyncClient) -> None:
    posting_id = await _people(client)
    client.cookies.clear()
    await make_employer(email="other@b.kr", brn=VALID_BRNS[2], name_ko="다른회사", name_en="Other")
    await login(client, "other@b.kr")
    for params in ({"covers": "every_must"}, {"covers": ""}):
        page = await client.get(f"/employer/postings/{posting_id}/candidates", params=params)
        assert page.status_code == 404 and "넓은사람" not in page.text
        api = await client.get(f"/api/v1/employer/postings/{posting_id}/candidates", params=params)
        assert api.status_code == 404 and "넓은사람" not in api.text
