"""A last reading of a clause nothing else read: one long word, or two, some keys away from one skill's name.

extract.py forgives one plausible slip per word, which keeps "boxing" from Boring. People also type a long name with
two slips or a syllable too many ("머신러넝", "자바스크리프트", "Hugginface", "Scaffholding"); such a word is
read as the one skill whose name it is close to in letters, where it is long (two slips in a short word make another
word), no common word of its language (common_words.py), and close to no other skill's name; in a sentence, where
it is the one such word ("알고리증 문제 500개 풀었어요"). Its first three letters
(jamo in Hangul) are taken as typed, as slips fall inside long words: names are looked up by them and by length, so
a taxonomy of ESCO's size costs little more than the shipped one (bench/bench_canonicalise.py --esco).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from string import ascii_lowercase

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein

from jobsfez.skills.match import common_words, lexicon, phrases, work_words
from jobsfez.skills.match.normalise import normalise
from jobsfez.skills.match.tokens import Word
from jobsfez.skills.match.typos import is_hangul, typo_cost
from jobsfez.skills.match.vocab import INITIAL_LETTERS, LANGUAGES, SOFT_SKILLS, Vocabulary, known_or_named

# Words that say something in the clause, at most: a name and a word typed into it ("스폿용접기 작업" is 스폿용접).
MAX_WORDS = 2
# Letters typed, at least: Latin letters, or Hangul jamo (three syllables are seven to nine).
MIN_LATIN = 6
MIN_JAMO = 7
# fuzz.ratio to the name, at least: about one letter in ten wrong. Jamo are finer than letters (a wrong syllable is
# one or two of them), and a Latin word this close to a name and no English word was, on ESCO's labels, half the time
# another thing (SPARQL, inserter, Rawstudio) at 85, none at 90.
MIN_RATIO_LATIN = 90.0
MIN_RATIO_HANGUL = 85.0
# Names scored, to see whether another skill's is as close.
CANDIDATES = 8
# A text that is one Korean word of two syllables (jamo: four to six) is a skill's two-syllable name with any one jamo
# wrong, missing or added, when it is no common word and no other such name is as close ("도긍", "촘무", "회곅").
SHORT_SYLLABLES = 2
SHORT_JAMO = (4, 6)
PREDICATE_END = "다"
# Sino-Korean words of a job's terms that neither list of common_words holds (wordfreq's small list lacks them, and
# the dictionary's list keeps only words with a syllable no Chinese character is read as): words, no slips ("도급 공사
# 현장에서 2년 일했어요" is subcontracting, no 도금; 납기 is a delivery date).
WORK_TERMS_KO = frozenset(normalise(word) for word in ("도급", "납기"))


@dataclass(frozen=True, slots=True)
class FarSlip:
    start: int  # the first word's position in the text
    end: int
    skill_id: str
    score: float


def far_slip(vocab: Vocabulary, clause: Sequence[Word]) -> FarSlip | None:
    """The one skill the clause's words (filler aside) are a long misspelling of, or None."""
    said = [word for word in clause if not lexicon.is_quiet(word.form)]
    if len(said) == MAX_WORDS and _said_of_work(said[1]):
        said = said[:1]  # "세금겨산서 발행", "초음파탐삼 보조": the slip, and the work done with it
    found = None
    if 1 <= len(said) <= MAX_WORDS and not any(common_words.is_common(word) for word in said):
        found = _closest(vocab, "".join(word.form for word in said))
    if found is None:
        return _long_word_slip(vocab, said) if len(said) > 1 else None
    return FarSlip(said[0].start, said[-1].end, *found)


# Words typed whose closest name is kept, at most: a résumé's or a batch's words recur (bench_canonicalise.py --esco).
CLOSEST_CACHED = 1 << 16
# A word in a sentence read as a far slip alone, its letters at least (jamo: four syllables, or three with finals):
# shorter, a word two slips from a name is as often a word of the sentence's own (샤슬릭 is no 샤시).
LONG_JAMO = 9
LONG_LATIN = 9


