"""What users typed that named no skill, most common first, for staff to turn into an alias or dismiss (issue 16).

A profile's or posting's skill line that names no skill is stored under a free key (skills/match/canonical.py);
equal words typed by many people share one key. Staff see only the words and how many profiles and postings carry
them, never who typed them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobsfez.db import fetch, new_row, transaction
from jobsfez.errors import ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.moderation.paging import PAGE_SIZE, Page, contains, page_number, words
from jobsfez.skills import service
from jobsfez.skills.matching import FREE_PREFIX, canonicalise, normalise
from jobsfez.skills.tables import SkillDismissal

# Profiles and postings a line must be carried by to be listed by default: one person's own words could say who
# they are (a rare trade, a school's course), where words two people typed are a way of naming a skill. The page
# says "carried by only one" in its words: change them with this.
SHARED_BY = 2
# Longest alias the taxonomy keeps (skills.service._check_skill).
MAX_ALIAS_CHARS = 200
# The characters that separate aliases in the taxonomy's alias field: an alias holding one would become two.
ALIAS_SEPARATORS = re.compile(r"[,\n|]")
GONE = lazy("This line is no longer stored: it may have been re-keyed or edited. The list is shown afresh.")

# One grouped statement: every free key of the stored profile and posting skills with the words most often typed
# for it, its distinct profiles and postings, and the count of all such lines for the pager. SQL, for mode() and
# the counts by side, which the query builder cannot write. FREE_PREFIX is written into the statement, as the
# partial indexes of the free keys (migration 95) hold it: with a parameter, a generic plan could not use them.
LINES = """
WITH free AS (
    SELECT skill_key AS key, text, user_id AS profile, NULL::bigint AS posting
    FROM seeker_skills WHERE starts_with(skill_key, 'free:')
    UNION ALL
    SELECT key, text, NULL, posting_id FROM posting_skills WHERE starts_with(key, 'free:')
), lines AS (
    SELECT key, mode() WITHIN GROUP (ORDER BY text) AS text,
           count(DISTINCT profile) AS profiles, count(DISTINCT posting) AS postings
    FROM free
    WHERE (key IN (SELECT key FROM skill_dismissals)) = $1
    GROUP BY key
    HAVING $3 = '' OR bool_or(text ILIKE $3)
)
SELECT total.n AS total, total.hidden, shown.key, shown.text, shown.profiles, shown.postings
FROM (SELECT count(*) FILTER (WHERE profiles + postings >= $2) AS n,
             count(*) FILTER (WHERE profiles + postings < $2) AS hidden FROM lines) total
