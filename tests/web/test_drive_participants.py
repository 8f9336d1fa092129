"""A drive's participants in pages: a seeker registers from the drive's page and withdraws, a centre previews and
commits a roster, a roster person claims their registration, the lists and the CSV export, the consent ledger in
the seeker's data export and in erasure, and what a co-host and an unapproved centre see."""

from __future__ import annotations

import json
import re

import httpx
import pytest

from jobsfez.accounts.tables import User
from jobsfez.drives import participants
from jobsfez.drives.tables import Consent, DriveParticipant
from jobsfez.notifications.tables import Notification
from tests.drive_factories import actor_of, make_drive
from tests.helpers import PASSWORD, csrf_of, form_post, login, make_centre, make_seeker

HEADER = "이름,이메일,휴대폰,출생연도,기술,희망 업종,동의"
GOOD_ROWS = [
    '김하늘,haneul@example.kr,010-1234-5678,2001,"Python, 용접",자동차 부품,Y',
    "이바다,bada@example.kr,01098765432,1999,CNC 선반,기계,동의",
]
BAD_ROWS = [
    "박별,not-an-email,010-1111-2222,2000,,,Y",  # row 4: bad email
    "최솔,sol@example.kr,010-2222-3333,1950,,,Y",  # row 5: outside the ages
    "정빛,bit@example.kr,010-3333-4444,2002,,,",  # row 6: no consent
]


def roster(*rows: str, encoding: str = "cp949") -> bytes:
    return "\r\n".join([HEADER, *rows]).encode(encoding)


async def open_drive(**changes: object) -> tuple[int, int]:
    """An approved centre's drive open for registration; returns the drive and the manager's user id."""
    manager, _ = await make_centre()
    return await make_drive(manager.id, publish=True, **changes), manager.id


async def upload(client: httpx.AsyncClient, drive_id: int, data: bytes, name: str = "명단.csv") -> httpx.Response:
    page = await client.get(f"/centre/drives/{drive_id}/roster")
    assert page.status_code == 200, page.text[:300]
    return await client.post(
        f"/centre/drives/{drive_id}/roster",
        data={"_csrf": csrf_of(page.text)},
        files={"roster": (name, data, "application/vnd.ms-excel")},
    )


def upload_key(html: str) -> str:
    match = re.search(r'name="upload" value="([0-9a-f]{64})"', html)
    assert match, "the preview offers no commit"
    return match.group(1)


async def commit(client: httpx.AsyncClient, drive_id: int, preview: httpx.Response) -> httpx.Response:
    return await client.post(
        f"/centre/drives/{drive_id}/roster/commit",
        data={"_csrf": csrf_of(preview.text), "upload": upload_key(preview.text)},
    )


async def test_a_seeker_registers_from_the_drive_page_with_consent_and_withdraws(client: httpx.AsyncClient) -> None:
    drive_id, _ = await open_drive()
    seeker = await make_seeker()
    await login(client, "seeker@example.kr")
    page = await client.get(f"/drives/{drive_id}")
    assert f'hx-get="/drives/{drive_id}/registration"' in page.text
    fragment = await client.get(f"/drives/{drive_id}/registration", headers={"hx-request": "true"})
    assert fragment.status_code == 200 and "<html" not in fragment.text
    assert "프로필과 이력서" in fragment.text and 'name="consent"' in fragment.text

    token = csrf_of(page.text)
    refused = await client.post(
        f"/drives/{drive_id}/register", data={"_csrf": token, "birth_year": "2001"}, headers={"hx-request": "true"}
    )
    assert refused.status_code == 400 and 'id="e-consent"' in refused.text and "<html" not in refused.text
    too_old = await client.post(
        f"/drives/{drive_id}/register",
        data={"_csrf": token, "birth_year": "1960", "consent": "yes"},
        headers={"hx-request": "true"},
    )
    assert too_old.status_code == 400 and "15세부터 39세까지" in too_old.text
    assert await DriveParticipant.count() == 0 and await Consent.count() == 0

    done = await client.post(
        f"/drives/{drive_id}/register",
        data={"_csrf": token, "birth_year": "2001", "consent": "yes"},
        headers={"hx-request": "true"},
    )
    assert done.status_code == 200 and "신청했습니다" in done.text
    [row] = await DriveParticipant.select().where(DriveParticipant.user_id == seeker.id)
    assert (row["source"], row["status"], row["birth_year"], row["email"]) == ("self", "registered", 2001, seeker.email)
    [consent] = await Consent.select()
    assert consent["given_via"] == "self" and consent["withdrawn_at"] is None and "이력서" in consent["wording"]
    twice = await client.post(
        f"/drives/{drive_id}/register",
        data={"_csrf": token, "birth_year": "2001", "consent": "yes"},
        headers={"hx-request": "true"},
    )
    assert twice.status_code == 409 and await DriveParticipant.count() == 1

    mine = await client.get("/me/drives")
    assert mine.status_code == 200 and "명지 AI·제조 현장면접의 날" in mine.text
    withdrawn = await client.post(f"/drives/{drive_id}/withdraw", data={"_csrf": token})
    assert withdrawn.status_code == 302 and withdrawn.headers["location"] == "/me/drives"
    [row] = await DriveParticipant.select(DriveParticipant.status)
    [consent] = await Consent.select(Consent.withdrawn_at)
    assert row["status"] == "withdrawn" and consent["withdrawn_at"] is not None
    again = await client.post(
        f"/drives/{drive_id}/register",
        data={"_csrf": token, "birth_year": "2001", "consent": "yes"},
        headers={"hx-request": "true"},
    )
    assert again.status_code == 200
    assert await DriveParticipant.count() == 1 and await Consent.count() == 2  # the ledger keeps the first one


