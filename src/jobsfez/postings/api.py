"""The postings JSON API (/api/v1): anyone lists, searches and reads; employers create and update theirs.

Employer routes use the browser session and the X-CSRF-Token header, exactly like htmx requests.
Errors come back as {"status", "detail", "fields", "request_id"}, as everywhere under /api.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeAlias, TypeVar

import msgspec
from litestar import Controller, MediaType, Request, Response, get, post, put
from litestar.connection import ASGIConnection
from litestar.di import NamedDependency
from litestar.exceptions import HTTPException, ValidationException
from litestar.handlers.base import BaseRouteHandler
from litestar.params import FromPath, FromQuery, JSONBody, Parameter

from jobsfez import i18n
from jobsfez.choices import DISTRICTS, EMPLOYMENT_TYPES, PAY_UNITS, SECTORS, SHIFTS
from jobsfez.config import Settings
from jobsfez.i18n import lazy
from jobsfez.postings import search, service
from jobsfez.postings.criteria import FALSE_WORDS, MAX_PAGE, PAGE_DIGITS, SORTS, TRUE_WORDS, SearchInput
from jobsfez.postings.validation import MAX_HOURLY_PAY, PostingInput, PostingSkillInput
from jobsfez.postings.views import CONTENT_FIELDS, OwnPosting, PostingCard, PostingContent, PostingView
from jobsfez.web import guards
from jobsfez.web.errors import SIGNED_IN, SIGNED_IN_UNSAFE, api_errors

MISSING_FIELD = re.compile(r"missing required field `([^`]+)`")
Out = TypeVar("Out", bound=msgspec.Struct)

# The closed lists' codes as the schema's enums, built from jobsfez.choices so that a new code is documented (and
# accepted in a body) at once. A body is decoded into these Literals, so a code not in the list is refused there;
# mypy sees the plain strings the domain uses.
if TYPE_CHECKING:
    Sector: TypeAlias = str
    District: TypeAlias = str
    EmploymentType: TypeAlias = str
    Shift: TypeAlias = str
    PayUnit: TypeAlias = str
else:
    Sector, District, EmploymentType, Shift, PayUnit = (
        Literal[tuple(codes)] for codes in (SECTORS, DISTRICTS, EMPLOYMENT_TYPES, SHIFTS, PAY_UNITS)
    )


def codes(choices: Iterable[str]) -> msgspec.Meta:
    return msgspec.Meta(extra_json_schema={"extra": {"enum": list(choices)}})


# An answer is built from the domain's values, not decoded: its fields keep the view's types (str) and only the
# schema lists the codes.
SectorCode: TypeAlias = Annotated[str, codes(SECTORS)]
DistrictCode: TypeAlias = Annotated[str, codes(DISTRICTS)]
EmploymentTypeCode: TypeAlias = Annotated[str, codes(EMPLOYMENT_TYPES)]
ShiftCode: TypeAlias = Annotated[str, codes(SHIFTS)]
PayUnitCode: TypeAlias = Annotated[str, codes(PAY_UNITS)]


def _one_of(codes: Iterable[str], description: str) -> Any:
    """A search filter documented as its codes: the search checks it itself (an empty value is no filter, a wrong
    one a 400 that names it), so the handler still takes any string."""
    return Parameter(schema_extra={"enum": ["", *codes]}, description=description)


def _flag(description: str) -> Any:
    """A yes-or-no filter as the search reads it (any case, spaces around it ignored)."""
    return Parameter(schema_extra={"enum": sorted(TRUE_WORDS | FALSE_WORDS)}, description=description)


# numbers the search reads from the query string itself (min_pay may have thousands' commas)
MIN_PAY = Parameter(
    schema_extra={"type": "integer", "minimum": 0},
    description=f"Pay in won per pay_unit, at most the equivalent of {MAX_HOURLY_PAY:,} won an hour",
)
PAGE = Parameter(
    schema_extra={"type": "integer", "minimum": 1, "maximum": 10**PAGE_DIGITS - 1},
    description=(
        f"Results end at page {MAX_PAGE} (the first 1,000); a page past the last has no items. A page that is not a"
        " whole number from 1 (abc, 0, -1, more digits than the maximum) is a 400 naming page, where the /jobs page"
        " shows the first page instead"
    ),
)


class SkillIn(msgspec.Struct):
    text: str
    level: int | None = None


class PostingIn(PostingContent, frozen=True, kw_only=True):
    """A posting as an employer sends it: its content and its skills; the same rules as the web form apply
    (minimum wage, dates, sizes)."""

    sector: Sector
    district: District
    employment_type: EmploymentType
    shift: Shift
    pay_unit: PayUnit = "month"
    must_skills: list[SkillIn] = msgspec.field(default_factory=list)
    nice_skills: list[SkillIn] = msgspec.field(default_factory=list)


# The answers are declared here as the API's clients read them (a posting's pay and company are objects of their
# own); each is filled from a domain value by field name (``_out``).
class PayOut(msgspec.Struct):
    unit: PayUnitCode
    min: int | None
    max: int | None
    negotiable: bool
    currency: str = "KRW"


class SkillOut(msgspec.Struct):
    text: str
    level: int | None
    key: str


class CompanyOut(msgspec.Struct):
    id: int
    name_ko: str
    name_en: str
    verified: bool


class PostingOut(msgspec.Struct):
    id: int
    url: str
    status: str
    title: str
    description: str
    company: CompanyOut
    sector: SectorCode
    occupation: str
    district: DistrictCode
    address: str
    employment_type: EmploymentTypeCode
    shift: ShiftCode
    pay: PayOut
    openings: int
    start_date: date | None
    closing_date: date
    closes_at: datetime
    published_at: datetime | None
    updated_at: datetime
    no_experience: bool
    youth_min_age: int | None
    youth_max_age: int | None
    must_skills: list[SkillOut]
    nice_skills: list[SkillOut]


class PostingSummaryOut(msgspec.Struct):
    id: int
    url: str
    title: str
    company_name_ko: str
    company_name_en: str
    occupation: str
    sector: SectorCode
    district: DistrictCode
    employment_type: EmploymentTypeCode
    shift: ShiftCode
    pay: PayOut
    closing_date: date
    published_at: datetime
    no_experience: bool
    youth_min_age: int | None
    youth_max_age: int | None


class PostingPageOut(msgspec.Struct):
    items: list[PostingSummaryOut]
    total: int  # at most 1,000: past that, total_capped
    total_capped: bool  # more postings match than total ("1,000+"); pages end at the 1,000th
    page: int
    pages: int
    next: str | None


class OwnPostingOut(msgspec.Struct):
    id: int
    status: str
    title: str
    closing_date: date
    closes_at: datetime
    updated_at: datetime
    published_at: datetime | None


def _out(model: type[Out], value: object, **given: Any) -> Out:
    """An answer of the API from a domain value: every field not given is the value's field of the same name."""
    return model(**{name: getattr(value, name) for name in model.__struct_fields__ if name not in given}, **given)


