"""Postings close by themselves at the end of their closing day in Korea; the worker's job is idempotent."""

from datetime import UTC, date, datetime, timedelta

import pytest
from litestar import Litestar

from jobsfez.config import Settings
from jobsfez.postings import service as postings
from jobsfez.postings.tables import Posting, PostingHistory
from jobsfez.postings.validation import seoul_today
from tests.helpers import make_employer, make_posting
from workers.main import close_expired_postings, worker_settings


async def test_the_worker_closes_what_is_due_once_however_often_it_runs(app: Litestar, db: None) -> None:
    owner, company = await make_employer()
    due = await make_posting(company, owner.id, title="어제 마감")
    today = await make_posting(company, owner.id, title="오늘 마감", closing_date=seoul_today())
    later = await make_posting(company, owner.id, title="다음 달 마감")
    draft = await make_posting(company, owner.id, title="초안", publish=False)
    yesterday = seoul_today() - timedelta(days=1)
    await Posting.update({Posting.closing_date: yesterday}).where(Posting.id.is_in([due, draft]))

    assert await close_expired_postings({}) == 1
    assert await close_expired_postings({}) == 0

    status = {p.id: p.status for p in await Posting.objects()}
    assert status == {due: "closed", today: "published", later: "published", draft: "draft"}
    expired = await PostingHistory.objects().where(PostingHistory.action == "expired")
    assert [(h.posting_id, h.user_id) for h in expired] == [(due, None)]
    closed = await Posting.objects().where(Posting.id == due).first()
    assert closed is not None and closed.closed_at is not None


async def test_a_posting_closes_at_midnight_korea_time_not_utc(app: Litestar, db: None) -> None:
    owner, company = await make_employer()
    posting_id = await make_posting(company, owner.id)
    await Posting.update({Posting.closing_date: date(2026, 12, 1)}).where(Posting.id == posting_id)
    midnight_in_seoul = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)  # 2026-12-02 00:00 KST
    assert await postings.close_expired(now=midnight_in_seoul - timedelta(seconds=1)) == 0
    assert await postings.close_expired(now=midnight_in_seoul) == 1
    assert await postings.close_expired(now=midnight_in_seoul + timedelta(hours=1)) == 0


async def test_a_run_closes_every_due_posting_however_many_batches_it_takes(
    app: Litestar, db: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner, company = await make_employer()
    due = [await make_posting(company, owner.id, title=f"마감 {n}") for n in range(3)]
    later = await make_posting(company, owner.id, title="다음 달 마감")
    await Posting.update({Posting.closing_date: seoul_today() - timedelta(days=1)}).where(Posting.id.is_in(due))
    monkeypatch.setattr(postings, "CLOSE_BATCH", 2)
    assert await postings.close_expired(budget_seconds=float("inf")) == 3
    assert {p.id: p.status for p in await Posting.objects()} == {**dict.fromkeys(due, "closed"), later: "published"}


async def test_a_run_past_its_time_leaves_the_rest_to_the_next(
    app: Litestar, db: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner, company = await make_employer()
    due = [await make_posting(company, owner.id, title=f"마감 {n}") for n in range(3)]
    await Posting.update({Posting.closing_date: seoul_today() - timedelta(days=1)}).where(Posting.id.is_in(due))
    monkeypatch.setattr(postings, "CLOSE_BATCH", 1)
    assert await postings.close_expired(budget_seconds=0) == 1  # one batch, then its time is up
    assert await postings.close_expired(budget_seconds=float("inf")) == 2
    assert await postings.close_expired() == 0


def test_the_worker_runs_the_job_by_its_queue_name() -> None:
    settings = Settings(database_url="postgresql://unused/jobsfez", redis_url="redis://unused:6379/0")
    names = {job.name for job in worker_settings(settings)["cron_jobs"]}
    assert "close_expired_postings" in names
