"""Precision of ESCO labels mapped onto the shipped taxonomy, on a sample checked by hand.

Run:  PYTHONPATH=src .venv/bin/python bench/eval/esco_precision.py [--draw]
Every ESCO v1.1.1 label (preferred and alternative, 98,459 distinct) goes through the canonicaliser against the
shipped taxonomy; a label that maps to a skill is a claim that someone who typed it holds that skill. A sample of
100 mapped labels (the first by a hash of seed 16 and the label) is looked up in esco_precision_verdicts.csv, where each (label, skill) pair was judged
by hand: "right" when a person who wrote the label has the skill (Photoshop CS4 -> Adobe Photoshop), "wrong"
otherwise (herbal treatment -> Heat treatment). --draw prints the sample's pairs that have no verdict yet, to be
judged and added; precision is only printed when every pair of the sample has one.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import esco

from jobsfez.skills.matching import Vocabulary, canonicalise_many
from jobsfez.skills.taxonomy_data import load_shipped_skills

VERDICTS = Path(__file__).resolve().parent / "esco_precision_verdicts.csv"
SAMPLE = 100
SEED = 16


def mapped_labels(vocab: Vocabulary) -> tuple[int, list[tuple[str, str, str, str]]]:
    """(labels, [(label, ESCO preferred label, skill id, method)] of those that map to a skill)."""
    concept: dict[str, str] = {}
    for skill in esco.skills():
        for label in (skill.name_en, *skill.aliases):
            concept.setdefault(label, skill.name_en)
    labels = sorted(concept)
    found = canonicalise_many(vocab, labels)
    return len(labels), [
        (t, concept[t], c.skill_id, c.method) for t, c in zip(labels, found, strict=True) if c.skill_id
    ]


def _draw_order(row: tuple[str, str, str, str]) -> str:
    """A label's place in the draw, fixed by the label alone: a matcher change that maps a few labels more or less
    moves only those in or out of the sample, where a random sample of the mapped list was drawn anew."""
    return hashlib.sha1(f"{SEED}:{row[0]}".encode(), usedforsecurity=False).hexdigest()


def read_verdicts() -> dict[tuple[str, str], str]:
    if not VERDICTS.exists():
        return {}
    with VERDICTS.open(encoding="utf-8", newline="") as handle:
        return {(r["label"], r["skill_id"]): r["verdict"] for r in csv.DictReader(handle)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--draw", action="store_true")
    args = parser.parse_args()
    vocab = Vocabulary(load_shipped_skills(), version=1)
    total, mapped = mapped_labels(vocab)
    methods = Counter(method for *_, method in mapped)
    skills = len({skill_id for _, _, skill_id, _ in mapped})
    print(f"{total:,} ESCO labels; {len(mapped):,} map to {skills} shipped skills ({dict(methods)})")
    sample = sorted(mapped, key=_draw_order)[:SAMPLE]
    verdicts = read_verdicts()
    missing = [row for row in sample if (row[0], row[2]) not in verdicts]
    if args.draw:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        for label, preferred, skill_id, method in missing:
            writer.writerow([label, preferred, skill_id, vocab.by_id[skill_id].name_en, method, "", ""])
        return
    if missing:
        print(f"{len(missing)} pairs of the sample have no verdict yet: run with --draw and judge them")
        return
    right = Counter(method for label, _, skill_id, method in sample if verdicts[(label, skill_id)] == "right")
    judged = Counter(method for *_, method in sample)
    print(f"precision on a sample of {len(sample)}: {sum(right.values()) / len(sample):.0%}", end="")
    print("".join(f"; {m} {right[m]}/{judged[m]}" for m in sorted(judged)))


if __name__ == "__main__":
    main()