def _long_word_slip(vocab: Vocabulary, said: Sequence[Word]) -> FarSlip | None:
    """The one skill a long word of a sentence is a far slip of ("데브읍스 엔지니어 6개월 차", "정도곤리 보조 했어요
    옥포 조선소 협력사", "Vietnamses wife": a Latin one capitalised; "Arduniio projects", a shorter one two edits
    from a name: `_two_keys_off`), where it is the sentence's only such word. A word that begins with a name is that
    name with its particle or another word glued ("선박대리점에서", "냉난방비"), which the clause's reading has
    weighed."""
    found = []
    for word in said:
        form = word.form
        hangul = is_hangul(form)
        if len(form) < (LONG_JAMO if hangul else TWO_KEYS_LATIN) or not (hangul or word.text[:1].isupper()):
            continue  # a Latin word in small letters two slips from a name is another word as often
        if common_words.is_common(word):
            continue
        if known_or_named(vocab, form):
            continue
        if _compound_of_words(word) or _derived(word):
            continue
        if vocab.abbreviations.find(word.text, alone=False) is not None:
            continue  # a cut of another skill's name, no slip of this one ("정측기능사": 정밀측정기능사)
        closest = _closest(vocab, form) if hangul or len(form) >= LONG_LATIN else _two_keys_off(vocab, word)
        if closest is not None and not _country_of(vocab, closest[0], said, word):
            found.append(FarSlip(word.start, word.end, *closest))
    return found[0] if len(found) == 1 else None


# A Latin word of a sentence read as a far slip two edits from a name, its letters at least ("Arduniio projects in
# school"): shorter, two edits make most words another.
TWO_KEYS_LATIN = 7
TWO_KEYS = 2


def _two_keys_off(vocab: Vocabulary, word: Word) -> tuple[str, float] | None:
    """The one skill whose one-word name a Latin word of TWO_KEYS_LATIN letters or more is two edits from (a key added,
    dropped, changed or two swapped), where no English word is one edit from it: a word with two slips lands on
    another word seldom, but one an edit from an English word is that word misspelt ("Expres delivery"). No
    language: its people's adjective as often ("Japanses ramen place")."""
    form = word.form
    if not (word.text.isalpha() and form.isascii()) or any(map(common_words.is_english_word, _one_edit(form))):
        return None
    initial = vocab.by_initial.get(form[:INITIAL_LETTERS])
    if initial is None:
        return None
    lo, hi = bisect_left(initial.lengths, len(form) - TWO_KEYS), bisect_right(initial.lengths, len(form) + TWO_KEYS)
    hits = process.extract(form, initial.names[lo:hi], scorer=OSA.distance, score_cutoff=TWO_KEYS, limit=CANDIDATES)
    skills = {initial.skill_ids[lo + at] for _, _, at in hits}
    if len(skills) != 1 or vocab.by_id[next(iter(skills))].category == LANGUAGES:
        return None
    return initial.skill_ids[lo + hits[0][2]], fuzz.ratio(form, hits[0][0])


def _one_edit(form: str) -> set[str]:
    """Every string one edit from `form`: a letter added, dropped, changed, or two neighbours swapped."""
    cuts = [(form[:k], form[k:]) for k in range(len(form) + 1)]
    return (
        {head + tail[1:] for head, tail in cuts if tail}
        | {head + tail[1] + tail[0] + tail[2:] for head, tail in cuts if len(tail) > 1}
        | {head + letter + tail[1:] for head, tail in cuts if tail for letter in ascii_lowercase}
        | {head + letter + tail for head, tail in cuts for letter in ascii_lowercase}
    )


def _compound_of_words(word: Word) -> bool:
    """A Korean word that is two common words of two syllables or more glued ("전기코드", "입국검사", "컨테이너박스"),
    or a common word with a verb's ending ("책임지냐고"): an everyday compound or phrase, whatever name it is near."""
    text = word.text
    if not is_hangul(word.form):
        return False
    for cut in range(2, len(text) - 1):
        head, tail = text[:cut], text[cut:]
        if common_words.is_korean_word(head) and (common_words.is_korean_word(tail) or tail.endswith(_SAID_ENDINGS)):
            return True
    return False


