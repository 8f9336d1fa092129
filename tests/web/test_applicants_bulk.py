"""A posting's applicants filtered and sorted from the URL, and moved several at once (issue 17)."""

import json
import re

import httpx

from jobsfez.applications import service as applications
from jobsfez.applications.tables import Application, ApplicationEvent, MessageTemplate
from jobsfez.notifications import messages
from jobsfez.notifications.tables import Notification
from tests.helpers import VALID_BRNS, csrf_of, login, make_employer, make_posting, make_seeker
from tests.web.test_applications import _seeker_with_profile


async def _three_applicants(client: httpx.AsyncClient) -> tuple[int, dict[str, int]]:
    """A posting with a strong applicant (covers the must-haves), a weak one, and one already hired."""
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id)
    strong = await _seeker_with_profile(client, "strong@example.kr")
    ids = {
        "strong": await applications.apply(strong, posting_id=posting_id, message="", include_resume=False, base_url="")
    }
    for email, name in (("weak@example.kr", "약한지원자"), ("hired@example.kr", "채용된사람")):
        seeker = await make_seeker(email, name=name)
        ids[email.split("@")[0]] = await applications.apply(
            seeker.id, posting_id=posting_id, message="", include_resume=False, base_url=""
        )
    await Application.update({Application.stage: "hired"}).where(Application.id == ids["hired"])
    client.cookies.clear()
    await login(client, "owner@example.kr")
    return posting_id, ids


def _cards(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'id="applicant-(\d+)"', html)]


async def test_the_filters_live_in_the_url_and_the_stage_counts_follow_them(client: httpx.AsyncClient) -> None:
    posting_id, ids = await _three_applicants(client)
    board = f"/employer/postings/{posting_id}/applicants"
    everyone = (await client.get(board)).text
    assert _cards(everyone)[0] == ids["strong"]  # best match first
    assert "지원함 2" in everyone and "채용 확정 1" in everyone
    # one must-have covered: only the strong applicant, and the counts per stage say so
    covering = (await client.get(f"{board}?skill=CNC 선반")).text
    assert _cards(covering) == [ids["strong"]]
    assert "지원함 1" in covering and "채용 확정 0" in covering
    # every must-have: the strong applicant lacks 도면 해독 too
    assert _cards((await client.get(f"{board}?skill=*&stage=applied")).text) == []
    # a stage, and the applied-date order
    assert _cards((await client.get(f"{board}?stage=hired")).text) == [ids["hired"]]
    # within a column, in the chosen order
    assert _cards((await client.get(f"{board}?sort=newest&stage=applied")).text) == [ids["weak"], ids["strong"]]
    assert _cards((await client.get(f"{board}?sort=oldest&stage=applied")).text) == [ids["strong"], ids["weak"]]
    assert _cards((await client.get(f"{board}?resume=on")).text) == []
    assert _cards((await client.get(f"{board}?min_score=101")).text) == _cards(everyone)
    # the stage links keep the other filters
    assert f'href="{board}?stage=hired&amp;sort=newest"' in (await client.get(f"{board}?sort=newest")).text
    # nonsense is named and left out, never a 400 or a 500
    odd = await client.get(f"{board}?stage=nope&sort=x&min_score=abc&from=2026-13-01&skill=없는기술")
    assert odd.status_code == 200
    assert "단계, 정렬, 적합도 최소, 지원일 (부터), 갖춘 기술" in odd.text
    assert len(_cards(odd.text)) == 3


