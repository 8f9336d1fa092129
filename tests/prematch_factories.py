"""A drive ready for pre-matching, made through the services as its centre, its companies and its people would."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from jobsfez.accounts.service import UserInfo
from jobsfez.db import new_row
from jobsfez.drives import company as drive_company
from jobsfez.drives import participants
from jobsfez.drives.offers import OfferInput
from jobsfez.drives.tables import DriveParticipant
from jobsfez.seekers import service as seekers
from jobsfez.seekers.service import ProfileInput, ProfileSkillInput
from jobsfez.skills import service as skills
from jobsfez.skills.matching import canonicalise
from tests.drive_factories import make_drive
from tests.employer_factories import company_actor, join_drive
from tests.helpers import VALID_BRNS, make_centre, make_employer, make_posting, make_seeker


@dataclass(frozen=True)
class MatchDrive:
    drive_id: int
    manager: UserInfo
    centre_id: int
    companies: list[tuple[UserInfo, int]]  # (owner, employer id)
    postings: list[int]
    seekers: list[UserInfo]  # registered from the drive's page, with a saved profile
    roster_ids: list[int]  # participants known only from the centre's roster


async def attach(owner: UserInfo, drive_id: int, posting_ids: list[int]) -> None:
    await drive_company.set_offer(
        await company_actor(owner.id),
        drive_id,
        OfferInput(
            interview_minutes="20",
            booth="",
            posting_ids=tuple(str(p) for p in posting_ids),
            interviewer_ids=(str(owner.id),),
            hours=(),
        ),
    )


async def register_seeker(drive_id: int, email: str, name: str, skills_typed: tuple[str, ...]) -> UserInfo:
    seeker = await make_seeker(email, name=name)
    profile = ProfileInput(birth_year="2001", skills=tuple(ProfileSkillInput(text) for text in skills_typed))
    await seekers.save_profile(seeker.id, profile, this_year=datetime.now(UTC).year)
    await participants.register(
        seeker.id, drive_id, birth_year="2001", consent=True, now=datetime.now(UTC), language="ko"
    )
    return seeker


async def roster_person(drive_id: int, centre_id: int, email: str, name: str, typed: tuple[str, ...]) -> int:
    vocab = await skills.vocabulary()
    [row] = await DriveParticipant.insert(
        new_row(
            DriveParticipant,
            drive_id=drive_id,
            name=name,
            email=email,
            phone="010-5555-0000",
            birth_year=2000,
            skills=list(typed),
            skill_keys=[canonicalise(vocab, text).key for text in typed],
            sectors=[],
            registered_by_centre_id=centre_id,
            source="roster",
        )
    ).returning(DriveParticipant.id)
    return int(row["id"])


async def match_drive(manager_email: str = "manager@centre.kr") -> MatchDrive:
    """Two joined companies with a posting each (one welding, one CNC), two seekers and two roster people."""
    manager, centre_id = await make_centre(manager_email)
    drive_id = await make_drive(manager.id, publish=True)
    companies, postings = [], []
    for n, (name, must) in enumerate(((("녹산용접"), "용접"), (("명지정밀"), "CNC 선반"))):
        owner, employer_id = await make_employer(f"owner{n}@example.kr", brn=VALID_BRNS[n], name_ko=name)
        posting = await make_posting(employer_id, owner.id, title=f"{must} 기능직", must=((must, None),), nice=())
        await join_drive(manager.id, drive_id, owner.id)
        await attach(owner, drive_id, [posting])
        companies.append((owner, employer_id))
        postings.append(posting)
    found = [
        await register_seeker(drive_id, "welder@example.kr", "김용접", ("용접",)),
        await register_seeker(drive_id, "turner@example.kr", "이선반", ("CNC 선반", "도면 해독")),
    ]
    roster_ids = [
        await roster_person(drive_id, centre_id, "r1@example.kr", "박명단", ("용접", "CNC 선반")),
        await roster_person(drive_id, centre_id, "r2@example.kr", "최명단", ("도면 해독",)),
    ]
    return MatchDrive(drive_id, manager, centre_id, companies, postings, found, roster_ids)
