"""Postings anyone can see: the job search page, posting pages, the Atom feed and the sitemap."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from litestar import Controller, MediaType, Request, get
from litestar.datastructures import CacheControlHeader
from litestar.di import NamedDependency
from litestar.params import FromPath
from litestar.response import Response, Template

from jobsfez import i18n, syndication
from jobsfez.applications import marks
from jobsfez.choices import DISTRICTS, SEARCH_FILTERS, SECTORS, SHIFTS
from jobsfez.config import Settings
from jobsfez.drives import service as drives
from jobsfez.errors import NotFound, ValidationFailed
from jobsfez.postings import feeds, presenters, search, service
from jobsfez.postings.criteria import SearchInput
from jobsfez.postings.views import PostingView
from jobsfez.saved import service as saved
from jobsfez.web.context import seeker_id
from jobsfez.web.forms import translated_errors

# the feed and the sitemap are made at most this often, and browsers and proxies may keep them as long
FIVE_MINUTES = 300


def _wants_fragment(request: Request[Any, Any, Any], target: str) -> bool:
    """An htmx request aimed at one part of the page; a history restore wants the whole page."""
    headers = request.headers
    return (
        headers.get("hx-request") == "true"
        and headers.get("hx-history-restore-request") != "true"
        and headers.get("hx-target") == target
    )


class PublicPostingController(Controller):
    include_in_schema = False

    @get("/jobs", cache=False)
    async def search_page(
        self, request: Request[Any, Any, Any], search_caches: NamedDependency[search.SearchCaches]
    ) -> Template:
        # the query string read as it is, every field a string or absent: criteria_of checks it all
        params = request.query_params
        sent = {name: params.get(name) for name in SearchInput.__dataclass_fields__}
        fragment = _wants_fragment(request, "results")
        template_name = "postings/_results.html" if fragment else "postings/search.html"
        headers = {"Vary": "HX-Request, HX-Target"}
        # every field, "" when absent: a missing key would make each lookup in the template raise and recover
        form = {name: value or "" for name, value in sent.items()}
        try:
            result, no_such_page = await _search_from_a_page(SearchInput(**sent), search_caches)
        except ValidationFailed as exc:
            context, status = refused_context(form, exc), 400
        else:
            seeker = seeker_id(request)
            card_marks = await marks.card_marks(seeker, [card.id for card in result.items])
            context = {**results_context(form, result), "marks": card_marks, "no_such_page": no_such_page}
            status = 200
            # only a signed-in seeker's cards carry the save button: an anonymous visitor's page costs no query
            if seeker is not None:
                context["saved_ids"] = await saved.saved_among(seeker, (card.id for card in result.items))
            if fragment:  # the address bar shows the clean, shareable URL
                headers["HX-Push-Url"] = "/jobs" + result.criteria.query()
        return Template(
            template_name=template_name,
            context=context,
            headers=headers,
            media_type=MediaType.HTML,
            status_code=status,
        )

    @get("/jobs/{posting_id:int}")
    async def show(
        self, request: Request[Any, Any, Any], posting_id: FromPath[int], settings: NamedDependency[Settings]
    ) -> Template:
        try:
            posting = await service.load(posting_id, public=True)
        except NotFound:
            if await service.hidden_by_staff(posting_id):  # gone for good, and the page says so
                return Template(template_name="postings/unavailable.html", status_code=410)
            raise
        context = show_context(posting, preview=False, base_url=settings.base_url)
        seeker = seeker_id(request)
        context["marks"] = await marks.card_marks(seeker, [posting_id])
        if seeker is not None:
            context["saved"] = await saved.is_saved(seeker, posting_id)
        return Template(template_name="postings/show.html", context=context)

    @get("/jobs/feed.atom", cache=FIVE_MINUTES, cache_control=CacheControlHeader(public=True, max_age=FIVE_MINUTES))
    async def feed(self, settings: NamedDependency[Settings]) -> Response[bytes]:
        items = await search.recent()

        def company(item: search.FeedItem) -> str:
            return item.company_name_ko if i18n.current_language() == "ko" else item.company_name_en

        def summary(item: search.FeedItem) -> str:
            place = i18n.gettext(DISTRICTS.get(item.district, ""))
            return f"{item.occupation} · {company(item)} · {place}\n\n{item.description[:400]}"

        body = feeds.atom_feed(
            items,
            base_url=settings.base_url,
            title=i18n.gettext("New jobs on jobsfez"),
            company_of=company,
            summary_of=summary,
        )
        return Response(body, media_type="application/atom+xml; charset=utf-8")

    @get("/sitemap.xml", cache=FIVE_MINUTES, cache_control=CacheControlHeader(public=True, max_age=FIVE_MINUTES))
    async def sitemap(self, settings: NamedDependency[Settings]) -> Response[bytes]:
        base = settings.base_url
        postings = await search.open_postings()
        newest = max((changed for _, changed in postings), default=None)
        urls = [(f"{base}/", None), (f"{base}/jobs", newest), *((f"{base}/jobs/{i}", c) for i, c in postings)]
        coming = await drives.upcoming()
        newest_drive = max((drive.updated_at for drive in coming), default=None)
        urls += [(f"{base}/drives", newest_drive), *((f"{base}/drives/{d.id}", d.updated_at) for d in coming)]
        return Response(syndication.sitemap(urls), media_type=MediaType.XML)


NO_ERRORS = dict.fromkeys(SearchInput.__dataclass_fields__, "")
# the fields whose value alone, valid or not, is a filter in use (not words, the order, the page or the pay's period)
FILTER_FIELDS = (*SEARCH_FILTERS, "min_pay", "no_experience", "youth", "skill")


async def _search_from_a_page(raw: SearchInput, caches: search.SearchCaches) -> tuple[search.SearchResult, bool]:
    """A search, and whether its page number was none (?page=abc, 0, a number too long): a link edited by hand, so the
    first page is shown with a word about it, as the staff pages' pagers do, not a field to correct that the form does
    not have. The API refuses such a page instead: a client's mistake there is better found than hidden."""
    try:
        return await search.search(raw, caches=caches), False
    except ValidationFailed as exc:
        if "page" not in exc.fields:
            raise
    return await search.search(replace(raw, page=None), caches=caches), True


