"""Which one-key differences count as slips of the fingers."""

from __future__ import annotations

import pytest

from jobsfez.skills.match.typos import WordIndex, jamo_slip, typo_cost
from jobsfez.skills.matching import Vocabulary, extract, normalise
from jobsfez.skills.taxonomy_data import load_shipped_skills

SHIPPED = Vocabulary(load_shipped_skills(), version=1)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("exel", "excel"),  # a missing key
        ("pytohn", "python"),  # two keys swapped
        ("phyton", "python"),  # a key typed two places late
        ("weldibg", "welding"),  # a neighbouring key (b beside n)
        ("excavater", "excavator"),  # a vowel for a vowel
        ("javascrept", "javascript"),  # after the first syllable
        ("scrim", "scrum"),  # the first vowel, but with the key beside it: a slip of the finger
        ("photoshob", "photoshop"),  # b for p, a sound Korean does not tell apart
        ("용졉", "용접"),  # ㅕ for ㅓ
        ("엑쎌", "엑셀"),  # the shifted twin
        ("께이블", "케이블"),  # a tense consonant for an aspirated one, as loanwords are often written
        ("빠이프", "파이프"),
        ("통괸", "통관"),  # a composite vowel with its second key beside the right one
        ("세서", "센서"),  # a missing final consonant
        ("toefel", "toefl"),  # a vowel sounded out
        ("python", "pyhton"),
        ("시퀸스", "시퀀스"),  # ㅟ for ㅝ, as loanwords are often written
        ("영어회와", "영어회화"),  # ㅇ for a ㅎ barely said inside a word
        ("lavarel", "laravel"),  # two keys exchanged around a third, in a longer word
        ("계휙", "계획"),  # ㅟ for ㅚ: a composite vowel with its first key beside the right one
        ("쿠버네티즈", "쿠버네티스"),  # 즈 for 스: an English s said as z, written either way in a loanword
        ("윈도우스", "윈도우즈"),
        ("밀닝", "밀링"),  # ㄴ for ㄹ after a final ㄹ, both said ㄹ
        ("칼랄", "칼날"),
    ],
)
def test_slips(typed: str, meant: str) -> None:
    assert typo_cost(normalise(typed), normalise(meant)) is not None


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("boxing", "boring"),  # x and r are far apart
        ("wedding", "welding"),
        ("scala", "scada"),
        ("경비", "경리"),  # ㅂ and ㄹ are far apart
        ("보온", "보안"),
        ("pythno", "pyhton"),  # two slips
        ("world", "word"),  # l touches neither r nor d
        ("bell", "ball"),  # the first vowel is stressed and spelled as heard
        ("사진", "자진"),  # ㅅ and ㅈ are no slip but in the syllable 스/즈
        ("주사", "주자"),
        ("nuxtjs", "nextjs"),
        ("backing", "packing"),  # b for p beginning a word makes another word
        ("rope", "proe"),  # a key moved two places in a short word rewrites most of it
        ("아루", "하루"),  # ㅎ said at the start of a word is no slip
        ("salt", "last"),  # keys exchanged around a third in a short word
        ("미닝", "미링"),  # ㄴ for ㄹ said as typed, with no final ㄹ before it
    ],
)
def test_other_words(typed: str, meant: str) -> None:
    assert typo_cost(normalise(typed), normalise(meant)) is None


def test_short_korean_words_forgive_no_extra_key() -> None:
    index = WordIndex([normalise("보링"), normalise("센서")])
    assert index.near(normalise("볼링")) == ()  # bowling, not boring
    assert [word for word, _ in index.near(normalise("세서"))] == [normalise("센서")]


def test_letters_exchanged_around_a_third_are_found_in_a_longer_word() -> None:
    index = WordIndex([normalise("laravel"), normalise("last")])
    assert [word for word, _ in index.near("lavarel")] == ["laravel"]
    assert index.near("salt") == ()


