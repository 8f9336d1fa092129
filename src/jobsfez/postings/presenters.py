"""Posting values as the words a reader sees, in the current language.

Built in Python rather than with Jinja macros: a search page shows twenty cards, and translating and
formatting each one in the template cost more than the search itself (see docs/benchmarks.md).
Label maps are translated once per language and process; catalogs do not change while a process runs.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import cache, lru_cache
from typing import Any

from markupsafe import Markup, escape

from jobsfez import i18n
from jobsfez.choices import DISTRICTS, EMPLOYMENT_TYPES, PAY_UNITS, SECTORS, SHIFTS
from jobsfez.i18n import lazy
from jobsfez.postings.criteria import SORTS, Criteria
from jobsfez.postings.views import PostingCard, PostingView

PAY_FORMATS = {
    "hour": lazy("{amount} KRW an hour"),
    "month": lazy("{amount} KRW a month"),
    "year": lazy("{amount} KRW a year"),
}
PAY_NEGOTIABLE = lazy("{pay} (negotiable)")


@dataclass(frozen=True, slots=True)
class Labels:
    sectors: dict[str, str]
    districts: dict[str, str]
    employment_types: dict[str, str]
    shifts: dict[str, str]
    pay_units: dict[str, str]
    sorts: dict[str, str]
    pay: dict[str, str]  # "{amount} KRW a month" by pay unit
    pay_range: str
    pay_negotiable: str
    no_pay: str
    youth: str
    closes: str
    verified: str
    no_experience: str
    open_jobs: str
    pages: str
    previous: str
    next: str
    page_of: str


@cache
def labels(language: str) -> Labels:
    def translated(choices: dict[str, str]) -> dict[str, str]:
        return {code: i18n.gettext(text, language) for code, text in choices.items()}

    return Labels(
        sectors=translated(SECTORS),
        districts=translated(DISTRICTS),
        employment_types=translated(EMPLOYMENT_TYPES),
        shifts=translated(SHIFTS),
        pay_units=translated(PAY_UNITS),
        sorts=translated(SORTS),
        pay=translated(PAY_FORMATS),
        pay_range=i18n.gettext("{low}–{high}", language),
        pay_negotiable=i18n.gettext(PAY_NEGOTIABLE, language),
        no_pay=i18n.gettext("Pay negotiable", language),
        youth=i18n.gettext("Youth hiring, ages {low}–{high}", language),
        closes=i18n.gettext("Closes {date}", language),
        verified=i18n.gettext("Verified", language),
        no_experience=i18n.gettext("No experience required", language),
        open_jobs=i18n.gettext("{count} open jobs", language),
        pages=i18n.gettext("Pages", language),
        previous=i18n.gettext("Previous", language),
        next=i18n.gettext("Next", language),
        page_of=i18n.gettext("Page {page} of {pages}", language),
    )


@lru_cache(maxsize=512)
def _options(language: str, field: str, chosen: str, blank: str) -> Markup:
    """The <option>s of a filter in one language, ``chosen`` selected: built once, then reused."""
    choices = getattr(labels(language), field)
    parts = [f'<option value="">{escape(blank)}</option>'] if blank else []
    for value, text in choices.items():
        selected = " selected" if value == chosen else ""
        parts.append(f'<option value="{escape(value)}"{selected}>{escape(text)}</option>')
    return Markup("".join(parts))  # noqa: S704 (every part escaped above)


FILTER_SELECTS = {
    "sector": "sectors",
    "district": "districts",
    "employment_type": "employment_types",
    "shift": "shifts",
}


def search_selects(form: Mapping[str, str]) -> dict[str, Markup]:
    """The <option>s of every select of the search form, what the form holds selected: one call from the
    template instead of six (each costs Jinja a context call)."""
    language = i18n.current_language()
    any_value = i18n.gettext("Any")
    selects = {
        name: _options(language, field, form.get(name) or "", any_value) for name, field in FILTER_SELECTS.items()
    }
    selects["pay_unit"] = _options(language, "pay_units", form.get("pay_unit") or "month", "")
    selects["sort"] = _options(language, "sorts", form.get("sort") or "", "")
    return selects


def pay_text(p: PostingView | PostingCard, words: Labels | None = None) -> str:
    """ "월급 2,600,000~3,200,000원", "10,320 KRW an hour (negotiable)", "급여 협의"."""
    words = words or labels(i18n.current_language())
    if p.pay_min is None:
        return words.no_pay
    # replace() rather than format(): the same for these one-hole texts (a test checks every catalogue), and a
    # third of the time on a page of twenty cards
    if p.pay_max is None or p.pay_max == p.pay_min:
        amount = f"{p.pay_min:,}"
    else:
        amount = words.pay_range.replace("{low}", f"{p.pay_min:,}").replace("{high}", f"{p.pay_max:,}")
    text = words.pay[p.pay_unit].replace("{amount}", amount)
    return words.pay_negotiable.replace("{pay}", text) if p.pay_negotiable else text


def youth_text(p: PostingView | PostingCard, words: Labels | None = None) -> str:
    words = words or labels(i18n.current_language())
    return words.youth.format(low=p.youth_min_age, high=p.youth_max_age)


def company_name(p: PostingView | PostingCard) -> str:
    return p.company_name_ko if i18n.current_language() == "ko" else p.company_name_en


def result_count(total: int) -> str:
    """ "채용 중인 공고 1,234건": formatted here, as the cards' pay is; in the template, ``Markup.format`` and the
    number filter cost more than the rest of the results fragment."""
    return labels(i18n.current_language()).open_jobs.format(count=f"{total:,}")


@cache
def _escaped_labels(language: str) -> Labels:
    """The labels with every text HTML-escaped, once per language: formats keep their holes (escaping leaves
    braces alone), and what fills them in a card is digits and dates."""
    plain = labels(language)

    def escaped(value: Any) -> Any:
        return {k: html.escape(v) for k, v in value.items()} if isinstance(value, dict) else html.escape(value)

    return Labels(**{f.name: escaped(getattr(plain, f.name)) for f in fields(Labels)})


def result_cards(cards: list[PostingCard]) -> Markup:
    """The search results as HTML, every value escaped: the list of ``postings/_results.html``.

    Built here rather than in a Jinja loop: there a card cost seven escapes, eight attribute lookups and sixteen
    chunks passed up through four generators, on top of the texts made for it here (docs/benchmarks.md). Only
    what an employer typed (title, company, occupation) is escaped, all of a page's in one call of the standard
    library's ``html.escape`` (a plain str, where markupsafe builds a Markup object for each); the labels and
    formats around them were escaped once for the language.
    """
    language = i18n.current_language()
    words = _escaped_labels(language)
    korean = language == "ko"
    no_experience = f'<span class="badge">{words.no_experience}</span> '
    typed = [
        text for c in cards for text in (c.title, c.company_name_ko if korean else c.company_name_en, c.occupation)
    ]
    # one escape for the page's sixty texts rather than sixty: PostgreSQL text cannot hold NUL, so NUL separates
    # them (and should one ever hold it, each is escaped alone)
    escaped_texts = html.escape("\0".join(typed)).split("\0")
    if len(escaped_texts) != len(typed):
        escaped_texts = [html.escape(text) for text in typed]
    escaped = iter(escaped_texts)
    parts = []
    for c in cards:
        badges = no_experience if c.no_experience else ""
        if c.youth_min_age is not None:
            badges += f'<span class="badge">{youth_text(c, words)}</span> '
        badge_line = f"    <p>{badges}</p>\n" if badges else ""
        title, company, occupation = next(escaped), next(escaped), next(escaped)
        parts.append(
            '  <article class="card job">\n'
            f'    <h2><a href="/jobs/{c.id}">{title}</a></h2>\n'
            f'    <p class="company">{company} <span class="badge verified">{words.verified}</span></p>\n'
            f'    <p class="facts">{occupation} · {words.districts[c.district]} · '
            f"{words.employment_types[c.employment_type]} · {words.shifts[c.shift]}</p>\n"
            f'    <p class="facts"><strong>{pay_text(c, words)}</strong> · '
            f"{words.closes.replace('{date}', c.closing_date.isoformat())}</p>\n"
            f"{badge_line}"
            "  </article>\n"
        )
    return Markup("".join(parts))  # noqa: S704 (every value escaped above)


def pager(criteria: Criteria, pages: int) -> Markup:
    """The links to the page before and after, and which page of how many this is; nothing on the only page.

    Built here, as the cards are: in the template each link's ``criteria.query(page=…)`` encoded the whole search
    again and ``Markup.format`` wrote the position, about 30 µs a page. The search is encoded once here, and the
    page number, which ``Criteria.params`` puts last, is added to it.
    """
    if pages <= 1 and criteria.page <= 1:
        return Markup("")
    words = _escaped_labels(i18n.current_language())
    rest = criteria.query(page=1)  # every parameter but the page
    joiner = "&amp;" if rest else "?"
    rest = html.escape(rest)

    def link(page: int, rel: str, label: str) -> str:
        url = f"/jobs{rest}{joiner}page={page}" if page > 1 else f"/jobs{rest}"
        return f'<a href="{url}" rel="{rel}" hx-get="{url}" hx-target="#results" hx-push-url="true">{label}</a>'

    page = criteria.page
    previous = link(min(page - 1, pages), "prev", words.previous) if page > 1 else ""  # past the last: to it
    following = link(page + 1, "next", words.next) if page < pages else ""
    position = words.page_of.replace("{page}", str(page)).replace("{pages}", str(pages))
    parts = [previous, f"<span>{position}</span>", following]
    inner = "\n  ".join(part for part in parts if part)
    # the search's URL and the labels escaped above; the rest are digits
    return Markup(f'<nav class="pager" aria-label="{words.pages}">\n  {inner}\n</nav>\n')  # noqa: S704
