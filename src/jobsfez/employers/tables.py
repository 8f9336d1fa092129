from piccolo.columns import BigInt, Text, Timestamptz, Varchar
from piccolo.table import Table


class Employer(Table, tablename="employers"):
    name_ko = Varchar(length=120)
    name_en = Varchar(length=120)
    sector = Varchar(length=32)
    brn = Varchar(length=10, unique=True)  # business registration number, digits only
    address = Text()
    district = Varchar(length=32)
    status = Varchar(length=16, default="pending")  # pending | approved | rejected
    approved_at = Timestamptz(null=True, default=None)
    approved_by = BigInt(null=True, default=None)
    webhook_url = Text(default="")
    webhook_secret = Varchar(length=64, default="")
    created_at = Timestamptz()


class EmployerMember(Table, tablename="employer_members"):
    employer_id = BigInt()
    user_id = BigInt(unique=True)  # a person works for one company on jobsfez
    role = Varchar(length=16)  # owner | recruiter
    created_at = Timestamptz()


class EmployerInvitation(Table, tablename="employer_invitations"):
    employer_id = BigInt()
    email = Varchar(length=254)
    role = Varchar(length=16)
    token_hash = Varchar(length=64, unique=True)
    invited_by = BigInt()
    created_at = Timestamptz()
    expires_at = Timestamptz()
    accepted_at = Timestamptz(null=True, default=None)
