"""Employers' postings: create, edit, publish, close, reopen, duplicate, their history, and closing when due.

Every function takes the ``Actor`` and scopes by the actor's employer id: another company's posting is
NotFound, exactly like one that does not exist. Skill text is canonicalised when a posting is saved, so
search and matching compare keys and never fuzz at read time. Closing when due is SQL: one statement
closes the postings and writes their history (a CTE).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from piccolo.columns import Column
from piccolo.custom_types import Combinable
from piccolo.query.functions import Coalesce
from piccolo.querystring import QueryString

from jobsfez.choices import DISTRICTS, EMPLOYMENT_TYPES, PAY_UNITS, SECTORS, SHIFTS
from jobsfez.db import NOW, fetch, fetchrow, new_row, transaction
from jobsfez.employers.service import Actor
from jobsfez.errors import Conflict, Forbidden, NotFound, ValidationFailed
from jobsfez.history import HistoryEntry, as_text, changed, entries
from jobsfez.i18n import lazy
from jobsfez.postings.tables import Posting, PostingHistory, PostingSkill
from jobsfez.postings.validation import (
    CleanPosting,
    PostingInput,
    PostingSkillInput,
    check,
    seoul_today,
)
from jobsfez.postings.views import (
    CONTENT_FIELDS,
    YES_NO_FIELDS,
    CompanyPosting,
    OwnPosting,
    PostingSkillView,
    PostingView,
)
from jobsfez.skills import service as skills
from jobsfez.skills.matching import Named

DUPLICATE_CLOSING_DAYS = 30  # a copy of a posting whose closing day has passed gets a fresh month

# A shape's field that is no column of the posting: its company's, by the name the shapes give it.
COMPANY_COLUMNS = {
    "company_name_ko": Posting.employer_id._.name_ko.as_alias("company_name_ko"),
    "company_name_en": Posting.employer_id._.name_en.as_alias("company_name_en"),
    "company_status": Posting.employer_id._.status.as_alias("company_status"),
}


def columns(names: Iterable[str]) -> list[Column]:
    """The columns of a posting's shape by its fields' names, so a shape declares what it reads only once."""
    return [
        COMPANY_COLUMNS[name] if name in COMPANY_COLUMNS else Posting._meta.get_column_by_name(name) for name in names
    ]


# A view reads its fields' columns, and its company's status for whether the company is verified.
VIEW_FIELDS = [name for name in PostingView.__struct_fields__ if name not in ("company_verified", "must", "nice")]


def _sql_of(name: str) -> str:
    """A field read by LOAD_SQL: the posting's column (p), or its company's (e)."""
    company = COMPANY_COLUMNS.get(name)
    return f"e.{company._meta.db_column_name} AS {name}" if company is not None else f"p.{name}"


# A posting's page is a public page served as often as the search page: one statement, written once from the
# view's fields, reads the posting, its company's names and status, and its skills (anonymous rows of the columns
# read, in order: a whole posting_skills row would tie pooled connections to the table's shape across a migration);
# two statements made by the query builder on every request were the page's largest cost (docs/benchmarks.md).
# $2: the company the posting must be of, or NULL; $3: whether only what the public may see (see ``load``).
LOAD_SQL = f"""SELECT {", ".join(_sql_of(name) for name in [*VIEW_FIELDS, "company_status"])},
                      ARRAY(SELECT ROW(s.kind, s.text, s.level, s.key, s.skill_id) FROM posting_skills s
                            WHERE s.posting_id = p.id ORDER BY s.kind, s.position) AS skills
               FROM postings p JOIN employers e ON e.id = p.employer_id
               WHERE p.id = $1 AND ($2::bigint IS NULL OR p.employer_id = $2)
                 AND (NOT $3 OR (p.status IN ('published', 'closed') AND e.status = 'approved'))"""  # noqa: S608

# The fields a history entry can name, in the order they are shown, and the choices whose labels are msgids.
HISTORY_FIELDS = (*CONTENT_FIELDS, "must", "nice", "status", "source")
YES_NO = {"yes": lazy("Yes"), "no": lazy("No")}
CHOICES: dict[str, dict[str, str]] = {
    "sector": SECTORS,
    "district": DISTRICTS,
    "employment_type": EMPLOYMENT_TYPES,
    "shift": SHIFTS,
    "pay_unit": PAY_UNITS,
    "status": {
        "draft": lazy("Draft"),
        "published": lazy("Published"),
        "closed": lazy("Closed"),
        "hidden": lazy("Hidden by staff"),
    },
    **dict.fromkeys(YES_NO_FIELDS, YES_NO),
}
REFUSED_TRANSITION = {
    "published": lazy("Only a draft or a closed posting can be published."),
    "closed": lazy("Only a published posting can be closed."),
}


def _owned(actor: Actor, posting_id: int) -> Combinable:
    return (Posting.id == posting_id) & (Posting.employer_id == actor.employer_id)


async def hidden_by_staff(posting_id: int) -> bool:
    """Whether staff hid the posting, whose page then says so rather than that it does not exist."""
    return bool(await Posting.exists().where((Posting.id == posting_id) & (Posting.status == "hidden")))


async def load(posting_id: int, *, employer_id: int | None = None, public: bool = False) -> PostingView:
    """One posting with its skills; scoped to a company, or to what the public may see (published, approved)."""
    # public: a draft is not yet public; a posting staff hid is not any more
    row = await fetchrow(LOAD_SQL, posting_id, employer_id, public)
    if row is None:
        raise NotFound()
    by_kind: dict[str, list[PostingSkillView]] = {"must": [], "nice": []}
    for kind, text, level, key, skill_id in row.pop("skills"):
        by_kind[kind].append(PostingSkillView(text, level, key, skill_id))
    company_verified = row.pop("company_status") == "approved"
    return PostingView(
        **row, company_verified=company_verified, must=tuple(by_kind["must"]), nice=tuple(by_kind["nice"])
    )


async def own(actor: Actor, posting_id: int) -> PostingView:
    return await load(posting_id, employer_id=actor.employer_id)


async def own_list(actor: Actor) -> list[OwnPosting]:
    rows = (
        await Posting.select(*columns(OwnPosting.__dataclass_fields__))
        .where(Posting.employer_id == actor.employer_id)
        .order_by(Posting.updated_at, Posting.id, ascending=False)
    )
    # closed postings last, the rest in that order (a stable sort keeps it)
    return [OwnPosting(**row) for row in sorted(rows, key=lambda row: row["status"] == "closed")]


async def open_of_company(employer_id: int) -> list[CompanyPosting]:
    """A company's postings the public may apply to now, soonest closing first (its public page)."""
    rows = (
        await Posting.select(*columns(CompanyPosting.__dataclass_fields__))
        .where((Posting.employer_id == employer_id) & (Posting.status == "published") & (Posting.closes_at > NOW))
        .order_by(Posting.closes_at, Posting.id)
    )
    return [CompanyPosting(**row) for row in rows]


