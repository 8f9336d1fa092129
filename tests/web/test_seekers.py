import io
import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from litestar import Litestar
from pypdf import PdfWriter
from pypdf.actions import JavaScript

from jobsfez.db import fetch
from jobsfez.seekers.tables import SeekerProfile, SeekerSkill
from jobsfez.skills.taxonomy_data import load_shipped_skills
from tests.helpers import PASSWORD, PDF, csrf_of, login, make_employer, make_seeker


async def _profile_form(client: httpx.AsyncClient) -> str:
    return csrf_of((await client.get("/me")).text)


def _profile(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "skill_text": ["파이선", "TIG 용졉", "지게챠"],
        "skill_level": ["3", "2", ""],
        "skill_years": ["1", "", ""],
        "qualifications": "용접기능사\n지게차운전기능사",
        "languages": "한국어, English",
        "sectors": ["automotive_parts", "shipbuilding_marine"],
        "districts": ["myeongji"],
        "employment_types": ["full_time"],
        "shifts": ["day", "two_shift"],
        "birth_year": "2002",
        "phone": "010-2345-6789",
        "region": "부산 강서구",
        "school": "부산기계공고",
        "major": "기계과",
        "graduation": "2021-02",
        "earliest_start": "2027-03-02",
        "findable": "on",
    }
    data.update(changes)
    return data


async def test_a_seeker_describes_skills_with_typos_and_sees_what_was_understood(client: httpx.AsyncClient) -> None:
    await make_seeker()
    await login(client, "seeker@example.kr")
    token = await _profile_form(client)
    response = await client.post("/me", data={**_profile(), "_csrf": token})
    assert response.status_code == 200, response.text[:2000]
    assert "저장했습니다" in response.text
    assert "Python" in response.text  # 파이선 was understood as Python
    keys = [row.skill_key for row in await SeekerSkill.objects().order_by(SeekerSkill.position)]
    assert keys[0] == "python"
    assert not any(key.startswith("free:") for key in keys)
    assert keys[3:] == ["qual-welding-craftsman", "qual-forklift", "korean-language", "english"]  # then the boxes


async def test_the_form_shows_years_as_typed_not_as_a_stored_float(client: httpx.AsyncClient) -> None:
    await make_seeker()
    await login(client, "seeker@example.kr")
    years = ["2", "1.5", ""]
    await client.post("/me", data={**_profile(skill_years=years), "_csrf": await _profile_form(client)})
    page = (await client.get("/me")).text
    assert 'name="skill_years" value="2"' in page and 'name="skill_years" value="1.5"' in page
    assert 'value="2.0"' not in page


async def test_years_are_read_as_people_type_them(client: httpx.AsyncClient) -> None:
    await make_seeker()
    await login(client, "seeker@example.kr")
    years = ["3년", "6개월", "2년 6개월"]
    response = await client.post("/me", data={**_profile(skill_years=years), "_csrf": await _profile_form(client)})
    assert response.status_code == 200, response.text[:2000]
    saved = [row.years for row in await SeekerSkill.objects().order_by(SeekerSkill.position)]
    assert saved[:3] == [3.0, 0.5, 2.5]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"birth_year": "20020"}, "출생 연도"),
        ({"phone": "call me"}, "010-1234-5678"),
        ({"skill_level": ["9", "", ""]}, "1에서 5"),
        ({"skill_level": ["high", "", ""]}, "정수"),
        ({"skill_years": ["-3", "", ""]}, "0에서 60"),
        ({"skill_years": ["2~3", "", ""]}, "“파이선”: 경력 연수는 3이나 1.5처럼 숫자로"),  # the row is named
        ({"skill_years": ["", "", "삼년"]}, "“지게챠”: 경력 연수는"),
        ({"skill_years": ["1" * 20_000, "", ""]}, "“파이선”: 경력 연수는"),  # a review: 8 s of a regex's time
        ({"graduation": "2021/2"}, "YYYY-MM"),
        ({"sectors": ["casino"]}, "목록에서"),
        ({"earliest_start": "next spring"}, "2027-03-02"),
        ({"skill_text": ["x" * 121]}, "120자"),
        ({"skill_text": [f"skill {i}" for i in range(41)], "skill_level": [], "skill_years": []}, "40개"),
    ],
)
async def test_bad_profile_input_is_explained_and_nothing_is_stored(
    client: httpx.AsyncClient, changes: dict[str, object], message: str
) -> None:
    await make_seeker()
    await login(client, "seeker@example.kr")
    token = await _profile_form(client)
    response = await client.post("/me", data={**_profile(**changes), "_csrf": token})
    assert response.status_code == 400
    assert message in response.text
    assert await SeekerProfile.count() == 0
    assert await SeekerSkill.count() == 0


