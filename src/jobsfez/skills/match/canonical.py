"""Map free text typed by users onto skill keys of the vocabulary, one key per piece of text."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from jobsfez.skills.match.extract import extract
from jobsfez.skills.match.model import SkillClaim
from jobsfez.skills.match.normalise import normalise
from jobsfez.skills.match.vocab import Vocabulary

# Prefix of keys for text that names no known skill; it can still meet the same text on the other side.
FREE_PREFIX = "free:"

Method = Literal["exact", "fuzzy", "none"]


@dataclass(frozen=True, slots=True)
class Canonical:
    """The skill key a piece of free text maps to, and how it was found."""

    text: str
    key: str
    skill_id: str | None
    score: float
    method: Method


def free_key(normalised: str) -> str:
    """Key for text outside the vocabulary, so equal free text on both sides still matches."""
    return FREE_PREFIX + normalised if normalised else ""


def canonicalise(vocab: Vocabulary, text: str) -> Canonical:
    """The first skill the text names, falling back to a free key so nothing typed is lost."""
    reading = extract(vocab, text)
    if reading.skills:
        first = reading.skills[0]
        return Canonical(text, first.skill_id, first.skill_id, first.score, first.method)
    return Canonical(text, free_key(normalise(text)), None, 0.0, "none")


@dataclass(frozen=True, slots=True)
class Named:
    """One skill a line names: the words that name it, its key, and the level and years those words say."""

    text: str
    key: str
    skill_id: str | None
    level: int | None = None
    years: float | None = None


def skills_named(vocab: Vocabulary, text: str) -> tuple[Named, ...]:
    """Every skill a line names, in order, each once, so that saving the line keeps each: a line naming one skill
    (or none, under a free key) stays whole, a line naming several becomes one piece each, worded as typed."""
    reading = extract(vocab, text)
    if not reading.skills:
        return (Named(text, free_key(normalise(text)), None),)
    if len(reading.skills) == 1:
        [only] = reading.skills
        return (Named(text, only.skill_id, only.skill_id, only.level, only.years),)
    return tuple(Named(s.text, s.skill_id, s.skill_id, s.level, s.years) for s in reading.skills)


def canonicalise_many(vocab: Vocabulary, texts: Iterable[str]) -> list[Canonical]:
    """Canonicalise a batch; a text repeated in it is read once."""
    texts = list(texts)
    by_text = {text: canonicalise(vocab, text) for text in dict.fromkeys(texts)}
    return [by_text[text] for text in texts]


def skill_claim(vocab: Vocabulary, text: str, *, level: int | None = None, years: float | None = None) -> SkillClaim:
    """Turn typed words into a claim keyed by skill, keeping the words for the explanation."""
    return SkillClaim(canonicalise(vocab, text).key, text, level, years)
