"""The seeker's own pages: profile, résumé, data export and account deletion."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from litestar import Controller, Request, get, post
from litestar.datastructures import UploadFile
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery
from litestar.response import File, Redirect, Response, Template

from jobsfez import i18n
from jobsfez.accounts import service as accounts
from jobsfez.accounts.throttling import LoginLimits
from jobsfez.choices import DISTRICTS, EMPLOYMENT_TYPES, SECTORS, SHIFTS
from jobsfez.config import Settings
from jobsfez.errors import Throttled, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.seekers import own_words, privacy, service
from jobsfez.skills import service as skills
from jobsfez.web import guards
from jobsfez.web.forms import form_data, form_error, form_lists
from jobsfez.web.security import FORM_OVERHEAD
from jobsfez.web.sessions import session_of

BLANK_SKILL_ROWS = 3
CONFIRM_RESUME_DELETION = lazy("Confirm that you want to delete your résumé.")
CHOICE_FIELDS = ("sectors", "districts", "employment_types", "shifts")
SKILL_LEVELS = ("1", "2", "3", "4", "5")
YEARS_CHARS = 5  # "12.5"; saving checks the number
OFFERED_ID = re.compile(r"own-word-\d{1,3}")  # an item of templates/seekers/_own_words.html


def _choices() -> dict[str, Any]:
    return {
        "sectors": SECTORS,
        "districts": DISTRICTS,
        "employment_types": EMPLOYMENT_TYPES,
        "shifts": SHIFTS,
        "levels": range(1, 6),
    }


def _form_of(profile: service.Profile) -> dict[str, Any]:
    return {
        "birth_year": profile.birth_year or "",
        "phone": profile.phone,
        "region": profile.region,
        "school": profile.school,
        "major": profile.major,
        "graduation": profile.graduation,
        "languages": ", ".join(s.text for s in profile.lines("language")),
        "summary": profile.summary,
        "earliest_start": profile.earliest_start.isoformat() if profile.earliest_start else "",
        "experienced": profile.experienced,
        "findable": profile.findable,
        "qualifications": "\n".join(s.text for s in profile.lines("qualification")),
        "skill_rows": [
            {"text": s.text, "level": s.level or "", "years": f"{s.years:g}" if s.years is not None else ""}
            for s in profile.lines("skill")
        ],
        **{name: list(getattr(profile, name)) for name in CHOICE_FIELDS},
    }


async def _read(request: Request[Any, Any, Any]) -> tuple[dict[str, str], dict[str, list[str]], dict[str, Any]]:
    """The form as sent, and what to show again if it has mistakes."""
    data = await form_data(request)
    lists = await form_lists(request, "skill_text", "skill_level", "skill_years", *CHOICE_FIELDS)
    padded = [lists[k] + [""] * (len(lists["skill_text"]) - len(lists[k])) for k in ("skill_level", "skill_years")]
    echo: dict[str, Any] = {**data, **{k: lists[k] for k in CHOICE_FIELDS}}
    echo["skill_rows"] = [
        {"text": t, "level": lv, "years": y}
        for t, lv, y in zip(lists["skill_text"], *padded, strict=False)
        if t.strip()
    ]
    echo["experienced"] = data.get("experienced") == "on"
    echo["findable"] = data.get("findable") == "on"
    return data, lists, echo


def _input(data: dict[str, str], lists: dict[str, list[str]]) -> service.ProfileInput:
    return service.ProfileInput(
        birth_year=data.get("birth_year", ""),
        phone=data.get("phone", ""),
        region=data.get("region", ""),
        school=data.get("school", ""),
        major=data.get("major", ""),
        graduation=data.get("graduation", ""),
        languages=data.get("languages", ""),
        summary=data.get("summary", ""),
        earliest_start=data.get("earliest_start", ""),
        experienced=data.get("experienced") == "on",
        findable=data.get("findable") == "on",
        qualifications=data.get("qualifications", ""),
        skills=service.parse_skill_rows(lists["skill_text"], lists["skill_level"], lists["skill_years"]),
        **{k: tuple(lists[k]) for k in CHOICE_FIELDS},
    )


class SeekerController(Controller):
    path = "/me"
    guards = (guards.seeker,)
    include_in_schema = False

    @get("/")
    async def profile(
        self, request: Request[Any, Any, Any], settings: NamedDependency[Settings], resume: FromQuery[str] = ""
    ) -> Template:
        profile = await service.get_profile(guards.user_of(request).id)
        return Template(
            template_name="seekers/profile.html",
            context={
                "notice": i18n.gettext("Your résumé was deleted.") if resume == "deleted" else "",
                "profile": profile,
                "own_words": await own_words.skills_in_own_words(profile, folder=settings.resume_dir),
                "form": _form_of(profile),
                "errors": {},
                "blank_rows": BLANK_SKILL_ROWS,
                **_choices(),
            },
        )

    @post("/")
    async def save(self, request: Request[Any, Any, Any], settings: NamedDependency[Settings]) -> Template:
        user = guards.user_of(request)
        data, lists, echo = await _read(request)
        try:
            profile = await service.save_profile(user.id, _input(data, lists), this_year=datetime.now(UTC).year)
        except ValidationFailed as exc:
            current = await service.get_profile(user.id)
            # each row shows what its text reads as now; what the saved profile's lines read as is not the form's
            readings = await skills.understand_all([row["text"] for row in echo["skill_rows"]])
            echo["skill_rows"] = [{**row, "understood": r} for row, r in zip(echo["skill_rows"], readings, strict=True)]
            return form_error(
                "seekers/profile.html",
                exc,
                values=echo,
                profile=current,
                saved_readings=False,
                blank_rows=BLANK_SKILL_ROWS,
                **_choices(),
            )
        return Template(
            template_name="seekers/profile.html",
            context={
                "profile": profile,
                "own_words": await own_words.skills_in_own_words(profile, folder=settings.resume_dir),
                "form": _form_of(profile),
                "errors": {},
                "blank_rows": BLANK_SKILL_ROWS,
                "notice": i18n.gettext("Your profile was saved."),
                **_choices(),
            },
        )

    @get("/welcome")
    async def welcome(self, request: Request[Any, Any, Any]) -> Template:
        """Where a new seeker's sign-up ends: what to do first, and the way to the profile."""
        return Template(template_name="seekers/welcome.html", context={"user": guards.user_of(request)})

    @get("/skill-row")
    async def skill_row(
        self,
        text: FromQuery[str] = "",
        level: FromQuery[str] = "",
        years: FromQuery[str] = "",
        offered: FromQuery[str] = "",
    ) -> Template:
        """A blank row, or one filled with a skill the seeker's own words named (their summary or résumé), with what
        it reads as; the offer it came from (`offered`, its item's id) is replaced by a note that it was added."""
        text = text[: service.MAX_SKILL_CHARS]
        row = {
            "text": text,
            "level": level if level in SKILL_LEVELS else "",
            "years": years[:YEARS_CHARS],
            "understood": await skills.understand(text) if text.strip() else None,
        }
        context = {"row": row, "levels": range(1, 6), "offered": offered if OFFERED_ID.fullmatch(offered) else ""}
        return Template(template_name="seekers/_skill_row_added.html", context=context)

    @get("/languages-understood")
    async def languages_understood(self, languages: FromQuery[str] = "") -> Template:
        """What each line of the Languages box was understood as, shown under it while typing (htmx)."""
        readings = await service.language_readings(languages)
        return Template(template_name="seekers/_languages_understood.html", context={"readings": readings})

    @post("/resume", request_max_body_size=privacy.MAX_RESUME_BYTES + FORM_OVERHEAD)
    async def upload_resume(
        self, request: Request[Any, Any, Any], settings: NamedDependency[Settings]
    ) -> Template | Redirect:
        user = guards.user_of(request)
        form = await request.form()
        upload = form.get("resume")
        try:
            if not isinstance(upload, UploadFile):
                raise ValidationFailed(
                    "Please correct the marked fields.", fields={"resume": lazy("Choose a PDF file.")}
                )
            content = await upload.read()
            await privacy.store_resume(
                user.id,
                filename=upload.filename or "resume.pdf",
                content=content,
                folder=settings.resume_dir,
            )
        except ValidationFailed as exc:
            profile = await service.get_profile(user.id)
            return form_error(
                "seekers/profile.html",
                exc,
                values=_form_of(profile),
                profile=profile,
                blank_rows=BLANK_SKILL_ROWS,
                **_choices(),
            )
        return Redirect("/me")

    @post("/resume/delete")
    async def delete_resume(self, request: Request[Any, Any, Any], settings: NamedDependency[Settings]) -> Redirect:
        """A deletion asked for twice (the button opens the question, its answer sends confirm=yes)."""
        if (await form_data(request)).get("confirm") != "yes":
            raise ValidationFailed(CONFIRM_RESUME_DELETION)
        await privacy.delete_resume(guards.user_of(request).id, folder=settings.resume_dir)
        return Redirect("/me?resume=deleted#resume")

    @get("/resume")
    async def download_resume(self, request: Request[Any, Any, Any], settings: NamedDependency[Settings]) -> File:
        user = guards.user_of(request)
        path, name = await privacy.resume_file(
            viewer_user_id=user.id,
            viewer_employer_id=None,
            seeker_user_id=user.id,
            folder=settings.resume_dir,
        )
        return File(path=path, filename=name, media_type="application/pdf", content_disposition_type="attachment")

    @get("/export")
    async def export(self, request: Request[Any, Any, Any]) -> Response[bytes]:
        data = await privacy.export(guards.user_of(request).id)
        body = json.dumps(data, ensure_ascii=False, indent=2).encode()
        return Response(
            body,
            media_type="application/json",
            headers={"content-disposition": 'attachment; filename="jobsfez-my-data.json"'},
        )

    @get("/delete")
    async def delete_form(self) -> Template:
        return Template(template_name="seekers/delete.html", context={"form": {}, "errors": {}})

    @post("/delete")
    async def delete(self, request: Request[Any, Any, Any], settings: NamedDependency[Settings]) -> Template | Redirect:
        user = guards.user_of(request)
        data = await form_data(request)
        redis = request.app.state.resources.redis
        try:
            confirmed = await accounts.password_confirmed(
                redis, user_id=user.id, password=data.get("password", ""), limits=LoginLimits.of(settings)
            )
        except Throttled as exc:
            return form_error("seekers/delete.html", exc, values={}, status_code=429)
        if not confirmed:
            wrong = ValidationFailed("Check the password.", fields={"password": lazy("The password is not correct.")})
            return form_error("seekers/delete.html", wrong, values={})
        await privacy.delete_account(
            user.id,
            folder=settings.resume_dir,
            redis=redis,
            erase_sessions=request.app.state.sessions.delete_for_user,
        )
        session_of(request).destroy()
        return Redirect("/?deleted=1")


class ResumeController(Controller):
    """Employers read a résumé only of a seeker who applied to them (checked in the service)."""

    include_in_schema = False
    guards = (guards.employer_member,)

    @get("/seekers/{seeker_user_id:int}/resume")
    async def download(
        self, request: Request[Any, Any, Any], seeker_user_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> File:
        user = guards.user_of(request)
        path, name = await privacy.resume_file(
            viewer_user_id=user.id,
            viewer_employer_id=guards.actor_of(request).employer_id,
            seeker_user_id=seeker_user_id,
            folder=settings.resume_dir,
        )
        return File(path=path, filename=name, media_type="application/pdf", content_disposition_type="attachment")
