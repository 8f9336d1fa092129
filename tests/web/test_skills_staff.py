import io
import re
import zipfile
from pathlib import Path

import httpx
import pytest
from litestar import Litestar

from jobsfez.skills import service as skills
from tests.helpers import csrf_of, login, make_seeker, make_staff

ESCO_BUNDLE = Path(__file__).resolve().parents[3] / "shared" / "data" / "esco" / "esco-v1.1.1-classification-en-csv.zip"
ESCO = (
    "conceptUri,preferredLabel,altLabels,skillType,description\n"
    'http://data.europa.eu/esco/skill/test-0001,operate reach stackers,"reach stacker operation\nstacker driving",'
    "skill/competence,Drive reach stackers in a container terminal\n"
)


async def _staff(client: httpx.AsyncClient) -> str:
    await make_staff()
    await login(client, "staff@jobsfez.kr")
    return csrf_of((await client.get("/staff/skills")).text)


async def test_staff_add_a_skill_with_aliases_and_matching_uses_it_at_once(client: httpx.AsyncClient) -> None:
    token = await _staff(client)
    response = await client.post(
        "/staff/skills",
        data={
            "_csrf": token,
            "skill_id": "test-lashing-gear",
            "name_ko": "고박 장비 점검",
            "name_en": "Lashing gear inspection",
            "category": "logistics_equipment",
            "aliases": "라싱기어점검, lashing check",
        },
    )
    assert response.status_code == 302
    [found] = await skills.canonical(["라싱 기어 점검"])
    assert found.skill_id == "test-lashing-gear"
    page = await client.get("/staff/skills?q=lashing")
    assert "고박 장비 점검" in page.text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"skill_id": "Bad Id!", "name_ko": "가", "name_en": "A", "category": "welding"}, "소문자"),
        ({"skill_id": "test-x", "name_ko": "", "name_en": "A", "category": "welding"}, "한글 이름"),
        ({"skill_id": "test-x", "name_ko": "가", "name_en": "A", "category": "astrology"}, "분류를"),
        ({"skill_id": "python", "name_ko": "가", "name_en": "A", "category": "software"}, "이미 있습니다"),
    ],
)
async def test_bad_skill_input_is_explained_and_changes_nothing(
    client: httpx.AsyncClient, data: dict[str, str], message: str
) -> None:
    token = await _staff(client)
    version = await skills.current_version()
    response = await client.post("/staff/skills", data={**data, "_csrf": token})
    assert response.status_code == 400
    assert message in response.text
    assert await skills.current_version() == version


async def _written_by_the_worker(client: httpx.AsyncClient, app: Litestar, page: httpx.Response) -> str:
    """Run the worker's import job as the worker would, then poll the progress bar the page shows."""
    from workers.main import import_skills

    [url] = re.findall(r'hx-get="(/staff/skills/import/\d+)"', page.text)
    await import_skills({"redis": app.state.resources.arq})
    done = await client.get(url)
    assert done.status_code == 200 and "hx-get" not in done.text  # it stops polling once the import is in
    return done.text


async def test_staff_import_an_esco_csv(client: httpx.AsyncClient, app: Litestar) -> None:
    """Issue 16: the upload is stored and shown as a progress bar; the worker writes it."""
    token = await _staff(client)
    version = await skills.current_version()
    response = await client.post(
        "/staff/skills/import", data={"_csrf": token}, files={"file": ("esco.csv", ESCO.encode(), "text/csv")}
    )
    assert response.status_code == 200 and '<progress max="1" value="0"' in response.text
    assert await skills.current_version() == version  # nothing written yet
    assert "기술 1개를 가져왔습니다" in await _written_by_the_worker(client, app, response)
    assert await skills.current_version() == version + 1  # once, at the end
    [found] = await skills.canonical(["reach stacker operation"])
    assert found.skill_id == "esco-test-0001"


