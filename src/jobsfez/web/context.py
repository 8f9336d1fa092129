"""Who is asking: the session's user (and their company or career centre), loaded once per request."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from litestar import Request
from litestar.enums import ScopeType
from litestar.types import ASGIApp, Receive, Scope, Send

from jobsfez import i18n
from jobsfez.accounts import service as accounts
from jobsfez.centres import service as centres
from jobsfez.centres.service import CentreActor
from jobsfez.employers import service as employers
from jobsfez.employers.service import Actor
from jobsfez.web.sessions import session_of


@dataclass(frozen=True, slots=True)
class CurrentUser:
    id: int
    email: str
    role: str
    display_name: str
    locale: str
    actor: Actor | None  # the company they act for, if they work for one
    centre: CentreActor | None  # the career centre they act for, if they work for one

    @property
    def is_staff(self) -> bool:
        return self.role == "staff"

    @property
    def is_seeker(self) -> bool:
        return self.role == "seeker"


class CurrentUserMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == ScopeType.HTTP:
            scope.setdefault("state", {})["user"] = await _load(scope["session"])
        await self.app(scope, receive, send)


async def _load(session: Any) -> CurrentUser | None:
    user_id = session.get("uid")
    if not isinstance(user_id, int):
        return None
    user = await accounts.get_user(user_id)
    if user is None or session.get("pwv") != user.password_version:
        # the account is gone or its password changed since this session began
        session.destroy()
        return None
    actor = await employers.actor_for(user.id) if user.role == "employer" else None
    centre = await centres.actor_for(user.id) if user.role == "centre" else None
    return CurrentUser(user.id, user.email, user.role, user.display_name, user.locale, actor, centre)


def current_user(request: Request[Any, Any, Any]) -> CurrentUser | None:
    user = request.scope.get("state", {}).get("user")
    return user if isinstance(user, CurrentUser) else None


def seeker_id(request: Request[Any, Any, Any]) -> int | None:
    """The user's id when a job seeker asks, for what only a seeker sees (applied marks); else None."""
    user = current_user(request)
    return user.id if user is not None and user.is_seeker else None


def start_session(request: Request[Any, Any, Any], user: accounts.UserInfo) -> None:
    """Log in: a new session id, a new CSRF token, the user's language."""
    session = session_of(request)
    session.clear()
    session["uid"] = user.id
    session["pwv"] = user.password_version
    session.rotate()
    i18n.set_language(user.locale)
