"""A line that names one skill by one short word among words that say something else: the word's everyday sense.

"Rust 게임 스트리밍", "hip flask collection", "코로나 검사 음성": the skill's word is also a common word, and the
other words of the line are neither skills nor the words said around skills (filler, levels, years, grammar, work:
lexicon.py), so nothing in the line says it is about work. A line about a skill says it with such words ("Docker 이미지
빌드", "도금 라인 근무"), with technical tokens ("KRC4 컨트롤러") or with words of other skills' names ("reefer
containers"); a long English word, an acronym in capitals or a certificate with its grade ("stevedoring", "CUDA",
"정처산기") is evidence enough by itself. A trait said by its adjective and a language are said in any sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from jobsfez.skills.match import lexicon
from jobsfez.skills.match.normalise import normalise
from jobsfez.skills.match.tokens import Word
from jobsfez.skills.match.vocab import LANGUAGES, SOFT_SKILLS, Skill, Vocabulary


class Spanned(Protocol):
    """A skill found in a text, and where its words are (extract.Extracted)."""

    @property
    def skill_id(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


# Words of the line that say something else, at least, for one short word to be read in its everyday sense: one such
# word is a place, a product or a qualifier of the skill ("쿠팡 물류센터에서 피킹", "SAP MM 모듈").
STRANGERS_MIN = 2
# Latin letters of a word that names the skill by itself ("stevedoring", "bookkeeping"): shorter words are as often
# a common word ("flask", "torch", "cloud") as the skill.
STRONG_LATIN = 9
# Capital letters that make a typed word an acronym ("SCM", "CUDA"): an acronym is a name, not a common word.
ACRONYM_MIN = 3
# Jamo of a skill's word that begins a Korean compound for the compound to be of its field (two syllables).
COMPOUND_HEAD_JAMO = 4


def strong(typed: str) -> bool:
    """Words that name a skill by themselves, whatever surrounds them: a long English word, an acronym in capitals,
    or a certificate written with its grade ("정처산기"). Korean length says nothing: loanwords of everyday things are
    long ("트레일러", "플라스크")."""
    if typed.isascii():
        letters = sum(char.isalpha() for char in typed)
        return letters >= STRONG_LATIN or (typed.isupper() and letters >= ACRONYM_MIN)
    form = normalise(typed)
    return any(form.endswith(grade) and len(form) > len(grade) for grade in lexicon.GRADE_FORMS)


def _technical(word: Word) -> bool:
    """A token only work writes: a number or code ("KRC4", "4-20mA"), capitals ("LNG", "PCB"), a single letter."""
    text = word.text
    return (
        any(char.isdigit() for char in text)
        or (text.isascii() and sum(char.isupper() for char in text) >= 2)
        or (len(text) == 1 and text.isascii())
    )


def _bare(form: str) -> list[str]:
    """A word and the word with a Korean ending or an English plural cut off."""
    found = [form]
    if form.isascii():
        if form.endswith("s"):
            found.append(form[:-1])
        return found
    for suffix in (*lexicon.SUFFIX_FORMS, *lexicon.VERB_ENDING_FORMS):
        if form.endswith(suffix) and len(form) > len(suffix):
            found.append(form[: -len(suffix)])
    return found


def _known(vocab: Vocabulary, form: str) -> bool:
    """A skill's word, filler or a word said with skills; a Korean compound that begins with a skill's word of two
    syllables or more ("물류센터": 물류)."""
    for bare in _bare(form):
        if lexicon.is_quiet(bare) or bare in vocab.lexicon.words or bare in lexicon.SAID_WITH_SKILL_FORMS:
            return True
    if form.isascii():
        return False
    return any(form[:end] in vocab.lexicon.words for end in range(COMPOUND_HEAD_JAMO, len(form)))


def stranger(vocab: Vocabulary, word: Word) -> bool:
    """A word that says something other than skills: no skill's word, filler, level, years, grammar or work."""
    if _technical(word) or (lexicon.is_quiet_slip(word.form) and not word.text[:1].isupper()):  # "Monty": a name
        return False
    return not _known(vocab, word.form)


def stranded(vocab: Vocabulary, text: str, words: Sequence[Word], found: Spanned) -> bool:
    """The one skill found in a line (its words: text[found.start:found.end]), named by one short word among words
    that say something else."""
    skill, start, end = vocab.by_id[found.skill_id], found.start, found.end
    said = [word for word in words if word.start < end and word.end > start and not lexicon.is_quiet(word.form)]
    typed = said[0].text if len(said) == 1 and " " in text[start:end] else text[start:end]
    if len(said) != 1 or strong(typed) or skill.category == LANGUAGES:  # a language is said in any sentence
        return False
    if skill.category == SOFT_SKILLS and normalise(typed) not in _listed(skill):
        return False  # a trait said by its adjective or verb ("꼼꼼하다는 말 많이 들음", "quick to adapt")
    strangers = sum(stranger(vocab, word) for word in words if word.end <= start or word.start >= end)
    return strangers >= STRANGERS_MIN


def _listed(skill: Skill) -> set[str]:
    return {normalise(name) for name in (skill.name_ko, skill.name_en, *skill.aliases)}
