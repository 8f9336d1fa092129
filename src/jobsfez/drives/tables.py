"""Placement drives, their days, the centres hosting them, the companies taking part, their history, participants,
consents, pre-matching and its results, interest marks, the drive day's timetable and interviews, and the
itineraries sent of it."""

from piccolo.columns import (
    JSONB,
    UUID,
    Array,
    BigInt,
    BigSerial,
    Boolean,
    ForeignKey,
    Integer,
    Real,
    SmallInt,
    Text,
    Timestamptz,
    Varchar,
)
from piccolo.columns.base import OnDelete
from piccolo.table import Table

from jobsfez.accounts.tables import User
from jobsfez.centres.tables import Centre
from jobsfez.employers.tables import Employer
from jobsfez.postings.tables import Posting
from jobsfez.tenancy.tables import InvitationColumns


class Drive(Table, tablename="drives"):
    id = BigSerial(primary_key=True)
    title = Varchar(length=120)
    description = Text()
    venue_district = Varchar(length=32)  # choices.DISTRICTS
    venue_address = Varchar(length=300, default="")
    rooms = Varchar(length=300, default="")  # rooms or booths, as the centre writes them
    registration_opens_at = Timestamptz(null=True, default=None)  # both or neither (a draft may lack them)
    registration_closes_at = Timestamptz(null=True, default=None)
    min_age = SmallInt(default=15)
    max_age = SmallInt(default=39)
    region = Varchar(length=16, default="anywhere")  # choices.DRIVE_REGIONS
    cohort = Varchar(length=120, default="")  # e.g. one school's students; empty: anyone eligible
    capacity = Integer()  # participants
    visibility = Varchar(length=16, default="public")  # choices.DRIVE_VISIBILITIES
    status = Varchar(length=16, default="draft")  # choices.DRIVE_STATUSES
    created_by = ForeignKey(User, on_delete=OnDelete.set_null)
    created_at = Timestamptz()
    updated_at = Timestamptz()
    published_at = Timestamptz(null=True, default=None)  # first opened for registration


class DriveDay(Table, tablename="drive_days"):
    id = BigSerial(primary_key=True)
    drive_id = ForeignKey(Drive, null=False)
    starts_at = Timestamptz()
    ends_at = Timestamptz()


class DriveHost(Table, tablename="drive_hosts"):
    """A centre hosting a drive: the lead (the centre that created it) or a co-host."""

    id = BigSerial(primary_key=True)
    drive_id = ForeignKey(Drive, null=False)
    centre_id = ForeignKey(Centre, null=False)
    lead = Boolean(default=False)
    created_at = Timestamptz()


class DriveHistory(Table, tablename="drive_history"):
    id = BigSerial(primary_key=True)
    drive_id = ForeignKey(Drive, null=False)
    centre_id = ForeignKey(Centre, on_delete=OnDelete.set_null)  # the acting member's centre
    user_id = ForeignKey(User, on_delete=OnDelete.set_null)
    action = Varchar(length=16)  # created | updated | published | closed | reopened | held | archived | host_*
    changes = JSONB()  # {field: [before, after]}
    created_at = Timestamptz()


class DriveEmployer(Table, tablename="drive_employers"):
    """A company and a drive, whichever side asked first; what a joined company offers there hangs on it."""

    id = BigSerial(primary_key=True)
    drive_id = ForeignKey(Drive, null=False)
    employer_id = ForeignKey(Employer, null=False)
    status = Varchar(length=16)  # choices.DRIVE_EMPLOYER_STATUSES
    asked_by = ForeignKey(
        User, on_delete=OnDelete.set_null
    )  # the centre member who invited, or the company's who asked
    asked_at = Timestamptz()
    answered_by = ForeignKey(User, on_delete=OnDelete.set_null)
    answered_at = Timestamptz(null=True, default=None)
    interview_minutes = SmallInt(default=20)
    booth = Varchar(length=60, default="")
    updated_at = Timestamptz()


class DriveEmployerHours(Table, tablename="drive_employer_hours"):
    """Hours a joined company interviews on one of the drive's days; none: the drive's own hours."""

    id = BigSerial(primary_key=True)
    drive_employer_id = ForeignKey(DriveEmployer, null=False)
    starts_at = Timestamptz()
    ends_at = Timestamptz()


class DriveInterviewer(Table, tablename="drive_interviewers"):
    """A member of a joined company who interviews at the drive."""

    id = BigSerial(primary_key=True)
    drive_employer_id = ForeignKey(DriveEmployer, null=False)
    user_id = ForeignKey(User, null=False)


