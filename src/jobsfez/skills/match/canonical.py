"""Map free text typed by users onto skill keys of the vocabulary."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import numpy as np
from rapidfuzz import fuzz, process

from jobsfez.skills.match.model import SkillClaim
from jobsfez.skills.match.normalise import normalise
from jobsfez.skills.match.vocab import Vocabulary

# Prefix of keys for text that names no known skill; it can still meet the same text on the other side.
FREE_PREFIX = "free:"
# Normalised strings this short ("c", "r", "go", "sql", "net") become other words after any typo: exact match only.
EXACT_ONLY_MAX_LEN = 3
# Up to this length (of the shorter string) a wrong or swapped key usually makes another word (경비/경리, 보안/보온,
# scala/scada): only one missing or extra key is forgiven (Indel distance 1: 세서 -> 센서, exel -> excel).
SHORT_MAX_LEN = 5
# Up to this length (of the shorter string) exactly one typo is forgiven: a wrong, swapped, missing or extra key
# (Indel distance 2). A bigger gap is another word: 보일러 is not 일러(스트레이터), 운전 is not DCS운전.
ONE_TYPO_MAX_LEN = 7
# Indel distance of the one forgiven edit in short strings, and of one typo (a substituted or swapped key).
SHORT_INDEL = 1
ONE_TYPO_INDEL = 2
# fuzz.ratio every fuzzy match needs; above ONE_TYPO_MAX_LEN it alone decides (about one typo per five characters).
FUZZY_CUTOFF = 80.0
# Keeps a computed cut-off from rejecting the very score it was computed from after rapidfuzz's float rounding;
# far below the gap between two possible scores of strings in the one-typo zone (100 / 15).
CUTOFF_EPSILON = 0.01
# Rows of the query x vocabulary score matrix computed at once; bounds memory at ~40 MB for 2,500 forms.
CDIST_CHUNK = 2048
# Below this many query x form cells a score matrix is cheaper on one thread than the cost of starting workers.
PARALLEL_MIN_CELLS = 200_000
# Candidate groups are per (vocabulary, query length); a few vocabularies times ~60 lengths.
GROUP_CACHE_SIZE = 1024

Method = Literal["exact", "fuzzy", "none"]


@dataclass(frozen=True, slots=True)
class Canonical:
    """The skill key a piece of free text maps to, and how it was found."""

    text: str
    key: str
    skill_id: str | None
    score: float
    method: Method


def fuzzy_cutoff(length: int, other: int) -> float | None:
    """fuzz.ratio two normalised strings of these lengths need to match, or None when only an exact match counts."""
    shorter = min(length, other)
    if shorter <= EXACT_ONLY_MAX_LEN:
        return None
    if shorter > ONE_TYPO_MAX_LEN:
        return FUZZY_CUTOFF
    if abs(length - other) > 1:
        return None
    indel = SHORT_INDEL if shorter <= SHORT_MAX_LEN else ONE_TYPO_INDEL
    return max(FUZZY_CUTOFF, 100.0 * (1.0 - indel / (length + other)) - CUTOFF_EPSILON)


@dataclass(frozen=True, slots=True)
class _Group:
    """Vocabulary forms sharing one cut-off for queries of one length; start is the first form's position."""

    start: int
    choices: tuple[str, ...]
    cutoff: float


def _bands(length: int) -> list[tuple[int, int | None, float]]:
    """(shortest, longest, cut-off) of the form lengths a query of this length may fuzzily match."""
    bands: list[tuple[int, int | None, float]] = []
    for other in range(length - 1, length + 2):
        cutoff = fuzzy_cutoff(length, other)
        if cutoff is not None and min(length, other) <= ONE_TYPO_MAX_LEN:
            bands.append((other, other, cutoff))
    if length > ONE_TYPO_MAX_LEN:
        bands.append((ONE_TYPO_MAX_LEN + 1, None, FUZZY_CUTOFF))
    return bands


@lru_cache(maxsize=GROUP_CACHE_SIZE)
def _groups(vocab: Vocabulary, length: int) -> tuple[_Group, ...]:
    groups = []
    for shortest, longest, cutoff in _bands(length):
        positions = vocab.choice_range(shortest, longest)
        if positions:
            groups.append(_Group(positions.start, vocab.choices[positions.start : positions.stop], cutoff))
    return tuple(groups)


