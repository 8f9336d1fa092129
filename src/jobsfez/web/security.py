"""CSRF tokens bound to the session, refusal of cross-site requests, and security headers."""

from __future__ import annotations

import hmac
import random
import re
import secrets
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from litestar import Request
from litestar.enums import ScopeType
from litestar.exceptions import PermissionDeniedException
from litestar.exceptions.http_exceptions import RequestEntityTooLarge
from litestar.response.base import ASGIResponse
from litestar.types import ASGIApp, Message, Receive, Scope, Send

from jobsfez import i18n
from jobsfez.errors import NotFound, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.web.languages import choose_language, language_of_form
from jobsfez.web.sessions import session_of

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
CSRF_FIELD = "_csrf"
CSRF_HEADER = "x-csrf-token"
# a route handler's opt key: its own signed URL is its permission (a mail client's one-click unsubscribe POSTs
# without a session or a token, and may be cross-site)
CSRF_EXEMPT = "csrf_exempt"

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"strict-origin-when-cross-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
# Headers of SECURITY_HEADERS a page may set itself: the drive day's check-in page asks for the camera (same origin
# only) to read QR codes.
PAGE_MAY_SET = frozenset({b"permissions-policy"})


def request_id() -> str:
    """A random id for a request, shown on error pages and logged with the error: 128 bits, as a uuid4 has.

    It names a request and guards nothing, so it comes from ``random`` (seeded from the system when the process
    starts) rather than a system call per request, which cost 1 % of a search page.
    """
    return f"{random.getrandbits(128):032x}"


def csrf_token(request: Request[Any, Any, Any]) -> str:
    """The session's CSRF token, created (and so the session too) the first time a form needs one."""
    session = session_of(request)
    token = session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        session["csrf"] = token
    return str(token)


def has_csrf_token(request: Request[Any, Any, Any]) -> bool:
    """Whether the session already holds a CSRF token (asking ``csrf_token`` would create one, and a session)."""
    session = request.scope.get("session")
    return isinstance(session, dict) and bool(session.get("csrf"))


def _is_cross_site(request: Request[Any, Any, Any]) -> bool:
    fetch_site = request.headers.get("sec-fetch-site")
    if fetch_site is not None:
        return fetch_site not in ("same-origin", "none")
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return origin == "null"
    host = request.headers.get("host", "")
    return origin.split("://", 1)[-1] != host


async def csrf_protect(request: Request[Any, Any, Any]) -> None:
    """before_request hook: every unsafe request carries the session's token and comes from our own site."""
    if request.method in SAFE_METHODS or request.route_handler.opt.get(CSRF_EXEMPT):
        return
    if _is_cross_site(request):
        raise PermissionDeniedException(detail=i18n.gettext("Cross-site requests are refused."))
    expected = session_of(request).get("csrf")
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.content_type[0] in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.form()
        sent = form.get(CSRF_FIELD)
    # compare_digest raises on non-ASCII str; our tokens are ASCII, so such a one is simply wrong
    if not expected or not isinstance(sent, str) or not sent.isascii() or not hmac.compare_digest(expected, sent):
        raise PermissionDeniedException(detail=i18n.gettext("This form has expired. Reload the page and try again."))


# ids are bigint: a larger number in a path names nothing, and PostgreSQL would refuse it as an argument
MAX_ID = 2**63 - 1
NUL_IN_JSON = re.compile(rb"\\u0000", re.IGNORECASE)
NUL_REFUSED = lazy("Remove the invisible control character (NUL) from what you entered.")


def refuse_unstorable_address(scope: Scope) -> None:
    """Run by RequestContextMiddleware once the route is known, so before any guard, hook or handler: an id too
    large to exist is a 404, and a NUL character (which PostgreSQL cannot store, and no keyboard types) in the
    path or query string is a 400. (As an app-wide guard it cost a copy of the route handler per request.)"""
    path_values = scope["path_params"].values()
    if any(isinstance(value, int) and not -MAX_ID <= value <= MAX_ID for value in path_values):
        raise NotFound()
    # a NUL reaches a query parameter only percent-encoded ("%00") or, from a lax client, as the byte itself
    query = scope.get("query_string", b"")
    if b"%00" in query or b"\x00" in query or any(isinstance(v, str) and "\x00" in v for v in path_values):
        raise ValidationFailed(NUL_REFUSED)


# Bodies that are text, not files (a form without uploads, JSON): the largest we have, a posting's 10,000-character
# description percent-encoded, is under 100 kB. Beyond these limits a body is refused before it is parsed, since
# parsing a few MB of tiny fields holds the event loop (and every other request) for seconds.
TEXT_BODY_MAX = 256 * 1024
# A form of a few short fields (logging in, a password change): its route sets this as its request_max_body_size
SMALL_FORM_MAX = 8 * 1024
FORM_FIELDS_MAX = 300
# An upload form carries its file and a few fields: its route's body limit is the file's limit and this much more,
# so that a file past its limit is refused while it is read, with the limit stated (web/errors.py).
FORM_OVERHEAD = 64 * 1024
# Our JSON nests three levels; decoding a thousand levels exhausts the recursion limit
JSON_DEPTH_MAX = 32
JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')
JSON_NOT_A_BRACKET = bytes(set(range(256)) - set(b"[]{}"))
TOO_MANY_FIELDS = lazy("The form has too many fields.")
TOO_DEEP = lazy("The JSON nests too deeply.")


def json_too_deep(body: bytes, limit: int = JSON_DEPTH_MAX) -> bool:
    """Whether a JSON text opens more than ``limit`` arrays or objects inside one another (strings don't count)."""
    brackets = JSON_STRING.sub(b"", body).translate(None, JSON_NOT_A_BRACKET)
    if brackets.count(b"[") + brackets.count(b"{") <= limit:
        return False
    depth = 0
    for byte in brackets:
        depth += 1 if byte in b"[{" else -1
        if depth > limit:
            return True
    return False