class DrivePosting(Table, tablename="drive_postings"):
    """An open posting a joined company brings to the drive."""

    id = BigSerial(primary_key=True)
    drive_id = ForeignKey(Drive, null=False)
    employer_id = ForeignKey(Employer, null=False)
    posting_id = ForeignKey(Posting, null=False)
    created_at = Timestamptz()


class DriveEmployerInvitation(InvitationColumns, Table, tablename="drive_employer_invitations"):
    """A company not yet on jobsfez invited to a drive by email: whoever registers a company with the link owns it."""

    drive_id = ForeignKey(Drive, null=False)
    employer_id = ForeignKey(Employer, on_delete=OnDelete.set_null)  # the company registered with the link


class DriveParticipant(Table, tablename="drive_participants"):
    """A person on a drive: a seeker who registered, or a roster row that waits for its person to claim it."""

    id = BigSerial(primary_key=True)
    drive_id = ForeignKey(Drive, null=False)
    user_id = ForeignKey(User, null=True, default=None)  # NULL until a roster person claims the registration
    name = Varchar(length=100)
    email = Varchar(length=254)  # lower-cased; once per drive
    phone = Varchar(length=20, default="")
    birth_year = SmallInt(null=True, default=None)
    skills = Array(base_column=Text())  # as typed
    skill_keys = Array(base_column=Text())  # skills.canonical's keys, in the same order
    sectors = Array(base_column=Text())  # choices.SECTORS codes
    registered_by_centre_id = ForeignKey(Centre, null=False)  # the host that brought them (the lead for "self")
    source = Varchar(length=8)  # self | roster | walkin (added at the door on the day)
    status = Varchar(length=12, default="registered")  # registered | withdrawn
    claim_token_hash = Varchar(length=64, null=True, default=None)
    created_at = Timestamptz()
    updated_at = Timestamptz()
    checked_in_at = Timestamptz(null=True, default=None)  # arrival on the day, stamped once
    checked_in_by = ForeignKey(User, on_delete=OnDelete.set_null)
    arrives_at = Timestamptz(null=True, default=None)  # the arrival window they gave, either end or both
    leaves_at = Timestamptz(null=True, default=None)
    # set when the person erased their account (migration 59): the row stays for the counts, with nothing that names
    # them, and what the reports group by kept coarsened (drives/erasure.py)
    erased_at = Timestamptz(null=True, default=None)
    cohort_age_band = Varchar(length=8, null=True, default=None)
    cohort_school = Varchar(length=120, null=True, default=None)
    cohort_district = Varchar(length=100, null=True, default=None)


class Consent(Table, tablename="consents"):
    """The consent ledger: what a participant agreed to share, with whom and until when; only ever stamped withdrawn."""

    id = BigSerial(primary_key=True)
    participant_id = ForeignKey(DriveParticipant, null=False)
    drive_id = ForeignKey(Drive, null=False)
    shares = Varchar(length=32)  # profile_and_resume
    shared_with = Varchar(length=32)  # drive_employers
    given_via = Varchar(length=8)  # self (the drive's page) | roster (the centre, on the person's signed form)
    wording = Text()  # the sentence the person agreed to, in the language they read it in
    valid_until = Timestamptz()
    given_at = Timestamptz()
    withdrawn_at = Timestamptz(null=True, default=None)


class DriveMatchRun(Table, tablename="drive_match_runs"):
    """One pre-matching of a drive's participants against its postings, done in the worker; a row first, so that
    the page shows its progress and a worker killed mid-run leaves it for another to take over."""

    id = BigSerial(primary_key=True)
    drive_id = ForeignKey(Drive, null=False)
    status = Varchar(length=8, default="queued")  # queued | running | done | failed
    requested_by = ForeignKey(User, on_delete=OnDelete.set_null)
    participants_total = Integer(default=0)
    participants_done = Integer(default=0)
    error = Text(default="")
    created_at = Timestamptz()
    started_at = Timestamptz(null=True, default=None)
    heartbeat_at = Timestamptz(null=True, default=None)  # a running run whose heartbeat stopped lost its worker
    finished_at = Timestamptz(null=True, default=None)


class DriveMatch(Table, tablename="drive_matches"):
    """A participant and a company of one run: the company's best posting for them, ranked from both sides."""

    id = BigSerial(primary_key=True)
    run_id = ForeignKey(DriveMatchRun, null=False)
    drive_id = ForeignKey(Drive, null=False)
    participant_id = ForeignKey(DriveParticipant, null=False)
    employer_id = ForeignKey(Employer, null=False)
    posting_id = ForeignKey(Posting, null=False)
    score = Real()  # 0-100, as the platform's explained scores
    participant_rank = Integer()  # the company's place among the participant's companies, 1 = best
    company_rank = Integer()  # the participant's place among the company's participants


