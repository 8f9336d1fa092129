"""An English word for the one who does a work names that work (spelling.agentive): "laser cutter", "3D printer"."""

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