async def test_a_pdf_resume_is_stored_under_a_generated_name_and_downloaded_by_its_owner(
    app: Litestar, client: httpx.AsyncClient
) -> None:
    await make_seeker()
    await login(client, "seeker@example.kr")
    token = await _profile_form(client)
    response = await client.post(
        "/me/resume", data={"_csrf": token}, files={"resume": ("../../이력서 <script>.pdf", PDF, "application/pdf")}
    )
    assert response.status_code == 302
    profile = await SeekerProfile.objects().first()
    assert profile is not None and profile.resume_file.endswith(".pdf") and "/" not in profile.resume_file
    folder: Path = app.state.resources.settings.resume_dir
    assert (folder / profile.resume_file).read_bytes() == PDF
    download = await client.get("/me/resume")
    assert download.status_code == 200 and download.content == PDF
    assert "attachment" in download.headers["content-disposition"]


def _written_pdf(change: Callable[[PdfWriter], None] | None = None) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    if change is not None:
        change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _with_catalog(entry: bytes) -> bytes:
    return PDF.replace(b"/Type /Catalog", b"/Type /Catalog " + entry)


ACTIVE = "스크립트, 동작 또는 첨부 파일"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (_written_pdf(lambda w: w.add_open_action(JavaScript("app.alert(1);"))), ACTIVE),
        (_with_catalog(b"/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"), ACTIVE),
        (_with_catalog(b"/OpenAction << /S /L#61unch /F (calc.exe) >>"), ACTIVE),  # a name spelt with an escape
        (
            _with_catalog(b"/AA << /O 1 0 R >>").replace(
                b"<<>> endobj", b"<< /S /SubmitForm /F (https://x.example) >> endobj"
            ),
            ACTIVE,
        ),
        (_written_pdf(lambda w: w.add_attachment("run.exe", b"MZ")), ACTIVE),
        (PDF.replace(b"\n1 0 obj", b"\n%<html><script>alert(1)</script></html>\n1 0 obj"), ACTIVE),
        (_written_pdf(lambda w: w.encrypt("secret")), "비밀번호"),
        (PDF.replace(b"/Root 2 0 R ", b""), "PDF 파일이 아닙니다"),
    ],
    ids=["javascript", "open-action", "escaped-launch", "submit-form", "attachment", "html", "password", "no-root"],
)
async def test_a_pdf_with_active_content_or_unreadable_is_refused(
    client: httpx.AsyncClient, content: bytes, message: str
) -> None:
    await make_seeker()
    await login(client, "seeker@example.kr")
    token = await _profile_form(client)
    response = await client.post(
        "/me/resume", data={"_csrf": token}, files={"resume": ("cv.pdf", content, "application/pdf")}
    )
    assert response.status_code == 400
    assert message in response.text
    assert await SeekerProfile.count() == 0


@pytest.mark.parametrize("content", [_written_pdf(), _with_catalog(b"/OpenAction [3 0 R /Fit]")], ids=["page", "fit"])
async def test_a_plain_pdf_is_taken_even_with_an_opening_view(client: httpx.AsyncClient, content: bytes) -> None:
    await make_seeker()
    await login(client, "seeker@example.kr")
    token = await _profile_form(client)
    response = await client.post(
        "/me/resume", data={"_csrf": token}, files={"resume": ("cv.pdf", content, "application/pdf")}
    )
    assert response.status_code in (200, 302)
    assert await SeekerProfile.count() == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("resume.pdf", b"MZ\x90\x00 this is an exe", "PDF 파일이 아닙니다"),
        ("resume.pdf", b"<html><script>alert(1)</script></html>", "PDF 파일이 아닙니다"),
        ("big.pdf", b"%PDF-1.4\n" + b"0" * (5 * 1024 * 1024) + b"\n%%EOF", "5MB"),
    ],
)
async def test_a_file_that_is_not_an_acceptable_pdf_is_refused(
    client: httpx.AsyncClient, name: str, content: bytes, message: str
) -> None:
    await make_seeker()
    await login(client, "seeker@example.kr")
    token = await _profile_form(client)
    response = await client.post(
        "/me/resume", data={"_csrf": token}, files={"resume": (name, content, "application/pdf")}
    )
    assert response.status_code == 400
    assert message in response.text
    assert await SeekerProfile.count() == 0


