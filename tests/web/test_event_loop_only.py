"""No request waits for a thread: every guard, hook and dependency of the app runs on the event loop.

Litestar runs a synchronous guard or hook in its thread pool (``ensure_async_callable``), so a plain ``def``
guard cost every request a thread hop and a GIL hand-over: about 0.4 ms of the 0.76 ms a fixed page cost before
the app-wide guard became ``async def``. Nothing here needs a thread, so none may have one.
"""

from __future__ import annotations

from typing import Any

from litestar import Litestar
from litestar.routes import HTTPRoute
from litestar.utils import is_async_callable


def _threaded(name: str, value: Any) -> list[str]:
    return [] if value is None or is_async_callable(value) else [f"{name}: {value!r}"]


def test_no_guard_hook_or_handler_runs_in_a_thread(app: Litestar) -> None:
    threaded = [found for hook in app.before_send for found in _threaded("before_send", hook)]
    handlers = [handler for route in app.routes if isinstance(route, HTTPRoute) for handler in route.route_handlers]
    assert len(handlers) > 50
    for handler in handlers:
        where = f"{handler.handler_name} {sorted(handler.http_methods)} {next(iter(handler.paths))}"
        for guard in handler.resolve_guards():
            threaded += _threaded(f"{where} guard", getattr(guard, "func", guard))
        hooks = {f"after_request of {layer!r}": layer.after_request for layer in handler.ownership_layers}
        hooks["before_request"] = handler.resolve_before_request()
        hooks["after_response"] = handler.resolve_after_response()
        for name, hook in hooks.items():
            threaded += _threaded(f"{where} {name}", getattr(hook, "func", hook))
        if handler.has_sync_callable is False and not is_async_callable(handler.fn):
            threaded.append(f"{where}: a synchronous handler run in a thread")
        for key, provider in handler.resolve_dependencies().items():
            if provider.has_sync_callable and provider.sync_to_thread:
                threaded.append(f"{where} dependency {key}")
    assert threaded == []
