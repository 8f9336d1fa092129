"""Which one-key differences are slips of the fingers, and a word index that finds them fast.

A typo forgiven here is one edit between two normalised words (Hangul already split into jamo): a missing key,
an extra key, two neighbouring keys swapped, or one key for another that is plausible: a neighbour on the
keyboard (QWERTY, or the Korean 2-beolsik layout on the same keys), a shifted twin (ㅅ/ㅆ), a vowel for a vowel
that sounds alike (e/a, ㅐ/ㅔ, ㅓ/ㅕ) or a letter for one that spells the same sound (c/k/s). Everything else is
another word: "boxing" is not "boring" (x and r are far apart), "경비" is not "경리", "wedding" is not "welding".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from types import MappingProxyType

# Keyboard rows; the 2-beolsik Korean layout puts its jamo on the same keys, so one geometry serves both.
QWERTY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
DUBEOL_ROWS = ("ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ", "ㅁㄴㅇㄹㅎㅗㅓㅏㅣ", "ㅋㅌㅊㅍㅠㅜㅡ")
# Shift gives the tense consonants and two vowels on the same keys.
DUBEOL_SHIFTED = {"ㅃ": "ㅂ", "ㅉ": "ㅈ", "ㄸ": "ㄷ", "ㄲ": "ㄱ", "ㅆ": "ㅅ", "ㅒ": "ㅐ", "ㅖ": "ㅔ"}
# Letters people write for one another because they sound alike (spelling slips rather than finger slips).
SOUND_ALIKE = (
    "aeiou",
    "ck",
    "cs",
    "sz",
    "iy",
    "bp",  # Korean has no voiced b ("Matlap"); not as a word's first letter (see _first_consonant)
    "ㅐㅔ",
    "ㅒㅖ",
    "ㅓㅕ",
    "ㅗㅛ",
    "ㅜㅠ",
    "ㅏㅑ",
    "ㅡㅜ",
    "ㅢㅣ",
    "ㅙㅞㅚ",
    "ㅝㅟ",  # loanwords' /wo/ and /wi/ after a consonant ("시퀸스" for 시퀀스, "솔리드윅스" for 솔리드웍스)
    # Korean tells lax, tense and aspirated consonants apart, and people write loanwords with any of the three
    # ("스뿔" for 스풀, "께이블" for 케이블).
    "ㄱㄲㅋ",
    "ㄷㄸㅌ",
    "ㅂㅃㅍ",
    "ㅈㅉㅊ",
    "ㅅㅆ",
)
# Composite jamo typed as two keys: one key missed or added turns the composite into its part.
COMPOSITES = {
    "ㅘ": "ㅗㅏ",
    "ㅙ": "ㅗㅐ",
    "ㅚ": "ㅗㅣ",
    "ㅝ": "ㅜㅓ",
    "ㅞ": "ㅜㅔ",
    "ㅟ": "ㅜㅣ",
    "ㅢ": "ㅡㅣ",
    "ㄳ": "ㄱㅅ",
    "ㄵ": "ㄴㅈ",
    "ㄶ": "ㄴㅎ",
    "ㄺ": "ㄹㄱ",
    "ㄻ": "ㄹㅁ",
    "ㄼ": "ㄹㅂ",
    "ㄽ": "ㄹㅅ",
    "ㄾ": "ㄹㅌ",
    "ㄿ": "ㄹㅍ",
    "ㅀ": "ㄹㅎ",
    "ㅄ": "ㅂㅅ",
}
# Compatibility jamo of the normalised forms' leading consonants, vowels and final consonants, in Unicode order.
_LEADS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_TAILS = "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"


def _letters() -> dict[str, str]:
    """Each normalised jamo (leading, vowel, final) as the compatibility letter printed on its key."""
    letters = {chr(0x1100 + i): c for i, c in enumerate(_LEADS)}
    letters.update({chr(0x1161 + i): c for i, c in enumerate(_VOWELS)})
    letters.update({chr(0x11A8 + i): c for i, c in enumerate(_TAILS)})
    return letters


def _positions() -> dict[str, tuple[int, int]]:
    positions: dict[str, tuple[int, int]] = {}
    for rows in (QWERTY_ROWS, DUBEOL_ROWS):
        for row, keys in enumerate(rows):
            for column, key in enumerate(keys):
                positions[key] = (row, column)
    for shifted, plain in DUBEOL_SHIFTED.items():
        positions[shifted] = positions[plain]
    return positions


def _touching(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Keys that touch on a staggered keyboard: beside each other, or above/below-left/right (rows shift right)."""
    (row_a, col_a), (row_b, col_b) = a, b
    if row_a == row_b:
        return abs(col_a - col_b) <= 1
    if row_b == row_a + 1:
        return col_b in (col_a - 1, col_a)
    if row_b == row_a - 1:
        return col_b in (col_a, col_a + 1)
    return False