async def test_several_applicants_move_in_one_step_and_a_refused_one_is_named(client: httpx.AsyncClient) -> None:
    posting_id, ids = await _three_applicants(client)
    board = await client.get(f"/employer/postings/{posting_id}/applicants?sort=newest")
    token = csrf_of(board.text)
    url = f"/employer/postings/{posting_id}/applicants/move"
    chosen = [ids["strong"], ids["weak"], ids["hired"]]
    # the first step only asks
    ask = await client.post(url, data={"_csrf": token, "ids": chosen, "stage": "rejected", "back": "?sort=newest"})
    assert ask.status_code == 200 and "3명을 불합격 단계로 옮길까요?" in ask.text
    assert "약한지원자" in ask.text and 'name="confirm" value="yes"' in ask.text
    assert await ApplicationEvent.count() == 3  # the three applications, nothing moved yet
    # bad input in place, nothing changes
    for data in ({"ids": ["x1"]}, {"ids": []}, {"ids": chosen, "stage": "nowhere"}):
        bad = await client.post(url, data={"_csrf": token, "stage": "rejected", "confirm": "yes", **data})
        assert bad.status_code == 400 and 'role="alert"' in bad.text and "<html" in bad.text
    # without the session's token: refused
    assert (await client.post(url, data={"ids": chosen, "stage": "rejected", "confirm": "yes"})).status_code == 403
    # another company's application among the ids: 404, nothing moves
    other_owner, other_company = await make_employer(email="b@b.kr", brn=VALID_BRNS[1], name_ko="비회사")
    other_posting = await make_posting(other_company, other_owner.id)
    stranger = await make_seeker("stranger@example.kr")
    foreign = await applications.apply(
        stranger.id, posting_id=other_posting, message="", include_resume=False, base_url=""
    )
    for data in ({"ids": [ids["weak"], foreign]}, {"ids": [ids["weak"], foreign], "confirm": "yes"}):
        assert (await client.post(url, data={"_csrf": token, "stage": "rejected", **data})).status_code == 404
    assert {r["stage"] for r in await Application.select(Application.stage)} == {"applied", "hired"}
    # confirmed: two move, the hired one stays and is named
    done = await client.post(
        url, data={"_csrf": token, "ids": chosen, "stage": "rejected", "confirm": "yes", "back": "?sort=newest"}
    )
    assert done.status_code == 200 and "3명 중 2명" in done.text
    assert "채용된사람" in done.text and "옮길 수 없습니다" in done.text
    assert f'href="/employer/postings/{posting_id}/applicants?sort=newest"' in done.text
    stages = {r["id"]: r["stage"] for r in await Application.select(Application.id, Application.stage)}
    assert (stages[ids["strong"]], stages[ids["weak"]], stages[ids["hired"]]) == ("rejected", "rejected", "hired")
    assert await ApplicationEvent.count().where(ApplicationEvent.to_stage == "rejected") == 2
    told = await Notification.objects().where(Notification.kind == "stage_changed")
    assert len(told) == 4  # as two single moves: e-mail and inbox for each of the two seekers
    # "select all on this page" takes the page's applicants, here the rejected ones back to screening
    page = await client.get(f"/employer/postings/{posting_id}/applicants?stage=rejected")
    page_ids = [ids["strong"], ids["weak"]]
    assert _cards(page.text) == page_ids or sorted(_cards(page.text)) == sorted(page_ids)
    again = await client.post(
        url,
        data={"_csrf": token, "page_ids": page_ids, "all_on_page": "on", "stage": "screening", "confirm": "yes"},
    )
    assert again.status_code == 200 and "2명 중 2명" in again.text


