"""Jinja2 with autoescape, gettext, and a few formatting helpers; templates only format."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from babel.dates import format_datetime
from babel.numbers import format_decimal
from jinja2 import Environment
from litestar import Request
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


def this_page(request: Request[Any, Any, Any]) -> str:
    """The path and query of the current page, quoted to travel in another link's ``?next=``."""
    path = quote(request.scope["path"], safe="/")
    query = request.scope["query_string"]  # bytes as sent: a client may send UTF-8 unescaped, and they stay UTF-8
    return f"{path}%3F{quote(query, safe='/')}" if query else path


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


def template_config(*, reload: bool = False) -> TemplateConfig[JinjaTemplateEngine]:
    """Templates from templates/; ``reload`` (development) rereads a template when its file changes.

    Without it Jinja keeps each template it compiled and never looks at its file again.
    """

    def engine_callback(engine: JinjaTemplateEngine) -> None:
        configure_environment(engine.engine)
        engine.engine.auto_reload = reload

    return TemplateConfig(directory=TEMPLATES_DIR, engine=JinjaTemplateEngine, engine_callback=engine_callback)
