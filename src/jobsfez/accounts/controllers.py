"""Sign-up, login, logout, password change for every kind of user."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get, post
from litestar.datastructures import Cookie
from litestar.di import NamedDependency
from litestar.params import FromQuery
from litestar.response import Redirect, Template

from jobsfez import i18n
from jobsfez.accounts import service
from jobsfez.accounts.throttling import DEVICE_COOKIE, LoginLimits
from jobsfez.config import Settings
from jobsfez.errors import Conflict, Throttled, ValidationFailed
from jobsfez.web import guards
from jobsfez.web.context import start_session
from jobsfez.web.forms import form_data, form_error
from jobsfez.web.pages import ONE_YEAR, safe_next
from jobsfez.web.sessions import session_of

SECRET_FIELDS = ("password", "current", "new", "_csrf")


def _public(values: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in values.items() if k not in SECRET_FIELDS}


def _client_address(request: Request[Any, Any, Any]) -> str:
    return request.client.host if request.client else "unknown"


class AccountController(Controller):
    include_in_schema = False

    @get("/signup")
    async def signup_form(self) -> Template:
        return Template(template_name="accounts/signup.html", context={"form": {}, "errors": {}})

    @post("/signup")
    async def signup(self, request: Request[Any, Any, Any]) -> Template | Redirect:
        data = await form_data(request)
        try:
            user = await service.create_user(
                email=data.get("email", ""),
                password=data.get("password", ""),
                role="seeker",
                display_name=data.get("display_name", ""),
                locale=i18n.current_language(),
            )
        except (ValidationFailed, Conflict) as exc:
            return form_error("accounts/signup.html", exc, values=_public(data))
        start_session(request, user)
        return Redirect("/")

    @get("/login")
    async def login_form(self, next: FromQuery[str | None] = None) -> Template:
        return Template(template_name="accounts/login.html", context={"form": {"next": safe_next(next)}, "errors": {}})

    @post("/login")
    async def login(self, request: Request[Any, Any, Any], settings: NamedDependency[Settings]) -> Template | Redirect:
        data = await form_data(request)
        try:
            user = await service.authenticate(
                request.app.state.resources.redis,
                email=data.get("email", ""),
                password=data.get("password", ""),
                address=_client_address(request),
                limits=LoginLimits.of(settings),
                device=request.cookies.get(DEVICE_COOKIE),
                secret=settings.secret_key,
            )
        except Throttled as exc:
            return form_error("accounts/login.html", exc, values=_public(data), status_code=429)
        except ValidationFailed as exc:
            return form_error("accounts/login.html", exc, values=_public(data))
        start_session(request, user)
        # this browser is its owner's from now on: others' failures on the account never hold it back
        device = Cookie(
            key=DEVICE_COOKIE,
            value=service.device_token(settings.secret_key, user.email),
            max_age=ONE_YEAR,
            httponly=True,
            samesite="lax",
            secure=settings.secure_cookies,
        )
        return Redirect(safe_next(data.get("next")), cookies=[device])

    @post("/logout")
    async def logout(self, request: Request[Any, Any, Any]) -> Redirect:
        session_of(request).destroy()
        return Redirect("/")

    @get("/account", guards=[guards.logged_in])
    async def account(self, request: Request[Any, Any, Any]) -> Template:
        email = await service.notification_preferences(guards.user_of(request).id)
        return Template(
            template_name="accounts/account.html", context={"form": {}, "errors": {}, "notify_email": email}
        )

    @post("/account/notifications", guards=[guards.logged_in])
    async def notifications(self, request: Request[Any, Any, Any]) -> Template:
        data = await form_data(request)
        email = data.get("notify_email") == "on"
        await service.set_notification_preferences(guards.user_of(request).id, email=email)
        return Template(
            template_name="accounts/account.html",
            context={
                "form": {},
                "errors": {},
                "notify_email": email,
                "notice": i18n.gettext("Your notification settings were saved."),
            },
        )

    @post("/account/password", guards=[guards.logged_in])
    async def change_password(self, request: Request[Any, Any, Any], settings: NamedDependency[Settings]) -> Template:
        data = await form_data(request)
        user = guards.user_of(request)
        try:
            updated = await service.change_password(
                request.app.state.resources.redis,
                user_id=user.id,
                current=data.get("current", ""),
                new=data.get("new", ""),
                limits=LoginLimits.of(settings),
            )
        except (ValidationFailed, Throttled) as exc:
            if "password" in exc.fields:
                exc.fields["new"] = exc.fields.pop("password")
            email = await service.notification_preferences(user.id)
            return form_error("accounts/account.html", exc, values={}, notify_email=email, status_code=exc.status_code)
        start_session(request, updated)
        email = await service.notification_preferences(user.id)
        return Template(
            template_name="accounts/account.html",
            context={
                "form": {},
                "errors": {},
                "notify_email": email,
                "notice": i18n.gettext("Your password was changed."),
            },
        )