_JAMO = re.compile("[\u1100-\u11ff]")
_LETTER = _letters()
_POSITION = _positions()
_ALIKE = frozenset((a, b) for group in SOUND_ALIKE for a in group for b in group if a != b)


def _letter(char: str) -> str:
    return _LETTER.get(char, char)


# What each kind of slip costs when several known words are one slip away (새무: 세무 before 사무): spelling
# confusions first, since they are the commonest; then swapped and missing keys; then a neighbouring or extra key.
SOUND_ALIKE_COST = 0.5
SWAP_COST = 0.8
MISSING_COST = 0.9
NEIGHBOUR_COST = 1.0
# A Korean key moved two places moves a jamo into another syllable and rewrites both (던조 is 더존 with its ㄴ typed
# early, and 단조 with ㅏ's neighbour ㅓ): rarer than a neighbouring key, which wins where both are found.
MOVED_HANGUL_COST = 1.1


def swap_cost(typed: str, meant: str) -> float | None:
    """Cost of one key where another was meant, or None when it is no slip: a touching key or its shifted twin,
    a sound-alike, or a composite jamo for its part or for a composite sharing its first part."""
    a, b = _letter(typed), _letter(meant)
    if (a, b) in _ALIKE:
        return SOUND_ALIKE_COST
    if a == b or a in COMPOSITES.get(b, "") or b in COMPOSITES.get(a, ""):
        return NEIGHBOUR_COST
    ca, cb = COMPOSITES.get(a), COMPOSITES.get(b)
    if ca and cb and ca[0] == cb[0] and swap_cost(ca[1], cb[1]) is not None:
        return NEIGHBOUR_COST
    if ca and cb and ca[1] == cb[1] and swap_cost(ca[0], cb[0]) is not None:  # ㅟ for ㅚ: its first key's slip
        return NEIGHBOUR_COST
    return NEIGHBOUR_COST if _keys_touch(a, b) else None


# Letters a word needs for a key moved two places ("phyton") to be a slip: in a shorter word it rewrites most of the
# word ("rope" is not pro-e).
MOVED_KEY_MIN_LEN = 5


def is_hangul(form: str) -> bool:
    """A normalised form in jamo (the conjoining jamo block)."""
    return not form.isascii() and _JAMO.search(form) is not None


def typo_cost(typed: str, meant: str, *, extra_key: bool = True) -> float | None:
    """Cost of `typed` being `meant` with exactly one plausible slip, or None; extra_key=False refuses an added key.

    A key pressed two places early or late ("phyton" for python) counts as one slip, like two keys swapped.
    """
    lt, lm = len(typed), len(meant)
    if lt == lm:
        diffs = [i for i in range(lt) if typed[i] != meant[i]]
        if len(diffs) == 1:
            i = diffs[0]
            if _doubling_moved(typed, meant, i):
                return SWAP_COST
            if _stressed_vowel(typed, meant, i) or _first_consonant(typed, meant, i):
                return None
            if _weak_h(typed, meant, i) or _voiced_s(typed, meant, i) or _liquid_n(typed, meant, i):
                return SOUND_ALIKE_COST
            return swap_cost(typed[i], meant[i])
        if len(diffs) == 2:
            i, j = diffs
            exchanged = typed[i] == meant[j] and typed[j] == meant[i]
            return SWAP_COST if exchanged and (j == i + 1 or (j == i + 2 and _exchange_reach(meant))) else None
        if len(diffs) == 3 and diffs[2] == diffs[0] + 2 and lm >= MOVED_KEY_MIN_LEN:
            window, wanted = typed[diffs[0] : diffs[2] + 1], meant[diffs[0] : diffs[2] + 1]
            moved = window in (wanted[1:] + wanted[0], wanted[2] + wanted[:2])
            return (MOVED_HANGUL_COST if is_hangul(meant) else SWAP_COST) if moved else None
        return None
    if lt == lm - 1:
        return MISSING_COST if _one_deletion(typed, meant) else None
    if lt == lm + 1 and extra_key:
        return NEIGHBOUR_COST if _plausible_extra(typed, meant) else None
    return None


