"""Named weights and cut-offs of the score, shared by the explained score and the vectorised ranking."""

from __future__ import annotations

import math
from typing import Final

# Skills are what an employer hires for, so they carry most of the score.
SKILLS_MAX_POINTS: Final = 80.0
# Each of the five preferences (sector, district, employment type, shift, start date) is a small, equal tie-breaker,
# earned only when the seeker gave it and the posting meets it (or leaves it open).
PREFERENCE_POINTS: Final = 4.0
# A missing must-have hurts twice as much as a missing nice-to-have.
MUST_WEIGHT: Final = 2.0
# Nice-to-haves still count, at half the weight of a must-have.
NICE_WEIGHT: Final = 1.0
# Each distinct skill a seeker holds weighs this much beside the posting's items, so that the skill part is the
# covered share of both sides together (a weighted Dice overlap): a posting with one must-have no longer wins over a
# posting that uses all of the seeker's skills. Twice a must-have's weight, since a seeker lists more skills than a
# posting asks for and each says less about the posting (chosen on the development seekers of
# bench/eval/eval_esco_ranking.py).
HELD_WEIGHT: Final = 4.0
# A related skill (MIG welding for TIG welding) shows a transferable base, but is not the skill itself: it earns
# this share of the posting item's weight only, never the weight of a skill the seeker would hold.
RELATED_CREDIT: Final = 0.4
# Each level below the required level costs this share of the item's credit.
LEVEL_STEP_PENALTY: Final = 0.15
# Holding the skill at any level is never worth less than a related skill (keeps the best credit seeker-side).
LEVEL_BELOW_MIN_CREDIT: Final = 0.4
# A seeker who gave neither level nor years is assumed intermediate, not expert, against a stated level.
UNKNOWN_LEVEL: Final = 3
# Without a level, years of use map to levels: 0-2 years level 1, ... 8+ years level 5.
YEARS_PER_LEVEL: Final = 2.0
# Levels are 1 (beginner) to 5 (expert).
MIN_LEVEL: Final = 1
MAX_LEVEL: Final = 5
# A posting that lists no skills gives every seeker the same, middling skill part: it neither tops nor sinks rankings.
NO_SKILLS_CREDIT: Final = 0.5
# An inexperienced seeker is steered towards postings that say experience is not needed ...
NO_EXPERIENCE_BONUS: Final = 5.0
# ... and slightly away from the others, which is also what the employer sees when ranking seekers.
EXPERIENCE_PREFERRED_PENALTY: Final = 5.0
# Totals are percentages.
MAX_TOTAL: Final = 100.0

if LEVEL_BELOW_MIN_CREDIT < RELATED_CREDIT:
    raise RuntimeError("LEVEL_BELOW_MIN_CREDIT must be at least RELATED_CREDIT for the vectorised score to be exact")


def level_credit(level: int, required: int | None) -> float:
    """Credit for holding a skill at `level` where `required` is asked; partial, never below the floor."""
    if required is None or level >= required:
        return 1.0
    return 1.0 - level_deficit(level, required)


def level_deficit(level: int, required: int) -> float:
    """Share of credit lost for being `required - level` levels short."""
    return min(1.0 - LEVEL_BELOW_MIN_CREDIT, LEVEL_STEP_PENALTY * max(0, required - level))


def effective_level(level: int | None, years: float | None) -> int:
    """The level used for scoring: the stated level, else one derived from years, else UNKNOWN_LEVEL."""
    if level is not None:
        return level
    if years is not None:
        return min(MAX_LEVEL, MIN_LEVEL + int(years // YEARS_PER_LEVEL))
    return UNKNOWN_LEVEL


def round_total(value: float) -> float:
    """Round half up to one decimal via thousandths, so float noise from summation order never flips a digit."""
    thousandths = math.floor(value * 1000.0 + 0.5)
    return math.floor((thousandths + 50) / 100) / 10
