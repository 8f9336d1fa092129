"""ESCO v1.1.1 read in place from ../shared/data/esco (zip archives), for the evaluations and benchmarks.

This service uses the ESCO classification of the European Commission.
"""

from __future__ import annotations

import csv
import io
import random
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from jobsfez.skills.matching import Skill
from jobsfez.skills.taxonomy_data import esco_id, parse_esco_csv

ESCO_DIR = Path(__file__).resolve().parents[3] / "shared" / "data" / "esco"
CLASSIFICATION = "esco-v1.1.1-classification-en-csv.zip"
RELATIONS = "esco-v1.1.1-relations-csv.zip"
QWERTY_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


@dataclass(frozen=True, slots=True)
class Occupation:
    id: str
    label: str
    essential: tuple[str, ...]  # skill ids, as esco_id gives them
    optional: tuple[str, ...]


def _read(archive: str, member: str, directory: Path) -> str:
    with zipfile.ZipFile(directory / archive) as bundle:
        return bundle.read(member).decode("utf-8")


def skills_csv(directory: Path = ESCO_DIR) -> str:
    """skills_en.csv as text: what a staff member uploads to import ESCO."""
    return _read(CLASSIFICATION, "skills_en.csv", directory)


def skills(directory: Path = ESCO_DIR) -> list[Skill]:
    return parse_esco_csv(skills_csv(directory))


def _rows(text: str) -> Iterator[dict[str, str]]:
    yield from csv.DictReader(io.StringIO(text))


def occupations(directory: Path = ESCO_DIR) -> list[Occupation]:
    """Occupations with their essential and optional skills, in the archive's order."""
    labels = {
        r["conceptUri"]: r["preferredLabel"] for r in _rows(_read(CLASSIFICATION, "occupations_en.csv", directory))
    }
    essential: dict[str, list[str]] = {}
    optional: dict[str, list[str]] = {}
    for r in _rows(_read(RELATIONS, "occupationSkillRelations.csv", directory)):
        target = essential if r["relationType"] == "essential" else optional
        target.setdefault(r["occupationUri"], []).append(esco_id(r["skillUri"]))
    return [
        Occupation(
            uri, label, tuple(dict.fromkeys(essential.get(uri, ()))), tuple(dict.fromkeys(optional.get(uri, ())))
        )
        for uri, label in labels.items()
    ]


def neighbour(char: str, rng: random.Random) -> str:
    for row in QWERTY_ROWS:
        at = row.find(char)
        if at >= 0:
            return rng.choice([row[i] for i in (at - 1, at + 1) if 0 <= i < len(row)])
    return char


def latin_typo(text: str, rng: random.Random) -> str:
    """One slip of the fingers in a word of five letters or more: a neighbouring key, a dropped, doubled or swapped letter."""
    words = text.split(" ")
    long_words = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not long_words:
        return text
    which = rng.choice(long_words)
    word = words[which]
    at = rng.randrange(1, len(word))
    kind = rng.choice(["sub", "drop", "double", "swap"])
    if kind == "sub":
        word = word[:at] + neighbour(word[at], rng) + word[at + 1 :]
    elif kind == "drop":
        word = word[:at] + word[at + 1 :]
    elif kind == "double":
        word = word[:at] + word[at] + word[at:]
    else:
        word = word[: at - 1] + word[at] + word[at - 1] + word[at + 1 :]
    words[which] = word
    return " ".join(words)
