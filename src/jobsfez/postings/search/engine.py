"""Keyword search over the open postings held in memory: the same matches, count and order as the statement of
``search.query``, in time that grows with the matches a page's filters leave, not with the board (issue 19).

PostgreSQL's GIN index hands over every posting a popular word matches, unordered, and a page ranked and counted
them all, so its time grew with the board (docs/benchmarks.md). Here a process holds, for the open postings
(``skills.live`` keeps it current from the match change log, as it does the ranking index):
- each posting's sort keys (published, pay, closing, id) in arrays;
- its filter tokens and skill keys, each token with the rows that hold it;
- the lexemes of its ``search`` column, sorted, each with its rows and each row's part of ``ts_rank`` (what
  ``calc_rank_or`` works out for that lexeme from its positions' labels alone), so that a word's prefix is one
  slice of the sorted lexemes and its rank a sum over it;
- its ``compact`` text, and for each pair of adjacent letters the rows whose text holds it: a substring is looked
  for only in the rows holding all its pairs, after the filters; and the same pairs bound pg_trgm's word
  similarity, so the statement's similarity pass need only ask the rows that may reach it.

A search is the filters' mask read at each word's rows, a sum for the rank, and a partial sort of the matches; what
costs in proportion to the board (a word's rows, a prefix's rank parts by row, a word's rows in relevance order,
which a one-word search reads up to its page as browsing reads a sort's) is worked out once and kept from a word's
second ask (``_Memo``; a first ask works out only the rows its filters leave).
The database stays the truth: the documents are read from PostgreSQL's own generated columns (its parser's lexemes,
its squeezing), and the cards of a page are read from the table. Pure: no database, no framework.
"""

from __future__ import annotations

import bisect
import functools
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]
Rows = npt.NDArray[np.int32]
Bools = npt.NDArray[np.bool_]

# ts_rank's default weights of the labels D, C, B and A (C floats), and calc_rank_or's divisor (a double: π²/6)
LABEL_WEIGHTS = {"D": np.float32(0.1), "C": np.float32(0.2), "B": np.float32(0.4), "A": np.float32(1.0)}
SUM_OF_INVERSE_SQUARES = 1.64493406685
# the rank's bonuses (search.query._keywords): a skill the query names, the whole query found as one squeezed phrase
SKILL_BONUS = 0.5
PHRASE_BONUS = 0.3
# pg_trgm.word_similarity_threshold as shipped: ``%>`` holds at this similarity or more
SIMILARITY = 0.6
LAST = "\U0010ffff"  # after every character: a prefix's lexemes end before prefix + LAST


# Browsing takes the found rows as they are when fewer than this many times the rows it wants are found, else
# reads a sort's order up to them (at 250,000 rows: 30-40 us for a few hundred found, either way; finding 20,000
# costs 330 us, reading the order to the first 20 of them 2 us)
FEW_FOUND = 10

# the labels of the fields ``compact`` holds: title (A), occupation and skills (B), company names (D); not the
# description (C). A word that begins a lexeme with one of these labels is inside the posting's ``compact``.
COMPACT_LABELS = frozenset("ABD")


@functools.lru_cache(maxsize=4096)
def lexeme_rank(labels: str) -> np.float32:
    """A lexeme's part of ``ts_rank`` (normalisation 0) in one posting, from the labels of its positions in
    position order: what PostgreSQL's ``calc_rank_or`` works out in C floats for each lexeme a query operand
    matches, before it divides by SUM_OF_INVERSE_SQUARES (a lexeme without positions counts as one of label D)."""
    values = [LABEL_WEIGHTS[label] for label in labels or "D"]
    total, best, at = np.float32(0.0), np.float32(-1.0), 0
    for j, value in enumerate(values):
        total = np.float32(total + value / np.float32((j + 1) * (j + 1)))
        if value > best:  # the first position of the highest weight
            best, at = value, j
    return np.float32(best + total - best / np.float32((at + 1) * (at + 1)))


@dataclass(frozen=True, slots=True)
class Document:
    """What keyword search knows of one open posting, as its generated columns hold it."""

    id: int
    published: int  # microseconds since 1970
    pay: int | None  # pay_floor_hourly, KRW an hour
    facets: Sequence[str]
    skill_keys: Sequence[str]
    compact: str
    lexemes: Sequence[str]  # the ``search`` column's lexemes
    labels: Sequence[str]  # each lexeme's positions' labels, in position order ("AAC")
    closes: float  # when the posting closes, seconds since 1970