def input_of(posting: PostingView) -> PostingInput:
    """The form's values for an existing posting (edit, duplicate)."""
    return PostingInput(
        **{name: getattr(posting, name) for name in CONTENT_FIELDS},
        must=tuple(PostingSkillInput(s.text, s.level) for s in posting.must),
        nice=tuple(PostingSkillInput(s.text, s.level) for s in posting.nice),
    )


def _skill_list(items: tuple[Any, ...]) -> str:
    return ", ".join(f"{s.text} ({s.level})" if s.level else s.text for s in items)


def _snapshot(posting: CleanPosting | PostingView) -> dict[str, str]:
    """Each history field as text, so a change is a before/after pair of strings."""
    values = {name: as_text(getattr(posting, name)) for name in CONTENT_FIELDS}
    return values | {"must": _skill_list(posting.must), "nice": _skill_list(posting.nice)}


async def _record(
    posting_id: int, employer_id: int, user_id: int | None, action: str, changes: dict[str, list[str]]
) -> None:
    await PostingHistory.insert(
        new_row(
            PostingHistory,
            posting_id=posting_id,
            employer_id=employer_id,
            user_id=user_id,
            action=action,
            changes=json.dumps(changes, ensure_ascii=False),
        )
    )


async def _write_skills(posting_id: int, clean: CleanPosting) -> tuple[str, list[str]]:
    """Replace the posting's skills, one row for each skill a line names; returns the text and the canonical keys
    search uses."""
    lines = [("must", s) for s in clean.must] + [("nice", s) for s in clean.nice]
    named = await skills.named([s.text for _, s in lines])
    rows: list[tuple[str, str, int | None, Named]] = []
    for (kind, skill), pieces in zip(lines, named, strict=True):
        for piece in pieces:  # one row a skill; the level the row gives wins over what its words say
            rows.append((kind, piece.text, skill.level if skill.level is not None else piece.level, piece))
    await PostingSkill.delete().where(PostingSkill.posting_id == posting_id)
    if rows:
        await PostingSkill.insert(
            *(
                new_row(
                    PostingSkill,
                    posting_id=posting_id,
                    kind=kind,
                    position=position,
                    text=text,
                    level=level,
                    key=piece.key,
                    skill_id=piece.skill_id,
                )
                for position, (kind, text, level, piece) in enumerate(rows)
            )
        )
    return " ".join(s.text for _, s in lines), list(dict.fromkeys(piece.key for *_, piece in rows))


