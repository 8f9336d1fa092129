"""Skills a form offers as "did you mean" for words the matcher did not understand.

A suggestion is only offered, never stored, so it may be looser than a match: any name or alias close in
characters, where a match needs one plausible slip per word (extract.py).
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from jobsfez.skills.match.normalise import normalise
from jobsfez.skills.match.vocab import Vocabulary

# fuzz.ratio a name needs to be offered: about one key wrong in a word of six. At 65 (two keys) 95 % of the lines
# offered anything were offered only skills they did not mean ("poker" -> Docker, "반" -> EDM) on the labelled sets'
# development halves (bench/eval/eval_suggestions.py: 262 of 275); at 80, 19 of 29, with 10 of the 13 right offers.
SUGGEST_CUTOFF = 80.0
# Forms scored per word before they are grouped by skill; enough for a word with several aliases of one skill.
SUGGEST_CANDIDATES = 12
# Normalised letters of words too short to offer anything for: a Hangul syllable is two or three letters, so one
# syllable ("반", "팀") or a Latin word of three letters is close to too many names.
SUGGEST_MIN_LEN = 4


def did_you_mean(vocab: Vocabulary, words: str, *, limit: int = 3) -> tuple[str, ...]:
    """Skill ids whose names or aliases are spelled close to `words`, the closest first."""
    form = normalise(words)
    if len(form) < SUGGEST_MIN_LEN:
        return ()
    hits = process.extract(
        form, vocab.choices, scorer=fuzz.ratio, processor=None, score_cutoff=SUGGEST_CUTOFF, limit=SUGGEST_CANDIDATES
    )
    found: dict[str, None] = {}
    for _, _, position in hits:
        found.setdefault(vocab.choice_ids[position], None)
    return tuple(found)[:limit]
