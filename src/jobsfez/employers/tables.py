from piccolo.columns import BigSerial, ForeignKey, Text, Timestamptz, Varchar
from piccolo.columns.base import OnDelete
from piccolo.table import Table

from jobsfez.accounts.tables import User


class Employer(Table, tablename="employers"):
    id = BigSerial(primary_key=True)
    name_ko = Varchar(length=120)
    name_en = Varchar(length=120)
    sector = Varchar(length=32)
    brn = Varchar(length=10, unique=True)  # business registration number, digits only
    address = Text()
    district = Varchar(length=32)
    status = Varchar(length=16, default="pending")  # pending | approved | rejected
    approved_at = Timestamptz(null=True, default=None)
    approved_by = ForeignKey(User, on_delete=OnDelete.no_action)
    webhook_url = Text(default="")
    webhook_secret = Varchar(length=64, default="")
    created_at = Timestamptz()


class EmployerMember(Table, tablename="employer_members"):
    id = BigSerial(primary_key=True)
    employer_id = ForeignKey(Employer, null=False)
    user_id = ForeignKey(User, null=False, unique=True)  # a person works for one company on jobsfez
    role = Varchar(length=16)  # owner | recruiter
    created_at = Timestamptz()


class EmployerInvitation(Table, tablename="employer_invitations"):
    id = BigSerial(primary_key=True)
    employer_id = ForeignKey(Employer, null=False)
    email = Varchar(length=254)
    role = Varchar(length=16)
    token_hash = Varchar(length=64, unique=True)
    invited_by = ForeignKey(User, null=False, on_delete=OnDelete.no_action)
    created_at = Timestamptz()
    expires_at = Timestamptz()
    accepted_at = Timestamptz(null=True, default=None)