def results_context(form: dict[str, str], result: search.SearchResult) -> dict[str, Any]:
    """What the search page and its results fragment show of a search that found something or nothing."""
    return {
        "form": form,
        "selects": presenters.search_selects(form),
        # on a phone the filters fold away under their heading unless one is in use: a pager's link keeps them folded
        "filters_active": result.criteria.narrowed,
        "errors": NO_ERRORS,
        "result": result,
        "labels": presenters.labels(i18n.current_language()),
    }


def refused_context(form: dict[str, str], refused: ValidationFailed) -> dict[str, Any]:
    """What the search page and its results fragment show of a search that makes no sense: why, by the field."""
    errors = NO_ERRORS | translated_errors(refused)
    return {
        "form": form,
        "selects": presenters.search_selects(form),
        # the filters unfold to show a wrong one, or the ones in use beside wrong words
        "filters_active": any(errors[name] for name in errors if name != "q") or any(form[n] for n in FILTER_FIELDS),
        "errors": errors,
        "error_summary": i18n.gettext(refused.message),
        "result": None,
    }


@lru_cache(maxsize=512)
def _job_posting_json(posting: PostingView, base_url: str, language: str) -> str:
    """The posting as schema.org JobPosting for search engines, made once a posting (the key: an edit is a new one),
    address and language."""
    sector, shift = i18n.gettext(SECTORS[posting.sector], language), i18n.gettext(SHIFTS[posting.shift], language)
    return syndication.script_json(feeds.job_posting(posting, base_url=base_url, sector_name=sector, shift_name=shift))


def show_context(posting: PostingView, *, preview: bool, base_url: str) -> dict[str, Any]:
    is_open = posting.is_open(datetime.now(UTC))
    json_ld = _job_posting_json(posting, base_url, i18n.current_language()) if is_open and not preview else None
    return {
        "posting": posting,
        "company": presenters.company_name(posting),
        "is_open": is_open,
        "preview": preview,
        "json_ld": json_ld,
        "canonical": f"{base_url}/jobs/{posting.id}",
    }
