"""The explained score of one seeker for one posting."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from jobsfez.skills.match.model import (
    Adjustment,
    MatchedSkill,
    MatchKind,
    PostingProfile,
    PreferenceName,
    PreferenceNote,
    Score,
    SeekerProfile,
    SkillClaim,
)
from jobsfez.skills.match.vocab import Vocabulary
from jobsfez.skills.match.weights import (
    EXPERIENCE_PREFERRED_PENALTY,
    HELD_WEIGHT,
    MAX_TOTAL,
    MUST_WEIGHT,
    NICE_WEIGHT,
    NO_EXPERIENCE_BONUS,
    NO_SKILLS_CREDIT,
    PREFERENCE_POINTS,
    RELATED_CREDIT,
    SKILLS_MAX_POINTS,
    effective_level,
    level_credit,
    round_total,
)

YOUTH_OUT_OF_RANGE = "youth_age_out_of_range"
YOUTH_AGE_UNKNOWN = "youth_age_unknown"
NO_EXPERIENCE_WELCOME = "no_experience_welcome"
EXPERIENCE_PREFERRED = "experience_preferred"
NO_SKILLS_LISTED = "no_skills_listed"
MUST_HAVE_MISSING = "must_have_missing"
CLAMPED = "clamped"


@dataclass(frozen=True, slots=True)
class PostingItem:
    """One distinct skill a posting asks for, after merging repeats."""

    key: str
    text: str
    must: bool
    level: int | None

    @property
    def weight(self) -> float:
        """How much this item counts towards the skill part."""
        return MUST_WEIGHT if self.must else NICE_WEIGHT


@dataclass(frozen=True, slots=True)
class Holding:
    """A distinct skill a seeker holds, at the best level claimed."""

    level: int
    text: str


def required_level(claim: SkillClaim) -> int | None:
    """A posting's level for a skill: stated, else derived from the years asked, else none."""
    if claim.level is None and claim.years is None:
        return None
    return effective_level(claim.level, claim.years)


def posting_items(posting: PostingProfile) -> tuple[PostingItem, ...]:
    """Distinct skills of a posting: a must-have beats the same nice-to-have, the higher level asked wins."""
    items: dict[str, PostingItem] = {}
    for must, claims in ((True, posting.must), (False, posting.nice)):
        for claim in claims:
            if not claim.key:
                continue
            level = required_level(claim)
            before = items.get(claim.key)
            if before is None:
                items[claim.key] = PostingItem(claim.key, claim.text, must, level)
            elif before.must == must and level is not None and (before.level is None or level > before.level):
                items[claim.key] = PostingItem(claim.key, before.text, must, level)
    return tuple(items.values())


def seeker_holdings(seeker: SeekerProfile) -> dict[str, Holding]:
    """Distinct skills of a seeker at the best level claimed for each."""
    held: dict[str, Holding] = {}
    for claim in seeker.skills:
        if not claim.key:
            continue
        level = effective_level(claim.level, claim.years)
        before = held.get(claim.key)
        if before is None or level > before.level:
            held[claim.key] = Holding(level, claim.text)
    return held


def seeker_related(vocab: Vocabulary, held: Mapping[str, Holding]) -> dict[str, str]:
    """Skills related to what the seeker holds but does not hold, with the seeker's words that earned them."""
    related: dict[str, str] = {}
    for key, holding in held.items():
        for other in sorted(vocab.related.get(key, ())):
            if other not in held:
                related.setdefault(other, holding.text)
    return related


def _match_item(item: PostingItem, held: Mapping[str, Holding], related: Mapping[str, str]) -> MatchedSkill | None:
    """The item as the seeker covers it, its points still 0; share is its weight in the pair times the credit."""
    holding = held.get(item.key)
    kind: MatchKind
    if holding is not None:
        credit = level_credit(holding.level, item.level)
        kind = "exact" if credit == 1.0 else "level_below"
        text = holding.text
    elif item.key in related:
        credit, kind, text = RELATED_CREDIT, "related", related[item.key]
    else:
        return None
    return MatchedSkill(item.text, text, item.key, kind, item.must, credit, 0.0)


def pair_weight(items: tuple[PostingItem, ...], held_count: int) -> float:
    """Both sides' weight together: the posting's items and the seeker's distinct skills."""
    return sum(item.weight for item in items) + HELD_WEIGHT * held_count


def item_share(item: PostingItem, found: MatchedSkill) -> float:
    """What a covered item is worth in the pair: its weight on both sides when held, its own when related."""
    weight = item.weight if found.kind == "related" else item.weight + HELD_WEIGHT
    return weight * found.credit


