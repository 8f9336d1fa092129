"""The typeahead every skill field uses: what the user most likely means first (UX walk of 2026-12-05, E)."""

import re

import httpx

from tests.helpers import make_employer, make_posting


def _offered(html: str) -> list[str]:
    return re.findall(r'<option value="([^"]*)"', html)


async def test_the_skill_typed_exactly_comes_first_then_common_ones_before_rare_ones(
    client: httpx.AsyncClient,
) -> None:
    owner, employer_id = await make_employer()
    for title in ("배관 용접공", "플랜트 배관 용접"):
        await make_posting(employer_id, owner.id, title=title, must=(("배관 용접", None),), nice=())
    offered = _offered((await client.get("/skills/suggest", params={"skill_text": "용접"})).text)
    assert offered[0] == "용접"
    assert offered.index("배관 용접") < offered.index("TIG 용접") < len(offered)
    assert "일렉트로가스 용접" not in offered  # named by no profile or posting, and later in the taxonomy


async def test_an_english_name_typed_offers_its_skill_first_in_the_pages_language(client: httpx.AsyncClient) -> None:
    assert _offered((await client.get("/skills/suggest", params={"must_skill": "python"})).text)[0] == "파이썬"
    client.cookies.set("lang", "en")
    assert _offered((await client.get("/skills/suggest", params={"must_skill": "파이썬"})).text)[0] == "Python"


async def test_names_beginning_with_what_was_typed_come_before_names_only_containing_it(
    client: httpx.AsyncClient,
) -> None:
    offered = _offered((await client.get("/skills/suggest", params={"skill_text": "지"})).text)
    assert {"지게차 운전", "지라"} <= set(offered)
    assert all(name.startswith("지") or " 지" in name for name in offered[:5])
    assert "회로 설계" not in offered[:5]


async def test_a_misspelt_name_still_offers_the_skill(client: httpx.AsyncClient) -> None:
    assert "파이썬" in _offered((await client.get("/skills/suggest", params={"skill_text": "pyhton"})).text)
