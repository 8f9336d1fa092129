"""Text normalisation shared by canonicalisation and vocabulary building."""

from __future__ import annotations

import re
import string
import unicodedata
from functools import lru_cache

# Characters that carry meaning in skill names (C++, C#, F#) and so survive punctuation stripping.
KEPT_SYMBOLS = "+#"
# Enough to hold the distinct skill strings of a large batch; repeats are the common case.
NORMALISE_CACHE_SIZE = 1 << 17

_HANGUL_FIRST = 0xAC00
_HANGUL_LAST = 0xD7A3
_JUNG_COUNT = 21
_JONG_COUNT = 28


def _hangul_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(_HANGUL_FIRST, _HANGUL_LAST + 1):
        offset = code - _HANGUL_FIRST
        lead, rest = divmod(offset, _JUNG_COUNT * _JONG_COUNT)
        vowel, tail = divmod(rest, _JONG_COUNT)
        jamo = chr(0x1100 + lead) + chr(0x1161 + vowel)
        if tail:
            jamo += chr(0x11A7 + tail)
        table[code] = jamo
    return table


_HANGUL_TO_JAMO = _hangul_table()
_ASCII_DROP = str.maketrans(
    "", "", "".join(c for c in map(chr, range(128)) if c not in string.ascii_lowercase + string.digits + KEPT_SYMBOLS)
)
# The archaic vowel araea (ㆍ, and ᆞ as NFKC folds it) is no letter of today's Korean: a Korean keyboard types it as
# a middle dot ("판금ㆍ제관", "ㆍ절곡기 운용 가능").
ARAEA = "\u318d\u119e"
_NON_WORD = re.compile(r"[^\w" + re.escape(KEPT_SYMBOLS) + r"]|[_" + ARAEA + "]")


@lru_cache(maxsize=NORMALISE_CACHE_SIZE)
def normalise(text: str) -> str:
    """Fold a skill string to one comparable form so spelling, width, spacing and case never split a skill."""
    if text.isascii():
        return text.lower().translate(_ASCII_DROP)
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _NON_WORD.sub("", folded).translate(_HANGUL_TO_JAMO)
