"""A centre's API tokens (made by a manager, shown once, stored hashed, revoked) and the centre's JSON API they open:
read-only, scoped to the token's centre, limited per token across processes."""

import hashlib
from collections.abc import Callable

import httpx
import pytest

from jobsfez.centres import tokens
from jobsfez.centres.tables import CentreApiToken
from jobsfez.db import fetch, new_row
from jobsfez.drives import service as drives
from jobsfez.drives.tables import DriveParticipant
from jobsfez.errors import Forbidden, NotFound, ValidationFailed
from tests.conftest import LiveServer
from tests.drive_factories import actor_of, make_drive
from tests.employer_factories import join_drive
from tests.helpers import add_centre_member, csrf_of, login, make_centre, make_employer


async def _token(user_id: int, name: str = "학사 시스템") -> str:
    return (await tokens.create(await actor_of(user_id), name=name)).secret


def _bearer(secret: str) -> dict[str, str]:
    return {"authorization": f"Bearer {secret}"}


async def _participant(drive_id: int, centre_id: int, email: str, name: str = "이서준") -> int:
    [row] = await DriveParticipant.insert(
        new_row(
            DriveParticipant,
            drive_id=drive_id,
            name=name,
            email=email,
            phone="010-1234-5678",
            birth_year=2001,
            skills=["CNC 선반"],
            sectors=["automotive_parts"],
            registered_by_centre_id=centre_id,
            source="roster",
        )
    ).returning(DriveParticipant.id)
    participant_id: int = row["id"]
    return participant_id


# --- tokens ---


async def test_a_token_is_shown_once_and_stored_only_as_its_hash(client: httpx.AsyncClient) -> None:
    manager, centre_id = await make_centre()
    await login(client, "manager@centre.kr")
    page = await client.get("/centre/settings/api")
    assert page.status_code == 200
    made = await client.post("/centre/settings/api", data={"_csrf": csrf_of(page.text), "name": "  학사   시스템 "})
    assert made.status_code == 200 and made.headers["cache-control"] == "no-store"
    [row] = await CentreApiToken.select().where(CentreApiToken.centre_id == centre_id)
    secret = next(word for word in made.text.replace('"', " ").split() if word.startswith("jfz_") and len(word) > 40)
    assert row["name"] == "학사 시스템" and row["created_by"] == manager.id
    assert row["token_hash"] == hashlib.sha256(secret.encode()).hexdigest()
    assert row["prefix"] == secret[:10] and row["revoked_at"] is None
    # the table keeps no column with the secret, nor any part of it past the prefix
    [raw] = await fetch("SELECT to_jsonb(t)::text AS stored FROM centre_api_tokens t")
    assert secret[10:20] not in raw["stored"]
    again = await client.get("/centre/settings/api")
    assert secret not in again.text and row["prefix"] in again.text and "학사 시스템" in again.text
    assert (await client.get("/api/v1/centre/drives", headers=_bearer(secret))).status_code == 200


async def test_only_a_manager_of_an_approved_centre_makes_tokens(client: httpx.AsyncClient) -> None:
    manager, _ = await make_centre()
    counsellor = await add_centre_member(manager, "counsellor@centre.kr")
    with pytest.raises(Forbidden):
        await tokens.create(await actor_of(counsellor.id), name="몰래")
    with pytest.raises(Forbidden):
        await tokens.tokens(await actor_of(counsellor.id))
    waiting, _ = await make_centre("wait@centre.kr", approved=False)
    with pytest.raises(Forbidden):
        await tokens.create(await actor_of(waiting.id), name="아직")
    await login(client, "counsellor@centre.kr")
    assert (await client.get("/centre/settings/api")).status_code == 403
    token = csrf_of((await client.get("/account")).text)
    refused = await client.post("/centre/settings/api", data={"_csrf": token, "name": "몰래"})
    assert refused.status_code == 403 and "new-token" not in refused.text
    assert await CentreApiToken.count() == 0


async def test_a_token_needs_a_name_and_a_centre_has_a_few(client: httpx.AsyncClient) -> None:
    manager, _ = await make_centre()
    await login(client, "manager@centre.kr")
    token = csrf_of((await client.get("/centre/settings/api")).text)
    for name in ("", "   ", "가" * 81):
        refused = await client.post("/centre/settings/api", data={"_csrf": token, "name": name})
        assert refused.status_code == 400 and 'aria-invalid="true"' in refused.text, name
    assert await CentreApiToken.count() == 0
    for n in range(tokens.MAX_ACTIVE):
        await _token(manager.id, f"시스템 {n}")
    with pytest.raises(ValidationFailed):
        await _token(manager.id, "하나 더")
    full = await client.post("/centre/settings/api", data={"_csrf": token, "name": "하나 더"})
    assert full.status_code == 400 and "new-token" not in full.text
    [first] = [t for t in await tokens.tokens(await actor_of(manager.id)) if t.name == "시스템 0"]
    await tokens.revoke(await actor_of(manager.id), token_id=first.id)
    await _token(manager.id, "하나 더")  # a revoked token frees its place


