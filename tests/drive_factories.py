"""Drives for the tests, made through the drives service as a centre would make them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from jobsfez.centres import service as centres
from jobsfez.centres.service import CentreActor
from jobsfez.drives import service as drives
from jobsfez.drives.validation import DayInput, DriveInput
from jobsfez.postings.validation import seoul_today


def in_days(days: int) -> date:
    """A day in Korea, counted from today there."""
    return seoul_today() + timedelta(days=days)


def drive_input(days_ahead: int = 14, **changes: object) -> DriveInput:
    """A drive's form as a centre fills it: one day two weeks ahead, registration open from today until two days
    before it."""
    day = in_days(days_ahead)
    raw = DriveInput(
        title="명지 AI·제조 현장면접의 날",
        description="명지 AI·제조 기업과 청년 구직자가 만나는 현장 면접.\n\n- 이력서 지참\n- 사전 매칭 결과 안내",
        venue_district="myeongji",
        venue_address="부산 강서구 명지국제6로 168",
        rooms="1층 A홀, 부스 1–12",
        registration_opens_at=f"{in_days(0).isoformat()}T00:00",
        registration_closes_at=f"{(day - timedelta(days=2)).isoformat()}T18:00",
        min_age="15",
        max_age="39",
        region="zone",
        capacity="300",
        visibility="public",
        days=(DayInput(day.isoformat(), "10:00", "17:00"),),
    )
    return replace(raw, **changes)  # type: ignore[arg-type]


async def actor_of(user_id: int) -> CentreActor:
    actor = await centres.actor_for(user_id)
    assert actor is not None
    return actor


async def make_drive(user_id: int, *, publish: bool = False, **changes: object) -> int:
    """A drive led by the member's centre, opened for registration if asked."""
    actor = await actor_of(user_id)
    drive_id = await drives.create(actor, drive_input(**changes))
    if publish:
        await drives.transition(actor, drive_id, "publish")
    return drive_id
