"""Staff's taxonomy editor and ESCO import, and the skill typeahead every skill field uses."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode

from litestar import Controller, Request, get, post
from litestar.datastructures import MultiDict, UploadFile
from litestar.params import FromPath, FromQuery
from litestar.response import Redirect, Template
from markupsafe import Markup

from jobsfez import i18n, queue
from jobsfez.checks import decimal_digits
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
UNMATCHED = "/staff/skills/unmatched"
# Most profiles or postings a notice after an alias was added names (the counts come back in the page's address).
MAX_CARRIERS = 10_000_000
CARRIER_DIGITS = len(str(MAX_CARRIERS))


def _particles_of_page(text: str) -> str:
    """with_particles for a template's autoescaped words, which stay safe: only particles change."""
    picked = i18n.with_particles(str(text))
    return Markup(picked) if isinstance(text, Markup) else picked  # noqa: S704 (escaped words, particles picked)


@dataclass(frozen=True, slots=True)
class Notice:
    """What the page says a change did, with the link that shows the changed line where the list does not."""

    text: str
    link: str = ""
    link_text: str = ""


def _filters(request: Request[Any, Any, Any]) -> dict[str, str]:
    return {name: request.query_params.get(name, "")[:100] for name in UNMATCHED_FILTERS}


def _list_url(request: Request[Any, Any, Any], **done: str) -> str:
    """The list as it was asked for, with what was done for the page to say (redirect after POST)."""
    asked = {name: value for name, value in _filters(request).items() if value}
    return f"{UNMATCHED}?{urlencode({**asked, **done})}" if asked or done else UNMATCHED


async def _unmatched_page(
    request: Request[Any, Any, Any],
    *,
    notice: Notice | None = None,
    failed: ValidationFailed | None = None,
    form: dict[str, str] | None = None,
) -> Template:
    asked = _filters(request)
    errors = translated_errors(failed) if failed else {}
    listed = await unmatched.lines(
        query=asked["q"], page=asked["page"], dismissed=asked["view"] == "dismissed", singles=asked["singles"] == "on"
    )
    singles = {"singles": "on"} if asked["singles"] == "on" else {}
    return Template(
        template_name="skills/unmatched.html",
        context={
            "found": listed.page,
            "hidden": listed.hidden,
            "asked": asked,
            "here": urlencode({name: value for name, value in asked.items() if value}),
            "with_singles": urlencode({**{k: v for k, v in asked.items() if v and k != "page"}, "singles": "on"}),
            "waiting_tab": f"{UNMATCHED}?{urlencode(singles)}" if singles else UNMATCHED,
            "dismissed_tab": f"{UNMATCHED}?{urlencode({'view': 'dismissed', **singles})}",
            "notice": notice,
            "particles": _particles_of_page,
            "form": form or {},
            "errors": {name: i18n.with_particles(text) for name, text in errors.items()},
            "error_summary": i18n.with_particles(i18n.gettext(failed.message).format(**failed.params))
            if failed
            else "",
        },
        status_code=failed.status_code if failed else 200,
    )


def _in_language(skill: service.SkillName) -> str:
    return skill.name_ko if i18n.current_language() == "ko" else skill.name_en


def _count(text: str) -> int:
    """A count the address carries, read only when it has no more digits than MAX_CARRIERS (int() of thousands of
    digits raises)."""
    return min(int(text), MAX_CARRIERS) if decimal_digits(text) and len(text) <= CARRIER_DIGITS else 0


def _added(*, alias: str, skill: service.SkillName, text: str, profiles: int, postings: int) -> str:
    name = _in_language(skill)
    if not profiles + postings:
        return i18n.gettext(
            "'{alias}' is now an alias of {skill}, but '{text}' as typed still does not read as it: add those exact "
            "words as the alias to move the profiles and postings carrying them."
        ).format(alias=alias, skill=name, text=text)
    profile_count = i18n.ngettext("{count} profile", "{count} profiles", profiles).format(count=profiles)
    posting_count = i18n.ngettext("{count} posting", "{count} postings", postings).format(count=postings)
    if profiles and postings:
        carriers = i18n.gettext("{profiles} and {postings}").format(profiles=profile_count, postings=posting_count)
    else:
        carriers = profile_count if profiles else posting_count
    return i18n.gettext("'{alias}' is now an alias of {skill}: {carriers} will be re-keyed.").format(
        alias=alias, skill=name, carriers=carriers
    )


