"""Reading forms and re-rendering them with messages in the user's language."""

from __future__ import annotations

from typing import Any

from litestar import Request
from litestar.response import Template

from jobsfez import i18n
from jobsfez.errors import DomainError

MAX_FIELD_CHARS = 20_000


async def form_data(request: Request[Any, Any, Any]) -> dict[str, str]:
    """First value of each text field, trimmed to a sane size; files are read separately."""
    form = await request.form()
    values: dict[str, str] = {}
    for key, value in form.multi_items():
        if isinstance(value, str) and key not in values:
            values[key] = value[:MAX_FIELD_CHARS]
    return values


async def form_lists(request: Request[Any, Any, Any], *keys: str) -> dict[str, list[str]]:
    form = await request.form()
    return {key: [v for v in form.getall(key) if isinstance(v, str)] if key in form else [] for key in keys}


def translated_errors(error: DomainError) -> dict[str, str]:
    return {field: i18n.gettext(message) for field, message in error.fields.items()}


def form_error(
    template: str, error: DomainError, *, values: dict[str, Any], status_code: int = 400, **context: Any
) -> Template:
    """The same form again, with what the user typed, a summary and a message by each field."""
    return Template(
        template_name=template,
        context={
            "form": values,
            "errors": translated_errors(error),
            "error_summary": i18n.gettext(error.message).format(**error.params),
            **context,
        },
        status_code=status_code,
    )


def in_page(request: Request[Any, Any, Any], answer: Template, *, back: str) -> Template:
    """An htmx form's answer: the fragment for htmx; a plain submit (a click before the script loaded, or no
    script) gets the same fragment inside a whole page with a way back, rather than a bare fragment."""
    if request.headers.get("hx-request") == "true":
        return answer
    return Template(
        template_name="form_page.html",
        context={**answer.context, "fragment": answer.template_name, "back": back},
        status_code=answer.status_code or 200,
    )
