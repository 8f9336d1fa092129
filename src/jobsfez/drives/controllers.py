"""The centre's drive pages: its list, a new drive, editing one, and the drive's dashboard (details, co-hosts, the
lifecycle's next steps, history)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from litestar import Controller, Request, get, post
from litestar.params import FromPath
from litestar.response import Redirect, Template

from jobsfez import i18n
from jobsfez.centres.service import CentreActor
from jobsfez.choices import DISTRICTS, DRIVE_REGIONS, DRIVE_STATUSES, DRIVE_VISIBILITIES
from jobsfez.drives import employer_controllers, service
from jobsfez.drives.validation import DayInput, DriveInput, input_of
from jobsfez.drives.views import DriveView
from jobsfez.errors import DomainError, Forbidden, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.web import guards
from jobsfez.web.forms import form_data, form_lists, translated_errors

DAY_ROWS_MIN = 2  # empty rows offered, so a day can be added without JavaScript
CHOICES: dict[str, Any] = {
    "districts": DISTRICTS,
    "regions": DRIVE_REGIONS,
    "visibilities": DRIVE_VISIBILITIES,
    "drive_statuses": DRIVE_STATUSES,
}
# The drive's fields as the form and the history name them.
FIELD_LABELS = {
    "title": lazy("Name of the drive"),
    "description": lazy("Description"),
    "venue_district": lazy("District"),
    "venue_address": lazy("Venue address"),
    "rooms": lazy("Rooms or booths"),
    "registration_opens_at": lazy("Registration opens"),
    "registration_closes_at": lazy("Registration closes"),
    "min_age": lazy("Youngest age"),
    "max_age": lazy("Oldest age"),
    "region": lazy("Where participants live"),
    "cohort": lazy("Cohort (optional)"),
    "capacity": lazy("Participants (capacity)"),
    "visibility": lazy("Who can see it"),
    "days": lazy("Days"),
    "status": lazy("Status"),
    "hosts": lazy("Co-hosts"),
    "employers": lazy("Employers"),
}
# The lifecycle's steps as the dashboard's buttons and the history name them.
ACTION_LABELS = {
    "publish": lazy("Open registration"),
    "close": lazy("Close registration"),
    "reopen": lazy("Reopen registration"),
    "hold": lazy("Mark as held"),
    "archive": lazy("Archive"),
}
HISTORY_LABELS = {
    "created": lazy("Created"),
    "updated": lazy("Edited"),
    "publish": lazy("Opened for registration"),
    "close": lazy("Registration closed"),
    "reopen": lazy("Registration reopened"),
    "hold": lazy("Marked as held"),
    "archive": lazy("Archived"),
    "host_added": lazy("Co-host added"),
    "host_removed": lazy("Co-host removed"),
    "company_invited": lazy("Company invited"),
    "company_emailed": lazy("Company invited by email"),
    "company_asked": lazy("Company asked to join"),
    "company_joined": lazy("Company takes part"),
    "company_declined": lazy("Company declined"),
    "company_withdrew": lazy("Company withdrew"),
    "company_offer": lazy("Company's offer changed"),
    "timetable": lazy("Interview timetable published"),
}
NEW_DRIVE = DriveInput()  # the form as it first shows: the youth band, anyone may come, listed publicly


async def _drive_input(request: Request[Any, Any, Any]) -> tuple[DriveInput, dict[str, Any]]:
    """The form as a DriveInput, and what to show again when it has mistakes."""
    data = await form_data(request)
    lists = await form_lists(request, "day_date", "day_starts", "day_ends")
    padding = [""] * len(lists["day_date"])
    days = tuple(
        DayInput(date[:20], starts[:20], ends[:20])
        for date, starts, ends in zip(
            lists["day_date"], lists["day_starts"] + padding, lists["day_ends"] + padding, strict=False
        )
    )
    raw = DriveInput(
        **{name: data.get(name, "") for name in DriveInput.__dataclass_fields__ if name != "days"}, days=days
    )
    return raw, _form_values(raw)


def _form_values(raw: DriveInput) -> dict[str, Any]:
    """The form's fields as text, and its day rows with a few empty ones to add days."""
    values: dict[str, Any] = {
        name: "" if (value := getattr(raw, name)) is None else str(value)
        for name in DriveInput.__dataclass_fields__
        if name != "days"
    }
    filled = [day for day in raw.days if not day.is_blank]
    values["days"] = filled + [DayInput()] * max(DAY_ROWS_MIN - len(filled), 1)
    return values


def _form(
    *, action: str, values: dict[str, Any], drive: DriveView | None = None, error: DomainError | None = None
) -> Template:
    return Template(
        template_name="drives/form.html",
        context={
            "action": action,
            "drive": drive,
            "form": values,
            "errors": translated_errors(error) if error else {},
            "error_summary": _message(error),
            "labels": FIELD_LABELS,
            **CHOICES,
        },
        status_code=error.status_code if error else 200,
    )


def _message(error: DomainError | None) -> str:
    return i18n.gettext(error.message).format(**error.params) if error else ""


