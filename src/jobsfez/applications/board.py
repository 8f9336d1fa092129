"""The applicants board's filters and sorts: read from the query string (a bookmarkable URL) and applied in memory.

A posting's applicants are few (tens, rarely hundreds) and their scores are computed in Python, so the board filters
the scored list rather than the SQL; the counts per stage are taken after every filter but the stage itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode

from jobsfez.applications.service import Applicant
from jobsfez.applications.stages import STAGES
from jobsfez.checks import decimal_digits
from jobsfez.i18n import lazy

SORTS = {
    "score": lazy("Best match first"),
    "newest": lazy("Newest application first"),
    "oldest": lazy("Oldest application first"),
}
# what the filter form calls each query parameter, to name one that was left out
LABELS = {
    "stage": lazy("Stage"),
    "sort": lazy("Sort"),
    "min_score": lazy("Match score at least"),
    "from": lazy("Applied from"),
    "to": lazy("Applied until"),
    "skill": lazy("Covers the skill"),
}
ALL_MUSTS = "*"
BAD_FILTER = lazy("Some filters were not understood and are left out: {names}.")


@dataclass(frozen=True, slots=True)
class BoardQuery:
    """The board's filters as the URL gives them; empty values filter nothing."""

    stage: str = ""
    sort: str = "score"
    min_score: int | None = None
    applied_from: date | None = None
    applied_to: date | None = None
    resume: bool = False
    skill: str = ""
    rejected: tuple[str, ...] = field(default=())

    @property
    def active(self) -> bool:
        return bool(
            self.stage
            or self.min_score is not None
            or self.applied_from
            or self.applied_to
            or self.resume
            or self.skill
        )

    def url(self, **changes: str) -> str:
        """The query string of these filters with some changed (a stage tab keeps the other filters)."""
        values = {
            "stage": self.stage,
            "sort": "" if self.sort == "score" else self.sort,
            "min_score": "" if self.min_score is None else str(self.min_score),
            "from": self.applied_from.isoformat() if self.applied_from else "",
            "to": self.applied_to.isoformat() if self.applied_to else "",
            "resume": "on" if self.resume else "",
            "skill": self.skill,
        }
        values.update(changes)
        given = urlencode({k: v for k, v in values.items() if v})
        return f"?{given}" if given else ""


def _date(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def parse(params: Mapping[str, str], skills: Sequence[str]) -> BoardQuery:
    """The filters from a query string; a value that makes no sense is dropped and named, never a 400 or a 500."""
    rejected: list[str] = []
    stage = params.get("stage", "")
    if stage and stage not in STAGES:
        rejected.append("stage")
        stage = ""
    sort = params.get("sort", "") or "score"
    if sort not in SORTS:
        rejected.append("sort")
        sort = "score"
    min_score: int | None = None
    if raw := params.get("min_score", "").strip():
        if decimal_digits(raw) and 0 <= int(raw) <= 100:
            min_score = int(raw)
        else:
            rejected.append("min_score")
    dates: list[date | None] = []
    for name in ("from", "to"):
        try:
            dates.append(_date(params.get(name, "").strip()))
        except ValueError:
            rejected.append(name)
            dates.append(None)
    skill = params.get("skill", "")
    if skill and skill != ALL_MUSTS and skill not in skills:
        rejected.append("skill")
        skill = ""
    return BoardQuery(
        stage=stage,
        sort=sort,
        min_score=min_score,
        applied_from=dates[0],
        applied_to=dates[1],
        resume=params.get("resume", "") == "on",
        skill=skill,
        rejected=tuple(rejected),
    )


def _covers(a: Applicant, skill: str) -> bool:
    if a.score is None:
        return False
    if skill == ALL_MUSTS:
        return not a.score.missing
    return any(m.posting_text == skill for m in a.score.matched)


def _total(a: Applicant) -> float:
    return a.score.total if a.score else 0.0


@dataclass(frozen=True, slots=True)
class Board:
    """The applicants the filters keep, in the chosen order, and how many of them each stage holds."""

    shown: tuple[Applicant, ...]
    counts: dict[str, int]
    total: int


def apply(found: Sequence[Applicant], query: BoardQuery) -> Board:
    """Filter and sort the scored applicants; the counts per stage follow every filter but the stage one."""
    kept = [
        a
        for a in found
        if (query.min_score is None or _total(a) >= query.min_score)
        and (query.applied_from is None or a.created_at.date() >= query.applied_from)
        and (query.applied_to is None or a.created_at.date() <= query.applied_to)
        and (not query.resume or (a.include_resume and a.has_resume))
        and (not query.skill or _covers(a, query.skill))
    ]
    counts: dict[str, int] = {}
    for a in kept:
        counts[a.stage] = counts.get(a.stage, 0) + 1
    shown = [a for a in kept if not query.stage or a.stage == query.stage]
    if query.sort == "score":
        shown.sort(key=lambda a: (-_total(a), a.created_at))
    else:
        shown.sort(key=lambda a: (a.created_at, a.id), reverse=query.sort == "newest")
    return Board(tuple(shown), counts, len(kept))
