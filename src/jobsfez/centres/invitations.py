"""Bringing people into a centre: a manager's invitations by email, and the invited person joining by the link.

Only a centre staff have approved invites anyone: until then nobody from outside comes in through it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from jobsfez.accounts import service as accounts
from jobsfez.centres.service import CHECK_FIELDS, MANAGERS_ONLY, CentreActor, CentreMemberView, members, own_centre
from jobsfez.centres.tables import CentreInvitation, CentreMember
from jobsfez.choices import CENTRE_ROLES
from jobsfez.db import NOW, new_row, transaction
from jobsfez.errors import Forbidden, NotFound, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.notifications import service as notifications
from jobsfez.tenancy import service as tenancy


@dataclass(frozen=True, slots=True)
class SentInvitation:
    """An invitation a manager sent that nobody has used yet."""

    id: int
    email: str
    role: str
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class Team:
    members: list[CentreMemberView]
    invitations: list[SentInvitation]


@dataclass(frozen=True, slots=True)
class CentreInvitationView:
    """What the invited person sees before joining."""

    email: str
    role: str
    centre_name_ko: str
    centre_name_en: str


async def sent_invitations(actor: CentreActor) -> list[SentInvitation]:
    """The invitations of the centre that nobody has used yet, for its managers."""
    if not actor.is_manager:
        raise Forbidden(MANAGERS_ONLY)
    rows = (
        await CentreInvitation.select(
            CentreInvitation.id, CentreInvitation.email, CentreInvitation.role, CentreInvitation.expires_at
        )
        .where((CentreInvitation.centre_id == actor.centre_id) & tenancy.still_open(CentreInvitation))
        .order_by(CentreInvitation.id)
    )
    return [SentInvitation(**row) for row in rows]


async def team(actor: CentreActor) -> Team:
    """The manager's page: the members, and the invitations nobody has used yet."""
    invitations = await sent_invitations(actor)
    return Team(members=await members(actor), invitations=invitations)


async def invite(actor: CentreActor, *, email: str, role: str, base_url: str, language: str) -> str:
    """An invitation and its email in one transaction; only once staff have approved the centre, and a few a day."""
    if not actor.is_manager:
        raise Forbidden("Only the centre's managers can invite colleagues.")
    await tenancy.check_may_invite(
        CentreInvitation,
        approved=actor.approved,
        not_yet=lazy("Your centre can invite colleagues once our staff have approved it."),
        centre_id=actor.centre_id,
    )
    errors: dict[str, str] = {}
    try:
        email = accounts.check_email(email)
    except ValidationFailed as exc:
        errors.update(exc.fields)
    if role not in CENTRE_ROLES:
        errors["role"] = lazy("Choose a valid role.")
    if errors:
        raise ValidationFailed(CHECK_FIELDS, fields=errors)
    centre = await own_centre(actor)
    # an address with an account cannot join (an account belongs to one place): its owner hears so by email, and
    # the manager gets the same answer, and sees the same open invitation, as for any address
    has_account = await accounts.email_in_use(email)
    async with transaction():
        invitation_id, token = await tenancy.add_invitation(
            CentreInvitation, email=email, role=role, invited_by=actor.user_id, centre_id=actor.centre_id
        )
        await notifications.add(
            cause=f"centre_invitation:{invitation_id}",
            kind="invitation_to_account" if has_account else "centre_invitation",
            channel="email",
            recipient=email,
            language=language,
            payload={
                "centre_ko": centre.name_ko,
                "centre_en": centre.name_en,
                "role": role,
                "url": "" if has_account else f"{base_url}/centres/invitations/{token}",
                "days": tenancy.INVITATION_DAYS,
            },
        )
    return token


async def withdraw_invitation(actor: CentreActor, *, invitation_id: int) -> None:
    """A manager takes back an invitation nobody has used: its link stops working at once."""
    this_one = (
        (CentreInvitation.id == invitation_id)
        & (CentreInvitation.centre_id == actor.centre_id)
        & tenancy.still_open(CentreInvitation)
    )
    if not actor.is_manager:
        # another centre's invitation does not exist for them, whatever their role
        raise Forbidden(MANAGERS_ONLY) if await CentreInvitation.exists().where(this_one) else NotFound()
    withdrawn = (
        await CentreInvitation.update({CentreInvitation.expires_at: NOW}).where(this_one).returning(CentreInvitation.id)
    )
    if not withdrawn:
        raise NotFound()


async def open_invitation(token: str) -> CentreInvitationView:
    row = (
        await CentreInvitation.select(
            CentreInvitation.email,
            CentreInvitation.role,
            CentreInvitation.centre_id._.name_ko.as_alias("centre_name_ko"),
            CentreInvitation.centre_id._.name_en.as_alias("centre_name_en"),
        )
        .where(tenancy.is_open(CentreInvitation, token))
        .first()
    )
    if row is None:
        raise NotFound(tenancy.INVITATION_GONE)
    return CentreInvitationView(**row)


async def accept_invitation(*, token: str, password: str, display_name: str, locale: str) -> accounts.UserInfo:
    """The invited person creates an account with the invited email and joins the centre in its role."""
    async with transaction():
        invitation, user = await tenancy.claim_invitation(
            CentreInvitation,
            token=token,
            account_role="centre",
            password=password,
            display_name=display_name,
            locale=locale,
        )
        await CentreMember.insert(
            new_row(CentreMember, centre_id=invitation["centre_id"], user_id=user.id, role=invitation["role"])
        )
    return user
