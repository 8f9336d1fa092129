"""What companies and career centres do alike as tenants: staff decide on each once, and members invite colleagues
by email, who join with an account of their own.

Each function works on one tenant's tables (the columns they share are in tenancy/tables.py). The tenant's own
service keeps what is its own: its fields, roles, views and messages, and who may invite whom.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from typing import Any

from piccolo.columns import Column
from piccolo.custom_types import Combinable
from piccolo.querystring import QueryString
from piccolo.table import Table

from jobsfez.accounts import service as accounts
from jobsfez.db import NOW, new_row
from jobsfez.errors import Forbidden, NotFound, Throttled, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.notifications import service as notifications
from jobsfez.tenancy.tables import InvitationColumns, TenantColumns

INVITATION_DAYS = 7
# when an invitation ends, by PostgreSQL's clock, which every comparison with it uses
INVITATION_ENDS = QueryString("now() + make_interval(days => {})", INVITATION_DAYS)
INVITATION_GONE = lazy("This invitation has expired or was already used.")
# An invitation is an email carrying the tenant's own name to any address: a tenant sends at most this many a day,
# enough to bring in a team, too few to send mail in bulk under our name.
INVITATIONS_PER_DAY = 20
A_DAY_AGO = QueryString("now() - interval '1 day'")
TOO_MANY_INVITATIONS = lazy("You can send up to {limit} invitations a day. Try again tomorrow.")


def token_hash(token: str) -> str:
    """What is stored of an invitation link's token, so that a copy of the table opens no invitation."""
    return hashlib.sha256(token.encode()).hexdigest()


async def check_may_invite(table: type[InvitationColumns], *, approved: bool, not_yet: str, **tenant: int) -> None:
    """Invitations leave only from a tenant staff have approved (``not_yet`` says so in the tenant's words), and
    at most INVITATIONS_PER_DAY a day from each, counted from the invitations stored."""
    if not approved:
        raise Forbidden(not_yet)
    [(key, tenant_id)] = tenant.items()
    sent = await table.count().where(
        (table._meta.get_column_by_name(key) == tenant_id) & (table.created_at > A_DAY_AGO)
    )
    if sent >= INVITATIONS_PER_DAY:
        raise Throttled(TOO_MANY_INVITATIONS, limit=INVITATIONS_PER_DAY)


async def add_invitation(
    table: type[InvitationColumns], *, email: str, role: str, invited_by: int, **tenant: int
) -> tuple[int, str]:
    """Store an invitation into the tenant named by ``tenant`` (its key column); returns its id and the link's token."""
    token = secrets.token_urlsafe(32)
    [row] = await table.insert(
        new_row(
            table,
            email=email,
            role=role,
            token_hash=token_hash(token),
            invited_by=invited_by,
            expires_at=INVITATION_ENDS,
            **tenant,
        )
    ).returning(table.id)
    return row["id"], token


def still_open(table: type[InvitationColumns]) -> Combinable:
    """Invitations nobody has used yet that have not expired (or been withdrawn, which ends them now)."""
    return table.accepted_at.is_null() & (table.expires_at > NOW)


def is_open(table: type[InvitationColumns], token: str) -> Combinable:
    """The invitation a link's token names, while it is still open."""
    return (table.token_hash == token_hash(token)) & still_open(table)


async def claim_invitation(
    table: type[InvitationColumns], *, token: str, account_role: str, password: str, display_name: str, locale: str
) -> tuple[dict[str, Any], accounts.UserInfo]:
    """Use an invitation once: an account for the invited email, and the invitation marked used.

    Run it in the caller's transaction, which adds the membership: the invitation stays locked until then.
    """
    found = await table.select().where(is_open(table, token)).lock_rows()
    if not found:
        raise NotFound(INVITATION_GONE)
    [invitation] = found
    user = await accounts.create_user(
        email=invitation["email"], password=password, role=account_role, display_name=display_name, locale=locale
    )
    await table.update({table.accepted_at: NOW}).where(table.id == invitation["id"])
    return invitation, user


async def pending(table: type[TenantColumns], columns: Sequence[Column]) -> list[dict[str, Any]]:
    """Staff's queue of one kind of tenant, oldest first."""
    rows: list[dict[str, Any]] = await (
        table.select(*columns).where(table.status == "pending").order_by(table.created_at, table.id)
    )
    return rows


REASON_MAX_CHARS = 2000  # a paragraph or two: the owner reads it in a message
REASON_NEEDED = lazy("Please give the reason.")
REASON_TOO_LONG = lazy("Keep the reason under 2,000 characters.")


def check_reason(reason: str) -> str:
    """The reason staff give for a decision against someone (kept on the record, often sent to them): required,
    and kept to a message's length."""
    reason = reason.strip()
    if not reason:
        raise ValidationFailed(REASON_NEEDED, fields={"reason": REASON_NEEDED})
    if len(reason) > REASON_MAX_CHARS:
        raise ValidationFailed(REASON_TOO_LONG, fields={"reason": REASON_TOO_LONG})
    return reason


async def decide(
    table: type[TenantColumns],
    *,
    tenant_id: int,
    staff_user_id: int,
    approve: bool,
    reason: str = "",
    columns: Sequence[Column],
) -> dict[str, Any]:
    """Approve or reject a waiting tenant (a rejection with its reason); one decided already is not found, so a
    second click changes nothing."""
    reason = "" if approve else check_reason(reason)
    decided = (
        await table.update(
            {
                table.status: "approved" if approve else "rejected",
                table.approved_at: NOW if approve else None,
                table.approved_by: staff_user_id,
                table.decision_reason: reason,
            }
        )
        .where((table.id == tenant_id) & (table.status == "pending"))
        .returning(*columns)
    )
    if not decided:
        raise NotFound()
    row: dict[str, Any] = decided[0]
    return row


async def first_member(members: type[Table], *, role: str, **tenant: int) -> int | None:
    """The user id of the tenant's earliest member in ``role``: whoever registered it (owner or manager)."""
    [(key, tenant_id)] = tenant.items()
    column = members._meta.get_column_by_name
    row = (
        await members.select(column("user_id"))
        .where((column(key) == tenant_id) & (column("role") == role))
        .order_by(column("created_at"), column("id"))
        .first()
    )
    return None if row is None else int(row["user_id"])


async def tell_rejected(members: type[Table], *, kind: str, role: str, tenant: dict[str, Any], **key: int) -> None:
    """Tell the tenant's first ``role`` member why staff refused it (inbox and e-mail, in their language); run it in
    the decision's transaction, as the outbox asks."""
    owner = await first_member(members, role=role, **key)
    if owner is None:
        return
    await notifications.notify_user(
        owner,
        cause=f"{kind}_rejected:{tenant['id']}",
        kind="registration_rejected",
        payload={
            "tenant": kind,
            "name_ko": tenant["name_ko"],
            "name_en": tenant["name_en"],
            "reason": tenant["decision_reason"],
        },
    )
