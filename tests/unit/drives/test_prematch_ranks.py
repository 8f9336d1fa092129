"""A run's pairs ranked from the companies' side, and which of them are stored."""

from __future__ import annotations

import numpy as np

from jobsfez.drives import prematch
from jobsfez.skills.matching import GroupBest


def block(pairs: list[tuple[int, int, float, int]]) -> GroupBest:
    """(participant, company, score, the company's place among the participant's) per pair."""
    return GroupBest(
        seeker_ids=np.array([p for p, _, _, _ in pairs], dtype=np.int64),
        group_ids=np.array([c for _, c, _, _ in pairs], dtype=np.int64),
        posting_ids=np.array([c * 10 for _, c, _, _ in pairs], dtype=np.int64),
        totals=np.array([s for _, _, s, _ in pairs]),
        seeker_rank=np.array([r for _, _, _, r in pairs], dtype=np.int64),
    )


def test_companies_rank_by_score_then_participant_across_blocks() -> None:
    result = prematch.rank_companies(
        [block([(1, 7, 50.0, 1), (2, 7, 80.0, 1)]), block([(3, 7, 50.0, 2), (3, 8, 60.0, 1)])]
    )
    pairs = zip(result.participant_ids.tolist(), result.employer_ids.tolist(), strict=True)
    ranks = dict(zip(pairs, result.company_rank.tolist(), strict=True))
    assert ranks == {(2, 7): 1, (1, 7): 2, (3, 7): 3, (3, 8): 1}


def test_a_pair_is_stored_when_either_side_has_it_high_enough() -> None:
    people = prematch.COMPANY_KEEP + 5
    # every participant's best company is company 1, scored lower person by person; company 2 is everyone's last
    pairs = [(p, 1, 90.0 - p, 1) for p in range(people)]
    pairs += [(p, 2, 1.0, prematch.PARTICIPANT_KEEP + 1) for p in range(people)]
    result = prematch.rank_companies([block(pairs)])
    kept = set(zip(result.participant_ids.tolist(), result.employer_ids.tolist(), strict=True))
    assert {(p, 1) for p in range(people)} <= kept  # each person's best company, however low they rank there
    assert {p for p, c in kept if c == 2} == set(range(prematch.COMPANY_KEEP))  # company 2's best, no more