def _fields(clean: CleanPosting) -> dict[str, Any]:
    """The posting's columns a company writes, by name."""
    return {name: getattr(clean, name) for name in CONTENT_FIELDS}


async def create(actor: Actor, raw: PostingInput, *, minimum_hourly_wage: int, today: date | None = None) -> int:
    """A new draft; any member may prepare one, approved company or not."""
    clean = check(raw, minimum_hourly_wage=minimum_hourly_wage, today=today or seoul_today())
    async with transaction():
        [row] = await Posting.insert(
            new_row(Posting, employer_id=actor.employer_id, created_by=actor.user_id, **_fields(clean))
        ).returning(Posting.id)
        posting_id: int = row["id"]
        text, keys = await _write_skills(posting_id, clean)
        await Posting.update({Posting.skill_text: text, Posting.skill_keys: keys}).where(Posting.id == posting_id)
        await _record(posting_id, actor.employer_id, actor.user_id, "created", {})
    return posting_id


async def update(
    actor: Actor, posting_id: int, raw: PostingInput, *, minimum_hourly_wage: int, today: date | None = None
) -> PostingView:
    """Save an edit; a published posting stays published. Only fields that changed go into the history."""
    await own(actor, posting_id)  # another company's posting is NotFound before any validation message
    clean = check(raw, minimum_hourly_wage=minimum_hourly_wage, today=today or seoul_today())
    async with transaction():
        await Posting.select(Posting.id).where(_owned(actor, posting_id)).lock_rows()
        before = _snapshot(await own(actor, posting_id))
        after = _snapshot(clean)
        changes = changed(before, after)
        if not changes:
            return await own(actor, posting_id)
        text, keys = await _write_skills(posting_id, clean)
        edited: dict[Column | str, Any] = {name: value for name, value in _fields(clean).items()}
        edited.update({Posting.skill_text: text, Posting.skill_keys: keys, Posting.updated_at: NOW})
        await Posting.update(edited).where(_owned(actor, posting_id))
        await _record(posting_id, actor.employer_id, actor.user_id, "updated", changes)
    return await own(actor, posting_id)


async def _set_status(actor: Actor, posting_id: int, *, allowed: tuple[str, ...], to: str, action: str) -> PostingView:
    async with transaction():
        found = (
            await Posting.select(Posting.status, QueryString("{} > now()", Posting.closes_at, alias="in_date"))
            .where(_owned(actor, posting_id))
            .lock_rows()
        )
        if not found:
            raise NotFound()
        [row] = found
        if row["status"] not in allowed:  # the posting's state, not the request, is wrong: a 409 in the API
            raise Conflict(REFUSED_TRANSITION[to])
        if to == "published" and not actor.approved:
            raise Forbidden("Postings go public once our staff approve your company.")
        if to == "published" and not row["in_date"]:
            raise ValidationFailed("The closing date has passed. Edit the posting and choose a new closing date first.")
        changes: dict[Column | str, Any] = {Posting.status: to, Posting.updated_at: NOW, Posting.closed_at: None}
        if to == "published":  # the first publication stays the posting's date
            changes[Posting.published_at] = Coalesce(Posting.published_at, NOW)
        if to == "closed":
            changes[Posting.closed_at] = NOW
        await Posting.update(changes).where(_owned(actor, posting_id))
        await _record(posting_id, actor.employer_id, actor.user_id, action, {"status": [row["status"], to]})
    return await own(actor, posting_id)