LEFT JOIN LATERAL (
    SELECT * FROM lines WHERE profiles + postings >= $2 ORDER BY profiles + postings DESC, text, key LIMIT $4 OFFSET $5
) shown ON true
"""


@dataclass(frozen=True, slots=True)
class Line:
    """A line users typed that names no skill: the words as most often typed, how many carry it, the skills it is
    close to, and the skill it reads as now when a taxonomy change has not been re-keyed into it yet."""

    key: str
    text: str
    profiles: int
    postings: int
    suggestions: tuple[service.SkillName, ...]
    now_read_as: service.SkillName | None

    @property
    def alias(self) -> str:
        """The words to offer as the alias: the line as typed, unless the alias field would refuse it (a list of
        things, "취미: 축구, 요리", is no one name; staff type the part they mean)."""
        return "" if ALIAS_SEPARATORS.search(self.text) else self.text


@dataclass(frozen=True, slots=True)
class Listed:
    """A page of the unmatched lines, and how many lines the page leaves out as carried by too few to list."""

    page: Page[Line]
    hidden: int


@dataclass(frozen=True, slots=True)
class AliasAdded:
    """An alias added from a line, and the profiles and postings carrying the line that now read as its skill."""

    alias: str
    text: str
    skill: service.SkillName
    profiles: int
    postings: int


async def lines(*, query: str = "", page: str = "", dismissed: bool = False, singles: bool = False) -> Listed:
    """The unmatched lines, most often typed first; the ones staff dismissed instead, when asked."""
    number = page_number(page)
    query = words(query)
    rows = await fetch(
        LINES,
        dismissed,
        1 if singles else SHARED_BY,
        contains(query) if query else "",
        PAGE_SIZE,
        (number - 1) * PAGE_SIZE,
    )
    vocab = await service.vocabulary()
    found = []
    for row in rows:
        if row["key"] is None:  # a page past the last: the row carries only the total
            continue
        reading = service.read_line(vocab, row["text"])
        now = reading.skills[0].skill if reading.skills else None
        found.append(Line(row["key"], row["text"], row["profiles"], row["postings"], reading.suggestions, now))
    return Listed(Page(tuple(found), number, int(rows[0]["total"]), PAGE_SIZE), int(rows[0]["hidden"]))


# Who carries a free key, by the words they typed: enough to count what a change of the taxonomy re-keys.
CARRIERS = """
SELECT text, 'profile' AS side, user_id AS id FROM seeker_skills WHERE skill_key = $1
UNION SELECT text, 'posting', posting_id FROM posting_skills WHERE key = $1
"""


async def _carriers(key: str) -> list[dict[str, object]]:
    """The words typed and who carries them for a free key; ValidationFailed when nobody does any more."""
    rows = await fetch(CARRIERS, key) if key.startswith(FREE_PREFIX) else []
    if not rows:
        raise ValidationFailed(GONE)
    return rows


def _counts(rows: list[dict[str, object]]) -> tuple[int, int]:
    return (
        len({row["id"] for row in rows if row["side"] == "profile"}),
        len({row["id"] for row in rows if row["side"] == "posting"}),
    )


def _most_typed(rows: list[dict[str, object]]) -> str:
    texts = [str(row["text"]) for row in rows]
    return max(sorted(set(texts)), key=texts.count)


async def _skill_id(*, chosen: str, typed: str, alias_form: str) -> str:
    """The skill a suggestion's button named, or the one whose name, alias or id was typed in the typeahead; an
    alias that already names it is refused."""
    vocab = await service.vocabulary()
    typed = " ".join(typed.split())
    if chosen:
        skill_id = chosen if chosen in vocab.by_id else None
    elif typed in vocab.by_id:
        skill_id = typed
    else:
        skill_id = vocab.exact.get(normalise(typed)) if typed else None
    if skill_id is None:
        raise ValidationFailed(
            "Please correct the marked fields.", fields={"skill": lazy("Choose a skill from the list.")}
        )
    if alias_form and vocab.exact.get(alias_form) == skill_id:  # saving would add nothing the matcher reads
        raise ValidationFailed(
            "Please correct the marked fields.",
            fields={"alias": lazy("These words already name this skill; add the words of the line as typed instead.")},
        )
    return skill_id


def _check_alias(alias: str) -> str:
    alias = " ".join(alias.split())
    problem = ""
    if not alias:
        problem = lazy("Enter the words to add as an alias.")
    elif len(alias) > MAX_ALIAS_CHARS:
        problem = lazy("Use at most 200 characters.")
    elif ALIAS_SEPARATORS.search(alias):
        problem = lazy("An alias cannot hold a comma or a bar: add each part on the skill's page instead.")
    if problem:
        raise ValidationFailed("Please correct the marked fields.", fields={"alias": problem})
    return alias


async def add_alias(*, key: str, alias: str, chosen: str = "", typed: str = "") -> AliasAdded:
    """Make a line an alias of a skill; the taxonomy's checks apply (an alias naming another skill is refused). The
    caller starts the re-keying, which moves the profiles and postings carrying the line."""
    alias = _check_alias(alias)
    async with transaction():
        rows = await _carriers(key)
        skill_id = await _skill_id(chosen=chosen, typed=typed, alias_form=normalise(alias))
        try:
            await service.add_alias(skill_id, alias)
        except ValidationFailed as exc:  # the alias list's message belongs beside the alias typed here
            fields = {"alias" if name == "aliases" else name: text for name, text in exc.fields.items()}
            raise ValidationFailed(exc.message, fields=fields, **exc.params) from exc
    # read as the re-keying will: with the new taxonomy, each line as it was typed (an edited alias may miss some)
    vocab = await service.vocabulary()
    moved = [row for row in rows if canonicalise(vocab, str(row["text"])).skill_id == skill_id]
    profiles, postings = _counts(moved)
    return AliasAdded(alias, _most_typed(rows), service.skill_name(vocab, skill_id), profiles, postings)


@dataclass(frozen=True, slots=True)
class Said:
    """A line a change was made to, as the page names it after its redirect: the words as most often typed, how many
    profiles and postings carry it, and whether it is dismissed."""

    text: str
    carriers: int
    dismissed: bool

    @property
    def hidden_by_default(self) -> bool:
        return self.carriers < SHARED_BY


async def said(key: str) -> Said | None:
    """The line a change named in the page's address; None when nobody carries it any more."""
    rows = await fetch(CARRIERS, key) if key.startswith(FREE_PREFIX) else []
    if not rows:
        return None
    profiles, postings = _counts(rows)
    dismissed = await SkillDismissal.exists().where(SkillDismissal.key == key)
    return Said(_most_typed(rows), profiles + postings, bool(dismissed))


async def alias_of(alias: str, skill_id: str) -> service.SkillName | None:
    """The skill an alias names, when it is the one given: the page after an alias was added says so only if true."""
    vocab = await service.vocabulary()
    if not alias or vocab.exact.get(normalise(alias)) != skill_id:
        return None
    return service.skill_name(vocab, skill_id)


async def dismiss(key: str) -> str:
    """Leave a line out of the list as no skill; returns its words, for the page to say which."""
    async with transaction():
        text = _most_typed(await _carriers(key))
        await SkillDismissal.insert(new_row(SkillDismissal, key=key)).on_conflict(action="DO NOTHING")
    return text


async def restore(key: str) -> str:
    """List a dismissed line again."""
    async with transaction():
        text = _most_typed(await _carriers(key))
        await SkillDismissal.delete().where(SkillDismissal.key == key)
    return text