async def test_the_consent_ledger_is_only_ever_stamped_withdrawn(client: httpx.AsyncClient) -> None:
    drive_id, _ = await open_drive()
    seeker = await make_seeker()
    await participants.register(
        seeker.id, drive_id, birth_year="2001", consent=True, now=participants.drives.now(), language="ko"
    )
    with pytest.raises(Exception, match="append-only"):
        await Consent.update({Consent.wording: "다른 내용"}, force=True)
    await participants.withdraw(seeker.id, drive_id)
    with pytest.raises(Exception, match="append-only"):
        await Consent.update({Consent.withdrawn_at: None}, force=True)


@pytest.mark.parametrize(
    ("who", "expected"),
    [(None, "로그인"), ("owner@centre.kr", "구직자 계정이 아닙니다")],
)
async def test_only_a_seeker_is_offered_the_form(client: httpx.AsyncClient, who: str | None, expected: str) -> None:
    drive_id, _ = await open_drive()
    if who:
        await make_centre(who, name_ko="다른센터")
        await login(client, who)
    page = await client.get(f"/drives/{drive_id}/register")
    assert page.status_code == 200 and expected in page.text and 'name="consent"' not in page.text


async def test_a_draft_drive_takes_no_registration(client: httpx.AsyncClient) -> None:
    manager, _ = await make_centre()
    drive_id = await make_drive(manager.id)
    await make_seeker()
    await login(client, "seeker@example.kr")
    assert (await client.get(f"/drives/{drive_id}/register")).status_code == 404
    token = csrf_of((await client.get("/me/drives")).text)
    response = await client.post(
        f"/drives/{drive_id}/register", data={"_csrf": token, "birth_year": "2001", "consent": "yes"}
    )
    assert response.status_code == 404 and await DriveParticipant.count() == 0


async def test_a_full_drive_refuses_the_next_seeker(client: httpx.AsyncClient) -> None:
    drive_id, _ = await open_drive(capacity="1")
    first = await make_seeker("first@example.kr")
    await participants.register(
        first.id, drive_id, birth_year="2001", consent=True, now=participants.drives.now(), language="ko"
    )
    await make_seeker()
    await login(client, "seeker@example.kr")
    page = await client.get(f"/drives/{drive_id}/register")
    assert "정원이 모두 찼습니다" in page.text
    response = await client.post(
        f"/drives/{drive_id}/register", data={"_csrf": csrf_of(page.text), "birth_year": "2001", "consent": "yes"}
    )
    assert response.status_code == 400 and await DriveParticipant.count() == 1


