"""Employers' posting pages: create, validate, edit, publish, close, reopen, duplicate, preview and history."""

import json
import re
from datetime import timedelta

import httpx
import pytest

from jobsfez.postings.tables import Posting, PostingHistory, PostingSkill
from jobsfez.postings.validation import seoul_today
from tests.helpers import VALID_BRNS, csrf_of, login, make_employer, make_posting, make_seeker


def posting_form(**changes: str | list[str]) -> dict[str, str | list[str]]:
    form: dict[str, str | list[str]] = {
        "title": "CNC 선반 가공원 (주간)",
        "occupation": "CNC 선반 가공원",
        "sector": "automotive_parts",
        "district": "myeongji",
        "address": "",
        "employment_type": "full_time",
        "shift": "day",
        "pay_unit": "month",
        "pay_min": "2,600,000",
        "pay_max": "3200000",
        "openings": "2",
        "start_date": "",
        "closing_date": (seoul_today() + timedelta(days=20)).isoformat(),
        "youth_min_age": "",
        "youth_max_age": "",
        "must_skill": ["CNC 선반", "도면 해독", ""],
        "must_level": ["3", "", ""],
        "nice_skill": ["용접기능사", ""],
        "nice_level": ["", ""],
        "description": "자동차 부품을 가공합니다.\n\n- 주간 근무\n- 기숙사 제공",
    }
    form.update(changes)
    return form


async def post_posting(
    client: httpx.AsyncClient, action: str, form: dict[str, str | list[str]], page: str = "/employer/postings/new"
) -> httpx.Response:
    token = csrf_of((await client.get(page)).text)
    return await client.post(action, data={**form, "_csrf": token})


async def test_the_posting_page_asks_to_check_skills_it_does_not_know_with_what_they_may_mean(
    client: httpx.AsyncClient,
) -> None:
    """Issue 16: a typo in a must-have matched nobody, and nothing said so once the posting was saved."""
    await make_employer()
    await login(client, "owner@example.kr")
    form = posting_form(must_skill=["CNC 선반", "도먼해득", "<b>쿠앙</b>"], must_level=["", "", ""])
    response = await post_posting(client, "/employer/postings", form)
    page = (await client.get(response.headers["location"])).text
    assert "기술 이름을 확인해 주세요" in page
    assert "“도먼해득” · 필수 · 혹시 이 기술인가요? 도면 해독" in page
    assert "&lt;b&gt;쿠앙&lt;/b&gt;" in page and "<b>쿠앙" not in page
    assert "“CNC 선반”" not in page and "“용접기능사”" not in page  # skills it knows are not listed

    known = await post_posting(client, "/employer/postings", posting_form())
    assert "기술 이름을 확인해 주세요" not in (await client.get(known.headers["location"])).text


async def test_the_edit_form_shows_what_each_saved_skill_line_reads_as(client: httpx.AsyncClient) -> None:
    """A UX look: on the edit form the saved rows showed no reading, so the line not understood could not be told."""
    await make_employer()
    await login(client, "owner@example.kr")
    form = posting_form(must_skill=["CNC 선반", "<b>쿠앙</b>", ""], must_level=["", "", ""])
    response = await post_posting(client, "/employer/postings", form)
    edit = (await client.get(response.headers["location"] + "/edit")).text
    rows = re.findall(
        r'<div class="skill-row".*?<small class="understood" aria-live="polite">(.*?)</small>', edit, re.S
    )
    assert "→ CNC 선반" in rows[0]
    assert "알고 있는 기술이 아닙니다" in rows[1] and "<b>" not in rows[1]
    assert rows[2].strip() == ""  # a blank row reads nothing


