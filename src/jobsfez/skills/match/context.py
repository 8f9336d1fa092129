"""A line that names one skill by one short word among words that say something else: the word's everyday sense.

"Rust 게임 스트리밍", "hip flask collection", "오라클 카드 리딩": the skill's word is also a common word, and the
other words of the line are neither skills nor the words said around skills (filler, levels, years, grammar, ability,
work: lexicon.py and work_words.py), so nothing in the line says it is about work. A line about a skill says it with
such words ("Docker 이미지 빌드", "도금 라인 근무", "용접 잘하는 편"), with technical tokens ("KRC4 컨트롤러") or
with words of other skills' names ("reefer containers"); a long English word, an acronym in capitals or a
certificate with its grade ("stevedoring", "CUDA", "정처산기") is evidence enough by itself, and so is a level or
years said with the skill. A trait said by its adjective and a language are said in any sentence.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Protocol, TypeVar

from jobsfez.skills.match import abbrev, common_words, lexicon, phrases, stance, verbs, work_words
from jobsfez.skills.match.normalise import normalise
from jobsfez.skills.match.tokens import Word
from jobsfez.skills.match.typos import is_hangul
from jobsfez.skills.match.vocab import LANGUAGES, SOFT_SKILLS, Skill, Vocabulary, known_or_named


class Spanned(Protocol):
    """A skill found in a text, and where its words are (extract.Extracted)."""

    @property
    def skill_id(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def level(self) -> int | None: ...
    @property
    def years(self) -> float | None: ...


_Spans = TypeVar("_Spans", bound=Spanned)
StanceReading = Callable[..., bool]  # stance.unclaimed or stance.denied: (clause, start, *, rated) -> bool

# Words of the line that say something else, at least, for one short word to be read in its everyday sense: one such
# word is a place, a product or a qualifier of the skill ("쿠팡 물류센터에서 피킹", "SAP MM 모듈").
STRANGERS_MIN = 2
# Words of a clause, at least, for it to say something else beside the skill's word: one or two are the skill and a
# qualifier of it.
CLAUSE_MIN_WORDS = 3
# Words of a clause beyond which it tells a story ("I grew up in Busan and spent two summers welding trailers"), where
# a skill is said among other words as a matter of course: only a shorter clause is read for an everyday sense.
STORY_WORDS = 6
# Skills whose word is an everyday thing as often as the work: the skills most often read on everyday lines by writers
# who never saw the matcher, each time by that word alone ("택배 배송 조회", "택배사 콜센터 대기음 20분째 듣는 중",
# "엄마 반찬가게 발주 문자가 새벽 다섯 시에 옴", "Picking the coriander out of every bowl of pho", "Press 1 for
# Korean", "Dorm room inspection tomorrow", "약국 영업 끝나서", "항만 공원 산책", "요즘 물류 주식 오름", "Offshore wind
# farm near Ulsan"). Not traits, said by their adjective in any line, nor skills said in a sentence of life as often
# of the writer's work: a willingness (야간 근무 힘들지 않습니다), a trade's story (도장 하나로 조선소에서 십 년 넘게
# 버텼음), a fragment of a field (삼촌 가게 재고).
# The most words of a line that is a skill field's fragment, which keeps an everyday thing's or a common word's skill.
FRAGMENT_MAX_WORDS = 2
EVERYDAY_THINGS = frozenset(
    (
        *("delivery", "customer-service", "purchasing", "picking-packing", "battery-systems", "haccp", "accounting"),
        *("press", "scaffolding", "marketing", "quality-inspection", "sales", "solar-pv", "hvac", "tally", "airflow"),
        *("port-logistics", "logistics-management", "insulation", "wind-power"),
    )
)
# Latin letters of a word that names the skill by itself ("stevedoring", "bookkeeping"): shorter words are as often
# a common word ("flask", "torch", "cloud") as the skill.
STRONG_LATIN = 9
# Capital letters that make a typed word an acronym ("SCM", "CUDA"): an acronym is a name, not a common word.
ACRONYM_MIN = 3
# The bound noun of a thing under way ("적응 중": adjusting now).
UNDERWAY = normalise("중")
# Letters of each of two names glued by a colon for them to be a title's initials ("CS:GO", "SW:TOR").
TITLE_INITIALS = 3
# A list's commas: skills listed alone before one share what the clause after the list says of them.
LIST_COMMAS = (",", "、", "，")
# ... and in English, a list said after its stance, which goes on past commas and these ("I plan to learn Docker, AWS
# and Kubernetes").
LIST_JOINS_EN = frozenset(("and", "or", "&"))
# Marks that end a sentence, between two clauses: what one sentence says of its one skill is not said of another's.
SENTENCE_ENDS = (".", "!", "?", "。", "\n")
# The writer as a sentence's subject, in either language: a sentence that tells of the writer.
WRITER_SAID_FORMS = lexicon.WRITER_SUBJECT_FORMS | frozenset(normalise(word) for word in ("I", "I'm", "I've", "Im"))
# An English noun of a person by its ending ("tutor", "drafter", "translator", "student", "linguist"), of five letters
# at least ("beer" is none): after a name, the one who does its work. And the nouns of a language's use: after a
# language's adjective they say the language.
AGENT_MIN = 5
AGENT_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ent", "ents", "ant", "ants", "ee", "ees")
LANGUAGE_USE = (
    *("literature", "degree", "major", "minor", "debate", "club", "conversation", "speaking", "writing", "reading"),
    *("listening", "grammar", "speech", "exam", "test", "score", "school", "exchange", "native", "fluency"),
    *("proficiency", "skills", "skill", "level", "media", "news", "subtitles", "books", "interpreting"),
)
LANGUAGE_USE_FORMS = frozenset(normalise(word) for word in LANGUAGE_USE)
HONORIFIC = normalise("님")
# Korean verbal nouns a résumé lists work done with that work_words.WORK_SAID lacks ("MES 화면 조회", "CNC 툴 교환",
# "LOTO 절차 준수"): after a name they say its work, not another thing. Not 확인, said of anything ("환율 확인").
# They belong in WORK_SAID, where the eighth pass would count them too; kept here for the qualifier alone until then.
VERBAL_NOUNS = (
    *("조회", "교환", "준수", "검토", "발행", "출력", "등록", "접수", "승인", "변경", "수정", "검증", "정산", "집계"),
    *("발송", "보고", "기록", "회신", "협의", "계산", "산출", "선정", "선별", "세척", "도색", "분해", "판정", "기안"),
    *("통제", "감독", "인수", "인계", "해석", "부착", "투입", "취급", "도포", "표기", "보관", "작동", "주입", "인쇄"),
    *("출하", "선적", "용해", "셋업", "변환", "절감", "백업", "이관", "복구", "감시", "모니터링", "운전", "진단"),
)
VERBAL_NOUNS_FORMS = frozenset(
    normalise(word + particle) for word in (*VERBAL_NOUNS, "기준") for particle in ("", "으로", "로", "을", "를", "에")
)
# 만들다's forms, after the thing a name qualifies; not 만들기, a craft's noun ("STS 텀블러 만들기 체험").
MAKING_KO = ("만드는", "만들어", "만들었", "만듭", "만듦")
# English nouns of a person in a job line that no ending shows ("MES admin", "SQL wizard", "QA lead").
PERSON_WORDS = ("admin", "staff", "crew", "lead", "chief", "guru", "wizard", "ninja", "pro", "specialist")
PERSON_WORDS_FORMS = frozenset(normalise(word) for word in PERSON_WORDS)
# Korean words of when, with the particles they take: beside a certificate they say when it was obtained ("정처산기
# 작년에 땄어요", "지게차 자격증 올해 땄어요"), nothing else. Beside an everyday word they tell a day's story as
# another word does ("오늘 택배 옴", "드디어 도장 찍음").
WHEN_KO = (
    *("올해", "작년", "재작년", "지난해", "올초", "연초", "최근", "요즘", "예전", "이전", "당시", "이번"),
    *("지난번", "저번", "어제", "오늘", "지난주", "지난달", "이번달", "상반기", "하반기", "드디어", "이미"),
    *("벌써", "겨우", "한번에", "때", "때부터", "고등학교", "대학교", "중학교", "군대", "군대에서"),  # "고3 때 땄어요"
)
WHEN_PARTICLES_KO = ("", "에", "에는", "에도", "도", "엔")
WHEN_FORMS = frozenset(normalise(word + particle) for word in WHEN_KO for particle in WHEN_PARTICLES_KO)
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
    for suffix in (*lexicon.SUFFIX_FORMS, *work_words.VERB_ENDING_FORMS):
        if form.endswith(suffix) and len(form) > len(suffix):
            found.append(form[: -len(suffix)])
    return found


def _work(vocab: Vocabulary, word: Word) -> bool:
    """A word that says the line is about work: a token only work writes, a word of skills' names (or a Korean
    compound beginning with one of two syllables or more: "물류센터"), or a word of work (work_words.WORK_SAID)."""
    if _technical(word):
        return True
    if any(bare in vocab.lexicon.words or bare in work_words.WORK_SAID_FORMS for bare in _bare(word.form)):
        return True
    form = word.form
    return not form.isascii() and any(form[:end] in vocab.lexicon.words for end in range(COMPOUND_HEAD_JAMO, len(form)))


# The bound noun of a time of work a skill was used in ("인턴 때 파이토치 썼어요", "알바 때 엑셀"): no other thing;
# not of a time of everyday life ("이사할 때 크레인 썼어요") nor of a relative's ("동생이 알바 때 엑셀 썼어요").
_DURING_FORMS = frozenset(normalise(word) for word in ("때", "때는", "때도", "때에"))


WORK_TIMES_KO = (
    *("실습", "인턴", "알바", "근무", "인턴십", "알바할", "인턴할", "일할", "근무할", "실습할"),
    *("학교", "대학교", "고등학교", "대학", "졸업작품", "캡스톤", "다닐"),  # school and its work: "대학교 때"
)


def _during_work(vocab: Vocabulary, clause: Sequence[Word], word: Word) -> bool:
    if word.form not in _DURING_FORMS:
        return False  # the common case
    at = clause.index(word)
    if at == 0:
        return False
    if not (_work(vocab, clause[at - 1]) or clause[at - 1].text.endswith(WORK_TIMES_KO)):  # "현장실습 때"
        return False
    return not any(each.text.startswith(stance.KIN_KO) for each in clause[:at])


def _neutral(word: Word) -> bool:
    """A word that says nothing of what the line is about: filler, a level, years, grammar, a verb of doing, a
    posting's words for whom it wants; a slip of filler ("experiance"), unless capitalised ("Monty": a name)."""
    if any(lexicon.is_quiet(bare) or bare in work_words.DOING_FORMS for bare in _bare(word.form)):
        return True
    if word.text.startswith(work_words.DOING_STEMS_KO) or word.text.startswith(stance.NOT_KO):
        return True  # "지게차 몰았어요"; the negation's auxiliary ("무서워하지 않아요") is grammar
    if word.gap == "glued" and word.form in lexicon.PARTICLE_FORMS:
        return True  # a particle typed after a Latin word ("Git으로")
    if word.form in lexicon.DEGREE_FORMS or word.form in lexicon.POSTING_FORMS:
        return True
    if word.form in lexicon.WRITER_SUBJECT_FORMS:
        return True  # the writer: "애저 구독 세 개를 제가 관리해요"
    return lexicon.is_quiet_slip(word.form) and not word.text[:1].isupper()


