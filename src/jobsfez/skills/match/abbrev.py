"""Abbreviations read from the taxonomy itself, for words that are no name or alias of any skill.

The kinds people use: a short form the taxonomy writes inside a longer name ("SAA" of "AWS SAA", "STS" of "Gantry
crane (STS/RTG)"); the initials of an English name's words ("VFD" for Variable frequency drive), also with more
letters of a word ("PdM" for Predictive maintenance, "DWH" for Data warehouse); a word cut short ("Postgre",
"일러스트" for 일러스트레이터); and a Korean name's syllables, one or more from each part ("설보기" for 설비보전기사).
A word is read as one only when nothing else reads it, only where it looks like one (2-6 letters, typed in
capitals or alone), and only when exactly one skill fits: an abbreviation two skills share names neither. Known
short forms are aliases, and aliases are found before any of this.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import combinations
from types import MappingProxyType
from typing import NamedTuple, TypeVar

from jobsfez.skills.match import common_words
from jobsfez.skills.match.lexicon import is_quiet
from jobsfez.skills.match.normalise import normalise
from jobsfez.skills.match.typos import LATIN_VOWELS, is_hangul

# Letters of an abbreviation: fewer is one letter, more is a word.
ABBREVIATION_MIN, ABBREVIATION_MAX = 2, 6
# Letters of a name's initials or of a word of names read as its skill: two letters are the initials of too many
# things people write (AS, PO, PR, HR) for the one name the taxonomy has with them to be meant; a product written
# in one word with capitals inside (TensorFlow: TF), short forms the taxonomy writes in brackets, and a word of
# names it writes in capitals ("CI" of CI/CD, where "as" of "infrastructure as code" is a word) still give two.
INITIALS_MIN = 3
# Capital letters that make a word typed among others look like an abbreviation ("MSA 설계", "PdM"); one is a name.
MIN_CAPITALS = 2
# A word cut short keeps at least this many letters (Korean: syllables) and half of the word: shorter is another.
TRUNCATED_MIN_LETTERS = 4
TRUNCATED_MIN_SYLLABLES = 3
# Syllables of a Korean abbreviation (설보기, 전기산기): two are mostly another word (미용 is not 미그용접).
KOREAN_MIN_SYLLABLES = 3
KOREAN_MAX_SYLLABLES = 5
# Syllables an abbreviation leaves out at least: one left out is a slip or a contraction of a loanword (플루트 is
# not 플루언트), where an abbreviation keeps a syllable or two of each part (설보기 of 설비보전기사 leaves out three).
KOREAN_MIN_LEFT_OUT = 2
# A certificate's name less a part (`_less_a_part`): the part of two syllables or more, four syllables left or more.
DROPPED_MIN_PART, DROPPED_MIN_SYLLABLES = 2, 4
# ... and six left when its first part goes (부품장착기능사 of 전자부품장착기능사): fewer is a word of any
# certificate (산업기사, 검정시험, 활용능력, 제조기사).
HEADLESS_MIN_SYLLABLES = 6
QUALIFICATIONS = "qualification"  # the taxonomy's category of certificates
# A language's Korean name (영어, 일본어, 중국어): its first syllable stands for it in a list ("영/일/중").
LANGUAGE_SYLLABLES = (2, 3)
_LANGUAGE_END = "\u110b\u1165"  # 어, as normalised
# The first syllables of the languages a list by first syllables always holds one of: Korean, English, Japanese and
# Chinese.
LISTED_LANGUAGES = frozenset(normalise(syllable) for syllable in ("한", "영", "일", "중"))
# Letters of a language's code in a list of languages ("KOR/ENG/VIE", "EN/JP"): two (ISO's) or three.
LANGUAGE_CODE_LETTERS = (2, 3)
# Small words an English name's initials may leave out ("Bill of materials": BOM or BM).
STOP_WORDS = frozenset(("of", "and", "for", "the", "in", "on", "to", "with", "a", "an", "by", "at"))
# Letters a first word cut short before a dot keeps, with the rest of a name after it ("Mech. design", "Elec.
# wiring"): the dot says it is cut and the words after it say which name, so fewer letters than a cut alone.
HEAD_CUT_MIN, HEAD_CUT_MAX = 3, 5
# What an English word without its ending is: another word of the same stem ("paint" is no cut of "painting").
ENGLISH_ENDINGS = frozenset(
    ("s", "es", "ed", "er", "ers", "ing", "ings", "ion", "ions", "ation", "ment", "ments", "al", "ive", "y", "ly", "e")
)

# Short forms that are also another thing people write, each its skill only said beside a word of that skill's field
# (extract._in_field): PT is a workout or a presentation, MT a school trip, RN a nurse, PG a payment gateway, DT and
# TF a team's, 몽고 Mongolia, SEO a name, BE a verb, SB a shop, RA a residence assistant, HF a radio band, PdM a
# product manager, PM an afternoon or preventive maintenance ("MT and PT on weld seams", "RN으로 앱 두 개 출시";
# not "PT 받으러 헬스장 가요", "RN으로 일하는 이모", "TF팀 회의", "PM 2시 면접").
FIELD_SHORT_FORMS: Mapping[str, str] = MappingProxyType(
    {
        normalise(short): skill_id
        for short, skill_id in (
            ("MT", "ndt-mt"),
            ("자탐", "ndt-mt"),
            ("PT", "ndt-pt"),
            ("RN", "react-native"),
            ("PG", "postgresql"),
            ("DT", "digital-twin"),
            ("MSA", "measurement-system-analysis"),
            ("SPI", "smt"),
            ("SEO", "marketing"),
            ("TBM", "industrial-safety"),
            ("N2", "jlpt"),
            ("WP", "wordpress"),
            ("TF", "tensorflow"),
            ("몽고", "mongodb"),
            ("BE", "backend-development"),
            ("SB", "spring-boot"),
            ("RA", "regulatory-affairs"),
            ("HF", "huggingface"),
            ("PdM", "predictive-maintenance"),
            ("PM", "project-management"),
        )
    }
)
# Words of a short form's field that name no skill of it, said of its work (extract._in_field): a model trained or
# tuned (TF, HF), a site or a blog (SEO, WP), a gauge's repeatability (MSA), Japan (N2), development (BE), a
# database's index or query (PG) — "TF로 이미지 분류 모델 학습", "WP 사이트 세 개 운영", "SEO 작업으로 병원 블로그
# 상위 노출", "BE dev", "N2 자격 있어요, 일본 유학 준비 중", "PG 인덱스 튜닝 경험".
FIELD_WORDS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        skill_id: frozenset(map(normalise, words))
        for skill_id, words in (
            ("tensorflow", ("모델", "model", "models", "학습", "training", "파인튜닝", "fine-tuning")),
            ("huggingface", ("모델", "model", "models", "학습", "training", "파인튜닝", "fine-tuning")),
            ("marketing", ("블로그", "blog", "website", "웹사이트", "사이트", "홈페이지", "노출", "키워드", "keyword")),
            (
                "wordpress",
                ("블로그", "blog", "website", "웹사이트", "사이트", "홈페이지", "테마", "플러그인", "plugin"),
            ),
            ("measurement-system-analysis", ("반복성", "재현성", "repeatability", "reproducibility", "gr&r", "grr")),
            ("jlpt", ("일본", "일본어", "japan", "japanese")),
            ("backend-development", ("dev", "developer", "개발", "개발자", "서버", "server")),
            ("postgresql", ("인덱스", "index", "쿼리", "query", "DB", "데이터베이스", "database", "마이그레이션")),
        )
    }
)
# Words of another sense of a short form, which make it that sense anywhere in its clause, whatever field's words are
# beside (extract._other_sense): a team's TF joined or met ("TF팀에서 모델 학습 데이터 정리", "TF 꾸려서 모델 교체"),
# a person's name SEO with a title ("SEO 과장님 홈페이지 점검"), a shop's SB or DT ("SB 편의점 알바하면서 자바
# 개발자 꿈꿔요", "DT 카페 알바하면서 IoT 수업"), a payment gateway's PG ("PG사 결제 연동", "PG 13 영화"), the
# disease or the dorm of RA ("RA 환자 대상 의료기기 임상", "RA 조교 하면서 GMP 수업"), nitrogen's N2 ("N2 충전하고
# 일본 출장"), Mongolia's 몽고 ("몽고 여행 가서 SQL 책"), a gym's, a camera's or a stroke's GX and TIA ("GX 프로그램
# 강사", "Canon GX7 프로그램 모드로 촬영", "TIA 환자 재활 프로그램"). A word of one syllable is the whole word
# ("PG사", "SEO님", "GX룸"; not 사용), a longer one begins it ("편의점에서", "충전하고").
_PLC_CLASHES = ("재활", "환자", "진단", "헬스", "강사", "수업", "모드", "촬영", "카메라", "룸", "시리즈")
FIELD_CLASHES: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        skill_id: frozenset(map(normalise, words))
        for skill_id, words in (
            ("tensorflow", ("팀", "활동", "회의", "참여", "꾸려", "꾸리", "들어가")),
            ("marketing", ("님", "씨", "과장", "대리", "교수", "선배", "부장", "팀장", "사장", "선생")),
            ("spring-boot", ("편의점", "마트", "매장", "지점", "알바")),
            ("digital-twin", ("카페", "매장", "드라이브스루", "알바")),
            ("postgresql", ("사", "결제", "영화", "등급")),
            ("regulatory-affairs", ("환자", "진단", "관절염", "류마티스", "조교", "기숙사")),
            ("jlpt", ("충전", "가스", "퍼지", "탱크", "질소")),
            ("mongodb", ("여행", "출장", "가서", "사람", "통역", "번역")),
            ("mitsubishi-plc", _PLC_CLASHES),
            ("siemens-plc", _PLC_CLASHES),
        )
    }
)
# Words right before or after a short form which make it an English word of a sentence: a team after "the" ("on
# the TF for the new model launch"), the verb BE after a modal or "to" or before an article ("To BE a developer",
# "Must BE able to work on server rooms").
CLASHES_BEFORE: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "tensorflow": frozenset(("the",)),
        "backend-development": frozenset(
            ("to", "will", "must", "can", "could", "should", "would", "may", "might", "not", "never")
        ),
    }
)
CLASHES_AFTER: Mapping[str, frozenset[str]] = MappingProxyType(
    {"backend-development": frozenset(("a", "an", "the", "able", "sure"))}
)
# A product line's version, which its users glue to its first word: GX Works2 and 3, TIA Portal v15 ("GX2", "TIAv17";
# not a camera's "GX7", "GX85").
PRODUCT_VERSIONS: Mapping[str, re.Pattern[str]] = MappingProxyType(
    {normalise("GX"): re.compile(r"[23]"), normalise("TIA"): re.compile(r"v\d{1,2}")}
)
# A product line's first word, said alone or with its version glued ("TIA로 백업", "GX2 프로그램 수정" of GX Works2):
# a short form of the same kind, GX a car's series and TIA a stroke ("GX 시리즈 차", "TIA 증상으로 입원").
PRODUCT_LINES: Mapping[str, str] = MappingProxyType(
    {normalise(line): skill_id for line, skill_id in (("GX", "mitsubishi-plc"), ("TIA", "siemens-plc"))}
)
# Words of a field's work that name no skill, which say a short form of the field is meant, as its names do: a
# controller's program is written, backed up and loaded ("TIA로 프로그램 백업하고 온라인 모니터링"); not monitoring,
# a patient's as often ("TIA 증상으로 입원해서 모니터링").
FIELD_WORK: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "electrical_plc": tuple(
            normalise(word) for word in ("프로그램", "로직", "백업", "다운로드", "업로드", "program", "logic")
        )
    }
)

_ASCII_WORD = re.compile(r"[a-z0-9]+")
_CAMEL_WORD = re.compile(r"\b(?:[A-Z][a-z]{3,}){2,}\b")  # TensorFlow, WordPress; not DevOps, NumPy
_CAPITALISED = re.compile(r"[A-Z][a-z]+")
_CAPITAL_WORD = re.compile(r"\b[A-Z]{2,}\b")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_BRACKETED = re.compile(r"\(([^)]*)\)")
_LEADING = re.compile("[\u1100-\u1112]")  # the first jamo of a Korean syllable
_AND_NAME = re.compile(r"^([A-Za-z]\w*) (?:and|&) ([A-Za-z]\w*)$")
_AMPERSAND_LETTERS = re.compile(r"^[A-Z]&[A-Z]$")
# A standard's name: its body's initials and its number ("ISO 9001", "IATF 16949", "ISO/IEC 17025").
_STANDARD = re.compile(r"\b(?:ISO|IEC|IATF)(?:/IEC)? (\d{4,5})\b")
_SHARED = ""  # an index value: the key belongs to two skills or more

Names = tuple[tuple[str, tuple[str, ...]], ...]  # (skill id, words or syllables of one of its names)


class Spelling(NamedTuple):
    """One name or alias of a skill, split into normalised words as typed text is."""

    skill_id: str
    text: str
    parts: tuple[str, ...]
    korean_name: bool  # the skill's Korean name, which a Korean abbreviation shortens before an alias
    curated: bool = True  # the skill is named in Korean too: the platform's own, not an import of English labels
    category: str = ""
    english_name: bool = False  # the skill's English name, which a language's code shortens ("ENG")


_K = TypeVar("_K")


def _add(index: dict[_K, str], key: _K, skill_id: str) -> None:
    if index.setdefault(key, skill_id) != skill_id:
        index[key] = _SHARED


def _one(skill_ids: set[str]) -> str:
    return next(iter(skill_ids)) if len(skill_ids) == 1 else _SHARED


class Abbreviations:
    """Which skill an abbreviation-looking word stands for, derived once from every skill's names and aliases."""

    __slots__ = (
        "_anded",
        "_bracketed",
        "_camel",
        "_capitals",
        "_cut_heads",
        "_dropped",
        "_first_syllables",
        "_initial_heads",
        "_korean",
        "_language_words",
        "_listed_languages",
        "_names_by_initials",
        "_owner",
        "_standards",
        "_truncated",
        "_worded",
    )

    def __init__(self, spellings: Iterable[Spelling], users: Mapping[str, set[str]]) -> None:
        """spellings: every name and alias split into words; users: the skills using each of those words."""
        starts: dict[str, set[str]] = {}  # words a name starts with (a Korean name also whole), and their skills
        bracketed: dict[str, str] = {}
        camel: dict[str, str] = {}
        capitals: set[str] = set()  # words the taxonomy writes in capitals ("CI" of CI/CD, not "as" of "... as code")
        by_initials: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        heads: _Heads = ({}, {})
        first_syllables: dict[str, set[tuple[str, str]]] = {}  # of a language's name: (category, skill id)
        korean: dict[str, set[tuple[str, tuple[str, ...]]]] = {}
        anded: dict[str, str] = {}  # initials of two words joined by "and" ("IC": Instrumentation and control)
        one_words: dict[str, str] = {}  # each skill's English name of one word ("English")
        languages: dict[str, tuple[str, str]] = {}  # skills named in Korean like a language (…어): first syllable and
        # category, since a Korean name of another kind may end in 어 too (서보 제어)
        dropped: dict[str, str] = {}  # a certificate's Korean name less a part (에너지기능사 of 에너지관리기능사)
        whole: set[str] = set()  # the Latin words names are written with, apart ("Express" of "Express.js")
        standards: dict[str, str] = {}  # a standard's number ("9001" of ISO 9001)
        for spelling in spellings:
            skill_id, text, parts, korean_name, curated, category, english_name = spelling
            whole.update(word.lower() for word in _LATIN_WORD.findall(text))
            if not parts:
                continue
            if english_name and len(parts) == 1 and parts[0].isalpha():
                one_words[skill_id] = parts[0]
            starts.setdefault(parts[0], set()).add(skill_id)
            capitals.update(word.lower() for word in _CAPITAL_WORD.findall(text))
            if text.isascii():
                for number in _STANDARD.findall(text):
                    _add(standards, number, skill_id)
                joined_by_and = _AND_NAME.match(text)
                if joined_by_and:
                    _add(anded, (joined_by_and[1][0] + joined_by_and[2][0]).lower(), skill_id)
                words = _index_initials(spelling, bracketed, by_initials)
                if curated:  # an imported label is mostly a phrase ("use CADD software"), not a name to shorten
                    _index_heads(words, skill_id, heads)
                for initials in _camel_initials(text):
                    _add(camel, initials, skill_id)
                continue
            joined = "".join(parts)
            syllables = _syllables(joined)
            if korean_name and syllables and syllables[-1] == _LANGUAGE_END:
                languages[skill_id] = (syllables[0], category)
            if LANGUAGE_SYLLABLES[0] <= len(syllables) <= LANGUAGE_SYLLABLES[1] and syllables[-1] == _LANGUAGE_END:
                first_syllables.setdefault(syllables[0], set()).add((category, skill_id))
            if korean_name and category == QUALIFICATIONS:
                for less in _less_a_part(syllables):
                    _add(dropped, less, skill_id)
            if len(syllables) > KOREAN_MIN_SYLLABLES:
                starts.setdefault(joined, set()).add(skill_id)
                kind = "name" if korean_name else "alias"
                # Keyed by the first syllable and one after it: a typed word's first two find few names.
                for later in set(syllables[1:]):
                    korean.setdefault(kind + syllables[0] + later, set()).add((skill_id, syllables))
        owner = {word: _one(skill_ids) for word, skill_ids in users.items()}
        cuts: dict[str, str] = {}
        for word, skill_ids in starts.items():
            for cut in _cuts(word):
                for skill_id in skill_ids:
                    _add(cuts, cut, skill_id)
        self._owner: Mapping[str, str] = MappingProxyType(owner)
        self._bracketed: Mapping[str, str] = MappingProxyType(bracketed)
        self._camel: Mapping[str, str] = MappingProxyType(camel)
        self._capitals = frozenset(capitals)
        self._names_by_initials: Mapping[str, Names] = MappingProxyType(
            {key: tuple(names) for key, names in by_initials.items()}
        )
        self._truncated: Mapping[str, str] = MappingProxyType(
            # A cut that is also a word of names counts only when those names are the same skill's ("Elastic").
            {cut: skill_id if owner.get(cut, skill_id) == skill_id else _SHARED for cut, skill_id in cuts.items()}
        )
        # A Latin cut that is an English word is that word, capitalised or not ("Spec", "Found", "Types"), unless a
        # name is written with it apart ("Express.js", "Next.js").
        self._worded = frozenset(
            cut for cut in self._truncated if cut.isascii() and cut not in whole and common_words.is_english_word(cut)
        )
        self._korean: Mapping[str, Names] = MappingProxyType(
            {first: tuple(sorted(names)) for first, names in korean.items()}
        )
        self._first_syllables: Mapping[str, frozenset[tuple[str, str]]] = MappingProxyType(
            {syllable: frozenset(found) for syllable, found in first_syllables.items()}
        )
        listed = {skill_id for skill_id, (syllable, _) in languages.items() if syllable in LISTED_LANGUAGES}
        kinds = {languages[skill_id][1] for skill_id in listed}
        self._language_words = tuple(
            (one_words[skill_id], skill_id)
            for skill_id, (_, category) in sorted(languages.items())
            if category in kinds and skill_id in one_words
        )
        self._listed_languages = frozenset(listed)
        self._dropped: Mapping[str, str] = MappingProxyType(dropped)
        self._anded: Mapping[str, str] = MappingProxyType(anded)
        self._standards: Mapping[str, str] = MappingProxyType(standards)
        self._initial_heads: Mapping[tuple[str, str], str] = MappingProxyType(heads[0])
        self._cut_heads: Mapping[tuple[str, str], str] = MappingProxyType(heads[1])

    def find(self, typed: str, *, alone: bool) -> str | None:
        """The one skill `typed` (one word as typed) abbreviates, or None; `alone`: no other word said with it."""
        form = normalise(typed)
        if _AMPERSAND_LETTERS.match(typed):  # "I&C", "O&M": two words joined by "and", as one name has them
            return self._anded.get(form) or None
        if not form or is_quiet(form):  # a grade too (lexicon.GRADES): "기능사" abbreviates no certificate
            return None
        if is_hangul(form):
            cut = self._truncated.get(form)
            if cut:
                return cut
            if common_words.is_korean_word(typed):
                return None  # syllables picked that make a word of their own: "공유기" (a router), no 공유압기능사
            # A cut of two skills' names is one of them only when a Korean name has its syllables (굴착기: 굴착기 운전),
            # not when only aliases do ("비즈니스" of 비즈니스영어 and 비즈니스일본어 is neither).
            found = self._from_syllables(form, kinds=("name",) if cut == _SHARED else ("name", "alias"))
            return found or self._dropped.get(form) or None
        if typed[:1].isupper() and self._truncated.get(form) and form not in self._worded:
            return self._truncated[form]  # a name cut short is written as a name: "Postgre"; not a word ("Spec")
        capitals = sum(c.isupper() for c in typed)
        if not (form.isalpha() and ABBREVIATION_MIN <= len(form) <= ABBREVIATION_MAX) or (
            typed[:1].islower() and capitals
        ):
            return None  # a word small first and capitals after is a product's own name ("gRPC", "eBPF", "iOS")
        owner = self._owner.get(form)
        if owner is not None and (len(form) >= INITIALS_MIN or form in self._capitals):  # a word of names stands
            return owner if owner and capitals >= MIN_CAPITALS else None  # for their skill if one skill's, in capitals
        if not (alone or capitals >= MIN_CAPITALS):
            return None
        found = self._bracketed.get(form) or self._camel.get(form)
        if found is not None:
            return found or None
        if len(form) < INITIALS_MIN:
            return None
        named = {skill_id for skill_id, _ in self._names_by_initials.get(form, ())}
        if named:  # the initials of some names: of one skill's, or of several, which names none
            return named.pop() if len(named) == 1 else None
        return self._from_letters(typed, form)

    def headed(self, typed: str, rest: str, *, dotted: bool) -> str | None:
        """The one skill a name of which is `typed` followed by the words `rest` (normalised and joined), where
        `typed` stands for its first words: their initials typed in capitals ("HF Transformers": Hugging Face
        Transformers), or its first word cut short before a dot (`dotted`: "Mech. design"). The words after it say
        which name, so two letters or a cut of three are enough here."""
        form = normalise(typed)
        if typed.isupper() and typed.isalpha():
            found = self._initial_heads.get((form, rest))
        elif dotted:
            found = self._cut_heads.get((form, rest))
        else:
            return None
        return found or None

    def languages(self, typed: Sequence[str]) -> tuple[str, ...] | None:
        """The languages a list of single syllables names ("영/일/중": English, Japanese, Chinese), each the first
        syllable of one language's name (a name of two or three syllables ending in 어), all of one category; None
        when any syllable is not ("토/일": Saturday and Sunday), or none is one of the languages such lists are made
        of (LISTED_LANGUAGES: "아/태" is Asia-Pacific, not Arabic and Thai)."""
        if LISTED_LANGUAGES.isdisjoint(normalise(syllable) for syllable in typed):
            return None
        options = [self._first_syllables.get(normalise(syllable), frozenset()) for syllable in typed]
        categories = set.intersection(*({category for category, _ in found} for found in options))
        if len(categories) != 1:
            return None
        [category] = categories
        found = [{skill_id for c, skill_id in option if c == category} for option in options]
        if any(len(skill_ids) != 1 for skill_ids in found):
            return None
        return tuple(skill_ids.pop() for skill_ids in found)

    def language_codes(self, typed: Sequence[str]) -> tuple[str, ...] | None:
        """The languages a list of short Latin codes names ("KOR/ENG/VIE", "Eng/Jpn", "EN/JP"), each code the first
        letter of one language's Latin name and more of its letters in order (a code fitting several is the listed
        language among them: "KR" is Korean, not Khmer); None when any code is not one, or none is one of the
        languages such lists are made of ("AI/ML" is no Arabic and Mongolian)."""
        found: list[str] = []
        for code in map(normalise, typed):
            if not (code.isalpha() and LANGUAGE_CODE_LETTERS[0] <= len(code) <= LANGUAGE_CODE_LETTERS[1]):
                return None
            fits = {skill_id for word, skill_id in self._language_words if word[0] == code[0] and _in_order(code, word)}
            fits = (fits & self._listed_languages) or fits
            if len(fits) != 1:
                return None
            found.append(fits.pop())
        return tuple(found) if self._listed_languages.intersection(found) else None

    def standard(self, number: str) -> str | None:
        """The one standard named by its body's initials and this number ("9001": ISO 9001, "16949": IATF 16949),
        which people who work to it write without the body."""
        return self._standards.get(number) or None

    def spelled_out(self, letters: str) -> str | None:
        """The one skill whose name has these initials, typed one letter a word with slashes or dots between."""
        form = normalise(letters)
        found = self._bracketed.get(form)
        if found is not None:
            return found or None
        if len(form) < INITIALS_MIN:
            return None
        named = {skill_id for skill_id, _ in self._names_by_initials.get(form, ())}
        return named.pop() if len(named) == 1 else None

    def _from_letters(self, typed: str, form: str) -> str | None:
        """The one skill whose name's words begin where the capitals are and give the letters between ("PdM":
        Predictive maintenance, "GenAI": Generative AI); only mixed case says where its words begin."""
        if typed.isupper() or typed.islower() or len(typed) != len(form):
            return None
        capitals = [k for k in range(1, len(typed)) if typed[k].isupper()]
        found: set[str] = set()
        for size in range(1, len(capitals) + 1):
            for starts in combinations(capitals, size):
                pieces = [form[a:b] for a, b in zip((0, *starts), (*starts, len(form)), strict=True)]
                key = "".join(piece[0] for piece in pieces)
                for skill_id, words in self._names_by_initials.get(key, ()):
                    if len(words) == len(pieces) and all(map(_gives, pieces, words)):
                        found.add(skill_id)
        return found.pop() if len(found) == 1 else None

    def _from_syllables(self, form: str, *, kinds: tuple[str, ...]) -> str | None:
        """The Korean name with the fewest syllables left out that has the typed ones in order, from its first; an
        alias only when no name has them, since an abbreviation shortens a name (전기산기: 전기산업기사)."""
        typed = _syllables(form)
        if not KOREAN_MIN_SYLLABLES <= len(typed) <= KOREAN_MAX_SYLLABLES:
            return None
        for kind in kinds:
            fits: dict[int, set[str]] = {}
            for skill_id, syllables in self._korean.get(kind + typed[0] + typed[1], ()):
                if _short_cut(typed, syllables):
                    continue  # the name's first word only, less than half of it: a word of its own (자동화)
                if not _same_grade(typed, syllables):
                    continue  # "가스기사" is no 가스텅스텐아크용접기능사: a cut keeps its grade
                if len(syllables) >= len(typed) + KOREAN_MIN_LEFT_OUT and _in_order(typed[1:], syllables[1:]):
                    fits.setdefault(len(syllables), set()).add(skill_id)
            if fits:
                tightest = fits[min(fits)]
                return tightest.pop() if len(tightest) == 1 else None
        return None


