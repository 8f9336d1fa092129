"""A record's history as its page shows it: who did what and when, and which fields changed from what to what.

Postings and drives each keep a history table (the record's id, its tenant's, the user, an action and the changes
as {field: [before, after]}); what a change is, how it is found and how it is read back is written here once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class Change:
    field: str
    before: str
    after: str
    translate: bool = False  # before and after are msgids of choice labels, not text someone typed


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    id: int
    action: str
    created_at: datetime
    user_name: str | None
    changes: tuple[Change, ...]


def as_text(value: object) -> str:
    """A field's value as a history keeps it: a flag as yes or no, nothing as an empty string."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "" if value is None else str(value)


def changed(before: Mapping[str, str], after: Mapping[str, str]) -> dict[str, list[str]]:
    """The fields whose text differs, as the history stores them."""
    return {name: [before[name], after[name]] for name in after if before[name] != after[name]}


def entries(
    rows: Iterable[Mapping[str, Any]], *, order: Sequence[str], choices: Mapping[str, Mapping[str, str]]
) -> list[HistoryEntry]:
    """History rows (id, action, created_at, user_name, changes as JSON) as entries; each change in ``order``, and
    the value of a field with ``choices`` as its label's msgid."""
    found = []
    for row in rows:
        stored: dict[str, list[str]] = json.loads(row["changes"])
        changes = []
        for name in order:
            if name not in stored:
                continue
            before, after = stored[name]
            labels = choices.get(name)
            if labels is not None:
                before, after = labels.get(before, before), labels.get(after, after)
            changes.append(Change(name, before, after, translate=labels is not None))
        found.append(HistoryEntry(row["id"], row["action"], row["created_at"], row["user_name"], tuple(changes)))
    return found
