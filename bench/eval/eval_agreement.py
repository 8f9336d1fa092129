"""How often two readers give a line the same skills, and how often the matcher gives either's.

Run:  PYTHONPATH=src .venv/bin/python bench/eval/eval_agreement.py
second_reader.csv holds 320 lines drawn (seed 7061) from the development halves of fresh19 to fresh24, labelled again
by a second reader (a helper who saw only the lines, the taxonomy and the labelled sets' README, never the first
labels nor the matcher). Agreement is on the skill ids of a line (levels and years aside, and with them); the
matcher's top-1 is read against the writer's labels, the second reader's, and the lines where the two agree.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_labelled import LABELLED

from jobsfez.skills.matching import Vocabulary, extract
from jobsfez.skills.taxonomy_data import load_shipped_skills

SECOND = Path(__file__).resolve().parent / "second_reader.csv"


def ids(expected: str) -> frozenset[str]:
    return frozenset(item.split(":")[0] for item in expected.split("|") if item)


def marks(expected: str) -> frozenset[str]:
    return frozenset(item for item in expected.split("|") if item)


def main() -> None:
    vocab = Vocabulary(load_shipped_skills(), version=1)
    with SECOND.open(encoding="utf-8", newline="") as handle:
        second = list(csv.DictReader(handle))
    first: dict[tuple[str, str], str] = {}
    for name in sorted({row["set"] for row in second}):
        with (LABELLED / f"{name}_dev.csv").open(encoding="utf-8", newline="") as handle:
            first.update({(name, row["text"]): row["expected"] for row in csv.DictReader(handle)})
    lines = same = same_marked = ours_first = ours_second = agreed = ours_agreed = 0
    for row in second:
        writer, other = first[(row["set"], row["text"])], row["expected"]
        ours = frozenset(found.skill_id for found in extract(vocab, row["text"]).skills)
        lines += 1
        same += ids(writer) == ids(other)
        same_marked += marks(writer) == marks(other)
        ours_first += ours == ids(writer)
        ours_second += ours == ids(other)
        if ids(writer) == ids(other):
            agreed += 1
            ours_agreed += ours == ids(writer)
    print(
        f"{lines} lines; the writer and the second reader give the same skills: {same} ({same / lines:.1%}), "
        f"with the same levels and years: {same_marked} ({same_marked / lines:.1%})"
    )
    print(
        f"ours top-1 against the writer: {ours_first / lines:.1%}; against the second reader: "
        f"{ours_second / lines:.1%}; on the {agreed} lines they agree on: {ours_agreed / agreed:.1%}"
    )


if __name__ == "__main__":
    main()
