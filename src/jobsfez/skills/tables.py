from piccolo.columns import BigInt, BigSerial, Boolean, ForeignKey, Integer, Text, Timestamptz, Varchar
from piccolo.table import Table


class SkillRow(Table, tablename="skills"):
    id = BigSerial(primary_key=True)
    skill_id = Varchar(length=120, unique=True)
    name_ko = Varchar(length=200)
    name_en = Varchar(length=200)
    category = Varchar(length=40)
    qualification = Boolean(default=False)
    description = Text(default="")
    source = Varchar(length=16, default="shipped")  # shipped | staff | esco
    updated_at = Timestamptz()


class SkillAlias(Table, tablename="skill_aliases"):
    id = BigSerial(primary_key=True)
    skill_id = ForeignKey(SkillRow, null=False, target_column=SkillRow.skill_id)
    alias = Varchar(length=200)


class SkillRelation(Table, tablename="skill_relations"):
    id = BigSerial(primary_key=True)
    skill_id = ForeignKey(SkillRow, null=False, target_column=SkillRow.skill_id)
    related_id = ForeignKey(SkillRow, null=False, target_column=SkillRow.skill_id)


class TaxonomyState(Table, tablename="taxonomy_state"):
    """One row: the taxonomy's version, bumped by every change so each process rebuilds its cache."""

    id = Integer(primary_key=True, default=1)
    version = BigInt(default=1)
