"""Top-k postings for every seeker at once: one sparse product, then dense blocks of seekers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
from scipy import sparse

from jobsfez.skills.match.index import BATCH_ROWS, PostingIndex, SeekerIndex
from jobsfez.skills.match.vectors import (
    BUCKETS,
    PREFERENCE_SETS,
    Bools,
    Ints,
    adjustment,
    check_vocab,
    order_keys,
    skill_points,
    totals,
    youth_ok,
)
from jobsfez.skills.match.vocab import Vocabulary


def _remap(seekers: SeekerIndex, postings: PostingIndex) -> Any:
    """Seeker credit rows in the postings' column space; free keys no posting uses cannot match and drop out."""
    key_map = np.arange(seekers.vocab_size + len(seekers.extra_keys), dtype=np.int64)
    for key, column in seekers.extra_keys.items():
        key_map[column] = postings.extra_keys.get(key, -1)
    coo = seekers.credits.tocoo()
    key_columns = key_map[coo.col // BUCKETS]
    keep = key_columns >= 0
    columns = key_columns[keep] * BUCKETS + coo.col[keep] % BUCKETS
    shape = (len(seekers), postings.weights.shape[1])
    return sparse.csr_matrix((coo.data[keep], (coo.row[keep], columns)), shape=shape)


def _field_matches(seekers: SeekerIndex, postings: PostingIndex, field: str) -> tuple[Any, Bools]:
    """Seekers x postings sparse matches of named values for one preference, and postings leaving it unspecified."""
    values = seekers.field_values[field]
    posting_values = postings.field_values[field]
    by_posting_code = np.array([values.get(v, len(values)) for v in posting_values] + [len(values)], dtype=np.int64)
    codes = postings.field_codes[field]
    matrix = seekers.field_members[field][:, by_posting_code[codes]].tocsr()
    unspecified: Bools = codes < 0
    return matrix, unspecified


def _block_totals(
    seekers: SeekerIndex,
    postings: PostingIndex,
    rows: slice,
    skill: Any,
    fields: Mapping[str, tuple[Any, Bools]],
    year: int,
) -> tuple[Any, Bools]:
    """Totals and eligibility of one block of seekers against all postings, as scoring.score computes them."""
    skill_block = skill_points(skill[rows].toarray(), postings.item_weight[None, :], seekers.held[rows, None])
    count = (postings.start[None, :] >= seekers.earliest[rows, None]).astype(np.int64)
    for field, (matrix, unspecified) in fields.items():
        count += seekers.field_any[field][rows, None] | unspecified[None, :] | matrix[rows].toarray()
    adjustments = adjustment(seekers.inexperienced[rows, None], postings.no_experience[None, :])
    birth, has_birth = seekers.birth[rows, None], seekers.has_birth[rows, None]
    eligible = youth_ok(birth, has_birth, postings.youth_low[None, :], postings.youth_high[None, :], year)
    return totals(skill_block, count, adjustments, eligible), eligible


def _block_top(keys: Ints, k: int) -> Ints:
    """Per row, positions of the k largest keys, best first (keys are unique within a row)."""
    k = min(k, keys.shape[1])
    part = np.argpartition(-keys, k - 1, axis=1)[:, :k]
    order = np.argsort(-np.take_along_axis(keys, part, axis=1), axis=1)
    result: Ints = np.take_along_axis(part, order, axis=1)
    return result


def batch_top_k(
    vocab: Vocabulary, seeker_index: SeekerIndex, posting_index: PostingIndex, *, year: int, k: int = 10
) -> dict[int, list[tuple[int, float]]]:
    """Top-k (posting id, total) per seeker id for nightly recommendations; ineligible pairs are left out."""
    check_vocab(vocab, seeker_index.vocab_version, seeker_index.vocab_size)
    check_vocab(vocab, posting_index.vocab_version, posting_index.vocab_size)
    result: dict[int, list[tuple[int, float]]] = {int(i): [] for i in seeker_index.ids.tolist()}
    if k <= 0 or len(posting_index) == 0 or len(seeker_index) == 0:
        return result
    skill = (_remap(seeker_index, posting_index) @ posting_index.weights.T).tocsr()
    fields = {field: _field_matches(seeker_index, posting_index, field) for field in PREFERENCE_SETS}
    for start in range(0, len(seeker_index), BATCH_ROWS):
        rows = slice(start, start + BATCH_ROWS)
        block, eligible = _block_totals(seeker_index, posting_index, rows, skill, fields, year)
        keys = order_keys(block, eligible)
        top = _block_top(keys, k)
        top_keys = np.take_along_axis(keys, top, axis=1)
        top_totals = np.take_along_axis(block, top, axis=1)
        for offset, seeker_id in enumerate(seeker_index.ids[rows].tolist()):
            picked = top[offset][top_keys[offset] >= 0]
            scores = top_totals[offset][top_keys[offset] >= 0]
            result[seeker_id] = list(zip(posting_index.ids[picked].tolist(), scores.tolist(), strict=True))
    return result
