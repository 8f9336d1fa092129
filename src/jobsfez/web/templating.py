"""Jinja2 with autoescape, gettext, and a few formatting helpers; templates only format."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, MutableMapping
from datetime import datetime
from functools import cache, lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode
from zoneinfo import ZoneInfo

from babel.dates import format_datetime
from babel.numbers import format_decimal
from jinja2 import Environment, FileSystemLoader, Template, TemplateNotFound, pass_environment
from jinja2.ext import Extension
from jinja2.lexer import Token, TokenStream
from litestar import Request
from litestar.exceptions import TemplateNotFoundException
from litestar.plugins.jinja import JinjaTemplateEngine
from litestar.template.config import TemplateConfig
from markupsafe import Markup

from jobsfez import i18n
from jobsfez.accounts import consents
from jobsfez.choices import DISTRICTS
from jobsfez.config import TEMPLATES_DIR
from jobsfez.drives import booths
from jobsfez.postings import presenters
from jobsfez.seekers.completeness import completeness
from jobsfez.skills.ranking import EXPLAIN
from jobsfez.web.context import current_user
from jobsfez.web.languages import explicit_language
from jobsfez.web.security import csrf_token, has_csrf_token

SEOUL = ZoneInfo("Asia/Seoul")


def local_time(value: datetime | None, fmt: str = "medium", zone: str = "Asia/Seoul") -> str:
    """A UTC timestamp shown in the viewer's zone (Asia/Seoul unless they chose another)."""
    if value is None:
        return ""
    return _local_time(value, fmt, zone, i18n.current_language())


@lru_cache(maxsize=4096)
def _local_time(value: datetime, fmt: str, zone: str, language: str) -> str:
    """Remembered: Babel formats slowly, and a page's dates (a posting's, an application's) recur."""
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


# The templates whose words are rendered once a value and language (``once``): the name each reads its value by, and
# how many values it keeps (a posting's entry holds its whole description, so fewer of those). A card's entry is
# about 1.7 kB, so 16,384 cost under 30 MB: the first pages of a national board's few hundred most asked searches
# (the search benchmark's 400 keyword searches show 6,600 cards at 1,000,000 postings, its browsing 1,800 more),
# where 4,096 were used up before a rotation of them came round again and kept almost none.
RENDERED_ONCE = {"postings/_card.html": ("card", 16_384), "postings/_posting.html": ("posting", 512)}


@pass_environment
def once(env: Environment, value: Hashable, template: str) -> Markup:
    """``template`` rendered for an immutable ``value`` whose words are the same for every reader of a language (a
    search card, a posting's facts), once a value and language; every field it shows is in the key, so a changed
    posting is a new entry. A search page's 20 cards were most of its Python time, and a posting's facts and
    description most of its page's (docs/benchmarks.md). Rendered afresh where templates reload (development)."""
    return _render(env, value, template) if env.auto_reload else _remembering(template)(env, value)


def _render(env: Environment, value: Hashable, template: str) -> Markup:
    name = RENDERED_ONCE[template][0]
    words = env.get_template(template).render({name: value, "labels": presenters.labels(i18n.current_language())})
    return Markup(words)  # noqa: S704 (an autoescaped template's output)


@cache
def _remembering(template: str) -> Callable[[Environment, Hashable], Markup]:
    """The template's renderer with a memory of its own (each language has an environment, which is in the key)."""
    return lru_cache(maxsize=RENDERED_ONCE[template][1])(lambda env, value: _render(env, value, template))


def this_page(request: Request[Any, Any, Any]) -> str:
    """The path and query of the current page, quoted to travel in another link's ``?next=``."""
    path = quote(request.scope["path"], safe="/")
    query = request.scope["query_string"]  # bytes as sent: a client may send UTF-8 unescaped, and they stay UTF-8
    return f"{path}%3F{quote(query, safe='/')}" if query else path


# The longest query string whose page's alternates are remembered: anyone can send long ones, which would fill the
# memory with one-off entries.
REMEMBERED_QUERY_BYTES = 512


def language_alternates(request: Request[Any, Any, Any]) -> tuple[tuple[str, str], ...]:
    """The page's own URL in each language (``?lang=``), for its hreflang links; Korean is the default."""
    query = request.scope["query_string"]
    alternates = _alternates if len(query) <= REMEMBERED_QUERY_BYTES else _alternates.__wrapped__
    return alternates(str(request.base_url), request.scope["path"], query)


@lru_cache(maxsize=4096)
def _alternates(base_url: str, path: str, query_string: bytes) -> tuple[tuple[str, str], ...]:
    """Remembered for short queries: pages' URLs recur (a search's, a posting's), and quoting them is slow."""
    query = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
    kept = [(k, v) for k, v in query if k != "lang"]
    page = base_url.rstrip("/") + quote(path, safe="/")
    urls = [(code, f"{page}?{urlencode([*kept, ('lang', code)])}") for code in i18n.LANGUAGES]
    return (*urls, ("x-default", f"{page}?{urlencode(kept)}" if kept else page))


