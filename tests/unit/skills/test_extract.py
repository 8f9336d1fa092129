"""Skills read from phrases, lines and paragraphs: which, where from, and the level or years said with them."""

from __future__ import annotations

import pytest

from jobsfez.skills.match.vocab import written_also
from jobsfez.skills.matching import Skill, Vocabulary, did_you_mean, extract, offered
from jobsfez.skills.taxonomy_data import load_shipped_skills

VOCAB = Vocabulary(
    [
        Skill("weld", "용접", "Welding", "welding", ("웰딩",), ()),
        Skill("weld-tig", "TIG 용접", "TIG welding", "welding", ("티그용접",), ()),
        Skill("forklift", "지게차 운전", "Forklift operation", "logistics_equipment", ("지게차",), ()),
        Skill("python", "파이썬", "Python", "software", ("python3",), ()),
        Skill("sql", "SQL", "SQL", "software", (), ()),
        Skill("data", "데이터 분석", "Data analysis", "data_ai", (), ()),
        Skill("excel", "엑셀", "Microsoft Excel", "software", ("excel",), ()),
        Skill("english", "영어", "English", "languages", ("영어회화",), ()),
        Skill("html-css", "HTML/CSS", "HTML/CSS", "software", ("html", "css"), ()),
        Skill("cnc", "CNC 가공", "CNC machining", "machining", ("cnc",), ()),
        Skill("cnc-lathe", "CNC 선반", "CNC lathe", "machining", (), ()),
        Skill("ndt", "비파괴검사", "Non-destructive testing (NDT)", "quality_safety", ("ndt",), ()),
        Skill("spring-boot", "스프링 부트", "Spring Boot", "software", (), ()),
    ],
    version=1,
)


def skills(text: str) -> list[tuple[str, int | None, float | None]]:
    return [(e.skill_id, e.level, e.years) for e in extract(VOCAB, text).skills]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("엑셀 잘함", [("excel", 4, None)]),
        ("엑셀잘함", [("excel", 4, None)]),
        ("용접 3년 경력", [("weld", None, 3.0)]),
        ("티그용접 1년 6개월", [("weld-tig", None, 1.5)]),
        ("Python 능숙", [("python", 4, None)]),
        ("파이썬 3년", [("python", None, 3.0)]),  # not the alias python3
        ("fluent English", [("english", 4, None)]),
        ("Python (advanced)", [("python", 4, None)]),
        ("5+ years Python", [("python", None, 5.0)]),
        ("3 years of welding experience", [("weld", None, 3.0)]),
        ("영어 중급, 엑셀 기초", [("english", 3, None), ("excel", 1, None)]),
        ("good at Excel", [("excel", 4, None)]),
        ("용접 5년 / 지게차 2년", [("weld", None, 5.0), ("forklift", None, 2.0)]),
        ("welding, 7 years", [("weld", None, 7.0)]),  # a clause of years alone is said of the skill before
        ("welding, one year", [("weld", None, 1.0)]),  # spelt out too
        ("CNC machining of brackets, three years", [("cnc", None, 3.0)]),
        ("용접, 한 달", [("weld", None, 0.08)]),
        ("Python, half a year", [("python", None, 0.5)]),  # half before an article and a unit
        ("Python, a year", [("python", None, 1.0)]),
        ("welding, one of my strengths", [("weld", None, None)]),  # a number with no unit: no time
        ("용접 1년 반쯤", [("weld", None, 1.5)]),  # about half a year more
        ("지게차 1년반", [("forklift", None, 1.5)]),  # a year and a half in one word
        ("엑셀 2년가량", [("excel", None, 2.0)]),  # about, glued to the unit
        ("용접 3개월쯤", [("weld", None, 0.25)]),
        ("Python approx. 2y", [("python", None, 2.0)]),  # y for years
        ("welding, a year and a half", [("weld", None, 1.5)]),  # half in English, after the unit or before it
        ("CNC machining, one and a half years", [("cnc", None, 1.5)]),
        ("TIG welding for 2 years and a half", [("weld-tig", None, 2.5)]),
        ("Python, about six months", [("python", None, 0.5)]),  # about a time, in a clause of its own
        ("Python, about it", [("python", None, None)]),
        ("용접 1년쯤 전에 그만둠", []),  # a time ago still, about or not
        ("파이썬, python 3년", [("python", None, 3.0)]),  # a skill named twice keeps what either says
    ],
)
def test_level_and_years_go_with_their_skill(text: str, expected: list[tuple[str, int | None, float | None]]) -> None:
    assert skills(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("엑셀 (상)", [("excel", 4, None)]),  # a form's three steps: 상, 중, 하
        ("엑셀(상), 영어(중), 파이썬(하)", [("excel", 4, None), ("english", 3, None), ("python", 1, None)]),
        ("영어 상 / 엑셀 중 / 파이썬 중", [("english", 4, None), ("excel", 3, None), ("python", 3, None)]),
        ("용접 숙련도 상", [("weld", 4, None)]),  # after its word of ability
        ("파이썬은 하 수준", [("python", 1, None)]),
        ("English (business level)", [("english", 4, None)]),
        ("지게차 운전 중", [("forklift", None, None)]),  # 중 bare and alone: work going on
        ("용접 작업 중", [("weld", None, None)]),
        ("지게차 상하차 작업 2년", [("forklift", None, 2.0)]),  # 상 and 하 inside a word name no step
        ("엑셀 상 받음", []),  # an award, and a word after the step
        ("용접 경력자 중 엑셀 가능하신 분", [("weld", None, None), ("excel", None, None)]),  # 중: among
    ],
)
def test_a_step_of_three_after_a_skill_is_its_level(
    text: str, expected: list[tuple[str, int | None, float | None]]
) -> None:
    assert skills(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Python, SQL 데이터 분석", ["python", "sql", "data"]),
        ("파이썬과 SQL로 데이터 분석을 했습니다.", ["python", "sql", "data"]),
        ("HTML/CSS", ["html-css"]),  # a slash inside a skill name
        ("TIG/용접", ["weld-tig"]),
        ("Python+SQL", ["python", "sql"]),  # a plus between words lists two skills; C++ keeps its own
        ("용접, 지게차 및 엑셀", ["weld", "forklift", "excel"]),
        ("CNC 선반", ["cnc-lathe"]),  # the longer name, not CNC and then nothing
        ("Sprign boot", ["spring-boot"]),  # a slip in one word of two
        ("Non-destructive testing (NDT)", ["ndt"]),
        ("파이썬, 파이썬", ["python"]),  # each skill once
    ],
)
def test_several_skills_a_line(text: str, expected: list[str]) -> None:
    assert [skill_id for skill_id, _, _ in skills(text)] == expected


def test_spans_point_at_the_words_typed() -> None:
    text = "경력: 용접 3년, 파이썬으로 데이터 분석"
    reading = extract(VOCAB, text)
    assert [(text[e.start : e.end], e.text) for e in reading.skills] == [
        ("용접", "용접"),
        ("파이썬으로", "파이썬으로"),
        ("데이터 분석", "데이터 분석"),
    ]


def test_words_not_understood_are_reported() -> None:
    reading = extract(VOCAB, "Python, matplotlib, 경력 있음")
    assert [e.skill_id for e in reading.skills] == ["python"]
    assert reading.unknown == ("matplotlib",)