def _better(candidate: tuple[int, float], best: tuple[int, float] | None) -> bool:
    """Higher score wins; on a tie the form earlier in vocab.choices does, in single and batch alike."""
    return best is None or candidate[1] > best[1] or (candidate[1] == best[1] and candidate[0] < best[0])


def _best_fuzzy(vocab: Vocabulary, form: str) -> tuple[int, float] | None:
    best: tuple[int, float] | None = None
    for group in _groups(vocab, len(form)):
        hit = process.extractOne(form, group.choices, scorer=fuzz.ratio, processor=None, score_cutoff=group.cutoff)
        if hit is not None and _better((group.start + hit[2], float(hit[1])), best):
            best = (group.start + hit[2], float(hit[1]))
    return best


def free_key(normalised: str) -> str:
    """Key for text outside the vocabulary, so equal free text on both sides still matches."""
    return FREE_PREFIX + normalised if normalised else ""


def canonicalise(vocab: Vocabulary, text: str) -> Canonical:
    """Map one free-text skill to a vocabulary skill, falling back to a free key so nothing typed is lost."""
    form = normalise(text)
    skill_id = vocab.exact.get(form)
    if skill_id is not None:
        return Canonical(text, skill_id, skill_id, 100.0, "exact")
    best = _best_fuzzy(vocab, form)
    if best is not None:
        found = vocab.choice_ids[best[0]]
        return Canonical(text, found, found, best[1], "fuzzy")
    return Canonical(text, free_key(form), None, 0.0, "none")


def canonicalise_many(vocab: Vocabulary, texts: Iterable[str]) -> list[Canonical]:
    """Canonicalise a batch at once: repeats are looked up once and fuzzy matching runs as parallel matrices."""
    texts = list(texts)
    forms = {text: normalise(text) for text in dict.fromkeys(texts)}
    pending = [form for form in dict.fromkeys(forms.values()) if form not in vocab.exact]
    fuzzy = _fuzzy_batch(vocab, pending)
    by_text: dict[str, Canonical] = {}
    for text, form in forms.items():
        skill_id = vocab.exact.get(form)
        if skill_id is not None:
            by_text[text] = Canonical(text, skill_id, skill_id, 100.0, "exact")
        elif form in fuzzy:
            found = vocab.choice_ids[fuzzy[form][0]]
            by_text[text] = Canonical(text, found, found, fuzzy[form][1], "fuzzy")
        else:
            by_text[text] = Canonical(text, free_key(form), None, 0.0, "none")
    return [by_text[text] for text in texts]


def _fuzzy_batch(vocab: Vocabulary, forms: Sequence[str]) -> dict[str, tuple[int, float]]:
    """Best (form position, score) per query, as _best_fuzzy finds it, one score matrix per length and group."""
    by_length: dict[int, list[str]] = {}
    for form in forms:
        by_length.setdefault(len(form), []).append(form)
    found: dict[str, tuple[int, float]] = {}
    for length, queries in by_length.items():
        for group in _groups(vocab, length):
            for start in range(0, len(queries), CDIST_CHUNK):
                _best_in_group(group, queries[start : start + CDIST_CHUNK], found)
    return found


def _best_in_group(group: _Group, queries: Sequence[str], found: dict[str, tuple[int, float]]) -> None:
    scores = process.cdist(
        queries,
        group.choices,
        scorer=fuzz.ratio,
        processor=None,
        score_cutoff=group.cutoff,
        dtype=np.float64,
        workers=-1,
    )
    columns = scores.argmax(axis=1)
    values = scores[np.arange(len(queries)), columns]
    for form, column, value in zip(queries, columns.tolist(), values.tolist(), strict=True):
        candidate = (group.start + column, float(value))
        if value >= group.cutoff and _better(candidate, found.get(form)):
            found[form] = candidate


def skill_claim(vocab: Vocabulary, text: str, *, level: int | None = None, years: float | None = None) -> SkillClaim:
    """Turn typed words into a claim keyed by skill, keeping the words for the explanation."""
    return SkillClaim(canonicalise(vocab, text).key, text, level, years)