async def test_a_revoked_token_is_refused(client: httpx.AsyncClient) -> None:
    manager, _ = await make_centre()
    secret = await _token(manager.id)
    assert (await client.get("/api/v1/centre/drives", headers=_bearer(secret))).status_code == 200
    await login(client, "manager@centre.kr")
    page = await client.get("/centre/settings/api")
    [made] = await tokens.tokens(await actor_of(manager.id))
    assert f"/centre/settings/api/{made.id}/revoke" in page.text
    revoked = await client.post(f"/centre/settings/api/{made.id}/revoke", data={"_csrf": csrf_of(page.text)})
    assert revoked.status_code == 200 and made.prefix not in revoked.text
    row = await CentreApiToken.objects().where(CentreApiToken.id == made.id).first()
    assert row is not None and row.revoked_at is not None and row.revoked_by == manager.id
    client.cookies.clear()
    refused = await client.get("/api/v1/centre/drives", headers=_bearer(secret))
    assert refused.status_code == 401 and 'error="invalid_token"' in refused.headers["www-authenticate"]
    with pytest.raises(NotFound):  # revoking twice: it is gone
        await tokens.revoke(await actor_of(manager.id), token_id=made.id)


async def test_nobody_else_revokes_a_centres_token(db: None) -> None:
    manager, _ = await make_centre()
    counsellor = await add_centre_member(manager, "counsellor@centre.kr")
    other, _ = await make_centre("b@centre-b.kr", name_ko="다른센터")
    await _token(manager.id)
    [made] = await tokens.tokens(await actor_of(manager.id))
    with pytest.raises(Forbidden):
        await tokens.revoke(await actor_of(counsellor.id), token_id=made.id)
    with pytest.raises(NotFound):
        await tokens.revoke(await actor_of(other.id), token_id=made.id)
    assert [t.id for t in await tokens.tokens(await actor_of(manager.id))] == [made.id]


# --- authentication ---


async def test_without_a_valid_token_the_api_answers_401_in_json(client: httpx.AsyncClient) -> None:
    manager, _ = await make_centre()
    secret = await _token(manager.id)
    headers: dict[str, str | bytes]
    for headers in (
        {},
        {"authorization": "Basic bWFuYWdlcjpwdw=="},
        {"authorization": "Bearer"},
        {"authorization": "Bearer jfz_not-a-token-we-made"},
        {"authorization": f"Bearer {secret}x"},
        {"authorization": ("Bearer jfz_" + "가" * 50).encode()},  # bytes past ASCII, as a client may send
        {"authorization": "Bearer " + "jfz_" + "a" * 5000},
    ):
        refused = await client.get("/api/v1/centre/drives", headers=headers)
        assert refused.status_code == 401, headers
        assert refused.headers["www-authenticate"].startswith('Bearer realm="jobsfez"')
        assert set(refused.json()) == {"status", "detail", "fields", "request_id"}
    assert (await client.get("/api/v1/centre/drives", headers={"authorization": f"bearer {secret}"})).status_code == 200


async def test_a_session_cookie_opens_nothing_here(client: httpx.AsyncClient) -> None:
    """The API takes only the token: a manager's browser session is no way in (so no forged request either)."""
    await make_centre()
    await login(client, "manager@centre.kr")
    assert (await client.get("/centre")).status_code == 200
    assert (await client.get("/api/v1/centre/drives")).status_code == 401


async def test_the_api_only_reads(client: httpx.AsyncClient) -> None:
    manager, _ = await make_centre()
    secret = await _token(manager.id)
    drive_id = await make_drive(manager.id, publish=True)
    for method, path in (("POST", "/api/v1/centre/drives"), ("DELETE", f"/api/v1/centre/drives/{drive_id}")):
        refused = await client.request(method, path, headers=_bearer(secret), json={})
        assert refused.status_code == 405, (method, path)


async def test_a_token_of_a_centre_no_longer_approved_opens_nothing(client: httpx.AsyncClient) -> None:
    manager, centre_id = await make_centre()
    secret = await _token(manager.id)
    await fetch("UPDATE centres SET status = 'rejected' WHERE id = $1", centre_id)
    assert (await client.get("/api/v1/centre/drives", headers=_bearer(secret))).status_code == 401


