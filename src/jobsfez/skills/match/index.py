"""Indexes of postings and seekers, and the vectorised rankings over them.

Totals come from sparse products (see vectors.py) and equal scoring.score(...).total pair by pair;
explanations are computed by score() for the returned top-k only. Ineligible pairs are left out of rankings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import sparse

from jobsfez.skills.match.model import PostingProfile, Score, SeekerProfile
from jobsfez.skills.match.scoring import score
from jobsfez.skills.match.vectors import (
    AGE_OPEN_HIGH,
    AGE_OPEN_LOW,
    NO_EARLIEST_START,
    NO_START_DATE,
    PREFERENCE_SETS,
    Bools,
    Floats,
    Ints,
    adjustment,
    categorical_values,
    check_unique_ids,
    check_vocab,
    columns_and_values,
    date_ordinals,
    held_count,
    order_keys,
    posting_entries,
    seeker_entries,
    skill_points,
    sparse_rows,
    top_positions,
    totals,
    youth_ok,
)
from jobsfez.skills.match.vocab import Vocabulary

# Seekers per dense block in batch_top_k: a block is BATCH_ROWS x postings floats (8 MB for 1,000 postings).
BATCH_ROWS = 1024


@dataclass(frozen=True, slots=True, eq=False)
class PostingIndex:
    """Postings as sparse skill-weight rows plus preference and eligibility arrays, sorted by posting id."""

    vocab_version: int
    vocab_size: int
    postings: tuple[PostingProfile, ...]
    ids: Ints
    extra_keys: Mapping[str, int]
    weights: Any  # scipy.sparse CSR, postings x (keys * BUCKETS)
    item_weight: Floats  # each posting's side of the pair's weight; 0 when it lists no skills
    start: Ints
    no_experience: Bools
    youth_low: Ints
    youth_high: Ints
    field_values: Mapping[str, Mapping[str, int]]
    field_codes: Mapping[str, Ints]

    @classmethod
    def build(cls, vocab: Vocabulary, postings: Iterable[PostingProfile]) -> PostingIndex:
        """Index postings once so that ranking them for a seeker is a single sparse product."""
        ordered = tuple(sorted(postings, key=lambda p: p.id))
        check_unique_ids(ordered, "posting")
        rows = [posting_entries(p) for p in ordered]
        weights, extra = sparse_rows(vocab, (entries for entries, _ in rows))
        fields = {field: categorical_values(ordered, field) for field in PREFERENCE_SETS}
        return cls(
            vocab_version=vocab.version,
            vocab_size=len(vocab),
            postings=ordered,
            ids=np.array([p.id for p in ordered], dtype=np.int64),
            extra_keys=extra,
            weights=weights,
            item_weight=np.array([weight for _, weight in rows], dtype=np.float64),
            start=date_ordinals((p.start_date for p in ordered), NO_START_DATE),
            no_experience=np.array([p.no_experience_required for p in ordered], dtype=np.bool_),
            youth_low=np.array([_or(p.youth_min_age, AGE_OPEN_LOW) for p in ordered], dtype=np.int64),
            youth_high=np.array([_or(p.youth_max_age, AGE_OPEN_HIGH) for p in ordered], dtype=np.int64),
            field_values={field: values for field, (values, _) in fields.items()},
            field_codes={field: codes for field, (_, codes) in fields.items()},
        )

    def __len__(self) -> int:
        return len(self.postings)


@dataclass(frozen=True, slots=True, eq=False)
class SeekerIndex:
    """Seekers as sparse skill-credit columns plus preference and eligibility arrays, sorted by seeker id."""

    vocab_version: int
    vocab_size: int
    seekers: tuple[SeekerProfile, ...]
    ids: Ints
    extra_keys: Mapping[str, int]
    credits: Any  # scipy.sparse CSC, seekers x (keys * BUCKETS)
    held: Floats  # each seeker's distinct skills, for the seeker's side of the pair's weight
    earliest: Ints
    inexperienced: Bools
    birth: Ints
    has_birth: Bools
    field_values: Mapping[str, Mapping[str, int]]
    field_any: Mapping[str, Bools]
    field_members: Mapping[str, Any]  # scipy.sparse CSC, seekers x (values + 1); the last column is always empty

    @classmethod
    def build(cls, vocab: Vocabulary, seekers: Iterable[SeekerProfile]) -> SeekerIndex:
        """Index seekers once so that ranking them for a posting touches only the posting's skill columns."""
        ordered = tuple(sorted(seekers, key=lambda s: s.id))
        check_unique_ids(ordered, "seeker")
        credits, extra = sparse_rows(vocab, (seeker_entries(vocab, s) for s in ordered))
        members = {field: _memberships([getattr(s, attr) for s in ordered]) for field, attr in PREFERENCE_SETS.items()}
        return cls(
            vocab_version=vocab.version,
            vocab_size=len(vocab),
            seekers=ordered,
            ids=np.array([s.id for s in ordered], dtype=np.int64),
            extra_keys=extra,
            credits=credits.tocsc(),
            held=np.array([held_count(s) for s in ordered], dtype=np.float64),
            earliest=date_ordinals((s.earliest_start for s in ordered), NO_EARLIEST_START),
            inexperienced=np.array([not s.experienced for s in ordered], dtype=np.bool_),
            birth=np.array([_or(s.birth_year, 0) for s in ordered], dtype=np.int64),
            has_birth=np.array([s.birth_year is not None for s in ordered], dtype=np.bool_),
            field_values={field: values for field, (values, _, _) in members.items()},
            field_any={field: anything for field, (_, anything, _) in members.items()},
            field_members={field: matrix for field, (_, _, matrix) in members.items()},
        )

    def __len__(self) -> int:
        return len(self.seekers)