_H_LEAD, _NULL_LEAD = "\u1112", "\u110b"  # ㅎ and ㅇ beginning a syllable
LATIN_VOWELS = frozenset("aeiou")


def _exchange_reach(word: str) -> bool:
    """Two letters exchanged around a third ("Lavarel") are a slip in a longer English word, like a moved key."""
    return word.isascii() and len(word) > MOVED_KEY_MIN_LEN


def exchanges(word: str) -> set[str]:
    """The word with two letters exchanged around a third, where that is a slip: the one edit the deletion index
    cannot find, since it changes two places."""
    if not _exchange_reach(word):
        return set()
    return {word[:i] + word[i + 2] + word[i + 1] + word[i] + word[i + 3 :] for i in range(len(word) - 2)} - {word}


def _doubling_moved(typed: str, meant: str, i: int) -> bool:
    """An English word's doubled letter typed one letter early or late ("Haddop" for Hadoop, "Fluuter" for Flutter,
    "Fluteer"): the finger doubles the wrong key of two, one slip, though it differs from the word in one key only
    where no neighbour was meant."""
    if not (meant.isascii() and len(meant) >= MOVED_KEY_MIN_LEN and 0 < i < len(meant) - 1):
        return False
    early = typed[i] == typed[i - 1] and meant[i] == meant[i + 1]
    late = typed[i] == typed[i + 1] and meant[i] == meant[i - 1]
    return early or late


def _weak_h(typed: str, meant: str, i: int) -> bool:
    """ㅇ for ㅎ beginning a syllable after the first, where ㅎ is barely said ("영어회와" for 영어회화)."""
    return i > 0 and typed[i] == _NULL_LEAD and meant[i] == _H_LEAD


_N_LEAD, _L_LEAD, _L_TAIL = "\u1102", "\u1105", "\u11af"  # ㄴ and ㄹ beginning a syllable, ㄹ ending one


def _liquid_n(typed: str, meant: str, i: int) -> bool:
    """ㄴ for ㄹ or ㄹ for ㄴ beginning a syllable after one ending in ㄹ, where both are said ㄹ ("밀닝" for 밀링),
    though ㄴ and ㄹ are no neighbours on the keyboard."""
    return i > 0 and typed[i - 1] == _L_TAIL and {typed[i], meant[i]} == {_N_LEAD, _L_LEAD}


_S_LEAD, _Z_LEAD, _EU = "\u1109", "\u110c", "\u1173"  # ㅅ and ㅈ beginning a syllable, the vowel ㅡ


def _voiced_s(typed: str, meant: str, i: int) -> bool:
    """즈 for 스 or 스 for 즈 in a loanword: an English s is said as z at many words' ends and is written either way
    ("쿠버네티즈" for 쿠버네티스, "젠킨즈", "윈도우스"), though ㅅ and ㅈ are no neighbours on the keyboard."""
    return {typed[i], meant[i]} == {_S_LEAD, _Z_LEAD} and typed[i + 1 : i + 2] == _EU