class Stances:
    """What a line's clauses say of the skills found in them (stance.py), worked out once a line: which clauses have a
    cue, which clause a skill's stance is read in (its own, or the clause that ends the comma list it is part of),
    and that reading, once a clause and a start. A list's skills share their reading."""

    def __init__(self, text: str, clauses: Sequence[Sequence[Word]]) -> None:
        self.text, self.clauses = text, clauses
        self.starts = [clause[0].start for clause in clauses]
        self.cued = [stance.cued(clause) for clause in clauses]
        self.any_cued = any(self.cued)
        self.passed_later = stance.passed_later(clauses) if self.any_cued else [frozenset()] * len(clauses)
        self._read: dict[tuple[int, int, bool], bool] = {}

    def index(self, found: Spanned) -> int:
        """The clause a skill's words begin in."""
        return bisect.bisect_right(self.starts, found.start) - 1

    def unclaimed(self, found: Spanned) -> bool:
        """Whether the skill's own clause says it is wanted, someone else's, a pastime or denied."""
        k = self.index(found)
        rated = found.level is not None or found.years is not None
        key = (k, found.start, rated)
        if key not in self._read:
            said = self.cued[k] and stance.unclaimed(self.clauses[k], found.start, rated=rated)
            self._read[key] = said and not self._retaken(k, found.start)
        return self._read[key]

    def _retaken(self, k: int, start: int) -> bool:
        """The skill is an exam failed in clause k and passed in a later one: "Failed the TOEIC once, then passed"."""
        return stance.retaken(self.clauses[k], start, self.passed_later[k])

    def unclaimed_listed(self, found: Sequence[Spanned], reading: StanceReading = stance.unclaimed) -> list[bool]:
        """For each skill, whether it is said unclaimed by its clause, or listed alone before a comma and the clause
        that says so, which says it of the whole list ("포토샵, 일러스트 작업 못함", "CAD, 포토샵 배우고 싶어요";
        "엑셀 가능, CAD는 못함" keeps Excel); `reading`: what is asked of that clause (stance.unclaimed or
        stance.denied)."""
        if not self.any_cued:
            return [False] * len(found)
        covered = sorted((one.start, one.end) for one in found)
        ends = [end for _, end in covered]
        starts = [start for start, _ in covered]

        def named(word: Word) -> bool:  # a word of a skill's name, not a level or ability said with it
            if lexicon.is_quiet(word.form) or word.form in work_words.DOING_FORMS:
                return False
            k = bisect.bisect_right(starts, word.end - 1) - 1  # the last skill beginning before the word ends
            return k >= 0 and ends[k] > word.start

        reach = list(range(len(self.clauses)))  # the clause a list that begins at each clause ends in
        for k in range(len(self.clauses) - 2, -1, -1):
            clause, after = self.clauses[k], self.clauses[k + 1]
            comma = self.text[clause[-1].end : after[0].start].strip() in LIST_COMMAS
            if comma and all(named(word) for word in clause) and not stance.credited(after):
                reach[k] = reach[k + 1]  # not a list's whose next clause is another's part in it: "…, my mom cried"
        begun = list(range(len(self.clauses)))  # the clause an English list said after its stance begins in
        for k in range(1, len(self.clauses)):
            clause, before = self.clauses[k], self.clauses[k - 1]
            comma = self.text[before[-1].end : clause[0].start].strip() in LIST_COMMAS
            listed = all(named(word) or word.form in LIST_JOINS_EN for word in clause)
            if comma and listed and clause[0].text.isascii() and named(before[-1]):
                begun[k] = begun[k - 1]
        first_in: dict[int, int] = {}  # the first skill's start in each clause
        last_in: dict[int, int] = {}  # ... and the last one's
        for one in sorted(found, key=lambda each: each.start):
            first_in.setdefault(self.index(one), one.start)
            last_in[self.index(one)] = one.start
        said: dict[tuple[int, int, bool], bool] = {}
        result = []
        for one in found:
            k = self.index(one)
            end = reach[k]
            start = one.start if end == k else first_in.get(end, self.clauses[end][0].start)
            if end == k and begun[k] != k and not self.cued[k]:
                end = begun[k]  # read as the list's first skill, the last of the clause its stance is said in
                start = last_in.get(end, self.clauses[end][-1].start)
            rated = one.level is not None or one.years is not None
            key = (end, start, rated)
            if key not in said:
                read = self.cued[end] and reading(self.clauses[end], start, rated=rated)
                said[key] = read and not self._retaken(end, start)
            result.append(said[key])
        return result


def claimed(vocab: Vocabulary, stances: Stances, found: Sequence[_Spans]) -> list[_Spans]:
    """The skills found less those given as a name or a letter of another thing (first), then less those their clause
    denies, where other clauses claim theirs: "파이썬 몰라도 됨, 엑셀 필수" is Excel only. A wish, a pastime or a
    relative said first is read of the whole line: a line all of whose skills are unclaimed is `stranded` ("Aspiring
    data analyst with SQL and Tableau, 2 years of Excel" keeps SQL); said after a skill claimed, it is said of its own
    ("엑셀 5년 사용, 파이썬 공부 시작 예정" is Excel only), and so it is in a sentence ended before the first skill
    claimed ("Aspiring data analyst. 3 years of Excel." is Excel only) and in a Korean clause, whose wish is its
    predicate's ("용접 배우고 싶고 지게차는 5년 했어요"). A certificate said obtained or held is the writer's, whoever
    its clause goes on to tell of ("MOS 합격증은 할머니가 액자에 넣어 두셨어요"), unless the clause negates it. A skill
    stranded alone in a sentence of its own is none (`stranded_in_sentences`)."""
    found = [one for one in found if not _given_as_name(stances, one) and not _letter_of_another_thing(stances, one)]
    everyday = stranded_in_sentences(vocab, stances, found)
    if any(everyday):
        found = [one for one, stranded in zip(found, everyday, strict=True) if not stranded]
    if not stances.any_cued:
        return list(found)  # the common case
    denials = _unclaimed(vocab, stances, found, stance.denied)
    learning = stances.unclaimed_listed(found, stance.learning)  # said of its own skill wherever in the line
    wishes = stances.unclaimed_listed(found)
    held = [one for one, wish in zip(found, wishes, strict=True) if not wish]
    first_held = min(held, key=lambda one: one.start, default=None)
    sentences = _sentences(stances)
    held_in = sentences[stances.index(first_held)] if first_held is not None else 0

    def own_wish(one: _Spans) -> bool:  # said after a skill held, in a sentence ended before it, or in Korean
        if first_held is None:
            return False
        k = stances.index(one)
        korean = any(is_hangul(word.form) for word in stances.clauses[k])
        return first_held.start < one.start or korean or sentences[k] < held_in

    return [
        one
        for one, denied, learnt, wish in zip(found, denials, learning, wishes, strict=True)
        if not denied and not learnt and not (wish and own_wish(one))
    ]


def _unclaimed(
    vocab: Vocabulary, stances: Stances, found: Sequence[Spanned], reading: StanceReading = stance.unclaimed
) -> list[bool]:
    """`Stances.unclaimed_listed`, where a certificate said obtained or held right after it is read as the writer's
    whoever the clause goes on to tell of (stance.unclaimed_obtained, stance.negated)."""
    said = stances.unclaimed_listed(found, reading)
    certificates = [_certificate_had(vocab, stances, one) for one in found]
    if not any(certificates):
        return said
    had = stances.unclaimed_listed(found, stance.negated if reading is stance.denied else stance.unclaimed_obtained)
    return [
        obtained if certificate else unclaimed
        for certificate, unclaimed, obtained in zip(certificates, said, had, strict=True)
    ]


def _certificate_had(vocab: Vocabulary, stances: Stances, found: Spanned) -> bool:
    """The skill is a certificate its clause says obtained or held right after it, by no one named before it."""
    clause = stances.clauses[stances.index(found)]
    after = next((k for k, word in enumerate(clause) if word.start >= found.end), len(clause))
    last = after - 1 if after > 0 and clause[after - 1].start > found.start else None  # "용접기능사 취득함" read whole
    said = [k for k in (last, after) if k is not None and k < len(clause)]
    return (
        vocab.by_id[found.skill_id].qualification
        and any(
            clause[k].text in OBTAINED_RIGHT_AFTER_KO
            or clause[k].text in HELD_KO
            or _obtained(clause, k)
            or _day_obtained(clause, k)
            for k in said
        )
        and not _someone_before(clause, found)
        and not any(_subject_or_topic(word) for word in clause if word.end <= found.start)
    )


# The day or the time a certificate was passed, said right after it ("물관사 붙은 날 엄마가 미역국 끓여주심").
PASSED_ADNOMINAL_KO = frozenset(("붙은", "합격한", "취득한", "딴"))
PASSED_DAY_KO = frozenset(("날", "날에", "날은", "때", "때는", "다음날", "후", "뒤"))


# People a pass said right after a certificate may be of ("딴 사람 구함", "붙은 동기들"): theirs, not the writer's.
PASSED_BY_KO = frozenset(
    (
        *("사람", "사람들", "친구", "친구들", "애", "애들", "형", "누나", "언니", "오빠", "동기", "동기들"),
        *("분", "분들", "선배", "선배들", "후배", "후배들", "사람만", "분만", "사람은", "분은"),
    )
)
THOUGHT_SO_KO = "줄"
HONORIFIC_KO = "님"
PERSON_PARTICLES_KO = ("이랑", "랑", "하고", "한테", "에게", "이", "가", "은", "는", "도", "과", "와")  # "딴 형이랑"


def _passed_by_writer(after: Sequence[Word]) -> bool:
    """A pass said right after the certificate, as its adnominal, of no person named after it ("빅분기 붙은 게 실감 안
    나요", "산안기 딴 거"; not "지게차 면허 딴 사람 구한다는데")."""
    then = after[1].text if len(after) > 1 else ""
    bare = lexicon.less_particle(then, PERSON_PARTICLES_KO)
    # a person ("딴 형이랑", "딴 팀장님이") or a belief ("딴 줄 알았는데": thought passed)
    person = then in PASSED_BY_KO or bare in PASSED_BY_KO or bare.endswith(HONORIFIC_KO) or then == THOUGHT_SO_KO
    return after[0].text in PASSED_ADNOMINAL_KO and not person


def _day_obtained(clause: Sequence[Word], k: int) -> bool:
    return clause[k].text in PASSED_ADNOMINAL_KO and k + 1 < len(clause) and clause[k + 1].text in PASSED_DAY_KO


def _subject_or_topic(word: Word) -> bool:
    """A word with a subject's or a topic's particle, not the writer ("형은", "친구는", "동기들은"; not "저는")."""
    return (
        len(word.text) > 1
        and word.text.endswith(stance.SUBJECT_TOPIC_KO)
        and word.form not in lexicon.WRITER_SUBJECT_FORMS
    )


# Trying said spaced, a verb's 해 (or 써, 만져 …) and 봤어요 apart: "용접 해 봤어요" is "용접 해봤어요", as tried.
TRIED_VERBS_KO = ("해", "써", "만져", "다뤄", "돌려", "몰아", "타", "잡아", "배워")
TRIED_AUX_KO = (
    *("봤어요", "봤어", "봤습니다", "봤음", "봤고", "봤는데", "봤었어요", "봤었음", "보았어요", "보았습니다", "봄"),
)
_TRIED_VERB_FORMS = frozenset(normalise(word) for word in TRIED_VERBS_KO)
_TRIED_AUX_FORMS = frozenset(normalise(word) for word in TRIED_AUX_KO)


def _tried_spaced(clause: Sequence[Word], word: Word) -> bool:
    """The word is one of a verb and its 보다 of trying, typed apart ("해 봤어요", "써 봤어요")."""
    k = clause.index(word)
    if word.form in _TRIED_VERB_FORMS:
        return k + 1 < len(clause) and clause[k + 1].form in _TRIED_AUX_FORMS
    return word.form in _TRIED_AUX_FORMS and k > 0 and clause[k - 1].form in _TRIED_VERB_FORMS


def stranger(vocab: Vocabulary, word: Word) -> bool:
    """A word that says something other than skills and work."""
    return not (_neutral(word) or _work(vocab, word))


def stranded(vocab: Vocabulary, stances: Stances, found: Sequence[Spanned], mentions: Sequence[Spanned] = ()) -> bool:
    """The one skill found in a line (its words: text[start:end]) is named by one short word, and in its clause the
    words that say something else are two or more and outnumber the words of work, none of which is said right with
    it: the clause is about the other things. Another clause ("취미는 독서와 등산이고, 엑셀 다룰 줄 압니다") says
    nothing of it, and several skills named together are a list of skills ("Python Django 카페 모임"). Whatever the
    words: skills wanted, someone else's or a pastime's (stance.py), a title's glued by a colon ("CS:GO"), a strong
    name before another thing ("EDM 페스티벌 다녀옴") and a language typed as its country's name ("프랑스 자수").
    `mentions`: each place a skill was named, whose words say that skill again ("솔리디티로 스마트 컨트랙트 작성")."""
    text = stances.text
    if found and stances.any_cued and all(_unclaimed(vocab, stances, found)):
        return True  # "CAD 배워보고 싶어요", "형이 CNC 선반 일을 함", "건프라 조립이 취미"
    if _titled(text, found):
        return True  # "CS:GO 게임 랭크"
    if found and _asked_of_exams(vocab, stances, found):
        return True  # "전기기사 시험 일정 아시는 분?"
    if found and _relatives_things(stances, found):
        return True  # "My cousin's mentoring program matched her with a pilot."
    if found and all(_pointed_at(stances, one) for one in found):
        return True  # "여기가 도장이에요?", "이 반지 도금이었어요": a thing said to be so, no work
    if found and _phone_menu(stances):
        return True  # "Press 1 for Korean": a phone menu's choices, no one's skills
    if _story(vocab, text, found):
        return True  # "The crane operator on the building site next door waves at my kids every morning."
    if found and _in_the_news(vocab, stances, found):
        return True  # "어제 뉴스에 지게차 사고로 직원이 다쳤다는 소식", "I read an article about Python"
    if len(found) != 1:
        return False
    return _stranded_alone(vocab, stances, found[0], mentions)


# The verbs a phone menu's choice is told with, a digit and what it is for after them: "Press 1 for Korean", "Dial 0
# to reach the operator"; not a press's years ("Press 3 years, forklift").
MENU_VERBS_EN, MENU_CHOICE_EN = frozenset(("press", "dial")), frozenset(("for", "to"))
MENU_WORDS = 3


def _phone_menu(stances: Stances) -> bool:
    """A phone menu's line: a clause beginning with MENU_VERBS_EN, a digit and MENU_CHOICE_EN ("Press 1 for Korean")."""
    return any(
        len(clause) >= MENU_WORDS
        and clause[0].form in MENU_VERBS_EN
        and clause[1].form.isdigit()
        and clause[2].form in MENU_CHOICE_EN
        for clause in stances.clauses
    )


