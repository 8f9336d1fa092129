"""Applying, following one's applications, the company's board of applicants, and match pages."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode

from litestar import Controller, Request, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery
from litestar.response import Redirect, Template

from jobsfez import i18n
from jobsfez.applications import (
    board,
    candidate_filter,
    dossier,
    invitations,
    marks,
    message_templates,
    offers,
    service,
)
from jobsfez.applications.stages import STAGES
from jobsfez.checks import decimal_digits
from jobsfez.config import Settings
from jobsfez.errors import Conflict, Forbidden, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.interviews.service import Links
from jobsfez.postings import service as postings
from jobsfez.saved import service as saved_jobs
from jobsfez.skills import ranking
from jobsfez.web import guards
from jobsfez.web.forms import form_data, form_error, form_lists, in_page

MESSAGE_SAVED = lazy("Message saved. Choose it when you reject or make an offer.")
UNREADABLE_MESSAGE = lazy("Choose one of your company's messages.")
UNREADABLE_CHOICE = lazy("Choose applicants with the boxes on their cards.")
CONFIRM_WITHDRAWAL = lazy("Confirm that you want to withdraw this application.")
OFFER_ANSWERED = {
    "accepted": lazy("You accepted the offer. The company has been told and will contact you about what comes next."),
    "declined": lazy("You declined the offer. The company has been told."),
}
INVITATION_SENT = lazy("Invitation sent. They hear from jobsfez; your company still sees no contact details.")


def _ids(values: list[str]) -> list[int]:
    """Application ids from checkboxes; anything else is the form's mistake, shown on the board."""
    if not all(decimal_digits(v) and len(v) < 19 for v in values):
        raise ValidationFailed(UNREADABLE_CHOICE)
    return [int(v) for v in values]


def _template_id(value: str) -> int | None:
    """The chosen reusable message, or none ("" in the form)."""
    if not value:
        return None
    if not decimal_digits(value) or len(value) > 18:
        raise ValidationFailed(UNREADABLE_MESSAGE)
    return int(value)


def _query_of(back: str) -> dict[str, str]:
    """The board's filters from the query string the bulk form carried, so an error keeps the employer's view."""
    return dict(parse_qsl(back.lstrip("?")))


def _safe_back(back: str) -> str:
    """Only a query string of the board goes back into a link (never another address)."""
    return "?" + urlencode(_query_of(back)) if back else ""


async def _board_context(request: Request[Any, Any, Any], posting_id: int, params: dict[str, str]) -> dict[str, Any]:
    actor = guards.actor_of(request)
    posting = await postings.own(actor, posting_id)
    skills = [s.text for s in (*posting.must, *posting.nice)]
    query = board.parse(params, skills)
    shown = board.apply(await service.applicants(actor, posting_id), query)
    columns = {
        stage: [a for a in shown.shown if a.stage == stage]
        for stage in ((query.stage,) if query.stage else service.BOARD_STAGES)
    }
    return {
        "posting": posting,
        "columns": columns,
        "shown": shown,
        "query": query,
        "sorts": board.SORTS,
        "filter_labels": board.LABELS,
        "skills": skills,
        "must_skills": [s.text for s in posting.must],
        "all_musts": board.ALL_MUSTS,
        "stages": STAGES,
        "board_stages": service.BOARD_STAGES,
        "total": shown.total,
        "may_find_candidates": actor.approved,
        "templates": await message_templates.of_company(actor),
    }


def _links(settings: Settings) -> Links:
    return Links(base_url=settings.base_url, secret=settings.secret_key, mail_id_domain=settings.mail_id_domain)


