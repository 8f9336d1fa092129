"""Top-k postings for every seeker at once: one sparse product, then dense blocks of seekers."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import sparse

from jobsfez.skills.match.index import BATCH_ROWS, PostingIndex, SeekerIndex
from jobsfez.skills.match.vectors import (
    BUCKETS,
    NO_EARLIEST_START,
    PREFERENCE_SETS,
    Bools,
    Floats,
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
    earliest = seekers.earliest[rows, None]
    count = ((postings.start[None, :] >= earliest) & (earliest != NO_EARLIEST_START)).astype(np.int64)
    for field, (matrix, unspecified) in fields.items():
        given = ~seekers.field_any[field][rows, None]
        count += given & (unspecified[None, :] | matrix[rows].toarray())
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


@dataclass(frozen=True, slots=True, eq=False)
class GroupBest:
    """Per seeker and group (a company), the group's best posting for that seeker: parallel arrays, one entry per
    pair kept (eligible, total above 0), seekers in index order and, within a seeker, groups best first."""

    seeker_ids: Ints
    group_ids: Ints
    posting_ids: Ints
    totals: Floats
    seeker_rank: Ints  # the group's place among the seeker's groups, 1 = best

    def __len__(self) -> int:
        return int(self.seeker_ids.size)


def _group_order(posting_index: PostingIndex, groups: Mapping[int, int]) -> tuple[Ints, Ints, Ints]:
    """Index positions of the postings ordered by group, where each group starts, and each group's id."""
    group_of = np.array([groups[int(i)] for i in posting_index.ids.tolist()], dtype=np.int64)
    order = np.argsort(group_of, kind="stable")
    sorted_groups = group_of[order]
    starts = np.flatnonzero(np.r_[True, sorted_groups[1:] != sorted_groups[:-1]])
    return order.astype(np.int64), starts.astype(np.int64), sorted_groups[starts]


def batch_best_by_group(
    vocab: Vocabulary,
    seeker_index: SeekerIndex,
    posting_index: PostingIndex,
    groups: Mapping[int, int],
    *,
    year: int,
    rows: int = BATCH_ROWS,
) -> Iterator[GroupBest]:
    """Each block of `rows` seekers against all postings: for every seeker, each group's best eligible posting with
    a total above 0 (the same total as scoring.score; ties go to the lower posting id), ranked for the seeker.
    A generator, so that the caller counts its progress block by block."""
    check_vocab(vocab, seeker_index.vocab_version, seeker_index.vocab_size)
    check_vocab(vocab, posting_index.vocab_version, posting_index.vocab_size)
    if len(posting_index) == 0 or len(seeker_index) == 0:
        return
    order, starts, group_ids = _group_order(posting_index, groups)
    count = len(posting_index)
    skill = (_remap(seeker_index, posting_index) @ posting_index.weights.T).tocsr()
    fields = {field: _field_matches(seeker_index, posting_index, field) for field in PREFERENCE_SETS}
    for start in range(0, len(seeker_index), rows):
        block_rows = slice(start, start + rows)
        block, eligible = _block_totals(seeker_index, posting_index, block_rows, skill, fields, year)
        keys = order_keys(block, eligible)
        best = np.maximum.reduceat(keys[:, order], starts, axis=1)  # seekers x groups; -1: no eligible posting
        seeker_rows, group_columns = np.nonzero(best >= count)  # eligible, and a total of at least 0.1
        best_keys = best[seeker_rows, group_columns]
        ranked = np.lexsort((-best_keys, seeker_rows))
        seeker_rows, group_columns, best_keys = seeker_rows[ranked], group_columns[ranked], best_keys[ranked]
        firsts = np.flatnonzero(np.r_[True, seeker_rows[1:] != seeker_rows[:-1]]) if seeker_rows.size else seeker_rows
        seeker_rank = np.arange(seeker_rows.size) - np.repeat(firsts, np.diff(np.r_[firsts, seeker_rows.size])) + 1
        positions = count - 1 - best_keys % count
        yield GroupBest(
            seeker_ids=seeker_index.ids[block_rows][seeker_rows],
            group_ids=group_ids[group_columns],
            posting_ids=posting_index.ids[positions],
            totals=(best_keys // count) / 10.0,
            seeker_rank=seeker_rank.astype(np.int64),
        )
