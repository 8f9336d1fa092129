import asyncio

import httpx
import pytest
from litestar import Litestar

from jobsfez.applications import service as applications
from jobsfez.applications.tables import Application, ApplicationEvent, ApplicationNote
from jobsfez.employers.service import Actor
from jobsfez.errors import NotFound
from jobsfez.interviews.service import Links
from jobsfez.notifications.tables import Notification
from tests.helpers import PDF, VALID_BRNS, csrf_of, login, make_employer, make_posting, make_seeker

PROFILE = {
    "skill_text": ["CNC선반", "손재주 좋음", "용졉"],  # the second names no skill the taxonomy has
    "skill_level": ["3", "", ""],
    "skill_years": ["", "", ""],
    "qualifications": "용접기능사",
    "districts": ["myeongji"],
    "employment_types": ["full_time"],
    "birth_year": "2003",
}


async def _seeker_with_profile(client: httpx.AsyncClient, email: str = "seeker@example.kr") -> int:
    seeker = await make_seeker(email)
    await login(client, email)
    token = csrf_of((await client.get("/me")).text)
    response = await client.post("/me", data={**PROFILE, "_csrf": token})
    assert response.status_code == 200
    return seeker.id


async def test_a_seeker_applies_once_and_the_company_is_told(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id)
    await _seeker_with_profile(client)
    page = await client.get(f"/jobs/{posting_id}/apply")
    response = await client.post(
        f"/jobs/{posting_id}/apply", data={"message": "안녕하세요", "include_resume": "on", "_csrf": csrf_of(page.text)}
    )
    assert response.status_code == 302
    again = await client.post(f"/jobs/{posting_id}/apply", data={"message": "", "_csrf": csrf_of(page.text)})
    assert again.status_code == 409
    assert "이미 지원" in again.text
    assert await Application.count() == 1
    told = await Notification.objects().where(Notification.kind == "application_received")
    assert {n.channel for n in told} == {"email", "inbox"}
    mine = await client.get("/me/applications")
    assert "CNC 선반 기능직" in mine.text and "지원함" in mine.text


async def test_two_concurrent_submits_make_one_application(app: Litestar, db: None) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id)
    seeker = await make_seeker()
    results = await asyncio.gather(
        *[
            applications.apply(seeker.id, posting_id=posting_id, message="", include_resume=False, base_url="")
            for _ in range(5)
        ],
        return_exceptions=True,
    )
    assert sum(isinstance(r, int) for r in results) == 1
    assert await Application.count() == 1
    assert await ApplicationEvent.count() == 1


