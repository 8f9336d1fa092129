"""Every reading of a corpus, to see what a matcher change changes before any evaluation says whether it is better.

Run:  PYTHONPATH=<tree>/src .venv/bin/python bench/eval/readings.py dump OUT.json [--hold SET ...]
      python bench/eval/readings.py diff BEFORE.json AFTER.json
dump reads every labelled set's halves (less the test halves of the sets --hold names, eval_labelled.HELD_OUT by
default), the reviews' probe lines (review_probes.csv) and 3,000 seeded lines of skills, stances and filler mixed,
and writes each line's skills with their span, level and years. Run it on two trees (a detached worktree of the
older one, its src on PYTHONPATH) and diff the files: each line read differently is printed, with its skills before
and after, then the count.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_labelled import HELD_OUT, LABELLED, SETS

PROBES = Path(__file__).resolve().parent / "review_probes.csv"
# Pieces of lines the seeded mix is made of: skills in both languages, stances, relatives, years, filler.
PIECES = (
    *("엑셀", "용접", "CAD", "파이썬", "지게차 운전", "Python", "welding", "CNC 선반", "영어 회화", "SAP"),
    *("못함", "배우고 싶어요", "형이", "취미", "가능", "3년", "부족", "관심 있음", "안 해봄", "잘함", "우대"),
    *("I want to learn", "my dad", "never used", "5 years", "for my parents' store"),
)
SEPARATORS = (", ", " ", " 및 ", ", ", ". ")
MIXED_LINES = 3000


def corpus(held: set[str]) -> list[str]:
    texts: list[str] = []
    for prefix in SETS.values():
        for half in ("dev", "test"):
            path = LABELLED / f"{prefix}_{half}.csv"
            if (half == "test" and prefix in held) or not path.exists():
                continue
            with path.open(encoding="utf-8", newline="") as handle:
                texts += [row["text"] for row in csv.DictReader(handle)]
    with PROBES.open(encoding="utf-8", newline="") as handle:
        texts += [row["text"] for row in csv.DictReader(handle)]
    rng = random.Random(7)
    for _ in range(MIXED_LINES):
        pieces = [rng.choice(PIECES) + rng.choice(SEPARATORS) for _ in range(rng.randint(2, 8))]
        texts.append("".join(pieces).strip(" ,."))
    return list(dict.fromkeys(texts))


def dump(out: Path, held: set[str]) -> None:
    from jobsfez.skills.matching import Vocabulary, extract
    from jobsfez.skills.taxonomy_data import load_shipped_skills

    vocab = Vocabulary(load_shipped_skills(), version=1)
    readings = {
        text: [[one.skill_id, one.start, one.end, one.level, one.years] for one in extract(vocab, text).skills]
        for text in corpus(held)
    }
    out.write_text(json.dumps(readings, ensure_ascii=False), encoding="utf-8")
    print(f"{len(readings):,} lines read")


def diff(before: Path, after: Path) -> None:
    old = json.loads(before.read_text(encoding="utf-8"))
    new = json.loads(after.read_text(encoding="utf-8"))
    changed = [text for text in new if text in old and old[text] != new[text]]
    for text in changed:
        was, now = sorted({one[0] for one in old[text]}), sorted({one[0] for one in new[text]})
        print(f"{text!r}\n    {was} -> {now if now != was else ('same skills', old[text], new[text])}")
    print(f"{len(changed)} of {len(new):,} lines read differently")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("out", type=Path)
    dumping.add_argument(
        "--hold", nargs="*", default=sorted(HELD_OUT), choices=sorted(SETS), help="sets whose test half is held out"
    )
    diffing = commands.add_parser("diff")
    diffing.add_argument("before", type=Path)
    diffing.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, {SETS[name] for name in args.hold})
    else:
        diff(args.before, args.after)


if __name__ == "__main__":
    main()
