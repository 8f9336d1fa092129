"""The employer's everyday way through a posting's people: tabs and counts, the application page, the board."""

import re

import httpx

from jobsfez.applications import service as applications
from jobsfez.employers.service import Actor
from jobsfez.interviews.service import Links
from tests.helpers import VALID_BRNS, csrf_of, login, make_employer, make_posting, make_seeker
from tests.interview_factories import make_booked_interview

LINKS = Links("http://testserver", "secret", "test.testserver")


def _owner(user_id: int, employer_id: int) -> Actor:
    return Actor(user_id=user_id, employer_id=employer_id, role="owner", approved=True)


async def _applied(posting_id: int, email: str, name: str = "김민준") -> int:
    seeker = await make_seeker(email, name)
    return await applications.apply(seeker.id, posting_id=posting_id, message="", include_resume=False, base_url="")


async def test_a_posting_leads_to_its_applicants_candidates_and_interviews_with_counts(
    client: httpx.AsyncClient,
) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id, title="CNC 선반 기능직")
    first = await _applied(posting_id, "a@example.kr")
    await _applied(posting_id, "b@example.kr", "이서연")
    await applications.move(_owner(owner.id, employer_id), first, to_stage="interview", links=LINKS)
    await make_booked_interview(employer_id, owner.id, posting_id, first)
    # another company's applicants are not counted anywhere on this company's pages
    other, other_id = await make_employer(email="other@b.kr", brn=VALID_BRNS[2], name_ko="다른회사", name_en="Other")
    other_posting = await make_posting(other_id, other.id, title="다른 회사 공고")
    await _applied(other_posting, "c@example.kr")

    await login(client, "owner@example.kr")
    page = (await client.get(f"/employer/postings/{posting_id}")).text
    for href in ("applicants", "candidates", "interviews"):
        assert f'href="/employer/postings/{posting_id}/{href}"' in page
    tabs = page[page.index('class="tabs posting-tabs"') :]
    assert re.search(r"지원자\s*<span class=\"badge\">2</span>", tabs)
    assert "1명 신규" in tabs
    assert re.search(r"면접\s*<span class=\"badge\">1</span>", tabs)

    listing = (await client.get("/employer/postings")).text
    assert f'href="/employer/postings/{posting_id}/applicants"' in listing
    assert "다른 회사 공고" not in listing
    dashboard = (await client.get("/employer")).text
    assert f'href="/employer/postings/{posting_id}/applicants">지원자 2</a>' in dashboard
    assert f'href="/employer/postings/{posting_id}/interviews">면접 1</a>' in dashboard
    board = (await client.get(f"/employer/postings/{posting_id}/applicants")).text
    assert f'href="/employer/postings/{posting_id}/interviews"' in board
