"""The employer's posting pages: list, create, edit, preview, publish, close, reopen, duplicate, history."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from litestar import Controller, Request, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery
from litestar.response import Redirect, Template

from jobsfez import i18n
from jobsfez.applications import counts
from jobsfez.checks import decimal_digits
from jobsfez.choices import DISTRICTS, EMPLOYMENT_TYPES, PAY_UNITS, SECTORS, SHIFTS
from jobsfez.config import Settings
from jobsfez.employers.service import Actor
from jobsfez.errors import DomainError, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.postings import presenters, service, skill_review
from jobsfez.postings.public import show_context
from jobsfez.postings.validation import SKILL_KINDS, SKILLS_MAX, PostingInput, PostingSkillInput, minimum_pay
from jobsfez.postings.views import CONTENT_FIELDS, FIELD_LABELS, YES_NO_FIELDS, PostingView
from jobsfez.skills import service as skill_readings
from jobsfez.web import guards
from jobsfez.web.forms import form_data, form_lists, translated_errors

SKILL_ROWS_MIN = 5  # empty rows offered, so more skills can be added without JavaScript
CHOICES: dict[str, Any] = {
    "sectors": SECTORS,
    "districts": DISTRICTS,
    "employment_types": EMPLOYMENT_TYPES,
    "shifts": SHIFTS,
    "pay_units": PAY_UNITS,
    "levels": range(1, 6),
    "skills_max": SKILLS_MAX,
}
ADDED = {
    "must": lazy("“{words}” is added to the must-have skills below. Check its row and save the posting to keep it."),
    "nice": lazy("“{words}” is added to the nice-to-have skills below. Check its row and save the posting to keep it."),
}
CHECKED = ("on", "1", "true", "yes")


async def _posting_input(request: Request[Any, Any, Any]) -> tuple[PostingInput, dict[str, str], dict[str, list[Any]]]:
    """The form as a PostingInput, plus what to show again when it has mistakes."""
    data = await form_data(request)
    lists = await form_lists(request, "must_skill", "must_level", "nice_skill", "nice_level")

    def rows(kind: str) -> list[PostingSkillInput]:
        levels = lists[f"{kind}_level"] + [""] * len(lists[f"{kind}_skill"])
        return [
            PostingSkillInput(text[:200], level) for text, level in zip(lists[f"{kind}_skill"], levels, strict=False)
        ]

    must, nice = rows("must"), rows("nice")
    values: dict[str, Any] = {name: data.get(name, "") for name in CONTENT_FIELDS}
    for name in YES_NO_FIELDS:  # a checkbox: sent when ticked
        values[name] = values[name] in CHECKED
    raw = PostingInput(**values, must=tuple(must), nice=tuple(nice))
    echo = {k: v for k, v in data.items() if k != "_csrf"}
    return raw, echo, {"must": must, "nice": nice}


async def _skill_rows(items: list[Any] | tuple[Any, ...]) -> list[dict[str, Any]]:
    """The form's rows for a list of skills, each with what its text reads as (an edit shows which line was not
    understood without retyping it), and blank rows to add more."""
    typed = [s for s in items if s.text.strip()]
    readings = await skill_readings.understand_all([s.text for s in typed])
    rows = [
        {"text": s.text, "level": "" if s.level is None else str(s.level), "understood": reading}
        for s, reading in zip(typed, readings, strict=True)
    ]
    empty = max(SKILL_ROWS_MIN - len(rows), 2)
    return (rows + [{"text": "", "level": ""}] * empty)[: max(SKILLS_MAX, len(rows))]


def _form_values(raw: PostingInput) -> dict[str, str]:
    values = {}
    for name in CONTENT_FIELDS:
        value = getattr(raw, name)
        if isinstance(value, bool):
            values[name] = "on" if value else ""
        else:
            values[name] = "" if value is None else str(value)
    return values


async def _form(
    settings: Settings,
    *,
    action: str,
    values: dict[str, str],
    skills: dict[str, list[Any]],
    posting: PostingView | None = None,
    error: DomainError | None = None,
    notice: str = "",
) -> Template:
    wage = settings.minimum_hourly_wage
    context: dict[str, Any] = {
        "action": action,
        "notice": notice,
        "posting": posting,
        "form": values,
        "errors": translated_errors(error) if error else {},
        "error_summary": i18n.gettext(error.message).format(**error.params) if error else "",
        "must_rows": await _skill_rows(skills["must"]),
        "nice_rows": await _skill_rows(skills["nice"]),
        "minimum": {unit: f"{minimum_pay(unit, wage):,}" for unit in PAY_UNITS},
        "field_labels": FIELD_LABELS,
        **CHOICES,
    }
    return Template(
        template_name="postings/form.html", context=context, status_code=error.status_code if error else 200
    )


class EmployerPostingController(Controller):
    path = "/employer/postings"
    guards = (guards.employer_member,)
    include_in_schema = False

    @get("/")
    async def index(self, request: Request[Any, Any, Any]) -> Template:
        actor = guards.actor_of(request)
        return Template(
            template_name="postings/employer_list.html",
            context={
                "postings": await service.own_list(actor),
                "counts": await counts.for_postings(actor),
                "no_counts": counts.NONE,
                "actor": actor,
                "now": datetime.now(UTC),
            },
        )

    @get("/new")
    async def new(self, settings: NamedDependency[Settings]) -> Template:
        return await _form(
            settings, action="/employer/postings", values=_form_values(PostingInput()), skills={"must": [], "nice": []}
        )

    @get("/skill-row")
    async def skill_row(self, kind: FromQuery[str] = "must", n: FromQuery[str] = "") -> Template:
        """Row `n` of a skill list, blank, and the button for the row after it (htmx: the form adds rows without
        a save); a list holds at most SKILLS_MAX."""
        index = int(n) if decimal_digits(n) and len(n) <= 2 else 0
        if kind not in SKILL_KINDS or not 1 <= index <= SKILLS_MAX:
            raise ValidationFailed("A skill list holds at most {limit} skills.", limit=SKILLS_MAX)
        context = {"kind": kind, "legend": i18n.gettext(FIELD_LABELS[kind]), "index": index, **CHOICES}
        return Template(template_name="postings/_skill_row_added.html", context=context)

    @post("/")
    async def create(self, request: Request[Any, Any, Any], settings: NamedDependency[Settings]) -> Template | Redirect:
        raw, echo, skills = await _posting_input(request)
        try:
            posting_id = await service.create(
                guards.actor_of(request), raw, minimum_hourly_wage=settings.minimum_hourly_wage
            )
        except ValidationFailed as exc:
            return await _form(settings, action="/employer/postings", values=echo, skills=skills, error=exc)
        return Redirect(f"/employer/postings/{posting_id}")

    @get("/{posting_id:int}")
    async def manage(self, request: Request[Any, Any, Any], posting_id: FromPath[int]) -> Template:
        return await _manage(request, posting_id)

    @get("/{posting_id:int}/edit")
    async def edit(
        self,
        request: Request[Any, Any, Any],
        posting_id: FromPath[int],
        settings: NamedDependency[Settings],
        add: FromQuery[str] = "",
        to: FromQuery[str] = "must",
    ) -> Template:
        """The edit form; with ``add`` (a skill the posting's text names, offered on its page) and ``to`` (must or
        nice), the form with that skill's row added to the list, kept only when the form is saved."""
        posting = await service.own(guards.actor_of(request), posting_id)
        raw = service.input_of(posting)
        skills: dict[str, list[Any]] = {"must": list(raw.must), "nice": list(raw.nice)}
        error, notice = None, ""
        if add:
            try:
                row = await skill_review.unlisted_row(posting, add, to)
            except ValidationFailed as exc:
                error = exc
            else:
                skills[to].append(row)
                notice = i18n.gettext(ADDED[to]).format(words=row.text)
        return await _form(
            settings,
            action=f"/employer/postings/{posting_id}/edit",
            values=_form_values(raw),
            skills=skills,
            posting=posting,
            error=error,
            notice=notice,
        )

    @post("/{posting_id:int}/edit")
    async def update(
        self, request: Request[Any, Any, Any], posting_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> Template | Redirect:
        actor = guards.actor_of(request)
        raw, echo, skills = await _posting_input(request)
        try:
            await service.update(actor, posting_id, raw, minimum_hourly_wage=settings.minimum_hourly_wage)
        except ValidationFailed as exc:
            posting = await service.own(actor, posting_id)
            action = f"/employer/postings/{posting_id}/edit"
            return await _form(settings, action=action, values=echo, skills=skills, posting=posting, error=exc)
        return Redirect(f"/employer/postings/{posting_id}")

    @get("/{posting_id:int}/preview")
    async def preview(
        self, request: Request[Any, Any, Any], posting_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> Template:
        posting = await service.own(guards.actor_of(request), posting_id)
        context = show_context(posting, preview=True, base_url=settings.base_url)
        return Template(template_name="postings/show.html", context=context)

    @post("/{posting_id:int}/publish")
    async def publish(self, request: Request[Any, Any, Any], posting_id: FromPath[int]) -> Template | Redirect:
        return await _transition(request, posting_id, service.publish)

    @post("/{posting_id:int}/close")
    async def close(self, request: Request[Any, Any, Any], posting_id: FromPath[int]) -> Template | Redirect:
        return await _transition(request, posting_id, service.close)

    @post("/{posting_id:int}/reopen")
    async def reopen(self, request: Request[Any, Any, Any], posting_id: FromPath[int]) -> Template | Redirect:
        return await _transition(request, posting_id, service.reopen)

    @post("/{posting_id:int}/duplicate")
    async def duplicate(
        self, request: Request[Any, Any, Any], posting_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> Redirect:
        new_id = await service.duplicate(
            guards.actor_of(request), posting_id, minimum_hourly_wage=settings.minimum_hourly_wage
        )
        return Redirect(f"/employer/postings/{new_id}/edit")


async def _manage(request: Request[Any, Any, Any], posting_id: int, *, error: DomainError | None = None) -> Template:
    actor = guards.actor_of(request)
    posting = await service.own(actor, posting_id)
    return Template(
        template_name="postings/manage.html",
        context={
            "posting": posting,
            "actor": actor,
            "history": await service.history(actor, posting_id),
            "unknown_skills": await skill_review.unknown_skills(posting),
            "unlisted_skills": await skill_review.unlisted_skills(posting),
            "counts": (await counts.for_postings(actor, [posting_id])).get(posting_id, counts.NONE),
            "is_open": posting.is_open(datetime.now(UTC)),
            "pay": presenters.pay_text(posting),
            "labels": presenters.labels(i18n.current_language()),
            "error_summary": i18n.gettext(error.message).format(**error.params) if error else "",
            "field_labels": FIELD_LABELS,
            **CHOICES,
        },
        status_code=error.status_code if error else 200,
    )


async def _transition(
    request: Request[Any, Any, Any], posting_id: int, change: Callable[[Actor, int], Awaitable[PostingView]]
) -> Template | Redirect:
    """Publish, close or reopen; a refusal shows the posting again with the reason."""
    try:
        await change(guards.actor_of(request), posting_id)
    except DomainError as exc:
        if exc.status_code == 404:
            raise
        return await _manage(request, posting_id, error=exc)
    return Redirect(f"/employer/postings/{posting_id}")
