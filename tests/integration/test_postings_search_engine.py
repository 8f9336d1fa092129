"""The keyword index (``search.engine``) finds, counts and orders exactly as the statement it stands in for.

The statement of ``search.query`` is the specification: on a random board of postings in both languages, every
search of a random sample (words, prefixes, one letter, "c++", company names, filters, each sort, later pages) and
browsing by each skill is asked of both, and the pages and counts must be the same (the search tests ask each of
their cases of both too).
Then the index's own concerns: it follows writes through the change log, hides a posting at its closing time
without one, ranks as ts_rank does, and is neither built nor asked on a small board.
"""

import asyncio
import dataclasses
import random
import time
from datetime import timedelta

import numpy as np
import pytest
from litestar import Litestar

from jobsfez.choices import DISTRICTS, EMPLOYMENT_TYPES, SECTORS, SHIFTS
from jobsfez.db import fetch, transaction
from jobsfez.postings import search
from jobsfez.postings.criteria import SearchInput, criteria_of
from jobsfez.postings.search import SearchCaches
from jobsfez.postings.search import service as search_service
from jobsfez.postings.search.documents import WEB_READ_EVERY, BoardSize, TrigramSettings, live_keywords
from jobsfez.postings.search.engine import (
    ASKED_ONCE_KEYS,
    MEMO_ENTRY_BYTES,
    PHRASE_BONUS,
    Document,
    KeywordIndex,
    Query,
    TrigramRules,
    Word,
    _Memo,
    lexeme_rank,
    smallest,
)
from jobsfez.postings.search.engine import search as engine_search
from jobsfez.postings.search.query import page_statement
from jobsfez.postings.tables import Posting
from jobsfez.postings.validation import seoul_today
from tests.helpers import VALID_BRNS, make_employer, make_posting

TITLES = [
    "CNC 선반 가공원",
    "Backend developer",
    "선박 블록 용접공",
    "항만 물류센터 지게차 운전원",
    "Python data engineer",
    "용접 python 개발 보조",
    "C++ 임베디드 개발자",
    "데이터 분석가 Data analyst",
    "도장공 Painter",
    "전기 설비 기사 (신입 가능)",
]
SENTENCES = [
    "명지 공장에서 자동차 부품을 가공합니다.",
    "Night shifts at Busan New Port.",
    "Python and SQL for the data team; data data data.",
    "선박 블록 용접, 용접 경력 우대.",
    "기숙사 제공, 통근 버스 운행.",
    "We develop software for shipyards.",
]
SKILLS = ["CNC 선반", "Python", "TIG 용접", "지게차 운전기능사", "C++", "SQL", "엑셀", "도면 해독", "PostgreSQL"]
QUERIES = [
    "python", "py", "p", "용접", "용", "선반 가공", "CNC선반", "c++", "developer python", "data", "분석",
    "지게차", "precision", "명지", "명지정밀", "Myeongji", "engineer data", "tig welding", "엑셀", "sql", "개발",
    "Phyton", "물류센터지게차", "데이터 data", "a", "신입", "anan", "tata",  # these two: letter pairs, no substring
    "", "", "!!",  # no words: browsing (the index answers it by a skill)
]  # fmt: skip
FILTERS: list[dict[str, str]] = [
    {},
    {"sector": "shipbuilding_marine"},
    {"district": "myeongji", "shift": "day"},
    {"no_experience": "on"},
    {"youth": "on"},
    {"min_pay": "3000000", "pay_unit": "month"},
    {"min_pay": "13000", "pay_unit": "hour"},
    {"skill": "Python"},
    {"skill": "용접"},
    {"skill": "엑셀", "district": "myeongji"},
    {"employment_type": "full_time", "sector": "automotive_parts"},
]


def indexed() -> SearchCaches:
    """Caches that answer words from the index on a board of any size."""
    return SearchCaches(board=BoardSize(min_open=0))