# --- endpoints ---


async def test_the_drives_list_is_the_centres_own_and_paged(client: httpx.AsyncClient) -> None:
    manager, _ = await make_centre()
    other, _ = await make_centre("b@centre-b.kr", name_ko="다른센터")
    secret = await _token(manager.id)
    public = await make_drive(manager.id, publish=True, title="공개 행사")
    draft = await make_drive(manager.id, title="준비 중")
    await make_drive(other.id, publish=True, title="다른 센터 행사")
    listed = await client.get("/api/v1/centre/drives", headers=_bearer(secret))
    assert listed.status_code == 200
    body = listed.json()
    assert body["total"] == 2 and body["page"] == 1 and body["pages"] == 1 and body["next"] is None
    by_id = {item["id"]: item for item in body["items"]}
    assert set(by_id) == {public, draft}
    assert by_id[public]["url"].endswith(f"/drives/{public}") and by_id[draft]["url"] is None
    assert by_id[public]["lead"] is True and by_id[draft]["status"] == "draft"
    beyond = (await client.get("/api/v1/centre/drives?page=2", headers=_bearer(secret))).json()
    assert beyond["items"] == [] and beyond["total"] == 2
    for page in ("0", "-1", "abc", "10001"):
        refused = await client.get(f"/api/v1/centre/drives?page={page}", headers=_bearer(secret))
        assert refused.status_code == 400 and refused.json()["status"] == 400, page


async def test_a_drive_with_its_totals_and_another_centres_drive_is_404(client: httpx.AsyncClient) -> None:
    manager, centre_id = await make_centre()
    other, other_centre = await make_centre("b@centre-b.kr", name_ko="다른센터")
    secret = await _token(manager.id)
    other_secret = await _token(other.id)
    drive_id = await make_drive(manager.id, publish=True)
    await _participant(drive_id, centre_id, "one@x.kr")
    await _participant(drive_id, centre_id, "two@x.kr")
    read = await client.get(f"/api/v1/centre/drives/{drive_id}", headers=_bearer(secret))
    assert read.status_code == 200
    drive = read.json()
    assert drive["id"] == drive_id and drive["lead"] is True and len(drive["days"]) == 1
    assert drive["totals"] == {
        "capacity": drive["capacity"],
        "registered": 2,
        "withdrawn": 0,
        "ours": 2,
        "others": 0,
        "places_left": drive["capacity"] - 2,
    }
    assert [host["centre_id"] for host in drive["hosts"]] == [centre_id]
    for path in ("", "/participants", "/employers"):
        hidden = await client.get(f"/api/v1/centre/drives/{drive_id}{path}", headers=_bearer(other_secret))
        assert hidden.status_code == 404 and hidden.json()["status"] == 404, path
        missing = await client.get(f"/api/v1/centre/drives/{drive_id + 1000}{path}", headers=_bearer(secret))
        assert missing.status_code == 404, path
        huge = await client.get(f"/api/v1/centre/drives/{2**70}{path}", headers=_bearer(secret))
        assert huge.status_code == 404, path
    assert other_centre != centre_id


async def test_participants_in_full_for_the_centre_that_brought_them_and_totals_of_a_co_hosts(
    client: httpx.AsyncClient,
) -> None:
    manager, centre_id = await make_centre()
    co_host, co_centre = await make_centre("c@centre-c.kr", name_ko="진해고용센터")
    drive_id = await make_drive(manager.id, publish=True)
    await drives.add_host(await actor_of(manager.id), drive_id, centre_id=co_centre)
    ours = await _participant(drive_id, centre_id, "ours@x.kr", name="우리 참가자")
    await _participant(drive_id, co_centre, "theirs@x.kr", name="그쪽 참가자")
    lead = (
        await client.get(f"/api/v1/centre/drives/{drive_id}/participants", headers=_bearer(await _token(manager.id)))
    ).json()
    assert [person["id"] for person in lead["items"]] == [ours]
    assert lead["items"][0] | {"registered_at": None} == {
        "id": ours,
        "name": "우리 참가자",
        "email": "ours@x.kr",
        "phone": "010-1234-5678",
        "birth_year": 2001,
        "skills": ["CNC 선반"],
        "sectors": ["automotive_parts"],
        "source": "roster",
        "status": "registered",
        "claimed": False,
        "registered_at": None,
    }
    assert lead["totals"]["ours"] == 1 and lead["totals"]["others"] == 1 and lead["total"] == 1
    seen_by_co_host = await client.get(
        f"/api/v1/centre/drives/{drive_id}/participants", headers=_bearer(await _token(co_host.id))
    )
    assert seen_by_co_host.status_code == 200
    assert "우리 참가자" not in seen_by_co_host.text and "ours@x.kr" not in seen_by_co_host.text
    assert [person["name"] for person in seen_by_co_host.json()["items"]] == ["그쪽 참가자"]
    assert seen_by_co_host.json()["totals"]["others"] == 1


