"""Message templates: subject, plain text and HTML, rendered in the recipient's language."""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_eval_context, select_autoescape
from jinja2.nodes import EvalContext
from markupsafe import Markup

from jobsfez import i18n
from jobsfez.applications.stages import STAGES
from jobsfez.choices import CENTRE_ROLES
from jobsfez.config import TEMPLATES_DIR
from jobsfez.drives import booths
from jobsfez.notifications.channels import Rendered


@cache
def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR / "notifications"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.install_gettext_callables(i18n.gettext, i18n.ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.globals.update(_=_gettext, gettext=_gettext, ngettext=_ngettext)
    env.filters["booth"] = booths.label
    env.globals.update(current_language=i18n.current_language, stage_labels=STAGES, centre_roles=CENTRE_ROLES)
    return env


# Jinja's newstyle gettext reaches the translation through three Context.call levels (the "_" alias, its wrapper,
# the function), which inspect each callable: most of a drive itinerary's rendering time, and the worker renders
# thousands a minute. These do the same in one call: Markup when autoescaping, then "%" with the variables, always.
@pass_eval_context
def _gettext(context: EvalContext, message: str, **variables: Any) -> str:
    text = i18n.gettext(message)
    return (Markup(text) if context.autoescape else text) % variables  # noqa: S704  # our catalogue, as in Jinja


@pass_eval_context
def _ngettext(context: EvalContext, singular: str, plural: str, count: int, **variables: Any) -> str:
    variables.setdefault("num", count)
    text = i18n.ngettext(singular, plural, count)
    return (Markup(text) if context.autoescape else text) % variables  # noqa: S704  # our catalogue, as in Jinja


@cache
def kinds() -> frozenset[str]:
    """Every kind of message there are templates for: the outbox takes no other (the inbox titles each by its
    subject, in the reader's language, so a kind without one could not be shown)."""
    folder = TEMPLATES_DIR / "notifications"
    return frozenset(path.name.removesuffix(".subject.txt") for path in folder.glob("*.subject.txt"))


def render(kind: str, language: str, payload: dict[str, Any], *, base_url: str) -> Rendered:
    """The message in its recipient's language; base_url makes the site paths a payload may hold into links."""
    env = _environment()
    with i18n.language(language):
        subject = env.get_template(f"{kind}.subject.txt").render(base_url=base_url, **payload).strip()
        text = env.get_template(f"{kind}.txt").render(base_url=base_url, **payload)
        html = env.get_template(f"{kind}.html").render(subject=subject, base_url=base_url, **payload)
    return Rendered(subject=subject, text=text, html=html)


@cache
def _inbox_texts() -> frozenset[str]:
    """Kinds whose inbox item shows a text under its title (``<kind>.inbox.txt``: the message without its links)."""
    folder = TEMPLATES_DIR / "notifications"
    return frozenset(path.name.removesuffix(".inbox.txt") for path in folder.glob("*.inbox.txt"))


def inbox_text(kind: str, language: str, payload: dict[str, Any]) -> str:
    """What an inbox item says under its title, in the reader's language; "" for a kind that needs no more."""
    if kind not in _inbox_texts():
        return ""
    with i18n.language(language):
        return _environment().get_template(f"{kind}.inbox.txt").render(**payload).strip()


def subject(kind: str, language: str, payload: dict[str, Any]) -> str:
    """A message's subject in a language, which the inbox shows as the message's title in the reader's language
    of the moment, whatever language the message was first written in."""
    with i18n.language(language):
        return _environment().get_template(f"{kind}.subject.txt").render(**payload).strip()