async def board(rng: random.Random) -> None:
    """Forty-eight random open postings of two companies, and a few that search must not find."""
    owner, first = await make_employer()
    other, second = await make_employer(
        email="b@b.kr", brn=VALID_BRNS[1], name_ko="신항물류", name_en="Sinhang Logistics"
    )
    for n in range(48):
        company, user = (first, owner.id) if n % 3 else (second, other.id)
        hourly = rng.random() < 0.3
        youth = rng.random() < 0.3
        await make_posting(
            company,
            user,
            title=rng.choice(TITLES),
            occupation=rng.choice(["CNC 가공원", "Software engineer", "용접공", "지게차 운전원"]),
            description=" ".join(rng.sample(SENTENCES, rng.randint(1, 4))),
            sector=rng.choice(["shipbuilding_marine", "automotive_parts", "ai_software", *list(SECTORS)[:2]]),
            district=rng.choice(["myeongji", *list(DISTRICTS)[:3]]),
            employment_type=rng.choice(list(EMPLOYMENT_TYPES)),
            shift=rng.choice(list(SHIFTS)),
            must=tuple((skill, rng.choice([None, 2, 3])) for skill in rng.sample(SKILLS, rng.randint(1, 3))),
            nice=tuple((skill, None) for skill in rng.sample(SKILLS, rng.randint(0, 1))),
            pay_unit="hour" if hourly else "month",
            pay_min=rng.choice([10_320, 13_000, 15_000]) if hourly else rng.choice([2_400_000, 3_000_000, 3_500_000]),
            pay_max=None,
            no_experience=rng.random() < 0.5,
            youth_min_age=18 if youth else None,
            youth_max_age=34 if youth else None,
            closing_date=seoul_today() + timedelta(days=rng.randint(0, 20)),
        )
    draft = await make_posting(first, owner.id, title="Python 초안", publish=False)
    closed = await make_posting(first, owner.id, title="Python 마감")
    await Posting.update({Posting.status: "closed"}).where(Posting.id == closed)
    assert draft and closed


async def by_statement(asked: SearchInput, caches: SearchCaches) -> tuple[list[int], int]:
    """What the page's statement finds, as it did before the keyword index."""
    criteria = criteria_of(asked)
    vocabulary = await caches.vocabulary.get()
    keywords = caches.words.keywords(vocabulary, criteria.q)
    skill_keys = caches.words.skill_filter(vocabulary, criteria.skill) if criteria.skill else None
    statement = page_statement(criteria, keywords, skill_keys, similar=False, unless=None)
    page = await search_service._read(criteria, statement, unless=None)
    assert page is not None
    return [card.id for card in page.result.items], page.result.total


async def test_the_index_finds_counts_and_orders_as_the_statement(app: Litestar, db: None) -> None:
    rng = random.Random(2026)
    await board(rng)
    caches = indexed()
    asked_searches = [
        SearchInput(
            q=rng.choice(QUERIES), sort=rng.choice(["relevance", "newest", "closing", "pay"]),
            page=rng.choice(["1", "1", "2", "3"]), **rng.choice(FILTERS),
        )
        for _ in range(240)
    ] + [
        SearchInput(skill=skill, sort=sort, page=page, district=district)
        for skill in ["Python", "용접", "엑셀", "SQL", "지게차 운전기능사", "Rust"]
        for sort in ["newest", "closing", "pay"]
        for page, district in [("1", None), ("2", None), ("1", "myeongji")]
    ]  # fmt: skip
    found_something = 0
    # twice: a word's first ask works out only the rows its filters leave, a later one its whole work, then kept
    for asked in asked_searches + asked_searches:
        statement = await by_statement(asked, caches)
        result = await search.search(asked, caches=caches)
        assert ([card.id for card in result.items], result.total) == statement, asked
        found_something += bool(result.items)
    assert found_something > 180  # the sample is not all empty pages


async def test_ranks_are_postgresql_ts_rank_to_the_last_bit(app: Litestar, db: None) -> None:
    """The rank's ts_rank part is the very float PostgreSQL's ts_rank gives each posting, for one word or several
    (their parts are added in its order and rounded as it rounds): ties between postings are the statement's."""
    await board(random.Random(7))
    caches = indexed()
    [layer] = await caches.keywords.layers(await caches.vocabulary.get())
    index = layer.index
    rows = np.arange(len(index))
    # several words are added in PostgreSQL's order of operands (bytewise: "data" before "sql", not by length)
    one_word = [["data"], ["python"], ["용접"], ["p"], ["선박"]]
    for words in [*one_word, ["data", "python"], ["데이터", "d", "sql"], ["sql", "data"]]:
        statement = await fetch(
            "SELECT id, ts_rank(search, to_tsquery('simple', $1)) AS rank FROM postings",
            " | ".join(f"'{word}':*" for word in words),
        )
        expected = {row["id"]: row["rank"] for row in statement}
        query = Query(words=[], whole_key=None, rank_prefixes=words, rank_keys=[], phrase="\x00", facets=[],
                      skill_keys=None, min_hourly=None, sort="relevance")  # fmt: skip
        mine = index.rank(query, rows)  # no bonus: no skill key, a phrase found nowhere
        assert {int(i): float(np.float32(r)) for i, r in zip(index.ids, mine, strict=True)} == {
            i: expected[i] for i in map(int, index.ids)
        }, words


def test_a_lexemes_part_follows_calc_rank_or() -> None:
    """One position of weight A: 1; the highest weight counts fully, the others by 1/i² of their place."""
    assert lexeme_rank("A") == np.float32(1.0)
    assert lexeme_rank("CA") == np.float32(np.float32(1.0) + np.float32(0.2) + np.float32(0.25) - np.float32(0.25))
    assert lexeme_rank("D") < lexeme_rank("C") < lexeme_rank("B") < lexeme_rank("A") < lexeme_rank("AA")


