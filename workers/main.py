"""The worker's composition root, run as ``arq workers.main.WorkerSettings``. Each task is one call into a domain."""

from __future__ import annotations

from contextlib import AsyncExitStack
from datetime import UTC, datetime
from typing import Any

from arq import Retry, cron
from arq.worker import func

from jobsfez import queue
from jobsfez.config import Settings
from jobsfez.drives import backfill, itineraries, noshows, prematch
from jobsfez.interviews import notices
from jobsfez.interviews.service import Links
from jobsfez.notifications import service as notifications
from jobsfez.notifications.channels import TemporaryFailure
from jobsfez.notifications.delivery import Deliverer
from jobsfez.postings import service as postings
from jobsfez.postings.search import SearchCaches
from jobsfez.reports import aggregates
from jobsfez.resources import arq_redis_settings, open_resources
from jobsfez.saved import digest
from jobsfez.skills import service as skills

# arq marks a running job in progress for the longest timeout of any function here + 10 s, and a job whose worker
# died runs again only once that mark expires: keep every timeout short (long batch work wants its own worker).
DELIVERY_TIMEOUT_SECONDS = 20
# A re-keying or import job stops taking new chunks after this long, well inside the timeout; the next job goes on.
REKEY_BUDGET_SECONDS = 10.0


def build_deliverer(settings: Settings, *, keep_smtp_open: bool = False) -> Deliverer:
    """The worker's deliverer (tests deliver through it too), with every check that withholds a stale message."""
    return Deliverer(
        smtp_url=settings.smtp_url,
        mail_from=settings.mail_from,
        base_url=settings.base_url,
        secret=settings.secret_key,
        id_domain=settings.mail_id_domain,
        keep_smtp_open=keep_smtp_open,
        # each kind whose message can go stale while it waits, with its domain's check
        still_current={"interview_reminder": notices.reminder_is_current},
    )


async def startup(ctx: dict[str, Any]) -> None:
    settings: Settings = ctx["settings"]
    stack = AsyncExitStack()
    ctx["stack"] = stack
    ctx["resources"] = await stack.enter_async_context(open_resources(settings))
    deliverer = build_deliverer(settings, keep_smtp_open=True)
    stack.push_async_callback(deliverer.aclose)
    ctx["deliverer"] = deliverer


async def shutdown(ctx: dict[str, Any]) -> None:
    stack: AsyncExitStack | None = ctx.get("stack")
    if stack is not None:
        await stack.aclose()


async def deliver_notification(ctx: dict[str, Any], notification_id: int) -> str:
    """Send one outbox row; SMTP 4xx and connection errors come back later with growing delays."""
    deliverer: Deliverer = ctx["deliverer"]
    try:
        return await deliverer.deliver(notification_id)
    except TemporaryFailure as exc:
        raise Retry(defer=notifications.retry_delay(int(ctx.get("job_try", 1)))) from exc


async def sweep_notifications(ctx: dict[str, Any]) -> int:
    """Re-enqueue rows left pending (a job lost with Redis, an enqueue that never happened)."""
    ids = await notifications.due_for_sweep()
    await queue.enqueue_deliveries(ctx["redis"], ids)
    return len(ids)


async def close_expired_postings(ctx: dict[str, Any]) -> int:
    """Close postings whose closing day has ended (Asia/Seoul); a second run closes nothing more."""
    return await postings.close_expired()


async def rekey_skills(ctx: dict[str, Any]) -> str:
    """Re-canonicalise stored skills after a taxonomy change, for a while; enqueue the rest if it is not done."""
    progress = await skills.rekey_step(budget_seconds=REKEY_BUDGET_SECONDS)
    if progress is None:
        return "nothing pending"
    if not progress.done:
        await ctx["redis"].enqueue_job(queue.REKEY_SKILLS, _defer_by=1)
    return f"run {progress.run_id}: {'done' if progress.done else 'under way'}"


