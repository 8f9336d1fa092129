"""Benchmark canonicalisation of free-text skills.

Run:  PYTHONPATH=src .venv/bin/python bench/bench_canonicalise.py [--esco]
canonicalise_many over 100,000 seeded strings made from the taxonomy's names and aliases with realistic typos
(neighbouring keys on QWERTY and Korean 2-beolsik), spacing, punctuation, case, full-width forms, plus strings
that name no skill. --esco adds the 13,896 ESCO skills to the shipped taxonomy first, as the staff import does
(read in place from ../shared/data/esco), and draws the strings from the whole of it. Accuracy against thefuzz
on the labelled set is bench/eval/eval_labelled.py.
"""

from __future__ import annotations

import argparse
import platform
import random
import time
import zipfile
from collections import Counter
from pathlib import Path

from jobsfez.skills.matching import EXACT_ONLY_MAX_LEN, Skill, Vocabulary, canonicalise_many, normalise
from jobsfez.skills.taxonomy_data import SHIPPED_TAXONOMY, load_shipped_skills, parse_esco_csv

ESCO_SKILLS = Path(__file__).resolve().parents[2] / "shared" / "data" / "esco" / "esco-v1.1.1-classification-en-csv.zip"
QWERTY_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
# Korean 2-beolsik keyboard rows, as compatibility jamo.
DUBEOL_ROWS = ["ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ", "ㅁㄴㅇㄹㅎㅗㅓㅏㅣ", "ㅋㅌㅊㅍㅠㅜㅡ"]
LEADS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
# Strings that name no skill. 성실함 (diligence) is one, of the soft skills: the labelled set counts it.
NOT_SKILLS = [
    "주말 근무 가능",
    "운전면허 없음",
    "아르바이트 경험",
    "hello world",
    "n/a",
    "없음",
    "기타",
    "열정",
    "잘 부탁드립니다",
    "asdf",
    "회사 생활",
    "부산 거주",
    "점심 제공",
    "기숙사",
]


def neighbour(rows: list[str], char: str, rng: random.Random, allowed: str | None = None) -> str:
    """A key next to `char` on the same keyboard row (restricted to `allowed`), or `char` if there is none."""
    for row in rows:
        at = row.find(char)
        if at >= 0:
            options = [row[i] for i in (at - 1, at + 1) if 0 <= i < len(row)]
            options = [o for o in options if allowed is None or o in allowed]
            return rng.choice(options) if options else char
    return char


def korean_typo(text: str, rng: random.Random) -> str:
    """Hit a neighbouring key for the vowel or the initial consonant of one syllable."""
    spots = [i for i, c in enumerate(text) if 0xAC00 <= ord(c) <= 0xD7A3]
    if not spots:
        return text
    at = rng.choice(spots)
    lead, rest = divmod(ord(text[at]) - 0xAC00, 21 * 28)
    vowel, tail = divmod(rest, 28)
    if rng.random() < 0.6:
        vowel = VOWELS.index(neighbour(DUBEOL_ROWS, VOWELS[vowel], rng, VOWELS))
    else:
        lead = LEADS.index(neighbour(DUBEOL_ROWS, LEADS[lead], rng, LEADS))
    return text[:at] + chr(0xAC00 + (lead * 21 + vowel) * 28 + tail) + text[at + 1 :]


