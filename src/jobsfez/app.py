"""create_app(settings): the one composition root of the web process."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from litestar import Litestar
from litestar.config.compression import CompressionConfig
from litestar.datastructures import State
from litestar.di import Provide
from litestar.logging.config import LoggingConfig
from litestar.middleware import DefineMiddleware
from litestar.openapi.config import OpenAPIConfig
from litestar.openapi.plugins import JsonRenderPlugin
from litestar.openapi.spec import Components, SecurityScheme
from litestar.routes import HTTPRoute
from litestar.types import Scope
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from jobsfez.accounts.controllers import AccountController
from jobsfez.applications.api import MatchApiController
from jobsfez.applications.controllers import EmployerApplicationController, SeekerApplicationController
from jobsfez.centres.controllers import CentreController
from jobsfez.config import STATIC_DIR, Settings
from jobsfez.drives.api import CentreApiController
from jobsfez.drives.controllers import CentreDriveController
from jobsfez.drives.day_controllers import (
    CancelLinkController,
    CheckinController,
    ItineraryController,
    OfferController,
)
from jobsfez.drives.employer_controllers import (
    CentreDriveEmployersController,
    CompanyDriveController,
    DriveInvitationController,
)
from jobsfez.drives.match_api import CentreMatchApiController
from jobsfez.drives.match_controllers import (
    CentreMatchingController,
    CompanyMatchingController,
    SeekerMatchingController,
)
from jobsfez.drives.outcome_controllers import CompanyOutcomeController, ResultsController
from jobsfez.drives.participant_controllers import CentreParticipantController, DriveRegistrationController
from jobsfez.drives.public import PublicDriveController
from jobsfez.drives.timetable_controllers import TimetableController
from jobsfez.employers.controllers import EmployerController
from jobsfez.interviews.controllers import (
    EmployerInterviewController,
    InterviewConfirmController,
    SeekerInterviewController,
)
from jobsfez.moderation.controllers import (
    PostingReportController,
    StaffReportController,
    StaffTenantController,
    StaffUserController,
)
from jobsfez.notifications.controllers import InboxController, UnsubscribeController
from jobsfez.postings.api import EmployerPostingApiController, PostingApiController
from jobsfez.postings.controllers import EmployerPostingController
from jobsfez.postings.public import PublicPostingController
from jobsfez.postings.search import ResultCache, SearchCaches
from jobsfez.postings.search import documents as search_documents
from jobsfez.reports.api import CentreReportApiController
from jobsfez.reports.controllers import CentreReportController, CompanyReportController
from jobsfez.reports.zone_api import SkillGapApiController
from jobsfez.reports.zone_controllers import ZoneReportController
from jobsfez.resources import open_resources
from jobsfez.saved.controllers import SavedJobsController, SavedSearchesController
from jobsfez.seekers.controllers import ResumeController, SeekerController
from jobsfez.skills import ranking
from jobsfez.skills.controllers import SkillStaffController, SkillSuggestController, UnmatchedSkillController
from jobsfez.web import static
from jobsfez.web.context import CurrentUserMiddleware
from jobsfez.web.errors import EXCEPTION_HANDLERS
from jobsfez.web.languages import keep_language
from jobsfez.web.outbox import OutboxMiddleware
from jobsfez.web.pages import DevMailController, PagesController
from jobsfez.web.security import (
    FORM_FIELDS_MAX,
    HostCheck,
    RequestContextMiddleware,
    guard_request,
    security_headers,
)
from jobsfez.web.sessions import COOKIE_NAME, SessionMiddleware, SessionStore
from jobsfez.web.templating import template_config

# Young objects counted before a collection: CPython's default is 700. A search page makes thousands, and the
# sixteen requests in flight keep many alive, so each collection walked them and moved them to an older
# generation that was walked again: 0.09 ms of collections a search page, 0.05 ms with 10,000 (bench A/B).
YOUNG_OBJECTS_BEFORE_A_COLLECTION = 10_000


def tune_garbage_collection() -> None:
    """Move what exists once the app is built (modules, routes, compiled code, about 140,000 objects) out of
    the cyclic garbage collector's reach, as they live as long as the process and every full collection walked
    them all; and collect young objects less often. Production only: a test process starts many apps, and
    frozen objects are never collected."""
    gc.collect()
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_OBJECTS_BEFORE_A_COLLECTION, older, oldest)


def answer_options_with_every_method(app: Litestar) -> None:
    """Make OPTIONS list all of a path's methods in its Allow header. Litestar 2.25 gives each route an OPTIONS
    handler that reads the methods of the route it was made for; when a later registration adds handlers to the
    same path, the merged route keeps that first handler, and its Allow missed the methods added (the API's GET
    beside POST, PUT beside GET): each is pointed at the route it now serves."""
    for route in app.routes:
        if not isinstance(route, HTTPRoute):
            continue
        for handler in route.route_handlers:
            if handler.fn.__name__ == "options_handler" and handler.fn.__closure__:
                (made_for,) = handler.fn.__closure__
                made_for.cell_contents = route


def create_app(settings: Settings) -> Litestar:
    @asynccontextmanager
    async def resources_lifespan(app: Litestar) -> AsyncIterator[None]:
        if settings.is_production:  # before the pools: a connection replaced later must stay collectable
            tune_garbage_collection()
        async with open_resources(settings) as resources:
            app.state.resources = resources
            # results remembered, unless SEARCH_RESULT_CACHE=off (a size of 0 remembers nothing)
            remembered = ResultCache() if settings.search_result_cache else ResultCache(size=0)
            keywords = search_documents.live_keywords(read_every=search_documents.WEB_READ_EVERY)
            search_caches = app.state.search_caches = SearchCaches(results=remembered, keywords=keywords)
            # the matching and keyword search indexes are built in the background, so that no request need wait
            warming = asyncio.create_task(ranking.warm())
            warming_search = asyncio.create_task(search_documents.warm(search_caches.keywords, search_caches.board))
            app.state.sessions = SessionStore(
                resources.redis,
                idle_seconds=settings.session_idle_seconds,
                absolute_seconds=settings.session_absolute_seconds,
            )
            try:
                yield
            finally:
                warming.cancel()
                warming_search.cancel()
                await ranking.stop()
                await search_caches.keywords.close()

    def provide_settings() -> Settings:
        return settings

    def provide_search_caches(state: State) -> SearchCaches:
        caches: SearchCaches = state.search_caches
        return caches

    def sessions_of(scope: Scope) -> SessionStore:
        store: SessionStore = scope["app"].state.sessions
        return store

    static_files = static.load(STATIC_DIR)
    handlers: list[Any] = [
        PagesController,
        AccountController,
        EmployerController,
        StaffTenantController,
        CentreController,
        StaffUserController,
        StaffReportController,
        PostingReportController,
        CentreDriveController,
        PublicDriveController,
        CentreDriveEmployersController,
        CompanyDriveController,
        DriveInvitationController,
        CentreParticipantController,
        DriveRegistrationController,
        CentreMatchingController,
        CentreMatchApiController,
        CentreReportApiController,
        CompanyMatchingController,
        SeekerMatchingController,
        TimetableController,
        ItineraryController,
        CompanyOutcomeController,
        ResultsController,
        CancelLinkController,
        OfferController,
        CheckinController,
        CentreReportController,
        CompanyReportController,
        InboxController,
        UnsubscribeController,
        SeekerController,
        ResumeController,
        SeekerApplicationController,
        EmployerApplicationController,
        MatchApiController,
        SkillStaffController,
        UnmatchedSkillController,
        SkillSuggestController,
        PublicPostingController,
        EmployerPostingController,
        PostingApiController,
        EmployerPostingApiController,
        CentreApiController,
        EmployerInterviewController,
        SeekerInterviewController,
        InterviewConfirmController,
        ZoneReportController,
        SkillGapApiController,
        SavedJobsController,
        SavedSearchesController,
        static.static_handler(static_files),
    ]
    if settings.is_dev and settings.dev_mail_dir is not None:
        handlers.append(DevMailController)
    app = Litestar(
        route_handlers=handlers,
        lifespan=[resources_lifespan],
        # a handler that needs settings declares ``settings: NamedDependency[Settings]`` and gets the ones this app
        # was built with, without a thread hop (and, being a dependency, never documented as a query parameter);
        # ``search_caches`` are the ones the lifespan made for this process
        dependencies={
            "settings": Provide(provide_settings, sync_to_thread=False),
            "search_caches": Provide(provide_search_caches, sync_to_thread=False),
        },
        middleware=[
            # the client's address as a configured proxy forwards it (none by default: uvicorn runs with
            # --no-proxy-headers, so that this one setting decides whom X-Forwarded-For is believed from)
            DefineMiddleware(
                ProxyHeadersMiddleware,  # type: ignore[arg-type]  # (uvicorn types the ASGI scope its own way)
                trusted_hosts=list(settings.trusted_proxies),
            ),
            RequestContextMiddleware,
            DefineMiddleware(SessionMiddleware, store_getter=sessions_of, secure=settings.secure_cookies),
            CurrentUserMiddleware,
            OutboxMiddleware,
        ],
        before_request=guard_request,
        before_send=[security_headers(hsts=settings.secure_cookies), keep_language],
        template_config=template_config(reload=settings.environment == "dev"),  # tests render as production does
        exception_handlers=EXCEPTION_HANDLERS,
        request_max_body_size=settings.request_max_body,
        multipart_form_part_limit=FORM_FIELDS_MAX,
        # text responses gzipped (level 6: most of level 9's saving for a fraction of its time on 2 cores); static
        # files come gzipped already (web/static.py)
        compression_config=CompressionConfig(backend="gzip", gzip_compress_level=6, exclude=["^/static/"]),
        logging_config=LoggingConfig(
            log_exceptions="always",
            configure_root_logger=False,
            disable_stack_trace={400, 401, 403, 404, 405, 409, 413, 429},
        ),
        openapi_config=OpenAPIConfig(
            title="jobsfez API",
            version="1.0.0",
            path="/schema",
            render_plugins=[JsonRenderPlugin(path=["/", "/openapi.json"])],
            # the API signs in as the site does (web/errors.py names which routes need which)
            components=Components(
                security_schemes={
                    "session": SecurityScheme(
                        type="apiKey",
                        name=COOKIE_NAME,
                        security_scheme_in="cookie",
                        description="The session cookie the login page sets",
                    ),
                    "csrf": SecurityScheme(
                        type="apiKey",
                        name="X-CSRF-Token",
                        security_scheme_in="header",
                        description="The session's CSRF token, on every unsafe method",
                    ),
                    "centre_token": SecurityScheme(
                        type="http",
                        scheme="bearer",
                        description="A career centre's API token, made by its manager on /centre/settings/api",
                    ),
                }
            ),
        ),
        state=None,
        debug=False,
    )
    # before routing and every error path, but inside the send that adds the security headers (Litestar's own
    # CORS middleware wraps the same handler)
    answer_options_with_every_method(app)
    app.asgi_handler = HostCheck(app.asgi_handler, allowed_hosts=settings.allowed_hosts)
    # set before any template loads, as Jinja asks; the templates link static files by their content's hash
    app.template_engine.engine.globals["static_url"] = static.static_url_maker(static_files)  # type: ignore[union-attr]
    return app


def create_app_from_env() -> Litestar:
    """Entry point for ``uvicorn --factory``: the Procfile's web process."""
    logging.basicConfig(level=logging.INFO)
    return create_app(Settings.from_env())
