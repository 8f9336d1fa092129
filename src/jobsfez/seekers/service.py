"""Seeker profiles: skills in the seeker's own words (stored with canonical keys), preferences, visibility."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from jobsfez.accounts.tables import User
from jobsfez.choices import DISTRICTS, EMPLOYMENT_TYPES, SECTORS, SHIFTS
from jobsfez.db import NOW, new_row, transaction
from jobsfez.errors import NotFound, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.seekers.tables import SeekerProfile, SeekerSkill, SkillKind
from jobsfez.skills import service as skills

MAX_SKILLS = 40
# Lines of the skill rows and the qualifications box read at most: a line may repeat a skill (counted once) or name
# several (each counted), so the cap on skills is checked once they are read; this bounds the reading.
MAX_SKILL_LINES = 3 * MAX_SKILLS
TOO_MANY_SKILLS = lazy(
    "List at most 40 skills and qualifications: a line naming several skills counts each, the same skill once."
)
MAX_SKILL_CHARS = 120
MAX_LANGUAGES = 10
MAX_LANGUAGE_CHARS = 40
# Characters of the Languages box read while it is typed: its 10 lines of 40 with their commas, and some to spare.
MAX_LANGUAGES_TYPED = 2 * MAX_LANGUAGES * MAX_LANGUAGE_CHARS
PHONE_SHAPE = re.compile(r"^\+?[0-9][0-9 -]{6,18}[0-9]$")
GRADUATION_SHAPE = re.compile(r"^(19|20)\d{2}-(0[1-9]|1[0-2])$")


@dataclass(frozen=True, slots=True)
class ProfileSkillInput:
    text: str
    level: int | None = None
    years: float | None = None


@dataclass(frozen=True, slots=True)
class ProfileInput:
    birth_year: str = ""
    phone: str = ""
    region: str = ""
    school: str = ""
    major: str = ""
    graduation: str = ""
    languages: str = ""
    summary: str = ""
    sectors: tuple[str, ...] = ()
    districts: tuple[str, ...] = ()
    employment_types: tuple[str, ...] = ()
    shifts: tuple[str, ...] = ()
    earliest_start: str = ""
    experienced: bool = False
    findable: bool = False
    skills: tuple[ProfileSkillInput, ...] = ()
    qualifications: str = ""


@dataclass(frozen=True, slots=True)
class ProfileSkill:
    text: str
    skill_key: str
    level: int | None
    years: float | None
    kind: SkillKind
    canonical_name: str = ""


@dataclass(frozen=True, slots=True)
class Profile:
    user_id: int
    display_name: str
    email: str
    birth_year: int | None
    phone: str
    region: str
    school: str
    major: str
    graduation: str
    summary: str
    sectors: tuple[str, ...]
    districts: tuple[str, ...]
    employment_types: tuple[str, ...]
    shifts: tuple[str, ...]
    earliest_start: date | None
    experienced: bool
    findable: bool
    resume_name: str
    resume_size: int
    skills: tuple[ProfileSkill, ...] = field(default=())

    def lines(self, kind: SkillKind) -> tuple[ProfileSkill, ...]:
        """The rows of one box of the form, in the order typed."""
        return tuple(s for s in self.skills if s.kind == kind)


def parse_skill_rows(texts: list[str], levels: list[str], years: list[str]) -> tuple[ProfileSkillInput, ...]:
    """Rows of the skills form (text, level, years); blank rows are ignored."""
    rows = []
    for index, text in enumerate(texts):
        text = " ".join(text.split())
        if not text:
            continue
        level_raw = levels[index].strip() if index < len(levels) else ""
        years_raw = years[index].strip() if index < len(years) else ""
        rows.append(
            ProfileSkillInput(text=text, level=_int_or_none(level_raw, "skills"), years=_years_or_none(years_raw, text))
        )
    return tuple(rows)


# Years as people type them in the box: "3", "1.5", "3년", "3 years", "6개월", "2년 6개월".
YEARS_TYPED = re.compile(
    r"(?:(?P<years>-?\d{1,3}(?:[.,]\d{1,2})?)\s*(?:년차|년간|년|years?|yrs?|y)?)?\s*(?:(?P<months>\d{1,3})\s*(?:개월|months?))?",
    re.IGNORECASE,
)
YEARS_TYPED_CHARS = 20  # read no longer a box: a pattern's time grows with what it is given
MONTHS_A_YEAR = 12


def _years_or_none(raw: str, text: str) -> float | None:
    """The years box of a skill row; the message names the row, since a long list has many boxes."""
    if not raw.strip():
        return None
    typed = YEARS_TYPED.fullmatch(raw.strip()) if len(raw) <= YEARS_TYPED_CHARS else None
    if typed is None or not (typed["years"] or typed["months"]):
        raise ValidationFailed(
            "“{skill}”: write the years as a number, such as 3 or 1.5.",
            fields={"skills": lazy("Enter a number.")},
            skill=text,
        )
    years = float(Decimal(typed["years"].replace(",", "."))) if typed["years"] else 0.0
    months = int(typed["months"]) if typed["months"] else 0
    return round(years + months / MONTHS_A_YEAR, 1)


def _int_or_none(raw: str, name: str) -> int | None:
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError as exc:
        raise ValidationFailed(
            "Please correct the marked fields.", fields={name: lazy("Enter a whole number.")}
        ) from exc


def _validate(data: ProfileInput, *, this_year: int) -> dict[str, object]:
    errors: dict[str, str] = {}
    values: dict[str, object] = {}
    birth_year = None
    if data.birth_year.strip():
        try:
            birth_year = int(data.birth_year)
        except ValueError:
            birth_year = -1
        if not this_year - 80 <= birth_year <= this_year - 14:
            errors["birth_year"] = lazy("Enter your birth year as four digits (e.g. 2001).")
    values["birth_year"] = birth_year
    phone = data.phone.strip()
    if phone and not PHONE_SHAPE.match(phone):
        errors["phone"] = lazy("Enter a phone number like 010-1234-5678.")
    values["phone"] = phone
    for name, limit in (("region", 100), ("school", 120), ("major", 120)):
        value = " ".join(getattr(data, name).split())
        if len(value) > limit:
            errors[name] = lazy("This is too long.")
        values[name] = value
    graduation = data.graduation.strip()
    if graduation and not GRADUATION_SHAPE.match(graduation):
        errors["graduation"] = lazy("Enter the graduation month as YYYY-MM.")
    values["graduation"] = graduation
    summary = data.summary.strip()
    if len(summary) > 2000:
        errors["summary"] = lazy("Use at most 2,000 characters.")
    values["summary"] = summary
    languages = _box_lines(data.languages)
    if len(languages) > MAX_LANGUAGES or any(len(line) > MAX_LANGUAGE_CHARS for line in languages):
        errors["languages"] = lazy("List up to 10 languages.")
    for name, allowed in (
        ("sectors", SECTORS),
        ("districts", DISTRICTS),
        ("employment_types", EMPLOYMENT_TYPES),
        ("shifts", SHIFTS),
    ):
        chosen = list(dict.fromkeys(getattr(data, name)))
        if any(choice not in allowed for choice in chosen):
            errors[name] = lazy("Choose from the list.")
        values[name] = chosen
    start = None
    if data.earliest_start.strip():
        try:
            start = date.fromisoformat(data.earliest_start.strip())
        except ValueError:
            errors["earliest_start"] = lazy("Enter a date like 2027-03-02.")
    values["earliest_start"] = start
    _validate_skills(data, errors)
    if errors:
        raise ValidationFailed("Please correct the marked fields.", fields=errors)
    values["experienced"] = data.experienced
    values["findable"] = data.findable
    return values


def _box_lines(text: str) -> list[str]:
    """The lines of the qualifications or the languages box: separated by commas or line breaks, as typed."""
    return [" ".join(line.split()) for line in re.split(r"[,\n]", text) if line.strip()]


def _validate_skills(data: ProfileInput, errors: dict[str, str]) -> None:
    qualifications = _box_lines(data.qualifications)
    if len(data.skills) > MAX_SKILL_LINES:
        errors["skills"] = TOO_MANY_SKILLS
    elif len(data.skills) + len(qualifications) > MAX_SKILL_LINES:
        errors["qualifications"] = TOO_MANY_SKILLS
    for skill in data.skills:
        if len(skill.text) > MAX_SKILL_CHARS:
            errors["skills"] = lazy("Describe each skill in at most 120 characters.")
        if skill.level is not None and not 1 <= skill.level <= 5:
            errors["skills"] = lazy("Choose a level from 1 to 5.")
        if skill.years is not None and not 0 <= skill.years <= 60:
            errors["skills"] = lazy("Years of experience must be between 0 and 60.")
    if any(len(q) > MAX_SKILL_CHARS for q in qualifications):
        errors["qualifications"] = lazy("Describe each qualification in at most 120 characters.")


async def language_readings(text: str) -> list[skills.Understanding]:
    """What each line of the Languages box reads as while it is typed: the lines saving reads, as it reads them."""
    return await skills.understand_all(_box_lines(text[:MAX_LANGUAGES_TYPED])[:MAX_LANGUAGES])


@dataclass(frozen=True, slots=True)
class _Row:
    text: str
    key: str
    level: int | None
    years: float | None
    kind: SkillKind


Number = TypeVar("Number", int, float)


def _larger(one: Number | None, other: Number | None) -> Number | None:
    return other if one is None else one if other is None else max(one, other)


def _once_each(rows: list[_Row]) -> dict[str, _Row]:
    """One row a skill key, where it was first named: a skill typed again ("파이썬", "Python") is one skill, with
    the highest level and years said of it."""
    kept: dict[str, _Row] = {}
    for row in rows:
        first = kept.get(row.key)
        kept[row.key] = (
            row
            if first is None
            else _Row(
                first.text,
                first.key,
                _larger(first.level, row.level),
                _larger(first.years, row.years),
                first.kind,
            )
        )
    return kept


async def _skill_rows(data: ProfileInput) -> list[_Row]:
    """The profile's skills as stored: each skill a line names, once; refused past MAX_SKILLS, with the count, by the
    box that took it past. Languages come last, so a language also typed as a skill keeps that row, and count
    towards no cap but their own (MAX_LANGUAGES lines), as before they were rows."""
    rows: list[_Row] = []
    for skill, named in zip(data.skills, await skills.named([s.text for s in data.skills]), strict=True):
        for piece in named:  # one row a skill; the level and years the row gives win over what its words say
            level = skill.level if skill.level is not None else piece.level
            years = skill.years if skill.years is not None else piece.years
            rows.append(_Row(piece.text, piece.key, level, years, "skill"))
    from_rows = len(_once_each(rows))
    qualifications = _box_lines(data.qualifications)
    found = await skills.canonical(qualifications)
    rows += [
        _Row(line, canonical.key, None, None, "qualification")
        for line, canonical in zip(qualifications, found, strict=True)
    ]
    counted = len(_once_each(rows))
    if counted > MAX_SKILLS:
        raise ValidationFailed(
            "List at most {limit} skills and qualifications: there are {count} now.",
            fields={"skills" if from_rows > MAX_SKILLS else "qualifications": TOO_MANY_SKILLS},
            limit=MAX_SKILLS,
            count=counted,
        )
    # a language line reads as a skill line does ("English - fluent": English at level 4; "일본어 JLPT N2": two)
    for named in await skills.named(_box_lines(data.languages)):
        rows += [_Row(piece.text, piece.key, piece.level, piece.years, "language") for piece in named]
    return list(_once_each(rows).values())


async def save_profile(user_id: int, data: ProfileInput, *, this_year: int) -> Profile:
    """Validate everything, canonicalise the skills once, and store profile and skills together."""
    values = _validate(data, this_year=this_year)
    rows = await _skill_rows(data)
    async with transaction():
        await SeekerProfile.insert(new_row(SeekerProfile, user_id=user_id, **values)).on_conflict(
            target=SeekerProfile.user_id,
            action="DO UPDATE",
            values=[
                *(SeekerProfile._meta.get_column_by_name(name) for name in values),
                (SeekerProfile.updated_at, NOW),
            ],
        )
        await SeekerSkill.delete().where(SeekerSkill.user_id == user_id)
        if rows:
            await SeekerSkill.insert(
                *(
                    new_row(
                        SeekerSkill,
                        user_id=user_id,
                        position=position,
                        text=row.text,
                        skill_key=row.key,
                        level=row.level,
                        years=row.years,
                        kind=row.kind,
                    )
                    for position, row in enumerate(rows)
                )
            )
    return await get_profile(user_id)


# What a profile shows of its row, and what a seeker who never saved one sees (the schema's defaults).
NO_PROFILE: dict[str, Any] = {
    "birth_year": None,
    "phone": "",
    "region": "",
    "school": "",
    "major": "",
    "graduation": "",
    "summary": "",
    "sectors": (),
    "districts": (),
    "employment_types": (),
    "shifts": (),
    "earliest_start": None,
    "experienced": False,
    "findable": False,
    "resume_name": "",
    "resume_size": 0,
}


async def get_profile(user_id: int) -> Profile:
    account = (
        await User.select(User.id.as_alias("user_id"), User.display_name, User.email)
        .where((User.id == user_id) & (User.role == "seeker"))
        .first()
    )
    if account is None:
        raise NotFound()
    saved = (
        await SeekerProfile.select(*(SeekerProfile._meta.get_column_by_name(name) for name in NO_PROFILE))
        .where(SeekerProfile.user_id == user_id)
        .first()
    )
    vocab = await skills.vocabulary()
    skill_rows = (
        await SeekerSkill.select(
            SeekerSkill.text, SeekerSkill.skill_key, SeekerSkill.level, SeekerSkill.years, SeekerSkill.kind
        )
        .where(SeekerSkill.user_id == user_id)
        .order_by(SeekerSkill.position)
    )
    views = []
    for r in skill_rows:
        known = vocab.by_id.get(r["skill_key"])
        views.append(
            ProfileSkill(
                text=r["text"],
                skill_key=r["skill_key"],
                level=r["level"],
                years=float(r["years"]) if r["years"] is not None else None,
                kind=r["kind"],
                canonical_name=f"{known.name_ko} · {known.name_en}" if known else "",
            )
        )
    profile = saved or NO_PROFILE
    tuples = {k: tuple(profile[k]) for k in ("sectors", "districts", "employment_types", "shifts")}
    return Profile(**account, **{**profile, **tuples}, skills=tuple(views))