async def test_a_centre_previews_a_roster_then_commits_only_its_valid_rows(client: httpx.AsyncClient) -> None:
    drive_id, _ = await open_drive()
    await login(client, "manager@centre.kr")
    preview = await upload(client, drive_id, roster(*GOOD_ROWS, *BAD_ROWS))
    assert preview.status_code == 200
    for row, reason in ((4, "이메일 주소 형식이 아닙니다"), (5, "15~39세 대상"), (6, "동의가 없습니다")):
        assert re.search(rf"<td>{row}</td>.*?{reason}", preview.text, re.S), (row, reason)
    assert await DriveParticipant.count() == 0 and await Notification.count() == 0  # a preview stores nothing

    committed = await commit(client, drive_id, preview)
    assert committed.status_code == 200 and "haneul@example.kr" in committed.text
    rows = await DriveParticipant.select().order_by(DriveParticipant.id)
    assert [row["email"] for row in rows] == ["haneul@example.kr", "bada@example.kr"]
    assert rows[0]["skills"] == ["Python", "용접"] and rows[0]["sectors"] == ["automotive_parts"]
    assert rows[0]["phone"] == "010-1234-5678" and all(row["claim_token_hash"] for row in rows)
    assert await Consent.count() == 2
    invitations = await Notification.select().where(Notification.kind == "drive_claim")
    assert sorted(row["recipient"] for row in invitations) == ["bada@example.kr", "haneul@example.kr"]

    again = await upload(client, drive_id, roster(*GOOD_ROWS, *BAD_ROWS))
    assert "이미 이 채용박람회에 등록된" in again.text and 'name="upload"' not in again.text  # every row known or bad
    assert await DriveParticipant.count() == 2


async def test_the_same_preview_committed_twice_adds_nobody_twice(client: httpx.AsyncClient) -> None:
    drive_id, _ = await open_drive()
    await login(client, "manager@centre.kr")
    preview = await upload(client, drive_id, roster(*GOOD_ROWS, encoding="utf-8-sig"))
    assert (await commit(client, drive_id, preview)).status_code == 200
    second = await commit(client, drive_id, preview)
    assert second.status_code == 400 and await DriveParticipant.count() == 2


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "빈 파일입니다"),
        ("이름,이메일,동의\r\n".encode(), "참가자 행이 없습니다"),
        ("이름,이메일,동의\r\n김,a@b.kr,Y".encode("utf-16"), "글자를 읽을 수 없습니다"),
        (b"x,y\r\n1,2", "첫 행"),
        (b"a" * (5 * 1024 * 1024 + 1), "5MB"),
    ],
    ids=["empty", "header-only", "utf-16", "no-header", "too-large"],
)
async def test_a_file_that_is_no_roster_is_refused_whole(client: httpx.AsyncClient, data: bytes, message: str) -> None:
    drive_id, _ = await open_drive()
    await login(client, "manager@centre.kr")
    response = await upload(client, drive_id, data)
    assert response.status_code == 400 and message in response.text, response.text[:2000]
    assert 'name="upload"' not in response.text and await DriveParticipant.count() == 0


async def test_a_file_past_the_request_limit_is_refused_before_it_is_read(client: httpx.AsyncClient) -> None:
    drive_id, _ = await open_drive()
    await login(client, "manager@centre.kr")
    response = await upload(client, drive_id, b"a" * (7 * 1024 * 1024))
    assert response.status_code == 413 and await DriveParticipant.count() == 0
    assert "파일이 너무 큽니다: 5MB 이하의 파일을 골라 다시 보내 주세요." in response.text  # the limit, not a bare 413


async def test_no_file_and_a_forged_upload_key_change_nothing(client: httpx.AsyncClient) -> None:
    drive_id, _ = await open_drive()
    await login(client, "manager@centre.kr")
    page = await client.get(f"/centre/drives/{drive_id}/roster")
    token = csrf_of(page.text)
    nothing = await client.post(f"/centre/drives/{drive_id}/roster", data={"_csrf": token})
    assert nothing.status_code == 400 and "CSV" in nothing.text
    forged = await client.post(f"/centre/drives/{drive_id}/roster/commit", data={"_csrf": token, "upload": "0" * 64})
    assert forged.status_code == 400 and "다시 올려" in forged.text
    assert await DriveParticipant.count() == 0


async def test_roster_forms_need_the_csrf_token(client: httpx.AsyncClient) -> None:
    drive_id, _ = await open_drive()
    await login(client, "manager@centre.kr")
    response = await client.post(
        f"/centre/drives/{drive_id}/roster", files={"roster": ("a.csv", roster(*GOOD_ROWS), "text/csv")}
    )
    assert response.status_code == 403 and await DriveParticipant.count() == 0


async def test_registering_and_withdrawing_need_the_csrf_token(client: httpx.AsyncClient) -> None:
    drive_id, _ = await open_drive()
    seeker = await make_seeker()
    await login(client, "seeker@example.kr")
    data = {"birth_year": "2001", "consent": "yes"}
    assert (await client.post(f"/drives/{drive_id}/register", data=data)).status_code == 403
    assert await DriveParticipant.count() == 0
    await participants.register(
        seeker.id, drive_id, birth_year="2001", consent=True, now=participants.drives.now(), language="ko"
    )
    assert (await client.post(f"/drives/{drive_id}/withdraw", data={})).status_code == 403
    [row] = await DriveParticipant.select(DriveParticipant.status)
    assert row["status"] == "registered"


