"""Public search against a real PostgreSQL: Korean and English, typos, spacing, filters, sorting and pages."""

from datetime import timedelta

import pytest
from litestar import Litestar

from jobsfez.postings import search
from jobsfez.postings.criteria import Criteria, SearchInput
from jobsfez.postings.search import SearchCaches, documents, query
from jobsfez.postings.tables import Posting
from jobsfez.postings.validation import seoul_today
from tests.helpers import VALID_BRNS, make_employer, make_posting


@pytest.fixture(autouse=True, params=["statement", "index"])
def words_answered_by(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every case twice: words answered by the page's statement (a small board) and by the keyword index."""
    if request.param == "index":
        monkeypatch.setattr(documents, "INDEX_MIN_OPEN", 0)
    return str(request.param)


async def catalogue() -> dict[str, int]:
    """A few open postings of two companies, one draft, one closed, one of an unapproved company."""
    owner, company = await make_employer()
    other, second = await make_employer(
        email="b@b.kr", brn=VALID_BRNS[1], name_ko="신항물류", name_en="Sinhang Logistics"
    )
    ids = {
        "lathe": await make_posting(company, owner.id, title="CNC선반 가공원", must=(("CNC 선반", 3),), nice=()),
        "python": await make_posting(
            company,
            owner.id,
            title="Backend developer",
            occupation="Software engineer",
            sector="ai_software",
            must=(("Python", 3), ("PostgreSQL", None)),
            nice=(),
            no_experience=False,
            pay_min=4_000_000,
            pay_max=None,
        ),
        "welder": await make_posting(
            second,
            other.id,
            title="선박 블록 용접공",
            occupation="용접공",
            sector="shipbuilding_marine",
            district="ungdong",
            shift="two_shift",
            must=(("TIG 용접", None),),
            nice=(),
            pay_unit="hour",
            pay_min=13_000,
            pay_max=None,
            youth_min_age=18,
            youth_max_age=34,
            closing_date=seoul_today() + timedelta(days=3),
        ),
        "forklift": await make_posting(
            second,
            other.id,
            title="항만 물류센터 지게차 운전원",
            occupation="지게차 운전원",
            sector="port_logistics",
            district="sinhang",
            shift="three_shift",
            employment_type="contract",
            must=(("지게차 운전기능사", None),),
            nice=(),
            description="Night shifts at Busan New Port. Forklift licence needed.",
            pay_min=2_400_000,
            pay_max=None,
        ),
        "draft": await make_posting(company, owner.id, title="CNC 선반 초안", publish=False),
    }
    closed = await make_posting(company, owner.id, title="CNC 선반 마감")
    await Posting.update({Posting.status: "closed"}).where(Posting.id == closed)
    expired = await make_posting(company, owner.id, title="CNC 선반 기한 지남")
    await Posting.update({Posting.closing_date: seoul_today() - timedelta(days=1)}).where(Posting.id == expired)
    pending, third = await make_employer(email="c@c.kr", brn=VALID_BRNS[2], approved=False)
    await make_posting(third, pending.id, title="CNC 선반 미승인")  # published by a direct call: still hidden
    return ids


async def found(**asked: str) -> list[int]:
    """The ids a search finds, asked afresh: nothing remembered from an earlier search."""
    return [card.id for card in (await search.search(SearchInput(**asked), caches=SearchCaches())).items]


# What each query finds in the catalogue (names of its postings).
WORD_CASES = [
    ("CNC선반", {"lathe"}),
    ("CNC 선반", {"lathe"}),  # spacing in the query, none in the title
    ("cnc", {"lathe"}),
    ("선반 가공", {"lathe"}),  # every word must match
    ("용접", {"welder"}),
    ("용졉", {"welder"}),  # a typo, found through the skill key (welding, whose kinds include TIG welding)
    ("TIG welding", {"welder"}),  # English for a Korean skill
    ("Phyton", {"python"}),
    ("python", {"python"}),
    ("파이썬", {"python"}),  # Korean for an English skill
    ("develop", {"python"}),  # a prefix
    ("postgre", {"python"}),
    ("forklift", {"forklift"}),  # in the description only
    ("지게차", {"forklift"}),
    ("물류센터지게차", {"forklift"}),  # spacing left out of the query
    ("용접 python", set()),
    ("바리스타", set()),
    ("_", set()),  # not a LIKE wildcard
    ("50%", set()),
    ("!!", {"lathe", "python", "welder", "forklift"}),  # no words: every open posting
]


async def test_words_find_open_postings_in_either_language_with_typos_and_any_spacing(app: Litestar, db: None) -> None:
    ids = await catalogue()
    names = {v: k for k, v in ids.items()}
    wrong = []
    for q, expected in WORD_CASES:
        got = {names.get(i, f"#{i}") for i in await found(q=q)}
        if got != expected:
            wrong.append((q, got, expected))
    assert wrong == []


FILTER_CASES = [
    {"sector": "shipbuilding_marine"},
    {"district": "sinhang", "employment_type": "contract", "shift": "three_shift"},
    {"youth": "1"},
    {"no_experience": "on"},  # too common to narrow on its own (matters when typos are looked for)
    {"no_experience": "on", "district": "sinhang"},
    {"min_pay": "13000", "pay_unit": "hour"},
]


async def test_words_with_filters_find_what_each_finds_alone(app: Litestar, db: None) -> None:
    """With filters the words are tested on the rows the facets index leaves; the answer must not change."""
    await catalogue()
    wrong = []
    for filters in FILTER_CASES:
        allowed = set(await found(**filters))  # browsing: the filters on their own columns
        for q, _ in WORD_CASES:
            expected = {i for i in await found(q=q) if i in allowed}
            got = set(await found(q=q, **filters))
            if got != expected:
                wrong.append((q, filters, got, expected))
    assert wrong == []


async def test_candidates_from_the_findable_index_never_lose_a_match(
    app: Litestar, db: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The ``findable`` index only narrows: every word case, with every filter case, finds the same postings as
    the exact tests alone (the filters then through the facets index)."""
    ids = await catalogue()
    owner, company = await make_employer(email="d@d.kr", brn=VALID_BRNS[3])
    # text the parser reads differently when fields are joined: a leading "~" and a tag spanning fields
    await make_posting(company, owner.id, title="Hiring <urgent", occupation="welder", must=(), nice=(),
                       description="~CNC선반 경력자 우대 MIG welding> Seoul")  # fmt: skip
    assert ids
    words = [q for q, _ in WORD_CASES] + ["c++", "abc_def", "tig용접", "운전기능사", "센터", "hub's", "x", "가"]
    words += ["선반", "mig", "welding", "urgent"]
    queries = [{"q": q, **filters} for q in words for filters in [{}, *FILTER_CASES]]
    narrowed = [await found(**asked) for asked in queries]

    def facets_only(sql: query._Sql, words: query._Words, c: Criteria) -> None:
        # the candidates' parameters are still used (PostgreSQL must type them), but no longer narrow anything
        sql.clauses.append(f"({' && '.join([*words.candidates, *filter(None, [words.whole])])}) IS NOT NULL")
        if tokens := query.facets_of(c):
            sql.clauses.append(f"p.facets @> {sql.arg(tokens)}::text[]")

    monkeypatch.setattr(query, "_candidates", facets_only)
    exact = [await found(**asked) for asked in queries]
    assert sum(map(len, exact)) > 50  # the cases find things
    assert [(q, n) for q, n, e in zip(queries, narrowed, exact, strict=True) if n != e] == []


async def test_filters_sorting_and_pages(app: Litestar, db: None) -> None:
    ids = await catalogue()
    assert await found(sector="shipbuilding_marine") == [ids["welder"]]
    assert await found(district="sinhang", employment_type="contract", shift="three_shift") == [ids["forklift"]]
    assert set(await found(min_pay="3000000")) == {ids["python"]}  # the welder's 13,000/h is 2,717,000 a month
    assert set(await found(min_pay="13000", pay_unit="hour")) == {ids["python"], ids["welder"]}
    assert await found(youth="1") == [ids["welder"]]
    assert ids["python"] not in await found(no_experience="on")
    assert await found(skill="tig 용졉") == [ids["welder"]]
    assert await found(skill="용접") == [ids["welder"]]  # a broad skill finds the narrower TIG 용접 (issue 17)
    assert await found(skill="Pipe welding") == []  # a narrow one does not find the broad
    assert (await found(sort="closing"))[0] == ids["welder"]
    assert (await found(sort="pay"))[0] == ids["python"]
    assert (await found())[0] == ids["forklift"]  # newest first
    everything = await search.search(SearchInput(), caches=SearchCaches())
    assert everything.total == 4 and everything.pages == 1
    beyond = await search.search(SearchInput(page="3"), caches=SearchCaches())
    assert beyond.items == [] and beyond.total == 4


async def test_pages_of_twenty(app: Litestar, db: None) -> None:
    owner, company = await make_employer()
    for n in range(21):
        await make_posting(company, owner.id, title=f"용접공 {n}", must=(), nice=())
    caches = SearchCaches()
    first = await search.search(SearchInput(q="용접공"), caches=caches)
    second = await search.search(SearchInput(q="용접공", page="2"), caches=caches)
    assert (first.total, first.pages, len(first.items), len(second.items)) == (21, 2, 20, 1)
    assert not {c.id for c in first.items} & {c.id for c in second.items}
