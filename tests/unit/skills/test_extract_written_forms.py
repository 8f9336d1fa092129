"""Forms people write in trades and offices that the earlier passes missed (issue 16, the fresh3 set's dev half)."""

from __future__ import annotations

import pytest

from jobsfez.skills.matching import Vocabulary, extract
from jobsfez.skills.taxonomy_data import load_shipped_skills

SHIPPED = Vocabulary(load_shipped_skills(), version=1)


def skill_ids(text: str) -> list[str]:
    return [e.skill_id for e in extract(SHIPPED, text).skills]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("F/W 개발", ["firmware"]),  # a trade's pair of letters or of short forms, written as the taxonomy now lists
        ("AR/AP 관리", ["accounting"]),
        ("WEB/WAS 구축", ["web-server"]),
        ("L2/L3 스위치", ["network-admin"]),
        ("CNN/RNN", ["deep-learning"]),
        ("AD/GPO 설정", ["windows-server"]),
        ("ISMS-P 인증 대응", ["cybersecurity"]),
        ("RF 컨테이너 점검", ["reefer"]),
        ("거래처 전표 입력", ["accounting"]),
        ("preventive maintenance of production equipment", ["machine-maintenance"]),
        ("incoming and outgoing inspection", ["quality-inspection"]),
    ],
)
def test_a_trades_own_short_form_names_its_skill(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize("text", ["I was a cook", "it was fun", "사상체질 태음인"])
def test_a_word_that_is_now_part_of_an_alias_names_nothing_alone(text: str) -> None:
    assert skill_ids(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("쿠버네티즈", ["kubernetes"]),  # 즈 for 스 in a loanword
        ("3차원 측졍기", ["cmm"]),  # a slip in a name spaced after the number it begins with
        ("Invertor setup", ["inverter"]),  # a machine's setup is the work done with it: the clause is all skill
        ("Maintenence technician 3 yrs", ["machine-maintenance"]),  # and so is who does the work
        ("꼼꼼하게 일 처리함", ["attention-to-detail"]),  # a soft skill's adverb
        ("SPCC 프레스 작업", ["press"]),  # a steel grade in capitals is no slip of SPC
    ],
)
def test_slips_and_endings_in_long_words_are_read(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize("text", ["SPCC", "SMCC 강판", "setup wizard", "a technician's day off"])
def test_capitals_setup_and_technician_name_nothing_alone(text: str) -> None:
    assert skill_ids(text) == []
