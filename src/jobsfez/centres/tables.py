from piccolo.columns import BigSerial, ForeignKey, Text, Timestamptz, Varchar
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


class CentreMember(Table, tablename="centre_members"):
    id = BigSerial(primary_key=True)
    centre_id = ForeignKey(Centre, null=False)
    user_id = ForeignKey(User, null=False, unique=True)  # an account belongs to one organisation
    role = Varchar(length=16)  # choices.CENTRE_ROLES
    created_at = Timestamptz()


class CentreInvitation(InvitationColumns, Table, tablename="centre_invitations"):
    """An invitation to join a centre (the columns every invitation has, and the centre's id)."""

    centre_id = ForeignKey(Centre, null=False)