def latin_typo(text: str, rng: random.Random) -> str:
    """Substitute a neighbouring key, drop, double or swap a letter."""
    spots = [i for i, c in enumerate(text) if c.isascii() and c.isalpha()]
    if len(spots) < 4:
        return text
    at = rng.choice(spots[1:])
    kind = rng.choice(["sub", "drop", "double", "swap"])
    if kind == "sub":
        return text[:at] + neighbour(QWERTY_ROWS, text[at].lower(), rng) + text[at + 1 :]
    if kind == "drop":
        return text[:at] + text[at + 1 :]
    if kind == "double":
        return text[:at] + text[at] + text[at:]
    return text[: at - 1] + text[at] + text[at - 1] + text[at + 1 :]


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def messy(text: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.25:
        text = korean_typo(text, rng) if any(0xAC00 <= ord(c) <= 0xD7A3 for c in text) else latin_typo(text, rng)
    if rng.random() < 0.3:
        text = text.replace(" ", "") if " " in text else " ".join(text[:2]) + text[2:]
    if rng.random() < 0.15:
        text = rng.choice(["-", "/", "·", "(", " "]).join([text[: len(text) // 2], text[len(text) // 2 :]])
    if rng.random() < 0.2:
        text = rng.choice([str.upper, str.lower, str.title])(text)
    if rng.random() < 0.05:
        text = full_width(text)
    return rng.choice(["", " ", "  "]) + text + rng.choice(["", " ", ",", "."])


def generate(vocab: Vocabulary, count: int, seed: int) -> list[tuple[str, str]]:
    """(text, intended skill id or "" for strings that name no skill)."""
    rng = random.Random(seed)
    forms = [f for s in vocab.by_id.values() for f in (s.name_ko, s.name_en, *s.aliases) if normalise(f)]
    out = []
    for _ in range(count):
        if rng.random() < 0.08:
            out.append((rng.choice(NOT_SKILLS) + rng.choice(["", "", " 가능", "!"]), ""))
        else:
            form = rng.choice(forms)
            out.append((messy(form, rng), vocab.exact[normalise(form)]))
    return out


def accuracy(found: list[str | None], rows: list[tuple[str, str]]) -> tuple[float, int, int]:
    """Top-1 accuracy over rows with an expected skill, and strings with empty expected that got a skill."""
    with_skill = [(f, e) for f, (_, e) in zip(found, rows, strict=True) if e]
    right = sum(f == e for f, e in with_skill)
    false_hits = sum(f is not None for f, (_, e) in zip(found, rows, strict=True) if not e)
    return right / max(1, len(with_skill)), false_hits, len(rows) - len(with_skill)


def esco_skills() -> list[Skill]:
    with zipfile.ZipFile(ESCO_SKILLS) as bundle:
        return parse_esco_csv(bundle.read("skills_en.csv").decode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--taxonomy", type=Path, default=SHIPPED_TAXONOMY)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--esco", action="store_true", help="add the ESCO skills to the taxonomy")
    args = parser.parse_args()
    skills = load_shipped_skills(args.taxonomy) + (esco_skills() if args.esco else [])
    start = time.perf_counter()
    vocab = Vocabulary(skills, version=1)
    print(f"vocabulary built in {time.perf_counter() - start:.2f} s")
    rows = generate(vocab, args.count, args.seed)
    texts = [text for text, _ in rows]
    print(
        f"python {platform.python_version()} on {platform.machine()}; taxonomy {len(vocab)} skills, {len(vocab.choices)} forms"
    )
    normalise.cache_clear()
    start, cpu = time.perf_counter(), time.process_time()
    found = canonicalise_many(vocab, texts)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    methods = Counter(c.method for c in found)
    print(
        f"canonicalise_many: {len(texts):,} strings ({len(set(texts)):,} distinct) in {elapsed:.2f} s"
        f" (CPU {cpu:.2f} s: on a shared machine the wall time includes waiting for a core)"
        f" ({elapsed / len(texts) * 1e6:.1f} µs/string); exact {methods['exact']:,}, fuzzy {methods['fuzzy']:,}, none {methods['none']:,}"
    )
    acc, false_hits, nones = accuracy([c.skill_id for c in found], rows)
    misses = [(t, c.skill_id) for (t, e), c in zip(rows, found, strict=True) if e and c.skill_id != e]
    short = sum(len(normalise(t)) <= EXACT_ONLY_MAX_LEN for t, _ in misses)
    wrong = sum(skill_id is not None for _, skill_id in misses)
    print(
        f"  synthetic strings mapped to the intended skill: {acc:.1%}; of {len(misses):,} misses {short:,} are"
        f" <= {EXACT_ONLY_MAX_LEN} normalised characters (typos there are deliberately not forgiven) and {wrong:,} went to"
        f" another skill; none-strings mapped to a skill: {false_hits}/{nones}"
    )


if __name__ == "__main__":
    main()
