"""Sign-up, login, logout, password change for every kind of user."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get, post
from litestar.datastructures import Cookie
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery
from litestar.response import Redirect, Template

from jobsfez import i18n
from jobsfez.accounts import consents, resets, service, signups
from jobsfez.accounts.throttling import DEVICE_COOKIE, LoginLimits
from jobsfez.config import Settings
from jobsfez.errors import Conflict, DomainError, NotFound, Throttled, ValidationFailed
from jobsfez.web import guards
from jobsfez.web.context import start_session
from jobsfez.web.forms import form_data, form_error
from jobsfez.web.pages import ONE_YEAR, safe_next
from jobsfez.web.security import SMALL_FORM_MAX
from jobsfez.web.sessions import session_of

SECRET_FIELDS = ("password", "current", "new", "_csrf")
# Where each kind of user starts after logging in, unless the login page was asked for on the way somewhere
LANDING = {"employer": "/employer", "centre": "/centre", "staff": "/staff"}


def _public(values: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in values.items() if k not in SECRET_FIELDS}


def _client_address(request: Request[Any, Any, Any]) -> str:
    return request.client.host if request.client else "unknown"


def landing(user: service.UserInfo, next: str | None = None) -> str:
    """A safe ``next`` the login was asked with, or the user's own start page (their dashboard, or the home)."""
    target = safe_next(next)
    return target if target != "/" else LANDING.get(user.role, "/")


def agreed_notice(data: dict[str, str]) -> str:
    """The privacy notice's words, as the form showed them, when its box was ticked; empty when it was not."""
    return consents.wording() if consents.agreed(data.get("consent")) else ""


async def account_context(user_id: int) -> dict[str, Any]:
    """What the account page shows besides its forms: the mail setting and the consent given."""
    return {
        "notify_email": await service.notification_preferences(user_id),
        "consent": await consents.current(user_id),
    }


async def account_page(user_id: int, *, notice: str = "") -> Template:
    context = {"form": {}, "errors": {}, "notice": notice, **await account_context(user_id)}
    return Template(template_name="accounts/account.html", context=context)


def check_your_email(data: dict[str, str]) -> Template:
    """What every sign-up form answers once its fields are right, whether the address has an account or not."""
    return Template(
        template_name="accounts/check_email.html",
        context={"email": data.get("email", "").strip(), "days": signups.SIGNUP_DAYS},
    )


def finish_page(email: str, action: str, *, error: DomainError | None = None) -> Template:
    """The page a sign-up link opens: one button, so that a mail scanner opening the link uses up nothing."""
    if error is not None:
        return form_error(
            "accounts/finish.html", error, values={}, email=email, action=action, status_code=error.status_code
        )
    return Template(template_name="accounts/finish.html", context={"email": email, "action": action, "errors": {}})


