"""Employers' postings: create, edit, publish, close, reopen, duplicate, their history, and closing when due.

Every function takes the ``Actor`` and scopes by the actor's employer id: another company's posting is
NotFound, exactly like one that does not exist. Skill text is canonicalised when a posting is saved, so
search and matching compare keys and never fuzz at read time.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from jobsfez.choices import DISTRICTS, EMPLOYMENT_TYPES, PAY_UNITS, SECTORS, SHIFTS
from jobsfez.db import engine_of, fetch, fetchrow
from jobsfez.employers.service import Actor
from jobsfez.errors import Forbidden, NotFound, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.postings.validation import (
    CleanPosting,
    PostingInput,
    SkillInput,
    check,
    seoul_today,
)
from jobsfez.postings.views import Change, HistoryEntry, OwnPosting, PostingView, SkillView
from jobsfez.skills import service as skills

DUPLICATE_CLOSING_DAYS = 30  # a copy of a posting whose closing day has passed gets a fresh month

POSTING_COLUMNS = """p.id, p.employer_id, p.status, p.title, p.description, p.sector, p.occupation, p.district,
    p.address, p.employment_type, p.shift, p.pay_unit, p.pay_min, p.pay_max, p.pay_negotiable, p.openings,
    p.start_date, p.closing_date, p.closes_at, p.no_experience, p.youth_min_age, p.youth_max_age, p.created_at,
    p.updated_at, p.published_at, p.closed_at, e.name_ko AS company_name_ko, e.name_en AS company_name_en,
    e.status = 'approved' AS company_verified"""

# The fields a history entry can name, in the order they are shown, and the choices whose labels are msgids.
HISTORY_FIELDS = (
    "title",
    "description",
    "sector",
    "occupation",
    "district",
    "address",
    "employment_type",
    "shift",
    "pay_unit",
    "pay_min",
    "pay_max",
    "pay_negotiable",
    "openings",
    "start_date",
    "closing_date",
    "no_experience",
    "youth_min_age",
    "youth_max_age",
    "must",
    "nice",
    "status",
    "source",
)
CHOICES: dict[str, dict[str, str]] = {
    "sector": SECTORS,
    "district": DISTRICTS,
    "employment_type": EMPLOYMENT_TYPES,
    "shift": SHIFTS,
    "pay_unit": PAY_UNITS,
    "status": {"draft": lazy("Draft"), "published": lazy("Published"), "closed": lazy("Closed")},
    "yes_no": {"yes": lazy("Yes"), "no": lazy("No")},
}
YES_NO_FIELDS = ("pay_negotiable", "no_experience")
REFUSED_TRANSITION = {
    "published": lazy("Only a draft or a closed posting can be published."),
    "closed": lazy("Only a published posting can be closed."),
}


async def load(posting_id: int, *, employer_id: int | None = None, public: bool = False) -> PostingView:
    """One posting with its skills; scoped to a company, or to what the public may see (published, approved)."""
    conditions = ["p.id = $1"]
    args: list[Any] = [posting_id]
    if employer_id is not None:
        args.append(employer_id)
        conditions.append(f"p.employer_id = ${len(args)}")
    if public:
        conditions.append("p.status <> 'draft' AND e.status = 'approved'")
    row = await fetchrow(
        f"SELECT {POSTING_COLUMNS} FROM postings p JOIN employers e ON e.id = p.employer_id "  # noqa: S608
        f"WHERE {' AND '.join(conditions)}",
        *args,
    )
    if row is None:
        raise NotFound()
    skill_rows = await fetch(
        "SELECT kind, text, level, key, skill_id FROM posting_skills WHERE posting_id = $1 ORDER BY kind, position",
        posting_id,
    )
    by_kind: dict[str, list[SkillView]] = {"must": [], "nice": []}
    for s in skill_rows:
        by_kind[s["kind"]].append(SkillView(s["text"], s["level"], s["key"], s["skill_id"]))
    return PostingView(**row, must=tuple(by_kind["must"]), nice=tuple(by_kind["nice"]))


async def own(actor: Actor, posting_id: int) -> PostingView:
    return await load(posting_id, employer_id=actor.employer_id)


async def own_list(actor: Actor) -> list[OwnPosting]:
    rows = await fetch(
        """SELECT id, status, title, closing_date, closes_at, updated_at, published_at FROM postings
           WHERE employer_id = $1 ORDER BY status = 'closed', updated_at DESC, id DESC""",
        actor.employer_id,
    )
    return [OwnPosting(**row) for row in rows]


def input_of(posting: PostingView) -> PostingInput:
    """The form's values for an existing posting (edit, duplicate)."""
    return PostingInput(
        **{name: getattr(posting, name) for name in PostingInput.__dataclass_fields__ if name not in ("must", "nice")},
        must=tuple(SkillInput(s.text, s.level) for s in posting.must),
        nice=tuple(SkillInput(s.text, s.level) for s in posting.nice),
    )


