from decimal import Decimal

from piccolo.columns import BigInt, Boolean, Numeric, Text, Timestamptz, Varchar
from piccolo.table import Table


class Application(Table, tablename="applications"):
    posting_id = BigInt()
    employer_id = BigInt()  # the posting's company, kept here so every employer query scopes on one column
    seeker_user_id = BigInt()
    stage = Varchar(length=16, default="applied")
    message = Text(default="")
    include_resume = Boolean(default=False)
    score = Numeric(digits=(4, 1), default=Decimal(0))
    created_at = Timestamptz()
    updated_at = Timestamptz()


class ApplicationEvent(Table, tablename="application_events"):
    application_id = BigInt()
    from_stage = Varchar(length=16, null=True, default=None)
    to_stage = Varchar(length=16)
    actor_user_id = BigInt(null=True, default=None)
    created_at = Timestamptz()


class ApplicationNote(Table, tablename="application_notes"):
    """Private to the company: the seeker never sees these."""

    application_id = BigInt()
    employer_id = BigInt()
    author_user_id = BigInt(null=True, default=None)
    body = Text()
    created_at = Timestamptz()
