"""Plain data going into and coming out of the score."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from jobsfez.skills.match.weights import MAX_LEVEL, MIN_LEVEL

MatchKind = Literal["exact", "related", "level_below"]
PreferenceName = Literal["sector", "district", "employment_type", "shift", "start_date"]
PREFERENCE_NAMES: tuple[PreferenceName, ...] = ("sector", "district", "employment_type", "shift", "start_date")
CATEGORICAL_PREFERENCES: tuple[PreferenceName, ...] = ("sector", "district", "employment_type", "shift")


@dataclass(frozen=True, slots=True)
class SkillClaim:
    """A skill on a profile or posting: its key (skill id or "free:..."), the words typed, and optional level."""

    key: str
    text: str
    level: int | None = None
    years: float | None = None

    def __post_init__(self) -> None:
        if self.level is not None and not MIN_LEVEL <= self.level <= MAX_LEVEL:
            raise ValueError(f"level must be between {MIN_LEVEL} and {MAX_LEVEL}, got {self.level}")
        if self.years is not None and self.years < 0:
            raise ValueError(f"years must not be negative, got {self.years}")


@dataclass(frozen=True, slots=True)
class SeekerProfile:
    """What the score needs to know about a job seeker; an empty preference set or no start date is not given."""

    id: int
    skills: tuple[SkillClaim, ...] = ()
    birth_year: int | None = None
    sectors: frozenset[str] = frozenset()
    districts: frozenset[str] = frozenset()
    employment_types: frozenset[str] = frozenset()
    shifts: frozenset[str] = frozenset()
    earliest_start: date | None = None
    experienced: bool = False


@dataclass(frozen=True, slots=True)
class PostingProfile:
    """What the score needs to know about a job posting; an empty string field means "unspecified"."""

    id: int
    must: tuple[SkillClaim, ...] = ()
    nice: tuple[SkillClaim, ...] = ()
    sector: str = ""
    district: str = ""
    employment_type: str = ""
    shift: str = ""
    start_date: date | None = None
    no_experience_required: bool = False
    youth_min_age: int | None = None
    youth_max_age: int | None = None


@dataclass(frozen=True, slots=True)
class MatchedSkill:
    """One posting skill the seeker covers, how, and the points it added."""

    posting_text: str
    seeker_text: str
    key: str
    kind: MatchKind
    must: bool
    credit: float
    points: float


@dataclass(frozen=True, slots=True)
class PreferenceNote:
    """One preference of the seeker against the posting, and the points it added."""

    preference: PreferenceName
    matched: bool
    points: float


@dataclass(frozen=True, slots=True)
class Adjustment:
    """Points added or taken after the skill and preference parts; code is one of the reason codes or "clamped"."""

    code: str
    points: float


@dataclass(frozen=True, slots=True)
class Score:
    """A 0-100 score with its explanation: total == skills_points + preference_points + sum(adjustments)."""

    seeker_id: int
    posting_id: int
    total: float
    skills_points: float
    preference_points: float
    adjustments: tuple[Adjustment, ...]
    matched: tuple[MatchedSkill, ...]
    missing: tuple[str, ...]
    preferences: tuple[PreferenceNote, ...]
    eligible: bool
    reasons: tuple[str, ...]
