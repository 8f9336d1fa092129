"""The seeker's saved jobs: the save toggle on cards and posting pages, and the saved jobs page."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get, post
from litestar.params import FromPath, FromQuery
from litestar.response import Redirect, Template

from jobsfez.saved import service
from jobsfez.web import guards
from jobsfez.web.forms import form_data
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
