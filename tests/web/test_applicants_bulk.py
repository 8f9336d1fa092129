"""A posting's applicants filtered and sorted from the URL, and moved several at once (issue 17)."""

import re

import httpx

from jobsfez.applications import service as applications
from jobsfez.applications.tables import Application, ApplicationEvent
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
    assert 'href="?stage=hired&amp;sort=newest"' in (await client.get(f"{board}?sort=newest")).text
    # nonsense is named and left out, never a 400 or a 500
    odd = await client.get(f"{board}?stage=nope&sort=x&min_score=abc&from=2026-13-01&skill=없는기술")
    assert odd.status_code == 200
    assert "stage, sort, min_score, from, skill" in odd.text
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
