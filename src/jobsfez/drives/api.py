"""A career centre's drives in the JSON API (/api/v1/centre), read with the centre's API token (centres/tokens.py).

Only ``Authorization: Bearer <token>``: no cookie signs in here, so no request can be forged from a browser, and
every route is a GET. The token reads what its centre's members see, through the same services (a drive the centre
does not host is 404; of a co-host's participants, only the totals), at most settings.api_requests_per_minute
requests a minute across every web process (429 with Retry-After). A drive's pre-matching result is read under
/drives/{drive_id}/matches, behind the same guard (drives/match_api.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Annotated, Any, TypeAlias, TypeVar

import msgspec
from litestar import Controller, Request, get
from litestar.connection import ASGIConnection
from litestar.di import NamedDependency
from litestar.exceptions import NotAuthorizedException
from litestar.handlers.base import BaseRouteHandler
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import FromPath, Parameter

from jobsfez import i18n
from jobsfez.accounts import throttling
from jobsfez.centres import tokens
from jobsfez.centres.service import CentreActor
from jobsfez.choices import DRIVE_EMPLOYER_STATUSES, DRIVE_REGIONS, DRIVE_STATUSES, DRIVE_VISIBILITIES
from jobsfez.config import Settings
from jobsfez.drives import employers, participants
from jobsfez.drives import service as drives
from jobsfez.drives.validation import DayHours
from jobsfez.drives.views import DriveView
from jobsfez.i18n import lazy
from jobsfez.postings.api import DistrictCode, SectorCode, codes
from jobsfez.web.errors import API_ERRORS, CENTRE_TOKEN, ApiError

STATE_KEY = "api_centre"  # where the guard leaves the token's centre, in the request's state
DRIVES_PER_PAGE = 50
PARTICIPANTS_PER_PAGE = 100
MAX_PAGE = 10_000
NO_TOKEN = lazy("Send your centre's API token: Authorization: Bearer <token>.")
BAD_TOKEN = lazy("This API token is not valid: it was revoked, or it was never made.")
Item = TypeVar("Item")

StatusCode: TypeAlias = Annotated[str, codes(DRIVE_STATUSES)]
VisibilityCode: TypeAlias = Annotated[str, codes(DRIVE_VISIBILITIES)]
RegionCode: TypeAlias = Annotated[str, codes(DRIVE_REGIONS)]
EmployerStatusCode: TypeAlias = Annotated[str, codes(DRIVE_EMPLOYER_STATUSES)]
SourceCode: TypeAlias = Annotated[str, codes(("self", "roster"))]
ParticipantStatusCode: TypeAlias = Annotated[str, codes(("registered", "withdrawn"))]

PAGE = Parameter(ge=1, le=MAX_PAGE, description="The page, from 1")
TOKEN_ERRORS = {
    **API_ERRORS,
    401: ResponseSpec(
        ApiError, description="No valid API token: none sent, or revoked, or never made", generate_examples=False
    ),
    429: ResponseSpec(
        ApiError,
        description="Too many requests with this token: wait the seconds Retry-After says",
        generate_examples=False,
    ),
}


def _errors(*statuses: int) -> dict[int, ResponseSpec]:
    return {status: TOKEN_ERRORS[status] for status in statuses}


async def centre_token(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
    """Let in a request carrying a valid token of an approved centre, and count it (Throttled past the limit)."""
    scheme, _space, secret = connection.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not secret.strip():
        raise NotAuthorizedException(
            detail=i18n.gettext(NO_TOKEN), headers={"WWW-Authenticate": 'Bearer realm="jobsfez"'}
        )
    found = await tokens.holder(secret.strip())
    if found is None:
        raise NotAuthorizedException(
            detail=i18n.gettext(BAD_TOKEN),
            headers={"WWW-Authenticate": 'Bearer realm="jobsfez", error="invalid_token"'},
        )
    resources = connection.app.state.resources
    limit = throttling.RequestLimit(requests=resources.settings.api_requests_per_minute)
    await throttling.count_request(resources.redis, f"throttle:api-token:{found.token_id}", limit)
    connection.scope["state"][STATE_KEY] = found.actor


def _actor(request: Request[Any, Any, Any]) -> CentreActor:
    actor: CentreActor = request.scope["state"][STATE_KEY]
    return actor


class HostOut(msgspec.Struct):
    centre_id: int
    name_ko: str
    name_en: str
    lead: bool


class HoursOut(msgspec.Struct):
    starts_at: datetime
    ends_at: datetime


class TotalsOut(msgspec.Struct):
    """The drive's numbers every host sees: ``ours`` are the participants this centre brought, ``others`` its
    co-hosts'."""

    capacity: int
    registered: int
    withdrawn: int
    ours: int
    others: int
    places_left: int


