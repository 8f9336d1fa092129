"""The Candidates page's filter, from its query string: everyone, or only those covering every must-have skill.

Covering means what the applicants board's "Every must-have skill" counts: each must-have held (at any level) or
related to a skill the seeker holds; the ranking finds them in its index (skills.ranking.findable_candidates).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from jobsfez.errors import ValidationFailed
from jobsfez.i18n import lazy

PARAMETER = "covers"
EVERY_MUST = "every_must"
CHOICES = {"": lazy("Everyone"), EVERY_MUST: lazy("Covers every must-have skill")}
LABEL = lazy("Who to list")
NOT_A_CHOICE = lazy(
    "covers is not understood: leave it empty to list everyone, or give every_must to list only those covering every"
    " must-have skill."
)


@dataclass(frozen=True, slots=True)
class Covering:
    """The filter as the page shows it: the choice in use, and whether a value that is none was left out."""

    choice: str = ""
    rejected: bool = False

    @property
    def every_must(self) -> bool:
        return self.choice == EVERY_MUST

    def query(self, **more: str) -> str:
        """The query string that keeps this filter (the page's links back to itself)."""
        given = urlencode({**({PARAMETER: self.choice} if self.choice else {}), **more})
        return f"?{given}" if given else ""


def read(value: str) -> Covering:
    """The page's filter: a value that is none of the choices is left out and named, as on the applicants board."""
    value = value.strip()
    return Covering(value) if value in CHOICES else Covering(rejected=True)


def every_must(value: str) -> bool:
    """The API's filter: a value that is none of the choices is a 400 that names the parameter."""
    value = value.strip()
    if value not in CHOICES:
        raise ValidationFailed(NOT_A_CHOICE, fields={PARAMETER: NOT_A_CHOICE})
    return value == EVERY_MUST
