"""Career centres are tenants: registration, approval by staff, the centre's details and its members' roles.

Every centre-side function takes a ``CentreActor`` (the acting member, read from the session) and scopes its
queries with the actor's centre id, never an id from the URL alone. A centre waiting for staff can set itself up
but cannot bring anyone in from outside (invitations.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from jobsfez.accounts import service as accounts
from jobsfez.accounts import signups
from jobsfez.centres.tables import Centre, CentreMember
from jobsfez.choices import CENTRE_KINDS, CENTRE_ROLES, DISTRICTS
from jobsfez.db import new_row, transaction
from jobsfez.errors import Conflict, Forbidden, NotFound, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.notifications import webhooks
from jobsfez.notifications.webhooks import WebhookSettings
from jobsfez.tenancy import service as tenancy

# Korean numbers as offices give them: Seoul's 02 and 7-8 digits, another area code (or 070, 010) and 7-8 digits,
# or a nationwide 15xx-18xx number of 8 digits.
PHONE_DIGITS = re.compile(r"^(02\d{7,8}|0[13-9]\d{8,9}|1[5-8]\d{6})$")
PHONE_CHARACTERS = re.compile(r"^[0-9 ().-]+$")
MAX_NAME = 120
MAX_ADDRESS = 300
CHECK_FIELDS = lazy("Please correct the marked fields.")
MANAGERS_ONLY = lazy("Only the centre's managers can change this.")


@dataclass(frozen=True, slots=True)
class CentreActor:
    """The member acting for a centre; services trust only this, never a centre id from a URL."""

    user_id: int
    centre_id: int
    role: str
    approved: bool

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"


@dataclass(frozen=True, slots=True)
class CentreView:
    id: int
    name_ko: str
    name_en: str
    kind: str
    district: str
    address: str
    phone: str
    status: str
    created_at: datetime
    decision_reason: str  # why staff refused it, if they did

    @property
    def approved(self) -> bool:
        return self.status == "approved"


@dataclass(frozen=True, slots=True)
class CentreMemberView:
    id: int
    user_id: int
    email: str
    display_name: str
    role: str


@dataclass(frozen=True, slots=True)
class Dashboard:
    centre: CentreView
    members: list[CentreMemberView]


VIEW_COLUMNS = tuple(Centre._meta.get_column_by_name(name) for name in CentreView.__dataclass_fields__)


def _centre(row: dict[str, Any]) -> CentreView:
    return CentreView(**row)


def check_phone(raw: str) -> str:
    """A Korean phone number, kept with its hyphens where Koreans write them (051-510-1234, 1577-1234)."""
    digits = "".join(ch for ch in raw if ch.isdigit())
    if not PHONE_CHARACTERS.match(raw.strip()) or not PHONE_DIGITS.match(digits):
        raise ValidationFailed(
            CHECK_FIELDS, fields={"phone": lazy("Enter the centre's phone number, like 051-510-1234.")}
        )
    if digits.startswith("1"):
        return f"{digits[:4]}-{digits[4:]}"
    area = 2 if digits.startswith("02") else 3
    return f"{digits[:area]}-{digits[area:-4]}-{digits[-4:]}"


def _centre_fields(*, name_ko: str, name_en: str, kind: str, district: str, address: str, phone: str) -> dict[str, str]:
    errors: dict[str, str] = {}
    values = {
        "name_ko": " ".join(name_ko.split()),
        "name_en": " ".join(name_en.split()),
        "address": " ".join(address.split()),
        "kind": kind,
        "district": district,
    }
    for key in ("name_ko", "name_en"):
        if not values[key]:
            errors[key] = lazy("Enter the centre's name.")
        elif len(values[key]) > MAX_NAME:
            errors[key] = lazy("Use at most 120 characters.")
    if not values["address"] or len(values["address"]) > MAX_ADDRESS:
        errors["address"] = lazy("Enter the address (up to 300 characters).")
    if kind not in CENTRE_KINDS:
        errors["kind"] = lazy("Choose what kind of centre this is.")
    if district not in DISTRICTS:
        errors["district"] = lazy("Choose a district.")
    try:
        values["phone"] = check_phone(phone)
    except ValidationFailed as exc:
        errors.update(exc.fields)
    if errors:
        raise ValidationFailed(CHECK_FIELDS, fields=errors)
    return values


async def register(
    *,
    email: str,
    password: str,
    display_name: str,
    locale: str,
    name_ko: str,
    name_en: str,
    kind: str,
    district: str,
    address: str,
    phone: str,
) -> tuple[accounts.UserInfo, int]:
    """A centre and its manager's account at once (demo data, tests); the form goes through start_registration."""
    centre_errors: dict[str, str] = {}
    centre: dict[str, str] = {}
    try:
        centre = _centre_fields(
            name_ko=name_ko, name_en=name_en, kind=kind, district=district, address=address, phone=phone
        )
    except ValidationFailed as exc:
        centre_errors = exc.fields
    async with transaction():
        try:
            user = await accounts.create_user(
                email=email, password=password, role="centre", display_name=display_name, locale=locale
            )
        except (ValidationFailed, Conflict) as exc:
            raise ValidationFailed(CHECK_FIELDS, fields={**exc.fields, **centre_errors}) from exc
        if centre_errors:
            raise ValidationFailed(CHECK_FIELDS, fields=centre_errors)
        centre_id = await _add_centre(user.id, centre)
    return user, centre_id


