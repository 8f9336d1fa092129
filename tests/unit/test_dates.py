"""Times read naturally in each language: Korean day periods spelled 오전/오후, as Korean readers expect."""

from datetime import UTC, datetime

import pytest

from jobsfez import i18n
from jobsfez.interviews.notices import format_when
from jobsfez.web.templating import local_time

MORNING = datetime(2026, 12, 1, 0, 30, tzinfo=UTC)  # 09:30 in Korea
EVENING = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # 18:00 in Korea


@pytest.mark.parametrize("fmt", ["short", "medium", "long", "full", "y년 M월 d일 (E) a h:mm"])
def test_korean_times_say_ojeon_and_ohu(fmt: str) -> None:
    with i18n.language("ko"):
        morning, evening = local_time(MORNING, fmt), local_time(EVENING, fmt)
    assert "오전 9" in morning and "AM" not in morning, morning
    assert "오후 6" in evening and "PM" not in evening, evening


def test_english_times_keep_am_and_pm() -> None:
    with i18n.language("en"):
        assert local_time(MORNING, "short") == "12/1/26, 9:30\u202fAM"  # CLDR puts a narrow space before AM
    assert i18n.datetime_pattern("h:mm a", "en") == "h:mm a"


def test_interview_messages_in_korean_and_english() -> None:
    assert format_when(EVENING, 30, "ko") == "2026년 12월 1일 화요일 오후 6:00–오후 6:30 (한국 시간)"
    assert format_when(EVENING, 30, "en") == "Tuesday, December 1, 2026 6:00\u202fPM–6:30\u202fPM (Korea time)"


def test_a_period_already_spelled_out_or_quoted_is_left_as_it_is() -> None:
    assert i18n.datetime_pattern("aaaa h시", "ko") == "aaaa h시"
    assert i18n.datetime_pattern("h:mm 'at' a", "ko") == "h:mm 'at' aaaa"
