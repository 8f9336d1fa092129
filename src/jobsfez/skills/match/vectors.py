"""Vector building blocks of the ranking: the same score as scoring.score, for many pairs at once.

Skill credit is linear once levels are bucketed. Each skill key owns BUCKETS columns: column 0 carries the
seeker's holding credit (1.0) and the item's weight on both sides (its own plus HELD_WEIGHT); column r-1
(r = 2..5) carries that weight again when the posting asks for level r and, on the seeker side, minus the credit
lost for being below r; the last column carries RELATED_CREDIT for a skill related to one the seeker holds and the
item's own weight. The dot product of a seeker row and a posting row is then exactly the covered weight of
scoring.score; divided by the pair's weight (the posting's, computed per posting, plus the seeker's, per seeker)
it is the skill part.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping
from datetime import date

import numpy as np
import numpy.typing as npt
from scipy import sparse

from jobsfez.skills.match.model import CATEGORICAL_PREFERENCES, PostingProfile, SeekerProfile
from jobsfez.skills.match.scoring import posting_items, seeker_holdings, seeker_related
from jobsfez.skills.match.vocab import Vocabulary
from jobsfez.skills.match.weights import (
    EXPERIENCE_PREFERRED_PENALTY,
    HELD_WEIGHT,
    MAX_LEVEL,
    MAX_TOTAL,
    MIN_LEVEL,
    NO_EXPERIENCE_BONUS,
    NO_SKILLS_CREDIT,
    PREFERENCE_POINTS,
    RELATED_CREDIT,
    SKILLS_MAX_POINTS,
    level_deficit,
)

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]
Entry = tuple[str, int, float]

# Columns per skill key: the holding column, one deficit column per required level 2..5, and the related column.
BUCKETS = MAX_LEVEL + 1
RELATED_BUCKET = MAX_LEVEL
# A posting without a start date can be joined by anyone: later than every seeker's earliest start.
NO_START_DATE = date.max.toordinal() + 1
# A seeker without an earliest start gave no start preference: it earns no start-date points.
NO_EARLIEST_START = 0
# Stand-ins for an open end of a youth age range.
AGE_OPEN_LOW = -(10**6)
AGE_OPEN_HIGH = 10**6


def seeker_entries(vocab: Vocabulary, seeker: SeekerProfile) -> list[Entry]:
    """(key, bucket, value) triples of a seeker's credit row."""
    held = seeker_holdings(seeker)
    entries: list[Entry] = []
    for key, holding in held.items():
        entries.append((key, 0, 1.0))
        for required in range(max(holding.level, MIN_LEVEL) + 1, MAX_LEVEL + 1):
            entries.append((key, required - 1, -level_deficit(holding.level, required)))
    entries.extend((key, RELATED_BUCKET, RELATED_CREDIT) for key in seeker_related(vocab, held))
    return entries


def held_count(seeker: SeekerProfile) -> int:
    """The seeker's distinct skills, each weighing HELD_WEIGHT in every pair."""
    return len(seeker_holdings(seeker))


def posting_entries(posting: PostingProfile) -> tuple[list[Entry], float]:
    """(key, bucket, value) triples of a posting's weight row, and the weight of its items (0: it lists none)."""
    items = posting_items(posting)
    entries: list[Entry] = []
    for item in items:
        both = item.weight + HELD_WEIGHT
        entries.append((item.key, 0, both))
        if item.level is not None and item.level > MIN_LEVEL:
            entries.append((item.key, item.level - 1, both))
        entries.append((item.key, RELATED_BUCKET, item.weight))
    return entries, sum(item.weight for item in items)


def skill_points(covered: Floats, item_weight: Floats, held: Floats) -> Floats:
    """Vector twin of scoring's skill part: the covered weight's share of the pair's, or the neutral part for a
    posting without skills."""
    pair = item_weight + HELD_WEIGHT * held
    share = covered * (SKILLS_MAX_POINTS / np.where(item_weight > 0, pair, 1.0))
    result: Floats = np.where(item_weight > 0, share, SKILLS_MAX_POINTS * NO_SKILLS_CREDIT)
    return result


def key_column(vocab: Vocabulary, extra: Mapping[str, int], key: str) -> int | None:
    """Key column of a skill id or free key in an index, or None if the index has never seen it."""
    column = vocab.column.get(key)
    return extra.get(key) if column is None else column