async def publish(actor: Actor, posting_id: int) -> PostingView:
    """Make a draft public; the company must be approved and the closing day still ahead."""
    return await _set_status(actor, posting_id, allowed=("draft",), to="published", action="published")


async def reopen(actor: Actor, posting_id: int) -> PostingView:
    return await _set_status(actor, posting_id, allowed=("closed",), to="published", action="reopened")


async def close(actor: Actor, posting_id: int) -> PostingView:
    return await _set_status(actor, posting_id, allowed=("published",), to="closed", action="closed")


async def duplicate(actor: Actor, posting_id: int, *, minimum_hourly_wage: int, today: date | None = None) -> int:
    """A new draft with the same content; a closing day already past moves a month ahead."""
    original = await own(actor, posting_id)
    today = today or seoul_today()
    raw = input_of(original)
    if original.closing_date < today:
        raw = replace(raw, closing_date=today + timedelta(days=DUPLICATE_CLOSING_DAYS))
    async with transaction():
        new_id = await create(actor, raw, minimum_hourly_wage=minimum_hourly_wage, today=today)
        await PostingHistory.update(
            {PostingHistory.action: "duplicated", PostingHistory.changes: json.dumps({"source": ["", str(posting_id)]})}
        ).where(PostingHistory.posting_id == new_id)
    return new_id


async def history(actor: Actor, posting_id: int) -> list[HistoryEntry]:
    """Who changed what and when, newest first; changes by the system (closing when due) have no user."""
    if not await Posting.exists().where(_owned(actor, posting_id)):
        raise NotFound()
    rows = (
        await PostingHistory.select(
            PostingHistory.id,
            PostingHistory.action,
            PostingHistory.created_at,
            PostingHistory.changes,
            PostingHistory.user_id._.display_name.as_alias("user_name"),
        )
        .where((PostingHistory.posting_id == posting_id) & (PostingHistory.employer_id == actor.employer_id))
        .order_by(PostingHistory.id, ascending=False)
    )
    return entries(rows, order=HISTORY_FIELDS, choices=CHOICES)


# Postings the closing cron closes per statement. Taken in closing order, so that the plan is the ordered walk of
# the open postings' closing index from its start, which stops at the first posting not yet due: the statistics
# of the whole table (most postings closed long ago) cannot talk the planner into reading every open posting.
CLOSE_BATCH = 500
# A run starts no batch after this long, so that it stays under a second at national scale (1,000,000 postings, a
# quarter open: a closing day's 4,000 postings come due at midnight, and a batch of 500 takes 0.15-0.23 s); the next
# run, five minutes on, closes the rest. Search, posting pages and applications treat a posting as closed from its
# closing time on, whatever its status says.
CLOSE_BUDGET_SECONDS = 0.6
CLOSE_DUE = """
    WITH due AS (
        SELECT id FROM postings WHERE status = 'published' AND closes_at <= coalesce($1, now())
        ORDER BY closes_at LIMIT $2 FOR UPDATE SKIP LOCKED),
    closed AS (
        UPDATE postings p SET status = 'closed', closed_at = coalesce($1, now()), updated_at = now()
        FROM due WHERE p.id = due.id
        RETURNING p.id, p.employer_id)
    INSERT INTO posting_history (posting_id, employer_id, user_id, action, changes)
    SELECT id, employer_id, NULL, 'expired', '{"status": ["published", "closed"]}'::jsonb FROM closed
    RETURNING posting_id"""


async def close_expired(now: datetime | None = None, *, budget_seconds: float = CLOSE_BUDGET_SECONDS) -> int:
    """Close published postings whose closing day has ended in Korea, a batch at a time for about `budget_seconds`
    (the next run goes on where this one stopped); once none is due, running it again closes nothing more."""
    started = time.monotonic()
    total = 0
    while True:
        closed = len(await fetch(CLOSE_DUE, now, CLOSE_BATCH))
        total += closed
        if closed < CLOSE_BATCH or time.monotonic() - started >= budget_seconds:
            return total
