"""Search finds a posting by its company's names, as it finds titles (issue 17), and follows a company's rename."""

import pytest
from litestar import Litestar

from jobsfez.employers import service as employers
from jobsfez.employers.service import Actor
from jobsfez.postings import search
from jobsfez.postings.criteria import SearchInput
from jobsfez.postings.search import SearchCaches, documents
from jobsfez.postings.tables import Posting
from tests.helpers import VALID_BRNS, make_employer, make_posting


@pytest.fixture(autouse=True, params=["statement", "index"])
def words_answered_by(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every case twice: words answered by the page's statement (a small board) and by the keyword index."""
    if request.param == "index":
        monkeypatch.setattr(documents, "INDEX_MIN_OPEN", 0)
    return str(request.param)


async def two_companies() -> dict[str, int]:
    """A posting of 진해정밀 whose own text names nothing of the company, and one of another company."""
    owner, company = await make_employer(name_ko="진해정밀", name_en="Jinhae Precision")
    other, second = await make_employer(
        email="b@b.kr", brn=VALID_BRNS[1], name_ko="신항물류", name_en="Sinhang Logistics"
    )
    return {
        "jinhae": await make_posting(
            company, owner.id, title="사무 보조", occupation="사무원", must=(("엑셀", None),), nice=()
        ),
        "sinhang": await make_posting(
            second, other.id, title="지게차 운전원", occupation="운전원", must=(("지게차 운전기능사", None),), nice=()
        ),
        "owner": owner.id,
        "company": company,
    }


async def found(caches: SearchCaches | None = None, **asked: str) -> list[int]:
    result = await search.search(SearchInput(**asked), caches=caches or SearchCaches())
    return [card.id for card in result.items]


@pytest.mark.parametrize(
    "q",
    [
        "진해정밀",
        "Jinhae Precision",
        "jinhae",
        "진해 정밀",  # spaced where the name is not
        "정밀",  # a part of the Korean name
        "jinhae precison",  # a typo: found by trigram similarity
        "진해정밀 사무",  # the company and a word of the title
    ],
)
async def test_a_company_name_finds_its_postings(app: Litestar, db: None, q: str) -> None:
    ids = await two_companies()
    assert await found(q=q) == [ids["jinhae"]]


async def test_a_company_name_with_filters(app: Litestar, db: None) -> None:
    ids = await two_companies()
    assert await found(q="Jinhae Precision", district="myeongji", sector="automotive_parts") == [ids["jinhae"]]
    assert await found(q="Jinhae Precision", district="ungdong") == []
    # a typo with filters: found by similarity among the postings the filters leave
    assert await found(q="jinhae precison", district="myeongji", shift="day") == [ids["jinhae"]]
    assert await found(q="jinhae precison") == [ids["jinhae"]]


@pytest.mark.parametrize(
    "filters", [{}, {"district": "myeongji"}, {"district": "myeongji", "shift": "day"}], ids=["none", "one", "two"]
)
async def test_a_lone_misspelt_word_is_found_by_similarity_alone(
    app: Litestar, db: None, filters: dict[str, str]
) -> None:
    """A lone word that found nothing as typed is asked again by similarity only (its other arms cannot match
    then), with filters that narrow and without."""
    ids = await two_companies()
    assert await found(q="precison", **filters) == [ids["jinhae"]]
    assert await found(q="precison", district="ungdong") == []


async def test_after_a_rename_the_new_name_finds_the_postings_and_the_old_one_does_not(app: Litestar, db: None) -> None:
    ids = await two_companies()
    caches = SearchCaches()  # one process's caches: a remembered result must not outlive the rename
    assert await found(caches, q="진해정밀") == [ids["jinhae"]]
    owner = Actor(user_id=ids["owner"], employer_id=ids["company"], role="owner", approved=True)
    await employers.update_company(
        owner, name_ko="가덕정밀", name_en="Gadeok Precision", address="부산 강서구", district="myeongji",
        sector="automotive_parts",
    )  # fmt: skip
    assert await found(caches, q="진해정밀") == []
    assert await found(caches, q="Jinhae Precision") == []
    assert await found(caches, q="가덕 정밀") == [ids["jinhae"]]
    assert await found(caches, q="gadeok precison") == [ids["jinhae"]]
    later = await make_posting(ids["company"], ids["owner"], title="품질 관리", must=(), nice=())
    assert set(await found(caches, q="Gadeok")) == {ids["jinhae"], later}
    [card] = [c for c in (await search.search(SearchInput(q="Gadeok"), caches=caches)).items if c.id == later]
    assert (card.company_name_ko, card.company_name_en) == ("가덕정밀", "Gadeok Precision")


async def test_a_postings_copy_of_its_company_names_cannot_be_written_apart(app: Litestar, db: None) -> None:
    ids = await two_companies()
    await Posting.update({Posting.company_name_ko: "가짜회사", Posting.company_name_en: "Fake"}).where(
        Posting.id == ids["jinhae"]
    )
    assert await found(q="가짜회사") == []
    assert await found(q="진해정밀") == [ids["jinhae"]]


async def test_a_title_or_skill_ranks_above_a_company_name_holding_the_word(app: Litestar, db: None) -> None:
    owner, welding_co = await make_employer(name_ko="한국용접", name_en="Korea Welding")
    other, shipyard = await make_employer(email="b@b.kr", brn=VALID_BRNS[1], name_ko="신항조선", name_en="Sinhang")
    office = await make_posting(welding_co, owner.id, title="사무 보조", occupation="사무원", must=(), nice=())
    welder = await make_posting(shipyard, other.id, title="선박 용접공", occupation="용접공", must=(("TIG 용접", 3),))
    assert await found(q="용접") == [welder, office]
    assert await found(q="welding") == [welder, office]
