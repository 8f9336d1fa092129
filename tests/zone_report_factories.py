"""A small platform to count by hand: two postings, seven seekers, their applications, one interview and one hire.

Cells it makes (months in Korea):
- 2026-11, automotive_parts, myeongji, youth: 4 applications (s1-s4), 1 interview (s2; s3's was cancelled)
- 2026-11, automotive_parts, myeongji, not youth: 3 applications (s5, s6 born 1970; s7 with no profile, who applied
  at 00:30 on 1 November in Korea, still 31 October in UTC)
- 2026-10, machinery, ungdong, youth: 1 application (s1)
- 2026-12, automotive_parts, myeongji, youth: 1 hire (s1, hired on 2 December)
Postings: P1 automotive_parts 2,600,000 a month (12,440 an hour), 2 openings, must CNC 선반 and 도면 해독, published
now; P2 machinery 11,000 an hour, 3 openings, must CNC 선반 and 용접, published 15 November 2026.
Active seekers' skills: s1 (machinery only), s2, s3 hold CNC 선반; s4 holds 용접; s5 and s6 hold 엑셀.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from jobsfez.db import fetch, fetchrow
from jobsfez.seekers import service as seekers
from jobsfez.seekers.service import ProfileInput, ProfileSkillInput
from tests.helpers import make_employer, make_posting, make_seeker


@dataclass(frozen=True)
class Platform:
    employer_id: int
    owner_id: int
    postings: tuple[int, int]
    seekers: tuple[int, ...]


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


async def apply(posting_id: int, employer_id: int, seeker_id: int, when: str, stage: str = "applied") -> int:
    row = await fetchrow(
        """INSERT INTO applications (posting_id, employer_id, seeker_user_id, stage, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $5) RETURNING id""",
        posting_id,
        employer_id,
        seeker_id,
        stage,
        at(when),
    )
    assert row is not None
    return int(row["id"])


async def book(
    posting_id: int, employer_id: int, application_id: int, seeker_id: int, starts: str, status: str
) -> None:
    slot = await fetchrow(
        """INSERT INTO interview_slots (posting_id, employer_id, starts_at, duration_minutes, capacity)
           VALUES ($1, $2, $3, 30, 1) RETURNING id""",
        posting_id,
        employer_id,
        at(starts),
    )
    assert slot is not None
    await fetch(
        """INSERT INTO interview_bookings (slot_id, application_id, employer_id, seeker_user_id, status)
           VALUES ($1, $2, $3, $4, $5)""",
        slot["id"],
        application_id,
        employer_id,
        seeker_id,
        status,
    )


async def profile(user_id: int, birth_year: str, skills: tuple[str, ...], sectors: tuple[str, ...] = ()) -> None:
    data = ProfileInput(birth_year=birth_year, sectors=sectors, skills=tuple(ProfileSkillInput(s) for s in skills))
    await seekers.save_profile(user_id, data, this_year=datetime.now(UTC).year)


async def hand_counted_platform() -> Platform:
    owner, company = await make_employer()
    p1 = await make_posting(company, owner.id, title="CNC 선반", must=(("CNC 선반", None), ("도면 해독", None)))
    p2 = await make_posting(
        company,
        owner.id,
        title="기계 가공",
        must=(("CNC 선반", None), ("용접", None)),
        sector="machinery",
        district="ungdong",
        pay_unit="hour",
        pay_min=11_000,
        pay_max=12_000,
        openings=3,
    )
    await fetch("UPDATE postings SET published_at = $1 WHERE id = $2", at("2026-11-15T01:00:00"), p2)
    people = [await make_seeker(f"s{n}@example.kr", f"구직자{n}") for n in range(1, 8)]
    s1, s2, s3, s4, s5, s6, s7 = (person.id for person in people)
    await profile(s1, "2000", ("CNC 선반",), sectors=("machinery",))
    await profile(s2, "2001", ("CNC 선반",))
    await profile(s3, "1999", ("CNC 선반",))
    await profile(s4, "2002", ("용접",))
    await profile(s5, "1970", ("엑셀",))
    await profile(s6, "1970", ("엑셀",))
    hired = await apply(p1, company, s1, "2026-11-03T02:00:00", stage="hired")
    await fetch(
        "INSERT INTO application_events (application_id, to_stage, created_at) VALUES ($1, 'hired', $2)",
        hired,
        at("2026-12-02T03:00:00"),
    )
    second = await apply(p1, company, s2, "2026-11-04T02:00:00", stage="interview")
    third = await apply(p1, company, s3, "2026-11-05T02:00:00", stage="interview")
    await book(p1, company, second, s2, "2026-11-20T01:00:00", "booked")
    await book(p1, company, third, s3, "2026-11-21T01:00:00", "cancelled")
    for seeker, day in ((s4, "06"), (s5, "07"), (s6, "08")):
        await apply(p1, company, seeker, f"2026-11-{day}T02:00:00")
    await apply(p1, company, s7, "2026-10-31T15:30:00")
    await apply(p2, company, s1, "2026-10-10T02:00:00")
    return Platform(company, owner.id, (p1, p2), (s1, s2, s3, s4, s5, s6, s7))
