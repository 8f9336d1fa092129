"""Split typed text into words with their place in the text, the same way for what people type and for skill names.

A word is a run of letters and digits, with the joins that belong inside skill names (Node.js, C++, C#, GD&T,
Spring-Boot, 5+). Korean glued to Latin letters or digits is two words ("MS엑셀", "3년"), marked as glued so
that a skill spelled across them can still be found. Commas, semicolons, line ends and full stops close a
clause; a slash or a middle dot only separates words (HTML/CSS is one skill, TIG/MIG two); brackets and & or +
between words end a skill but not the clause ("Python (advanced)").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Literal, NamedTuple

from jobsfez.skills.match.lexicon import CLAUSE_BREAK
from jobsfez.skills.match.normalise import ARAEA, normalise

Gap = Literal["glued", "space", "join", "dot", "break"]

# A letter, or a mark written on one: Python's \w has no combining marks, which the scripts of South and Southeast
# Asia write their vowels with (नेपाली, ខ្មែរ, မြန်မာ), nor Arabic's vowel signs; a word is not cut at them.
_MARKS = "".join(chr(c) for c in range(0x0300, 0x2000) if unicodedata.category(chr(c)) in ("Mn", "Mc"))
_LETTER = rf"(?:[^\W_{ARAEA}]|[{re.escape(_MARKS)}])"
# A plus inside ("Python+SQL") joins two words, as & between words does; trailing it belongs to the word ("C++").
# An apostrophe is inside a word in any of the shapes keyboards type it ("don't", a phone's "don’t").
# A Korean particle may be glued after a one-letter name's trailing plus ("C++로", "C#으로"); after a longer word or a
# number a plus joins the next word ("SQL+엑셀", "5+년").
_TRAILING = rf"(?:(?<![A-Za-z]{{2}})(?<=[A-Za-z])[+#]+(?=[\uac00-\ud7a3])|[+#]*(?!{_LETTER}))"
_WORD = re.compile(rf"{_LETTER}+(?:[.&'’ʼ＇#\-]{_LETTER}+)*{_TRAILING}")
_SCRIPT_RUNS = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+|[^\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+")
# What may stand between two words of one skill name: spaces, a slash, a middle dot, a hyphen.
_JOINS = re.compile(rf"^[\s/·∙•\-_{ARAEA}]*$")


class Word(NamedTuple):
    """One word of a clause: as typed, where it stands in the whole text, normalised, and what precedes it.

    A named tuple rather than a dataclass: a batch of profiles makes hundreds of thousands of them."""

    text: str
    start: int
    end: int
    form: str
    gap: Gap  # between this word and the previous one of its clause ("break" for the first)


def _gap(between: str) -> Gap:
    if between == "":
        return "glued"
    if between.isspace():
        return "space"
    if between.rstrip() == "." and between != ".":  # a word cut short before the rest of a name ("Mech. design")
        return "dot"
    return "join" if _JOINS.match(between) else "break"


def words(text: str, offset: int = 0) -> list[Word]:
    """The words of one clause (or of a skill name), each with its normalised form; empty forms are dropped."""
    found: list[Word] = []
    last_end: int | None = None
    for match in _WORD.finditer(text):
        typed, at = match.group(), match.start()
        runs = (
            ((typed, 0),)
            if typed.isascii()
            else _laughs_apart((run.group(), run.start()) for run in _SCRIPT_RUNS.finditer(typed))
        )
        for piece, shift in runs:  # a Latin word is one run: the common case, without the second search
            form = normalise(piece)
            if not form:
                continue
            start, end = at + shift, at + shift + len(piece)
            gap: Gap = "break" if last_end is None else _gap(text[last_end:start])
            found.append(Word(piece, offset + start, offset + end, form, gap))
            last_end = end
    return found


def _laughs_apart(runs: Iterable[tuple[str, int]]) -> Iterator[tuple[str, int]]:
    """The runs, laughter or tears typed right after a Korean word split off it ("잘함ㅎㅎ", "가능ㅠ"); a loose jamo
    inside a word is a slip's ("영어ㅂ" for 영업)."""
    for piece, shift in runs:
        word = piece.rstrip(LAUGHS)
        if word == piece or not word or not ("\uac00" <= word[-1] <= "\ud7a3"):
            yield piece, shift
        else:
            yield word, shift
            yield piece[len(word) :], shift + len(word)


LAUGHS = "ㅋㅎㅠㅜ"


def word_forms(text: str) -> list[str]:
    """The normalised forms words() gives, without their places: for splitting thousands of skill names."""
    if text.isascii():
        return [form for form in map(normalise, _WORD.findall(text)) if form]
    return [form for word in words(text) for form in (word.form,)]


def clauses(text: str) -> list[list[Word]]:
    """The text cut at clause breaks, each clause as its words; clauses without words are left out."""
    result: list[list[Word]] = []
    start = 0
    for brk in CLAUSE_BREAK.finditer(text):
        if brk.start() > start:
            result.append(words(text[start : brk.start()], start))
        start = brk.end()
    result.append(words(text[start:], start))
    return [clause for clause in result if clause]
