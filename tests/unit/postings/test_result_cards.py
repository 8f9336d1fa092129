"""Search results as the page shows them: what an employer typed is escaped, the labels read in the visitor's
language, and the pager leads to the same search one page either side."""

import re
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from litestar.plugins.jinja import JinjaTemplateEngine
from markupsafe import escape

from jobsfez import i18n
from jobsfez.config import TEMPLATES_DIR
from jobsfez.postings import presenters
from jobsfez.postings.criteria import Criteria, SearchInput
from jobsfez.postings.public import results_context
from jobsfez.postings.search import PAGE_SIZE, SearchResult
from jobsfez.postings.views import PostingCard
from jobsfez.web.templating import configure_environment

CARD = PostingCard(
    id=7, title='용접공 <script>alert("x")</script>', occupation="CO2 & TIG <용접>", sector="machinery",
    district="myeongji", employment_type="full_time", shift="two_shift", pay_unit="month", pay_min=2_600_000,
    pay_max=3_100_000, pay_negotiable=True, closing_date=date(2026, 12, 31),
    published_at=datetime(2026, 11, 1, tzinfo=UTC), no_experience=True, youth_min_age=15, youth_max_age=34,
    employer_id=3, company_name_ko="가나 & 다라 <기계>", company_name_en="Gana & Dara <Machinery>",
)  # fmt: skip


@pytest.fixture(scope="module")
def engine() -> JinjaTemplateEngine:
    engine = JinjaTemplateEngine(directory=TEMPLATES_DIR)
    configure_environment(engine.engine)
    return engine


@pytest.fixture
def korean() -> None:
    i18n.set_language("ko")


def results(
    engine: JinjaTemplateEngine, cards: list[PostingCard], criteria: Criteria | None = None, total: int | None = None
) -> str:
    """The results fragment as the search page renders it."""
    result = SearchResult(criteria or Criteria(q="용접"), cards, len(cards) if total is None else total)
    form = dict.fromkeys(SearchInput.__dataclass_fields__, "")
    return engine.get_template("postings/_results.html").render(**results_context(form, result))


def test_what_an_employer_typed_is_escaped_everywhere_on_the_card(engine: JinjaTemplateEngine, korean: None) -> None:
    html = results(engine, [CARD])
    assert "<script>" not in html and "<용접>" not in html and "<기계>" not in html
    for typed in (CARD.title, CARD.occupation, CARD.company_name_ko):
        assert str(escape(typed)) in html
    assert '<a href="/jobs/7">' in html


def test_each_card_shows_its_own_texts_escaped(engine: JinjaTemplateEngine, korean: None) -> None:
    cards = [
        CARD._replace(id=n, title=f"제목 {n} <{n}>", occupation=f"직종 & {n}", company_name_ko=f'회사 "{n}"')
        for n in range(20)
    ]
    articles = results(engine, cards).split("<article")[1:]
    assert len(articles) == 20
    for n, article in enumerate(articles):
        company = escape(f'회사 "{n}"')
        assert f'<a href="/jobs/{n}">제목 {n} &lt;{n}&gt;</a>' in article
        assert f'<p class="company">{company} <span' in article
        assert f'<p class="facts">직종 &amp; {n} · ' in article


def test_a_card_reads_in_the_visitors_language(engine: JinjaTemplateEngine, korean: None) -> None:
    korean_html = results(engine, [CARD])
    i18n.set_language("en")
    english = results(engine, [CARD])
    assert "Gana &amp; Dara &lt;Machinery&gt;" in english and "가나" not in english
    assert "2,600,000–3,100,000 KRW a month (negotiable)</strong> · Closes 2026-12-31" in english
    assert "월급 2,600,000~3,100,000원 (협의 가능)</strong> · 2026-12-31 마감" in korean_html
    assert "No experience required" in english and "Youth hiring, ages 15–34" in english
    # the same facts in both languages, each label from its own catalogue
    assert english.count('class="badge"') == korean_html.count('class="badge"') == 2


def test_a_label_holding_characters_html_reserves_is_escaped(
    engine: JinjaTemplateEngine, korean: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shipped catalogues hold no such characters: a translation that did would be escaped all the same."""
    words = presenters.labels("ko")
    odd = replace(words, districts={**words.districts, "myeongji": "R&D <Park>"}, closes="<b>{date}</b>")
    monkeypatch.setattr(presenters, "labels", lambda language: odd)
    html = results(engine, [CARD])
    assert "R&amp;D &lt;Park&gt;" in html and "&lt;b&gt;2026-12-31&lt;/b&gt;" in html and "<b>" not in html


PAGER_SEARCHES = [
    Criteria(),
    Criteria(q="용접 & 선반", district="myeongji", sort="relevance"),
    Criteria(q="c++ <dev>", min_pay=2_500_000, pay_unit="month", no_experience=True, youth=True, skill="TIG 용접"),
    Criteria(sector="shipbuilding_marine", shift="two_shift", sort="pay"),
]


@pytest.mark.parametrize("criteria", PAGER_SEARCHES)
@pytest.mark.parametrize("page", [1, 2, 7])
def test_the_pager_links_to_the_same_search_one_page_either_side(
    engine: JinjaTemplateEngine, korean: None, criteria: Criteria, page: int
) -> None:
    here = replace(criteria, page=page)
    nav = results(engine, [CARD], here, total=7 * PAGE_SIZE)
    links = dict(re.findall(r'<a href="([^"]*)" rel="(prev|next)"', nav))
    expected = {}
    if page > 1:
        expected[str(escape("/jobs" + here.query(page=page - 1)))] = "prev"
    if page < 7:
        expected[str(escape("/jobs" + here.query(page=page + 1)))] = "next"
    assert links == expected
    assert f"<span>전체 7페이지 중 {page}페이지</span>" in nav and 'aria-label="페이지"' in nav
    assert ("<dev>" not in nav and "%3Cdev%3E" in nav) or "dev" not in criteria.q


def test_one_page_has_no_pager(engine: JinjaTemplateEngine, korean: None) -> None:
    assert 'class="pager"' not in results(engine, [CARD], Criteria(q="용접"), total=1)


def test_a_page_past_the_last_links_back_to_the_last_once(engine: JinjaTemplateEngine, korean: None) -> None:
    """A typed address can ask for page 9 of 3: one line says so and leads to page 3, where results are; no pager
    says it again (UX look 4.3)."""
    html = results(engine, [], Criteria(q="용접", page=9), total=3 * PAGE_SIZE)
    assert 'class="pager"' not in html and not re.findall(r'rel="(prev|next)"', html)
    assert "page=3" in html and "page=8" not in html and "마지막 페이지(3페이지)로 가기" in html
