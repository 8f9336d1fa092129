"""Employers are tenants: registration, approval by staff, members and invitations.

Every employer-side function takes an ``Actor`` (the acting member, read from the session), and
scopes its queries with the actor's employer id, never an id from the URL alone.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from jobsfez.accounts import service as accounts
from jobsfez.choices import DISTRICTS, SECTORS
from jobsfez.db import engine_of, fetch, fetchrow
from jobsfez.errors import Conflict, Forbidden, NotFound, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.notifications import service as notifications

MEMBER_ROLES = ("owner", "recruiter")
INVITATION_DAYS = 7
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
    status: str
    created_at: datetime

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
    *, name_ko: str, name_en: str, sector: str, brn: str, address: str, district: str
) -> dict[str, str]:
    errors: dict[str, str] = {}
    values = {
        "name_ko": " ".join(name_ko.split()),
        "name_en": " ".join(name_en.split()),
        "address": " ".join(address.split()),
        "sector": sector,
        "district": district,
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
    try:
        values["brn"] = check_brn(brn)
    except ValidationFailed as exc:
        errors.update(exc.fields)
    if errors:
        raise ValidationFailed("Please correct the marked fields.", fields=errors)
    return values


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
) -> tuple[accounts.UserInfo, int]:
    """A company and its owner's account in one transaction; the company waits for staff approval."""
    company_errors: dict[str, str] = {}
    try:
        company = _company_fields(
            name_ko=name_ko, name_en=name_en, sector=sector, brn=brn, address=address, district=district
        )
    except ValidationFailed as exc:
        company_errors = exc.fields
        company = {}
    async with engine_of().transaction():
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
        row = await fetchrow(
            """INSERT INTO employers (name_ko, name_en, sector, brn, address, district)
               VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (brn) DO NOTHING RETURNING id""",
            company["name_ko"],
            company["name_en"],
            company["sector"],
            company["brn"],
            company["address"],
            company["district"],
        )
        if row is None:
            raise ValidationFailed(
                "Please correct the marked fields.",
                fields={"brn": lazy("A company with this registration number is already registered.")},
            )
        employer_id = int(row["id"])
        await fetch(
            "INSERT INTO employer_members (employer_id, user_id, role) VALUES ($1, $2, 'owner')", employer_id, user.id
        )
    return user, employer_id


async def actor_for(user_id: int) -> Actor | None:
    row = await fetchrow(
        """SELECT m.employer_id, m.role, e.status FROM employer_members m
           JOIN employers e ON e.id = m.employer_id WHERE m.user_id = $1""",
        user_id,
    )
    if row is None:
        return None
    return Actor(
        user_id=user_id,
        employer_id=int(row["employer_id"]),
        role=str(row["role"]),
        approved=row["status"] == "approved",
    )


def _employer(row: dict[str, object]) -> EmployerView:
    return EmployerView(**{k: row[k] for k in EmployerView.__dataclass_fields__})  # type: ignore[arg-type]


async def own_company(actor: Actor) -> EmployerView:
    row = await fetchrow("SELECT * FROM employers WHERE id = $1", actor.employer_id)
    if row is None:
        raise NotFound()
    return _employer(row)


async def public_company(employer_id: int) -> EmployerView:
    """A company page anyone may see: only approved companies exist to the public."""
    row = await fetchrow("SELECT * FROM employers WHERE id = $1 AND status = 'approved'", employer_id)
    if row is None:
        raise NotFound()
    return _employer(row)


async def update_company(
    actor: Actor, *, name_ko: str, name_en: str, address: str, district: str, sector: str
) -> EmployerView:
    if not actor.is_owner:
        raise Forbidden("Only the company's owner can change this.")
    current = await own_company(actor)
    values = _company_fields(
        name_ko=name_ko, name_en=name_en, sector=sector, brn=current.brn, address=address, district=district
    )
    row = await fetchrow(
        """UPDATE employers SET name_ko = $2, name_en = $3, address = $4, district = $5, sector = $6
           WHERE id = $1 RETURNING *""",
        actor.employer_id,
        values["name_ko"],
        values["name_en"],
        values["address"],
        values["district"],
        values["sector"],
    )
    assert row is not None
    return _employer(row)


async def members(actor: Actor) -> list[MemberView]:
    rows = await fetch(
        """SELECT m.id, m.user_id, u.email, u.display_name, m.role FROM employer_members m
           JOIN users u ON u.id = m.user_id WHERE m.employer_id = $1 ORDER BY m.id""",
        actor.employer_id,
    )
    return [MemberView(**row) for row in rows]


