"""Which language a request is answered in, and how a language asked for in the address survives a form.

A page has a URL per language (``?lang=en``) that wins over the cookie, so that search engines, which keep no
cookies, find every language through the pages' hreflang alternates. A person who arrived on such a URL has no
cookie saying English, yet reads English: what they do next must stay English. The form they submit goes to an
address without ``?lang=``, so its request takes the language of the page it was sent from (htmx names that page in
HX-Current-URL, a browser in Referer; a form shown again with its mistakes, in its hidden ``_lang`` field), and the
answer's redirect (or the URL htmx pushes) carries ``?lang=`` on, as long as it differs from what the cookie would
give. The language switch sets the cookie and so keeps nothing.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from litestar import Request
from litestar.types import Message, Scope

from jobsfez import i18n

LANG_COOKIE = "lang"
LANGUAGE_IN_QUERY = re.compile(r"(?:^|&)lang=([a-z]{2})(?:&|$)")
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
# the answers' headers that send the browser (or htmx) to another address of ours
ADDRESS_HEADERS = frozenset({b"location", b"hx-redirect", b"hx-location", b"hx-push-url", b"hx-replace-url"})
EXPLICIT = "explicit_language"
# a plain form's hidden field (the csrf() macro writes it) with the language it was shown in, when that was asked for
LANGUAGE_FIELD = "_lang"
FORM_TYPES = frozenset({"application/x-www-form-urlencoded", "multipart/form-data"})


def _asked_in(query: str) -> str | None:
    asked = LANGUAGE_IN_QUERY.search(query)
    return asked[1] if asked is not None and asked[1] in i18n.LANGUAGES else None


def _header(scope: Scope, wanted: bytes) -> str | None:
    for name, value in scope.get("headers", []):
        if name == wanted:
            return bytes(value).decode("latin-1")
    return None


def language_from_cookies(scope: Scope) -> str:
    for name, value in scope.get("headers", []):
        if name == b"cookie":  # one header or several (HTTP/2 may send each cookie in its own)
            for part in bytes(value).decode("latin-1").split(";"):
                key, _, chosen = part.strip().partition("=")
                if key == LANG_COOKIE:
                    return chosen if chosen in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE
    return i18n.DEFAULT_LANGUAGE


def _asked_by_page(scope: Scope) -> str | None:
    """The ``?lang=`` of the page a request was sent from: an htmx request's page, or the page of a form."""
    if _header(scope, b"hx-request") == "true":
        page = _header(scope, b"hx-current-url")
    elif scope.get("method", "GET") not in SAFE_METHODS:
        page = _header(scope, b"referer")
    else:  # a link followed: its own address decides, as every link of a page in one language is meant to
        return None
    return _asked_in(urlsplit(page).query) if page else None


def choose_language(scope: Scope) -> str:
    """The request's language: its address's ``?lang=``, its page's, or the cookie's; an explicit one is kept in the
    scope's state when it differs from the cookie's, for ``keep_language`` to carry on."""
    cookie = language_from_cookies(scope)
    query = bytes(scope.get("query_string", b"")).decode("latin-1")
    asked = _asked_in(query) or _asked_by_page(scope)
    if asked is not None and asked != cookie:
        scope.setdefault("state", {})[EXPLICIT] = asked
    return asked or cookie


def explicit_language(request: Request[Any, Any, Any]) -> str | None:
    """The language this request was asked in, when it differs from the cookie's (for the forms' hidden field)."""
    language = request.scope.get("state", {}).get(EXPLICIT)
    return language if isinstance(language, str) else None


async def language_of_form(request: Request[Any, Any, Any]) -> None:
    """A before_request step: a plain form shown again with its mistakes has that page's own address as Referer,
    without ``?lang=``; the language it was shown in comes back in its hidden field. (The CSRF check has parsed the
    form already, so this reads no more of the body.)"""
    if (
        request.method in SAFE_METHODS
        or request.headers.get("hx-request") == "true"
        or explicit_language(request) is not None
        or request.content_type[0] not in FORM_TYPES
    ):
        return
    language = (await request.form()).get(LANGUAGE_FIELD)
    if isinstance(language, str) and language in i18n.LANGUAGES and language != language_from_cookies(request.scope):
        request.scope.setdefault("state", {})[EXPLICIT] = language
        i18n.set_language(language)


def with_language(address: str, language: str) -> str:
    """One of our addresses with ``?lang=`` added; another site's, or one that names a language, as it is."""
    if not address.startswith("/") or address.startswith("//") or "\\" in address:
        return address
    address, hash_, fragment = address.partition("#")
    path, _, query = address.partition("?")
    if re.search(r"(?:^|&)lang=", query):
        return address + hash_ + fragment
    query = f"{query}&lang={language}" if query else f"lang={language}"
    return f"{path}?{query}{hash_}{fragment}"


def without_language(address: str) -> str:
    """An address with its ``?lang=`` taken out (the language switch's way back)."""
    address, hash_, fragment = address.partition("#")
    path, _, query = address.partition("?")
    kept = "&".join(part for part in query.split("&") if part and not part.startswith("lang="))
    return f"{path}?{kept}{hash_}{fragment}" if kept else f"{path}{hash_}{fragment}"


async def keep_language(message: Message, scope: Scope) -> None:
    """A before_send hook: the answer to a request in an explicitly asked language sends on to the same language."""
    language = scope.get("state", {}).get(EXPLICIT)
    if language is None or message["type"] != "http.response.start":
        return
    headers = message.get("headers", [])
    if any(name == b"set-cookie" and bytes(value).startswith(b"lang=") for name, value in headers):
        return  # the language switch: the cookie now says which
    message["headers"] = [
        (name, with_language(bytes(value).decode("latin-1"), language).encode("latin-1"))
        if name in ADDRESS_HEADERS
        else (name, value)
        for name, value in headers
    ]
