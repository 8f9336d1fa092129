"""Posting values as the words a reader sees, in the current language.

Label maps are translated once per language and process; catalogs do not change while a process runs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from markupsafe import Markup

from jobsfez import i18n
from jobsfez.choices import DISTRICTS, EMPLOYMENT_TYPES, PAY_UNITS, SEARCH_FILTERS, SECTORS, SHIFTS
from jobsfez.i18n import lazy
from jobsfez.postings.criteria import SORTS
from jobsfez.postings.views import PostingCard, PostingView

PAY_FORMATS = {
    "hour": lazy("{amount} KRW an hour"),
    "month": lazy("{amount} KRW a month"),
    "year": lazy("{amount} KRW a year"),
}
PAY_NEGOTIABLE = lazy("{pay} (negotiable)")
# The selects of the search form and their choices: the filters, which may be left at "Any", then two that may not.
SEARCH_SELECTS = {**SEARCH_FILTERS, "pay_unit": PAY_UNITS, "sort": SORTS}
OPTION = Markup('<option value="{}"{}>{}</option>')


@dataclass(frozen=True, slots=True)
class Labels:
    """A language's words for postings: the choices' labels and the texts a posting's values are put in."""

    sectors: dict[str, str]
    districts: dict[str, str]
    employment_types: dict[str, str]
    shifts: dict[str, str]
    pay_formats: dict[str, str]  # "{amount} KRW a month" by pay unit
    pay_range: str
    pay_negotiable: str
    no_pay: str
    youth: str
    closes: str


@cache
def labels(language: str) -> Labels:
    def translated(choices: dict[str, str]) -> dict[str, str]:
        return {code: i18n.gettext(text, language) for code, text in choices.items()}

    return Labels(
        sectors=translated(SECTORS),
        districts=translated(DISTRICTS),
        employment_types=translated(EMPLOYMENT_TYPES),
        shifts=translated(SHIFTS),
        pay_formats=translated(PAY_FORMATS),
        pay_range=i18n.gettext("{low}–{high}", language),
        pay_negotiable=i18n.gettext(PAY_NEGOTIABLE, language),
        no_pay=i18n.gettext("Pay negotiable", language),
        youth=i18n.gettext("Youth hiring, ages {low}–{high}", language),
        closes=i18n.gettext("Closes {date}", language),
    )


def pay_text(p: PostingView | PostingCard) -> str:
    """ "월급 2,600,000~3,200,000원", "10,320 KRW an hour (negotiable)", "급여 협의"."""
    words = labels(i18n.current_language())
    if p.pay_min is None:
        return words.no_pay
    if p.pay_max is None or p.pay_max == p.pay_min:
        amount = f"{p.pay_min:,}"
    else:
        amount = words.pay_range.format(low=f"{p.pay_min:,}", high=f"{p.pay_max:,}")
    text = words.pay_formats[p.pay_unit].format(amount=amount)
    return words.pay_negotiable.format(pay=text) if p.pay_negotiable else text


def youth_text(p: PostingView | PostingCard) -> str:
    return labels(i18n.current_language()).youth.format(low=p.youth_min_age, high=p.youth_max_age)


def closes_text(p: PostingView | PostingCard) -> str:
    return labels(i18n.current_language()).closes.format(date=p.closing_date.isoformat())


def company_name(p: PostingView | PostingCard) -> str:
    return p.company_name_ko if i18n.current_language() == "ko" else p.company_name_en


def search_selects(form: Mapping[str, str]) -> dict[str, Markup]:
    """The <option>s of each select of the search form, what the form holds selected (a month's pay unless
    another unit is chosen)."""
    language = i18n.current_language()
    chosen = {**form, "pay_unit": form.get("pay_unit") or "month"}
    return {name: _options(language, name, chosen.get(name) or "") for name in SEARCH_SELECTS}


@lru_cache(maxsize=512)
def _options(language: str, name: str, chosen: str) -> Markup:
    """One select's <option>s, built once for each language and choice: the search form has 35 of them, and a
    Jinja loop over them (the ``select`` macro) cost more than the rest of the page (docs/benchmarks.md)."""
    choices = {"": i18n.gettext("Any", language)} if name in SEARCH_FILTERS else {}
    choices |= {value: i18n.gettext(text, language) for value, text in SEARCH_SELECTS[name].items()}
    selected = Markup(" selected")
    return Markup("").join(
        OPTION.format(value, selected if value == chosen else "", text) for value, text in choices.items()
    )
