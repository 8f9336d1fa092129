"""What a job search asks for: the query string checked into Criteria, which also rebuilds its own URL."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlencode

from jobsfez.checks import decimal_digits
from jobsfez.choices import HOURS_PER_UNIT, PAY_UNITS, SEARCH_FILTERS
from jobsfez.errors import ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.postings.validation import MAX_HOURLY_PAY

SORTS = {
    "relevance": lazy("Best match"),
    "newest": lazy("Newest"),
    "closing": lazy("Closing soon"),
    "pay": lazy("Highest pay"),
}
MAX_PAGE = 50  # the first 1,000 results (search.COUNT_CAP, 20 a page): past them, refining the search is the answer
# Digits of a page number: a page past MAX_PAGE (a link edited by hand) shows no postings and says so with a link to
# the last page; a longer number is none (int() refuses 4,300 digits).
PAGE_DIGITS = 9
QUERY_MAX = 100
TRUE_WORDS = frozenset({"1", "true", "on", "yes"})
FALSE_WORDS = frozenset({"", "0", "false", "off", "no"})
# what each filter of SEARCH_FILTERS says of a value that is not one of its choices
NOT_A_CHOICE = {
    "sector": lazy("Choose a sector."),
    "district": lazy("Choose a district."),
    "employment_type": lazy("Choose an employment type."),
    "shift": lazy("Choose a shift pattern."),
}


@dataclass(frozen=True, slots=True)
class SearchInput:
    """The query string as sent (a form, a shared link, the API): every value a string or absent."""

    q: str | None = None
    sector: str | None = None
    district: str | None = None
    employment_type: str | None = None
    shift: str | None = None
    min_pay: str | None = None
    pay_unit: str | None = None
    no_experience: str | None = None
    youth: str | None = None
    skill: str | None = None
    sort: str | None = None
    page: str | None = None


@dataclass(frozen=True, slots=True)
class Criteria:
    """A checked search; ``query`` rebuilds the canonical URL of any page of it."""

    q: str = ""
    sector: str = ""
    district: str = ""
    employment_type: str = ""
    shift: str = ""
    min_pay: int | None = None
    pay_unit: str = "month"
    no_experience: bool = False
    youth: bool = False
    skill: str = ""
    sort: str = "newest"
    page: int = 1

    def params(self) -> dict[str, str]:
        values: dict[str, str] = {}
        for name in ("q", *SEARCH_FILTERS, "skill"):
            if getattr(self, name):
                values[name] = getattr(self, name)
        if self.min_pay is not None:
            values["min_pay"] = str(self.min_pay)
            values["pay_unit"] = self.pay_unit
        if self.no_experience:
            values["no_experience"] = "1"
        if self.youth:
            values["youth"] = "1"
        if self.sort != ("relevance" if self.q else "newest"):
            values["sort"] = self.sort
        if self.page > 1:
            values["page"] = str(self.page)
        return values

    @property
    def narrowed(self) -> bool:
        """Whether a filter or a chosen order is in use; words, the page and the default order are none."""
        return any(name not in ("q", "page") for name in self.params())

    def query(self, **changes: Any) -> str:
        encoded = urlencode(replace(self, **changes).params())
        return f"?{encoded}" if encoded else ""


def _flag(name: str, value: str | None, errors: dict[str, str]) -> bool:
    text = (value or "").strip().lower()
    if text in TRUE_WORDS:
        return True
    if text not in FALSE_WORDS:
        errors[name] = lazy("Tick the box or leave it empty.")
    return False


def _choice(name: str, value: str | None, choices: dict[str, str], errors: dict[str, str], message: str) -> str:
    text = (value or "").strip()
    if text and text not in choices:
        errors[name] = message
        return ""
    return text


def criteria_of(raw: SearchInput) -> Criteria:
    """Check a search; a value that makes no sense gets a message by its field rather than being ignored."""
    errors: dict[str, str] = {}
    q = " ".join((raw.q or "").split())
    if len(q) > QUERY_MAX:
        errors["q"] = lazy("Use at most 100 characters.")
    skill = " ".join((raw.skill or "").split())
    if len(skill) > QUERY_MAX:
        errors["skill"] = lazy("Use at most 100 characters.")
    pay_unit = (
        _choice("pay_unit", raw.pay_unit, PAY_UNITS, errors, lazy("Choose hourly, monthly or yearly pay.")) or "month"
    )
    min_pay: int | None = None
    pay_text = (raw.min_pay or "").replace(",", "").strip()
    if pay_text:
        if not decimal_digits(pay_text) or int(pay_text) > MAX_HOURLY_PAY * HOURS_PER_UNIT[pay_unit]:
            errors["min_pay"] = lazy("Enter the pay as a number of won, e.g. 2500000.")
        else:
            min_pay = int(pay_text)
    sort = _choice("sort", raw.sort, SORTS, errors, lazy("Choose how to sort.")) or ("relevance" if q else "newest")
    page_text = (raw.page or "1").strip()
    if not decimal_digits(page_text) or len(page_text) > PAGE_DIGITS or int(page_text) < 1:
        errors["page"] = lazy("This page number does not exist.")
    filters = {
        name: _choice(name, getattr(raw, name), choices, errors, NOT_A_CHOICE[name])
        for name, choices in SEARCH_FILTERS.items()
    }
    criteria = Criteria(
        q=q,
        **filters,
        min_pay=min_pay,
        pay_unit=pay_unit,
        no_experience=_flag("no_experience", raw.no_experience, errors),
        youth=_flag("youth", raw.youth, errors),
        skill=skill,
        sort="newest" if sort == "relevance" and not q else sort,
        page=int(page_text) if "page" not in errors else 1,
    )
    if errors:
        raise ValidationFailed("Please correct the marked fields.", fields=errors)
    return criteria