def _less_a_part(syllables: Sequence[str]) -> Iterator[str]:
    """A certificate's name with a part of two syllables or more left out before its grade, as people shorten one:
    "에너지기능사" (에너지관리기능사), "부품장착기능사" (전자부품장착기능사), "화물종사자격" (화물운송종사자격);
    at least DROPPED_MIN_SYLLABLES left, its grade whole (전기공사산업기사 gives no 전기기사)."""
    grade = next((len(grade) for grade in _DROPPED_GRADES if tuple(syllables[-len(grade) :]) == grade), 0)
    end = len(syllables) - grade
    for start in range(end):
        for stop in range(start + DROPPED_MIN_PART, end + 1):
            less = (*syllables[:start], *syllables[stop:])
            if len(less) >= (DROPPED_MIN_SYLLABLES if start else HEADLESS_MIN_SYLLABLES) and stop - start < end:
                yield "".join(less)


def _short_cut(typed: Sequence[str], syllables: Sequence[str]) -> bool:
    """The typed syllables begin the name, in a row, and are less than half of it: a word of its own (자동화 of
    자동화설비기능사, 컨테이너 of 컨테이너 터미널 운영, 의약품 of 의약품 제조 품질관리기준), no syllables picked from
    its parts (설보기 of 설비보전기사); a cut keeps half (TRUNCATED_MIN_LETTERS)."""
    return tuple(syllables[: len(typed)]) == tuple(typed) and 2 * len(typed) < len(syllables)


