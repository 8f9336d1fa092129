"""Search result cards: what an employer typed is escaped, the labels read in the visitor's language."""

import html
import re
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from jobsfez import i18n
from jobsfez.postings import presenters
from jobsfez.postings.criteria import Criteria
from jobsfez.postings.views import PostingCard

CARD = PostingCard(
    id=7, title='용접공 <script>alert("x")</script>', occupation="CO2 & TIG <용접>", sector="machinery",
    district="myeongji", employment_type="full_time", shift="two_shift", pay_unit="month", pay_min=2_600_000,
    pay_max=3_100_000, pay_negotiable=True, closing_date=date(2026, 12, 31),
    published_at=datetime(2026, 11, 1, tzinfo=UTC), no_experience=True, youth_min_age=15, youth_max_age=34,
    employer_id=3, company_name_ko="가나 & 다라 <기계>", company_name_en="Gana & Dara <Machinery>",
)  # fmt: skip


@pytest.fixture
def korean() -> None:
    i18n.set_language("ko")


def test_what_an_employer_typed_is_escaped_everywhere_on_the_card(korean: None) -> None:
    html = str(presenters.result_cards([CARD]))
    assert "<script>" not in html and "<용접>" not in html and "<기계>" not in html
    assert "용접공 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "CO2 &amp; TIG &lt;용접&gt;" in html
    assert "가나 &amp; 다라 &lt;기계&gt;" in html
    assert '<a href="/jobs/7">' in html


@pytest.mark.parametrize("odd_title", ["plain", "NUL \0 inside"], ids=["page", "a-text-holding-nul"])
def test_each_card_shows_its_own_texts_escaped(korean: None, odd_title: str) -> None:
    """A page's texts are escaped together; each still lands on its own card, a NUL (which PostgreSQL cannot
    store, and which separates them) included."""
    cards = [
        replace(CARD, id=n, title=f"제목 {n} <{n}>", occupation=f"직종 & {n}", company_name_ko=f'회사 "{n}"')
        for n in range(20)
    ]
    cards[5] = replace(cards[5], title=odd_title)
    articles = str(presenters.result_cards(cards)).split("<article")[1:]
    assert len(articles) == 20
    for n, article in enumerate(articles):
        title = odd_title if n == 5 else f"제목 {n} &lt;{n}&gt;"
        assert f'<a href="/jobs/{n}">{title}</a>' in article
        assert f'<p class="company">회사 &quot;{n}&quot; <span' in article
        assert f'<p class="facts">직종 &amp; {n} · ' in article


def test_a_card_reads_in_the_visitors_language(korean: None) -> None:
    korean_html = str(presenters.result_cards([CARD]))
    i18n.set_language("en")
    english = str(presenters.result_cards([CARD]))
    assert "Gana &amp; Dara &lt;Machinery&gt;" in english and "가나" not in english
    assert "2,600,000–3,100,000 KRW a month (negotiable)</strong> · Closes 2026-12-31" in english
    assert "월급 2,600,000~3,100,000원 (협의 가능)</strong> · 2026-12-31 마감" in korean_html
    assert "No experience required" in english and "Youth hiring, ages 15–34" in english
    # the same facts in both languages, each label from its own catalogue
    assert english.count('class="badge"') == korean_html.count('class="badge"') == 2


def test_labels_with_characters_html_reserves_are_escaped_once(korean: None, monkeypatch: pytest.MonkeyPatch) -> None:
    escaped = presenters._escaped_labels("en")
    plain = presenters.labels("en")
    for name, text in plain.districts.items():
        assert escaped.districts[name] == text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert "{amount}" in escaped.pay["month"]  # formats keep their holes
    # the shipped catalogues hold no such characters: a translation that did would be escaped all the same
    odd = replace(plain, districts={"rnd": "R&D <Park>"}, verified='"Checked"', closes="<b>{date}</b>")
    monkeypatch.setattr(presenters, "labels", lambda language: odd)
    escaped = presenters._escaped_labels.__wrapped__("en")
    assert escaped.districts == {"rnd": "R&amp;D &lt;Park&gt;"} and escaped.verified == "&quot;Checked&quot;"
    assert escaped.closes == "&lt;b&gt;{date}&lt;/b&gt;"


@pytest.mark.parametrize("language", ["ko", "en"])
def test_formats_filled_by_replace_have_only_their_holes(language: str) -> None:
    words = presenters.labels(language)
    holes = {
        "pay_range": ("{low}", "{high}"),
        "pay_negotiable": ("{pay}",),
        "closes": ("{date}",),
        "page_of": ("{page}", "{pages}"),
    }
    texts = [(text, ("{amount}",)) for text in words.pay.values()]
    texts += [(getattr(words, name), names) for name, names in holes.items()]
    for text, names in texts:
        rest = text
        for name in names:
            assert rest.count(name) == 1, text
            rest = rest.replace(name, "")
        assert "{" not in rest and "}" not in rest, text


PAGER_SEARCHES = [
    Criteria(),
    Criteria(q="용접 & 선반", district="myeongji", sort="relevance"),
    Criteria(q="c++ <dev>", min_pay=2_500_000, pay_unit="month", no_experience=True, youth=True, skill="TIG 용접"),
    Criteria(sector="shipbuilding_marine", shift="two_shift", sort="pay"),
]


@pytest.mark.parametrize("criteria", PAGER_SEARCHES)
@pytest.mark.parametrize("page", [1, 2, 7])
def test_the_pager_links_to_the_same_search_one_page_either_side(korean: None, criteria: Criteria, page: int) -> None:
    here = replace(criteria, page=page)
    nav = str(presenters.pager(here, pages=7))
    links = dict(re.findall(r'<a href="([^"]*)" rel="(prev|next)"', nav))
    expected = {}
    if page > 1:
        expected[html.escape("/jobs" + here.query(page=page - 1))] = "prev"
    if page < 7:
        expected[html.escape("/jobs" + here.query(page=page + 1))] = "next"
    assert links == expected
    assert f"<span>7쪽 중 {page}쪽</span>" in nav and 'aria-label="페이지"' in nav
    assert ("<dev>" not in nav and "%3Cdev%3E" in nav) or "dev" not in criteria.q


def test_one_page_has_no_pager(korean: None) -> None:
    assert presenters.pager(Criteria(q="용접"), pages=1) == ""


def test_a_page_past_the_last_links_back_to_the_last(korean: None) -> None:
    """A typed address can ask for page 9 of 3: "previous" then leads to page 3, where results are."""
    nav = str(presenters.pager(Criteria(q="용접", page=9), pages=3))
    assert re.findall(r'rel="(prev|next)"', nav) == ["prev"] and "page=3" in nav and "page=8" not in nav