async def _add_centre(manager_user_id: int, centre: dict[str, str]) -> int:
    """The centre and its manager's membership, in the caller's transaction; the centre waits for staff approval."""
    [row] = await Centre.insert(new_row(Centre, **centre)).returning(Centre.id)
    await CentreMember.insert(new_row(CentreMember, centre_id=row["id"], user_id=manager_user_id, role="manager"))
    centre_id: int = row["id"]
    return centre_id


async def start_registration(
    *,
    email: str,
    password: str,
    display_name: str,
    locale: str,
    base_url: str,
    name_ko: str,
    name_en: str,
    kind: str,
    district: str,
    address: str,
    phone: str,
    consent: str,
) -> None:
    """Check the registration form and email its address the link that finishes it (accounts/signups.py): the
    form's answer never tells whether the address has an account."""
    problems: dict[str, str] = {}
    centre: dict[str, str] = {}
    try:
        centre = _centre_fields(
            name_ko=name_ko, name_en=name_en, kind=kind, district=district, address=address, phone=phone
        )
    except ValidationFailed as exc:
        problems = exc.fields
    await signups.start(
        "centre",
        email=email,
        password=password,
        display_name=display_name,
        locale=locale,
        base_url=base_url,
        details=centre,
        consent=consent,
        problems=problems,
    )


async def finish_registration(token: str) -> accounts.UserInfo:
    """The link in the registration email: the manager's account and the centre, waiting for staff approval."""
    async with transaction():
        user, details = await signups.open_account("centre", token)
        await _add_centre(user.id, details)
    return user


async def actor_for(user_id: int) -> CentreActor | None:
    row = (
        await CentreMember.select(
            CentreMember.centre_id, CentreMember.role, CentreMember.centre_id._.status.as_alias("status")
        )
        .where(CentreMember.user_id == user_id)
        .first()
    )
    if row is None:
        return None
    return CentreActor(
        user_id=user_id, centre_id=row["centre_id"], role=row["role"], approved=row["status"] == "approved"
    )


async def own_centre(actor: CentreActor) -> CentreView:
    row = await Centre.select(*VIEW_COLUMNS).where(Centre.id == actor.centre_id).first()
    if row is None:
        raise NotFound()
    return _centre(row)


async def webhook(actor: CentreActor) -> WebhookSettings:
    """The centre's webhook as its managers see it (the secret included, as a company's owner sees theirs)."""
    if not actor.is_manager:
        raise Forbidden(MANAGERS_ONLY)
    row = await Centre.select(Centre.webhook_url, Centre.webhook_secret).where(Centre.id == actor.centre_id).first()
    if row is None:
        raise NotFound()
    return WebhookSettings(url=row["webhook_url"], secret=row["webhook_secret"])


