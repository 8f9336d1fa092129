"""Every error becomes a plain page in the user's language (or JSON under /api); a 500 is logged with its id."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote

import msgspec
from litestar import MediaType, Request, Response
from litestar.exceptions import HTTPException, NotAuthorizedException, ValidationException
from litestar.openapi.datastructures import ResponseSpec
from litestar.openapi.spec import SecurityRequirement
from litestar.response import Redirect, Template

from jobsfez import i18n
from jobsfez.errors import DomainError, Throttled
from jobsfez.i18n import lazy
from jobsfez.web.security import request_id

logger = logging.getLogger("jobsfez.web")

STATUS_TEXT = {
    400: lazy("The request could not be understood. Check what you entered."),
    401: lazy("Please log in first."),
    403: lazy("You do not have access to this page."),
    404: lazy("We could not find this page."),
    405: lazy("This action is not allowed here."),
    413: lazy("What you sent is too large."),
    429: lazy("Too many requests. Try again in a few minutes."),
    500: lazy("Something went wrong on our side. We have been told about it."),
}


# An upload past its route's limit: Litestar refuses it while reading, before any handler could say more.
FILE_TOO_LARGE = lazy("The file is too large: choose a file of up to {megabytes} MB and send the form again.")


class ApiError(msgspec.Struct):
    """Every error under /api, as ``_page`` and the API's ``bad_body`` build it; declared for the OpenAPI schema."""

    status: int
    detail: str
    fields: dict[str, str]  # a message by each field that was wrong, in the user's language; empty when none
    request_id: str  # the x-request-id header, which the logs of a 500 carry too


# The errors the API answers, documented once; each route names the statuses it can give (``api_errors``).
API_ERRORS = {
    status: ResponseSpec(ApiError, description=description, generate_examples=False)
    for status, description in {
        400: "The request or a field in it is not valid (`fields` says which)",
        401: "Not logged in",
        403: "Not allowed: not this kind of account, the company not approved, or a missing X-CSRF-Token",
        404: "No such thing, or not yours",
        409: "In conflict with what exists",
        413: "The body is too large",
    }.items()
}
# The session cookie and, on every unsafe method, the session's CSRF token in the X-CSRF-Token header (a signed-in
# page carries it in its <body hx-headers>): the names of the schemes declared in OpenAPIConfig (app.py).
SIGNED_IN: list[SecurityRequirement] = [{"session": []}]
SIGNED_IN_UNSAFE: list[SecurityRequirement] = [{"session": [], "csrf": []}]
# A career centre's API token in the Authorization header (drives/api.py), never a cookie
CENTRE_TOKEN: list[SecurityRequirement] = [{"centre_token": []}]


def api_errors(*statuses: int) -> dict[int, ResponseSpec]:
    """The documented errors a route can answer, from the one shared list."""
    return {status: API_ERRORS[status] for status in statuses}


def _is_api(request: Request[Any, Any, Any]) -> bool:
    path: str = request.scope["path"]  # not request.url, which would parse the Host header again
    return path.startswith("/api/")


def _request_id(request: Request[Any, Any, Any]) -> str:
    state = request.scope.setdefault("state", {})
    if "request_id" not in state:  # a request no middleware saw (routing failed)
        state["request_id"] = request_id()
    return str(state["request_id"])


def _page(
    request: Request[Any, Any, Any],
    status: int,
    message: str,
    fields: dict[str, str] | None = None,
    headers: dict[str, str] | None = None,
) -> Response[Any]:
    if _is_api(request):
        return Response(
            {"status": status, "detail": message, "fields": fields or {}, "request_id": _request_id(request)},
            status_code=status,
            media_type=MediaType.JSON,
            headers=headers,
        )
    fragment = request.headers.get("hx-request") == "true"
    return Template(
        template_name="_error.html" if fragment else "error.html",
        context={"status": status, "message": message, "request_id": _request_id(request)},
        status_code=status,
        headers=headers,
    )


def domain_error(request: Request[Any, Any, Any], exc: DomainError) -> Response[Any]:
    fields = {key: i18n.gettext(value) for key, value in exc.fields.items()}
    # a wait the service counted is told to clients in the header they read (RFC 9110 Retry-After), too
    seconds = exc.params.get("seconds") if isinstance(exc, Throttled) else None
    headers = {"Retry-After": str(seconds)} if isinstance(seconds, int) else None
    return _page(request, exc.status_code, i18n.gettext(exc.message).format(**exc.params), fields, headers)


def http_error(request: Request[Any, Any, Any], exc: HTTPException) -> Response[Any]:
    if "session" not in request.scope:  # not routed (404, 405): no middleware ran, read the language here
        i18n.set_language(request.cookies.get("lang", i18n.DEFAULT_LANGUAGE))
    if isinstance(exc, NotAuthorizedException) and not _is_api(request) and request.method == "GET":
        return Redirect(f"/login?next={quote(request.scope['path'])}")
    status = exc.status_code
    if isinstance(exc, ValidationException):
        return _page(request, 400, i18n.gettext(STATUS_TEXT[400]))
    detail = exc.detail if status in (401, 403) and exc.detail and exc.detail != "Forbidden" else None
    message = detail or i18n.gettext(STATUS_TEXT.get(status, STATUS_TEXT[400]))
    if status == 413 and request.content_type[0] == "multipart/form-data":
        limit = request.route_handler.resolve_request_max_body_size() or 0
        message = i18n.gettext(FILE_TOO_LARGE).format(megabytes=limit // (1024 * 1024))
    # the exception's headers are part of the answer: a 405's Allow names the methods there are (RFC 9110)
    return _page(request, status, message, headers=exc.headers)


def server_error(request: Request[Any, Any, Any], exc: Exception) -> Response[Any]:
    logger.error("unhandled error request_id=%s path=%s", _request_id(request), request.scope["path"], exc_info=exc)
    return _page(request, 500, i18n.gettext(STATUS_TEXT[500]))


EXCEPTION_HANDLERS: dict[Any, Any] = {
    DomainError: domain_error,
    HTTPException: http_error,
    Exception: server_error,
}