async def test_a_company_keeps_messages_and_the_seeker_gets_one_in_their_language(client: httpx.AsyncClient) -> None:
    posting_id, ids = await _three_applicants(client)
    page = await client.get("/employer/messages")
    token = csrf_of(page.text)
    # bad input in place, nothing kept
    empty = await client.post("/employer/messages", data={"_csrf": token, "kind": "offer", "name": " "})
    assert empty.status_code == 400 and "이름" in empty.text and "한국어, 영어" in empty.text
    assert await MessageTemplate.count() == 0
    assert (
        await client.post("/employer/messages", data={"kind": "offer", "name": "x", "body_ko": "x"})
    ).status_code == 403
    saved = await client.post(
        "/employer/messages",
        data={
            "_csrf": token,
            "kind": "rejection",
            "name": "정중한 불합격",
            "body_ko": "{name}님, {posting}에 지원해 주셔서 감사합니다. <b>아쉽지만</b> {x}",
            "body_en": "Dear {name}, thank you for applying to {posting}.",
        },
    )
    assert saved.status_code == 302
    listing = (await client.get("/employer/messages")).text
    assert "&lt;b&gt;아쉽지만" in listing
    twice = await client.post(
        "/employer/messages", data={"_csrf": token, "kind": "rejection", "name": "정중한 불합격", "body_en": "x"}
    )
    assert twice.status_code == 400 and "이미" in twice.text
    [template] = await MessageTemplate.objects()
    # an offer message cannot go with a rejection, and an unreadable choice is said in place
    url = f"/employer/postings/{posting_id}/applicants/move"
    base = {"_csrf": token, "ids": [ids["strong"], ids["weak"]], "confirm": "yes"}
    assert (await client.post(url, data={**base, "stage": "offer", "template": str(template.id)})).status_code == 400
    assert (await client.post(url, data={**base, "stage": "rejected", "template": "x"})).status_code == 400
    # the confirmation shows the message; the move sends it, filled in, in each seeker's language
    ask = await client.post(url, data={**base, "stage": "rejected", "template": str(template.id), "confirm": ""})
    assert "정중한 불합격" in ask.text and f'name="template" value="{template.id}"' in ask.text
    done = await client.post(url, data={**base, "stage": "rejected", "template": str(template.id)})
    assert done.status_code == 200 and "2명 중 2명" in done.text
    told = await Notification.objects().where(
        (Notification.kind == "stage_changed") & (Notification.channel == "email")
    )
    assert len(told) == 2
    payload = json.loads(told[0].payload)
    korean = messages.render("stage_changed", "ko", payload, base_url="http://testserver")
    english = messages.render("stage_changed", "en", payload, base_url="http://testserver")
    assert "에 지원해 주셔서 감사합니다" in korean.text and "{x}" in korean.text and "{name}" not in korean.text
    assert "&lt;b&gt;" in korean.html
    assert "Dear " in english.text and "CNC 선반 기능직" in english.text
    # another company cannot use or delete it
    await make_employer(email="c@c.kr", brn=VALID_BRNS[2], name_ko="씨회사")
    client.cookies.clear()
    await login(client, "c@c.kr")
    other_token = csrf_of((await client.get("/employer/messages")).text)
    gone = await client.post(f"/employer/messages/{template.id}/delete", data={"_csrf": other_token})
    assert gone.status_code == 404 and await MessageTemplate.count() == 1
    client.cookies.clear()
    await login(client, "owner@example.kr")
    token = csrf_of((await client.get("/employer/messages")).text)
    deleted = await client.post(f"/employer/messages/{template.id}/delete", data={"_csrf": token})
    assert deleted.status_code == 302 and await MessageTemplate.count() == 0


async def test_a_move_on_a_filtered_board_counts_what_the_board_shows(client: httpx.AsyncClient) -> None:
    posting_id, ids = await _three_applicants(client)
    board = f"/employer/postings/{posting_id}/applicants"
    page = (await client.get(f"{board}?skill=CNC 선반")).text  # the weak applicant is filtered out
    assert '<input type="hidden" name="board" value="?skill=CNC+%EC%84%A0%EB%B0%98">' in page

    async def move(application_id: int, filters: str, stage: str = "screening") -> str:
        data = {"stage": stage, "board": filters, "_csrf": csrf_of(page)}
        answer = await client.post(
            f"/employer/applications/{application_id}/stage", data=data, headers={"hx-request": "true"}
        )
        assert answer.status_code == 200
        return answer.text

    moved = await move(ids["strong"], "?skill=CNC+%EC%84%A0%EB%B0%98")
    # the card goes to its column, and the counts are the filtered board's: nobody is left in "applied" here
    assert 'data-hx-swap-oob="beforeend:#cards-screening"' in moved
    assert '<small id="count-applied" data-hx-swap-oob="true">0</small>' in moved
    assert '<small id="count-screening" data-hx-swap-oob="true">1</small>' in moved
    tabs = moved[moved.index('id="stage-counts"') :]
    assert "지원함 0" in tabs and "서류 검토 1" in tabs and "모든 단계 1" in tabs

    # a board showing one stage: the moved card leaves it, and the place it was says where it went
    page = (await client.get(f"{board}?stage=applied")).text
    left = await move(ids["weak"], "?stage=applied")
    assert "#cards-screening" not in left and 'id="count-screening"' not in left
    assert "약한지원자 님을 서류 검토 단계로 옮겼습니다. 지금 검색 조건에서는 보이지 않습니다." in left
    assert f'href="{board}?stage=screening"' in left
    assert '<small id="count-applied" data-hx-swap-oob="true">0</small>' in left
    assert f'id="page-id-{ids["weak"]}" data-hx-swap-oob="delete"' in left  # "all on this page" no longer takes them
    assert "이 화면의 지원자 모두 선택 (0명)" in left
    # filters that make no sense are left out, as the board's own address does: the whole board's counts
    odd = await move(ids["weak"], "?stage=nonsense&min_score=abc&from=2026-13-45&skill=%00", stage="interview")
    assert 'data-hx-swap-oob="beforeend:#cards-interview"' in odd
    assert '<small id="count-interview" data-hx-swap-oob="true">1</small>' in odd
