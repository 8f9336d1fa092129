"""Abbreviations derived from the taxonomy, and generic words that name another thing beside an unknown word."""

from __future__ import annotations

import pytest

from jobsfez.skills.matching import Skill, Vocabulary, extract
from jobsfez.skills.taxonomy_data import load_shipped_skills

VOCAB = Vocabulary(
    [
        Skill("pdm", "예지보전", "Predictive maintenance", "maintenance", (), ()),
        Skill("equipment", "설비 보전", "Equipment maintenance", "maintenance", ("maintenance", "정비"), ()),
        Skill("electrical", "전기 정비", "Electrical maintenance", "maintenance", (), ()),
        Skill("vfd", "인버터", "Variable frequency drive", "electrical", (), ()),
        Skill("qa", "품질보증", "Quality assurance", "quality", (), ()),
        Skill("audit", "품질감사", "Quality audit", "quality", (), ()),
        Skill("qc", "품질관리", "Quality control", "quality", ("QC",), ()),
        Skill("control", "품질 통제", "Quality conformance", "quality", (), ()),
        Skill("postgres", "포스트그레스", "PostgreSQL", "software", (), ()),
        Skill("painting", "도장", "Painting", "coating", (), ()),
        Skill("llm", "대규모 언어 모델", "Generative AI", "data_ai", (), ()),
        Skill("saa", "AWS 솔루션스 아키텍트", "AWS Solutions Architect", "qualification", ("AWS SAA",), ()),
        Skill("cnc-lathe", "CNC 선반", "CNC lathe", "machining", (), ()),
        Skill("cnc-milling", "CNC 밀링", "CNC milling", "machining", (), ()),
        Skill("engineer", "설비보전기사", "Engineer Plant Maintenance", "qualification", (), ()),
        Skill("craftsman", "설비보전기능사", "Craftsman Plant Maintenance", "qualification", (), ()),
        Skill("mig", "미그용접", "MIG welding", "welding", (), ()),
        Skill("weld", "용접", "Welding", "welding", (), ()),
        Skill("ship-weld", "선박 용접", "Ship welding", "welding", (), ()),
        Skill("pipe-weld", "배관 용접", "Pipe welding", "welding", (), ()),
        Skill("block", "선박 블록 조립", "Hull block assembly", "shipbuilding", (), ()),
        Skill("tableau", "태블로", "Tableau", "data_ai", (), ()),
        Skill("tensorflow", "텐서플로", "TensorFlow", "data_ai", (), ()),
        Skill("press", "프레스", "Press operation", "machining", (), ()),
        Skill("c-lang", "C언어", "C", "software", (), ()),
        Skill("iac", "테라폼", "Terraform", "software", ("infrastructure as code",), ()),
        Skill("cicd", "CI/CD", "CI/CD", "software", (), ()),
        Skill("gpr", "가우시안 회귀", "Gaussian process regression", "data_ai", (), ()),
        Skill("mech-drawing", "기계 제도", "Mechanical drawing", "cad_cae", (), ()),
        Skill("mech-testing", "기계 시험", "Mechanical testing", "quality", (), ()),
    ],
    version=1,
)


def _ids(text: str) -> list[str]:
    return [skill.skill_id for skill in extract(VOCAB, text).skills]


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("VFD", "vfd"),  # the initials of a multi-word name
        ("vfd", "vfd"),  # typed alone, lower case is still an abbreviation
        ("VFD 3년 경력", "vfd"),
        ("PdM", "pdm"),  # mixed case: words begin at the capitals, and a word may give more than its initial
        ("GenAI 활용 가능", "llm"),
        ("Postgre", "postgres"),  # a name cut short
        ("SAA", "saa"),  # a short form the taxonomy writes inside a longer alias
        ("VFD v2", "vfd"),  # a version is a number, not a word the abbreviation would be guessed among
        ("PdM 4.x", "pdm"),
        ("VFD 기사", "vfd"),  # who does the work is filler, as 경력 is
        ("V.F.D", "vfd"),  # letters one by one
        ("TF", "tensorflow"),  # the capitals inside a product's one-word name
        ("CI", "cicd"),  # two letters the taxonomy writes in capitals as a word of one skill's name
        ("설보기", "engineer"),  # Korean syllables; the name leaving out the fewest wins
    ],
)
def test_an_abbreviation_of_one_skill_maps(text: str, skill_id: str) -> None:
    assert _ids(text) == [skill_id]


