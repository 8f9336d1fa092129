"""arq WorkerSettings: the worker's composition root. Each task is one call into a domain."""

from __future__ import annotations

import os
from contextlib import AsyncExitStack
from typing import Any, ClassVar

from arq import Retry, cron
from arq.worker import func

import jobsfez.interviews.notices  # noqa: F401  (registers the check that withholds stale interview reminders)
from jobsfez import queue
from jobsfez.config import Settings
from jobsfez.notifications import service as notifications
from jobsfez.notifications.channels import TemporaryFailure
from jobsfez.notifications.delivery import Deliverer
from jobsfez.postings import service as postings
from jobsfez.resources import arq_redis_settings, open_resources

# arq marks a running job in progress for the longest timeout of any function here + 10 s, and a job whose worker
# died runs again only once that mark expires: keep every timeout short (long batch work wants its own worker).
DELIVERY_TIMEOUT_SECONDS = 20


async def startup(ctx: dict[str, Any]) -> None:
    settings: Settings = ctx.get("settings") or Settings.from_env()
    stack = AsyncExitStack()
    ctx["stack"] = stack
    ctx["resources"] = await stack.enter_async_context(open_resources(settings))
    deliverer = Deliverer(smtp_url=settings.smtp_url, mail_from=settings.mail_from, keep_smtp_open=True)
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


class WorkerSettings:
    functions: ClassVar[list[Any]] = [
        func(
            deliver_notification,
            name=queue.DELIVER_NOTIFICATION,
            keep_result=0,
            timeout=DELIVERY_TIMEOUT_SECONDS,
            max_tries=notifications.MAX_ATTEMPTS + 2,
        ),
    ]
    cron_jobs: ClassVar[list[Any]] = [
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
    ]
    on_startup = startup
    on_shutdown = shutdown
    redis_settings = arq_redis_settings(os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))
    max_jobs = 50
    # With all max_jobs busy, arq stops taking jobs until its next poll: at the default 0.5 s a worker whose jobs
    # take 30 ms sat idle most of the time (about 150 deliveries a second instead of 350). Idle, it costs 20 cheap
    # Redis reads a second.
    poll_delay = 0.05
    health_check_interval = 30
    job_timeout = DELIVERY_TIMEOUT_SECONDS  # for functions without their own (see the in-progress mark above)
    job_completion_wait = DELIVERY_TIMEOUT_SECONDS  # on SIGTERM (a deploy) let the jobs under way finish first