def stranded_in_sentences(vocab: Vocabulary, stances: Stances, found: Sequence[Spanned]) -> list[bool]:
    """For each skill of a line of several sentences, whether it is the one skill of its sentence and stranded there
    (`stranded`'s test of one skill): an everyday word in one sentence is not let through by a skill of another
    ("고등학교 때 학생회 의장을 맡았어요. 지금은 물류센터에서 지게차 운전합니다." is the forklift alone)."""
    if len(found) < 2:
        return [False] * len(found)  # the common case
    sentences = _sentences(stances)
    if sentences[-1] == 0:
        return [False] * len(found)
    in_sentence = [sentences[stances.index(one)] for one in found]
    return [
        in_sentence.count(k) == 1
        and not _said_of_writer(stances, sentences, k)
        and not _of_a_trade_named(vocab, one, found)
        and _stranded_alone(vocab, stances, one, found)
        for one, k in zip(found, in_sentence, strict=True)
    ]


def _said_of_writer(stances: Stances, sentences: Sequence[int], k: int) -> bool:
    """The writer is a subject in sentence k ("Now I'm a delivery driver", "저는 …"): the sentence tells of the
    writer, its skill theirs."""
    return any(
        word.form in WRITER_SAID_FORMS
        for clause, sentence in zip(stances.clauses, sentences, strict=True)
        if sentence == k
        for word in clause
    )


def _of_a_trade_named(vocab: Vocabulary, one: Spanned, found: Sequence[Spanned]) -> bool:
    """The skill is a language or a trait, said in any sentence ("I speak conversational Chinese though."), or one
    the taxonomy relates to another skill of the line, said in that trade's sense ("계장 일을 6년 했습니다. DCS 화면도
    볼 줄 압니다.", "통계학 전공했어요. R이랑 SPSS …")."""
    skill = vocab.by_id[one.skill_id]
    if skill.category in {LANGUAGES, SOFT_SKILLS}:
        return True
    return any(
        other.skill_id in skill.related or one.skill_id in vocab.by_id[other.skill_id].related
        for other in found
        if other.skill_id != one.skill_id
    )


def _sentences(stances: Stances) -> list[int]:
    """The sentence each clause is in, counted from 0: a new one after a gap that ends a sentence."""
    text, clauses = stances.text, stances.clauses
    numbers = [0]
    for before, after in pairwise(clauses):
        ended = any(mark in text[before[-1].end : after[0].start] for mark in SENTENCE_ENDS)
        numbers.append(numbers[-1] + ended)
    return numbers


def _stranded_alone(vocab: Vocabulary, stances: Stances, one: Spanned, mentions: Sequence[Spanned]) -> bool:
    """`stranded`'s test of a line's one skill, read in its clause."""
    text, clauses = stances.text, stances.clauses
    clause = _clause_of(clauses, one)
    if _requirement(text):
        return False  # a posting's requirement: "ㆍ알고리즘 및 자료구조 이해도 높으신 분", "[필수] LOTO 절차 숙지자"
    if one.level is not None or one.years is not None:  # "용접 잘하는 편 5년": a skill rated is a skill held
        return False
    if sum(_named_topic(vocab, word) for word in clause) >= TOPICS_SET_AGAINST:
        return False  # skills set against each other: "포토샵은 할 줄 알고 …", "… 지게차만 탑니다"
    if _said_in_passing(text, clause, one) and not _verb_said(vocab, clause, one):
        return True  # "My bike chain is covered in rust after the typhoon"; not "Cast aluminium parts in a foundry"
    told = CLAUSE_MIN_WORDS <= len(clause) <= STORY_WORDS
    common_name = _common_word_name(vocab, text, clause, one)
    # A line of two words is a skill field's fragment, a name and what of it ("marketing strategy", "마케팅 전략",
    # "Python prog"), as often as a thing of life ("Python hoodie"); a sentence of life has more.
    everyday = (one.skill_id in EVERYDAY_THINGS or common_name) and len(text.split()) > FRAGMENT_MAX_WORDS
    if not told and not everyday and vocab.by_id[one.skill_id].category not in {LANGUAGES, SOFT_SKILLS}:
        return False  # the common case: a skill and a word or two about it
    said = [again for again in (one, *mentions) if again.skill_id == one.skill_id]
    others = [word for word in clause if not any(again.start < word.end and word.start < again.end for again in said)]
    units = _units(clause)
    others = [word for word in others if not _during_work(vocab, clause, word) and word not in units]
    others = [word for word in others if not _tried_spaced(clause, word)]
    contest = _contest_entered(clause, one)
    others = [word for word in others if word not in contest]
    owned = stance.owned(clause)  # "in my car": a thing of one's own, though a name has the word
    if vocab.by_id[one.skill_id].qualification and (_held_after(clause, one) or _obtained_after(clause, one)):
        return False  # "자동차정비기능사 있고 아빠 카센터 주말마다 나가요": the certificate held, whatever follows
    if vocab.by_id[one.skill_id].qualification:  # "정처산기 작년에 땄어요"
        others = [word for word in others if word.form not in WHEN_FORMS]
    if any(word.form in work_words.WORKPLACE_AT_FORMS for word in clause) and any(_done(word) for word in clause):
        return False  # work done at a workplace: "아빠 가게에서 엑셀 자주 했어요"
    coded = vocab.by_id[one.skill_id].category in work_words.CODED_CATEGORIES
    work_said = (  # a firm of a trade, a word of software, the thing worked on: words of work
        _firms_of_trades(vocab, others)
        | {word for word in others if coded and _jargon(clause, one, word)}
        | set(_worked_things(clause, one))  # "Welded small brackets and frames", "I can solder small boards"
    )
    strangers = sum(
        (stranger(vocab, word) and word not in work_said) or (word in owned and not _neutral(word)) for word in others
    )
    work = sum(
        word not in owned
        and not _neutral(word)
        and not (common_name and word.form in STOP_EN)  # "Unity in the family": no name's "in"
        and (
            _work(vocab, word)
            or word in work_said
            or (coded and any(bare in work_words.SOFTWARE_TERM_FORMS for bare in _bare(word.form)))
        )
        for word in others
    )
    if strangers and not work and (_country(vocab, text, one) or _underway(vocab, clause, one)):
        return True  # "프랑스 자수", "시차 적응 중"
    if strangers > work and vocab.by_id[one.skill_id].category == SOFT_SKILLS and _among_household(clause, one):
        return True  # "우리 집 고양이랑 소통이 점점 잘 되는 느낌이에요", "My cat is very proactive about waking me up"
    if not told and not everyday:
        return False
    if strangers <= work:
        return False
    # One other word is enough after the skill's, which it then qualifies ("택배 배송 조회"); before it, it is the
    # skill's object as often ("원자재 구매"). The everyday word is a verbal noun of work as often ("배달", "영업"):
    # only a word of work beside it says work.
    qualifies = strangers >= STRANGERS_MIN or any(stranger(vocab, word) for word in clause if word.start >= one.end)
    if (
        everyday
        and len({(again.start, again.end) for again in said}) == 1  # named twice, it is what the line is about:
        # "고객 응대 및 전화 상담"
        and qualifies
        and work == 0
        and _everyday_word(vocab, clause, one)
        and not _beside_work(vocab, clause, one, itself=False, stops=common_name)
        and not _writers_work(clause, one, headed=not common_name)
        and not (common_name and _work_said_en(clause, one))
    ):
        return True  # "택배 배송 조회", "엄마 반찬가게 발주 문자가 새벽 다섯 시에 옴": the thing, no work
    if _beside_work(vocab, clause, one):
        return False
    if not told:
        return False
    if strangers >= STRANGERS_MIN and _weak(vocab, text, clause, one):
        return True
    # A name before another thing is said with that thing and one more word, or a word of liking it ("SPC 빵 좋아함").
    liked = sum(stance.liking(word) for word in others)
    return work == 0 and strangers + liked >= STRANGERS_MIN and _qualifier(vocab, clause, one)


def _writers_work(clause: Sequence[Word], one: Spanned, *, headed: bool = True) -> bool:
    """A sign the clause tells of the writer's work with the skill, however everyday its other words: the writer a
    subject or the doer, a verb of doing or an ability said ("제가 맡아서", "I did the delivery routes", "회계 가능",
    "포장 도와드림", "is all me"), the work done named ("태양광 설치"), a person or a workplace ("Tally clerk",
    "사장님이", "at a bookstore"), a posting's word, or the English name the head of what follows it ("Delivery of
    newspapers around our apartment", "Sales to cafes around Seoul", "Scaffolding work"), if `headed`: a common
    English word heads its own phrase as often ("A cup of Java at the café", "Unity in the family")."""
    at = next((k for k, word in enumerate(clause) if word.start >= one.end), len(clause))
    if headed and at < len(clause) and clause[at].form in WORK_AFTER_EN and clause[at - 1].form.isascii():
        return True
    if _writer_doing(clause, one):
        return True
    return any(
        word.form in WRITER_SAID_FORMS
        or word.form in _WRITER_SUBJECTS
        or word.form in WORK_DOING_EN
        or word.form == DO_KO
        or word.text.startswith((*WORK_DOING_KO, *work_words.DOING_STEMS_KO))
        or word.text.endswith(WORK_DONE_KO)
        or any(
            bare in lexicon.POSTING_FORMS
            or bare in FIRM_FORMS
            or bare in work_words.WORKPLACE_AT_FORMS
            or (not bare.isascii() and bare in work_words.WORK_DONE_SAID_FORMS)
            for bare in _bare(word.form)
        )
        or any(_person_said(word._replace(form=bare)) for bare in _bare(word.form))  # "사장님이"
        for word in clause
    )


def _person_said(word: Word) -> bool:
    """`_person`, of a Korean word of three syllables or more or with its honorific ("검사원", "사장님"); two are an
    everyday thing's as often ("피자", "문자")."""
    korean = not word.form.isascii() and not word.form.endswith(HONORIFIC)
    return _person(word) and not (korean and len(word.text) < PERSON_SYLLABLES)


PERSON_SYLLABLES = 3
# The words an English name of work is the head of a phrase with ("Delivery of …", "Sales to …", "Scaffolding work").
WORK_AFTER_EN = frozenset(
    (
        *("of", "for", "to", "at", "on", "around", "across", "in", "during", "after", "through"),
        *("work", "job", "jobs", "target", "targets"),
    )
)
# English verbs of doing work, and a person or a posting's word no ending shows ("Tally clerk", "Sales reps wanted").
WORK_DOING_EN = frozenset(
    (
        *("do", "does", "did", "done", "doing", "handle", "handles", "handled", "ran", "run", "runs"),
        *("clerk", "clerks", "rep", "reps", "wanted", "hiring"),
    )
)
# Korean verbs of doing, taking charge and ability, as words of their own ("택배 배송 해", "포장 해드렸어요", "회계
# 맡았어요", "생활비 다 책임졌어요", "회계 가능하고", "아시바 쳐봤어요", "배달 뛰면서"), experience said, or a verb
# glued to a verbal noun ("손님 응대했어요", "200개 배송했음", "배달하면서").
DO_KO = normalise("해")
WORK_DOING_KO = (
    *("했", "해요", "해드", "함", "합니다", "맡", "책임", "가능", "하고", "하는", "해서", "해봤", "해본", "쳐", "뛰"),
    *("경력", "경험", "실무"),  # "영업 경력 살려서", "법인 영업 경험"
)
WORK_DONE_KO = ("했어요", "했음", "했습니다", "했고", "해요", "해드림", "하면서", "하며", "하던", "했던")


# A skill of code named by one English word as common as this (Zipf 3: once in a million words) is that word in a
# sentence of life as often as the skill: go 6.0, spring 4.9, express 4.7, unity 4.2, scratch 4.2, swift
# 4.2, java 4.0, ruby 4.0, canvas 4.0, node 3.9, python 3.8, rust 3.7, excel 3.7, oracle 3.7, blender 3.4, flutter
# 3.1; rarer names are the skill alone (docker 3.0, kafka 3.0, tableau 2.9, selenium 2.9, matlab 2.8). Words of code
# this common with no other sense (linux 4.0, photoshop 3.8) are seldom said in a sentence of life without work.
COMMON_NAME_ZIPF = 3.0


def _common_word_name(vocab: Vocabulary, text: str, clause: Sequence[Word], one: Spanned) -> bool:
    """The skill of code read by one English word of letters, typed right and common in English (COMMON_NAME_ZIPF), in
    an English sentence ("A cup of Java at the café", "Go to the store for milk", "Unity in the family"): the everyday
    word as often as the skill."""
    skill = vocab.by_id[one.skill_id]
    if skill.category not in work_words.CODED_CATEGORIES or one.skill_id in EVERYDAY_THINGS:
        return False  # an everyday thing's word has its own rules ("Delivery of school lunches", "Sales at a …")
    said = [word for word in clause if word.start < one.end and word.end > one.start]
    if len(said) != 1 or not said[0].form.isascii() or not said[0].form.isalpha():
        return False
    if vocab.exact.get(said[0].form) != one.skill_id or common_words.zipf_english(said[0].form) < COMMON_NAME_ZIPF:
        return False
    if _slipped_fragment(text, clause) or text[one.end : one.end + 1] in GLUED_MARKS or _mine(clause, said[0]):
        return False  # a field's fragment ("Excel(adv)", "Bash scirpting"), the writer's tool ("my Python")
    return text[:1].isupper() and not any(is_hangul(word.form) for word in clause)


# The fewest words of a sentence of life, whose words may be names ("Seomyeon", "Dubu"); a shorter line with a word
# that is none is a field's fragment with a slip ("Bash scirpting"), with only English words a phrase ("Pandas are
# cute", "Python hoodie").
COMMON_NAME_SENTENCE = 4
# Marks glued after a name in a field's shorthand ("Excel(adv)", "Photoshop/Illustrator", "Go-based").
GLUED_MARKS = frozenset("(/-+&:")


