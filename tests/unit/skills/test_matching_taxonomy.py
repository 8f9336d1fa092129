"""Reading taxonomies into the matching core's Skill records."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobsfez.skills.matching import Skill, Vocabulary, canonicalise
from jobsfez.skills.taxonomy_data import (
    SHIPPED_TAXONOMY,
    esco_id,
    load_shipped_skills,
    parse_esco_csv,
    parse_taxonomy_csv,
)

ESCO_GOOD = (
    "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description\n"
    "KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab,"
    'skill/competence,sector-specific,weld metal parts,"weld metal\nmetal welding\n",'
    '"Join metal parts by welding."\n'
    "KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/00064735-8fad-454b-90c7-ed858cc993f2,"
    "knowledge,cross-sector,operate forklift,,Drive a forklift.\n"
)

TAXONOMY_GOOD = (
    "id,name_ko,name_en,category,aliases,related,qualification\n"
    "weld,용접,Welding,welding,웰딩|welding work,weld-tig,0\n"
    "weld-tig,TIG 용접,TIG welding,welding,GTAW,,0\n"
    "q-weld,용접기능사,Craftsman Welding,qualification,,weld,1\n"
)


def test_esco_good_file() -> None:
    skills = parse_esco_csv(ESCO_GOOD)
    assert skills == [
        Skill(
            "esco-0005c151-5b5a-4a66-8aac-60e734beb1ab",
            "",
            "weld metal parts",
            "skill/competence",
            ("weld metal", "metal welding"),
            (),
            False,
        ),
        Skill("esco-00064735-8fad-454b-90c7-ed858cc993f2", "", "operate forklift", "knowledge", (), (), False),
    ]
    vocab = Vocabulary(skills, version=1)
    assert canonicalise(vocab, "metal welding").skill_id == "esco-0005c151-5b5a-4a66-8aac-60e734beb1ab"


def test_esco_with_byte_order_mark_and_crlf() -> None:
    assert len(parse_esco_csv("\ufeff" + ESCO_GOOD.replace("\n", "\r\n"))) == 2


@pytest.mark.parametrize("column", ["conceptUri", "preferredLabel", "altLabels", "skillType", "description"])
def test_esco_missing_column(column: str) -> None:
    header, *rows = ESCO_GOOD.split("\n", 1)
    broken = header.replace(column, "something_else") + "\n" + "".join(rows)
    with pytest.raises(ValueError, match=f"missing column.*{column}"):
        parse_esco_csv(broken)


def test_esco_empty_text() -> None:
    with pytest.raises(ValueError, match="missing column"):
        parse_esco_csv("")


def test_esco_row_without_label() -> None:
    text = "conceptUri,preferredLabel,altLabels,skillType,description\nhttp://x/esco/skill/abc,,,knowledge,\n"
    with pytest.raises(ValueError, match="preferredLabel"):
        parse_esco_csv(text)


@pytest.mark.parametrize(
    ("uri", "expected"),
    [
        ("http://data.europa.eu/esco/skill/abc-1", "esco-abc-1"),
        ("http://data.europa.eu/esco/skill/abc-1/", "esco-abc-1"),
    ],
)
def test_esco_id(uri: str, expected: str) -> None:
    assert esco_id(uri) == expected


@pytest.mark.parametrize("uri", ["abc", "", "/"])
def test_esco_id_rejects_non_uris(uri: str) -> None:
    with pytest.raises(ValueError, match="URI"):
        esco_id(uri)


def test_taxonomy_good() -> None:
    skills = parse_taxonomy_csv(TAXONOMY_GOOD)
    assert [s.id for s in skills] == ["weld", "weld-tig", "q-weld"]
    assert skills[0].aliases == ("웰딩", "welding work")
    assert skills[2].qualification is True
    vocab = Vocabulary(skills, version=1)
    assert vocab.related["weld"] == frozenset({"weld-tig", "q-weld"})
    assert vocab.related["weld-tig"] == frozenset({"weld"})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (TAXONOMY_GOOD.replace(",qualification", ""), "missing column"),
        (TAXONOMY_GOOD.replace("GTAW,,0", "GTAW,,yes"), "qualification"),
        (TAXONOMY_GOOD + "weld,용접,Welding,welding,,,0\n", "duplicate"),
        (TAXONOMY_GOOD + ",x,y,z,,,0\n", "empty id"),
        (TAXONOMY_GOOD + "nameless,,,z,,,0\n", "no name"),
    ],
)
def test_taxonomy_errors(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_taxonomy_csv(text)


def test_load_from_path(tmp_path: Path) -> None:
    path = tmp_path / "taxonomy.csv"
    path.write_text(TAXONOMY_GOOD, encoding="utf-8")
    assert len(load_shipped_skills(path)) == 3


@pytest.mark.skipif(not SHIPPED_TAXONOMY.exists(), reason="shipped taxonomy not present")
def test_shipped_taxonomy_is_sound() -> None:
    skills = load_shipped_skills()
    vocab = Vocabulary(skills, version=1)
    assert len(skills) >= 400
    assert {s.category for s in skills} <= {
        "software",
        "data_ai",
        "machining",
        "welding",
        "electrical_plc",
        "cad_cae",
        "logistics_equipment",
        "quality_safety",
        "shipbuilding_marine",
        "languages",
        "soft_skills",
        "qualification",
    }
    assert any(s.qualification for s in skills)
    dangling = sorted({r for s in skills for r in s.related if r not in vocab.by_id})
    assert dangling == []
    for skill in skills:
        for name in (skill.name_ko, skill.name_en):
            if name:
                assert canonicalise(vocab, name).method == "exact", name


def test_esco_text_takes_the_skills_file_out_of_the_bundle_or_the_csv_as_it_is() -> None:
    import io
    import zipfile

    from jobsfez.skills.taxonomy_data import esco_text

    bundle = io.BytesIO()
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.writestr("ESCO dataset/skills_en.csv", "\ufeffconceptUri,preferredLabel\n")
    assert esco_text(bundle.getvalue()) == "conceptUri,preferredLabel\n"
    assert esco_text("\ufeffa,b\n".encode()) == "a,b\n"
    empty = io.BytesIO()
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("occupations_en.csv", "x\n")
    with pytest.raises(ValueError, match=r"skills_en\.csv"):
        esco_text(empty.getvalue())
