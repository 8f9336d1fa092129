"""The skill vocabulary: skills, their normalised names and their relations."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate
from types import MappingProxyType
from typing import Any, NoReturn

from jobsfez.skills.match.abbrev import Abbreviations, Spelling
from jobsfez.skills.match.normalise import normalise
from jobsfez.skills.match.tokens import word_forms
from jobsfez.skills.match.typos import WordIndex, is_hangul


@dataclass(frozen=True, slots=True)
class Skill:
    """One skill of the taxonomy, named in both languages."""

    id: str
    name_ko: str
    name_en: str
    category: str
    aliases: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    qualification: bool = False


class Vocabulary:
    """Immutable lookup structures over a set of skills, built once per taxonomy version."""

    __slots__ = (
        "abbreviations",
        "by_id",
        "by_initial",
        "choice_ids",
        "choices",
        "column",
        "countable",
        "countries",
        "exact",
        "glued_thousands",
        "inflected",
        "lexicon",
        "name_users",
        "prefixes",
        "related",
        "skill_ids",
        "spread",
        "version",
    )

    version: int
    by_id: Mapping[str, Skill]
    skill_ids: tuple[str, ...]
    column: Mapping[str, int]
    countable: frozenset[str]  # words of English names of two words or more: things, which a plural still names
    glued_thousands: frozenset[str]  # K forms of numbers glued to a name's word (XG5K), said glued only (_glued_k)
    countries: Mapping[str, str]  # a language's country by name (베트남, 인니), and the language (_countries)
    exact: Mapping[str, str]
    choices: tuple[str, ...]  # distinct normalised forms, shortest first (ties in vocabulary order)
    choice_ids: tuple[str, ...]
    by_initial: Mapping[str, Initial]  # the choices by their first three letters, shortest first (far_slips.py)
    lexicon: WordIndex  # the words of every form, to find what a typo in one word meant
    prefixes: frozenset[str]  # every form's first words joined ("cnc", "cnc선반"): where a run of words may go on
    related: Mapping[str, frozenset[str]]
    abbreviations: Abbreviations  # initials, cut words and Korean syllables that stand for one skill
    spread: Mapping[str, int]  # how many skills' names and aliases use each word: a generic word is in many
    name_users: Mapping[str, frozenset[str]]  # the skills whose Korean or English names use each word (typeahead)
    inflected: Mapping[str, str]  # a soft skill's one-word forms with -s or -ing ("adapts"), and the form

    def __init__(self, skills: Iterable[Skill], version: int) -> None:
        by_id: dict[str, Skill] = {}
        for skill in skills:
            if skill.id in by_id:
                raise ValueError(f"duplicate skill id {skill.id!r}")
            by_id[skill.id] = skill
        mixed = {skill_id: mixed_scripts(skill) for skill_id, skill in by_id.items()}
        exact = _exact_forms(by_id.values(), mixed)
        self._set("version", version)
        self._set("by_id", MappingProxyType(by_id))
        self._set("skill_ids", tuple(by_id))
        self._set("column", MappingProxyType({skill_id: i for i, skill_id in enumerate(by_id)}))
        self._set("exact", MappingProxyType(exact))
        by_length = sorted(exact.items(), key=lambda item: len(item[0]))
        self._set("choices", tuple(form for form, _ in by_length))
        self._set("choice_ids", tuple(skill_id for _, skill_id in by_length))
        self._set("by_initial", MappingProxyType(_by_initial(self.choices, self.choice_ids)))
        spellings = _spellings(by_id.values())
        lexicon, prefixes, users = _lexicon(spellings)
        prefixes.update(form for names in mixed.values() for name in names for form in accumulate(word_forms(name)))
        self._set("lexicon", WordIndex(lexicon))
        self._set("prefixes", frozenset(prefixes))
        self._set("spread", MappingProxyType({word: len(skill_ids) for word, skill_ids in users.items()}))
        self._set("name_users", MappingProxyType(_name_users(spellings)))
        self._set("inflected", MappingProxyType(_inflected(by_id, exact)))
        self._set("related", MappingProxyType(_symmetric_related(by_id)))
        english = (word_forms(skill.name_en) for skill in by_id.values())
        self._set("countable", frozenset(word for words in english if len(words) > 1 for word in words))
        self._set("glued_thousands", _glued_k(by_id.values()))
        self._set("countries", MappingProxyType(_countries(by_id.values())))
        self._set("abbreviations", Abbreviations(spellings, users))

    def _set(self, name: str, value: object) -> None:
        object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise AttributeError(f"Vocabulary is immutable; cannot set {name!r}")

    def __len__(self) -> int:
        return len(self.skill_ids)

    def __repr__(self) -> str:
        return f"Vocabulary(version={self.version}, skills={len(self.skill_ids)}, forms={len(self.choices)})"


# A bracketed part of a name ("Penetrant testing (PT)"): the name also counts without it, since text read by
# words never reads across a bracket.
BRACKETED = re.compile(r"\s*\([^)]*\)")


# Alternatives at the start of a name that share the words after them ("MIG/MAG welding": MIG welding and MAG
# welding); without shared words a slash joins one thing's parts (CI/CD, TCP/IP, PL/SQL), and one letter is no name.
_ALTERNATIVES = re.compile(r"^([^\W_]{2,})/([^\W_]{2,})\s+(\S.*)$")
# Two modifiers joined by "and" before the words they share ("Conveyor and sorter systems": conveyor systems, sorter
# systems); a plural first ("Algorithms and data structures") is a thing of its own, not a modifier.
_COORDINATED = re.compile(r"^([a-z]{2,}[a-rt-z]) (?:and|&) ([a-z]{2,}) (\S.*)$", re.IGNORECASE)
# A name's adjective of a science said as the science ("Microbiological testing": microbiology testing).
_OF_SCIENCE = re.compile(r"\b([a-z]{2,}o)logical\b", re.IGNORECASE)
# A licence's class said first ("1종 대형", "2종보통") is as often said after the words it classes ("대형 1종").
_CLASS_FIRST = re.compile(r"^(\d+종)\s*(\S.*)$")
# The short form every Korean 산업기사 qualification goes by (전기산업기사: 전기산기).
_INDUSTRIAL_ENGINEER = ("산업기사", "산기")
# A Korean national qualification's English name, its grade first ("Craftsman Crane Operation", "Industrial Engineer
# Welding"), which seekers write last ("crane operation craftsman", "welding industrial engineer").
_TITLE_FIRST = re.compile(r"^(Craftsman|Industrial Engineer|Engineer) (\S.*)$")
_CRAFTSMAN = "Craftsman"
_GRADES_NAMED_LAST = (_CRAFTSMAN, "Industrial Engineer")
_QUALIFICATION_PAPERS = ("licence", "license", "certificate", "exam", "qualification")
# ... and one whose English name ends in its paper ("Fire Safety Manager Certificate"), said with another.
_PAPER_LAST = re.compile(r"^(\S.*) (Certificate|Licence|License)$")


# A soft skill's English name is said with the adjective, verb or person it is made from ("quick to adapt", "a
# creative person", "team leader", "problem solver", "self-motivated"): the endings of a name's last word that make
# those names, and what the word said ends in instead. Not -ibility ("responsible for welding" says whose job welding
# was) nor -ness.
SOFT_SKILLS = "soft_skills"
# The category of languages: a word before a language's name says its register, never another thing.
LANGUAGES = "languages"
SOFTWARE = "software"
_SOFT_ENDINGS = (
    ("ability", ("able", "")),  # adaptable, adapt
    ("ivity", ("ive",)),  # creative
    ("ship", ("",)),  # leader
    ("ation", ("ate", "ator", "ated")),  # communicate, communicator, negotiator, self-motivated
    ("ence", ("ent",)),  # diligent
    ("ing", ("er",)),  # problem solver, critical thinker
    ("ement", ("er",)),  # project manager
)
# Endings that make a person, said only after the words that say of what: a "wedding planner" plans no work.
_PERSON_ENDINGS = frozenset(("ing", "ement"))
# Letters of such a word at least: shorter ones are other words.
SOFT_WORD_MIN = 5
_LAST_WORD = re.compile(r"^(.*?)([a-z]+)$")


def known_or_named(vocab: Vocabulary, form: str) -> bool:
    """The form is a word of names, or a name with its particle or another word glued after it (its first half or
    more a name: "선박대리점에서", "측정하고"), no slip of a name."""
    return form in vocab.lexicon.words or any(form[:k] in vocab.exact for k in range(len(form) // 2, len(form)))


def _soft_forms(name: str) -> list[str]:
    """A soft skill's English name with its last word as the word it is made from ("Self-motivation": self-motivated,
    "Problem solving": problem solver)."""
    split = _LAST_WORD.match(name.lower())
    if not (name.isascii() and split and all(c.isalpha() or c in " -" for c in name)):
        return []
    before, word = split.groups()
    found: list[str] = []
    for ending, instead in _SOFT_ENDINGS:
        if word.endswith(ending) and (before or ending not in _PERSON_ENDINGS):
            made = (word.removesuffix(ending) + end for end in instead)
            found += [before + said for said in made if len(said) >= SOFT_WORD_MIN]
    return found


_LICENSE = re.compile("license", re.IGNORECASE)
# A product's number in thousands, which its users shorten to K (XG5000: XG5K, Studio 5000: Studio5K).
_THOUSANDS = re.compile(r"(?<=[a-z ])(\d+)000\b", re.IGNORECASE)
# ... not a standard's number, which is said whole (ISO 9000, IEC 61000).
_STANDARD_BODY = re.compile(r"(?:iso|iec|iatf)(?![a-z])", re.IGNORECASE)


def _glued_k(skills: Iterable[Skill]) -> frozenset[str]:
    """The K forms of numbers in thousands glued to a name's word ("XG5K" of XG5000), which are that name typed glued
    only: spaced, the number is a race's ("XG 5K 마라톤"); a name spaced keeps its space ("Studio 5K")."""
    names = (name for skill in skills for name in (skill.name_ko, skill.name_en, *skill.aliases))
    return frozenset(normalise(k) for name in names if (k := _k_form(name)) and _GLUED_THOUSANDS.search(name))