def _pay(p: PostingView | PostingCard) -> PayOut:
    return PayOut(unit=p.pay_unit, min=p.pay_min, max=p.pay_max, negotiable=p.pay_negotiable)


def posting_out(p: PostingView, base_url: str) -> PostingOut:
    return _out(
        PostingOut,
        p,
        url=f"{base_url}/jobs/{p.id}",
        company=CompanyOut(p.employer_id, p.company_name_ko, p.company_name_en, p.company_verified),
        pay=_pay(p),
        must_skills=[_out(SkillOut, s) for s in p.must],
        nice_skills=[_out(SkillOut, s) for s in p.nice],
    )


def _summary(c: PostingCard, base_url: str) -> PostingSummaryOut:
    return _out(PostingSummaryOut, c, url=f"{base_url}/jobs/{c.id}", pay=_pay(c))


def _own(p: OwnPosting) -> OwnPostingOut:
    return _out(OwnPostingOut, p)


def posting_input(data: PostingIn) -> PostingInput:
    return PostingInput(
        **{name: getattr(data, name) for name in CONTENT_FIELDS},
        must=tuple(PostingSkillInput(s.text, s.level) for s in data.must_skills),
        nice=tuple(PostingSkillInput(s.text, s.level) for s in data.nice_skills),
    )


def bad_body(request: Request[Any, Any, Any], exc: HTTPException) -> Response[Any]:
    """A body that is not the documented shape: which fields, in the user's language (the global handler says less)."""
    fields: dict[str, str] = {}
    if isinstance(exc, ValidationException) and isinstance(exc.extra, list):
        for problem in exc.extra:
            if not isinstance(problem, dict):
                continue
            missing = MISSING_FIELD.search(str(problem.get("message", "")))
            key = missing.group(1) if missing else str(problem.get("key", ""))
            if key and key != "data":
                fields[key] = i18n.gettext(lazy("Missing or not the right kind of value."))
    status = exc.status_code if 400 <= exc.status_code < 500 else 400
    return Response(
        {
            "status": status,
            "detail": i18n.gettext(lazy("The request could not be understood. Check what you entered.")),
            "fields": fields,
            "request_id": str(request.scope.get("state", {}).get("request_id", "")),
        },
        status_code=status,
        media_type=MediaType.JSON,
    )


