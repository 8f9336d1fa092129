"""Server-side sessions in Redis with ids the server chooses.

Litestar's stock server-side session adopts whatever id the client sends; this one never does: an id
unknown to Redis is dropped, a new one is issued when data is first written, and the id changes at
login and password change (``rotate``). Idle and absolute timeouts are enforced here.
"""

from __future__ import annotations

import json
import re
import secrets
import time
from http.cookies import SimpleCookie
from typing import Any

from litestar.enums import ScopeType
from litestar.types import ASGIApp, Message, Receive, Scope, Send
from redis.asyncio import Redis

COOKIE_NAME = "jfz_session"
_ID_SHAPE = re.compile(r"^[A-Za-z0-9_-]{43}$")


class Session(dict[str, Any]):
    """The session's data plus what the middleware must do with it when the response starts."""

    def __init__(self, data: dict[str, Any], session_id: str | None) -> None:
        super().__init__(data)
        self.session_id = session_id
        self.modified = False
        self.rotate_requested = False
        self.destroy_requested = False

    def __setitem__(self, key: str, value: Any) -> None:
        super().__setitem__(key, value)
        self.modified = True

    def __delitem__(self, key: str) -> None:
        super().__delitem__(key)
        self.modified = True

    def rotate(self) -> None:
        """Issue a new id for this data (login, password change): a planted or stolen id becomes useless."""
        self.rotate_requested = True
        self.modified = True

    def destroy(self) -> None:
        self.clear()
        self.destroy_requested = True


class SessionStore:
    def __init__(self, redis: Redis, *, idle_seconds: int, absolute_seconds: int) -> None:
        self.redis = redis
        self.idle_seconds = idle_seconds
        self.absolute_seconds = absolute_seconds

    @staticmethod
    def key(session_id: str) -> str:
        return f"session:{session_id}"

    async def load(self, session_id: str) -> dict[str, Any] | None:
        if not _ID_SHAPE.match(session_id):
            return None
        raw = await self.redis.get(self.key(session_id))
        if raw is None:
            return None
        data: dict[str, Any] = json.loads(raw)
        if time.time() - float(data.get("_created", 0)) > self.absolute_seconds:
            await self.delete(session_id)
            return None
        return data

    async def save(self, session_id: str, data: dict[str, Any]) -> None:
        data.setdefault("_created", time.time())
        await self.redis.set(self.key(session_id), json.dumps(data), ex=self.idle_seconds)

    async def touch(self, session_id: str) -> None:
        await self.redis.expire(self.key(session_id), self.idle_seconds)

    async def delete(self, session_id: str) -> None:
        await self.redis.delete(self.key(session_id))

    async def delete_for_user(self, user_id: int) -> int:
        """Erase every session of a user (account deletion, password change elsewhere)."""
        removed = 0
        async for key in self.redis.scan_iter(match="session:*", count=500):
            raw = await self.redis.get(key)
            if raw is not None and json.loads(raw).get("uid") == user_id:
                removed += await self.redis.delete(key)
        return removed


def session_of(connection: Any) -> Session:
    """The request's session (the middleware always installs one)."""
    session = connection.scope["session"]
    assert isinstance(session, Session)
    return session


def _cookie_value(scope: Scope, name: str) -> str | None:
    for header, value in scope.get("headers", []):
        if header == b"cookie":
            cookie: SimpleCookie = SimpleCookie()
            try:
                cookie.load(value.decode("latin-1"))
            except Exception:
                return None
            if name in cookie:
                return cookie[name].value
    return None


class SessionMiddleware:
    def __init__(self, app: ASGIApp, *, store_getter: Any, secure: bool) -> None:
        self.app = app
        self.store_getter = store_getter
        self.secure = secure

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP:
            await self.app(scope, receive, send)
            return
        store: SessionStore = self.store_getter(scope)
        incoming = _cookie_value(scope, COOKIE_NAME)
        data = await store.load(incoming) if incoming else None
        session = Session(data or {}, incoming if data is not None else None)
        scope["session"] = session

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                cookie = await self._persist(store, session, had_cookie=incoming is not None)
                if cookie:
                    message["headers"] = [*message.get("headers", []), (b"set-cookie", cookie.encode("latin-1"))]
            await send(message)

        await self.app(scope, receive, send_wrapper)

    async def _persist(self, store: SessionStore, session: Session, *, had_cookie: bool) -> str | None:
        if session.destroy_requested:
            if session.session_id:
                await store.delete(session.session_id)
            return self._cookie("", max_age=0)
        if session.rotate_requested or (session.modified and session.session_id is None):
            if session.session_id:
                await store.delete(session.session_id)
            session.session_id = secrets.token_urlsafe(32)
            data = dict(session)
            data["_created"] = time.time()
            await store.save(session.session_id, data)
            return self._cookie(session.session_id)
        if session.session_id is None:
            # an unknown or expired id: tell the browser to forget it rather than keep sending it
            return self._cookie("", max_age=0) if had_cookie else None
        if session.modified:
            await store.save(session.session_id, dict(session))
        else:
            await store.touch(session.session_id)
        return None

    def _cookie(self, value: str, *, max_age: int | None = None) -> str:
        parts = [f"{COOKIE_NAME}={value}", "Path=/", "HttpOnly", "SameSite=Lax"]
        if max_age is not None:
            parts.append(f"Max-Age={max_age}")
        if self.secure:
            parts.append("Secure")
        return "; ".join(parts)
