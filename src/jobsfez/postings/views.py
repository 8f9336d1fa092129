"""What the postings domain hands to pages, feeds and the API: frozen rows with a few derived properties."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal, NamedTuple

LIST_ITEM = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.)])\s+")
NUMBERED_ITEM = re.compile(r"^\s*\d{1,2}[.)]\s+")


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph or a list of the description; the text stays plain and is escaped where it is shown."""

    kind: Literal["p", "ul", "ol"]
    lines: tuple[str, ...]


def description_blocks(text: str) -> list[Block]:
    """Paragraphs split by blank lines; a paragraph whose every line starts with "-", "•" or "1." is a list."""
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = [line for line in chunk.split("\n") if line.strip()]
        if not lines:
            continue
        if all(LIST_ITEM.match(line) for line in lines):
            kind: Literal["ul", "ol"] = "ol" if all(NUMBERED_ITEM.match(line) for line in lines) else "ul"
            blocks.append(Block(kind, tuple(LIST_ITEM.sub("", line).strip() for line in lines)))
        else:
            blocks.append(Block("p", tuple(line.strip() for line in lines)))
    return blocks


@dataclass(frozen=True, slots=True)
class SkillView:
    text: str
    level: int | None
    key: str
    skill_id: str | None


@dataclass(frozen=True, slots=True)
class PostingView:
    id: int
    employer_id: int
    status: str
    title: str
    description: str
    sector: str
    occupation: str
    district: str
    address: str
    employment_type: str
    shift: str
    pay_unit: str
    pay_min: int | None
    pay_max: int | None
    pay_negotiable: bool
    openings: int
    start_date: date | None
    closing_date: date
    closes_at: datetime
    no_experience: bool
    youth_min_age: int | None
    youth_max_age: int | None
    created_at: datetime
    updated_at: datetime
    published_at: datetime | None
    closed_at: datetime | None
    company_name_ko: str
    company_name_en: str
    company_verified: bool
    must: tuple[SkillView, ...] = ()
    nice: tuple[SkillView, ...] = ()

    @property
    def blocks(self) -> list[Block]:
        return description_blocks(self.description)

    def is_open(self, now: datetime) -> bool:
        return self.status == "published" and self.closes_at > now


class PostingCard(NamedTuple):
    """One search result: enough to decide whether to open the posting.

    A named tuple, as immutable as a frozen dataclass and made for twenty a page at a fraction of its cost
    (docs/benchmarks.md); the search fills it from its row by column name.
    """

    id: int
    title: str
    occupation: str
    sector: str
    district: str
    employment_type: str
    shift: str
    pay_unit: str
    pay_min: int | None
    pay_max: int | None
    pay_negotiable: bool
    closing_date: date
    published_at: datetime
    no_experience: bool
    youth_min_age: int | None
    youth_max_age: int | None
    employer_id: int
    company_name_ko: str
    company_name_en: str


@dataclass(frozen=True, slots=True)
class OwnPosting:
    """A row of the employer's own list."""

    id: int
    status: str
    title: str
    closing_date: date
    closes_at: datetime
    updated_at: datetime
    published_at: datetime | None