def _or(value: int | None, default: int) -> int:
    return default if value is None else value


def _memberships(sets: list[frozenset[str]]) -> tuple[dict[str, int], Bools, Any]:
    """Value codes, the "any" flags (empty sets) and a seekers x (values + 1) membership matrix for one field."""
    values = {value: code for code, value in enumerate(sorted(set().union(*sets)))}
    rows = [row for row, wanted in enumerate(sets) for _ in wanted]
    columns = [values[value] for wanted in sets for value in wanted]
    matrix = sparse.csc_matrix(
        (np.ones(len(rows), dtype=np.bool_), (rows, columns)), shape=(len(sets), len(values) + 1), dtype=np.bool_
    )
    anything = np.array([not wanted for wanted in sets], dtype=np.bool_)
    return values, anything, matrix


def _posting_field_match(values: Mapping[str, int], codes: Ints, wanted: frozenset[str]) -> Bools:
    """Which postings satisfy one categorical preference of a seeker; none, for a preference not given."""
    if not wanted:
        return np.zeros(codes.size, dtype=np.bool_)
    lookup = np.zeros(len(values) + 1, dtype=np.bool_)
    lookup[0] = True  # unspecified on the posting
    for value in wanted:
        code = values.get(value)
        if code is not None:
            lookup[code + 1] = True
    result: Bools = lookup[codes + 1]
    return result


def posting_totals(vocab: Vocabulary, seeker: SeekerProfile, index: PostingIndex, *, year: int) -> tuple[Floats, Bools]:
    """Totals of one seeker against every indexed posting (index order), and which pairs are eligible."""
    check_vocab(vocab, index.vocab_version, index.vocab_size)
    columns, values = columns_and_values(vocab, index.extra_keys, seeker_entries(vocab, seeker))
    vector = np.zeros(index.weights.shape[1], dtype=np.float64)
    vector[columns] = values
    skill = skill_points(index.weights @ vector, index.item_weight, np.full(len(index), float(held_count(seeker))))
    if seeker.earliest_start is None:
        count = np.zeros(len(index), dtype=np.int64)
    else:
        count = (index.start >= seeker.earliest_start.toordinal()).astype(np.int64)
    for field, attr in PREFERENCE_SETS.items():
        count += _posting_field_match(index.field_values[field], index.field_codes[field], getattr(seeker, attr))
    inexperienced = np.full(len(index), not seeker.experienced)
    birth = np.array([_or(seeker.birth_year, 0)], dtype=np.int64)
    has_birth = np.array([seeker.birth_year is not None], dtype=np.bool_)
    eligible = youth_ok(birth, has_birth, index.youth_low, index.youth_high, year)
    return totals(skill, count, adjustment(inexperienced, index.no_experience), eligible), eligible


def rank_postings(
    vocab: Vocabulary, seeker: SeekerProfile, index: PostingIndex, *, year: int, limit: int = 20
) -> list[Score]:
    """Best eligible postings for a seeker, explained; one sparse product over the whole index."""
    result, eligible = posting_totals(vocab, seeker, index, year=year)
    positions = top_positions(order_keys(result, eligible), limit)
    return [score(vocab, seeker, index.postings[p], year=year) for p in positions.tolist()]


def _seeker_field_match(index: SeekerIndex, field: str, offered: str) -> Bools:
    """Which seekers gave one categorical preference that a posting's value meets (or leaves open)."""
    given: Bools = ~index.field_any[field]
    if not offered:
        return given
    code = index.field_values[field].get(offered)
    if code is None:
        return np.zeros(given.size, dtype=np.bool_)
    column: Bools = index.field_members[field][:, [code]].toarray().ravel()
    return column


def seeker_totals(vocab: Vocabulary, posting: PostingProfile, index: SeekerIndex, *, year: int) -> tuple[Floats, Bools]:
    """Totals of every indexed seeker (index order) for one posting, and which pairs are eligible."""
    check_vocab(vocab, index.vocab_version, index.vocab_size)
    entries, weight = posting_entries(posting)
    columns, values = columns_and_values(vocab, index.extra_keys, entries)
    covered = np.asarray(index.credits[:, columns] @ values, dtype=np.float64)
    skill = skill_points(covered, np.full(len(index), weight), index.held)
    start = NO_START_DATE if posting.start_date is None else posting.start_date.toordinal()
    count = ((start >= index.earliest) & (index.earliest != NO_EARLIEST_START)).astype(np.int64)
    for field in PREFERENCE_SETS:
        count += _seeker_field_match(index, field, getattr(posting, field))
    no_experience = np.full(len(index), posting.no_experience_required)
    low = np.array([_or(posting.youth_min_age, AGE_OPEN_LOW)], dtype=np.int64)
    high = np.array([_or(posting.youth_max_age, AGE_OPEN_HIGH)], dtype=np.int64)
    eligible = youth_ok(index.birth, index.has_birth, low, high, year)
    return totals(skill, count, adjustment(index.inexperienced, no_experience), eligible), eligible


def rank_seekers(
    vocab: Vocabulary, posting: PostingProfile, index: SeekerIndex, *, year: int, limit: int = 50
) -> list[Score]:
    """Best eligible seekers for a posting, explained; only the posting's skill columns of the index are touched."""
    result, eligible = seeker_totals(vocab, posting, index, year=year)
    positions = top_positions(order_keys(result, eligible), limit)
    return [score(vocab, index.seekers[p], posting, year=year) for p in positions.tolist()]
