"""The posting rules, without a database: every field's limits, the minimum wage and the dates."""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from jobsfez.errors import ValidationFailed
from jobsfez.postings.validation import PostingInput, PostingSkillInput, check, minimum_pay

TODAY = date(2026, 11, 24)
WAGE = 10_320
GOOD = PostingInput(
    title="  CNC 선반   가공원 ",
    description="가공합니다.\r\n\r\n\r\n\r\n- 주간\r\n- 기숙사",
    sector="machinery",
    occupation="CNC 선반 가공원",
    district="myeongji",
    employment_type="full_time",
    shift="two_shift",
    pay_unit="month",
    pay_min="2,600,000",
    pay_max="",
    openings="3",
    start_date="",
    closing_date="2026-12-24",
    must=(PostingSkillInput("CNC 선반", "3"), PostingSkillInput(" ", ""), PostingSkillInput("cnc 선반", "")),
    nice=(PostingSkillInput("CNC 선반", None), PostingSkillInput("용접", 2)),
)


def failure(**changes: object) -> ValidationFailed:
    with pytest.raises(ValidationFailed) as caught:
        check(replace(GOOD, **changes), minimum_hourly_wage=WAGE, today=TODAY)  # type: ignore[arg-type]
    return caught.value


def test_a_good_posting_is_cleaned() -> None:
    clean = check(GOOD, minimum_hourly_wage=WAGE, today=TODAY)
    assert clean.title == "CNC 선반 가공원"
    assert clean.description == "가공합니다.\n\n- 주간\n- 기숙사"
    assert clean.pay_min == 2_600_000 and clean.pay_max is None and clean.openings == 3
    assert clean.closing_date == date(2026, 12, 24) and clean.start_date is None
    # empty rows dropped, the same skill once, and a must-have is not repeated as nice-to-have
    assert [(s.text, s.level) for s in clean.must] == [("CNC 선반", 3)]
    assert [(s.text, s.level) for s in clean.nice] == [("용접", 2)]


@pytest.mark.parametrize(("unit", "expected"), [("hour", 10_320), ("month", 2_156_880), ("year", 25_882_560)])
def test_the_minimum_wage_converts_at_209_hours_a_month(unit: str, expected: int) -> None:
    assert minimum_pay(unit, WAGE) == expected
    check(replace(GOOD, pay_unit=unit, pay_min=expected), minimum_hourly_wage=WAGE, today=TODAY)
    error = failure(pay_unit=unit, pay_min=expected - 1)
    assert error.fields == {"pay_min": "Below the legal minimum wage."}
    assert error.params == {"amount": f"{expected:,}"}
    assert "{amount}" in error.message


def test_negotiable_pay_needs_no_amount_but_a_given_amount_is_still_checked() -> None:
    clean = check(replace(GOOD, pay_min="", pay_negotiable=True), minimum_hourly_wage=WAGE, today=TODAY)
    assert clean.pay_negotiable and clean.pay_min is None
    assert "pay_min" in failure(pay_min="1000", pay_negotiable=True).fields
    assert "pay_min" in failure(pay_min="", pay_negotiable=False).fields


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": ""}, "title"),
        ({"title": "가" * 101}, "title"),
        ({"occupation": " "}, "occupation"),
        ({"description": "\n \n"}, "description"),
        ({"description": "x" * 10_001}, "description"),
        ({"sector": "casino"}, "sector"),
        ({"district": "gangnam"}, "district"),
        ({"district": "other", "address": ""}, "address"),
        ({"address": "x" * 301}, "address"),
        ({"employment_type": "gig"}, "employment_type"),
        ({"shift": "night"}, "shift"),
        ({"pay_unit": "week"}, "pay_unit"),
        ({"pay_min": "2.5M"}, "pay_min"),
        ({"pay_min": "-2600000"}, "pay_min"),
        ({"pay_min": "9" * 12}, "pay_min"),
        ({"pay_max": "2000000"}, "pay_max"),
        ({"pay_max": str(10**12)}, "pay_max"),
        ({"openings": "0"}, "openings"),
        ({"openings": "1000"}, "openings"),
        ({"openings": "many"}, "openings"),
        ({"openings": ""}, "openings"),
        ({"closing_date": ""}, "closing_date"),
        ({"closing_date": "2026-11-23"}, "closing_date"),
        ({"closing_date": "2027-11-25"}, "closing_date"),
        ({"closing_date": "24/12/2026"}, "closing_date"),
        ({"start_date": "2029-01-01"}, "start_date"),
        ({"start_date": "soon"}, "start_date"),
        ({"youth_min_age": "14"}, "youth_min_age"),
        ({"youth_max_age": "40"}, "youth_min_age"),
        ({"youth_min_age": "30", "youth_max_age": "20"}, "youth_min_age"),
        ({"must": (PostingSkillInput("가" * 61),)}, "must_skill"),
        ({"must": (PostingSkillInput("Python", "6"),)}, "must_skill"),
        ({"nice": tuple(PostingSkillInput(f"skill {n}") for n in range(16))}, "nice_skill"),
    ],
)
def test_each_mistake_is_named_by_its_field(changes: dict[str, object], field: str) -> None:
    assert field in failure(**changes).fields


def test_every_mistake_is_reported_at_once() -> None:
    error = failure(title="", sector="", closing_date="2000-01-01", openings="0")
    assert set(error.fields) == {"title", "sector", "closing_date", "openings"}


def test_today_is_a_valid_closing_day_and_youth_ages_fill_in() -> None:
    clean = check(
        replace(GOOD, closing_date=TODAY.isoformat(), youth_max_age="29"), minimum_hourly_wage=WAGE, today=TODAY
    )
    assert clean.closing_date == TODAY
    assert (clean.youth_min_age, clean.youth_max_age) == (15, 29)
    assert check(replace(GOOD, closing_date=TODAY + timedelta(days=365)), minimum_hourly_wage=WAGE, today=TODAY)
