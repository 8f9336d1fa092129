"""A query word's search terms are worked out once per word and taxonomy, and afresh when the taxonomy changes."""

from jobsfez.postings.search import _WordCache
from jobsfez.skills.matching import Skill, Vocabulary


def vocabulary(version: int, related: tuple[str, ...]) -> Vocabulary:
    return Vocabulary(
        [
            Skill("weld", "용접", "Welding", "welding", ("웰딩",), related),
            Skill("weld-tig", "TIG 용접", "TIG welding", "welding", ("티그용접",), ()),
        ],
        version=version,
    )


def test_a_words_terms_hold_its_key_the_skills_it_covers_and_its_letter_pairs() -> None:
    words = _WordCache()
    terms = words.terms_of(vocabulary(1, ("weld-tig",)), "용접")
    assert terms.key == "weld" and terms.widened == ["weld", "weld-tig"]
    assert terms.candidate == "'K:weld' | 'K:weld-tig' | ('G:용접')"
    assert terms.prefix == "'용접':*"
    assert words.terms_of(vocabulary(1, ("weld-tig",)), "c++").prefix is None  # the parser drops "+"


def test_the_terms_follow_a_new_taxonomy() -> None:
    words = _WordCache()
    first = vocabulary(1, ("weld-tig",))
    assert words.terms_of(first, "용접") is words.terms_of(first, "용접")  # worked out once
    changed = vocabulary(2, ())
    assert words.terms_of(changed, "용접").widened == ["weld"]  # TIG welding no longer under welding
