"""A drive's participants in pages: a seeker registers from the drive's page and sees their drives, a roster person
claims their registration by the e-mailed link, and the host centres list, import and export their participants."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from litestar import Controller, Request, get, post
from litestar.datastructures import UploadFile
from litestar.di import NamedDependency
from litestar.params import FromPath
from litestar.response import Redirect, Response, Template

from jobsfez import i18n
from jobsfez.centres.service import CentreActor
from jobsfez.choices import SECTORS
from jobsfez.config import Settings
from jobsfez.drives import arrivals, participants, rosters
from jobsfez.drives import service as drives
from jobsfez.drives.roster import COLUMNS, MAX_BYTES, MAX_ROWS
from jobsfez.drives.views import DriveView
from jobsfez.errors import Conflict, DomainError, Forbidden, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.web import guards
from jobsfez.web.context import CurrentUser, start_session
from jobsfez.web.forms import form_data, translated_errors
from jobsfez.web.security import FORM_OVERHEAD

WINDOW_SAVED = lazy("The participant's arrival window is saved.")
SAVED = lazy("Saved: the timetable keeps your interviews within these times.")
CHOOSE_FILE = lazy("Choose the roster file (CSV) to import.")
FIELD_LABELS = {
    "": lazy("Row"),
    "name": lazy("Name"),
    "email": lazy("Email"),
    "phone": lazy("Phone"),
    "birth_year": lazy("Birth year"),
    "skills": lazy("Skills"),
    "sectors": lazy("Sectors"),
    "consent": lazy("Consent"),
}
LABELS = {
    "self": lazy("From the drive's page"),
    "roster": lazy("From a roster"),
    "walkin": lazy("Walked in on the day"),
    "registered": lazy("Registered"),
    "withdrawn": lazy("Withdrew"),
}


def _message(error: DomainError | None) -> str:
    return i18n.gettext(error.message).format(**error.params) if error else ""


def _is_htmx(request: Request[Any, Any, Any]) -> bool:
    return request.headers.get("hx-request") == "true"


def _viewer(request: Request[Any, Any, Any]) -> CurrentUser | None:
    user = request.scope.get("state", {}).get("user")
    return user if isinstance(user, CurrentUser) else None


async def _registration(
    request: Request[Any, Any, Any],
    drive_id: int,
    *,
    form: dict[str, str] | None = None,
    notice: str = "",
    error: DomainError | None = None,
) -> Template:
    """The register part of a drive's page: the fragment for htmx, else a page of its own around it."""
    drive = await drives.public_drive(drive_id)
    viewer = _viewer(request)
    seeker_id = viewer.id if viewer is not None and viewer.is_seeker else None
    standing = await participants.standing(drive, user_id=seeker_id, now=datetime.now(UTC))
    values = form if form is not None else {"birth_year": str(standing.birth_year or "")}
    return Template(
        template_name="drives/_register.html" if _is_htmx(request) else "drives/register.html",
        context={
            "drive": drive,
            "standing": standing,
            "viewer": viewer,
            "form": values,
            "notice": notice,
            "errors": translated_errors(error) if error else {},
            "error_summary": _message(error),
        },
        status_code=error.status_code if error else 200,
    )