async def test_an_employer_creates_a_draft_publishes_it_and_anyone_can_read_it(client: httpx.AsyncClient) -> None:
    await make_employer()
    await login(client, "owner@example.kr")
    response = await post_posting(client, "/employer/postings", posting_form())
    assert response.status_code == 302
    posting = await Posting.objects().first()
    assert posting is not None and posting.status == "draft" and posting.pay_min == 2_600_000
    assert response.headers["location"] == f"/employer/postings/{posting.id}"
    skills = await PostingSkill.objects().order_by(PostingSkill.id)
    assert [(s.kind, s.text, s.level) for s in skills] == [
        ("must", "CNC 선반", 3),
        ("must", "도면 해독", None),
        ("nice", "용접기능사", None),
    ]
    assert skills[0].skill_id is not None  # canonicalised when saved

    client_public = httpx.AsyncClient(transport=client._transport, base_url="http://testserver")
    assert (await client_public.get(f"/jobs/{posting.id}")).status_code == 404  # a draft is not public

    manage = await client.get(f"/employer/postings/{posting.id}")
    assert "초안" in manage.text
    published = await client.post(f"/employer/postings/{posting.id}/publish", data={"_csrf": csrf_of(manage.text)})
    assert published.status_code == 302
    page = await client_public.get(f"/jobs/{posting.id}")
    assert page.status_code == 200
    assert "CNC 선반 가공원 (주간)" in page.text and "명지정밀" in page.text and "인증 기업" in page.text
    assert "월급 2,600,000~3,200,000원" in page.text
    assert "<li>기숙사 제공</li>" in page.text
    await client_public.aclose()


async def test_an_unapproved_company_prepares_drafts_but_cannot_publish(client: httpx.AsyncClient) -> None:
    await make_employer(approved=False)
    await login(client, "owner@example.kr")
    assert (await post_posting(client, "/employer/postings", posting_form())).status_code == 302
    posting = await Posting.objects().first()
    assert posting is not None
    manage = await client.get(f"/employer/postings/{posting.id}")
    response = await client.post(f"/employer/postings/{posting.id}/publish", data={"_csrf": csrf_of(manage.text)})
    assert response.status_code == 403
    assert "승인" in response.text
    again = await Posting.objects().first()
    assert again is not None and again.status == "draft"


def message_by(html: str, field: str) -> str:
    """The error shown inside the form field (or skills fieldset) that holds the input named ``field``."""
    at = html.index(f'name="{field}"')
    start = max(html.rfind('class="field', 0, at), html.rfind('<fieldset class="skills', 0, at))
    after = [i for i in (html.find('class="field', at), html.find("</fieldset>", at)) if i != -1]
    block = html[start : min(after, default=len(html))]
    found = re.search(r'<p class="error"[^>]*>(.*?)</p>', block, re.S)
    return found.group(1) if found else ""


# The rules are tested one by one in tests/unit/postings; these prove the page shows them and stores nothing.
@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"pay_min": "2000000", "pay_max": ""}, "pay_min", "최저임금보다 낮습니다"),
        ({"closing_date": (seoul_today() - timedelta(days=1)).isoformat()}, "closing_date", "마감일이 지났습니다"),
        ({"title": "   "}, "title", "제목을 입력"),
        ({"description": "x" * 10_001}, "description", "10,000자"),
        ({"must_skill": ["Python"], "must_level": ["9"]}, "must_skill", "1부터 5"),
    ],
)
async def test_bad_postings_are_explained_by_the_field_and_nothing_is_stored(
    client: httpx.AsyncClient, changes: dict[str, str | list[str]], field: str, message: str
) -> None:
    await make_employer()
    await login(client, "owner@example.kr")
    response = await post_posting(client, "/employer/postings", posting_form(**changes))
    assert response.status_code == 400
    assert message in message_by(response.text, field)
    assert await Posting.count() == 0
    assert await PostingSkill.count() == 0
    assert await PostingHistory.count() == 0


async def test_the_minimum_wage_message_shows_the_minimum_next_to_the_pay(client: httpx.AsyncClient) -> None:
    await make_employer()
    await login(client, "owner@example.kr")
    response = await post_posting(client, "/employer/postings", posting_form(pay_min="2000000", pay_max=""))
    assert response.status_code == 400
    assert "최저임금 이상이어야 합니다: 월 2,156,880원 (209시간 기준)" in response.text
    assert "최저임금보다 낮습니다" in message_by(response.text, "pay_min")
    # what was typed comes back
    assert 'value="2000000"' in response.text and "CNC 선반" in response.text


async def test_edits_are_kept_in_a_history_the_employer_can_read(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id, title="지게차 운전원")
    await login(client, "owner@example.kr")
    edit_page = f"/employer/postings/{posting_id}/edit"
    form = await client.get(edit_page)
    assert 'value="지게차 운전원"' in form.text
    response = await post_posting(
        client, edit_page, posting_form(title="지게차 운전원 (야간)", pay_min="2700000"), page=edit_page
    )
    assert response.status_code == 302
    manage = await client.get(f"/employer/postings/{posting_id}")
    assert "수정함" in manage.text and "박서연" in manage.text
    assert "지게차 운전원 (야간)" in manage.text and "2700000" in manage.text
    [entry] = await PostingHistory.objects().where(PostingHistory.action == "updated")
    assert json.loads(entry.changes)["title"] == ["지게차 운전원", "지게차 운전원 (야간)"]
    posting = await Posting.objects().where(Posting.id == posting_id).first()
    assert posting is not None and posting.status == "published"  # an edit keeps it public


