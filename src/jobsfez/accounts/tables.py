from piccolo.columns import JSONB, BigSerial, Boolean, Email, ForeignKey, Text, Timestamptz, Varchar
from piccolo.columns.base import OnDelete
from piccolo.table import Table


class User(Table, tablename="users"):
    id = BigSerial(primary_key=True)
    email = Email(length=254)  # unique by lower(email): an index of the migration
    password_hash = Text()
    role = Varchar(length=16)  # seeker | employer | staff | centre
    display_name = Varchar(length=100, default="")
    locale = Varchar(length=8, default="ko")
    timezone = Varchar(length=64, default="Asia/Seoul")
    is_active = Boolean(default=True)
    created_at = Timestamptz()
    password_changed_at = Timestamptz()
    notify_email = Boolean(default=True)  # messages by email too; the inbox always keeps a copy


class LoginEvent(Table, tablename="login_events"):
    """Successful and refused logins, for the account holder and staff to review."""

    id = BigSerial(primary_key=True)
    user_id = Varchar(length=32, null=True)
    email = Email(length=254)
    address = Varchar(length=64)
    outcome = Varchar(length=16)  # ok | bad_credentials | throttled
    created_at = Timestamptz()


class Signup(Table, tablename="signups"):
    """A sign-up waiting for its email address to be confirmed by the link sent there (accounts/signups.py)."""

    id = BigSerial(primary_key=True)
    kind = Varchar(length=16)  # seeker | employer | centre
    email = Varchar(length=254)
    token_hash = Varchar(length=64, unique=True)
    details = JSONB()  # the form's fields: the password only as its hash
    created_at = Timestamptz()
    expires_at = Timestamptz()


class AccountConsent(Table, tablename="account_consents"):
    """The consent ledger of accounts: the privacy notice each agreed to, in its words (accounts/consents.py);
    rows are never changed (a trigger refuses), and go with the account."""

    id = BigSerial(primary_key=True)
    user_id = ForeignKey(User, null=False, on_delete=OnDelete.cascade)
    purpose = Varchar(length=32)  # privacy_notice
    version = Varchar(length=16)
    language = Varchar(length=8)
    wording = Text()
    given_at = Timestamptz()
