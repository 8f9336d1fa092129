"""Normalisation and canonicalisation of free-text skills."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from jobsfez.skills.matching import (
    FREE_PREFIX,
    Skill,
    Vocabulary,
    canonicalise,
    canonicalise_many,
    extract,
    name_words,
    narrower,
    normalise,
    skill_claim,
    skills_named,
)
from jobsfez.skills.taxonomy_data import SHIPPED_TAXONOMY, load_shipped_skills

LABELLED = Path(__file__).parent / "labelled"
# The share of labelled strings whose skills must all be found, and only those: issue 16's goal on the dev half,
# which the matcher was tuned on; on the test half a floor a little below what it measured when the matcher was
# built (the figure is reported, not written here), so a change that loses ground shows, without the test half
# becoming something to tune against.
MIN_ACCURACY = {"dev": 0.95, "test": 0.94}

SAMPLE = Vocabulary(
    [
        Skill("weld", "용접", "Welding", "welding", ("웰딩",), ("weld-tig",)),
        Skill("weld-tig", "TIG 용접", "TIG welding", "welding", ("티그용접", "GTAW"), ()),
        Skill("forklift", "지게차 운전", "Forklift operation", "logistics_equipment", ("지게차",), ()),
        Skill("python", "파이썬", "Python", "software", ("py",), ()),
        Skill("c", "C 언어", "C", "software", (), ()),
        Skill("cpp", "C++", "C++", "software", ("씨쁠쁠",), ("c",)),
        Skill("csharp", "C#", "C#", "software", (), ()),
        Skill("r", "R 언어", "R", "data_ai", (), ()),
        Skill("go", "Go 언어", "Go", "software", ("golang",), ()),
        Skill("autocad", "오토캐드", "AutoCAD", "cad_cae", ("캐드",), ()),
        Skill("q-weld", "용접기능사", "Craftsman Welding", "qualification", (), ("weld",), True),
        Skill("illustrator", "일러스트레이터", "Adobe Illustrator", "software", ("일러",), ()),
        Skill("accounting", "회계", "Accounting", "soft_skills", ("경리",), ()),
        Skill("dcs", "분산제어시스템", "DCS", "electrical_plc", ("dcs운전",), ()),
        Skill("sensors", "센서", "Sensors", "electrical_plc", (), ()),
        Skill("excel", "엑셀", "Excel", "software", (), ()),
        Skill("scada", "SCADA", "SCADA", "electrical_plc", (), ()),
    ],
    version=1,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Python", "python"),
        ("  P y t h o n  ", "python"),
        ("Ｐｙｔｈｏｎ３", "python3"),  # full-width letters and digits
        ("AutoCAD-2D", "autocad2d"),
        ("C++", "c++"),
        ("C#", "c#"),
        ("Node.js", "nodejs"),
        ("MS_Excel", "msexcel"),
        ("STRASSE", "strasse"),
        ("Straße", "strasse"),  # casefold, not lower
        ("\u3000탭\t줄\n바꿈", normalise("탭줄바꿈")),  # ideographic space, tab, newline
        ("「용접」!", normalise("용접")),
        ("용 접", normalise("용접")),
        ("", ""),
        ("!!!", ""),
    ],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_normalise_decomposes_hangul_to_jamo() -> None:
    assert normalise("용접") == "\u110b\u116d\u11bc\u110c\u1165\u11b8"
    assert normalise("가") == "\u1100\u1161"


def test_hangul_typo_is_one_jamo_edit() -> None:
    typo, right = normalise("용졉"), normalise("용접")
    assert len(typo) == len(right)
    assert sum(a != b for a, b in zip(typo, right, strict=True)) == 1


def test_compatibility_jamo_match_syllable_jamo() -> None:
    assert normalise("ㄱㅏ") == normalise("가")


@pytest.mark.parametrize(
    ("text", "key", "method"),
    [
        ("용접", "weld", "exact"),
        ("TIG-용접", "weld-tig", "exact"),
        ("gtaw", "weld-tig", "exact"),
        ("지게차", "forklift", "exact"),
        ("용졉", "weld", "fuzzy"),  # one-key typo in a Korean syllable
        ("지게챠", "forklift", "fuzzy"),
        ("pyhton", "python", "fuzzy"),
        ("autocda", "autocad", "fuzzy"),
        ("세서", "sensors", "fuzzy"),  # a missing key in a short word
        ("exel", "excel", "fuzzy"),
        ("엑쎌", "excel", "fuzzy"),
        ("C", "c", "exact"),
        ("c++", "cpp", "exact"),
        ("c#", "csharp", "exact"),
        ("r", "r", "exact"),
        ("go", "go", "exact"),
    ],
)
def test_canonicalise_known(text: str, key: str, method: str) -> None:
    found = canonicalise(SAMPLE, text)
    assert (found.key, found.skill_id, found.method) == (key, key, method)
    assert found.text == text


@pytest.mark.parametrize("text", ["x", "gp", "d", "cc", "ro", "pyt", "q"])
def test_short_strings_only_match_exactly(text: str) -> None:
    found = canonicalise(SAMPLE, text)
    assert found.method == "none"
    assert found.skill_id is None
    assert found.key == FREE_PREFIX + normalise(text)


@pytest.mark.parametrize(
    "text",
    [
        "rest",
        "bakery",
        "선반 가공",
        "Photoshop",
        "보일러",  # contains the alias 일러 (Illustrator): an extra syllable is another word
        "운전",  # part of the alias DCS운전
        "경비",  # one key from the alias 경리: in a word this short that is another word
        "scala",  # one key from SCADA
    ],
)
def test_unrelated_text_keeps_a_free_key(text: str) -> None:
    found = canonicalise(SAMPLE, text)
    assert (found.method, found.skill_id, found.score) == ("none", None, 0.0)
    assert found.key == FREE_PREFIX + normalise(text)


def test_free_keys_of_the_same_text_meet() -> None:
    assert canonicalise(SAMPLE, "Photo shop").key == canonicalise(SAMPLE, "photoshop").key


def test_empty_text_has_empty_key() -> None:
    assert canonicalise(SAMPLE, " - ").key == ""


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("엑셀 잘함", "excel"),  # filler around the skill
        ("용접 3년 경력", "weld"),
        ("Python (advanced)", "python"),
        ("TIG 용접 가능합니다", "weld-tig"),
        ("파이썬으로", "python"),  # a particle glued to it
        ("티그용접사", "weld-tig"),
        ("Python, 용접", "python"),  # the first of several
    ],
)
def test_canonicalise_reads_past_the_words_around_a_skill(text: str, key: str) -> None:
    assert canonicalise(SAMPLE, text).key == key


@pytest.mark.parametrize("text", ["boxing", "볼링", "wedding", "경비 업무", "anger management"])
def test_a_real_word_one_key_from_a_skill_is_not_a_typo(text: str) -> None:
    """boxing/boring, 볼링/보링, wedding/welding: the keys are far apart, or an extra key in a short Korean word."""
    vocab = Vocabulary(
        [
            Skill("boring", "보링 가공", "Boring", "machining", ("보링",), ()),
            Skill("welding", "용접", "Welding", "welding", (), ()),
            Skill("accounting", "회계", "Accounting", "soft_skills", ("경리",), ()),
            Skill("sales", "영업", "Sales", "soft_skills", ("sales management",), ()),
        ],
        version=1,
    )
    assert canonicalise(vocab, text).skill_id is None


def test_canonicalise_many_matches_single_and_keeps_order() -> None:
    texts = ["용졉", "용접", "pyhton", "c", "cc", "", "용졉", "nothing here", "지게챠", "Python", "세서", "보일러"] * 3
    assert canonicalise_many(SAMPLE, texts) == [canonicalise(SAMPLE, t) for t in texts]


def test_canonicalise_many_empty() -> None:
    assert canonicalise_many(SAMPLE, []) == []


def test_skill_claim_keeps_typed_words() -> None:
    claim = skill_claim(SAMPLE, "용졉", level=3)
    assert (claim.key, claim.text, claim.level) == ("weld", "용졉", 3)


def _labelled(half: str) -> list[tuple[str, frozenset[str]]]:
    """(text, the skill ids it names) of one half of the labelled set (README.md there says how it was built)."""
    with (LABELLED / f"labelled_{half}.csv").open(encoding="utf-8", newline="") as handle:
        return [
            (row["text"], frozenset(item.split(":")[0] for item in row["expected"].split("|") if item))
            for row in csv.DictReader(handle)
        ]


needs_data = pytest.mark.skipif(
    not (SHIPPED_TAXONOMY.exists() and LABELLED.exists()), reason="shipped taxonomy or labelled set not present"
)


@pytest.fixture(scope="module")
def shipped() -> Vocabulary:
    return Vocabulary(load_shipped_skills(), version=1)


@needs_data
@pytest.mark.parametrize("half", ["dev", "test"])
def test_labelled_set_refers_to_known_skills(shipped: Vocabulary, half: str) -> None:
    unknown = sorted({skill for _, expected in _labelled(half) for skill in expected if skill not in shipped.by_id})
    assert unknown == []


@needs_data
@pytest.mark.parametrize("half", ["dev", "test"])
def test_labelled_accuracy(shipped: Vocabulary, half: str) -> None:
    labelled = _labelled(half)
    found = [frozenset(e.skill_id for e in extract(shipped, text).skills) for text, _ in labelled]
    wrong = [(t, sorted(e), sorted(f)) for (t, e), f in zip(labelled, found, strict=True) if f != e]
    assert 1 - len(wrong) / len(labelled) >= MIN_ACCURACY[half], wrong


@needs_data
def test_labelled_none_strings_map_to_nothing(shipped: Vocabulary) -> None:
    """On the dev half; the test half's count is reported by bench/eval/eval_labelled.py, not tuned against."""
    nothing = [text for text, expected in _labelled("dev") if not expected]
    assert [(t, [e.skill_id for e in extract(shipped, t).skills]) for t in nothing if extract(shipped, t).skills] == []