@dataclass(frozen=True, slots=True)
class TrigramRules:
    """How the database's pg_trgm reads a word: whether it takes Hangul for letters (its locale decides: not in a
    plain C one), and the word similarity at which ``%>`` holds (``pg_trgm.word_similarity_threshold``)."""

    hangul: bool = False
    threshold: float = SIMILARITY


AS_SHIPPED = TrigramRules()


@dataclass(frozen=True, slots=True)
class Word:
    """One query word as ``search.query`` tests it: by skill key, substring of ``compact`` (two letters or more)
    and full-text prefix (``exact``: a one-letter word matches only that lexeme; no ``full_text`` arm for "c++")."""

    text: str
    keys: Sequence[str]
    full_text: bool
    exact: bool


@dataclass(frozen=True, slots=True)
class Query:
    """A keyword search: its words, the whole query's skill key when it names one, the rank's parts and filters."""

    words: Sequence[Word]
    whole_key: str | None  # matched as well as all the words ("CNC 선반" as one skill)
    rank_prefixes: Sequence[str]  # the words ts_rank is asked with, each as a prefix
    rank_keys: Sequence[str]  # the skill keys that earn SKILL_BONUS
    phrase: str  # the words squeezed, for PHRASE_BONUS
    facets: Sequence[str]
    skill_keys: Sequence[str] | None  # the skill filter's keys
    min_hourly: tuple[int, int] | None  # (min pay, hours per its unit): pay * hours >= min pay
    sort: str  # relevance | newest | closing | pay


class _RowLists:
    """Token -> the rows holding it, collected while a build streams the documents."""

    def __init__(self) -> None:
        self.rows: dict[str, array[int]] = {}

    def add(self, tokens: Iterable[str], row: int) -> None:
        for token in dict.fromkeys(tokens):  # a token said twice holds the row once
            found = self.rows.get(token)
            if found is None:
                found = self.rows[token] = array("i")
            found.append(row)

    def arrays(self) -> dict[str, Rows]:
        return {token: np.frombuffer(rows, dtype=np.int32) for token, rows in self.rows.items()}


# What an index keeps of the work its searches did that the next may use again, at most (see ``_Memo``), and what an
# entry costs besides its arrays (its key, the array objects, the dict's slot): a word found nowhere is no free entry
MEMO_BYTES = 64 << 20
MEMO_ENTRY_BYTES = 1024
# Keys asked once and not kept, remembered at most (the oldest forgotten): a few MiB of tuples of short strings
ASKED_ONCE_KEYS = 50_000


class _Memo:
    """What searches worked out of one index that later searches ask again (the index never changes): a word's rows
    and those rows in relevance order, a prefix's rank parts by row, the rows holding a text or a set of skill keys.
    Popular words come back on every other search, and each costs in proportion to the board: a prefix's rows span
    thousands of postings, of which a page's filters keep a few hundred. At most ``MEMO_BYTES`` of arrays are kept,
    the least recently asked dropped first.

    Work is kept from its second ask (``kept``; TinyLFU's doorkeeper): most distinct words are asked once, a long
    tail, and a word's whole work costs several times what its one search needs (the rows its filters leave), so a
    first ask does only that, and keeps nothing that would push out the popular words' work. On a stream of 4,000
    searches of the benchmark's skew at 1M postings (1,083 distinct), keeping every first ask left the 64 MiB
    thrashing (docs/benchmarks.md)."""

    def __init__(self, limit: int = MEMO_BYTES) -> None:
        self.limit = limit
        self.size = 0
        self.entries: dict[tuple[str, ...], tuple[npt.NDArray[Any], ...]] = {}
        # asked once and not kept, the oldest first: an OrderedDict, as a dict dropping its first key again and again
        # scans past the slots it emptied (5-110 µs a drop at the bound, against 0.4 µs)
        self.asked: OrderedDict[tuple[str, ...], None] = OrderedDict()

    def clear(self) -> None:
        self.size = 0
        self.entries.clear()
        self.asked.clear()

    def kept(self, key: tuple[str, ...]) -> bool:
        """Whether the key's work is kept or asked for the second time, and so to be worked out whole and kept
        (``get``); a first ask is remembered, and the caller works out only what its search needs."""
        if key in self.entries:
            return True
        if key in self.asked:
            del self.asked[key]
            return True
        self.asked[key] = None
        if len(self.asked) > ASKED_ONCE_KEYS:
            self.asked.popitem(last=False)
        return False

    def get_kept(
        self, key: tuple[str, ...], make: Callable[[], tuple[npt.NDArray[Any], ...]]
    ) -> tuple[npt.NDArray[Any], ...]:
        """Work no cheaper for a first ask, kept from its second."""
        return self.get(key, make) if self.kept(key) else make()

    def get(
        self, key: tuple[str, ...], make: Callable[[], tuple[npt.NDArray[Any], ...]]
    ) -> tuple[npt.NDArray[Any], ...]:
        found = self.entries.pop(key, None)
        if found is None:
            found = make()
            self.size += _entry_bytes(found)
            while self.entries and self.size > self.limit:
                self.size -= _entry_bytes(self.entries.pop(next(iter(self.entries))))
        self.entries[key] = found  # the most recently asked last
        return found


