"""Staff's view of the accounts, and their suspension: a suspended account cannot log in, and its open sessions end
at their next request (accounts/service.py reads only active accounts); each suspension and restoration is kept
with its reason and who decided."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from piccolo.columns.combination import Or
from piccolo.custom_types import Combinable

from jobsfez.accounts.tables import User
from jobsfez.centres.tables import CentreMember
from jobsfez.db import new_row, transaction
from jobsfez.employers.tables import EmployerMember
from jobsfez.errors import Conflict, Forbidden, NotFound
from jobsfez.i18n import lazy
from jobsfez.moderation.paging import PAGE_SIZE, Page, contains, page_number, words
from jobsfez.moderation.tables import AccountSuspension
from jobsfez.tenancy.service import check_reason

ROLES = {
    "seeker": lazy("Job seeker"),
    "employer": lazy("Company member"),
    "centre": lazy("Career centre member"),
    "staff": lazy("Staff"),
}
STATES = {"active": lazy("Active"), "suspended": lazy("Suspended")}
NOT_STAFF = lazy("Staff accounts are not suspended here: the operator manages them on the server.")
ALREADY = lazy("This account is already in that state.")


@dataclass(frozen=True, slots=True)
class UserRow:
    id: int
    email: str
    display_name: str
    role: str
    created_at: datetime
    is_active: bool


@dataclass(frozen=True, slots=True)
class Suspension:
    action: str  # suspend | restore
    reason: str
    decided_by: str  # the staff member's e-mail
    created_at: datetime


@dataclass(frozen=True, slots=True)
class UserRecord:
    user: UserRow
    company: tuple[int, str] | None  # the company (id, Korean name) the account works for
    centre: tuple[int, str] | None  # or the career centre
    history: tuple[Suspension, ...]  # oldest first


COLUMNS = tuple(User._meta.get_column_by_name(name) for name in UserRow.__dataclass_fields__)


async def users(*, query: str, role: str, state: str, page: str) -> Page[UserRow]:
    """Accounts by e-mail or name, role and state, newest first."""
    where: Combinable = User.id.is_not_null()
    if query := words(query):
        where &= Or(User.email.ilike(contains(query)), User.display_name.ilike(contains(query)))
    if role in ROLES:
        where &= User.role == role
    if state in STATES:
        where &= User.is_active.eq(state == "active")
    number = page_number(page)
    total = await User.count().where(where)
    rows = (
        await User.select(*COLUMNS)
        .where(where)
        .order_by(User.created_at, User.id, ascending=False)
        .limit(PAGE_SIZE)
        .offset((number - 1) * PAGE_SIZE)
    )
    return Page(tuple(UserRow(**row) for row in rows), number, total, PAGE_SIZE)


async def user(user_id: int) -> UserRecord:
    row = await User.select(*COLUMNS).where(User.id == user_id).first()
    if row is None:
        raise NotFound()
    company = (
        await EmployerMember.select(EmployerMember.employer_id, EmployerMember.employer_id._.name_ko.as_alias("name"))
        .where(EmployerMember.user_id == user_id)
        .first()
    )
    centre = (
        await CentreMember.select(CentreMember.centre_id, CentreMember.centre_id._.name_ko.as_alias("name"))
        .where(CentreMember.user_id == user_id)
        .first()
    )
    history = (
        await AccountSuspension.select(
            AccountSuspension.action,
            AccountSuspension.reason,
            AccountSuspension.decided_by._.email.as_alias("decided_by"),
            AccountSuspension.created_at,
        )
        .where(AccountSuspension.user_id == user_id)
        .order_by(AccountSuspension.created_at, AccountSuspension.id)
    )
    return UserRecord(
        UserRow(**row),
        (company["employer_id"], company["name"]) if company else None,
        (centre["centre_id"], centre["name"]) if centre else None,
        tuple(Suspension(**{**h, "decided_by": h["decided_by"] or ""}) for h in history),
    )


async def set_suspended(*, staff_user_id: int, user_id: int, suspend: bool, reason: str) -> None:
    """Suspend or restore an account, with the reason kept beside it; staff accounts are the operator's."""
    reason = check_reason(reason)
    async with transaction():
        row = await User.select(User.role, User.is_active).where(User.id == user_id).lock_rows().first()
        if row is None:
            raise NotFound()
        if row["role"] == "staff":
            raise Forbidden(NOT_STAFF)
        if row["is_active"] != suspend:
            raise Conflict(ALREADY)
        await User.update({User.is_active: not suspend}).where(User.id == user_id)
        await AccountSuspension.insert(
            new_row(
                AccountSuspension,
                user_id=user_id,
                action="suspend" if suspend else "restore",
                reason=reason,
                decided_by=staff_user_id,
            )
        )
