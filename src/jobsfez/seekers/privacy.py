"""Résumé files, data export and account erasure (Korea's PIPA: a seeker can take their data and leave).

Erasure finds the messages that name the seeker by a field of their JSON payload: SQL, as Piccolo has no
``->>`` operator.
"""

from __future__ import annotations

import asyncio
import json
import os
import uuid
from collections.abc import Awaitable, Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from piccolo.query.functions import Lower
from piccolo.querystring import QueryString
from redis.asyncio import Redis

from jobsfez.accounts import consents
from jobsfez.accounts import service as accounts
from jobsfez.accounts.tables import LoginEvent, User
from jobsfez.applications import erasure
from jobsfez.applications.tables import Application
from jobsfez.db import NOW, fetch, new_row, transaction
from jobsfez.drives import erasure as drive_erasure
from jobsfez.drives import participants
from jobsfez.errors import NotFound, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.notifications.tables import Notification
from jobsfez.saved.tables import SavedPosting, SavedSearch
from jobsfez.seekers import pdfs
from jobsfez.seekers.tables import SeekerProfile, SeekerSkill

MAX_RESUME_BYTES = 5 * 1024 * 1024
PDF_MAGIC = b"%PDF-"
PDF_TRAILER = b"%%EOF"
RESUME_NAME_CHARS = 200