async def test_an_employer_the_seeker_did_not_apply_to_cannot_download_the_resume(client: httpx.AsyncClient) -> None:
    seeker = await make_seeker()
    await login(client, "seeker@example.kr")
    token = await _profile_form(client)
    await client.post("/me/resume", data={"_csrf": token}, files={"resume": ("cv.pdf", PDF, "application/pdf")})
    client.cookies.clear()
    await make_employer()
    await login(client, "owner@example.kr")
    assert (await client.get(f"/seekers/{seeker.id}/resume")).status_code == 404


async def test_a_seeker_downloads_all_their_data(client: httpx.AsyncClient) -> None:
    await make_seeker()
    await login(client, "seeker@example.kr")
    token = await _profile_form(client)
    await client.post("/me", data={**_profile(), "_csrf": token})
    response = await client.get("/me/export")
    data = json.loads(response.content)
    assert data["account"]["email"] == "seeker@example.kr"
    assert data["profile"]["phone"] == "010-2345-6789"
    assert [s["text"] for s in data["skills"]][:2] == ["파이선", "TIG 용졉"]
    assert "password_hash" not in json.dumps(data)


async def test_deleting_the_account_erases_personal_data_from_every_store(
    app: Litestar, client: httpx.AsyncClient
) -> None:
    await make_seeker(email="erase-me@example.kr", name="삭제될사람")
    await login(client, "erase-me@example.kr")
    token = await _profile_form(client)
    await client.post("/me", data={**_profile(phone="010-9999-8888"), "_csrf": token})
    mine = PDF.replace(b"<<>> endobj", "<< /Author (삭제될사람) >> endobj".encode())
    await client.post("/me/resume", data={"_csrf": token}, files={"resume": ("cv.pdf", mine, "application/pdf")})
    assert len(list(app.state.resources.settings.resume_dir.glob("*.pdf"))) == 1
    # a failed login leaves traces keyed on the email in Redis and PostgreSQL
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver", headers={"sec-fetch-site": "same-origin"}
    ) as other:
        page = await other.get("/login")
        await other.post(
            "/login", data={"email": "erase-me@example.kr", "password": "wrong one!", "_csrf": csrf_of(page.text)}
        )

    page = await client.get("/me/delete")
    response = await client.post("/me/delete", data={"password": PASSWORD, "_csrf": csrf_of(page.text)})
    assert response.status_code == 302

    needles = ["erase-me@example.kr", "010-9999-8888", "삭제될사람"]
    dump = await _dump_postgres()
    redis = app.state.resources.redis
    redis_dump = []
    async for key in redis.scan_iter(count=1000):
        redis_dump.append(key.decode(errors="replace"))
        if await redis.type(key) == b"string":
            redis_dump.append((await redis.get(key) or b"").decode(errors="replace"))
    files = b"".join(p.read_bytes() for p in app.state.resources.settings.resume_dir.glob("*"))
    for needle in needles:
        assert needle not in dump, f"{needle} left in PostgreSQL"
        assert needle not in "\n".join(redis_dump), f"{needle} left in Redis"
    assert mine not in files and not files
    assert (await client.get("/me")).status_code == 302