async def import_skills(ctx: dict[str, Any]) -> str:
    """Write a staff import on, for a while; enqueue the rest, and the re-keying once it is all in."""
    progress = await skills.import_step(budget_seconds=REKEY_BUDGET_SECONDS)
    if progress is None:
        return "nothing pending"
    await ctx["redis"].enqueue_job(queue.REKEY_SKILLS if progress.finished else queue.IMPORT_SKILLS, _defer_by=1)
    return f"import {progress.import_id}: {progress.done} of {progress.total}"


async def match_drive(ctx: dict[str, Any], run_id: int | None = None) -> str:
    """Pre-match a drive (the run named, or for the sweep a run whose worker died or whose job was lost)."""
    outcome = await prematch.run(run_id)
    if outcome is None:
        return "nothing to take"
    return f"run {outcome.run_id}: {outcome.status}, {outcome.pairs} pairs"


async def send_itineraries(ctx: dict[str, Any], drive_id: int | None = None) -> str:
    """Send the itineraries and booth schedules that changed since each person was last told: of the drive named
    (its timetable published or edited), or for the sweep of every drive not yet held (a lost job, a crash)."""
    settings: Settings = ctx["settings"]
    links = Links(base_url=settings.base_url, secret=settings.secret_key, mail_id_domain=settings.mail_id_domain)
    created = notifications.collect_created()
    written = 0
    for each in [drive_id] if drive_id is not None else await itineraries.drives_to_tell():
        written += await itineraries.notify_published(each, links=links)
    await queue.enqueue_deliveries(ctx["redis"], created)
    return f"{written} messages"


async def mark_absent(ctx: dict[str, Any]) -> str:
    """Mark absent whoever is not checked in 10 minutes before their interview (a second run marks nothing more),
    then offer every freed slot still to come to the best participants who are there."""
    settings: Settings = ctx["settings"]
    links = Links(base_url=settings.base_url, secret=settings.secret_key, mail_id_domain=settings.mail_id_domain)
    now = datetime.now(UTC)
    marked = await noshows.mark_absent(now)
    created = notifications.collect_created()
    offered = await backfill.offer_freed(now, links=links)
    await queue.enqueue_deliveries(ctx["redis"], created)
    return f"{len(marked)} marked absent, {offered} offers"


async def refresh_reports(ctx: dict[str, Any]) -> str:
    """Rebuild the reports' aggregates from the rows as they stand (a second run gives the same cells)."""
    done = await aggregates.refresh(now=datetime.now(UTC))
    return f"{done.activity_cells} activity, {done.pay_cells} pay, {done.skill_cells} skill cells"


async def send_search_digests(ctx: dict[str, Any]) -> str:
    """The daily e-mail of saved searches: a second run the same Korean day (or a second worker) writes nothing."""
    created = notifications.collect_created()
    written = await digest.send_digests(datetime.now(UTC), caches=SearchCaches())
    await queue.enqueue_deliveries(ctx["redis"], created)
    return f"{written} digests"


