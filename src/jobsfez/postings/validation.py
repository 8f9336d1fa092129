"""What a posting may contain: choices, limits, the minimum wage, and the check that turns input into clean values.

Pure: no database, so the rules can be tested directly and shared by the web form and the JSON API.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from jobsfez import checks
from jobsfez.checks import FieldErrors
from jobsfez.choices import DISTRICTS, EMPLOYMENT_TYPES, HOURS_PER_UNIT, PAY_UNITS, SECTORS, SHIFTS
from jobsfez.i18n import lazy
from jobsfez.postings.views import PostingContent

SEOUL = ZoneInfo("Asia/Seoul")

SKILL_LEVELS = {str(n): str(n) for n in range(1, 6)}

# Far above any real wage, so only typing mistakes (an extra zero or three) hit them.
MAX_HOURLY_PAY = 1_000_000

TITLE_MAX = 100
OCCUPATION_MAX = 100
DESCRIPTION_MAX = 10_000
ADDRESS_MAX = 300
SKILL_TEXT_MAX = 60
SKILLS_MAX = 15
SKILL_KINDS = ("must", "nice")
OPENINGS_MAX = 999
CLOSING_MAX_DAYS = 365  # a posting open longer than a year is stale by the time anyone reads it
START_MAX_DAYS = 2 * 365
YOUTH_MIN_AGE, YOUTH_MAX_AGE = 15, 39  # youth employment policy's age band

MINIMUM_WAGE_MESSAGES = {
    "hour": lazy("Pay must be at least the legal minimum wage: {amount} KRW an hour."),
    "month": lazy("Pay must be at least the legal minimum wage: {amount} KRW a month (209 hours)."),
    "year": lazy("Pay must be at least the legal minimum wage: {amount} KRW a year."),
}


def minimum_pay(unit: str, minimum_hourly_wage: int) -> int:
    """The legal minimum for a pay unit: hourly × 209 a month, × 12 a year."""
    return minimum_hourly_wage * HOURS_PER_UNIT[unit]


def seoul_today(now: datetime | None = None) -> date:
    return (now or datetime.now(SEOUL)).astimezone(SEOUL).date()


@dataclass(frozen=True, slots=True)
class PostingSkillInput:
    text: str
    level: str | int | None = None


@dataclass(frozen=True, slots=True)
class PostingInput:
    """A posting as typed into the form or sent to the API; nothing here is trusted yet.

    ``PostingContent``'s fields under the same names, each as a form may send it, and the skills.
    """

    title: str = ""
    description: str = ""
    sector: str = ""
    occupation: str = ""
    district: str = ""
    address: str = ""
    employment_type: str = ""
    shift: str = ""
    pay_unit: str = "month"
    pay_min: str | int | None = None
    pay_max: str | int | None = None
    pay_negotiable: bool = False
    openings: str | int | None = 1
    start_date: str | date | None = None
    closing_date: str | date | None = None
    no_experience: bool = False
    youth_min_age: str | int | None = None
    youth_max_age: str | int | None = None
    must: tuple[PostingSkillInput, ...] = ()
    nice: tuple[PostingSkillInput, ...] = ()


@dataclass(frozen=True, slots=True)
class CleanSkill:
    text: str
    level: int | None


class CleanPosting(PostingContent, frozen=True, kw_only=True):
    """A posting that passed every rule, ready to be stored."""

    must: tuple[CleanSkill, ...] = ()
    nice: tuple[CleanSkill, ...] = ()


def _description(errors: FieldErrors, value: str) -> str:
    text = checks.paragraphs(value)
    if not text:
        errors.add("description", lazy("Describe the job: the work, the hours, what you offer."))
    elif len(text) > DESCRIPTION_MAX:
        errors.add("description", lazy("Use at most 10,000 characters."))
    return text


def _pay(errors: FieldErrors, raw: PostingInput, minimum_hourly_wage: int) -> tuple[str, int | None, int | None, bool]:
    unit = raw.pay_unit if raw.pay_unit in PAY_UNITS else ""
    if not unit:
        errors.add("pay_unit", lazy("Choose hourly, monthly or yearly pay."))
        return "month", None, None, raw.pay_negotiable
    low = checks.number(errors, "pay_min", raw.pay_min, lazy("Enter the pay as a number of won, e.g. 2500000."))
    high = checks.number(errors, "pay_max", raw.pay_max, lazy("Enter the pay as a number of won, e.g. 2500000."))
    if raw.pay_negotiable and low is None and high is None:
        return unit, None, None, True
    ceiling = MAX_HOURLY_PAY * HOURS_PER_UNIT[unit]
    if low is None and "pay_min" not in errors.fields:
        errors.add("pay_min", lazy("Enter the pay, or tick “negotiable”."))
    elif low is not None and low > ceiling:
        errors.add("pay_min", lazy("This amount is far too large. Check the number of zeros."))
    elif low is not None and low < minimum_pay(unit, minimum_hourly_wage):
        errors.add("pay_min", lazy("Below the legal minimum wage."))
        errors.summary = MINIMUM_WAGE_MESSAGES[unit]
        errors.params = {"amount": f"{minimum_pay(unit, minimum_hourly_wage):,}"}
    if high is not None and high > ceiling:
        errors.add("pay_max", lazy("This amount is far too large. Check the number of zeros."))
    elif high is not None and low is not None and high < low:
        errors.add("pay_max", lazy("The upper end must not be below the lower end."))
    return unit, low, high, raw.pay_negotiable


def _dates(errors: FieldErrors, raw: PostingInput, today: date) -> tuple[date | None, date]:
    start = checks.day(errors, "start_date", raw.start_date, lazy("Enter a date like 2026-12-01."))
    closing = checks.day(errors, "closing_date", raw.closing_date, lazy("Enter a date like 2026-12-01."))
    if start is not None and start > today + timedelta(days=START_MAX_DAYS):
        errors.add("start_date", lazy("The start date must be within two years."))
    if closing is None:
        errors.add("closing_date", lazy("Choose the closing date."))
        return start, today
    if closing < today:
        errors.add("closing_date", lazy("The closing date has passed. Choose today or a later day."))
    elif closing > today + timedelta(days=CLOSING_MAX_DAYS):
        errors.add("closing_date", lazy("The closing date must be within a year."))
    return start, closing


def _youth(errors: FieldErrors, raw: PostingInput) -> tuple[int | None, int | None]:
    message = lazy("Youth hiring is for ages 15 to 39; the first age must not be above the second.")
    low = checks.number(errors, "youth_min_age", raw.youth_min_age, message)
    high = checks.number(errors, "youth_max_age", raw.youth_max_age, message)
    if low is None and high is None:
        return None, None
    low = YOUTH_MIN_AGE if low is None else low
    high = YOUTH_MAX_AGE if high is None else high
    if not YOUTH_MIN_AGE <= low <= high <= YOUTH_MAX_AGE:
        errors.add("youth_min_age", message)
    return low, high


def _skills(errors: FieldErrors, name: str, items: tuple[PostingSkillInput, ...]) -> tuple[CleanSkill, ...]:
    clean: list[CleanSkill] = []
    seen: set[str] = set()
    for item in items:
        text = checks.one_line(item.text)
        level_text = "" if item.level is None else str(item.level).strip()
        if not text:
            continue
        if len(text) > SKILL_TEXT_MAX:
            errors.add(name, lazy("A skill can have at most 60 characters."))
            continue
        if level_text and level_text not in SKILL_LEVELS:
            errors.add(name, lazy("A skill level is a number from 1 to 5."))
            continue
        if text.casefold() in seen:
            continue
        seen.add(text.casefold())
        clean.append(CleanSkill(text, int(level_text) if level_text else None))
    if len(clean) > SKILLS_MAX:
        errors.add(name, lazy("List at most 15 skills."))
    return tuple(clean[:SKILLS_MAX])


def check(raw: PostingInput, *, minimum_hourly_wage: int, today: date) -> CleanPosting:
    """Clean values, or ValidationFailed with a message for every field that is wrong."""
    errors = FieldErrors()
    title = checks.text(
        errors,
        "title",
        raw.title,
        limit=TITLE_MAX,
        required=True,
        empty=lazy("Enter a title."),
        long=lazy("Use at most 100 characters."),
    )
    occupation = checks.text(
        errors,
        "occupation",
        raw.occupation,
        limit=OCCUPATION_MAX,
        required=True,
        empty=lazy("Enter the occupation, e.g. CNC lathe operator."),
        long=lazy("Use at most 100 characters."),
    )
    address = checks.text(
        errors,
        "address",
        raw.address,
        limit=ADDRESS_MAX,
        required=raw.district == "other",
        empty=lazy("Enter the address of the work place."),
        long=lazy("Use at most 300 characters."),
    )
    description = _description(errors, raw.description)
    if raw.sector not in SECTORS:
        errors.add("sector", lazy("Choose a sector."))
    if raw.district not in DISTRICTS:
        errors.add("district", lazy("Choose a district."))
    if raw.employment_type not in EMPLOYMENT_TYPES:
        errors.add("employment_type", lazy("Choose an employment type."))
    if raw.shift not in SHIFTS:
        errors.add("shift", lazy("Choose a shift pattern."))
    pay_unit, pay_min, pay_max, negotiable = _pay(errors, raw, minimum_hourly_wage)
    openings = checks.number(errors, "openings", raw.openings, lazy("Enter the number of openings, from 1 to 999."))
    if openings is None or not 1 <= openings <= OPENINGS_MAX:
        errors.add("openings", lazy("Enter the number of openings, from 1 to 999."))
    start, closing = _dates(errors, raw, today)
    youth_min, youth_max = _youth(errors, raw)
    must = _skills(errors, "must_skill", raw.must)
    must_texts = {skill.text.casefold() for skill in must}
    nice = tuple(s for s in _skills(errors, "nice_skill", raw.nice) if s.text.casefold() not in must_texts)
    errors.raise_if_any()
    return CleanPosting(
        title=title,
        description=description,
        sector=raw.sector,
        occupation=occupation,
        district=raw.district,
        address=address,
        employment_type=raw.employment_type,
        shift=raw.shift,
        pay_unit=pay_unit,
        pay_min=pay_min,
        pay_max=pay_max,
        pay_negotiable=negotiable,
        openings=openings or 1,
        start_date=start,
        closing_date=closing,
        no_experience=raw.no_experience,
        youth_min_age=youth_min,
        youth_max_age=youth_max,
        must=must,
        nice=nice,
    )
