"""Staff's taxonomy editor and ESCO import, and the skill typeahead every skill field uses."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import parse_qsl, urlencode

from litestar import Controller, Request, get, post
from litestar.datastructures import UploadFile
from litestar.params import FromPath, FromQuery
from litestar.response import Redirect, Template

from jobsfez import i18n, queue
from jobsfez.errors import ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.skills import service, typeahead, unmatched
from jobsfez.web import guards
from jobsfez.web.forms import form_data, form_error, translated_errors
from jobsfez.web.languages import LANG_COOKIE

MAX_IMPORT_BYTES = 5 * 1024 * 1024
# The skill fields of the profile and posting forms; a row sends its level and years beside its text.
SKILL_FIELDS = frozenset({"skill_text", "must_skill", "nice_skill"})


logger = logging.getLogger(__name__)


async def _rekey_soon(request: Request[Any, Any, Any]) -> None:
    """Re-key the stored skills to the changed taxonomy now; the worker's minute sweep does it if Redis is away."""
    try:
        await queue.enqueue_rekey(request.app.state.resources.arq)
    except Exception:  # the taxonomy version in PostgreSQL is what the sweep compares
        logger.warning("enqueue of the skill re-keying failed; the sweep will start it")


class SkillStaffController(Controller):
    path = "/staff/skills"
    guards = (guards.staff,)
    include_in_schema = False

    @get("/")
    async def index(self, q: FromQuery[str] = "") -> Template:
        return Template(
            template_name="skills/index.html",
            context={
                "skills": await service.search(q[:100]),
                "q": q[:100],
                "categories": service.CATEGORIES,
                "form": {},
                "errors": {},
            },
        )

    @post("/")
    async def create(self, request: Request[Any, Any, Any]) -> Template | Redirect:
        data = await form_data(request)
        try:
            skill_id = await service.save_skill(
                skill_id=data.get("skill_id", ""),
                name_ko=data.get("name_ko", ""),
                name_en=data.get("name_en", ""),
                category=data.get("category", ""),
                aliases=data.get("aliases", ""),
                qualification=data.get("qualification") == "on",
                create=True,
            )
        except ValidationFailed as exc:
            return form_error("skills/index.html", exc, values=data, skills=[], q="", categories=service.CATEGORIES)
        await _rekey_soon(request)
        return Redirect(f"/staff/skills?q={skill_id}")

    @get("/{skill_id:str}")
    async def edit_form(self, skill_id: FromPath[str]) -> Template:
        skill = await service.get_skill(skill_id)
        form = {
            "skill_id": skill.skill_id,
            "name_ko": skill.name_ko,
            "name_en": skill.name_en,
            "category": skill.category,
            "aliases": "\n".join(skill.aliases),
            "qualification": skill.qualification,
        }
        return Template(
            template_name="skills/edit.html", context={"form": form, "errors": {}, "categories": service.CATEGORIES}
        )

    @post("/{skill_id:str}")
    async def edit(self, request: Request[Any, Any, Any], skill_id: FromPath[str]) -> Template | Redirect:
        data = await form_data(request)
        try:
            await service.save_skill(
                skill_id=skill_id,
                name_ko=data.get("name_ko", ""),
                name_en=data.get("name_en", ""),
                category=data.get("category", ""),
                aliases=data.get("aliases", ""),
                qualification=data.get("qualification") == "on",
                create=False,
            )
        except ValidationFailed as exc:
            return form_error(
                "skills/edit.html", exc, values={**data, "skill_id": skill_id}, categories=service.CATEGORIES
            )
        await _rekey_soon(request)
        return Redirect(f"/staff/skills?q={skill_id}")

    @post("/import")
    async def import_esco(self, request: Request[Any, Any, Any]) -> Template:
        """Store the upload and show its progress bar; the worker writes it (13,896 skills take a while)."""
        form = await request.form()
        upload = form.get("file")
        try:
            if not isinstance(upload, UploadFile):
                raise ValidationFailed("Please correct the marked fields.", fields={"file": lazy("Choose a CSV file.")})
            content = await upload.read()
            if len(content) > MAX_IMPORT_BYTES:
                raise ValidationFailed("The file is larger than 5 MB.")
            progress = await service.start_esco_import(content)
        except ValidationFailed as exc:
            return form_error("skills/index.html", exc, values={}, skills=[], q="", categories=service.CATEGORIES)
        try:
            await queue.enqueue_skill_import(request.app.state.resources.arq)
        except Exception:  # the import waits in PostgreSQL; the worker's minute sweep goes on with it
            logger.warning("enqueue of the skill import failed; the sweep will start it")
        return Template(template_name="skills/import.html", context={"progress": progress})

    @get("/import/{import_id:int}")
    async def import_progress(self, import_id: FromPath[int]) -> Template:
        """The progress bar, polled by itself until the import is in."""
        progress = await service.import_progress(import_id)
        return Template(template_name="skills/_import_progress.html", context={"progress": progress})


# The unmatched list's filters, kept in the address of its forms so that the page after a change shows the same list.
UNMATCHED_FILTERS = ("q", "view", "singles", "page")


