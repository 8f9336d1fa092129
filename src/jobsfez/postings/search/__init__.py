"""Public job search, in three parts: ``query`` builds a page's one statement, ``caches`` holds what a process
remembers between searches (one ``SearchCaches`` object), and ``service`` runs a search with them."""

from jobsfez.postings.search.caches import ResultCache, SearchCaches
from jobsfez.postings.search.query import PAGE_SIZE
from jobsfez.postings.search.service import FeedItem, SearchResult, open_postings, recent, search

__all__ = ["PAGE_SIZE", "FeedItem", "ResultCache", "SearchCaches", "SearchResult", "open_postings", "recent", "search"]
