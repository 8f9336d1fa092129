"""Job names and enqueue helpers: the contract between the web side and the workers."""

from __future__ import annotations

from collections.abc import Iterable

from arq import ArqRedis

DELIVER_NOTIFICATION = "deliver_notification"
CLOSE_EXPIRED_POSTINGS = "close_expired_postings"
REKEY_SKILLS = "rekey_skills"
IMPORT_SKILLS = "import_skills"
MATCH_DRIVE = "match_drive"
SEND_ITINERARIES = "send_itineraries"
# One waiting re-keying job is enough: it always works on the newest run.
REKEY_JOB_ID = "rekey-skills"


def notification_job_id(notification_id: int) -> str:
    return f"notification:{notification_id}"


async def enqueue_deliveries(pool: ArqRedis, notification_ids: Iterable[int]) -> None:
    """One job per outbox row, keyed by the row id so a second enqueue of a waiting job is a no-op."""
    for notification_id in notification_ids:
        await pool.enqueue_job(DELIVER_NOTIFICATION, notification_id, _job_id=notification_job_id(notification_id))


async def enqueue_rekey(pool: ArqRedis) -> None:
    """Start re-keying stored skills after a taxonomy change now rather than at the next minute's sweep."""
    await pool.enqueue_job(REKEY_SKILLS, _job_id=REKEY_JOB_ID)


async def enqueue_skill_import(pool: ArqRedis) -> None:
    """Start writing a staff import now rather than at the next minute's sweep."""
    await pool.enqueue_job(IMPORT_SKILLS)


async def enqueue_drive_matching(pool: ArqRedis, run_id: int) -> None:
    """Match a drive now rather than at the sweep; keyed by the run, so a second enqueue of a waiting job is a no-op."""
    await pool.enqueue_job(MATCH_DRIVE, run_id, _job_id=f"drive-match:{run_id}")


async def enqueue_itineraries(pool: ArqRedis, drive_id: int) -> None:
    """Tell a drive's participants and companies of their changed interviews now rather than at the minute's sweep
    (not keyed: a job already running may have read the timetable before this change)."""
    await pool.enqueue_job(SEND_ITINERARIES, drive_id)


REFRESH_REPORTS = "refresh_reports"


async def enqueue_report_refresh(pool: ArqRedis) -> None:
    """Refresh the reports' aggregates now rather than at the hour's run (staff asked for it)."""
    await pool.enqueue_job(REFRESH_REPORTS)
