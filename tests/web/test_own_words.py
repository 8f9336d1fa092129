"""Issue 16: skills a seeker's summary and résumé name, offered on their own profile; skills a posting's title and
description name, suggested on the employer's page for it."""

import html
import re

import httpx

from jobsfez.seekers.tables import SeekerProfile
from tests.helpers import PDF, VALID_BRNS, csrf_of, login, make_employer, make_posting, make_seeker
from tests.pdf_factories import text_pdf
from tests.web.test_postings import post_posting, posting_form

RESUME = text_pdf("Experience: TIG welding, 5 years.", "Tools: AutoCAD and Python.")


def own_words(page: str) -> str:
    """The section of the profile page that offers the skills; empty when the page has none."""
    found = re.search(r'<section class="own-words".*?</section>', page, re.S)
    return found.group(0) if found else ""


async def _save(client: httpx.AsyncClient, summary: str, skills: list[str]) -> None:
    token = csrf_of((await client.get("/me")).text)
    form = {"_csrf": token, "summary": summary, "skill_text": skills, "skill_level": [""] * len(skills)}
    response = await client.post("/me", data={**form, "skill_years": [""] * len(skills)})
    assert response.status_code == 200 and "저장했습니다" in response.text, response.text[:2000]


async def _upload(client: httpx.AsyncClient, content: bytes) -> None:
    token = csrf_of((await client.get("/me")).text)
    response = await client.post(
        "/me/resume", data={"_csrf": token}, files={"resume": ("cv.pdf", content, "application/pdf")}
    )
    assert response.status_code == 302, response.text[:2000]


async def test_skills_the_summary_and_resume_name_are_offered_with_their_words_unless_listed(
    client: httpx.AsyncClient,
) -> None:
    await make_seeker()
    await login(client, "seeker@example.kr")
    await _save(client, "CNC 선반 3년, 도면 보고 지그 제작도 했습니다", ["파이썬"])
    await _upload(client, RESUME)
    section = own_words((await client.get("/me")).text)
    assert "자기소개와 이력서에 나온 기술" in section
    assert "“CNC 선반”" in section and "자기소개에서 · 3년" in section
    assert "“지그”" in section
    assert "“TIG welding”" in section and "이력서에서 · 5년" in section
    assert "“AutoCAD”" in section
    assert "Python" not in section and "파이썬" not in section  # listed already, as 파이썬

    await _save(client, "CNC 선반 3년, 도면 보고 지그 제작도 했습니다", ["파이썬", "CNC 선반", "용접 (TIG)"])
    section = own_words((await client.get("/me")).text)
    assert "“CNC 선반”" not in section and "“TIG welding”" not in section  # now listed, by skill, not by words
    assert "“지그”" in section and "“AutoCAD”" in section


async def test_the_words_are_shown_escaped(client: httpx.AsyncClient) -> None:
    await make_seeker()
    await login(client, "seeker@example.kr")
    await _save(client, "GD&T 도면 해석, <b>볼드</b>", [])
    section = own_words((await client.get("/me")).text)
    assert "“GD&amp;T”" in section and "GD&T" not in section
    assert "<b>" not in section


async def test_only_the_seeker_sees_the_skills_of_their_summary_and_resume(client: httpx.AsyncClient) -> None:
    await make_seeker()
    await make_seeker("other@example.kr", "이서연")
    await login(client, "seeker@example.kr")
    await _save(client, "지게차 운전 5년", [])
    await _upload(client, RESUME)
    assert "“TIG welding”" in own_words((await client.get("/me")).text)
    client.cookies.clear()
    await login(client, "other@example.kr")
    page = (await client.get("/me")).text
    assert own_words(page) == "" and "TIG welding" not in page and "지게차 운전 5년" not in page


