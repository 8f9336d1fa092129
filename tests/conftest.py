"""Real servers for the whole run: PostgreSQL, Redis and an SMTP sink (embedded unless URLs are given)."""

from __future__ import annotations

import asyncio
import os
import secrets
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from argon2 import PasswordHasher, profiles
from litestar import Litestar
from redis.asyncio import Redis

from jobsfez.accounts import service as accounts
from jobsfez.app import create_app
from jobsfez.config import PROJECT_ROOT, Settings
from jobsfez.db import fetch, transaction
from jobsfez.dev.mailsink import MailSink
from jobsfez.dev.migrate import migrate
from jobsfez.dev.servers import free_port, postgres_admin_command, start_postgres, start_redis, wait_for_port


@pytest.fixture(scope="session", autouse=True)
def cheap_password_hashing() -> Iterator[None]:
    """Passwords hashed with argon2's cheapest parameters in this process: the production profile spends about
    0.1 s of CPU on each hash, and the suite hashes thousands. A hash names its own parameters, so verifying works
    as in production; tests/unit/test_password_hashing.py holds production's profile, and the live servers
    (uvicorn processes) hash as production does."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(accounts, "_hasher", PasswordHasher.from_parameters(profiles.CHEAPEST))
        yield


@dataclass(frozen=True)
class Servers:
    database_url: str
    redis_url: str
    admin_url: str


@pytest.fixture(scope="session")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    started = []
    cleanup: list[Callable[[], None]] = []
    admin_url = os.environ.get("DATABASE_URL")
    redis_url = os.environ.get("REDIS_URL")
    if not admin_url:
        # not under pytest's tmp folder: pytest keeps that 0700, and PostgreSQL runs as another user when we are root
        pg_folder = Path(tempfile.mkdtemp(prefix="jobsfez-test-pg-"))
        cleanup.append(lambda: shutil.rmtree(pg_folder, ignore_errors=True))
        pg = start_postgres(pg_folder / "data", durable=False)
        started.append(pg)
        admin_url = pg.url
    if not redis_url:
        redis = start_redis(tmp_path_factory.mktemp("redis"), persist=False)
        started.append(redis)
        redis_url = redis.url
    # a database of our own, so a given DATABASE_URL is never truncated by the tests
    name = f"jobsfez_test_{secrets.token_hex(4)}"
    postgres_admin_command(admin_url, f"CREATE DATABASE {name}")
    database_url = admin_url.rsplit("/", 1)[0] + f"/{name}"
    migrate(database_url)
    try:
        yield Servers(database_url=database_url, redis_url=redis_url, admin_url=admin_url)
    finally:
        for server in reversed(started):
            server.stop()
        for step in cleanup:
            step()


@pytest.fixture(scope="session")
def mail_sink(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MailSink]:
    sink = MailSink(tmp_path_factory.mktemp("mail")).start()
    yield sink
    sink.stop()


@pytest.fixture(scope="session")
def settings(servers: Servers, mail_sink: MailSink, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(
        resume_dir=tmp_path_factory.mktemp("resumes"),
        database_url=servers.database_url,
        redis_url=servers.redis_url,
        smtp_url=mail_sink.url,
        secret_key="test-secret-key-0123456789abcdefghijklmnop",
        environment="test",
        dev_mail_dir=mail_sink.folder,
        base_url="http://testserver",
    )


@pytest.fixture(scope="session")
async def app(settings: Settings) -> AsyncIterator[Litestar]:
    application = create_app(settings)
    # the lifespan enters an anyio cancel scope, which must be left in the task that entered it
    started, stop = asyncio.Event(), asyncio.Event()

    async def run() -> None:
        async with application.lifespan():
            started.set()
            await stop.wait()

    task = asyncio.create_task(run())
    await started.wait()
    yield application
    stop.set()
    await task


# The taxonomy is reference data seeded by a migration: kept between tests (tests that edit it add their own ids).
KEPT_TABLES = ["skills", "skill_aliases", "skill_relations", "taxonomy_state"]
TABLES_SQL = """SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'migration%'
                AND tablename <> ALL($1::text[]) ORDER BY tablename"""
SEQUENCES_SQL = """SELECT s.relname FROM pg_class s
                   JOIN pg_depend d ON d.objid = s.oid JOIN pg_class t ON t.oid = d.refobjid
                   WHERE s.relkind = 'S' AND d.deptype IN ('a', 'i') AND t.relname NOT LIKE 'migration%'
                   AND t.relname <> ALL($1::text[])"""
SPENT_SQL = """SELECT sequencename FROM pg_sequences
               WHERE schemaname = 'public' AND last_value IS NOT NULL AND sequencename = ANY($1::text[])"""


@dataclass(frozen=True)
class Emptying:
    """How the tables a test wrote to are found: one probe of every table, and the sequences it may have advanced."""

    probe: str
    sequences: list[str]


@pytest.fixture(scope="session")
async def emptying(app: Litestar) -> Emptying:
    tables = [row["tablename"] for row in await fetch(TABLES_SQL, KEPT_TABLES)]
    probe = " UNION ALL ".join(f"SELECT '{name}' AS name WHERE EXISTS (SELECT FROM {name})" for name in tables)
    return Emptying(probe, [row["relname"] for row in await fetch(SEQUENCES_SQL, KEPT_TABLES)])


async def empty_database(emptying: Emptying) -> None:
    """Every table but the taxonomy empty and every id sequence from 1, as TRUNCATE … RESTART IDENTITY leaves them.

    Deleting the rows of the few tables a test wrote to, with foreign keys unchecked for the moment (the
    replication role skips their triggers), costs a few milliseconds where truncating all of them cost hundreds:
    TRUNCATE makes new files for every table and index.
    """
    written = [row["name"] for row in await fetch(emptying.probe)]
    spent = [row["sequencename"] for row in await fetch(SPENT_SQL, emptying.sequences)]
    async with transaction():
        await fetch("SET LOCAL session_replication_role = replica")
        for name in written:
            await fetch(f"DELETE FROM {name}")
        for sequence in spent:
            await fetch(f"ALTER SEQUENCE {sequence} RESTART")


@pytest.fixture
async def db(app: Litestar, mail_sink: MailSink, emptying: Emptying) -> None:
    """An empty database, an empty Redis, no cached responses and an empty mailbox for this test."""
    await empty_database(emptying)
    redis: Redis = app.state.resources.redis
    await redis.flushdb()
    await app.response_cache_config.get_store_from_app(app).delete_all()  # pages cached for minutes (sitemap, feed)
    mail_sink.clear()
    for path in app.state.resources.settings.resume_dir.glob("*"):
        path.unlink()


@pytest.fixture
async def client(app: Litestar, db: None) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver", headers={"sec-fetch-site": "same-origin"}
    ) as http:
        yield http


def data_path(*parts: str) -> Path:
    return Path(__file__).parent.joinpath(*parts)


@dataclass
class LiveServer:
    url: str
    process: subprocess.Popen[bytes]


def procfile_web_command(port: int) -> list[str]:
    """The Procfile's web command as it is (its flags decide, for one, which forwarded headers uvicorn believes),
    listening on loopback at the given port."""
    line = next(line for line in (PROJECT_ROOT / "Procfile").read_text().splitlines() if line.startswith("web:"))
    words = shlex.split(line.removeprefix("web:").replace("${PORT:-8000}", str(port)))
    assert words[0] == "uvicorn", "the web process is uvicorn"
    words[words.index("--host") + 1] = "127.0.0.1"
    return [sys.executable, "-m", *words, "--log-level", "warning"]


def start_live_server(settings: Settings, env: dict[str, str] | None = None) -> LiveServer:
    """The real web process (uvicorn, as the Procfile runs it) on loopback, sharing the test servers."""
    port = free_port()
    environment = {
        **os.environ,
        "DATABASE_URL": settings.database_url,
        "REDIS_URL": settings.redis_url,
        "SMTP_URL": settings.smtp_url,
        "SECRET_KEY": settings.secret_key,
        "JOBSFEZ_ENV": "test",
        "BASE_URL": f"http://127.0.0.1:{port}",
        "JOBSFEZ_DEV_MAIL_DIR": str(settings.dev_mail_dir or ""),
        **(env or {}),
    }
    process = subprocess.Popen(procfile_web_command(port), env=environment)
    wait_for_port(port, process=process)
    return LiveServer(url=f"http://127.0.0.1:{port}", process=process)


@pytest.fixture
def live_servers(settings: Settings, db: None) -> Iterator[Callable[..., list[LiveServer]]]:
    """Start n real web processes (with extra environment variables, if given); stopped when the test ends."""
    started: list[LiveServer] = []

    def start(n: int, env: dict[str, str] | None = None) -> list[LiveServer]:
        servers = [start_live_server(settings, env) for _ in range(n)]
        started.extend(servers)
        return servers

    yield start
    for server in started:
        server.process.terminate()
        server.process.wait(10)