@pytest.mark.parametrize(
    "text", ["경력 있음", "3년", "가능합니다", "experience", "", "1995년생", "항만에서", "사용 가능자"]
)  # 가능자 (someone able to, in a job ad) was read as 가스기능사
def test_filler_alone_names_no_skill(text: str) -> None:
    assert extract(VOCAB, text).skills == ()


def test_a_date_is_not_years_of_experience() -> None:
    assert skills("용접 2024년") == [("weld", None, None)]


def test_fuzzy_words_need_to_agree_each() -> None:
    """Every word of a run must be a known word or one slip from one: no borrowing across words."""
    assert skills("Data analysys") == [("data", None, None)]
    assert skills("Date anlaysys") == []  # "Date" is one slip from data, but "anlaysys" is two from analysis


def test_did_you_mean_offers_close_names_never_for_a_stray_letter() -> None:
    """A suggestion is only offered, so it may be looser than a match: 볼링 is no typo of 보링, but may be meant."""
    vocab = Vocabulary([Skill("boring", "보링 가공", "Boring", "machining", ("보링",), ())], version=1)
    assert did_you_mean(vocab, "볼링") == ("boring",)
    assert did_you_mean(vocab, "x") == ()
    assert did_you_mean(vocab, "accounting") == ()


def test_did_you_mean_needs_a_close_name_and_two_syllables() -> None:
    """Two keys wrong in a short word, or one syllable, is close to too many names: "poker" is not a Docker typo."""
    vocab = Vocabulary(
        [
            Skill("docker", "도커", "Docker", "software", (), ()),
            Skill("edm", "방전가공", "EDM", "machining", ("방전",), ()),
        ],
        version=1,
    )
    assert did_you_mean(vocab, "poker") == ()
    assert did_you_mean(vocab, "Dockr") == ("docker",)
    assert did_you_mean(vocab, "반") == ()
    assert did_you_mean(vocab, "뱡전") == ("edm",)


SHIPPED = Vocabulary(load_shipped_skills(), version=1)


def test_a_skill_named_but_not_the_writers_is_set_aside_not_offered() -> None:
    """The form explains a skill set aside rather than offering it back as a "did you mean"."""
    reading = extract(SHIPPED, "엑셀 가능, CAD는 못함")
    assert [e.skill_id for e in reading.skills] == ["excel"]
    assert [e.skill_id for e in reading.set_aside] == ["autocad"] and "CAD" in reading.unknown
    brother = extract(SHIPPED, "형이 지게차 운전함")
    assert [e.skill_id for e in brother.set_aside] == ["forklift-operation"]
    assert offered(SHIPPED, brother) == ()
    assert extract(SHIPPED, "Python, matplotlib, 경력 있음").set_aside == ()
    assert [e.skill_id for e in extract(SHIPPED, "누나가 포토삽 잘함").set_aside] == ["photoshop"]  # typed with a slip


def test_offers_are_for_slips_not_for_words_of_their_own() -> None:
    """A slip is rarely a word: "해썸" (해썹) and "Vietnamis" are offered a skill, 볼링 (bowling) and "planning" not;
    beside a skill understood, a run of one word only, and not a word of that skill's own names."""
    assert offered(SHIPPED, extract(SHIPPED, "해썸 인증")) == ("haccp",)
    assert offered(SHIPPED, extract(SHIPPED, "주말마다 볼링")) == ()
    assert offered(SHIPPED, extract(SHIPPED, "볼링")) == ()
    assert offered(SHIPPED, extract(SHIPPED, "Vietnamis interpreter")) == ("vietnamese",)
    assert offered(SHIPPED, extract(SHIPPED, "Planning my next holiday")) == ()
    assert offered(SHIPPED, extract(SHIPPED, "운전면허 2종 보통")) == ()


def test_a_typo_is_forgiven_only_where_the_rest_of_the_clause_is_understood() -> None:
    """A word one slip from a short skill name, among words that name nothing, is another word: "sell artwork"."""
    vocab = Vocabulary(
        [
            Skill("shell", "쉘 스크립트", "Shell scripting", "software", ("shell",), ()),
            Skill("python", "파이썬", "Python", "software", (), ()),
            Skill("data", "데이터 분석", "Data analysis", "data_ai", (), ()),
        ],
        version=1,
    )
    assert extract(vocab, "sell artwork").skills == ()
    assert [e.skill_id for e in extract(vocab, "shell artwork").skills] == ["shell"]  # exact stays
    assert [e.skill_id for e in extract(vocab, "Phyton 데이타 분석 능숙").skills] == ["python", "data"]
    assert [e.skill_id for e in extract(vocab, "artwork, Phyton").skills] == ["python"]  # a clause of its own


def test_a_typo_never_reaches_a_short_word() -> None:
    """Any slip of a word of three letters makes another word: "GIMP" is an image editor, not GMP with a key added."""
    vocab = Vocabulary(
        [
            Skill("gmp", "우수제조관리기준", "Good manufacturing practice", "quality", ("GMP",), ()),
            Skill("java", "자바", "Java", "software", (), ()),
        ],
        version=1,
    )
    assert extract(vocab, "GIMP").skills == ()
    assert [e.skill_id for e in extract(vocab, "Jaav").skills] == ["java"]  # four letters: still a slip
    assert [e.skill_id for e in extract(vocab, "GMMP").skills] == ["gmp"]  # a key pressed twice is plain


def test_letters_of_an_alias_written_one_by_one_are_no_words() -> None:
    """With "Y/T" an alias, a stray letter t before a word is still read as part of it ("t empering")."""
    vocab = Vocabulary(
        [
            Skill("yard-tractor", "야드 트랙터", "Yard tractor", "logistics", ("Y/T",), ()),
            Skill("tempering", "뜨임", "Tempering", "machining", (), ()),
        ],
        version=1,
    )
    assert [e.skill_id for e in extract(vocab, "t empering").skills] == ["tempering"]
    assert [e.skill_id for e in extract(vocab, "Y/T 3년").skills] == ["yard-tractor"]


