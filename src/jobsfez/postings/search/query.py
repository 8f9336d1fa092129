"""The statement of one search page, built from checked criteria and what the query's words mean.

Each word of the query must match a posting in at least one way: a prefix of a word in the title, occupation,
skills, description or company names (full text, 'simple' configuration: Korean has no stemming); a substring of
the title, occupation, skills and company names with every space removed ("CNC 선반" finds "CNC선반", "진해 정밀"
finds "진해정밀"); or the skill key the word canonicalises to ("Phyton" → python, "용졉" → welding), compared with
the keys stored when the posting was saved. When that finds nothing, the search asks again with trigram word
similarity on the squeezed text (typos in longer words that name no skill). Only published postings of approved
companies, not yet closed, are found.

A keyword search first asks one GIN index (``findable``, migration 43) for its candidates: the filters, and for
each word a superset of what its tests find (its skill keys, the letter pairs of the substring, the same
full-text lexemes); the exact tests then run on the few rows left. With similarity and filters, the ``facets``
index intersects the filters and the words are tested on what is left; without filters, a word's candidates are
those or the trigram index's, which PostgreSQL ORs as bitmaps. Browsing without words reads pages off btree
indexes in order. Counts stop past COUNT_CAP.

Everything here is pure: the caches and the database are the service's (``search.service``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from jobsfez.choices import HOURS_PER_UNIT, SEARCH_FILTERS
from jobsfez.postings.criteria import Criteria
from jobsfez.postings.views import PostingCard
from jobsfez.skills.matching import Canonical, Vocabulary

PAGE_SIZE = 20
MAX_WORDS = 6
# Shorter words only match by prefix, substring and skill key: trigram similarity of 1-3 letters finds noise.
TRIGRAM_MIN_CHARS = 4
WORD = re.compile(r"[\w+#]+")
PLAIN = re.compile(r"\w+")
# Listed (published, of an approved company: migration 68 keeps the company's approval on the posting) and open.
OPEN = "p.status = 'published' AND p.company_approved AND p.closes_at > now()"
SIMILAR = "SELECT t.id FROM postings t WHERE t.status = 'published' AND t.compact %>"
# Counting stops past this many matches: a page then says "1,000+" (the API: total_capped), and pages stop there
# (criteria.MAX_PAGE). Below it every count is exact. Counting every match grew with the postings (issue 19).
COUNT_CAP = 1000


def select_list(names: Iterable[str]) -> str:
    """The SELECT list of a posting's shape by its fields' names, so a shape declares what it reads only once
    (the company's names are the posting's copies: migration 67)."""
    return ", ".join(f"p.{name}" for name in names)


CARD_COLUMNS = select_list(PostingCard._fields)
# Names, not expressions, so that one order serves both levels of the statement: the page's own ORDER BY, and
# the one around it, which reads the sort keys off the page without selecting them (see PAGE).
ORDER = {
    "relevance": "rank DESC, published_at DESC, id DESC",
    "newest": "published_at DESC, id DESC",
    "closing": "closes_at, id",
    "pay": "pay_floor_hourly DESC NULLS LAST, published_at DESC, id DESC",
}

# A page is one statement. It reads the postings' change number and, unless that is still the number a
# remembered result was read at (UNCHANGED: PostgreSQL then skips the page as a one-time filter), the page and
# the count of the matches, all in one snapshot. A keyword search's first page counts beside its ranked rows (a
# window: every match is ranked anyway); browsing and later pages count in a part of their own, as browsing reads
# its page off an index in order and a later page may lie past the last, where a window has no rows to count over.
# That part counts COUNT_CAP + 1 matches at most, the soonest to close first, so that its first closing time is
# every match's (browsing reads them in that order off an index of listed postings, without the table).
# Only the card's fields leave the page, and the first closing time as whole microseconds since 1970: asyncpg
# decodes a timestamptz into a datetime slowly, so the sort keys stay inside, where ORDER BY finds them.
PAGE = """WITH changes AS (SELECT (SELECT version FROM posting_changes WHERE id = 1) AS version),
    page AS ({page})
