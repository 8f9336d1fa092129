from piccolo.columns import BigInt, BigSerial, ForeignKey, Integer, Text, Timestamptz, Varchar
from piccolo.columns.base import OnDelete
from piccolo.table import Table

from jobsfez.accounts.tables import User
from jobsfez.applications.tables import Application
from jobsfez.employers.tables import Employer
from jobsfez.postings.tables import Posting


class InterviewSlot(Table, tablename="interview_slots"):
    id = BigSerial(primary_key=True)
    posting_id = ForeignKey(Posting, null=False)
    employer_id = ForeignKey(Employer, null=False)
    starts_at = Timestamptz()
    duration_minutes = Integer()
    place = Text(default="")
    video_url = Text(default="")
    interviewers = Text(default="")
    capacity = Integer(default=1)
    booked = Integer(default=0)
    status = Varchar(length=16, default="open")  # open | cancelled
    created_by = ForeignKey(User, on_delete=OnDelete.set_null)
    created_at = Timestamptz()
    updated_at = Timestamptz()


class InterviewBooking(Table, tablename="interview_bookings"):
    id = BigSerial(primary_key=True)
    slot_id = ForeignKey(InterviewSlot, null=False)
    application_id = ForeignKey(Application, null=False)
    employer_id = ForeignKey(Employer, null=False)
    seeker_user_id = ForeignKey(User, null=False)
    status = Varchar(length=16, default="booked")  # booked | cancelled
    sequence = Integer(default=0)
    confirmed_at = Timestamptz(null=True, default=None)
    cancelled_by = ForeignKey(User, on_delete=OnDelete.set_null)
    created_at = Timestamptz()
    updated_at = Timestamptz()


class InterviewInvitation(Table, tablename="interview_invitations"):
    """An applicant the company asked to book a time; only they (and those already booked) see its slots."""

    id = BigSerial(primary_key=True)
    application_id = ForeignKey(Application, null=False, unique=True)
    employer_id = ForeignKey(Employer, null=False)
    invited_by = ForeignKey(User, on_delete=OnDelete.set_null)
    slots_version = BigInt(default=0)
    created_at = Timestamptz()
    updated_at = Timestamptz()
    # the applicant said none of the times offered works (a new invitation clears both)
    unavailable_at = Timestamptz(null=True, default=None)
    unavailable_note = Text(default="")
