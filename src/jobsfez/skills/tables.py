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


class RekeyRun(Table, tablename="skill_rekey_runs"):
    """One re-canonicalisation of the stored skills after a taxonomy change, and how far it got (migration 48)."""

    id = BigSerial(primary_key=True)
    taxonomy_version = BigInt()
    status = Varchar(length=16, default="pending")  # pending | done | superseded
    seekers_after = BigInt(default=0)  # the last seeker_skills id re-keyed
    seekers_done = Boolean(default=False)
    postings_after = BigInt(default=0)  # the last posting_skills id re-keyed
    seeker_skills_changed = Integer(default=0)
    posting_skills_changed = Integer(default=0)
    created_at = Timestamptz()
    finished_at = Timestamptz(null=True, default=None)


class SkillImport(Table, tablename="skill_imports"):
    """A staff import of skills, stored whole, and how many of them the worker has written (migration 48)."""

    id = BigSerial(primary_key=True)
    source = Varchar(length=16)
    content = Text()
    total = Integer()
    done = Integer(default=0)
    status = Varchar(length=16, default="pending")  # pending | done
    created_at = Timestamptz()
    finished_at = Timestamptz(null=True, default=None)


class MatchState(Table, tablename="match_state"):
    """One row: the generation of the match change log; a new one means "build your indexes afresh" (migration 70)."""

    id = Integer(primary_key=True, default=1)
    generation = BigInt()


class MatchPostingChange(Table, tablename="match_posting_changes"):
    """The newest transaction that wrote a posting's matching inputs (a trigger, migration 70)."""

    posting_id = BigInt(primary_key=True)
    xid = BigInt()


class MatchSeekerChange(Table, tablename="match_seeker_changes"):
    """The newest transaction that wrote a seeker's matching inputs (a trigger, migration 70)."""

    user_id = BigInt(primary_key=True)
    xid = BigInt()


class SkillDismissal(Table, tablename="skill_dismissals"):
    """A line users typed that staff judged to be no skill: its free key is left out of the unmatched list (migration
    92)."""

    key = Text(primary_key=True)
    created_at = Timestamptz()
