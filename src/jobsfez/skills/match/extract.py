"""Skills in a line or a paragraph: which skills, the words each came from, and the level or years said with it.

Within each clause the longest run of words that names a skill wins ("CNC 선반 가공" before "CNC"): exactly, after
cutting Korean endings and particles off ("파이썬으로", "엑셀잘함"), or with one slip of the fingers in a word.
A typo is forgiven word by word (typos.py): every word of the run must be a word of some skill name as typed or
one plausible slip away from one, and the corrected words together must spell a name. So a typo in a long phrase
cannot borrow characters from a neighbouring word, and a word that is not in any skill name maps to nothing.
Words that name no skill (filler, levels, years) never make a skill on their own; a level or years attach to the
skill they were said with: in Korean the one before ("용접 3년"), in English the one after ("fluent English",
"3 years of welding"), else the nearest on the other side. What the runs found mean together (a head, alternatives,
a negation, a generic word) is read in phrases.py; English work said as a verb ("Calibrated gauges", "writing
reports") in verbs.py; a clause nothing read, a long word with two slips, in far_slips.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import Literal, TypeVar

from rapidfuzz import fuzz

from jobsfez.skills.match import common_words, context, lexicon, phrases, stance, verbs, work_words
from jobsfez.skills.match.abbrev import (
    CLASHES_AFTER,
    CLASHES_BEFORE,
    FIELD_CLASHES,
    FIELD_SHORT_FORMS,
    FIELD_WORDS,
    FIELD_WORK,
    PRODUCT_LINES,
    PRODUCT_VERSIONS,
)
from jobsfez.skills.match.far_slips import far_slip, lone_short_slip, ran
from jobsfez.skills.match.normalise import normalise
from jobsfez.skills.match.phrases import Match, Method
from jobsfez.skills.match.spelling import (
    EXACT_ONLY_MAX_LEN,
    LOCATIVE_E,
    agentive,
    anchored,
    coded,
    ese_misspelt,
    near,
    singular,
    spaced,
    stems,
    unglued,
    unversioned,
)
from jobsfez.skills.match.tokens import Word, clauses, word_forms
from jobsfez.skills.match.typos import SOUND_ALIKE_COST, is_hangul
from jobsfez.skills.match.vocab import LANGUAGES, Skill, Vocabulary

# Words in the longest skill name matched at once ("Gas tungsten arc welding" is four).
MAX_SPAN = 6
# Spellings of a growing run kept at most; a run of words each with several near words is given up.
MAX_SPELLINGS = 64
# What reading an English plural as its singular costs ("PLCs"): less than any slip, but like one a guess, made only
# where the clause's other words are understood ("fill molds with molten metal" is casting, not mold making); the
# plural of a name's last word or of capitals is none (`_certain_plural`).
PLURAL_COST = 0.1
# A slip read in a clause with other words is no guess in a Korean word of this many syllables or more, or in a
# Latin word of this many letters that is no English word (`_sure_slip`).
SURE_SLIP_SYLLABLES = 3
SURE_SLIP_LETTERS = 5
# ... or of three, in a name whose words typed as they are have eight letters or more ("Shel scripting for …"),
# where the short one is no common word ("keep up-to date warehouse database" is no data warehouse).
LONG_NAME_TYPED_LETTERS, SLIP_BESIDE_LONG_LETTERS = 8, 3
_SYLLABLE = re.compile("[가-힣]")
# Clauses of a text that nothing read looked at for a long word's two slips, at most: each looks at hundreds of names,
# and a résumé of a thousand unread clauses is a list of something else.
MAX_FAR_SLIPS = 30
# Mentions of one skill again compared with its first for which one the line claims, at most: each reads its clause,
# and a line naming one skill a thousand times would read it a thousand times.
MENTIONS_COMPARED = 8
# Score of a word read as an abbreviation (abbrev.py): a guess the taxonomy backs, reported like a close typo.
ABBREVIATION_SCORE = 90.0
FOR = "for"  # years said after it belong to the skill before: "welding for 3 years"


@dataclass(frozen=True, slots=True)
class Extracted:
    """One skill found in the text: the words it came from (text[start:end]), how, and any level or years."""

    text: str
    start: int
    end: int
    skill_id: str
    method: Method
    score: float
    level: int | None = None
    years: float | None = None


@dataclass(frozen=True, slots=True)
class Reading:
    """What a line or paragraph was understood as: its skills in order, and the words that were not understood; among
    them, the skills named but set aside, as not the writer's (wanted, someone else's, a pastime, denied) or named in
    an everyday sense ("Python snake owner")."""

    text: str
    skills: tuple[Extracted, ...]
    unknown: tuple[str, ...]
    set_aside: tuple[Extracted, ...] = ()


@dataclass(frozen=True, slots=True)
class _Cover:
    """The best reading of a clause from some word on: runs matched, words they cover, skills and typos among them."""

    matches: tuple[Match, ...] = ()
    covered: int = 0
    fuzzy: int = 0

    def rank(self) -> tuple[int, int, int]:
        """More words understood first; then fewer, longer skills (CNC 선반 over CNC + 선반); then fewer typos."""
        return self.covered, -len(self.matches), -self.fuzzy


def extract(vocab: Vocabulary, text: str) -> Reading:
    """Every skill a line or paragraph names, in order, each once; and what was left not understood."""
    whole = vocab.exact.get(normalise(text))
    if whole is not None:  # the commonest case by far: the text is one name
        return Reading(text, (Extracted(text, 0, len(text), whole, "exact", 100.0),), ())
    found: list[Extracted] = []
    unknown: list[str] = []
    said = [part for clause in clauses(text) for part in stance.writers_part(clause)]
    unasked = _unasked_fields(text)
    if unasked:  # "근무지: 신항 배후단지 내 물류센터 / 담당업무: 지게차": where, not what it asks
        unknown.extend(text[start:end].strip() for start, end in unasked)
        said = [[word for word in clause if not _within_any(word, unasked)] for clause in said]
        said = [clause for clause in said if clause]
    unread: list[list[Word]] = []
    last_clause: Sequence[Word] = ()  # the last clause read with skills
    given_until = -1  # a benefit's bracket, whose items it lists: "응시료 전액 지원 (용접기능사, 지게차운전기능사)"
    for clause in said:
        if clause[0].start < given_until:
            unknown.append(text[clause[0].start : clause[-1].end])
            continue
        given_until = phrases.given_bracket_end(text, clause)
        if found and _quiet_or_a_time(clause) and not _named_whole(vocab, text, clause):
            numbered = _listed_number(vocab, clause, found)
            if numbered is not None:  # "ISO 9001, 14001"
                found.append(numbered[0])
                continue
            # "welder, 7 years": said of the last, and of the list it ends ("Go and Rust, 2 yrs each"); filler words
            # may name a skill too ("애자일, 프로젝트 관리")
            _attach_to_last(vocab, found, last_clause, clause)
            continue
        if len(said) > 1 and _place_alone(clause):
            unknown.append(text[clause[0].start : clause[-1].end])  # "용접 2년, 통영": where, no slip of 통역
            continue
        skills, leftovers = _read_clause(vocab, text, clause)
        if (
            not skills
            and found
            and not _spoken(vocab, found[-1].skill_id)
            and _years_of_the_last(text, found[-1], clause)
        ):
            # "Selenium scripts, one year at an agency", "Overhead crane, two years at the pendant": the years
            # after a comma open a clause of where or as what, said of the skill before; not of a language, named in a
            # nationality's word as often ("I'm a Vietnamese worker, 2 years in a seafood processing plant")
            _attach_to_last(vocab, found, last_clause, clause)
        skills = context.guessed_together(vocab, skills)
        found.extend(skills)
        unknown.extend(leftovers)
        if skills:
            last_clause = clause
        else:
            unread.append(clause)
    for clause in unread[:MAX_FAR_SLIPS]:
        slip = far_slip(vocab, clause) or (lone_short_slip(vocab, clause) if len(said) == 1 else None)
        if slip is not None:
            typed = text[slip.start : slip.end]
            guessed = Extracted(typed, slip.start, slip.end, slip.skill_id, "fuzzy", slip.score)
            pieces = [word for word in clause if word.end <= slip.start]
            after = [word for word in clause if word.start >= slip.end]
            skills, _ = _attach(vocab, [*pieces, guessed, *after])  # its level or years: "머신러넝 2년"
            found.extend(skills)
            said_here = {word.text for word in clause if slip.start <= word.start < slip.end}
            unknown = [run for run in unknown if run != typed and run not in said_here]
    for clause in unread if found else ():
        listed = _listed_work(vocab, clause) or _listed_number(vocab, clause, found)
        if listed is not None:
            found.append(listed[0])
            unknown = [run for run in unknown if run not in listed[1]]
    for clause in said:
        trade = _trade_work(vocab, clause, found) or _standard_number(vocab, clause, found)
        if trade is not None:
            found.append(trade[0])
            unknown = [run for run in unknown if run not in trade[1]]
    line = [word for clause in said for word in clause]
    for clause in unread:
        found.extend(_short_in_line(vocab, clause, line))
    found.sort(key=lambda skill: skill.start)
    stances = context.Stances(text, said)
    first: dict[str, Extracted] = {}
    said_again: dict[str, int] = {}
    for skill in found:  # a skill named twice keeps the first words, and a level or years said with the second
        kept = first.setdefault(skill.skill_id, skill)
        again = said_again[skill.skill_id] = said_again.get(skill.skill_id, -1) + 1
        if 0 < again <= MENTIONS_COMPARED and context.claims_instead(stances, kept, skill):
            first[skill.skill_id], kept, skill = skill, skill, kept  # "취미로 엑셀 배우다가 회사에서 엑셀 5년 씀"
        if kept is not skill and (kept.level is None or kept.years is None):
            level, years = _or(kept.level, skill.level), _or(kept.years, skill.years)
            first[skill.skill_id] = replace(kept, level=level, years=years)
    named = tuple(first.values())
    if context.stranded(vocab, stances, named, mentions=found):
        return Reading(text, (), (*unknown, *(one.text for one in named)), named)  # skill words in an everyday sense
    held = tuple(context.claimed(vocab, stances, named))
    aside = tuple(one for one in named if one not in held)
    return Reading(text, held, (*unknown, *(one.text for one in aside)), aside)


def _unasked_fields(text: str) -> list[tuple[int, int]]:
    """The spans of a posting's fields that ask for no skill ("근무지: 부산 강서구 (스마트팩토리 구축 기업)", "회사소개:
    2차전지 부품 제조 전문기업", "Company: a Busan-based AI startup", "[근무지] 녹산"), each from its label to the next
    field's label or mark, or the line's end."""
    if not UNASKED_CUE.search(text):
        return []  # the common case
    labels = list(FIELD_LABEL.finditer(text))
    spans = []
    for k, label in enumerate(labels):
        if normalise(label.group("bracketed") or label.group("plain")) not in UNASKED_FIELDS:
            continue
        end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        marks = [at for at in (text.find(mark, label.end(), end) for mark in NEXT_FIELD_MARKS) if at >= 0]
        spans.append((label.start(), _asked_within(text, label.end(), min(marks, default=end))))
    return spans


def _asked_within(text: str, start: int, end: int) -> int:
    """The field's end, or the start of its bracket or clause that asks for someone ("급여: 경력에 따라 협의 (CO2 용접
    경력자 우대)"): a skill asked for there is the posting's, whatever the field."""
    asked = ASKED_IN_FIELD.search(text, start, end)
    if asked is None:
        return end
    opened = max(text.rfind(mark, start, asked.start()) for mark in ASKED_PART_MARKS)
    return opened if opened >= 0 else end


def _within_any(word: Word, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= word.start < end for start, end in spans)


# A posting's fields that say where, who the company is, whom an event is for, or what the job gives (its pay and
# benefits: "복리후생: 사내 영어 회화 강좌 무료", "Benefits: night shift allowance"); no skill in them is asked for.
UNASKED_FIELDS = frozenset(
    normalise(label)
    for label in (
        *("근무지", "근무 장소", "근무장소", "근무지역", "근무 지역"),
        *("회사소개", "회사 소개", "기업소개", "주요 고객사", "고객사"),
        *("참가대상", "참가 대상", "location", "work location", "company", "about us"),
        *("복리후생", "복리 후생", "복지", "복지 혜택", "복지혜택", "급여", "benefits", "perks"),
    )
)
# A field's label: a word or two before a colon, or a word in square brackets, at the line's start or after a
# separator, any bullet and any posting's number (phrases.POSTING_NUMBER).
_LABEL_WORD = r"[^\s:：,.;/|\[\]]{1,12}"
_LABEL = rf"{_LABEL_WORD}(?: {_LABEL_WORD})?"
FIELD_LABEL = re.compile(
    rf"(?:^|(?<=[\s,.·;/|■▶—-]))[\s\-·•▶■□○●◆※]*(?:{phrases.POSTING_NUMBER})?"  # "#1042 근무지: …"
    rf"(?:\[(?P<bracketed>{_LABEL})\]|(?P<plain>{_LABEL})\s*[:：](?!\d|//))"  # not a time (09:00) nor a link
)
# ... or a sentence's or a line's end, or a dash ("Location: Jinhae. Must have …", "근무지: 부산 - 용접 3년"); not
# a comma, which lists the field's own places ("근무지: 부산 강서구, 스마트팩토리 구축 기업").
NEXT_FIELD_MARKS = ("/", "■", "▶", "|", ". ", "\n", " - ", " — ")
# Words that ask for someone within a field, and the marks that open their part of it.
ASKED_IN_FIELD = re.compile("우대|필수|가능자|preferred|required", re.IGNORECASE)
ASKED_PART_MARKS = ("(", "[", ",")
UNASKED_CUE = re.compile(
    "|".join(
        ("근무", "소개", "고객사", "참가", "복리", "복지", "급여", "location", "company", "about", "benefit", "perk")
    ),
    re.IGNORECASE,
)


def _place_alone(clause: Sequence[Word]) -> bool:
    """A clause that is only a city or a district, filler aside: where the line's work was done."""
    said = [word for word in clause if not lexicon.is_quiet(word.form)]
    return len(said) == 1 and said[0].form in work_words.PLACE_FORMS


def _named_whole(vocab: Vocabulary, text: str, clause: Sequence[Word]) -> bool:
    """The clause, or words in a row within it, are a skill's name, though each word alone is filler ("3D 모델링
    가능자")."""
    runs = [(0, len(clause))] + [(i, j) for i in range(len(clause)) for j in range(i + 2, len(clause) + 1)]
    return any(normalise(text[clause[i].start : clause[j - 1].end]) in vocab.exact for i, j in runs)