@needs_data
def test_labelled_single_and_batch_agree(shipped: Vocabulary) -> None:
    texts = [text for half in ("dev", "test") for text, _ in _labelled(half)]
    assert canonicalise_many(shipped, texts) == [canonicalise(shipped, t) for t in texts]


def test_a_line_naming_several_skills_gives_each_with_what_its_words_say() -> None:
    vocab = Vocabulary(load_shipped_skills(), version=1)
    assert [(n.text, n.key, n.years) for n in skills_named(vocab, "Python, Django 3년")] == [
        ("Python", "python", None),
        ("Django", "django", 3.0),
    ]
    assert [(n.text, n.key) for n in skills_named(vocab, "파이선")] == [("파이선", "python")]  # one skill: as typed
    [free] = skills_named(vocab, "zorbex qulmatic")
    assert free.key.startswith(FREE_PREFIX) and free.skill_id is None


def test_a_broad_skill_covers_the_skills_named_by_its_name_and_more() -> None:
    vocab = Vocabulary(load_shipped_skills(), version=1)
    words = name_words(vocab)
    under_welding = narrower("welding", words)
    assert {"welding-tig", "welding-pipe", "welding-co2"} <= set(under_welding)
    assert "welding" not in under_welding and "gas-cutting" not in under_welding
    assert "welding" not in narrower("welding-tig", words)  # narrower only, never broader
    assert narrower("free:가공", words) == ()
