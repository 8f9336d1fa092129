"""The taxonomy in PostgreSQL, a per-process vocabulary cache keyed by version, and canonicalisation.

Every change bumps ``taxonomy_state.version``; each process compares its cached vocabulary's version
with the row and rebuilds when they differ, so a staff edit reaches every web and worker process
without a restart.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from piccolo.custom_types import Combinable

from jobsfez.db import NOW, fetch, new_row, transaction
from jobsfez.errors import NotFound, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.postings.tables import PostingSkill
from jobsfez.seekers.tables import SeekerSkill
from jobsfez.skills.matching import (
    Canonical,
    Named,
    Skill,
    Vocabulary,
    canonicalise_many,
    extract,
    normalise,
    offered,
    skills_named,
)
from jobsfez.skills.tables import RekeyRun, SkillAlias, SkillImport, SkillRelation, SkillRow, TaxonomyState
from jobsfez.skills.taxonomy_data import esco_text, parse_esco_csv

CATEGORIES = {
    "software": lazy("Software"),
    "data_ai": lazy("Data and AI"),
    "machining": lazy("Machining"),
    "welding": lazy("Welding"),
    "electrical_plc": lazy("Electrical and PLC"),
    "cad_cae": lazy("CAD/CAE"),
    "logistics_equipment": lazy("Logistics and equipment"),
    "quality_safety": lazy("Quality and safety"),
    "shipbuilding_marine": lazy("Shipbuilding and marine"),
    "languages": lazy("Languages"),
    "soft_skills": lazy("Soft skills"),
    "qualification": lazy("Qualifications"),
}
SKILL_ID_SHAPE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,119}$")
MAX_ALIASES = 40

_cache: Vocabulary | None = None
_lock = asyncio.Lock()


async def current_version() -> int:
    row = await TaxonomyState.select(TaxonomyState.version).where(TaxonomyState.id == 1).first()
    return int(row["version"]) if row else 0


async def vocabulary() -> Vocabulary:
    """The taxonomy as the matching core needs it; rebuilt only when the version moved."""
    global _cache
    version = await current_version()
    if _cache is not None and _cache.version == version:
        return _cache
    async with _lock:
        if _cache is None or _cache.version != version:
            _cache = await _load(version)
    return _cache


async def _load(version: int) -> Vocabulary:
    skills = await SkillRow.select(
        SkillRow.skill_id, SkillRow.name_ko, SkillRow.name_en, SkillRow.category, SkillRow.qualification
    ).order_by(SkillRow.id)
    aliases: dict[str, list[str]] = {}
    for row in await SkillAlias.select(SkillAlias.skill_id, SkillAlias.alias).order_by(SkillAlias.id):
        aliases.setdefault(row["skill_id"], []).append(row["alias"])
    related: dict[str, list[str]] = {}
    for row in await SkillRelation.select(SkillRelation.skill_id, SkillRelation.related_id).order_by(SkillRelation.id):
        related.setdefault(row["skill_id"], []).append(row["related_id"])
    return Vocabulary(
        (
            Skill(
                id=r["skill_id"],
                name_ko=r["name_ko"],
                name_en=r["name_en"],
                category=r["category"],
                aliases=tuple(aliases.get(r["skill_id"], ())),
                related=tuple(related.get(r["skill_id"], ())),
                qualification=bool(r["qualification"]),
            )
            for r in skills
        ),
        version,
    )


async def canonical(texts: Sequence[str]) -> list[Canonical]:
    """Skill keys for what people typed: done when a profile or posting is saved, so ranking never fuzzes."""
    if not texts:
        return []
    vocab = await vocabulary()
    return canonicalise_many(vocab, texts)


async def named(texts: Sequence[str]) -> list[tuple[Named, ...]]:
    """Every skill each line names, for saving: a line naming several skills is kept as one row each."""
    if not texts:
        return []
    vocab = await vocabulary()
    return [skills_named(vocab, text) for text in texts]


# Longest line a form asks about while someone types (a profile summary's paragraph fits).
MAX_UNDERSTOOD_CHARS = 2000


@dataclass(frozen=True, slots=True)
class SkillName:
    skill_id: str
    name_ko: str
    name_en: str


@dataclass(frozen=True, slots=True)
class UnderstoodSkill:
    """A skill found in a line: its names, the words it came from, and any level or years said with it."""

    skill: SkillName
    text: str
    level: int | None
    years: float | None


@dataclass(frozen=True, slots=True)
class Understanding:
    """What a line was understood as, for the form to show while typing: its skills; the skills it names but does not
    count as the writer's (wanted, someone else's, a pastime, denied, an everyday sense), which the form explains;
    and suggestions for the words not understood."""

    text: str
    skills: tuple[UnderstoodSkill, ...]
    unknown: tuple[str, ...]
    suggestions: tuple[SkillName, ...]
    set_aside: tuple[SkillName, ...] = ()


def skill_name(vocab: Vocabulary, skill_id: str) -> SkillName:
    skill = vocab.by_id[skill_id]
    return SkillName(skill.id, skill.name_ko or skill.name_en, skill.name_en)  # ESCO's skills have no Korean name


async def understand(text: str) -> Understanding:
    """Read one line of a skill field as saving it would, and offer skills for what was not understood."""
    return read_line(await vocabulary(), text)


async def understand_all(texts: Sequence[str]) -> list[Understanding]:
    """``understand`` for every line of a form shown again with its mistakes, each row with its reading."""
    vocab = await vocabulary()
    return [read_line(vocab, text) for text in texts]


def read_line(vocab: Vocabulary, text: str) -> Understanding:
    """``understand`` with the vocabulary at hand, for a page that reads many lines."""
    reading = extract(vocab, text[:MAX_UNDERSTOOD_CHARS])
    found = tuple(UnderstoodSkill(skill_name(vocab, s.skill_id), s.text, s.level, s.years) for s in reading.skills)
    aside = tuple(skill_name(vocab, s.skill_id) for s in reading.set_aside)  # each skill once, as extract keeps it
    offers = tuple(skill_name(vocab, skill_id) for skill_id in offered(vocab, reading))
    return Understanding(text, found, reading.unknown, offers, aside)


async def _bump() -> None:
    await TaxonomyState.update({TaxonomyState.version: TaxonomyState.version + 1}).where(TaxonomyState.id == 1)


# Stored skill rows re-canonicalised per transaction of a re-keying run.
REKEY_CHUNK = 2000


@dataclass(frozen=True, slots=True)
class RekeyProgress:
    """Where the newest re-keying run stands after a step of it."""

    run_id: int
    taxonomy_version: int
    done: bool
    seeker_skills_changed: int
    posting_skills_changed: int


async def rekey_step(*, budget_seconds: float) -> RekeyProgress | None:
    """Re-canonicalise stored profile and posting skills after a taxonomy change, chunk by chunk for about
    budget_seconds, so that scores follow the taxonomy; None when they are keyed to the current version already."""
    run_id = await _newest_run()
    if run_id is None:
        return None
    deadline = time.monotonic() + budget_seconds
    while True:
        progress = await _rekey_chunk(run_id)
        if progress.done or time.monotonic() >= deadline:
            return progress


async def _newest_run() -> int | None:
    """The pending run for the current taxonomy version, written first if the version moved since the last run;
    older pending runs are superseded, since the newest re-keys everything to a newer taxonomy anyway."""
    async with transaction():
        version = await current_version()
        last = (
            await RekeyRun.select(RekeyRun.id, RekeyRun.taxonomy_version, RekeyRun.status)
            .order_by(RekeyRun.id, ascending=False)
            .lock_rows()
            .first()
        )
        run_id: int | None = None
        if last is not None and last["taxonomy_version"] >= version:
            run_id = int(last["id"]) if last["status"] == "pending" else None
        else:
            await RekeyRun.update({RekeyRun.status: "superseded", RekeyRun.finished_at: NOW}).where(
                RekeyRun.status == "pending"
            )
            [row] = await RekeyRun.insert(new_row(RekeyRun, taxonomy_version=version)).returning(RekeyRun.id)
            run_id = int(row["id"])
    return run_id


# A posting's skill_keys (what search filters and ranks by) as saving writes them: its skills' distinct keys in the
# order of the skills. SQL, as no query builder writes an array of a grouped subquery in an UPDATE.
SEARCH_KEYS = """
    UPDATE postings p SET skill_keys = ARRAY(
        SELECT key FROM posting_skills s WHERE s.posting_id = p.id GROUP BY key ORDER BY min(s.position))
    WHERE p.id = ANY($1::bigint[])"""


async def _rekey_chunk(run_id: int) -> RekeyProgress:
    vocab = await vocabulary()
    async with transaction():
        run = await RekeyRun.select().where(RekeyRun.id == run_id).lock_rows().first()
        assert run is not None
        if not run["seekers_done"]:
            rows = (
                await SeekerSkill.select(SeekerSkill.id, SeekerSkill.text, SeekerSkill.skill_key)
                .where(SeekerSkill.id > run["seekers_after"])
                .order_by(SeekerSkill.id)
                .limit(REKEY_CHUNK)
            )
            found = canonicalise_many(vocab, [r["text"] for r in rows])
            changed = [(r["id"], c) for r, c in zip(rows, found, strict=True) if c.key != r["skill_key"]]
            for skill_row_id, canonical_skill in changed:
                await SeekerSkill.update({SeekerSkill.skill_key: canonical_skill.key}).where(
                    SeekerSkill.id == skill_row_id
                )
            values: dict[Any, Any] = {
                RekeyRun.seekers_after: rows[-1]["id"] if rows else run["seekers_after"],
                RekeyRun.seekers_done: len(rows) < REKEY_CHUNK,
                RekeyRun.seeker_skills_changed: run["seeker_skills_changed"] + len(changed),
            }
        else:
            rows = (
                await PostingSkill.select(PostingSkill.id, PostingSkill.posting_id, PostingSkill.text, PostingSkill.key)
                .where(PostingSkill.id > run["postings_after"])
                .order_by(PostingSkill.id)
                .limit(REKEY_CHUNK)
            )
            found = canonicalise_many(vocab, [r["text"] for r in rows])
            changed = [(r["id"], c) for r, c in zip(rows, found, strict=True) if c.key != r["key"]]
            for skill_row_id, canonical_skill in changed:
                await PostingSkill.update(
                    {PostingSkill.key: canonical_skill.key, PostingSkill.skill_id: canonical_skill.skill_id}
                ).where(PostingSkill.id == skill_row_id)
            posting_of = {r["id"]: r["posting_id"] for r in rows}
            if changed:  # search finds a posting by the keys on its row: they follow its skills' new keys
                await fetch(SEARCH_KEYS, list({posting_of[skill_row_id] for skill_row_id, _ in changed}))
            finished = len(rows) < REKEY_CHUNK
            values = {
                RekeyRun.postings_after: rows[-1]["id"] if rows else run["postings_after"],
                RekeyRun.posting_skills_changed: run["posting_skills_changed"] + len(changed),
            }
            if finished:
                values.update({RekeyRun.status: "done", RekeyRun.finished_at: NOW})
        [after] = await RekeyRun.update(values).where(RekeyRun.id == run_id).returning(*RekeyRun.all_columns())
    return RekeyProgress(
        run_id,
        int(after["taxonomy_version"]),
        after["status"] == "done",
        int(after["seeker_skills_changed"]),
        int(after["posting_skills_changed"]),
    )


# Rows a statement of an import inserts at once: 1,000 skills are 7,000 parameters, far below PostgreSQL's 32,767.
IMPORT_BATCH = 1000


def _batches(rows: Sequence[Any]) -> Iterable[Sequence[Any]]:
    return (rows[start : start + IMPORT_BATCH] for start in range(0, len(rows), IMPORT_BATCH))


async def import_skills(skills: Iterable[Skill], *, source: str) -> int:
    """Insert or update skills with their aliases and relations (shipped data, a staff edit) in one transaction."""
    by_id = {skill.id: skill for skill in skills}  # a repeated id: the last one wins, as row by row it did
    async with transaction():
        await _store_skills(list(by_id.values()), source=source)
        await _store_relations(list(by_id.values()))
        await _bump()
    return len(by_id)


async def _store_skills(skills: Sequence[Skill], *, source: str) -> None:
    """Skills and their aliases, a batch of rows a statement (ESCO's 97,000 aliases in seconds)."""
    for batch in _batches(skills):
        rows = [
            new_row(
                SkillRow,
                skill_id=skill.id,
                name_ko=skill.name_ko,
                name_en=skill.name_en,
                category=skill.category,
                qualification=skill.qualification,
                source=source,
            )
            for skill in batch
        ]
        await SkillRow.insert(*rows).on_conflict(
            target=SkillRow.skill_id,
            action="DO UPDATE",
            values=[
                SkillRow.name_ko,
                SkillRow.name_en,
                SkillRow.category,
                SkillRow.qualification,
                (SkillRow.updated_at, NOW),
            ],
        )
    aliases = [(skill.id, alias) for skill in skills for alias in dict.fromkeys(skill.aliases)]
    for alias_batch in _batches(aliases):
        await SkillAlias.insert(
            *(new_row(SkillAlias, skill_id=skill_id, alias=alias) for skill_id, alias in alias_batch)
        ).on_conflict(action="DO NOTHING")


async def _store_relations(skills: Sequence[Skill]) -> None:
    """Relations to skills that exist once the skills are stored; the related ids are looked up once."""
    wanted = list({related for skill in skills for related in skill.related})
    if not wanted:
        return
    known = set(await SkillRow.select(SkillRow.skill_id).where(SkillRow.skill_id.is_in(wanted)).output(as_list=True))
    pairs = [(s.id, r) for s in skills for r in dict.fromkeys(s.related) if r in known]
    for pair_batch in _batches(pairs):
        await SkillRelation.insert(
            *(new_row(SkillRelation, skill_id=skill_id, related_id=related) for skill_id, related in pair_batch)
        ).on_conflict(action="DO NOTHING")


def _esco_skills(text: str) -> list[Skill]:
    """ESCO's skills from the text of an upload; ValidationFailed when it is not in ESCO's column layout."""
    try:
        skills = parse_esco_csv(text)
    except ValueError as exc:
        raise ValidationFailed("The file could not be read: {reason}", reason=str(exc)) from exc
    if not skills:
        raise ValidationFailed("The file has no skills in it.")
    return skills


def _upload_text(content: bytes) -> str:
    """The skills CSV of an upload: ESCO's classification bundle as a zip, or the CSV itself."""
    try:
        return esco_text(content)
    except UnicodeDecodeError as exc:
        raise ValidationFailed("Save the file as UTF-8 and try again.") from exc
    except ValueError as exc:
        raise ValidationFailed("The file could not be read: {reason}", reason=str(exc)) from exc


# Skills a transaction of a staged import writes: about a second's work, so the progress bar moves.
IMPORT_CHUNK = 2000


@dataclass(frozen=True, slots=True)
class ImportProgress:
    import_id: int
    total: int
    done: int
    finished: bool


async def start_esco_import(content: bytes) -> ImportProgress:
    """Check an ESCO upload and store it whole for the worker, which writes it a chunk at a time; a file with the
    wrong columns changes nothing."""
    text = _upload_text(content)
    skills = _esco_skills(text)
    [row] = await SkillImport.insert(new_row(SkillImport, source="esco", content=text, total=len(skills))).returning(
        SkillImport.id
    )
    return ImportProgress(int(row["id"]), len(skills), 0, finished=False)


async def import_step(*, budget_seconds: float) -> ImportProgress | None:
    """Write the oldest unfinished import on for about budget_seconds; the taxonomy version moves once, when it
    is all in, so processes rebuild their vocabulary once. None when no import is waiting."""
    deadline = time.monotonic() + budget_seconds
    while True:
        async with transaction():
            row = await (
                SkillImport.select(SkillImport.id, SkillImport.source, SkillImport.content, SkillImport.done)
                .where(SkillImport.status == "pending")
                .order_by(SkillImport.id)
                .lock_rows()
                .first()
            )
            if row is None:
                return None
            skills = list({s.id: s for s in _esco_skills(row["content"])}.values())
            done = min(len(skills), int(row["done"]) + IMPORT_CHUNK)
            await _store_skills(skills[row["done"] : done], source=row["source"])
            finished = done >= len(skills)
            values: dict[Any, Any] = {SkillImport.done: done}
            if finished:
                await _store_relations(skills)
                await _bump()
                # the file is no longer needed once it is in: 9.5 MB for ESCO
                values.update({SkillImport.status: "done", SkillImport.finished_at: NOW, SkillImport.content: ""})
            await SkillImport.update(values).where(SkillImport.id == row["id"])
            progress = ImportProgress(int(row["id"]), len(skills), done, finished)
        if finished or time.monotonic() >= deadline:
            return progress


async def import_progress(import_id: int) -> ImportProgress:
    """How far an import is, for its progress bar."""
    row = (
        await SkillImport.select(SkillImport.total, SkillImport.done, SkillImport.status)
        .where(SkillImport.id == import_id)
        .first()
    )
    if row is None:
        raise NotFound()
    return ImportProgress(import_id, int(row["total"]), int(row["done"]), row["status"] == "done")


@dataclass(frozen=True, slots=True)
class SkillView:
    skill_id: str
    name_ko: str
    name_en: str
    category: str
    qualification: bool
    aliases: tuple[str, ...]


VIEW_COLUMNS = (SkillRow.skill_id, SkillRow.name_ko, SkillRow.name_en, SkillRow.category, SkillRow.qualification)


async def _views(rows: list[dict[str, Any]]) -> list[SkillView]:
    """The skills with their aliases, in the order the aliases were added."""
    aliases: dict[str, list[str]] = {}
    if rows:
        for alias in (
            await SkillAlias.select(SkillAlias.skill_id, SkillAlias.alias)
            .where(SkillAlias.skill_id.is_in([r["skill_id"] for r in rows]))
            .order_by(SkillAlias.id)
        ):
            aliases.setdefault(alias["skill_id"], []).append(alias["alias"])
    return [SkillView(**r, aliases=tuple(aliases.get(r["skill_id"], ()))) for r in rows]


async def search(query: str, *, limit: int = 50) -> list[SkillView]:
    """Staff's taxonomy editor list: by name or alias, Korean or English."""
    pattern = f"%{query.strip()}%"
    matching = SkillRow.select(*VIEW_COLUMNS).order_by(SkillRow.name_en).limit(limit)
    if pattern != "%%":
        matching = matching.where(
            SkillRow.name_ko.ilike(pattern)
            | SkillRow.name_en.ilike(pattern)
            | SkillRow.skill_id.ilike(pattern)
            | SkillRow.skill_id.is_in(SkillAlias.select(SkillAlias.skill_id).where(SkillAlias.alias.ilike(pattern)))
        )
    return await _views(await matching)


def _alias_list(aliases: str, kept: Sequence[str]) -> list[str]:
    """The aliases of the editor's field, one a line or several separated by commas or bars; a line that is an alias
    the skill has already is kept whole (240 of ESCO's hold a comma: "prepare, select and mix oil")."""
    found: list[str] = []
    for line in aliases.splitlines():
        line = line.strip()
        found.extend([line] if line in kept else (part.strip() for part in re.split(r"[,|]", line)))
    return list(dict.fromkeys(alias for alias in found if alias))


def _check_skill(
    *, name_ko: str, name_en: str, category: str, aliases: str, kept: Sequence[str]
) -> tuple[str, str, list[str]]:
    errors: dict[str, str] = {}
    name_ko, name_en = " ".join(name_ko.split()), " ".join(name_en.split())
    if not name_ko or len(name_ko) > 200:
        errors["name_ko"] = lazy("Enter the Korean name (up to 200 characters).")
    if not name_en or len(name_en) > 200:
        errors["name_en"] = lazy("Enter the English name (up to 200 characters).")
    if category not in CATEGORIES:
        errors["category"] = lazy("Choose a category.")
    alias_list = _alias_list(aliases, kept)
    if len(alias_list) > MAX_ALIASES or any(len(a) > 200 for a in alias_list):
        errors["aliases"] = lazy("Use at most 40 aliases of up to 200 characters each.")
    if errors:
        raise ValidationFailed("Please correct the marked fields.", fields=errors)
    return name_ko, name_en, alias_list


def _check_aliases_free(vocab: Vocabulary, skill_id: str, added: Sequence[str]) -> None:
    """An alias added to a skill must not already name another one: the matcher would read it as that other skill
    (names win over aliases, older skills over newer ones) and the new alias would silently do nothing."""
    for alias in added:
        owner = vocab.exact.get(normalise(alias))
        if owner is not None and owner != skill_id and owner in vocab.by_id:
            other = vocab.by_id[owner]
            raise ValidationFailed(
                "'{alias}' already names the skill {skill}: an alias can name only one skill.",
                fields={"aliases": lazy("An alias here already names another skill.")},
                alias=alias,
                skill=" · ".join(dict.fromkeys(name for name in (other.name_ko, other.name_en) if name)),
            )


async def _lock_taxonomy() -> None:
    """Hold the taxonomy's version row until the transaction ends: two staff saving at once then check their
    aliases one after the other, each against what the other stored."""
    await TaxonomyState.select(TaxonomyState.id).where(TaxonomyState.id == 1).lock_rows()


async def save_skill(
    *, skill_id: str, name_ko: str, name_en: str, category: str, aliases: str, qualification: bool, create: bool
) -> str:
    """Staff add or edit a skill and its aliases; every process picks the change up by the version."""
    skill_id = skill_id.strip().lower()
    if not SKILL_ID_SHAPE.match(skill_id):
        raise ValidationFailed(
            "Please correct the marked fields.", fields={"skill_id": lazy("Use lowercase letters, digits and dashes.")}
        )
    async with transaction():
        await _lock_taxonomy()
        kept = await SkillAlias.select(SkillAlias.alias).where(SkillAlias.skill_id == skill_id).output(as_list=True)
        name_ko, name_en, alias_list = _check_skill(
            name_ko=name_ko, name_en=name_en, category=category, aliases=aliases, kept=kept
        )
        exists = await SkillRow.exists().where(SkillRow.skill_id == skill_id)
        if create and exists:
            raise ValidationFailed(
                "Please correct the marked fields.", fields={"skill_id": lazy("A skill with this id already exists.")}
            )
        if not create and not exists:
            raise NotFound()
        _check_aliases_free(await vocabulary(), skill_id, [a for a in alias_list if a not in kept])
        await import_skills(
            [Skill(skill_id, name_ko, name_en, category, tuple(alias_list), (), qualification)], source="staff"
        )
        dropped: Combinable = SkillAlias.skill_id == skill_id
        if alias_list:
            dropped &= SkillAlias.alias.not_in(alias_list)
        await SkillAlias.delete().where(dropped)
    return skill_id


async def add_alias(skill_id: str, alias: str) -> None:
    """Staff add one alias to a skill (from the list of unmatched lines), leaving its names and other aliases as they
    are: a skill imported from ESCO, which has no Korean name and aliases of its own shape, takes one too."""
    async with transaction():
        await _lock_taxonomy()
        if not await SkillRow.exists().where(SkillRow.skill_id == skill_id):
            raise NotFound()
        _check_aliases_free(await vocabulary(), skill_id, [alias])
        await SkillAlias.insert(new_row(SkillAlias, skill_id=skill_id, alias=alias)).on_conflict(action="DO NOTHING")
        await _bump()


async def get_skill(skill_id: str) -> SkillView:
    found = await _views(await SkillRow.select(*VIEW_COLUMNS).where(SkillRow.skill_id == skill_id))
    if not found:
        raise NotFound()
    return found[0]