# Endings of a quoted or asked predicate said after a common word ("책임지냐고", "검사한다고").
_SAID_ENDINGS = ("냐고", "다고", "라고", "는데", "어요", "아요", "해요", "했어요")
# English endings that derive a word from a common one ("commercialising": commercial), no name's slip.
DERIVING_EN = ("ising", "izing", "ised", "ized", "ness", "ment", "ally", "ity")
DERIVED_FROM_MIN = 6  # letters of the common word a derived word begins with, at least


def _derived(word: Word) -> bool:
    """A Latin word that is a common English word with a deriving ending ("commercialising")."""
    form = word.form
    return form.isascii() and any(
        form.endswith(ending)
        and len(form) - len(ending) >= DERIVED_FROM_MIN
        and common_words.is_english_word(form[: -len(ending)])
        for ending in DERIVING_EN
    )


def _country_of(vocab: Vocabulary, skill_id: str, said: Sequence[Word], word: Word) -> bool:
    """A language's adjective, misspelt, before a thing of its country ("Vietnamses pho"): no language
    (phrases.NATIONAL_THINGS)."""
    after = [other for other in said if other.start > word.start]
    return (
        vocab.by_id[skill_id].category == LANGUAGES and bool(after) and after[0].form in phrases.NATIONAL_THINGS_FORMS
    )


@lru_cache(maxsize=CLOSEST_CACHED)
def _closest(vocab: Vocabulary, typed: str) -> tuple[str, float] | None:
    """The one skill whose name `typed` is close to in letters, and how close; None where two skills' are."""
    hangul = is_hangul(typed)
    if len(typed) < (MIN_JAMO if hangul else MIN_LATIN):
        return None
    cutoff = MIN_RATIO_HANGUL if hangul else MIN_RATIO_LATIN
    initial = vocab.by_initial.get(typed[:INITIAL_LETTERS])
    if initial is None:
        return None
    # fuzz.ratio is 200 * matches / (both lengths): a name that close is at most this much shorter or longer.
    shortest, longest = len(typed) * cutoff / (200 - cutoff), len(typed) * (200 - cutoff) / cutoff
    lo, hi = bisect_left(initial.lengths, shortest), bisect_right(initial.lengths, longest)
    hits = process.extract(
        typed, initial.names[lo:hi], scorer=fuzz.ratio, processor=None, score_cutoff=cutoff, limit=CANDIDATES
    )
    skills = {initial.skill_ids[lo + at] for _, _, at in hits}
    if len(skills) != 1:
        return None
    [skill_id] = skills
    return skill_id, hits[0][1]


