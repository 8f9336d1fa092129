"""How often the skill forms' "did you mean" offers a skill the line meant, on the labelled skill strings.

Run:  PYTHONPATH=src .venv/bin/python bench/eval/eval_suggestions.py [--half dev|test]
Each string is read as the profile and posting forms read a line while it is typed (``skills.service.read_line``).
A line is offered suggestions for the words not understood; an offer is right when it holds a skill the labelled
reading names and the matcher did not find, noise otherwise. A skill the line names but the matcher set aside (not the
writer's, or an everyday sense) is shown as such, not offered: the lines where that is a skill meant are counted too.
Every set's half is pooled; tuned on the dev halves.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_labelled import HELD_OUT, LABELLED, SETS, read

from jobsfez.skills.matching import Vocabulary
from jobsfez.skills.service import read_line
from jobsfez.skills.taxonomy_data import load_shipped_skills


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--half", choices=("dev", "test"), default="test")
    args = parser.parse_args()
    vocab = Vocabulary(load_shipped_skills(), version=1)
    read_sets = lines = missed = offered = right = explained = 0
    for name, prefix in SETS.items():
        if (args.half == "test" and name in HELD_OUT) or not (LABELLED / f"{prefix}_{args.half}.csv").exists():
            continue
        read_sets += 1
        for row in read(name, args.half):
            reading = read_line(vocab, row.text)
            lost = {e.skill_id for e in row.expected} - {found.skill.skill_id for found in reading.skills}
            offers = {offer.skill_id for offer in reading.suggestions}
            lines, missed = lines + 1, missed + bool(lost)
            offered, right = offered + bool(offers), right + bool(offers & lost)
            explained += bool(lost & {skill.skill_id for skill in reading.set_aside})
    print(f"{args.half} halves of {read_sets} sets: {lines} lines, {missed} with a skill the matcher missed")
    print(f"lines offered suggestions: {offered}; holding a skill meant and missed: {right}; noise: {offered - right}")
    print(f"lines with a skill meant and missed shown as named but not counted (set aside): {explained}")


if __name__ == "__main__":
    main()