def test_the_smallest_rows_are_found_by_their_keys_in_order() -> None:
    rng = np.random.default_rng(3)
    first = rng.integers(0, 4, size=500).astype(np.float64)  # many ties, broken by the next keys
    second = rng.integers(0, 3, size=500)
    third = rng.permutation(500)
    expected = np.lexsort((third, second, first))
    for count in (1, 7, 20, 499, 500, 800):
        assert list(smallest([first, second, third], count)) == list(expected[:count])


def sort_key(sort: str, index: KeywordIndex, row: int) -> tuple[float, ...]:
    """A row's place in a sort, as the statement's ORDER BY reads it."""
    published, posting_id, pay = int(index.published[row]), int(index.ids[row]), index.pay[row]
    if sort == "closing":
        return (index.closes[row], posting_id)
    if sort == "pay":
        return (np.inf if np.isnan(pay) else -pay, -published, -posting_id)
    return (-published, -posting_id)


def test_browsing_reads_each_layers_kept_order_as_a_sort_of_every_match_would() -> None:
    """Browsing (no words) over two layers of 3,000 and 500 rows: for each sort, filters that keep most rows
    and some (the kept orders read in one slice or several), few (the found rows sorted), later pages, ties;
    the page, count and first closing time are those of sorting every live match."""
    rng = random.Random(5)
    tokens = ["sector:a", "sector:b", "district:x", "district:y", "rare:z"]

    def document(row_id: int) -> Document:
        facets = [rng.choice(tokens[:2]), rng.choice(tokens[2:4])] + (["rare:z"] if rng.random() < 0.01 else [])
        facets += ["some:m"] if rng.random() < 0.08 else []  # past FEW_FOUND, yet under 20 in a first slice
        pay = None if rng.random() < 0.2 else rng.choice([10_000, 12_000, 15_000])
        closes = float(rng.choice([100, 200, 300]))
        return Document(row_id, rng.choice([1, 2, 3]) * 10**6, pay, facets, [], "", [], [], closes)

    layers = []
    for first_id, size in ((1, 3000), (5001, 500)):
        index = KeywordIndex.build(document(i) for i in range(first_id, first_id + size))
        layers.append((index, np.array([rng.random() < 0.9 for _ in range(size)])))
    for facets in ([], ["sector:a"], ["sector:a", "district:x"], ["some:m"], ["rare:z"]):
        for sort in ("relevance", "newest", "closing", "pay"):
            query = Query([], None, [], [], "", facets, None, None, sort)
            every = [
                (index, row)
                for index, live in layers
                for row in range(len(index))
                if live[row] and all(index.facets[token][row] for token in facets)
            ]

            expected = [int(index.ids[row]) for index, row in sorted(every, key=lambda f: sort_key(sort, *f))]
            for offset in (0, 20, 980):
                found = engine_search(layers, query, offset=offset, limit=20)
                assert found.ids == expected[offset : offset + 20], (facets, sort, offset)
                assert found.total == len(expected)
                assert found.first_close == min(index.closes[row] for index, row in every)


def test_a_one_word_search_by_relevance_reads_its_kept_order_as_ranking_every_match_would() -> None:
    """One word found in hundreds of rows over two layers (past FEW_FOUND times a page, so each layer reads the word's
    rows in the relevance order it keeps): for filters that keep most rows, some and few, and later pages, the page,
    count and first closing time are those of ranking every live match."""
    rng = random.Random(11)
    words = ["weld", "welder", "welding", "shop", "tig"]

    def document(row_id: int) -> Document:
        lexemes = sorted(set(rng.sample(words, rng.randint(1, 3))))
        labels = ["".join(rng.choice("ABCD") for _ in range(rng.randint(1, 3))) for _ in lexemes]
        facets = [rng.choice(["sector:a", "sector:b"])] + (["rare:z"] if rng.random() < 0.05 else [])
        keys = ["skill:welding"] if rng.random() < 0.3 else []
        compact = "".join(lexemes) if rng.random() < 0.7 else "shop"
        closes = float(rng.choice([100, 200, 300]))
        return Document(row_id, rng.choice([1, 2, 3]) * 10**6, None, facets, keys, compact, lexemes, labels, closes)

    layers = []
    for first_id, size in ((1, 1500), (5001, 400)):
        index = KeywordIndex.build(document(i) for i in range(first_id, first_id + size))
        layers.append((index, np.array([rng.random() < 0.9 for _ in range(size)])))
    word = Word("weld", ["skill:welding"], full_text=True, exact=False)
    for facets in ([], ["sector:a"], ["rare:z"]):
        query = Query([word], None, ["weld"], ["skill:welding"], "weld", facets, None, None, "relevance")
        every = []
        for index, live in layers:
            rows = np.flatnonzero(index.matches(query, live))
            ranks = index.rank(query, rows)
            every += [((-ranks[k], -int(index.published[row]), -int(index.ids[row])), index, row) for k, row in
                      enumerate(rows)]  # fmt: skip
        every.sort(key=lambda found: found[0])
        expected = [int(index.ids[row]) for _, index, row in every]
        assert len(expected) > 20 or facets == ["rare:z"]
        for offset in (0, 20, 200):
            found = engine_search(layers, query, offset=offset, limit=20)
            assert found.ids == expected[offset : offset + 20], (facets, offset)
            assert found.total == len(expected)
            assert found.first_close == min(index.closes[row] for _, index, row in every)