class AccountController(Controller):
    include_in_schema = False

    @get("/signup")
    async def signup_form(self) -> Template:
        return Template(template_name="accounts/signup.html", context={"form": {}, "errors": {}})

    @post("/signup")
    async def signup(self, request: Request[Any, Any, Any], settings: NamedDependency[Settings]) -> Template:
        data = await form_data(request)
        try:
            await signups.start(
                "seeker",
                email=data.get("email", ""),
                password=data.get("password", ""),
                display_name=data.get("display_name", ""),
                locale=i18n.current_language(),
                base_url=settings.base_url,
                consent=agreed_notice(data),
            )
        except ValidationFailed as exc:
            return form_error("accounts/signup.html", exc, values=_public(data))
        return check_your_email(data)

    @get("/signup/{token:str}")
    async def finish_form(self, token: FromPath[str]) -> Template:
        return finish_page(await signups.pending_email("seeker", token), f"/signup/{token}")

    @post("/signup/{token:str}")
    async def finish(self, request: Request[Any, Any, Any], token: FromPath[str]) -> Template | Redirect:
        try:
            user = await signups.finish_seeker(token)
        except (ValidationFailed, Conflict) as exc:
            return finish_page(await signups.pending_email("seeker", token), f"/signup/{token}", error=exc)
        start_session(request, user)
        return Redirect("/me/welcome")

    @get("/login")
    async def login_form(self, next: FromQuery[str | None] = None) -> Template:
        return Template(template_name="accounts/login.html", context={"form": {"next": safe_next(next)}, "errors": {}})

    @post("/login", request_max_body_size=SMALL_FORM_MAX)
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
        return Redirect(landing(user, data.get("next")), cookies=[device])

    @get("/password/forgot")
    async def forgot_form(self) -> Template:
        return Template(template_name="accounts/forgot.html", context={"form": {}, "errors": {}})

    @post("/password/forgot", request_max_body_size=SMALL_FORM_MAX)
    async def forgot(self, request: Request[Any, Any, Any], settings: NamedDependency[Settings]) -> Template:
        data = await form_data(request)
        try:
            await resets.request(
                request.app.state.resources.redis,
                email=data.get("email", ""),
                address=_client_address(request),
                limits=LoginLimits.of(settings),
                secret=settings.secret_key,
                base_url=settings.base_url,
                locale=i18n.current_language(),
            )
        except (ValidationFailed, Throttled) as exc:
            return form_error("accounts/forgot.html", exc, values=_public(data), status_code=exc.status_code)
        return Template(
            template_name="accounts/forgot_sent.html",
            context={"email": data.get("email", "").strip(), "minutes": resets.RESET_MINUTES},
        )

    @get("/password/reset/{token:str}")
    async def reset_form(self, token: FromPath[str], settings: NamedDependency[Settings]) -> Template:
        try:
            email = await resets.pending_email(settings.secret_key, token)
        except NotFound as exc:
            return form_error("accounts/forgot.html", exc, values={}, status_code=exc.status_code)
        return Template(
            template_name="accounts/reset.html",
            context={"form": {}, "errors": {}, "email": email, "action": f"{resets.RESET_PATH}/{token}"},
        )

    @post("/password/reset/{token:str}", request_max_body_size=SMALL_FORM_MAX)
    async def reset(
        self, request: Request[Any, Any, Any], token: FromPath[str], settings: NamedDependency[Settings]
    ) -> Template | Redirect:
        data = await form_data(request)
        try:
            user = await resets.reset(settings.secret_key, token, password=data.get("password", ""))
        except NotFound as exc:
            return form_error("accounts/forgot.html", exc, values={}, status_code=exc.status_code)
        except ValidationFailed as exc:
            email = await resets.pending_email(settings.secret_key, token)
            action = f"{resets.RESET_PATH}/{token}"
            return form_error("accounts/reset.html", exc, values={}, email=email, action=action)
        await request.app.state.sessions.delete_for_user(user.id)  # whoever knew the old password is logged out
        start_session(request, user)
        return Redirect(landing(user))

    @post("/logout")
    async def logout(self, request: Request[Any, Any, Any]) -> Redirect:
        session_of(request).destroy()
        return Redirect("/")

    @get("/account", guards=[guards.logged_in])
    async def account(self, request: Request[Any, Any, Any]) -> Template:
        return await account_page(guards.user_of(request).id)

    @post("/account/notifications", guards=[guards.logged_in])
    async def notifications(self, request: Request[Any, Any, Any]) -> Template:
        data = await form_data(request)
        email = data.get("notify_email") == "on"
        user_id = guards.user_of(request).id
        await service.set_notification_preferences(user_id, email=email)
        return await account_page(user_id, notice=i18n.gettext("Your notification settings were saved."))

    @post("/account/consent", guards=[guards.logged_in])
    async def consent(self, request: Request[Any, Any, Any]) -> Template:
        """An account made before the privacy notice (or by an invitation) agrees to it here, once."""
        data = await form_data(request)
        user_id = guards.user_of(request).id
        notice = agreed_notice(data)
        if not notice:
            error = ValidationFailed(consents.REQUIRED, fields={"consent": consents.REQUIRED})
            return form_error("accounts/account.html", error, values={}, **await account_context(user_id))
        await consents.record(user_id, language=i18n.current_language(), text=notice)
        return await account_page(user_id, notice=i18n.gettext("Thank you: your consent was recorded."))

    @post("/account/password", guards=[guards.logged_in], request_max_body_size=SMALL_FORM_MAX)
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
            context = await account_context(user.id)
            return form_error("accounts/account.html", exc, values={}, status_code=exc.status_code, **context)
        start_session(request, updated)
        return await account_page(user.id, notice=i18n.gettext("Your password was changed."))
