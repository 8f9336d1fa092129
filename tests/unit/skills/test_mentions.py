"""Skills a paragraph names that a list does not: each once, with its words, and a line that saving reads back."""

import pytest

from jobsfez.skills.matching import Skill, Vocabulary, extract
from jobsfez.skills.mentions import MAX_TEXT_CHARS, mentions

VOCAB = Vocabulary(
    [
        Skill("weld-tig", "TIG 용접", "TIG welding", "welding", ("티그용접",), ()),
        Skill("forklift", "지게차 운전", "Forklift operation", "logistics_equipment", ("지게차",), ()),
        Skill("python", "파이썬", "Python", "software", ("python3",), ()),
        Skill("excel", "엑셀", "Microsoft Excel", "software", ("excel",), ()),
        Skill("cnc-lathe", "CNC 선반", "CNC lathe", "machining", (), ()),
    ],
    version=1,
)


def test_each_skill_once_in_the_order_said_with_its_words_source_and_years() -> None:
    found = mentions(VOCAB, [("summary", "CNC 선반 3년, 엑셀 잘함"), ("resume", "엑셀, TIG 용접 2년")], listed=())
    assert [(m.skill.skill_id, m.words, m.source, m.level, m.years) for m in found] == [
        ("cnc-lathe", "CNC 선반", "summary", None, 3.0),
        ("excel", "엑셀 잘함", "summary", 4, None),
        ("weld-tig", "TIG 용접", "resume", None, 2.0),
    ]


def test_skills_listed_already_are_left_out() -> None:
    found = mentions(VOCAB, [("summary", "지게차 운전 5년, 파이썬으로 자동화")], listed={"forklift", "free:x"})
    assert [m.skill.skill_id for m in found] == ["python"]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("티그용접", "티그용접"),  # a name of the skill: the seeker's own words
        ("파이썬으로 자동화", "파이썬"),  # words with an ending: the skill's name
        ("엑셀 잘함", "엑셀"),
        ("TIG weldng", "TIG welding"),  # a slip: the name, in the words' script
    ],
)
def test_the_line_to_add_is_the_words_when_they_are_a_name_else_the_name(text: str, line: str) -> None:
    [found] = mentions(VOCAB, [("summary", text)], listed=())
    assert found.line == line
    assert [s.skill_id for s in extract(VOCAB, found.line).skills] == [found.skill.skill_id]


def test_a_long_text_is_read_up_to_its_bound() -> None:
    text = "가" * MAX_TEXT_CHARS + " 파이썬, 엑셀"
    assert [m.skill.skill_id for m in mentions(VOCAB, [("resume", text)], listed=())] == []
    assert [m.skill.skill_id for m in mentions(VOCAB, [("resume", text[-20:])], listed=())] == ["python", "excel"]