def test_the_whole_querys_skill_finds_a_posting_that_holds_not_every_word() -> None:
    """ "CNC 선반" asked as two words also finds a posting holding the skill CNC 선반 names, whichever words its text
    has (the statement ORs the whole query's skill key with every word's arms), within the filters."""
    documents = [
        Document(1, 10**6, None, ["sector:a"], ["skill:cnc-lathe"] * 2, "정밀가공", ["정밀가공"], ["A"], 100.0),
        Document(2, 2 * 10**6, None, ["sector:a"], [], "cnc선반", ["cnc", "선반"], ["A", "A"], 100.0),
        Document(3, 3 * 10**6, None, ["sector:b"], ["skill:cnc-lathe"], "밀링", ["밀링"], ["A"], 100.0),
        Document(4, 4 * 10**6, None, ["sector:a"], [], "cnc밀링", ["cnc", "밀링"], ["A", "A"], 100.0),
    ]
    index = KeywordIndex.build(documents)
    words = [Word("cnc", [], full_text=True, exact=False), Word("선반", [], full_text=True, exact=False)]
    query = Query(words, "skill:cnc-lathe", ["cnc", "선반"], ["skill:cnc-lathe"], "cnc선반", ["sector:a"], None,
                  None, "newest")  # fmt: skip
    found = engine_search([(index, np.ones(4, dtype=np.bool_))], query, offset=0, limit=20)
    assert found.ids == [2, 1] and found.total == 2


def test_what_an_index_keeps_of_its_searches_is_each_words_own_and_bounded() -> None:
    """A word's rows are kept by the index for the next search (``engine._Memo``): under the word with its skill
    keys and arms, since the same word means other keys after a taxonomy edit while the index stays; and no more
    than the memo's bytes, the least recently asked dropped first."""
    documents = [
        Document(1, 10**6, None, [], ["skill:weld"], "용접공", ["용접공"], ["A"], 100.0),
        Document(2, 2 * 10**6, None, [], ["skill:tig"], "티그", ["티그"], ["A"], 100.0),
        Document(3, 3 * 10**6, None, [], [], "기타", ["기타"], ["A"], 100.0),
    ]
    index = KeywordIndex.build(documents)
    live = np.ones(3, dtype=np.bool_)

    def ids(keys: list[str]) -> list[int]:
        query = Query([Word("용접", keys, full_text=True, exact=False)], None, ["용접"], keys, "용접", [], None,
                      None, "relevance")  # fmt: skip
        return engine_search([(index, live)], query, offset=0, limit=20).ids

    assert ids(["skill:weld"]) == [1]
    assert ids(["skill:weld", "skill:tig"]) == [1, 2]  # an alias added: the word's skill keys widen
    assert ids(["skill:weld"]) == [1]

    entry = MEMO_ENTRY_BYTES + 4  # an entry of one int32
    memo = _Memo(limit=2 * entry)
    first = memo.get(("a",), lambda: (np.zeros(1, dtype=np.int32),))
    memo.get(("b",), lambda: (np.zeros(1, dtype=np.int32),))
    assert memo.get(("a",), lambda: (np.ones(1, dtype=np.int32),)) is first  # kept, and now the most recent
    memo.get(("c",), lambda: (np.zeros(1, dtype=np.int32),))  # past two entries: "b", the least recent, goes
    assert list(memo.entries) == [("a",), ("c",)] and memo.size == 2 * entry
    nothing = _Memo(limit=3 * MEMO_ENTRY_BYTES)
    for n in range(100):  # words found nowhere: empty arrays, yet no free entries
        nothing.get((str(n),), lambda: (np.zeros(0, dtype=np.int32),))
    assert len(nothing.entries) == 3