def _slipped_fragment(text: str, clause: Sequence[Word]) -> bool:
    """A line shorter than a sentence of life (COMMON_NAME_SENTENCE) with a word no English word: a slip."""
    return len(text.split()) < COMMON_NAME_SENTENCE and not all(
        common_words.is_english_word(word.form) for word in clause
    )


def _mine(clause: Sequence[Word], said: Word) -> bool:
    """The name said right after "my": the writer's tool ("And my cat approves of my Python")."""
    at = clause.index(said)
    return at > 0 and clause[at - 1].form == stance.MY_EN


# English words of work done with a skill of code, beside it in a line of life ("Wrote a Go service", "Built a Unity
# game in school", "Excel macros for the shop", "Used Java for two years"): the skill is the work's.
WORK_SAID_EN = frozenset(
    (
        *("use", "used", "using", "build", "built", "building", "write", "wrote", "written", "writing", "code"),
        *("coded", "coding", "develop", "developed", "developing", "program", "programmed", "programming", "made"),
        *("make", "making", "learn", "learned", "learnt", "learning", "study", "studied", "studying", "know", "knows"),
        *("experience", "experienced", "project", "projects", "app", "apps", "service", "services", "server"),
        *("game", "games", "script", "scripts", "macro", "macros", "formula", "formulas", "sheet", "sheets"),
        *("spreadsheet", "spreadsheets", "api", "backend", "frontend", "library", "framework", "plugin", "bot"),
        *("version", "years", "year", "months", "skills", "skill", "developer", "engineer", "programmer", "operator"),
        *("course", "class", "certified", "tutorial", "job", "work", "worked", "working", "intern", "internship"),
        # ability, freelance and a posting's words: "Proficient in Excel", "Freelance Photoshop retouching", "Django
        # is my default for anything", "Duty: Qt screens", "Excel an advantage", "Java preferred", "Python a plus"
        *("proficient", "proficiency", "familiar", "fluent", "skilled", "comfortable", "default", "freelance"),
        *("freelancer", "duty", "duties", "advantage", "preferred", "plus", "required", "must", "retouching"),
        *("editing", "edited", "automate", "automated", "automation", "goto"),  # "the go-to person for excel"
        *("meetup", "meetups", "conference", "hackathon", "bootcamp"),  # "Missed the Python meetup"
    )
)
# Words of ability right before "at" or "with" and the name ("Not bad at Photoshop", "Good with Excel").
ABLE_EN = frozenset(("good", "bad", "great", "better", "decent", "okay", "ok", "fine", "handy", "confident"))
ABLE_WITH_EN = frozenset(("at", "with"))
# Words of purpose or means right after the name, before their object: "Excel for my dad's orchard".
PURPOSE_AFTER_EN = frozenset(("for", "with"))


def _work_said_en(clause: Sequence[Word], one: Spanned) -> bool:
    """An English word of work (WORK_SAID_EN) or a number (a version, years) in the clause, or the name put to a
    purpose or held as an ability: "for" or "with" right after it ("Photoshop for the church bulletin"), a word of
    ability and "at" or "with" right before it ("Not bad at Photoshop", "Good with Excel")."""
    if any(word.form in WORK_SAID_EN or any(char.isdigit() for char in word.form) for word in clause):
        return True
    at = next(k for k, word in enumerate(clause) if word.end > one.start)
    if at + 1 < len(clause) and clause[at + 1].form in PURPOSE_AFTER_EN:
        return True
    return at >= 2 and clause[at - 1].form in ABLE_WITH_EN and clause[at - 2].form in ABLE_EN


def _everyday_word(vocab: Vocabulary, clause: Sequence[Word], one: Spanned) -> bool:
    """The skill of EVERYDAY_THINGS read by its everyday word typed right, one or two words ("택배 배송", "Marketing",
    "inspection"): not a slip, which no everyday line types ("Tallly clerk"), a certificate, nor initials in capitals
    ("HVAC", "EDM")."""
    said = [
        word for word in clause if word.start < one.end and word.end > one.start and not lexicon.is_quiet(word.form)
    ]
    if not 0 < len(said) <= 2 or vocab.by_id[one.skill_id].qualification:
        return False
    if any(word.text.isupper() and len(word.text) > 1 for word in said):
        return False
    if vocab.exact.get("".join(word.form for word in said)) == one.skill_id:
        return True  # "택배 배송"
    # A word of its name typed right ("택배로"), beside a common word ("배터리 가는"), not a slip ("배터리 시스탬").
    right = [word for word in said if any(vocab.exact.get(bare) == one.skill_id for bare in _bare(word.form))]
    return bool(right) and all(word in right or common_words.is_common(word) for word in said)


def _worked_things(clause: Sequence[Word], one: Spanned) -> list[Word]:
    """The object of the verb of work the skill was read from (verbs.worked_things): the things the work was done on
    are words of work, not another thing the clause is about."""
    said = [k for k, word in enumerate(clause) if word.start < one.end and one.start < word.end]
    return verbs.worked_things(clause, said[0]) if len(said) == 1 else []


def _jargon(clause: Sequence[Word], one: Spanned, word: Word) -> bool:
    """A word only software says (work_words.SOFTWARE_JARGON), or a framework's part right after its name ("Spring
    배치로"): beside a skill written in code, work and no other thing."""
    bare = _bare(word.form)
    if any(form in work_words.SOFTWARE_JARGON_FORMS for form in bare):
        return True
    after = [each for each in clause if each.start >= one.end]
    return bool(after) and after[0] is word and any(form in work_words.SOFTWARE_PART_FORMS for form in bare)


def _among_household(clause: Sequence[Word], one: Spanned) -> bool:
    """A pet, a relative or a neighbour is the clause's subject or the writer's company in it, by a particle ("조카가
    그린 …", "고양이랑"), bare after 우리, 집 or 동네 ("우리 강아지 두 마리 팀워크가"), or after "my" first or after
    "with" ("My cat is very proactive", "Communication with my cat"): a trait there is theirs, or the writer's at home.
    Not with the writer a subject too ("엄마가 미용실 하셔서 제가 …", "My mother and I both do bookkeeping"), a trait
    the writer calls theirs ("Mum says my communication is great"), nor one said after a verb of the relative's
    ("부모님이 식당 하셔서 손님 응대는 …", "남편이랑 살면서 다문화 이해는 …"): the writer's, learnt with them."""
    at = next((k for k, word in enumerate(clause) if word.end > one.start), 0)
    if (at and clause[at - 1].form in _WRITERS_OWN) or any(word.form in _WRITER_SUBJECTS for word in clause):
        return False
    for k, word in enumerate(clause):
        before = clause[k - 1].form if k else ""
        after = clause[k + 1].form if k + 1 < len(clause) else ""
        household = word.form in _HOUSEHOLD_SAID_KO or (
            word.form in _HOUSEHOLD_BARE_KO and before in _HOUSEHOLD_HOME_KO
        )
        household = household or (
            word.form in _POSSESSIVES_EN and after in _HOUSEHOLD_EN and (k == 0 or before == phrases.WITH_EN)
        )
        if household and not any(_linking_verb(between) for between in clause[min(k, at) + 1 : max(k, at)]):
            return True
    return False


def _linking_verb(word: Word) -> bool:
    """A Korean verb that links to the next part (하셔서, 살면서, 하며, 간호사라서); not a place's 에서."""
    return word.text.endswith(LINKING_KO) and not word.text.endswith(PLACE_KO)


LINKING_KO = ("서", "며")
# The writer a subject: "제가", "저도", "I" (not "me", an object: "waking me up").
_WRITER_SUBJECTS = frozenset(
    map(normalise, ("i", "we", "im", "ive", "저는", "제가", "저도", "나는", "내가", "나도", "저희가", "우리가"))
)


# The particles a pet or a relative is a subject or company with (이/가, 은/는, 랑/이랑, 와/과, 하고), plural or not.
HOUSEHOLD_PARTICLES_KO = ("이", "가", "은", "는", "랑", "이랑", "와", "과", "하고")
_HOUSEHOLD_BARE_KO = frozenset(
    normalise(one + plural) for one in (*lexicon.PETS_KO, *lexicon.HOUSEHOLD_KO) for plural in ("", "들")
)
_HOUSEHOLD_SAID_KO = frozenset(
    normalise(one + plural + particle)
    for one in (*lexicon.PETS_KO, *lexicon.HOUSEHOLD_KO)
    for plural in ("", "들")
    for particle in HOUSEHOLD_PARTICLES_KO
)
_HOUSEHOLD_HOME_KO = frozenset(map(normalise, (*stance.OURS_KO, "집", "우리집", "울집", "동네")))
_HOUSEHOLD_EN = frozenset(map(normalise, (*lexicon.PETS_EN, *lexicon.HOUSEHOLD_EN)))
_POSSESSIVES_EN = frozenset(map(normalise, stance.POSSESSIVES_EN))
_WRITERS_OWN = frozenset(map(normalise, ("제", "내", "나의", "저의", "my")))


def _firms_of_trades(vocab: Vocabulary, others: Sequence[Word]) -> set[Word]:
    """The firm named by a trade, the word before it among the words left beside the skill read ("for a crane
    maker", "배관 업체에서"): where the work was done (phrases.workplaces drops the trade for it), a word of work, not
    another thing."""
    return {
        word
        for before, word in pairwise(others)
        if word.form in FIRM_FORMS and _work(vocab, before) and not _neutral(before)
    }


FIRM_FORMS = phrases.WORKPLACES_EN | phrases.WORKPLACES_KO


def _verb_said(vocab: Vocabulary, clause: Sequence[Word], found: Spanned) -> bool:
    """The verb of the skill's English name said beside the word read ("Cast aluminium parts in a sand foundry",
    "Welded frames in a welding bay"): the work done, whatever the sentence's everyday words."""
    name = normalise(vocab.by_id[found.skill_id].name_en)
    if not name.endswith(SKILL_GERUND_EN) or len(name) <= len(SKILL_GERUND_EN) + 2:
        return False
    stem = name[: -len(SKILL_GERUND_EN)]
    said = {stem + ending for ending in VERB_ENDINGS_EN}
    return any(word.form in said for word in clause if not (found.start < word.end and word.start < found.end))


SKILL_GERUND_EN = "ing"  # a skill named by its work's gerund: welding, casting, painting
VERB_ENDINGS_EN = ("", "s", "ed")  # cast, casts, welded


def _contest_entered(clause: Sequence[Word], found: Spanned) -> set[Word]:
    """A contest the writer entered, reached a round of or won ("해킹 대회 입상 경력", "해킹 대회 본선 진출",
    "기능경기대회 용접 직종 금메달"), and those words: the skill named as the contest's is the writer's, not a thing
    the contest is about; not one watched ("용접 대회 구경 갔어요"), nor a game's ("다트 대회 나갔어요": a name that
    is also an everyday thing, lexicon.DOUBLE_SENSE)."""
    if any(
        word.form in lexicon.DOUBLE_SENSE_FORMS for word in clause if word.start < found.end and found.start < word.end
    ):
        return set()
    contests = {word for word in clause if word.text.endswith(CONTESTS_KO) or word.form in CONTESTS_EN}
    entered = {word for word in clause if word.text.startswith(CONTEST_ENTERED_KO) or word.form in CONTEST_ENTERED_EN}
    return contests | entered if contests and entered else set()


CONTESTS_KO = ("대회", "대회에", "대회에서", "대회를", "해커톤", "해커톤에", "해커톤에서", "콘테스트", "공모전")
# Not "contest" or "competition", said of any pastime's ("young inventor contest", "spelling competition").
CONTESTS_EN = frozenset(("ctf", "hackathon"))
# Entering a contest, a round of it reached, a prize won: 나가다, 참가, 입상, 수상, 본선 진출, 우승, a medal.
CONTEST_ENTERED_KO = (
    *("나가", "나갔", "나감", "참가", "출전", "입상", "수상", "본선", "결선", "진출", "우승", "준우승"),
    *("금메달", "은메달", "동메달", "금상", "은상", "동상", "대상", "장려상"),
)
CONTEST_ENTERED_EN = frozenset(("won", "winner", "finalist", "entered", "placed"))


# How a Korean posting marks a requirement: the bullet its documents use (the araea, ㆍ) or a heading before it. Not
# other bullets, a note's as often ("• 다트 핀 사기"), nor a word of whom it wants last ("엑셀 밟는 법 숙지자").
REQUIREMENT_MARKS = ("ㆍ", "[필수]")
# A posting's field of what it asks for, after a bullet of any kind or none ("⑶ 필수: 전기기사 (선임 가능자)").
# The field it hires for is one too ("모집 분야: 용접 (경력 무관)"), and the fields of the abilities it needs and the
# work it gives ("필요 역량: 엑셀", "담당: 시트 프레임 용접"), spaced or not; each only before its colon ("담당업무가
# 너무 많아서 힘들다" is a complaint).
REQUIREMENT_LABELS = (
    *("필수", "우대", "자격요건", "자격 요건", "지원자격"),
    *("모집 분야", "모집분야", "모집직종", "모집 직종", "채용분야"),
    *(kind + space + "역량" for kind in ("필요", "필수", "요구", "핵심") for space in ("", " ")),
    *("담당", "업무", "담당 업무", "담당업무", "주요 업무", "주요업무", "업무 내용", "업무내용"),
)
REQUIREMENT_FIELDS = tuple(label + colon for label in REQUIREMENT_LABELS for colon in (":", " :"))