def test_a_word_for_a_person_is_read_only_from_a_skill_name_as_typed() -> None:
    """조리사 (a cook) is 조리 and 사, and 조리 is one key from 조립: a slip read under a job's ending makes a skill of
    another trade; an ending that is a particle still forgives it."""
    vocab = Vocabulary(
        [
            Skill("assembly", "조립", "Assembly", "machining", (), ()),
            Skill("welding", "용접", "Welding", "welding", (), ()),
        ],
        version=1,
    )
    assert extract(vocab, "조리사").skills == ()
    assert [e.skill_id for e in extract(vocab, "용접사").skills] == ["welding"]
    assert [e.skill_id for e in extract(vocab, "조리을").skills] == ["assembly"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("배관공 10년", ["piping"]),
        ("영업이사 5년", ["sales"]),  # a director of sales: 포장이사 (a removal, packed) is read as packing still
        ("조직 이해", []),  # 이해 no particle and ending: 조직 is no slip of a skill's word before filler
    ],
)
def test_a_jobs_ending_and_the_word_before_it(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(Vocabulary(load_shipped_skills(), version=1), text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("하네스 조립 2년", ["harness"]),  # the work done with the skill before it
        ("C++ 프로그래밍", ["cpp"]),
        ("C++ programming experience", ["cpp"]),
        ("C++, 프로그래밍", ["cpp", "programming"]),  # anything between lists two skills
        ("C++로 테트리스 만들었어요", ["cpp"]),  # a particle glued after the plus
        ("하네스 및 조립", ["harness", "assembly"]),
        ("조립", ["assembly"]),
    ],
)
def test_a_word_of_work_after_a_skill_is_that_skills_work(text: str, expected: list[str]) -> None:
    vocab = Vocabulary(
        [
            Skill("harness", "와이어 하네스", "Wire harness", "electrical", ("하네스",), ()),
            Skill("assembly", "기계 조립", "Mechanical assembly", "machining", ("조립", "assembly"), ()),
            Skill("cpp", "C++", "C++", "software", (), ()),
            Skill("programming", "프로그래밍", "Programming", "software", ("programming",), ()),
        ],
        version=1,
    )
    assert [e.skill_id for e in extract(vocab, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CNC lathe/milling", ["cnc-lathe", "cnc-milling"]),  # the word before both alternatives
        ("CNC 선반 · 밀링 가능", ["cnc-lathe", "cnc-milling"]),
        ("배관/로봇 용접", ["pipe-weld", "robot-weld"]),  # the word after both
        ("CNC 선반 및 밀링", ["cnc-lathe", "cnc-milling"]),  # a conjunction between them
        ("CNC 선반 & 밀링", ["cnc-lathe", "cnc-milling"]),
        ("CNC 선반, 밀링", ["cnc-lathe", "milling"]),  # a comma lists two things
        ("선반/밀링", ["lathe", "milling"]),
    ],
)
def test_alternatives_share_the_words_around_them(text: str, expected: list[str]) -> None:
    vocab = Vocabulary(
        [
            Skill("cnc-lathe", "CNC 선반", "CNC lathe", "machining", (), ()),
            Skill("cnc-milling", "CNC 밀링", "CNC milling", "machining", (), ()),
            Skill("lathe", "선반", "Lathe", "machining", (), ()),
            Skill("milling", "밀링", "Milling", "machining", ("milling",), ()),
            Skill("pipe", "배관", "Piping", "plant", (), ()),
            Skill("pipe-weld", "배관 용접", "Pipe welding", "welding", (), ()),
            Skill("robot-weld", "로봇 용접", "Robot welding", "welding", (), ()),
        ],
        version=1,
    )
    assert [e.skill_id for e in extract(vocab, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MIG welding", ["mig"]),  # one of a name's alternatives with the words they share
        ("MAG 용접 2년", ["mig"]),
        ("자동화설비산기", ["automation"]),  # how every 산업기사 is shortened
    ],
)
def test_forms_people_write_that_the_taxonomy_need_not_list(text: str, expected: list[str]) -> None:
    vocab = Vocabulary(
        [
            Skill("mig", "MIG/MAG 용접", "MIG/MAG welding", "welding", (), ()),
            Skill("automation", "자동화설비산업기사", "Industrial Engineer Automation", "qualification", (), ()),
        ],
        version=1,
    )
    assert [e.skill_id for e in extract(vocab, text).skills] == expected


def test_a_slash_without_shared_words_joins_one_things_parts() -> None:
    assert written_also(Skill("cicd", "CI/CD", "CI/CD", "software", ("TCP/IP",), ())) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PLCs", ["plc"]),  # the plural of a thing a name names
        ("hands-on with forklifts", ["forklift"]),
        ("darts", []),  # a product has no plural: darts is a game
        ("paint forklifts in the harbour", []),  # a guess, made only where the other words are understood
        ("PLCS", []),  # capitals ending in S are an abbreviation of their own, as CMMS is no CMM
    ],
)
def test_a_plural_names_the_skill_its_singular_names(text: str, expected: list[str]) -> None:
    vocab = Vocabulary(
        [
            Skill("plc", "PLC 프로그래밍", "PLC programming", "electrical", ("plc",), ()),
            Skill("forklift", "지게차 운전", "Forklift operation", "logistics", ("forklift",), ()),
            Skill("flutter", "플러터", "Flutter", "software", ("dart",), ()),
        ],
        version=1,
    )
    assert [e.skill_id for e in extract(vocab, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("operate sumps", []),  # a vowel slipped into letters spelt out one by one makes a word of its own
        ("smsp", ["power"]),  # where two of the letters swapped is a slip
    ],
)
def test_an_abbreviation_of_letters_is_no_word_with_a_vowel(text: str, expected: list[str]) -> None:
    vocab = Vocabulary([Skill("power", "전력전자", "Power electronics", "electrical", ("smps",), ())], version=1)
    assert [e.skill_id for e in extract(vocab, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("영어 못함", []),  # a negation after the skill in Korean
        ("용접 경험 없음", []),  # with filler between
        ("엑셀 잘 모름", []),  # or an adverb of degree
        ("not fluent in English", []),  # before it in English
        ("I can't speak English", []),
        ("Excel, not Python", ["excel"]),  # only the skill it is said with
        ("용접 가능 지게차 없음", ["weld"]),
        ("지게차 운전 문제 없음", ["forklift"]),  # "no problem": a word between says what is denied
        ("No 1 in welding", ["weld"]),  # "no" before a number is a rank
    ],
)
def test_a_skill_denied_is_not_claimed(text: str, expected: list[str]) -> None:
    assert [skill_id for skill_id, _, _ in skills(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TIG welder 3 years", ["tig"]),  # a broader skill's word after a narrower skill is that skill's head
        ("TIG, welder", ["tig", "weld"]),  # anything between lists two
        ("welder TIG", ["weld", "tig"]),
    ],
)
def test_a_broader_skill_right_after_a_narrower_one_is_its_head(text: str, expected: list[str]) -> None:
    vocab = Vocabulary(
        [
            Skill("weld", "용접", "Welding", "welding", ("welder",), ()),
            Skill("tig", "TIG 용접", "TIG welding", "welding", ("tig",), ()),
        ],
        version=1,
    )
    assert [e.skill_id for e in extract(vocab, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we saw the harbour", []),  # an everyday verb after a subject names no skill
        ("I want to go abroad", []),
        ("SAW 용접", ["saw"]),  # written as a name
        ("saw, go", ["saw", "go"]),  # or alone
        ("python and go", ["python", "go"]),
    ],
)
def test_an_everyday_verb_after_a_subject_is_the_verb(text: str, expected: list[str]) -> None:
    vocab = Vocabulary(
        [
            Skill("saw", "서브머지드 아크 용접", "Submerged arc welding (SAW)", "welding", ("saw", "SAW 용접"), ()),
            Skill("go", "Go 언어", "Go", "software", ("golang",), ()),
            Skill("python", "파이썬", "Python", "software", (), ()),
        ],
        version=1,
    )
    assert [e.skill_id for e in extract(vocab, text).skills] == expected


GLUED = Vocabulary(
    [
        Skill("robot", "산업용 로봇 프로그래밍", "Industrial robot programming", "electrical_plc", ("로봇",), ()),
        Skill("programming", "프로그래밍", "Programming", "software", (), ()),
        Skill("sus", "스테인리스 용접", "Stainless steel welding", "welding", ("써스용접",), ()),
        Skill("weld", "용접", "Welding", "welding", (), ()),
        Skill("english", "영어", "English", "languages", (), ()),
        Skill("drawing", "도면 해독", "Drawing reading", "cad_cae", ("도면",), ()),
    ],
    version=1,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("로봇프로그래밍", ["robot"]),  # glued from words of names: read as if spaced, 프로그래밍 is 로봇's work
        ("로봇프로그래밍 3년", ["robot"]),
        ("로봇프로그레밍", ["robot"]),  # one glued piece of three syllables or more with a slip
        ("영어도면", ["english", "drawing"]),
        ("써쓰 용접", ["sus"]),  # one name typed with a space inside and a slip
    ],
)
def test_korean_words_glued_or_spaced_are_read_as_the_names_they_make(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(GLUED, text).skills] == expected