async def test_close_reopen_and_duplicate(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id)
    await login(client, "owner@example.kr")
    token = csrf_of((await client.get(f"/employer/postings/{posting_id}")).text)
    assert (await client.post(f"/employer/postings/{posting_id}/close", data={"_csrf": token})).status_code == 302
    public = await client.get(f"/jobs/{posting_id}")
    assert public.status_code == 200 and "마감된 공고" in public.text and "application/ld+json" not in public.text
    assert (await client.post(f"/employer/postings/{posting_id}/reopen", data={"_csrf": token})).status_code == 302
    assert "application/ld+json" in (await client.get(f"/jobs/{posting_id}")).text

    copied = await client.post(f"/employer/postings/{posting_id}/duplicate", data={"_csrf": token})
    assert copied.status_code == 302
    new_id = int(copied.headers["location"].split("/")[3])
    copy = await Posting.objects().where(Posting.id == new_id).first()
    assert copy is not None and copy.status == "draft" and copy.title == "CNC 선반 기능직 (신입 가능)"
    assert await PostingSkill.count().where(PostingSkill.posting_id == new_id) == 3
    history = await client.get(f"/employer/postings/{new_id}")
    assert f"#{posting_id}" in history.text
    actions = [h.action for h in await PostingHistory.objects().where(PostingHistory.posting_id == posting_id)]
    assert actions == ["created", "published", "closed", "reopened"]


async def test_a_closed_posting_past_its_date_reopens_only_with_a_new_date(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id)
    await Posting.update({Posting.status: "closed", Posting.closing_date: seoul_today() - timedelta(days=2)}).where(
        Posting.id == posting_id
    )
    await login(client, "owner@example.kr")
    token = csrf_of((await client.get(f"/employer/postings/{posting_id}")).text)
    response = await client.post(f"/employer/postings/{posting_id}/reopen", data={"_csrf": token})
    assert response.status_code == 400 and "새 마감일" in response.text
    copied = await client.post(f"/employer/postings/{posting_id}/duplicate", data={"_csrf": token})
    new_id = int(copied.headers["location"].split("/")[3])
    copy = await Posting.objects().where(Posting.id == new_id).first()
    assert copy is not None and copy.closing_date == seoul_today() + timedelta(days=30)