def _entry_bytes(arrays: tuple[npt.NDArray[Any], ...]) -> int:
    return MEMO_ENTRY_BYTES + sum(array.nbytes for array in arrays)


@dataclass(frozen=True, slots=True, eq=False, weakref_slot=True)
class KeywordIndex:
    """Open postings for keyword search, rows in ascending ids (see the module's docstring)."""

    ids: Ints
    published: Ints
    pay: Floats  # NaN: no pay given
    closes: Floats
    facets: dict[str, Bools]  # a mask of the rows each filter token keeps: a few dozen tokens, each of them large
    skills: dict[str, Rows]
    lexicon: list[str]  # sorted
    starts: Ints  # lexeme i's rows and ranks: rows[starts[i]:starts[i + 1]]
    rows: Rows
    ranks: npt.NDArray[np.float32]
    in_compact: Bools  # the lexeme holds a position in a field of ``compact``
    compact: list[str]
    pairs: dict[str, Rows]
    # every row in each sort's order but relevance, for browsing: worked out with the index, in the thread that
    # builds a base (50-70 ms at 250,000 rows, which the first browse after each base paid on the event loop)
    orders: dict[str, Ints] = field(default_factory=dict)
    memo: _Memo = field(default_factory=_Memo, repr=False)

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def build(cls, documents: Iterable[Document]) -> KeywordIndex:
        """The index of documents streamed in ascending ids; none of them is kept."""
        ids, published, pay, closes = array("q"), array("q"), array("d"), array("d")
        facets, skills, pairs = _RowLists(), _RowLists(), _RowLists()
        # rows, ranks as float32 (PostgreSQL's float4) and whether in compact
        lexemes: dict[str, tuple[array[int], array[float], array[int]]] = {}
        compact: list[str] = []
        for row, document in enumerate(documents):
            ids.append(document.id)
            published.append(document.published)
            pay.append(np.nan if document.pay is None else document.pay)
            closes.append(document.closes)
            facets.add(document.facets, row)
            skills.add(document.skill_keys, row)
            text = document.compact
            compact.append(text)
            pairs.add({text[i : i + 2] for i in range(len(text) - 1)}, row)
            for lexeme, labels in zip(document.lexemes, document.labels, strict=True):
                found = lexemes.get(lexeme)
                if found is None:
                    found = lexemes[lexeme] = (array("i"), array("f"), array("b"))
                found[0].append(row)
                found[1].append(float(lexeme_rank(labels)))
                found[2].append(not COMPACT_LABELS.isdisjoint(labels))
        lexicon = sorted(lexemes)
        sizes = np.fromiter((len(lexemes[lexeme][0]) for lexeme in lexicon), dtype=np.int64, count=len(lexicon))
        starts = np.zeros(len(lexicon) + 1, dtype=np.int64)
        np.cumsum(sizes, out=starts[1:])
        rows = np.empty(int(starts[-1]), dtype=np.int32)
        ranks = np.empty(int(starts[-1]), dtype=np.float32)
        in_compact = np.empty(int(starts[-1]), dtype=np.bool_)
        for i, lexeme in enumerate(lexicon):
            lexeme_rows, lexeme_ranks, lexeme_in_compact = lexemes.pop(lexeme)
            rows[starts[i] : starts[i + 1]] = np.frombuffer(lexeme_rows, dtype=np.int32)
            ranks[starts[i] : starts[i + 1]] = np.frombuffer(lexeme_ranks, dtype=np.float32)
            in_compact[starts[i] : starts[i + 1]] = np.frombuffer(lexeme_in_compact, dtype=np.bool_)
        index = cls(
            ids=np.frombuffer(ids, dtype=np.int64),
            published=np.frombuffer(published, dtype=np.int64),
            pay=np.frombuffer(pay, dtype=np.float64),
            closes=np.frombuffer(closes, dtype=np.float64),
            facets={token: _mask(rows, len(ids)) for token, rows in facets.arrays().items()},
            skills=skills.arrays(),
            lexicon=lexicon,
            starts=starts,
            rows=rows,
            ranks=ranks,
            in_compact=in_compact,
            compact=compact,
            pairs=pairs.arrays(),
        )
        every = np.arange(len(index))
        for sort in ("newest", "closing", "pay"):
            index.orders[sort] = np.lexsort(index.sort_keys(sort, every)[::-1])
        return index

    def _holding(self, lists: dict[str, Rows], tokens: Iterable[str]) -> Bools:
        """The rows holding any of the tokens (``lists``: each token's rows)."""
        mask = np.zeros(len(self), dtype=np.bool_)
        for token in tokens:
            found = lists.get(token)
            if found is not None:
                mask[found] = True
        return mask

    def _prefixed(self, prefix: str, *, exact: bool = False) -> slice:
        """The span of ``rows`` and ``ranks`` of the lexemes that begin with ``prefix`` (or are it, ``exact``)."""
        first = bisect.bisect_left(self.lexicon, prefix)
        end = bisect.bisect_left(self.lexicon, prefix + LAST, lo=first)
        if exact:
            end = first + (first < len(self.lexicon) and self.lexicon[first] == prefix)
        return slice(int(self.starts[first]), int(self.starts[end]))

    def _containing(self, text: str, among: Bools) -> Rows:
        """The rows among ``among`` whose compact text holds ``text`` (two letters or more), ascending: those
        holding its rarest letter pair and then every other (each pair's rows are ascending, so a binary search
        tells), each then read (two letters are their own pair)."""
        pairs = [self.pairs.get(text[i : i + 2]) for i in range(len(text) - 1)]
        if any(rows is None for rows in pairs):
            return np.zeros(0, dtype=np.int32)
        rarest, *others = sorted(pairs, key=len)  # type: ignore[arg-type]
        assert rarest is not None
        candidates = rarest[among[rarest]]
        for rows in others:
            if not len(candidates):
                break
            assert rows is not None
            candidates = candidates[_within(rows, candidates)]
        if len(text) > 2:
            compact = self.compact
            candidates = candidates[np.fromiter((text in compact[row] for row in candidates), np.bool_)]
        return candidates

    def _word_rows(self, word: Word, among: Bools | None) -> Rows:
        """The rows a word matches by one of its arms, ascending: a skill key, the full-text prefix, the substring of
        compact (looked for in the rows the others leave). All of them (worked out once and kept), or at least
        those ``among`` holds: a word's first ask looks only there (``_Memo.kept``)."""

        def matching(within: Bools | None) -> Rows:
            matched = self._holding(self.skills, word.keys)
            if word.full_text:
                matched[self.rows[self._prefixed(word.text, exact=word.exact)]] = True
            if within is not None:
                matched &= within
            if len(word.text) > 1:
                matched[self._containing(word.text, ~matched if within is None else within & ~matched)] = True
            return np.flatnonzero(matched).astype(np.int32)

        key = ("word", word.text, str(word.full_text), str(word.exact), *word.keys)
        if among is not None and not self.memo.kept(key):
            return matching(among)
        [rows] = self.memo.get(key, lambda: (matching(None),))
        return rows

    def _holding_text(self, text: str, among: Ints) -> Rows:
        """The rows whose compact text holds ``text`` (two letters or more), ascending: those with a lexeme that
        begins with it in a field compact holds, and those of the rest it is found in. All of them (worked out once
        and kept), or at least those of ``among`` (ascending), on the text's first ask (``_Memo.kept``)."""

        def holding(within: Bools | None) -> Rows:
            span = self._prefixed(text)
            known = _mask(self.rows[span][self.in_compact[span]], len(self))
            if within is not None:
                known &= within
            known[self._containing(text, ~known if within is None else within & ~known)] = True
            return np.flatnonzero(known).astype(np.int32)

        if not self.memo.kept(("text", text)):
            return holding(_mask(among, len(self)))
        [rows] = self.memo.get(("text", text), lambda: (holding(None),))
        return rows

    def _held_rows(self, keys: Sequence[str]) -> Rows:
        """The rows holding any of the skill keys, ascending."""

        def work_out() -> tuple[Rows]:
            return (np.flatnonzero(self._holding(self.skills, keys)).astype(np.int32),)

        [rows] = self.memo.get_kept(("keys", *keys), work_out)
        return rows

    def _prefix_parts(self, prefix: str) -> tuple[Rows, npt.NDArray[np.float32], Bools]:
        """The rows of the lexemes that begin with ``prefix``, ascending, each row's parts in the lexemes' order
        (a stable sort), with each part's rank and whether its lexeme is inside compact."""

        def work_out() -> tuple[Rows, npt.NDArray[np.float32], Bools]:
            span = self._prefixed(prefix)
            order = np.argsort(self.rows[span], kind="stable")
            return self.rows[span][order], self.ranks[span][order], self.in_compact[span][order]

        rows, ranks, in_compact = self.memo.get_kept(("prefix", prefix), work_out)
        return rows, ranks, in_compact

    def _filtered(self, query: Query, live: Bools) -> Bools:
        """The live rows the filters keep."""
        facets: list[Bools] = []
        for token in query.facets:
            held = self.facets.get(token)
            if held is None:
                return np.zeros(len(self), dtype=np.bool_)
            facets.append(held)
        mask = live & facets[0] if facets else live.copy()  # ``live`` is the caller's: a new mask, in one pass
        for held in facets[1:]:
            mask &= held
        if query.skill_keys is not None:
            mask &= self._holding(self.skills, query.skill_keys)
        if query.min_hourly is not None:
            minimum, hours = query.min_hourly
            with np.errstate(invalid="ignore"):
                mask &= self.pay * hours >= minimum  # whole numbers: exact in float64; NaN compares false
        return mask

    def matches(
        self, query: Query, live: Bools, *, similar_from: int | None = None, trigrams: TrigramRules = AS_SHIPPED
    ) -> Bools:
        """The rows a keyword search finds among ``live``: every word by one of its arms (or the whole query's
        skill), and every filter. With ``similar_from``, a superset of what the statement's similarity pass
        finds: a word of that many letters or more may also be one a row's text is similar to (``_may_be_like``,
        by the database's ``trigrams``)."""
        if similar_from is None and query.words:
            return _mask(self.found_rows(query, live), len(self))
        filtered = self._filtered(query, live)
        found = filtered.copy()
        for word in query.words:
            matched = _mask(self._word_rows(word, found), len(self))
            if similar_from is not None and len(word.text) >= similar_from:
                matched |= self._may_be_like(word.text, found & ~matched, trigrams)
            found &= matched
        if query.whole_key is not None and len(query.words) > 1:
            found |= filtered & self._holding(self.skills, [query.whole_key])
        return found

    def found_rows(self, query: Query, live: Bools) -> Ints:
        """The rows ``matches`` finds for a query with words, ascending: the filters' rows among the first word's,
        those among each next word's (a binary search each), and the whole query's skill among the filters'."""
        filtered = self._filtered(query, live)
        rows: Rows | None = None
        for word in query.words:
            held = self._word_rows(word, filtered)
            rows = held[filtered[held]] if rows is None else rows[_within(held, rows)]
        assert rows is not None, "a query with words"
        whole = None if query.whole_key is None or len(query.words) < 2 else self.skills.get(query.whole_key)
        if whole is not None:  # its rows the words did not find, merged in (np.union1d hashes and sorts them all)
            extra = whole[filtered[whole]]
            rows = np.sort(np.concatenate((rows, extra[~_within(rows, extra)])))
        return rows.astype(np.int64)

    def _may_be_like(self, text: str, among: Bools, trigrams: TrigramRules) -> Bools:
        """The rows among ``among`` whose compact text may be similar to ``text`` by pg_trgm's word similarity
        (``compact %> text`` at the database's threshold): a superset. pg_trgm pads the word ("  ab ") and takes
        its trigrams; a row's similarity is at most the share of those its text holds, and a trigram the text
        holds has its letter pairs in it (" ab": "ab"; "abc": "ab" and "bc"). So a row whose text holds the
        pairs of fewer than the threshold's share of the trigrams cannot be similar. Only for a word all letters
        to pg_trgm: ASCII letters and digits, and Hangul where the database's locale takes it for letters;
        pg_trgm splits a word elsewhere, so any row may then be similar. The rows of the whole index are worked out
        once and kept, those of ``among`` alone on the word's first ask (``_Memo.kept``): a misspelt word comes back
        as its right spelling does, and its pairs' rows span tens of thousands at 1M postings."""
        if not all((c.isascii() and c.isalnum()) or (trigrams.hangul and "가" <= c <= "힣") for c in text):
            return among.copy()
        padded = f"  {text} "
        padded_trigrams = {padded[i : i + 3] for i in range(len(padded) - 2)}
        letters = [trigram.strip(" ") for trigram in padded_trigrams]  # less pg_trgm's padding
        wanted = [{part[i : i + 2] for i in range(len(part) - 1)} for part in letters]  # each trigram's letter pairs

        def like(within: Bools | None) -> Rows:
            rows = None if within is None else np.flatnonzero(within)
            holding: dict[str, Bools] = {}  # each letter pair's rows, once: neighbouring trigrams share pairs
            for pair in set().union(*wanted):
                pair_rows = self.pairs.get(pair, np.zeros(0, dtype=np.int32))
                holding[pair] = _mask(pair_rows, len(self)) if rows is None else _within(pair_rows, rows)
            held = np.zeros(len(self) if rows is None else len(rows), dtype=np.int32)
            for pairs in wanted:
                held += np.logical_and.reduce([holding[pair] for pair in pairs]) if pairs else 1
            similar = np.flatnonzero(held >= trigrams.threshold * len(padded_trigrams) - 1e-6)
            return (similar if rows is None else rows[similar]).astype(np.int32)

        key = ("like", text, str(trigrams.hangul), repr(trigrams.threshold))
        if not self.memo.kept(key):
            return _mask(like(among), len(self))
        [rows] = self.memo.get(key, lambda: (like(None),))
        return among & _mask(rows, len(self))

    def rank(self, query: Query, rows: Ints) -> Floats:
        """The relevance of the given rows (ascending): ts_rank over the query's words as prefixes, and the
        bonuses. Only the given rows are counted: a popular prefix spans tens of thousands."""
        if not len(rows):
            return np.zeros(0, dtype=np.float64)
        phrase = np.zeros(len(rows), dtype=np.bool_)  # known to hold the phrase
        found: list[tuple[Ints, npt.NDArray[np.float32]]] = []  # (row's place, lexeme part), in PostgreSQL's order
        for prefix in sorted(query.rank_prefixes):  # PostgreSQL's order of operands: bytewise, as code points sort
            held, parts, in_compact = self._prefix_parts(prefix)
            asked = rows.astype(held.dtype)  # in the held rows' own type: else numpy converts all of them
            first, end = np.searchsorted(held, asked, "left"), np.searchsorted(held, asked, "right")
            counts = end - first
            at = np.repeat(np.arange(len(rows)), counts)  # each part's row, by its place among ``rows``
            taken = np.repeat(first - np.cumsum(counts) + counts, counts) + np.arange(len(at))
            found.append((at, parts[taken]))
            if prefix == query.phrase:  # one word, inside a lexeme of a field compact holds: inside compact
                phrase[at[in_compact[taken]]] = True
        ranks = self._text_ranks(found, len(rows), len(query.rank_prefixes)).astype(np.float64)
        ranks += SKILL_BONUS * _within(self._held_rows(query.rank_keys), rows)
        unknown, text = ~phrase, query.phrase
        if not text:  # no words: every posting holds the empty phrase
            phrase[:] = True
        elif len(text) > 1:  # the rest: among the rows holding it
            phrase[unknown] = _within(self._holding_text(text, rows[unknown]), rows[unknown])
        else:
            phrase[unknown] = [text in self.compact[row] for row in rows[unknown]]
        ranks += PHRASE_BONUS * phrase
        return ranks

    @staticmethod
    def _text_ranks(
        found: list[tuple[Ints, npt.NDArray[np.float32]]], size: int, operands: int
    ) -> npt.NDArray[np.float32]:
        """ts_rank of each of ``size`` rows, as ``ts_rank`` works it out for one: a row's parts are added in
        order, rounded to a float after each, in rounds (a row's first part, then its second, ...)."""
        total = np.zeros(size, dtype=np.float32)
        if not found or not operands:
            return total
        at = np.concatenate([rows for rows, _ in found])
        parts = np.concatenate([part for _, part in found]).astype(np.float64) / SUM_OF_INVERSE_SQUARES
        order = np.argsort(at, kind="stable")  # by row, each row's parts in the order found
        at, parts = at[order], parts[order]
        if not len(at):
            return total
        first = np.flatnonzero(np.concatenate(([True], at[1:] != at[:-1])))  # np.r_ costs 14 µs a call
        counts = np.diff(first, append=len(at))
        for k in range(int(counts.max())):
            chosen = first[counts > k] + k  # each row's k-th part
            total[at[chosen]] = (total[at[chosen]].astype(np.float64) + parts[chosen]).astype(np.float32)
        result: npt.NDArray[np.float32] = total / np.float32(operands)
        return result

    def sort_keys(self, sort: str, rows: Ints, ranks: Floats | None = None) -> list[npt.NDArray[np.float64] | Ints]:
        """The keys the rows are sorted by, smallest first (the last, the id, unique): the statement's ORDER BY."""
        published, ids = self.published[rows], self.ids[rows]
        if sort == "relevance":
            assert ranks is not None
            return [-ranks, -published, -ids]
        if sort == "newest":
            return [-published, -ids]
        if sort == "closing":
            return [self.closes[rows], ids]
        pay = self.pay[rows]  # pay: none given last
        return [np.where(np.isnan(pay), np.inf, -pay), -published, -ids]

    def first_ranked(self, query: Query, live: Bools, count: int) -> tuple[Ints, int, float | None]:
        """A one-word search by relevance, as ``first`` browses: the first ``count`` rows it finds in relevance order
        (ascending), how many it finds, and when the first of them closes. The word's rows in that order are worked
        out once and kept: its rank is the word's alone, whatever the filters, which then only keep or skip rows.
        On the first ask of that order (``_Memo.kept``) every row found is given, for the page to rank, as when few
        are found."""
        [word] = query.words
        filtered = self._filtered(query, live)
        held = self._word_rows(word, filtered)
        found = held[filtered[held]]
        key = ("ranked", word.text, str(word.full_text), str(word.exact), query.phrase, *word.keys, "|")
        key += (*query.rank_keys, "|", *query.rank_prefixes)  # all a rank reads of the query
        if len(found) < FEW_FOUND * count or not self.memo.kept(key):
            return found.astype(np.int64), len(found), float(self.closes[found].min()) if len(found) else None

        def work_out() -> tuple[Rows]:
            every = self._word_rows(word, None)
            rows = every.astype(np.int64)
            return (every[np.lexsort(self.sort_keys("relevance", rows, self.rank(query, rows))[::-1])],)

        [order] = self.memo.get(key, work_out)
        return np.sort(_first_kept(order, filtered, count)), len(found), float(self.closes[found].min())

    def first(self, found: Bools, sort: str, count: int) -> tuple[Ints, int, float | None]:
        """Browsing's part of a layer: the first ``count`` rows ``found`` in the sort's order (in any order: the
        page sorts them), how many are found, and when the first of them closes. Few found rows are taken as
        they are; else the kept orders are read in growing slices up to the rows wanted."""
        matched = int(np.count_nonzero(found))
        if matched < FEW_FOUND * count:
            rows = np.flatnonzero(found)
            return rows, matched, float(self.closes[rows].min()) if matched else None
        [soonest] = _first_kept(self.orders["closing"], found, 1)
        return _first_kept(self.orders[sort], found, count), matched, float(self.closes[soonest])


