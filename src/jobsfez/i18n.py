"""Interface text through gettext catalogs (Babel .po files in the repo), Korean first."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

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
    return {str(m.id): str(m.string) for m in parsed if m.id and m.string and not m.fuzzy}


def set_language(language: str) -> None:
    _current.set(language if language in LANGUAGES else DEFAULT_LANGUAGE)


def current_language() -> str:
    return _current.get()


def gettext(message: str, language: str | None = None) -> str:
    """Translate an English msgid into the current (or the given) language."""
    return catalog(language or _current.get()).get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
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
