"""English words of work in other shapes: the one who does it ("laser cutter"), the verb before its object."""

from __future__ import annotations

import pytest

from jobsfez.skills.matching import Vocabulary, extract
from jobsfez.skills.taxonomy_data import load_shipped_skills

SHIPPED = Vocabulary(load_shipped_skills(), version=1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plasma cutter, 2 years", ["plasma-cutting"]),
        ("laser cutter", ["laser-cutting"]),
        ("3D printer", ["3d-printing"]),
        ("computer", []),  # alone it is the thing, and "computing" names no skill alone
        ("old printer repair", []),
    ],
)
def test_the_one_who_does_a_work_names_the_work(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("testing software", ["software-testing"]),  # a work said as a verb before its object
        ("writing reports every week", ["documentation"]),
        ("operating forklifts", ["forklift-operation"]),  # the verb's noun: operation
        ("planning production", ["production-planning"]),
        ("mapping roads", []),  # no name says the reordered words
    ],
)
def test_a_work_said_before_its_object_is_the_work(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected
