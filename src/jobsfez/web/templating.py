"""Jinja2 with autoescape, gettext, and a few formatting helpers; templates only format."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_datetime
from babel.numbers import format_decimal
from jinja2 import Environment
from litestar.plugins.jinja import JinjaTemplateEngine
from litestar.template.config import TemplateConfig

from jobsfez import i18n
from jobsfez.config import TEMPLATES_DIR
from jobsfez.employers.service import DISTRICTS
from jobsfez.skills.ranking import EXPLAIN
from jobsfez.web.context import current_user
from jobsfez.web.security import csrf_token

SEOUL = ZoneInfo("Asia/Seoul")


def local_time(value: datetime | None, fmt: str = "medium", zone: str = "Asia/Seoul") -> str:
    """A UTC timestamp shown in the viewer's zone (Asia/Seoul unless they chose another)."""
    if value is None:
        return ""
    return format_datetime(value.astimezone(ZoneInfo(zone)), format=fmt, locale=i18n.current_language())


def number(value: float | int | None) -> str:
    return "" if value is None else format_decimal(value, locale=i18n.current_language())


def configure_environment(env: Environment) -> None:
    env.add_extension("jinja2.ext.i18n")
    env.install_gettext_callables(i18n.gettext, i18n.ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.globals.update(
        csrf_token=csrf_token,
        current_language=i18n.current_language,
        current_user=current_user,
        explain=EXPLAIN,
        districts=DISTRICTS,
    )
    env.filters.update(local_time=local_time, number=number)
    env.trim_blocks = True
    env.lstrip_blocks = True


def engine_callback(engine: JinjaTemplateEngine) -> None:
    configure_environment(engine.engine)


def template_config() -> TemplateConfig[Any]:
    return TemplateConfig(directory=TEMPLATES_DIR, engine=JinjaTemplateEngine, engine_callback=engine_callback)