def _stressed_vowel(typed: str, meant: str, i: int) -> bool:
    """An English word's first vowel written as another that sounds alike: that vowel is mostly stressed and spelled
    as heard, so changing it makes another word ("Nuxt" is not Next, "bell" not ball); later vowels are the ones
    people mix up ("seperate", "Javascrept"). A neighbouring key is a slip of the finger anywhere ("Scrim")."""
    if not (meant.isascii() and typed[i] in LATIN_VOWELS and meant[i] in LATIN_VOWELS):
        return False
    return LATIN_VOWELS.isdisjoint(meant[:i]) and not _keys_touch(typed[i], meant[i])


def _first_consonant(typed: str, meant: str, i: int) -> bool:
    """B for p or p for b beginning an English word: the two begin many pairs of words ("backing", "packing";
    "pending", "bending"), where inside a word the slip is a spelling of the sound ("Matlap")."""
    return i == 0 and {typed[0], meant[0]} == {"b", "p"}


def _plausible_extra(typed: str, meant: str) -> bool:
    """`typed` is `meant` with one key added that a finger could have hit: a doubled key, a key touching its
    neighbour in the word, a vowel or a k after c sounded out ("toefel", "tracktor"), or a Korean final consonant (a
    consonant typed after a vowel lands there: "용젒"). "world" is not "word"."""
    i = 0
    while i < len(meant) and typed[i] == meant[i]:
        i += 1
    if typed[i + 1 :] != meant[i:]:
        return False
    extra = typed[i]
    if extra in "aeiou" or "\u11a8" <= extra <= "\u11c2":
        return True
    if extra == "k" and typed[i - 1 : i] == "c":  # "ck" sounded out for c: "tracktor", "plastick"
        return True
    beside = [typed[j] for j in (i - 1, i + 1) if 0 <= j < len(typed)]
    return any(extra == other or _keys_touch(extra, other) for other in beside)


def _keys_touch(a: str, b: str) -> bool:
    pa, pb = _POSITION.get(_letter(a)), _POSITION.get(_letter(b))
    return pa is not None and pb is not None and _touching(pa, pb)


def _one_deletion(short: str, long: str) -> bool:
    """`short` is `long` with one character left out."""
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]


def deletions(word: str) -> set[str]:
    """The word with each one character left out."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


_VOWEL_JAMO = ("\u1161", "\u1175")
_TAIL_JAMO = ("\u11a8", "\u11c2")


def _is(char: str, kind: tuple[str, str]) -> bool:
    return kind[0] <= char <= kind[1]


def jamo_slip(typed: str, meant: str) -> int | None:
    """Where (an index into `typed`) a Korean `typed` is `meant` with one vowel or one final consonant wrong, or a
    final one too many or too few, whatever keys they sit on ("욤접" for 용접, "관러" for 관리, "로봊" for 로봇); None
    otherwise. A syllable's first consonant is left as typed: changed, it makes another word as often."""
    if not is_hangul(meant):
        return None
    lt, lm = len(typed), len(meant)
    if lt == lm:
        diffs = [i for i in range(lt) if typed[i] != meant[i]]
        if len(diffs) != 1:
            return None
        a, b = typed[diffs[0]], meant[diffs[0]]
        same_kind = (_is(a, _VOWEL_JAMO) and _is(b, _VOWEL_JAMO)) or (_is(a, _TAIL_JAMO) and _is(b, _TAIL_JAMO))
        return diffs[0] if same_kind else None
    short, long = (typed, meant) if lt < lm else (meant, typed)
    if len(long) != len(short) + 1 or not _one_deletion(short, long):
        return None
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return (i - 1 if lt < lm else i) if i > 0 and _is(long[i], _TAIL_JAMO) else None


# A slip changes letters at most three apart (a key moved two places), or adds or drops one: in a word of
# ENDS_KEPT_LEN letters or more, the END_LETTERS at one end or the other are as typed.
END_LETTERS = 3
ENDS_KEPT_LEN = 8


