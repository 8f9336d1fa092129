"""The zone's reports as their readers get them: the platform report and the skill-gap report, their files read back
with a second reader, small counts hidden, bad input refused, and the skill gap in the centres' API."""

import csv
import io
from datetime import UTC, datetime

import httpx
import openpyxl

from jobsfez.centres import tokens
from jobsfez.centres.tables import Centre
from jobsfez.reports import aggregates
from tests.drive_factories import actor_of
from tests.helpers import login, make_centre, make_staff
from tests.zone_report_factories import hand_counted_platform

NOW = datetime(2026, 12, 4, 3, 0, tzinfo=UTC)


async def test_staff_read_the_platform_report_and_its_files_with_small_counts_hidden(
    client: httpx.AsyncClient,
) -> None:
    await hand_counted_platform()
    await aggregates.refresh(now=NOW)
    await make_staff()
    await login(client, "staff@jobsfez.kr")
    page = await client.get("/reports/platform?year=2026")
    assert page.status_code == 200 and "<svg" in page.text and "reports.css" in page.text
    assert "12,440" in page.text and "10,320" in page.text  # December's median posted pay, and the minimum wage

    sheet = list(
        csv.reader(io.StringIO((await client.get("/reports/platform.csv?year=2026")).content.decode("utf-8-sig")))
    )
    assert sheet[0] == ["구분", "이름", "지원 현황", "면접", "채용", "청년 비율(%)"]
    rows = {(row[0], row[1]): row[2:] for row in sheet[1:] if len(row) == 6}
    assert rows["연도", "2026"] == ["8", "< 5", "< 5", ""]  # 5 young of 8: the 3 others would follow from the share
    assert rows["월", "2026-11"] == ["7", "< 5", "< 5", ""]
    assert rows["월", "2026-10"] == ["< 5", "< 5", "< 5", ""]
    # 7 and 1 of 8 by sector: the 1 is hidden, and the 7 with it, or 8 - 7 would give it back
    assert rows["업종", "자동차 부품"][0] == "< 5" and rows["업종", "기계"][0] == "< 5"

    book = openpyxl.load_workbook(io.BytesIO((await client.get("/reports/platform.xlsx?year=2026")).content))
    assert book.sheetnames == ["활동", "제시 임금"]
    activity = [[cell.value for cell in row] for row in book["활동"].iter_rows()]
    assert activity[1] == ["연도", "2026", 8, "< 5", "< 5", None]
    pay = {(row[0].value, row[1].value): row[2:] for row in book["제시 임금"].iter_rows(min_row=2)}
    assert [cell.value for cell in pay["월", "2026-12"]] == ["< 5", 12440, 10320]


async def test_bad_input_is_refused_with_a_message(client: httpx.AsyncClient) -> None:
    await make_staff()
    await login(client, "staff@jobsfez.kr")
    for path in (
        "/reports/platform?year=abc",
        "/reports/platform?year=1999",
        "/reports/skills?month=2026-13",
        "/reports/skills?sector=nowhere",
        "/reports/skills.csv?month=x",
    ):
        response = await client.get(path)
        assert response.status_code == 400, path
        assert "선택하세요" in response.text, path


async def test_a_centre_reads_the_skill_gap_on_the_page_in_its_files_and_by_its_api_token(
    client: httpx.AsyncClient,
) -> None:
    await hand_counted_platform()
    await aggregates.refresh(now=NOW)
    manager, centre_id = await make_centre()
    await Centre.update({Centre.kind: "university"}).where(Centre.id == centre_id)
    await login(client, "manager@centre.kr")
    page = await client.get("/reports/skills?month=2026-12")
    assert page.status_code == 200 and "CNC 선반" in page.text and "90" in page.text  # the active seekers' days
    assert "이전 달이 없어" in page.text  # nothing to compare with yet

    sheet = list(
        csv.reader(io.StringIO((await client.get("/reports/skills.csv?month=2026-12")).content.decode("utf-8-sig")))
    )
    rows = {row[0]: row[1:] for row in sheet[1:] if row}
    assert rows["CNC 선반"][:3] == ["< 5", "5", "< 5"]  # 2 postings, 5 openings, 3 seekers
    assert rows["CNC 선반"][3] == ""  # the gap would give the 3 seekers back
    book = openpyxl.load_workbook(io.BytesIO((await client.get("/reports/skills.xlsx?sector=machinery")).content))
    assert [cell.value for cell in book.worksheets[0][1]][:2] == ["기술", "이를 요구하는 진행 중 공고"]

    secret = (await tokens.create(await actor_of(manager.id), name="연동")).secret
    answer = await client.get("/api/v1/centre/skill-gap?month=2026-12", headers={"authorization": f"Bearer {secret}"})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    cnc = next(item for item in body["demanded"] if item["name_ko"] == "CNC 선반")
    assert (cnc["postings"], cnc["openings"], cnc["seekers"], cnc["gap"]) == (None, 5, None, None)
    assert body["month"] == "2026-12" and body["sector"] is None and body["active_days"] == 90
    assert (await client.get("/api/v1/centre/skill-gap")).status_code == 401
