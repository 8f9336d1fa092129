"""One interviewer is in one interview at a time: a new or moved time that overlaps another open time of the
company with an interviewer in common is refused, naming who and when.

Interviewers are free text ("박서연 팀장, 김도윤"): names are the comma-separated entries, compared with their
spaces collapsed and letter case folded. Times with no interviewer named are not checked (nobody to be double
booked), nor are times of different interviewers (a company interviews in parallel rooms).
"""

from __future__ import annotations

import re
from datetime import timedelta

from jobsfez.employers.service import Actor
from jobsfez.errors import ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.interviews.service import MAX_DURATION, SEOUL, CleanSlot
from jobsfez.interviews.tables import InterviewSlot

SEPARATORS = re.compile(r"[,;/·、\n]+")
OVERLAPS = lazy(
    "{names} already has an interview from {start} to {end} (Korea time). Choose another time or another interviewer."
)
OVERLAPS_FIELD = lazy("This time overlaps another interview of the same interviewer.")


def names_of(interviewers: str) -> frozenset[str]:
    return frozenset(" ".join(n.split()).casefold() for n in SEPARATORS.split(interviewers) if n.strip())


async def check_free(actor: Actor, slot: CleanSlot, *, moving: int | None = None) -> None:
    """ValidationFailed if an interviewer of ``slot`` is already in another open time of the company then;
    ``moving`` is the slot being changed, which may overlap itself."""
    names = names_of(slot.interviewers)
    if not names:
        return
    ends = slot.starts_at + timedelta(minutes=slot.duration_minutes)
    nearby = await InterviewSlot.select(
        InterviewSlot.id, InterviewSlot.starts_at, InterviewSlot.duration_minutes, InterviewSlot.interviewers
    ).where(
        (InterviewSlot.employer_id == actor.employer_id)
        & (InterviewSlot.status == "open")
        & (InterviewSlot.starts_at < ends)
        & (InterviewSlot.starts_at > slot.starts_at - timedelta(minutes=MAX_DURATION))
    )
    for other in sorted(nearby, key=lambda r: r["starts_at"]):
        other_ends = other["starts_at"] + timedelta(minutes=other["duration_minutes"])
        common = names & names_of(other["interviewers"])
        if other["id"] != moving and other_ends > slot.starts_at and common:
            shown = [n for n in SEPARATORS.split(other["interviewers"]) if " ".join(n.split()).casefold() in common]
            raise ValidationFailed(
                OVERLAPS,
                fields={"starts_at": OVERLAPS_FIELD, "interviewers": OVERLAPS_FIELD},
                names=", ".join(n.strip() for n in shown),
                start=other["starts_at"].astimezone(SEOUL).strftime("%Y-%m-%d %H:%M"),
                end=other_ends.astimezone(SEOUL).strftime("%H:%M"),
            )
