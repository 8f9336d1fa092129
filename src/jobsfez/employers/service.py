"""Employers are tenants: registration, approval by staff, members and invitations.

Every employer-side function takes an ``Actor`` (the acting member, read from the session), and
scopes its queries with the actor's employer id, never an id from the URL alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from jobsfez.accounts import consents, signups
from jobsfez.accounts import service as accounts
from jobsfez.choices import COMPANY_SIZES, DISTRICTS, SECTORS
from jobsfez.db import new_row, transaction
from jobsfez.employers.tables import Employer, EmployerInvitation, EmployerMember
from jobsfez.errors import Conflict, Forbidden, NotFound, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.notifications import service as notifications
from jobsfez.notifications import webhooks
from jobsfez.notifications.webhooks import WebhookSettings
from jobsfez.tenancy import service as tenancy

MEMBER_ROLES = ("owner", "recruiter")
BRN_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)


@dataclass(frozen=True, slots=True)
class Actor:
    """The member acting for a company; services trust only this, never a company id from a URL."""

    user_id: int
    employer_id: int
    role: str
    approved: bool

    @property
    def is_owner(self) -> bool:
        return self.role == "owner"


@dataclass(frozen=True, slots=True)
class EmployerView:
    id: int
    name_ko: str
    name_en: str
    sector: str
    brn: str
    address: str
    district: str
    size: str  # choices.COMPANY_SIZES
    status: str
    created_at: datetime
    decision_reason: str  # why staff refused it, if they did

    @property
    def verified(self) -> bool:
        return self.status == "approved"

    @property
    def brn_display(self) -> str:
        return f"{self.brn[:3]}-{self.brn[3:5]}-{self.brn[5:]}"


@dataclass(frozen=True, slots=True)
class MemberView:
    id: int
    user_id: int
    email: str
    display_name: str
    role: str


def check_brn(raw: str) -> str:
    """Korean business registration number: 10 digits whose last is the check digit."""
    digits = "".join(ch for ch in raw if ch.isdigit())
    if len(digits) != 10 or any(ch not in "0123456789-  " for ch in raw.strip()):
        raise ValidationFailed(
            "Check the business registration number.",
            fields={"brn": lazy("Enter the 10-digit business registration number (000-00-00000).")},
        )
    numbers = [int(ch) for ch in digits]
    total = sum(n * w for n, w in zip(numbers[:9], BRN_WEIGHTS, strict=True)) + (numbers[8] * 5) // 10
    if (10 - total % 10) % 10 != numbers[9]:
        raise ValidationFailed(
            "Check the business registration number.",
            fields={"brn": lazy("This business registration number is not valid (check digit).")},
        )
    return digits


def _company_fields(
    *, name_ko: str, name_en: str, sector: str, brn: str, address: str, district: str, size: str = ""
) -> dict[str, str]:
    errors: dict[str, str] = {}
    values = {
        "name_ko": " ".join(name_ko.split()),
        "name_en": " ".join(name_en.split()),
        "address": " ".join(address.split()),
        "sector": sector,
        "district": district,
        "size": size,
    }
    for key in ("name_ko", "name_en"):
        if not values[key]:
            errors[key] = lazy("Enter the company name.")
        elif len(values[key]) > 120:
            errors[key] = lazy("Use at most 120 characters.")
    if not values["address"] or len(values["address"]) > 300:
        errors["address"] = lazy("Enter the address (up to 300 characters).")
    if sector not in SECTORS:
        errors["sector"] = lazy("Choose a sector.")
    if district not in DISTRICTS:
        errors["district"] = lazy("Choose a district.")
    if size not in COMPANY_SIZES:
        errors["size"] = lazy("Choose the company's size from the list.")
    try:
        values["brn"] = check_brn(brn)
    except ValidationFailed as exc:
        errors.update(exc.fields)
    if errors:
        raise ValidationFailed("Please correct the marked fields.", fields=errors)
    return values


BRN_TAKEN = lazy("A company with this registration number is already registered.")


async def register(
    *,
    email: str,
    password: str,
    display_name: str,
    locale: str,
    name_ko: str,
    name_en: str,
    sector: str,
    brn: str,
    address: str,
    district: str,
    consent: str | None = None,
) -> tuple[accounts.UserInfo, int]:
    """A company and its owner's account at once (a drive's email invitation, demo data, tests); the form goes
    through start_registration. ``consent`` is the privacy notice a form agreed to (empty: its box not ticked);
    None where there is no form."""
    company_errors: dict[str, str] = {}
    try:
        company = _company_fields(
            name_ko=name_ko, name_en=name_en, sector=sector, brn=brn, address=address, district=district
        )
    except ValidationFailed as exc:
        company_errors = exc.fields
        company = {}
    if consent == "":
        company_errors["consent"] = consents.REQUIRED
    async with transaction():
        try:
            user = await accounts.create_user(
                email=email, password=password, role="employer", display_name=display_name, locale=locale
            )
        except (ValidationFailed, Conflict) as exc:
            raise ValidationFailed(
                "Please correct the marked fields.", fields={**exc.fields, **company_errors}
            ) from exc
        if company_errors:
            raise ValidationFailed("Please correct the marked fields.", fields=company_errors)
        employer_id = await _add_company(user.id, company)
        if consent:
            await consents.record(user.id, language=locale, text=consent)
    return user, employer_id


async def _add_company(owner_user_id: int, company: dict[str, str]) -> int:
    """The company and its owner's membership, in the caller's transaction; the company waits for staff approval."""
    created = (
        await Employer.insert(new_row(Employer, **company))
        .on_conflict(target=Employer.brn, action="DO NOTHING")
        .returning(Employer.id)
    )
    if not created:
        raise ValidationFailed("Please correct the marked fields.", fields={"brn": BRN_TAKEN})
    employer_id: int = created[0]["id"]
    await EmployerMember.insert(new_row(EmployerMember, employer_id=employer_id, user_id=owner_user_id, role="owner"))
    return employer_id


async def start_registration(
    *,
    email: str,
    password: str,
    display_name: str,
    locale: str,
    base_url: str,
    name_ko: str,
    name_en: str,
    sector: str,
    brn: str,
    address: str,
    district: str,
    consent: str,
) -> None:
    """Check the registration form and email its address the link that finishes it (accounts/signups.py): the
    form's answer never tells whether the address has an account."""
    problems: dict[str, str] = {}
    company: dict[str, str] = {}
    try:
        company = _company_fields(
            name_ko=name_ko, name_en=name_en, sector=sector, brn=brn, address=address, district=district
        )
    except ValidationFailed as exc:
        problems = exc.fields
    if company and await Employer.exists().where(Employer.brn == company["brn"]):
        problems["brn"] = BRN_TAKEN  # a registration number is public record, unlike who has an account
    await signups.start(
        "employer",
        email=email,
        password=password,
        display_name=display_name,
        locale=locale,
        base_url=base_url,
        details=company,
        consent=consent,
        problems=problems,
    )