@pytest.mark.parametrize(
    "text",
    [
        "QA",  # Quality assurance and Quality audit share their initials
        "CNC",  # a word of two skills' names
        "PDM",  # all capitals say nothing of where words begin: only the initials count
        "vfd music",  # lower case among other words is no abbreviation
        "paint",  # a word without its ending is another word, not a cut name
        "postgre",  # a cut name is written as a name
        "미용",  # two syllables are mostly another word (미그용접)
        "PO",  # two letters are the initials of too many things (a purchase order) to be Press operation's
        "P/O",
        "C/O",  # letters written one by one are one abbreviation, and C of it is no language
        "AS",  # "as" is a word of "infrastructure as code", not a short form
    ],
)
def test_what_is_not_one_skills_abbreviation_maps_to_nothing(text: str) -> None:
    assert _ids(text) == []


def test_a_word_small_first_with_capitals_after_is_a_products_name_not_an_abbreviation() -> None:
    """gRPC has the letters of Group Policy in order, but a word begun small with capitals after is a product's name."""
    assert [e.skill_id for e in extract(SHIPPED, "Go, gRPC, Redis").skills] == ["go", "redis"]


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("GP regression", "gpr"),  # two initials, confirmed by the rest of the name
        ("GP regression 2년", "gpr"),
        ("Mech. drawing", "mech-drawing"),  # a first word cut short before a dot, and the rest
        ("Mech. testing 3 years", "mech-testing"),
    ],
)
def test_an_abbreviated_first_word_with_the_rest_of_a_name_maps(text: str, skill_id: str) -> None:
    assert _ids(text) == [skill_id]


@pytest.mark.parametrize(
    "text",
    [
        "GP",  # the rest of the name is what says which
        "gp regression",  # initials are typed in capitals
        "Mech drawing",  # a cut without its dot is another word
        "Mech. Drawing",  # a capital after the dot: a sentence ends there
    ],
)
def test_an_abbreviated_first_word_without_the_rest_or_its_marks_maps_to_nothing(text: str) -> None:
    assert "gpr" not in _ids(text) and "mech-drawing" not in _ids(text) and "mech-testing" not in _ids(text)


def test_an_imported_label_gives_no_abbreviated_first_words() -> None:
    """A skill named in English only (an ESCO import) has labels that are phrases, not names people shorten."""
    vocab = Vocabulary([Skill("esco:gpr", "", "Gaussian process regression", "esco", (), ())], version=1)
    assert extract(vocab, "GP regression").skills == ()


def test_a_known_short_form_stays_first() -> None:
    """QC is Quality control's alias, though Quality conformance has the same initials."""
    assert _ids("QC") == ["qc"]


@pytest.mark.parametrize(
    "text",
    [
        "turf maintenance",
        "techniques of turf maintenance",
        "잔디 용접",
        "turf maintenance 2000m2",  # a quantity after the words measures that thing; it is not another word
    ],
)
def test_a_generic_word_beside_a_word_the_taxonomy_does_not_know_maps_to_nothing(text: str) -> None:
    reading = extract(VOCAB, text)
    assert reading.skills == ()
    assert reading.unknown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("maintenance 경험 3년", ["equipment"]),  # only filler beside it
        ("선박 용접", ["ship-weld"]),  # the longer name
        ("선박 블록 용접", ["weld"]),  # a word the taxonomy knows (선박, 블록) does not make it another thing
        ("turf Tableau", ["tableau"]),  # a word of one skill's names is specific
        ("apply maintenance procedures", ["equipment"]),  # a word after it: the generic word is the modifier
        # a word of grammar before it (a verb a profile says a skill with, a preposition) makes no other thing of it
        ("I like maintenance", ["equipment"]),
        ("did maintenance for 3 years", ["equipment"]),
        ("studied maintenance", ["equipment"]),
    ],
)
def test_a_generic_word_with_known_or_quiet_words_still_maps(text: str, expected: list[str]) -> None:
    assert _ids(text) == expected