async def refuse_unreadable_body(request: Request[Any, Any, Any]) -> None:
    """A text body too large, a form with too many fields or JSON nested too deeply is refused before it is parsed;
    a NUL character in a form field or a JSON string (which PostgreSQL cannot store) is a 400 too. Uploaded files
    may hold any bytes, and multipart forms are limited by the app's ``multipart_form_part_limit``."""
    if request.method in SAFE_METHODS:
        return
    content_type = request.content_type[0]
    if content_type == "multipart/form-data":
        if any(isinstance(v, str) and "\x00" in v for v in (await request.form()).values()):
            raise ValidationFailed(NUL_REFUSED)
        return
    if content_type not in ("application/x-www-form-urlencoded", "application/json"):
        return
    # the announced length first: a body announced too large is not even read
    if (request.content_length or 0) > TEXT_BODY_MAX or len(body := await request.body()) > TEXT_BODY_MAX:
        raise RequestEntityTooLarge()
    if content_type == "application/json":
        if json_too_deep(body):
            raise ValidationFailed(TOO_DEEP)
        if NUL_IN_JSON.search(body):
            raise ValidationFailed(NUL_REFUSED)
        return
    if body.count(b"&") >= FORM_FIELDS_MAX:
        raise ValidationFailed(TOO_MANY_FIELDS)
    if any(isinstance(v, str) and "\x00" in v for v in (await request.form()).values()):
        raise ValidationFailed(NUL_REFUSED)


async def guard_request(request: Request[Any, Any, Any]) -> None:
    """The app's before_request hook: bodies we will not parse or PostgreSQL cannot take, then cross-site requests,
    then the language a plain form was shown in."""
    await refuse_unreadable_body(request)
    await csrf_protect(request)
    await language_of_form(request)


# A Host header as RFC 9110 has it: a name or an IP literal, and a port of digits. Anything else (a port that is not
# a number, a user part, a second colon) is refused before anything reads it: URL parsers disagree on such values.
HOST_SHAPE = re.compile(r"(?P<name>\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)(?::(?P<port>[0-9]{1,5}))?")


def host_name(headers: Iterable[tuple[bytes, bytes]]) -> str | None:
    """The name in the request's one Host header, or None when there is not exactly one or it is malformed."""
    values = [value for name, value in headers if name == b"host"]
    if len(values) != 1 or not values[0].isascii():
        return None
    found = HOST_SHAPE.fullmatch(values[0].decode("ascii").lower())
    if found is None or (found["port"] is not None and not 0 < int(found["port"]) <= 65535):
        return None
    return found["name"]


class HostCheck:
    """Refuses a request whose Host is malformed or not ours with a plain 400, before routing: every later step
    (routing, error pages, absolute URLs) may read the Host, so none of them meets a bad one. It wraps the app's
    ASGI handler, inside the send that runs the before_send hooks, so the 400 has the security headers too.

    Litestar's AllowedHostsConfig compares the Host with its port still attached ("127.0.0.1:8000" does not
    match "127.0.0.1"), hence this.
    """

    def __init__(self, app: ASGIApp, *, allowed_hosts: tuple[str, ...]) -> None:
        self.app = app
        self.allowed_hosts = None if "*" in allowed_hosts else frozenset(h.lower() for h in allowed_hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == ScopeType.HTTP and not self._allowed(host_name(scope["headers"])):
            response = ASGIResponse(body=b"invalid host header", status_code=400, media_type="text/plain")
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)

    def _allowed(self, host: str | None) -> bool:
        if host is None or self.allowed_hosts is None:
            return host is not None
        return host in self.allowed_hosts or any(
            allowed.startswith("*.") and host.endswith(allowed[1:]) for allowed in self.allowed_hosts
        )


class RequestContextMiddleware:
    """Request id, interface language and addresses PostgreSQL cannot take, for every routed request."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP:
            await self.app(scope, receive, send)
            return
        scope.setdefault("state", {})["request_id"] = request_id()
        i18n.set_language(choose_language(scope))
        refuse_unstorable_address(scope)
        await self.app(scope, receive, send)


# What a response says about caching when its handler says nothing: pages show who is logged in, their forms carry
# the session's CSRF token, and most are personal (the seeker's and the employer's sides, the inbox, exports,
# résumés, the API), so none may be kept by a browser's cache or a proxy. What may be kept says so itself: static
# files (web/static.py), the feed, the sitemap and robots.txt.
NOT_STORED = (b"cache-control", b"no-store")


def security_headers(*, hsts: bool) -> Callable[[Message, Scope], Awaitable[None]]:
    """A before_send hook: Litestar runs it for every response, 404s from routing included (middleware is not).

    It replaces the request id too: a response served from Litestar's response cache carries the one it was
    first made for."""
    fixed = [*SECURITY_HEADERS]
    if hsts:
        fixed.append((b"strict-transport-security", b"max-age=31536000; includeSubDomains"))
    names = {name for name, _ in fixed} | {b"x-request-id"}

    async def before_send(message: Message, scope: Scope) -> None:
        if message["type"] == "http.response.start":
            given = message.get("headers", [])
            own = {name for name, _ in given if name in PAGE_MAY_SET}
            headers = [h for h in given if h[0] not in names or h[0] in own]
            request_id = scope.get("state", {}).get("request_id")
            extra = [(b"x-request-id", str(request_id).encode())] if request_id else []
            if not any(name == b"cache-control" for name, _ in headers):
                extra.append(NOT_STORED)
            message["headers"] = [*headers, *(h for h in fixed if h[0] not in own), *extra]

    return before_send