async def finish_registration(token: str) -> accounts.UserInfo:
    """The link in the registration email: the owner's account and the company, waiting for staff approval."""
    async with transaction():
        user, details = await signups.open_account("employer", token)
        await _add_company(user.id, details)
    return user


async def actor_for(user_id: int) -> Actor | None:
    row = (
        await EmployerMember.select(
            EmployerMember.employer_id, EmployerMember.role, EmployerMember.employer_id._.status.as_alias("status")
        )
        .where(EmployerMember.user_id == user_id)
        .first()
    )
    if row is None:
        return None
    return Actor(
        user_id=user_id, employer_id=row["employer_id"], role=row["role"], approved=row["status"] == "approved"
    )


VIEW_COLUMNS = tuple(Employer._meta.get_column_by_name(name) for name in EmployerView.__dataclass_fields__)


def _employer(row: dict[str, Any]) -> EmployerView:
    return EmployerView(**row)


async def own_company(actor: Actor) -> EmployerView:
    row = await Employer.select(*VIEW_COLUMNS).where(Employer.id == actor.employer_id).first()
    if row is None:
        raise NotFound()
    return _employer(row)


async def public_company(employer_id: int) -> EmployerView:
    """A company page anyone may see: only approved companies exist to the public."""
    row = (
        await Employer.select(*VIEW_COLUMNS)
        .where((Employer.id == employer_id) & (Employer.status == "approved"))
        .first()
    )
    if row is None:
        raise NotFound()
    return _employer(row)