def _listed_number(
    vocab: Vocabulary, clause: Sequence[Word], found: Sequence[Extracted]
) -> tuple[Extracted, list[str]] | None:
    """A clause begun with a number, listed after a skill named by a word and a number, that names a skill with that
    word ("ISO 9001, 14001 인증 관리": ISO 14001), where no skill read the clause."""
    first = clause[0]
    listed = sorted(found, key=lambda skill: skill.start)
    while listed and listed[-1].text.isdigit():  # the numbers listed before it: "ISO 9001, 14001, 45001"
        listed.pop()
    said = word_forms(listed[-1].text) if listed else []
    if not (first.text.isdigit() and len(said) == 2 and said[1].isdigit() and listed[-1].end < first.start):
        return None
    skill_id = vocab.exact.get(said[0] + first.form)
    if skill_id is None:
        return None
    named = Extracted(first.text, first.start, first.end, skill_id, "exact", 100.0)
    skills, _ = _attach(vocab, [named, *clause[1:]])
    return skills[0], [first.text]


def _standard_number(
    vocab: Vocabulary, clause: Sequence[Word], found: Sequence[Extracted]
) -> tuple[Extracted, list[str]] | None:
    """A bare number that is one standard's, a word of its certification right after it ("9001 인증 갱신 업무",
    "16949 고객 심사 대응", "14001 internal audit"): that standard, whose body people who work to it leave out; a
    number with no such word is any other (a bus, a part, a price). The standard with its level or years, and the
    words it understood."""
    if not any(word.form.startswith(CERTIFYING_FORMS) for word in clause):
        return None  # the common case
    for k, word in enumerate(clause):
        number = lexicon.less_particle(word.text, ABBREVIATION_PARTICLES_KO)
        skill_id = vocab.abbreviations.standard(number) if number.isdigit() else None
        if skill_id is None or any(skill.start <= word.start < skill.end for skill in found):
            continue
        if k and (clause[k - 1].form in NUMBERED_FORMS or clause[k - 1].form.endswith(NUMBERED_GLUED_FORMS)):
            continue  # an order's, a customer's, a room's number: "주문번호 45001 대응", "Room 9001 audit"
        if any(after.form.startswith(CERTIFYING_FORMS) for after in clause[k + 1 : k + 1 + CERTIFYING_REACH]):
            named = Extracted(word.text, word.start, word.end, skill_id, "exact", 100.0)
            skills, _ = _attach(vocab, [named if piece is word else piece for piece in clause])
            return skills[0], [word.text]
    return None


# Words between a standard's number and its word of certification at most, plus one: "16949 고객 심사".
CERTIFYING_REACH = 2
# Words of a standard's certification, beginning a word (인증을, 심사원, audits): its audit, its documents, its upkeep.
CERTIFYING_FORMS = tuple(
    normalise(word)
    for word in (
        *("인증", "심사", "인정", "문서", "대응", "갱신", "취득", "사후관리", "매뉴얼", "감사"),
        *("audit", "certif", "accredit", "compliance", "documentation"),
    )
)
# Words a number is the number of, right before it: an order's, a customer's, a room's, a model's.
NUMBERED_FORMS = frozenset(normalise(word) for word in ("주문", "no", "room", "호", "order", "model", "unit", "ticket"))
NUMBERED_GLUED_FORMS = (normalise("번호"),)  # "주문번호", "고객번호"


def _listed_work(vocab: Vocabulary, clause: Sequence[Word]) -> tuple[Extracted, list[str]] | None:
    """A clause of one Korean word, listed beside clauses that name skills, that names a skill with a word of work
    after it ("용접, 취부, 사상": 사상작업): among skills the word is that work, though alone it is as often another
    thing (사상, thought). The skill with its level or years, and the words it understood."""
    said = [word for word in clause if not lexicon.is_quiet(word.form)]
    if len(said) != 1 or not is_hangul(said[0].form):
        return None
    return _named_with_work(vocab, clause, said[0], said[0].form)


def _named_with_work(
    vocab: Vocabulary, clause: Sequence[Word], word: Word, form: str
) -> tuple[Extracted, list[str]] | None:
    """The skill a word (as `form`) names with a word of work after it (사상: 사상작업), with its level or years said
    in the clause, and the words it understood; None where it names none."""
    skill_id = next(filter(None, (vocab.exact.get(form + work) for work in work_words.LISTED_WORK_FORMS)), None)
    if skill_id is None:
        return None
    named = Extracted(word.text, word.start, word.end, skill_id, "exact", 100.0)
    skills, _ = _attach(vocab, [named if piece is word else piece for piece in clause])
    return skills[0], [word.text]


def _trade_work(
    vocab: Vocabulary, clause: Sequence[Word], found: Sequence[Extracted]
) -> tuple[Extracted, list[str]] | None:
    """A bare Korean word that names a skill with a word of work after it (사상: 사상작업), said in a clause of a
    shipyard's or a shop's other trades ("블록 사상 3년차", "가우징 후 사상 마무리", "가우징은 안 해봤고 사상만
    해봤어요"): that work, as in a list of them (`_listed_work`); not Busan's Sasang ("사상구 거주", "사상에서 3년").
    The skill with its level or years, and the words it understood."""
    if not any(word.text.startswith(TRADES_KO) for word in clause):
        return None  # the common case
    for word in clause:
        stem = lexicon.less_particle(word.text, BARE_TRADE_PARTICLES_KO)
        if stem not in BARE_TRADES_KO or any(skill.start <= word.start < skill.end for skill in found):
            continue
        after = next((w.text for w in clause if w.start > word.start), "")
        if after in SASANG_PLACES_KO:
            continue  # Busan's Sasang: "사상 공단 용접 3년"
        named = _named_with_work(vocab, clause, word, normalise(stem))
        if named is not None:
            return named
    return None


# A shipyard's or a shop's trades, beside which a bare word of work is that work ("블록 사상", "가우징 후 사상").
TRADES_KO = ("블록", "가우징", "용접", "그라인더", "취부", "족장", "도장", "배관")
BARE_TRADE_PARTICLES_KO = ("만", "은", "는", "도", "이", "을")
BARE_TRADES_KO = frozenset(("사상",))  # grinding's finish, a word of its own alone (thought, Sasang)
SASANG_PLACES_KO = frozenset(
    ("공단", "공장", "산단", "역", "역에서", "터미널", "쪽", "근처", "구", "구에서", "공단에서")
)


_T = TypeVar("_T")


def _or(value: _T | None, other: _T | None) -> _T | None:
    return other if value is None else value


def _read_clause(vocab: Vocabulary, text: str, clause: Sequence[Word]) -> tuple[list[Extracted], list[str]]:
    """The clause's skills as the covering of its words by skill names that understands the most words."""
    start, end = clause[0].start, clause[-1].end
    whole = vocab.exact.get(normalise(text[start:end]))
    if phrases.benefit_listed(text, text[start:end]):
        whole = None  # read with the clause's words: "ㆍ4대보험, 퇴직금 지급" lists a job's benefits
    if whole is not None:  # one name, whatever its punctuation: "JavaS(cript", "Penetrant testing (PT)"
        return [Extracted(text[start:end], start, end, whole, "exact", 100.0)], []
    clause = unglued(vocab, clause)
    years = _years_words(clause)
    listed = _languages(vocab, clause)
    alone = sum(not lexicon.is_quiet(word.form) for word in clause) == 1
    cover = _best_cover(vocab, clause, years, listed, fuzzy=True, alone=alone)
    if cover.fuzzy and _leaves_words(clause, cover, years) and not _sure_slips(vocab, clause, cover, years):
        sure = _sure_guesses(vocab, clause, cover, years)  # kept beside the words as typed: "Document translaton for …"
        cover = _best_cover(vocab, clause, years, listed, fuzzy=False, alone=alone)
        cover = _with_guesses(clause, cover, sure)
    if len(cover.matches) > 1 or not alone:  # a common word read as a slip among other words is that word
        cover = replace(
            cover, matches=tuple(match for match in cover.matches if not _common_guess(vocab, clause, match))
        )
    if any(word.form in CAPITALS_ONLY_FORMS for word in clause):
        cover = replace(cover, matches=tuple(match for match in cover.matches if not _chat_word(clause, match)))
    pieces: list[Extracted | Word] = []
    at = 0
    matches = verbs.work_done_named(vocab, clause, phrases.car_work(vocab, clause, cover.matches))
    matches = phrases.everyday(vocab, clause, phrases.named(vocab, clause, phrases.compounds(clause, matches)))
    matches = phrases.workpieces(vocab, clause, phrases.heads(vocab, clause, matches))
    matches = phrases.shipyards(vocab, clause, phrases.initials(vocab, clause, matches))
    matches = phrases.untraited(vocab, clause, phrases.completing(vocab, clause, matches))
    matches = phrases.specific(vocab, clause, phrases.paired(vocab, text, clause, matches))
    matches = phrases.spoken(vocab, clause, phrases.graded(vocab, clause, phrases.nationals(vocab, clause, matches)))
    matches = _graded_en(vocab, text, clause, matches)
    matches = phrases.instead(clause, phrases.announced(vocab, clause, phrases.controllers(clause, matches)))
    matches = phrases.expired(vocab, text, clause, phrases.crossed(clause, matches))
    matches = phrases.listed(vocab, text, clause, phrases.shared(vocab, text, clause, matches))
    matches = phrases.designed(vocab, clause, phrases.frameworks(vocab, clause, matches))
    matches = phrases.superiors(clause, phrases.made_for(vocab, clause, matches))
    matches = phrases.amenities(clause, phrases.goods(vocab, clause, matches))
    matches = phrases.documents(vocab, text, clause, matches)
    matches = phrases.offered(clause, phrases.courses_given(clause, phrases.licensed(vocab, clause, matches)))
    matches = phrases.received(vocab, clause, phrases.applied(vocab, clause, matches))
    matches = phrases.workplaces(vocab, clause, matches)
    matches = phrases.ordered(clause, phrases.scored(clause, phrases.counted(clause, matches)))
    matches = phrases.seasons(clause, phrases.honoured(vocab, clause, phrases.administered(text, clause, matches)))
    matches = phrases.shift_benefits(clause, phrases.conditions(vocab, text, clause, matches))
    matches = phrases.tool_scheduling(vocab, clause, matches)
    matches = phrases.done_for_writer(clause, phrases.pets(clause, matches))
    matches = phrases.interpreted(vocab, clause, phrases.others_interpreting(clause, matches))
    matches = phrases.warranties(clause, matches)
    for match in phrases.affirmed(clause, matches):
        pieces.extend(clause[at : match.start])
        start, end = clause[match.start].start, clause[match.stop - 1].end
        pieces.append(
            Extracted(text[start:end], start, end, match.skill_id, match.method, match.score, level=match.level)
        )
        at = match.stop
    pieces.extend(clause[at:])
    return _attach(vocab, pieces)


# A Korean national qualification's English name is its grade, then its field ("Craftsman CO2 Gas Arc Welding");
# writers say the field first and the grade last, in their own words and order ("CO2 arc welding craftsman",
# "Mechanical drawing craftsman (Computer Aided)", "Excavator operator craftsman licence", "GTAW craftsman"), or the
# grade first with "in" or "of" ("Industrial engineer in industrial safety"), as 용접 + 기능사 is 용접기능사.
GRADE_TITLES_EN = {"craftsman": "Craftsman", "engineer": "Engineer"}
INDUSTRIAL_EN = "industrial"
_INDUSTRIAL_GRADE = "Industrial Engineer"
GRADE_FIELD_LINKS_EN = frozenset(("in", "of"))  # "engineer in industrial safety", "craftsman of welding"
GRADE_SMALL_WORDS_EN = GRADE_FIELD_LINKS_EN | {"and"}  # inside a field's words: "air-conditioning and refrigerating"
# Words of operating said of many machines' qualifications: a field's words with them, never alone ("forklift operator
# craftsman", not "operator craftsman": Crane Operation's as much as Fork Lift Truck Operation's).
OPERATING_EN = phrases.OPERATORS - {"craftsman"}
GRADE_PAPERS_EN = frozenset(("licence", "license", "certificate", "cert", "exam", "qualification", "card"))
MASTER_EN = "master"  # Master Craftsman, a grade of its own
# An engineer said with no paper after it, beside words of a job held (worked as, an intern, at a firm, for years): a
# job title, no certificate ("Fire fighting facilities engineer at a building management company, 2 years").
_JOB_SAID_EN = frozenset(
    map(normalise, ("worked", "working", "work", "intern", "internship", "at", "year", "years", "months", "company"))
)
OPEN_BRACKET = "("
# Letters two words share from their start that make them one word's forms (excavator and excavating, operator and
# operation, electrical and electricity): five at least, and all but the shorter one's last three.
SHARED_STEM_MIN, STEM_ENDING_MAX = 5, 3
# Words of a field an engineer's grade needs, all said, with no paper after it: "information security engineer",
# "welding engineer" are jobs as often.
ENGINEER_FIELD_WORDS_MIN = 3