def sparse_rows(vocab: Vocabulary, rows: Iterable[list[Entry]]) -> tuple[sparse.csr_matrix, dict[str, int]]:
    """CSR matrix of entry rows; keys outside the vocabulary (free text) get their own columns."""
    extra: dict[str, int] = {}
    indptr, indices, data = array("q", [0]), array("q"), array("d")
    for entries in rows:
        for key, bucket, value in entries:
            column = vocab.column.get(key)
            if column is None:
                column = extra.setdefault(key, len(vocab) + len(extra))
            indices.append(column * BUCKETS + bucket)
            data.append(value)
        indptr.append(len(indices))
    shape = (len(indptr) - 1, (len(vocab) + len(extra)) * BUCKETS)
    arrays = (np.frombuffer(data), np.frombuffer(indices, np.int64), np.frombuffer(indptr, np.int64))
    matrix = sparse.csr_matrix(arrays, shape=shape)
    return matrix, extra


def columns_and_values(vocab: Vocabulary, extra: Mapping[str, int], entries: list[Entry]) -> tuple[Ints, Floats]:
    """Columns of a query row in an index's column space; keys the index has never seen cannot match and drop out."""
    columns: list[int] = []
    values: list[float] = []
    for key, bucket, value in entries:
        column = key_column(vocab, extra, key)
        if column is not None:
            columns.append(column * BUCKETS + bucket)
            values.append(value)
    return np.array(columns, dtype=np.int64), np.array(values, dtype=np.float64)


def round_totals(values: Floats) -> Floats:
    """Vector twin of weights.round_total, with the same floating-point operations."""
    thousandths = np.floor(values * 1000.0 + 0.5)
    return np.floor((thousandths + 50) / 100) / 10


def totals(skill: Floats, preference_count: Ints, adjustments: Floats, eligible: Bools) -> Floats:
    """Same arithmetic, in the same order, as scoring.score."""
    subtotal = (skill + preference_count * PREFERENCE_POINTS) + adjustments
    return round_totals(np.where(eligible, np.clip(subtotal, 0.0, MAX_TOTAL), 0.0))


def adjustment(inexperienced: Bools, no_experience: Bools) -> Floats:
    """Vector twin of scoring.experience_adjustment."""
    bonus = np.where(no_experience, NO_EXPERIENCE_BONUS, -EXPERIENCE_PREFERRED_PENALTY)
    return np.where(inexperienced, bonus, 0.0)


def youth_ok(birth: Ints, has_birth: Bools, low: Ints, high: Ints, year: int) -> Bools:
    """Vector twin of scoring.youth_reason: an unknown birth year never excludes."""
    age = year - birth
    result: Bools = ~has_birth | ((age >= low) & (age <= high))
    return result


def order_keys(values: Floats, eligible: Bools) -> Ints:
    """Sortable keys: higher total first, then lower index position (the index is sorted by id); -1 excluded."""
    count = values.shape[-1]
    keys: Ints = np.rint(values * 10).astype(np.int64) * count + (count - 1 - np.arange(count, dtype=np.int64))
    return np.where(eligible, keys, -1)


def top_positions(keys: Ints, limit: int) -> Ints:
    """Positions of the `limit` largest non-negative keys, best first."""
    k = min(limit, keys.size)
    if k <= 0:
        return np.empty(0, dtype=np.int64)
    part = np.argpartition(-keys, k - 1)[:k]
    part = part[np.argsort(-keys[part])]
    result: Ints = part[keys[part] >= 0].astype(np.int64)
    return result


def check_vocab(vocab: Vocabulary, version: int, size: int) -> None:
    """Refuse an index built against another vocabulary: its columns would point at other skills."""
    if vocab.version != version or len(vocab) != size:
        raise ValueError(f"index was built for vocabulary version {version}, got version {vocab.version}")


PREFERENCE_SETS = {
    "sector": "sectors",
    "district": "districts",
    "employment_type": "employment_types",
    "shift": "shifts",
}
if tuple(PREFERENCE_SETS) != CATEGORICAL_PREFERENCES:
    raise RuntimeError("PREFERENCE_SETS must list the categorical preferences in order")
