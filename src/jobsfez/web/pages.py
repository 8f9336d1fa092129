"""Pages every visitor shares: home, language switch, health, and the dev-only mail viewer."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email import policy
from email.parser import BytesParser
from pathlib import Path
from typing import Any, Literal

from litestar import Controller, MediaType, Request, get, post
from litestar.datastructures import CacheControlHeader, Cookie
from litestar.di import NamedDependency
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, FromQuery
from litestar.response import Redirect, Response, Template

from jobsfez import db, i18n
from jobsfez.accounts import service as accounts
from jobsfez.config import Settings
from jobsfez.drives import service as drives
from jobsfez.seekers.completeness import completeness_of
from jobsfez.web import guards
from jobsfez.web.context import current_user
from jobsfez.web.languages import LANG_COOKIE, without_language

ONE_YEAR = 365 * 24 * 3600
ONE_DAY = 24 * 3600
# what a crawler has no business in: pages behind a login, forms, the API and the language switch
ROBOTS_DISALLOWED = (
    "/me",
    "/account",
    "/employer",
    "/centre/",
    "/staff",
    "/inbox",
    "/interviews",
    "/seekers",
    "/api/",
    "/lang/",
    "/login",
    "/signup",
    "/password",
    "/logout",
    "/invitations",
)
HOME_DRIVES = 3  # the next drives open for registration, on the home page


def safe_next(target: str | None) -> str:
    """Only paths on this site: an open redirect is a phishing tool."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def _language_redirect(
    language: str, next: str | None, settings: Settings, *, status_code: Literal[302, 303] = 302
) -> Redirect:
    language = language if language in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE
    cookie = Cookie(
        key=LANG_COOKIE, value=language, max_age=ONE_YEAR, httponly=True, samesite="lax", secure=settings.secure_cookies
    )
    # the page it came from may name the other language in its address (?lang=), which would undo the switch
    return Redirect(without_language(safe_next(next)), cookies=[cookie], status_code=status_code)


class PagesController(Controller):
    include_in_schema = False

    @get("/")
    async def home(self, request: Request[Any, Any, Any], deleted: FromQuery[str | None] = None) -> Template:
        """Everyone's home; a seeker's shows how complete their profile is, and an erased account lands here told
        so (``?deleted=1``, which says nothing about anyone)."""
        coming = await drives.upcoming(only_open=True, limit=HOME_DRIVES)
        user = current_user(request)
        completeness = await completeness_of(user.id) if user is not None and user.is_seeker else None
        return Template(
            template_name="home.html",
            context={
                "drives": coming,
                "now": datetime.now(UTC),
                "completeness": completeness,
                "deleted": bool(deleted),
            },
        )

    @get("/robots.txt", cache_control=CacheControlHeader(public=True, max_age=ONE_DAY))
    async def robots(self, settings: NamedDependency[Settings]) -> Response[str]:
        """Crawlers see the public pages (the sitemap lists them), not the sides behind a login or the API."""
        private = "".join(f"Disallow: {path}\n" for path in ROBOTS_DISALLOWED)
        body = f"User-agent: *\n{private}\nSitemap: {settings.base_url}/sitemap.xml\n"
        return Response(body, media_type=MediaType.TEXT)

    @get("/lang/{language:str}", cache=False)
    async def switch_language(
        self, settings: NamedDependency[Settings], language: FromPath[str], next: FromQuery[str | None] = None
    ) -> Redirect:
        """A link, not a form, for visitors: only the browser's cookie changes (a GET changes no stored data)."""
        return _language_redirect(language, next, settings)

    @post("/lang/{language:str}", guards=[guards.logged_in])
    async def save_language(
        self,
        request: Request[Any, Any, Any],
        settings: NamedDependency[Settings],
        language: FromPath[str],
        next: FromQuery[str | None] = None,
    ) -> Redirect:
        """A logged-in user's switch is a form: it also changes the language their messages are written in."""
        await accounts.set_locale(guards.user_of(request).id, language)
        return _language_redirect(language, next, settings, status_code=303)

    @get("/healthz", cache=False)
    async def healthz(self, request: Request[Any, Any, Any]) -> Response[dict[str, str]]:
        checks = {"postgres": "ok", "redis": "ok"}
        try:
            await db.ping()
        except Exception as exc:
            checks["postgres"] = f"error: {exc.__class__.__name__}"
        try:
            await request.app.state.resources.redis.ping()
        except Exception as exc:
            checks["redis"] = f"error: {exc.__class__.__name__}"
        healthy = all(v == "ok" for v in checks.values())
        return Response(checks, status_code=200 if healthy else 503)


def _mail_folder(settings: Settings) -> Path:
    assert settings.dev_mail_dir is not None, "the mail viewer is registered only with a mail folder"
    return settings.dev_mail_dir


def _mail_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.eml"), key=lambda p: p.stat().st_mtime, reverse=True)[:200]


MAIL_NAME = re.compile(r"[A-Za-z0-9-]{1,100}")


class DevMailController(Controller):
    """Mail the dev SMTP sink captured (like Mailpit). Registered only in dev with a mail folder."""

    path = "/dev/mail"
    include_in_schema = False

    @get("/")
    async def index(self, settings: NamedDependency[Settings]) -> Template:
        parser = BytesParser(policy=policy.default)
        mails = []
        for path in _mail_files(_mail_folder(settings)):
            message = parser.parsebytes(path.read_bytes(), headersonly=True)
            mails.append(
                {
                    "name": path.stem,
                    "subject": str(message["subject"]),
                    "to": str(message["to"]),
                    "date": str(message["date"]),
                }
            )
        return Template(template_name="dev/mail.html", context={"mails": mails})

    @get("/{name:str}")
    async def show(self, name: FromPath[str], settings: NamedDependency[Settings]) -> Template:
        path = _mail_folder(settings) / f"{name}.eml"
        # the sink's own names only: a name past the file system's limit would make is_file() raise (a 500)
        if not MAIL_NAME.fullmatch(name) or not path.is_file():
            raise NotFoundException()
        message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        text = message.get_body(preferencelist=("plain",))
        return Template(
            template_name="dev/mail_show.html",
            context={
                "subject": str(message["subject"]),
                "to": str(message["to"]),
                "date": str(message["date"]),
                "text": text.get_content() if text else "",
                "attachments": [part.get_filename() for part in message.iter_attachments()],
            },
        )