def _said_in_passing(text: str, clause: Sequence[Word], found: Spanned) -> bool:
    """An everyday English word in small letters, one word of a long sentence begun with a capital, where no word
    of work is said: the word in its everyday sense ("Thanks to the landlord for the swift reply", "My bike chain is
    covered in rust"); a name is capitalised in such a sentence, or said with its work."""
    typed = text[found.start : found.end]
    if len(clause) <= STORY_WORDS or not (text[:1].isupper() and text.isascii() and typed.isalpha()):
        return False  # the common case
    if not typed.islower() or not common_words.is_everyday_english(typed):
        return False
    if _writer_doing(clause, found) or _done_first(clause[0]) or _seen_then_done(clause):
        return False  # the writer's own doing: "I've been welding all week", "Ran the forklift at my uncle's …"
    forms = [word.form for word in clause]
    if any(first in COUNT_WORDS_EN and second in COUNTED_TIMES_EN for first, second in pairwise(forms)):
        return False  # how long the work was done: "Two summers on a forklift moving pallets of frozen fish"
    # The skill's word named as a thing, a determiner a word or two before it, is no word of work said with it: "the
    # delivery of my shoes", "A full inventory of the snacks"; said bare, it is the work ("Food delivery by motorbike").
    at = next((k for k, word in enumerate(clause) if found.start < word.end and word.start < found.end), 0)
    named = any(word.form in THING_DETERMINERS_EN for word in clause[max(at - 2, 0) : at])
    others = [word for k, word in enumerate(clause) if not (named and k == at)]
    if len(clause) > 1 and clause[0].form in stance.KIN_EN:
        others = [word for word in others if word is not clause[1]]  # a relative's verb: "Mom keeps a tally of …"
    return not any(
        (_technical(word) and len(word.text) > 1)  # a code, not the article "a"
        or word.form in work_words.WORK_SAID_FORMS
        or word.form in WORK_IN_PASSING_EN
        for word in others
    )


def _writer_doing(clause: Sequence[Word], found: Spanned) -> bool:
    """The writer named before the skill's word, or after it as the subject of the clause's verb ("Dad's forklift - I
    drive it on weekends") or the doer ("The Instagram marketing is all me"); not the object of another verb after it
    ("Sparks from welding scare me") nor the subject of a clause of when ("a tally of every time I skip breakfast")."""
    for at, word in enumerate(clause):
        if word.form not in STORY_WRITER_EN:
            continue
        if word.start < found.end or word.form in WRITER_DOING_AFTER_EN:
            return True
        before = clause[at - 1].form if at else ""
        if word.form in WRITER_OBJECT_EN:
            if before in DONE_BY_EN:
                return True
        elif before not in WHEN_BEFORE_WRITER_EN:
            return True
    return False


WRITER_OBJECT_EN = frozenset(("me",))  # "… scare me", "… waves at me"
WRITER_DOING_AFTER_EN = frozenset(("myself", "mine"))  # "all by myself", "that work was mine"
DONE_BY_EN = frozenset(("all", "by"))  # "is all me", "done by me"
# Words a clause of when begins with, the writer its subject: "every time I skip", "since I stopped yoga".
WHEN_BEFORE_WRITER_EN = frozenset(("when", "whenever", "since", "time", "until", "before", "after", "if", "because"))


def _done_first(word: Word) -> bool:
    """A verb of doing first in a note, the writer its subject: a regular past ("Worked", "Helped") or a common one."""
    if word.form in PASTIME_FIRST_EN:
        return False  # a pastime or a thing seen: "Watched the new Marvel trailer", "Paddled a canoe on the Nakdong"
    return word.form in DONE_FIRST_EN or (len(word.form) >= STORY_PAST_MIN and word.form.endswith("ed"))


def _seen_then_done(clause: Sequence[Word]) -> bool:
    """A thing seen first (SEEN_FIRST_EN), then a verb of doing after "and": the writer's work on what was seen
    ("Noticed stock counts were off and redid the inventory on Saturday"); not a thing seen alone ("Spotted a cute cat
    near the welding shop")."""
    if clause[0].form not in SEEN_FIRST_EN:
        return False
    return any(
        first == AND_WORD_EN and (_done_first(then) or then.form.removeprefix(AGAIN_PREFIX_EN) in DONE_FIRST_EN)
        for first, then in ((a.form, b) for a, b in pairwise(clause))
    )


SEEN_FIRST_EN = frozenset(("spotted", "noticed", "overheard"))
AND_WORD_EN, AGAIN_PREFIX_EN = "and", "re"  # "… and redid the inventory": a verb of doing again


# Words of work and workplaces an everyday sentence does not say: "Volunteer at my neighbour's farm: forklift and
# tractor work", "Cargo container inspection at Busan New Port".
WORK_IN_PASSING_EN = frozenset(
    (
        *("work", "job", "jobs", "shift", "shifts", "experience", "port", "yard", "shipyard", "factory", "plant"),
        *("warehouse", "terminal", "workshop", "rep", "know-how", "clients", "customers", "working", "worked"),
        *("operator", "driver", "assistant", "subcontractor", "maker", "centre", "center", "target", "wanted"),
        *("crew", "buyers", "lessons", "applicants", "candidate", "candidates"),
    )
)
DONE_FIRST_EN = frozenset(
    (
        *("did", "ran", "kept", "spent", "grew", "made", "built", "led", "drove", "taught", "wrote", "used", "met"),
        *("took", "gave", "became", "sold", "speaks", "knows", "handles", "runs", "does", "works", "uses", "manages"),
        *("operates", "drives", "can", "must", "able"),
    )
)
# Words before a thing named: "the delivery guy", "every delivery scooter", "your inventory".
THING_DETERMINERS_EN = lexicon.DETERMINER_FORMS | {"every", "your"}
# Pasts of leisure and of seeing, which say no work done ("Visited Gamcheon village with the trailer of a bike").
PASTIME_FIRST_EN = frozenset(
    (
        *("watched", "saw", "visited", "enjoyed", "paddled", "hiked", "walked", "cycled", "biked", "swam", "played"),
        *("went", "stayed", "relaxed", "binged", "streamed", "camped", "danced", "sang"),
        *SEEN_FIRST_EN,  # a thing seen or heard: "Spotted: a grandma selling spring greens"
    )
)
COUNT_WORDS_EN = frozenset(("two", "three", "four", "five", "six", "several", "many", "few", "some"))
COUNTED_TIMES_EN = frozenset(
    ("year", "years", "month", "months", "weeks", "days", "summers", "winters", "seasons", "shifts", "nights")
)


def _units(clause: Sequence[Word]) -> set[Word]:
    """The units or counters glued after digits ("500개", "3대", "2건"), and counters after dozens or hundreds with the
    count ("수십 개를"): quantities, which say nothing else; not counters of everyday things, which say what was
    counted ("버선 3켤레 구매"), nor any where the clause says the things received or bought. A few things counted in
    words say what the line is about ("지게차가 두 대뿐이라")."""
    if any(word.text.startswith(GOT_KO) for word in clause):
        return set()
    found: set[Word] = set()
    for before, word in pairwise(clause):
        if word.text.startswith(EVERYDAY_COUNTERS_KO):
            continue
        if word.gap == "glued" and before.text.replace(".", "", 1).isdigit():  # "3톤", "2.5톤"
            found.add(word)
        elif before.text in MANY_KO and word.text.startswith(COUNTERS_KO):
            found.update((before, word))
    return found


COUNTERS_KO = ("개", "대", "건", "곳", "종")  # of things counted at work: machines, cases, sites, kinds
MANY_KO = frozenset(("수십", "수백", "수천"))


# Counters of things of everyday life: pairs of shoes or socks, animals, bowls, cups, portions, flowers, clothes.
EVERYDAY_COUNTERS_KO = ("켤레", "마리", "그릇", "잔", "인분", "송이", "벌")
# ... and the things counted where the line says them received, bought or installed ("택배 3개 받음", "사과 3개
# 구매", "번역 앱 2개 깔았음").
GOT_KO = ("받", "구매", "구입", "주문", "결제", "샀", "삼", "사서", "시킴", "시켰", "시켜", "깔았")


def _relatives_things(stances: Stances, found: Sequence[Spanned]) -> bool:
    """Each skill names a relative's thing a clause begins with (stance.relatives_thing), in a line that names no
    writer and is no note with a dash ("Dad's welding shop — welded trailers there")."""
    text = stances.text
    if not any(mark in text for mark in stance.POSSESSIVE_S) or any(dash in text for dash in NOTE_DASHES):
        return False
    if any(stance.writer_named(clause) for clause in stances.clauses):
        return False
    return all(stance.relatives_thing(stances.clauses[stances.index(one)], one.start) for one in found)


NOTE_DASHES = (" - ", "—", "–")


# Words of a certificate held or passed, in a question that asks after another ("정처기 있는데 지원 가능한가요?").
HELD_IN_QUESTION_KO = ("있는", "있고", "있어서", "있으면", "보유", "땄", "딴", "받았", "붙었", "합격했", "취득")
HELD_GLUED_KO = "소지"  # held, glued to the paper's word too: "자격증소지자"
HELD_IN_QUESTION_EN = frozenset(("have", "has", "got", "passed", "hold", "holding", "with", "i", "im"))
QUESTION_MARKS = ("?", "？")


def _asked_of_exams(vocab: Vocabulary, stances: Stances, found: Sequence[Spanned]) -> bool:
    """A question whose only skills are certificates and which says none held: their exams asked after ("전기기사 시험
    일정 아시는 분?", "SQLD 시험 난이도 어때요?", "When is the registration deadline for 전기기사?")."""
    if not stances.text.rstrip().endswith(QUESTION_MARKS):
        return False
    if not all(vocab.by_id[one.skill_id].qualification for one in found):
        return False
    words = [word for clause in stances.clauses for word in clause]
    held_ko = any(word.text.startswith(HELD_IN_QUESTION_KO) or HELD_GLUED_KO in word.text for word in words)
    return not held_ko and not any(word.form in HELD_IN_QUESTION_EN for word in words)


def _named_topic(vocab: Vocabulary, word: Word) -> bool:
    """A skill's whole name with the topic particle (은, 는) or 만: "지게차는", "일러스트레이터는", "신호수만"."""
    name = lexicon.less_particle(word.text, TOPIC_KO)
    return name != word.text and normalise(name) in vocab.exact


TOPIC_KO = ("은", "는", "만")
TOPICS_SET_AGAINST = 2


def _pointed_at(stances: Stances, found: Spanned) -> bool:
    """A skill's word said last with the copula (lexicon.COPULA_LAST) in a question, or of a thing or a place pointed
    at or a problem before it ("여기가 상하차예요?", "이 반지 도금이었어요", "문제는 납땜이었어요"): what a thing is,
    not the writer's work ("저는 신호수였어요")."""
    clause = _clause_of(stances.clauses, found)
    words = [word for word in clause if word.start < found.end and word.end > found.start]
    if not words or not words[-1].form.endswith(_COPULA_LAST_FORMS):
        return False
    before = [word for word in clause if word.end <= found.start]
    asked = stances.text[clause[-1].end :].lstrip().startswith(QUESTION_MARKS)
    # a thing pointed at ("이 반지 …"), not the writer's work there ("그 회사에서 제 담당은 …")
    pointed = bool(before) and before[0].text in POINTING_FIRST_KO
    pointed = pointed and not any(word.text in WRITERS_KO or word.text.endswith(PLACE_KO) for word in before)
    return asked or pointed or any(word.text in POINTED_KO for word in before)


# Words that point at a thing or a place, or name the problem, before what it is said to be; and a demonstrative
# the clause begins with ("이 반지 도금이었어요").
POINTED_KO = frozenset(("여기가", "거기가", "이게", "그게", "이건", "그건", "저건", "문제는"))
POINTING_FIRST_KO = frozenset(("이", "그"))
_COPULA_LAST_FORMS = tuple(lexicon.COPULA_LAST_FORMS)
WRITERS_KO, PLACE_KO = frozenset(("제", "저", "내", "제가", "저는", "나는", "내가")), "에서"


def _requirement(text: str) -> bool:
    """The line is a Korean posting's requirement ("ㆍ자료구조/알고리즘 기본기 필수", "[필수] LOTO 절차 숙지자")."""
    line = text.lstrip()
    label = next((k for k, char in enumerate(line) if char.isalpha()), len(line))  # past the bullet: "⑶", "3)", "-"
    return line.startswith(REQUIREMENT_MARKS) or line[label:].startswith(REQUIREMENT_FIELDS)


NEWS_ENDINGS_KO = ("", "에", "에서", "를", "보니까")
# Words of the news: what a line tells of them is the news's, not the writer's work ("뉴스 보니까 크레인 기사들
# 파업", "I read an article about Python overtaking Java").
NEWS_FORMS = frozenset(
    normalise(word)
    for word in (
        *(news + ending for news in ("뉴스", "기사에서", "신문", "다큐") for ending in NEWS_ENDINGS_KO),
        *("news", "article", "articles", "documentary", "headline", "headlines"),
    )
)