async def update_company(
    actor: Actor,
    *,
    address: str,
    district: str,
    sector: str,
    size: str | None = None,
    name_ko: str | None = None,
    name_en: str | None = None,
) -> EmployerView:
    """The owner's change of the company's details; what is None stays as it is. The dashboard's form never sends
    the names: they and the registration number are what staff checked when they approved the company."""
    if not actor.is_owner:
        raise Forbidden("Only the company's owner can change this.")
    current = await own_company(actor)
    values = _company_fields(
        name_ko=current.name_ko if name_ko is None else name_ko,
        name_en=current.name_en if name_en is None else name_en,
        sector=sector,
        brn=current.brn,
        address=address,
        district=district,
        size=current.size if size is None else size,
    )
    [row] = (
        await Employer.update(
            {
                Employer.name_ko: values["name_ko"],
                Employer.name_en: values["name_en"],
                Employer.address: values["address"],
                Employer.district: values["district"],
                Employer.sector: values["sector"],
                Employer.size: values["size"],
            }
        )
        .where(Employer.id == actor.employer_id)
        .returning(*VIEW_COLUMNS)
    )
    return _employer(row)


async def members(actor: Actor) -> list[MemberView]:
    rows = (
        await EmployerMember.select(
            EmployerMember.id,
            EmployerMember.user_id,
            EmployerMember.user_id._.email.as_alias("email"),
            EmployerMember.user_id._.display_name.as_alias("display_name"),
            EmployerMember.role,
        )
        .where(EmployerMember.employer_id == actor.employer_id)
        .order_by(EmployerMember.id)
    )
    return [MemberView(**row) for row in rows]


async def set_member_role(actor: Actor, *, member_id: int, role: str) -> None:
    if not actor.is_owner:
        raise Forbidden("Only the company's owner can change this.")
    if role not in MEMBER_ROLES:
        raise ValidationFailed("Choose a valid role.", fields={"role": lazy("Choose a valid role.")})
    async with transaction():
        target = (
            await EmployerMember.select(EmployerMember.id)
            .where((EmployerMember.id == member_id) & (EmployerMember.employer_id == actor.employer_id))
            .lock_rows()
        )
        if not target:
            raise NotFound()
        if role != "owner":
            other_owners = await EmployerMember.count().where(
                (EmployerMember.employer_id == actor.employer_id)
                & (EmployerMember.role == "owner")
                & (EmployerMember.id != member_id)
            )
            if other_owners == 0:
                raise ValidationFailed("A company needs at least one owner.")
        await EmployerMember.update({EmployerMember.role: role}).where(EmployerMember.id == member_id)