def test_a_korean_word_that_ends_a_name_begun_before_it_stays_whole() -> None:
    """운전기능사 after 지게차 ends 지게차운전기능사, so the alternative before it shares it (not 운전 + 기능사)."""
    vocab = Vocabulary(
        [
            Skill("forklift", "지게차 운전", "Forklift operation", "logistics", ("지게차",), ()),
            Skill("tower", "타워", "Tower crane", "logistics", (), ()),
            Skill("qual-forklift", "지게차운전기능사", "Craftsman Forklift", "qualification", (), ()),
            Skill("qual-tower", "타워운전기능사", "Craftsman Tower Crane", "qualification", (), ()),
            Skill("qual-craftsman", "기능사", "Craftsman", "qualification", (), ()),
        ],
        version=1,
    )
    assert [e.skill_id for e in extract(vocab, "타워·지게차 운전기능사").skills] == ["qual-tower", "qual-forklift"]


@pytest.mark.parametrize("text", ["영어유치원", "도몀영어", "자바섬여행"])
def test_a_korean_word_that_splits_into_no_words_of_names_maps_to_nothing(text: str) -> None:
    """도몀 is a slip of 도면 but two syllables are as often another word; 유치원 is no word of names."""
    assert extract(GLUED, text).skills == ()


SENSES = Vocabulary(
    [
        Skill("java", "자바", "Java", "software", (), ()),
        Skill("spark", "스파크", "Apache Spark", "data_ai", ("spark",), ()),
        Skill("unity", "유니티", "Unity", "software", (), ()),
        Skill("kafka", "카프카", "Apache Kafka", "data_ai", ("kafka",), ()),
    ],
    version=1,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("자바 원두 커피", []),  # a skill's name that is also an everyday thing, beside a word of everyday life
        ("spark plugs", []),
        ("카프카 소설 읽기", []),
        ("Java island trip", []),
        ("자바, 스파크", ["java", "spark"]),
        ("Unity 게임 개발", ["unity"]),  # a game is made with the skill: no word of everyday life
        ("Kafka team lead", ["kafka"]),
        ("Java 개발 3년, 커피 좋아함", ["java"]),  # a word of everyday life in another clause
        ("Java backend and coffee", ["java"]),  # or further than two words away
        ("유니티 영화 관람", []),  # a word of leisure makes any skill's word near it another thing
        ("Spark 아이돌 팬클럽", []),
        ("Unity 드라마 OST 좋아함", []),
    ],
)
def test_a_skill_name_beside_a_word_of_everyday_life_is_that_everyday_thing(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SENSES, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("방진복 입고 클린룸 작업 2년", []),  # put on, whatever work the clause says
        ("실험복을 입고 HPLC 분석 1년", ["hplc"]),
        ("작업복 입고 출고 작업 1년", ["inbound-outbound"]),  # goods out, said as such
        ("입고 검수 2년", ["inbound-outbound", "tally"]),  # goods in
        ("할아버지 보청기 배터리 교체일", []),  # a device's battery at home
        ("배터리 팩 조립 2년", ["battery-systems"]),
        ("휴대폰 배터리 생산 라인 2년", ["battery-systems", "production-line-work"]),  # the battery's work
        ("jar 뚜껑 프레스 라인 2년", ["press"]),  # a line, years: work beside an everyday word
        ("제주 만다린 귤 한 박스 주문함", []),  # oranges
        ("Packing for the family trip to Jeju took the whole evening", []),
        ("창문 밖 타워크레인이 석 달째 그대로", []),  # seen from a window
        ("Lagging Wi-Fi at the PC bang near my old school", []),
        ("An azure sky over Gwangan Bridge after three days of typhoon", []),
        ("A rhino plushie from the zoo gift shop guards my bed", []),
        ("시력 검사 때 아래 줄부터 외워 버린 초등학생 시절", []),  # one's eyesight
        ("한국서 2년 일했어요", []),  # in Korea, 에서 said short: no slip of 한국사
        ("한국서 1급 땄어요", ["qual-korean-history"]),  # a slip, with its grade and pass
    ],
)
def test_put_on_after_clothes_is_worn_and_a_place_said_short_is_no_slip(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("과자 공장 포장 기계 운영", "picking-packing"),  # food, cosmetics, films: what factories and studios make
        ("김치 공장 HACCP 관리", "haccp"),
        ("화장품 품질관리 경력", "quality-control"),
        ("casting for car parts", "casting"),  # cars and their parts are the zone's work, not an everyday thing
        ("크레인 자동차 부품 운반", "crane-operation"),
        ("Docker release 자동화", "docker"),
        ("Kafka conference 발표", "kafka"),
        ("Excel 메뉴 관리", "excel"),
        ("Python 아마 중급", "python"),  # 아마: "probably"
        ("Spring 축제 사이트 개발", "spring"),
        ("Java backend, 커피 원두 쇼핑몰", "java"),  # a word of everyday life not right beside the name
        ("Spring 음식 주문 서비스", "spring"),  # a word of work says what was done with the skill
        ("Java 카페 키오스크 개발", "java"),
        ("Kafka 음식 배달 플랫폼", "kafka"),
        ("팬클럽 관리 엑셀", "excel"),
        ("아이돌 앨범 포장 물류", "picking-packing"),
        ("Ltd. python", "python"),  # a word cut short before a dot modifies nothing
        ("Adv. excel skills", "excel"),
    ],
)
def test_a_skill_said_with_words_of_a_workplace_stays_the_skill(text: str, expected: str) -> None:
    vocab = Vocabulary(load_shipped_skills(), version=1)
    assert expected in [e.skill_id for e in extract(vocab, text).skills]


@pytest.mark.parametrize("text", ["크레인 운전기능사", "기능사 보유", "산업기사 취득"])
def test_a_qualifications_grade_alone_names_no_certificate(text: str) -> None:
    vocab = Vocabulary(load_shipped_skills(), version=1)
    assert not [e for e in extract(vocab, text).skills if e.skill_id.startswith("qual-")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forklfit driver", ["forklift"]),  # who does the work is filler, so the clause is all skill and a slip is read
        ("operating forklifts", ["forklift"]),
        ("CNC operator, 2 years", ["cnc"]),
    ],
)
def test_english_words_for_who_does_the_work_are_filler(text: str, expected: list[str]) -> None:
    vocab = Vocabulary(
        [
            Skill("forklift", "지게차 운전", "Forklift operation", "logistics_equipment", ("forklift",), ()),
            Skill("cnc", "CNC 가공", "CNC machining", "machining", ("cnc",), ()),
        ],
        version=1,
    )
    assert [e.skill_id for e in extract(vocab, text).skills] == expected


