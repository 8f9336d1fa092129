"""Behaviour of the explained score that a user would notice."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from jobsfez.skills.matching import (
    EXPERIENCE_PREFERRED,
    MUST_HAVE_MISSING,
    NO_EXPERIENCE_WELCOME,
    NO_SKILLS_LISTED,
    YOUTH_AGE_UNKNOWN,
    YOUTH_OUT_OF_RANGE,
    PostingProfile,
    Score,
    SeekerProfile,
    Skill,
    SkillClaim,
    Vocabulary,
    score,
    skill_claim,
)

YEAR = 2026
VOCAB = Vocabulary(
    [
        Skill("weld", "용접", "Welding", "welding", (), ()),
        Skill("weld-tig", "TIG 용접", "TIG welding", "welding", ("티그용접",), ("weld-mig",)),
        Skill("weld-mig", "CO2 용접", "MIG welding", "welding", ("미그용접",), ()),
        Skill("forklift", "지게차 운전", "Forklift operation", "logistics_equipment", ("지게차",), ()),
        Skill("plc", "PLC 프로그래밍", "PLC programming", "electrical_plc", (), ()),
        Skill("cad", "오토캐드", "AutoCAD", "cad_cae", (), ()),
        Skill("q-weld", "용접기능사", "Craftsman Welding", "qualification", (), ("weld",), True),
    ],
    version=1,
)


def claim(text: str, level: int | None = None) -> SkillClaim:
    return skill_claim(VOCAB, text, level=level)


# Every preference given; a posting that leaves them open, as `posting()` does by default, meets them all.
EVERY_PREFERENCE: dict[str, Any] = {
    "sectors": frozenset({"machinery"}),
    "districts": frozenset({"진해구"}),
    "employment_types": frozenset({"full_time"}),
    "shifts": frozenset({"day"}),
    "earliest_start": date(2026, 1, 1),
}


def quiet(*skills: SkillClaim, **fields: Any) -> SeekerProfile:
    """An experienced seeker who gave no preference beyond `fields`."""
    return replace(SeekerProfile(1, tuple(skills), experienced=True), **fields)


def seeker(*skills: SkillClaim, **fields: Any) -> SeekerProfile:
    """An experienced seeker who gave every preference, met by any posting that leaves them open."""
    return quiet(*skills, **{**EVERY_PREFERENCE, **fields})


def posting(must: tuple[SkillClaim, ...] = (), nice: tuple[SkillClaim, ...] = (), **fields: Any) -> PostingProfile:
    return replace(PostingProfile(100, must, nice), **fields)


WELDER_JOB = posting(must=(claim("용접"), claim("지게차")), nice=(claim("오토캐드"), claim("PLC 프로그래밍")))


def adds_up(result: Score) -> bool:
    """The parts shown to the user add up to the total, and each part to its own lines."""
    parts = result.skills_points + result.preference_points + sum(a.points for a in result.adjustments)
    skill_lines = sum(m.points for m in result.matched)
    return (
        abs(parts - result.total) <= 0.05
        and (abs(skill_lines - result.skills_points) < 1e-9 or NO_SKILLS_LISTED in result.reasons)
        and sum(p.points for p in result.preferences) == result.preference_points
    )


def test_full_match_scores_100() -> None:
    skills = (claim("용접"), claim("지게차"), claim("오토캐드"), claim("PLC 프로그래밍"))
    result = score(VOCAB, seeker(*skills), WELDER_JOB, year=YEAR)
    assert result.total == 100.0
    assert score(VOCAB, quiet(*skills), WELDER_JOB, year=YEAR).total == 80.0  # no preference given, none earned
    assert result.missing == ()
    assert {m.kind for m in result.matched} == {"exact"}


def test_missing_must_costs_more_than_missing_nice() -> None:
    no_must = score(VOCAB, seeker(claim("지게차"), claim("오토캐드"), claim("PLC 프로그래밍")), WELDER_JOB, year=YEAR)
    no_nice = score(VOCAB, seeker(claim("용접"), claim("지게차"), claim("PLC 프로그래밍")), WELDER_JOB, year=YEAR)
    assert no_must.total < no_nice.total < 100.0
    assert no_must.missing == ("용접",)
    assert MUST_HAVE_MISSING in no_must.reasons
    assert no_nice.missing == ()


def test_related_skill_gives_partial_credit() -> None:
    job = posting(must=(claim("TIG 용접"),))
    related = score(VOCAB, seeker(claim("미그용접")), job, year=YEAR)
    nothing = score(VOCAB, seeker(claim("지게차")), job, year=YEAR)
    exact = score(VOCAB, seeker(claim("티그용접")), job, year=YEAR)
    assert nothing.total < related.total < exact.total
    assert [(m.kind, m.seeker_text, m.posting_text) for m in related.matched] == [("related", "미그용접", "TIG 용접")]
    assert related.missing == ()


def test_related_map_is_symmetric() -> None:
    job = posting(must=(claim("미그용접"),))
    assert [m.kind for m in score(VOCAB, seeker(claim("TIG 용접")), job, year=YEAR).matched] == ["related"]


@pytest.mark.parametrize(("level", "kind"), [(5, "exact"), (4, "exact"), (3, "level_below"), (1, "level_below")])
def test_level_below_required_gives_partial_credit(level: int, kind: str) -> None:
    job = posting(must=(claim("용접", level=4),))
    result = score(VOCAB, seeker(claim("용접", level=level)), job, year=YEAR)
    assert [m.kind for m in result.matched] == [kind]


def test_lower_level_never_scores_higher() -> None:
    job = posting(must=(claim("용접", level=5),))
    totals = [score(VOCAB, seeker(claim("용접", level=lv)), job, year=YEAR).total for lv in range(1, 6)]
    assert totals == sorted(totals)
    assert totals[0] < totals[-1]
    related_only = score(VOCAB, seeker(claim("용접기능사")), job, year=YEAR).total
    assert related_only <= totals[0]


def test_qualification_is_a_skill() -> None:
    job = posting(must=(claim("용접기능사"),))
    holder = score(VOCAB, seeker(claim("용접기능사")), job, year=YEAR)
    welder = score(VOCAB, seeker(claim("용접")), job, year=YEAR)
    assert holder.total == 100.0
    assert [m.kind for m in welder.matched] == ["related"]
    assert welder.total < holder.total


def test_free_text_matches_the_same_free_text() -> None:
    job = posting(must=(claim("선박 도장"),))
    assert job.must[0].key.startswith("free:")
    result = score(VOCAB, seeker(claim("선박도장")), job, year=YEAR)
    assert result.total == 100.0


def test_posting_without_skills_is_neutral() -> None:
    job = posting()
    expert = score(VOCAB, seeker(claim("용접"), claim("지게차")), job, year=YEAR)
    novice = score(VOCAB, seeker(), job, year=YEAR)
    assert expert.total == novice.total
    assert expert.skills_points == 40.0
    assert NO_SKILLS_LISTED in expert.reasons


@pytest.mark.parametrize(
    ("birth_year", "eligible", "reason"),
    [(2001, True, None), (1992, True, None), (1991, False, YOUTH_OUT_OF_RANGE), (2010, False, YOUTH_OUT_OF_RANGE)],
)
def test_youth_age_range(birth_year: int, eligible: bool, reason: str | None) -> None:
    job = posting(must=(claim("용접"),), youth_min_age=19, youth_max_age=34)
    result = score(VOCAB, seeker(claim("용접"), birth_year=birth_year), job, year=YEAR)
    assert result.eligible is eligible
    assert (YOUTH_OUT_OF_RANGE in result.reasons) is (reason is not None)
    assert (result.total == 0.0) is not eligible
    assert adds_up(result)


def test_youth_posting_with_unknown_age_is_flagged_not_excluded() -> None:
    job = posting(must=(claim("용접"),), youth_min_age=19, youth_max_age=34)
    result = score(VOCAB, seeker(claim("용접"), birth_year=None), job, year=YEAR)
    assert result.eligible
    assert YOUTH_AGE_UNKNOWN in result.reasons
    assert result.total == 100.0


def test_no_experience_postings_favour_newcomers() -> None:
    welcoming = posting(must=(claim("지게차"),), no_experience_required=True)
    demanding = posting(must=(claim("지게차"),))
    newcomer = seeker(claim("지게차", level=3), experienced=False)
    veteran = seeker(claim("지게차", level=3), experienced=True)
    on_welcoming = score(VOCAB, newcomer, welcoming, year=YEAR)
    on_demanding = score(VOCAB, newcomer, demanding, year=YEAR)
    assert on_welcoming.total > on_demanding.total
    assert NO_EXPERIENCE_WELCOME in on_welcoming.reasons
    assert EXPERIENCE_PREFERRED in on_demanding.reasons
    assert score(VOCAB, veteran, demanding, year=YEAR).total > on_demanding.total
    assert on_welcoming.total == 100.0  # clamped
    assert adds_up(on_welcoming)


@pytest.mark.parametrize(
    ("met", "unmet", "name"),
    [
        ({"sectors": frozenset({"machinery"})}, {"sectors": frozenset({"shipbuilding"})}, "sector"),
        ({"districts": frozenset({"진해구", "강서구"})}, {"districts": frozenset({"강서구"})}, "district"),
        (
            {"employment_types": frozenset({"full_time"})},
            {"employment_types": frozenset({"part_time"})},
            "employment_type",
        ),
        ({"shifts": frozenset({"day"})}, {"shifts": frozenset({"night"})}, "shift"),
        ({"earliest_start": date(2026, 1, 15)}, {"earliest_start": date(2026, 3, 1)}, "start_date"),
    ],
)
def test_a_preference_earns_points_only_when_given_and_met(
    met: dict[str, Any], unmet: dict[str, Any], name: str
) -> None:
    job = posting(
        must=(claim("용접"),),
        sector="machinery",
        district="진해구",
        employment_type="full_time",
        shift="day",
        start_date=date(2026, 2, 1),
    )
    silent = score(VOCAB, quiet(claim("용접")), job, year=YEAR)
    pleased = score(VOCAB, quiet(claim("용접"), **met), job, year=YEAR)
    disappointed = score(VOCAB, quiet(claim("용접"), **unmet), job, year=YEAR)
    assert (silent.preference_points, silent.preferences) == (0.0, ())
    assert [(p.preference, p.matched, p.points) for p in pleased.preferences] == [(name, True, 4.0)]
    assert [(p.preference, p.matched, p.points) for p in disappointed.preferences] == [(name, False, 0.0)]
    assert pleased.total == silent.total + 4.0
    assert disappointed.total == silent.total
    assert adds_up(pleased) and adds_up(disappointed)


def test_an_empty_profile_earns_no_preference_points_anywhere() -> None:
    nobody = SeekerProfile(1)
    detailed = posting(must=(claim("용접"),), sector="machinery", district="진해구", start_date=date(2026, 2, 1))
    open_ended = posting()
    on_detailed = score(VOCAB, nobody, detailed, year=YEAR)
    on_open = score(VOCAB, nobody, open_ended, year=YEAR)
    assert on_detailed.preferences == on_open.preferences == ()
    assert on_detailed.total == 0.0  # no skill, no preference, and the posting prefers experience
    assert on_open.total == 35.0  # the middling part of a posting without skills, less "experience preferred"
    assert adds_up(on_detailed) and adds_up(on_open)


def test_a_posting_leaving_a_preference_open_meets_it() -> None:
    picky = quiet(claim("용접"), sectors=frozenset({"machinery"}), earliest_start=date(2026, 3, 1))
    result = score(VOCAB, picky, posting(must=(claim("용접"),)), year=YEAR)
    assert [(p.preference, p.matched) for p in result.preferences] == [("sector", True), ("start_date", True)]
    assert result.preference_points == 8.0


def test_preferences_are_a_smaller_part_than_skills() -> None:
    job = posting(must=(claim("용접"),), sector="machinery", district="진해구")
    skilled_elsewhere = seeker(claim("용접"), sectors=frozenset({"retail"}), districts=frozenset({"해운대구"}))
    unskilled_nearby = seeker(claim("지게차"), sectors=frozenset({"machinery"}), districts=frozenset({"진해구"}))
    assert score(VOCAB, skilled_elsewhere, job, year=YEAR).total > score(VOCAB, unskilled_nearby, job, year=YEAR).total


def test_posting_repeats_merge_must_wins() -> None:
    job = posting(must=(claim("용접", level=2),), nice=(claim("용접"),))
    result = score(VOCAB, seeker(claim("용접", level=2)), job, year=YEAR)
    assert [(m.key, m.must) for m in result.matched] == [("weld", True)]
    assert result.total == 100.0


def test_years_stand_in_for_a_missing_level() -> None:
    job = posting(must=(claim("용접", level=5),))
    novice = score(VOCAB, seeker(SkillClaim("weld", "용접", years=0.5)), job, year=YEAR)
    veteran = score(VOCAB, seeker(SkillClaim("weld", "용접", years=9)), job, year=YEAR)
    assert novice.total < veteran.total == 100.0


@pytest.mark.parametrize("level", [0, 6, -1])
def test_levels_are_validated(level: int) -> None:
    with pytest.raises(ValueError, match="level"):
        SkillClaim("weld", "용접", level=level)


def test_explanation_adds_up_and_stays_in_range() -> None:
    seekers = [
        seeker(),
        seeker(claim("용접", 1), claim("미그용접"), experienced=False, birth_year=1960),
        seeker(claim("지게차", 5), claim("오토캐드", 2), sectors=frozenset({"x"}), shifts=frozenset({"night"})),
    ]
    jobs = [
        WELDER_JOB,
        posting(),
        posting(must=(claim("TIG 용접", 4),), nice=(claim("용접기능사"),), no_experience_required=True),
        posting(must=(claim("PLC", 5),), sector="y", shift="day", youth_min_age=18, youth_max_age=39),
    ]
    for person in seekers:
        for job in jobs:
            result = score(VOCAB, person, job, year=YEAR)
            assert 0.0 <= result.total <= 100.0
            assert result.total == round(result.total, 1)
            assert adds_up(result)
            assert all(0.0 < m.credit <= 1.0 for m in result.matched)


def test_a_posting_that_uses_all_the_seekers_skills_beats_one_that_asks_for_one() -> None:
    """Issue 16: the skill part was the share of the posting covered, so a one-skill posting always won."""
    welder = seeker(claim("용접"), claim("지게차"), claim("오토캐드"))
    narrow = score(VOCAB, welder, posting(must=(claim("용접"),)), year=YEAR)
    broad = score(VOCAB, welder, posting(must=(claim("용접"), claim("지게차"), claim("오토캐드"))), year=YEAR)
    assert broad.total == 100.0
    assert narrow.total < broad.total
    assert adds_up(narrow)


def test_the_seeker_who_holds_what_the_posting_asks_beats_one_who_holds_it_among_much_else() -> None:
    job = posting(must=(claim("용접"), claim("지게차")))
    exact = score(VOCAB, seeker(claim("용접"), claim("지게차")), job, year=YEAR)
    wider = score(
        VOCAB, seeker(claim("용접"), claim("지게차"), claim("오토캐드"), claim("PLC 프로그래밍")), job, year=YEAR
    )
    assert wider.total < exact.total == 100.0
    assert [m.points for m in wider.matched] == pytest.approx([wider.skills_points / 2] * 2)


def test_a_related_skill_earns_only_the_postings_side() -> None:
    """So that a few skills related to many must-haves can never earn more than the whole skill part."""
    job = posting(must=(claim("용접기능사"),))
    result = score(VOCAB, seeker(claim("용접")), job, year=YEAR)
    assert [m.kind for m in result.matched] == ["related"]
    # must-have weight 2 at credit 0.4, out of the posting's 2 and the seeker's one skill's 4
    assert result.skills_points == pytest.approx(80 * 2 * 0.4 / (2 + 4))
    assert adds_up(result)
