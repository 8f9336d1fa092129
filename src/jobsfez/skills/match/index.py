"""Indexes of postings and seekers, and the vectorised rankings over them.

Totals come from sparse products (see vectors.py) and equal scoring.score(...).total pair by pair;
explanations are computed by score() for the returned top-k only. Ineligible pairs are left out of rankings.
"""

from __future__ import annotations

import heapq
from array import array
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
from scipy import sparse

from jobsfez.skills.match.model import PostingProfile, Score, SeekerProfile
from jobsfez.skills.match.scoring import posting_items, score
from jobsfez.skills.match.vectors import (
    AGE_OPEN_HIGH,
    AGE_OPEN_LOW,
    BUCKETS,
    NO_EARLIEST_START,
    NO_START_DATE,
    PREFERENCE_SETS,
    RELATED_BUCKET,
    Bools,
    Entry,
    Floats,
    Ints,
    adjustment,
    check_vocab,
    columns_and_values,
    held_count,
    key_column,
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
from jobsfez.skills.match.weights import NO_EXPERIENCE_BONUS, PREFERENCE_POINTS

_Profile = TypeVar("_Profile", PostingProfile, SeekerProfile)
Ranked = tuple[float, int]  # (total, id)

# Seekers per dense block in batch_top_k: a block is BATCH_ROWS x postings floats (8 MB for 1,000 postings).
BATCH_ROWS = 1024


@dataclass(frozen=True, slots=True, eq=False)
class PostingIndex:
    """Postings as sparse skill-weight rows plus preference and eligibility arrays, sorted by posting id."""

    vocab_version: int
    vocab_size: int
    postings: tuple[PostingProfile, ...]  # empty when built without profiles: rank with top_postings
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
    def build(cls, vocab: Vocabulary, postings: Iterable[PostingProfile], *, profiles: bool = True) -> PostingIndex:
        """Index postings once so that ranking them for a seeker is a single sparse product.

        Without `profiles` the postings stream through (ascending ids) and only the arrays are kept: the memory of a
        process that holds every open posting, which explains its few top results from their stored profiles."""
        ordered = _ordered(postings, keep=profiles)
        ids, item_weight, start = array("q"), array("d"), array("q")
        no_experience, low, high = array("b"), array("q"), array("q")
        fields = {field: _Codes() for field in PREFERENCE_SETS}

        def rows() -> Iterator[list[Entry]]:  # one pass over the postings fills the arrays beside the sparse rows
            for p in ordered:
                entries, weight = posting_entries(p)
                ids.append(p.id)
                item_weight.append(weight)
                start.append(NO_START_DATE if p.start_date is None else p.start_date.toordinal())
                no_experience.append(p.no_experience_required)
                low.append(_or(p.youth_min_age, AGE_OPEN_LOW))
                high.append(_or(p.youth_max_age, AGE_OPEN_HIGH))
                for field, codes in fields.items():
                    codes.add(getattr(p, field))
                yield entries

        weights, extra = sparse_rows(vocab, rows())
        return cls(
            vocab_version=vocab.version,
            vocab_size=len(vocab),
            postings=tuple(ordered) if profiles else (),
            ids=_ascending(ids, "posting"),
            extra_keys=extra,
            weights=weights,
            item_weight=np.array(item_weight, dtype=np.float64),
            start=np.array(start, dtype=np.int64),
            no_experience=np.array(no_experience, dtype=np.bool_),
            youth_low=np.array(low, dtype=np.int64),
            youth_high=np.array(high, dtype=np.int64),
            field_values={field: codes.values for field, codes in fields.items()},
            field_codes={field: np.array(codes.codes, dtype=np.int64) for field, codes in fields.items()},
        )

    def __len__(self) -> int:
        return int(self.ids.size)


@dataclass(frozen=True, slots=True, eq=False)
class SeekerIndex:
    """Seekers as sparse skill-credit columns plus preference and eligibility arrays, sorted by seeker id."""

    vocab_version: int
    vocab_size: int
    seekers: tuple[SeekerProfile, ...]  # empty when built without profiles: rank with top_seekers
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
    def build(cls, vocab: Vocabulary, seekers: Iterable[SeekerProfile], *, profiles: bool = True) -> SeekerIndex:
        """Index seekers once so that ranking them for a posting touches only the posting's skill columns.

        Without `profiles` the seekers stream through (ascending ids) and only the arrays are kept."""
        ordered = _ordered(seekers, keep=profiles)
        ids, held, earliest = array("q"), array("d"), array("q")
        inexperienced, birth, has_birth = array("b"), array("q"), array("b")
        members = {field: _Members() for field in PREFERENCE_SETS}

        def rows() -> Iterator[list[Entry]]:  # one pass over the seekers fills the arrays beside the sparse rows
            for s in ordered:
                ids.append(s.id)
                held.append(held_count(s))
                earliest.append(NO_EARLIEST_START if s.earliest_start is None else s.earliest_start.toordinal())
                inexperienced.append(not s.experienced)
                birth.append(_or(s.birth_year, 0))
                has_birth.append(s.birth_year is not None)
                for field, attr in PREFERENCE_SETS.items():
                    members[field].add(getattr(s, attr))
                yield seeker_entries(vocab, s)

        credits, extra = sparse_rows(vocab, rows())
        return cls(
            vocab_version=vocab.version,
            vocab_size=len(vocab),
            seekers=tuple(ordered) if profiles else (),
            ids=_ascending(ids, "seeker"),
            extra_keys=extra,
            credits=credits.tocsc(),
            held=np.array(held, dtype=np.float64),
            earliest=np.array(earliest, dtype=np.int64),
            inexperienced=np.array(inexperienced, dtype=np.bool_),
            birth=np.array(birth, dtype=np.int64),
            has_birth=np.array(has_birth, dtype=np.bool_),
            field_values={field: m.values for field, m in members.items()},
            field_any={field: np.array(m.anything, dtype=np.bool_) for field, m in members.items()},
            field_members={field: m.matrix() for field, m in members.items()},
        )

    def __len__(self) -> int:
        return int(self.ids.size)


def _or(value: int | None, default: int) -> int:
    return default if value is None else value


def _ordered(items: Iterable[_Profile], *, keep: bool) -> Iterable[_Profile]:
    """Profiles to keep are sorted here; a stream must come sorted (checked once its ids are in)."""
    return sorted(items, key=lambda item: item.id) if keep else items


def _ascending(ids: array[int], what: str) -> Ints:
    """Ids identify rows of an index and its results: unique, and in ascending order (ties rank by position)."""
    result = np.array(ids, dtype=np.int64)
    if result.size > 1 and not bool(np.all(result[1:] > result[:-1])):
        duplicated = np.unique(result).size < result.size
        raise ValueError(f"duplicate {what} ids" if duplicated else f"{what} ids out of order")
    return result


class _Codes:
    """Codes of one categorical field of postings, in the order values are first seen; "" (unspecified) is -1."""

    def __init__(self) -> None:
        self.values: dict[str, int] = {}
        self.codes = array("q")

    def add(self, value: str) -> None:
        self.codes.append(self.values.setdefault(value, len(self.values)) if value else -1)


class _Members:
    """One categorical preference of seekers: value codes, the "any" flags (empty sets), and who wants which value."""

    def __init__(self) -> None:
        self.values: dict[str, int] = {}
        self.anything = array("b")
        self.rows, self.columns = array("q"), array("q")

    def add(self, wanted: frozenset[str]) -> None:
        row = len(self.anything)
        self.anything.append(not wanted)
        for value in sorted(wanted):
            self.rows.append(row)
            self.columns.append(self.values.setdefault(value, len(self.values)))

    def matrix(self) -> Any:
        """Seekers x (values + 1), boolean, CSC; the last column is always empty (a value no seeker wants)."""
        data = np.ones(len(self.rows), dtype=np.bool_)
        shape = (len(self.anything), len(self.values) + 1)
        return sparse.csc_matrix((data, (np.array(self.rows), np.array(self.columns))), shape=shape, dtype=np.bool_)


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


def top_postings(
    vocab: Vocabulary, seeker: SeekerProfile, index: PostingIndex, *, year: int, limit: int, live: Bools
) -> list[Ranked]:
    """(total, posting id) of the best eligible postings among the `live` rows of the index, best first; the order
    and totals of rank_postings, without the explanations (an index without profiles has none to give)."""
    result, eligible = posting_totals(vocab, seeker, index, year=year)
    positions = top_positions(order_keys(result, eligible & live), limit)
    return list(zip(result[positions].tolist(), index.ids[positions].tolist(), strict=True))


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


def _covered(vocab: Vocabulary, posting: PostingProfile, index: SeekerIndex) -> tuple[Floats, float]:
    """Each seeker's covered weight of the posting's skills (0: none of them, nor a related one), and its weight."""
    check_vocab(vocab, index.vocab_version, index.vocab_size)
    entries, weight = posting_entries(posting)
    columns, values = columns_and_values(vocab, index.extra_keys, entries)
    return np.asarray(index.credits[:, columns] @ values, dtype=np.float64), weight


def _totals_at(
    posting: PostingProfile, index: SeekerIndex, covered: Floats, weight: float, rows: slice | Ints, year: int
) -> tuple[Floats, Bools]:
    """Totals and eligibility of the seekers at `rows` of the index (in that order) for one posting."""
    earliest = index.earliest[rows]
    skill = skill_points(covered[rows], np.full(earliest.size, weight), index.held[rows])
    start = NO_START_DATE if posting.start_date is None else posting.start_date.toordinal()
    count = ((start >= earliest) & (earliest != NO_EARLIEST_START)).astype(np.int64)
    for field in PREFERENCE_SETS:
        count += _seeker_field_match(index, field, getattr(posting, field))[rows]
    no_experience = np.full(earliest.size, posting.no_experience_required)
    low = np.array([_or(posting.youth_min_age, AGE_OPEN_LOW)], dtype=np.int64)
    high = np.array([_or(posting.youth_max_age, AGE_OPEN_HIGH)], dtype=np.int64)
    eligible = youth_ok(index.birth[rows], index.has_birth[rows], low, high, year)
    return totals(skill, count, adjustment(index.inexperienced[rows], no_experience), eligible), eligible


def seeker_totals(vocab: Vocabulary, posting: PostingProfile, index: SeekerIndex, *, year: int) -> tuple[Floats, Bools]:
    """Totals of every indexed seeker (index order) for one posting, and which pairs are eligible."""
    covered, weight = _covered(vocab, posting, index)
    return _totals_at(posting, index, covered, weight, slice(None), year)


def uncovered_ceiling(posting: PostingProfile) -> float:
    """The most a seeker covering none of a posting's skills can score for it (the posting lists some): every
    preference met, and the no-experience bonus if the posting offers it."""
    bonus = NO_EXPERIENCE_BONUS if posting.no_experience_required else 0.0
    return (len(PREFERENCE_SETS) + 1) * PREFERENCE_POINTS + bonus


def rank_seekers(
    vocab: Vocabulary, posting: PostingProfile, index: SeekerIndex, *, year: int, limit: int = 50
) -> list[Score]:
    """Best eligible seekers for a posting, explained; only the posting's skill columns of the index are touched."""
    result, eligible = seeker_totals(vocab, posting, index, year=year)
    positions = top_positions(order_keys(result, eligible), limit)
    return [score(vocab, index.seekers[p], posting, year=year) for p in positions.tolist()]


def covers_every_must(vocab: Vocabulary, posting: PostingProfile, index: SeekerIndex) -> Bools:
    """Which seekers cover every must-have of the posting, as the applicants board counts it: held at any level or
    by a related skill (scoring.score's `missing` is empty). A posting without must-haves: every seeker.

    Only the posting's must-have columns of the index are read: each must-have's holding column (1.0 for a seeker
    who holds it) and its related column (RELATED_CREDIT); a seeker found in either counts once for it."""
    check_vocab(vocab, index.vocab_version, index.vocab_size)
    musts = [item.key for item in posting_items(posting) if item.must]
    columns: list[int] = []
    for key in musts:
        column = key_column(vocab, index.extra_keys, key)
        if column is None:  # no indexed seeker holds it, nor a skill related to it
            return np.zeros(len(index), dtype=np.bool_)
        columns += [column * BUCKETS, column * BUCKETS + RELATED_BUCKET]
    part = index.credits[:, columns]  # CSC: seekers x (holding, related) of each must-have in turn
    count = np.zeros(len(index), dtype=np.int64)
    hit = np.empty(len(index), dtype=np.bool_)
    for start, end in zip(part.indptr[:-1:2].tolist(), part.indptr[2::2].tolist(), strict=True):
        hit[:] = False
        hit[part.indices[start:end][part.data[start:end] > 0]] = True
        count += hit
    result: Bools = count == len(musts)
    return result


def top_seekers(
    vocab: Vocabulary,
    posting: PostingProfile,
    index: SeekerIndex,
    *,
    year: int,
    limit: int,
    live: Bools,
    every_must: bool = False,
) -> list[Ranked]:
    """(total, seeker id) of the best eligible seekers among the `live` rows of the index, best first; with
    `every_must`, among those of them who cover every must-have (covers_every_must).

    The seekers covering some of the posting's skills are ranked first, alone: when `limit` of them score above what
    any other seeker can (uncovered_ceiling), they are the answer, and the others (most of a large index) are never
    scored. Otherwise every seeker is; the result is the same either way. Those covering every must-have are ranked
    alone too: the rest of the index is never scored for them, however few they are."""
    covered, weight = _covered(vocab, posting, index)
    if every_must and any(item.must for item in posting_items(posting)):
        live = live & covers_every_must(vocab, posting, index)
        return _top_at(posting, index, covered, weight, np.flatnonzero(live), year, limit, live)
    if weight > 0:
        rows = np.flatnonzero(covered > 0)
        found = _top_at(posting, index, covered, weight, rows, year, limit, live)
        if len(found) == limit and found[-1][0] > uncovered_ceiling(posting):
            return found
    return _top_at(posting, index, covered, weight, slice(None), year, limit, live)


def _top_at(
    posting: PostingProfile,
    index: SeekerIndex,
    covered: Floats,
    weight: float,
    rows: slice | Ints,
    year: int,
    limit: int,
    live: Bools,
) -> list[Ranked]:
    """(total, seeker id) of the best eligible and live seekers at `rows` (ascending) of the index, best first."""
    result, eligible = _totals_at(posting, index, covered, weight, rows, year)
    positions = top_positions(order_keys(result, eligible & live[rows]), limit)
    ids = index.ids[positions] if isinstance(rows, slice) else index.ids[rows[positions]]
    return list(zip(result[positions].tolist(), ids.tolist(), strict=True))


def merge_top(parts: Iterable[list[Ranked]], limit: int) -> list[Ranked]:
    """The best `limit` of several indexes' top lists (each holding different ids): higher total first, then the
    lower id, as one index over all of them would order them."""
    return heapq.nsmallest(limit, (ranked for part in parts for ranked in part), key=lambda r: (-r[0], r[1]))