def check_pdf(content: bytes) -> None:
    """A PDF by its content, not its name: the header, an end-of-file marker near the end, and a structure that
    pypdf reads, unencrypted, with nothing in it that runs when a company opens it (seekers/pdfs.py)."""
    if not content:
        raise ValidationFailed("Please correct the marked fields.", fields={"resume": lazy("Choose a PDF file.")})
    if len(content) > MAX_RESUME_BYTES:
        raise ValidationFailed(
            "Please correct the marked fields.", fields={"resume": lazy("The file is larger than 5 MB.")}
        )
    verdict = pdfs.inspect(content) if content.startswith(PDF_MAGIC) and PDF_TRAILER in content[-2048:] else None
    if verdict in (None, pdfs.Verdict.UNREADABLE):
        raise ValidationFailed(
            "Please correct the marked fields.", fields={"resume": lazy("This file is not a PDF. Upload a PDF file.")}
        )
    if verdict is pdfs.Verdict.ENCRYPTED:
        raise ValidationFailed(
            "Please correct the marked fields.",
            fields={"resume": lazy("This PDF is locked with a password. Save it without one and upload it again.")},
        )
    if verdict is pdfs.Verdict.ACTIVE:
        raise ValidationFailed(
            "Please correct the marked fields.",
            fields={
                "resume": lazy(
                    "This PDF holds scripts, actions or attachments that run when it opens. Save it again as a plain"
                    " PDF (for example, print it to PDF) and upload that."
                )
            },
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
    """Keep the file under a generated name outside any static folder; the old one is removed unless an
    application shared it (the company reads the version the seeker applied with)."""
    await asyncio.to_thread(check_pdf, content)  # reading the document's structure takes a while
    text = await pdfs.read_text(content)  # once, not on every view of the profile
    stored = f"{uuid.uuid4().hex}.pdf"
    await asyncio.to_thread(_write_private, folder / stored, content)
    old = await SeekerProfile.select(SeekerProfile.resume_file).where(SeekerProfile.user_id == user_id).first()
    await SeekerProfile.insert(
        new_row(
            SeekerProfile,
            user_id=user_id,
            resume_file=stored,
            resume_name=_clean_name(filename),
            resume_size=len(content),
            resume_text=text,
        )
    ).on_conflict(
        target=SeekerProfile.user_id,
        action="DO UPDATE",
        values=[
            SeekerProfile.resume_file,
            SeekerProfile.resume_name,
            SeekerProfile.resume_size,
            SeekerProfile.resume_text,
            (SeekerProfile.updated_at, NOW),
        ],
    )
    if old and old["resume_file"]:
        await release_resume(old["resume_file"], folder=folder)


async def delete_resume(user_id: int, *, folder: Path) -> None:
    """Delete the seeker's résumé everywhere: the profile's, and the copies applications shared with companies, so
    that no company sees a link any more; the files leave the store."""
    async with transaction():
        # the profile's row lock keeps an application being sent now from copying the file while it goes
        profile = (
            await SeekerProfile.select(SeekerProfile.resume_file).where(SeekerProfile.user_id == user_id).lock_rows()
        )
        shared = await Application.select(Application.resume_file).where(
            (Application.seeker_user_id == user_id) & (Application.resume_file != "")
        )
        await SeekerProfile.update(
            {
                SeekerProfile.resume_file: "",
                SeekerProfile.resume_name: "",
                SeekerProfile.resume_size: 0,
                SeekerProfile.resume_text: "",
                SeekerProfile.updated_at: NOW,
            }
        ).where(SeekerProfile.user_id == user_id)
        await Application.update({Application.resume_file: "", Application.resume_name: ""}).where(
            Application.seeker_user_id == user_id
        )
    for stored in {row["resume_file"] for row in [*profile, *shared]}:
        await release_resume(stored, folder=folder)


async def resume_text(user_id: int, *, folder: Path) -> str:
    """The text of the seeker's résumé, for the skills it names (only the seeker's own page reads it); a résumé
    stored before its text was kept is read now, once."""
    row = (
        await SeekerProfile.select(SeekerProfile.resume_file, SeekerProfile.resume_text)
        .where(SeekerProfile.user_id == user_id)
        .first()
    )
    if row is None or not row["resume_file"]:
        return ""
    if row["resume_text"] is not None:
        return str(row["resume_text"])
    try:
        content = await asyncio.to_thread((folder / row["resume_file"]).read_bytes)
    except OSError:
        content = b""
    text = await pdfs.read_text(content) if content else ""
    await SeekerProfile.update({SeekerProfile.resume_text: text}).where(
        (SeekerProfile.user_id == user_id) & (SeekerProfile.resume_file == row["resume_file"])
    )
    return text


async def release_resume(stored: str, *, folder: Path) -> None:
    """Remove a stored résumé once neither a profile nor an application names it."""
    if not stored:
        return
    if await SeekerProfile.exists().where(SeekerProfile.resume_file == stored):
        return
    if await Application.exists().where(Application.resume_file == stored):
        return
    await asyncio.to_thread((folder / stored).unlink, missing_ok=True)


async def resume_file(
    *, viewer_user_id: int, viewer_employer_id: int | None, seeker_user_id: int, folder: Path
) -> tuple[Path, str]:
    """The owner reads their current résumé; a company the one the seeker shared with their latest application to
    it, while that application is not withdrawn; nobody else any (404, as if there were none)."""
    if viewer_user_id == seeker_user_id:
        row = (
            await SeekerProfile.select(SeekerProfile.resume_file, SeekerProfile.resume_name)
            .where(SeekerProfile.user_id == seeker_user_id)
            .first()
        )
    elif viewer_employer_id is not None:
        row = (
            await Application.select(Application.resume_file, Application.resume_name)
            .where(
                (Application.seeker_user_id == seeker_user_id)
                & (Application.employer_id == viewer_employer_id)
                & (Application.stage != "withdrawn")
                & (Application.resume_file != "")
            )
            .order_by(Application.id, ascending=False)
            .first()
        )
    else:
        row = None
    if row is None or not row["resume_file"]:
        raise NotFound()
    return folder / row["resume_file"], row["resume_name"]


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
    account = (
        await User.select(
            User.id, User.email, User.display_name, User.role, User.locale, User.timezone, User.created_at
        )
        .where(User.id == user_id)
        .first()
    )
    if account is None:
        raise NotFound()
    data: dict[str, Any] = {
        "account": account,
        "profile": await SeekerProfile.select().where(SeekerProfile.user_id == user_id).first(),
        "skills": await SeekerSkill.select(
            SeekerSkill.text, SeekerSkill.skill_key, SeekerSkill.level, SeekerSkill.years, SeekerSkill.kind
        )
        .where(SeekerSkill.user_id == user_id)
        .order_by(SeekerSkill.position),
        "logins": await LoginEvent.select(LoginEvent.address, LoginEvent.outcome, LoginEvent.created_at)
        .where(_logins_of(account["email"]))
        .order_by(LoginEvent.id),
        "applications": await Application.select(
            Application.id, Application.posting_id, Application.stage, Application.message, Application.created_at
        )
        .where(Application.seeker_user_id == user_id)
        .order_by(Application.id),
        "messages": await Notification.select(
            Notification.kind,
            Notification.channel,
            Notification.status,
            Notification.created_at,
            Notification.sent_at,
            Notification.payload,
        )
        .where(Notification.recipient_user_id == user_id)
        .order_by(Notification.id),
        "drives": await participants.participations_of(user_id),
        "consents": await participants.consents_of(user_id),
        "account_consents": await consents.history(user_id),
        "saved_jobs": await SavedPosting.select(SavedPosting.posting_id, SavedPosting.title, SavedPosting.saved_at)
        .where(SavedPosting.user_id == user_id)
        .order_by(SavedPosting.id),
        "saved_searches": await SavedSearch.select(
            SavedSearch.name, SavedSearch.params, SavedSearch.alerts, SavedSearch.created_at
        )
        .where(SavedSearch.user_id == user_id)
        .order_by(SavedSearch.id),
    }
    for message in data["messages"]:
        message["payload"] = json.loads(message["payload"])
    for search in data["saved_searches"]:
        search["params"] = json.loads(search["params"])
    return dict(_plain(data))


def _logins_of(email: str) -> QueryString:
    """A person's login events: by address, in any letter case."""
    return Lower(LoginEvent.email) == Lower(QueryString("{}", email))


async def delete_account(
    user_id: int, *, folder: Path, redis: Redis, erase_sessions: Callable[[int], Awaitable[int]]
) -> None:
    """Erase the seeker's personal data from PostgreSQL, Redis and the résumé store; a company that hired them keeps
    an anonymous record of the hire (applications/erasure.py), a drive its anonymous counts (drives/erasure.py)."""
    account = await User.select(User.email).where((User.id == user_id) & (User.role == "seeker")).first()
    if account is None:
        raise NotFound()
    email: str = account["email"]
    profile = await SeekerProfile.select(SeekerProfile.resume_file).where(SeekerProfile.user_id == user_id).first()
    shared = await Application.select(Application.resume_file).where(
        (Application.seeker_user_id == user_id) & (Application.resume_file != "")
    )
    files = {row["resume_file"] for row in [*shared, *([profile] if profile else [])] if row["resume_file"]}
    async with transaction():
        await LoginEvent.delete().where(_logins_of(email))
        # messages about this seeker sent to others (an employer's "application received") carry their name
        await fetch("DELETE FROM notifications WHERE (payload ->> 'seeker_user_id')::bigint = $1", user_id)
        # before the cascade: a drive keeps its counts and a company its hires, both anonymous
        await drive_erasure.keep_participations_anonymous(user_id, accounts.normalise_email(email))
        await erasure.keep_activity_anonymous(user_id)  # first: the counts, while the person is still there
        await erasure.keep_hires_anonymous(user_id)
        # profile, skills, applications and the account's consents cascade
        await User.delete().where(User.id == user_id)
    for stored in files:
        await asyncio.to_thread((folder / str(stored)).unlink, missing_ok=True)
    await erase_sessions(user_id)
    await accounts.forget_login_attempts(redis, email)