def test_a_words_work_is_kept_from_its_second_ask() -> None:
    """A word asked once keeps nothing (most words of a day's searches are asked once, and keeping each would push
    out the popular words' work): its search finds what it would have; the second ask works out and keeps the whole;
    the keys asked once are remembered up to a bound, the oldest forgotten."""
    documents = [
        Document(n, n * 10**6, None, ["sector:a" if n % 2 else "sector:b"], [], f"용접{n}", ["용접"], ["A"], 100.0)
        for n in range(1, 401)
    ]
    index = KeywordIndex.build(documents)
    live = np.ones(len(documents), dtype=np.bool_)
    query = Query([Word("용접", [], full_text=True, exact=False)], None, ["용접"], [], "용접", ["sector:a"], None,
                  None, "relevance")  # fmt: skip
    first = engine_search([(index, live)], query, offset=0, limit=20)
    assert index.memo.entries == {} and index.memo.size == 0  # nothing kept on a first ask
    assert {key[0] for key in index.memo.asked} == {"word", "text", "keys", "prefix", "ranked"}  # but remembered
    second = engine_search([(index, live)], query, offset=0, limit=20)
    kept = {key[0] for key in index.memo.entries}
    assert "word" in kept and "ranked" in kept  # the word's rows, all 400 of them, and their relevance order
    assert len(index.memo.entries[("word", "용접", "True", "False")][0]) == 400
    third = engine_search([(index, live)], query, offset=0, limit=20)
    assert first == second == third and first.total == 200 and len(first.ids) == 20

    # The word's rows kept then dropped as the least recent while its relevance order is asked once: the order worked
    # out on its second ask is of all the word's rows, though the word's own ask is then a first one again (a
    # reviewer's sequence: a rare filter finds few, so the order is not asked; another word's work pushes the
    # word's out of a small memo).
    documents = [
        Document(n, n * 10**6, None, ["sector:a" if n % 2 else "sector:b"] + (["rare:z"] if n % 50 == 0 else []), [],
                 f"weld{n}shop", ["shop", "weld"], ["A", "A"], 100.0)
        for n in range(1, 1001)
    ]  # fmt: skip
    index = KeywordIndex.build(documents)
    index.memo.limit = 24_500
    live = np.ones(len(documents), dtype=np.bool_)
    word = Word("weld", [], full_text=True, exact=False)
    narrow = Query([word], None, ["weld"], [], "weld", ["sector:a"], None, None, "relevance")
    broad, few = dataclasses.replace(narrow, facets=[]), dataclasses.replace(narrow, facets=["rare:z"])
    other = Query([Word("shop", [], full_text=True, exact=False)], None, ["shop"], [], "shop", ["rare:z"], None,
                  None, "newest")  # fmt: skip
    for asked in (few, few, broad, other, other, narrow):
        engine_search([(index, live)], asked, offset=0, limit=20)
    assert engine_search([(index, live)], broad, offset=0, limit=20).ids == [1000 - n for n in range(20)]

    memo = _Memo()
    assert [memo.kept(("a",)), memo.kept(("a",))] == [False, True]
    for n in range(ASKED_ONCE_KEYS + 1):
        memo.kept((str(n),))
    assert len(memo.asked) == ASKED_ONCE_KEYS and ("0",) not in memo.asked  # the oldest forgotten
    assert memo.kept((str(ASKED_ONCE_KEYS),))  # the newest remembered


def test_a_misspelt_words_rows_that_may_be_similar_are_the_same_kept_or_not() -> None:
    """The similarity pass's superset (``_may_be_like``): on a word's first ask the rows its filters leave are read,
    from its second every row's, worked out once and kept; both give the rows that hold the letter pairs of enough of
    the word's padded trigrams, as reading each row's text gives them."""
    rng = random.Random(5)
    texts = ["javascript", "java", "script", "typescript", "scrap", "jasmine", "파이썬", "파이프", "썬", "rivet"]
    documents = [
        Document(n, n, None, [rng.choice(["sector:a", "sector:b"])], [], "".join(rng.sample(texts, 2)), [], [], 1.0)
        for n in range(1, 301)
    ]
    index = KeywordIndex.build(documents)
    rules = TrigramRules(hangul=True, threshold=0.6)

    def by_reading(text: str, among: np.ndarray) -> list[int]:
        padded = f"  {text} "
        trigrams = [t.strip(" ") for t in {padded[i : i + 3] for i in range(len(padded) - 2)}]
        found = []
        for row in np.flatnonzero(among):
            compact = documents[row].compact
            held = sum(all(t[i : i + 2] in compact for i in range(len(t) - 1)) for t in trigrams)
            if held >= 0.6 * len(trigrams) - 1e-6:
                found.append(int(row))
        return found

    for text in ("javascrpt", "scrit", "파이썬", "jasmin", "rivte"):
        asks = [np.array([rng.random() < share for _ in documents]) for share in (0.3, 0.9, 1.0, 0.5)]
        for ask, among in enumerate(asks):
            expected = by_reading(text, among)
            assert list(np.flatnonzero(index._may_be_like(text, among, rules))) == expected, (text, ask)
            assert expected or text == "rivte"
        assert ("like", text, "True", "0.6") in index.memo.entries  # kept from its second ask