class DriveRegistrationController(Controller):
    """The seeker's side: registering from a drive's page, withdrawing, their drives, and claiming a roster's row."""

    include_in_schema = False

    @get("/drives/{drive_id:int}/registration")
    async def registration(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template:
        return await _registration(request, drive_id)

    @get("/drives/{drive_id:int}/register")
    async def register_form(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template:
        return await _registration(request, drive_id)

    @post("/drives/{drive_id:int}/register", guards=[guards.seeker])
    async def register(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template:
        data = await form_data(request)
        try:
            await participants.register(
                guards.user_of(request).id,
                drive_id,
                birth_year=data.get("birth_year", ""),
                consent=data.get("consent") == "yes",
                now=datetime.now(UTC),
                language=i18n.current_language(),
                arrives=data.get("arrives", ""),
                leaves=data.get("leaves", ""),
            )
        except (ValidationFailed, Conflict) as exc:
            return await _registration(request, drive_id, form=data, error=exc)
        return await _registration(request, drive_id, notice=i18n.gettext("You are registered. See you there!"))

    @post("/drives/{drive_id:int}/arrival", guards=[guards.seeker])
    async def arrival(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template:
        data = await form_data(request)
        try:
            await arrivals.set_own(
                guards.user_of(request).id, drive_id, arrives=data.get("arrives", ""), leaves=data.get("leaves", "")
            )
        except ValidationFailed as exc:
            return await _registration(request, drive_id, form=data, error=exc)
        return await _registration(request, drive_id, notice=i18n.gettext(SAVED))

    @post("/drives/{drive_id:int}/withdraw", guards=[guards.seeker])
    async def withdraw(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template | Redirect:
        try:
            await participants.withdraw(guards.user_of(request).id, drive_id)
        except ValidationFailed as exc:
            return await _registration(request, drive_id, error=exc)
        if not _is_htmx(request):
            return Redirect("/me/drives")
        return await _registration(request, drive_id, notice=i18n.gettext("You withdrew from the drive."))

    @get("/me/drives", guards=[guards.seeker])
    async def mine(self, request: Request[Any, Any, Any]) -> Template:
        found = await participants.my_registrations(guards.user_of(request).id)
        return Template(template_name="drives/mine.html", context={"registrations": found, "labels": LABELS})

    @get("/drives/claim/{token:str}")
    async def claim_page(self, request: Request[Any, Any, Any], token: FromPath[str]) -> Template:
        claim = await participants.open_claim(token[:100])
        return _claim_page(request, claim, token=token)

    @post("/drives/claim/{token:str}")
    async def claim(self, request: Request[Any, Any, Any], token: FromPath[str]) -> Template | Redirect:
        """A seeker who is logged in takes the registration; anyone else signs up with the roster's email."""
        viewer = _viewer(request)
        data = await form_data(request)
        try:
            if viewer is not None:
                if not viewer.is_seeker:
                    raise Forbidden("This page is for job seekers.")
                await participants.claim(token[:100], user_id=viewer.id)
            else:
                user = await participants.claim_with_new_account(
                    token[:100],
                    password=data.get("password", ""),
                    display_name=data.get("display_name", ""),
                    locale=i18n.current_language(),
                )
                start_session(request, user)
        except (ValidationFailed, Conflict, Forbidden) as exc:
            claim = await participants.open_claim(token[:100])
            form = {"display_name": data.get("display_name", "")}
            return _claim_page(request, claim, token=token, form=form, error=exc)
        return Redirect("/me/drives")


def _claim_page(
    request: Request[Any, Any, Any],
    claim: participants.Claim,
    *,
    token: str,
    form: dict[str, str] | None = None,
    error: DomainError | None = None,
) -> Template:
    return Template(
        template_name="drives/claim.html",
        context={
            "claim": claim,
            "token": token,
            "viewer": _viewer(request),
            "form": form or {},
            "errors": translated_errors(error) if error else {},
            "error_summary": _message(error),
        },
        status_code=error.status_code if error else 200,
    )


def _import_page(
    drive: DriveView, *, preview: rosters.Preview | None = None, error: DomainError | None = None
) -> Template:
    return Template(
        template_name="drives/roster.html",
        context={
            "drive": drive,
            "preview": preview,
            "labels": FIELD_LABELS,
            "columns": COLUMNS,
            "max_megabytes": MAX_BYTES // (1024 * 1024),
            "max_rows": MAX_ROWS,
            "errors": translated_errors(error) if error else {},
            "error_summary": _message(error),
        },
        status_code=error.status_code if error else 200,
    )


async def _upload(request: Request[Any, Any, Any]) -> bytes:
    """The uploaded file's bytes (a body past the route's limit was refused while it was read, with the limit
    stated); its stated content type is not trusted: the roster reader judges the bytes."""
    upload = (await request.form()).get("roster")
    if not isinstance(upload, UploadFile):
        raise ValidationFailed(CHOOSE_FILE, fields={"roster": CHOOSE_FILE})
    return await upload.read(MAX_BYTES + 1)


async def _participants_page(
    actor: CentreActor,
    drive_id: int,
    *,
    row: int | None = None,
    form: dict[str, str] | None = None,
    error: DomainError | None = None,
    imported: rosters.Imported | None = None,
) -> Template:
    """The centre's participant list; ``row`` is the participant whose arrival window was just saved or refused."""
    page = await participants.participant_list(actor, drive_id)
    return Template(
        template_name="drives/participants.html",
        context={
            "page": page,
            "drive": page.drive,
            "labels": LABELS,
            "sectors": SECTORS,
            "window_row": row,
            "window_form": form or {},
            "errors": translated_errors(error) if error else {},
            "error_summary": _message(error),
            "notice": i18n.gettext(WINDOW_SAVED) if row is not None and error is None else "",
            "shown": arrivals.shown,
            "imported": imported,
        },
        status_code=error.status_code if error else 200,
    )


class CentreParticipantController(Controller):
    """The host centres' side: each sees its own participants in full and the drive's totals."""

    path = "/centre/drives"
    guards = (guards.centre_member,)
    include_in_schema = False

    @get("/{drive_id:int}/participants")
    async def index(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template:
        return await _participants_page(guards.centre_actor_of(request), drive_id)

    @post("/{drive_id:int}/participants/{participant_id:int}/arrival")
    async def arrival(
        self, request: Request[Any, Any, Any], drive_id: FromPath[int], participant_id: FromPath[int]
    ) -> Template:
        actor = guards.centre_actor_of(request)
        data = await form_data(request)
        try:
            await arrivals.set_for(
                actor, drive_id, participant_id, arrives=data.get("arrives", ""), leaves=data.get("leaves", "")
            )
        except ValidationFailed as exc:
            return await _participants_page(actor, drive_id, row=participant_id, form=data, error=exc)
        return await _participants_page(actor, drive_id, row=participant_id)

    @get("/{drive_id:int}/participants/summary")
    async def summary(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template:
        actor = guards.centre_actor_of(request)
        totals = await participants.totals(actor, drive_id)
        return Template(
            template_name="drives/_participants.html",
            context={"totals": totals, "drive_id": drive_id, "approved": actor.approved},
        )

    @get("/{drive_id:int}/participants/export.csv")
    async def export(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Response[bytes]:
        labels = {code: i18n.gettext(label) for code, label in {**LABELS, **SECTORS}.items()}
        body = await participants.export_csv(guards.centre_actor_of(request), drive_id, labels=labels)
        return Response(
            body,
            media_type="text/csv; charset=utf-8",
            headers={"content-disposition": f'attachment; filename="drive-{drive_id}-participants.csv"'},
        )

    @get("/{drive_id:int}/roster")
    async def roster_form(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template:
        actor = guards.centre_actor_of(request)
        drive = await drives.hosted(actor, drive_id)
        if not actor.approved:
            raise Forbidden(rosters.UNAPPROVED)
        return _import_page(drive)

    @post("/{drive_id:int}/roster", request_max_body_size=MAX_BYTES + FORM_OVERHEAD)
    async def preview(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> Template:
        actor = guards.centre_actor_of(request)
        try:
            data = await _upload(request)
            preview = await rosters.preview(actor, drive_id, data, redis=request.app.state.resources.redis)
        except ValidationFailed as exc:
            return _import_page(await drives.hosted(actor, drive_id), error=exc)
        return _import_page(await drives.hosted(actor, drive_id), preview=preview)

    @post("/{drive_id:int}/roster/commit")
    async def commit(
        self, request: Request[Any, Any, Any], drive_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> Template:
        actor = guards.centre_actor_of(request)
        data = await form_data(request)
        try:
            imported = await rosters.commit(
                actor,
                drive_id,
                data.get("upload", ""),
                redis=request.app.state.resources.redis,
                base_url=settings.base_url,
                language=i18n.current_language(),
            )
        except ValidationFailed as exc:
            return _import_page(await drives.hosted(actor, drive_id), error=exc)
        return await _participants_page(actor, drive_id, imported=imported)
