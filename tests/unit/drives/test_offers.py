"""A company's offer on a drive, checked without a database: hours inside the drive's days, choices among what the
company may choose, and the form filled again from what was stored."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from jobsfez.drives.offers import OfferInput, check_offer, hours_of
from jobsfez.drives.validation import DayHours
from jobsfez.errors import ValidationFailed

# two drive days, 10:00–17:00 in Korea (01:00–08:00 UTC)
DAYS = (
    DayHours(datetime(2026, 12, 17, 1, tzinfo=UTC), datetime(2026, 12, 17, 8, tzinfo=UTC)),
    DayHours(datetime(2026, 12, 18, 1, tzinfo=UTC), datetime(2026, 12, 18, 8, tzinfo=UTC)),
)


def checked(**given: object) -> object:
    return check_offer(OfferInput(**given), days=DAYS, postings=[7, 8], members=[3])  # type: ignore[arg-type]


def test_a_whole_offer_is_kept_and_reads_back_as_its_form() -> None:
    offer = check_offer(
        OfferInput(
            interview_minutes=" 30 ",
            booth=" 부스  3 ",
            posting_ids=("8", "7", "8"),
            interviewer_ids=("3",),
            hours=(("", ""), ("13:00", "17:00")),
        ),
        days=DAYS,
        postings=[7, 8],
        members=[3],
    )
    assert (offer.interview_minutes, offer.booth, offer.posting_ids, offer.interviewer_ids) == (
        30,
        "부스 3",
        (8, 7),
        (3,),
    )
    assert offer.hours == (DayHours(datetime(2026, 12, 18, 4, tzinfo=UTC), datetime(2026, 12, 18, 8, tzinfo=UTC)),)
    assert hours_of(offer.hours, DAYS) == (("", ""), ("13:00", "17:00"))


def test_no_hours_means_the_drives_own_hours() -> None:
    offer = check_offer(OfferInput(hours=(("", ""), ("", ""))), days=DAYS, postings=[], members=[])
    assert offer.hours == () and offer.interview_minutes == 20


@pytest.mark.parametrize(
    ("given", "field"),
    [
        ({"interview_minutes": "9"}, "interview_minutes"),
        ({"interview_minutes": "61"}, "interview_minutes"),
        ({"interview_minutes": "-20"}, "interview_minutes"),
        ({"booth": "부" * 61}, "booth"),
        ({"posting_ids": ("9",)}, "posting_ids"),
        ({"posting_ids": ("7.0",)}, "posting_ids"),
        ({"interviewer_ids": ("4",)}, "interviewer_ids"),
        ({"hours": (("09:30", "12:00"),)}, "hours_1"),
        ({"hours": (("", ""), ("16:00", "17:30"))}, "hours_2"),
        ({"hours": (("12:00", "12:00"),)}, "hours_1"),
        ({"hours": (("12:00", ""),)}, "hours_1"),
        ({"hours": (("1200", "1300"),)}, "hours_1"),
    ],
)
def test_each_mistake_is_named_by_its_field(given: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        checked(**given)
    assert list(refused.value.fields) == [field]