def _k_form(name: str) -> str | None:
    """The name with its number in thousands said with K ("XG5000": XG5K), or None; not a standard's (ISO 9000)."""
    if not _THOUSANDS.search(name) or _STANDARD_BODY.match(name):
        return None
    return _THOUSANDS.sub(r"\1K", name)


_GLUED_THOUSANDS = re.compile(r"[a-z]\d+000\b", re.IGNORECASE)


def written_also(skill: Skill) -> tuple[str, ...]:
    """Forms of a skill's names that people write and the taxonomy need not list: each of a name's alternatives with
    the words they share, a 산업기사 qualification as ...산기, and a soft skill's English name as the word it is made
    from ("adapt", "adaptable" of Adaptability); two modifiers joined by "and" each with the words they share
    ("conveyor systems" of Conveyor and sorter systems), an adjective of a science as the science ("microbiology
    testing"), a licence's class after the words it classes ("대형 1종"), "license" spelt as British English does
    ("licence"), and a product's number in thousands with K ("XG5K")."""
    found: list[str] = []
    for name in (skill.name_ko, skill.name_en, *skill.aliases):
        # An imported label is mostly a phrase ("sort and pack goods"), not a name with shared words.
        alternatives = _ALTERNATIVES.match(name) or (_COORDINATED.match(name) if skill.name_ko else None)
        if alternatives:
            first, second, rest = alternatives.groups()
            found += [f"{first} {rest}", f"{second} {rest}"]
        class_first = _CLASS_FIRST.match(name)
        if class_first:
            found.append(f"{class_first[2]} {class_first[1]}")
        if skill.name_ko and _OF_SCIENCE.search(name):
            found.append(_OF_SCIENCE.sub(r"\1logy", name))
        if skill.category == SOFT_SKILLS:
            found += _soft_forms(name)
        if _LICENSE.search(name):
            found.append(_LICENSE.sub("licence", name))
        if k_form := _k_form(name):  # "XG5000": XG5K; not ISO 9000
            found.append(k_form)
    long, short = _INDUSTRIAL_ENGINEER
    if skill.name_ko.endswith(long):
        found.append(skill.name_ko.removesuffix(long) + short)
    titled = _TITLE_FIRST.match(skill.name_en) if skill.qualification else None
    if titled and titled[1] in _GRADES_NAMED_LAST:  # "Craftsman Crane Operation": "crane operation craftsman";
        found.append(f"{titled[2]} {titled[1]}")  # "machinery maintenance industrial engineer" is no job's title
    if titled and titled[1] != _CRAFTSMAN:  # an engineer of a field is a job as often: "welding engineer licence"
        found += [f"{titled[2]} {titled[1]} {paper}" for paper in _QUALIFICATION_PAPERS]
    papered = _PAPER_LAST.match(skill.name_en) if skill.qualification else None
    if papered:  # "Fire Safety Manager Certificate": "fire safety manager exam", not the job alone
        found += [f"{papered[1]} {paper}" for paper in _QUALIFICATION_PAPERS if paper != papered[2].lower()]
    return tuple(found)


