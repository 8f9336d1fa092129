"""A last reading of a clause nothing else read: one long word, or two, some keys away from one skill's name.

extract.py forgives one plausible slip per word, which keeps "boxing" from Boring. People also type a long name with
two slips or a syllable too many ("머신러넝", "자바스크리프트", "Hugginface", "Scaffholding"); such a word is
read as the one skill whose name it is close to in letters, where it is long (two slips in a short word make another
word), no common word of its language (common_words.py), and close to no other skill's name. Its first three letters
(jamo in Hangul) are taken as typed, as slips fall inside long words: names are looked up by them and by length, so
a taxonomy of ESCO's size costs little more than the shipped one (bench/bench_canonicalise.py --esco).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from jobsfez.skills.match import common_words, lexicon
from jobsfez.skills.match.tokens import Word
from jobsfez.skills.match.typos import is_hangul
from jobsfez.skills.match.vocab import INITIAL_LETTERS, Vocabulary

# Words that say something in the clause, at most: a name and a word typed into it ("스폿용접기 작업" is 스폿용접).
MAX_WORDS = 2
# Letters typed, at least: Latin letters, or Hangul jamo (three syllables are seven to nine).
MIN_LATIN = 6
MIN_JAMO = 7
# fuzz.ratio to the name, at least: about one letter in ten wrong. Jamo are finer than letters (a wrong syllable is
# one or two of them), and a Latin word this close to a name and no English word was, on ESCO's labels, half the time
# another thing (SPARQL, inserter, Rawstudio) at 85, none at 90.
MIN_RATIO_LATIN = 90.0
MIN_RATIO_HANGUL = 85.0
# Names scored, to see whether another skill's is as close.
CANDIDATES = 8


@dataclass(frozen=True, slots=True)
class FarSlip:
    start: int  # the first word's position in the text
    end: int
    skill_id: str
    score: float


def far_slip(vocab: Vocabulary, clause: Sequence[Word]) -> FarSlip | None:
    """The one skill the clause's words (filler aside) are a long misspelling of, or None."""
    said = [word for word in clause if not lexicon.is_quiet(word.form)]
    if not 1 <= len(said) <= MAX_WORDS or any(common_words.is_common(word) for word in said):
        return None
    typed = "".join(word.form for word in said)
    hangul = is_hangul(typed)
    if len(typed) < (MIN_JAMO if hangul else MIN_LATIN):
        return None
    cutoff = MIN_RATIO_HANGUL if hangul else MIN_RATIO_LATIN
    initial = vocab.by_initial.get(typed[:INITIAL_LETTERS])
    if initial is None:
        return None
    # fuzz.ratio is 200 * matches / (both lengths): a name that close is at most this much shorter or longer.
    shortest, longest = len(typed) * cutoff / (200 - cutoff), len(typed) * (200 - cutoff) / cutoff
    lo, hi = bisect_left(initial.lengths, shortest), bisect_right(initial.lengths, longest)
    hits = process.extract(
        typed, initial.names[lo:hi], scorer=fuzz.ratio, processor=None, score_cutoff=cutoff, limit=CANDIDATES
    )
    skills = {initial.skill_ids[lo + at] for _, _, at in hits}
    if len(skills) != 1:
        return None
    [skill_id] = skills
    return FarSlip(said[0].start, said[-1].end, skill_id, hits[0][1])
