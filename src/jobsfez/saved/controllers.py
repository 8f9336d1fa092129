"""The seeker's saved jobs (the save toggle on cards and posting pages, their page) and saved searches."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get, post
from litestar.params import FromPath, FromQuery
from litestar.response import Redirect, Template

from jobsfez import i18n
from jobsfez.errors import Conflict, ValidationFailed
from jobsfez.postings.criteria import SearchInput
from jobsfez.saved import service
from jobsfez.web import guards
from jobsfez.web.forms import form_data, form_error, in_page
from jobsfez.web.pages import safe_next


class SavedJobsController(Controller):
    path = "/me/saved"
    guards = (guards.seeker,)
    include_in_schema = False

    @get("/")
    async def index(self, request: Request[Any, Any, Any], page: FromQuery[int] = 1) -> Template:
        saved = await service.saved_page(guards.user_of(request).id, page)
        return Template(template_name="saved/index.html", context={"saved": saved})

    @post("/{posting_id:int}")
    async def save(self, request: Request[Any, Any, Any], posting_id: FromPath[int]) -> Template | Redirect:
        await service.save(guards.user_of(request).id, posting_id)
        return await _toggled(request, posting_id, saved=True)

    @post("/{posting_id:int}/delete")
    async def unsave(self, request: Request[Any, Any, Any], posting_id: FromPath[int]) -> Template | Redirect:
        await service.unsave(guards.user_of(request).id, posting_id)
        return await _toggled(request, posting_id, saved=False)


async def _toggled(request: Request[Any, Any, Any], posting_id: int, *, saved: bool) -> Template | Redirect:
    """htmx swaps in the button in its new state; a plain form post goes back to the page it came from."""
    back = safe_next((await form_data(request)).get("back"))
    if request.headers.get("hx-request") == "true":
        return Template(
            template_name="saved/_toggle.html", context={"posting_id": posting_id, "saved": saved, "back": back}
        )
    return Redirect(back, status_code=303)


class SavedSearchesController(Controller):
    path = "/me/searches"
    guards = (guards.seeker,)
    include_in_schema = False

    @get("/")
    async def index(self, request: Request[Any, Any, Any]) -> Template:
        searches = await service.searches(guards.user_of(request).id)
        return Template(
            template_name="saved/searches.html", context={"searches": searches, "limit": service.MAX_SEARCHES}
        )

    @post("/")
    async def save(self, request: Request[Any, Any, Any]) -> Template:
        data = await form_data(request)
        params = {name: data[name] for name in SearchInput.__dataclass_fields__ if name in data and name != "page"}
        raw = SearchInput(**params)
        context = {"params": params, "form": {"name": data.get("name", "")}}
        try:
            await service.save_search(guards.user_of(request).id, raw, data.get("name", ""))
        except (ValidationFailed, Conflict) as exc:
            answer = form_error(
                "saved/_save_search.html", exc, values=context["form"], params=params, status_code=exc.status_code
            )
            return in_page(request, answer, back="/jobs")
        notice = i18n.gettext("Search saved. We e-mail you the new jobs that match once a day.")
        answer = Template(template_name="saved/_save_search.html", context={**context, "errors": {}, "notice": notice})
        return in_page(request, answer, back="/jobs")

    @post("/{search_id:int}/delete")
    async def delete(self, request: Request[Any, Any, Any], search_id: FromPath[int]) -> Redirect:
        await service.delete_search(guards.user_of(request).id, search_id)
        return Redirect("/me/searches", status_code=303)

    @post("/{search_id:int}/alerts")
    async def alerts(self, request: Request[Any, Any, Any], search_id: FromPath[int]) -> Redirect:
        value = (await form_data(request)).get("alerts")
        if value not in ("on", "off"):
            raise ValidationFailed("Choose whether to send the daily e-mail.")
        await service.set_alerts(guards.user_of(request).id, search_id, on=value == "on")
        return Redirect("/me/searches", status_code=303)
