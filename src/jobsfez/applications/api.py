"""Matches in the JSON API (/api/v1): a seeker's recommended postings and a posting's ranked candidates.

Every score carries its explanation, exactly as the pages show it.
"""

from __future__ import annotations

from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, get
from litestar.params import FromPath, FromQuery, Parameter

from jobsfez.applications import candidate_filter, service
from jobsfez.postings.api import DistrictCode
from jobsfez.skills import ranking
from jobsfez.skills.matching import Score
from jobsfez.web import guards
from jobsfez.web.errors import SIGNED_IN, api_errors

MAX_LIMIT = 100
# the Candidates page's filter, checked by candidate_filter (a value that is none of these is a 400 naming it)
COVERS = Parameter(
    schema_extra={"enum": list(candidate_filter.CHOICES)},
    description=(
        "every_must: only seekers covering every must-have skill of the posting (each held at any level, or related"
        " to a skill they hold: what the applicants board's filter counts); empty or absent: everyone. A posting"
        " without must-haves: everyone either way"
    ),
)


class MatchedSkillOut(msgspec.Struct):
    posting_text: str
    seeker_text: str
    skill: str
    kind: str
    must: bool
    points: float


class PreferenceOut(msgspec.Struct):
    preference: str
    matched: bool
    points: float


class AdjustmentOut(msgspec.Struct):
    code: str
    points: float


class ExplanationOut(msgspec.Struct):
    """Why a score is what it is: skills + preferences + adjustments add up to the total."""

    total: float
    skills_points: float
    preference_points: float
    eligible: bool
    matched: list[MatchedSkillOut]
    missing_must_haves: list[str]
    preferences: list[PreferenceOut]
    adjustments: list[AdjustmentOut]
    reasons: list[str]


class RecommendationOut(msgspec.Struct):
    posting_id: int
    title: str
    company: str
    district: DistrictCode
    closing_date: str
    score: ExplanationOut


class CandidateOut(msgspec.Struct):
    """A findable seeker: no phone, no email until they apply."""

    seeker_id: int
    name: str
    region: str
    skills: list[str]
    score: ExplanationOut


def explanation(score: Score) -> ExplanationOut:
    return ExplanationOut(
        total=score.total,
        skills_points=score.skills_points,
        preference_points=score.preference_points,
        eligible=score.eligible,
        matched=[
            MatchedSkillOut(m.posting_text, m.seeker_text, m.key, m.kind, m.must, m.points) for m in score.matched
        ],
        missing_must_haves=list(score.missing),
        preferences=[PreferenceOut(p.preference, p.matched, p.points) for p in score.preferences],
        adjustments=[AdjustmentOut(a.code, a.points) for a in score.adjustments],
        reasons=list(score.reasons),
    )


class MatchApiController(Controller):
    path = "/api/v1"
    include_in_schema = True
    tags = ("matches",)

    @get(
        "/me/recommendations",
        guards=[guards.seeker],
        summary="Open postings ranked for the logged-in seeker",
        security=SIGNED_IN,
        responses=api_errors(400, 401, 403),
    )
    async def recommendations(
        self, request: Request[Any, Any, Any], limit: FromQuery[int] = 20
    ) -> list[RecommendationOut]:
        scores = await ranking.recommended_postings(guards.user_of(request).id, limit=max(1, min(limit, MAX_LIMIT)))
        cards = await service.posting_cards([s.posting_id for s in scores])
        return [
            RecommendationOut(
                posting_id=s.posting_id,
                title=cards[s.posting_id].title,
                company=cards[s.posting_id].company_name_ko,
                district=cards[s.posting_id].district,
                closing_date=cards[s.posting_id].closing_date.isoformat(),
                score=explanation(s),
            )
            for s in scores
            if s.posting_id in cards
        ]

    @get(
        "/employer/postings/{posting_id:int}/candidates",
        guards=[guards.employer_member],
        summary="Findable seekers ranked for one of the company's postings",
        security=SIGNED_IN,
        responses=api_errors(400, 401, 403, 404),
    )
    async def candidates(
        self,
        request: Request[Any, Any, Any],
        posting_id: FromPath[int],
        limit: FromQuery[int] = 50,
        covers: Annotated[str, COVERS] = "",
    ) -> list[CandidateOut]:
        """The best ranked findable seekers who have not applied; with covers=every_must, the best ranked of those
        covering every must-have skill, found among all of them (not the unfiltered list narrowed)."""
        every_must = candidate_filter.every_must(covers)
        limit = max(1, min(limit, MAX_LIMIT))
        found = await service.candidates(guards.actor_of(request), posting_id, limit=limit, every_must=every_must)
        return [
            CandidateOut(
                seeker_id=c.score.seeker_id,
                name=c.person.name,
                region=c.person.region,
                skills=list(c.person.skills),
                score=explanation(c.score),
            )
            for c in found
        ]
