"""Split the labelled skill strings once into a development half and a test half (kept for the record).

Run once, on the merged list (text,expected,kind):
    python bench/eval/split_labelled.py merged.csv tests/unit/skills/labelled
Within each kind the rows are shuffled with a fixed seed and dealt alternately, so both halves hold every kind
in the same proportion. Running it again on the same list gives the same halves; do not run it on a grown list
(a row would change halves and the test half would no longer be unseen): add new rows to the dev half instead.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

SEED = 16  # the issue that asked for the split


def main() -> None:
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    with source.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    seen: set[str] = set()
    by_kind: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        if row["text"] not in seen:  # a string in both halves would leak the test half into development
            seen.add(row["text"])
            by_kind.setdefault(row["kind"], []).append(row)
    halves: dict[str, list[dict[str, str]]] = {"dev": [], "test": []}
    for kind in sorted(by_kind):
        group = by_kind[kind]
        random.Random(f"{SEED}:{kind}").shuffle(group)
        for position, row in enumerate(group):
            halves["dev" if position % 2 == 0 else "test"].append(row)
    for name, half in halves.items():
        with (target / f"labelled_{name}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=["text", "expected", "kind"], lineterminator="\n")
            writer.writeheader()
            writer.writerows(half)
        print(f"{name}: {len(half)} rows")


if __name__ == "__main__":
    main()
