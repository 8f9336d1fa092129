from piccolo.columns import BigSerial, ForeignKey, OnDelete, Text, Timestamptz, Varchar
from piccolo.table import Table

from jobsfez.accounts.tables import User
from jobsfez.tenancy.tables import InvitationColumns, TenantColumns


class Centre(TenantColumns, Table, tablename="centres"):
    """A career centre: id, status, approved_at, approved_by and created_at are the columns every tenant has."""

    name_ko = Varchar(length=120)
    name_en = Varchar(length=120)
    kind = Varchar(length=32)  # choices.CENTRE_KINDS
    district = Varchar(length=32)  # choices.DISTRICTS
    address = Text()
    phone = Varchar(length=20)  # as shown, with hyphens: 051-510-1234
    webhook_url = Text(default="")  # where the drives' events are POSTed (centres/hooks.py), signed with the secret
    webhook_secret = Varchar(length=64, default="")


class CentreMember(Table, tablename="centre_members"):
    id = BigSerial(primary_key=True)
    centre_id = ForeignKey(Centre, null=False)
    user_id = ForeignKey(User, null=False, unique=True)  # an account belongs to one organisation
    role = Varchar(length=16)  # choices.CENTRE_ROLES
    created_at = Timestamptz()


class CentreInvitation(InvitationColumns, Table, tablename="centre_invitations"):
    """An invitation to join a centre (the columns every invitation has, and the centre's id)."""

    centre_id = ForeignKey(Centre, null=False)


class CentreApiToken(Table, tablename="centre_api_tokens"):
    """A token a centre's systems read its drives with (centres/tokens.py): only its secret's SHA-256 is kept."""

    id = BigSerial(primary_key=True)
    centre_id = ForeignKey(Centre, null=False)
    name = Varchar(length=80)
    token_hash = Varchar(length=64, unique=True)
    prefix = Varchar(length=16)  # the token's first characters, shown to tell tokens apart
    created_by = ForeignKey(User, null=True, on_delete=OnDelete.set_null)
    created_at = Timestamptz()
    last_used_at = Timestamptz(null=True, default=None)
    revoked_at = Timestamptz(null=True, default=None)
    revoked_by = ForeignKey(User, null=True, on_delete=OnDelete.set_null)