async def _dashboard(actor: CentreActor, drive_id: int, *, error: DomainError | None = None) -> Template:
    page = await service.dashboard(actor, drive_id)
    now = datetime.now(UTC)
    return Template(
        template_name="drives/dashboard.html",
        context={
            "page": page,
            "drive": page.drive,
            "actor": actor,
            "next_actions": page.drive.next_actions(now),
            "registration": page.drive.registration(now),
            "errors": {},
            "error_summary": _message(error),
            "labels": FIELD_LABELS,
            "actions": ACTION_LABELS,
            "history_labels": HISTORY_LABELS,
            **CHOICES,
            **await employer_controllers.dashboard_part(actor, drive_id),
        },
        status_code=error.status_code if error else 200,
    )


async def _hosts(actor: CentreActor, drive_id: int, *, notice: str = "", error: DomainError | None = None) -> Template:
    """The co-hosts' part of the dashboard, after a change or with the reason one was refused."""
    page = await service.dashboard(actor, drive_id)
    return Template(
        template_name="drives/_hosts.html",
        context={
            "page": page,
            "drive": page.drive,
            "notice": notice,
            "form": {},
            "errors": translated_errors(error) if error else {},
            "error_summary": _message(error),
        },
        status_code=error.status_code if error else 200,
    )


class CentreDriveController(Controller):
    path = "/centre/drives"
    guards = (guards.centre_member,)
    include_in_schema = False

    @get("/")
    async def index(self, request: Request[Any, Any, Any]) -> Template:
        actor = guards.centre_actor_of(request)
        return Template(
            template_name="drives/centre_list.html",
            context={"drives": await service.centre_drives(actor), "actor": actor, **CHOICES},
        )

    @get("/new")
    async def new(self) -> Template:
        return _form(action="/centre/drives", values=_form_values(NEW_DRIVE))

    @get("/day-row")
    async def day_row(self) -> Template:
        return Template(template_name="drives/_day_row.html", context={"day": DayInput(), "number": 0, "errors": {}})

    @post("/")
    async def create(self, request: Request[Any, Any, Any]) -> Template | Redirect:
        raw, values = await _drive_input(request)
        try:
            drive_id = await service.create(guards.centre_actor_of(request), raw)
        except ValidationFailed as exc:
            return _form(action="/centre/drives", values=values, error=exc)
        return Redirect(f"/centre/drives/{drive_id}")

    @get("/{drive_id:int}")
    async def dashboard(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template:
        return await _dashboard(guards.centre_actor_of(request), drive_id)

    @get("/{drive_id:int}/edit")
    async def edit(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template:
        drive = await service.led(guards.centre_actor_of(request), drive_id)
        return _form(action=f"/centre/drives/{drive_id}/edit", values=_form_values(input_of(drive)), drive=drive)

    @post("/{drive_id:int}/edit")
    async def update(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template | Redirect:
        actor = guards.centre_actor_of(request)
        raw, values = await _drive_input(request)
        try:
            await service.update(actor, drive_id, raw)
        except (ValidationFailed, Forbidden) as exc:
            drive = await service.hosted(actor, drive_id)
            return _form(action=f"/centre/drives/{drive_id}/edit", values=values, drive=drive, error=exc)
        return Redirect(f"/centre/drives/{drive_id}")

    @post("/{drive_id:int}/status")
    async def change_status(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template | Redirect:
        """A step of the lifecycle; a refusal shows the dashboard again with the reason."""
        actor = guards.centre_actor_of(request)
        data = await form_data(request)
        try:
            await service.transition(actor, drive_id, data.get("action", ""))
        except (ValidationFailed, Forbidden) as exc:
            return await _dashboard(actor, drive_id, error=exc)
        return Redirect(f"/centre/drives/{drive_id}")

    @post("/{drive_id:int}/hosts")
    async def add_host(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template:
        actor = guards.centre_actor_of(request)
        data = await form_data(request)
        try:
            drive = await service.add_host(actor, drive_id, centre_id=data.get("centre_id", ""))
        except (ValidationFailed, Forbidden) as exc:
            return await _hosts(actor, drive_id, error=exc)
        added = drive.hosts[-1]  # the newest host row
        name = added.name_ko if i18n.current_language() == "ko" else added.name_en
        notice = i18n.gettext("{centre} now co-hosts the drive.").format(centre=name)
        return await _hosts(actor, drive_id, notice=notice)

    @post("/{drive_id:int}/hosts/{centre_id:int}/remove")
    async def remove_host(
        self, request: Request[Any, Any, Any], drive_id: FromPath[int], centre_id: FromPath[int]
    ) -> Template:
        actor = guards.centre_actor_of(request)
        try:
            await service.remove_host(actor, drive_id, centre_id=centre_id)
        except (ValidationFailed, Forbidden) as exc:
            return await _hosts(actor, drive_id, error=exc)
        return await _hosts(actor, drive_id, notice=i18n.gettext("The co-host was removed."))
