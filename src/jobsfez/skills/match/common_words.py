"""Common words of English and Korean, so that a word is not read as a typo of a skill's name when it is a word of
its own.

A slip of the fingers in a long word rarely lands on another word, but both languages have many words one key from
a skill's name ("deliver", "inform", "setter", "planing"; 전역 for 번역, 통영 for 통역); wordfreq's lists of the
languages as written (web, books, subtitles, news) tell them from slips ("Pyhton", "Falsk", "머신러넝"), which no
such list holds.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import wordfreq

from jobsfez.skills.match.normalise import normalise
from jobsfez.skills.match.tokens import Word

# English words at least this frequent (Zipf scale: 3 is once in a million words, 1.6 once in 40 million) count as
# words: "setter" 3.0, "tamping" 2.0, "pleating" 1.7; the slips people type are less ("exel" 1.7 is more, and is
# Excel only alone), and the British spellings that are one slip from a name ("virtualisation" 1.55) count as slips.
COMMON_ZIPF = 1.6


# English words at least this frequent are everyday words, which a skill's name may be said as in an everyday line
# ("mold", "delivery", "python" 3.8); tools' names are rarer ("numpy" 1.9, "altium" 1.3, "kotlin" 2.1, "jira" 2.1).
EVERYDAY_ZIPF = 2.5


@cache
def _english_buckets() -> tuple[dict[str, float], frozenset[str]]:
    """The large English list's words of letters a to z at EVERYDAY_ZIPF or more (~50,000, each with its Zipf
    frequency) and at COMMON_ZIPF or more (~140,000), read once (~20 MB kept, the first sharing the second's strings);
    the list itself (~37 MB) is not kept."""
    buckets = wordfreq.read_cBpack(wordfreq.available_languages("large")["en"])  # bucket k: words at -k centibels

    def down_to(zipf: float) -> dict[str, float]:
        top = round((zipf - 9) * -100)
        return {word: 9 - k / 100 for k in range(top) for word in buckets[k] if word.isascii() and word.isalpha()}

    return down_to(EVERYDAY_ZIPF), frozenset(down_to(COMMON_ZIPF))


def _english() -> frozenset[str]:
    return _english_buckets()[1]


@cache
def _korean() -> frozenset[str]:
    """The small Korean list, whole (~30,000 words as written, syllables; ~3 MB)."""
    return frozenset(
        word for bucket in wordfreq.read_cBpack(wordfreq.available_languages("small")["ko"]) for word in bucket
    )


def is_english_word(form: str) -> bool:
    """The folded Latin word is a common English word."""
    return form in _english()


# Particles a Korean noun is typed with, cut off to find the noun in the list ("독일에서": 독일).
PARTICLES = ("에서", "으로", "에게", "에", "로", "을", "를", "이", "가", "은", "는", "의", "와", "과", "도", "만")


# Places said with 에서 cut to 서 ("한국서 2년 일했어요": in Korea, no slip of 한국사); not any word, as a slip ends
# in 서 as often (파이서, 샌서).
PLACES_SAID_SHORT = frozenset(
    ("한국", "일본", "중국", "미국", "베트남", "서울", "부산", "회사", "공장", "학교", "현장")
)
SHORT_LOCATIVE = "서"


def is_korean_word(text: str) -> bool:
    """The Hangul word as typed (syllables), or less a particle, is a common Korean word."""
    words = _korean()
    if text.endswith(SHORT_LOCATIVE) and text[: -len(SHORT_LOCATIVE)] in PLACES_SAID_SHORT:
        return True
    return text in words or any(
        text.endswith(particle) and len(text) > len(particle) and text[: -len(particle)] in words
        for particle in PARTICLES
    )


DATA = Path(__file__).resolve().parents[1] / "data"


@cache
def _sino_korean_syllables() -> frozenset[str]:
    """The 469 syllables a Chinese character of everyday Korean is read as, also where a word begins (냉 of 랭;
    bench/data/korean_words.py)."""
    return frozenset((DATA / "sino_korean_syllables.txt").read_text(encoding="utf-8").strip())


@cache
def _two_syllable_words() -> frozenset[str]:
    """Two-syllable Korean words with a syllable no Chinese character is read as (~44,000, from mecab-ko-dic: 빼고,
    도급, 걸레; bench/data/korean_words.py)."""
    return frozenset((DATA / "korean_two_syllable_words.txt").read_text(encoding="utf-8").split())


def _sino_korean(word: str) -> bool:
    return all(syllable in _sino_korean_syllables() for syllable in word)


# Syllables begun with a tensed consonant (ㄲ, ㄸ, ㅃ, ㅆ, ㅉ): said in everyday words and contractions no dictionary
# lists (쎄무 for suede, 소빵 for 소금빵, "중꺼", "불꺼"), seldom a slip's.
_SYLLABLES_A_LEAD = 21 * 28  # vowels times final consonants: Unicode lists Hangul syllables by leading consonant
_TENSED = re.compile(
    "["
    + "".join(
        f"{chr(0xAC00 + _SYLLABLES_A_LEAD * k)}-{chr(0xAC00 + _SYLLABLES_A_LEAD * (k + 1) - 1)}"
        for k in (1, 4, 8, 10, 13)
    )
    + "]"
)


def slips_from_sino_korean(typed: str, meant: Iterable[str]) -> bool:
    """The two-syllable Hangul word `typed` is a slip from a Sino-Korean word of `meant` (normalised forms, each one
    slip from it), not a word of its own: every word it could be is a two-syllable Sino-Korean word (용접, 회계,
    하역), which a dictionary of Korean holds; `typed` has a syllable no Chinese character is read as, so it is no
    Sino-Korean word a dictionary lacks (직화 for 작화), nor tensed like everyday speech (쎄무, "중꺼"), and no
    dictionary holds it either ("엉업", "회걔", "하녁"; not 빼고 for 재고, nor a loanword for a loanword: 도크 for 도커,
    밴딩 for 벤딩)."""
    words = [unicodedata.normalize("NFC", form) for form in meant]
    return (
        bool(words)
        and all(len(word) == 2 and _sino_korean(word) for word in words)
        and not _sino_korean(typed)
        and not _TENSED.search(typed)
        and typed not in _two_syllable_words()
    )


def is_word(typed: str) -> bool:
    """The Hangul word is a word of Korean a list holds: common, or a two-syllable word not Sino-Korean (고딩, 파킹)."""
    return is_korean_word(typed) or typed in _two_syllable_words()


def rare_syllable(typed: str) -> bool:
    """The Hangul word has a syllable no word of the Korean list has (녯, 햬, 껫: 1,615 syllables are in it), so it is
    no word but a slip ("닷녯" for 닷넷)."""
    return any(_HANGUL_FIRST <= char <= _HANGUL_LAST and char not in _korean_syllables() for char in typed)


_HANGUL_FIRST, _HANGUL_LAST = "가", "힣"


@cache
def _korean_syllables() -> frozenset[str]:
    return frozenset(char for word in _korean() for char in word if _HANGUL_FIRST <= char <= _HANGUL_LAST)


def zipf_english(form: str) -> float:
    """The folded Latin word's Zipf frequency in English, 0 under EVERYDAY_ZIPF."""
    return _english_buckets()[0].get(form, 0.0)


def is_everyday_english(form: str) -> bool:
    """The folded Latin word is an English word at EVERYDAY_ZIPF or more."""
    return form in _english_buckets()[0]


# A slip of one key lands on a given other word about once in a hundred words typed (Zipf 2): an everyday word typed
# is that word unless the word it would be a slip of is this much more frequent ("planing": planning, 2.1 more;
# "singing" is no slip of slinging, 1.8 less).
SLIP_ZIPF = 2.0


def meant_as_typed(typed: str, meant: str) -> bool:
    """The folded Latin word `typed` is an everyday English word, and `meant`, one slip from it, is not so much more
    frequent that the slip is likelier than the word."""
    everyday = _english_buckets()[0]
    if typed not in everyday:
        return False
    return everyday.get(meant, EVERYDAY_ZIPF) < everyday[typed] + SLIP_ZIPF  # a rarer word: under EVERYDAY_ZIPF


def is_common(word: Word) -> bool:
    """The word as typed is a common word of its language: Latin letters English, else Korean."""
    return is_english_word(word.form) if word.form.isascii() else is_korean_word(word.text)


def is_common_text(typed: str) -> bool:
    """`is_common` for a word that is text, not yet a Word."""
    form = normalise(typed)
    return is_english_word(form) if form.isascii() else is_korean_word(typed)