async def test_a_resume_without_text_names_no_skills(client: httpx.AsyncClient) -> None:
    await make_seeker()
    await login(client, "seeker@example.kr")
    await _upload(client, RESUME)
    assert "“AutoCAD”" in own_words((await client.get("/me")).text)
    await _upload(client, PDF)  # no page, as a scan has no text: the new résumé's (none) replaces the old's
    page = (await client.get("/me")).text
    assert page.count("cv.pdf") >= 1 and own_words(page) == ""


async def test_a_resume_stored_before_its_text_was_kept_is_read_on_the_next_view(client: httpx.AsyncClient) -> None:
    await make_seeker()
    await login(client, "seeker@example.kr")
    await _upload(client, RESUME)
    await SeekerProfile.update({SeekerProfile.resume_text: None}, force=True)  # as migration 96 leaves one
    assert "“AutoCAD”" in own_words((await client.get("/me")).text)
    stored = await SeekerProfile.select(SeekerProfile.resume_text).first()
    assert stored is not None and "AutoCAD" in stored["resume_text"]


async def test_the_add_control_brings_a_skill_row_filled_with_the_words_level_and_years(
    client: httpx.AsyncClient,
) -> None:
    await make_seeker()
    await login(client, "seeker@example.kr")
    await _save(client, "CNC 선반 3년", [])
    section = own_words((await client.get("/me")).text)
    found = re.search(r'data-hx-get="(/me/skill-row\?[^"]+)" data-hx-target="#skill-rows"', section)
    assert found is not None, section
    row = (await client.get(html.unescape(found.group(1)))).text
    assert 'name="skill_text" value="CNC 선반"' in row
    assert 'name="skill_years" value="3"' in row
    assert '<option value="3" selected>' not in row  # no level was said

    assert '<span class="hit">→ CNC 선반' in row  # with its reading, as the offer asks the seeker to check it
    assert 'id="own-word-1" data-hx-swap-oob="innerHTML"' in row and "위 기술 목록에 추가했습니다" in row

    row = (await client.get("/me/skill-row", params={"text": "엑셀", "level": "4", "years": "1.5"})).text
    assert 'value="엑셀"' in row and '<option value="4" selected>' in row and 'value="1.5"' in row
    row = (await client.get("/me/skill-row", params={"text": "x" * 500, "level": "9"})).text
    assert 'value="' + "x" * 120 + '"' in row and "selected" not in row
    assert "swap-oob" not in row  # no offer named
    row = (await client.get("/me/skill-row", params={"text": "엑셀", "offered": 'x" onclick="alert(1)'})).text
    assert "swap-oob" not in row and "onclick" not in row  # an id that is none of the page's offers is dropped


async def test_a_skill_a_sentence_of_the_summary_only_wants_is_not_offered(client: httpx.AsyncClient) -> None:
    await make_seeker()
    await login(client, "seeker@example.kr")
    await _save(client, "CNC 선반 3년 했습니다. I want to learn welding.", [])
    section = own_words((await client.get("/me")).text)
    assert "“CNC 선반”" in section
    assert "welding" not in section.lower()


def unlisted(page: str) -> str:
    found = re.search(r'<section class="card own-words" aria-labelledby="unlisted-skills">.*?</section>', page, re.S)
    return found.group(0) if found else ""


async def test_the_posting_page_suggests_skills_its_text_names_that_its_lists_do_not(
    client: httpx.AsyncClient,
) -> None:
    await make_employer()
    await login(client, "owner@example.kr")
    description = "자동차 부품을 가공합니다. 용접기능사 우대, TIG 용접 경력 3년.\n\n- <지게차> & 크레인"
    form = posting_form(title="CNC 선반 가공원 (주간)", description=description)
    response = await post_posting(client, "/employer/postings", form)
    section = unlisted((await client.get(response.headers["location"])).text)
    assert "본문에는 있지만 기술 목록에는 없는 기술" in section
    assert "“TIG 용접 경력” <small>상세 설명에서 · 3년" in section
    assert "“&lt;지게차&gt;”" in section or "“지게차”" in section
    assert "용접기능사" not in section and "CNC 선반" not in section  # on the lists already
    assert "/edit?add=welding-tig&amp;to=must#must-skills" in section and "to=nice#nice-skills" in section


