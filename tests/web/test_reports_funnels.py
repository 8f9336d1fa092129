"""The funnel reports' pages and files: a drive's report for its host (chart, table, "< 5"), its CSV and XLSX read back
with the csv module and openpyxl, the centre's report over time, the company's report on its own interviews, and
who may not read them."""

from __future__ import annotations

import csv
import io

import httpx
import openpyxl
import pytest

from jobsfez.accounts.tables import User
from jobsfez.centres import tokens
from tests.drive_factories import actor_of
from tests.helpers import login, make_centre, make_seeker
from tests.report_factories import make_counted_drive

pytestmark = pytest.mark.usefixtures("db")


async def test_a_host_reads_the_drive_s_report_and_downloads_it(client: httpx.AsyncClient) -> None:
    drive = await make_counted_drive()
    await login(client, drive.manager_email)
    dashboard = await client.get(f"/centre/drives/{drive.drive_id}")
    assert f'href="/centre/drives/{drive.drive_id}/report"' in dashboard.text
    page = await client.get(f"/centre/drives/{drive.drive_id}/report")
    assert page.status_code == 200
    text = page.text
    assert '<svg class="bars"' in text and "chart-data" in text  # the chart, and its table
    assert '<th scope="row">신청함</th><td class="num">12</td>' in text.replace("\n", "")
    assert "&lt; 5" in text  # the cohort of three, 15–19
    assert "15–19" in text and "reports.js" in text and f"/centre/drives/{drive.drive_id}/report.xlsx" in text

    day = await client.get(f"/centre/drives/{drive.drive_id}/report.csv")
    assert day.headers["content-type"].startswith("text/csv")
    disposition = day.headers["content-disposition"]
    assert disposition.startswith(f'attachment; filename="drive-{drive.drive_id}-report-20') and ".csv" in disposition
    assert day.content.startswith("\ufeff".encode())
    lines = list(csv.reader(io.StringIO(day.content.decode("utf-8-sig"))))
    assert lines[:3] == [
        ["표", "행", "열", "값"],
        ["단계별", "신청함", "인원", "12"],
        ["단계별", "신청함", "앞 단계 대비 %", ""],
    ]
    assert ["연령대", "15–19", "신청함", "< 5"] in lines
    assert ["연령대", "20–24", "신청함", "5"] in lines

    workbook = await client.get(f"/centre/drives/{drive.drive_id}/report.xlsx")
    assert workbook.headers["content-disposition"].endswith('.xlsx"')
    book = openpyxl.load_workbook(io.BytesIO(workbook.content))
    funnel = [[cell.value for cell in row] for row in book.worksheets[0].iter_rows()]
    assert [row[:2] for row in funnel[1:]] == [
        ["신청함", 12],
        ["체크인", 9],
        ["면접 완료", 8],
        ["다음 전형", 7],
        ["합격 제안", 6],
        ["채용 확정", 5],
    ]
    ages = {row[0].value: [cell.value for cell in row[1:]] for row in book["연령대"].iter_rows(min_row=2)}
    assert ages["15–19"][0] == "< 5" and ages["20–24"][:6] == [5, 5, 5, 5, 5, 5]


async def test_the_centre_s_report_and_the_company_s(client: httpx.AsyncClient) -> None:
    drive = await make_counted_drive()
    await login(client, drive.manager_email)
    page = await client.get("/centre/reports")
    assert page.status_code == 200 and '<svg class="columns' in page.text
    book = openpyxl.load_workbook(io.BytesIO((await client.get("/centre/reports.xlsx")).content))
    months = [[cell.value for cell in row] for row in book["월별"].iter_rows(min_row=2)]
    assert len(months) == 1 and months[0][1:] == [12, 5]

    client.cookies.clear()
    company = client
    await login(company, drive.company_emails["precision"])
    assert 'href="/employer/reports/drives"' in (await company.get("/employer")).text
    report = await company.get("/employer/reports/drives/")
    assert report.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO((await company.get("/employer/reports/drives/report.xlsx")).content))
    assert [[c.value for c in row][:2] for row in sheet.worksheets[0].iter_rows(min_row=2)][:3] == [
        ["면접 대상자", 6],
        ["체크인", 5],
        ["면접 완료", 5],
    ]


@pytest.mark.parametrize(("who", "status"), [("other@centre.kr", 404), ("seeker@example.kr", 403)])
async def test_others_cannot_read_a_drive_s_report(client: httpx.AsyncClient, who: str, status: int) -> None:
    drive = await make_counted_drive()
    await make_centre("other@centre.kr", name_ko="다른센터", name_en="Other")
    await make_seeker()
    await login(client, who)
    for suffix in ("", ".csv", ".xlsx"):
        assert (await client.get(f"/centre/drives/{drive.drive_id}/report{suffix}")).status_code == status
    assert (await client.get("/employer/reports/drives/")).status_code == 403


async def test_the_api_gives_the_funnel_and_cohorts_with_small_counts_hidden(client: httpx.AsyncClient) -> None:
    drive = await make_counted_drive()
    actor = await actor_of((await User.objects().where(User.email == drive.manager_email).first()).id)
    secret = (await tokens.create(actor, name="보고")).secret
    headers = {"authorization": f"Bearer {secret}"}
    funnel = (await client.get(f"/api/v1/centre/drives/{drive.drive_id}/funnel", headers=headers)).json()
    assert [(s["stage"], s["people"]["value"]) for s in funnel["stages"]] == [
        ("registered", 12),
        ("checked_in", 9),
        ("interviewed", 8),
        ("next_round", 7),
        ("offered", 6),
        ("hired", 5),
    ]
    assert funnel["stages"][0]["of_previous"] == {"value": None, "hidden": False}  # does not apply
    assert funnel["stages"][1]["of_previous"] == {"value": 0.75, "hidden": False}
    assert funnel["zone_hires"] == {"value": None, "hidden": True}
    assert funnel["median_days_to_hire"] == {"value": 7.0, "hidden": False}
    cohorts = (await client.get(f"/api/v1/centre/drives/{drive.drive_id}/cohorts", headers=headers)).json()
    [ages] = [c for c in cohorts["cohorts"] if c["dimension"] == "age_band"]
    [teens] = [row for row in ages["rows"] if row["key"] == "15-19"]
    assert teens["registered"] == {"value": None, "hidden": True}  # a cohort of three
    assert (await client.get(f"/api/v1/centre/drives/{drive.drive_id}/funnel")).status_code == 401
