"""The typeahead every skill field uses: what the user most likely means first (UX walk of 2026-12-05, E)."""

import re

import httpx
from litestar import Litestar

from jobsfez.skills.typeahead import USE_COUNT_KEY, USE_COUNT_SECONDS
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


async def test_how_often_skills_are_named_is_kept_in_redis_for_minutes(
    client: httpx.AsyncClient, app: Litestar
) -> None:
    """Counting every line that names 200 skills costs tens of milliseconds at a national board's size: a skill's
    count is kept in Redis, shared by the web processes, for minutes, and the ranking follows when it runs out."""
    owner, employer_id = await make_employer()
    for title, skill in (("TIG 용접공", "TIG 용접"), ("TIG 용접 정규직", "TIG 용접"), ("배관 용접공", "배관 용접")):
        await make_posting(employer_id, owner.id, title=title, must=((skill, None),), nice=())
    before = _offered((await client.get("/skills/suggest", params={"skill_text": "용접"})).text)
    assert before.index("TIG 용접") < before.index("배관 용접")
    redis = app.state.resources.redis
    assert int(await redis.get(f"{USE_COUNT_KEY}welding-tig")) == 2
    assert 0 < await redis.ttl(f"{USE_COUNT_KEY}welding-tig") <= USE_COUNT_SECONDS
    for title in ("플랜트 배관 용접", "배관 용접 경력직", "조선소 배관 용접"):
        await make_posting(employer_id, owner.id, title=title, must=(("배관 용접", None),), nice=())
    kept = _offered((await client.get("/skills/suggest", params={"skill_text": "용접"})).text)
    assert kept == before  # the counts kept rank, though three lines more now name 배관 용접
    await redis.delete(f"{USE_COUNT_KEY}welding-pipe")  # as when its minutes run out
    after = _offered((await client.get("/skills/suggest", params={"skill_text": "용접"})).text)
    assert after.index("배관 용접") < after.index("TIG 용접")