async def test_a_closed_or_draft_posting_cannot_be_applied_to(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    draft = await make_posting(employer_id, owner.id, publish=False)
    await _seeker_with_profile(client)
    token = csrf_of((await client.get("/me")).text)
    response = await client.post(f"/jobs/{draft}/apply", data={"_csrf": token})
    assert response.status_code == 404
    assert await Application.count() == 0


async def test_the_board_ranks_applicants_with_explanations_and_moves_them(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id)
    strong = await _seeker_with_profile(client, "strong@example.kr")
    token = csrf_of((await client.get(f"/jobs/{posting_id}/apply")).text)
    await client.post(f"/jobs/{posting_id}/apply", data={"_csrf": token})
    weak = await make_seeker("weak@example.kr", name="약한지원자")
    await applications.apply(weak.id, posting_id=posting_id, message="", include_resume=False, base_url="")

    client.cookies.clear()
    await login(client, "owner@example.kr")
    board = await client.get(f"/employer/postings/{posting_id}/applicants")
    assert board.status_code == 200
    assert board.text.index("strong@example.kr") < board.text.index("weak@example.kr")
    assert "CNC선반" in board.text  # the seeker's own words are in the explanation
    assert "도면 해독" in board.text
    application = await Application.objects().where(Application.seeker_user_id == strong).first()
    assert application is not None
    moved = await client.post(
        f"/employer/applications/{application.id}/stage",
        data={"stage": "interview", "_csrf": csrf_of(board.text)},
        headers={"hx-request": "true"},
    )
    assert moved.status_code == 200 and "<html" not in moved.text
    stage_told = await Notification.objects().where(Notification.kind == "stage_changed")
    assert len(stage_told) == 2  # email and inbox for the seeker
    bad = await client.post(
        f"/employer/applications/{application.id}/stage", data={"stage": "hired", "_csrf": csrf_of(board.text)}
    )
    assert bad.status_code == 400
    refreshed = await Application.objects().where(Application.id == application.id).first()
    assert refreshed is not None and refreshed.stage == "interview"


async def test_private_notes_stay_with_the_company(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id)
    seeker = await make_seeker()
    application_id = await applications.apply(
        seeker.id, posting_id=posting_id, message="", include_resume=False, base_url=""
    )
    await login(client, "owner@example.kr")
    page = await client.get(f"/employer/applications/{application_id}")
    response = await client.post(
        f"/employer/applications/{application_id}/notes",
        data={"body": "면접 때 야간 근무 가능 여부 확인", "_csrf": csrf_of(page.text)},
    )
    assert "야간 근무" in response.text
    empty = await client.post(
        f"/employer/applications/{application_id}/notes", data={"body": " ", "_csrf": csrf_of(page.text)}
    )
    assert empty.status_code == 400
    assert await ApplicationNote.count() == 1
    client.cookies.clear()
    await login(client, "seeker@example.kr")
    assert "야간 근무" not in (await client.get("/me/applications")).text
    assert "야간 근무" not in (await client.get("/me/export")).text


async def test_a_seeker_withdraws(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id)
    await _seeker_with_profile(client)
    token = csrf_of((await client.get(f"/jobs/{posting_id}/apply")).text)
    await client.post(f"/jobs/{posting_id}/apply", data={"_csrf": token})
    application = await Application.objects().first()
    assert application is not None
    listed = await client.get("/me/applications")
    assert "지원을 철회할까요?" in listed.text  # the button asks first
    unconfirmed = await client.post(f"/me/applications/{application.id}/withdraw", data={"_csrf": token})
    assert unconfirmed.status_code == 400 and "철회하려면 확인해 주세요" in unconfirmed.text
    assert (await Application.objects().first()).stage != "withdrawn"  # type: ignore[union-attr]
    await client.post(f"/me/applications/{application.id}/withdraw", data={"_csrf": token, "confirm": "yes"})
    refreshed = await Application.objects().first()
    assert refreshed is not None and refreshed.stage == "withdrawn"


async def test_recommendations_rank_open_postings_and_explain(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    fit = await make_posting(employer_id, owner.id, title="CNC 선반 가공")
    await make_posting(
        employer_id,
        owner.id,
        title="파이썬 백엔드 개발자",
        must=(("Python", None), ("Django", None)),
        nice=(),
        sector="ai_software",
    )
    await _seeker_with_profile(client)
    page = await client.get("/me/recommended")
    assert page.status_code == 200
    assert page.text.index("CNC 선반 가공") < page.text.index("파이썬 백엔드 개발자")
    assert "점수의 이유" in page.text
    assert f"/jobs/{fit}/apply" in page.text


async def test_a_seeker_without_the_experience_box_is_told_where_to_say_so(client: httpx.AsyncClient) -> None:
    """A UX walk: "지게차 운전 5년 경력" was written, the box left unticked, and the penalty said nothing of it."""
    owner, employer_id = await make_employer()
    await make_posting(employer_id, owner.id, no_experience=False)
    await _seeker_with_profile(client)
    hint = 'href="/me#experienced"'
    page = (await client.get("/me/recommended")).text
    assert "회사가 경력자를 선호함" in page and hint in page and "일한 경력이 있다면 프로필에 표시해 주세요" in page
    assert 'id="experienced"' in (await client.get("/me")).text
    token = csrf_of((await client.get("/me")).text)
    await client.post("/me", data={**PROFILE, "experienced": "on", "_csrf": token})
    assert hint not in (await client.get("/me/recommended")).text


async def test_findable_candidates_show_no_contact_details(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id)
    seeker_id = await _seeker_with_profile(client)
    token = csrf_of((await client.get("/me")).text)
    await client.post("/me", data={**PROFILE, "findable": "on", "phone": "010-5555-1234", "_csrf": token})
    client.cookies.clear()
    await login(client, "owner@example.kr")
    page = await client.get(f"/employer/postings/{posting_id}/candidates")
    assert page.status_code == 200
    assert "김민준" in page.text
    assert "010-5555-1234" not in page.text and "seeker@example.kr" not in page.text
    # the résumé of someone who has not applied stays closed
    assert (await client.get(f"/seekers/{seeker_id}/resume")).status_code == 404


async def test_another_company_cannot_see_or_move_applicants(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id)
    seeker = await make_seeker()
    application_id = await applications.apply(
        seeker.id, posting_id=posting_id, message="", include_resume=False, base_url=""
    )
    other, other_id = await make_employer(email="other@b.kr", brn=VALID_BRNS[2], name_ko="다른회사", name_en="Other")
    actor = Actor(user_id=other.id, employer_id=other_id, role="owner", approved=True)
    await login(client, "other@b.kr")
    assert (await client.get(f"/employer/postings/{posting_id}/applicants")).status_code == 404
    assert (await client.get(f"/employer/applications/{application_id}")).status_code == 404
    with pytest.raises(NotFound):
        await applications.move(
            actor, application_id, to_stage="screening", links=Links(base_url="", secret="x", mail_id_domain="test")
        )
    refreshed = await Application.objects().first()
    assert refreshed is not None and refreshed.stage == "applied"


async def test_the_api_explains_recommendations_and_candidates(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id)
    await _seeker_with_profile(client)
    token = csrf_of((await client.get("/me")).text)
    await client.post("/me", data={**PROFILE, "findable": "on", "phone": "010-5555-1234", "_csrf": token})
    found = (await client.get("/api/v1/me/recommendations")).json()
    assert found[0]["posting_id"] == posting_id
    explained = found[0]["score"]
    assert explained["total"] > 0 and explained["matched"]
    parts = (
        explained["skills_points"] + explained["preference_points"] + sum(a["points"] for a in explained["adjustments"])
    )
    assert abs(parts - explained["total"]) < 0.11
    client.cookies.clear()
    await login(client, "owner@example.kr")
    candidates = (await client.get(f"/api/v1/employer/postings/{posting_id}/candidates")).json()
    assert candidates[0]["name"] == "김민준"
    assert "010-5555-1234" not in str(candidates) and "@" not in str(candidates)
    schema = (await client.get("/schema")).json()
    assert "/api/v1/me/recommendations" in schema["paths"]
    assert "ExplanationOut" in str(schema["components"])


async def test_a_seeker_who_turned_email_off_gets_inbox_messages_only(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id)
    seeker = await make_seeker()
    await login(client, "seeker@example.kr")
    page = await client.get("/account")
    response = await client.post("/account/notifications", data={"_csrf": csrf_of(page.text)})
    assert response.status_code == 200 and "저장했습니다" in response.text
    application_id = await applications.apply(
        seeker.id, posting_id=posting_id, message="", include_resume=False, base_url=""
    )
    actor = Actor(user_id=owner.id, employer_id=employer_id, role="owner", approved=True)
    await applications.move(
        actor, application_id, to_stage="screening", links=Links(base_url="", secret="x", mail_id_domain="test")
    )
    told = await Notification.objects().where(Notification.kind == "stage_changed")
    assert [n.channel for n in told] == ["inbox"]


async def test_the_resume_opens_only_for_a_company_it_was_shared_with(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    shared = await make_posting(employer_id, owner.id, title="공유한 공고")
    seeker_id = await _seeker_with_profile(client)
    token = csrf_of((await client.get("/me")).text)
    pdf = PDF
    await client.post("/me/resume", data={"_csrf": token}, files={"resume": ("cv.pdf", pdf, "application/pdf")})
    other_owner, other_id = await make_employer(email="o@c.kr", brn=VALID_BRNS[3], name_ko="씨회사", name_en="C Co")
    not_shared = await make_posting(other_id, other_owner.id, title="공유 안 한 공고")
    await client.post(f"/jobs/{shared}/apply", data={"include_resume": "on", "_csrf": token})
    await client.post(f"/jobs/{not_shared}/apply", data={"_csrf": token})
    client.cookies.clear()
    await login(client, "owner@example.kr")
    opened = await client.get(f"/seekers/{seeker_id}/resume")
    assert opened.status_code == 200 and opened.content == pdf
    client.cookies.clear()
    await login(client, "o@c.kr")
    assert (await client.get(f"/seekers/{seeker_id}/resume")).status_code == 404


async def test_a_company_staff_have_not_approved_sees_no_candidates(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer(approved=False)
    draft = await make_posting(employer_id, owner.id, publish=False)
    await _seeker_with_profile(client)
    token = csrf_of((await client.get("/me")).text)
    await client.post("/me", data={**PROFILE, "findable": "on", "_csrf": token})
    client.cookies.clear()
    await login(client, "owner@example.kr")
    page = await client.get(f"/employer/postings/{draft}/candidates")
    assert page.status_code == 403 and "김민준" not in page.text
    api = await client.get(f"/api/v1/employer/postings/{draft}/candidates")
    assert api.status_code == 403 and "김민준" not in api.text
    assert api.json()["detail"]
    # the board does not offer what it would refuse
    assert "/candidates" not in (await client.get(f"/employer/postings/{draft}/applicants")).text


async def test_the_resume_follows_the_application_and_the_version_shared_with_it(
    app: Litestar, client: httpx.AsyncClient
) -> None:
    owner, employer_id = await make_employer()
    first = await make_posting(employer_id, owner.id, title="첫 공고")
    second = await make_posting(employer_id, owner.id, title="둘째 공고")
    seeker_id = await _seeker_with_profile(client)
    token = csrf_of((await client.get("/me")).text)
    shared = PDF
    await client.post("/me/resume", data={"_csrf": token}, files={"resume": ("cv.pdf", shared, "application/pdf")})
    await client.post(f"/jobs/{first}/apply", data={"include_resume": "on", "_csrf": token})
    # a newer résumé, uploaded after applying, is not what the company was given
    newer = shared.replace(b"<<>> endobj", b"<< /Title (new) >> endobj")
    await client.post("/me/resume", data={"_csrf": token}, files={"resume": ("cv2.pdf", newer, "application/pdf")})
    assert (await client.get("/me/resume")).content == newer
    client.cookies.clear()
    await login(client, "owner@example.kr")
    opened = await client.get(f"/seekers/{seeker_id}/resume")
    assert opened.status_code == 200 and opened.content == shared

    client.cookies.clear()
    await login(client, "seeker@example.kr")
    token = csrf_of((await client.get("/me")).text)
    application = await Application.objects().where(Application.posting_id == first).first()
    assert application is not None
    withdrawn = await client.post(
        f"/me/applications/{application.id}/withdraw", data={"_csrf": token, "confirm": "yes"}
    )
    assert withdrawn.status_code == 302
    await client.post(f"/jobs/{second}/apply", data={"_csrf": token})  # applies again, sharing nothing
    newest = shared.replace(b"<<>> endobj", b"<< /Title (newest) >> endobj")
    await client.post("/me/resume", data={"_csrf": token}, files={"resume": ("cv3.pdf", newest, "application/pdf")})
    client.cookies.clear()
    await login(client, "owner@example.kr")
    assert (await client.get(f"/seekers/{seeker_id}/resume")).status_code == 404
    board = await client.get(f"/employer/postings/{second}/applicants")
    assert f"/seekers/{seeker_id}/resume" not in board.text
    # nothing the company may no longer open is kept: only the seeker's own current résumé
    stored = [p.read_bytes() for p in app.state.resources.settings.resume_dir.glob("*.pdf")]
    assert stored == [newest]
