"""Interface text through gettext catalogs (Babel .po files in the repo), Korean first."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from babel import Locale
from babel.messages.pofile import read_po

from jobsfez.config import LOCALE_DIR

LANGUAGES = ("ko", "en")
DEFAULT_LANGUAGE = "ko"

_current: ContextVar[str] = ContextVar("language", default=DEFAULT_LANGUAGE)


@cache
def catalog(language: str) -> dict[str, str]:
    """msgid → msgstr for one language, read once per process from its .po file."""
    path = LOCALE_DIR / language / "LC_MESSAGES" / "messages.po"
    if not path.exists():
        return {}
    with path.open("rb") as handle:
        parsed = read_po(handle, locale=language)
    entries: dict[str, str] = {}
    for message in parsed:
        if not message.id or message.fuzzy:
            continue
        if isinstance(message.id, tuple):  # a plural: Korean has one form, which both English forms become
            if message.string and message.string[0]:
                entries.update(dict.fromkeys(map(str, message.id), str(message.string[0])))
        elif message.string:
            entries[str(message.id)] = str(message.string)
    return entries


def set_language(language: str) -> None:
    _current.set(language if language in LANGUAGES else DEFAULT_LANGUAGE)


def current_language() -> str:
    return _current.get()


def gettext(message: str, language: str | None = None) -> str:
    """Translate an English msgid into the current (or the given) language."""
    return catalog(language or _current.get()).get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """A message with a count: English picks its form by the count, Korean has one form for both."""
    return gettext(singular if n == 1 else plural)


_ = gettext


def lazy(message: str) -> str:
    """Mark a msgid for extraction where it is translated later (error codes, labels in tables)."""
    return message


@contextmanager
def language(code: str) -> Iterator[None]:
    """Render something in another person's language (a message to its recipient), then switch back."""
    token = _current.set(code if code in LANGUAGES else DEFAULT_LANGUAGE)
    try:
        yield
    finally:
        _current.reset(token)


NAMED_WIDTHS = ("short", "medium", "long", "full")
_PERIOD = re.compile(r"(?<![a'])a(?!a)")
_SECONDS = re.compile(r"[:.]ss|\s?s초")  # "h:mm:ss", "H시 m분 s초"


@cache
def babel_locale(language: str) -> Locale:
    """Babel parses a locale name on every call that is given one; a Locale object it uses as it is."""
    return Locale.parse(language)


@cache
def datetime_pattern(fmt: str, language: str, *, time_only: bool = False) -> str:
    """A Babel pattern for a named width ("short" … "full") or a pattern as given, fit for the language.

    CLDR abbreviates the Korean day periods to "AM" and "PM"; Korean readers expect 오전 and 오후, its wide
    form, so Korean patterns spell the period out. Named widths show no seconds: nothing here is timed to the
    second, and "오후 1:23:45" reads as noise.
    """
    locale = babel_locale(language)
    if fmt not in NAMED_WIDTHS:
        pattern = fmt
    elif time_only:
        pattern = locale.time_formats[fmt].pattern
    else:
        pattern = (
            str(locale.datetime_formats[fmt])
            .replace("{1}", locale.date_formats[fmt].pattern)
            .replace("{0}", locale.time_formats[fmt].pattern)
        )
    if fmt in NAMED_WIDTHS:
        pattern = _SECONDS.sub("", pattern)
    return _PERIOD.sub("aaaa", pattern) if language == "ko" else pattern


# Korean particles a translation writes twice ("을(를)") where it cannot know the word before it: the form after a
# final consonant, then the one after a vowel; after ㄹ, (으)로 is 로. The page picks one where the word is known.
PARTICLES = {
    "을(를)": ("을", "를"),
    "은(는)": ("은", "는"),
    "이(가)": ("이", "가"),
    "과(와)": ("과", "와"),
    "와(과)": ("과", "와"),
    "(으)로": ("으로", "로"),
}
_CLOSERS = re.escape("'\"’”」』)]")
_FALLBACK = re.compile(rf"([^\s{_CLOSERS}])([{_CLOSERS}]*)({'|'.join(map(re.escape, PARTICLES))})")
# How a number ends when read: 일, 칠, 팔 in ㄹ; 삼, 육 and a 0 (영, 십, 백, 천, 만) in another final;
# the rest in a vowel.
_DIGIT_ENDS = {"0": "final", "1": "ㄹ", "3": "final", "6": "final", "7": "ㄹ", "8": "ㄹ"}
# An abbreviation ends as its last letter's name does: 엘, 알 in ㄹ; 엠, 엔 in another final; the rest in a vowel.
_LETTER_ENDS = {"L": "ㄹ", "R": "ㄹ", "M": "final", "N": "final"}
_LATIN_WORD = re.compile(r"[A-Za-z]+$")


def _ending(before: str) -> str | None:
    """How the words before a particle end when read: "" in a vowel, "ㄹ", "final" in another final consonant;
    None when the spelling does not tell (most English words)."""
    last = before[-1]
    if "가" <= last <= "힣":
        final = (ord(last) - ord("가")) % 28
        return "" if final == 0 else "ㄹ" if final == 8 else "final"
    if "0" <= last <= "9":
        return _DIGIT_ENDS.get(last, "")
    word = _LATIN_WORD.search(before)
    if word is None:
        return None
    if word.group().isupper():
        return _LETTER_ENDS.get(last, "")
    lower = word.group().lower()
    if lower.endswith("l"):
        return "ㄹ"
    if lower.endswith(("m", "n", "ng")):
        return "final"
    return "" if lower.endswith(("a", "i", "o", "u", "y")) else None


def with_particles(text: str) -> str:
    """The text with each particle fallback ("을(를)") read by the word before it ("1건을", "품질 검사로")."""

    def pick(match: re.Match[str]) -> str:
        ending = _ending(match.string[: match.end(1)])
        if ending is None:
            return match.group()
        after_final, after_vowel = PARTICLES[match.group(3)]
        particle = after_vowel if not ending or (ending == "ㄹ" and after_final == "으로") else after_final
        return match.group(1) + match.group(2) + particle

    return _FALLBACK.sub(pick, text)
