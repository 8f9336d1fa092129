from typing import Literal

from piccolo.columns import (
    Array,
    BigSerial,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    Numeric,
    SmallInt,
    Text,
    Timestamptz,
    Varchar,
)
from piccolo.table import Table

from jobsfez.accounts.tables import User

# The box of the profile form a seeker_skills row came from; the schema's CHECK holds the same three (migration 97).
SkillKind = Literal["skill", "qualification", "language"]


class SeekerProfile(Table, tablename="seeker_profiles"):
    id = BigSerial(primary_key=True)
    user_id = ForeignKey(User, null=False, unique=True)
    birth_year = Integer(null=True, default=None)
    phone = Varchar(length=20, default="")
    region = Varchar(length=100, default="")
    school = Varchar(length=120, default="")
    major = Varchar(length=120, default="")
    graduation = Varchar(length=7, default="")  # YYYY-MM
    sectors = Array(base_column=Text())
    districts = Array(base_column=Text())
    employment_types = Array(base_column=Text())
    shifts = Array(base_column=Text())
    earliest_start = Date(null=True, default=None)
    experienced = Boolean(default=False)
    findable = Boolean(default=False)  # employers may find the profile before an application
    summary = Text(default="")
    resume_file = Varchar(length=80, default="")  # generated name in the résumé store
    resume_name = Varchar(length=200, default="")
    resume_size = Integer(default=0)
    resume_text = Text(null=True, default=None)  # read at upload (seekers/pdfs.py); NULL: not read yet
    updated_at = Timestamptz()


class SeekerSkill(Table, tablename="seeker_skills"):
    id = BigSerial(primary_key=True)
    user_id = ForeignKey(User, null=False)
    position = Integer()
    text = Varchar(length=120)
    skill_key = Text()  # a skill id or a free key (migration 93)
    level = SmallInt(null=True, default=None)
    years = Numeric(digits=(4, 1), null=True, default=None)
    kind = Text(default="skill")  # a SkillKind