# A name typed half in Korean, half in Latin letters ("스프링 Boot", "React 네이티브", "Type스크립트", "이더CAT"): where
# a Korean name or alias is the English one sounded out piece by piece, each piece may be typed in either script.
# A piece sounds alike when its Korean syllables begin with a sound its English letters may begin with.
_SOUNDS = {
    **dict.fromkeys("aeiouwxy", "ᄋ"),
    "b": "ᄇ",
    "c": "ᄏᄉᄎ",
    "d": "ᄃ",
    "f": "ᄑ",
    "g": "ᄀᄌ",
    "h": "ᄒ",
    "j": "ᄌ",
    "k": "ᄏ",
    "l": "ᄅ",
    "m": "ᄆ",
    "n": "ᄂ",
    "p": "ᄑ",
    "q": "ᄏ",
    "r": "ᄅ",
    "s": "ᄉᄊ",
    "t": "ᄐᄎ",
    "v": "ᄇ",
    "z": "ᄌ",
}
# The parts of one English word written as a compound of two ("TypeScript", "EtherCAT", "LabVIEW").
_CAMEL_PARTS = re.compile(r"^([A-Z][a-z]+)([A-Z][A-Za-z]+)$")
_HANGUL_WORD = re.compile(r"^[\uac00-\ud7a3]+$")