async def set_member_role(actor: Actor, *, member_id: int, role: str) -> None:
    if not actor.is_owner:
        raise Forbidden("Only the company's owner can change this.")
    if role not in MEMBER_ROLES:
        raise ValidationFailed("Choose a valid role.", fields={"role": lazy("Choose a valid role.")})
    async with engine_of().transaction():
        target = await fetchrow(
            "SELECT id, user_id FROM employer_members WHERE id = $1 AND employer_id = $2 FOR UPDATE",
            member_id,
            actor.employer_id,
        )
        if target is None:
            raise NotFound()
        if role != "owner":
            owners = await fetchrow(
                "SELECT count(*) AS n FROM employer_members WHERE employer_id = $1 AND role = 'owner' AND id <> $2",
                actor.employer_id,
                member_id,
            )
            if owners is None or owners["n"] == 0:
                raise ValidationFailed("A company needs at least one owner.")
        await fetch("UPDATE employer_members SET role = $2 WHERE id = $1", member_id, role)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def invite(actor: Actor, *, email: str, role: str, base_url: str, language: str) -> str:
    """Create an invitation and its email in one transaction; only the token's hash is stored."""
    if not actor.is_owner:
        raise Forbidden("Only the company's owner can invite colleagues.")
    email = accounts.check_email(email)
    if role not in MEMBER_ROLES:
        raise ValidationFailed("Choose a valid role.", fields={"role": lazy("Choose a valid role.")})
    if await fetchrow(
        "SELECT 1 FROM users u JOIN employer_members m ON m.user_id = u.id WHERE lower(u.email) = $1", email
    ):
        raise ValidationFailed(
            "Please correct the marked fields.",
            fields={"email": lazy("This person already belongs to a company on jobsfez.")},
        )
    token = secrets.token_urlsafe(32)
    company = await own_company(actor)
    async with engine_of().transaction():
        row = await fetchrow(
            """INSERT INTO employer_invitations (employer_id, email, role, token_hash, invited_by, expires_at)
               VALUES ($1, $2, $3, $4, $5, $6) RETURNING id""",
            actor.employer_id,
            email,
            role,
            _token_hash(token),
            actor.user_id,
            datetime.now(UTC) + timedelta(days=INVITATION_DAYS),
        )
        assert row is not None
        await notifications.add(
            cause=f"invitation:{row['id']}",
            kind="employer_invitation",
            channel="email",
            recipient=email,
            language=language,
            employer_id=actor.employer_id,
            payload={
                "company_ko": company.name_ko,
                "company_en": company.name_en,
                "role": role,
                "url": f"{base_url}/invitations/{token}",
                "days": INVITATION_DAYS,
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
    row = await fetchrow(
        """SELECT i.id, i.email, i.role, e.name_ko AS company_name_ko, e.name_en AS company_name_en
           FROM employer_invitations i JOIN employers e ON e.id = i.employer_id
           WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.expires_at > now()""",
        _token_hash(token),
    )
    if row is None:
        raise NotFound("This invitation has expired or was already used.")
    return InvitationView(**row)


async def accept_invitation(*, token: str, password: str, display_name: str, locale: str) -> accounts.UserInfo:
    """The invited colleague creates an account with the invited email and joins the company."""
    async with engine_of().transaction():
        row = await fetchrow(
            """SELECT id, employer_id, email, role FROM employer_invitations
               WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > now() FOR UPDATE""",
            _token_hash(token),
        )
        if row is None:
            raise NotFound("This invitation has expired or was already used.")
        user = await accounts.create_user(
            email=str(row["email"]), password=password, role="employer", display_name=display_name, locale=locale
        )
        await fetch(
            "INSERT INTO employer_members (employer_id, user_id, role) VALUES ($1, $2, $3)",
            row["employer_id"],
            user.id,
            row["role"],
        )
        await fetch("UPDATE employer_invitations SET accepted_at = now() WHERE id = $1", row["id"])
    return user


async def pending_companies() -> list[EmployerView]:
    """Staff's moderation queue, oldest first."""
    rows = await fetch("SELECT * FROM employers WHERE status = 'pending' ORDER BY created_at, id")
    return [_employer(row) for row in rows]


async def decide(*, staff_user_id: int, employer_id: int, approve: bool) -> EmployerView:
    row = await fetchrow(
        """UPDATE employers SET status = $3::varchar, approved_at = CASE WHEN $3::varchar = 'approved' THEN now() END,
                  approved_by = $2
           WHERE id = $1 AND status = 'pending' RETURNING *""",
        employer_id,
        staff_user_id,
        "approved" if approve else "rejected",
    )
    if row is None:
        raise NotFound()
    return _employer(row)


@dataclass(frozen=True, slots=True)
class WebhookSettings:
    url: str
    secret: str


async def webhook(actor: Actor) -> WebhookSettings:
    row = await fetchrow("SELECT webhook_url, webhook_secret FROM employers WHERE id = $1", actor.employer_id)
    if row is None:
        raise NotFound()
    return WebhookSettings(url=str(row["webhook_url"]), secret=str(row["webhook_secret"]))


async def set_webhook(actor: Actor, *, url: str) -> WebhookSettings:
    """Where to POST signed copies of the company's messages (how SMS or messenger gateways are connected)."""
    if not actor.is_owner:
        raise Forbidden("Only the company's owner can change this.")
    url = url.strip()
    if url and (not url.startswith("https://") or len(url) > 500 or any(ch.isspace() for ch in url)):
        raise ValidationFailed(
            "Please correct the marked fields.", fields={"webhook_url": lazy("Enter an https:// address.")}
        )
    row = await fetchrow(
        """UPDATE employers SET webhook_url = $2,
               webhook_secret = CASE WHEN $2 = '' THEN '' WHEN webhook_secret = '' THEN $3 ELSE webhook_secret END
           WHERE id = $1 RETURNING webhook_url, webhook_secret""",
        actor.employer_id,
        url,
        secrets.token_hex(32),
    )
    assert row is not None
    return WebhookSettings(url=str(row["webhook_url"]), secret=str(row["webhook_secret"]))