async def test_a_roster_person_claims_the_registration_by_signing_up(client: httpx.AsyncClient) -> None:
    drive_id, _ = await open_drive()
    await login(client, "manager@centre.kr")
    await commit(client, drive_id, await upload(client, drive_id, roster(GOOD_ROWS[0])))
    [invitation] = await Notification.select().where(Notification.kind == "drive_claim")
    url = json.loads(invitation["payload"])["url"] if isinstance(invitation["payload"], str) else ""
    path = url.removeprefix("http://testserver")
    assert path.startswith("/drives/claim/")
    await client.post("/logout", data={"_csrf": csrf_of((await client.get("/account")).text)})

    page = await client.get(path)
    assert page.status_code == 200 and "haneul@example.kr" in page.text
    short = await client.post(path, data={"_csrf": csrf_of(page.text), "display_name": "김하늘", "password": "x"})
    assert short.status_code == 400
    joined = await client.post(path, data={"_csrf": csrf_of(page.text), "display_name": "김하늘", "password": PASSWORD})
    assert joined.status_code == 302 and joined.headers["location"] == "/me/drives"
    mine = await client.get("/me/drives")
    assert "명지 AI·제조 현장면접의 날" in mine.text
    [row] = await DriveParticipant.select()
    assert row["user_id"] is not None and row["claim_token_hash"] is None
    assert (await client.get(path)).status_code == 404  # a used link opens nothing


async def test_a_seeker_with_an_account_is_added_to_it_at_once(client: httpx.AsyncClient) -> None:
    drive_id, _ = await open_drive()
    seeker = await make_seeker("haneul@example.kr", name="김하늘")
    await login(client, "manager@centre.kr")
    await commit(client, drive_id, await upload(client, drive_id, roster(GOOD_ROWS[0])))
    [row] = await DriveParticipant.select()
    assert row["user_id"] == seeker.id and row["claim_token_hash"] is None
    assert await Notification.count().where(Notification.kind == "drive_claim") == 0
    told = await Notification.select(Notification.channel).where(Notification.kind == "drive_registered")
    assert sorted(message["channel"] for message in told) == ["email", "inbox"]


async def test_the_participant_list_and_its_csv_export(client: httpx.AsyncClient) -> None:
    drive_id, _ = await open_drive()
    await login(client, "manager@centre.kr")
    await commit(client, drive_id, await upload(client, drive_id, roster(*GOOD_ROWS, '"=HYPERLINK(1)",x@y.kr,,,,,Y')))
    listed = await client.get(f"/centre/drives/{drive_id}/participants")
    assert listed.status_code == 200 and "bada@example.kr" in listed.text and "3" in listed.text
    summary = await client.get(f"/centre/drives/{drive_id}/participants/summary")
    assert summary.status_code == 200 and "<html" not in summary.text
    exported = await client.get(f"/centre/drives/{drive_id}/participants/export.csv")
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("text/csv")
    assert exported.content.startswith(b"\xef\xbb\xbf")
    text = exported.content.decode("utf-8-sig")
    assert "김하늘" in text and "자동차" in text and "'=HYPERLINK(1)" in text


async def assert_only_anonymous(rows: int) -> None:
    """What erasure leaves of someone's participations: the rows, with nothing that names them."""
    left = await DriveParticipant.select(
        DriveParticipant.name, DriveParticipant.email, DriveParticipant.user_id, DriveParticipant.erased_at
    )
    assert len(left) == rows
    assert all(r["name"] == "" and r["email"].startswith("erased-") and r["user_id"] is None for r in left)
    assert all(r["erased_at"] is not None for r in left)


async def test_the_data_export_lists_consents_and_erasure_takes_them(client: httpx.AsyncClient) -> None:
    drive_id, _ = await open_drive()
    seeker = await make_seeker("haneul@example.kr")
    await participants.register(
        seeker.id, drive_id, birth_year="2001", consent=True, now=participants.drives.now(), language="ko"
    )
    manager, _ = await make_centre("second@centre.kr", name_ko="둘째센터")
    other_drive = await make_drive(manager.id, publish=True)
    await participants.register(
        seeker.id, other_drive, birth_year="2001", consent=True, now=participants.drives.now(), language="ko"
    )
    await participants.withdraw(seeker.id, other_drive)
    await login(client, "haneul@example.kr")
    exported = (await client.get("/me/export")).json()
    assert [consent["drive_id"] for consent in exported["consents"]] == [drive_id, other_drive]
    assert exported["consents"][0]["withdrawn_at"] is None and exported["consents"][1]["withdrawn_at"]
    assert {row["status"] for row in exported["drives"]} == {"registered", "withdrawn"}

    page = await client.get("/me/delete")
    deleted = await client.post("/me/delete", data={"_csrf": csrf_of(page.text), "password": PASSWORD})
    assert deleted.status_code == 302
    # the participations stay as anonymous counts for the drives' reports (drives/erasure.py); the consents go
    await assert_only_anonymous(2)
    assert await Consent.count() == 0


