"""A drive whose report a person can count by hand: twelve participants, their check-ins and their interviews.

    who  account, school       born     checked in  interviews (company: outcome, days to the outcome)  furthest
    p1   yes, 부산대학교        Y-22     yes         precision: hired (3)                               hired
    p2   yes, 부산대학교        Y-22     yes         precision: hired (5)                               hired
    p3   yes, 부산대학교        Y-22     yes         robotics: hired (7)                                hired
    p4   yes, 부산대학교        Y-22     yes         precision: hired (9), robotics: interviewed       hired
    p5   yes, 부산대학교        Y-22     yes         robotics: hired (10)                               hired
    p6   yes, 동아대학교        Y-17     yes         precision: offer                                   offered
    p7   roster                Y-17     yes         robotics: next_round                               next round
    p8   roster                Y-17     yes         precision: interviewed                             interviewed
    p9   roster                —        no          precision: absent (no outcome)                     registered
    p10  roster                —        no          robotics: no_show                                  registered
    p11  roster                —        no          —                                                  registered
    p12  roster                —        yes         robotics: cancelled                                checked in
    p13  roster, withdrawn     —        —           —                                                  not counted

Y is the drive's year. Precision is in Myeongji (a zone district), Robotics elsewhere. So: registered 12, checked in
9, interviewed 8, next round 7, offered 6, hired 5; hires at zone employers 3 (hidden); interviews due 11 (p12's is
cancelled), no-shows 2 (hidden, and so is their rate); interviews held 9 for 9 people checked in; days to a hire 3, 5,
7, 9, 10 (median 7). Age bands: 20–24 five, 15–19 three, unknown four.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from jobsfez.accounts import service as accounts
from jobsfez.db import fetch
from tests.drive_day_factories import add_interview, add_participant, at, publish_timetable
from tests.drive_factories import make_drive
from tests.helpers import PASSWORD, VALID_BRNS, make_centre, make_employer

# (account and school or None, birth year's distance from the drive's year or None, checked in, interviews)
PEOPLE: dict[str, tuple[str | None, int | None, bool, tuple[tuple[str, str, int | None], ...]]] = {
    "p1": ("부산대학교", 22, True, (("precision", "hired", 3),)),
    "p2": ("부산대학교", 22, True, (("precision", "hired", 5),)),
    "p3": ("부산대학교", 22, True, (("robotics", "hired", 7),)),
    "p4": ("부산대학교", 22, True, (("precision", "hired", 9), ("robotics", "interviewed", 0))),
    "p5": ("부산대학교", 22, True, (("robotics", "hired", 10),)),
    "p6": ("동아대학교", 17, True, (("precision", "offer", 0),)),
    "p7": (None, 17, True, (("robotics", "next_round", 0),)),
    "p8": (None, 17, True, (("precision", "interviewed", 0),)),
    "p9": (None, None, False, (("precision", "absent", None),)),
    "p10": (None, None, False, (("robotics", "no_show", 0),)),
    "p11": (None, None, False, ()),
    "p12": (None, None, True, (("robotics", "cancelled", None),)),
}


@dataclass(frozen=True, slots=True)
class CountedDrive:
    drive_id: int
    centre_id: int
    manager_email: str
    companies: dict[str, int]  # precision | robotics -> employer id
    company_emails: dict[str, str]
    seekers: dict[str, int]  # p1..p6 -> user id
    people: dict[str, int]  # p1..p13 -> participant id


async def make_counted_drive(*, manager_email: str = "manager@centre.kr") -> CountedDrive:
    """The drive of the table above, its timetable published and its outcomes recorded."""
    manager, centre_id = await make_centre(manager_email)
    drive_id = await make_drive(manager.id, publish=True)
    _, precision = await make_employer("owner@precision.kr", VALID_BRNS[0], name_ko="명지정밀", name_en="Precision")
    _, robotics = await make_employer("owner@robotics.kr", VALID_BRNS[1], name_ko="부산로봇", name_en="Robotics")
    await fetch("UPDATE employers SET district = 'other' WHERE id = $1", robotics)
    companies = {"precision": precision, "robotics": robotics}
    for employer_id in companies.values():
        await fetch(
            "INSERT INTO drive_employers (drive_id, employer_id, status) VALUES ($1, $2, 'joined')",
            drive_id,
            employer_id,
        )
    year = at(10).year
    seekers: dict[str, int] = {}
    people: dict[str, int] = {}
    for index, (who, (school, age, arrived, interviews)) in enumerate(PEOPLE.items()):
        email = f"{who}@example.kr"
        user_id = None
        if school is not None:
            user = await accounts.create_user(email=email, password=PASSWORD, role="seeker", display_name=who)
            await fetch(
                "INSERT INTO seeker_profiles (user_id, school, region) VALUES ($1, $2, '명지')", user.id, school
            )
            user_id = seekers[who] = user.id
        source = "self" if user_id else "roster"
        people[who] = await add_participant(drive_id, centre_id, name=who, email=email, user_id=user_id, source=source)
        await fetch(
            """UPDATE drive_participants
               SET birth_year = $2, checked_in_at = CASE WHEN $3::boolean THEN $4::timestamptz END WHERE id = $1""",
            people[who],
            year - age if age is not None else None,
            arrived,
            at(9, 30),
        )
        for company, outcome, days in interviews:
            starts_at = at(10 + index % 6, 0 if company == "precision" else 30)
            interview = await add_interview(drive_id, people[who], companies[company], starts_at)
            if outcome in ("cancelled", "absent"):
                await fetch("UPDATE drive_interviews SET status = $2 WHERE id = $1", interview, outcome)
            else:
                await fetch(
                    "UPDATE drive_interviews SET outcome = $2, outcome_at = $3 WHERE id = $1",
                    interview,
                    outcome,
                    starts_at + timedelta(days=days or 0),
                )
    people["p13"] = await add_participant(drive_id, centre_id, name="p13", email="p13@example.kr", source="roster")
    await fetch("UPDATE drive_participants SET status = 'withdrawn' WHERE id = $1", people["p13"])
    await publish_timetable(drive_id)
    return CountedDrive(
        drive_id,
        centre_id,
        manager_email,
        companies,
        {"precision": "owner@precision.kr", "robotics": "owner@robotics.kr"},
        seekers,
        people,
    )