def _index_initials(
    spelling: Spelling, bracketed: dict[str, str], by_initials: dict[str, list[tuple[str, tuple[str, ...]]]]
) -> tuple[str, ...]:
    """An English spelling's bracketed short forms ("(CMM)") and its words' initials, with and without the small
    words; names of more words than an abbreviation has letters give none."""
    skill_id, text, parts, *_ = spelling
    if text.replace(" ", "").isalnum():  # plain words, as the vocabulary split them (most names)
        every = parts
    else:  # hyphens and slashes separate words here ("Retrieval-augmented generation": RAG)
        lowered = text.lower()
        if "(" in lowered:
            for inside in _BRACKETED.findall(lowered):
                for token in _ASCII_WORD.findall(inside):
                    _add(bracketed, token, skill_id)
            lowered = _BRACKETED.sub(" ", lowered)
        every = tuple(_ASCII_WORD.findall(lowered))
    if len(every) < ABBREVIATION_MIN:
        return every
    spellings = [every] if STOP_WORDS.isdisjoint(every) else [every, tuple(w for w in every if w not in STOP_WORDS)]
    for words in spellings:
        if ABBREVIATION_MIN <= len(words) <= ABBREVIATION_MAX:
            by_initials.setdefault("".join([w[0] for w in words]), []).append((skill_id, words))
    return every


