"""Issue 16: the Languages box of a seeker's profile is read as skills are: matched, explained, exported and erased."""

from __future__ import annotations

import json

import httpx
import pytest

from jobsfez.applications import service as applications
from jobsfez.seekers.tables import SeekerProfile, SeekerSkill
from tests.helpers import PASSWORD, csrf_of, login, make_employer, make_posting, make_seeker


async def _save(client: httpx.AsyncClient, languages: str, **fields: object) -> httpx.Response:
    token = csrf_of((await client.get("/me")).text)
    return await client.post(
        "/me", data={"languages": languages, "sectors": ["automotive_parts"], **fields, "_csrf": token}
    )


async def _rows() -> list[tuple[str, str, int | None, str]]:
    rows = await SeekerSkill.select(
        SeekerSkill.text, SeekerSkill.skill_key, SeekerSkill.level, SeekerSkill.kind
    ).order_by(SeekerSkill.position)
    return [(r["text"], r["skill_key"], r["level"], r["kind"]) for r in rows]


async def test_the_languages_box_is_saved_as_skills_and_shown_back_as_typed(client: httpx.AsyncClient) -> None:
    await make_seeker()
    await login(client, "seeker@example.kr")
    response = await _save(client, "English - fluent,  Tiếng Việt\nKlingon")
    assert response.status_code == 200, response.text[:2000]
    assert await _rows() == [
        ("English - fluent", "english", 4, "language"),  # the level its words say
        ("Tiếng Việt", "vietnamese", None, "language"),
        ("Klingon", "free:klingon", None, "language"),  # a language the taxonomy does not know is kept
    ]
    page = (await client.get("/me")).text
    assert 'name="languages" type="text" value="English - fluent, Tiếng Việt, Klingon"' in page
    assert '“English - fluent” → <span class="hit">영어 · English</span>' in page  # what each line was read as
    assert "“Klingon” → 적은 그대로 저장" in page


async def test_a_language_typed_as_a_skill_too_is_one_skill(client: httpx.AsyncClient) -> None:
    await make_seeker()
    await login(client, "seeker@example.kr")
    response = await _save(client, "English (native), 한국어", skill_text=["영어"], skill_level=["3"], skill_years=[""])
    assert response.status_code == 200, response.text[:2000]
    assert await _rows() == [("영어", "english", 5, "skill"), ("한국어", "korean-language", None, "language")]


@pytest.mark.parametrize(
    "languages",
    [", ".join(f"언어{n}" for n in range(11)), "한국어, " + "E" * 41],
    ids=["eleven-languages", "a-line-of-41-characters"],
)
async def test_a_languages_box_past_its_limits_is_explained_and_changes_nothing(
    client: httpx.AsyncClient, languages: str
) -> None:
    await make_seeker()
    await login(client, "seeker@example.kr")
    assert (await _save(client, "한국어, English")).status_code == 200
    before = await _rows()
    response = await _save(client, languages, phone="010-1111-2222")
    assert response.status_code == 400
    assert "언어는 10개까지 적을 수 있습니다." in response.text
    assert f'value="{languages}"' in response.text  # the box as typed, to correct
    assert await _rows() == before
    assert await SeekerProfile.select(SeekerProfile.phone).output(as_list=True) == [""]


async def test_a_language_only_in_the_languages_box_covers_a_must_have_in_both_explanations(
    client: httpx.AsyncClient,
) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id, title="해외영업", must=(("영어", None),), nice=())
    await make_seeker()
    await login(client, "seeker@example.kr")
    assert (await _save(client, "English (business)", findable="on")).status_code == 200
    matched = "필수 “영어” ← “English (business)”"
    seeker_view = (await client.get("/me/recommended")).text
    assert matched in seeker_view and "빠진 필수 기술" not in seeker_view
    client.cookies.clear()
    await login(client, "owner@example.kr")
    employer_view = (await client.get(f"/employer/postings/{posting_id}/candidates")).text
    assert matched in employer_view and "빠진 필수 기술" not in employer_view


async def test_the_company_reads_an_applicants_languages_apart_from_their_skills(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id, title="해외영업", must=(("영어", None),), nice=())
    seeker = await make_seeker()
    await login(client, "seeker@example.kr")
    response = await _save(
        client, "English (business), 한국어", skill_text=["지게차"], skill_level=[""], skill_years=[""]
    )
    assert response.status_code == 200, response.text[:2000]
    application_id = await applications.apply(
        seeker.id, posting_id=posting_id, message="", include_resume=False, base_url=""
    )
    client.cookies.clear()
    await login(client, "owner@example.kr")
    page = (await client.get(f"/employer/applications/{application_id}")).text
    assert "<dt>언어</dt><dd>English (business), 한국어</dd>" in page
    skills = page.split('<ul class="skills">')[1].split("</ul>")[0]
    assert "지게차" in skills and "English" not in skills
    assert "필수 “영어” ← “English (business)”" in page


async def test_the_languages_are_in_the_data_export_and_gone_with_the_account(client: httpx.AsyncClient) -> None:
    await make_seeker()
    await login(client, "seeker@example.kr")
    assert (await _save(client, "English (business), 일본어")).status_code == 200
    exported = json.loads((await client.get("/me/export")).content)
    assert [(s["text"], s["skill_key"], s["kind"]) for s in exported["skills"]] == [
        ("English (business)", "english", "language"),
        ("일본어", "japanese", "language"),
    ]
    page = await client.get("/me/delete")
    assert (
        await client.post("/me/delete", data={"password": PASSWORD, "_csrf": csrf_of(page.text)})
    ).status_code == 302
    assert await SeekerSkill.count() == 0


async def test_the_languages_box_shows_what_each_line_is_read_as_while_it_is_typed(client: httpx.AsyncClient) -> None:
    await make_seeker()
    await login(client, "seeker@example.kr")
    page = (await client.get("/me")).text
    assert 'data-hx-get="/me/languages-understood"' in page
    typed = "English - fluent, 일본어 JLPT N2, Klingon"
    response = await client.get("/me/languages-understood", params={"languages": typed})
    assert response.status_code == 200
    assert '“English - fluent” <span class="hit">→ 영어 · 수준 4/5</span>' in response.text
    assert "이 줄에는 일본어능력시험도 있습니다: 저장하면 각각 별도의 기술로 남습니다." in response.text
    assert '“Klingon” <span class="miss">알고 있는 기술이 아닙니다.' in response.text
    long = await client.get("/me/languages-understood", params={"languages": "영어, " * 2000})
    assert long.status_code == 200 and long.text.count("“영어”") == 10  # the lines saving would read, no more
