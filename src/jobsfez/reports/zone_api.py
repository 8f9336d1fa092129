"""The regional skill-gap report in the centres' JSON API (/api/v1/centre/skill-gap), behind the same token guard,
limit and error answers as a centre's drives (drives/api.py): every approved centre may read it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, TypeAlias

import msgspec
from litestar import Controller, Request, get
from litestar.params import Parameter

from jobsfez.centres.service import CentreActor
from jobsfez.choices import SECTORS
from jobsfez.drives.api import STATE_KEY, TOKEN_ERRORS, centre_token
from jobsfez.reports import skillgap
from jobsfez.reports.readers import Reader
from jobsfez.web.errors import CENTRE_TOKEN

HIDDEN = "null where it counts fewer than 5 (hidden, as every report hides small counts)"
Count: TypeAlias = Annotated[int | None, msgspec.Meta(description=HIDDEN)]
# a sector's code, or null for all of them: the enum lists null too, or a schema reader would refuse the null
SectorOrAll: TypeAlias = Annotated[str | None, msgspec.Meta(extra_json_schema={"extra": {"enum": [*SECTORS, None]}})]


class SkillGapItemOut(msgspec.Struct):
    """One must-have skill in the month; a count under five is null."""

    skill_key: str
    name_ko: str
    name_en: str
    postings: Count  # open postings asking for it
    openings: Count  # the people those postings want
    seekers: Count  # active seekers holding it
    gap: Annotated[int | None, msgspec.Meta(description="openings − seekers; null where either is hidden")]
    missed: Count  # recommended postings asking it of a sampled seeker who lacks it


class SkillGapOut(msgspec.Struct):
    month: str  # YYYY-MM
    months: list[str]  # the months with figures, newest first
    sector: SectorOrAll  # null: every sector
    active_days: int  # an active seeker updated their profile or applied within these days
    active_seekers: Count
    sampled_seekers: int  # the active seekers whose recommendations the missed skills come from
    refreshed_at: datetime | None
    summary: str  # what changed since the month before, in the request's language
    demanded: list[SkillGapItemOut]
    missed: list[SkillGapItemOut]


def _item(gap: skillgap.Gap) -> SkillGapItemOut:
    return SkillGapItemOut(
        gap.key, gap.name_ko, gap.name_en, gap.postings, gap.openings, gap.seekers, gap.gap, gap.missed
    )


class SkillGapApiController(Controller):
    path = "/api/v1/centre/skill-gap"
    tags = ("centre reports",)
    include_in_schema = True
    guards = (centre_token,)

    @get(
        "/",
        summary="Read the regional skill-gap report",
        security=CENTRE_TOKEN,
        responses={status: TOKEN_ERRORS[status] for status in (400, 401, 429)},
    )
    async def read(
        self,
        request: Request[Any, Any, Any],
        month: Annotated[
            str | None, Parameter(pattern=skillgap.MONTH_PATTERN, description="YYYY-MM; the newest month by default")
        ] = None,
        sector: Annotated[
            str | None, Parameter(pattern=f"^({'|'.join(SECTORS)})$", description="A sector code; all by default")
        ] = None,
    ) -> SkillGapOut:
        """The must-have skills open postings ask for most, the active seekers holding each and the gap, the skills
        recommended postings most often miss for seekers, and what changed since the month before. Every count under
        five is null."""
        actor: CentreActor = request.scope["state"][STATE_KEY]
        found = await skillgap.report(
            Reader(staff=False, centre=actor),
            month=skillgap.parse_month(month),
            sector=skillgap.parse_sector(sector),
            now=datetime.now(UTC),
        )
        return SkillGapOut(
            month=f"{found.month:%Y-%m}",
            months=[f"{month:%Y-%m}" for month in found.months],
            sector=found.sector or None,
            active_days=found.active_days,
            active_seekers=found.active_seekers,
            sampled_seekers=found.sampled_seekers,
            refreshed_at=found.refreshed_at,
            summary=skillgap.summary(found),
            demanded=[_item(gap) for gap in found.demanded],
            missed=[_item(gap) for gap in found.missed],
        )
