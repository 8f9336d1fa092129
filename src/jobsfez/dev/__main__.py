"""The dev command (`make run`): real servers from wheels, migrations, demo data, web and worker."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time

from jobsfez.config import PROJECT_ROOT, Settings
from jobsfez.dev import demo
from jobsfez.dev.mailsink import MailSink
from jobsfez.dev.migrate import migrate
from jobsfez.dev.servers import Server, postgres_admin_command, start_postgres, start_redis
from jobsfez.resources import open_database

DATA = PROJECT_ROOT / ".jobsfez"
DEV_SECRET_FILE = DATA / "secret_key"


def _database(started: list[Server]) -> str:
    if url := os.environ.get("DATABASE_URL"):
        return url
    server = start_postgres(DATA / "pg", port=int(os.environ.get("JOBSFEZ_PG_PORT", "54329")))
    started.append(server)
    base = server.url.rsplit("/", 1)[0]
    with contextlib.suppress(subprocess.CalledProcessError):  # it exists from an earlier run
        postgres_admin_command(server.url, "CREATE DATABASE jobsfez")
    return f"{base}/jobsfez"


def _redis(started: list[Server]) -> str:
    if url := os.environ.get("REDIS_URL"):
        return url
    server = start_redis(DATA / "redis", port=int(os.environ.get("JOBSFEZ_REDIS_PORT", "63799")))
    started.append(server)
    return server.url


def _secret() -> str:
    DATA.mkdir(exist_ok=True)
    if not DEV_SECRET_FILE.exists():
        import secrets

        DEV_SECRET_FILE.write_text(secrets.token_urlsafe(32))
        DEV_SECRET_FILE.chmod(0o600)
    return DEV_SECRET_FILE.read_text().strip()


async def _load_demo(settings: Settings) -> list[tuple[str, str]]:
    async with open_database(settings.database_url):
        if await demo.is_empty():
            return await demo.load(base_url=settings.base_url)
    return []


def run() -> None:
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stop everything on SIGTERM too, not only Ctrl-C
    started: list[Server] = []
    sink: MailSink | None = None
    children: list[subprocess.Popen[bytes]] = []
    try:
        env = dict(os.environ)
        env["DATABASE_URL"] = _database(started)
        env["REDIS_URL"] = _redis(started)
        if "SMTP_URL" not in env:
            sink = MailSink(DATA / "mail", port=int(env.get("JOBSFEZ_SMTP_PORT", "10255"))).start()
            env["SMTP_URL"] = sink.url
            env["JOBSFEZ_DEV_MAIL_DIR"] = str(sink.folder)
        port = env.get("PORT", "8000")
        env.setdefault("SECRET_KEY", _secret())
        env.setdefault("BASE_URL", f"http://127.0.0.1:{port}")
        env.setdefault("RESUME_DIR", str(DATA / "resumes"))
        migrate(env["DATABASE_URL"])
        settings = Settings.from_env(env)
        logins = asyncio.run(_load_demo(settings))
        web = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "--factory",
                "jobsfez.app:create_app_from_env",
                "--host",
                "127.0.0.1",
                "--port",
                port,
            ],
            env=env,
        )
        children.append(web)
        worker_args = [sys.executable, "-m", "arq", "workers.main.WorkerSettings"]
        worker = subprocess.Popen(worker_args, env=env)
        children.append(worker)
        _announce(port, logins, sink)
        while web.poll() is None:
            time.sleep(1)
            if worker.poll() is not None:  # arq exits when Redis restarts: start it again
                print("worker exited; restarting it", flush=True)
                children.remove(worker)
                worker = subprocess.Popen(worker_args, env=env)
                children.append(worker)
    except KeyboardInterrupt:
        print("\nstopping…", flush=True)
    finally:
        for child in children:
            if child.poll() is None:
                child.send_signal(signal.SIGINT)
        for child in children:
            try:
                child.wait(10)
            except subprocess.TimeoutExpired:
                child.kill()
        if sink is not None:
            sink.stop()
        for server in reversed(started):
            server.stop()


def _announce(port: str, logins: list[tuple[str, str]], sink: MailSink | None) -> None:
    print(f"\n  jobsfez is running at http://127.0.0.1:{port}/", flush=True)
    if sink is not None:
        print(f"  mail it sends: http://127.0.0.1:{port}/dev/mail/", flush=True)
    if logins:
        print(f"\n  demo accounts (password: {demo.DEMO_PASSWORD}):")
        for role, email in logins:
            print(f"    {role:32} {email}")
    print("\n  Ctrl-C stops everything.\n", flush=True)


def main(argv: list[str]) -> None:
    command = argv[1] if len(argv) > 1 else "run"
    if command == "run":
        run()
    else:
        sys.exit(f"unknown command {command!r}; try: python -m jobsfez.dev run")


if __name__ == "__main__":
    main(sys.argv)