# A piece sounded out has a syllable for each of its English part's vowels at least (Ether: 이더), and no more
# syllables than its part has letters (an acronym read as a word, CAT: 캣, or letter by letter, BI: 비아이).
_VOWELS = re.compile(r"[aeiou]+|(?<=[^aeiou])y", re.IGNORECASE)


def _sounds_alike(english: str, korean: str) -> bool:
    syllables = len(korean)
    return normalise(korean)[:1] in _SOUNDS.get(english[:1].lower(), "") and len(
        _VOWELS.findall(english)
    ) <= syllables <= len(english)


def mixed_scripts(skill: Skill) -> list[str]:
    """A skill's names with their first pieces in one script and the rest in the other, where a Korean name (or
    alias) lines up with an English one: word by word ("스프링 부트", "Spring Boot"), or a Korean word split, one way
    only, where the English compound's parts are ("타입스크립트": 타입|스크립트 of Type|Script). Exact forms only:
    their words are the names' own, so they add none to the lexicon nor to the abbreviations."""
    english = [name for name in (skill.name_en, *skill.aliases) if name.isascii()]
    korean = [name.split() for name in (skill.name_ko, *skill.aliases) if name and not name.isascii()]
    found: list[str] = []
    for name in english:
        words = name.split()
        camel = _CAMEL_PARTS.match(name) if len(words) == 1 else None
        parts = list(camel.groups()) if camel else words
        if len(parts) < 2:
            continue
        for pieces in korean:
            if not all(map(_HANGUL_WORD.match, pieces)):
                continue
            if len(pieces) == 1 and camel:
                splits = [(pieces[0][:k], pieces[0][k:]) for k in range(1, len(pieces[0]))]
                lined = [split for split in splits if all(map(_sounds_alike, parts, split))]
                pieces = list(lined[0]) if len(lined) == 1 else []
            if len(pieces) != len(parts) or not all(map(_sounds_alike, parts, pieces)):
                continue
            for k in range(1, len(parts)):
                found += [" ".join(pieces[:k] + parts[k:]), " ".join(parts[:k] + pieces[k:])]
    return found


