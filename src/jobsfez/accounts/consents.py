"""The privacy notice every sign-up agrees to (PIPA art. 15: what is collected, why, for how long, and that one may
refuse), and the ledger of who agreed to which version, in the words they read (table account_consents).

Accounts made before the notice, or through an invitation, have no row: they are not locked out, since the data
they gave was collected under the terms of its time and an account in use cannot be held hostage to a new
question; their account page shows the notice and asks once, and the answer is recorded like a sign-up's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from jobsfez import i18n
from jobsfez.accounts.tables import AccountConsent
from jobsfez.db import new_row
from jobsfez.i18n import lazy

PURPOSE = "privacy_notice"
VERSION = "2026-12-04"  # a new wording is a new version, which every account is asked again
# (heading, text) in the order the notice shows them
NOTICE = (
    (
        lazy("What we collect"),
        lazy(
            "Your name, email address and password (kept only as a one-way hash). Later, what you add yourself: a job"
            " seeker's profile, skills, résumé and applications, or a company's or centre's details."
        ),
    ),
    (
        lazy("Why"),
        lazy(
            "To run your account, match job seekers with jobs and drives, and show an application to the company it"
            " is sent to. We do not sell it or use it for advertising."
        ),
    ),
    (
        lazy("For how long"),
        lazy(
            "Until you delete your account, which erases it at once. A sign-up not finished within 2 days is deleted."
        ),
    ),
    (
        lazy("Your choice"),
        lazy("You may refuse. Without this consent we cannot open an account for you."),
    ),
)
REQUIRED = lazy("Agree to the collection and use of your personal information to continue.")


@dataclass(frozen=True, slots=True)
class Given:
    """A consent as the ledger holds it: what the person read, and when they agreed."""

    version: str
    language: str
    wording: str
    given_at: datetime


def wording() -> str:
    """The notice in the current language, as it is shown and stored."""
    return "\n".join(": ".join((i18n.gettext(heading), i18n.gettext(text))) for heading, text in NOTICE)


def agreed(value: str | None) -> bool:
    """Whether a form's checkbox was ticked."""
    return value == "on"


async def record(user_id: int, *, language: str, text: str, version: str = VERSION) -> None:
    """Add the account's consent to the ledger (in the caller's transaction); agreeing twice to one version adds
    nothing."""
    await AccountConsent.insert(
        new_row(
            AccountConsent,
            user_id=user_id,
            purpose=PURPOSE,
            version=version,
            language=language if language in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE,
            wording=text,
        )
    ).on_conflict(action="DO NOTHING")


async def current(user_id: int) -> Given | None:
    """The account's consent to the notice in force, if it gave one."""
    row = (
        await AccountConsent.select(
            AccountConsent.version, AccountConsent.language, AccountConsent.wording, AccountConsent.given_at
        )
        .where((AccountConsent.user_id == user_id) & (AccountConsent.version == VERSION))
        .first()
    )
    return Given(**row) if row else None


async def history(user_id: int) -> list[dict[str, object]]:
    """Every consent the account gave, oldest first (the data export)."""
    rows: list[dict[str, object]] = await (
        AccountConsent.select(
            AccountConsent.purpose,
            AccountConsent.version,
            AccountConsent.language,
            AccountConsent.wording,
            AccountConsent.given_at,
        )
        .where(AccountConsent.user_id == user_id)
        .order_by(AccountConsent.id)
    )
    return rows
