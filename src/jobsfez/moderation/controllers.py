"""Staff's pages: companies and centres to decide on and to look up, the accounts, which staff may suspend, and
the postings seekers reported; and the seeker's page that reports a posting."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath
from litestar.response import Redirect, Template

from jobsfez import i18n
from jobsfez.centres import service as centres
from jobsfez.choices import APPROVAL_STATUSES, CENTRE_KINDS, DISTRICTS, SECTORS
from jobsfez.config import Settings
from jobsfez.employers import service as employers
from jobsfez.errors import Conflict, Forbidden, Throttled, ValidationFailed
from jobsfez.moderation import overview, reports, tenants, users
from jobsfez.postings import service as postings
from jobsfez.web import guards
from jobsfez.web.forms import form_data, form_error, translated_errors

DECISIONS = ("approve", "reject")


def _choices() -> dict[str, Any]:
    return {"sectors": SECTORS, "districts": DISTRICTS, "kinds": CENTRE_KINDS, "statuses": APPROVAL_STATUSES}


def _decision(decision: str) -> bool:
    if decision not in DECISIONS:
        raise ValidationFailed("Choose approve or reject.")
    return decision == "approve"


def _search(request: Request[Any, Any, Any]) -> dict[str, str]:
    return {key: request.query_params.get(key, "") for key in ("status", "q", "page", "role", "state")}


class StaffTenantController(Controller):
    path = "/staff"
    guards = (guards.staff,)
    include_in_schema = False

    @get("/")
    async def desk(self) -> Template:
        return Template(template_name="staff/overview.html", context={"overview": await overview.overview()})

    @get("/employers")
    async def companies(self, request: Request[Any, Any, Any]) -> Template:
        asked = _search(request)
        found = await tenants.companies(status=asked["status"], query=asked["q"], page=asked["page"])
        return _list("staff/employers.html", found, asked)

    @get("/employers/{employer_id:int}")
    async def company(self, employer_id: FromPath[int]) -> Template:
        return _detail("staff/employer.html", await tenants.company(employer_id))

    @post("/employers/{employer_id:int}/{decision:str}")
    async def decide_company(
        self, request: Request[Any, Any, Any], employer_id: FromPath[int], decision: FromPath[str]
    ) -> Template | Redirect:
        data = await form_data(request)
        try:
            await employers.decide(
                staff_user_id=guards.user_of(request).id,
                employer_id=employer_id,
                approve=_decision(decision),
                reason=data.get("reason", ""),
            )
        except ValidationFailed as exc:
            return _refused("staff/employer.html", exc, data, await tenants.company(employer_id))
        return Redirect("/staff/employers")

    @get("/centres")
    async def centres(self, request: Request[Any, Any, Any]) -> Template:
        asked = _search(request)
        found = await tenants.centres(status=asked["status"], query=asked["q"], page=asked["page"])
        return _list("staff/centres.html", found, asked)

    @get("/centres/{centre_id:int}")
    async def centre(self, centre_id: FromPath[int]) -> Template:
        return _detail("staff/centre.html", await tenants.centre(centre_id))

    @post("/centres/{centre_id:int}/{decision:str}")
    async def decide_centre(
        self, request: Request[Any, Any, Any], centre_id: FromPath[int], decision: FromPath[str]
    ) -> Template | Redirect:
        data = await form_data(request)
        try:
            await centres.decide(
                staff_user_id=guards.user_of(request).id,
                centre_id=centre_id,
                approve=_decision(decision),
                reason=data.get("reason", ""),
            )
        except ValidationFailed as exc:
            return _refused("staff/centre.html", exc, data, await tenants.centre(centre_id))
        return Redirect("/staff/centres")


def _list(template: str, found: Any, asked: dict[str, str]) -> Template:
    status = tenants.status_of(asked["status"])
    return Template(
        template_name=template,
        context={
            "found": found,
            "status": status,
            "q": asked["q"],
            "tabs": tenants.TABS,
            "form": {},
            "errors": {},
            **_choices(),
        },
    )


def _detail(template: str, record: Any) -> Template:
    return Template(template_name=template, context={"record": record, "form": {}, "errors": {}, **_choices()})


def _refused(template: str, error: ValidationFailed, data: dict[str, str], record: Any) -> Template:
    """The record again, with the reason as typed and what is wrong with it beside the field."""
    return form_error(template, error, values={"reason": data.get("reason", "")}, record=record, **_choices())


class StaffUserController(Controller):
    path = "/staff/users"
    guards = (guards.staff,)
    include_in_schema = False

    @get("/")
    async def accounts(self, request: Request[Any, Any, Any]) -> Template:
        asked = _search(request)
        found = await users.users(query=asked["q"], role=asked["role"], state=asked["state"], page=asked["page"])
        return Template(
            template_name="staff/users.html",
            context={"found": found, "asked": asked, "roles": users.ROLES, "states": users.STATES},
        )

    @get("/{user_id:int}")
    async def account(self, user_id: FromPath[int]) -> Template:
        return _account(await users.user(user_id))

    @post("/{user_id:int}/{action:str}")
    async def suspend(
        self, request: Request[Any, Any, Any], user_id: FromPath[int], action: FromPath[str]
    ) -> Template | Redirect:
        data = await form_data(request)
        try:
            if action not in ("suspend", "restore"):
                raise ValidationFailed("Choose suspend or restore.")
            await users.set_suspended(
                staff_user_id=guards.user_of(request).id,
                user_id=user_id,
                suspend=action == "suspend",
                reason=data.get("reason", ""),
            )
        except (ValidationFailed, Conflict, Forbidden) as exc:
            record = await users.user(user_id)
            return form_error(
                "staff/user.html",
                exc,
                values={"reason": data.get("reason", "")},
                status_code=exc.status_code,
                record=record,
                roles=users.ROLES,
            )
        return Redirect(f"/staff/users/{user_id}")


def _account(record: users.UserRecord) -> Template:
    return Template(
        template_name="staff/user.html", context={"record": record, "roles": users.ROLES, "form": {}, "errors": {}}
    )


class PostingReportController(Controller):
    """A seeker's report of a posting."""

    path = "/jobs/{posting_id:int}/report"
    guards = (guards.seeker,)
    include_in_schema = False

    @get("/")
    async def form(self, request: Request[Any, Any, Any], posting_id: FromPath[int]) -> Template:
        return await _report_page(request, posting_id, form={}, errors={})

    @post("/")
    async def send(self, request: Request[Any, Any, Any], posting_id: FromPath[int]) -> Template:
        data = await form_data(request)
        try:
            await reports.report(
                guards.user_of(request).id,
                posting_id=posting_id,
                reason=data.get("reason", ""),
                details=data.get("details", ""),
            )
        except (ValidationFailed, Conflict, Throttled) as exc:
            page = await _report_page(request, posting_id, form=data, errors=translated_errors(exc))
            page.context["error_summary"] = i18n.gettext(exc.message).format(**exc.params)
            page.status_code = exc.status_code
            return page
        return await _report_page(request, posting_id, form={}, errors={})