SELECT changes.version AS change, {cards}, page.total, {first_close}
FROM changes LEFT JOIN page ON true ORDER BY {order}"""
COUNTED_PAGE = """WITH changes AS (SELECT (SELECT version FROM posting_changes WHERE id = 1) AS version),
    page AS ({page}),
    counted AS (SELECT count(*) AS total, min(soonest.closes_at) AS first_close
                FROM (SELECT p.closes_at FROM postings p WHERE {where} ORDER BY p.closes_at LIMIT {cap}) AS soonest)
SELECT changes.version AS change, {cards}, counted.total, {first_close}
FROM changes CROSS JOIN counted LEFT JOIN page ON true ORDER BY {order}"""
UNCHANGED = "(SELECT version FROM changes) IS DISTINCT FROM {known}"
WINDOW = "count(*) OVER () AS total, min(p.closes_at) OVER () AS first_close"
PAGE_CARDS = ", ".join(f"page.{name}" for name in PostingCard._fields)
FIRST_CLOSE = "(extract(epoch FROM {}.first_close) * 1000000)::int8 AS first_close"


def query_words(q: str) -> list[str]:
    """The distinct words of a query in lower case, the first MAX_WORDS of them."""
    return list(dict.fromkeys(WORD.findall(q.lower())))[:MAX_WORDS]


def may_hold_typos(q: str) -> bool:
    """Whether a query has a word long enough for trigram similarity to find what it misspells."""
    return any(len(word) >= TRIGRAM_MIN_CHARS for word in WORD.findall(q))


@dataclass(frozen=True, slots=True)
class Terms:
    """What one query word brings to a search, worked out from the word and the taxonomy alone."""

    key: str  # the skill key the word canonicalises to
    widened: list[str]  # that key and the skills it covers: "용접" (welding) finds "TIG 용접" (welding-tig) too
    candidate: str  # the ``findable`` tsquery of its key and letter-pair arms, taken as written
    prefix: str | None  # its full-text prefix query; None for "c++" and "c#", whose "+" and "#" the parser drops


def terms_of(vocabulary: Vocabulary, word: str, key: str) -> Terms:
    """A word's search terms, given the skill key it canonicalises to."""
    widened = [key, *(vocabulary.by_id[key].related if key in vocabulary.by_id else ())]
    candidate = [_lexeme(f"K:{k}") for k in widened]
    if len(word) > 1:  # the substring arm's letter pairs
        pairs = dict.fromkeys(word[i : i + 2] for i in range(len(word) - 1))
        candidate.append("(" + " & ".join(_lexeme(f"G:{pair}") for pair in pairs) + ")")
    prefix = (f"'{word}':*" if len(word) > 1 else f"'{word}'") if PLAIN.fullmatch(word) else None
    return Terms(key, widened, " | ".join(candidate), prefix)


@dataclass(frozen=True, slots=True)
class Keywords:
    """The query's words with their terms, and the whole query's skill key ("CNC 선반" may name one skill)."""

    words: list[str]
    terms: list[Terms]
    whole: Canonical


def page_statement(
    criteria: Criteria,
    keywords: Keywords | None,
    skill_keys: list[str] | None,
    *,
    similar: bool,
    unless: int | None,
    among: list[int] | None = None,
) -> tuple[str, list[Any]]:
    """The statement of one page of results and its arguments: the columns ``change``, the card's fields,
    ``total`` and ``first_close``, one row per card (one row without a card on an empty page); the page and
    the count are left out when the change number is still ``unless``.

    ``skill_keys`` are the keys the skill filter finds (its skill and the narrower ones); ``similar`` adds trigram
    similarity to the words; ``among``, the ids of a superset of the postings it finds (the keyword index's).
    """
    sql = _Sql()
    words = None
    # with similarity, filters narrow better than the trigram index: they leave hundreds or thousands of postings,
    # where a word's trigrams match tens of thousands (222 against 69 ms a typo search at 1,000,000 postings)
    candidates = keywords is not None and not (similar and _narrows(criteria))
    if keywords is not None:
        words = _keywords(sql, keywords, similar=similar, with_candidates=candidates)
    if words is not None and candidates:
        _candidates(sql, words, criteria)
    else:
        _facet_filters(sql, criteria, index=bool(criteria.q))
    _value_filters(sql, criteria, skill_keys)
    if among is not None:
        sql.clauses.append(f"p.id = ANY({sql.arg(among)}::bigint[])")
    where = " AND ".join(sql.clauses)
    limit, offset = sql.arg(PAGE_SIZE), sql.arg((criteria.page - 1) * PAGE_SIZE)
    unchanged = "true" if unless is None else UNCHANGED.format(known=sql.arg(unless))
    order = ORDER[criteria.sort]
    window = words is not None and criteria.page == 1  # every match is ranked anyway: counting them is free
    # a query of punctuation alone has no words, and is sorted by relevance all the same
    rank = f", {words.rank if words is not None else 0} AS rank" if criteria.q else ""
    page = f"""SELECT {CARD_COLUMNS}, p.closes_at, p.pay_floor_hourly{rank}{", " + WINDOW if window else ""}
               FROM postings p WHERE {unchanged} AND {where} ORDER BY {order} LIMIT {limit} OFFSET {offset}"""  # noqa: S608
    if window:
        statement = PAGE.format(page=page, cards=PAGE_CARDS, first_close=FIRST_CLOSE.format("page"), order=order)
    else:
        statement = COUNTED_PAGE.format(
            page=page,
            where=f"{unchanged} AND {where}",
            cap=sql.arg(COUNT_CAP + 1),
            cards=PAGE_CARDS,
            first_close=FIRST_CLOSE.format("counted"),
            order=order,
        )
    return statement, sql.args


