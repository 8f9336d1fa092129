"""What search remembers between requests, held in one ``SearchCaches`` object per process.

The web lifespan creates it (``app.state.search_caches``) and every search is handed it, so a test or a benchmark
makes a fresh one instead of clearing module state.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from jobsfez.postings.search.documents import BoardSize, LiveKeywords, TrigramSettings, live_keywords
from jobsfez.postings.search.engine import KeywordIndex
from jobsfez.postings.search.query import Keywords, Terms, query_words, terms_of
from jobsfez.skills import service as skills
from jobsfez.skills.matching import Canonical, Vocabulary, canonicalise, name_words, narrower

if TYPE_CHECKING:
    from jobsfez.postings.search.service import SearchResult
    from jobsfez.postings.views import PostingCard

# A staff edit to the taxonomy reaches search within this time, in every process.
VOCABULARY_SECONDS = 1.0


class WordCache:
    """Query words' skill keys and search terms: searches repeat their words, and a typo's fuzzy lookup is the
    costly part. Emptied when the taxonomy changes (a new vocabulary object) or grows past its size.
    """

    SIZE = 4096

    def __init__(self) -> None:
        self.vocabulary: Vocabulary | None = None
        self.found: dict[str, Canonical] = {}
        self.terms: dict[str, Terms] = {}
        self.filters: dict[str, list[str]] = {}
        self.name_words: dict[str, tuple[frozenset[str], frozenset[str]]] | None = None

    def _current(self, vocabulary: Vocabulary) -> None:
        if vocabulary is not self.vocabulary:
            self.name_words = None  # made again on the first skill filter: it outlives a full cache
        if vocabulary is not self.vocabulary or len(self.found) + len(self.terms) + len(self.filters) >= self.SIZE:
            self.vocabulary, self.found, self.terms, self.filters = vocabulary, {}, {}, {}

    def canonical(self, vocabulary: Vocabulary, text: str) -> Canonical:
        self._current(vocabulary)
        found = self.found.get(text)
        if found is None:
            found = self.found[text] = canonicalise(vocabulary, text)
        return found

    def skill_filter(self, vocabulary: Vocabulary, text: str) -> list[str]:
        """The keys a skill filter finds: the skill it names and the narrower skills its name covers ("용접" finds
        "TIG 용접"), or the free key of text that names no skill."""
        self._current(vocabulary)
        keys = self.filters.get(text)
        if keys is None:
            key = self.canonical(vocabulary, text).key
            if self.name_words is None:
                self.name_words = name_words(vocabulary)
            keys = self.filters[text] = [key, *narrower(key, self.name_words)]
        return keys

    def terms_of(self, vocabulary: Vocabulary, word: str) -> Terms:
        self._current(vocabulary)
        terms = self.terms.get(word)
        if terms is None:
            terms = self.terms[word] = terms_of(vocabulary, word, self.canonical(vocabulary, word).key)
        return terms

    def keywords(self, vocabulary: Vocabulary, q: str) -> Keywords | None:
        """The query's words with their terms; None for a query without words."""
        words = query_words(q)
        if not words:
            return None
        terms = [self.terms_of(vocabulary, word) for word in words]
        return Keywords(words, terms, self.canonical(vocabulary, " ".join(words)))


class RecentVocabulary:
    """The taxonomy, asked for its version at most once every VOCABULARY_SECONDS: a search then costs one
    query, not two."""

    def __init__(self) -> None:
        self.value: Vocabulary | None = None
        self.at = 0.0

    async def get(self) -> Vocabulary:
        now = time.monotonic()
        if self.value is None or now - self.at > VOCABULARY_SECONDS:
            self.value, self.at = await skills.vocabulary(), now
        return self.value


@dataclass(frozen=True, slots=True)
class Remembered:
    result: SearchResult
    change: int  # the postings' change number the result was read at
    until: datetime


class ResultCache:
    """Search results reused while nothing they depend on has changed.

    Keyed by the checked search and the taxonomy's version (it decides what words mean); an entry is reused
    only while the postings' change number (bumped in the writing transaction by a trigger on every statement
    that changes postings) is the one it was read at; a page the keyword index found, under a key of its own,
    while the process's index is at the version it was found at. An entry also ends when the first of its matches
    closes (closing needs no write to hide a posting), and after MAX_AGE at most, so a company's new name shows
    within that time. A size of 0 remembers nothing.
    """

    SIZE = 2048
    MAX_AGE = timedelta(seconds=60)

    def __init__(self, size: int = SIZE) -> None:
        self.size = size
        self.entries: OrderedDict[Hashable, Remembered] = OrderedDict()

    def get(self, key: Hashable, now: datetime) -> Remembered | None:
        entry = self.entries.get(key)
        if entry is None:
            return None
        if now >= entry.until:
            del self.entries[key]
            return None
        self.entries.move_to_end(key)
        return entry

    def put(
        self, key: Hashable, result: SearchResult, *, change: int, now: datetime, first_close: datetime | None
    ) -> None:
        until = now + self.MAX_AGE if first_close is None else min(now + self.MAX_AGE, first_close)
        self.entries[key] = Remembered(result, change, until)
        self.entries.move_to_end(key)
        if len(self.entries) > self.size:
            self.entries.popitem(last=False)


class FoundCards:
    """The cards of postings the keyword index found, by the index and row that found them. A row of an index is
    one version of a posting: a write hides the row and brings the posting's new version in a new layer, whose
    index starts without cards, so a card is good for as long as its row is found. At most SIZE a process (then
    they are read again), and gone with their index."""

    SIZE = 20_000

    def __init__(self, size: int = SIZE) -> None:
        self.size = size
        self.by_index: WeakKeyDictionary[KeywordIndex, dict[int, PostingCard]] = WeakKeyDictionary()

    @property
    def count(self) -> int:
        """The cards kept, of the indexes still alive (a few: the base and the fresh layers)."""
        return sum(len(cards) for cards in self.by_index.values())

    def get(self, index: KeywordIndex, row: int) -> PostingCard | None:
        cards = self.by_index.get(index)
        return None if cards is None else cards.get(row)

    def put(self, index: KeywordIndex, row: int, card: PostingCard) -> None:
        if self.count >= self.size:  # the next searches read theirs again
            self.by_index.clear()
        cards = self.by_index.get(index)
        if cards is None:
            cards = self.by_index[index] = {}
        cards[row] = card


@dataclass(frozen=True, slots=True)
class SearchCaches:
    """Everything search keeps in a process, made once by the web lifespan (or by a test, or the benchmark)."""

    words: WordCache = field(default_factory=WordCache)
    vocabulary: RecentVocabulary = field(default_factory=RecentVocabulary)
    results: ResultCache = field(default_factory=ResultCache)
    keywords: LiveKeywords = field(default_factory=live_keywords)  # the open postings, for keyword search
    cards: FoundCards = field(default_factory=FoundCards)  # the cards of the postings the index found
    board: BoardSize = field(default_factory=BoardSize)  # whether it is large enough for the index
    trigrams: TrigramSettings = field(default_factory=TrigramSettings)  # how pg_trgm reads words
