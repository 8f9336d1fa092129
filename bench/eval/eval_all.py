"""Top-1 and unrelated strings mapped on every labelled set and half at once: the tuning figure of a matcher change.

Run:  PYTHONPATH=src .venv/bin/python bench/eval/eval_all.py [--hold SET ...] [--wrong FILE]
Each set's halves as eval_labelled.py reads them (a string is right when the set of skills found is exactly the
expected one), a line a half and the totals. --hold leaves out the test halves of sets still held out (by default
eval_labelled.HELD_OUT), so that none of their strings is read before it is reported (eval_labelled.py --set SET
--half test reports one, once). --wrong writes every string read wrong (set/half, kind, text, expected, found) to
FILE, to compare two trees' lists with diff.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_labelled import HELD_OUT, LABELLED, SETS, ours_extract, read

from jobsfez.skills.matching import Vocabulary
from jobsfez.skills.taxonomy_data import load_shipped_skills


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--hold", nargs="*", default=sorted(HELD_OUT), choices=sorted(SETS), help="sets whose test half is held out"
    )
    parser.add_argument("--wrong", type=Path, help="write the strings read wrong to this file")
    args = parser.parse_args()
    matcher = ours_extract(Vocabulary(load_shipped_skills(), version=1))
    wrong: list[str] = []
    total = right = unrelated = mapped = 0
    for name, prefix in SETS.items():
        for half in ("dev", "test"):
            if (half == "test" and name in args.hold) or not (LABELLED / f"{prefix}_{half}.csv").exists():
                continue
            rows = read(name, half)
            found = matcher([row.text for row in rows])
            half_right = 0
            for row, skills in zip(rows, found, strict=True):
                expected = sorted({one.skill_id for one in row.expected})
                got = sorted({one.skill_id for one in skills})
                half_right += expected == got
                unrelated += not expected
                mapped += not expected and bool(got)
                if expected != got:
                    wrong.append(
                        f"{name}/{half}\t{row.kind}\t{row.text!r}\t{'|'.join(expected) or '-'}\t{'|'.join(got) or '-'}"
                    )
            total, right = total + len(rows), right + half_right
            print(f"{name:9} {half:4} {half_right}/{len(rows)} {half_right / len(rows):.1%}")
    print(f"all {right:,}/{total:,} {right / total:.2%}; unrelated strings mapped {mapped} of {unrelated:,}")
    if args.wrong:
        args.wrong.write_text("".join(line + "\n" for line in wrong), encoding="utf-8")


if __name__ == "__main__":
    main()