class _Sql:
    """WHERE clauses with their asyncpg $n parameters, numbered as they are added."""

    def __init__(self) -> None:
        self.clauses: list[str] = [OPEN]
        self.args: list[Any] = []

    def arg(self, value: Any) -> str:
        self.args.append(value)
        return f"${len(self.args)}"


def _lexeme(text: str) -> str:
    """A tsquery operand taken as it is (a ``::tsquery`` cast does not normalise): quotes and backslashes doubled."""
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


@dataclass(frozen=True, slots=True)
class _Words:
    rank: str  # the rank expression
    # per word, a ``findable`` tsquery expression that finds a superset of what its test finds
    candidates: list[str]
    # per word, its trigram similarity condition when it has one (``similar``, words of TRIGRAM_MIN_CHARS or more)
    similar: list[str | None]
    whole: str | None  # the whole query's skill key as a tsquery expression, when it names one skill


def _keywords(sql: _Sql, keywords: Keywords, *, similar: bool, with_candidates: bool) -> _Words:
    """Adds the per-word conditions (with trigram similarity when ``similar``); returns the rank expression and
    what the candidates must hold (``with_candidates``; else filters narrow, and the similar postings are asked
    of the trigram index once a word). Either narrows the postings, so every other arm is tested on each."""
    words, all_terms, whole_key = keywords.words, keywords.terms, keywords.whole
    conditions: list[str] = []
    candidates: list[str] = []
    similar_to: list[str | None] = []
    for word, terms in zip(words, all_terms, strict=True):
        # cheapest first: PostgreSQL stops at the first arm that matches
        arms = [f"p.skill_keys && {sql.arg(terms.widened)}::text[]"]
        if len(word) > 1:
            # strpos, not LIKE: a two-letter word has no trigram, and a generic plan would scan the whole index
            arms.append(f"strpos(p.compact, {sql.arg(word)}) > 0")
        words_match = None
        if terms.prefix is not None:  # "c++" and "c#" are left to the substring arm
            words_match = f"to_tsquery('simple', {sql.arg(terms.prefix)})"
            arms.append(f"p.search @@ {words_match}")
        # the words through the same to_tsquery: ``findable`` holds every lexeme of ``search``
        if with_candidates:
            keys_or_pairs = f"{sql.arg(terms.candidate)}::tsquery"
            candidates.append(f"({keys_or_pairs} || {words_match})" if words_match else keys_or_pairs)
        similar_arm = None
        if similar and len(word) >= TRIGRAM_MIN_CHARS:  # a typo shares no key, letter pair or prefix with its word
            similar_arm = f"p.compact %> {sql.arg(word)}" if with_candidates else None
            arms.append(similar_arm or f"p.id IN ({SIMILAR} {sql.arg(word)})")
        similar_to.append(similar_arm)
        conditions.append("(" + " OR ".join(arms) + ")")
    keyword = " AND ".join(conditions)
    whole_skill = None
    if whole_key.skill_id is not None and len(words) > 1:  # "CNC 선반" as one skill, whichever way it is spaced
        keyword = f"(({keyword}) OR p.skill_keys @> ARRAY[{sql.arg(whole_key.key)}::text])"
        whole_skill = f"{sql.arg(_lexeme(f'K:{whole_key.key}'))}::tsquery" if with_candidates else None
    sql.clauses.append(keyword)
    prefixes = " | ".join(f"'{w}':*" for w, t in zip(words, all_terms, strict=True) if t.prefix is not None)
    rank = f"ts_rank(p.search, to_tsquery('simple', {sql.arg(prefixes)}))" if prefixes else "0"
    all_keys = sql.arg([*dict.fromkeys(k for t in all_terms for k in t.widened), whole_key.key])
    squeezed = sql.arg("".join(words))
    # a skill the query names (or a narrower one it covers), and the whole query as one squeezed phrase, rank above
    # scattered words and company names
    rank = (
        f"{rank} + CASE WHEN p.skill_keys && {all_keys} THEN 0.5 ELSE 0 END"
        f" + CASE WHEN strpos(p.compact, {squeezed}) > 0 THEN 0.3 ELSE 0 END"
    )
    return _Words(rank, candidates, similar_to, whole_skill)


