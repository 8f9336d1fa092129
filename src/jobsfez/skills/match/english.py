"""Common English words, so that a word is not read as a typo of a skill's name when it is a word of its own.

A slip of the fingers in a long word rarely lands on another word, but English has many words one key from a
skill's name ("deliver", "inform", "setter", "planing"); wordfreq's list of English as written (web, books,
subtitles, news) tells them from slips ("Pyhton", "Falsk", "Wordpres"), which no such list holds.
"""

from __future__ import annotations

from functools import cache

import wordfreq

# Words at least this frequent (Zipf scale: 3 is once in a million words, 1.6 once in 40 million) count as words:
# "setter" 3.0, "tamping" 2.0, "pleating" 1.7; the slips people type are less ("exel" 1.7 is more, and is Excel
# only alone), and the British spellings that are one slip from a name ("virtualisation" 1.55) count as slips.
COMMON_ZIPF = 1.6


@cache
def _common() -> frozenset[str]:
    """The list's words of letters a to z at COMMON_ZIPF or more (~110,000, ~9 MB), read once; the list itself
    (~37 MB) is not kept."""
    buckets = wordfreq.read_cBpack(wordfreq.available_languages("large")["en"])  # bucket k: words at -k centibels
    top = round((COMMON_ZIPF - 9) * -100)
    return frozenset(word for bucket in buckets[:top] for word in bucket if word.isascii() and word.isalpha())


def is_common_word(form: str) -> bool:
    """The folded Latin word is a common English word."""
    return form in _common()