async def test_erasure_takes_an_unclaimed_roster_row_with_the_email(client: httpx.AsyncClient) -> None:
    drive_id, _ = await open_drive()
    await login(client, "manager@centre.kr")
    await commit(client, drive_id, await upload(client, drive_id, roster(GOOD_ROWS[0])))
    await client.post("/logout", data={"_csrf": csrf_of((await client.get("/account")).text)})
    await make_seeker("haneul@example.kr")
    await DriveParticipant.update({DriveParticipant.user_id: None}).where(DriveParticipant.id > 0)
    await login(client, "haneul@example.kr")
    page = await client.get("/me/delete")
    await client.post("/me/delete", data={"_csrf": csrf_of(page.text), "password": PASSWORD})
    await assert_only_anonymous(1)  # the same person: kept as a count like a claimed row
    assert await Consent.count() == 0


async def test_an_unapproved_centre_imports_nothing_and_sees_nobody(client: httpx.AsyncClient) -> None:
    manager, _ = await make_centre("pending@centre.kr", approved=False)
    drive_id = await make_drive(manager.id)
    await login(client, "pending@centre.kr")
    assert (await client.get(f"/centre/drives/{drive_id}/roster")).status_code == 403
    assert (await client.get(f"/centre/drives/{drive_id}/participants")).status_code == 403
    assert (await client.get(f"/centre/drives/{drive_id}/participants/export.csv")).status_code == 403
    token = csrf_of((await client.get(f"/centre/drives/{drive_id}")).text)
    response = await client.post(
        f"/centre/drives/{drive_id}/roster",
        data={"_csrf": token},
        files={"roster": ("a.csv", roster(*GOOD_ROWS), "text/csv")},
    )
    assert response.status_code == 403 and await DriveParticipant.count() == 0
    summary = await client.get(f"/centre/drives/{drive_id}/participants/summary")
    assert summary.status_code == 200 and "승인" in summary.text


async def test_a_co_host_sees_its_own_participants_and_the_totals_of_others(client: httpx.AsyncClient) -> None:
    drive_id, lead_id = await open_drive()
    _, co_host = await make_centre("co@centre.kr", name_ko="진해고용센터")
    await participants.drives.add_host(await actor_of(lead_id), drive_id, centre_id=co_host)
    await login(client, "manager@centre.kr")
    await commit(client, drive_id, await upload(client, drive_id, roster(GOOD_ROWS[0])))
    await client.post("/logout", data={"_csrf": csrf_of((await client.get("/account")).text)})

    await login(client, "co@centre.kr")
    await commit(client, drive_id, await upload(client, drive_id, roster(GOOD_ROWS[1])))
    listed = await client.get(f"/centre/drives/{drive_id}/participants")
    assert "bada@example.kr" in listed.text and "haneul@example.kr" not in listed.text
    exported = (await client.get(f"/centre/drives/{drive_id}/participants/export.csv")).content.decode("utf-8-sig")
    assert "bada@example.kr" in exported and "haneul@example.kr" not in exported
    co_manager = await User.select(User.id).where(User.email == "co@centre.kr").first()
    assert co_manager is not None
    totals = await participants.totals(await actor_of(co_manager["id"]), drive_id)
    assert (totals.registered, totals.ours, totals.others) == (2, 1, 1)


async def test_every_page_answers_without_an_error(client: httpx.AsyncClient) -> None:
    drive_id, _ = await open_drive()
    await login(client, "manager@centre.kr")
    for path in (
        f"/centre/drives/{drive_id}",
        f"/centre/drives/{drive_id}/participants",
        f"/centre/drives/{drive_id}/roster",
        f"/drives/{drive_id}",
        f"/drives/{drive_id}/register",
    ):
        response = await client.get(path)
        assert response.status_code == 200, path
    assert (await client.get("/drives/claim/nonsense")).status_code == 404
    await form_post(client, "/account", "/logout", {})
