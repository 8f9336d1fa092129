"""Split a list of labelled skill strings once into a development half and a test half (kept for the record).

Run once, on the whole list (text,expected,kind):
    python bench/eval/split_labelled.py merged.csv tests/unit/skills/labelled             # labelled_{dev,test}
    python bench/eval/split_labelled.py fresh.csv tests/unit/skills/labelled --set fresh  # fresh_{dev,test}
Within each kind the rows are shuffled with a fixed seed and dealt alternately, so both halves hold every kind
in the same proportion. Running it again on the same list gives the same halves; do not run it on a grown list
(a row would change halves and the test half would no longer be unseen): add new rows to the dev half instead.
Every expected skill id must be in the shipped taxonomy, or the split stops and names the rows.
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

TAXONOMY = Path(__file__).resolve().parents[2] / "src" / "jobsfez" / "skills" / "data" / "taxonomy.csv"
# name -> (file prefix, seed), oldest first: each set leaves out the strings of the sets before it. 16 is the issue
# that asked for the first split; 2027 and 2028 were fixed for the fresh sets (issue 16 too) before their strings
# were written.
SETS = {
    "main": ("labelled", 16),
    "fresh": ("fresh", 2027),
    "fresh2": ("fresh2", 2028),
    "fresh3": ("fresh3", 2029),
    "fresh4": ("fresh4", 2030),
    "fresh5": ("fresh5", 2031),
    "fresh6": ("fresh6", 2032),
    "fresh7": ("fresh7", 2033),
    "fresh8": ("fresh8", 2034),
    "fresh9": ("fresh9", 2035),
    "fresh10": ("fresh10", 2036),
    "fresh11": ("fresh11", 2037),
    "fresh12": ("fresh12", 2038),
    "fresh13": ("fresh13", 2039),
    "fresh14": ("fresh14", 2040),
    "fresh15": ("fresh15", 2041),
    "everyday": ("everyday", 2042),
    "fresh16": ("fresh16", 2043),
    "everyday2": ("everyday2", 2044),
    "fresh17": ("fresh17", 2045),
    "everyday3": ("everyday3", 2046),
    "fresh18": ("fresh18", 2047),
    "everyday4": ("everyday4", 2048),
    "fresh19": ("fresh19", 2049),
    "everyday5": ("everyday5", 2050),
    "fresh20": ("fresh20", 2051),
    "everyday6": ("everyday6", 2052),
    "fresh21": ("fresh21", 2053),
    "everyday7": ("everyday7", 2054),
    "fresh22": ("fresh22", 2055),
    "everyday8": ("everyday8", 2056),
    "fresh23": ("fresh23", 2057),
    "everyday9": ("everyday9", 2058),
    "fresh24": ("fresh24", 2059),
    "everyday10": ("everyday10", 2060),
    "fresh25": ("fresh25", 2061),
    "everyday11": ("everyday11", 2062),
    "fresh26": ("fresh26", 2063),
    "everyday12": ("everyday12", 2064),
    "fresh27": ("fresh27", 2065),
    "everyday13": ("everyday13", 2066),
    "fresh28": ("fresh28", 2067),
    "everyday14": ("everyday14", 2068),
    "fresh29": ("fresh29", 2069),
    "everyday15": ("everyday15", 2070),
    "fresh30": ("fresh30", 2071),
    "everyday16": ("everyday16", 2072),
    "fresh31": ("fresh31", 2073),
    "everyday17": ("everyday17", 2074),
    "fresh32": ("fresh32", 2075),
    "everyday18": ("everyday18", 2076),
    "fresh33": ("fresh33", 2077),
    "everyday19": ("everyday19", 2078),
    "fresh34": ("fresh34", 2079),
    "everyday20": ("everyday20", 2080),
    "fresh35": ("fresh35", 2081),
    "everyday21": ("everyday21", 2082),
    "fresh36": ("fresh36", 2083),
    "everyday22": ("everyday22", 2084),
    "fresh37": ("fresh37", 2085),
    "everyday23": ("everyday23", 2086),
    "fresh38": ("fresh38", 2087),
    "everyday24": ("everyday24", 2088),
    "fresh39": ("fresh39", 2089),
    "everyday25": ("everyday25", 2090),
    "fresh40": ("fresh40", 2091),
    "everyday26": ("everyday26", 2092),
    "fresh41": ("fresh41", 2093),
    "everyday27": ("everyday27", 2094),
    "fresh42": ("fresh42", 2095),
    "everyday28": ("everyday28", 2096),
    "fresh43": ("fresh43", 2097),
    "everyday29": ("everyday29", 2098),
    "fresh44": ("fresh44", 2099),
    "everyday30": ("everyday30", 2100),
    "fresh45": ("fresh45", 2101),
    "everyday31": ("everyday31", 2102),
    "fresh46": ("fresh46", 2103),
    "everyday32": ("everyday32", 2104),
    "fresh47": ("fresh47", 2105),
    "everyday33": ("everyday33", 2106),
    "fresh48": ("fresh48", 2107),
    "everyday34": ("everyday34", 2108),
    "fresh49": ("fresh49", 2109),
    "everyday35": ("everyday35", 2110),
    "fresh50": ("fresh50", 2111),
    "everyday36": ("everyday36", 2112),
    "fresh51": ("fresh51", 2113),
    "everyday37": ("everyday37", 2114),
    "fresh52": ("fresh52", 2115),
    "everyday38": ("everyday38", 2116),
    "fresh53": ("fresh53", 2117),
    "everyday39": ("everyday39", 2118),
    "fresh54": ("fresh54", 2119),
    "everyday40": ("everyday40", 2120),
    "fresh55": ("fresh55", 2121),
    "everyday41": ("everyday41", 2122),
    "fresh56": ("fresh56", 2123),
    "everyday42": ("everyday42", 2124),
}


def taxonomy_ids() -> set[str]:
    with TAXONOMY.open(encoding="utf-8", newline="") as handle:
        return {row["id"] for row in csv.DictReader(handle)}


def unknown_ids(rows: list[dict[str, str]]) -> list[str]:
    """'text: id' for every expected id that the taxonomy does not have."""
    known = taxonomy_ids()
    return [
        f"{row['text']!r}: {skill_id}"
        for row in rows
        for skill_id in (item.split(":")[0] for item in row["expected"].split("|") if item)
        if skill_id not in known
    ]


def texts_of_earlier_sets(target: Path, name: str) -> set[str]:
    """Folded texts of the halves of the sets made before this one, which it must not repeat."""
    texts: set[str] = set()
    for earlier in list(SETS)[: list(SETS).index(name)]:
        for path in sorted(target.glob(f"{SETS[earlier][0]}_*.csv")):
            with path.open(encoding="utf-8", newline="") as handle:
                texts.update(row["text"].casefold() for row in csv.DictReader(handle))
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--set", choices=sorted(SETS), default="main", dest="name")
    args = parser.parse_args()
    prefix, seed = SETS[args.name]
    with args.source.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    unknown = unknown_ids(rows)
    if unknown:
        raise SystemExit("skill ids not in the taxonomy:\n  " + "\n  ".join(unknown))
    seen = texts_of_earlier_sets(args.target, args.name)
    repeated = 0
    by_kind: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        # a string in both halves, or already in an earlier set, would leak what was seen into the test half
        if row["text"].casefold() in seen:
            repeated += 1
            continue
        seen.add(row["text"].casefold())
        by_kind.setdefault(row["kind"], []).append(row)
    halves: dict[str, list[dict[str, str]]] = {"dev": [], "test": []}
    for kind in sorted(by_kind):
        group = by_kind[kind]
        random.Random(f"{seed}:{kind}").shuffle(group)
        for position, row in enumerate(group):
            halves["dev" if position % 2 == 0 else "test"].append(row)
    print(f"{repeated} rows left out: repeated, or already in an earlier set")
    for name, half in halves.items():
        with (args.target / f"{prefix}_{name}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=["text", "expected", "kind"], lineterminator="\n")
            writer.writeheader()
            writer.writerows(half)
        counts = ", ".join(f"{kind} {sum(row['kind'] == kind for row in half)}" for kind in sorted(by_kind))
        print(f"{name}: {len(half)} rows ({counts})")


if __name__ == "__main__":
    main()
