"""Read skill taxonomies (the shipped CSV, ESCO exports) into the matching core's plain Skill records.

Pure functions: a file read for the shipped data, string parsing otherwise; no database.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from jobsfez.skills.matching import Skill, Vocabulary

SHIPPED_TAXONOMY = Path(__file__).parent / "data" / "taxonomy.csv"
TAXONOMY_COLUMNS = ("id", "name_ko", "name_en", "category", "aliases", "related", "qualification")
ESCO_COLUMNS = ("conceptUri", "preferredLabel", "altLabels", "skillType", "description")
# Separator of the aliases and related columns of the shipped taxonomy.
LIST_SEPARATOR = "|"
# Prefix of skill ids derived from ESCO concept URIs, so they never collide with shipped ids.
ESCO_ID_PREFIX = "esco-"
QUALIFICATION_FLAGS = {"1": True, "0": False}
# The skills file inside ESCO's classification bundle (esco-v1.1.1-classification-en-csv.zip).
ESCO_SKILLS_MEMBER = "skills_en.csv"
# Largest skills file taken out of a bundle: ESCO v1.1.1's is 9.5 MB; a bigger one is no ESCO file (or a zip bomb).
MAX_ESCO_UNZIPPED = 40 * 1024 * 1024


def load_shipped_skills(path: Path | None = None) -> list[Skill]:
    """Skills of the taxonomy shipped with the code, so matching works without a database."""
    return parse_taxonomy_csv((path or SHIPPED_TAXONOMY).read_text(encoding="utf-8"))


def load_shipped_vocabulary(version: int, path: Path | None = None) -> Vocabulary:
    """The shipped taxonomy as a ready Vocabulary."""
    return Vocabulary(load_shipped_skills(path), version)


def _rows(text: str, required: Sequence[str], what: str) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) pairs of a CSV, after checking its header has every required column."""
    reader = csv.DictReader(io.StringIO(text.removeprefix("\ufeff")))
    header = [name.strip() for name in reader.fieldnames or ()]
    missing = [name for name in required if name not in header]
    if missing:
        raise ValueError(f"{what} CSV is missing column(s) {', '.join(missing)}; found {', '.join(header) or 'none'}")
    reader.fieldnames = header
    for row in reader:
        yield reader.line_num, {key: (value or "").strip() for key, value in row.items() if key is not None}


def _split(value: str, separator: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(part.strip() for part in value.split(separator) if part.strip()))


def parse_taxonomy_csv(text: str) -> list[Skill]:
    """Parse the shipped taxonomy layout (id,name_ko,name_en,category,aliases,related,qualification)."""
    skills: list[Skill] = []
    seen: set[str] = set()
    for line, row in _rows(text, TAXONOMY_COLUMNS, "taxonomy"):
        skill_id = row["id"]
        if not skill_id or skill_id in seen:
            raise ValueError(f"taxonomy CSV line {line}: {'duplicate' if skill_id else 'empty'} id {skill_id!r}")
        if not (row["name_ko"] or row["name_en"]):
            raise ValueError(f"taxonomy CSV line {line}: skill {skill_id!r} has no name")
        flag = QUALIFICATION_FLAGS.get(row["qualification"])
        if flag is None:
            raise ValueError(f"taxonomy CSV line {line}: qualification must be 1 or 0, got {row['qualification']!r}")
        seen.add(skill_id)
        skills.append(
            Skill(
                id=skill_id,
                name_ko=row["name_ko"],
                name_en=row["name_en"],
                category=row["category"],
                aliases=_split(row["aliases"], LIST_SEPARATOR),
                related=_split(row["related"], LIST_SEPARATOR),
                qualification=flag,
            )
        )
    return skills


def esco_id(concept_uri: str) -> str:
    """Skill id from an ESCO concept URI: its last path segment, prefixed."""
    path, _, segment = concept_uri.rstrip("/").rpartition("/")
    if not path or not segment:
        raise ValueError(f"not an ESCO concept URI: {concept_uri!r}")
    return ESCO_ID_PREFIX + segment


def parse_esco_csv(text: str) -> list[Skill]:
    """Parse an ESCO skills export (altLabels newline-separated) into Skills; ESCO has no Korean labels."""
    skills: list[Skill] = []
    seen: set[str] = set()
    for line, row in _rows(text, ESCO_COLUMNS, "ESCO"):
        if not row["conceptUri"] or not row["preferredLabel"]:
            raise ValueError(f"ESCO CSV row ending on line {line}: conceptUri and preferredLabel are required")
        skill_id = esco_id(row["conceptUri"])
        if skill_id in seen:
            raise ValueError(f"ESCO CSV row ending on line {line}: duplicate concept {row['conceptUri']!r}")
        seen.add(skill_id)
        label = row["preferredLabel"]
        aliases = tuple(alias for alias in _split(row["altLabels"], "\n") if alias != label)
        skills.append(Skill(skill_id, "", label, row["skillType"] or "esco", aliases, (), False))
    return skills


def esco_text(content: bytes) -> str:
    """The skills CSV of an upload: ESCO's classification bundle as downloaded (a zip, small enough to upload
    whole), or its skills_en.csv on its own; ValueError when it is neither."""
    if not zipfile.is_zipfile(io.BytesIO(content)):
        return content.decode("utf-8-sig")
    with zipfile.ZipFile(io.BytesIO(content)) as bundle:
        member = next((i for i in bundle.infolist() if i.filename.rsplit("/", 1)[-1] == ESCO_SKILLS_MEMBER), None)
        if member is None:
            raise ValueError(f"the zip has no {ESCO_SKILLS_MEMBER}")
        if member.file_size > MAX_ESCO_UNZIPPED:
            raise ValueError(f"{ESCO_SKILLS_MEMBER} is larger than {MAX_ESCO_UNZIPPED // (1024 * 1024)} MB")
        with bundle.open(member) as handle:
            return handle.read(MAX_ESCO_UNZIPPED + 1)[:MAX_ESCO_UNZIPPED].decode("utf-8-sig")