async def invite(actor: Actor, *, email: str, role: str, base_url: str, language: str) -> str:
    """Create an invitation and its email in one transaction; only the token's hash is stored. Only a company staff
    have approved invites, a few a day: the email carries the name the company chose for itself."""
    if not actor.is_owner:
        raise Forbidden("Only the company's owner can invite colleagues.")
    await tenancy.check_may_invite(
        EmployerInvitation,
        approved=actor.approved,
        not_yet=lazy("Your company can invite colleagues once our staff have approved it."),
        employer_id=actor.employer_id,
    )
    email = accounts.check_email(email)
    if role not in MEMBER_ROLES:
        raise ValidationFailed("Choose a valid role.", fields={"role": lazy("Choose a valid role.")})
    company = await own_company(actor)
    # an address with an account cannot join (an account belongs to one place): its owner hears so by email, and
    # the company gets the same answer as for any address
    has_account = await accounts.email_in_use(email)
    async with transaction():
        invitation_id, token = await tenancy.add_invitation(
            EmployerInvitation, email=email, role=role, invited_by=actor.user_id, employer_id=actor.employer_id
        )
        await notifications.add(
            cause=f"invitation:{invitation_id}",
            kind="invitation_to_account" if has_account else "employer_invitation",
            channel="email",
            recipient=email,
            language=language,
            employer_id=actor.employer_id,
            payload={
                "company_ko": company.name_ko,
                "company_en": company.name_en,
                "role": role,
                "url": "" if has_account else f"{base_url}/invitations/{token}",
                "days": tenancy.INVITATION_DAYS,
            },
        )
    return token


@dataclass(frozen=True, slots=True)
class InvitationView:
    id: int
    email: str
    role: str
    company_name_ko: str
    company_name_en: str


async def open_invitation(token: str) -> InvitationView:
    row = (
        await EmployerInvitation.select(
            EmployerInvitation.id,
            EmployerInvitation.email,
            EmployerInvitation.role,
            EmployerInvitation.employer_id._.name_ko.as_alias("company_name_ko"),
            EmployerInvitation.employer_id._.name_en.as_alias("company_name_en"),
        )
        .where(tenancy.is_open(EmployerInvitation, token))
        .first()
    )
    if row is None:
        raise NotFound(tenancy.INVITATION_GONE)
    return InvitationView(**row)


async def accept_invitation(*, token: str, password: str, display_name: str, locale: str) -> accounts.UserInfo:
    """The invited colleague creates an account with the invited email and joins the company."""
    async with transaction():
        invitation, user = await tenancy.claim_invitation(
            EmployerInvitation,
            token=token,
            account_role="employer",
            password=password,
            display_name=display_name,
            locale=locale,
        )
        await EmployerMember.insert(
            new_row(EmployerMember, employer_id=invitation["employer_id"], user_id=user.id, role=invitation["role"])
        )
    return user


async def pending_companies() -> list[EmployerView]:
    """Staff's moderation queue, oldest first."""
    return [_employer(row) for row in await tenancy.pending(Employer, VIEW_COLUMNS)]


async def decide(*, staff_user_id: int, employer_id: int, approve: bool, reason: str = "") -> EmployerView:
    """Staff's decision on a waiting company; a refused company's owner is told the reason."""
    async with transaction():
        row = await tenancy.decide(
            Employer,
            tenant_id=employer_id,
            staff_user_id=staff_user_id,
            approve=approve,
            reason=reason,
            columns=VIEW_COLUMNS,
        )
        if not approve:
            await tenancy.tell_rejected(
                EmployerMember, kind="company", role="owner", tenant=row, employer_id=employer_id
            )
    return _employer(row)


async def webhook(actor: Actor) -> WebhookSettings:
    row = (
        await Employer.select(Employer.webhook_url, Employer.webhook_secret)
        .where(Employer.id == actor.employer_id)
        .first()
    )
    if row is None:
        raise NotFound()
    return WebhookSettings(url=row["webhook_url"], secret=row["webhook_secret"])


async def set_webhook(actor: Actor, *, url: str) -> WebhookSettings:
    """Where to POST signed copies of the company's messages (how SMS or messenger gateways are connected): an
    https address on the public internet, which delivery checks again on every connection."""
    if not actor.is_owner:
        raise Forbidden("Only the company's owner can change this.")
    url = await webhooks.checked_url(url)
    [row] = (
        await Employer.update(
            {Employer.webhook_url: url, Employer.webhook_secret: webhooks.secret_for(url, Employer.webhook_secret)}
        )
        .where(Employer.id == actor.employer_id)
        .returning(Employer.webhook_url, Employer.webhook_secret)
    )
    return WebhookSettings(url=row["webhook_url"], secret=row["webhook_secret"])
