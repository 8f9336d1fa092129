from piccolo.columns import BigInt, Boolean, Text, Timestamptz, Varchar
from piccolo.table import Table


class SkillRow(Table, tablename="skills"):
    skill_id = Varchar(length=120, unique=True)
    name_ko = Varchar(length=200)
    name_en = Varchar(length=200)
    category = Varchar(length=40)
    qualification = Boolean(default=False)
    description = Text(default="")
    source = Varchar(length=16, default="shipped")  # shipped | staff | esco
    updated_at = Timestamptz()


class SkillAlias(Table, tablename="skill_aliases"):
    skill_id = Varchar(length=120)
    alias = Varchar(length=200)


class SkillRelation(Table, tablename="skill_relations"):
    skill_id = Varchar(length=120)
    related_id = Varchar(length=120)


class TaxonomyState(Table, tablename="taxonomy_state"):
    """One row: the taxonomy's version, bumped by every change so each process rebuilds its cache."""

    version = BigInt(default=1)