class DriveSummaryOut(msgspec.Struct):
    id: int
    title: str
    status: StatusCode
    visibility: VisibilityCode
    lead: bool  # this centre leads the drive (else it co-hosts it)
    starts_at: datetime
    ends_at: datetime
    venue_district: DistrictCode
    capacity: int
    url: str | None  # the public page, once the drive is public


class DrivePageOut(msgspec.Struct):
    items: list[DriveSummaryOut]
    total: int
    page: int
    pages: int
    next: str | None


class DriveOut(msgspec.Struct):
    id: int
    title: str
    description: str
    status: StatusCode
    visibility: VisibilityCode
    lead: bool
    days: list[HoursOut]
    venue_district: DistrictCode
    venue_address: str
    rooms: str
    registration_opens_at: datetime | None
    registration_closes_at: datetime | None
    min_age: int
    max_age: int
    region: RegionCode
    cohort: str
    capacity: int
    hosts: list[HostOut]
    published_at: datetime | None
    created_at: datetime
    updated_at: datetime
    url: str | None
    totals: TotalsOut


class ParticipantOut(msgspec.Struct):
    """One of the participants this centre brought, in full."""

    id: int
    name: str
    email: str
    phone: str
    birth_year: int | None
    skills: list[str]
    sectors: list[SectorCode]
    source: SourceCode
    status: ParticipantStatusCode
    claimed: bool  # a seeker's account holds the registration
    registered_at: datetime


class ParticipantPageOut(msgspec.Struct):
    drive_id: int
    totals: TotalsOut
    items: list[ParticipantOut]
    total: int
    page: int
    pages: int
    next: str | None


class DrivePostingOut(msgspec.Struct):
    posting_id: int
    title: str
    open: bool  # published and not past its closing day


class DriveEmployerOut(msgspec.Struct):
    employer_id: int
    name_ko: str
    name_en: str
    status: EmployerStatusCode
    asked_at: datetime
    answered_at: datetime | None
    interview_minutes: int
    booth: str
    hours: list[HoursOut]  # empty: the drive's own hours
    postings: list[DrivePostingOut]


def _hours(days: Sequence[DayHours]) -> list[HoursOut]:
    return [HoursOut(day.starts_at, day.ends_at) for day in days]


def _url(drive: DriveView, base_url: str) -> str | None:
    return f"{base_url}/drives/{drive.id}" if drive.is_public else None


def _leads(drive: DriveView, actor: CentreActor) -> bool:
    return drive.lead.centre_id == actor.centre_id


def _totals(totals: participants.Totals) -> TotalsOut:
    return TotalsOut(
        capacity=totals.capacity,
        registered=totals.registered,
        withdrawn=totals.withdrawn,
        ours=totals.ours,
        others=totals.others,
        places_left=totals.places_left,
    )


def _summary(drive: DriveView, actor: CentreActor, base_url: str) -> DriveSummaryOut:
    return DriveSummaryOut(
        id=drive.id,
        title=drive.title,
        status=drive.status,
        visibility=drive.visibility,
        lead=_leads(drive, actor),
        starts_at=drive.starts_at,
        ends_at=drive.ends_at,
        venue_district=drive.venue_district,
        capacity=drive.capacity,
        url=_url(drive, base_url),
    )


def _drive(drive: DriveView, actor: CentreActor, totals: participants.Totals, base_url: str) -> DriveOut:
    # the fields the drive keeps as they are; the others are built here
    written = {
        name: getattr(drive, name) for name in DriveOut.__struct_fields__ if name in DriveView.__dataclass_fields__
    }
    return DriveOut(
        **{
            **written,
            "lead": _leads(drive, actor),
            "days": _hours(drive.days),
            "hosts": [HostOut(h.centre_id, h.name_ko, h.name_en, h.lead) for h in drive.hosts],
            "url": _url(drive, base_url),
            "totals": _totals(totals),
        }
    )


