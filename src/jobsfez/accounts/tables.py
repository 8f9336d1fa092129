from piccolo.columns import Boolean, Email, Text, Timestamptz, Varchar
from piccolo.table import Table


class User(Table, tablename="users"):
    email = Email(unique=True)
    password_hash = Text()
    role = Varchar(length=16)  # seeker | employer | staff
    display_name = Varchar(length=100)
    locale = Varchar(length=8, default="ko")
    timezone = Varchar(length=64, default="Asia/Seoul")
    is_active = Boolean(default=True)
    created_at = Timestamptz()
    password_changed_at = Timestamptz()


class LoginEvent(Table, tablename="login_events"):
    """Successful and refused logins, for the account holder and staff to review."""

    user_id = Varchar(length=32, null=True)
    email = Email()
    address = Varchar(length=64)
    outcome = Varchar(length=16)  # ok | bad_credentials | throttled
    created_at = Timestamptz()