_Heads = tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]]  # by the first words' initials; by a cut


def _index_heads(words: tuple[str, ...], skill_id: str, heads: _Heads) -> None:
    """An English name's first words as their initials and the rest as written ("hf" + "transformers"), and its
    first word cut short and the rest ("mech" + "design")."""
    initial_heads, cut_heads = heads
    for k in range(ABBREVIATION_MIN, len(words)):
        if words[k - 1] not in STOP_WORDS and words[k] not in STOP_WORDS:
            _add(initial_heads, ("".join(w[0] for w in words[:k]), "".join(words[k:])), skill_id)
    if len(words) > 1 and words[0].isalpha():
        rest = "".join(words[1:])
        for end in range(HEAD_CUT_MIN, min(HEAD_CUT_MAX, len(words[0]) - 2) + 1):
            _add(cut_heads, (words[0][:end], rest), skill_id)


def _camel_initials(text: str) -> Iterator[str]:
    """The initials of each word written with capitals inside ("TensorFlow": tf, "WordPress": wp); a capital run
    (AutoCAD, LabVIEW) is an abbreviation already and gives none."""
    for word in _CAMEL_WORD.findall(text):
        yield "".join(piece[0] for piece in _CAPITALISED.findall(word)).lower()


def _gives(piece: str, word: str) -> bool:
    """The letters a word gives an abbreviation: its start, then maybe consonants that begin a later syllable
    (after a vowel): "pd" from predictive, "wh" from warehouse, not "tm" from html."""
    if piece[0] != word[0]:
        return False
    k = 1
    while k < len(piece) and k < len(word) and piece[k] == word[k]:
        k += 1
    at = k
    for letter in piece[k:]:
        found = next((p for p in range(at, len(word)) if word[p] == letter and _onset(word, p)), None)
        if found is None:
            return False
        at = found + 1
    return True