def test_a_korean_word_one_syllable_short_of_a_name_is_no_abbreviation() -> None:
    """An abbreviation leaves out two syllables or more; one left out is another word or a slip (플루트, 플루언트)."""
    vocab = Vocabulary(
        [
            Skill("fluent", "플루언트", "Fluent", "cad_cae", (), ()),
            Skill("engineer", "설비보전기사", "Engineer Plant Maintenance", "qualification", (), ()),
        ],
        version=1,
    )
    assert extract(vocab, "플루트").skills == ()
    assert [e.skill_id for e in extract(vocab, "설보전기").skills] == ["engineer"]  # two left out


SHIPPED = Vocabulary(load_shipped_skills(), version=1)


def skill_ids(text: str) -> list[str]:
    return [e.skill_id for e in extract(SHIPPED, text).skills]


def test_a_names_first_word_alone_short_of_half_of_it_is_no_abbreviation() -> None:
    """Syllables picked from a name's parts abbreviate it (설보기); its first word alone, less than half of it, is a
    word of its own (자동화 of 자동화설비기능사); half of it or more is a cut (굴착기 of 굴착기 운전)."""
    assert skill_ids("업무 자동화 경험") == []
    assert skill_ids("자동화") == []
    assert skill_ids("굴착기") == ["excavator"]
    assert skill_ids("설보기") == ["qual-facility-maintenance-engineer"]
    assert skill_ids("용접기 있어요") == []  # a skill's name with 기: its machine, no 용접기능사 cut short
    assert skill_ids("CO2 용접기 수리 담당") == ["welding-co2"]
    assert skill_ids("빅데기 있어요") == ["qual-big-data-analyst"]  # an engineer's certificate is cut to 기


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("에너지기능사 보유", ["qual-energy-management-craftsman"]),  # 에너지관리기능사 less 관리
        ("부품장착기능사 땄고 지금은 전장 부품 회사 다녀요", ["qual-smt-craftsman"]),  # less its first part
        ("가스텅스텐기능사 있어요", ["qual-gtaw-craftsman"]),  # longer than syllables picked go
        ("화물종사자격 땄어요 용달 일 시작하려고요", ["qual-cargo-transport"]),  # 화물운송종사자격 less 운송
        ("전자기능사 있는데 이걸로 수리 기사 지원 돼요?", ["qual-electronics-craftsman"]),  # a grade: work beside it
        ("가스기사 준비하는 친구", []),  # of no certificate: no grade kept whole from 가스텅스텐아크용접기능사
        ("한자 검정시험 3급", []),  # less its first part, too short: a word of any certificate
        ("엑셀 활용능력 우수", ["excel"]),
    ],
)
def test_a_certificates_name_less_a_part_before_its_grade_is_that_certificate(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


def test_words_listed_before_a_name_share_its_last_words() -> None:
    assert skill_ids("자분·초음파 탐상") == ["ndt-mt", "ndt-ut"]
    assert skill_ids("초음파·자분·침투 탐상") == ["ndt-ut", "ndt-mt", "ndt-pt"]


LANGUAGES = Vocabulary(
    [
        Skill("english", "영어", "English", "languages", (), ()),
        Skill("japanese", "일본어", "Japanese", "languages", ("일어",), ()),
        Skill("korean", "한국어", "Korean", "languages", (), ()),
        Skill("toeic", "토익", "TOEIC", "languages", (), ()),
        Skill("firmware", "펌웨어", "Firmware", "software", (), ()),
    ],
    version=1,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("한/일 가능", ["korean", "japanese"]),  # a language's first syllable in a list of them
        ("영·일", ["english", "japanese"]),
        ("토/일 근무", []),  # 토 begins no language's name: the weekend
        ("펌/영", []),  # a software's name ending in 어 is of another category
        ("한 일", []),  # syllables not written as a list
    ],
)
def test_languages_listed_by_their_first_syllables(text: str, expected: list[str]) -> None:
    assert [skill.skill_id for skill in extract(LANGUAGES, text).skills] == expected


