"""Placement drives, their days, the centres hosting them and their history."""

from piccolo.columns import JSONB, BigSerial, Boolean, ForeignKey, Integer, SmallInt, Text, Timestamptz, Varchar
from piccolo.columns.base import OnDelete
from piccolo.table import Table

from jobsfez.accounts.tables import User
from jobsfez.centres.tables import Centre


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