def _within(held: Rows, rows: Ints | Rows) -> Bools:
    """Which of ``rows`` are in ``held`` (ascending, as every list of rows is): a binary search each."""
    if not len(held):
        return np.zeros(len(rows), dtype=np.bool_)
    rows = rows.astype(held.dtype, copy=False)  # else numpy converts every held row to the rows' type first
    at = np.minimum(np.searchsorted(held, rows), len(held) - 1)
    found: Bools = held[at] == rows
    return found


def _first_kept(order: Ints, kept: Bools, count: int) -> Ints:
    """The first ``count`` rows of ``order`` that ``kept`` keeps, reading it in slices four times as long each."""
    taken: list[Ints] = []
    start, size, needed = 0, max(256, 4 * count), count
    while needed > 0 and start < len(order):
        rows = order[start : start + size]
        rows = rows[kept[rows]][:needed]
        taken.append(rows)
        needed -= len(rows)
        start, size = start + size, 4 * size
    return np.concatenate(taken) if taken else np.zeros(0, dtype=np.int64)


def _mask(rows: Rows | Ints, size: int) -> Bools:
    mask = np.zeros(size, dtype=np.bool_)
    mask[rows] = True
    return mask


@dataclass(frozen=True, slots=True)
class Found:
    """A page of a keyword search: the posting ids in order, where each was found (the layer's place among the
    layers, the row), how many matched in all, and when the first of them closes (epoch seconds; None if none
    matched): until then the same search finds the same, unless rows change."""

    ids: list[int]
    at: list[tuple[int, int]]
    total: int
    first_close: float | None