def test_the_phrase_bonus_is_for_the_text_compact_holds_not_for_a_description() -> None:
    """A word whose lexeme is only in the description (label C) earns no phrase bonus, one in the title does, and so
    does one compact holds inside a longer word: as the statement's ``compact LIKE`` reads them."""
    documents = [
        Document(1, 10**6, None, [], [], "shipyard", ["weld", "shipyard"], ["C", "A"], 100.0),
        Document(2, 10**6, None, [], [], "weldshop", ["weld", "shop"], ["A", "A"], 100.0),
        Document(3, 10**6, None, [], [], "teamwelders", ["teamwelders"], ["A"], 100.0),
    ]
    index = KeywordIndex.build(documents)
    query = Query([], None, ["weld"], [], "weld", [], None, None, "relevance")
    ranks = index.rank(query, np.arange(3))
    assert ranks[0] < PHRASE_BONUS <= ranks[1]
    assert ranks[2] == PHRASE_BONUS  # no lexeme begins with it, but compact holds it


async def test_the_index_follows_writes_and_closing_times(app: Litestar, db: None) -> None:
    owner, company = await make_employer()
    caches = indexed()

    async def titles(q: str) -> list[str]:
        return sorted(card.title for card in (await search.search(SearchInput(q=q), caches=caches)).items)

    soon = await make_posting(company, owner.id, title="Rigger 오늘 마감", closing_date=seoul_today())
    later = await make_posting(company, owner.id, title="Rigger 다음 달")
    assert await titles("rigger") == ["Rigger 다음 달", "Rigger 오늘 마감"]
    builds = caches.keywords.builds
    await Posting.update({Posting.title: "Crane rigger 다음 달"}).where(Posting.id == later)
    assert await titles("crane") == ["Crane rigger 다음 달"]
    assert caches.keywords.builds == builds and caches.keywords.fresh_rows == 1  # reloaded, not rebuilt
    # closing needs no write: the index keeps each posting's closing time, and a layer hides it from then on
    layers = await caches.keywords.layers(await caches.vocabulary.get())
    [(layer, row)] = [(layer, np.flatnonzero(layer.index.ids == soon)) for layer in layers if soon in layer.index.ids]
    closes = float(layer.closes[row][0])
    assert layer.live_at(closes - 1)[row].all() and not layer.live_at(closes)[row].any()


async def test_a_browsing_page_shows_a_postings_new_card_after_its_write(app: Litestar, db: None) -> None:
    """A card is remembered by the index row that found it: a write hides that row, so the next page reads the
    posting's new card, and the same page of an unchanged board reads none."""
    owner, company = await make_employer()
    caches = indexed()
    posting = await make_posting(company, owner.id, title="Rigger")

    async def titles() -> list[str]:
        return [card.title for card in (await search.search(SearchInput(), caches=caches)).items]

    assert await titles() == ["Rigger"]
    assert caches.cards.count == 1
    assert await titles() == ["Rigger"] and caches.cards.count == 1  # found again, read once
    await Posting.update({Posting.title: "Crane rigger"}).where(Posting.id == posting)
    assert await titles() == ["Crane rigger"]
    assert caches.cards.count == 2  # the base's card of the hidden row, the recent layer's
    await Posting.update({Posting.title: "Tower crane rigger"}).where(Posting.id == posting)
    assert await titles() == ["Tower crane rigger"]
    assert caches.cards.count == 2  # the replaced recent layer's card went with its index


async def test_a_web_process_reads_the_change_log_at_most_every_tenth_of_a_second(app: Litestar, db: None) -> None:
    owner, company = await make_employer()
    caches = SearchCaches(board=BoardSize(min_open=0), keywords=live_keywords(read_every=WEB_READ_EVERY))
    first = await make_posting(company, owner.id, title="Rigger")

    async def ids() -> list[int]:
        return [card.id for card in (await search.search(SearchInput(q="rigger"), caches=caches)).items]

    before = time.monotonic()  # the window runs from the first search's read, which comes after this
    assert await ids() == [first]
    second = await make_posting(company, owner.id, title="Rigger 2")
    found = await ids()
    if time.monotonic() - before < WEB_READ_EVERY:  # a slow machine may already be past it
        assert found == [first]
    await asyncio.sleep(WEB_READ_EVERY)
    assert sorted(await ids()) == sorted([first, second])


async def test_a_call_during_a_read_answers_from_the_layers_held_for_twice_the_window(app: Litestar, db: None) -> None:
    """Within twice ``read_every`` of the last read a call does not wait for a read under way; past it, it does,
    so no answer is older than that; an index read every call (the worker's) always waits."""
    owner, company = await make_employer()
    await make_posting(company, owner.id, title="Rigger")
    caches = SearchCaches(board=BoardSize(min_open=0), keywords=live_keywords(read_every=1.0))
    vocabulary = await caches.vocabulary.get()
    await caches.keywords.layers(vocabulary)
    await asyncio.sleep(1.0)
    async with caches.keywords._lock:  # a read under way
        assert await asyncio.wait_for(caches.keywords.layers(vocabulary), timeout=0.5)
    await asyncio.sleep(1.0)
    async with caches.keywords._lock:
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(caches.keywords.layers(vocabulary), timeout=0.2)
    every_call = indexed()
    await every_call.keywords.layers(vocabulary)
    async with every_call.keywords._lock:
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(every_call.keywords.layers(vocabulary), timeout=0.2)


