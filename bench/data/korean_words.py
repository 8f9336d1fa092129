"""Write the two Korean word lists the matcher reads to tell a two-syllable slip from a word (common_words.py).

Run once, in a scratch virtual environment (the lists are committed; the app needs none of these packages):
    python -m venv /tmp/kw && /tmp/kw/bin/pip install python-mecab-ko python-mecab-ko-dic hanja wordfreq
    /tmp/kw/bin/python bench/data/korean_words.py            # ~2 minutes
It writes, under src/jobsfez/skills/data/:
- sino_korean_syllables.txt: the 469 syllables some Chinese character of KS X 1001 (the 4,888 hanja of everyday
  Korean) is read as, from the hanja package's readings, also as a word begins with them (냉 of 랭). A word with a
  syllable outside them is no Sino-Korean word.
- korean_two_syllable_words.txt: every two-syllable string of KS X 1001's 2,350 syllables that is a word of Korean
  and has a syllable outside those: an entry of mecab-ko-dic (Apache-2.0; nouns, names, adverbs, inflected forms:
  골조, 빼고, 좋아) or a common verb's stem with a common ending, as MeCab reads it (읽어, 풀고, 갔고). The
  Sino-Korean ones are left out, since the matcher asks only about a word that has such a syllable.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import _mecab  # python-mecab-ko's binding of MeCab
import wordfreq
from mecab import MeCab

DATA = Path(__file__).resolve().parents[2] / "src" / "jobsfez" / "skills" / "data"
# Endings a two-syllable verb form ends with, one syllable each: connective (고, 어, 서), final (요, 다, 죠),
# adnominal (는, 을, 던) and nominal (기). MeCab reads any syllable after a stem as some ending ("배션": 배 + 션),
# so only these count.
ENDINGS = frozenset("고어아여서며요다지게자죠네니면는은을던기러려라나냐야세")
STEM_TAGS = ("VV", "VA", "VX")  # verb, adjective, auxiliary
WHOLE_WORD_BYTES = 6  # two syllables in UTF-8, as MeCab counts a node's length
NORMAL_NODE = 0  # a dictionary entry; 1 is a word MeCab guessed (unknown)


def ks_syllables() -> list[str]:
    """The 2,350 Hangul syllables of KS X 1001 (EUC-KR rows 0xB0-0xC8): every syllable everyday Korean uses."""
    found = []
    for row in range(0xB0, 0xC9):
        for cell in range(0xA1, 0xFF):
            try:
                found.append(bytes((row, cell)).decode("euc-kr"))
            except UnicodeDecodeError:
                continue
    return found


def sino_korean_syllables() -> str:
    """The syllables the hanja of KS X 1001 are read as (the hanja package's table: a character and its reading)."""
    table = (resources.files("hanja") / "table.yml").read_text(encoding="utf-8")
    readings = set()
    for hanja, reading in re.findall(r'^("[^"]+")\s*:\s*("[^"]+")\s*$', table, re.MULTILINE):
        try:
            json.loads(hanja).encode("euc-kr")
        except UnicodeEncodeError:
            continue  # a rare character, outside everyday Korean
        readings.add(json.loads(reading))
    return "".join(sorted(readings | {word_initial for reading in readings for word_initial in _initial_law(reading)}))


def _initial_law(syllable: str) -> list[str]:
    """The syllable as a word begins with it (두음 법칙): a reading's ㄹ is said ㄴ, or ㅇ before ㅣ and the y-vowels,
    and an ㄴ so ㅇ (冷 랭: 냉각; 利 리: 이익; 女 녀: 여자)."""
    code = ord(syllable) - 0xAC00
    lead, rest = divmod(code, 21 * 28)
    vowel = rest // 28
    y_vowels = {2, 3, 6, 7, 12, 17, 20}  # ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ
    rieul, nieun, ieung = 5, 2, 11
    leads = []
    if lead == rieul:
        leads = [ieung] if vowel in y_vowels else [nieun]
    elif lead == nieun and vowel in y_vowels:
        leads = [ieung]
    return [chr(0xAC00 + new * 21 * 28 + rest) for new in leads]


def main() -> None:
    sino = sino_korean_syllables()
    common = {word for bucket in wordfreq.read_cBpack(wordfreq.available_languages("small")["ko"]) for word in bucket}
    mecab = MeCab()
    lattice = _mecab.Lattice()
    lattice.add_request_type(_mecab.MECAB_ALLOCATE_SENTENCE)
    words = []
    for first in ks_syllables():
        for second in ks_syllables():
            word = first + second
            if first in sino and second in sino:
                continue
            lattice.clear()
            lattice.set_sentence(word)
            mecab._tagger.parse(lattice)
            node = lattice.begin_nodes(0)
            while node is not None and not (node.length == WHOLE_WORD_BYTES and node.stat == NORMAL_NODE):
                node = node.bnext
            if node is not None or _verb_form(mecab, word, common):
                words.append(word)
    (DATA / "sino_korean_syllables.txt").write_text(sino + "\n", encoding="utf-8")
    (DATA / "korean_two_syllable_words.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(sino)} Sino-Korean syllables, {len(words)} two-syllable words")


def _verb_form(mecab: MeCab, word: str, common: set[str]) -> bool:
    """A common verb's or adjective's stem with endings, the last one of ENDINGS, as MeCab reads the word ("빼고";
    "갔고": 가 + 았 + 고)."""
    stem, *endings = mecab.parse(word)
    expression = stem.feature.expression  # an inflected stem's parts: "가/VV/*+았/EP/*" for 갔
    return (
        stem.pos.split("+")[0] in STEM_TAGS
        and (expression.split("/")[0] if expression else stem.surface) in common
        and bool(endings)
        and all(ending.pos.startswith("E") for ending in endings)
        and word[-1] in ENDINGS
    )


if __name__ == "__main__":
    main()
