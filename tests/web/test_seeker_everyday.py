"""What a seeker notices day to day: honest scores, applied and closed markers, offers, the inbox, the résumé."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from litestar import Litestar

from jobsfez.applications import marks
from jobsfez.applications import service as applications
from jobsfez.applications.tables import Application
from jobsfez.employers.service import Actor
from jobsfez.interviews import slots
from jobsfez.interviews.service import Links
from jobsfez.notifications import service as notifications
from jobsfez.notifications.messages import render
from jobsfez.notifications.tables import Notification
from jobsfez.postings import service as postings
from tests.helpers import PDF, csrf_of, login, make_employer, make_posting, make_seeker
from tests.interview_factories import in_days, make_applicant, make_company, make_slot
from workers.main import build_deliverer


async def test_an_empty_profile_is_not_credited_for_preferences_it_never_gave(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    await make_posting(employer_id, owner.id, start_date=None, must=(), nice=())
    await make_seeker()
    await login(client, "seeker@example.kr")
    page = await client.get("/me/recommended")
    assert page.status_code == 200
    # a posting without skills gives the middling 40, the newcomer bonus 5: nothing for sector, district, start date
    assert '<span class="score">45</span>' in page.text
    assert "시작일 +" not in page.text and "지역 +" not in page.text and "업종 +" not in page.text


async def test_cards_and_the_posting_page_mark_what_the_seeker_applied_to_and_what_closed(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner, employer_id = await make_employer()
    actor = Actor(user_id=owner.id, employer_id=employer_id, role="owner", approved=True)
    applied = await make_posting(employer_id, owner.id, title="지원한 선반 공고")
    other = await make_posting(employer_id, owner.id, title="아직 안 한 공고")
    closed = await make_posting(employer_id, owner.id, title="마감된 공고")
    seeker = await make_seeker()
    application_id = await applications.apply(
        seeker.id, posting_id=applied, message="", include_resume=False, base_url=""
    )
    await postings.close(actor, closed)
    queries = count_calls(monkeypatch)

    # anonymous visitors see no marks and the page asks nothing more for them
    anonymous = await client.get("/jobs")
    assert anonymous.status_code == 200 and "지원함" not in anonymous.text and queries == []

    await login(client, "seeker@example.kr")
    mark = f'href="/me/applications#application-{application_id}"'
    results = await client.get("/jobs")
    assert results.text.count("지원함") == 1 and mark in results.text
    assert len(queries) == 1 and sorted(queries[0]) == sorted([applied, other])  # one query for the page's cards
    company = await client.get(f"/companies/{employer_id}")
    assert company.text.count("지원함") == 1 and mark in company.text
    recommended = await client.get("/me/recommended")
    assert mark in recommended.text
    assert f'href="/jobs/{applied}/apply"' not in recommended.text and f'href="/jobs/{other}/apply"' in recommended.text
    page = await client.get(f"/jobs/{applied}")
    assert "지원함" in page.text and mark in page.text and f'href="/jobs/{applied}/apply"' not in page.text
    gone = await client.get(f"/jobs/{closed}")
    assert "더 이상 지원을 받지 않습니다" in gone.text and f'href="/jobs/{closed}/apply"' not in gone.text
    mine = await client.get("/me/applications")
    assert f'id="application-{application_id}"' in mine.text


def count_calls(monkeypatch: pytest.MonkeyPatch) -> list[list[int]]:
    """The posting ids of every query card_marks makes, as they are made."""
    calls: list[list[int]] = []
    real = marks.fetch

    async def counting(sql: str, *args: Any) -> Any:
        calls.append(list(args[1]))
        return await real(sql, *args)

    monkeypatch.setattr(marks, "fetch", counting)
    return calls


LINKS = Links(base_url="http://testserver", secret="x", mail_id_domain="test")


@pytest.mark.parametrize(
    ("stage", "expected", "not_expected"),
    [
        ("offer", ["축하합니다", "수락하거나 거절"], ["옮겼습니다"]),
        ("rejected", ["지원해 주셔서 감사합니다", "/me/recommended"], ["옮겼습니다", "불합격"]),
        ("screening", ["옮겼습니다"], ["축하합니다"]),
    ],
)
def test_offer_and_rejection_each_have_their_own_words(
    stage: str, expected: list[str], not_expected: list[str]
) -> None:
    payload = {
        "title": "CNC 선반 <기능직>",
        "company_ko": "진해정밀",
        "company_en": "Jinhae",
        "stage": stage,
        "url": "/x",
    }
    mail = render("stage_changed", "ko", payload, base_url="http://testserver")
    for words in (mail.text, mail.html):
        assert all(e in words for e in expected)
    for words in (mail.subject, mail.text, mail.html):
        assert not any(n in words for n in not_expected)
    assert "<기능직>" not in mail.html and "&lt;기능직&gt;" in mail.html


async def _offered(employer_id: int, owner_id: int, seeker_id: int, title: str) -> int:
    posting_id = await make_posting(employer_id, owner_id, title=title)
    application_id = await applications.apply(
        seeker_id, posting_id=posting_id, message="", include_resume=False, base_url=""
    )
    actor = Actor(user_id=owner_id, employer_id=employer_id, role="owner", approved=True)
    for stage in ("screening", "offer"):
        await applications.move(actor, application_id, to_stage=stage, links=LINKS)
    return application_id


async def test_a_seeker_accepts_or_declines_an_offer_once_and_the_company_is_told(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    seeker = await make_seeker()
    accepted = await _offered(employer_id, owner.id, seeker.id, "수락할 공고")
    declined = await _offered(employer_id, owner.id, seeker.id, "거절할 공고")
    unoffered = await applications.apply(
        seeker.id, posting_id=await make_posting(employer_id, owner.id), message="", include_resume=False, base_url=""
    )
    await login(client, "seeker@example.kr")
    page = await client.get("/me/applications")
    assert page.text.count("제안 수락하기") == 2
    token = csrf_of(page.text)

    async def answer(application_id: int, answer: str) -> httpx.Response:
        return await client.post(f"/me/applications/{application_id}/offer", data={"answer": answer, "_csrf": token})

    assert (await answer(accepted, "maybe")).status_code == 400
    assert (await answer(unoffered, "accept")).status_code == 409  # no offer to answer
    done = await answer(accepted, "accept")
    assert done.status_code == 302 and done.headers["location"].endswith(f"#application-{accepted}")
    assert (await answer(accepted, "decline")).status_code == 409  # once only
    assert (await answer(declined, "decline")).status_code == 302
    rows = {r["id"]: r for r in await Application.select(Application.id, Application.stage, Application.offer_answer)}
    assert (rows[accepted]["stage"], rows[accepted]["offer_answer"]) == ("offer", "accepted")
    assert (rows[declined]["stage"], rows[declined]["offer_answer"]) == ("withdrawn", "declined")
    after = await client.get("/me/applications?answered=accepted")
    assert "제안 수락함" in after.text and "제안 거절함" in after.text and "제안 수락하기" not in after.text
    told = await Notification.objects().where(Notification.kind == "offer_answered")
    assert sorted((n.channel, json.loads(n.payload)["answer"]) for n in told) == [
        ("email", "accepted"),
        ("email", "declined"),
        ("inbox", "accepted"),
        ("inbox", "declined"),
    ]

    # another seeker cannot answer this seeker's offer, nor without the form's token
    await make_seeker("other@example.kr", name="다른사람")
    client.cookies.clear()
    await login(client, "other@example.kr")
    other_token = csrf_of((await client.get("/me/applications")).text)
    stranger = await client.post(f"/me/applications/{declined}/offer", data={"answer": "accept", "_csrf": other_token})
    assert stranger.status_code == 404
    forged = await client.post(f"/me/applications/{declined}/offer", data={"answer": "accept"})
    assert forged.status_code == 403


async def test_an_invited_applicant_says_no_time_works_and_the_company_can_offer_new_ones(
    client: httpx.AsyncClient,
) -> None:
    company = await make_company()
    _, application_id = await make_applicant(company)
    await make_slot(company, in_days(3))
    await slots.invite(company.actor, application_id, links=LINKS)
    await login(client, "seeker@example.kr")
    page = await client.get(f"/me/interviews/applications/{application_id}")
    assert "가능한 시간이 없어요" in page.text
    token = csrf_of(page.text)
    action = f"/me/interviews/applications/{application_id}/unavailable"

    too_long = await client.post(action, data={"note": "가" * 1001, "_csrf": token})
    assert too_long.status_code == 400 and "1,000자" in too_long.text
    said = await client.post(action, data={"note": "다음 주 <화요일> 오후는 됩니다", "_csrf": token})
    assert said.status_code == 302 and said.headers["location"] == "/me/interviews?done=unavailable"
    again = await client.post(action, data={"note": "", "_csrf": token})
    assert again.status_code == 409
    told = await Notification.objects().where(Notification.kind == "interview_unavailable")
    assert {n.channel for n in told} == {"email", "inbox"}
    assert json.loads(told[0].payload)["note"] == "다음 주 <화요일> 오후는 됩니다"

    client.cookies.clear()
    await login(client, "owner@example.kr")
    board = await client.get(f"/employer/postings/{company.posting_id}/interviews")
    assert "가능한 시간 없음" in board.text and "&lt;화요일&gt;" in board.text
    await make_slot(company, in_days(5))
    await slots.invite(company.actor, application_id, links=LINKS)  # new times: the question is asked again
    board = await client.get(f"/employer/postings/{company.posting_id}/interviews")
    assert "가능한 시간 없음" not in board.text

    # someone else's invitation is not found
    await make_seeker("other@example.kr", name="다른사람")
    client.cookies.clear()
    await login(client, "other@example.kr")
    other_token = csrf_of((await client.get("/me/applications")).text)
    assert (await client.post(action, data={"note": "", "_csrf": other_token})).status_code == 404


async def test_an_inbox_item_shows_its_text_and_opening_it_reads_it(app: Litestar, client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    seeker = await make_seeker()
    application_id = await _offered(employer_id, owner.id, seeker.id, "제안 받은 공고")
    await notifications.notify_user(  # a link that leads off the site is never followed
        seeker.id, cause="test:elsewhere", kind="stage_changed", payload={**STAGE, "url": "https://elsewhere.example/"}
    )
    deliverer = build_deliverer(app.state.resources.settings)
    for row in await Notification.objects().where(Notification.channel == "inbox"):
        await deliverer.deliver(row.id)
    await login(client, "seeker@example.kr")
    inbox = await client.get("/inbox")
    assert "축하합니다! " in inbox.text and "수락하거나 거절" in inbox.text  # the offer's text, not only its title
    assert 'hx-trigger="toggle once"' in inbox.text  # unfolding an unread item reads it and swaps the badge
    assert ">3</span>" in (await client.get("/inbox/badge")).text
    items = {
        json.loads(n.payload)["stage"] if n.cause != "test:elsewhere" else "elsewhere": n.id
        for n in await Notification.objects().where(
            (Notification.channel == "inbox") & (Notification.recipient_user_id == seeker.id)
        )
    }
    token = csrf_of(inbox.text)
    opened = await client.post(f"/inbox/{items['offer']}/open", data={"_csrf": token})
    assert opened.status_code == 303 and opened.headers["location"] == f"/me/applications#application-{application_id}"
    assert ">2</span>" in (await client.get("/inbox/badge")).text
    away = await client.post(f"/inbox/{items['elsewhere']}/open", data={"_csrf": token})
    assert away.headers["location"] == "/inbox"
    assert (await client.post(f"/inbox/{items['screening']}/open")).status_code == 403  # no form token

    await make_seeker("other@example.kr", name="다른사람")
    client.cookies.clear()
    await login(client, "other@example.kr")
    other_token = csrf_of((await client.get("/inbox")).text)
    assert (await client.post(f"/inbox/{items['screening']}/open", data={"_csrf": other_token})).status_code == 404


STAGE = {"title": "t", "company_ko": "회사", "company_en": "Co", "stage": "screening"}


async def test_a_seeker_deletes_their_resume_and_no_company_sees_it_any_more(
    app: Litestar, client: httpx.AsyncClient
) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id)
    seeker = await make_seeker()
    await login(client, "seeker@example.kr")
    token = csrf_of((await client.get("/me")).text)
    await client.post("/me/resume", data={"_csrf": token}, files={"resume": ("cv.pdf", PDF, "application/pdf")})
    await client.post(f"/jobs/{posting_id}/apply", data={"include_resume": "on", "_csrf": token})
    folder = app.state.resources.settings.resume_dir
    assert len(list(folder.glob("*.pdf"))) == 1
    assert "내 이력서 삭제" in (await client.get("/me")).text

    unconfirmed = await client.post("/me/resume/delete", data={"_csrf": token})
    assert unconfirmed.status_code == 400 and (await client.get("/me/resume")).status_code == 200
    deleted = await client.post("/me/resume/delete", data={"confirm": "yes", "_csrf": token})
    assert deleted.status_code == 302 and deleted.headers["location"] == "/me?resume=deleted#resume"
    assert "이력서를 삭제했습니다" in (await client.get(deleted.headers["location"])).text
    assert (await client.get("/me/resume")).status_code == 404
    assert list(folder.glob("*.pdf")) == []
    [row] = await Application.select(Application.resume_file, Application.resume_name)
    assert row == {"resume_file": "", "resume_name": ""}

    client.cookies.clear()
    await login(client, "owner@example.kr")
    assert (await client.get(f"/seekers/{seeker.id}/resume")).status_code == 404
    board = await client.get(f"/employer/postings/{posting_id}/applicants")
    assert f"/seekers/{seeker.id}/resume" not in board.text