def _in_the_news(vocab: Vocabulary, stances: Stances, found: Sequence[Spanned]) -> bool:
    """A line that says the news, with no verb of the writer's doing, no word of work and no skill used as a means
    ("웹 크롤링으로 뉴스 모아봤어요", "중국어 뉴스 듣고 요약하는 업무")."""
    words = [word for clause in stances.clauses for word in clause]
    if not any(word.form in NEWS_FORMS and not _news_product(words, k) for k, word in enumerate(words)):
        return False
    if len(stances.clauses) > 1 and not all(  # each skill told of in the news's own sentence
        any(word.form in NEWS_FORMS for word in stances.clauses[stances.index(one)]) for one in found
    ):
        return False  # "I watched a documentary about Kafka. I studied Russian at …": Russian said of its own
    if any(one.level is not None or one.years is not None for one in found):
        return False  # "Sign language interpreter on TV news for 5 years"
    means = any(stances.text[one.start : one.end].endswith(MEANS_KO) for one in found)
    worked = any(
        word.form in lexicon.WORK_FORMS
        or word.form in work_words.ENGLISH_WORK_VERB_FORMS
        or word.text.startswith(WORK_NOUNS_KO)
        or (is_hangul(word.form) and _done(word))
        for word in words
    )
    return not means and not worked


MEANS_KO = ("으로", "로")
# What is built or run for the news, said after its word: the work's client or product, no news told ("Elasticsearch
# cluster care for a news site", "a news app in Flutter"); not a feed, nor a site the news was read on ("Saw on a news
# site that …").
NEWS_PRODUCTS_EN = frozenset(
    ("site", "sites", "website", "websites", "app", "apps", "portal", "platform", "aggregator")
)
READ_ON_EN = frozenset(("on", "in", "at", "from", "via", "through"))
NEWS_DETERMINERS_EN = frozenset(("a", "an", "the", "my", "some"))


def _news_product(words: Sequence[Word], k: int) -> bool:
    """The news word k is said of a site or an app built or run, not one read on."""
    if k + 1 == len(words) or words[k + 1].form not in NEWS_PRODUCTS_EN:
        return False
    before = k - 1 if k > 0 and words[k - 1].form in NEWS_DETERMINERS_EN else k
    return before == 0 or words[before - 1].form not in READ_ON_EN


WORK_NOUNS_KO = ("업무", "작업", "담당", "알바", "프리랜서", "맡았", "맡아", "하고")


def _done(word: Word) -> bool:
    """A Korean verb of doing, having done or working ("했어요", "몰았어요", "일했")."""
    return word.form in work_words.DOING_FORMS or word.text.startswith(work_words.DOING_STEMS_KO)


def claims_instead(stances: Stances, first: Spanned, again: Spanned) -> bool:
    """Whether a skill's first mention is not claimed (stance.py) and its mention again is: that one is the line's
    ("포토샵 배우고 싶었는데, 지금은 포토샵으로 상세페이지 제작함")."""
    return stances.any_cued and stances.unclaimed(first) and not stances.unclaimed(again)