class WordIndex:
    """Known words, and every word one deletion away from each, so a typo's candidates are a few dict lookups.

    Two words one edit apart (a substitution, a swap, a missing or an extra key) share a key of this index: the
    word itself or one of its one-deletion variants (the symmetric-deletion method). Candidates are then checked
    with typo_cost.
    """

    __slots__ = ("_by_variant", "_heads", "_tails", "words")

    def __init__(self, words: Iterable[str]) -> None:
        self.words: frozenset[str] = frozenset(words)
        by_variant: dict[str, list[str]] = {}
        for word in sorted(self.words):
            for variant in {word} | deletions(word):
                by_variant.setdefault(variant, []).append(word)
        self._by_variant: Mapping[str, tuple[str, ...]] = MappingProxyType(
            {variant: tuple(found) for variant, found in by_variant.items()}
        )
        self._heads = _lengths_by_end(self.words, slice(None, END_LETTERS))
        self._tails = _lengths_by_end(self.words, slice(-END_LETTERS, None))

    def near(self, typed: str) -> tuple[tuple[str, float], ...]:
        """Known words one plausible slip from `typed` (never `typed` itself), cheapest slip first."""
        return _near(self, typed)

    def one_edit(self, typed: str) -> frozenset[str]:
        """Known words one edit of any key from `typed` (never `typed` itself), plausible or not: the candidates a
        caller weighs by its own test (`jamo_slip`)."""
        found = {word for variant in {typed} | deletions(typed) for word in self._by_variant.get(variant, ())}
        return frozenset(found - {typed})

    def _find(self, typed: str) -> tuple[tuple[str, float], ...]:
        if len(typed) >= ENDS_KEPT_LEN and not self._ends_known(typed):
            return ()  # most words typed glued together ("managestaff")
        extra_key = not (is_hangul(typed) and len(typed) <= SHORT_HANGUL_MAX)
        found: dict[str, float] = {}
        for variant in {typed} | deletions(typed):
            for word in self._by_variant.get(variant, ()):
                if word != typed and word not in found:
                    cost = typo_cost(typed, word, extra_key=extra_key)
                    if cost is not None:
                        found[word] = cost
        for word in exchanges(typed) & self.words:
            found.setdefault(word, SWAP_COST)
        return tuple(sorted(found.items(), key=lambda item: (item[1], -_kept(typed, item[0]), item[0])))

    def _ends_known(self, typed: str) -> bool:
        """Some known word as long as `typed`, or a key longer or shorter, begins or ends with its END_LETTERS: a
        quick test that most words glued together fail, before the lookups."""
        lengths = {len(typed) - 1, len(typed), len(typed) + 1}
        heads, tails = self._heads.get(typed[:END_LETTERS], ()), self._tails.get(typed[-END_LETTERS:], ())
        return not (lengths.isdisjoint(heads) and lengths.isdisjoint(tails))


def _kept(typed: str, meant: str) -> int:
    """How many Korean syllables `typed` begins with as `meant` does: of two slips that cost alike, one in a later
    syllable is likelier, a word's first being typed with most care ("호방 2년 했어요 감속기 기어": 호빙, not 소방)."""
    if not is_hangul(typed):
        return 0
    k = 0
    while k < min(len(typed), len(meant)) and typed[k] == meant[k]:
        k += 1
    return len(_LEAD_JAMO.findall(typed[: k + 1])) - 1


_LEAD_JAMO = re.compile("[\u1100-\u1112]")


def _lengths_by_end(words: Iterable[str], end: slice) -> Mapping[str, frozenset[int]]:
    """The lengths of the words, by their letters at one `end`."""
    found: dict[str, set[int]] = {}
    for word in words:
        found.setdefault(word[end], set()).add(len(word))
    return MappingProxyType({letters: frozenset(lengths) for letters, lengths in found.items()})


# Words looked up per index: a batch repeats its unknown words, and an index lives as long as its taxonomy version.
NEAR_CACHE_SIZE = 1 << 16


@lru_cache(maxsize=NEAR_CACHE_SIZE)
def _near(index: WordIndex, typed: str) -> tuple[tuple[str, float], ...]:
    return index._find(typed)


# Up to this many jamo (two syllables), an extra key in a Korean word usually makes another word (볼링 is not
# 보링, 공 is not 고), while a missing one is still a slip (세서 -> 센서): only missing and wrong keys are forgiven.
SHORT_HANGUL_MAX = 6