def test_letters_joined_by_an_ampersand_are_a_name_of_two_words_joined_by_and() -> None:
    vocab = Vocabulary(
        [
            Skill("om", "운영 정비", "Operations and maintenance", "maintenance", (), ()),
            Skill("rd", "연구 개발", "Research & development", "office", (), ()),
            Skill("ms", "자재 공급", "Materials supply", "logistics", (), ()),
        ],
        version=1,
    )
    assert [e.skill_id for e in extract(vocab, "O&M 업무 3년").skills] == ["om"]
    assert [e.skill_id for e in extract(vocab, "R&D 부서").skills] == ["rd"]
    assert extract(vocab, "M&S").skills == ()  # no "and" in the name those letters begin


def test_an_editions_word_after_another_products_name_is_that_products_edition() -> None:
    vocab = Vocabulary(
        [
            Skill("spring", "스프링", "Spring Framework", "software", ("spring", "spring mvc"), ()),
            Skill("dotnet", "닷넷", ".NET", "software", ("asp.net",), ()),
            Skill("ndt-rt", "방사선투과검사", "Radiographic testing (RT)", "welding", ("rt",), ()),
            Skill("ndt-mt", "자분탐상", "Magnetic particle testing (MT)", "welding", (), ()),
        ],
        version=1,
    )
    assert [e.skill_id for e in extract(vocab, "ASP.NET MVC 개발").skills] == ["dotnet"]
    assert [e.skill_id for e in extract(vocab, "MVC").skills] == ["spring"]  # alone it still says Spring's
    assert [e.skill_id for e in extract(vocab, "Spring MVC").skills] == ["spring"]
    assert [e.skill_id for e in extract(vocab, "RT MT").skills] == ["ndt-rt", "ndt-mt"]  # a short form of its own


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CAG 작업 반년 해 봤어요", ["welding-gouging"]),  # the auxiliary of having tried typed apart: 해봤어요
        ("고작대 1년 타 봤어요", ["aerial-work-platform"]),
        ("CAG 해 봤음", ["welding-gouging"]),
        ("OFC 절단 2년 했습니다", ["gas-cutting"]),  # the rest of its own name: 가스 절단
        ("OFC 포설 및 접속 작업", []),  # another subject's word: optical cable laid
        ("광케이블(OFC) 포설 1년", []),
        ("D/C 10% 적용", []),
    ],
)
def test_an_abbreviation_beside_a_spaced_auxiliary_or_its_names_rest_is_kept(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Testing lab receptionist", []),  # a firm named by the work, and its staff alone: no work of the writer's
        ("Receptionist at a medical testing lab", []),  # an -ing after an article names the firm
        ("Front desk at an NDT testing lab", ["ndt"]),
        ("Lab testing of water samples", ["lab-analysis"]),
        ("Testing lab technician, 2 years", ["lab-analysis"]),  # the lab's own worker
        ("Testing software for a startup", ["software-testing"]),
    ],
)
def test_a_work_said_before_a_firms_noun_that_names_the_firm_is_no_reordered_name(
    text: str, expected: list[str]
) -> None:
    assert skill_ids(text) == expected