async def test_participants_come_a_hundred_a_page(client: httpx.AsyncClient) -> None:
    manager, centre_id = await make_centre()
    drive_id = await make_drive(manager.id, publish=True, capacity=500)
    for n in range(101):
        await _participant(drive_id, centre_id, f"p{n}@x.kr")
    secret = await _token(manager.id)
    first = (await client.get(f"/api/v1/centre/drives/{drive_id}/participants", headers=_bearer(secret))).json()
    assert len(first["items"]) == 100 and first["pages"] == 2 and first["total"] == 101
    assert first["next"].endswith(f"/api/v1/centre/drives/{drive_id}/participants?page=2")
    second = (await client.get(first["next"].split("127.0.0.1:8000")[-1], headers=_bearer(secret))).json()
    assert len(second["items"]) == 1 and second["next"] is None


async def test_the_drives_companies(client: httpx.AsyncClient) -> None:
    manager, _ = await make_centre()
    owner, _ = await make_employer()
    drive_id = await make_drive(manager.id, publish=True)
    await join_drive(manager.id, drive_id, owner.id)
    secret = await _token(manager.id)
    listed = await client.get(f"/api/v1/centre/drives/{drive_id}/employers", headers=_bearer(secret))
    assert listed.status_code == 200
    [company] = listed.json()
    assert company["name_ko"] == "명지정밀" and company["status"] == "joined"


# --- rate limit ---


async def test_a_tokens_requests_are_limited_across_two_processes(
    live_servers: Callable[..., list[LiveServer]],
) -> None:
    manager, _ = await make_centre()
    secret = await _token(manager.id)
    other = await _token(manager.id, "다른 시스템")
    first, second = live_servers(2, env={"API_REQUESTS_PER_MINUTE": "3"})
    answers = []
    for n in range(4):
        async with httpx.AsyncClient(base_url=(first, second)[n % 2].url) as api:
            answers.append(await api.get("/api/v1/centre/drives", headers=_bearer(secret)))
    assert [answer.status_code for answer in answers] == [200, 200, 200, 429]
    limited = answers[-1]
    assert 1 <= int(limited.headers["retry-after"]) <= 60 and limited.json()["status"] == 429
    async with httpx.AsyncClient(base_url=first.url) as api:  # each token has its own count
        assert (await api.get("/api/v1/centre/drives", headers=_bearer(other))).status_code == 200


# --- matches ---


async def test_a_drives_matches_by_company_with_the_centres_own_people_explained(client: httpx.AsyncClient) -> None:
    from jobsfez.drives import prematch
    from tests.prematch_factories import match_drive

    ready = await match_drive()
    secret = await _token(ready.manager.id)
    before = await client.get(f"/api/v1/centre/drives/{ready.drive_id}/matches", headers=_bearer(secret))
    assert before.status_code == 200 and before.json() == {"drive_id": ready.drive_id, "run": None, "companies": []}

    await prematch.run(await prematch.start(await actor_of(ready.manager.id), ready.drive_id))
    listed = (await client.get(f"/api/v1/centre/drives/{ready.drive_id}/matches", headers=_bearer(secret))).json()
    assert listed["run"]["participants"] == 4
    welding = next(c for c in listed["companies"] if c["name_ko"] == "녹산용접")
    ranked = await client.get(
        f"/api/v1/centre/drives/{ready.drive_id}/matches/companies/{welding['employer_id']}", headers=_bearer(secret)
    )
    assert ranked.status_code == 200
    items = ranked.json()["items"]
    assert [item["rank"] for item in items] == sorted(item["rank"] for item in items) and items
    best = items[0]
    assert best["name"] in ("김용접", "박명단") and best["participant_id"] is not None
    assert best["explanation"]["matched"][0]["skill"] == "welding"  # the explanation the pages show

    # another centre's token sees nothing of this drive
    other, _ = await make_centre("other@centre.kr")
    stranger = await _token(other.id)
    for path in ("", f"/companies/{welding['employer_id']}"):
        refused = await client.get(f"/api/v1/centre/drives/{ready.drive_id}/matches{path}", headers=_bearer(stranger))
        assert refused.status_code == 404, path
    assert (await client.get(f"/api/v1/centre/drives/{ready.drive_id}/matches")).status_code == 401
