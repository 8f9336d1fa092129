"""Résumé files, data export and account erasure (Korea's PIPA: a seeker can take their data and leave)."""

from __future__ import annotations

import asyncio
import json
import os
import uuid
from collections.abc import Awaitable, Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from redis.asyncio import Redis

from jobsfez.accounts import service as accounts
from jobsfez.db import engine_of, fetch, fetchrow
from jobsfez.errors import NotFound, ValidationFailed
from jobsfez.i18n import lazy

MAX_RESUME_BYTES = 5 * 1024 * 1024
PDF_MAGIC = b"%PDF-"
PDF_TRAILER = b"%%EOF"
RESUME_NAME_CHARS = 200


def check_pdf(content: bytes) -> None:
    """A PDF by its content, not its name: the header, and an end-of-file marker near the end."""
    if not content:
        raise ValidationFailed("Please correct the marked fields.", fields={"resume": lazy("Choose a PDF file.")})
    if len(content) > MAX_RESUME_BYTES:
        raise ValidationFailed(
            "Please correct the marked fields.", fields={"resume": lazy("The file is larger than 5 MB.")}
        )
    if not content.startswith(PDF_MAGIC) or PDF_TRAILER not in content[-2048:]:
        raise ValidationFailed(
            "Please correct the marked fields.", fields={"resume": lazy("This file is not a PDF. Upload a PDF file.")}
        )


def _clean_name(filename: str) -> str:
    name = os.path.basename(filename.replace("\\", "/")).strip() or "resume.pdf"
    name = "".join(ch for ch in name if ch.isprintable() and ch not in '"<>|:*?')[:RESUME_NAME_CHARS]
    return name if name.lower().endswith(".pdf") else f"{name}.pdf"


def _write_private(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    path.chmod(0o600)


async def store_resume(user_id: int, *, filename: str, content: bytes, folder: Path) -> None:
    """Keep the file under a generated name outside any static folder; the old one is removed."""
    check_pdf(content)
    stored = f"{uuid.uuid4().hex}.pdf"
    await asyncio.to_thread(_write_private, folder / stored, content)
    old = await fetchrow("SELECT resume_file FROM seeker_profiles WHERE user_id = $1", user_id)
    await fetch(
        """INSERT INTO seeker_profiles (user_id, resume_file, resume_name, resume_size) VALUES ($1, $2, $3, $4)
           ON CONFLICT (user_id) DO UPDATE SET resume_file = $2, resume_name = $3, resume_size = $4,
               updated_at = now()""",
        user_id,
        stored,
        _clean_name(filename),
        len(content),
    )
    if old and old["resume_file"]:
        await asyncio.to_thread((folder / old["resume_file"]).unlink, missing_ok=True)


async def may_see_resume(*, viewer_user_id: int, viewer_employer_id: int | None, seeker_user_id: int) -> bool:
    """The owner, and members of companies the seeker applied to sharing the résumé; nobody else."""
    if viewer_user_id == seeker_user_id:
        return True
    if viewer_employer_id is None:
        return False
    row = await fetchrow(
        """SELECT 1 FROM applications a JOIN postings p ON p.id = a.posting_id
           WHERE a.seeker_user_id = $1 AND p.employer_id = $2 AND a.include_resume LIMIT 1""",
        seeker_user_id,
        viewer_employer_id,
    )
    return row is not None


async def resume_file(
    *, viewer_user_id: int, viewer_employer_id: int | None, seeker_user_id: int, folder: Path
) -> tuple[Path, str]:
    if not await may_see_resume(
        viewer_user_id=viewer_user_id, viewer_employer_id=viewer_employer_id, seeker_user_id=seeker_user_id
    ):
        raise NotFound()
    row = await fetchrow("SELECT resume_file, resume_name FROM seeker_profiles WHERE user_id = $1", seeker_user_id)
    if row is None or not row["resume_file"]:
        raise NotFound()
    return folder / str(row["resume_file"]), str(row["resume_name"])


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if k not in ("password_hash", "resume_file")}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "is_finite"):  # Decimal
        return float(value)
    return value


async def export(user_id: int) -> dict[str, Any]:
    """Everything jobsfez keeps about a seeker, as plain JSON-ready data."""
    account = await fetchrow(
        "SELECT id, email, display_name, role, locale, timezone, created_at FROM users WHERE id = $1", user_id
    )
    if account is None:
        raise NotFound()
    data: dict[str, Any] = {
        "account": account,
        "profile": await fetchrow("SELECT * FROM seeker_profiles WHERE user_id = $1", user_id),
        "skills": await fetch(
            """SELECT text, skill_key, level, years, qualification FROM seeker_skills
               WHERE user_id = $1 ORDER BY position""",
            user_id,
        ),
        "logins": await fetch(
            "SELECT address, outcome, created_at FROM login_events WHERE lower(email) = lower($1) ORDER BY id",
            account["email"],
        ),
        "applications": await fetch(
            """SELECT id, posting_id, stage, message, created_at FROM applications
               WHERE seeker_user_id = $1 ORDER BY id""",
            user_id,
        ),
        "messages": await fetch(
            """SELECT kind, channel, status, created_at, sent_at, payload FROM notifications
               WHERE recipient_user_id = $1 ORDER BY id""",
            user_id,
        ),
    }
    for message in data["messages"]:
        message["payload"] = json.loads(message["payload"])
    return dict(_plain(data))


async def delete_account(
    user_id: int, *, folder: Path, redis: Redis, erase_sessions: Callable[[int], Awaitable[int]]
) -> None:
    """Erase the seeker's personal data from PostgreSQL, Redis and the résumé store."""
    account = await fetchrow("SELECT email FROM users WHERE id = $1 AND role = 'seeker'", user_id)
    if account is None:
        raise NotFound()
    email = str(account["email"])
    profile = await fetchrow("SELECT resume_file FROM seeker_profiles WHERE user_id = $1", user_id)
    async with engine_of().transaction():
        await fetch("DELETE FROM login_events WHERE lower(email) = lower($1)", email)
        # messages about this seeker sent to others (an employer's "application received") carry their name
        await fetch("DELETE FROM notifications WHERE (payload ->> 'seeker_user_id')::bigint = $1", user_id)
        await fetch("DELETE FROM users WHERE id = $1", user_id)  # profile, skills, applications cascade
    if profile and profile["resume_file"]:
        await asyncio.to_thread((folder / str(profile["resume_file"])).unlink, missing_ok=True)
    await erase_sessions(user_id)
    await accounts.forget_login_attempts(redis, email)
