"""Benchmark canonicalisation of free-text skills.

Run:  PYTHONPATH=src .venv/bin/python bench/bench_canonicalise.py
1. canonicalise_many over 100,000 seeded strings made from the taxonomy's names and aliases with realistic
   typos (neighbouring keys on QWERTY and Korean 2-beolsik), spacing, punctuation, case, full-width forms,
   plus strings that name no skill.
2. On the labelled set: accuracy and speed of canonicalise vs thefuzz.process.extractOne with its defaults
   over the raw names/aliases. thefuzz is timed on the labelled set only and extrapolated to 100,000 strings.
"""

from __future__ import annotations

import argparse
import csv
import platform
import random
import time
from collections import Counter
from pathlib import Path

from thefuzz import process as thefuzz_process

from jobsfez.skills.matching import SHORT_MAX_LEN, Vocabulary, canonicalise, canonicalise_many, normalise
from jobsfez.skills.taxonomy_data import SHIPPED_TAXONOMY, load_shipped_skills

LABELLED = Path(__file__).resolve().parent.parent / "tests" / "unit" / "skills" / "labelled_skills.csv"
QWERTY_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
# Korean 2-beolsik keyboard rows, as compatibility jamo.
DUBEOL_ROWS = ["ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ", "ㅁㄴㅇㄹㅎㅗㅓㅏㅣ", "ㅋㅌㅊㅍㅠㅜㅡ"]
LEADS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
NOT_SKILLS = [
    "성실함은 기본",
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


def labelled() -> list[tuple[str, str]]:
    with LABELLED.open(encoding="utf-8", newline="") as handle:
        return [(row["text"], row["expected"].strip()) for row in csv.DictReader(handle)]


def accuracy(found: list[str | None], rows: list[tuple[str, str]]) -> tuple[float, int, int]:
    """Top-1 accuracy over rows with an expected skill, and strings with empty expected that got a skill."""
    with_skill = [(f, e) for f, (_, e) in zip(found, rows, strict=True) if e]
    right = sum(f == e for f, e in with_skill)
    false_hits = sum(f is not None for f, (_, e) in zip(found, rows, strict=True) if not e)
    return right / max(1, len(with_skill)), false_hits, len(rows) - len(with_skill)


def compare_on_labelled(vocab: Vocabulary, total: int, total_s: float) -> None:
    rows = labelled()
    texts = [t for t, _ in rows]
    normalise.cache_clear()
    start = time.perf_counter()
    ours_batch = canonicalise_many(vocab, texts)
    batch_s = time.perf_counter() - start
    normalise.cache_clear()
    start = time.perf_counter()
    ours = [canonicalise(vocab, t) for t in texts]
    single_s = time.perf_counter() - start
    assert ours == ours_batch
    raw: dict[str, str] = {}
    for skill in vocab.by_id.values():
        for form in (skill.name_ko, skill.name_en, *skill.aliases):
            if form:
                raw.setdefault(form, skill.id)
    choices = list(raw)
    start = time.perf_counter()
    theirs = [thefuzz_process.extractOne(t, choices) for t in texts]
    theirs_s = time.perf_counter() - start
    acc, false_hits, nones = accuracy([c.skill_id for c in ours], rows)
    t_acc, t_false, _ = accuracy([raw[hit[0]] if hit else None for hit in theirs], rows)
    n = len(texts)
    print(f"labelled set: {n} strings ({nones} that must map to nothing)")
    print(f"  ours   : accuracy {acc:.1%}, none-strings mapped to a skill: {false_hits}/{nones}")
    print(
        f"           canonicalise {single_s / n * 1e6:.0f} µs/string, canonicalise_many {batch_s / n * 1e6:.0f} µs/string"
    )
    print(
        f"  thefuzz: accuracy {t_acc:.1%}, none-strings mapped to a skill: {t_false}/{nones} (defaults: WRatio, no cut-off)"
    )
    print(
        f"           {theirs_s / n * 1e3:.2f} ms/string -> ~{theirs_s / n * total / 60:.1f} min for {total:,} (extrapolated)"
    )
    print(
        f"  {total:,} strings: canonicalise_many {total_s:.2f} s vs thefuzz ~{theirs_s / n * total:,.0f} s (extrapolated)"
        f" -> {theirs_s / n * total / total_s:,.0f}x"
    )
    print(
        f"  per-string speed-up vs thefuzz on the labelled set: {theirs_s / single_s:.0f}x (canonicalise), {theirs_s / batch_s:.0f}x (canonicalise_many)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--taxonomy", type=Path, default=SHIPPED_TAXONOMY)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    vocab = Vocabulary(load_shipped_skills(args.taxonomy), version=1)
    rows = generate(vocab, args.count, args.seed)
    texts = [text for text, _ in rows]
    print(
        f"python {platform.python_version()} on {platform.machine()}; taxonomy {len(vocab)} skills, {len(vocab.choices)} forms"
    )
    normalise.cache_clear()
    start = time.perf_counter()
    found = canonicalise_many(vocab, texts)
    elapsed = time.perf_counter() - start
    methods = Counter(c.method for c in found)
    print(
        f"canonicalise_many: {len(texts):,} strings ({len(set(texts)):,} distinct) in {elapsed:.2f} s"
        f" ({elapsed / len(texts) * 1e6:.1f} µs/string); exact {methods['exact']:,}, fuzzy {methods['fuzzy']:,}, none {methods['none']:,}"
    )
    acc, false_hits, nones = accuracy([c.skill_id for c in found], rows)
    misses = [(t, c.skill_id) for (t, e), c in zip(rows, found, strict=True) if e and c.skill_id != e]
    short = sum(len(normalise(t)) <= SHORT_MAX_LEN for t, _ in misses)
    wrong = sum(skill_id is not None for _, skill_id in misses)
    print(
        f"  synthetic strings mapped to the intended skill: {acc:.1%}; of {len(misses):,} misses {short:,} are"
        f" <= {SHORT_MAX_LEN} normalised characters (typos there are deliberately not forgiven) and {wrong:,} went to"
        f" another skill; none-strings mapped to a skill: {false_hits}/{nones}"
    )
    if LABELLED.exists():
        compare_on_labelled(vocab, args.count, elapsed)
    else:
        print(f"labelled set {LABELLED} not found: comparison skipped")


if __name__ == "__main__":
    main()