async def test_staff_import_esco_s_bundle_as_downloaded(client: httpx.AsyncClient, app: Litestar) -> None:
    """Issue 16: ESCO's skills CSV (9.5 MB) is above the upload limit, its zip bundle (3.8 MB) is not."""
    bundle = io.BytesIO()
    with zipfile.ZipFile(bundle, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("occupations_en.csv", "conceptUri,preferredLabel\n")
        archive.writestr("skills_en.csv", ESCO)
    token = await _staff(client)
    response = await client.post(
        "/staff/skills/import",
        data={"_csrf": token},
        files={"file": ("esco.zip", bundle.getvalue(), "application/zip")},
    )
    assert response.status_code == 200
    await _written_by_the_worker(client, app, response)
    [found] = await skills.canonical(["stacker driving"])
    assert found.skill_id == "esco-test-0001"


@pytest.mark.slow
@pytest.mark.skipif(not ESCO_BUNDLE.exists(), reason="ESCO data not present")
async def test_the_whole_of_esco_imports_in_one_go(client: httpx.AsyncClient) -> None:
    from jobsfez.skills.tables import SkillRow, TaxonomyState

    try:
        started = await skills.start_esco_import(ESCO_BUNDLE.read_bytes())
        assert started.total == 13_896
        steps = 0
        while not (progress := await skills.import_step(budget_seconds=10)) or not progress.finished:
            steps += 1
            assert progress is not None and 0 < progress.done < progress.total and steps < 100
        vocab = await skills.vocabulary()
        assert len(vocab) > 13_896
        [found] = await skills.canonical(["operate reach stackers"])
        assert found.skill_id is not None and found.skill_id.startswith("esco-")
    finally:  # the taxonomy is kept between tests: the others expect the shipped one
        await SkillRow.delete().where(SkillRow.source == "esco")
        await TaxonomyState.update({TaxonomyState.version: TaxonomyState.version + 1}).where(TaxonomyState.id == 1)


async def test_an_esco_file_with_missing_columns_is_refused(client: httpx.AsyncClient) -> None:
    token = await _staff(client)
    version = await skills.current_version()
    response = await client.post(
        "/staff/skills/import", data={"_csrf": token}, files={"file": ("bad.csv", b"name,label\nx,y\n", "text/csv")}
    )
    assert response.status_code == 400
    assert "파일을 읽을 수 없습니다" in response.text
    assert await skills.current_version() == version


async def test_a_seeker_cannot_edit_the_taxonomy(client: httpx.AsyncClient) -> None:
    await make_seeker()
    await login(client, "seeker@example.kr")
    assert (await client.get("/staff/skills")).status_code == 403


async def test_typeahead_suggests_skills_in_both_languages(client: httpx.AsyncClient) -> None:
    response = await client.get("/skills/suggest?skill_text=용접")
    assert response.status_code == 200
    assert "<option" in response.text and "Welding" in response.text


async def test_a_skill_line_shows_what_it_was_understood_as(client: httpx.AsyncClient) -> None:
    """Issue 16: the profile and posting forms show each line's reading while typing, with a "did you mean"."""
    phrase = await client.get("/skills/understood", params={"skill_text": "용접 3년 경력", "skill_years": ""})
    assert phrase.status_code == 200
    assert "→ 용접 · 3년" in phrase.text
    several = await client.get("/skills/understood", params={"must_skill": "Python, SQL"})
    assert "→ 파이썬" in several.text and "이 줄에는 SQL도" in several.text
    # a slip that is no word is offered the skill it is close to; a word of its own (볼링, bowling) nothing
    slip = await client.get("/skills/understood", params={"nice_skill": "해썸 인증"})
    assert "쓰신 그대로" in slip.text and "해썹을(를) 말씀하신" in slip.text
    hobby = await client.get("/skills/understood", params={"nice_skill": "볼링"})
    assert "쓰신 그대로" in hobby.text and "말씀하신" not in hobby.text
    # a skill named but not the writer's is said to be set aside, with how to claim it, not "not a skill we know"
    brother = await client.get("/skills/understood", params={"skill_text": "형이 지게차 운전함"})
    assert "반영하지 않음: 지게차 운전." in brother.text and "“지게차 운전 2년”" in brother.text
    assert "알고 있는 기술이 아닙니다" not in brother.text and "말씀하신" not in brother.text
    assert 'data-use="지게차 운전" data-line="형이 지게차 운전함"' in brother.text  # the button that writes it in
    denied = await client.get("/skills/understood", params={"skill_text": "엑셀 가능, CAD는 못함"})
    assert "→ 엑셀" in denied.text and "반영하지 않음: 오토캐드." in denied.text
    # beside a skill understood, the words said around it are offered nothing ("반자동 용접" is no robotic welding)
    understood = await client.get("/skills/understood", params={"skill_text": "CO2 반자동 용접"})
    assert "→ CO2 용접" in understood.text and "말씀하신" not in understood.text
    assert (await client.get("/skills/understood", params={"skill_text": " "})).text.strip() == ""
    client.cookies.set("lang", "en")
    wanted = await client.get("/skills/understood", params={"skill_text": "GD&T 배우고 싶어요"})
    assert "Named but not counted: GD&amp;T." in wanted.text and "“GD&amp;T, 2 years”" in wanted.text  # escaped once