def _exact_forms(skills: Iterable[Skill], mixed: Mapping[str, list[str]]) -> dict[str, str]:
    """Names win over aliases, aliases over forms written_also, and earlier skills over later ones, when two forms
    normalise alike; `mixed`: each skill's `mixed_scripts`, by id."""
    listed = list(skills)
    exact: dict[str, str] = {}
    for names in (
        ([s.name_ko, s.name_en] for s in listed),
        ([*s.aliases] for s in listed),
        (written_also(s) for s in listed),
        (mixed[s.id] for s in listed),
    ):
        for skill, spellings in zip(listed, names, strict=True):
            for spelling in spellings:
                for form in (normalise(spelling), normalise(BRACKETED.sub("", spelling))):
                    if form:
                        exact.setdefault(form, skill.id)
    return exact


def _spellings(skills: Iterable[Skill]) -> list[Spelling]:
    """Every name and alias of every skill, split into words once for the lexicon and the abbreviations."""
    return [
        Spelling(
            skill.id,
            name,
            tuple(word_forms(name)),
            name == skill.name_ko,
            bool(skill.name_ko),
            skill.category,
            name == skill.name_en,
        )
        for skill in skills
        for name in (skill.name_ko, skill.name_en, *skill.aliases, *written_also(skill))
        if name
    ]


def _lexicon(spellings: Iterable[Spelling]) -> tuple[set[str], set[str], dict[str, set[str]]]:
    """Every word of every name and alias, split as typed text is (a Korean name also whole, since Korean is
    written with or without its spaces: "지게차 운전", "지게차운전"); the names' first words joined; and the skills
    using each word."""
    found: set[str] = set()
    prefixes: set[str] = set()
    users: dict[str, set[str]] = {}
    for skill_id, name, parts, *_ in spellings:
        if not parts:
            continue
        prefixes.update(accumulate(parts))
        if len(parts) > 1 and all(len(part) == 1 for part in parts):  # letter by letter ("Y/T", "B/L"): a
            continue  # single letter of it is no word, and a stray letter typed stays a stray
        for part in parts:
            users.setdefault(part, set()).add(skill_id)
        # A name's first word may be typed as two ("Type Script", "블록 조립" for 블록조립), and a Korean
        # name's spaces anywhere.
        joined = "".join(parts)
        written_together = joined if not name.isascii() and is_hangul(joined) else parts[0]
        prefixes.update(written_together[:end] for end in range(1, len(written_together)))
        if len(parts) > 1 and written_together == joined:
            found.add(joined)
        for bare in word_forms(BRACKETED.sub("", name)) if "(" in name else ():
            prefixes.add(bare)
    found.update(users)
    return found, prefixes, users


INITIAL_LETTERS = 3


@dataclass(frozen=True, slots=True)
class Initial:
    """The choices that begin with the same three letters (jamo in Hangul), their lengths and their skills, shortest
    first, so the names of a length range are a slice."""

    lengths: tuple[int, ...]
    names: tuple[str, ...]
    skill_ids: tuple[str, ...]


