"""The drive rules, without a database: every field's limits, days typed in Korea time, the registration window,
and what opening for registration asks."""

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from jobsfez.drives.validation import (
    DayHours,
    DayInput,
    DriveInput,
    check,
    check_ready_to_open,
    local_value,
)
from jobsfez.drives.views import NEXT_ACTIONS
from jobsfez.errors import ValidationFailed

NOW = datetime(2026, 12, 3, 3, 0, tzinfo=UTC)  # 12:00 in Korea
GOOD = DriveInput(
    title="  명지 AI·제조   현장면접의 날 ",
    description="청년 구직자와 명지 기업의 현장 면접.\r\n\r\n\r\n- 이력서 지참",
    venue_district="myeongji",
    venue_address="",
    rooms="  1층 A홀, 부스 1–12 ",
    registration_opens_at="2026-12-04T09:00",
    registration_closes_at="2026-12-15 18:00",
    min_age="15",
    max_age="",
    region="zone",
    cohort="",
    capacity="1,200",
    visibility="public",
    days=(DayInput("2026-12-18", "13:00", "17:00"), DayInput("", "", ""), DayInput("2026-12-17", "10:00", "17:00")),
)


def failure(**changes: object) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as caught:
        check(replace(GOOD, **changes), now=NOW)  # type: ignore[arg-type]
    return caught.value.fields


def test_a_good_drive_is_cleaned_and_its_times_are_korean_times_in_utc() -> None:
    clean = check(GOOD, now=NOW)
    assert clean.title == "명지 AI·제조 현장면접의 날" and clean.rooms == "1층 A홀, 부스 1–12"
    assert clean.description == "청년 구직자와 명지 기업의 현장 면접.\n\n- 이력서 지참"
    assert (clean.min_age, clean.max_age, clean.capacity) == (15, 39, 1200)  # an empty age is the youth band's
    assert clean.days == (  # in order, empty rows left out
        DayHours(datetime(2026, 12, 17, 1, 0, tzinfo=UTC), datetime(2026, 12, 17, 8, 0, tzinfo=UTC)),
        DayHours(datetime(2026, 12, 18, 4, 0, tzinfo=UTC), datetime(2026, 12, 18, 8, 0, tzinfo=UTC)),
    )
    assert clean.registration_opens_at == datetime(2026, 12, 4, 0, 0, tzinfo=UTC)
    assert clean.registration_closes_at == datetime(2026, 12, 15, 9, 0, tzinfo=UTC)
    assert (clean.starts_at, clean.ends_at) == (clean.days[0].starts_at, clean.days[1].ends_at)
    assert local_value(clean.registration_opens_at) == "2026-12-04T09:00"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": "   "}, "title"),
        ({"title": "가" * 121}, "title"),
        ({"description": " \n "}, "description"),
        ({"description": "x" * 10_001}, "description"),
        ({"venue_district": "gangnam"}, "venue_district"),
        ({"venue_district": "other"}, "venue_address"),  # elsewhere needs an address
        ({"venue_address": "x" * 301}, "venue_address"),
        ({"rooms": "x" * 301}, "rooms"),
        ({"cohort": "x" * 121}, "cohort"),
        ({"region": "seoul"}, "region"),
        ({"visibility": "secret"}, "visibility"),
        ({"capacity": ""}, "capacity"),
        ({"capacity": "0"}, "capacity"),
        ({"capacity": "20001"}, "capacity"),
        ({"capacity": "열 명"}, "capacity"),
        ({"min_age": "14"}, "min_age"),
        ({"min_age": "40", "max_age": "30"}, "min_age"),
        ({"max_age": "100"}, "min_age"),
        ({"max_age": "-3"}, "max_age"),
        ({"days": ()}, "days"),
        ({"days": (DayInput("", "", ""),)}, "days"),
        ({"days": (DayInput("2026-12-17", "10:00", ""),)}, "day_1"),
        ({"days": (DayInput("2026-12-17", "10:00", "17:00"), DayInput("17/12/2026", "10:00", "17:00"))}, "day_2"),
        ({"days": (DayInput("2026-12-17", "1000", "1700"),)}, "day_1"),
        ({"days": (DayInput(" ", "", ""), DayInput("2026-12-17", "10:00", ""))}, "day_1"),  # as the form shows it
        ({"days": (DayInput("2026-12-17", "17:00", "10:00"),)}, "day_1"),
        ({"days": (DayInput("2026-12-03", "09:00", "11:00"),)}, "day_1"),  # already begun in Korea
        ({"days": (DayInput("2029-12-17", "10:00", "17:00"),)}, "day_1"),
        ({"days": (DayInput("2026-12-17", "10:00", "17:00"), DayInput("2026-12-17", "16:00", "18:00"))}, "days"),
        ({"days": tuple(DayInput(f"2027-01-{n:02}", "10:00", "17:00") for n in range(1, 16))}, "days"),
        ({"registration_opens_at": ""}, "registration_opens_at"),
        ({"registration_closes_at": ""}, "registration_closes_at"),
        ({"registration_opens_at": "내일 아침"}, "registration_opens_at"),
        ({"registration_closes_at": "2026-12-15"}, "registration_closes_at"),
        ({"registration_closes_at": "2026-12-04T09:00"}, "registration_closes_at"),  # not after it opens
        ({"registration_closes_at": "2026-12-17T10:30"}, "registration_closes_at"),  # after the first day begins
    ],
)
def test_each_mistake_is_named_by_its_field(changes: dict[str, object], field: str) -> None:
    assert field in failure(**changes)


def test_every_mistake_is_shown_at_once() -> None:
    fields = failure(title="", capacity="0", days=())
    assert {"title", "capacity", "days"} <= fields.keys()


def test_a_draft_may_wait_for_its_registration_window() -> None:
    clean = check(replace(GOOD, registration_opens_at="", registration_closes_at=""), now=NOW)
    assert clean.registration_opens_at is None and clean.registration_closes_at is None


def test_a_day_already_kept_may_have_begun_but_a_new_one_may_not() -> None:
    begun = DayHours(datetime(2026, 12, 2, 1, 0, tzinfo=UTC), datetime(2026, 12, 2, 8, 0, tzinfo=UTC))
    raw = replace(
        GOOD,
        registration_opens_at="",
        registration_closes_at="",
        days=(DayInput("2026-12-02", "10:00", "17:00"), DayInput("2026-12-17", "10:00", "17:00")),
    )
    assert check(raw, now=NOW, kept=(begun,)).days[0] == begun
    with pytest.raises(ValidationFailed):
        check(raw, now=NOW)


@pytest.mark.parametrize(
    ("changes", "moment", "message"),
    [
        ({"registration_opens_at": "", "registration_closes_at": ""}, NOW, "Set the registration window"),
        ({}, datetime(2026, 12, 19, tzinfo=UTC), "days have passed"),
        ({}, datetime(2026, 12, 16, tzinfo=UTC), "Registration would already be over"),
    ],
)
def test_opening_asks_for_a_window_still_open_and_a_day_ahead(
    changes: dict[str, str], moment: datetime, message: str
) -> None:
    clean = check(replace(GOOD, **changes), now=NOW)
    with pytest.raises(ValidationFailed) as caught:
        check_ready_to_open(clean, now=moment)
    assert message in caught.value.message
    check_ready_to_open(check(GOOD, now=NOW), now=NOW)


def test_the_lifecycle_offers_each_status_its_next_steps() -> None:
    assert NEXT_ACTIONS == {
        "draft": ("publish", "archive"),
        "open": ("close", "hold"),
        "closed": ("reopen", "hold", "archive"),
        "held": ("archive",),
        "archived": (),
    }
