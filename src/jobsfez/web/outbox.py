"""After a request's work has committed, enqueue delivery of the outbox rows it wrote."""

from __future__ import annotations

import logging

from litestar.enums import ScopeType
from litestar.types import ASGIApp, Receive, Scope, Send

from jobsfez import queue
from jobsfez.notifications import service as notifications

logger = logging.getLogger("jobsfez.outbox")


class OutboxMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP:
            await self.app(scope, receive, send)
            return
        created = notifications.collect_created()
        try:
            await self.app(scope, receive, send)
        finally:
            if created:
                try:
                    await queue.enqueue_deliveries(scope["app"].state.resources.arq, created)
                except Exception:  # the rows are safe in PostgreSQL; the sweep will enqueue them
                    logger.warning("enqueue failed for %d notifications; the sweep will pick them up", len(created))
