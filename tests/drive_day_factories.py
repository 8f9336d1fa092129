"""A drive day for the tests: a published timetable's rows inserted directly, as the timetable page would write them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from jobsfez.accounts import service as accounts
from jobsfez.db import fetchrow
from tests.drive_factories import in_days, make_drive
from tests.helpers import PASSWORD, VALID_BRNS, make_centre, make_employer

SEOUL = ZoneInfo("Asia/Seoul")


@dataclass(frozen=True, slots=True)
class DriveDay:
    drive_id: int
    centre_id: int
    manager_id: int
    companies: dict[str, int]  # "precision" | "robotics" -> employer id
    people: dict[str, int]  # "minjun" (ko) | "emma" (en) | "haneul" (roster, no account) -> participant id
    interviews: dict[str, int]  # "<person>-<company>" -> interview id


def at(hour: int, minute: int = 0) -> datetime:
    """A time on the drive's day (14 days ahead), in Korea."""
    day = in_days(14)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=SEOUL)


async def add_participant(
    drive_id: int, centre_id: int, *, name: str, email: str, user_id: int | None = None, source: str = "self"
) -> int:
    row = await fetchrow(
        """INSERT INTO drive_participants (drive_id, user_id, name, email, registered_by_centre_id, source)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id""",
        drive_id,
        user_id,
        name,
        email,
        centre_id,
        source,
    )
    assert row is not None
    return int(row["id"])


async def add_interview(
    drive_id: int, participant_id: int, employer_id: int, starts_at: datetime, *, booth: str = "", minutes: int = 20
) -> int:
    row = await fetchrow(
        """INSERT INTO drive_interviews (drive_id, participant_id, employer_id, starts_at, ends_at, booth)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id""",
        drive_id,
        participant_id,
        employer_id,
        starts_at,
        starts_at + timedelta(minutes=minutes),
        booth,
    )
    assert row is not None
    return int(row["id"])


async def publish_timetable(drive_id: int, *, status: str = "published") -> None:
    await fetchrow(
        """INSERT INTO drive_timetables (drive_id, status, formulation, proven, covered, mutual, score, published_at)
           VALUES ($1, $2::varchar, 'flow', true, 3, 0, 0, CASE WHEN $2::varchar = 'published' THEN now() END)
           ON CONFLICT (drive_id) DO UPDATE SET status = excluded.status, published_at = excluded.published_at""",
        drive_id,
        status,
    )


async def make_drive_day(*, manager_email: str = "manager@centre.kr", published: bool = True) -> DriveDay:
    """A drive with two companies, two seekers (one reading Korean, one English) and a roster person, and four
    interviews: 민준 at both companies, Emma at one, 하늘 at the other."""
    manager, centre_id = await make_centre(manager_email)
    drive_id = await make_drive(manager.id, publish=True)
    _, precision = await make_employer(
        "owner@precision.kr", VALID_BRNS[0], name_ko="명지정밀", name_en="Myeongji Precision"
    )
    _, robotics = await make_employer("owner@robotics.kr", VALID_BRNS[1], name_ko="부산로봇", name_en="Busan Robotics")
    minjun = await accounts.create_user(
        email="minjun@example.kr", password=PASSWORD, role="seeker", display_name="김민준", locale="ko"
    )
    emma = await accounts.create_user(
        email="emma@example.kr", password=PASSWORD, role="seeker", display_name="Emma Park", locale="en"
    )
    people = {
        "minjun": await add_participant(
            drive_id, centre_id, name="김민준", email="minjun@example.kr", user_id=minjun.id
        ),
        "emma": await add_participant(drive_id, centre_id, name="Emma Park", email="emma@example.kr", user_id=emma.id),
        "haneul": await add_participant(drive_id, centre_id, name="김하늘", email="haneul@example.kr", source="roster"),
    }
    interviews = {
        "minjun-precision": await add_interview(drive_id, people["minjun"], precision, at(10), booth="A-1"),
        "minjun-robotics": await add_interview(drive_id, people["minjun"], robotics, at(11), booth="B-2"),
        "emma-precision": await add_interview(drive_id, people["emma"], precision, at(10, 30), booth="A-1"),
        "haneul-robotics": await add_interview(drive_id, people["haneul"], robotics, at(10), booth="B-2"),
    }
    if published:
        await publish_timetable(drive_id)
    return DriveDay(
        drive_id=drive_id,
        centre_id=centre_id,
        manager_id=manager.id,
        companies={"precision": precision, "robotics": robotics},
        people=people,
        interviews=interviews,
    )