async def test_a_new_base_built_in_the_background_keeps_the_writes_made_during_its_build(
    app: Litestar, db: None
) -> None:
    """A write made after the build read its page is in the fresh layer; the new base must catch up with it before
    it serves, or a web process (which reads the change log only now and then) finds the posting as it was."""
    owner, company = await make_employer()
    caches = SearchCaches(board=BoardSize(min_open=0), keywords=live_keywords(read_every=1.0))
    posting = await make_posting(company, owner.id, title="Rigger")

    async def ids(q: str) -> list[int]:
        return [card.id for card in (await search.search(SearchInput(q=q), caches=caches)).items]

    assert await ids("rigger") == [posting]
    keywords = caches.keywords
    page_read, go_on = asyncio.Event(), asyncio.Event()
    source = keywords.source

    async def held_page(after: int, limit: int) -> list[tuple[Document, float]]:
        rows = await source.page(after, limit)
        page_read.set()
        await go_on.wait()
        return rows

    keywords.source = dataclasses.replace(source, page=held_page)
    keywords._rebasing = asyncio.create_task(keywords._rebase(await caches.vocabulary.get()))
    await page_read.wait()
    keywords.source = source
    await Posting.update({Posting.title: "Welder"}).where(Posting.id == posting)
    await asyncio.sleep(1.0)
    assert await ids("rigger") == [] and await ids("welder") == [posting]
    go_on.set()
    await keywords.settled()
    assert keywords.builds == 2
    assert await ids("rigger") == [] and await ids("welder") == [posting]