# An English sentence that begins with an article tells of a thing or a person other than the writer ("The HVAC in
# our office is freezing", "A backhoe tore up our street"): a résumé's line begins with its verb or its work ("Welded
# hull blocks", "Two years of NDT"). Not where the writer is named ("A friend of mine and I ran a welding shop"), a
# thing's owner ("The company's welding team lead"), a time ("A year of NDT on bridge girders") or a posting's words
# ("An NDT firm seeking UT technicians"), nor a soft skill ("A detail-oriented team player"), nor with a level or
# years said.
STORY_ARTICLES_EN = ("the", "a", "an")
STORY_WRITER_EN = frozenset(("i", "im", "ive", "id", "ill", "me", "myself", "mine"))
OF_MY_EN = ("of", "my")  # not "A coworker on my shift crashed the reach stacker": another's doing
MY_TIMES_EN = frozenset(
    ("job", "week", "day", "days", "shift", "shifts", "time", "summer", "weekend", "weekends", "work")
)
STORY_TIMES_EN = frozenset(("year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "summer"))
STORY_POSTING_EN = frozenset(
    (
        *("seeking", "hiring", "wanted", "required", "requires", "preferred", "looking", "needs", "join", "apply"),
        # ... or a job's or a project's: "The role involves TIG welding", "The project used Python and Django"
        *("role", "position", "candidate", "candidates", "you", "your", "we", "job", "duties", "team", "project"),
        *("projects", "work", "experience", "skills", "responsibilities", "company", "internship", "thesis"),
        *("applicant", "applicants", "person", "ideal", "plus", "must", "background", "tasks", "main", "score"),
        *("need", "needed"),
    )
)
# ... and it says what happened or is so: a verb in the past or one of being, having or everyday doing ("The spring
# in my office chair snapped", "A backhoe tore up our street"); a résumé's summary has none ("A strong Python
# developer", "A solid grasp of SQL and Python").
STORY_VERBS_EN = frozenset(
    (
        *("is", "was", "are", "has", "had", "got", "gets", "tore", "took", "left", "kept", "broke", "fell", "ran"),
        *("came", "went", "made", "gave", "says", "said", "won", "lost", "keeps", "makes", "goes", "takes", "feels"),
        *("felt", "sings", "waves", "wakes", "blocks", "looks", "smells", "stopped", "hit", "spat", "built"),
        *("ate", "eats", "sat", "sits", "stood", "beeps", "woke", "flew", "drove", "drives", "sold", "sells"),
    )
)
STORY_PAST_MIN = 5  # letters of a regular past ("snapped", "expired"): "red", "bed" are none
STORY_WORDS_MIN = 4
STORY_FIRST_LETTERS = frozenset("TtAa")  # of the articles, to pass over the common line at once
# A certificate's card, issued to whoever passed it, is the thing a story of it tells of: "The Craftsman CO2 Gas Arc
# Welding card came in the post on my nineteenth birthday" (the writer's certificate).
ISSUED_CARD_EN = "card"
_CARD_HOLDERS_EN = frozenset(normalise(kin + ending) for kin in stance.KIN_EN for ending in ("", "'s"))  # another's


def _story(vocab: Vocabulary, text: str, found: Sequence[Spanned]) -> bool:
    if text[:1] not in STORY_FIRST_LETTERS or not text.isascii():
        return False  # the common case: no article first
    words = text.split()
    if not found or len(words) < STORY_WORDS_MIN:
        return False
    forms = [normalise(word) for word in words]
    if forms[0] not in STORY_ARTICLES_EN or words[1].endswith(("'s", "’s", "'")) or forms[1] in STORY_TIMES_EN:
        return False
    if any(vocab.by_id[one.skill_id].category == SOFT_SKILLS for one in found):
        return False  # the writer described: "an agile and proactive team player"
    if any(one.level is not None or one.years is not None for one in found):
        return False
    carded = any(vocab.by_id[one.skill_id].qualification and _card_after(text, one) for one in found)
    if carded and not any(form in _CARD_HOLDERS_EN for form in forms):
        return False  # its card: "The Craftsman Gas card came in the post"; not "… came in the post for my brother"
    if any(form in STORY_WRITER_EN or form in STORY_POSTING_EN for form in forms):
        return False
    if any((a, b) == OF_MY_EN and c in MY_TIMES_EN for a, b, c in zip(forms, forms[1:], forms[2:], strict=False)):
        return False  # a share of the writer's own time: "The best part of my week is driving the reach stacker …"
    # a past right after the article, or after a comma, is an adjective ("A skilled welder", "The attached CV", "A
    # junior data analyst, trained in Python and SQL")
    return any(form in STORY_VERBS_EN for form in forms[1:]) or any(
        len(form) >= STORY_PAST_MIN and form.endswith("ed") and not words[at - 1].endswith(",")
        for at, form in enumerate(forms[2:], start=2)
    )


def _card_after(text: str, found: Spanned) -> bool:
    after = text[found.end :].split(maxsplit=1)
    return bool(after) and normalise(after[0]) == ISSUED_CARD_EN


def _titled(text: str, found: Sequence[Spanned]) -> bool:
    """Initials glued by a colon ("CS:GO"), all that a line names: a title's letters, not skills. Longer names glued
    so are a field and its tool ("Python:Django", "용접:TIG"), a label before a colon names no skill ("기술:Python",
    "경력:용접 3년"), and a time or a ratio has digits ("10:30")."""
    if ":" not in text:
        return False  # the common case
    if any(not _initials(text[one.start : one.end]) for one in found):
        return False
    starts, ends = {one.start for one in found}, {one.end for one in found}
    return bool(found) and all(
        (text[one.end : one.end + 1] == ":" and one.end + 1 in starts)
        or (text[one.start - 1 : one.start] == ":" and one.start - 1 in ends)
        for one in found
    )


def _given_as_name(stances: Stances, found: Spanned) -> bool:
    """The skill's word given as a name or mentioned as a word, right after the noun or verb that gives it so ("My
    cat's name is Java because …", "a goldfish named Rust", "강아지 이름은 자바예요", "The word "press" reminds me
    …"), or the noun itself, a quoted word after it ("The word "press"": no MS Word): a name, no skill had."""
    clause = stances.clauses[stances.index(found)]
    at = next(k for k, word in enumerate(clause) if word.end > found.start)
    before = tuple(word.form for word in clause[max(at - 2, 0) : at])
    of_software = len(before) == 2 and before[0] in SOFTWARE_KINDS_EN  # "a tool named Jenkins": the tool's name
    name_is = at > 0 and clause[at - 1].text.lower() in NAME_IS_TYPED_EN  # "name's", not "names": a list's label
    if before and (before[-1] in NAME_GIVING_EN or name_is) and not of_software:
        return True
    if before and before[-1] in NAME_SAID_KO and _named_ko(clause, at, found):
        return True
    if before in NAME_IS_EN:
        return True
    text, after = stances.text, clause[at + 1] if at + 1 < len(clause) else None
    quoted = after is not None and text[after.start - 1 : after.start] in QUOTES
    spoken_of = at > 0 and clause[at - 1].form in WORD_ARTICLES_EN  # "the word "press"", not "Word "advanced""
    return quoted and spoken_of and clause[at].form in NAME_NOUNS_EN and found.end <= clause[at].end


def _named_ko(clause: Sequence[Word], at: int, found: Spanned) -> bool:
    """A Korean name given: the skill's word and a copula glued ("이름은 자바예요"), or a naming verb after it ("이름을
    자바로 지었어요"); not a task done to names ("고객 이름 엑셀로 정리", "셀 이름 VBA로 바꾸는")."""
    said = clause[at : at + 2] if found.end > clause[at].end else clause[at : at + 1]  # the name's last word
    after = clause[at + len(said)].text if at + len(said) < len(clause) else ""
    return said[-1].text.endswith(NAME_COPULAS_KO) or after.startswith(NAMING_VERBS_KO)


# Words that give the word after them as a name: "a goldfish named Rust", "My cat's name's Java" (as typed: "names"
# is a list's noun, "Customer names Excel sheet").
NAME_GIVING_EN = frozenset(("named", "nicknamed"))
NAME_IS_TYPED_EN = frozenset(("name's", "name’s"))
NAME_IS_EN = frozenset((("name", "is"), ("name", "was"), ("the", "word"), ("word", "is")))
SOFTWARE_KINDS_EN = frozenset(("tool", "framework", "library", "language", "program", "software", "app", "package"))
NAME_NOUNS_EN = frozenset(("word", "name"))  # before a quoted word: "The word "press""
WORD_ARTICLES_EN = frozenset(("the", "this", "that", "a"))  # "the word "press"": Word "advanced" is a grade of MS Word
# A name given in Korean: its noun as a topic or subject (bare 이름 is a column's: "고객 이름 엑셀로 정리"), then the
# name with its copula glued ("자바예요") or a verb of naming after it ("자바로 지었어요", "자바라고 불러요").
NAME_SAID_KO = frozenset(map(normalise, ("이름은", "이름이", "이름도", "이름을", "별명은", "별명이", "별명을")))
NAME_COPULAS_KO = ("예요", "이에요", "이었어요", "였어요", "이야", "입니다", "이다")
NAMING_VERBS_KO = ("지었", "지어", "지은", "불러", "부르")
QUOTES = frozenset("\"'“”‘’")


def _letter_of_another_thing(stances: Stances, found: Spanned) -> bool:
    """A skill named by one capital letter (C, R) said as a letter of another thing wherever the line says it
    (`_lettered_at`): "Vitamin C gummies", "I got a C in philosophy"; not where the line says the letter once more
    as the language ("Got a C in C programming but now I write C daily")."""
    typed = stances.text[found.start : found.end]
    if len(typed) != 1 or not typed.isupper():
        return False  # the common case
    return all(
        _lettered_at(clause, at) for clause in stances.clauses for at, word in enumerate(clause) if word.text == typed
    )


def _lettered_at(clause: Sequence[Word], at: int) -> bool:
    """The letter at `at` is another thing's: right after a noun that names things by letters, no stop between
    ("Vitamin C gummies", "Class C license", "비타민C"; not "Our plan: C for the firmware"), or a grade, its article
    before and a preposition or nothing after ("I got a C in philosophy", "Got a C"), or grades listed ("a C and a
    B"); not with a word of programming a few words after ("I type C code", "In 11th grade C was my first language",
    "a C compiler"), nor languages listed ("I'm a C and C++ developer")."""
    before = clause[at - 1].form if at else ""
    after = [word.form for word in clause[at + 1 : at + 3]] + ["", ""]
    if any(word.form in PROGRAMMING_FORMS for word in clause[at + 1 : at + 1 + PROGRAMMING_REACH]):
        return False
    if before in LETTERED_FORMS and clause[at].gap != "break":
        return True
    listed = after[0] in GRADE_JOINS_EN and after[1] in GRADE_AFTER_EN  # "a C and a B", "a C plus in"
    return before in GRADE_ARTICLES_EN and (after[0] in GRADE_AFTER_EN or listed)


# Nouns of things named by letters: vitamins, licence and product classes, plugs and blood types, grades, a site's
# gates, buildings and shifts ("Gate C of the terminal", "Building C, third floor", "Shift C on the line").
LETTERED_FORMS = frozenset(
    map(
        normalise,
        (
            *("vitamin", "class", "type", "grade", "plan", "gate", "building", "shift", "zone", "dock", "hall"),
            *("비타민", "등급", "학점", "타입"),
        ),
    )
)
GRADE_ARTICLES_EN = frozenset(("a", "an"))
GRADE_AFTER_EN = frozenset(("", "in", "on", "for", "minus", "a", "an"))
GRADE_JOINS_EN = frozenset(("and", "plus"))  # a grade only before another or its subject: "a C plus in", "a C and a B"
# Words of a language's things: after the letter, it is the language ("a C compiler", "C was my first language").
PROGRAMMING_REACH = 4
PROGRAMMING_FORMS = frozenset(
    (
        *("code", "coding", "programming", "program", "programs", "programmer", "programmers", "language"),
        *("languages", "compiler", "compilers", "developer", "developers", "library", "libraries", "firmware"),
        *("script", "scripts", "syntax", "pointer", "pointers", "embedded"),
    )
)


def _initials(typed: str) -> bool:
    return typed.isascii() and typed.isalpha() and len(typed) <= TITLE_INITIALS


def _country(vocab: Vocabulary, text: str, found: Spanned) -> bool:
    """A language read from its country's name, its Korean name less 어 ("프랑스" of 프랑스어): a place or a people."""
    skill = vocab.by_id[found.skill_id]
    typed = normalise(text[found.start : found.end])
    return skill.category == LANGUAGES and skill.name_ko.endswith("어") and typed == normalise(skill.name_ko[:-1])


def _underway(vocab: Vocabulary, clause: Sequence[Word], found: Spanned) -> bool:
    """A trait's noun said as under way (중, 중이에요) or as waning (떨어져서): a state of the moment, not a trait held
    ("시차 적응 중", "새 동네에 적응 중이에요", "요즘 체력이 너무 떨어져서"); not work under way ("현재 마케팅 업무
    중")."""
    if vocab.by_id[found.skill_id].category != SOFT_SKILLS:
        return False  # "용접 교육 중" is a skill being learned
    said = [word for word in clause if found.start <= word.start < found.end]
    after = [word for word in clause if word.start >= found.end]
    if any(word.text.startswith(WANING_KO) for word in after[:WANING_WITHIN]):
        return True
    return bool(after) and after[0].form in _UNDERWAY and not lexicon.is_quiet(said[-1].form)


# The bound noun 중 said last with its copula ("적응 중이에요"), and a trait's waning said right after it, or past an
# adverb ("체력이 너무 떨어져서"); not its denial ("체력은 떨어지지 않습니다").
_UNDERWAY = frozenset(normalise(UNDERWAY + copula) for copula in ("", "이에요", "입니다", "이야", "임", "이라", "이고"))
WANING_KO = ("떨어져", "떨어졌", "약해져", "약해졌")
WANING_WITHIN = 2


# How a certificate's obtaining is said right after it, done: "따" and a past form ("따 놨어요", "땄고"), "따고"
# ("따고 카센터 들어갔어요"), and a pass or an obtaining said as done ("합격", "취득했어요", "최종 합격"); not a plan or
# a condition ("따놓으면", "취득하려면", "합격하면"), a rate or a rule ("합격률", "합격 기준"), nor one who got it ("딴
# 사람").
OBTAINED_KO = frozenset(("따", "따고", "합격", "합격함", "취득", "취득함", "취득완료"))
# A pass said last ("ADP 실기까지 통과"), not a wish or a failure after it ("통과 기원", "통과 실패").
PASSED_KO = "통과"
OBTAINED_PAST_KO = ("땄", "따놨", "합격했", "취득했", "붙었", "붙음", "통과했")
# The stage or part of an exam said before its pass ("최종 합격", "실기까지 통과", "필기 합격"); not "필기만", the part
# alone.
EXAM_STAGES_KO = frozenset(("최종", "필기", "실기", "필기까지", "실기까지", "필기도", "실기도"))


# How holding a certificate is said right after it: a sentence's end ("위산기 있어요", "포크레인 면허 땄어요") or a
# predicate's ("…기능사 있고", "보유 중"); not a condition or a wish ("있으면", "있었으면"), nor a thing it has ("있는
# 회사"), nor an obtaining said on to something else ("다들 한국사 따고 공기업 준비하더라고요": `_qualifier`).
# The holder's card or number, said right after a certificate ("천장크레인운전기능사 자격번호 끝자리가 제 생일이에요").
CARD_NUMBER_KO = ("자격번호", "자격증번호")
BOOKLET_KO, STUDYING_KO = "수첩", ("공부", "벼락치기", "기출", "정리", "보면서", "사서")
HELD_KO = frozenset(
    (
        *stance.HELD_LAST_KO,
        *("있고", "있어", "있어서", "있으며", "있는데", "있구요", "있고요", "있지만", "보유", "보유중", "보유함"),
        *("땄는데", "땄고"),
    )
)


# An obtaining (stance.OBTAINED_THEN_KO) said on to what the writer did next, in the past ("산안기 따고 회사
# 들어갔어요"): held, unlike one said on to what others do ("다들 한국사 따고 공기업 준비하더라고요").
PAST_SYLLABLES_KO = ("었", "았", "했", "갔", "왔", "였", "됐", "셨")  # 셨: an elder's ("… 아빠가 좋아하셨어요")
MEMO_PAST_KO = ("함", "됨", "감")  # a memo's past: "… 따고 취업함", "… 따고 보일러실 기사로 들어감"
# A résumé's noun of work begun, said last ("… 2급 따고 무역회사 취업", "… 취득하고 첫 출근"): done, as its past is.
WORK_BEGUN_LAST_KO = frozenset(("취업", "입사", "출근"))
# What follows said to come, bidden or needed: "… 따고 취업해야함", "… 따고 오라고 함", "… 따고 취업하려고 공부함".
PLAN_SAID_KO = ("려고", "싶", "예정", "계획", "생각", "해야", "가야", "돼야", "라고", "목표", "필수")


# Words of obtaining a certificate said later in its clause ("… 두 번째 도전에 붙었어요", "… 졸업 직전에 땄습니다"),
# or right after it ("따서", "붙고 나서", "합격증은 …", "들고": in hand, "취득일 …": the day it was got); not 합격 or
# 취득 as a noun ("합격 기원", "취득 지원 사업").
OBTAINED_LATER_KO = (*stance.OBTAINED_LATER_KO, "붙음")
GOT_LAST_KO = "땀"  # 땄음 said short, last: "… 공고 2학년 때 땀" (not 땀, sweat, elsewhere)
OBTAINED_RIGHT_AFTER_KO = frozenset(
    (*("따서", "붙어서", "붙고", "합격증", "합격증은", "합격증이", "들고"), *("취득함", "취득일", "취득일은", "합격일"))
)
# ... not where the clause says it is to come ("지게차 자격증 따서 취업할 생각", "이민 갈 예정").
OBTAINING_TO_COME_KO = ("예정", "계획", "생각", "거예요", "거에요", "건데")


def _obtained_after(clause: Sequence[Word], found: Spanned) -> bool:
    """The clause says the certificate was obtained, right after it or later, with no other certificate between."""
    after = [word for word in clause if word.start >= found.end]
    if any(word.text.startswith(OBTAINING_TO_COME_KO) for word in after) or _someone_before(clause, found):
        return False
    if after and (after[0].text in OBTAINED_RIGHT_AFTER_KO or _day_obtained(after, 0) or _passed_by_writer(after)):
        return True
    for word in after:
        if stance.names_certificate(word):
            return False
        if word.text.startswith(OBTAINED_LATER_KO) or _got_last(after, word):
            return True
        if word is after[-1] and word.text in stance.PASSED_NOUNS_KO:
            return True  # a résumé's noun said last: "용접기능사 재도전 끝에 취득"
        if word.text.startswith(stance.ISSUED_KO) and word in after[: stance.ISSUED_REACH]:
            return True  # its certificate issued: "정처기 자격증 발급 신청 완료", "… 재발급 받았어요"
    return False


# Kin a compound ends in ("사촌동생", "큰아빠", "작은형"), and hearsay said last ("… 따서 취업했대요"): another's.
KIN_ENDINGS_KO = (
    "동생",
    "누나",
    "언니",
    "오빠",
    "아빠",
    "엄마",
    "삼촌",
    "이모",
    "고모",
    "사촌",
    "작은형",
    "큰형",
    "사촌형",
)
HEARSAY_LAST_KO = ("대요", "래요", "더라고요", "답니다", "했대")


def _got_last(after: Sequence[Word], word: Word) -> bool:
    """땀 said last right after when or the certificate itself: 땄음 ("… 2학년 때 땀"); not sweat ("다들 땀")."""
    if word is not after[-1] or word.text != GOT_LAST_KO:
        return False
    return len(after) == 1 or after[-2].form in WHEN_FORMS


def _someone_before(clause: Sequence[Word], found: Spanned) -> bool:
    """A relative, or a subject other than the writer, said before the certificate ("고등학교 동창이 용접기능사 땀",
    "사촌동생 용접기능사 따서 취업했대요"), or hearsay said last."""
    before = [word for word in clause if word.end <= found.start]
    if clause[-1].text.endswith(HEARSAY_LAST_KO):
        return True
    return any(
        word.text in stance.KIN_KO
        or word.text.endswith(KIN_ENDINGS_KO)
        or (
            len(word.text) > 1
            and word.text.endswith(lexicon.SUBJECT_PARTICLES_KO)
            and word.form not in lexicon.WRITER_SUBJECT_FORMS
        )
        for word in before
    )


def _held_after(clause: Sequence[Word], found: Spanned) -> bool:
    """The word right after a certificate's words says it is held."""
    after = [word for word in clause if word.start >= found.end]
    if len(after) > 1 and _counted(after[0]):
        after = after[1:]  # its count: "정처기 하나 있고"
    if after and after[0].text in stance.OBTAINED_THEN_KO and len(after) > 1:  # "국무사 취득하고 바로 입사했어요"
        if any(plan in word.text for word in after for plan in PLAN_SAID_KO):
            return False  # "용접기능사 따고 취업하려고 공부함"
        return _past_said(after[-1].text) or after[-1].text in WORK_BEGUN_LAST_KO
    # the licence's booklet in any form ("수첩형"), not a study notebook ("정처기 수첩 보면서 공부")
    if after and after[0].text.startswith(BOOKLET_KO):
        return not any(word.text.startswith(STUDYING_KO) for word in after)
    return bool(after) and (after[0].text in HELD_KO or after[0].text.startswith(CARD_NUMBER_KO))


def _past_said(text: str) -> bool:
    """A word said in the past, or a memo's past ("입사했어요", "취업함")."""
    return any(syllable in text for syllable in PAST_SYLLABLES_KO) or text.endswith(MEMO_PAST_KO)


def _obtained(clause: Sequence[Word], at: int) -> bool:
    text = clause[at].text
    if text in EXAM_STAGES_KO and at + 1 < len(clause):
        return _obtained(clause, at + 1)
    last = at == len(clause) - 1
    return text in OBTAINED_KO or text.startswith(OBTAINED_PAST_KO) or (text == PASSED_KO and last)


def _qualifier(vocab: Vocabulary, clause: Sequence[Word], found: Spanned) -> bool:
    """A skill's one word said before a word that says something else, in a clause with no word of work: it
    qualifies that other thing, however strong a name it is ("EDM 페스티벌 다녀옴", "German shepherd owner",
    "SPC 삼립 호빵 좋아함")."""
    if vocab.by_id[found.skill_id].category == SOFT_SKILLS:  # a trait said by its adjective: "꼼꼼하다는 말 많이 들음"
        return False
    inside = [k for k, word in enumerate(clause) if word.start < found.end and word.end > found.start]
    if len(inside) != 1 or inside[0] + 1 == len(clause):
        return False
    name, head = clause[inside[0]], clause[inside[0] + 1]
    if vocab.by_id[found.skill_id].qualification and (
        _obtained(clause, inside[0] + 1) or _counted(head) or head.text.endswith(stance.TOLD_TO_KO)
    ):
        return False  # a certificate and its obtaining, its count or its bidding: "…기능사 따놨어요", "… 따라고 해서"
    if name.text.isascii() and len(name.text) >= STRONG_LATIN and not name.text.isupper():
        return False  # a long English word is a verb before its object as often ("negotiate transport contracts")
    if name.text.isascii() and not name.text.isupper() and not common_words.is_everyday_english(name.form):
        return False  # a tool's name is no everyday thing ("NumPy 행렬 연산"); an acronym may be ("EDM 페스티벌")
    means = is_hangul(name.form) and name.text.endswith(work_words.MEANS)
    if means and not any(ASKED_OF_OTHERS_KO in word.text for word in clause):
        return False  # the means of what follows, not a kind of it: "지게차로 짐 옮겼어요"; not "캐드로 그려달라고 …"
    if _person(head):
        return False  # the one who does the work: "SAP consultant", "CAD drafter", "English tutor", "PLC 선생님"
    if any(word.form in VERBAL_NOUNS_FORMS for word in clause):
        return False  # "MES 화면 조회", "LOTO 절차 준수"
    if any(word.text.startswith(MAKING_KO) for word in clause[inside[0] + 2 :]):
        return False  # the thing made with it: "LLM 챗봇 만드는 해커톤 나가서 입상", "Selenium 크롤러 만들어서"
    if vocab.by_id[found.skill_id].category == LANGUAGES:
        if not _nationality(name, head):
            return False
    elif not is_hangul(head.form):
        return False  # English nouns after a name are its technical terms as often ("PLC ladder logic", "SQL joins")
    # A word glued or joined to the name is a part of it mistyped ("ITQ덩-보기술").
    return head.gap not in {"glued", "join"} and stranger(vocab, head)


def _counted(word: Word) -> bool:
    """A count said after a thing: "하나", "한 개", "두 개"."""
    return word.text.startswith(ONE_KO) or word.text in lexicon.COUNTS_KO


ONE_KO = "하나"


def _person(word: Word) -> bool:
    """An English noun of a person by its ending ("tutor", "drafter", "consultant", "linguist"), or a Korean one
    (lexicon.PERSON_SUFFIXES, or 님: "담당자", "선생님")."""
    form = word.form
    if form.isascii():
        return (len(form) >= AGENT_MIN and form.endswith(AGENT_ENDINGS)) or form in PERSON_WORDS_FORMS
    return any(form.endswith(suffix) and len(form) > len(suffix) for suffix in (*lexicon.PERSON_FORMS, HONORIFIC))


def _nationality(name: Word, head: Word) -> bool:
    """A language's English adjective said of a thing ("German shepherd", "French fries"), not of the language's use
    ("English literature degree", "English debate club"). A Korean name of a language is the language whatever
    follows ("영어 유치원 교사")."""
    return name.text.isascii() and not name.text.isupper() and head.form not in LANGUAGE_USE_FORMS


def _clause_of(clauses: Sequence[Sequence[Word]], found: Spanned) -> Sequence[Word]:
    return next(clause for clause in clauses if clause[0].start <= found.start < clause[-1].end)


# English words of function, beside a common word's name no work said: "Unity in the family", "Excel in school".
STOP_EN = abbrev.STOP_WORDS


def _beside_work(
    vocab: Vocabulary, clause: Sequence[Word], found: Spanned, *, itself: bool = True, stops: bool = False
) -> bool:
    """The skill said as a tool or as work: a word of work (work_words.WORK_SAID, or filler that names work done, as
    작업 or 개발 do) right before or after its words ("앨범 포장 물류", "포스터 포토샵 작업"), or its name with the
    particle of a means ("엑셀로 재고표 작성"). `itself`: whether the skill's own words count (a Korean verbal noun, a
    means); without them, only its neighbours ("택배로 보내심", "배달 쿠폰": an everyday thing's word, no work).
    `stops`: whether an English word of function is no word of work beside it, as for a common word's name ("Unity in
    the family"); an everyday thing's keeps them ("Delivery of school lunches")."""
    inside = [k for k, word in enumerate(clause) if word.start < found.end and word.end > found.start]
    near = [k for k in (inside[0] - 1, *(inside if itself else ()), inside[-1] + 1) if 0 <= k < len(clause)]
    # An English name is no word of work beside itself ("Delivery pizza on Fridays"); a Korean verbal noun names the
    # work it is ("입고 예정 물량 관리", "도어 조립 공정").
    listed = _listed(vocab.by_id[found.skill_id])
    if any(
        bare in work_words.WORK_SAID_FORMS or bare in work_words.WORK_DONE_SAID_FORMS
        for k in near
        if not (clause[k].form.isascii() and (clause[k].form in listed or (stops and clause[k].form in STOP_EN)))
        for bare in _bare(clause[k].form)
    ):
        return True
    if not itself:
        return False
    after = inside[-1] + 1
    if after < len(clause) and clause[after].gap == "glued" and clause[after].form in work_words.MEANS_FORMS:
        return True  # the particle typed after a Latin name: "Git으로 버전 관리"
    names = _named(vocab.by_id[found.skill_id])  # a name: an alias is as often the thing ("커피 그라인더로 갈기")
    return any(
        form.endswith(particle) and form[: -len(particle)] in names
        for form in (clause[k].form for k in inside)
        for particle in work_words.MEANS_FORMS
    )


def _weak(vocab: Vocabulary, text: str, words: Sequence[Word], found: Spanned) -> bool:
    """A skill named by one short word that is also a common word: not a long or capital name, a certificate with
    its grade, a language, a long Korean name coined for code, or a trait said by its adjective or verb."""
    skill, start, end = vocab.by_id[found.skill_id], found.start, found.end
    said = [word for word in words if word.start < end and word.end > start and not lexicon.is_quiet(word.form)]
    typed = said[0].text if len(said) == 1 and " " in text[start:end] else text[start:end]
    if len(said) != 1 or strong(typed) or skill.category == LANGUAGES:  # a language is said in any sentence
        return False
    if said[0].form.isascii() and not common_words.is_everyday_english(said[0].form):
        return False  # a tool's name no everyday line says ("NumPy 행렬 연산", "Altium Designer 4층 보드")
    if _coined(said[0], skill):
        return False  # "마이크로서비스 구조로 바꾸는 프로젝트 참여", "사물인터넷 화분 만들어서 과학 축제에 냈어요"
    if _long_slip(vocab, said[0]) and skill.category != CARRYING_MACHINES:  # not a toy's or a film's: "레고 포크래인"
        return False  # "나스트랸 후크 브래킷 해석했어요", "머신러닌 프로젝트 두 개 해 봤어요"
    # A Latin name with a Korean particle glued, beside software made ("Azure에 봇 배포했어요"); not initials ("AI가"),
    # nor a game, a place or a band ("Rust에 빠져서 밤새 게임만", "Spring에 교환학생").
    after = [word for word in words if word.start == said[0].end]
    glued = said[0].form.isascii() and not said[0].text.isupper() and after and after[0].form in lexicon.PARTICLE_FORMS
    if glued and any(word.text.startswith(work_words.CODE_WORK_KO) for word in words):
        return False
    # A Korean tool's name with its locative, and work put into it later in the clause ("깃허브에 팀플 코드 전부
    # 올렸어요", "엑셀에 거래처별 단가 정리해뒀음"): the tool used, whatever the object's everyday words.
    tool = skill.category in work_words.TOOL_CATEGORIES
    put_to = tool and said[0].text.endswith(_LOCATIVE_KO)
    if put_to and any(word.start > said[0].end and word.text.startswith(work_words.WORK_IN_TOOL_KO) for word in words):
        return False
    # ... and a tool with its particle of means and a thing made with it later ("일러로 현수막 시안 만들어요", "캐드로
    # 배치도 그려요", "유니티로 모바일 퍼즐 게임 출시했어요").
    with_means = said[0].text.endswith(work_words.MEANS)
    means = tool and with_means
    received = any(word.text.startswith(GOT_MADE_KO) for word in words)  # "3D프린터로 만든 피규어 선물 받음"
    if (
        means
        and not received
        and any(word.start > said[0].end and word.text.startswith(MADE_WITH_KO) for word in words)
    ):
        return False
    # ... and a machine that carries loads, with its particle of means and a load moved later ("지게차로 짐
    # 옮겼어요", "핸드카로 박스 날랐어요").
    carried = skill.category == CARRYING_MACHINES and with_means
    others = any(word.end <= said[0].start and word.text.endswith(SOMEONE_KO) for word in words)  # "기사님이 지게차로"
    if carried and not others and any(_moved(word) for word in words if word.start > said[0].end):
        return False
    # A trait said by its adjective or verb is said among a sentence's everyday words ("꼼꼼하다는 말 많이 들음"); its
    # noun, alone or with the ending of a person or a firm, is a noun like any other ("기획사 오디션").
    form, listed = normalise(typed), _listed(skill)
    return skill.category != SOFT_SKILLS or any(
        form == name or (form.startswith(name) and form[len(name) :] in lexicon.PERSON_FORMS) for name in listed
    )


_LOCATIVE_KO = "에"
GOT_MADE_KO = ("선물", "샀", "사서", "구매", "구입", "다운")  # a thing made by others, given, bought, downloaded


def _moved(word: Word) -> bool:
    """A load moved by the writer: not for them ("옮겨주심") nor still to move ("옮겨야 할")."""
    return word.text.startswith(MOVED_KO) and not any(part in word.text for part in NOT_MOVED_YET_KO)


NOT_MOVED_YET_KO = ("주", "줌", "야")
SOMEONE_KO = ("님이", "님은", "님께서", "씨가", "씨는")
CARRYING_MACHINES = "logistics_equipment"
MOVED_KO = ("옮겼", "옮겨", "옮김", "날랐", "날라", "나름", "운반", "실었", "싣", "내렸")
ASKED_OF_OTHERS_KO = "달라"  # work asked of others: "그려달라고", "만들어 달라고"
MADE_WITH_KO = (
    *("만들", "만든", "만듦", "그려", "그렸", "그림", "출시", "작성", "배포", "제작", "개발"),
    *("설계", "구현", "짰", "돌려"),  # designed, coded, run: "카티야로 도어 트림 설계했어요"
    *("편집", "보정", "출력", "뽑아", "뽑았"),  # edited, retouched, printed: "포샵으로 사진 편집해요"
)
# Syllables of a Korean name of software or data work, or of a certificate, that no everyday line says, at least: a
# word coined for the thing ("사물인터넷", "마이크로서비스", "잠수산업기사" with a slip); shorter ones are everyday
# words too (파이썬, 플라스크, 음성인식).
CODED_NAME_SYLLABLES = 5
_PARTICLES_LONGEST = sorted(lexicon.EVERYDAY_PARTICLES, key=len, reverse=True)


def _coined(word: Word, skill: Skill) -> bool:
    """The word, less a particle, is a long Korean name of software or data work or of a certificate, and no common
    word."""
    name = lexicon.less_particle(word.text, _PARTICLES_LONGEST)
    return (
        (skill.category in work_words.CODED_CATEGORIES or skill.qualification)
        and _syllables(name) >= CODED_NAME_SYLLABLES
        and not common_words.is_korean_word(name)
    )


def _long_slip(vocab: Vocabulary, word: Word) -> bool:
    """The word, less a particle, is a long Korean name typed with a slip: no word the taxonomy or the language
    knows, as an everyday word would be."""
    name = lexicon.less_particle(word.text, _PARTICLES_LONGEST)
    return (
        _syllables(name) >= SLIPPED_NAME_SYLLABLES
        and not common_words.is_korean_word(name)
        and not known_or_named(vocab, normalise(name))
    )


SLIPPED_NAME_SYLLABLES = 4


def _syllables(text: str) -> int:
    return sum("가" <= char <= "힣" for char in text)


def _named(skill: Skill) -> set[str]:
    return {normalise(name) for name in (skill.name_ko, skill.name_en)}


def _listed(skill: Skill) -> set[str]:
    return {normalise(name) for name in (skill.name_ko, skill.name_en, *skill.aliases)}


# Syllables of a Korean word read with a slip that another guess beside it makes doubtful: two-syllable words are one
# slip from many others ("카드" from 캐드, "리딩" from 리깅, "자수" from 자스).
SHORT_SLIP_SYLLABLES = 2

_Found = TypeVar("_Found", bound="Read")


class Read(Spanned, Protocol):
    """A skill found in a text, how, and the words it came from (extract.Extracted)."""

    @property
    def method(self) -> str: ...
    @property
    def text(self) -> str: ...


def guessed_together(vocab: Vocabulary, skills: Sequence[_Found]) -> list[_Found]:
    """A clause's skills less a slip in a Korean word of two syllables said beside another guess ("오라클 카드
    리딩": 카드 and 리딩 both one slip from a skill): one guess beside skills read as typed is read ("용졉 취부"),
    two that lean on each other are not, unless the taxonomy relates their skills: two slips that name one trade's
    skills bear each other out ("용졉 취뷰": welding and fit-up)."""
    short = [skill for skill in skills if skill.method == "fuzzy" and _two_syllables(skill.text)]
    if not short or sum(skill.method == "fuzzy" for skill in skills) < 2:
        return list(skills)  # the common case
    return [
        skill
        for skill in skills
        if skill not in short
        or any(other.skill_id in vocab.related.get(skill.skill_id, ()) for other in skills if other is not skill)
    ]


def _two_syllables(text: str) -> bool:
    """Whether the skill's own word (the words it came from, less a level said after it: "용졉 가능") is a Korean word
    of two syllables."""
    said = [form for form in map(normalise, text.split()) if not lexicon.is_quiet(form)]
    return (
        len(said) == 1
        and is_hangul(said[0])
        and sum("\u1100" <= char <= "\u1112" for char in said[0]) == SHORT_SLIP_SYLLABLES
    )
