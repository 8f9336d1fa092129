from piccolo.columns import BigSerial, ForeignKey, Text, Timestamptz, Varchar
from piccolo.table import Table

from jobsfez.accounts.tables import User
from jobsfez.tenancy.tables import InvitationColumns, TenantColumns


class Employer(TenantColumns, Table, tablename="employers"):
    """A company: id, status, approved_at, approved_by and created_at are the columns every tenant has."""

    name_ko = Varchar(length=120)
    name_en = Varchar(length=120)
    sector = Varchar(length=32)
    brn = Varchar(length=10, unique=True)  # business registration number, digits only
    address = Text()
    district = Varchar(length=32)
    size = Varchar(length=16, default="")  # choices.COMPANY_SIZES; empty: not given
    webhook_url = Text(default="")
    webhook_secret = Varchar(length=64, default="")


class EmployerMember(Table, tablename="employer_members"):
    id = BigSerial(primary_key=True)
    employer_id = ForeignKey(Employer, null=False)
    user_id = ForeignKey(User, null=False, unique=True)  # a person works for one company on jobsfez
    role = Varchar(length=16)  # owner | recruiter
    created_at = Timestamptz()


class EmployerInvitation(InvitationColumns, Table, tablename="employer_invitations"):
    """An invitation to join a company (the columns every invitation has, and the company's id)."""

    employer_id = ForeignKey(Employer, null=False)
