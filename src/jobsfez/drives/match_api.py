"""A drive's pre-matching result in the centres' JSON API (/api/v1/centre, read with the centre's token): the
companies of the latest run, and each company's ranked participants, as the centre's pages show them (its own
participants by name and with the explanation, its co-hosts' by rank and score only)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import msgspec
from litestar import Controller, Request, get
from litestar.params import FromPath

from jobsfez.applications.api import ExplanationOut, explanation
from jobsfez.centres.service import CentreActor
from jobsfez.drives import matches, prematch
from jobsfez.drives.api import STATE_KEY, TOKEN_ERRORS, centre_token
from jobsfez.web.errors import CENTRE_TOKEN

ERRORS = {status: TOKEN_ERRORS[status] for status in (400, 401, 403, 404, 429)}


class RunOut(msgspec.Struct):
    """The drive's latest finished pre-matching run."""

    id: int
    finished_at: datetime | None
    participants: int  # registered when it ran


class MatchedCompanyOut(msgspec.Struct):
    employer_id: int
    name_ko: str
    name_en: str
    participants: int  # how many participants the run ranked for it


class DriveMatchesOut(msgspec.Struct):
    drive_id: int
    run: RunOut | None  # None until the drive's first run finished
    companies: list[MatchedCompanyOut]


class RankedParticipantOut(msgspec.Struct):
    """A participant on a company's list: participant_id, name and explanation only for your centre's own."""

    rank: int
    score: float
    participant_id: int | None
    name: str | None
    explanation: ExplanationOut | None
    mutual_interest: bool


class CompanyMatchesOut(msgspec.Struct):
    drive_id: int
    employer_id: int
    run: RunOut | None
    total: int  # ranked participants in all, of which the best are listed
    items: list[RankedParticipantOut]


def _actor(request: Request[Any, Any, Any]) -> CentreActor:
    actor: CentreActor = request.scope["state"][STATE_KEY]
    return actor


def _run(run: prematch.RunView | None) -> RunOut | None:
    return None if run is None else RunOut(run.id, run.finished_at, run.participants_total)


class CentreMatchApiController(Controller):
    path = "/api/v1/centre/drives/{drive_id:int}/matches"
    tags = ("centre drives",)
    include_in_schema = True
    guards = (centre_token,)

    @get("/", summary="The companies of a drive's pre-matching", security=CENTRE_TOKEN, responses=ERRORS)
    async def companies(self, request: Request[Any, Any, Any], drive_id: FromPath[int]) -> DriveMatchesOut:
        """The latest finished run of a drive your centre hosts, and each company it ranked participants for."""
        actor = _actor(request)
        found = await matches.companies_for_centre(actor, drive_id)
        return DriveMatchesOut(
            drive_id=drive_id,
            run=_run(await matches.run_for_centre(actor, drive_id)),
            companies=[MatchedCompanyOut(c.employer_id, c.name_ko, c.name_en, c.participants) for c in found],
        )

    @get(
        "/companies/{employer_id:int}",
        summary="A company's ranked participants on a drive",
        security=CENTRE_TOKEN,
        responses=ERRORS,
    )
    async def company(
        self, request: Request[Any, Any, Any], drive_id: FromPath[int], employer_id: FromPath[int]
    ) -> CompanyMatchesOut:
        """The company's best-ranked participants of the latest run: yours in full, your co-hosts' by rank."""
        found = await matches.company_for_centre(_actor(request), drive_id, employer_id)
        return CompanyMatchesOut(
            drive_id=drive_id,
            employer_id=employer_id,
            run=_run(found.run),
            total=found.total,
            items=[
                RankedParticipantOut(
                    rank=person.rank,
                    score=person.stored_score,
                    participant_id=person.participant_id or None,
                    name=person.name or None,
                    explanation=explanation(person.score) if person.score is not None else None,
                    mutual_interest=person.marks.mutual,
                )
                for person in found.participants
            ],
        )
