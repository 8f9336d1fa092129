"""The reports' aggregates (migration 60): cells the worker refreshes (reports/aggregates.py), which pages read."""

from piccolo.columns import BigSerial, Boolean, Date, Integer, Numeric, Text, Timestamptz, Varchar
from piccolo.table import Table


class ActivityCell(Table, tablename="report_activity_cells"):
    """Applications made, interviews booked and hires made in a month, for one sector, district and age group."""

    id = BigSerial(primary_key=True)
    month = Date()
    sector = Varchar(length=32)
    district = Varchar(length=32)
    youth = Boolean()
    applications = Integer(default=0)
    interviews = Integer(default=0)
    hires = Integer(default=0)


class PayCell(Table, tablename="report_pay_cells"):
    """The median posted pay (KRW an hour) of the postings published in a month or a year; sector '' is all."""

    id = BigSerial(primary_key=True)
    period = Varchar(length=5)  # month | year
    starts = Date()
    sector = Varchar(length=32)
    postings = Integer()
    median_hourly = Numeric()


class SkillCell(Table, tablename="report_skill_cells"):
    """A must-have skill in a month: open postings asking for it, active seekers holding it, and how often the
    postings recommended to seekers missed it for them; sector '' is all sectors."""

    id = BigSerial(primary_key=True)
    month = Date()
    sector = Varchar(length=32)
    skill_key = Text()
    name_ko = Varchar(length=120)
    name_en = Varchar(length=120)
    postings = Integer(default=0)
    openings = Integer(default=0)
    seekers = Integer(default=0)
    missed = Integer(default=0)


class ReportRefresh(Table, tablename="report_refreshes"):
    """One row: when the aggregates were last refreshed, and how many active seekers the missed skills sampled."""

    id = Integer(primary_key=True, default=1)
    refreshed_at = Timestamptz()
    sampled_seekers = Integer(default=0)
    active_seekers = Integer(default=0)
