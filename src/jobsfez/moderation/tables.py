from piccolo.columns import BigSerial, ForeignKey, Text, Timestamptz, Varchar
from piccolo.columns.base import OnDelete
from piccolo.table import Table

from jobsfez.accounts.tables import User


class AccountSuspension(Table, tablename="account_suspensions"):
    """Each time staff suspend or restore an account, with the reason (moderation/users.py)."""

    id = BigSerial(primary_key=True)
    user_id = ForeignKey(User, null=False, on_delete=OnDelete.cascade)
    action = Varchar(length=8)  # suspend | restore
    reason = Text()
    decided_by = ForeignKey(User, on_delete=OnDelete.set_null)
    created_at = Timestamptz()