async def _report_page(
    request: Request[Any, Any, Any], posting_id: int, *, form: dict[str, str], errors: dict[str, str]
) -> Template:
    posting = await postings.load(posting_id, public=True)
    reported = await reports.reported_at(guards.user_of(request).id, posting_id)
    return Template(
        template_name="moderation/report.html",
        context={"posting": posting, "reported": reported, "reasons": reports.REASONS, "form": form, "errors": errors},
    )


class StaffReportController(Controller):
    path = "/staff/reports"
    guards = (guards.staff,)
    include_in_schema = False

    @get("/")
    async def queue(self, request: Request[Any, Any, Any]) -> Template:
        return await _queue(request.query_params.get("page", ""), failed=None, form={}, errors={})

    @post("/{posting_id:int}/hide")
    async def hide(
        self, request: Request[Any, Any, Any], posting_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> Template | Redirect:
        data = await form_data(request)
        try:
            await reports.hide(
                staff_user_id=guards.user_of(request).id,
                posting_id=posting_id,
                note=data.get("reason", ""),
                base_url=settings.base_url,
            )
        except ValidationFailed as exc:
            page = await _queue("", failed=posting_id, form=data, errors=translated_errors(exc))
            page.status_code = exc.status_code
            return page
        return Redirect("/staff/reports")

    @post("/{posting_id:int}/dismiss")
    async def dismiss(self, request: Request[Any, Any, Any], posting_id: FromPath[int]) -> Redirect:
        await reports.dismiss(staff_user_id=guards.user_of(request).id, posting_id=posting_id)
        return Redirect("/staff/reports")


async def _queue(page: str, *, failed: int | None, form: dict[str, str], errors: dict[str, str]) -> Template:
    """The queue; after a refused hide, that posting's form again with what was typed and what is wrong."""
    return Template(
        template_name="staff/reports.html",
        context={
            "found": await reports.queue(page=page),
            "reasons": reports.REASONS,
            "failed": failed,
            "form": form,
            "errors": errors,
        },
    )