def _participant(person: participants.Participant) -> ParticipantOut:
    return ParticipantOut(
        id=person.id,
        name=person.name,
        email=person.email,
        phone=person.phone,
        birth_year=person.birth_year,
        skills=list(person.skills),
        sectors=list(person.sectors),
        source=person.source,
        status=person.status,
        claimed=person.claimed,
        registered_at=person.created_at,
    )


def _employer(company: employers.DriveEmployerView) -> DriveEmployerOut:
    return DriveEmployerOut(
        employer_id=company.employer_id,
        name_ko=company.name_ko,
        name_en=company.name_en,
        status=company.status,
        asked_at=company.asked_at,
        answered_at=company.answered_at,
        interview_minutes=company.interview_minutes,
        booth=company.booth,
        hours=_hours(company.hours),
        postings=[DrivePostingOut(p.posting_id, p.title, p.open) for p in company.postings],
    )


def _page(items: Sequence[Item], page: int, size: int) -> tuple[list[Item], int]:
    """One page of a list, and how many pages there are (at least one, empty when there is nothing)."""
    pages = max((len(items) + size - 1) // size, 1)
    return list(items[(page - 1) * size : page * size]), pages


def _next(url: str, page: int, pages: int) -> str | None:
    return f"{url}?page={page + 1}" if page < pages else None


class CentreApiController(Controller):
    path = "/api/v1/centre"
    tags = ("centre drives",)
    include_in_schema = True
    guards = (centre_token,)

    @get("/drives", summary="List your centre's drives", security=CENTRE_TOKEN, responses=_errors(400, 401, 429))
    async def list_drives(
        self, request: Request[Any, Any, Any], settings: NamedDependency[Settings], page: Annotated[int, PAGE] = 1
    ) -> DrivePageOut:
        """The drives the centre leads or co-hosts, the coming ones by their first day, archived ones last."""
        actor = _actor(request)
        hosted = await drives.centre_drives(actor)
        items, pages = _page(hosted, page, DRIVES_PER_PAGE)
        return DrivePageOut(
            items=[_summary(item.drive, actor, settings.base_url) for item in items],
            total=len(hosted),
            page=page,
            pages=pages,
            next=_next(f"{settings.base_url}{self.path}/drives", page, pages),
        )

    @get(
        "/drives/{drive_id:int}",
        summary="Read one of your centre's drives, with its totals",
        security=CENTRE_TOKEN,
        responses=_errors(400, 401, 404, 429),
    )
    async def read_drive(
        self, request: Request[Any, Any, Any], drive_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> DriveOut:
        actor = _actor(request)
        drive = await drives.hosted(actor, drive_id)
        return _drive(drive, actor, await participants.totals(actor, drive_id), settings.base_url)

    @get(
        "/drives/{drive_id:int}/participants",
        summary="List the participants your centre brought to a drive",
        security=CENTRE_TOKEN,
        responses=_errors(400, 401, 404, 429),
    )
    async def list_participants(
        self,
        request: Request[Any, Any, Any],
        drive_id: FromPath[int],
        settings: NamedDependency[Settings],
        page: Annotated[int, PAGE] = 1,
    ) -> ParticipantPageOut:
        """This centre's own participants in full, registered ones first; of its co-hosts', only the totals."""
        found = await participants.participant_list(_actor(request), drive_id)
        items, pages = _page(found.participants, page, PARTICIPANTS_PER_PAGE)
        return ParticipantPageOut(
            drive_id=drive_id,
            totals=_totals(found.totals),
            items=[_participant(person) for person in items],
            total=len(found.participants),
            page=page,
            pages=pages,
            next=_next(f"{settings.base_url}{self.path}/drives/{drive_id}/participants", page, pages),
        )

    @get(
        "/drives/{drive_id:int}/employers",
        summary="List the companies on a drive",
        security=CENTRE_TOKEN,
        responses=_errors(400, 401, 404, 429),
    )
    async def list_employers(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> list[DriveEmployerOut]:
        """Every company invited to the drive or asking to join, and where each stands, by name."""
        return [_employer(company) for company in await employers.on_drive(_actor(request), drive_id)]