async def _alias_notice(asked: MultiDict[str]) -> Notice | None:
    alias = asked.get("alias", "")[: unmatched.MAX_ALIAS_CHARS]
    skill = await unmatched.alias_of(alias, asked.get("skill", "")[:200])
    if skill is None:
        return None
    line = await unmatched.said(asked.get("line", "")[:1000])  # gone once the re-keying moved all who carry it
    profiles, postings = _count(asked.get("profiles", "")), _count(asked.get("postings", ""))
    text = _added(alias=alias, skill=skill, text=line.text if line else alias, profiles=profiles, postings=postings)
    return Notice(i18n.with_particles(text))


async def _done(asked: MultiDict[str]) -> Notice | None:
    """The notice of the change a POST redirected from, read from the address; none where the address names a line
    or an alias that is not so (any more)."""
    done = asked.get("done", "")
    if done == "alias":
        return await _alias_notice(asked)
    if done not in ("dismissed", "restored"):
        return None
    line = await unmatched.said(asked.get("line", "")[:1000])
    if line is None or line.dismissed != (done == "dismissed"):
        return None
    if done == "restored":
        return Notice(i18n.with_particles(i18n.gettext("'{text}' is listed again.").format(text=line.text)))
    # where the line is listed now: a line only one carries is hidden unless asked for (3.1 of the UX walk)
    shows_it = {"view": "dismissed", "q": line.text[:100], **({"singles": "on"} if line.hidden_by_default else {})}
    text = i18n.gettext("'{text}' was marked as not a skill and is no longer listed.").format(text=line.text)
    return Notice(
        i18n.with_particles(text),
        link=f"{UNMATCHED}?{urlencode(shows_it)}",
        link_text=i18n.gettext("Undo it under Dismissed"),
    )


class UnmatchedSkillController(Controller):
    """What users typed that matched no skill, for staff to make an alias of a skill or dismiss (issue 16). A change
    redirects (303) to the list it was made from, which names it: a reload or the address opened again changes
    nothing."""

    path = UNMATCHED
    guards = (guards.staff,)
    include_in_schema = False

    @get("/")
    async def index(self, request: Request[Any, Any, Any]) -> Template:
        return await _unmatched_page(request, notice=await _done(request.query_params))

    @post("/alias")
    async def add_alias(self, request: Request[Any, Any, Any]) -> Template | Redirect:
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
        done = {"done": "alias", "line": data.get("key", ""), "alias": added.alias, "skill": added.skill.skill_id}
        counts = {"profiles": str(added.profiles), "postings": str(added.postings)}
        return Redirect(_list_url(request, **done, **counts), status_code=303)

    @post("/dismiss")
    async def dismiss(self, request: Request[Any, Any, Any]) -> Template | Redirect:
        data = await form_data(request)
        try:
            await unmatched.dismiss(data.get("key", ""))
        except ValidationFailed as exc:
            return await _unmatched_page(request, failed=exc, form=data)
        return Redirect(_list_url(request, done="dismissed", line=data.get("key", "")), status_code=303)

    @post("/restore")
    async def restore(self, request: Request[Any, Any, Any]) -> Template | Redirect:
        data = await form_data(request)
        try:
            await unmatched.restore(data.get("key", ""))
        except ValidationFailed as exc:
            return await _unmatched_page(request, failed=exc, form=data)
        return Redirect(_list_url(request, done="restored", line=data.get("key", "")), status_code=303)


class SkillSuggestController(Controller):
    include_in_schema = False

    @get("/skills/suggest")
    async def suggest(self, request: Request[Any, Any, Any]) -> Template:
        """<option>s for a <datalist>: the field sends its own name (skill_text, must_text, ...), so take any."""
        typed = next((v for k, v in parse_qsl(request.url.query) if k != LANG_COOKIE and v.strip()), "")
        skills = await typeahead.suggestions(typed[:60], redis=request.app.state.resources.redis)
        return Template(template_name="skills/_suggestions.html", context={"skills": skills})

    @get("/skills/understood")
    async def understood(self, request: Request[Any, Any, Any]) -> Template:
        """What a skill row's text was understood as, shown beside the row while typing (htmx)."""
        typed = next((v for k, v in parse_qsl(request.url.query) if k in SKILL_FIELDS and v.strip()), "")
        found = await service.understand(typed) if typed else None
        return Template(template_name="skills/_understood.html", context={"understood": found})
