"""Jinja2 with autoescape, gettext, and a few formatting helpers; templates only format."""

from __future__ import annotations

import re
from collections.abc import Iterator, MutableMapping
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from babel.dates import format_datetime
from babel.numbers import format_decimal
from jinja2 import Environment, FileSystemLoader, Template, TemplateNotFound
from jinja2.ext import Extension
from jinja2.lexer import Token, TokenStream
from litestar import Request
from litestar.exceptions import TemplateNotFoundException
from litestar.plugins.jinja import JinjaTemplateEngine
from litestar.template.config import TemplateConfig

from jobsfez import i18n
from jobsfez.choices import DISTRICTS
from jobsfez.config import TEMPLATES_DIR
from jobsfez.skills.ranking import EXPLAIN
from jobsfez.web.context import current_user
from jobsfez.web.security import csrf_token, has_csrf_token

SEOUL = ZoneInfo("Asia/Seoul")


def local_time(value: datetime | None, fmt: str = "medium", zone: str = "Asia/Seoul") -> str:
    """A UTC timestamp shown in the viewer's zone (Asia/Seoul unless they chose another)."""
    if value is None:
        return ""
    language = i18n.current_language()
    pattern = i18n.datetime_pattern(fmt, language)
    return format_datetime(value.astimezone(ZoneInfo(zone)), format=pattern, locale=i18n.babel_locale(language))


@cache
def _groups_as_python_does(language: str) -> bool:
    return format_decimal(-1234567, locale=i18n.babel_locale(language)) == f"{-1234567:,}"


def number(value: float | int | None) -> str:
    if value is None:
        return ""
    language = i18n.current_language()
    if type(value) is int and _groups_as_python_does(language):  # Korean and English: no pattern to parse
        return f"{value:,}"
    return format_decimal(value, locale=i18n.babel_locale(language))


# a query string as browsers send it: unreserved characters, "/", and the four that quoting must encode
PLAIN_QUERY = re.compile(rb"[A-Za-z0-9_.~/%&=+-]*")


def this_page(request: Request[Any, Any, Any]) -> str:
    """The path and query of the current page, quoted to travel in another link's ``?next=``."""
    scope = request.scope
    path = quote(scope["path"], safe="/")
    query = scope["query_string"]  # bytes as sent: a client may send UTF-8 unescaped, and they stay UTF-8
    if not query:
        return path
    if PLAIN_QUERY.fullmatch(query):  # what quote() would do, without its byte-by-byte loop in Python
        quoted = query.decode("ascii").replace("%", "%25").replace("&", "%26").replace("=", "%3D").replace("+", "%2B")
    else:
        quoted = quote(query, safe="/")
    return f"{path}%3F{quoted}"


def configure_environment(env: Environment) -> None:
    env.add_extension("jinja2.ext.i18n")
    env.install_gettext_callables(i18n.gettext, i18n.ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.globals.update(
        csrf_token=csrf_token,
        has_csrf_token=has_csrf_token,
        current_language=i18n.current_language,
        current_user=current_user,
        this_page=this_page,
        explain=EXPLAIN,
        districts=DISTRICTS,
    )
    env.filters.update(local_time=local_time, number=number)
    env.trim_blocks = True
    env.lstrip_blocks = True


class ConstantTranslations(Extension):
    """Translates ``_("fixed words")`` once, when a template is compiled for one language.

    The call becomes the translated text marked safe, which is what gettext's new-style call returns at
    render time: translations are ours, not user input. A call with variables, or with a message that is
    not a single literal, is left to run as before. Active only in an environment made for one language.
    """

    def filter_stream(self, stream: TokenStream) -> Iterator[Token]:
        language = getattr(self.environment, "translation_language", None)
        if language is None:
            yield from stream
            return
        window: list[Token] = []
        previous = None
        for token in stream:
            window.append(token)
            if len(window) < 4:
                continue
            translated = self._constant(window, previous, language)
            if translated is None:
                previous = window.pop(0)
                yield previous
                continue
            line = window[0].lineno
            yield from (
                Token(line, "lparen", "("),
                Token(line, "string", translated),
                Token(line, "pipe", "|"),
                Token(line, "name", "safe"),
                Token(line, "rparen", ")"),
            )
            previous = window[-1]
            window.clear()
        yield from window

    @staticmethod
    def _constant(window: list[Token], previous: Token | None, language: str) -> str | None:
        name, opening, message, closing = window
        if not (
            name.type == "name"
            and name.value == "_"
            and opening.type == "lparen"
            and message.type == "string"
            and closing.type == "rparen"
            and (previous is None or previous.type != "dot")  # an attribute called "_" is not gettext
        ):
            return None
        try:  # new-style gettext formats even without variables: "%%" becomes "%"
            return str(i18n.gettext(message.value, language) % {})
        except (TypeError, ValueError, KeyError):
            return None


class FlatGlobalsEnvironment(Environment):
    """Gives each template the globals as one dict rather than a ChainMap over the environment's.

    Jinja copies a template's globals into every render context; copied from a ChainMap, each name is first
    missed in the template's empty layer (a KeyError raised and caught), about 15 µs a render. Globals are all
    set when the app is built, before any template loads, as Jinja asks ("avoid modifying any globals after a
    template is loaded"), so the dict holds the same names.
    """

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        return {**self.globals, **(d or {})}


class LocalisedJinjaEngine(JinjaTemplateEngine):
    """One compiled copy of each template per language, chosen by the request's language.

    The copies share the loader, globals, filters and settings of the configured environment (an overlay);
    only their fixed words differ (ConstantTranslations).
    """

    def __init__(self, directory: Path | list[Path] | None = None, engine_instance: Environment | None = None) -> None:
        if engine_instance is None and directory is not None:
            engine_instance = FlatGlobalsEnvironment(loader=FileSystemLoader(directory), autoescape=True)
        super().__init__(engine_instance=engine_instance)
        self.localised: dict[str, Environment] = {}
        self.compiled: dict[tuple[str, str], Template] = {}

    def get_template(self, template_name: str) -> Template:
        language = i18n.current_language()
        template = self.compiled.get((language, template_name))
        if template is not None:
            return template
        environment = self.localised.get(language)
        if environment is None:  # made on first use, after the engine callback configured the environment
            environment = self.engine.overlay(extensions=[ConstantTranslations])
            environment.extend(translation_language=language)
            self.localised[language] = environment
        try:
            template = environment.get_template(template_name)
        except TemplateNotFound as exc:
            raise TemplateNotFoundException(template_name=template_name) from exc
        if not self.engine.auto_reload:  # kept for good: Jinja's own cache takes a lock and a weakref per lookup
            self.compiled[(language, template_name)] = template
        return template


def template_config(*, reload: bool = False) -> TemplateConfig[Any]:
    """Templates from templates/; ``reload`` (development) rereads a template when its file changes.

    Without it a template is compiled once per process: checking its file on every use costs a stat() call
    for each template a page is made of.
    """

    def engine_callback(engine: JinjaTemplateEngine) -> None:
        configure_environment(engine.engine)
        engine.engine.auto_reload = reload

    return TemplateConfig(directory=TEMPLATES_DIR, engine=LocalisedJinjaEngine, engine_callback=engine_callback)