async def _dump_postgres() -> str:
    tables = await fetch("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    chunks = []
    for row in tables:
        rows = await fetch(f'SELECT t::text AS line FROM "{row["tablename"]}" t')
        chunks.extend(r["line"] for r in rows)
    return "\n".join(chunks)


async def test_a_resume_past_the_limit_is_refused_with_the_limit_stated(client: httpx.AsyncClient) -> None:
    await make_seeker()
    await login(client, "seeker@example.kr")
    token = await _profile_form(client)
    big = PDF + b"\n%" + b"x" * (6 * 1024 * 1024)
    response = await client.post(
        "/me/resume", data={"_csrf": token}, files={"resume": ("cv.pdf", big, "application/pdf")}
    )
    assert response.status_code == 413
    assert "파일이 너무 큽니다: 5MB 이하의 파일을 골라 다시 보내 주세요." in response.text
    assert await SeekerProfile.count() == 0


async def test_a_line_naming_several_skills_is_saved_as_one_row_each(client: httpx.AsyncClient) -> None:
    await make_seeker()
    await login(client, "seeker@example.kr")
    token = await _profile_form(client)
    changes = {"skill_text": ["Python, Django 3년", "TIG 용접"], "skill_level": ["4", ""], "skill_years": ["", "2"]}
    response = await client.post("/me", data={**_profile(**changes), "qualifications": "", "_csrf": token})
    assert response.status_code == 200, response.text[:2000]
    rows = await SeekerSkill.select(
        SeekerSkill.text, SeekerSkill.skill_key, SeekerSkill.level, SeekerSkill.years
    ).where(SeekerSkill.kind == "skill")
    assert [(r["text"], r["skill_key"], r["level"], r["years"]) for r in rows] == [
        ("Python", "python", 4, None),
        ("Django", "django", 4, 3.0),  # the row's level, and the years its words said
        ("TIG 용접", "welding-tig", None, 2.0),
    ]


async def test_lines_that_name_more_than_forty_skills_between_them_are_refused(client: httpx.AsyncClient) -> None:
    await make_seeker()
    await login(client, "seeker@example.kr")
    token = await _profile_form(client)
    # 21 lines of two skills each: 42 skills (the same skill twice would count once)
    names = [skill.name_en for skill in load_shipped_skills() if skill.category == "software"][:42]
    lines = [f"{first}, {second}" for first, second in zip(names[::2], names[1::2], strict=True)]
    data = {**_profile(skill_text=lines, skill_level=[], skill_years=[]), "_csrf": token}
    response = await client.post("/me", data=data)
    assert response.status_code == 400 and "한 줄에 여러 기술을 적으면 각각 하나로 셉니다" in response.text
    assert await SeekerProfile.count() == 0 and await SeekerSkill.count() == 0


def _nonsense(n: int) -> str:
    """Words that name no skill, a different line for each n."""
    return f"zqv{chr(97 + n // 26)}{chr(97 + n % 26)}orn"


async def _post_profile(client: httpx.AsyncClient, **changes: object) -> httpx.Response:
    token = await _profile_form(client)
    return await client.post("/me", data={**_profile(skill_level=[], skill_years=[], **changes), "_csrf": token})


async def test_the_same_skill_typed_again_counts_once_and_is_saved_once(client: httpx.AsyncClient) -> None:
    """UX walk of 2026-12-05, H: 파이썬 typed three times was kept three times and counted three times."""
    await make_seeker()
    await login(client, "seeker@example.kr")
    lines = ["파이썬", "Python", "파이썬 3년", "TIG 용접", *(_nonsense(n) for n in range(36))]
    response = await _post_profile(client, skill_text=lines, qualifications="용접기능사\nTIG 용접")
    assert response.status_code == 200, response.text[:2000]
    keys = await SeekerSkill.select(SeekerSkill.skill_key, SeekerSkill.years).where(SeekerSkill.skill_key == "python")
    assert keys == [{"skill_key": "python", "years": 3.0}]  # what the repeats said is kept on the one row
    # python, TIG, 36 free lines, 용접기능사 (TIG again counts not); then the Languages box's two
    assert await SeekerSkill.count().where(SeekerSkill.kind != "language") == 39


async def test_too_many_skills_are_counted_the_box_at_fault_marked_and_the_form_read_as_typed(
    client: httpx.AsyncClient,
) -> None:
    """UX walk of 2026-12-05, H: the refusal gave no count, blamed the skills for the qualifications box, listed the
    readings saved before, and left every row's preview blank."""
    await make_seeker()
    await login(client, "seeker@example.kr")
    saved = await _post_profile(client, skill_text=["지게차"], qualifications="")
    assert saved.status_code == 200 and "“지게차” →" in saved.text
    lines = ["TIG 용접", *(_nonsense(n) for n in range(38))]
    box = await _post_profile(client, skill_text=lines, qualifications="용접기능사\n지게차운전기능사")
    assert box.status_code == 400
    assert "기술과 자격은 40개까지 적을 수 있습니다. 지금 41개입니다." in box.text
    assert '<div class="field invalid">\n  <label for="f-qualifications">' in box.text
    skills_section = box.text.split('<fieldset id="skills">')[1].split('id="f-qualifications"')[0]
    assert 'class="error"' not in skills_section
    assert "“지게차” →" not in box.text  # the readings saved before are not the text in the form
    preview = box.text.split('value="TIG 용접"')[1].split("</small>")[0]
    assert "→ TIG 용접" in preview
    rows = await _post_profile(client, skill_text=[*lines, _nonsense(38), _nonsense(39)], qualifications="")
    assert rows.status_code == 400 and "지금 41개입니다." in rows.text
    assert '<div class="field invalid">\n  <label for="f-qualifications">' not in rows.text
    kept = ["forklift-operation", "korean-language", "english"]
    assert [row["skill_key"] for row in await SeekerSkill.select(SeekerSkill.skill_key)] == kept
