"""Counts, pagers and times read as a person writes them: plural forms through ngettext, no "page 3 of 2", and no
seconds on displayed times."""

import re
from datetime import UTC, datetime

import httpx
import pytest

from jobsfez import i18n
from jobsfez.web.templating import local_time
from tests.helpers import make_employer, make_posting


async def test_one_open_job_is_singular_in_english_and_counted_in_korean(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    await make_posting(employer_id, owner.id)
    korean = await client.get("/jobs")
    assert "채용 중인 공고 1건" in korean.text
    english = await client.get("/jobs?lang=en")
    assert "1 open job<" in english.text and "1 open jobs" not in english.text


async def test_a_page_past_the_last_says_so_once_instead_of_page_3_of_1(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    await make_posting(employer_id, owner.id)
    korean = await client.get("/jobs?page=3")
    assert korean.status_code == 200
    assert "없는 페이지 번호입니다. " in korean.text and "마지막 페이지(1페이지)로 가기" in korean.text
    assert "1페이지 중 3페이지" not in korean.text and korean.text.count("없는 페이지") == 1
    english = await client.get("/jobs?page=3&lang=en")
    assert "Go to the last page (page 1)" in english.text and "Page 3 of 1" not in english.text
    assert "Previous" not in english.text


@pytest.mark.parametrize("language", ["ko", "en"])
@pytest.mark.parametrize("width", ["short", "medium", "long", "full"])
def test_displayed_times_have_no_seconds(language: str, width: str) -> None:
    moment = datetime(2026, 12, 4, 3, 5, 7, tzinfo=UTC)
    with i18n.language(language):
        shown = local_time(moment, width)
    assert "12:05" in shown or "12시 5분" in shown, shown
    assert not re.search(r"12:05:07|7초", shown), shown