async def test_a_reload_that_fails_is_tried_again_by_the_next_search(
    app: Litestar, db: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner, company = await make_employer()
    caches = indexed()
    first = await make_posting(company, owner.id, title="Rigger")

    async def ids() -> list[int]:
        return [card.id for card in (await search.search(SearchInput(q="rigger"), caches=caches)).items]

    assert await ids() == [first]
    source = caches.keywords.source

    async def unreachable(_ids: list[int]) -> list[tuple[Document, float]]:
        raise ConnectionError

    monkeypatch.setattr(caches.keywords, "source", dataclasses.replace(source, among=unreachable))
    second = await make_posting(company, owner.id, title="Rigger 2")
    assert await ids() == [second, first]  # the statement answers meanwhile
    monkeypatch.setattr(caches.keywords, "source", source)
    assert await ids() == [second, first]
    assert caches.keywords.fresh_rows == 1  # from the index, which reloaded the posting


async def test_a_small_board_is_searched_by_the_statement_and_builds_no_index(app: Litestar, db: None) -> None:
    owner, company = await make_employer()
    await make_posting(company, owner.id, title="Rigger")
    caches = SearchCaches(board=BoardSize(min_open=2, seconds=0))
    assert [card.title for card in (await search.search(SearchInput(q="rigger"), caches=caches)).items] == ["Rigger"]
    assert caches.keywords.builds == 0 and caches.results.entries  # the statement's result, remembered
    await make_posting(company, owner.id, title="Rigger 2")
    assert len((await search.search(SearchInput(q="rigger"), caches=caches)).items) == 2
    assert caches.keywords.builds == 1


async def test_a_middling_board_browses_by_the_index_and_searches_words_by_the_statement(
    app: Litestar, db: None
) -> None:
    """Between BROWSE_MIN_OPEN and INDEX_MIN_OPEN open postings a browsing page reads the index, a keyword search
    the statement: the statement's GIN finds a word's few matches for less of the web process's time."""
    owner, company = await make_employer()
    for title in ("Rigger", "Baker"):
        await make_posting(company, owner.id, title=title)
    caches = SearchCaches(board=BoardSize(min_open=3, browse_min_open=2, seconds=0))
    assert [card.title for card in (await search.search(SearchInput(q="rigger"), caches=caches)).items] == ["Rigger"]
    assert caches.keywords.builds == 0
    assert len((await search.search(SearchInput(), caches=caches)).items) == 2
    assert caches.keywords.builds == 1
    assert [card.title for card in (await search.search(SearchInput(q="baker"), caches=caches)).items] == ["Baker"]
    by_index = [key[1][0].q for key in caches.results.entries if key[0] == "index"]  # the index's pages' keys
    by_statement = [key[0].q for key in caches.results.entries if key[0] != "index"]
    assert by_statement == ["rigger", "baker"] and len(by_index) == 1 and not by_index[0]


async def test_the_statement_answers_when_the_index_cannot_be_built(
    app: Litestar, db: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner, company = await make_employer()
    await make_posting(company, owner.id, title="Rigger")

    def broken(_documents: object) -> KeywordIndex:
        raise MemoryError

    monkeypatch.setattr(KeywordIndex, "build", broken)
    caches = indexed()
    assert [card.title for card in (await search.search(SearchInput(q="rigger"), caches=caches)).items] == ["Rigger"]
    assert not caches.keywords.building


@pytest.mark.parametrize(("q", "by_index"), [("m²", False), ("a_b", False), ("c++", True), ("2024년 python", True)])
async def test_words_postgresql_would_not_take_whole_go_to_the_statement(
    app: Litestar, db: None, q: str, by_index: bool
) -> None:
    """PostgreSQL's parser reads "m²" as "m" and "a_b" as two words: the index, asked the word as typed, would
    differ, so the statement answers them."""
    caches = SearchCaches()
    vocabulary = await caches.vocabulary.get()
    criteria = criteria_of(SearchInput(q=q))
    keywords = caches.words.keywords(vocabulary, criteria.q)
    assert keywords is not None
    assert (search_service.engine_query(criteria, keywords, None) is not None) == by_index


MISSPELT = [
    "pythn", "pyhton", "develoepr", "enginer", "analsyt", "precison", "paintr", "myeongjj", "logistcs", "sinhnag",
    "용접곤", "지게자", "데이타", "가공언", "명지정밀공", "블록용잡", "dat4", "c++개발", "python개발자", "embeded",
    "cnc선번", "데이타분석", "pythonn", "부산신항물류",
]  # fmt: skip


async def narrowed_as_everywhere(
    caches: SearchCaches, rng: random.Random, trigrams: TrigramRules
) -> tuple[list[str], int]:
    """Each misspelt word's similarity pass asked of the postings ``_may_be_similar`` gives (by ``trigrams``)
    and of every posting, with a few filters: the words whose pages differed, and how many found postings."""
    vocabulary = await caches.vocabulary.get()
    differing, found = [], 0
    for q in MISSPELT:
        for filters in [{}, *rng.sample(FILTERS, 3)]:
            criteria = criteria_of(SearchInput(q=q, sort=rng.choice(["relevance", "newest"]), **filters))
            keywords = caches.words.keywords(vocabulary, criteria.q)
            skill_keys = caches.words.skill_filter(vocabulary, criteria.skill) if criteria.skill else None
            query = search_service.engine_query(criteria, keywords, skill_keys)
            assert query is not None
            layers = await caches.keywords.layers(vocabulary)
            among = search_service._may_be_similar(query, layers, trigrams)
            assert among is not None
            everywhere = await search_service._read(
                criteria, page_statement(criteria, keywords, skill_keys, similar=True, unless=None), unless=None
            )
            narrow = await search_service._read(
                criteria,
                page_statement(criteria, keywords, skill_keys, similar=True, unless=None, among=among),
                unless=None,
            )
            assert everywhere is not None and narrow is not None
            if (narrow.result.items, narrow.result.total) != (everywhere.result.items, everywhere.result.total):
                differing.append(q)
            found += everywhere.result.total > 0
    return differing, found


async def test_the_index_narrows_the_similarity_pass_to_a_superset_of_what_it_finds(app: Litestar, db: None) -> None:
    """A misspelt word's similarity pass, asked of the postings the index says may be similar, finds what the
    statement finds asked of every posting: letter pairs bound pg_trgm's word similarity from above."""
    await board(random.Random(2027))
    caches = indexed()
    # this database's locale (C.UTF-8) gives Hangul trigrams; its threshold is pg_trgm's own
    assert await caches.trigrams.rules() == TrigramRules(hangul=True, threshold=0.6)
    differing, found = await narrowed_as_everywhere(caches, random.Random(1), await caches.trigrams.rules())
    assert differing == []
    assert found > 20  # the typos do find postings by similarity


async def test_the_narrowing_follows_the_databases_similarity_threshold(app: Litestar, db: None) -> None:
    """A database that asks for less similarity (here for one transaction) finds more by it, and the narrowing
    reads its threshold rather than assume pg_trgm's."""
    await board(random.Random(2027))
    caches = indexed()
    await caches.keywords.layers(await caches.vocabulary.get())
    async with transaction():
        await fetch("SET LOCAL pg_trgm.word_similarity_threshold = 0.3")
        rules = await TrigramSettings().rules()
        assert rules == TrigramRules(hangul=True, threshold=0.3)
        differing, _ = await narrowed_as_everywhere(caches, random.Random(1), rules)
        assert differing == []
        assumed, _ = await narrowed_as_everywhere(caches, random.Random(1), TrigramRules(hangul=True))
        assert assumed  # pg_trgm's own threshold would have left out postings this database finds