def _onset(word: str, p: int) -> bool:
    """A consonant after a vowel: where a syllable of an English word mostly begins."""
    return word[p] not in LATIN_VOWELS and word[p - 1] in LATIN_VOWELS


def _in_order(short: Sequence[str], long: Sequence[str]) -> bool:
    rest = iter(long)
    return all(item in rest for item in short)


def _syllables(form: str) -> tuple[str, ...]:
    """A normalised Korean word as its syllables; () when it is not Korean syllables only."""
    if form.isascii() or not form.isalpha() or not is_hangul(form):
        return ()
    starts = [m.start() for m in _LEADING.finditer(form)]
    if not starts or starts[0] != 0:
        return ()
    return tuple(form[a:b] for a, b in zip(starts, [*starts[1:], len(form)], strict=True))


def _same_grade(typed: Sequence[str], syllables: Sequence[str]) -> bool:
    """A cut that ends in a qualification's grade names one of that grade: 기사 an engineer's (공냉기사:
    공조냉동기계기사), 산기 an industrial engineer's (전기산업기사), 기능사 a craftsman's."""
    grade = next((grade for grade in _CUT_GRADES if tuple(typed[-len(grade) :]) == grade), None)
    if grade is None:
        return True
    of_name = next((named for named in _NAME_GRADES if tuple(syllables[-len(named) :]) == named), None)
    return of_name == _CUT_GRADES[grade]


