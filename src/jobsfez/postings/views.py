"""A posting's content, declared once, and the shapes the postings domain hands to pages, feeds and the API.

``PostingContent`` is what a company writes; the clean posting, the view and the API's input extend it, and the
columns, the form's fields and the history's fields are read from it by name. The card and the feed item carry a
few of a posting's fields under the same names, and their statements select them by those names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal, NamedTuple

import msgspec

from jobsfez.i18n import lazy

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


class PostingContent(msgspec.Struct, frozen=True, kw_only=True):
    """What a company writes in a posting; a default is what a posting has when the company leaves the field out.

    A msgspec struct, so that the JSON API's input can extend it as the clean posting and the view do.
    """

    title: str
    description: str
    sector: str
    occupation: str
    district: str
    address: str = ""
    employment_type: str
    shift: str
    pay_unit: str = "month"
    pay_min: int | None = None
    pay_max: int | None = None
    pay_negotiable: bool = False
    openings: int = 1
    start_date: date | None = None
    closing_date: date
    no_experience: bool = False
    youth_min_age: int | None = None
    youth_max_age: int | None = None


CONTENT_FIELDS = PostingContent.__struct_fields__
# a checkbox in the form, "yes" or "no" in the history
YES_NO_FIELDS = tuple(f.name for f in msgspec.structs.fields(PostingContent) if f.type is bool)
# What the form and the history call each field a company changes (msgids); the history names the skills, the
# status and the posting a copy was made from too.
FIELD_LABELS = {
    "title": lazy("Title"),
    "description": lazy("Description"),
    "sector": lazy("Sector"),
    "occupation": lazy("Occupation"),
    "district": lazy("District"),
    "address": lazy("Address"),
    "employment_type": lazy("Employment type"),
    "shift": lazy("Shifts"),
    "pay_unit": lazy("Pay period"),
    "pay_min": lazy("Pay from (KRW)"),
    "pay_max": lazy("Pay up to (KRW, optional)"),
    "pay_negotiable": lazy("Negotiable"),
    "openings": lazy("Number of openings"),
    "start_date": lazy("Start date (optional)"),
    "closing_date": lazy("Closing date"),
    "no_experience": lazy("No experience required"),
    "youth_min_age": lazy("Youngest age"),
    "youth_max_age": lazy("Oldest age"),
    "must": lazy("Must-have skills"),
    "nice": lazy("Nice-to-have skills"),
    "status": lazy("Status"),
    "source": lazy("Copied from"),
}


@dataclass(frozen=True, slots=True)
class PostingSkillView:
    text: str
    level: int | None
    key: str
    skill_id: str | None


class PostingView(PostingContent, frozen=True, kw_only=True):
    """A stored posting: its content, its state and times, and its company."""

    id: int
    employer_id: int
    status: str
    closes_at: datetime
    created_at: datetime
    updated_at: datetime
    published_at: datetime | None
    closed_at: datetime | None
    company_name_ko: str
    company_name_en: str
    company_verified: bool
    must: tuple[PostingSkillView, ...] = ()
    nice: tuple[PostingSkillView, ...] = ()

    @property
    def blocks(self) -> list[Block]:
        return description_blocks(self.description)

    def is_open(self, now: datetime) -> bool:
        return self.status == "published" and self.closes_at > now


class PostingCard(NamedTuple):
    """A posting in a list (a search result, a recommendation): enough to decide whether to open it.

    A named tuple, as immutable as a frozen dataclass and made for twenty a page at a fraction of its cost
    (docs/benchmarks.md); a statement selects its fields by name and fills it from its row by column name.
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
class CompanyPosting:
    """A company's open posting, as its public page lists it."""

    id: int
    title: str
    occupation: str
    district: str
    employment_type: str
    closing_date: date


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
