from decimal import Decimal

from piccolo.columns import BigSerial, Boolean, ForeignKey, Numeric, SmallInt, Text, Timestamptz, Varchar
from piccolo.columns.base import OnDelete
from piccolo.table import Table

from jobsfez.accounts.tables import User
from jobsfez.employers.tables import Employer
from jobsfez.postings.tables import Posting


class Application(Table, tablename="applications"):
    id = BigSerial(primary_key=True)
    posting_id = ForeignKey(Posting, null=False)
    employer_id = ForeignKey(Employer, null=False)  # the posting's company: every employer query scopes on it
    # NULL only for a hire whose seeker deleted their account: the company keeps that record, anonymous
    seeker_user_id = ForeignKey(User, null=True)
    stage = Varchar(length=16, default="applied")
    message = Text(default="")
    include_resume = Boolean(default=False)
    # the résumé shared with this application, as it was when the seeker applied (a name in the résumé store)
    resume_file = Varchar(length=80, default="")
    resume_name = Varchar(length=200, default="")
    score = Numeric(digits=(4, 1), default=Decimal(0))
    created_at = Timestamptz()
    updated_at = Timestamptz()
    # the seeker's answer to the offer standing now: '', 'accepted' or 'declined' (a new offer clears it)
    offer_answer = Varchar(length=8, default="")


class ApplicationEvent(Table, tablename="application_events"):
    id = BigSerial(primary_key=True)
    application_id = ForeignKey(Application, null=False)
    from_stage = Varchar(length=16, null=True, default=None)
    to_stage = Varchar(length=16)
    actor_user_id = ForeignKey(User, on_delete=OnDelete.set_null)
    created_at = Timestamptz()
    offer_answer = Varchar(length=8, default="")  # set on the event that records the seeker's answer to an offer


class ApplicationNote(Table, tablename="application_notes"):
    """Private to the company: the seeker never sees these."""

    id = BigSerial(primary_key=True)
    application_id = ForeignKey(Application, null=False)
    employer_id = ForeignKey(Employer, null=False)
    author_user_id = ForeignKey(User, on_delete=OnDelete.set_null)
    body = Text()
    created_at = Timestamptz()


class ApplyInvitation(Table, tablename="apply_invitations"):
    """A company asked a findable seeker to apply to one posting: once per person and posting."""

    id = BigSerial(primary_key=True)
    posting_id = ForeignKey(Posting, null=False)
    employer_id = ForeignKey(Employer, null=False)
    seeker_user_id = ForeignKey(User, null=False)
    invited_by = ForeignKey(User, on_delete=OnDelete.set_null)
    created_at = Timestamptz()


class MessageTemplate(Table, tablename="message_templates"):
    """A company's reusable rejection or offer message, with {name} and {posting} placeholders."""

    id = BigSerial(primary_key=True)
    employer_id = ForeignKey(Employer, null=False)
    kind = Varchar(length=10)
    name = Varchar(length=80)
    body_ko = Text(default="")
    body_en = Text(default="")
    created_at = Timestamptz()


class ErasedActivity(Table, tablename="erased_activity"):
    """An event an erased seeker's application made (applied, interview booked, hired), without the person: the
    reports keep counting it (migration 66, erasure.keep_activity_anonymous)."""

    id = BigSerial(primary_key=True)
    at = Timestamptz()
    posting_id = ForeignKey(Posting, null=False, on_delete=OnDelete.cascade)
    youth = Boolean()  # young (postings' youth band) when it happened, as the person's birth year said then
    applications = SmallInt()
    interviews = SmallInt()
    hires = SmallInt()
