"""The delivery proofs' parts: the changes that cause notifications, and the real arq worker as a process."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from arq import ArqRedis
from redis.exceptions import RedisError

from jobsfez import queue
from jobsfez.config import PROJECT_ROOT, Settings
from jobsfez.db import fetch, fetchrow, transaction
from jobsfez.interviews import slots
from jobsfez.interviews.service import Links, SlotInput, local_input
from jobsfez.notifications import service as notifications
from jobsfez.notifications.channels import message_id

# A change that must notify someone: numbered i, it commits its own transaction and returns its outbox rows.
# The proofs take the change as a fixture: interview moves by default; employer invitations are kept as a
# simpler change for tests of the delivery mechanics alone.
Change = Callable[[int], Awaitable[list[int]]]
LINKS = Links(
    base_url="http://testserver", secret="test-secret-key-0123456789abcdefghijklmnop", mail_id_domain="test.testserver"
)


def invitations(recipient: Callable[[int], str] = lambda i: f"seeker{i}@example.kr") -> Change:
    async def change(i: int) -> list[int]:
        async with transaction():
            row_id = await notifications.add(
                cause=f"invitation:{i}",
                kind="employer_invitation",
                channel="email",
                recipient=recipient(i),
                language=("ko", "en")[i % 2],
                payload={
                    "company_ko": "녹산정밀",
                    "company_en": "Noksan Precision",
                    "role": "recruiter",
                    "url": f"http://testserver/invitations/token-{i}",
                    "days": 7,
                },
            )
        return [row_id] if row_id is not None else []

    return change


def interview_changes(seekers: int = 20) -> Change:
    """Change i moves one of the booked interviews to a new time, as the company's "move" form does.

    Each move writes, in its transaction, an interview_rescheduled email (with the calendar file at the new
    SEQUENCE) and inbox row for the seeker, and withdraws the old reminders for new ones; the email rows due
    now are the ones the proof counts in the sink (the reminders wait for their time).
    """
    from tests.interview_factories import in_days, make_applicant, make_company, make_slot

    booked: list[int] = []
    company: list[Any] = []

    async def setup() -> None:
        made = await make_company("faults-owner@example.kr")
        company.append(made)
        for n in range(seekers):
            _seeker, application_id = await make_applicant(made, f"seeker{n}@example.kr", name=f"지원자{n}")
            slot_id = await make_slot(made, in_days(2 + n // 9, hour=9 + n % 9))  # one interviewer: never overlapping
            await slots.book_for(made.actor, slot_id, application_id=application_id, links=LINKS)
            booked.append(slot_id)

    async def change(i: int) -> list[int]:
        if not booked:
            await setup()
        before = await fetchrow("SELECT coalesce(max(id), 0) AS top FROM notifications")
        # each interview moves within a day of its own, after the days they were made on: one interviewer's times
        # never overlap (interviews/overlaps.py)
        start = in_days(10 + i % seekers, hour=9 + (i // seekers) % 9, minute=(i * 7) % 60)
        raw = SlotInput(
            starts_at=local_input(start), duration_minutes="30", place=f"명지 본사 {i % 5 + 1}층", capacity="1"
        )
        await slots.move(company[0].actor, booked[i % seekers], raw, links=LINKS)
        rows = await fetch(
            """SELECT id FROM notifications WHERE id > $1 AND channel = 'email' AND send_after <= now()
               ORDER BY id""",
            int(before["top"]) if before else 0,
        )
        return [int(r["id"]) for r in rows]

    return change


@pytest.fixture
def change() -> Change:
    """The proofs run on real interview changes (moves of booked interviews)."""
    return interview_changes()


async def produce(change: Change, numbers: Iterable[int], pool: ArqRedis | None) -> tuple[list[int], int]:
    """Commit each change, then enqueue its rows as the web process does; (row ids, enqueues that failed)."""
    ids: list[int] = []
    failed = 0
    for i in numbers:
        new = await change(i)
        ids += new
        if pool is None:
            continue
        try:
            await queue.enqueue_deliveries(pool, new)
        except (RedisError, OSError):  # Redis is away: the rows are safe, the sweep will enqueue them
            failed += 1
    return ids, failed


async def wait_until_settled(ids: list[int], *, within: float) -> dict[str, int]:
    """Poll until none of the rows is pending (or ``within`` seconds pass); the count of each status."""
    deadline = time.monotonic() + within
    while True:
        rows = await fetch("SELECT status, count(*) AS n FROM notifications WHERE id = ANY($1) GROUP BY 1", ids)
        statuses = {str(r["status"]): int(r["n"]) for r in rows}
        if not statuses.get("pending") or time.monotonic() > deadline:
            return statuses
        await asyncio.sleep(0.2)


@dataclass(frozen=True)
class Tally:
    lost: list[int]
    duplicates: int
    copies: Counter[str]


def tally(ids: list[int], seen: list[str], settings: Settings) -> Tally:
    """Compare the rows with the Message-IDs found in the sink."""
    copies = Counter(seen)
    return Tally(
        lost=[i for i in ids if not copies[message_id(i, settings.mail_id_domain)]],
        duplicates=sum(n - 1 for n in copies.values() if n > 1),
        copies=copies,
    )


def worker_environment(settings: Settings) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": settings.database_url,
        "REDIS_URL": settings.redis_url,
        "SMTP_URL": settings.smtp_url,
        "SECRET_KEY": settings.secret_key,
        "BASE_URL": settings.base_url,
        "JOBSFEZ_ENV": "test",
    }


@dataclass
class WorkerProcess:
    """`python -m arq workers.main.WorkerSettings`, as the Procfile runs it, with its output in a log file."""

    env: dict[str, str]
    log: Path
    process: subprocess.Popen[bytes] | None = None
    kills: int = 0
    exits: list[int] = field(default_factory=list)  # return codes of the times it ended by itself

    def start(self) -> WorkerProcess:
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "arq", "workers.main.WorkerSettings"],
                cwd=PROJECT_ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        return self

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def kill(self) -> None:
        """SIGKILL: no shutdown code runs, as when a machine dies or the OOM killer strikes."""
        assert self.process is not None
        self.process.kill()
        self.process.wait(10)
        self.kills += 1

    def restart_if_exited(self) -> bool:
        """What a supervisor does: arq exits when Redis goes away, and must be started again."""
        if self.process is None or self.process.poll() is None:
            return False
        self.exits.append(self.process.returncode)
        self.start()
        return True

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)

    def log_tail(self, lines: int = 40) -> str:
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])


@pytest.fixture
def start_worker(tmp_path: Path) -> Iterator[Callable[[Settings], WorkerProcess]]:
    """Start real worker processes against the given settings; stopped when the test ends."""
    started: list[WorkerProcess] = []

    def start(settings: Settings) -> WorkerProcess:
        worker = WorkerProcess(worker_environment(settings), tmp_path / f"worker-{len(started)}.log").start()
        started.append(worker)
        return worker

    yield start
    for worker in started:
        worker.stop()