async def set_webhook(actor: CentreActor, *, url: str) -> WebhookSettings:
    """Where to POST the signed events of the centre's drives (drives/hooks.py): checked as a company's address is,
    and again by delivery on every connection."""
    if not actor.is_manager:
        raise Forbidden(MANAGERS_ONLY)
    url = await webhooks.checked_url(url)
    [row] = (
        await Centre.update(
            {Centre.webhook_url: url, Centre.webhook_secret: webhooks.secret_for(url, Centre.webhook_secret)}
        )
        .where(Centre.id == actor.centre_id)
        .returning(Centre.webhook_url, Centre.webhook_secret)
    )
    return WebhookSettings(url=row["webhook_url"], secret=row["webhook_secret"])


async def update_centre(
    actor: CentreActor, *, name_ko: str, name_en: str, kind: str, district: str, address: str, phone: str
) -> CentreView:
    """The centre's own details; a manager may correct them while waiting for staff and after."""
    if not actor.is_manager:
        raise Forbidden(MANAGERS_ONLY)
    values = _centre_fields(
        name_ko=name_ko, name_en=name_en, kind=kind, district=district, address=address, phone=phone
    )
    updated = (
        await Centre.update(
            {
                Centre.name_ko: values["name_ko"],
                Centre.name_en: values["name_en"],
                Centre.kind: values["kind"],
                Centre.district: values["district"],
                Centre.address: values["address"],
                Centre.phone: values["phone"],
            }
        )
        .where(Centre.id == actor.centre_id)
        .returning(*VIEW_COLUMNS)
    )
    if not updated:
        raise NotFound()
    return _centre(updated[0])


async def members(actor: CentreActor) -> list[CentreMemberView]:
    rows = (
        await CentreMember.select(
            CentreMember.id,
            CentreMember.user_id,
            CentreMember.user_id._.email.as_alias("email"),
            CentreMember.user_id._.display_name.as_alias("display_name"),
            CentreMember.role,
        )
        .where(CentreMember.centre_id == actor.centre_id)
        .order_by(CentreMember.id)
    )
    return [CentreMemberView(**row) for row in rows]


async def dashboard(actor: CentreActor) -> Dashboard:
    """What every member sees first: the centre, where staff's decision stands, and who works there."""
    return Dashboard(centre=await own_centre(actor), members=await members(actor))


def _check_role(role: str) -> str:
    if role not in CENTRE_ROLES:
        raise ValidationFailed("Choose a valid role.", fields={"role": lazy("Choose a valid role.")})
    return role


async def set_member_role(actor: CentreActor, *, member_id: int, role: str) -> None:
    """A manager gives a member another role; a centre always keeps at least one manager."""
    async with transaction():
        # every member row of the centre, locked: two managers demoting each other at once cannot leave none
        rows = (
            await CentreMember.select(CentreMember.id, CentreMember.role)
            .where(CentreMember.centre_id == actor.centre_id)
            .lock_rows()
        )
        if not any(row["id"] == member_id for row in rows):
            raise NotFound()  # another centre's member, whatever the actor's role: it does not exist for them
        if not actor.is_manager:
            raise Forbidden(MANAGERS_ONLY)
        _check_role(role)
        if role != "manager" and not any(r["role"] == "manager" and r["id"] != member_id for r in rows):
            raise ValidationFailed("A centre needs at least one manager.")
        await CentreMember.update({CentreMember.role: role}).where(CentreMember.id == member_id)


async def pending_centres() -> list[CentreView]:
    """Staff's queue of centres, oldest first."""
    return [_centre(row) for row in await tenancy.pending(Centre, VIEW_COLUMNS)]


async def decide(*, staff_user_id: int, centre_id: int, approve: bool, reason: str = "") -> CentreView:
    """Staff's decision on a waiting centre; a refused centre's first manager is told the reason."""
    async with transaction():
        row = await tenancy.decide(
            Centre,
            tenant_id=centre_id,
            staff_user_id=staff_user_id,
            approve=approve,
            reason=reason,
            columns=VIEW_COLUMNS,
        )
        if not approve:
            await tenancy.tell_rejected(CentreMember, kind="centre", role="manager", tenant=row, centre_id=centre_id)
    return _centre(row)
