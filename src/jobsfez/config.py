"""Settings, read once from the environment; tests build ``Settings(...)`` directly."""

from __future__ import annotations

import hmac
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

PROJECT_ROOT = Path(__file__).resolve().parents[2]
TEMPLATES_DIR = PROJECT_ROOT / "templates"
STATIC_DIR = PROJECT_ROOT / "static"
MIGRATIONS_DIR = PROJECT_ROOT / "migrations"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"


def default_pool_max(cores: int | None) -> int:
    return min(10, max(4, 2 * (cores or 1)))


# 2026 statutory minimum wage (KRW per hour); monthly pay is converted at 209 hours a month.
MINIMUM_WAGE_2026 = 10_320


@dataclass(frozen=True, slots=True)
class Settings:
    database_url: str
    redis_url: str
    smtp_url: str = "smtp://127.0.0.1:1025"
    secret_key: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    environment: str = "dev"  # dev | test | production
    allowed_hosts: tuple[str, ...] = ("127.0.0.1", "localhost", "testserver")
    base_url: str = "http://127.0.0.1:8000"
    mail_from: str = "jobsfez <no-reply@jobsfez.kr>"
    # INSTALL_ID: what tells this installation's Message-IDs and calendar UIDs from another's on the same host; by
    # default derived from SECRET_KEY (set it before rotating the key, or calendars take updates as new events)
    install_id: str = ""
    # Folder where the dev SMTP sink writes captured mail; the /dev/mail page reads it (dev only).
    dev_mail_dir: Path | None = None
    resume_dir: Path = PROJECT_ROOT / ".jobsfez" / "resumes"
    session_idle_seconds: int = 30 * 60
    session_absolute_seconds: int = 12 * 3600
    # Failed logins allowed in a window (accounts/throttling.py says what each limit stops): one account from one
    # address (and one known browser, and password re-checks), one address, one account before its tries take turns,
    # and all logins together
    login_attempts_per_window: int = 5
    login_window_seconds: int = 15 * 60
    login_failures_per_address: int = 50
    login_failures_per_account: int = 10
    login_failures_overall: int = 1000
    # The proxies in front of the web process (addresses or networks) whose X-Forwarded-For names the client:
    # FORWARDED_ALLOW_IPS, none unless set, so that no client can choose the address its tries are counted under
    trusted_proxies: tuple[str, ...] = ()
    request_max_body: int = 6 * 1024 * 1024
    # Requests a centre's API token may make a minute, across every web process: API_REQUESTS_PER_MINUTE
    api_requests_per_minute: int = 120
    minimum_hourly_wage: int = MINIMUM_WAGE_2026
    # PostgreSQL connections a process keeps at most: DB_POOL_MAX, by default twice the cores, 4 to 10. More
    # queries running at once than the database has cores only queue in PostgreSQL, and where it shares the
    # host its extra backends take the cores from the app (docs/benchmarks.md: 2 cores, 10 connections)
    db_pool_max: int = field(default_factory=lambda: default_pool_max(os.cpu_count()))
    # Whether search results are reused while the postings have not changed: SEARCH_RESULT_CACHE=off runs every
    # search's statement, to measure its cost (the HTTP benchmark's cold figures) or to rule the cache out
    search_result_cache: bool = True

    @property
    def mail_id_domain(self) -> str:
        """The right-hand side of Message-IDs and calendar UIDs: BASE_URL's host and the install id, so that two
        installations never give two messages one id."""
        install = self.install_id or hmac.new(self.secret_key.encode(), b"install id", "sha256").hexdigest()[:12]
        return f"{install}.{urlsplit(self.base_url).hostname or 'localhost'}"

    @property
    def is_production(self) -> bool:
        return self.environment == "production"

    @property
    def secure_cookies(self) -> bool:
        return self.is_production

    @property
    def is_dev(self) -> bool:
        return self.environment in ("dev", "test")

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        """Read the environment once; production refuses to start without a real secret."""
        env = dict(os.environ if env is None else env)
        environment = env.get("JOBSFEZ_ENV", "dev")
        secret = env.get("SECRET_KEY", "")
        if environment == "production" and len(secret) < 32:
            raise RuntimeError("SECRET_KEY must be set (at least 32 characters) in production")
        kwargs: dict[str, object] = {
            "database_url": env["DATABASE_URL"],
            "redis_url": env["REDIS_URL"],
            "smtp_url": env.get("SMTP_URL", "smtp://127.0.0.1:1025"),
            "environment": environment,
        }
        if secret:
            kwargs["secret_key"] = secret
        if hosts := env.get("ALLOWED_HOSTS"):
            kwargs["allowed_hosts"] = tuple(h.strip() for h in hosts.split(",") if h.strip())
        if base := env.get("BASE_URL"):
            kwargs["base_url"] = base.rstrip("/")
        if install_id := env.get("INSTALL_ID"):
            kwargs["install_id"] = install_id
        if mail_from := env.get("MAIL_FROM"):
            kwargs["mail_from"] = mail_from
        if environment != "production" and (mail_dir := env.get("JOBSFEZ_DEV_MAIL_DIR")):
            kwargs["dev_mail_dir"] = Path(mail_dir)
        if resume_dir := env.get("RESUME_DIR"):
            kwargs["resume_dir"] = Path(resume_dir)
        if proxies := env.get("FORWARDED_ALLOW_IPS"):
            kwargs["trusted_proxies"] = tuple(p.strip() for p in proxies.split(",") if p.strip())
        if per_minute := env.get("API_REQUESTS_PER_MINUTE"):
            if not per_minute.isdigit() or not 1 <= int(per_minute) <= 100_000:
                raise RuntimeError("API_REQUESTS_PER_MINUTE must be a whole number from 1 to 100000")
            kwargs["api_requests_per_minute"] = int(per_minute)
        if pool_max := env.get("DB_POOL_MAX"):
            if not pool_max.isdigit() or not 1 <= int(pool_max) <= 100:
                raise RuntimeError("DB_POOL_MAX must be a whole number from 1 to 100")
            kwargs["db_pool_max"] = int(pool_max)
        if cache := env.get("SEARCH_RESULT_CACHE"):
            if cache not in ("on", "off"):
                raise RuntimeError("SEARCH_RESULT_CACHE must be on or off")
            kwargs["search_result_cache"] = cache == "on"
        return cls(**kwargs)  # type: ignore[arg-type]