def _graded_en(vocab: Vocabulary, text: str, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """A grade word said after the words of a qualification's field, in any order, or before them after "in" or "of"
    or a bracket, names that qualification: the one of that grade whose field's words hold every word said (a word's
    other form: "excavator" of Excavating; a short form of its initials: "GTAW"), half of them at least, and fewest
    unsaid (CO2 arc welding is CO2 Gas Arc Welding's; "arc welding craftsman" is no one qualification's)."""
    if not any(word.form in GRADE_TITLES_EN for word in clause):
        return list(matches)  # the common case
    result = list(matches)
    for g, word in enumerate(clause):
        if word.form not in GRADE_TITLES_EN or not word.text.isascii():
            continue
        if g > 0 and clause[g - 1].form == MASTER_EN:
            continue  # a master craftsman is a grade above ("Master craftsman of welding is my dream")
        industrial = g > 0 and word.form == "engineer" and clause[g - 1].form == INDUSTRIAL_EN
        grade, first = (_INDUSTRIAL_GRADE, g - 1) if industrial else (GRADE_TITLES_EN[word.form], g)
        papered = g + 1 < len(clause) and clause[g + 1].form in GRADE_PAPERS_EN
        whole = grade == GRADE_TITLES_EN["engineer"] and not papered
        if whole and any(other.form in _JOB_SAID_EN for other in clause):
            continue  # a job title: "Worked as a big data analysis engineer intern", "… engineer at a company, 2 years"
        before, after, found = _field_before(clause, first), _field_after(text, clause, g), None
        for cut in range(len(before) + 1):  # the words nearest the grade that say a field: "Got my CO2 arc …"
            typed = [clause[k].form for k in (*before[cut:], *after) if clause[k].form not in GRADE_SMALL_WORDS_EN]
            found = _graded_field(vocab, grade, typed, whole=whole)
            if found is not None:
                before = before[cut:]
                break
        if found is None:
            continue
        start, stop = min((*before, first)), max((*after, g)) + 1
        if any(m.start < start < m.stop or m.start < stop < m.stop for m in result):
            continue  # a name reaching out of the words: read as it was
        kept = [m for m in result if m.stop <= start or m.start >= stop]
        result = sorted([*kept, Match(start, stop, found, "exact", 100.0, None)], key=lambda m: m.start)
    return result


def _field_before(clause: Sequence[Word], first: int) -> list[int]:
    """Positions of the Latin words right before a grade, joined by spaces, no small word first."""
    found: list[int] = []
    k = first - 1
    while k >= 0 and clause[k + 1].gap in ("space", "join") and clause[k].text.isascii() and clause[k].form.isalnum():
        if clause[k].form in GRADE_TITLES_EN or clause[k].form in lexicon.GRAMMAR_FORMS:
            break
        found.insert(0, k)
        k -= 1
    while found and clause[found[0]].form in GRADE_SMALL_WORDS_EN:
        found.pop(0)
    return found


def _field_after(text: str, clause: Sequence[Word], g: int) -> list[int]:
    """Positions of the Latin words after a grade and "in", "of" or an opening bracket: "engineer in industrial
    safety", "craftsman (Computer Aided)"."""
    if g + 1 >= len(clause):
        return []
    linked = clause[g + 1].form in GRADE_FIELD_LINKS_EN
    if not linked and text[clause[g].end : clause[g + 1].start].strip() != OPEN_BRACKET:
        return []
    found: list[int] = []
    for k in range(g + 2 if linked else g + 1, len(clause)):
        if (k > g + 1 and clause[k].gap not in ("space", "join")) or not clause[k].text.isascii():
            break
        found.append(k)
    return found


def _graded_field(vocab: Vocabulary, grade: str, typed: Sequence[str], *, whole: bool) -> str | None:
    if all(form in OPERATING_EN for form in typed):
        return None
    fits: dict[int, list[str]] = {}
    for skill in vocab.by_id.values():
        field = skill.name_en.removeprefix(grade + " ") if skill.qualification else ""
        if field == skill.name_en or not field:
            continue
        named = word_forms(field)
        said = _field_words_said(named, typed)
        if said is None or 2 * len(said) < len(named):
            continue
        if whole and (len(said) < len(named) or len(named) < ENGINEER_FIELD_WORDS_MIN):
            continue
        fits.setdefault(len(named) - len(said), []).append(skill.id)
    best = fits[min(fits)] if fits else []
    return best[0] if len(best) == 1 else None


def _field_words_said(named: Sequence[str], typed: Sequence[str]) -> set[int] | None:
    """Positions of a field's words the typed words say, or None where a typed word is none of them."""
    said: set[int] = set()
    for form in typed:
        at = [k for k, name in enumerate(named) if _same_word(form, name)] or _glued_of(named, form)
        at = at or _initials_of(named, form)
        if not at:
            return None
        said.update(at)
    return said


def _same_word(typed: str, named: str) -> bool:
    if typed == named:
        return True
    shared = next(
        (k for k, (a, b) in enumerate(zip(typed, named, strict=False)) if a != b), min(len(typed), len(named))
    )
    return shared >= max(SHARED_STEM_MIN, min(len(typed), len(named)) - STEM_ENDING_MAX)


def _glued_of(named: Sequence[str], typed: str) -> list[int]:
    """Two of the field's words written as one ("forklift": Fork Lift Truck Operation)."""
    return next(([k, k + 1] for k in range(len(named) - 1) if named[k] + named[k + 1] == typed), [])


def _initials_of(named: Sequence[str], typed: str) -> list[int]:
    """The field's words a short form of their initials says ("GTAW": Gas Tungsten Arc Welding), three at least."""
    if len(typed) < 3 or not typed.isalpha():
        return []
    for k in range(len(named) - len(typed) + 1):
        if "".join(name[:1] for name in named[k : k + len(typed)]) == typed:
            return list(range(k, k + len(typed)))
    return []


def _best_cover(
    vocab: Vocabulary, clause: Sequence[Word], years: set[int], listed: Mapping[int, str], *, fuzzy: bool, alone: bool
) -> _Cover:
    """The covering of the clause's words by skill names that understands the most (dynamic programming); a word in
    a list of languages (`listed`) is that language."""
    work_done = any(word.form in lexicon.WORK_DONE_FORMS for word in clause)  # no name cut short beside it
    spelled = [_spellings(vocab, word, fuzzy=fuzzy) for word in clause]  # each word's, once for every run over it
    best = [_Cover()] * (len(clause) + 1)
    for i in range(len(clause) - 1, -1, -1):
        if i in listed:
            language = Match(i, i + 1, listed[i], "fuzzy", ABBREVIATION_SCORE, None)
            best[i] = _extend(language, best[i + 1], clause[i : i + 1])
            continue
        options = (
            []
            if i in years
            else [
                _extend(match, best[match.stop], clause[i : match.stop])
                for match in _matches(vocab, clause, spelled, i, years, fuzzy=fuzzy, alone=alone, work_done=work_done)
            ]
        )
        best[i] = max([*options, best[i + 1]], key=_Cover.rank)  # on a tie the longest run from i, then skipping i
    return best[0]


def _leaves_words(clause: Sequence[Word], cover: _Cover, years: set[int]) -> bool:
    """Some word of the clause is neither in a skill nor filler, a level or years: the clause is not only about
    skills, and a typo read into it is a guess ("give spray tans" is not "hive"; "sell artwork" is not "shell").
    Filler with a slip of its own is filler ("용졉 경혐 3년"), and so is a word of grammar said with a skill ("writing
    technical manuals", "I like welidng": lexicon.GRAMMAR)."""
    return bool(_left_words(clause, cover, years))


def _left_words(clause: Sequence[Word], cover: _Cover, years: set[int]) -> list[int]:
    """Positions of the words the cover leaves that say something: not in a skill, years or `_unsaid`, nor a verb of
    having tried typed apart ("CAG 반년 해 봤어요", "고작대 타 봤어요", "모델 만들어 봤어요": `_tried_apart`)."""
    covered = {k for match in cover.matches for k in range(match.start, match.stop)} | years
    return [
        k
        for k, word in enumerate(clause)
        if k not in covered and not _unsaid(word) and not _tried_apart(clause, k) and not _schooled_at(clause, k)
    ]


def _schooled_at(clause: Sequence[Word], k: int) -> bool:
    """Word k is the school a skill was learnt at, after its preposition and any determiner ("… exel and powerpiont
    from college", "in high school", "at my uni"): when, said of the skills, not the clause's own subject."""
    if clause[k].form == HIGH_EN and k + 1 < len(clause) and clause[k + 1].form in SCHOOLS_EN:
        return _schooled_at(clause, k + 1)  # "in high school"
    before = [word.form for word in clause[max(0, k - 3) : k]]
    for said in (HIGH_EN, *lexicon.DETERMINER_FORMS):
        if before[-1:] == [said]:
            before.pop()
    return clause[k].form in SCHOOLS_EN and bool(before) and before[-1] in SCHOOLED_AT_EN


SCHOOLS_EN = frozenset(("college", "school", "university", "uni", "highschool", "class", "classes"))
SCHOOLED_AT_EN = frozenset(("from", "in", "at", "during"))
HIGH_EN = "high"


def _tried_apart(clause: Sequence[Word], k: int) -> bool:
    """Word k is a part of a verb of having tried typed apart, said as "해봤어요" glued: a bare stem of doing, riding or
    using before the auxiliary (해 봤어요, 타 본, 써 봄), or the auxiliary after such a stem or after a verb of doing
    in its 아/어 form (만들어 봤어요). Not the auxiliary alone, a verb of seeing: "용접 봤어요", "면접 봤어요"."""
    form = clause[k].form
    if form in _TRIED_STEMS:
        return k + 1 < len(clause) and clause[k + 1].form.startswith(_TRIED_AUXILIARY)
    if not form.startswith(_TRIED_AUXILIARY) or k == 0:
        return False
    before = clause[k - 1]
    return before.form in _TRIED_STEMS or (_unsaid(before) and before.text.endswith(_INFINITIVE_KO))


_TRIED_STEMS = frozenset(normalise(word) for word in ("해", "타", "써"))
# The auxiliary's past forms: having tried (봤어요, 봤고, 본 적, 봄); not 보고 싶어요, a wish.
_TRIED_AUXILIARY = tuple(normalise(word) for word in ("봤", "본", "봄"))
# The last syllables of a verb's 아/어 form an auxiliary follows ("만들어", "붙여", "배워", "해").
_INFINITIVE_KO = ("어", "아", "여", "워", "와", "해", "려", "쳐")


PLURAL = "s"


# Short forms that are as often a chat word or a first name, read as their skill only typed in capitals among other
# words ("WTG 정비 1년", "BESS 시공", "WAH certified"; not "wtg bro congrats", "Worked with Bess and Tom", "wah wah",
# "bwt I'm free on weekends"). Typed alone in a skill field, the whole field is still the name.
CAPITALS_ONLY = ("wtg", "bess", "wah", "bwt")
CAPITALS_ONLY_FORMS = frozenset(normalise(word) for word in CAPITALS_ONLY)


def _chat_word(clause: Sequence[Word], match: Match) -> bool:
    word = clause[match.start]
    return match.stop - match.start == 1 and word.form in CAPITALS_ONLY_FORMS and not word.text.isupper()


def _common_guess(vocab: Vocabulary, clause: Sequence[Word], match: Match) -> bool:
    """A common Korean word, or an everyday English one typed small, read as a slip: beside another skill's name it is
    the word said of it ("치수 측정" is measuring dimensions, not a jig and measuring; "리액트로 토이 프로젝트",
    "lots of customer service"). Alone, a common word may be the slip the field was typed with ("통영")."""
    word = clause[match.start]
    return (
        match.method == "fuzzy"
        and match.stop - match.start == 1
        and match.score != ABBREVIATION_SCORE  # a word of a list read as its skill ("TIG 용접(알루미늄, 스텐)")
        and (
            (
                is_hangul(word.form)
                and common_words.is_korean_word(word.text)
                and not _particle_like_end(vocab, word.text)
            )
            or (word.text.isascii() and word.text.islower() and common_words.is_everyday_english(word.form))
        )
        and word.form + PLURAL not in vocab.exact  # "python and panda": pandas, its s dropped
    )


def _sure_guesses(vocab: Vocabulary, clause: Sequence[Word], cover: _Cover, years: set[int]) -> list[Match]:
    """The cover's guesses that are sure slips each (`_sure_slips` of a cover of that one alone), a certificate's cut
    with its paper said right after it (`_with_paper`)."""
    return [
        _with_paper(clause, match) if match.score == ABBREVIATION_SCORE else match
        for match in cover.matches
        if match.method == "fuzzy"
        and (
            _certificate_cut(vocab, clause, match)
            if match.score == ABBREVIATION_SCORE
            else _sure_slips(vocab, clause, _Cover((match,), match.stop - match.start, 1), years)
        )
    ]


def _with_paper(clause: Sequence[Word], match: Match) -> Match:
    """A guess scored ABBREVIATION_SCORE (a certificate's cut or any other) and a certificate's paper right after it as
    one name, as the taxonomy's names with 자격증 are ("물관사 자격증 있어요 면접 때 보여드릴게요" is 물류관리사자격증
    held)."""
    if match.stop < len(clause) and clause[match.stop].text in CUT_PAPERS_KO:
        return replace(match, stop=match.stop + 1)
    return match


def _certificate_cut(vocab: Vocabulary, clause: Sequence[Word], match: Match) -> bool:
    """A certificate cut short to a Korean word that is no common word, sure in a sentence: one of four syllables or
    more ending in its grade ("기정산기", "자동화산기", "판금기능사", "공냉기사"), as no everyday word is one, or any
    said passed or obtained right after it, its grade between ("국무사 1급 붙었어요"). Other cuts are everyday words as
    often (조산기 있어요: premature labour; 건설사, 용접기, 공기계). A cut typed apart from its grade (`_spaced_grade`:
    "가스텅스텐 기능사") is read as typed glued."""
    spaced = match.stop == match.start + 2 and clause[match.start + 1].text in SPACED_GRADES_KO
    if not (match.stop == match.start + 1 or spaced) or not vocab.by_id[match.skill_id].qualification:
        return False
    word = clause[match.start]
    if common_words.is_common(word):
        return False
    if spaced:
        return len(_SYLLABLE.findall(word.text + clause[match.start + 1].text)) >= GRADED_CUT_SYLLABLES
    if _graded_cut(word):
        return True
    if (
        match.stop + 1 < len(clause)
        and stance.grade_word(clause[match.stop])
        and stance.grade_word(clause[match.stop + 1])
    ):
        return True  # its grade said after it: "유관사 2급 있어요"
    after = [later for later in clause[match.stop :] if not stance.grade_word(later)]
    papered = bool(after) and after[0].text in CUT_PAPERS_KO  # "물관사 자격증 있어요", "TC자격 따 두고"
    after = after[papered:]
    # the practical's pass is the certificate's: "기계설산 실기 합격"
    after = after[1:] if after[:1] and after[0].text == stance.PRACTICAL_KO and after[1:2] else after
    if not after:
        return False
    if after[0].text in stance.PASSED_NOUNS_KO:  # "국무사 합격", "물관사 합격 후 입사"; not "합격 후기", "합격 기준"
        return (
            len(after) == 1
            or after[1].text in AFTER_KO
            or after[1].text.startswith(PASSED_VERB_KO)
            or _news_received(after[1:])
        )
    if after[0].text.startswith(RESULT_PAPER_KO):  # its certificate of a pass: "물관사 합격증 받은 날"
        return True
    if after[0].text in PASSED_KO or after[0].text.startswith(stance.OBTAINED_LATER_KO):
        return len(after) == 1 or not after[1].text.startswith(ONCE_DONE_KO)  # not "유관사 합격하고 나면 …"
    if _obtained_last(after) and not any(
        word.form in vocab.exact or word.text.startswith(LEFT_OFF_KO) or _another_passer(word) for word in after[:-1]
    ):
        return True  # its obtaining said last, when between: "국무사 1급은 4학년 때 땄어요"; not another's
    # held, said of its paper or with its obtaining told later in the clause: "물관사 자격증 있어요 면접 때
    # 보여드릴게요", "국무사 있어요 무역학과 2학년 때 땄어요"
    held = after[0].text.startswith(stance.HELD_SAID_KO)
    return held and (papered or any(later.text.startswith(stance.OBTAINED_LATER_KO) for later in after))


def _another_passer(word: Word) -> bool:
    """Another named as the one who passed, before the pass said last ("… 같이 공부했는데 걔만 합격", "동생이 합격")."""
    named = word.text.startswith(OTHER_PASSERS_KO)
    return named or any(word.text == kin + particle for kin in stance.KIN_KO for particle in PASSER_PARTICLES_KO)


def _obtained_last(after: Sequence[Word]) -> bool:
    """The clause ends in an obtaining done: a past form ("땄어요", "붙음"), a résumé's noun ("… 석 달 만에 합격", "…
    재도전해서 합격") or 따 with a past of keeping ("졸업 전에 따 둠", "따 놨어요"); not the written part's pass ("…기사
    필기 합격")."""
    if len(after) > 1 and after[-2].text.startswith(stance.WRITTEN_KO):
        return False
    last = after[-1].text
    if last.startswith(context.OBTAINED_LATER_KO) or last in stance.PASSED_NOUNS_KO:
        return True
    return len(after) > 1 and after[-2].text == OBTAINED_STEM_KO and last.startswith(KEPT_KO)


def _news_received(after: Sequence[Word]) -> bool:
    """A pass's news said received right after it, last or the day it came: the writer's pass ("합격 소식 들었어요",
    "합격 연락 왔어요", "합격 문자 받은 날", "합격 소식 들은 날 울었어요"); not news waited for ("합격 발표 기다려요"),
    news thought received ("합격 문자 받은 줄 알았는데 스팸이었어요") nor told on of another ("… 들었어요 동생이요")."""
    if len(after) < 2 or after[0].text not in PASS_NEWS_KO or not after[1].text.startswith(NEWS_RECEIVED_KO):
        return False
    return len(after) == 2 or after[2].text in NEWS_DAY_KO


GRADED_CUT_KO, GRADED_CUT_SYLLABLES = ("산기", "기능사", "기사"), 4
# Words between a cut and an obtaining said last that leave the cut off: "국무사 1급은 떨어지고 무역영어 땄어요",
# "물관사 공부하다가 포기하고 컴활 땄어요".
LEFT_OFF_KO = ("떨어", "포기", "공부하", "말고", "불합격", "낙방", "접고", "그만")


def _graded_cut(word: Word) -> bool:
    """A Korean word of four syllables or more ending in a certificate's grade, as no everyday word is one."""
    return word.text.endswith(GRADED_CUT_KO) and len(_SYLLABLE.findall(word.text)) >= GRADED_CUT_SYLLABLES


# A pass or an obtaining said done ("취득함", "합격하고"; the past forms are stance.OBTAINED_LATER_KO), or of its day
# ("딴 날"), or as a noun said last or before what followed it or its verb.
PASSED_KO = stance.OBTAINED_THEN_KO | {"합격함", "취득함", "합격해서"} | context.PASSED_ADNOMINAL_KO
ONCE_DONE_KO = "나면"  # a pass to come: "합격하고 나면 뭐 하지"
RESULT_PAPER_KO = "합격증"
AFTER_KO, PASSED_VERB_KO = frozenset(("후", "후에")), ("했", "하고", "해서")
# A certificate's paper said right after its cut, which says the cut is a certificate ("물관사 자격증 있어요").
CUT_PAPERS_KO = frozenset((*stance.CERTIFICATE_WORDS_KO, "자격"))
# 따 and a past of keeping it, said last ("따 둠", "따 뒀어요", "따 놨어요"); not to come ("따 둘게요", "따 놓으면").
OBTAINED_STEM_KO, KEPT_KO = "따", ("둠", "뒀", "두었", "놨", "놓았", "놓음")
# A pass's news, and its receiving ("합격 문자 받은 날", "합격 통보 받았어요", "합격 소식 들었어요").
PASS_NEWS_KO = frozenset(("문자", "소식", "통보", "연락", "메일"))
NEWS_RECEIVED_KO = (*phrases.RECEIVED_KO, "왔", "들었", "들은")
NEWS_DAY_KO = frozenset(("날", "날에", "날은", "때", "순간"))  # the day it came: "합격 문자 받은 날"
# Another as the pass's subject, said by a pronoun ("걔만 합격", "그분이 합격") or a relative or friend with its
# subject's particle or 만 ("동생만 합격", "친구가 합격").
OTHER_PASSERS_KO = ("걔", "쟤", "그분", "그애")
PASSER_PARTICLES_KO = ("이", "가", "은", "는", "만", "도")


def _firm(vocab: Vocabulary, word: Word, skill_id: str) -> bool:
    """The cut is the name's first word with 사, a firm of its trade ("유통사 합격했어요": hired by a distributor, no
    유통관리사)."""
    text, name = word.text, vocab.by_id[skill_id].name_ko
    return text.endswith(FIRM_KO) and len(text) > 1 and name.startswith(text[:-1])


FIRM_KO = "사"


def _with_guesses(clause: Sequence[Word], cover: _Cover, guesses: Sequence[Match]) -> _Cover:
    """The cover with the sure guesses whose words it leaves or reads only in part, in order: a name with a sure slip
    is the name, not the word of it typed as is ("육썽 용접 2년": overlay welding, not welding), unless the slip is a
    Korean word ("육상 용접": onshore welding)."""
    added = [
        guess
        for guess in guesses
        if not any(_overlap(match, guess) and not _within(match, guess) for match in cover.matches)
        and not (any(_within(match, guess) for match in cover.matches) and _korean_word_in(clause, guess, cover))
    ]
    if not added:
        return cover
    dropped = [match for match in cover.matches if any(_within(match, guess) for guess in added)]
    kept = [match for match in cover.matches if match not in dropped]
    matches = tuple(sorted((*kept, *added), key=lambda match: match.start))
    covered = cover.covered + sum(m.stop - m.start for m in added) - sum(m.stop - m.start for m in dropped)
    return _Cover(matches, covered, cover.fuzzy + len(added) - sum(m.method == "fuzzy" for m in dropped))


def _korean_word_in(clause: Sequence[Word], guess: Match, cover: _Cover) -> bool:
    """Some word of the guess that the cover leaves is a common Korean word."""
    read = {k for match in cover.matches for k in range(match.start, match.stop)}
    return any(common_words.is_korean_word(clause[k].text) for k in range(guess.start, guess.stop) if k not in read)


def _overlap(a: Match, b: Match) -> bool:
    return a.start < b.stop and b.start < a.stop


def _within(inner: Match, outer: Match) -> bool:
    return outer.start <= inner.start and inner.stop <= outer.stop


def _sure_slips(vocab: Vocabulary, clause: Sequence[Word], cover: _Cover, years: set[int]) -> bool:
    """Every guess the cover makes is a slip no other word makes (`_sure_slip`), so the words it leaves are said of the
    skill ("Pyhton scripting", "Scrubbr retrofit", "텐서프로 모델 학습"), not the clause's own subject ("playing the
    piano" is no plating: a neighbouring key makes another word), or a product's word with its version glued
    ("YOLOv8 커스텀 학습"). Other guesses (an abbreviation, a language for its country, a word read as a broader name)
    stay guesses."""

    left = _left_words(clause, cover, years)
    worked = all(_work_said(clause[k]) or _where(clause, k) for k in left)
    done = _done_for_years(clause, years) or 0  # 0: no verb of years done
    worked_before = done > 0 and all(_work_said(clause[k]) or _where(clause, k) for k in left if k < done)

    def sure(match: Match) -> bool:
        if _between_place_and_work(clause, match):
            return False
        if _anchored_in(vocab, clause, match):
            return True  # the name's other words typed as they are: "알루미늄 욤접 가능해요"
        if match.score == ABBREVIATION_SCORE and _own_name_left(vocab, match, [clause[k] for k in left]):
            return True
        worked_here = worked or all(_of_related(vocab, match.skill_id, clause[k]) for k in left)
        words = [
            word
            for k, word in enumerate(clause[match.start : match.stop], match.start)
            if not lexicon.is_quiet(word.form) and not _particle_after_latin(clause, k)
        ]
        unknown = [word for word in words if not _typed_as_is(vocab, word) and not _glued_in(vocab, match, word)]
        slipped = [word for word in unknown if unversioned(vocab, word) is None]  # "YOLOv8" is the product
        inflected = any(word.form not in vocab.lexicon.words for word in words if word not in unknown)
        if inflected and any(is_hangul(word.form) and common_words.is_word(word.text) for word in slipped):
            return False  # beside a word with its particle, a Korean word is that word: "제과 작업은", "도자 작업은"
        typed_as_is = sum(len(word.form) for word in words if word not in unknown)
        shortest = SLIP_BESIDE_LONG_LETTERS if typed_as_is >= LONG_NAME_TYPED_LETTERS else SURE_SLIP_LETTERS
        if len(words) > len(unknown) and all(
            len(word.form) >= shortest
            and near(vocab, word.form)
            and (len(word.form) >= SURE_SLIP_LETTERS or not _meant_as_typed(vocab, word))  # "date warehouse"
            for word in slipped
            if singular(vocab, word) is None  # a name's word in the plural ("Microsfot Foundation Classes")
        ):
            return bool(unknown)  # the name's other words typed as they are: "Cold chian operations"
        if worked_here or not (worked_before and match.stop < done):
            return bool(unknown) and all(_sure_slip(vocab, word, worked=worked_here) for word in slipped)
        # The years' verb and the words after it, what the work was done on ("두조 2년 했어요 밸브 몸체"): a slip no
        # word of Korean is, with no one else named there ("두조 30년 했어요 울 아빠").
        return (
            bool(unknown)
            and not any(
                stance.kin_subject(clause, k) for k in range(max(done, len(clause) - KIN_LAST_WORDS), len(clause))
            )
            and all(_sure_slip(vocab, word, worked=True) and not common_words.is_word(word.text) for word in slipped)
        )

    return all(sure(match) for match in cover.matches if match.method == "fuzzy")


def _anchored_in(vocab: Vocabulary, clause: Sequence[Word], match: Match) -> bool:
    """The match is a name with all its words typed as they are but one, slipped in a vowel or a final (`anchored`),
    or such a name with a verb's ending after it cut off ("서버 관라 하면서": 서버 관리)."""
    run = clause[match.start : match.stop]
    cut = {stem for stem, _, as_typed in stems(run) if not as_typed}
    return any(
        found.skill_id == match.skill_id
        and (found.stop == match.stop or "".join(word.form for word in clause[found.start : found.stop]) in cut)
        for found in anchored(vocab, clause, match.start, len(run))
    )


def _particle_after_latin(clause: Sequence[Word], k: int) -> bool:
    """Word k is a particle glued straight after a Latin word ("Kubernets로 배포", "terrafrom으로"): the Latin word's
    case, not a second word of the name typed with a slip."""
    word = clause[k]
    return (
        k > 0
        and word.gap == "glued"
        and word.form in lexicon.PARTICLE_FORMS
        and not is_hangul(clause[k - 1].form)
        and any(letter.isalpha() for letter in clause[k - 1].form)
    )


def _own_name_left(vocab: Vocabulary, match: Match, left: Sequence[Word]) -> bool:
    """Every word left is a word of the abbreviated skill's own name, the abbreviation said with its name's rest
    ("OFC 절단 2년": 가스 절단), not the clause's other subject ("OFC 포설": laying optical cable)."""
    return bool(left) and all(match.skill_id in vocab.name_users.get(word.form, frozenset()) for word in left)


def _of_related(vocab: Vocabulary, skill_id: str, word: Word) -> bool:
    """A word of work said of the guessed skill, or a word of the name of a skill related to it: what is done with it
    ("케드 도면 수정": 도면 작성 is related to AutoCAD), not the clause's own subject ("골프장 캐디")."""
    return _work_said(word) or not vocab.related.get(skill_id, frozenset()).isdisjoint(
        vocab.name_users.get(word.form, ())
    )


def _typed_as_is(vocab: Vocabulary, word: Word) -> bool:
    """A word of names, or a Korean one with its particle or ending ("뵤링 가공으로": 가공)."""
    return word.form in vocab.lexicon.words or (
        is_hangul(word.form) and any(stem in vocab.lexicon.words for stem, _, _ in stems([word]))
    )


def _glued_in(vocab: Vocabulary, match: Match, word: Word) -> bool:
    """A Korean word of the guessed name typed as is where the name glues it to the word slipped ("젼기 공사 보조":
    전기공사, whose 공사 no name has apart), not a second slip."""
    skill = vocab.by_id[match.skill_id]
    return (
        match.stop - match.start > 1
        and is_hangul(word.form)
        and any(word.form in normalise(name) for name in (skill.name_ko, *skill.aliases) if is_hangul(normalise(name)))
    )


def _meant_as_typed(vocab: Vocabulary, word: Word) -> bool:
    """A short everyday English word in small letters, one slip from a word of names, is the word typed ("keep
    up-to date warehouse database": no data); capitalised, a title's first word, it is a slip as often ("Shel
    scripting", "Clod computing")."""
    return word.text.islower() and any(
        common_words.meant_as_typed(word.form, meant) for meant, _ in near(vocab, word.form)
    )


def _done_for_years(clause: Sequence[Word], years: set[int]) -> int | None:
    """Where a clause of years ends with its verb of doing or running ("두조 2년 했어요 밸브 몸체", "선빈 2년 돌렸어요
    자전거 부품": after the verb), or None: what follows says what the work was done on or where, a memo's
    afterthought; `years`: `_years_words`'s."""
    if not years:
        return None
    return next(
        (k + 1 for k, word in enumerate(clause) if k > min(years) and (word.form in YEARS_DONE_FORMS or ran(word))),
        None,
    )


# Words at a clause's end a relative named after the years' verb is said in as the one who did it ("두조 30년 했어요 울
# 아빠"); earlier, the relative begins a clause of their own ("용졉 3년 했어요 형이 하던 공장에서").
KIN_LAST_WORDS = 2
# A verb of years done, said last in a memo ("2년 했어요"); not a word of ability or a clause going on ("했고").
YEARS_DONE_FORMS = frozenset(
    normalise(word) for word in ("했어요", "했음", "했습니다", "했었어요", "했었음", "해왔어요", "일했어요", "함")
)


def _where(clause: Sequence[Word], k: int) -> bool:
    """Word k says where the work was done: a city, or in a clause of years, a workplace or the trade named before
    one ("도잔 1년 했어요 가구 공장"; not "… 알고 물류 회사에서 재고 관리 해요", where a verb is read as a slip)."""
    if clause[k].form in work_words.PLACE_FORMS:
        return True
    workplace = any(word.form in _WORK_SITES for word in clause[k : k + 2])
    return workplace and any(word.form in lexicon.YEAR_FORMS or word.form in lexicon.MONTH_FORMS for word in clause)


# Workplaces a guess beside them is said at: a trade's workplace (phrases.WORKPLACES_KO), or a site ("포항 흥해 현장").
_WORK_SITES = phrases.WORKPLACES_KO | frozenset(
    normalise(word)
    for word in ("현장", "현장에서", "협력사", "협력업체")  # "조선소 협력사"; not 하청 (하청 도급)
)


def _between_place_and_work(clause: Sequence[Word], match: Match) -> bool:
    """A guess right after a city and right before a workplace is the place's part or the firm's name ("포항 흥해
    공장", "진주 얀마 공장"), not a slip of a skill."""
    before = clause[match.start - 1].form if match.start > 0 else ""
    after = clause[match.stop].form if match.stop < len(clause) else ""
    return before in work_words.PLACE_FORMS and after in _WORK_SITES


def _sure_slip(vocab: Vocabulary, word: Word, *, worked: bool) -> bool:
    """The word is one slip from a word of names, and no word of its own: a word of three syllables or more that is no
    common Korean word (전역 and 통영 are two syllables, 프런트 and 라이더 common words, one slip from 프론트 and
    레이더), or a word of five letters or more that is no common English word ("deliver" is not delivery, nor
    "playing" plating); a shorter Korean word where the words left are words of the work done with it (`worked`:
    "섬급 대응", "단녈 시공"; "팀 리딩" is a common word), or a two-syllable one only a Sino-Korean word is one slip
    from, and no Korean word of its own ("자동차 부품 엉업 1년", "감만 하녁 6개월"; not "비계 빼고", "조선소 도크 현장":
    `common_words.slips_from_sino_korean`)."""
    meant = [form for form, _ in near(vocab, word.form)]
    if is_hangul(word.form):
        if not meant:  # its particle cut off, where what is left is no word: "매트랍으로", not "지사까지", "테스트까지"
            meant = [form for stem in _particle_cut(vocab, word.text) for form, _ in near(vocab, normalise(stem))]
        syllables = len(_SYLLABLE.findall(word.text))
        long_enough = (
            worked
            or syllables >= SURE_SLIP_SYLLABLES
            or (syllables == 2 and common_words.slips_from_sino_korean(word.text, meant))
            or (syllables == 2 and common_words.rare_syllable(word.text))  # "닷녯 2년차"
        )
    else:
        long_enough = len(word.form) >= SURE_SLIP_LETTERS
    return (
        long_enough and bool(meant) and not (common_words.is_common(word) and not _particle_like_end(vocab, word.text))
    )


def _particle_like_end(vocab: Vocabulary, text: str) -> bool:
    """A Korean word (or a word's stem less a real particle, `_particle_cut`: "카프가로") that is a name's beginning and
    a particle where the particle is the name's last syllable with its first consonant written for one that sounds
    alike ("카프가 실습": 카프카, no 카프 with its subject's 가): the name, not a word of the list less its particle.
    A key beside it is the particle ("전공이" is no 전공기), and a final slipped is no such case ("공구가" is no
    공구강)."""
    form = normalise(text)
    if len(text) <= PARTICLE_STEM_SYLLABLES or text[-1] not in common_words.PARTICLES:
        return False
    stem = normalise(text[:-1])
    if stem not in vocab.prefixes or stem in vocab.lexicon.words:
        return False
    return any(
        meant in vocab.exact
        and len(meant) == len(form)
        and meant.startswith(stem)
        and meant[len(stem)] != form[len(stem)]
        for meant, cost in near(vocab, form)
        if cost == SOUND_ALIKE_COST
    )


PARTICLE_STEM_SYLLABLES = 2  # a name's beginning before a particle-like syllable, at least ("카프가")


def _particle_cut(vocab: Vocabulary, text: str) -> list[str]:
    """The Hangul word less a particle, where what is left is no Korean word and long or odd enough to be no other
    word's slip: three syllables or more, or a syllable no word has ("매트랍으로": 매트랍; "닷녯으로": 닷녯); or a
    name's beginning and its last syllable like a particle (`_particle_like_end`: "카프가로": 카프가)."""
    cut = [
        text[: -len(particle)]
        for particle in (*lexicon.EVERYDAY_PARTICLES, *lexicon.LISTING_PARTICLES)
        if text.endswith(particle)
    ]
    return [
        stem
        for stem in cut
        if (len(stem) >= SURE_SLIP_SYLLABLES or common_words.rare_syllable(stem))
        and (not common_words.is_korean_word(stem) or _particle_like_end(vocab, stem))
    ]


def _unsaid(word: Word) -> bool:
    """Filler, a level or years, a slip of filler, or grammar: a word that says nothing of its own (_leaves_words)."""
    form = word.form
    return (
        lexicon.is_quiet(form)
        or lexicon.is_quiet_slip(form)
        or form in lexicon.GRAMMAR_FORMS
        or form in lexicon.POSTING_FORMS  # a posting's heading: "[우대] 통괸 업무 경험자"
        or form in work_words.DOING_FORMS  # a verb of doing: "햐역 1년 했어요"
        or (word.gap == "glued" and form in lexicon.PARTICLE_FORMS)  # a particle after Latin letters: "MT는", "TF로"
    )


def _work_said(word: Word) -> bool:
    """A Korean word of the work done with a skill ("선급 대응", "단열 시공"), or of a machine run ("돌렸어요")."""
    form = word.form
    return is_hangul(form) and (
        form in work_words.WORK_SAID_FORMS or form in work_words.WORK_DONE_SAID_FORMS or ran(word)
    )


def _years_words(clause: Sequence[Word]) -> set[int]:
    """Positions of the words that say years ("3 년", "3yrs", "1년 반", "반년", "두 달", "two years"), as `_said` reads
    them: never part of a skill name (파이썬 3년 isn't 파이썬3)."""
    found: set[int] = set()
    for k, word in enumerate(clause):
        if (
            lexicon.years_in_word(word.text.lower()) is not None
            or lexicon.sino_years_in_word(word.text) is not None
            or word.form in lexicon.HALF_YEAR_FORMS
        ):
            found.add(k)
        elif _amount(word) is not None and k + 1 < len(clause):
            unit = clause[k + 1].form
            if unit in lexicon.YEAR_FORMS or unit in lexicon.MONTH_FORMS:
                found.update((k, k + 1))
    after = {k + 1 for k in found if k + 1 < len(clause) and clause[k + 1].form in lexicon.HALF_AFTER_FORMS}
    # the ordinal's 차 typed apart ("5년 차예요"), as glued ("5년차예요") it is part of the years' word
    after |= {k + 1 for k in found if k + 1 < len(clause) and clause[k + 1].text in YEARS_ORDINAL_KO}
    return found | after


YEARS_ORDINAL_KO = frozenset(("차", "차예요", "차에요", "차입니다", "차임", "차요", "차고", "차인데", "차라"))


def _run_length(clause: Sequence[Word], i: int, reserved: set[int]) -> int:
    """Words from i on that may belong to one skill name: no bracket, & or + between them, no years."""
    n = 1
    while i + n < len(clause) and clause[i + n].gap != "break" and i + n not in reserved and n < MAX_SPAN:
        n += 1
    return n


def _extend(match: Match, rest: _Cover, run: Sequence[Word]) -> _Cover:
    """A match followed by the best reading of the rest; filler swallowed by a match understands nothing more."""
    covered = max(1, sum(not lexicon.is_quiet(word.form) for word in run))
    return _Cover((match, *rest.matches), rest.covered + covered, rest.fuzzy + (match.method == "fuzzy"))


def _matches(
    vocab: Vocabulary,
    clause: Sequence[Word],
    spelled: Sequence[Sequence[tuple[str, float]]],
    i: int,
    reserved: set[int],
    *,
    fuzzy: bool,
    alone: bool,
    work_done: bool,
) -> list[Match]:
    """Every run of words from i on that names a skill, longest first; one word of filler never does; one word
    that names nothing may still abbreviate one skill (`alone`: the clause says nothing else).

    The run grows a word at a time while some spelling of it (each word as typed or one slip from a known word)
    still begins a skill name, so a clause costs a few lookups per word however many names the taxonomy has.
    """
    letters = _letter_run(clause, i)
    if letters < 0:  # inside letters written as one abbreviation ("C/O"): no letter of it is a skill ("C")
        return []
    if clause[i].form in ARTICLES_EN and i + 1 < len(clause) and clause[i + 1].gap == "space":
        return []  # an article begins no name: "a VR museum tour" is no AVR
    found: list[Match] = []
    if letters and fuzzy:
        initials = _initials(vocab, clause[i : i + letters])
        if initials is not None:
            found.append(Match(i, i + letters, *initials))
    length = _run_length(clause, i, reserved)
    if length > 1:
        found.extend(verbs.reordered(vocab, clause, i, length))
        found.extend(verbs.work_done(vocab, clause, i))
    if fuzzy:
        found.extend(_headed(vocab, clause, i, length))
        found.extend(spaced(vocab, clause, i, length))
        found.extend(anchored(vocab, clause, i, length))
        found.extend(_spaced_grade(vocab, clause, i, alone=alone))
    spellings: dict[str, float] = {"": 0.0}
    for n in range(1, length + 1):
        run = clause[i : i + n]
        spellings = _grow(vocab, spellings, spelled[i + n - 1])
        if (n == 1 and lexicon.is_quiet(run[0].form)) or n < letters:
            if not spellings:
                break
            continue
        match = (
            _named(
                vocab,
                spellings,
                run,
                fuzzy=fuzzy,
                worked_on=lambda: verbs.worked_on(clause, i),
                made=lambda: verbs.made(clause, i),
            )
            or _stemmed(
                vocab,
                run,
                fuzzy=fuzzy,
                after=_after_run(clause, i, i + n),
                listed=partial(_listed_on, vocab, clause, i + n),
            )
            or (_fragment(vocab, run) if fuzzy else None)
            or (_field_short_form(vocab, run[0], clause) if n == 1 else None)
            or (_abbreviated(vocab, run[0], clause, work_done=work_done, alone=alone) if n == 1 and fuzzy else None)
            or (_model(vocab, run[0]) if n == 1 else None)
        )
        if match is not None and not (n == letters and (found or _product(vocab, match[0], run))):
            skill_id, method, score, level = match
            found.append(Match(i, i + n, skill_id, method, score, level))
        if not spellings:
            break
    if clause[i].form in lexicon.WRITER_SUBJECT_FORMS:  # the writer begins no slip: "전 용접 4년차" (I, not 점 용접)
        found = [match for match in found if match.method != "fuzzy"]  # "전 자세 용접" is a name
    return sorted(found, key=lambda match: match.stop, reverse=True)


ARTICLES_EN = frozenset(("a", "an", "the"))


def _spellings(vocab: Vocabulary, typed: Word, *, fuzzy: bool) -> tuple[tuple[str, float], ...]:
    """How the word `typed` may be spelled in a name, each with its slip's cost: as typed, less a particle or a
    verb's ending, and (`fuzzy`) a plural, a version, a doer or a slip away."""
    form = typed.form
    options: list[tuple[str, float]] = [(form, 0.0)]
    options += [(word, PLURAL_COST) for word in (_guesses(vocab, typed) if fuzzy else ()) if word is not None]
    as_verb = None if form in vocab.lexicon.words else vocab.inflected.get(form)  # no guess: a verb's own endings
    marked = lexicon.unmarked(form)  # a Korean subject or object before its verb ("문제를 해결하는"), less its particle
    if marked != form and form not in vocab.lexicon.words:
        options.append((marked, 0.0))
    if as_verb is not None:
        options.append((as_verb, 0.0))
    if fuzzy and not (form in vocab.lexicon.words or lexicon.is_quiet(form) or len(form) <= EXACT_ONLY_MAX_LEN):
        slips = [(word, slip) for word, slip in near(vocab, form) if not coded(typed, word)]
        # a slip with its particle: "셀래니움으로 자동 테스트", "워드프래스로 홈페이지"
        if not slips and is_hangul(form):
            slips = [
                (word, slip) for stem in _particle_cut(vocab, typed.text) for word, slip in near(vocab, normalise(stem))
            ]
        options += slips
        if form.endswith("s") and form.isascii() and not typed.text[:-1].isupper():  # a plural with a slip
            plurals = near(vocab, form[:-1])  # ("Forkliffs"), of a thing a name names, as spelling.singular reads
            options += [(word, slip + PLURAL_COST) for word, slip in plurals if slip and word in vocab.countable]
    return tuple(options)


def _grow(vocab: Vocabulary, spellings: dict[str, float], options: Sequence[tuple[str, float]]) -> dict[str, float]:
    """The spellings (with their slips' cost) that still begin a skill name once a word spelled as one of `options`
    (`_spellings`) is added."""
    grown: dict[str, float] = {}
    for before, cost in spellings.items():
        for word, slip in options:
            spelling = before + word
            if spelling in vocab.prefixes and cost + slip < grown.get(spelling, float("inf")):
                grown[spelling] = cost + slip
    return grown if len(grown) <= MAX_SPELLINGS else {}


def _guesses(vocab: Vocabulary, typed: Word) -> tuple[str | None, ...]:
    """The word in the singular, without its version, or as the thing rather than who does it: no slip."""
    return singular(vocab, typed), unversioned(vocab, typed), agentive(vocab, typed), ese_misspelt(vocab, typed)


Found = tuple[str, Method, float, int | None]


def _named(
    vocab: Vocabulary,
    spellings: dict[str, float],
    run: Sequence[Word],
    *,
    fuzzy: bool,
    worked_on: Callable[[], bool] = lambda: False,
    made: Callable[[], bool] = lambda: False,
) -> Found | None:
    """The cheapest spelling that is a whole skill name, or (`fuzzy`: a guess) the plural of one, where the plural is
    a word of names itself ("Microservices" of Microservices architecture) or is read with a slip ("Mircoservices");
    `worked_on`: whether the run is the object of an English verb of work (asked only of a plural)."""
    spaced = len(run) > 1
    named = [
        (cost, spelling)
        for spelling, cost in spellings.items()
        if spelling in vocab.exact
        and not (cost and _word_of_its_own(vocab, run, spelling))
        and not (spaced and spelling in vocab.glued_thousands)  # "XG 5K 마라톤"; XG5K is glued
    ]
    named += [
        (cost + PLURAL_COST, spelling[:-1])
        for spelling, cost in spellings.items()
        if fuzzy and spelling[-1:] == "s" and spelling in vocab.countable and spelling[:-1] in vocab.exact
    ]
    if not named:
        return None
    cost, spelling = min(named, key=lambda option: option[0])  # of two alike, the likelier slip (`near`'s order)
    if cost == 0.0 or (cost == PLURAL_COST and _plural_named(vocab, run, spelling, worked_on, made)):
        return vocab.exact[spelling], "exact", 100.0, None
    return vocab.exact[spelling], "fuzzy", fuzz.ratio("".join(word.form for word in run), spelling), None


def _plural_named(
    vocab: Vocabulary, run: Sequence[Word], spelling: str, worked_on: Callable[[], bool], made: Callable[[], bool]
) -> bool:
    """A plural that is surely its name's, asked only of a plural: worked on, certain by its form, or a thing made."""
    if worked_on() or _certain_plural(run, spelling):
        return True
    return made() and _made_thing(vocab.by_id[vocab.exact[spelling]])


def _made_thing(skill: Skill) -> bool:
    """A skill whose plural is a thing made: a product's manufacturing ("propellers") or code ("web crawlers"); not a
    machine operated ("paper cranes", "flower presses")."""
    return skill.category in work_words.CODED_CATEGORIES or MANUFACTURING_EN in skill.name_en.lower()


MANUFACTURING_EN = "manufacturing"


def _word_of_its_own(vocab: Vocabulary, run: Sequence[Word], spelling: str) -> bool:
    """One everyday English word, not in capitals, that `spelling` reads as a slip of a name is the word the writer
    meant ("Good at singing": no slip of slinging), unless the name is far more frequent ("planing": planning) or is
    the word in another spelling ("mould")."""
    typed = run[0]
    return (
        len(run) == 1
        and not typed.text.isupper()
        and common_words.meant_as_typed(typed.form, spelling)
        and spelling not in _guesses(vocab, typed)
        and not _variant(typed.form, spelling)
        and spelling in dict(near(vocab, typed.form))
    )


def _variant(typed: str, meant: str) -> bool:
    """`typed` is `meant` in its British spelling ("mould", "colour", "centre", "organise") or its singular ("Sale")."""
    british = {typed.replace("ou", "o"), typed.replace("ise", "ize"), typed.replace("ll", "l")}
    if typed.endswith("re"):
        british.add(typed[:-2] + "er")
    return meant == typed + "s" or (meant in british and meant != typed)


def _certain_plural(run: Sequence[Word], spelling: str) -> bool:
    """A plural read as its name that is no guess: the last word of a name of two words or more, its head noun
    ("night shifts", "risk assessments"), or an abbreviation in capitals with a small s ("LLMs", "PLCs"). One
    word in the plural may be a verb or another thing ("molds", "sells"), so it is read only as a slip is."""
    last = run[-1].text
    if len(run) == 1:
        return len(last) > 2 and last.endswith("s") and last[:-1].isupper()
    said = "".join(word.form for word in run[:-1])
    return any(spelling == said + singular for singular in (run[-1].form[:-1], run[-1].form[:-2]))


def _after_run(clause: Sequence[Word], start: int, stop: int) -> str:
    """The word after a run: the next, or after a Korean name a verb of work put into a tool a few words on, past its
    object ("빅쿼리에 매출 데이터 적재", "구글 클라우드에 축제 예매 사이트 올렸어요"), not after a phone's or a school's
    storage ("클라우드에 과제 파일 업로드함"); a name in Latin letters keeps its particle apart ("GitHub에")."""
    later = [word.text for word in clause[stop : stop + PUT_OBJECT_WORDS + 1]]
    if later[:1] and later[0].startswith(lexicon.SURE_OF_KO) and len(later) > 1:
        return later[0] + later[1]  # with its verb: "자신 있습니다", "자신 있는 분" (spelling._about)
    if not later or not is_hangul(clause[start].form) or clause[start].text.startswith(STORAGE_KO):
        return later[0] if later else ""
    return next((text for text in later if text.startswith(work_words.WORK_IN_TOOL_KO)), later[0])


def _listed_on(vocab: Vocabulary, clause: Sequence[Word], stop: int) -> bool:
    """The word at `stop` names a skill as typed or less its ending, and the word before it ends in 에: a list said
    with 에 ("엑셀에 파워포인트에 포토샵까지", "용접기능사에 지게차기능사"), not a place ("조선소에 용접")."""
    if stop >= len(clause) or not clause[stop - 1].form.endswith(LOCATIVE_E):
        return False
    form = clause[stop].form
    named = form in vocab.exact or form.removesuffix(LOCATIVE_E) in vocab.exact  # "… 파워포인트에 포토샵까지"
    return named or any(stem in vocab.exact for stem, _, _ in stems([clause[stop]]))


PUT_OBJECT_WORDS = 4  # words of the object between a tool with 에 and its verb, at most
STORAGE_KO = ("클라우드",)  # the cloud bare, where files are kept


def _stemmed(
    vocab: Vocabulary, run: Sequence[Word], *, fuzzy: bool, after: str = "", listed: Callable[[], bool] = lambda: False
) -> Found | None:
    """A Korean run with its endings cut off, as typed or with one slip ("엑셀잘함", "엑쎌을"); `after`: the word
    after the run; `listed`: whether that word names a skill, to which 에 adds the run's ("엑셀에 파워포인트"),
    asked only where the run ends in 에."""
    for stem, level, as_typed in stems(run, after, listed=listed):
        skill_id = vocab.exact.get(stem)
        if skill_id is not None and _put_to(vocab, run, stem, skill_id, after):
            return skill_id, "exact", 100.0, level
        if fuzzy and not as_typed and len(stem) > EXACT_ONLY_MAX_LEN:
            for word, _ in near(vocab, stem):
                if word in vocab.exact:
                    return vocab.exact[word], "fuzzy", fuzz.ratio(stem, word), level
    return None


def _put_to(vocab: Vocabulary, run: Sequence[Word], stem: str, skill_id: str, after: str) -> bool:
    if run[-1].form.endswith(_LOCATIVES) and after.startswith(lexicon.FOLLOWED_KO):
        return phrases.DRIVEN.isdisjoint(word_forms(vocab.by_id[skill_id].name_en))  # not "크레인에 맞춰 신호수"
    put = run[-1].form.endswith(_LOCATIVES) and after.startswith(work_words.WORK_IN_TOOL_KO)  # "엑셀에 입력"
    return not put or (vocab.by_id[skill_id].category in work_words.TOOL_CATEGORIES and stem not in _ROOMS)


_ROOMS = frozenset(normalise(word) for word in ("오피스",))  # a program's name that is a room too ("공유 오피스에서")


_LOCATIVES = tuple(lexicon.LOCATIVE_FORMS)


def _fragment(vocab: Vocabulary, run: Sequence[Word]) -> Found | None:
    """The run as one word with one slip, when a stray space left a fragment of a word ("에 어플로유")."""
    if len(run) < 2 or not any(_stray(vocab, word.form) for word in run):
        return None
    typed = "".join(word.form for word in run)
    if len(typed) <= EXACT_ONLY_MAX_LEN:  # short pieces joined ("n/a") are as easily another word as one word
        return None
    for word, _ in near(vocab, typed):
        if word in vocab.exact:
            return vocab.exact[word], "fuzzy", fuzz.ratio(typed, word), None
    return None


ABBREVIATION_PARTICLES_KO = ("이랑", "랑", "은", "는", "만", "도", "이", "가", "을", "를", "과", "와")


def _abbreviated(
    vocab: Vocabulary, word: Word, clause: Sequence[Word], *, work_done: bool, alone: bool
) -> Found | None:
    """A word no name spells, read as the one skill it abbreviates ("PdM", "Postgre", "설보기"), not a machine
    (`_machine`); not a Korean word beside work done on a thing (lexicon.WORK_DONE): the thing is then meant, not a
    name cut short ("컴퓨터 수리" is no 컴퓨터비전, "보일러 수리" no 에너지관리기능사), unless it ends in a
    certificate's grade ("전자기능사 있는데 이걸로 수리 기사 지원 돼요?")."""
    if is_hangul(word.form) and work_done and not _graded_cut(word):
        return None
    skill_id = vocab.abbreviations.find(word.text, alone=alone)
    if skill_id is None and is_hangul(word.form):  # with its particle: "물관사는", "유관사만"
        cut = lexicon.less_particle(word.text, ABBREVIATION_PARTICLES_KO)
        skill_id = vocab.abbreviations.find(cut, alone=alone) if cut != word.text else None
    if skill_id is None or (vocab.by_id[skill_id].qualification and _firm(vocab, word, skill_id)):
        return None
    if _machine(vocab, word, skill_id):
        return None
    return skill_id, "fuzzy", ABBREVIATION_SCORE, None


def _field_short_form(vocab: Vocabulary, word: Word, clause: Sequence[Word]) -> Found | None:
    """A short form that is also another thing (abbrev.FIELD_SHORT_FORMS), or a product line's first word with or
    without its version (abbrev.PRODUCT_LINES: "GX2"), read as its skill beside a word of its field (`_in_field`):
    sure there, as a name is, with or without guesses, since its field's words say which it is as a name would
    ("TIA로 프로그램 백업하고 온라인 모니터링", "TF로 이미지 분류 모델 학습", "MSA 진행해 봤어요 게이지 반복성":
    beside a guess of 온라인, 이미지 or 게이지, left out with it before)."""
    typed = normalise(lexicon.less_particle(word.text, ABBREVIATION_PARTICLES_KO))
    short = FIELD_SHORT_FORMS.get(typed) or _product_line(typed)
    if short is None or short not in vocab.by_id or (_small(word) and not _before_korean(clause, word)):
        return None  # "be fine", "Be sure" are no BE; "PdM" has its capitals, "tf로 모델 학습" its particle
    if _other_sense(short, clause, word):
        return None
    return (short, "exact", 100.0, None) if _in_field(vocab, short, clause, word) else None


def _small(word: Word) -> bool:
    return word.text.isascii() and word.text[1:].islower()


def _before_korean(clause: Sequence[Word], word: Word) -> bool:
    """The word is followed by Korean, glued or spaced: a short form in a Korean sentence, typed small or not ("tf로
    모델 학습", "wp 사이트 운영"), where it is no English word."""
    at = next(k for k, other in enumerate(clause) if other is word)
    return at + 1 < len(clause) and is_hangul(clause[at + 1].form)


def _product_line(typed: str) -> str | None:
    """A product line's first word alone or with a version of its own glued ("GX2", "TIAv17"; not "GX7", "GX85")."""
    line = _VERSION.sub("", typed)
    version = PRODUCT_VERSIONS.get(line)
    if line != typed and (version is None or not version.fullmatch(typed[len(line) :])):
        return None
    return PRODUCT_LINES.get(line)


def _other_sense(skill_id: str, clause: Sequence[Word], short: Word) -> bool:
    """The short form beside a word of another of its senses: anywhere in its clause (abbrev.FIELD_CLASHES: "SB
    편의점 알바", "RA 환자 대상 의료기기"), right before or after it (abbrev.CLASHES_BEFORE, CLASHES_AFTER: "on the
    TF", "To BE a developer"), or a time beside PM ("PM 2:00", "내일 PM 3시에", "at 3 PM"; not "PM 2년")."""
    at = next(k for k, word in enumerate(clause) if word is short)
    before = clause[at - 1].form if at > 0 else ""
    after = clause[at + 1].form if at + 1 < len(clause) else ""
    if before in CLASHES_BEFORE.get(skill_id, ()) or after in CLASHES_AFTER.get(skill_id, ()):
        return True
    if skill_id == AFTERNOON_SHORT and (_hour(clause, at + 1) or _HOUR.fullmatch(before)):
        return True
    if after in OTHERS_DOING_KO and at + 2 < len(clause) and lexicon.unmarked(clause[at + 2].form) in _DOERS_KO:
        return True  # another's work: "SEO 하는 친구 블로그 도와줌"
    clashes = FIELD_CLASHES.get(skill_id, frozenset())
    glued = at + 1 < len(clause) and clause[at + 1].gap == "glued" and after.startswith(tuple(clashes))  # "TF팀에서"
    return glued or any(_clashes(word.form, clashes) for word in clause if word is not short)


def _clashes(form: str, clashes: frozenset[str]) -> bool:
    """A word of clash words, whole or, one of two syllables or more, begun by it ("충전하고" of 충전; 사 only whole,
    not 사용)."""
    if form in clashes or lexicon.unmarked(form) in clashes:
        return True
    return any(form.startswith(clash) for clash in clashes if len(clash) > SYLLABLE_JAMO_MAX)


def _hour(clause: Sequence[Word], k: int) -> bool:
    """The word is an hour: a number of one or two digits, with 시 glued or not followed by its unit ("PM 3시에", "PM
    2:00"; not the years of "PM 2년", "PM 3 years")."""
    if k >= len(clause) or not _HOUR.fullmatch(clause[k].form):
        return False
    unit = clause[k + 1] if k + 1 < len(clause) else None
    if unit is not None and unit.gap == "glued":
        return unit.form.startswith(HOUR_KO)
    timed = unit is not None and unit.form in lexicon.YEAR_FORMS | lexicon.MONTH_FORMS  # "PM 2 년"
    return not timed and (unit is None or lexicon.years_in_word(clause[k].form + unit.form) is None)


SYLLABLE_JAMO_MAX = 3
# A short form's work said of kin, a friend or a senior right after it ("SEO 하는 친구", "PM 하시는 선배님"): theirs,
# not the writer's; a person wanted is a posting's ("SEO 하는 사람 구해요").
OTHERS_DOING_KO = frozenset(map(normalise, ("하는", "하시는", "했던", "하던")))
_DOERS_KO = frozenset(map(normalise, (*stance.KIN_KO, "선배", "선배님", "후배", "동기")))
# PM is also the afternoon, written before or after its hour ("PM 2:00", "PM 3시에", "at 5 PM"); its years are no hour
# ("PM 2년", "PM 3 years").
AFTERNOON_SHORT = "project-management"
HOUR_KO = normalise("시")
_HOUR = re.compile(r"\d{1,2}")


# A certificate's paper, which a short form's clause may say with it and still say nothing else ("N2 자격 있어요").
_ENTRY_PAPERS = frozenset((*map(normalise, CUT_PAPERS_KO), *GRADE_PAPERS_EN))


def _short_in_line(vocab: Vocabulary, clause: Sequence[Word], line: Sequence[Word]) -> list[Extracted]:
    """An ambiguous short form alone in a clause that read nothing, with only filler, years or a paper ("RA 실무
    2년", "N2 자격 있어요"), read as its skill beside a word of its field in another clause of the line (`_in_field`
    of the line's words): "RA 실무 2년, 의료기기", "N2 자격 있어요, 일본 유학 준비 중". A clause with a word of its own
    is a sentence of its own ("PT 받음, 용접 3년": a workout, "MT 갔다옴, 용접 2년": a school trip)."""
    years = _years_words(clause)
    said = [
        k
        for k, word in enumerate(clause)
        if k not in years and not lexicon.is_quiet(word.form) and word.form not in _ENTRY_PAPERS
    ]
    if len(said) != 1:
        return []
    [k] = said
    short = _field_short_form(vocab, clause[k], line)
    if short is None:
        return []
    word = clause[k]
    guessed = Extracted(word.text, word.start, word.end, short[0], "exact", 100.0)
    return _attach(vocab, [*clause[:k], guessed, *clause[k + 1 :]])[0]  # its years: "RA 실무 2년"


def _spaced_grade(vocab: Vocabulary, clause: Sequence[Word], i: int, *, alone: bool) -> list[Match]:
    """A certificate's Korean cut typed apart from its grade ("가스텅스텐 기능사 자격 있어요"), read as the cut typed
    glued is ("가스텅스텐기능사"); not an everyday word before it ("보일러 기사 불렀어요": a boiler man called in)."""
    if i + 1 >= len(clause):
        return []
    word, grade = clause[i], clause[i + 1]
    if grade.gap != "space" or grade.text not in SPACED_GRADES_KO or not is_hangul(word.form):
        return []
    if common_words.is_korean_word(word.text):
        return []
    skill_id = vocab.abbreviations.find(word.text + grade.text, alone=alone)
    if skill_id is None or not vocab.by_id[skill_id].qualification:
        return []
    return [Match(i, i + 2, skill_id, "fuzzy", ABBREVIATION_SCORE, None)]


SPACED_GRADES_KO = frozenset(("기능사", "기사", "산업기사"))


_VERSION = re.compile(r"(?<=[a-z])v?\d{1,2}$")  # a product's version glued after its line: "GX2", "TIAv16"


def _in_field(vocab: Vocabulary, skill_id: str, clause: Sequence[Word], short: Word) -> bool:
    """Another word of the clause is of the short form's field (abbrev.FIELD_SHORT_FORMS): a word of names of one
    category only, the skill's or a related skill's ("MT and PT on weld seams", "RN으로 앱 출시", "TBM 하고 안전 점검",
    a word of its own name: "React/RN", "PM tools for a … project");
    a word read as a related skill or one of the same category, by a name or an alias ("TF and sklearn", "PG 슬로우
    쿼리"); a word of its field that names no skill (abbrev.FIELD_WORDS: "WP 사이트", "HF 모델 파인튜닝") or of its
    field's work (abbrev.FIELD_WORK: "TIA로 프로그램 백업"). A word of names of several fields is said of anything
    ("작업", "운영", "관리"), and other words are no field's ("PT 받으러 헬스장", "RN으로 일하는 이모"). Another of
    these short forms is a field word only listed beside it ("PT/MT 탐상", "MT PT level 2", "MT and PT on weld seams")
    or the later one with 도 ("MT 검사 해봤고 PT도"): apart, each is as likely the other thing as the first ("MT 때 PT
    체조 했어요" is a school trip and a workout)."""
    own = vocab.related.get(skill_id, frozenset()) | {skill_id}
    category = vocab.by_id[skill_id].category
    field_words = FIELD_WORDS.get(skill_id, frozenset())
    at = next(k for k, word in enumerate(clause) if word is short)
    found = False
    for k, word in enumerate(clause):
        if word is short:
            continue
        if word.form in field_words or lexicon.unmarked(word.form) in field_words:
            found = True
            continue
        if lexicon.is_quiet(word.form):
            continue
        if _short_form(word):
            first, later = min(k, at), max(k, at)
            also = later + 1 < len(clause) and clause[later + 1].gap == "glued" and clause[later + 1].form == ALSO_KO
            found = found or also or all(other.form in lexicon.CONJUNCTION_FORMS for other in clause[first + 1 : later])
            continue
        if word.form.startswith(FIELD_WORK.get(category, ())):
            found = True  # "TIA로 프로그램 백업하고"
            continue
        users = vocab.name_users.get(word.form) or vocab.name_users.get(lexicon.unmarked(word.form), frozenset())
        read = vocab.exact.get(word.form) or vocab.exact.get(lexicon.unmarked(word.form))
        if read == skill_id:
            return False  # the skill named in full beside it: the short form says nothing more ("산업안전 … TBM")
        categories = {vocab.by_id[user].category for user in users}
        found = found or (len(categories) == 1 and (category in categories or not own.isdisjoint(users)))
        found = found or (read is not None and (read in own or vocab.by_id[read].category == category))
    return found


ALSO_KO = normalise("도")


def _short_form(word: Word) -> bool:
    return normalise(lexicon.less_particle(word.text, ABBREVIATION_PARTICLES_KO)) in FIELD_SHORT_FORMS


def _machine(vocab: Vocabulary, word: Word, skill_id: str) -> bool:
    """A skill's name with 기 read as a craftsman's certificate cut short: the machine of that work ("용접기 운전",
    "용접기 판매"); an engineer's is cut to 기 ("빅데기", "정보보안기")."""
    named = word.text.endswith(MACHINE_KO) and normalise(word.text[: -len(MACHINE_KO)]) in vocab.exact
    return named and vocab.by_id[skill_id].name_ko.endswith(CRAFTSMAN_KO)


MACHINE_KO, CRAFTSMAN_KO = "기", "기능사"


def _languages(vocab: Vocabulary, clause: Sequence[Word]) -> dict[int, str]:
    """The words of the clause that list languages by their first syllables ("영/일/중 가능") or by short Latin codes
    ("KOR/ENG/VIE", "EN/KR 통역"), two or more joined by slashes or middle dots, each as its language."""
    found: dict[int, str] = {}
    k = 0
    while k < len(clause):
        n = 1
        while k + n < len(clause) and clause[k + n].gap == "join":
            n += 1
        run = clause[k : k + n]
        if n > 1 and not any(lexicon.is_quiet(word.form) for word in run):
            typed = [word.text for word in run]
            if all(len(word.text) == 1 and is_hangul(word.form) for word in run):
                skill_ids = vocab.abbreviations.languages(typed)
            elif all(word.text.isascii() and word.form not in vocab.lexicon.words for word in run):  # not "AI/ML"
                skill_ids = vocab.abbreviations.language_codes(typed)
            else:
                skill_ids = None
            found.update(zip(range(k, k + n), skill_ids or (), strict=False))
        k += n
    return found


# A product's name with its model number after a hyphen ("S7-300", "AZ-104", "CATIA-5"): a name of two letters or
# more. Short letters with a number of one or two digits are a part, a drawing or a room ("CS-1", "CAD-3", "TIG-2").
_MODEL = re.compile(r"^([^\W_]{2,})-(\d+)$")
MODEL_SHORT_NAME = 3
MODEL_MIN_DIGITS = 3


def _model(vocab: Vocabulary, word: Word) -> Found | None:
    """A word that is a skill's name, a hyphen and a number: that product's model, so the skill ("S7-300")."""
    model = _MODEL.match(word.text)
    if model is None:
        return None
    name, number = model.groups()
    if len(name) <= MODEL_SHORT_NAME and name.isalpha() and len(number) < MODEL_MIN_DIGITS:
        return None
    skill_id = vocab.exact.get(normalise(name))
    return None if skill_id is None else (skill_id, "exact", 100.0, None)


def _headed(vocab: Vocabulary, clause: Sequence[Word], i: int, length: int) -> list[Match]:
    """Runs from i whose first word abbreviates a name's first words and whose other words are the rest of it
    ("HF Transformers", "Mech. design"); a word of names is never such a head."""
    head = clause[i]
    if length < 2 or head.form in vocab.lexicon.words or lexicon.is_quiet(head.form):
        return []
    dotted = clause[i + 1].gap == "dot"
    found: list[Match] = []
    rest = ""
    for n in range(2, length + 1):
        rest += clause[i + n - 1].form
        skill_id = vocab.abbreviations.headed(head.text, rest, dotted=dotted)
        if skill_id is not None:
            found.append(Match(i, i + n, skill_id, "fuzzy", ABBREVIATION_SCORE, None))
    return found


def _product(vocab: Vocabulary, skill_id: str, letters: Sequence[Word]) -> bool:
    """Letters written one by one spell a product's name, written in small letters after a capital ("Q/T" is no
    Qt): letters one by one are initials, as QC's are ("Q/C")."""
    spelled = "".join(word.form for word in letters)
    skill = vocab.by_id[skill_id]
    return any(normalise(name) == spelled and not name.isupper() for name in (skill.name_en, skill.name_ko) if name)


def _quiet_or_a_time(clause: Sequence[Word]) -> bool:
    """Every word of the clause is quiet or in a time said, about or not ("welder, 7 years", "one year", "half a year",
    "a year and a half", "about six months"): a clause said of the skill before."""
    k = 0
    while k < len(clause):
        said, used = _said(clause, k)
        if said is not None and said[0] == "years":
            k += used
        elif lexicon.is_quiet(clause[k].form) or clause[k].form in lexicon.ABOUT_FORMS or clause[k].form in EACH_EN:
            k += 1
        else:
            return False
    return True


def _attach_to_last(vocab: Vocabulary, found: list[Extracted], last: Sequence[Word], clause: Sequence[Word]) -> None:
    """Give the level or years of a clause that names no skill to the last skill found, and to the skills listed with
    it in its clause ("Java and Spring Boot, six months at a bootcamp", "Spanish and French, both intermediate")."""
    within = [k for k, skill in enumerate(found) if last and last[0].start <= skill.start and skill.end <= last[-1].end]
    if found and within and within[-1] == len(found) - 1:
        ours = [found[k] for k in within]
        words = [word for word in last if not any(skill.start <= word.start < skill.end for skill in ours)]
        pieces: list[Extracted | Word] = sorted((*ours, *words), key=lambda piece: piece.start)
    else:
        within, pieces = [len(found) - 1], [found[-1]]
    skills, _ = _attach(vocab, [*pieces, *clause])
    if len(within) > 1:  # "Welding and forklift certificate, 3 years": a certificate of a list, held, has no years
        years_before = {found[k].start: found[k].years for k in within}
        skills = [
            replace(skill, years=years_before[skill.start]) if vocab.by_id[skill.skill_id].qualification else skill
            for skill in skills
        ]
    for k, skill in zip(within, skills, strict=False):
        found[k] = skill


EACH_EN = frozenset(("both", "each"))  # of every skill of the list before: "Spanish and French, both intermediate"


def _years_of_the_last(text: str, last: Extracted, clause: Sequence[Word]) -> bool:
    """Whether the clause, next after the one `last` ends, past a comma or a dash, opens with English years ("one
    year at an agency", "about two years on the floor", "experience of three years or more")."""
    if not set(text[last.end : clause[0].start]) & set(",—–") or "." in text[last.end : clause[0].start]:
        return False
    k = 0
    while k < len(clause) and (clause[k].form in lexicon.ABOUT_FORMS or clause[k].form in YEARS_OPENING_EN):
        k += 1
    said, used = _said(clause, k) if k < len(clause) else (None, 0)
    after = clause[k + used].form if k + used < len(clause) else ""
    return said is not None and said[0] == "years" and not said[2] and after not in YEARS_NO_TIME_SPENT_EN


YEARS_OPENING_EN = frozenset(("experience", "of", "for"))
# Words after years that make them no time spent on a skill: an age, a time between ("26 years old", "Craftsman Mold
# and Craftsman Computer Aided Lathe, a year apart").
YEARS_NO_TIME_SPENT_EN = frozenset(("old", "apart"))


def _is_letter(word: Word) -> bool:
    return len(word.text) == 1 and word.text.isascii() and word.text.isalpha()


def _letter_run(clause: Sequence[Word], i: int) -> int:
    """Letters written one by one with slashes or dots between ("C/O", "P.L.C") are one abbreviation: how many
    start at word i (0: word i is in no such run; -1: it is inside one that starts before it)."""
    if not _is_letter(clause[i]):
        return 0
    if i > 0 and clause[i].gap == "join" and _is_letter(clause[i - 1]):
        return -1
    n = 1
    while i + n < len(clause) and clause[i + n].gap == "join" and _is_letter(clause[i + n]):
        n += 1
    return n if n > 1 else 0


def _initials(vocab: Vocabulary, run: Sequence[Word]) -> Found | None:
    """Letters written one by one, read as the initials of one skill's name ("P.L.C")."""
    skill_id = vocab.abbreviations.spelled_out("".join(word.text for word in run))
    return None if skill_id is None else (skill_id, "fuzzy", ABBREVIATION_SCORE, None)


def _stray(vocab: Vocabulary, form: str) -> bool:
    """A piece too short to be a word and not one of the short words skills have ("c", "r", "3d")."""
    return len(form) <= EXACT_ONLY_MAX_LEN and form not in vocab.lexicon.words and not lexicon.is_quiet(form)


def _attach(vocab: Vocabulary, pieces: Sequence[Extracted | Word]) -> tuple[list[Extracted], list[str]]:
    """Give levels and years to the skills they were said with; return the skills and the words not understood."""
    skills = [p for p in pieces if isinstance(p, Extracted)]
    unknown: list[str] = []
    run: list[str] = []
    marks: list[tuple[str, int | None]] = []  # each level or years said, and the place of the skill given it
    k = 0
    while k < len(pieces):
        piece = pieces[k]
        if isinstance(piece, Extracted):
            k += 1
            _close(run, unknown)
            continue
        said, used = _said(pieces, k)
        if said is not None:
            kind, value, korean = said
            target = _target(pieces, k, korean=korean or (kind != "years" and _predicate(pieces, k)))
            if kind != "years" and target is not None and vocab.by_id[target.skill_id].qualification:
                target = _language(vocab, pieces, k)  # "Chinese — HSK 4 (intermediate)": a test has a score, no level
            if kind == "native" and target is not None and vocab.by_id[target.skill_id].category != LANGUAGES:
                # a native speaker's level after another skill is a word of its name: "리액트 Native 앱"
                run.extend(p.text for p in pieces[k : k + used])
                k += used
                continue
            given: int | None = None
            if target is not None:
                position = skills.index(target)
                if kind in ("level", "native") and target.level is None:
                    skills[position], given = replace(target, level=int(value)), position
                elif kind == "years" and target.years is None and not _studied_for(vocab, pieces, k, used, target):
                    skills[position], given = replace(target, years=value), position
                pieces = [skills[position] if p is target else p for p in pieces]
            marks.append(("years" if kind == "years" else "level", given))
            _close(run, unknown)
        elif lexicon.is_quiet(piece.form):
            _close(run, unknown)
        else:
            run.append(piece.text)
        k += used
    _close(run, unknown)
    for marked, given in marks:
        if given is not None and sum(other == marked for other, _ in marks) == 1:
            mark = skills[given]
            for one in _listed_with(vocab, pieces, mark, marked):
                at = next(k for k, skill in enumerate(skills) if skill.start == one.start)
                skills[at] = (
                    replace(skills[at], level=mark.level)
                    if marked == "level"
                    else replace(skills[at], years=mark.years)
                )
    return skills, unknown


# Words that join the skills of a list, which then share a level or years said once for it ("알루미늄 용접하고 MIG
# 용접 1년", "드릴 탭 작업이랑 그라인더 작업 2년", "형조 방전과 와이어컷 둘 다 1년씩", "전기 설비 보수 겸 전기안전 점검
# 담당 2년", "Arabic and French are my first languages"); the particles 과, 와, 하고 are glued to the skill before.
LIST_JOINER_FORMS = frozenset(
    normalise(word)
    for word in ("and", "&", "plus", "both", "및", "겸", "이랑", "랑", "하고", "과", "와", "둘", "다", "각각")
)


def _listed_with(vocab: Vocabulary, pieces: Sequence[Extracted | Word], given: Extracted, kind: str) -> list[Extracted]:
    """The skills side by side with `given` or joined to it by LIST_JOINER_FORMS, with no mark of the kind yet."""
    at = next(k for k, piece in enumerate(pieces) if isinstance(piece, Extracted) and piece.start == given.start)
    listed: list[Extracted] = []
    for step in (-1, 1):
        k = at + step
        while 0 <= k < len(pieces):
            piece = pieces[k]
            if isinstance(piece, Word) and piece.form not in LIST_JOINER_FORMS:
                break
            if isinstance(piece, Extracted):
                listed.append(piece)
            k += step
    if kind == "level" and given.level == NATIVE_LEVEL:  # a native speaker's level is a language's only
        listed = [one for one in listed if _spoken(vocab, one.skill_id)]
    # a certificate held has no level nor years ("Chinese — HSK 4 (intermediate)", "금형기능사 / 금형 수리 4년"), a
    # language spoken beside the work no years ("3년 근무하며 영어와 일본어로 고객을 응대했습니다")
    listed = [one for one in listed if not vocab.by_id[one.skill_id].qualification]
    if kind == "years":
        listed = [one for one in listed if vocab.by_id[one.skill_id].category != LANGUAGES]
    return [one for one in listed if (one.level if kind == "level" else one.years) is None and one.start != given.start]


NATIVE_LEVEL = 5


def _language(vocab: Vocabulary, pieces: Sequence[Extracted | Word], k: int) -> Extracted | None:
    """The language named last before k, whose level a test's name beside it took ("Chinese — HSK 4 (intermediate)",
    "my Korean is intermediate (TOPIK level 4)"); none without one ("Korean History Proficiency Test, advanced")."""
    return next((p for p in reversed(pieces[:k]) if isinstance(p, Extracted) and _spoken(vocab, p.skill_id)), None)


def _spoken(vocab: Vocabulary, skill_id: str) -> bool:
    skill = vocab.by_id[skill_id]
    return skill.category == LANGUAGES and not skill.qualification


# Words of studying or preparing: a time said with them, of a language test or a certificate, was spent on the way to
# it, not the years it was held ("오픽 한 달 공부하다가", "토익 공부 3개월 해서", "지게차 자격증 학원 한 달 다니고",
# "Passed the OPIc after studying for two months", "I studied for the OPIc for a month").
STUDIED_KO = tuple(normalise(word) for word in ("공부", "준비", "학원", "독학", "인강", "스터디"))
STUDIED_EN = ("study", "studi", "prepar", "prepp", "cram")


def _studied_for(vocab: Vocabulary, pieces: Sequence[Extracted | Word], k: int, used: int, target: Extracted) -> bool:
    """The years at pieces[k:k + used], given to a qualification, are said with a word of studying or preparing, no
    skill but the target between them ("토익 공부 3개월", not "토익 850, 영어 공부 3년")."""
    if not vocab.by_id[target.skill_id].qualification:
        return False
    for side in (reversed(pieces[:k]), pieces[k + used :]):
        for piece in side:
            if isinstance(piece, Extracted):
                if piece is not target:
                    break
            elif piece.form.startswith(STUDIED_KO) or piece.form.startswith(STUDIED_EN) or piece.form == "prep":
                return True
    return False


def _close(run: list[str], unknown: list[str]) -> None:
    if run:
        unknown.append(" ".join(run))
        run.clear()


# A level only a language is said at: a native speaker's ("English native", "네팔어는 원어민입니다", "mother tongue",
# "first language", "I speak Uzbek natively"); after another skill the word is of its name or another thing
# ("리액트 Native 앱", "네이티브 앱 개발"). "mother" and "first" state it only with the word after (LEVEL_PAIRS).
NATIVE_LEVEL_FORMS = frozenset(
    normalise(word) for word in ("native", "natively", "원어민", "네이티브", "모국어", "mother", "first")
)
# Words before an English level that make it the predicate of the skill before, not the next one's: a copula, "my"
# of "my first language", "both", "at" of "at a basic level" ("Arabic is my mother tongue and my Korean is …",
# "German at a basic level and Spanish at an advanced level", "Uzbek and Russian are both native for me").
PREDICATE_BEFORE_EN = frozenset(("is", "are", "am", "was", "were", "my", "our", "both", "at"))
# … and adverbs, said after the verb's object ("I speak Mongolian natively and Russian fluently").
PREDICATE_LEVEL_EN = frozenset(("natively", "fluently"))
# The verbs such an adverb states a level with, done now or done ("I speak Uzbek natively", "I spoke Japanese fluently
# as a child"), not after a word of wishing or aiming in the two before ("I want to speak English fluently someday",
# "My goal is to speak Japanese fluently", "I wish I spoke Korean natively").
SPEAKING_EN = frozenset(("speak", "speaks", "spoke", "spoken"))
WISHED_BEFORE_EN = frozenset(("to", "want", "wants", "hope", "hopes", "wish", "wishes", "goal", "dream", "would"))
SAID_BETWEEN_EN = LIST_JOINER_FORMS | PREDICATE_LEVEL_EN
NATIVE_SAID_FORMS = frozenset(  # … bare or with the copula ("원어민입니다")
    native + ending for native in NATIVE_LEVEL_FORMS for ending in ("", *lexicon.COPULA_ENDING_FORMS)
)
Said = tuple[Literal["level", "native", "years"], float, bool]


def _predicate(pieces: Sequence[Extracted | Word], k: int) -> bool:
    """Whether the English level at pieces[k] is said of the skill before it (PREDICATE_BEFORE_EN)."""
    word = pieces[k]
    before = [piece.form if isinstance(piece, Word) else "" for piece in pieces[max(k - 2, 0) : k]]
    if before and before[-1] in lexicon.ARTICLE_FORMS:
        before = before[:-1]  # "at a basic level"
    return (isinstance(word, Word) and word.form in PREDICATE_LEVEL_EN) or (
        bool(before) and before[-1] in PREDICATE_BEFORE_EN
    )


def _spoken_now(pieces: Sequence[Extracted | Word], k: int) -> bool:
    """Whether the adverb at pieces[k] follows, past the skills it is said of and another's adverb ("I speak Mongolian
    natively and Russian fluently"), a verb of SPEAKING_EN the writer does or did, no word of WISHED_BEFORE_EN in the
    two before it."""
    forms = [piece.form if isinstance(piece, Word) else "" for piece in pieces[:k]]
    verb = k - 1
    while verb >= 0 and (isinstance(pieces[verb], Extracted) or forms[verb] in SAID_BETWEEN_EN):
        verb -= 1
    return (
        verb >= 0 and forms[verb] in SPEAKING_EN and not WISHED_BEFORE_EN.intersection(forms[max(verb - 2, 0) : verb])
    )


# Words that deny a native speaker's level: in English before it, past "my" or an article ("Korean is not my first
# language", "English isn't my mother tongue", "Not native but fluent"), in Korean after it ("한국어는 모국어 아님",
# "모국어 아니지만 잘해요").
NOT_NATIVE_BEFORE_EN = lexicon.NEGATION_BEFORE_FORMS | {normalise(word) for word in ("isn't", "aren't", "wasn't")}
NOT_NATIVE_AFTER_KO = normalise("아니")  # 아니지만, 아님
# "isn't my mother tongue" left at the native level: without it a relative's word reads the language away.
MOTHER = "mother"


def _not_native(pieces: Sequence[Extracted | Word], k: int, after: str) -> bool:
    """Whether the native speaker's level at pieces[k] is denied (NOT_NATIVE_BEFORE_EN, NOT_NATIVE_AFTER_KO)."""
    before = [piece.form if isinstance(piece, Word) else "" for piece in pieces[max(k - 3, 0) : k]]
    while before and (before[-1] in lexicon.POSSESSIVE_FORMS or before[-1] in lexicon.ARTICLE_FORMS):
        before.pop()
    return (bool(before) and before[-1] in NOT_NATIVE_BEFORE_EN) or after.startswith(NOT_NATIVE_AFTER_KO)


def _time_since(pieces: Sequence[Extracted | Word], k: int) -> bool:
    """Whether the number at pieces[k] follows 지 after a verb of the writer's doing ("입사한 지 5년 된 용접공")."""
    since, done = (pieces[k - 1] if k > 0 else None), (pieces[k - 2] if k > 1 else None)
    return (
        isinstance(since, Word)
        and since.form == lexicon.SINCE_FORM
        and isinstance(done, Word)
        and done.form not in lexicon.MADE_SINCE_FORMS
    )


def _said(pieces: Sequence[Extracted | Word], k: int) -> tuple[Said | None, int]:
    """A level or years starting at pieces[k], whether it is said in Korean, and how many pieces it takes."""
    word = pieces[k]
    assert isinstance(word, Word)
    after = [p.form if isinstance(p, Word) else "" for p in pieces[k + 1 : k + 6]] + ["", "", "", "", ""]
    before = pieces[k - 1] if k > 0 else None
    before_form = before.form if isinstance(before, Word) else ""
    rank = _ranked(pieces, k)
    if rank is not None:  # "엑셀(상)", "한글 상 / 엑셀 중"
        return ("level", rank, True), 1
    if word.form in PREDICATE_LEVEL_EN and not _spoken_now(pieces, k):
        return None, 1  # "I want to speak English fluently someday": a level wished for, not had
    kind: Literal["level", "native"] = "native" if _native(word.form) else "level"
    level = lexicon.level_said(word.form)
    used = 1 if level is not None else 2
    level = level if level is not None else lexicon.LEVEL_PAIR_FORMS.get((word.form, after[0]))
    if level is not None:
        if _reached(before_form, after[used - 1 :]):
            return None, used  # "reach intermediate Japanese", "중급 수준 도달 목표": a level aimed at
        if kind == "native" and word.form != MOTHER and _not_native(pieces, k, after[used - 1]):
            return None, used  # "Korean is not my first language", "한국어는 모국어 아님": no native speaker's level
        return (kind, level, is_hangul(word.form)), used
    years = lexicon.years_in_word(word.text.lower())
    if years is not None:
        return (("years", years, False) if years <= lexicon.MAX_YEARS else None), 1
    if word.form in lexicon.HALF_YEAR_FORMS:  # "반년 했어요"
        return ("years", 0.5, True), 1
    years = lexicon.sino_years_in_word(word.text)
    if years is not None:  # "지게차 일년 탔어요", "용접 십년 넘게"
        return ("years", round(years, 2), True), 1
    amount = _amount(word)
    if amount is None:
        return None, 1
    if word.form == lexicon.HALF_FORM and after[0] in lexicon.ARTICLE_FORMS and after[1] in lexicon.YEAR_FORMS:
        amount, used = 0.5, 3  # "half a year"
    elif tuple(after[:3]) == lexicon.AND_A_HALF and after[3] in lexicon.YEAR_FORMS:
        amount, used = amount + 0.5, 5  # "one and a half years"
    elif after[0] in lexicon.YEAR_FORMS:
        more = pieces[k + 2] if k + 2 < len(pieces) else None
        months = lexicon.number(more.text) if isinstance(more, Word) else None
        used = 4 if months is not None and after[2] in lexicon.MONTH_FORMS else 2
        amount += months / 12 if used == 4 and months is not None else 0.0
        if used == 2 and after[1] in lexicon.HALF_AFTER_FORMS:  # "1년 반"
            amount, used = amount + 0.5, 3
        elif after[0] in lexicon.YEAR_AND_HALF_FORMS:  # "1년반"
            amount += 0.5
        elif used == 2 and tuple(after[1:4]) == lexicon.AND_A_HALF:  # "a year and a half"
            amount, used = amount + 0.5, 5
    elif after[0] in lexicon.MONTH_FORMS:
        amount, used = amount / 12, 2
    else:
        return None, 1
    if after[used - 1] in lexicon.AGO_FORMS:
        return None, used  # "two years ago", "1년 전에": a time, no experience
    if before_form in lexicon.WAITING_FORMS:
        return None, used  # "have to wait three months": a time to come
    if _deadline(before_form, after[used - 1]):
        return None, used  # "1년 안에 따는 게 목표", "in 3 months": a time to come
    if after[used - 1] in lexicon.AGED_AFTER_FORMS and not _time_since(pieces, k):
        return None, used  # "10년 된 지게차", "지은 지 20년 된 공장": a thing's age
    if before_form in lexicon.FOUNDED_BEFORE_FORMS:
        return None, used  # "설립 30년 차 업체": a firm's age
    if after[used - 1] == lexicon.SPELL_FORM and after[used] in lexicon.IDLE_FORMS:
        return None, used  # "한 달 동안 아무것도 안 했어요": a time spent idle
    if after[used - 1] == lexicon.SPELL_FORM and _learning_to_come(pieces[k + used + 1 :]):
        return None, used  # "3개월 동안 엑셀 배울 계획": a course's time to come
    korean = is_hangul(after[0])
    return (("years", round(amount, 2), korean) if amount <= lexicon.MAX_YEARS else None), used


def _ranked(pieces: Sequence[Extracted | Word], k: int) -> int | None:
    """The level a step of RANKS_KO at k states: right after a skill or its words of ability, and last or before the
    next skill or 수준 ("엑셀(상)", "용접 숙련도 상", "파이썬은 하 수준"); 중 bracketed or with another step said in
    the clause only."""
    word = pieces[k]
    assert isinstance(word, Word)
    rank = lexicon.RANK_FORMS.get(word.form)
    if rank is None:
        return None
    before = k - 1
    while before >= 0 and _ability(pieces[before]):
        before -= 1
    following = pieces[k + 1] if k + 1 < len(pieces) else None
    if before < 0 or not isinstance(pieces[before], Extracted):
        return None
    if isinstance(following, Word) and following.form != lexicon.SCALE_FORM:
        return None
    rated = any(isinstance(piece, Word) and piece.form in lexicon.RANK_FORMS for piece in pieces if piece is not word)
    if word.form == lexicon.GOING_ON_FORM and word.gap != "break" and not rated:
        return None  # "지게차 운전 중", "보유자 중 알루미늄 용접 가능자": going on, among; not "한글 상 / PPT 중"
    return rank


def _ability(piece: Extracted | Word) -> bool:
    return isinstance(piece, Word) and piece.form in lexicon.ABILITY_FORMS


def _learning_to_come(rest: Sequence[Extracted | Word]) -> bool:
    """A verb of learning to come in the words after a time said with 동안 ("배울", "수강할", "다닐")."""
    return any(isinstance(piece, Word) and piece.text in stance.LEARNING_TO_COME_KO for piece in rest)


def _reached(before: str, after: Sequence[str]) -> bool:
    """A level said with a verb of reaching or being before it, or one after it (past 수준): aimed at, not had."""
    rest = after[1:] if after[0] == lexicon.SCALE_FORM else after
    return before in lexicon.REACHED_BEFORE_FORMS or rest[0] in lexicon.REACHED_AFTER_FORMS


def _deadline(before: str, after: str) -> bool:
    """A time said as a deadline: after "in" or "within" (not "in 10 years of welding"), or before 안에, 까지, 후 …"""
    return (before in lexicon.DEADLINE_BEFORE_FORMS and after != "of") or after in lexicon.DEADLINE_AFTER_FORMS


def _native(form: str) -> bool:
    """A word of NATIVE_LEVEL_FORMS, bare or with the copula ("원어민입니다")."""
    return form in NATIVE_SAID_FORMS


ORDINAL_KO = "째"


def _amount(word: Word) -> float | None:
    """The number a word says, in figures or spelt out ("3", "two", "두"): of years or months when a unit follows."""
    amount = lexicon.number(word.text)
    return amount if amount is not None else lexicon.SPELT_NUMBER_FORMS.get(word.form)  # "for two years", "두 달"


def _target(pieces: Sequence[Extracted | Word], k: int, *, korean: bool) -> Extracted | None:
    """The skill a level or years at k belongs to: Korean says it after the skill, English before, unless after "for"
    ("worked the reefer yard for a year and can …")."""
    before = next((p for p in reversed(pieces[:k]) if isinstance(p, Extracted)), None)
    after = next((p for p in pieces[k + 1 :] if isinstance(p, Extracted)), None)
    previous = pieces[k - 1] if k > 0 else None
    said_for = isinstance(previous, Word) and previous.form == FOR
    unit = pieces[k + 1] if k + 1 < len(pieces) else None
    if isinstance(unit, Word) and unit.form in lexicon.ENDING_UNIT_FORMS:
        next_to = k + 2 < len(pieces) and pieces[k + 2] is after and unit.text.endswith(ORDINAL_KO)
        return before or (after if next_to else None)  # "3년차예요" of what came before; "20년째 CNC 가공"
    return (before or after) if korean or said_for else (after or before)