_CRAFTSMAN, _ENGINEER, _INDUSTRIAL = (_syllables(normalise(grade)) for grade in ("기능사", "기사", "산업기사"))
# A cut's grade, longest first, and the name's grade it stands for.
_CUT_GRADES = {_CRAFTSMAN: _CRAFTSMAN, _syllables(normalise("산기")): _INDUSTRIAL, _ENGINEER: _ENGINEER}
_NAME_GRADES = (_INDUSTRIAL, _CRAFTSMAN, _ENGINEER)
# The grades a certificate's name ends in, longest first, kept whole when a part is left out.
_OTHER_GRADES = tuple(_syllables(normalise(grade)) for grade in ("기능장", "종사자격", "자격", "관리사"))
_DROPPED_GRADES = tuple(sorted((*_NAME_GRADES, *_OTHER_GRADES), key=len, reverse=True))


def _cuts(word: str) -> Iterator[str]:
    """A word cut short where people cut it: at least half of it and a few letters (Korean: whole syllables)."""
    syllables = _syllables(word)
    if syllables:
        for end in range(max(TRUNCATED_MIN_SYLLABLES, (len(syllables) + 1) // 2), len(syllables)):
            yield "".join(syllables[:end])
    elif word.isalpha() and word.isascii():
        for end in range(max(TRUNCATED_MIN_LETTERS, (len(word) + 1) // 2), len(word)):
            if word[end:] not in ENGLISH_ENDINGS:
                yield word[:end]