def _by_initial(choices: Sequence[str], choice_ids: Sequence[str]) -> dict[str, Initial]:
    grouped: dict[str, list[int]] = {}
    for position, form in enumerate(choices):  # shortest first already
        grouped.setdefault(form[:INITIAL_LETTERS], []).append(position)
    return {
        first: Initial(
            tuple(len(choices[p]) for p in positions),
            tuple(choices[p] for p in positions),
            tuple(choice_ids[p] for p in positions),
        )
        for first, positions in grouped.items()
    }


def _name_users(spellings: Iterable[Spelling]) -> dict[str, frozenset[str]]:
    named: dict[str, set[str]] = {}
    for spelling in spellings:
        if spelling.korean_name or spelling.english_name:
            for part in spelling.parts:
                named.setdefault(part, set()).add(spelling.skill_id)
    return {word: frozenset(skill_ids) for word, skill_ids in named.items()}


def _inflected(by_id: Mapping[str, Skill], exact: Mapping[str, str]) -> dict[str, str]:
    """A soft skill's forms of one English word with -s and -ing ("adapts", "good at communicating"): the verb
    `written_also` gives ("adapt", "communicate") said with its endings, which name the same skill."""
    found: dict[str, str] = {}
    for form, skill_id in exact.items():
        if by_id[skill_id].category == SOFT_SKILLS and form.isascii() and form.isalpha():
            for said in (form + "s", form.removesuffix("e") + "ing"):
                found.setdefault(said, form)
    return found


# A language's Korean name or alias is its country's name and 어 or 말 (베트남어, 인니어, 몽골말); a country of one
# syllable left is a short form of no country alone (일어, 불어, 독어).
LANGUAGE_ENDS_KO = ("어", "말")
COUNTRY_MIN_SYLLABLES = 2


def _countries(skills: Iterable[Skill]) -> dict[str, str]:
    """The countries the languages' Korean names and aliases are named after, by normalised form, each with its
    language; not an alias with the name inside, a register of the language (비즈니스일본어), and a form two languages
    share is neither's."""
    found: dict[str, str] = {}
    for skill in skills:
        if skill.category != LANGUAGES or skill.qualification or not skill.name_ko.endswith(LANGUAGE_ENDS_KO[0]):
            continue
        for name in (skill.name_ko, *(alias for alias in skill.aliases if skill.name_ko not in alias)):
            country = normalise(name[:-1])
            if not (name.endswith(LANGUAGE_ENDS_KO) and _HANGUL_WORD.match(name[:-1])):
                continue
            if len(name[:-1]) >= COUNTRY_MIN_SYLLABLES and found.setdefault(country, skill.id) != skill.id:
                found[country] = ""
    return {country: skill_id for country, skill_id in found.items() if skill_id}


def _symmetric_related(by_id: Mapping[str, Skill]) -> dict[str, frozenset[str]]:
    pairs: dict[str, set[str]] = {skill_id: set() for skill_id in by_id}
    for skill in by_id.values():
        for other in skill.related:
            if other in by_id and other != skill.id:
                pairs[skill.id].add(other)
                pairs[other].add(skill.id)
    return {skill_id: frozenset(others) for skill_id, others in pairs.items() if others}


def name_words(vocab: Vocabulary) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Each skill's Korean and English name as sets of words, to find narrower skills by their names."""
    return {
        skill.id: (frozenset(word_forms(skill.name_ko)), frozenset(word_forms(skill.name_en)))
        for skill in vocab.by_id.values()
    }


def narrower(skill_id: str, words: Mapping[str, tuple[frozenset[str], frozenset[str]]]) -> tuple[str, ...]:
    """The skills a skill's name covers: named by all of its words and more, in either language ("TIG 용접" and
    "배관 용접" under "용접", "Pipe welding" under "Welding"), so that looking for the broad skill finds them."""
    if skill_id not in words:
        return ()
    ko, en = words[skill_id]
    return tuple(
        other for other, (other_ko, other_en) in words.items() if (ko and ko < other_ko) or (en and en < other_en)
    )
