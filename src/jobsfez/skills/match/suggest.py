"""Skills a form offers as "did you mean" for words the matcher did not understand.

A suggestion is only offered, never stored, so it may be looser than a match: any name or alias close in
characters, where a match needs one plausible slip per word (extract.py).
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from jobsfez.skills.match import common_words
from jobsfez.skills.match.extract import Reading
from jobsfez.skills.match.normalise import normalise
from jobsfez.skills.match.tokens import word_forms
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


def offered(vocab: Vocabulary, reading: Reading) -> tuple[str, ...]:
    """Skill ids a form offers as "did you mean" for a line: for each run of words it did not understand, the skills
    spelled close to the run and to each of its words that is no common word of its language (a slip rarely is:
    "해썸", "Vietnamis"; 볼링, 독서 and "planning" are words, and 보링, 독어 or Plating offered for them are noise,
    alone in a skill field too). Beside a skill understood or set aside, only for a run of one word that is no word of
    that skill's names ("Vietnamis interpreter"; not "운전면허 2종 보통"): longer runs there are what is said around
    the skill. The skills set aside are not offered: they were understood, and the form says why they do not count."""
    named = {found.skill_id for found in (*reading.skills, *reading.set_aside)}
    aside = {found.text for found in reading.set_aside}
    own = {normalise(name) for found in (*reading.skills, *reading.set_aside) for name in _names(vocab, found.skill_id)}
    found: dict[str, None] = {}
    for run in reading.unknown:
        words = run.split()
        if run in aside or (named and (len(words) > 1 or any(normalise(run) in name for name in own))):
            continue  # beside a skill, a word of its own name is said of it ("운전면허 2종 보통")
        typed = [word for word in words if not common_words.is_common_text(word)] + ([run] if len(words) > 1 else [])
        found.update(dict.fromkeys(skill_id for each in typed for skill_id in did_you_mean(vocab, each)))
    return tuple(skill_id for skill_id in found if skill_id not in named)


def _names(vocab: Vocabulary, skill_id: str) -> tuple[str, ...]:
    skill = vocab.by_id[skill_id]
    return (skill.name_ko, skill.name_en, *skill.aliases)


# How closely a skill's names or aliases hold what was typed into a skill field, closest first: the typeahead offers
# the skills of a closer kind first, whatever their other merits.
EXACTLY = 0  # a name or alias is what was typed ("python": Python)
NAME_BEGINS = 1  # a word of a name begins with it ("용접": 용접 검사, TIG 용접)
ALIAS_BEGINS = 2  # an alias begins with it, which the option does not show ("티그": TIG 용접)
CONTAINS = 3  # a name or alias holds it inside a word ("지": 디지털회로, an alias of 회로 설계)
CLOSE = 4  # one is spelled close to it ("pyhton")


def typeahead(vocab: Vocabulary, typed: str) -> dict[str, int]:
    """Skill ids whose names or aliases hold what was typed into a skill field, each with how closely it does."""
    form = normalise(typed)
    if not form:
        return {}
    found: dict[str, int] = {}

    def offer(skill_id: str, kind: int) -> None:
        if found.get(skill_id, CLOSE + 1) > kind:
            found[skill_id] = kind

    words = word_forms(typed)
    if len(words) == 1:
        for word, skill_ids in vocab.name_users.items():
            if word.startswith(words[0]):
                for skill_id in skill_ids:
                    offer(skill_id, NAME_BEGINS)
    for choice, skill_id in zip(vocab.choices, vocab.choice_ids, strict=True):
        if form in choice:
            offer(skill_id, EXACTLY if choice == form else ALIAS_BEGINS if choice.startswith(form) else CONTAINS)
    for skill_id in did_you_mean(vocab, typed, limit=SUGGEST_CANDIDATES):
        offer(skill_id, CLOSE)
    return found