class DriveInterest(Table, tablename="drive_interest"):
    """ "I want to meet them", from one side: a participant marking a company, or a company a participant."""

    id = BigSerial(primary_key=True)
    drive_id = ForeignKey(Drive, null=False)
    participant_id = ForeignKey(DriveParticipant, null=False)
    employer_id = ForeignKey(Employer, null=False)
    side = Varchar(length=12)  # participant | company
    marked_by = ForeignKey(User, on_delete=OnDelete.set_null)
    created_at = Timestamptz()


class DriveTimetable(Table, tablename="drive_timetables"):
    """A drive's interview timetable as last built, what it achieved, and whether it is published."""

    id = BigSerial(primary_key=True)
    drive_id = ForeignKey(Drive, null=False, unique=True)
    status = Varchar(length=10, default="draft")  # draft | published
    max_interviews = SmallInt(default=3)
    formulation = Varchar(length=12)  # timetable.Formulation
    proven = Boolean()
    covered = Integer()
    mutual = Integer()
    score = BigInt()
    built_by = ForeignKey(User, on_delete=OnDelete.set_null)
    built_at = Timestamptz()
    published_by = ForeignKey(User, on_delete=OnDelete.set_null)
    published_at = Timestamptz(null=True, default=None)
    greedy_covered = Integer(null=True, default=None)  # what "best pairs first" achieved on the same input
    greedy_mutual = Integer(null=True, default=None)
    greedy_score = BigInt(null=True, default=None)
    greedy_interviews = Integer(null=True, default=None)


class DriveInterview(Table, tablename="drive_interviews"):
    """One interview of the drive day; its calendar UID never changes and SEQUENCE rises with every change."""

    id = BigSerial(primary_key=True)
    drive_id = ForeignKey(Drive, null=False)
    participant_id = ForeignKey(DriveParticipant, null=False)
    employer_id = ForeignKey(Employer, null=False)
    starts_at = Timestamptz()
    ends_at = Timestamptz()
    booth = Varchar(length=60, default="")
    interviewer_id = ForeignKey(User, on_delete=OnDelete.set_null)
    locked = Boolean(default=False)
    status = Varchar(length=12, default="scheduled")  # scheduled | cancelled | absent
    outcome = Varchar(length=12, null=True, default=None)  # no_show | interviewed | next_round | offer | hired
    outcome_by = ForeignKey(User, on_delete=OnDelete.set_null)
    outcome_at = Timestamptz(null=True, default=None)
    uid = UUID(unique=True)
    sequence = Integer(default=0)
    created_at = Timestamptz()
    updated_at = Timestamptz()


class DriveBreak(Table, tablename="drive_breaks"):
    """A break in one of the drive's days (migration 54): no interview is timetabled over it."""

    id = BigSerial(primary_key=True)
    drive_id = ForeignKey(Drive, null=False)
    starts_at = Timestamptz()
    ends_at = Timestamptz()


class DriveItineraryNotice(Table, tablename="drive_itinerary_notices"):
    """What a participant's or a company's last itinerary message said, so that only a change sends another."""

    id = BigSerial(primary_key=True)
    drive_id = ForeignKey(Drive, null=False)
    participant_id = ForeignKey(DriveParticipant)  # one of participant_id and employer_id
    employer_id = ForeignKey(Employer)
    version = Integer()  # the outbox version of the last message, from 1
    fingerprint = Text()  # their interviews' ids, sequences and statuses as last sent
    sent_at = Timestamptz()


class DriveSlotOffer(Table, tablename="drive_slot_offers"):
    """A freed interview's time offered to a checked-in participant (migration 58); the first to accept gets it."""

    id = BigSerial(primary_key=True)
    drive_id = ForeignKey(Drive, null=False)
    interview_id = ForeignKey(DriveInterview, null=False)  # the freed interview
    participant_id = ForeignKey(DriveParticipant, null=False)
    status = Varchar(length=10, default="open")  # open | accepted | lost | expired
    offered_at = Timestamptz()
    answered_at = Timestamptz(null=True, default=None)
    expires_at = Timestamptz()  # the slot's start
    filled_by = ForeignKey(DriveInterview, on_delete=OnDelete.set_null)  # the new interview, once accepted
