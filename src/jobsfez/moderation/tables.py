from piccolo.columns import BigSerial, ForeignKey, Text, Timestamptz, Varchar
from piccolo.columns.base import OnDelete
from piccolo.table import Table

from jobsfez.accounts.tables import User
from jobsfez.postings.tables import Posting


class AccountSuspension(Table, tablename="account_suspensions"):
    """Each time staff suspend or restore an account, with the reason (moderation/users.py)."""

    id = BigSerial(primary_key=True)
    user_id = ForeignKey(User, null=False, on_delete=OnDelete.cascade)
    action = Varchar(length=8)  # suspend | restore
    reason = Text()
    decided_by = ForeignKey(User, on_delete=OnDelete.set_null)
    created_at = Timestamptz()


class PostingReport(Table, tablename="posting_reports"):
    """A seeker's report of a posting, once per posting, until staff hide the posting or dismiss the reports."""

    id = BigSerial(primary_key=True)
    posting_id = ForeignKey(Posting, null=False, on_delete=OnDelete.cascade)
    reporter_id = ForeignKey(User, null=False, on_delete=OnDelete.cascade)
    reason = Varchar(length=16)  # moderation.reports.REASONS
    details = Text(default="")
    status = Varchar(length=10, default="open")  # open | upheld | dismissed
    created_at = Timestamptz()
    decided_at = Timestamptz(null=True, default=None)
    decided_by = ForeignKey(User, on_delete=OnDelete.set_null)
    decision_note = Text(default="")  # what the company was told when its posting was hidden