async def own_posting(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
    """Another company's posting is 404 before its body is even read."""
    await service.own(guards.actor_of(connection), int(connection.path_params["posting_id"]))


class PostingApiController(Controller):
    path = "/api/v1/postings"
    tags = ("postings",)
    include_in_schema = True
    exception_handlers = {ValidationException: bad_body}  # noqa: RUF012 (read once, when the app is built)

    @get("/", summary="Search open postings", responses=api_errors(400))
    async def list_postings(
        self,
        settings: NamedDependency[Settings],
        search_caches: NamedDependency[search.SearchCaches],
        q: FromQuery[str | None] = None,
        sector: Annotated[str | None, _one_of(SECTORS, "A sector's code")] = None,
        district: Annotated[str | None, _one_of(DISTRICTS, "A district's code")] = None,
        employment_type: Annotated[str | None, _one_of(EMPLOYMENT_TYPES, "An employment type's code")] = None,
        shift: Annotated[str | None, _one_of(SHIFTS, "A shift pattern's code")] = None,
        min_pay: Annotated[str | None, MIN_PAY] = None,
        pay_unit: Annotated[str | None, _one_of(PAY_UNITS, "The period min_pay is for (month when empty)")] = None,
        no_experience: Annotated[str | None, _flag("Only postings open to people without experience")] = None,
        youth: Annotated[str | None, _flag("Only postings for young people (with an age range)")] = None,
        skill: FromQuery[str | None] = None,
        sort: Annotated[str | None, _one_of(SORTS, "The order (newest, or relevance with words, when empty)")] = None,
        page: Annotated[str | None, PAGE] = None,
    ) -> PostingPageOut:
        """Open postings matching the same words and filters as the /jobs page, 20 a page."""
        result = await search.search(
            SearchInput(
                q, sector, district, employment_type, shift, min_pay, pay_unit, no_experience, youth, skill, sort, page
            ),
            caches=search_caches,
        )
        base = settings.base_url
        page_now = result.criteria.page
        return PostingPageOut(
            items=[_summary(c, base) for c in result.items],
            total=result.total,
            total_capped=result.capped,
            page=page_now,
            pages=result.pages,
            next=f"{base}/api/v1/postings{result.criteria.query(page=page_now + 1)}"
            if page_now < result.pages
            else None,
        )

    @get("/{posting_id:int}", summary="Read a posting", responses=api_errors(400, 404))
    async def read(self, posting_id: FromPath[int], settings: NamedDependency[Settings]) -> PostingOut:
        """A published or closed posting of an approved company; drafts do not exist here."""
        return posting_out(await service.load(posting_id, public=True), settings.base_url)


class EmployerPostingApiController(Controller):
    path = "/api/v1/employer/postings"
    tags = ("employer postings",)
    include_in_schema = True
    guards = (guards.employer_member,)
    exception_handlers = {ValidationException: bad_body}  # noqa: RUF012 (read once, when the app is built)

    @get("/", summary="List your company's postings", security=SIGNED_IN, responses=api_errors(401, 403))
    async def list_own(self, request: Request[Any, Any, Any]) -> list[OwnPostingOut]:
        return [_own(p) for p in await service.own_list(guards.actor_of(request))]

    @post("/", summary="Create a draft posting", security=SIGNED_IN_UNSAFE, responses=api_errors(400, 401, 403, 413))
    async def create(
        self, request: Request[Any, Any, Any], data: JSONBody[PostingIn], settings: NamedDependency[Settings]
    ) -> PostingOut:
        """A new draft; publish it with /publish once the company is approved."""
        actor = guards.actor_of(request)
        posting_id = await service.create(actor, posting_input(data), minimum_hourly_wage=settings.minimum_hourly_wage)
        return posting_out(await service.own(actor, posting_id), settings.base_url)

    @get(
        "/{posting_id:int}",
        summary="Read one of your postings",
        security=SIGNED_IN,
        responses=api_errors(400, 401, 403, 404),
    )
    async def read_own(
        self, request: Request[Any, Any, Any], posting_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> PostingOut:
        return posting_out(await service.own(guards.actor_of(request), posting_id), settings.base_url)

    @put(
        "/{posting_id:int}",
        summary="Replace one of your postings",
        security=SIGNED_IN_UNSAFE,
        guards=[own_posting],
        responses=api_errors(400, 401, 403, 404, 413),
    )
    async def update(
        self,
        request: Request[Any, Any, Any],
        posting_id: FromPath[int],
        data: JSONBody[PostingIn],
        settings: NamedDependency[Settings],
    ) -> PostingOut:
        """Every field is sent again; a published posting stays published and the change goes into its history."""
        posting = await service.update(
            guards.actor_of(request),
            posting_id,
            posting_input(data),
            minimum_hourly_wage=settings.minimum_hourly_wage,
        )
        return posting_out(posting, settings.base_url)

    @post(
        "/{posting_id:int}/publish",
        summary="Publish a draft",
        security=SIGNED_IN_UNSAFE,
        status_code=200,
        responses=api_errors(400, 401, 403, 404, 409),
    )
    async def publish(
        self, request: Request[Any, Any, Any], posting_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> PostingOut:
        return posting_out(await service.publish(guards.actor_of(request), posting_id), settings.base_url)

    @post(
        "/{posting_id:int}/close",
        summary="Close a published posting",
        security=SIGNED_IN_UNSAFE,
        status_code=200,
        responses=api_errors(400, 401, 403, 404, 409),
    )
    async def close(
        self, request: Request[Any, Any, Any], posting_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> PostingOut:
        return posting_out(await service.close(guards.actor_of(request), posting_id), settings.base_url)