def _skill_list(items: tuple[Any, ...]) -> str:
    return ", ".join(f"{s.text} ({s.level})" if s.level else s.text for s in items)


def _snapshot(posting: CleanPosting | PostingView) -> dict[str, str]:
    """Each history field as text, so a change is a before/after pair of strings."""
    values: dict[str, str] = {}
    for name in HISTORY_FIELDS:
        if name in ("status", "source"):
            continue
        value = getattr(posting, name)
        if name in ("must", "nice"):
            values[name] = _skill_list(value)
        elif isinstance(value, bool):
            values[name] = "yes" if value else "no"
        else:
            values[name] = "" if value is None else str(value)
    return values


async def _record(
    posting_id: int, employer_id: int, user_id: int | None, action: str, changes: dict[str, list[str]]
) -> None:
    await fetch(
        """INSERT INTO posting_history (posting_id, employer_id, user_id, action, changes)
           VALUES ($1, $2, $3, $4, $5::jsonb)""",
        posting_id,
        employer_id,
        user_id,
        action,
        json.dumps(changes, ensure_ascii=False),
    )


async def _write_skills(posting_id: int, clean: CleanPosting) -> tuple[str, list[str]]:
    """Replace the posting's skills; returns the text and the canonical keys search uses."""
    items = [("must", s) for s in clean.must] + [("nice", s) for s in clean.nice]
    found = await skills.canonical([s.text for _, s in items])
    await fetch("DELETE FROM posting_skills WHERE posting_id = $1", posting_id)
    if items:
        await fetch(
            """INSERT INTO posting_skills (posting_id, kind, position, text, level, key, skill_id)
               SELECT $1, * FROM unnest($2::text[], $3::int[], $4::text[], $5::int[], $6::text[], $7::text[])""",
            posting_id,
            [kind for kind, _ in items],
            list(range(len(items))),
            [s.text for _, s in items],
            [s.level for _, s in items],
            [c.key for c in found],
            [c.skill_id for c in found],
        )
    return " ".join(s.text for _, s in items), list(dict.fromkeys(c.key for c in found))


FIELD_SQL = """title = $3, description = $4, sector = $5, occupation = $6, district = $7, address = $8,
    employment_type = $9, shift = $10, pay_unit = $11, pay_min = $12, pay_max = $13, pay_negotiable = $14,
    openings = $15, start_date = $16, closing_date = $17, no_experience = $18, youth_min_age = $19,
    youth_max_age = $20"""


def _field_args(clean: CleanPosting) -> list[Any]:
    return [getattr(clean, name) for name in HISTORY_FIELDS[:18]]


async def create(actor: Actor, raw: PostingInput, *, minimum_hourly_wage: int, today: date | None = None) -> int:
    """A new draft; any member may prepare one, approved company or not."""
    clean = check(raw, minimum_hourly_wage=minimum_hourly_wage, today=today or seoul_today())
    async with engine_of().transaction():
        row = await fetchrow(
            "INSERT INTO postings (employer_id, created_by, title, description, sector, occupation, district, "
            "address, employment_type, shift, pay_unit, pay_min, pay_max, pay_negotiable, openings, start_date, "
            "closing_date, no_experience, youth_min_age, youth_max_age) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20) "
            "RETURNING id",
            actor.employer_id,
            actor.user_id,
            *_field_args(clean),
        )
        assert row is not None
        posting_id = int(row["id"])
        text, keys = await _write_skills(posting_id, clean)
        await fetch("UPDATE postings SET skill_text = $2, skill_keys = $3 WHERE id = $1", posting_id, text, keys)
        await _record(posting_id, actor.employer_id, actor.user_id, "created", {})
    return posting_id