def _filters(request: Request[Any, Any, Any]) -> dict[str, str]:
    return {name: request.query_params.get(name, "")[:100] for name in UNMATCHED_FILTERS}


async def _unmatched_page(
    request: Request[Any, Any, Any],
    *,
    notice: str = "",
    failed: ValidationFailed | None = None,
    form: dict[str, str] | None = None,
) -> Template:
    asked = _filters(request)
    listed = await unmatched.lines(
        query=asked["q"], page=asked["page"], dismissed=asked["view"] == "dismissed", singles=asked["singles"] == "on"
    )
    return Template(
        template_name="skills/unmatched.html",
        context={
            "found": listed.page,
            "hidden": listed.hidden,
            "asked": asked,
            "here": urlencode({name: value for name, value in asked.items() if value}),
            "with_singles": urlencode({**{k: v for k, v in asked.items() if v and k != "page"}, "singles": "on"}),
            "shared_by": unmatched.SHARED_BY,
            "notice": notice,
            "form": form or {},
            "errors": translated_errors(failed) if failed else {},
            "error_summary": i18n.gettext(failed.message).format(**failed.params) if failed else "",
        },
        status_code=failed.status_code if failed else 200,
    )


def _in_language(skill: service.SkillName) -> str:
    return skill.name_ko if i18n.current_language() == "ko" else skill.name_en


def _added(added: unmatched.AliasAdded) -> str:
    skill = _in_language(added.skill)
    if not added.profiles + added.postings:
        return i18n.gettext(
            "'{alias}' is now an alias of {skill}, but '{text}' as typed still does not read as it: add those exact "
            "words as the alias to move the profiles and postings carrying them."
        ).format(alias=added.alias, skill=skill, text=added.text)
    profiles = i18n.ngettext("{count} profile", "{count} profiles", added.profiles).format(count=added.profiles)
    postings = i18n.ngettext("{count} posting", "{count} postings", added.postings).format(count=added.postings)
    if added.profiles and added.postings:
        carriers = i18n.gettext("{profiles} and {postings}").format(profiles=profiles, postings=postings)
    else:
        carriers = profiles if added.profiles else postings
    return i18n.gettext("'{alias}' is now an alias of {skill}: {carriers} will be re-keyed.").format(
        alias=added.alias, skill=skill, carriers=carriers
    )


class UnmatchedSkillController(Controller):
    """What users typed that matched no skill, for staff to make an alias of a skill or dismiss (issue 16)."""

    path = "/staff/skills/unmatched"
    guards = (guards.staff,)
    include_in_schema = False

    @get("/")
    async def index(self, request: Request[Any, Any, Any]) -> Template:
        return await _unmatched_page(request)

    @post("/alias")
    async def add_alias(self, request: Request[Any, Any, Any]) -> Template:
        data = await form_data(request)
        try:
            added = await unmatched.add_alias(
                key=data.get("key", ""),
                alias=data.get("alias", ""),
                chosen=data.get("skill_id", ""),
                typed=data.get("skill", ""),
            )
        except ValidationFailed as exc:
            return await _unmatched_page(request, failed=exc, form=data)
        await _rekey_soon(request)
        return await _unmatched_page(request, notice=_added(added))

    @post("/dismiss")
    async def dismiss(self, request: Request[Any, Any, Any]) -> Template:
        data = await form_data(request)
        try:
            text = await unmatched.dismiss(data.get("key", ""))
        except ValidationFailed as exc:
            return await _unmatched_page(request, failed=exc, form=data)
        notice = i18n.gettext(
            "'{text}' was marked as not a skill and is no longer listed; undo it under Dismissed."
        ).format(text=text)
        return await _unmatched_page(request, notice=notice)

    @post("/restore")
    async def restore(self, request: Request[Any, Any, Any]) -> Template:
        data = await form_data(request)
        try:
            text = await unmatched.restore(data.get("key", ""))
        except ValidationFailed as exc:
            return await _unmatched_page(request, failed=exc, form=data)
        return await _unmatched_page(request, notice=i18n.gettext("'{text}' is listed again.").format(text=text))


class SkillSuggestController(Controller):
    include_in_schema = False

    @get("/skills/suggest")
    async def suggest(self, request: Request[Any, Any, Any]) -> Template:
        """<option>s for a <datalist>: the field sends its own name (skill_text, must_text, ...), so take any."""
        typed = next((v for k, v in parse_qsl(request.url.query) if k != LANG_COOKIE and v.strip()), "")
        return Template(
            template_name="skills/_suggestions.html", context={"skills": await typeahead.suggestions(typed[:60])}
        )

    @get("/skills/understood")
    async def understood(self, request: Request[Any, Any, Any]) -> Template:
        """What a skill row's text was understood as, shown beside the row while typing (htmx)."""
        typed = next((v for k, v in parse_qsl(request.url.query) if k in SKILL_FIELDS and v.strip()), "")
        found = await service.understand(typed) if typed else None
        return Template(template_name="skills/_understood.html", context={"understood": found})