def _skill_part(
    items: tuple[PostingItem, ...], held: Mapping[str, Holding], related: Mapping[str, str]
) -> tuple[float, tuple[MatchedSkill, ...], tuple[str, ...]]:
    """Points per covered item, out of SKILLS_MAX_POINTS for the pair's weight on both sides."""
    if not items:
        return SKILLS_MAX_POINTS * NO_SKILLS_CREDIT, (), ()
    scale = SKILLS_MAX_POINTS / pair_weight(items, len(held))
    matched: list[MatchedSkill] = []
    missing: list[str] = []
    for item in items:
        found = _match_item(item, held, related)
        if found is None:
            if item.must:
                missing.append(item.text)
            continue
        matched.append(replace(found, points=item_share(item, found) * scale))
    return sum(m.points for m in matched), tuple(matched), tuple(missing)


def preference_allows(wanted: frozenset[str], offered: str) -> bool:
    """A preference the seeker gave is met by a wanted value, and not held against a posting that leaves it open."""
    return not offered or offered in wanted


def starts_in_time(earliest: date, start: date | None) -> bool:
    """The seeker can be there on the posting's start date (a posting without one never counts against)."""
    return start is None or start >= earliest


def _preference_notes(seeker: SeekerProfile, posting: PostingProfile) -> tuple[PreferenceNote, ...]:
    """Notes for the preferences the seeker gave, in PREFERENCE_NAMES order: one never given earns nothing, so an
    empty profile is not rewarded for fitting every posting, and its explanation does not claim a fit."""
    categorical: tuple[tuple[PreferenceName, frozenset[str], str], ...] = (
        ("sector", seeker.sectors, posting.sector),
        ("district", seeker.districts, posting.district),
        ("employment_type", seeker.employment_types, posting.employment_type),
        ("shift", seeker.shifts, posting.shift),
    )
    checks = [(name, preference_allows(wanted, offered)) for name, wanted, offered in categorical if wanted]
    if seeker.earliest_start is not None:
        checks.append(("start_date", starts_in_time(seeker.earliest_start, posting.start_date)))
    return tuple(PreferenceNote(name, met, PREFERENCE_POINTS if met else 0.0) for name, met in checks)


def youth_reason(seeker: SeekerProfile, posting: PostingProfile, year: int) -> str | None:
    """Why a youth-only posting does or may not fit the seeker's age in `year`, or None if no age limit applies."""
    low, high = posting.youth_min_age, posting.youth_max_age
    if low is None and high is None:
        return None
    if seeker.birth_year is None:
        return YOUTH_AGE_UNKNOWN
    age = year - seeker.birth_year
    if (low is not None and age < low) or (high is not None and age > high):
        return YOUTH_OUT_OF_RANGE
    return None


def experience_adjustment(seeker: SeekerProfile, posting: PostingProfile) -> Adjustment | None:
    """Bonus or penalty for an inexperienced seeker; experienced seekers are unaffected."""
    if seeker.experienced:
        return None
    if posting.no_experience_required:
        return Adjustment(NO_EXPERIENCE_WELCOME, NO_EXPERIENCE_BONUS)
    return Adjustment(EXPERIENCE_PREFERRED, -EXPERIENCE_PREFERRED_PENALTY)


def _adjust(
    subtotal: float, seeker: SeekerProfile, posting: PostingProfile, youth: str | None
) -> tuple[tuple[Adjustment, ...], float]:
    """Adjustments in the order applied, and the final unrounded total."""
    adjustments: list[Adjustment] = []
    experience = experience_adjustment(seeker, posting)
    if experience is not None:
        adjustments.append(experience)
        subtotal = subtotal + experience.points
    clamped = min(MAX_TOTAL, max(0.0, subtotal))
    if clamped != subtotal:
        adjustments.append(Adjustment(CLAMPED, clamped - subtotal))
    if youth == YOUTH_OUT_OF_RANGE:
        adjustments.append(Adjustment(YOUTH_OUT_OF_RANGE, -clamped))
        return tuple(adjustments), 0.0
    return tuple(adjustments), clamped


def score(vocab: Vocabulary, seeker: SeekerProfile, posting: PostingProfile, *, year: int) -> Score:
    """Score a seeker for a posting with an explanation whose parts add up to the total shown to users."""
    items = posting_items(posting)
    held = seeker_holdings(seeker)
    skill_points, matched, missing = _skill_part(items, held, seeker_related(vocab, held))
    notes = _preference_notes(seeker, posting)
    preference_points = sum((note.points for note in notes), 0.0)
    youth = youth_reason(seeker, posting, year)
    adjustments, final = _adjust(skill_points + preference_points, seeker, posting, youth)
    reasons = [youth] if youth else []
    reasons += [a.code for a in adjustments if a.code in (NO_EXPERIENCE_WELCOME, EXPERIENCE_PREFERRED)]
    reasons += [NO_SKILLS_LISTED] if not items else []
    reasons += [MUST_HAVE_MISSING] if missing else []
    return Score(
        seeker_id=seeker.id,
        posting_id=posting.id,
        total=round_total(final),
        skills_points=skill_points,
        preference_points=preference_points,
        adjustments=adjustments,
        matched=matched,
        missing=missing,
        preferences=notes,
        eligible=youth != YOUTH_OUT_OF_RANGE,
        reasons=tuple(reasons),
    )