async def update(
    actor: Actor, posting_id: int, raw: PostingInput, *, minimum_hourly_wage: int, today: date | None = None
) -> PostingView:
    """Save an edit; a published posting stays published. Only fields that changed go into the history."""
    await own(actor, posting_id)  # another company's posting is NotFound before any validation message
    clean = check(raw, minimum_hourly_wage=minimum_hourly_wage, today=today or seoul_today())
    async with engine_of().transaction():
        await fetch(
            "SELECT 1 FROM postings WHERE id = $1 AND employer_id = $2 FOR UPDATE", posting_id, actor.employer_id
        )
        before = _snapshot(await own(actor, posting_id))
        after = _snapshot(clean)
        changes = {name: [before[name], after[name]] for name in after if before[name] != after[name]}
        if not changes:
            return await own(actor, posting_id)
        text, keys = await _write_skills(posting_id, clean)
        await fetch(
            f"UPDATE postings SET {FIELD_SQL}, skill_text = $21, skill_keys = $22, updated_at = now() "  # noqa: S608
            "WHERE id = $1 AND employer_id = $2",
            posting_id,
            actor.employer_id,
            *_field_args(clean),
            text,
            keys,
        )
        await _record(posting_id, actor.employer_id, actor.user_id, "updated", changes)
    return await own(actor, posting_id)


async def _set_status(actor: Actor, posting_id: int, *, allowed: tuple[str, ...], to: str, action: str) -> PostingView:
    async with engine_of().transaction():
        row = await fetchrow(
            """SELECT status, closes_at > now() AS in_date FROM postings
               WHERE id = $1 AND employer_id = $2 FOR UPDATE""",
            posting_id,
            actor.employer_id,
        )
        if row is None:
            raise NotFound()
        if row["status"] not in allowed:
            raise ValidationFailed(REFUSED_TRANSITION[to])
        if to == "published" and not actor.approved:
            raise Forbidden("Postings go public once our staff approve your company.")
        if to == "published" and not row["in_date"]:
            raise ValidationFailed("The closing date has passed. Edit the posting and choose a new closing date first.")
        await fetch(
            """UPDATE postings SET status = $3::varchar, updated_at = now(),
                   published_at = CASE WHEN $3::varchar = 'published' THEN coalesce(published_at, now())
                                       ELSE published_at END,
                   closed_at = CASE WHEN $3::varchar = 'closed' THEN now() END
               WHERE id = $1 AND employer_id = $2""",
            posting_id,
            actor.employer_id,
            to,
        )
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
    async with engine_of().transaction():
        new_id = await create(actor, raw, minimum_hourly_wage=minimum_hourly_wage, today=today)
        await fetch(
            "UPDATE posting_history SET action = 'duplicated', changes = $2::jsonb WHERE posting_id = $1",
            new_id,
            json.dumps({"source": ["", str(posting_id)]}),
        )
    return new_id


def _changes(raw: dict[str, list[str]]) -> tuple[Change, ...]:
    out = []
    for name in HISTORY_FIELDS:
        if name not in raw:
            continue
        before, after = raw[name]
        choices = CHOICES["yes_no"] if name in YES_NO_FIELDS else CHOICES.get(name)
        if choices is not None:
            before, after = choices.get(before, before), choices.get(after, after)
        out.append(Change(name, before, after, translate=choices is not None))
    return tuple(out)


async def history(actor: Actor, posting_id: int) -> list[HistoryEntry]:
    """Who changed what and when, newest first; changes by the system (closing when due) have no user."""
    await own(actor, posting_id)
    rows = await fetch(
        """SELECT h.id, h.action, h.created_at, h.changes, u.display_name AS user_name
           FROM posting_history h LEFT JOIN users u ON u.id = h.user_id
           WHERE h.posting_id = $1 AND h.employer_id = $2 ORDER BY h.id DESC""",
        posting_id,
        actor.employer_id,
    )
    return [
        HistoryEntry(r["id"], r["action"], r["created_at"], r["user_name"], _changes(json.loads(r["changes"])))
        for r in rows
    ]


async def close_expired(now: datetime | None = None) -> int:
    """Close published postings whose closing day has ended in Korea; running it again closes nothing more."""
    rows = await fetch(
        """WITH closed AS (
               UPDATE postings SET status = 'closed', closed_at = coalesce($1, now()), updated_at = now()
               WHERE status = 'published' AND closes_at <= coalesce($1, now())
               RETURNING id, employer_id)
           INSERT INTO posting_history (posting_id, employer_id, user_id, action, changes)
           SELECT id, employer_id, NULL, 'expired', '{"status": ["published", "closed"]}'::jsonb FROM closed
           RETURNING posting_id""",
        now,
    )
    return len(rows)
