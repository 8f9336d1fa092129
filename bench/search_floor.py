"""The app with each search answered from memory after its first time: what the search page costs around its
search, for ``bench_search_http.py --search-from-memory`` (uvicorn finds it on the benchmark's --app-dir)."""

from __future__ import annotations

from litestar import Litestar

import jobsfez.postings.search as search
from jobsfez.app import create_app_from_env as create_app
from jobsfez.postings.criteria import SearchInput
from jobsfez.postings.search import SearchCaches, SearchResult


def create_app_from_env() -> Litestar:
    """The app as the Procfile makes it, its pages' ``search.search`` remembering each search's result for good."""
    real = search.search
    remembered: dict[str, SearchResult] = {}

    async def from_memory(raw: SearchInput, *, caches: SearchCaches) -> SearchResult:
        key = repr(raw)
        if key not in remembered:
            remembered[key] = await real(raw, caches=caches)
        return remembered[key]

    search.search = from_memory  # the pages call it through the package
    return create_app()
