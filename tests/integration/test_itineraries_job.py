"""The worker's itinerary job on a real PostgreSQL and Redis: publishing a timetable, or changing a published one,
reaches the people it concerns through the job the timetable's pages enqueue, and the minute's sweep makes good a
lost job without sending anything twice."""

from __future__ import annotations

from litestar import Litestar

from jobsfez.drives import timetables
from jobsfez.drives.tables import DriveInterview
from jobsfez.notifications.tables import Notification
from tests.drive_factories import actor_of
from tests.timetable_factories import ready_drive
from workers.main import send_itineraries


async def itineraries() -> list[tuple[str, int]]:
    rows = await Notification.select(Notification.recipient, Notification.version).where(
        Notification.kind == "drive_itinerary"
    )
    return sorted((row["recipient"], row["version"]) for row in rows)


async def test_publishing_and_a_later_move_reach_those_concerned_through_the_job(app: Litestar, db: None) -> None:
    ctx = {"settings": app.state.resources.settings, "redis": app.state.resources.arq}
    ready = await ready_drive(people=6)
    actor = await actor_of(ready.manager_id)
    await timetables.build(actor, ready.drive_id, max_interviews="1")
    assert await send_itineraries(ctx, ready.drive_id) == "0 messages"  # a draft tells nobody
    assert await send_itineraries(ctx) == "0 messages"  # nor does the sweep

    await timetables.publish(actor, ready.drive_id, confirmed=True)
    await send_itineraries(ctx, ready.drive_id)
    first = await itineraries()
    scheduled = await DriveInterview.select(DriveInterview.participant_id).where(DriveInterview.status == "scheduled")
    assert len(first) == len({row["participant_id"] for row in scheduled}) > 0
    assert await send_itineraries(ctx) == "0 messages"  # the sweep: everyone is current

    [moving] = await DriveInterview.select(DriveInterview.id, DriveInterview.starts_at).limit(1)
    page = await timetables.interview_page(actor, ready.drive_id, moving["id"])
    free = next(info for info, places in page.times if places > 0 and info.starts_at != moving["starts_at"])
    await timetables.move(actor, ready.drive_id, moving["id"], slot=str(free.key))
    await send_itineraries(ctx)  # the job was lost: the sweep sends the change
    changed = [sent for sent in await itineraries() if sent not in first]
    assert [version for _, version in changed] == [2]  # one person, told of the new time
    assert await send_itineraries(ctx, ready.drive_id) == "0 messages"
