from piccolo.columns import BigInt, Integer, Text, Timestamptz, Varchar
from piccolo.table import Table


class InterviewSlot(Table, tablename="interview_slots"):
    posting_id = BigInt()
    employer_id = BigInt()
    starts_at = Timestamptz()
    duration_minutes = Integer()
    place = Text(default="")
    video_url = Text(default="")
    interviewers = Text(default="")
    capacity = Integer(default=1)
    booked = Integer(default=0)
    status = Varchar(length=16, default="open")  # open | cancelled
    created_by = BigInt(null=True, default=None)
    created_at = Timestamptz()
    updated_at = Timestamptz()


class InterviewBooking(Table, tablename="interview_bookings"):
    slot_id = BigInt()
    application_id = BigInt()
    employer_id = BigInt()
    seeker_user_id = BigInt()
    status = Varchar(length=16, default="booked")  # booked | cancelled
    sequence = Integer(default=0)
    confirmed_at = Timestamptz(null=True, default=None)
    cancelled_by = BigInt(null=True, default=None)
    created_at = Timestamptz()
    updated_at = Timestamptz()


class InterviewInvitation(Table, tablename="interview_invitations"):
    """An applicant the company asked to book a time; only they (and those already booked) see its slots."""

    application_id = BigInt()
    employer_id = BigInt()
    invited_by = BigInt(null=True, default=None)
    slots_version = BigInt(default=0)
    created_at = Timestamptz()
    updated_at = Timestamptz()
