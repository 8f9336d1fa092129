from datetime import UTC, datetime

from litestar import Litestar

from jobsfez.db import fetchrow
from jobsfez.dev import demo
from jobsfez.drives import service as drives
from jobsfez.skills import ranking


async def test_demo_data_loads_once_with_open_postings_and_matching_seekers(app: Litestar, db: None) -> None:
    assert await demo.is_empty()
    logins = await demo.load()
    assert not await demo.is_empty()
    assert {role for role, _ in logins} >= {"staff", "job seeker", "career centre manager (PNU)"}
    centre = await fetchrow(
        "SELECT c.status, m.role FROM centres c JOIN centre_members m ON m.centre_id = c.id"
        " JOIN users u ON u.id = m.user_id WHERE u.email = $1",
        demo.CENTRE_MANAGER[0],
    )
    assert centre is not None and (centre["status"], centre["role"]) == ("approved", "manager")
    [drive] = await drives.upcoming()
    assert drive.title == "명지 AI·제조 현장면접의 날" and drive.venue_district == "myeongji"
    assert drive.lead.name_ko == "부산대학교 일자리플러스센터" and drive.registration(datetime.now(UTC)) == "open"
    statuses = await fetchrow("SELECT array_agg(status ORDER BY id) AS all FROM drives")
    assert statuses is not None and statuses["all"] == ["open", "draft"]
    row = await fetchrow("SELECT count(*) AS n FROM postings WHERE status = 'published'")
    assert row is not None and row["n"] == len(demo.POSTINGS)
    minjun = await fetchrow("SELECT id FROM users WHERE email = 'minjun@example.kr'")
    assert minjun is not None
    best = (await ranking.recommended_postings(int(minjun["id"]), limit=1))[0]
    title = await fetchrow("SELECT title FROM postings WHERE id = $1", best.posting_id)
    assert title is not None and "CNC" in title["title"]