def search(layers: Iterable[tuple[KeywordIndex, Bools]], query: Query, *, offset: int, limit: int) -> Found:
    """One page of matches over the layers (an index, its live rows), in the query's order:
    relevance (rank, then newest), newest, soonest to close, best paid (then newest); ties by id as the
    statement breaks them. Browsing (no words: every match ranks the same, so relevance is newest) reads each
    layer's rows in the order it keeps for the sort, and stops at the page."""
    browsing = not query.words
    sort = "newest" if browsing and query.sort == "relevance" else query.sort
    keys: list[list[npt.NDArray[np.float64] | Ints]] = []
    first_closes: list[float] = []
    total = 0
    places: list[Ints] = []  # where each row was found: its layer's place
    found_rows: list[Ints] = []
    for place, (index, live) in enumerate(layers):
        if browsing:
            rows, count, first_close = index.first(index.matches(query, live), sort, offset + limit)
        elif sort == "relevance" and len(query.words) == 1:
            rows, count, first_close = index.first_ranked(query, live, offset + limit)
        else:
            rows = index.found_rows(query, live)
            count, first_close = len(rows), float(index.closes[rows].min()) if len(rows) else None
        total += count
        if first_close is not None:
            first_closes.append(first_close)
        ranks = index.rank(query, rows) if sort == "relevance" else None
        keys.append(index.sort_keys(sort, rows, ranks))
        places.append(np.full(len(rows), place, dtype=np.int64))
        found_rows.append(rows)
    columns = [np.concatenate(column) for column in zip(*keys, strict=True)]
    ids = np.abs(columns[-1])
    chosen = smallest(columns, offset + limit)[offset:]
    at = list(zip(np.concatenate(places)[chosen].tolist(), np.concatenate(found_rows)[chosen].tolist(), strict=True))
    return Found(ids[chosen].tolist(), at, total, min(first_closes, default=None))


def smallest(keys: Sequence[npt.NDArray[np.float64] | Ints], count: int) -> Ints:
    """The positions of the ``count`` smallest rows by the keys (compared in order; the last one unique), in
    order: each key in turn keeps the rows strictly below its count-th value, and the ties at it go on to the
    next key, so that only the few rows left are sorted."""
    left: Ints = np.arange(len(keys[0]))
    chosen: list[Ints] = []
    needed = count
    for key in keys:
        if len(left) <= needed:
            break
        values = key[left]
        cut = np.partition(values, needed - 1)[needed - 1]
        below = values < cut
        chosen.append(left[below])
        needed -= int(below.sum())
        left = left[values == cut]
    rows = np.concatenate([*chosen, left])
    order = np.lexsort(tuple(key[rows] for key in reversed(keys)))
    result: Ints = rows[order][:count]
    return result