def test_spelling_confusions_come_first() -> None:
    index = WordIndex([normalise("사무"), normalise("세무")])
    assert [word for word, _ in index.near(normalise("새무"))] == [normalise("세무"), normalise("사무")]


def test_a_neighbouring_vowel_comes_before_a_korean_key_moved_two_places() -> None:
    """던조 is 단조 with ㅓ for ㅏ before it is 더존 with its ㄴ typed early: a moved jamo rewrites two syllables."""
    index = WordIndex([normalise("단조"), normalise("더존")])
    assert [word for word, _ in index.near(normalise("던조"))] == [normalise("단조"), normalise("더존")]


def _edits(word: str) -> set[str]:
    """Every string one key dropped, added, changed, or moved from the word, or with two keys exchanged."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    found = {word[:i] + word[i + 1 :] for i in range(len(word))}
    found |= {word[:i] + c + word[i + k :] for i in range(len(word) + 1) for c in letters for k in (0, 1)}
    found |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    for i in range(len(word) - 2):
        window = word[i : i + 3]
        moved = (window[1:] + window[0], window[2] + window[:2], window[::-1])
        found |= {word[:i] + typed + word[i + 3 :] for typed in moved}
    return found - {word}


@pytest.mark.parametrize("meant", ["blasting", "scaffolding", "thermoforming", "ventilating"])
def test_a_slip_anywhere_in_a_long_word_is_found(meant: str) -> None:
    """Every slip typo_cost forgives is found, at a long word's ends too, where the index looks first whether any
    word of about the length typed begins or ends as it does (a word glued from several is none)."""
    index = WordIndex(["blast", "blasted", "scaffold", "thermal", "forming", "ventilation", meant])
    slips = [typed for typed in _edits(meant) if typo_cost(typed, meant) is not None]
    assert len(slips) > len(meant)
    assert [typed for typed in slips if meant not in dict(index.near(typed))] == []
    assert index.near("blastingscaffolding") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kubernets로 배포", ["kubernetes"]),  # a particle glued on a slip is the slip's case, no second slip
        ("terrafrom으로 AWS 구성", ["aws", "terraform"]),
        ("Dokcer로 배포", ["docker"]),
        ("Postgress로 마이그레이션", ["postgresql"]),
        ("Kubernets 배포", ["kubernetes"]),  # controls: the slip with a space, a name typed right with its particle
        ("Flutter로 사이드 프로젝트", ["flutter"]),
    ],
)
def test_a_particle_glued_on_a_latin_slip_is_no_second_slip(text: str, expected: list[str]) -> None:
    assert sorted(e.skill_id for e in extract(SHIPPED, text).skills) == expected


@pytest.mark.parametrize(
    ("typed", "meant", "slip"),
    [
        ("haddop", "hadoop", True),  # the doubled letter typed one letter early
        ("fluuter", "flutter", True),
        ("morring", "mooring", True),
        ("fluteer", "flutter", True),  # or one letter late
        ("hadcop", "hadoop", False),  # controls: a far key where a doubled letter was meant
        ("ffol", "fool", False),  # a short word, where moving the doubling rewrites most of it
    ],
)
def test_a_doubled_letter_moved_one_place_is_one_slip(typed: str, meant: str, slip: bool) -> None:
    assert (typo_cost(typed, meant) is not None) == slip


@pytest.mark.parametrize(
    ("typed", "meant", "slip"),
    [
        ("욤접", "용접", True),  # a final for a final, keys far apart
        ("관러", "관리", True),  # a vowel for a vowel
        ("로봊", "로봇", True),
        ("세서", "센서", True),  # a final too few
        ("용접ㄱ", "용접", False),  # controls: a lone jamo is no final
        ("동접", "용접", False),  # a syllable's first consonant
        ("관계", "관리", False),  # two jamo
    ],
)
def test_a_vowel_or_a_final_wrong_is_one_jamo_slip_whatever_its_key(typed: str, meant: str, slip: bool) -> None:
    assert (jamo_slip(normalise(typed), normalise(meant)) is not None) == slip