def lone_short_slip(vocab: Vocabulary, clause: Sequence[Word]) -> FarSlip | None:
    """The one skill a text of one short Korean word (filler aside) is a slip of: typed alone in a skill field, a
    word of two syllables is a name with one vowel or final consonant wrong, missing or added ("도긍" for 도금: ㅇ
    and ㅁ are no neighbours; "회곅" for 회계), where beside other words it is as often another word (extract.py reads
    neighbouring keys only). A syllable's first consonant is typed as meant: changed, it makes names and other words
    (재호, 단오, 찬장)."""
    said = [word for word in clause if not lexicon.is_quiet(word.form) and not _place_of_work(word) and not ran(word)]
    if not said:
        return None
    word = said[0]
    others = [other for other in clause if other is not word]
    after = [other for other in clause if other.start > word.start]
    licensed = _worked_on(after)
    if not (licensed or all(_rating(other) or _place_of_work(other) or _work_done(other) for other in others)):
        return None  # "도긍 3년", "도긍 능숙", "배권 작업 3년", "제권 2년 했어요"; "비게 설치 1년 했어요 아파트 현장"
    worked = licensed == WORKED_ON or any(_work_done(other) and not _rating(other) for other in others)
    form = word.form
    if not (is_hangul(form) and SHORT_JAMO[0] <= len(form) <= SHORT_JAMO[1]) or common_words.is_common(word):
        return None
    if form in WORK_TERMS_KO:
        return None
    if word.text.endswith(PREDICATE_END):
        return None  # a verb's or an adjective's dictionary form ("하다", "주다"), no noun of a skill
    if sum(0xAC00 <= ord(char) <= 0xD7A3 for char in word.text) != SHORT_SYLLABLES:
        return None
    names, skill_ids = _short_names(vocab)
    hits = process.extract(form, names, scorer=Levenshtein.distance, score_cutoff=1, limit=CANDIDATES)
    # 재호 is no 재고, 단오 no 단조; with work said right after it, a neighbouring key is one ("물휴 센터" for 물류)
    hits = [hit for hit in hits if _leads(hit[0]) == _leads(form) or (licensed and _plausible(form, hit[0]))]
    skills = {skill_ids[at] for _, _, at in hits}
    if len(skills) != 1:
        return None
    [skill_id] = skills
    if len(said) > 1 and not any(_plausible(form, name) for name, _, _ in hits):
        return None  # beside other words, a slip of a key or a sound only ("지게 운전" is no 지그: ㅔ for ㅡ)
    category = vocab.by_id[skill_id].category
    coded = any(other.text.startswith(work_words.CODE_WORK_KO) for other in others)  # "임베 개발 3년차"
    if worked and (category == SOFT_SKILLS or (category in work_words.CODED_CATEGORIES and not coded)):
        return None  # no trait is worked on ("적층 작업 3년" is no 적응), nor code by hand ("배식 담당" is no 배시)
    return FarSlip(word.start, word.end, skill_id, fuzz.ratio(form, hits[0][0]))


@lru_cache(maxsize=4)
def _short_names(vocab: Vocabulary) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The vocabulary's Korean forms of two syllables, and their skills."""
    pairs = [
        (form, skill_id)
        for form, skill_id in zip(vocab.choices, vocab.choice_ids, strict=True)
        if SHORT_JAMO[0] <= len(form) <= SHORT_JAMO[1] and is_hangul(form) and len(_leads(form)) == SHORT_SYLLABLES
    ]
    return tuple(form for form, _ in pairs), tuple(skill_id for _, skill_id in pairs)


# Jamo of a short word written for one another as they sound alike there, beyond typos.SOUND_ALIKE: the nasal finals
# ("도근" for 도금, "내섬" for 내선, "판긍" for 판금) and /wa/ and /wo/ ("배권" for 배관, "작훠" for 작화).
SHORT_ALIKE = ("\u11ab\u11b7\u11bc", "\u116a\u116f")
_SHORT_ALIKE_PAIRS = frozenset((a, b) for group in SHORT_ALIKE for a in group for b in group if a != b)


def _plausible(typed: str, meant: str) -> bool:
    """A slip of one neighbouring key or sound (typos.typo_cost), or of a nasal final or /wa/ for /wo/."""
    if typo_cost(typed, meant) is not None:
        return True
    diffs = [(a, b) for a, b in zip(typed, meant, strict=False) if a != b]
    return len(typed) == len(meant) and len(diffs) == 1 and diffs[0] in _SHORT_ALIKE_PAIRS


def _leads(form: str) -> str:
    """A normalised Korean form's syllables' first consonants: one a syllable."""
    return "".join(char for char in form if "\u1100" <= char <= "\u1112")


# Where the work was done, said after a slip of its skill's short name ("주죠 공정 1년", "제괸 공장에서 3년").
WORKPLACES = ("공정", "공장", "공장에서", "라인", "현장", "보조")
_WORKPLACE_FORMS = frozenset(normalise(word) for word in WORKPLACES)


# Words of work said right after a slip of a short name, which say it is the skill whatever the sentence says besides
# ("배권 작업 2년 했어요 아파트 신축 현장", "내섬 공사 보조", "하듑 클러스터 관리를 맡았어요", "수쇼 충전소 알바"):
# the work done on the skill's thing, or the place or the thing it is worked in. Not 단지, 생활, 대회, 기계: said of
# everyday things as often.
WORK_AFTER_SLIP = (
    *("작업", "공사", "업무", "가공", "설치", "제작", "공장", "라인", "센터", "보조", "관리", "기록", "모델링"),
    *("프로그램", "클러스터", "브랜치", "이슈", "충전소", "충전소에서"),
)
_WORK_AFTER_SLIP_FORMS = frozenset(normalise(word) for word in WORK_AFTER_SLIP)
# Work said as a bound noun ("검스 일 2년 했어요", "치규 만드는 일 해 봤어요"): work where the clause says it was done.
BOUND_WORK_AFTER_SLIP = (("일",), ("만드는", "일"))
# What the writer can do or did with it, said right after it ("코딜 할 줄 알아요", "한텀 잘 다뤄요", "작훠 해 봤어요").
ABLE_AFTER_SLIP = (("할", "줄"), ("해", "봤어요"), ("해", "봤음"), ("잘", "다뤄요"), ("잘", "다룸"))
WORKED_ON, ABLE = "worked on", "able"


def _worked_on(after: Sequence[Word]) -> str | None:
    """Whether the words right after a short slip say work was done on it (WORKED_ON) or the writer can do it (ABLE)."""
    texts = tuple(word.text for word in after)
    if texts[:1] and after[0].form in _WORK_AFTER_SLIP_FORMS and (_said(texts) or all(map(_of_work, after[1:]))):
        return WORKED_ON  # a thing beside it is said of the work only in a sentence ("밀랑 가공 가구" says none)
    bound = next((len(words) for words in BOUND_WORK_AFTER_SLIP if texts[: len(words)] == words), 0)
    if bound and (_able(texts[bound:]) or any(_work_done(word) and not _rating(word) for word in after[bound:])):
        return WORKED_ON
    return ABLE if _able(texts) else None


# A sentence's predicate ends ("했어요", "차예요", "맡았음", "했다"): the words beside the work are said of it.
PREDICATE_ENDS_KO = ("요", "음", "다")


def _said(texts: Sequence[str]) -> bool:
    return any(text.endswith(PREDICATE_ENDS_KO) for text in texts)


def _of_work(word: Word) -> bool:
    return _rating(word) or _said_of_work(word) or _work_done(word)


def _able(texts: Sequence[str]) -> bool:
    return any(tuple(texts[: len(words)]) == words for words in ABLE_AFTER_SLIP)


def _place_of_work(word: Word) -> bool:
    return word.form in _WORKPLACE_FORMS


def _said_of_work(word: Word) -> bool:
    """Where a skill was worked (보조, 라인) or a word of the work done with it (발행, 작업)."""
    form = word.form
    return _place_of_work(word) or form in work_words.WORK_SAID_FORMS or form in work_words.WORK_DONE_SAID_FORMS


def _work_done(word: Word) -> bool:
    """A word of the work done with a skill, or of doing it ("작업", "했어요", "돌렸어요")."""
    return word.form in work_words.WORK_DONE_SAID_FORMS or word.form in work_words.DOING_FORMS or ran(word)


def ran(word: Word) -> bool:
    """A past verb of running a machine or a vehicle, said after years ("션반 2년 돌렸어요", "지게차 1년 몰았음")."""
    return len(word.text) >= RUN_MIN and word.text.startswith(RUN_KO)


RUN_KO = ("돌렸", "몰았", "탔어", "탔습", "돌린지")  # and the years since it began ("선번 돌린지 5년")
RUN_MIN = 3  # syllables: the verb's past and its ending ("돌렸음", "탔어요")


def _rating(word: Word) -> bool:
    """Filler that rates a skill ("3년", "능숙"), not a word of the work done with one ("작업", "운전")."""
    return lexicon.is_quiet(word.form) and word.form not in work_words.WORK_DONE_SAID_FORMS