def configure_environment(env: Environment) -> None:
    env.add_extension("jinja2.ext.i18n")
    env.install_gettext_callables(i18n.gettext, i18n.ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.globals.update(
        csrf_token=csrf_token,
        has_csrf_token=has_csrf_token,
        explicit_language=explicit_language,
        current_language=i18n.current_language,
        current_user=current_user,
        this_page=this_page,
        language_alternates=language_alternates,
        explain=EXPLAIN,
        districts=DISTRICTS,
        privacy_notice=consents.NOTICE,
        profile_completeness=completeness,
    )
    # a posting's values as words: filters, which a template calls directly, where a global function costs it a
    # context call
    env.filters.update(
        local_time=local_time,
        number=number,
        company=presenters.company_name,
        pay=presenters.pay_text,
        closes=presenters.closes_text,
        youth=presenters.youth_text,
        once=once,
        booth=booths.label,
    )
    env.trim_blocks = True
    env.lstrip_blocks = True


FIXED_WORDS = ("name", "lparen", "string", "rparen")  # the tokens of _("…"): a name, "(", one literal, ")"


class FixedWordsTranslated(Extension):
    """Translates ``_("fixed words")`` when a template is compiled for one language (``translation_language``).

    A page's fixed words then cost nothing when it renders, where Jinja's new-style gettext call costs about as
    much as a search card (docs/benchmarks.md). The call becomes its translation marked safe, which is what
    new-style gettext returns: translations are ours, not user input. A call with variables, a method named
    ``_`` and a message that does not format stay calls.
    """

    def filter_stream(self, stream: TokenStream) -> Iterator[Token]:
        language: str = self.environment.translation_language  # type: ignore[attr-defined]
        tokens = list(stream)
        at = 0
        while at < len(tokens):
            translated = self._fixed_words(tokens, at, language)
            if translated is None:
                yield tokens[at]
                at += 1
                continue
            line = tokens[at].lineno  # ("translation"|safe), which Jinja's optimiser folds into the page's text
            yield Token(line, "lparen", "(")
            yield Token(line, "string", translated)
            yield Token(line, "pipe", "|")
            yield Token(line, "name", "safe")
            yield Token(line, "rparen", ")")
            at += len(FIXED_WORDS)

    @staticmethod
    def _fixed_words(tokens: list[Token], at: int, language: str) -> str | None:
        """The translation of the ``_("…")`` call starting at ``at``; None if no such call starts there."""
        call = tokens[at : at + len(FIXED_WORDS)]
        if tuple(token.type for token in call) != FIXED_WORDS or call[0].value != "_":
            return None
        if at > 0 and tokens[at - 1].type == "dot":  # thing._("…") is a method, not gettext
            return None
        try:  # new-style gettext formats even without variables: "%%" becomes "%"
            return str(i18n.gettext(call[2].value, language) % {})
        except (TypeError, ValueError, KeyError):
            return None


class FlatGlobalsEnvironment(Environment):
    """Gives each template the globals as one dict rather than a ChainMap over the environment's.

    Jinja copies a template's globals into every context it makes (a page, each include and macro import);
    copied from a ChainMap, every name is first missed in the template's empty layer, a KeyError raised and
    caught (docs/benchmarks.md). Globals are all set when the app is built, before any template loads, as
    Jinja asks ("avoid modifying any globals after a template is loaded"), so the dict holds the same names.
    """

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        return {**self.globals, **(d or {})}


class LocalisedJinjaEngine(JinjaTemplateEngine):
    """Litestar's Jinja engine, compiling each template once per language (``FixedWordsTranslated``).

    Each language has an overlay of the configured environment: the same loader, globals, filters and settings,
    and a template cache of its own.
    """

    def __init__(self, directory: Path | list[Path] | None = None, engine_instance: Environment | None = None) -> None:
        if engine_instance is None and directory is not None:
            engine_instance = FlatGlobalsEnvironment(loader=FileSystemLoader(directory), autoescape=True)
        super().__init__(engine_instance=engine_instance)
        self.by_language: dict[str, Environment] = {}

    def get_template(self, template_name: str) -> Template:
        language = i18n.current_language()
        environment = self.by_language.get(language)
        if environment is None:  # made on first use, once the engine callback has configured the environment
            environment = self.engine.overlay(extensions=[FixedWordsTranslated])
            environment.extend(translation_language=language)
            self.by_language[language] = environment
        try:
            return environment.get_template(template_name)
        except TemplateNotFound as exc:
            raise TemplateNotFoundException(template_name=template_name) from exc


def template_config(*, reload: bool = False) -> TemplateConfig[LocalisedJinjaEngine]:
    """Templates from templates/; ``reload`` (development) rereads a template when its file changes.

    Without it Jinja keeps each template it compiled and never looks at its file again.
    """

    def engine_callback(engine: LocalisedJinjaEngine) -> None:
        configure_environment(engine.engine)
        engine.engine.auto_reload = reload

    return TemplateConfig(directory=TEMPLATES_DIR, engine=LocalisedJinjaEngine, engine_callback=engine_callback)
