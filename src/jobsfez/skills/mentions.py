"""Skills a paragraph names that a list of skill lines does not: a seeker's summary and résumé, a posting's words.

The paragraph is read as the forms read a skill line (``extract``), so what is offered is what saving would
understand. Nothing is added here: a page shows each skill with the words it came from, and the person decides.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from jobsfez.skills.matching import Vocabulary, extract, normalise
from jobsfez.skills.service import SkillName, skill_name, vocabulary

# Characters of one text read at most: a summary's 2,000, a posting's description, the text of a résumé's first
# pages. The reading grows with the text (docs/benchmarks.md); a page reads a few of them on every view.
MAX_TEXT_CHARS = 6000
# Where a sentence ends: a line break, or a full stop, question or exclamation mark before a space (not "3.5", "A.I").
SENTENCE_BREAK = re.compile(r"\n+|(?<=[.!?。])\s+")
# Words a posting's sentence says a skill is preferred with, not required: its nice-to-haves.
PREFERRED = re.compile(r"우대|가산점|preferred|\ba plus\b|\bnice to have\b|\bbonus\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Mention:
    """A skill a text names: the words it came from, where (a name the page labels), and a line to add it with."""

    skill: SkillName
    words: str
    source: str
    level: int | None
    years: float | None
    line: str
    preferred: bool = False  # its sentence says it is preferred, not required ("우대", "a plus")


def mentions(vocab: Vocabulary, texts: Sequence[tuple[str, str]], *, listed: Collection[str]) -> tuple[Mention, ...]:
    """The skills the texts (source, text) name whose keys are not among `listed`, each once, in the order said."""
    found: dict[str, Mention] = {}
    for source, text in texts:
        for sentence in sentences(text[:MAX_TEXT_CHARS]):
            preferred = PREFERRED.search(sentence) is not None
            for skill in extract(vocab, sentence).skills:
                if skill.skill_id in listed or skill.skill_id in found:
                    continue
                name = skill_name(vocab, skill.skill_id)
                line = _line(vocab, skill.text, skill.skill_id, name)
                found[skill.skill_id] = Mention(
                    name, skill.text, source, skill.level, skill.years, line, preferred=preferred
                )
    return tuple(found.values())


def sentences(text: str) -> list[str]:
    """A paragraph's lines and sentences, each read as a line is: what a sentence says of its skills (wanted, a
    relative's) is its own ("CNC 선반 3년. I want to learn welding." offers no welding)."""
    return [part for part in SENTENCE_BREAK.split(text) if part.strip()]


def _line(vocab: Vocabulary, words: str, skill_id: str, name: SkillName) -> str:
    """The words themselves when they are a name of the skill; else the skill's name, in the words' script: words
    read in a sentence carry its endings and filler ("마스터캠으로", "설비 보전 경험이"), and may mean more there than
    alone ("용접, 취부, 사상" is 사상 work only among skills)."""
    if vocab.exact.get(normalise(words)) == skill_id:
        return words
    return name.name_en if words.isascii() else name.name_ko


async def mentioned(texts: Sequence[tuple[str, str]], *, listed: Collection[str]) -> tuple[Mention, ...]:
    """``mentions`` with the current vocabulary."""
    return mentions(await vocabulary(), texts, listed=listed)