class SeekerApplicationController(Controller):
    include_in_schema = False
    guards = (guards.seeker,)

    @get("/jobs/{posting_id:int}/apply")
    async def apply_form(self, posting_id: FromPath[int]) -> Template:
        posting = await postings.load(posting_id, public=True)
        return Template(
            template_name="applications/apply.html",
            context={"posting": posting, "form": {"include_resume": True}, "errors": {}},
        )

    @post("/jobs/{posting_id:int}/apply")
    async def apply(
        self, request: Request[Any, Any, Any], posting_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> Template | Redirect:
        data = await form_data(request)
        try:
            await service.apply(
                guards.user_of(request).id,
                posting_id=posting_id,
                message=data.get("message", ""),
                include_resume=data.get("include_resume") == "on",
                base_url=settings.base_url,
            )
        except (ValidationFailed, Conflict) as exc:
            posting = await postings.load(posting_id, public=True)
            status = 409 if isinstance(exc, Conflict) else 400
            return form_error("applications/apply.html", exc, values=data, posting=posting, status_code=status)
        return Redirect("/me/applications?applied=1")

    @get("/me/applications")
    async def mine(
        self, request: Request[Any, Any, Any], applied: FromQuery[bool] = False, answered: FromQuery[str] = ""
    ) -> Template:
        notice = i18n.gettext("Your application was sent.") if applied else ""
        if answered in OFFER_ANSWERED:
            notice = i18n.gettext(OFFER_ANSWERED[answered])
        return Template(
            template_name="applications/mine.html",
            context={
                "applications": await service.for_seeker(guards.user_of(request).id),
                "stages": STAGES,
                "notice": notice,
            },
        )

    @post("/me/applications/{application_id:int}/offer")
    async def answer_offer(
        self, request: Request[Any, Any, Any], application_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> Redirect:
        recorded = await offers.answer_offer(
            guards.user_of(request).id,
            application_id,
            answer=(await form_data(request)).get("answer", ""),
            links=_links(settings),
            resume_folder=settings.resume_dir,
        )
        return Redirect(f"/me/applications?answered={recorded}#application-{application_id}")

    @post("/me/applications/{application_id:int}/withdraw")
    async def withdraw(
        self, request: Request[Any, Any, Any], application_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> Redirect:
        """A withdrawal asked for twice (the list's button opens the question, its answer sends confirm=yes)."""
        if (await form_data(request)).get("confirm") != "yes":
            raise ValidationFailed(CONFIRM_WITHDRAWAL)
        await service.withdraw(
            guards.user_of(request).id, application_id, links=_links(settings), resume_folder=settings.resume_dir
        )
        return Redirect("/me/applications")

    @get("/me/recommended")
    async def recommended(self, request: Request[Any, Any, Any]) -> Template:
        seeker_id = guards.user_of(request).id
        scores = await ranking.recommended_postings(seeker_id)
        cards = await service.posting_cards([s.posting_id for s in scores])
        return Template(
            template_name="applications/recommended.html",
            context={
                "items": [(s, cards[s.posting_id]) for s in scores if s.posting_id in cards],
                "marks": await marks.card_marks(seeker_id, list(cards)),
                "saved_ids": await saved_jobs.saved_among(seeker_id, cards),
            },
        )


class EmployerApplicationController(Controller):
    include_in_schema = False
    guards = (guards.employer_member,)

    @get("/employer/postings/{posting_id:int}/applicants")
    async def board(self, request: Request[Any, Any, Any], posting_id: FromPath[int]) -> Template:
        """The board with its filters from the URL: a bookmark or a reload shows the same applicants."""
        return Template(
            template_name="applications/board.html",
            context={**await _board_context(request, posting_id, dict(request.query_params)), "form": {}, "errors": {}},
        )

    @post("/employer/postings/{posting_id:int}/applicants/move")
    async def move_many(
        self, request: Request[Any, Any, Any], posting_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> Template:
        """Two steps without script: the chosen people and the stage to confirm, then each person's outcome."""
        actor = guards.actor_of(request)
        data = await form_data(request)
        lists = await form_lists(request, "ids", "page_ids")
        chosen = lists["page_ids"] if data.get("all_on_page") == "on" else lists["ids"]
        to_stage = data.get("stage", "")
        try:
            ids = _ids(chosen)
            template_id = _template_id(data.get("template", ""))
            if data.get("confirm") != "yes":
                people = await service.chosen_applicants(actor, posting_id, ids, to_stage=to_stage)
                message = await message_templates.for_stage(actor, template_id, to_stage)
                return Template(
                    template_name="applications/bulk_confirm.html",
                    context={
                        "posting": await postings.own(actor, posting_id),
                        "people": people,
                        "stage": to_stage,
                        "stages": STAGES,
                        "back": _safe_back(data.get("back", "")),
                        "message": message,
                    },
                )
            outcomes = await service.move_many(
                actor, posting_id, ids, to_stage=to_stage, links=_links(settings), template_id=template_id
            )
        except ValidationFailed as exc:
            context = await _board_context(request, posting_id, _query_of(data.get("back", "")))
            return form_error("applications/board.html", exc, values=data, **context)
        return Template(
            template_name="applications/bulk_done.html",
            context={
                "posting": await postings.own(actor, posting_id),
                "outcomes": outcomes,
                "stage": to_stage,
                "stages": STAGES,
                "back": _safe_back(data.get("back", "")),
            },
        )

    @get("/employer/postings/{posting_id:int}/candidates")
    async def candidates(
        self,
        request: Request[Any, Any, Any],
        posting_id: FromPath[int],
        invited: FromQuery[bool] = False,
        covers: FromQuery[str] = "",
    ) -> Template:
        actor = guards.actor_of(request)
        covering = candidate_filter.read(covers)
        found = await service.candidates(actor, posting_id, every_must=covering.every_must)
        return Template(
            template_name="applications/candidates.html",
            context={
                "posting": await postings.own(actor, posting_id),
                "items": found,
                "covering": covering,
                "covering_choices": candidate_filter.CHOICES,
                "covering_label": candidate_filter.LABEL,
                "notice": i18n.gettext(INVITATION_SENT) if invited else "",
            },
        )

    @post("/employer/postings/{posting_id:int}/candidates/{seeker_id:int}/invite")
    async def invite_to_apply(
        self,
        request: Request[Any, Any, Any],
        posting_id: FromPath[int],
        seeker_id: FromPath[int],
        settings: NamedDependency[Settings],
    ) -> Template | Redirect:
        """htmx swaps the candidate's invitation part; a browser without script comes back to the list."""
        covering = candidate_filter.read((await form_data(request)).get(candidate_filter.PARAMETER, ""))
        context = {"posting_id": posting_id, "person_id": seeker_id, "covering": covering}
        try:
            await invitations.invite_to_apply(
                guards.actor_of(request), posting_id, seeker_id, base_url=settings.base_url
            )
        except (Conflict, Forbidden) as exc:
            return form_error(
                "applications/_invite_to_apply.html", exc, values={}, status_code=exc.status_code, **context
            )
        if request.headers.get("hx-request") != "true":
            return Redirect(f"/employer/postings/{posting_id}/candidates{covering.query(invited='true')}")
        return Template(
            template_name="applications/_invite_to_apply.html",
            context={**context, "invited": True, "notice": i18n.gettext(INVITATION_SENT)},
        )

    @post("/employer/applications/{application_id:int}/stage")
    async def move(
        self, request: Request[Any, Any, Any], application_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> Template | Redirect:
        data = await form_data(request)
        moved = await service.move(
            guards.actor_of(request),
            application_id,
            to_stage=data.get("stage", ""),
            links=_links(settings),
            template_id=_template_id(data.get("template", "")),
        )
        if request.headers.get("hx-request") != "true":  # the application page's form, or a browser without script
            return Redirect(f"/employer/applications/{application_id}?moved=true")
        # the board redrawn with the filters it was showing: its counts are those of the filtered board
        board_context = await _board_context(request, moved.posting_id, _query_of(data.get("board", "")))
        return Template(
            template_name="applications/_moved.html",
            context={**board_context, "a": moved.applicant},
        )

    @get("/employer/applications/{application_id:int}")
    async def detail(
        self, request: Request[Any, Any, Any], application_id: FromPath[int], moved: FromQuery[bool] = False
    ) -> Template:
        found = await dossier.dossier(guards.actor_of(request), application_id)
        return Template(
            template_name="applications/detail.html",
            context={
                "d": found,
                "a": found.applicant,
                "templates": await message_templates.of_company(guards.actor_of(request)),
                "history": found.history,
                "notes": found.notes,
                "application_id": application_id,
                "stages": STAGES,
                "form": {},
                "errors": {},
                "notice": i18n.gettext("Moved to {stage}.").format(stage=i18n.gettext(STAGES[found.applicant.stage]))
                if moved
                else "",
            },
        )

    @post("/employer/applications/{application_id:int}/notes")
    async def add_note(self, request: Request[Any, Any, Any], application_id: FromPath[int]) -> Template:
        actor = guards.actor_of(request)
        data = await form_data(request)
        try:
            found = await service.add_note(actor, application_id, body=data.get("body", ""))
        except ValidationFailed as exc:
            answer = form_error(
                "applications/_notes.html",
                exc,
                values=data,
                application_id=application_id,
                notes=await service.notes(actor, application_id),
            )
            return in_page(request, answer, back=f"/employer/applications/{application_id}")
        answer = Template(
            template_name="applications/_notes.html",
            context={"notes": found, "application_id": application_id, "form": {}, "errors": {}},
        )
        return in_page(request, answer, back=f"/employer/applications/{application_id}")

    @get("/employer/messages")
    async def messages(self, request: Request[Any, Any, Any], saved: FromQuery[bool] = False) -> Template:
        return Template(
            template_name="applications/messages.html",
            context={
                **await _messages_context(request, notice=i18n.gettext(MESSAGE_SAVED) if saved else ""),
                "form": {"kind": "rejection"},
                "errors": {},
            },
        )

    @post("/employer/messages")
    async def save_message(self, request: Request[Any, Any, Any]) -> Template | Redirect:
        data = await form_data(request)
        try:
            await message_templates.create(
                guards.actor_of(request),
                kind=data.get("kind", ""),
                name=data.get("name", ""),
                body_ko=data.get("body_ko", ""),
                body_en=data.get("body_en", ""),
            )
        except ValidationFailed as exc:
            return form_error("applications/messages.html", exc, values=data, **await _messages_context(request))
        return Redirect("/employer/messages?saved=true")

    @post("/employer/messages/{template_id:int}/delete")
    async def delete_message(self, request: Request[Any, Any, Any], template_id: FromPath[int]) -> Redirect:
        await message_templates.delete(guards.actor_of(request), template_id)
        return Redirect("/employer/messages")


async def _messages_context(request: Request[Any, Any, Any], notice: str = "") -> dict[str, Any]:
    return {
        "templates": await message_templates.of_company(guards.actor_of(request)),
        "kinds": message_templates.KINDS,
        "notice": notice,
    }
