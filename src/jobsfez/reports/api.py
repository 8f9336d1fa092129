"""A drive's funnel and cohorts in the centres' JSON API (/api/v1/centre, read with the centre's token), as the
drive's report page shows them to any of its hosts.

A figure counting fewer than five people is suppressed (reports.privacy): its ``value`` is null and ``hidden`` is
true. A null ``value`` with ``hidden`` false is a figure that does not apply (the first stage has no stage before it,
or there is nothing to divide by yet).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, TypeAlias

import msgspec
from litestar import Controller, Request, get
from litestar.params import FromPath

from jobsfez import i18n
from jobsfez.centres.service import CentreActor
from jobsfez.drives.api import STATE_KEY, TOKEN_ERRORS, centre_token
from jobsfez.postings.api import codes
from jobsfez.reports import funnels
from jobsfez.web.errors import CENTRE_TOKEN

ERRORS = {status: TOKEN_ERRORS[status] for status in (400, 401, 404, 429)}
StageCode: TypeAlias = Annotated[str, codes(funnels.STAGES)]
DimensionCode: TypeAlias = Annotated[str, codes(funnels.DIMENSIONS)]


class CountOut(msgspec.Struct):
    """A count of people: null and hidden when fewer than five."""

    value: int | None
    hidden: bool


class FigureOut(msgspec.Struct):
    """A share (0–1), a ratio or a number of days: null and hidden when a count it comes from is hidden; null
    alone when it does not apply."""

    value: float | None
    hidden: bool


class StageOut(msgspec.Struct):
    stage: StageCode
    people: CountOut
    of_previous: FigureOut  # conversion from the stage before
    of_registered: FigureOut


class DriveFunnelOut(msgspec.Struct):
    """registered → checked in → interviewed → next round → offered → hired; a person counts at the furthest stage
    any of their interviews reached."""

    drive_id: int
    stages: list[StageOut]
    interviews_due: CountOut  # not cancelled, begun by now
    no_show_rate: FigureOut  # of the interviews due
    interviews_per_person: FigureOut  # interviews held per person checked in
    median_days_to_hire: FigureOut  # from the interview's drive day to the hire being recorded
    zone_hires: CountOut  # hires by companies in one of the zone's districts


class CohortRowOut(msgspec.Struct):
    key: str | None  # the centre's id, the school, the place or the age band; null: not given
    label: str
    registered: CountOut
    checked_in: CountOut
    interviewed: CountOut
    next_round: CountOut
    offered: CountOut
    hired: CountOut
    hire_rate: FigureOut


class CohortsOut(msgspec.Struct):
    dimension: DimensionCode
    rows: list[CohortRowOut]


class DriveCohortsOut(msgspec.Struct):
    drive_id: int
    cohorts: list[CohortsOut]


def _actor(request: Request[Any, Any, Any]) -> CentreActor:
    actor: CentreActor = request.scope["state"][STATE_KEY]
    return actor


def _count(value: int | None) -> CountOut:
    return CountOut(value, value is None)


def _rate(value: float | None, *, applies: bool = True) -> FigureOut:
    return FigureOut(value, applies and value is None)


def _funnel(drive_id: int, funnel: funnels.Funnel) -> DriveFunnelOut:
    return DriveFunnelOut(
        drive_id=drive_id,
        stages=[
            StageOut(
                stage.key,
                _count(stage.people),
                _rate(stage.of_previous, applies=index > 0),
                _rate(stage.of_registered, applies=index > 0),
            )
            for index, stage in enumerate(funnel.stages)
        ],
        interviews_due=_count(funnel.interviews_due),
        no_show_rate=_rate(funnel.no_show_rate),
        interviews_per_person=_rate(funnel.interviews_per_person),
        median_days_to_hire=_rate(funnel.median_days_to_hire),
        zone_hires=_count(funnel.zone_hires),
    )


def _cohort_row(row: funnels.CohortRow) -> CohortRowOut:
    counts = dict(zip(funnels.STAGES, (_count(value) for value in row.counts), strict=True))
    return CohortRowOut(key=row.key, label=row.label, **counts, hire_rate=_rate(row.hire_rate))


class CentreReportApiController(Controller):
    path = "/api/v1/centre/drives/{drive_id:int}"
    tags = ("centre reports",)
    include_in_schema = True
    guards = (centre_token,)

    @get("/funnel", summary="A drive's funnel, from registration to hire", security=CENTRE_TOKEN, responses=ERRORS)
    async def funnel(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> DriveFunnelOut:
        """The whole drive's funnel for any of its hosts; a count under five is hidden."""
        return _funnel(drive_id, await funnels.drive_funnel(_actor(request), drive_id, now=datetime.now(UTC)))

    @get("/cohorts", summary="A drive's funnel by cohort", security=CENTRE_TOKEN, responses=ERRORS)
    async def cohorts(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> DriveCohortsOut:
        """The drive's people by the centre that brought them, school, place of residence and age band."""
        found = await funnels.drive_cohorts(_actor(request), drive_id, language=i18n.current_language())
        return DriveCohortsOut(
            drive_id=drive_id,
            cohorts=[CohortsOut(cohorts.dimension, [_cohort_row(row) for row in cohorts.rows]) for cohorts in found],
        )
