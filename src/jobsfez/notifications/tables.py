from piccolo.columns import JSONB, BigSerial, ForeignKey, Integer, Text, Timestamptz, Varchar
from piccolo.table import Table

from jobsfez.accounts.tables import User
from jobsfez.centres.tables import Centre
from jobsfez.employers.tables import Employer


class Notification(Table, tablename="notifications"):
    """The outbox: one row per message per channel, written in the transaction of the change causing it."""

    id = BigSerial(primary_key=True)
    cause = Varchar(length=120)  # e.g. "interview:42", "invitation:7"
    version = Integer(default=0)  # the cause's version, so a changed interview makes new rows
    kind = Varchar(length=48)  # message template name
    channel = Varchar(length=16)  # email | inbox | webhook
    recipient_user_id = ForeignKey(User)
    recipient = Text()  # email address, user id for the inbox, or webhook URL
    employer_id = ForeignKey(Employer)  # whose delivery log shows it: a company's
    centre_id = ForeignKey(Centre)  # or a centre's (its webhook's events), never both
    language = Varchar(length=8, default="ko")
    payload = JSONB()
    status = Varchar(length=16, default="pending")  # pending | sent | failed | cancelled
    attempts = Integer(default=0)
    last_error = Text(default="")
    send_after = Timestamptz()
    created_at = Timestamptz()
    sent_at = Timestamptz(null=True, default=None)
    read_at = Timestamptz(null=True, default=None)
