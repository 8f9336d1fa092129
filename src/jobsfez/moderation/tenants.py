"""Staff's view of the tenants: companies and career centres by where staff's decision on them stands, found by
name (or a company's registration number), a page at a time, each with the contact of whoever registered it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from piccolo.columns import Column
from piccolo.columns.combination import Or
from piccolo.custom_types import Combinable
from piccolo.table import Table

from jobsfez.centres.service import VIEW_COLUMNS as CENTRE_COLUMNS
from jobsfez.centres.service import CentreView
from jobsfez.centres.tables import Centre, CentreMember
from jobsfez.checks import decimal_digits
from jobsfez.choices import APPROVAL_STATUSES
from jobsfez.employers.service import VIEW_COLUMNS as COMPANY_COLUMNS
from jobsfez.employers.service import EmployerView
from jobsfez.employers.tables import Employer, EmployerMember
from jobsfez.errors import NotFound
from jobsfez.i18n import lazy
from jobsfez.moderation.paging import PAGE_SIZE, Page, contains, page_number, words
from jobsfez.tenancy.tables import TenantColumns

T = TypeVar("T")
# The lists' tabs, one per decision: short words, which the status badges of the records spell out in full
TABS = {"pending": lazy("To review"), "approved": lazy("Approved"), "rejected": lazy("Not approved")}


@dataclass(frozen=True, slots=True)
class Contact:
    """Who registered the tenant: the company's owner, the centre's first manager."""

    user_id: int
    name: str
    email: str
    signed_up: datetime


@dataclass(frozen=True, slots=True)
class Record(Generic[T]):
    tenant: T
    contact: Contact | None
    decided_by: str  # the e-mail of the staff member who decided, once someone has
    approved_at: datetime | None


@dataclass(frozen=True, slots=True)
class _Kind(Generic[T]):
    table: type[TenantColumns]
    columns: Sequence[Column]
    view: Callable[..., T]
    members: type[Table]
    key: str  # the members' column naming the tenant
    registrant: str  # the role of whoever registered it


COMPANIES = _Kind(Employer, COMPANY_COLUMNS, EmployerView, EmployerMember, "employer_id", "owner")
CENTRES = _Kind(Centre, CENTRE_COLUMNS, CentreView, CentreMember, "centre_id", "manager")


def status_of(text: str) -> str:
    """The decision a list shows; the waiting ones unless another is asked for by name."""
    return text if text in APPROVAL_STATUSES else "pending"


async def companies(*, status: str, query: str, page: str) -> Page[Record[EmployerView]]:
    """Companies staff decided on (or have yet to), by name in either language or registration number."""
    query = words(query)
    digits = query.replace("-", "")
    condition = _named(Employer, query)
    if decimal_digits(digits):
        condition = Or(condition, Employer.brn.like(digits + "%"))
    return await _page(COMPANIES, status=status, condition=condition if query else None, page=page)


async def centres(*, status: str, query: str, page: str) -> Page[Record[CentreView]]:
    """Career centres staff decided on (or have yet to), by name in either language."""
    query = words(query)
    return await _page(CENTRES, status=status, condition=_named(Centre, query) if query else None, page=page)


async def company(employer_id: int) -> Record[EmployerView]:
    return await _record(COMPANIES, employer_id)


async def centre(centre_id: int) -> Record[CentreView]:
    return await _record(CENTRES, centre_id)


def _named(table: type[TenantColumns], query: str) -> Combinable:
    pattern = contains(query)
    column = table._meta.get_column_by_name
    return Or(column("name_ko").ilike(pattern), column("name_en").ilike(pattern))


def _select(kind: _Kind[T]) -> Any:
    table = kind.table
    return table.select(
        *kind.columns,
        table.approved_at,
        table._meta.get_column_by_name("approved_by.email").as_alias("decided_by"),
    )


async def _page(kind: _Kind[T], *, status: str, condition: Combinable | None, page: str) -> Page[Record[T]]:
    table = kind.table
    where: Combinable = table.status == status_of(status)
    if condition is not None:
        where = where & condition
    number = page_number(page)
    total = await table.count().where(where)
    # the waiting ones oldest first, as a queue is worked through; the decided ones newest first
    newest_first = status_of(status) != "pending"
    rows = (
        await _select(kind)
        .where(where)
        .order_by(table.created_at, table.id, ascending=not newest_first)
        .limit(PAGE_SIZE)
        .offset((number - 1) * PAGE_SIZE)
    )
    return Page(await _records(kind, rows), number, total, PAGE_SIZE)


async def _record(kind: _Kind[T], tenant_id: int) -> Record[T]:
    row = await _select(kind).where(kind.table.id == tenant_id).first()
    if row is None:
        raise NotFound()
    [record] = await _records(kind, [row])
    return record


async def _records(kind: _Kind[T], rows: list[dict[str, Any]]) -> tuple[Record[T], ...]:
    contacts = await _contacts(kind, [row["id"] for row in rows])
    records = []
    for row in rows:
        decided_by, approved_at = row.pop("decided_by"), row.pop("approved_at")
        records.append(Record(kind.view(**row), contacts.get(row["id"]), decided_by or "", approved_at))
    return tuple(records)


async def _contacts(kind: _Kind[T], tenant_ids: list[int]) -> dict[int, Contact]:
    """The registrant of each tenant: its earliest member in the registering role."""
    if not tenant_ids:
        return {}
    column = kind.members._meta.get_column_by_name
    rows = (
        await kind.members.select(
            column(kind.key).as_alias("tenant_id"),
            column("user_id"),
            column("user_id.display_name").as_alias("name"),
            column("user_id.email").as_alias("email"),
            column("user_id.created_at").as_alias("signed_up"),
        )
        .where(column(kind.key).is_in(tenant_ids) & (column("role") == kind.registrant))
        .order_by(column("created_at"), column("id"), ascending=False)
    )
    # newest first, so that each tenant's earliest member is the one left in the dict
    return {row.pop("tenant_id"): Contact(**row) for row in rows}