async def test_the_list_a_sentence_suggests_is_offered_first(client: httpx.AsyncClient) -> None:
    """A skill said with "우대" (or "a plus") is offered as a nice-to-have first, the filled button; others as a
    must-have first."""
    user, employer_id = await make_employer()
    await login(client, "owner@example.kr")
    description = "TIG 용접 3년 경력자 우대.\n지게차 운전 가능자."
    posting_id = await make_posting(employer_id, user.id, description=description)
    section = unlisted((await client.get(f"/employer/postings/{posting_id}")).text)
    tig = re.search(r"<li><strong>TIG 용접</strong>.*?</li>", section, re.S)
    forklift = re.search(r"<li><strong>지게차 운전</strong>.*?</li>", section, re.S)
    assert tig and forklift, section
    buttons = re.findall(r'<a class="([^"]*)" href="[^"]*to=(must|nice)', tig.group(0))
    assert buttons == [("button small", "nice"), ("button secondary small", "must")]
    buttons = re.findall(r'<a class="([^"]*)" href="[^"]*to=(must|nice)', forklift.group(0))
    assert buttons == [("button small", "must"), ("button secondary small", "nice")]


async def test_a_skill_the_text_names_is_added_to_the_list_chosen_on_save(client: httpx.AsyncClient) -> None:
    """The posting page's "add as must-have/nice-to-have" opens the edit form with the skill's row in that list; the
    row is kept only when the form is saved, as the seeker's own words are."""
    user, employer_id = await make_employer()
    await login(client, "owner@example.kr")
    posting_id = await make_posting(employer_id, user.id, description="TIG 용접 3년 경력자 우대")
    edit = f"/employer/postings/{posting_id}/edit"
    page = await client.get(edit, params={"add": "welding-tig", "to": "nice"})
    assert page.status_code == 200
    nice = re.search(r'id="nice-skills">.*?</fieldset>', page.text, re.S)
    assert nice and 'value="TIG 용접"' in nice.group(0)
    assert "아래 우대 기술에 “TIG 용접” 줄을 넣었습니다. 확인하고 공고를 저장해야 반영됩니다." in page.text
    assert 'value="TIG 용접"' not in re.search(r'id="must-skills">.*?</fieldset>', page.text, re.S).group(0)
    assert "“TIG 용접" in unlisted((await client.get(f"/employer/postings/{posting_id}")).text)  # nothing saved yet

    for params, message in (
        ({"add": "welding-tig", "to": "both"}, "필수 기술 또는 우대 기술 목록을 골라 주세요."),
        ({"add": "python", "to": "must"}, "공고 내용에 없는 기술이거나 이미 목록에 있는 기술입니다."),
        ({"add": "<script>", "to": "must"}, "공고 내용에 없는 기술이거나 이미 목록에 있는 기술입니다."),
    ):
        refused = await client.get(edit, params=params)
        assert refused.status_code == 400 and message in refused.text and "<script>" not in refused.text

    other_user, other_employer = await make_employer(email="other@example.kr", brn=VALID_BRNS[1], name_ko="다른회사")
    others = await make_posting(other_employer, other_user.id, description="TIG 용접 3년")
    assert (await client.get(f"/employer/postings/{others}/edit", params={"add": "welding-tig"})).status_code == 404


async def test_a_posting_whose_lists_name_all_its_skills_has_no_suggestion(client: httpx.AsyncClient) -> None:
    user, employer_id = await make_employer()
    await login(client, "owner@example.kr")
    posting_id = await make_posting(employer_id, user.id, description="TIG 용접 3년 경력자 우대")
    assert "“TIG 용접" in unlisted((await client.get(f"/employer/postings/{posting_id}")).text)
    listed = await make_posting(
        employer_id, user.id, description="CNC 선반 가공", must=(("CNC 선반", None),), nice=(("용접기능사", None),)
    )
    assert unlisted((await client.get(f"/employer/postings/{listed}")).text) == ""