@pytest.mark.parametrize("text", ["성실하다는 평가", "성실한 태도", "성실하다"])
def test_a_korean_adjective_ending_leaves_its_skill(text: str) -> None:
    vocab = Vocabulary([Skill("responsibility", "책임감", "Responsibility", "soft_skills", ("성실",), ())], version=1)
    assert [e.skill_id for e in extract(vocab, text).skills] == ["responsibility"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("S7-400", ["s7"]), ("S7-400 경험 2년", ["s7"]), ("CATIA-5", ["catia"]), ("C-3", []), ("CAD-3", [])],
)
def test_a_name_with_a_model_number_after_a_hyphen_is_that_product(text: str, expected: list[str]) -> None:
    """A name of one letter with a number is anything (a grade, a room): not the C language; nor are a few letters
    (a drawing, a part)."""
    vocab = Vocabulary(
        [
            Skill("s7", "지멘스 PLC", "Siemens S7", "electrical_plc", ("s7",), ()),
            Skill("c-lang", "C언어", "C", "software", (), ()),
            Skill("catia", "카티아", "CATIA", "design", (), ()),
            Skill("cad", "캐드", "CAD", "design", (), ()),
        ],
        version=1,
    )
    assert [e.skill_id for e in extract(vocab, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected", "said"),
    [
        ("RMG 크레인 운전 2년", ["gantry-crane"], "RMG 크레인 운전"),  # a kind of crane, then the crane driven
        ("ARMG 크레인 운전", ["gantry-crane"], "ARMG 크레인 운전"),
        ("linux 서버 관리", ["linux", "server-admin"], "linux"),  # an alias's last word says no kind: two skills
    ],
)
def test_the_thing_a_skills_name_ends_in_after_it_is_that_skill(text: str, expected: list[str], said: str) -> None:
    reading = extract(Vocabulary(load_shipped_skills(), version=1), text)
    assert [e.skill_id for e in reading.skills] == expected
    assert reading.skills[0].text == said
    assert reading.unknown == ()


def test_a_clause_of_filler_words_that_is_a_name_is_that_skill() -> None:
    """프로젝트 and 관리 are filler, so a clause of them alone was read as said of the skill before, as years are
    ("welder, 7 years")."""
    reading = extract(Vocabulary(load_shipped_skills(), version=1), "애자일, 프로젝트 관리")
    assert [e.skill_id for e in reading.skills] == ["agile", "project-management"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ㆍ지게차 운전 가능 ㆍ엑셀 능숙", ["forklift-operation", "excel"]), ("피킹ㆍ패킹", ["picking-packing"])],
)
def test_the_araea_a_korean_keyboard_types_is_a_middle_dot(text: str, expected: list[str]) -> None:
    """ㆍ is a letter to Unicode, so it was read glued to the word after it ("ㆍ지게차")."""
    assert [e.skill_id for e in extract(Vocabulary(load_shipped_skills(), version=1), text).skills] == expected


def test_a_skill_named_twice_in_a_clause_is_its_topic() -> None:
    """The second name's words were counted as words of another topic once the mention was merged into the first."""
    reading = extract(Vocabulary(load_shipped_skills(), version=1), "솔리디티로 스마트 컨트랙트 개발해봄")
    assert [e.skill_id for e in reading.skills] == ["blockchain"]


def test_an_adverb_of_manner_is_a_word_of_another_topic_still() -> None:
    """Read as saying nothing, 직접 and 열심히 let everyday senses of skills' words be read ("직접 선반 달았음": a
    shelf put up); taken back after a review."""
    reading = extract(Vocabulary(load_shipped_skills(), version=1), "직접 선반 달았음")
    assert reading.skills == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("보세창고 관리 1년", ["warehouse-management"]),  # a kind of warehouse glued before the name's first word
        ("공공데이터 분석 공모전", ["data-analysis"]),
        ("발전기 정비", []),  # one syllable before 전기: no modifier, a word of its own
    ],
)
def test_a_word_ending_in_a_names_first_word_the_next_completes_is_that_name(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("System administrator at a hospital for three years", ["server-admin"]),  # the doer's name of the work
        ("Required licence: Class 1 large, issued at least a year ago", ["license-class1-large"]),
        ("W/H 관리 2년", ["warehouse-management"]),  # a warehouse's letters
        ("a year laminating surfboards in a composites shop", ["composites"]),  # the plural the trade says
    ],
)
def test_names_the_trades_write_for_their_work(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("베트남어로 통역해 줘요", ["vietnamese", "translation-interpretation"]),  # done for someone, told of
        ("러시아어 메뉴판 번역해드렸어요", ["russian", "translation-interpretation"]),  # the helping verb glued
        ("포장해 주세요", []),  # asked of someone
        ("이거 통역해 줘요 빨리", []),  # asked
        ("사장님이 배달해 줬음", []),  # someone else did it for the writer
        ("잠수해 버림", []),
    ],
)
def test_a_skill_done_for_someone_is_the_writers(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("우즈벡 통역 알바 1년", ["uzbek", "translation-interpretation"]),  # the country's short form
        ("인니 출장 통역 가능", ["indonesian", "translation-interpretation"]),  # a word between
        ("러시아 번역 프리랜서", ["russian", "translation-interpretation"]),
        ("중국 통역 가능", ["chinese", "translation-interpretation"]),  # a country of two syllables
        ("우즈베키스탄 통역", ["uzbek", "translation-interpretation"]),
        ("몽고 통역 알바 1년", ["mongolian", "translation-interpretation"]),  # the country's older name (몽고어)
        ("러시아 출장 다녀옴", []),  # the country alone: a place
        ("몽고 여행 다녀왔어요", []),
        ("몽고 간장 좋아해요", []),  # a brand of soy sauce
        ("몽고 DB 쿼리 작성", ["mongodb", "sql"]),  # MongoDB's short form, beside a database's words
        ("베트남 쌀국수", []),
        ("베트남 친구 있어요", []),
        ("매장에서 일본 관광객들 통역해줬어요", ["translation-interpretation"]),  # its people: any language
        ("한국 통역 가능", ["translation-interpretation"]),  # a language no interpreting is related to
    ],
)
def test_a_country_before_interpreting_names_its_language(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("일본 통역 맡겼어요", []),  # hired
        ("중국 출장 때 통역 붙여줬어요", []),
        ("일본 통역 없이 혼자 출장 갔어요", []),  # gone without, thanked
        ("중국 현장 통역 없어서 손짓으로 했어요", []),
        ("러시아 통역 덕분에 계약했어요", []),
        ("베트남 현장 통역이 도와줬어요", []),  # an interpreter
        ("독일 출장 통역사랑 같이 다녀왔어요", []),
        ("중국 통역 앱으로 대화했어요", []),  # a tool, a thing translated
        ("일본 번역 만화 봐요", []),
        ("베트남 음식 번역 메뉴판 봤어요", []),
        ("우즈벡 통역 알바 1년", ["uzbek", "translation-interpretation"]),  # controls: the writer's work
        ("중국 공장 통역 3년", ["chinese", "translation-interpretation"]),
        ("일본 통역으로 1년 일했어요", ["japanese", "translation-interpretation"]),
        ("중국 출장 통역 3번 다녀왔어요", ["chinese", "translation-interpretation"]),
        ("일본 관광객 통역 해줬어요", ["translation-interpretation"]),
        ("러시아 선원들 통역 해줬어요", ["translation-interpretation"]),
        ("어머니가 베트남 분이라 베트남어 통역이 가능합니다.", ["vietnamese", "translation-interpretation"]),
    ],
)
def test_interpreting_had_from_someone_or_something_is_not_the_writers(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jira the hamster", []),  # a pet's name
        ("Django the cat", []),
        ("Django the framework, 2 years", ["django"]),  # no animal
        ("Welded the dog cages for a shelter", ["welding"]),  # a verb, and the animal no phrase's end
    ],
)
def test_a_name_before_the_and_an_animal_is_a_pets(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("아두이노로 강아지 자동 급식기 만들었어요", ["arduino"]),  # a tool a thing was made with, beside a pet
        ("굿즈를 일러스트레이터로 만들었어요", ["illustrator"]),
        ("강아지 하네스", []),  # a pet's thing
        ("스프링으로 만든 장난감 자동차", []),  # a name of an everyday thing too: a spring
        ("라즈베리로 잼 만들었어요", []),
        ("범퍼 도색 해요", ["painting-coating"]),  # painting as the body shop says it
    ],
)
def test_a_tool_a_thing_was_made_with_is_held_beside_a_word_of_leisure(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("약국 재고 관리 앱 Swift로 만들었어요", ["ios-swift"]),  # what the app is for, not the writer's trade
        ("Unity로 지게차 운전 교육 시뮬레이터 개발", ["unity"]),
        ("Built an inventory app for a pharmacy in Swift", ["ios-swift"]),
        ("Wrote Python scripts to schedule crane maintenance", ["python"]),
        ("Inventor로 지그 설계해서 제작까지 했어요", ["inventor", "jig-fixture"]),  # drawn: the jig is the work
        ("Excel로 재고 관리 시트 만들어서 썼어요", ["excel", "inventory-management"]),  # a spreadsheet manages it
        ("엑셀로 재고 관리하고 지게차 3년", ["excel", "inventory-management", "forklift-operation"]),  # nothing made
        ("선박 도장 하면서 Python으로 도료 계산기 만들었어요", ["ship-painting", "python"]),  # a deed of its own
        ("I drive a reach stacker and coded a shift app with React", ["reach-stacker", "react"]),
        ("Python으로 만든 용접 일지 앱이 제 첫 프로젝트", ["python"]),  # the thing after the verb that made it
        ("Wrote Python scripts that generate G-code", ["python", "g-code"]),  # code a program writes
    ],
)
def test_the_floors_skill_named_in_a_thing_made_with_code_is_what_it_is_for(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "기정산기 있어요 공장 보전반 가고 싶어요",
            ["qual-machine-maintenance-industrial"],
        ),  # cut to 산기, in a sentence
        ("조산기 있어서 일 그만뒀어요", []),  # three syllables: premature labour as often
        ("국무사 있어요 무역학과 2학년 때 땄어요", ["qual-international-trade-specialist"]),  # held, its pass told
        ("물관사는 군대에서 땄어요", ["qual-logistics-manager"]),  # obtained, said last with its time between
        ("국무사 1급은 떨어지고 무역영어 땄어요", ["qual-trade-english"]),  # another's obtaining, the cut failed
        ("조산기 있어서 작년에 병원 다녔어요", []),  # no obtaining said
        ("조산기 있어요 그래서 병원 다녀요", []),  # held, no pass: premature labour
        ("판금기능사 있어요 실기 한 번에", ["qual-sheet-metal-craftsman"]),  # cut to its grade, glued: not split
        ("공냉기사 합격, 필기는 작년", ["qual-refrigeration-engineer"]),  # 기사: the engineer's, not 공냉기능사
        ("국무사 1급 붙었어요 무역회사 서류 냈어요", ["qual-international-trade-specialist"]),  # passed right after
        (
            "정측기능사 땄어요 실기 때 손 떨림",
            ["qual-precision-measurement-craftsman"],
        ),  # no far slip of 정보처리기능사
        ("물관사 합격 후 물류센터 입사", ["qual-logistics-manager"]),
        ("물관사 합격 후기 봤는데 대단하더라", []),  # a pass's story, someone's
        ("조산기 합격했어요", ["qual-shipbuilding-industrial"]),
        ("택시기사 3년", []),  # a driver, no cut of a certificate
        ("유관사 2급 있어요 편의점 점장 하려고", ["qual-distribution-manager"]),  # its grade after it
        ("물관사 붙은 날 엄마가 미역국 끓여주심", ["qual-logistics-manager"]),  # the day it was passed
        ("형이 정보처리기사 딴 날 치킨 먹음", []),  # a brother's
        ("물관사 합격 문자 받은 날 비 왔어요", ["qual-logistics-manager"]),  # its pass's news received
        ("물관사 합격 발표 기다려요", []),  # news waited for
        ("물관사 합격 소식 들은 날 울었어요", ["qual-logistics-manager"]),  # the day the news came (review 192)
        ("기계설산 실기 합격 문자 받았어요", ["qual-mechanical-design-industrial"]),  # the practical's pass
        ("유관사 합격 문자 받은 줄 알았는데 스팸이었어요", []),  # news thought received
        ("물관사 합격 소식 들었어요 동생이요", []),  # told on of another
        ("물관사 친구랑 같이 공부했는데 걔만 합격", []),  # another's pass said last
        ("물관사 공부 석 달 만에 합격", ["qual-logistics-manager"]),  # a résumé's noun of its pass said last
        ("전산기 필기는 붙었고 실기는 다음 회차에 재도전해서 합격", ["qual-electrical-industrial"]),
        ("자격증: 품질경영(산업)기사 필기 합격", []),  # the written part's pass only
        ("기계설산 졸업 전에 따 둠", ["qual-mechanical-design-industrial"]),  # 따 and a past of keeping, last
        ("물관사 따 둘게요", []),  # to come
        ("물관사 자격증 있어요 면접 때 보여드릴게요", ["qual-logistics-manager"]),  # held, said of its paper
        ("형이 물관사 자격증 있어요 면접 때 보여준대요", []),  # a brother's
        ("물관사 떨어졌어요", []),
        ("국무사 따고 싶어요", []),
        ("유통사 합격했어요", []),  # hired by a distributor
        ("공유기 따로 샀어요", []),
        ("물관 사진 찍었어요", []),
        ("가스텅스텐 기능사 자격 있어요", ["qual-gtaw-craftsman"]),  # its grade typed apart, read as typed glued
        ("가스텅스텐 기능사 자격 있어요 동생이랑 같이 땀", ["qual-gtaw-craftsman"]),
        ("보일러 기사 불렀어요", []),  # an everyday word before it: a boiler man called in
        ("가스 기능사 시험 떨어졌어요", []),
    ],
)
def test_a_certificate_cut_short_is_sure_in_a_sentence_by_its_grade_or_its_pass(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("용접 2년, 통영", ["welding"]),  # a city after the work: where it was done
        ("통영", ["translation-interpretation"]),  # typed alone in a skill field: the slip it may be
    ],
)
def test_a_city_said_as_a_clause_of_its_own_is_no_slip(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("가스기사 작년에 땄어요", []),  # a cut keeps its grade: no 가스텅스텐아크용접기능사
        ("공냉기사", ["qual-refrigeration-engineer"]),
        ("유통사 합격했어요 다음주 출근!", []),  # a firm of the trade, hired
        ("유통사 영업 3년", ["sales"]),
        ("R 기능사 있음", ["r-lang"]),  # one letter holds no certificate's name
    ],
)
def test_a_certificates_cut_keeps_its_grade_and_is_no_firm(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ㆍISO 9001, 14001 인증 관리", ["iso-9001", "iso-14001"]),  # a number listed after the word it shares
        ("ISO 9001, 3000개 부품 관리", ["iso-9001"]),  # no standard of that number
        ("ISO 9001, 14001, 45001", ["iso-9001", "iso-14001", "iso-45001"]),  # alone, and listed on
    ],
)
def test_a_number_listed_after_a_standard_shares_its_word(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unreal Engine for a VR museum tour", ["unreal-engine"]),  # an article begins no name: no AVR
        ("AVR 마이컴으로 LED 제어", ["mcu"]),
        ("A VR headset, barely used", []),  # capitalised first too
    ],
)
def test_an_article_begins_no_name(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("닷녯으로 사내 시스템 1년", ["dotnet"]),  # a syllable no Korean word has, with its particle
        ("닷녯 3년차예요", ["dotnet"]),
        ("엔시스로 과제 했어요", ["ansys"]),  # three syllables, its particle cut off
        ("도크를 구경했어요", []),  # a word of its own (a dock), two syllables
        ("셀래니움으로 예약 페이지 자동 테스트", ["selenium"]),  # a slip in a name with its particle, in a run
        ("워드프래스로 카페 홈페이지 두 개", ["wordpress"]),
    ],
)
def test_a_slip_with_its_particle_in_a_sentence_is_read(text: str, expected: list[str]) -> None:
    assert [skill.skill_id for skill in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AD 서버 관리 1년", ["windows-server"]),  # two letters with the noun they go with
        ("ES 인덱스 설계", ["elasticsearch"]),
        ("CAN 신호 분석 6개월", ["can-bus"]),
        ("ROS2 노드 개발", ["ros"]),  # a ROS node, not Node.js
        ("Terminal tracktor driver", ["yard-tractor"]),  # ck sounded out for c
        ("I build ship propellers", ["propeller"]),  # a plural made, a noun between
        ("울산 정수장 SCADA 감시", ["scada"]),  # a name before its work
        ("정수장 SCADA 모니터링으로 경보 확인", ["scada"]),  # … with its particle
        ("ISO 9001 기준에 맞게 문서 관리", ["iso-9001"]),  # a standard followed
        ("레이저 커팅기 운용 1년", ["laser-cutting"]),
    ],
)
def test_pass_33_short_forms_slips_and_plurals(text: str, expected: list[str]) -> None:
    assert [skill.skill_id for skill in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("외제차 카센터에서 정비 1년 했어요", ["automotive-maintenance"]),  # 정비 bare beside a car's workshop
        ("카센터에 정비 맡겼는데 30만원", []),  # a car left for it
        ("공장 설비 정비 1년", ["machine-maintenance"]),  # another's maintenance, named
        ("정비 1년", []),  # no car said
    ],
)
def test_bare_maintenance_beside_a_car_is_car_maintenance(text: str, expected: list[str]) -> None:
    assert [skill.skill_id for skill in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("조리 3년 했어요", []),  # cooking, a common word, no slip of 조립 with other words said
        ("장구 3년 배웠어요", []),  # a drum, no slip of 장고
        ("삼성중공업 용접 3년", ["welding"]),  # a firm's name says where, not which kind of welding
        ("현대미포조선 도장 2년", ["painting-coating"]),
        ("현대중공업 용접 3년", ["welding"]),  # no Hyundai robot: the firm, not a cut of its robots' name
    ],
)
def test_pass_34_common_words_and_firms_after_review_73(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NDT 업체 면접 예정", []),  # a firm of the trade interviewed at
        ("ABB 코리아에 지원하려고요", []),  # a maker applied to
        ("용접 업체 지원 업무 2년", ["welding"]),  # support work, no application
        ("OJT 2주 받고 투입됐어요", []),  # training received, not given
        ("STS 용접 1년", ["welding-stainless"]),  # stainless, not the ship-to-shore crane
        ("바로 하역 투입, 감만에서 1년", ["stevedoring"]),  # put on a job is work
    ],
)
def test_pass_34_firms_applied_to_and_training_received_after_review_70(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RHCSA 준비중", []),  # a certificate's initials are no alias of its field's skill: its stance is read
        ("VPN 써서 해외 사이트 접속", []),  # a VPN used, no network run
        ("I worked at a Java coffee shop for a year", []),
        ("OJT 강사로 피드백 받고 개선했어요", ["mentoring"]),  # feedback received, training given
        ("배달 지연 없이 2년 무사고", ["delivery"]),  # a rider's own record
        ("용접은 잘하고 지게차는 못해요", ["welding"]),  # one done well, the other not
        ("엑셀 좀 암", ["excel"]),  # 앎 as typed
        ("올해 ITQ와 워드프로세서를 따서 첫 회사를 알아보고 있어요", ["qual-itq", "qual-word-processor"]),
    ],
)
def test_pass_34_after_reviews_74_and_75(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("와이어 하네스 조립을 1년째 하고 있어요", ["wire-harness"]),  # the harness's assembly, a particle after it
        ("이사할 때 스카이차 불러서 냉장고를 창문으로 올렸어요", []),  # a machine called in
        ("일본어 얘기 못 알아들어서 통역 불렀어요", []),  # an interpreter called
    ],
)
def test_pass_34_work_of_a_skill_and_services_called_in(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words that are each filler alone, a name together: a clause of its own, not the last skill's level
        ("우대: 컴퓨터활용능력 1급, 3D 모델링 가능자", ["qual-computer-literacy", "3d-modeling"]),
        ("전기기능사 보유, 3D 모델링 가능자", ["qual-electrician-craftsman", "3d-modeling"]),
        ("공유기 설정 1년", []),  # a router: syllables picked of 공유압기능사 make a word of their own
        ("공유기 1년", []),
        ("전 용접 4년차", ["welding"]),  # the writer (전, 난) first: no modifier, no slip's first syllable
        ("난 용접 4년차", ["welding"]),
        ("전 자세 용접 가능해요", ["welding-all-position"]),
        ("애저에 사내 위키 올리고 모니터링해요", ["azure"]),  # a tool with 에, the verb of putting it to later
    ],
)
def test_pass_36_a_name_of_filler_words(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("용점 4년 차예요", ["welding"]),  # the years' ordinal typed apart
        ("도잔 3년 차예요 조선소 협력사", ["painting-coating"]),  # a subcontractor where it was done
        ("유관사 합격하고 바로 물류센터 입사", ["qual-distribution-manager"]),  # a cut certificate passed
    ],
)
def test_pass_37_years_ordinal_apart_and_a_subcontractor(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("복리후생: 사내 영어 회화 강좌 무료", []),  # what the job gives asks for nothing
        ("복리후생: 전기기능사 취득 시 자격수당 지급", []),
        ("Benefits: meal allowance, night shift allowance, commuter bus", []),
        ("Benefits: English classes, forklift license support", []),
        ("근무 조건: 3교대 근무 가능자", ["shift-work"]),  # whom it wants
        ("우대: 야간근무 가능자", ["shift-work"]),
    ],
)
def test_a_postings_field_of_pay_and_benefits_asks_for_no_skill(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a shift beside its pay or a meal, or said for those who work it: a benefit of the job
        ("Meals: canteen lunch free, dinner provided for night shift", []),
        ("* Dormitory available for night shift workers (free, 2 per room)", []),
        ("야간근무 수당 지급", []),
        ("Night shift allowance paid", []),
        # asked for, or worked by the writer
        ("Requirements: able to work night shifts", ["shift-work"]),
        ("야간근무 가능자 우대, 야간 수당 지급", ["shift-work"]),
        ("Managed night shift workers at a warehouse", ["shift-work"]),
        ("Worked night shifts, free meals", ["shift-work"]),
        ("I worked night shifts for 2 years and got a night shift allowance", ["shift-work"]),
        ("Did night shifts for a year with a night shift allowance", ["shift-work"]),
        ("▶ 야간 근무 시 야식 제공", []),
    ],
)
def test_a_shift_beside_its_pay_or_a_meal_is_a_benefit_not_asked(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # training or an exam's fee the employer gives, with how much of it or 제공
        ("교육: 입사 후 지게차 운전 교육 무료 제공", []),
        ("JLPT 응시료 전액 지원", []),
        ("Training: in-house Python course for all new hires", []),
        ("Free English classes every Wednesday after work", []),
        # asked for, taught or taken by the writer
        ("지게차 운전 가능자 우대 (면허 취득 지원)", ["forklift-operation"]),
        ("I teach English conversation classes to kids", ["english"]),
        ("Offered free Python classes to kids at the library", ["python"]),
        ("Took online courses in Python", ["python"]),
        ("I took free Python classes at the library and now write scripts at work", ["python"]),
        ("Took free Python classes at the library and now write scripts at work", ["python"]),
    ],
)
def test_a_course_or_fee_the_employer_gives_is_offered_not_asked(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gear of a trade, a place's amenity, a meal delivered, a thing issued: what the job has or gives
        ("- 작업복, 안전화, 용접 장갑 지급", []),
        ("welding gloves", []),
        ("· 기숙사 냉난방 완비, 세탁기 공용", []),
        ("First aid room and nurse on site", []),
        ("점심은 배달 도시락 제공", []),
        ("안전대 지급", []),
        # the skill itself, asked for or worked; a kit or a facility worked on
        ("- First aid certificate required for site supervisor", ["first-aid"]),
        ("냉난방 설비 유지보수", ["hvac", "machine-maintenance"]),
        ("TIG 용접 가능자", ["welding-tig"]),
        ("Bought, assembled and programmed Arduino kits for class", ["arduino"]),
        ("소방 시설 점검 보조 6개월", ["fire-safety"]),
    ],
)
def test_gear_and_amenities_a_posting_gives_are_no_skill_asked(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a benefit's bracket lists what it supports; a training run for new hires
        ("※ 자격증 취득 시 응시료 전액 지원 (용접기능사, 지게차운전기능사)", []),
        ("- 입사 후 OJT 2주 진행 (사수 배정)", []),
        ("입사 후 신입 OJT 진행 담당", ["mentoring"]),  # the writer's running of it
        ("입사 후 MES 구축 프로젝트 진행", ["mes"]),  # a project run after joining, no training
        # a bracket of a clause that asks; a clause of pay that asks in its bracket
        ("지게차 운전 가능자 우대 (면허 취득 지원)", ["forklift-operation"]),
        ("급여: 경력에 따라 협의 (CO2 용접 경력자 우대)", ["welding-co2"]),
        ("Benefits: TOEIC and OPIc test fees reimbursed", []),
    ],
)
def test_a_benefits_bracket_is_offered_and_a_pay_fields_asking_bracket_is_asked(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a leader's title as the interviewer or the prospect; a season before its year; a CV's languages
        ("Team leader interview after document screening", []),
        ("Promotion to team leader possible after 2 years", []),
        ("Start date: spring 2025, after graduation", []),
        ("Apply by email with your CV (English or Korean)", []),
        # leading done, a framework's version, languages asked for
        ("Team leader of 5 operators on the night line", ["leadership"]),
        ("Spring Boot 2.7", ["spring-boot"]),
        ("5) Requirements: English (business level), Excel", ["english", "excel"]),
    ],
)
def test_a_postings_steps_dates_and_documents_ask_for_no_skill(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("⟦4⟧ 근무지: 거제 옥포 조선소 도장 공장", []),  # the posting's number is no word of the field's label
        ("#1042 근무지: 울산 배터리 공장", []),
        ("No.52 회사소개: 2차전지 모듈 제조", []),
        ("(공고 77) 근무 조건: 주야 2교대", []),  # the job's hours
        ("[공고 24-117] 담당: 선박 용접", ["welding"]),  # a field that asks, after the number
        ("No.52 우대: 지게차 가능자", ["forklift-operation"]),
    ],
)
def test_a_postings_number_before_its_field_leaves_the_fields_label(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time spent studying for a test is not years it was held, so its denial is read
        ("I studied for the OPIc for a month and then skipped the test", []),
        ("오픽 한 달 공부하다가 시험 당일에 안 갔어요", []),
        ("Passed the OPIc after studying for two months", [("opic", None, None)]),
        ("토익 공부 3개월 해서 850 받았어요", [("toeic", None, None)]),
        ("지게차 자격증 학원 한 달 다니고 땄어요", [("qual-forklift", None, None)]),
        # years of a skill, or said beside no word of studying, are held
        ("TOEIC 850, used English at work for 2 years", [("toeic", None, None), ("english", None, 2.0)]),
        ("용접 3년", [("welding", None, 3.0)]),
        ("파이썬 독학 2년", [("python", None, 2.0)]),
    ],
)
def test_a_time_spent_studying_for_a_test_is_no_years_held(
    text: str, expected: list[tuple[str, int | None, float | None]]
) -> None:
    assert [(e.skill_id, e.level, e.years) for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a test or a certificate has a score, no level: one said beside it is the language's before it, or none
        ("Chinese — HSK 4 (intermediate)", [("chinese", 3, None), ("hsk", None, None)]),
        ("my Korean is intermediate (TOPIK level 4)", [("korean-language", 3, None), ("topik", None, None)]),
        ("Korean History Proficiency Test, advanced level", [("qual-korean-history", None, None)]),
        ("MOS Expert", [("qual-mos", None, None)]),
        # a language's level said with it stays its own
        ("영어 중급 (토익 750)", [("english", 3, None), ("toeic", None, None)]),
        ("JLPT N2, Japanese fluent", [("jlpt", None, None), ("japanese", 4, None)]),
    ],
)
def test_a_level_beside_a_test_is_its_languages(
    text: str, expected: list[tuple[str, int | None, float | None]]
) -> None:
    assert [(e.skill_id, e.level, e.years) for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a machine's exam or course said right after it is its certificate's, and not sat yet claims nothing
        ("지게차 시험 접수 기간을 놓쳐서 다음 회차에 보려고요", []),
        ("굴삭기 학원만 다니고 시험은 아직", []),
        ("지게차 필기만 붙었어요. 실기는 다음 달이에요.", []),
        # the machine driven, or its exam passed, is held
        ("지게차 자격증 시험은 안 봤지만 물류센터에서 지게차 2년 몰았어요", ["forklift-operation"]),
        ("지게차 실기 합격했어요", ["qual-forklift"]),
        ("CAD 학원만 다녔어요", ["autocad"]),
    ],
)
def test_a_machines_exam_not_sat_claims_neither_machine_nor_certificate(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trade with a topic's or an object's particle is its own phrase, not the word of the workplace after it
        ("솔리드웍스는 독학 중이고 오토캐드는 회사에서 매일 써요", ["autocad"]),
        ("굴착기를 현장에서 몰았고 지게차를 회사에서 몰았어요", ["excavator", "forklift-operation"]),
        ("더존 ERP는 학원에서 배우는 중이고 엑셀은 실무 3년", ["excel"]),  # a course's place: learnt there
        ("용접은 공장에서 했고 지게차는 창고에서 몰았어요", ["welding", "forklift-operation"]),
        # a trade's bare word before a workplace names where another skill was done
        ("용접 공장에서 지게차 몰았어요", ["forklift-operation"]),
        ("냉동 창고에서 지게차", ["forklift-operation"]),
        ("아버지가 굴착기 하시고 저는 지게차 몰아요", ["forklift-operation"]),
    ],
)
def test_a_trade_with_its_particle_names_no_workplace_after_it(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected
