"""What a typed word may be besides itself: known words one slip from it, a Korean word less its endings, Korean
words glued together or spaced apart, since Korean is written with or without its spaces, and an English word less
its plural or its version."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from jobsfez.skills.match import common_words, lexicon, work_words
from jobsfez.skills.match.normalise import normalise
from jobsfez.skills.match.phrases import Match
from jobsfez.skills.match.tokens import Word, word_forms
from jobsfez.skills.match.typos import LATIN_VOWELS, WordIndex, is_hangul, jamo_slip
from jobsfez.skills.match.vocab import BRACKETED, Vocabulary, written_also

# Normalised words this short ("c", "r", "go", "sql", one Korean syllable) become other words after any typo.
EXACT_ONLY_MAX_LEN = 3
# Longest word whose slips are looked for: longer than any word of a skill's name.
NEAR_MAX_LEN = 40
# Korean endings cut off one after another at most ("경험이" -> "경험", "엑셀잘함을").
MAX_SUFFIXES = 3


def near(vocab: Vocabulary, form: str) -> tuple[tuple[str, float], ...]:
    """Known words one slip from `form`, leaving out the short ones: a typo never reaches a word any slip of which
    is another word ("GIMP" is not GMP with a key added), as a short word typed is never read as a typo; but a key
    pressed twice ("sqql", "Webb") is plainly that word. A word longer than any name is looked up as typed only: its
    slips would cost time growing with the square of its length (a pasted URL or hash)."""
    if len(form) > NEAR_MAX_LEN:
        return ()
    return tuple(
        found
        for found in vocab.lexicon.near(form)
        if (len(found[0]) > EXACT_ONLY_MAX_LEN or _doubled(form, found[0])) and not _vowel_into_letters(form, found[0])
    )


VOWELS = LATIN_VOWELS | {"y"}  # "y" sounds a vowel in a word typed ("gym")


def _vowel_into_letters(typed: str, meant: str) -> bool:
    """`meant` is Latin letters without a vowel, spelt out one by one ("smps", "plc"), and `typed` has a vowel: an
    abbreviation is typed as its letters, and one with a vowel slipped in is a word of its own ("sumps")."""
    return meant.isascii() and VOWELS.isdisjoint(meant) and meant.isalpha() and not VOWELS.isdisjoint(typed)


def _doubled(typed: str, meant: str) -> bool:
    """`typed` is `meant` with one of its keys pressed twice."""
    return len(typed) == len(meant) + 1 and any(
        typed[k] == typed[k + 1] and typed[:k] + typed[k + 1 :] == meant for k in range(len(meant))
    )


def stems(
    run: Sequence[Word], after: str = "", *, listed: Callable[[], bool] = lambda: False
) -> Iterator[tuple[str, int | None, bool]]:
    """A Korean run with endings cut off one by one, the level an ending said (엑셀잘함 -> 엑셀, 4), and whether an
    ending was cut after which the rest is read only as typed: one that makes a person's job, or the copula.
    `after`: the word after the run, before which 에 is no place but what a hand is at ("엑셀에 능숙한 분", "CAD에
    익숙함"); `listed`: whether it names a skill, to which 에 adds the run's (asked only where 에 is cut)."""
    if not is_hangul(run[-1].form):
        return
    stem, level, as_typed = "".join(lexicon.unmarked(word.form) for word in run[:-1]) + run[-1].form, None, False
    for _ in range(MAX_SUFFIXES):
        suffix = next(
            (s for s in _STEM_SUFFIX_FORMS if stem.endswith(s) and len(stem) - len(s) >= lexicon.MIN_STEM_JAMO), None
        )
        if suffix is None or (
            suffix in lexicon.LOCATIVE_FORMS and not (_about(suffix, after) or (suffix == LOCATIVE_E and listed()))
        ):
            return
        if suffix == _DONE and not after.startswith(lexicon.DONE_FOR_SOMEONE_KO):
            return  # 해 before a helping verb of doing for someone, not a request ("포장해 주세요")
        stem = stem[: -len(suffix)]
        level = level or lexicon.LEVEL_FORMS.get(suffix)
        as_typed = as_typed or suffix in lexicon.PERSON_FORMS or suffix in lexicon.COPULA_LAST_FORMS
        yield stem, level, as_typed


_STEM_SUFFIX_FORMS = tuple(sorted((*lexicon.SUFFIX_FORMS, *lexicon.COPULA_LAST_FORMS), key=len, reverse=True))
LOCATIVE_E = normalise("에")  # of place, or what is added to in a list
_DONE = normalise("해")


def _about(suffix: str, after: str) -> bool:
    """The locative 에 says what a hand is at ("엑셀에 능숙한 분"), and 에 or 에서 the tool work is done in or put
    to ("엑셀에 입력", "솔리드웍스에서 모델링", "허깅페이스에 올렸어요"; `extract._put_to` keeps it to programs), or
    에서 the first of several ("위험물기능사에서 시작해서"), not a place ("가게에서")."""
    return (
        (suffix == LOCATIVE_E and after.startswith(lexicon.ABOUT_KO))
        or (suffix == LOCATIVE_E and after.startswith(lexicon.SURE_OF_KO) and not after.endswith(lexicon.OF_SOMEONE_KO))
        or after.startswith(work_words.WORK_IN_TOOL_KO)
        or (suffix == _FROM and after.startswith(_STARTED))
    )


_FROM, _STARTED = normalise("에서"), "시작"  # the first of several: "위험물기능사에서 시작해서 …"


# Syllables of a Korean word split into the words it was glued from, at most: longer is a sentence typed as one. A
# long certificate's name and its verb are twelve ("자동차정비기능사땄습니다").
GLUED_MAX_SYLLABLES = 12
# A part-time job glued after what it was ("상하차알바", "통역아르바이트"): a piece as a word of names is.
GLUED_JOB_FORMS = frozenset(normalise(word) for word in ("알바", "아르바이트"))
# A verb of doing glued after a skill's word splits off as it would spaced ("용접했어요", "지게차면허땄음"); not the
# words a shop's review glues ("배송빠름", "상담도움") nor seeing ("지게차봤음": seen, as often as tried).
GLUED_ENDING_FORMS = work_words.DOING_FORMS - {
    normalise(word) for word in ("빠름", "빠릅니다", "도움", "봄", "본", "봤음", "봤습니다")
}
# Syllables of a glued piece read with a slip, at least: two are as often another word (제과 is not 제관).
GLUED_SLIP_SYLLABLES = 3


MODIFIER_SYLLABLES = 2  # before a name's first word glued after them (`_modified_head`), at least


def unglued(vocab: Vocabulary, clause: Sequence[Word]) -> Sequence[Word]:
    """The clause with each Korean word that is no word of names split into the words of names it was glued from
    ("로봇프로그래밍": 로봇 프로그래밍), since Korean is written with or without its spaces; one of them may have a
    slip ("로봇프로그레밍"), read as in any word. A word that ends in a name's first word, completed by the next, is
    split before it ("보세창고 관리")."""
    if not any(is_hangul(word.form) for word in clause):  # the common case
        return clause
    result: list[Word] = []
    for k, word in enumerate(clause):
        completes = k > 0 and clause[k - 1].form + word.form in vocab.prefixes  # "지게차 운전기능사": a name's end
        pieces = () if completes else _glued_pieces(vocab, word)
        if not pieces and k + 1 < len(clause):
            pieces = _modified_head(vocab, word, clause[k + 1])
        if len(pieces) < 2:
            result.append(word)
            continue
        at = word.start
        for k, piece in enumerate(pieces):
            result.append(Word(piece, at, at + len(piece), normalise(piece), word.gap if k == 0 else "glued"))
            at += len(piece)
    return result


def _modified_head(vocab: Vocabulary, word: Word, after: Word) -> tuple[str, ...]:
    """A Korean word that ends in a name's first word the next word completes, two syllables or more before it said
    of the thing ("보세창고 관리": a bonded warehouse's management is warehouse management; "공공데이터 분석"): the
    two pieces, or () where the word is a word of names, a name's start or a name with an ending."""
    text, form = word.text, word.form
    if not (len(text) <= GLUED_MAX_SYLLABLES and all("\uac00" <= c <= "\ud7a3" for c in text)):
        return ()
    for cut in range(MODIFIER_SYLLABLES, len(text) - 1):  # the longest head first
        head = normalise(text[cut:])
        if head in vocab.lexicon.words and head + after.form in vocab.exact:
            whole = form in vocab.lexicon.words or form in vocab.prefixes
            if whole or any(stem in vocab.exact for stem, _, _ in stems([word])):
                return ()
            return text[:cut], text[cut:]
    return ()


def _known_end(vocab: Vocabulary, text: str) -> bool:
    """Text that begins or ends with a word of names or filler of two syllables or more: of two pieces or more with
    one slip at most, the first or the last is known (a quick test before looking for the pieces)."""
    for end in range(2, len(text) - 1):
        for piece in (normalise(text[:end]), normalise(text[-end:])):
            if piece in vocab.lexicon.words or lexicon.is_quiet(piece):
                return True
    return False


def _glued_pieces(vocab: Vocabulary, word: Word) -> tuple[str, ...]:
    """The fewest words of names (or filler) a Korean word splits into, each of two syllables or more, at most one of
    them with a slip; () when it is a word, a name's start, a name with an ending or with a slip, or splits into
    none."""
    text, form = word.text, word.form
    if not (
        3 <= len(text) <= GLUED_MAX_SYLLABLES
        and all("\uac00" <= c <= "\ud7a3" for c in text)
        and form not in vocab.lexicon.words
        and form not in vocab.prefixes
        and not lexicon.is_quiet(form)
        and _known_end(vocab, text)
        and not any(stem in vocab.exact for stem, _, _ in stems([word]))
        and not near(vocab, form)  # a word of names with a slip
        and vocab.abbreviations.find(text, alone=False) is None
    ):
        return ()
    for slips in (0, 1):
        best: list[tuple[str, ...] | None] = [()] + [None] * len(text)  # best[k]: pieces of text[:k]
        spent: list[int] = [0] * (len(text) + 1)
        for end in range(2, len(text) + 1):
            for begin in range(end - 2, -1, -1):
                before = best[begin]
                if before is None or (before and begin < 2):
                    continue
                piece = normalise(text[begin:end])
                known = piece in vocab.lexicon.words or lexicon.is_quiet(piece) or piece in GLUED_JOB_FORMS
                known = known or (end == len(text) and piece in GLUED_ENDING_FORMS)  # "용접했어요", "…기능사땄음"
                slip = (
                    not known
                    and end - begin >= GLUED_SLIP_SYLLABLES
                    and slips > spent[begin]
                    and bool(near(vocab, piece))
                )
                if (known or slip) and (best[end] is None or len(before) + 1 < len(best[end] or ())):
                    best[end] = (*before, text[begin:end])
                    spent[end] = spent[begin] + slip
        found = best[len(text)]
        if found is not None and len(found) > 1:
            return found
    return ()


def spaced(vocab: Vocabulary, clause: Sequence[Word], i: int, length: int) -> list[Match]:
    """Korean words from i that are one name with a space typed inside and one slip ("스탠 용접" for 스텐용접), also
    after a number the name begins with ("3차원 측졍기" for 3차원측정기)."""
    found: list[Match] = []
    typed = clause[i].form
    for n in range(2, min(length, 3) + 1):
        word = clause[i + n - 1]
        if not ((is_hangul(typed) or typed.isdigit()) and is_hangul(word.form) and word.gap in ("space", "glued")):
            break
        typed += word.form
        run = clause[i : i + n]
        if all(w.form in vocab.lexicon.words for w in run) or typed in vocab.prefixes:
            continue  # read word by word
        for meant, _ in near(vocab, typed):
            if meant in vocab.exact:
                found.append(Match(i, i + n, vocab.exact[meant], "fuzzy", fuzz.ratio(typed, meant), None))
                break
    return found


# Words of a name read with one word's vowel or final wrong (`anchored`), at most.
ANCHORED_MAX_WORDS = 3
# Syllables of each piece of a compound typed glued that is read so ("협동로봊": 협동 and 로봊), at least.
ANCHORED_PIECE_SYLLABLES = 2


# Words of a certificate's paper or grade, of any field's: they anchor no name ("용잡 자격증", "선번 기능사").
PAPER_FORMS = frozenset(normalise(word) for word in ("자격증", "자격", "면허", "기능사", "기사", "산업기사", "기능장"))


def anchored(vocab: Vocabulary, clause: Sequence[Word], i: int, length: int) -> list[Match]:
    """Korean words from i that are a name of two words or more, or a compound glued from names' words, with every
    word typed as it is but one, and that one a vowel or a final consonant away from the name's, whatever keys they
    sit on ("알루미늄 욤접", "시간 관러", "품질 보즘", "협동로봊"): the words typed exactly say which name it is, as a
    lone word so far from its name does not (`typos.jamo_slip`). The word slipped is no word of names, nor a common
    Korean word ("시간 관계", "서버 관리비" stay as typed); a word of names with a last syllable of its own is that
    word derived, no slip of the name's ("자동차 정비소" is a repair shop, no 자동차 정비사); a certificate's paper or
    grade anchors no field's word ("용잡 자격증 떨어졌어요": which certificate, the word slipped would say). Latin
    words are read by `_anchored_latin`."""
    if _latin(clause[i]):
        return _anchored_latin(vocab, clause, i, length)
    found: list[Match] = []
    for n in range(1, min(length, ANCHORED_MAX_WORDS) + 1):
        run = clause[i : i + n]
        if not all(is_hangul(word.form) for word in run) or any(word.gap not in ("space", "glued") for word in run[1:]):
            break
        match = next(filter(None, map(functools.partial(_anchored_name, vocab), _anchored_texts(vocab, run))), None)
        if match is not None:
            found.append(Match(i, i + n, *match, None))
    return found


def _anchored_texts(vocab: Vocabulary, run: Sequence[Word]) -> Iterator[list[str]]:
    """A name's words as typed, then with a particle glued to the last one left off ("알루미늄 욤접은": 욤접, "서버
    관라를": 관라); a lone word's pieces as typed (`_compound_pieces`; a lone slip with its particle is `_spellings`'s:
    "워드프래스로")."""
    typed = [word.text for word in run]
    if len(run) == 1:
        yield from _compound_pieces(vocab, typed[0])
        return
    for last in dict.fromkeys((typed[-1], lexicon.less_particle(typed[-1], common_words.PARTICLES))):
        yield [*typed[:-1], last]


def _compound_pieces(vocab: Vocabulary, text: str) -> list[list[str]]:
    """A Korean word that is no word of names cut in two, each piece two syllables or more."""
    if normalise(text) in vocab.lexicon.words or len(text) > GLUED_MAX_SYLLABLES:
        return []
    cuts = range(ANCHORED_PIECE_SYLLABLES, len(text) - ANCHORED_PIECE_SYLLABLES + 1)
    return [[text[:cut], text[cut:]] for cut in cuts]


def _anchored_name(vocab: Vocabulary, texts: Sequence[str]) -> tuple[str, Literal["fuzzy"], float] | None:
    """The one skill whose name the pieces are with the one piece that is no word of names slipped in a vowel or a
    final consonant; None where no piece or two are unknown, or two skills' names are as close."""
    forms = [normalise(text) for text in texts]
    unknown = [k for k, form in enumerate(forms) if form not in vocab.lexicon.words]
    if len(unknown) != 1 or common_words.is_korean_word(texts[unknown[0]]):
        return None
    if all(form in PAPER_FORMS for k, form in enumerate(forms) if k != unknown[0]):
        return None  # a paper or a grade says which field's certificate no more than it says which skill
    [k] = unknown
    begin = sum(len(form) for form in forms[:k])
    end = begin + len(forms[k])
    if len(texts[k]) > ANCHORED_PIECE_SYLLABLES and normalise(texts[k][:-1]) in vocab.lexicon.words:
        end -= len(normalise(texts[k][-1]))  # a word of names with a syllable after it is a word of its own (정비소)
    typed = "".join(forms)
    meant = {
        name: vocab.exact[name]
        for name in _names(vocab).one_edit(typed)
        if (at := jamo_slip(typed, name)) is not None and begin <= at < end
    }
    if len(set(meant.values())) != 1:
        return None
    name, skill_id = next(iter(meant.items()))
    return skill_id, "fuzzy", fuzz.ratio(typed, name)


# Letters of a name's English word read with a slip beside the name's other words (`_anchored_latin`), at least: any
# slip makes a shorter word another ("bi", "ops").
ANCHORED_MIN_LETTERS = 4
# Letters of a name's English word from which two slips in it are still that word ("Elastcsarch"), at least.
TWO_SLIPS_LETTERS = 8


def _latin(word: Word) -> bool:
    return word.form.isascii() and word.form.isalpha()


def _anchored_latin(vocab: Vocabulary, clause: Sequence[Word], i: int, length: int) -> list[Match]:
    """Latin words from i that are an English name of two words or more with every word typed as it is (whatever its
    case) but one, and that one an edit away from the name's, two in a word of TWO_SLIPS_LETTERS or more: a key added,
    dropped, changed or two swapped ("Powr BI", "Clould computing", "Digital twni", "Hugging Fcae"), whatever keys they
    sit on, as the words typed exactly say which name it is. The word slipped is no word of names nor an English word
    ("Power cut", "Marine biology" stay as typed), and no filler alone anchors it."""
    found: list[Match] = []
    for n in range(2, length + 1):
        run = clause[i : i + n]
        if not _latin(run[-1]) or run[-1].gap not in ("space", "join"):
            break
        forms = [word.form for word in run]
        unknown = [k for k, form in enumerate(forms) if form not in vocab.lexicon.words]
        if len(unknown) > 1:
            break
        if not unknown or all(lexicon.is_quiet(form) for k, form in enumerate(forms) if k != unknown[0]):
            continue
        [k] = unknown
        typed = forms[k]
        if len(typed) < ANCHORED_MIN_LETTERS or not run[k].text.isalpha() or common_words.is_english_word(typed):
            break  # a word with a mark inside is typed so on purpose: "ARM Cortex-M" is a line of arm cortex
        meant = {
            skill_id: name
            for word, skill_id, name in _latin_names(vocab).get((*forms[:k], None, *forms[k + 1 :]), ())
            if OSA.distance(typed, word) <= 1 + (len(word) >= TWO_SLIPS_LETTERS)
        }
        if len(meant) == 1:
            [(skill_id, name)] = meant.items()
            found.append(Match(i, i + n, skill_id, "fuzzy", fuzz.ratio("".join(forms), name), None))
    return found


@lru_cache(maxsize=4)
def _latin_names(vocab: Vocabulary) -> dict[tuple[str | None, ...], list[tuple[str, str, str]]]:
    """The English names of two words or more, by their words with one left out (None): that word, the skill and the
    name glued, for each."""
    found: dict[tuple[str | None, ...], list[tuple[str, str, str]]] = {}
    for skill in vocab.by_id.values():
        names = {skill.name_en, *skill.aliases, *written_also(skill)}
        for name in sorted(names | {BRACKETED.sub("", name) for name in names}):  # "Penetrant testing (PT)"
            parts = word_forms(name)
            if not name.isascii() or len(parts) < 2 or not all(part.isalpha() for part in parts):
                continue
            for k, part in enumerate(parts):
                if len(part) >= ANCHORED_MIN_LETTERS:
                    found.setdefault((*parts[:k], None, *parts[k + 1 :]), []).append((part, skill.id, "".join(parts)))
    return found


@lru_cache(maxsize=4)
def _names(vocab: Vocabulary) -> WordIndex:
    """The vocabulary's Korean names, each one word glued, to find the ones an edit away: `jamo_slip` reads no other
    (an ESCO import's 100,000 English names made this index take seconds to build)."""
    return WordIndex(name for name in vocab.exact if is_hangul(name))


# Letters of a word typed in capitals that may be a code of its own: longer is a word typed with caps lock on.
CODE_MAX_LEN = 4


def coded(typed: Word, meant: str) -> bool:
    """A short word in capitals that is `meant` with its last letter doubled is a code of its own (the steel grade
    SPCC is no SPC, SCC no SC), where a key doubled inside a word is a slip ("GMMP")."""
    text = typed.text
    return (
        len(text) <= CODE_MAX_LEN
        and text.isascii()
        and text.isupper()
        and text[-1] == text[-2]
        and typed.form[:-1] == meant
    )


# Plurals of words of names said as often as a verb of a subject before them.
VERBS_TOO = frozenset(("works",))


def singular(vocab: Vocabulary, typed: Word) -> str | None:
    """An English plural of a thing an English name names ("PLCs", "forklifts", "lathes"), as that word: a skill
    named in the singular is the same skill in the plural, also where the plural is a word of names itself ("Linux
    device drivers": drivers of "driver's licence"). A product's name has no plural ("darts" is no Dart), capitals
    ending in S are an abbreviation of their own ("CMMS", a maintenance system, is no CMM), and a verb is no plural
    ("my team works")."""
    form = typed.form
    if not (form.endswith("s") and form.isascii() and len(form) > EXACT_ONLY_MAX_LEN) or form in VERBS_TOO:
        return None
    if typed.text.endswith("S") and typed.text[:-1].isupper():
        return None
    for stem in (form[:-1], form[:-2] if form.endswith("es") else ""):
        if len(stem) >= EXACT_ONLY_MAX_LEN and stem in vocab.countable:
            return stem
    return None


# Letters of an English word for a person who does a work ("welder", "fitter"), at least: shorter ones are other
# words ("user", "tier").
AGENT_MIN_LETTERS = 6


# The ones who do a work said as -ment ("warehouse manager": warehouse management).
MANAGING_AGENTS = ("manager", "developer")
DESIGNING_AGENT = "designer"


def agentive(vocab: Vocabulary, typed: Word) -> str | None:
    """An English word for the one who does a work, as the work: "stick welder" is stick welding, "pipe fitter" pipe
    fitting, "plasma cutter" plasma cutting, "warehouse manager" warehouse management, where that work is a word of
    names."""
    form = typed.form
    if not (form.endswith("er") and form.isascii() and form.isalpha() and len(form) >= AGENT_MIN_LETTERS):
        return None
    works = [form[:-2] + "ing"]  # welding
    if form.endswith(MANAGING_AGENTS):
        works += [form[:-1] + "ment", form[:-2] + "ment"]  # management, development; not a container's containment
    if form.endswith(DESIGNING_AGENT):
        works.append(form[:-2])  # "electrical designer": electrical design, whose noun is the verb
    return next((work for work in works if work in vocab.lexicon.words), None)


# The ending of a people's language as it is often misspelt ("Chinses", "Japanses", "Vietnamses"): the sound of -ese
# typed -ses.
MISSPELT_ESE = "ses"
SPELT_ESE = "ese"


def ese_misspelt(vocab: Vocabulary, typed: Word) -> str | None:
    """A language whose name ends in -ese typed with -ses ("Vietnamses interpreter"), where that name is a word of
    names; no other word ends so ("courses": courese is none)."""
    form = typed.form
    if not (form.endswith(MISSPELT_ESE) and form.isascii() and len(form) > len(MISSPELT_ESE) + 2):
        return None
    language = form[: -len(MISSPELT_ESE)] + SPELT_ESE
    return language if language in vocab.lexicon.words else None


_VERSIONED = re.compile(r"^([a-z]{3,})(\d{1,4})$")
_V_VERSIONED = re.compile(r"^([a-z]{3,})v(\d{1,4})$")  # "YOLOv8"; tried second: "OpenCV4" is OpenCV's 4


def unversioned(vocab: Vocabulary, typed: Word) -> str | None:
    """A word of names with a version glued after it ("Works3", "HTML5", "Revit2024", "YOLOv8"), as that word: a
    product's version is the product. Letters only before it, three at least ("CO2", "S7" and "L2" are names of their
    own); a number after a hyphen is a model or a part (extract's models: "CAD-3" is a drawing)."""
    form = typed.form
    if not form[-1:].isdigit():  # the common case: no number at the end
        return None
    if not typed.text.isalnum() or form in vocab.lexicon.words:
        return None
    for pattern in (_VERSIONED, _V_VERSIONED):
        versioned = pattern.match(form)
        if versioned is not None and versioned.group(1) in vocab.lexicon.words:
            return versioned.group(1)
    return None