def worker_settings(settings: Settings) -> dict[str, Any]:
    """The worker's composition root: arq's Worker arguments, for settings read once."""
    return {
        "functions": [
            func(
                deliver_notification,
                name=queue.DELIVER_NOTIFICATION,
                keep_result=0,
                timeout=DELIVERY_TIMEOUT_SECONDS,
                max_tries=notifications.MAX_ATTEMPTS + 2,
            ),
            func(rekey_skills, name=queue.REKEY_SKILLS, keep_result=0, timeout=DELIVERY_TIMEOUT_SECONDS),
            func(import_skills, name=queue.IMPORT_SKILLS, keep_result=0, timeout=DELIVERY_TIMEOUT_SECONDS),
            func(match_drive, name=queue.MATCH_DRIVE, keep_result=0, timeout=DELIVERY_TIMEOUT_SECONDS),
            func(send_itineraries, name=queue.SEND_ITINERARIES, keep_result=0, timeout=DELIVERY_TIMEOUT_SECONDS),
            func(refresh_reports, name=queue.REFRESH_REPORTS, keep_result=0, timeout=DELIVERY_TIMEOUT_SECONDS),
        ],
        "cron_jobs": [
            cron(
                sweep_notifications,
                second={0, 15, 30, 45},
                unique=True,
                run_at_startup=True,
                keep_result=0,
                timeout=DELIVERY_TIMEOUT_SECONDS,
            ),
            # every five minutes: public pages already hide a posting the moment its day ends; this makes it official
            cron(
                close_expired_postings,
                name=queue.CLOSE_EXPIRED_POSTINGS,
                minute=set(range(0, 60, 5)),
                unique=True,
                run_at_startup=True,
                keep_result=0,
            ),
            # a run lost with Redis, or a taxonomy changed by a migration: every minute, a no-op when none is pending
            cron(rekey_skills, second={30}, unique=True, run_at_startup=True, keep_result=0),
            cron(import_skills, second={45}, unique=True, run_at_startup=True, keep_result=0),
            # a drive's matching whose worker died (its heartbeat stopped) or whose job was lost with Redis
            cron(
                match_drive,
                name="match_drive_sweep",
                second=set(range(0, 60, 10)),
                unique=True,
                run_at_startup=True,
                keep_result=0,
                timeout=DELIVERY_TIMEOUT_SECONDS,
            ),
            # itineraries a lost job never sent: every minute, a no-op when each person's message is current
            cron(
                send_itineraries,
                name="send_itineraries_sweep",
                second={50},
                unique=True,
                run_at_startup=True,
                keep_result=0,
                timeout=DELIVERY_TIMEOUT_SECONDS,
            ),
            # the drive day's no-shows and freed slots: every minute, a no-op when nothing is due
            cron(mark_absent, second={5}, unique=True, run_at_startup=True, keep_result=0),
            # the reports' aggregates: hourly, so a report is at most an hour behind (staff may ask for a refresh)
            cron(
                refresh_reports,
                name="refresh_reports_hourly",
                minute={7},
                second={0},
                unique=True,
                run_at_startup=True,
                keep_result=0,
                timeout=DELIVERY_TIMEOUT_SECONDS,
            ),
            # saved searches' daily e-mail from 08:00 Korea time (23:00 UTC, Korea keeps no summer time); a run cut
            # short by its timeout is taken up by the next one ten minutes on (each seeker's day is claimed once)
            cron(
                send_search_digests,
                hour={23},
                minute={0, 10, 20, 30, 40, 50},
                second={30},
                unique=True,
                keep_result=0,
                timeout=DELIVERY_TIMEOUT_SECONDS,
            ),
        ],
        "ctx": {"settings": settings},
        "on_startup": startup,
        "on_shutdown": shutdown,
        "redis_settings": arq_redis_settings(settings.redis_url),
        "max_jobs": 50,
        # With all max_jobs busy, arq stops taking jobs until its next poll: at the default 0.5 s a worker whose jobs
        # take 30 ms sat idle most of the time (docs/benchmarks.md). Idle, it costs 20 cheap Redis reads a second.
        "poll_delay": 0.05,
        "health_check_interval": 30,
        "job_timeout": DELIVERY_TIMEOUT_SECONDS,  # for functions without their own (see the in-progress mark above)
        "job_completion_wait": DELIVERY_TIMEOUT_SECONDS,  # on SIGTERM (a deploy) let the jobs under way finish first
    }


def __getattr__(name: str) -> dict[str, Any]:
    """``arq workers.main.WorkerSettings`` (the Procfile, the liveness probe ``arq --check``) looks the settings up
    by name: the environment is read then, through ``Settings``, and not when a test imports a task from here."""
    if name == "WorkerSettings":
        return worker_settings(Settings.from_env())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