def _candidates(sql: _Sql, words: _Words, c: Criteria) -> None:
    """Adds the condition the ``findable`` GIN index answers (with the trigram index for typos): the filters, and
    each word by any of its arms.

    Every arm is a superset of the exact test beside it (skill keys, the letter pairs of a substring, the same
    full-text lexemes, the same similarity), so the indexes hand over every posting the exact tests keep and few
    others. Without similarity, words and filters are one tsquery, which one index scan intersects.
    """
    filters = facets_of(c)
    filtered = f"{sql.arg(' & '.join(_lexeme(f'F:{token}') for token in filters))}::tsquery" if filters else None
    if not any(words.similar):
        query = " && ".join(words.candidates)
        if words.whole is not None:
            query = f"({query}) || {words.whole}"
        sql.clauses.append(f"p.findable @@ ({filtered} && ({query}))" if filtered else f"p.findable @@ ({query})")
        return
    each = [
        f"(p.findable @@ {candidate} OR {similar})" if similar else f"p.findable @@ {candidate}"
        for candidate, similar in zip(words.candidates, words.similar, strict=True)
    ]
    condition = " AND ".join(each)
    if words.whole is not None:
        condition = f"({condition} OR p.findable @@ {words.whole})"
    sql.clauses.append(f"p.findable @@ {filtered} AND {condition}" if filtered else condition)


def facets_of(c: Criteria) -> list[str]:
    """The filters as the tokens of the postings' ``facets`` column (migration 42 builds them the same way)."""
    tokens = [f"{name}:{getattr(c, name)}" for name in SEARCH_FILTERS if getattr(c, name)]
    if c.youth:
        tokens.append("youth")
    if c.no_experience:
        tokens.append("no_experience")
    return tokens


def _narrows(c: Criteria) -> bool:
    """Whether the filters narrow the open postings much ("no experience" alone leaves about half)."""
    return any(facet != "no_experience" for facet in facets_of(c))


def _facet_filters(sql: _Sql, c: Criteria, *, index: bool) -> None:
    """``index``: all filters through the one GIN index, which intersects them; else one column each, for
    browsing, where a page is read off a btree index in order and the count needs no visit to the table.
    (Candidates hold the filters themselves: ``_candidates``.)"""
    if index:
        if tokens := facets_of(c):
            sql.clauses.append(f"p.facets @> {sql.arg(tokens)}::text[]")
    else:
        for name in SEARCH_FILTERS:
            if getattr(c, name):
                sql.clauses.append(f"p.{name} = {sql.arg(getattr(c, name))}")
        if c.no_experience:
            sql.clauses.append("p.no_experience")
        if c.youth:
            sql.clauses.append("p.youth_min_age IS NOT NULL")


def _value_filters(sql: _Sql, c: Criteria, skill_keys: list[str] | None) -> None:
    """The filters no index token stands for: minimum pay and a named skill (or a narrower one)."""
    if c.min_pay is not None:
        sql.clauses.append(f"p.pay_floor_hourly * {sql.arg(HOURS_PER_UNIT[c.pay_unit])} >= {sql.arg(c.min_pay)}")
    if skill_keys is not None:
        sql.clauses.append(f"p.skill_keys && {sql.arg(skill_keys)}::text[]")
