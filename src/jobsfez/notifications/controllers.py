"""The in-app inbox and the delivery log."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get, post
from litestar.params import FromPath
from litestar.response import Template

from jobsfez.notifications import service
from jobsfez.web import guards


class InboxController(Controller):
    include_in_schema = False
    guards = (guards.logged_in,)

    @get("/inbox")
    async def inbox(self, request: Request[Any, Any, Any]) -> Template:
        user = guards.user_of(request)
        return Template(template_name="notifications/inbox.html", context={"items": await service.inbox(user.id)})

    @get("/inbox/badge")
    async def badge(self, request: Request[Any, Any, Any]) -> Template:
        return Template(
            template_name="notifications/_badge.html",
            context={"unread": await service.unread_count(guards.user_of(request).id)},
        )

    @post("/inbox/{notification_id:int}/read")
    async def read(self, request: Request[Any, Any, Any], notification_id: FromPath[int]) -> Template:
        user = guards.user_of(request)
        await service.mark_read(user.id, notification_id)
        return Template(
            template_name="notifications/_badge.html", context={"unread": await service.unread_count(user.id)}
        )

    @get("/deliveries")
    async def deliveries(self, request: Request[Any, Any, Any]) -> Template:
        user = guards.user_of(request)
        if user.is_staff:
            rows = await service.delivery_log(employer_id=None)
        else:
            rows = await service.delivery_log(employer_id=guards.actor_of(request).employer_id)
        return Template(template_name="notifications/deliveries.html", context={"rows": rows})
