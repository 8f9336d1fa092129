"""A drive ready for its timetable, for the tests: two joined companies with their offers, registered participants,
a finished pre-matching run and interest marks, the run's rows inserted directly (the pre-matching job is another
part's)."""

from __future__ import annotations

from dataclasses import dataclass

from jobsfez.db import new_row
from jobsfez.drives import company as drive_company
from jobsfez.drives.offers import OfferInput
from jobsfez.drives.tables import DriveInterest, DriveMatch, DriveMatchRun, DriveParticipant
from tests.drive_factories import make_drive
from tests.employer_factories import company_actor, join_drive
from tests.helpers import VALID_BRNS, make_centre, make_employer, make_posting


@dataclass(frozen=True)
class ReadyDrive:
    drive_id: int
    manager_id: int
    centre_id: int
    companies: tuple[int, ...]  # employer ids
    owners: tuple[int, ...]  # their owners' user ids, each the company's interviewer
    participants: tuple[int, ...]


async def add_participant(drive_id: int, centre_id: int, number: int) -> int:
    [row] = await DriveParticipant.insert(
        new_row(
            DriveParticipant,
            drive_id=drive_id,
            name=f"참가자{number}",
            email=f"person{number}@example.kr",
            skills=[],
            skill_keys=[],
            sectors=[],
            registered_by_centre_id=centre_id,
            source="roster",
        )
    ).returning(DriveParticipant.id)
    return int(row["id"])


async def add_run(drive_id: int, scores: dict[tuple[int, int], float], postings: dict[int, int]) -> int:
    """A finished pre-matching run holding the pairs given, as (participant, employer) -> score."""
    [run] = await DriveMatchRun.insert(new_row(DriveMatchRun, drive_id=drive_id, status="done")).returning(
        DriveMatchRun.id
    )
    for (participant_id, employer_id), score in scores.items():
        await DriveMatch.insert(
            new_row(
                DriveMatch,
                run_id=run["id"],
                drive_id=drive_id,
                participant_id=participant_id,
                employer_id=employer_id,
                posting_id=postings[employer_id],
                score=score,
                participant_rank=1,
                company_rank=1,
            )
        )
    return int(run["id"])


async def mark(drive_id: int, participant_id: int, employer_id: int, side: str) -> None:
    await DriveInterest.insert(
        new_row(DriveInterest, drive_id=drive_id, participant_id=participant_id, employer_id=employer_id, side=side)
    )


async def ready_drive(*, people: int = 4, run: bool = True, email: str = "manager@centre.kr") -> ReadyDrive:
    """An open drive with two companies interviewing 10:00-11:40 in 20-minute slots (five each), one interviewer
    each, and ``people`` participants matched with both (the first company scoring higher)."""
    manager, centre_id = await make_centre(email=email)
    drive_id = await make_drive(manager.id, publish=True)
    companies, owners, postings = [], [], {}
    for number, name in enumerate(("명지정밀", "녹산전자")):
        owner, employer_id = await make_employer(
            email=f"owner{number}-{drive_id}@example.kr", brn=VALID_BRNS[number], name_ko=name, name_en=name
        )
        postings[employer_id] = await make_posting(employer_id, owner.id)
        await join_drive(manager.id, drive_id, owner.id)
        await drive_company.set_offer(
            await company_actor(owner.id),
            drive_id,
            OfferInput(
                interview_minutes="20",
                booth=f"부스 {number + 1}",
                posting_ids=(str(postings[employer_id]),),
                interviewer_ids=(str(owner.id),),
                hours=(("10:00", "11:40"),),
            ),
        )
        companies.append(employer_id)
        owners.append(owner.id)
    participants = [await add_participant(drive_id, centre_id, n) for n in range(people)]
    if run:
        await add_run(
            drive_id,
            {(p, c): 80.0 - 10 * i + n for n, p in enumerate(participants) for i, c in enumerate(companies)},
            postings,
        )
    return ReadyDrive(drive_id, manager.id, centre_id, tuple(companies), tuple(owners), tuple(participants))