async def test_text_the_employer_types_is_shown_safely(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer(
        name_ko="<img src=x onerror=alert(3)> 회사", name_en="Co <svg onload=alert(4)>"
    )
    posting_id = await make_posting(
        employer_id,
        owner.id,
        title="<script>alert(1)</script> 용접공",
        description="</script><script>alert(2)</script>\n\n<b>굵게</b>",
        occupation='"><i>가공</i>',
    )
    page = await client.get(f"/jobs/{posting_id}")
    assert "<script>alert" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; 용접공" in page.text
    assert "&lt;b&gt;굵게&lt;/b&gt;" in page.text
    for results in (
        await client.get("/jobs", params={"q": "용접공"}),
        await client.get("/jobs", params={"q": "용접공"}, headers={"HX-Request": "true", "HX-Target": "results"}),
    ):
        assert "&lt;script&gt;alert(1)&lt;/script&gt; 용접공" in results.text and "<script>alert" not in results.text
        assert "&lt;img src=x onerror=alert(3)&gt; 회사" in results.text and "<img" not in results.text
        assert "&#34;&gt;&lt;i&gt;가공&lt;/i&gt;" in results.text and "<i>" not in results.text
    await client.get("/lang/en")
    english = await client.get("/jobs", params={"q": "용접공"})
    assert "Co &lt;svg onload=alert(4)&gt;" in english.text and "<svg" not in english.text


async def test_preview_shows_a_draft_to_its_company_only(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id, publish=False)
    await make_employer(email="b@b.kr", brn=VALID_BRNS[1], name_ko="비회사", name_en="B Co")
    await login(client, "owner@example.kr")
    preview = await client.get(f"/employer/postings/{posting_id}/preview")
    assert (
        preview.status_code == 200 and "미리보기" in preview.text and 'name="robots" content="noindex"' in preview.text
    )
    client.cookies.clear()
    await login(client, "b@b.kr")
    assert (await client.get(f"/employer/postings/{posting_id}/preview")).status_code == 404
    assert "CNC" not in (await client.get("/employer/postings")).text


async def test_another_company_changes_nothing_and_sees_nothing(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id, title="명지정밀 공고")
    await make_employer(email="b@b.kr", brn=VALID_BRNS[1], name_ko="비회사", name_en="B Co")
    await login(client, "b@b.kr")
    token = csrf_of((await client.get("/employer/postings/new")).text)
    attempts = [
        ("POST", f"/employer/postings/{posting_id}/edit", {**posting_form(title="가로챔"), "_csrf": token}),
        ("POST", f"/employer/postings/{posting_id}/close", {"_csrf": token}),
        ("POST", f"/employer/postings/{posting_id}/duplicate", {"_csrf": token}),
        ("GET", f"/employer/postings/{posting_id}", None),
    ]
    for method, path, data in attempts:
        response = await client.request(method, path, data=data)
        assert response.status_code == 404, (method, path)
        assert "명지정밀 공고" not in response.text
    api = await client.put(
        f"/api/v1/employer/postings/{posting_id}", json={"title": "가로챔"}, headers={"X-CSRF-Token": token}
    )
    assert api.status_code == 404
    assert "명지정밀 공고" not in (await client.get("/employer/postings")).text
    assert "명지정밀 공고" not in (await client.get("/api/v1/employer/postings")).text
    posting = await Posting.objects().where(Posting.id == posting_id).first()
    assert posting is not None and (posting.title, posting.status) == ("명지정밀 공고", "published")
    assert await Posting.count() == 1
    assert await PostingHistory.count() == 2  # created, published


async def test_a_skill_line_naming_several_skills_is_saved_as_one_row_each(client: httpx.AsyncClient) -> None:
    await make_employer()
    await login(client, "owner@example.kr")
    form = posting_form(
        must_skill=["Python, Django", "CNC 선반"], must_level=["3", ""], nice_skill=[""], nice_level=[""]
    )
    response = await post_posting(client, "/employer/postings", form)
    assert response.status_code == 302
    skills = await PostingSkill.objects().order_by(PostingSkill.position)
    assert [(s.kind, s.text, s.level, s.skill_id) for s in skills] == [
        ("must", "Python", 3, "python"),
        ("must", "Django", 3, "django"),
        ("must", "CNC 선반", None, "cnc-lathe"),
    ]
    posting = await Posting.objects().first()
    assert posting is not None and posting.skill_keys == ["python", "django", "cnc-lathe"]


async def test_the_form_adds_skill_rows_up_to_the_limit_without_a_save(client: httpx.AsyncClient) -> None:
    """A UX look: five rows a list and no way to add a sixth but saving first."""
    await make_employer()
    await login(client, "owner@example.kr")
    form = (await client.get("/employer/postings/new")).text
    assert 'data-hx-get="/employer/postings/skill-row?kind=must&amp;n=6"' in form
    added = (await client.get("/employer/postings/skill-row", params={"kind": "nice", "n": "6"})).text
    assert 'name="nice_skill"' in added and 'aria-label="우대 기술 6"' in added
    assert "kind=nice&amp;n=7" in added  # and the button for the row after it
    last = (await client.get("/employer/postings/skill-row", params={"kind": "must", "n": "15"})).text
    assert 'name="must_skill"' in last and "skill-row?kind" not in last  # the fifteenth row is the last
    for params in (
        {"kind": "must", "n": "16"},
        {"kind": "<b>", "n": "6"},
        {"kind": "must", "n": "x"},
        {"n": "²"},
        {"n": "9" * 40},
    ):
        refused = await client.get("/employer/postings/skill-row", params=params)
        assert refused.status_code == 400 and "15개" in refused.text, params


async def test_only_a_company_member_gets_a_skill_row(client: httpx.AsyncClient) -> None:
    await make_seeker()
    await login(client, "seeker@example.kr")
    response = await client.get("/employer/postings/skill-row", params={"kind": "must", "n": "6"})
    assert response.status_code in {302, 403}
