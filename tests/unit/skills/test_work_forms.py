"""Work said in other shapes: the one who does it, a verb before its object, a listed 사상, a field before its skill."""

from __future__ import annotations

import pytest

from jobsfez.skills.match.vocab import written_also
from jobsfez.skills.matching import Vocabulary, extract
from jobsfez.skills.taxonomy_data import load_shipped_skills

SHIPPED = Vocabulary(load_shipped_skills(), version=1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plasma cutter, 2 years", ["plasma-cutting"]),
        ("laser cutter", ["laser-cutting"]),
        ("3D printer", ["3d-printing"]),
        ("computer", []),  # alone it is the thing, and "computing" names no skill alone
        ("old printer repair", []),
        ("an electrical designer for two years", ["electrical-design"]),  # design, the noun the verb is
        ("Graphic designer", []),  # no such work among the names
    ],
)
def test_the_one_who_does_a_work_names_the_work(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("testing software", ["software-testing"]),  # a work said as a verb before its object
        ("designed circuits for chargers", ["circuit-design"]),  # the verb's noun is the verb: design
        ("resolved conflicts in the team", ["conflict-resolution"]),  # resolve: resolution
        ("designed power and control circuits", ["circuit-design"]),  # two words describing it, joined by "and"
        ("assembled control panels for ships", ["panel-building"]),  # assembling: assembly
        ("I assembled PCBs by hand", ["electronics-assembly"]),  # PCB assembly, the trade's name for it
        ("building control panels", ["panel-building"]),  # panel building
        ("writing reports every week", ["documentation"]),
        ("operating forklifts", ["forklift-operation"]),  # the verb's noun: operation
        ("planning production", ["production-planning"]),
        ("mapping roads", []),  # no name says the reordered words
        ("managed two projects", ["project-management"]),  # a word or two may describe the object
        ("operating heavy forklifts", ["forklift-operation"]),
        ("building FRP boats for 3 years", ["frp-boat"]),  # a word of names describing it: the name holding it
        ("operating CNC machines", ["cnc-machining"]),  # never left out: CNC is read, as it was
        ("managed the project budget", ["project-management"]),  # in the past, an article between: still the work
        ("led a team of 8 welders", ["leadership"]),  # an irregular past: team leading
        ("tested new software", ["software-testing"]),
        ("reading structural drawings", ["drawing-reading"]),
        ("operating overhead cranes", ["overhead-crane"]),  # a name's first word with the object: kept, so no reorder
        ("tested our software", ["software-testing"]),
        ("wrote a novel", []),
        ("drove my car to work", []),
    ],
)
def test_a_work_said_before_its_object_is_the_work(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("배관, 사상, 도장", ["piping", "hand-grinding", "painting-coating"]),  # 사상 of 사상작업, among skills
        ("취부 2년, 사상 6개월", ["fit-up", "hand-grinding"]),
        ("사상 최대, 용접", ["welding"]),  # two words: a phrase, not an item of the list
        ("사상", []),  # alone it is as often "thought"
    ],
)
def test_a_korean_work_listed_among_skills_without_its_word_of_work(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Excel 매크로 작성", ["excel-vba"]),
        ("Python Django", ["python", "django"]),
    ],
)
def test_a_related_broader_skill_right_before_a_narrower_one_is_its_field(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("항만 물류 사무 1년", ["port-logistics"]),  # a field's desk work is the field
        ("Forwarding 사무 6개월", ["freight-forwarding"]),
        ("선박대리점 사무직 1년", ["ship-agency"]),
        ("컨테이너 터미널 운영 사무 겸 야드 트랙터 운전", ["container-terminal-ops", "yard-tractor"]),
        ("Port logistics 배후단지 창고 사무 1년", ["port-logistics"]),  # a workplace between them
        ("용접 공장 사무 1년", ["office-admin"]),  # a trade's workplace: office work there (review 192)
        ("사무 보조 1년", ["office-admin"]),  # alone it is office work
        ("일반 사무 경력 3년", ["office-admin"]),
        ("회계, 사무 행정", ["accounting", "office-admin"]),  # a soft skill before it lists two
        ("포워딩, 사무 보조", ["freight-forwarding", "office-admin"]),  # anything between lists two
        ("Excel 사무 보조 1년", ["excel", "office-admin"]),  # a program used at any desk: office work too
        ("Excel 사무 2년, 재고 관리도 했어요", ["excel", "office-admin", "inventory-management"]),
        ("ERP 사무 1년", ["erp", "office-admin"]),
        ("배를 타고 싶은 건 아니고 항만 사무직 원해요", []),  # the field's desk job wished for
    ],
)
def test_office_work_said_after_a_field_is_that_fields_desk(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Modbus RTU communication", ["modbus"]),  # a bus's word, as CAN communication's: no trait
        ("CAN communication and AUTOSAR", ["can-bus", "autosar"]),
        ("Modbus, communication", ["modbus", "communication"]),  # anything between lists two
        ("영어 communication 가능", ["english", "communication"]),  # after a language, the trait
        ("EtherCAT communication setup", ["ethercat"]),  # a kind of fieldbus
        ("PLC communication with the client team was my job", ["plc", "communication"]),  # a controller's: the trait
    ],
)
def test_a_soft_skills_word_a_name_of_the_fields_ends_in_is_the_things(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(("text", "expected"), [("YOLOv5 사용", ["object-detection"]), ("Unityv6", ["unity"])])
def test_a_version_written_with_v_is_the_product(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("가전 부품 도장 6개월", ["painting-coating"]), ("turf maintenance", []), ("paper press", [])],
)
def test_a_word_of_work_before_a_generic_skill_word_leaves_it_the_skill(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sorter systems 유지보수", ["conveyor-systems"]),  # "Conveyor and sorter systems": each with "systems"
        ("Conveyer systems", ["conveyor-systems"]),  # and so read with a slip, the other word understood
        ("die making, 4 years", ["mold-making"]),
        ("outbound handling", ["inbound-outbound"]),
        ("microbiology testing of raw milk", ["microbiology-testing"]),  # the science for its adjective
        ("Microbiolgy testing", ["microbiology-testing"]),
        ("보통 2종 면허 있음", ["license-class2-ordinary"]),  # a licence's class after the words it classes
        ("오토 2종", ["license-class2-ordinary"]),
    ],
)
def test_a_name_is_also_written_in_the_shapes_its_words_allow(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


def test_a_plural_before_and_is_a_thing_of_its_own_not_a_modifier() -> None:
    algorithms = next(skill for skill in load_shipped_skills() if skill.id == "algorithms")
    assert "algorithms structures" not in [form.lower() for form in written_also(algorithms)]
    assert "data structures" not in [form.lower() for form in written_also(algorithms)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Micorservices", ["microservices"]),  # a plural read with a slip: the singular names the skill
        ("Dashboards", ["data-visualization"]),  # a plural that is a word of a longer name
        ("Forkliffs", ["forklift-operation"]),
        ("Dashboards 설계", []),  # a guess, read only where the other words are understood
        ("pyhtons", []),  # a product's name has no plural, with a slip or without
    ],
)
def test_a_plural_is_read_with_a_slip_or_as_a_word_of_a_longer_name(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("용접하는 일 5년", ["welding"]),  # a skill's noun made a verb: the doing of it
        ("현장에서 통역해서 도움", ["translation-interpretation"]),
        ("동료와 협업하며 일함", ["teamwork"]),
        ("도면을 해독하는 일", ["drawing-reading"]),  # the object's particle inside a name's words
        ("데이터를 분석하는 업무", ["data-analysis"]),
        ("문제가 많음", []),  # the noun without the name's other words
        ("요리하는 걸 좋아함", []),
    ],
)
def test_a_korean_skill_said_as_a_verb_with_its_object_is_the_skill(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RT 검사 2년", ["ndt-rt"]),  # a word a name of the skill before ends in (방사선투과검사) is its head
        ("MT·UT 검사 담당", ["ndt-mt", "ndt-ut"]),  # so for a list of them
        ("RT, 검사", ["ndt-rt", "quality-inspection"]),  # a comma lists two
    ],
)
def test_a_word_a_skills_name_ends_in_is_its_head(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Excle master", ["excel"]),  # who is good at the work is filler, as technician is: the slip is read
        ("Kung fu master", []),
    ],
)
def test_a_master_of_a_skill_says_the_skill(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("적층 작업 3년", []),  # one slip from 적응, but a trait is not worked on: the thing's word
        ("CFRP 적층 작업", ["composites"]),
        ("GFRP 적층", ["composites"]),  # right after a thing's code in capitals: no trait either
        ("영엽 업무 2년", ["sales"]),  # an office's business is no work done on a thing
    ],
)
def test_a_trait_read_with_a_slip_is_not_worked_on(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("happy to work rotating night shifts", ["shift-work"]),  # a name's head noun in the plural: no guess
        ("carried out quality audits at suppliers", ["quality-audit"]),
        ("deploying LLMs on premises", ["llm"]),  # capitals with a small s: an abbreviation's plural
        ("pours molds at weekends", []),  # one word in the plural is a guess, made only among understood words
    ],
)
def test_a_plural_that_is_no_guess_is_read_among_other_words(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Designed fixtures in NX", ["jig-fixture", "siemens-nx"]),  # a résumé's verb of work is understood
        ("Repaired the conveyors at the plant", ["conveyor-systems"]),
        ("painted fences and gates", []),  # an everyday verb leaves the plural a guess
        ("established trust with clients", []),  # a verb of work lets no slip be read (trust is no Rust)
        ("monitoring of river levels", []),  # "of" after the verb: the words after it are no object of it
    ],
)
def test_the_object_of_an_english_verb_of_work_is_a_thing(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I drive a 5-ton truck on weekends", ["truck-driving"]),  # the writer's work in the present, with its object
        ("I inspect incoming parts", ["quality-inspection"]),
        ("I code for fun", []),  # a verb alone in the present is a pastime as often
        ("they drive a truck", []),  # not the writer
    ],
)
def test_the_writers_work_said_in_the_present_before_its_object(text: str, expected: list[str]) -> None:
    assert [found.skill_id for found in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I weld brackets.", ["welding"]),  # a trade's bench work in the present is that work, whatever its object
        ("I solder boards.", ["soldering"]),
        ("I calibrate pressure gauges", ["calibration"]),
        ("I can solder small boards.", ["soldering"]),  # "can": the writer able to do it now
        ("I can weld small brackets and frames.", ["welding"]),
        ("I can't weld yet", []),  # denied
        ("Can you weld?", []),  # asked
        ("I could weld if trained", []),  # a wish on a condition
        ("I can weld if trained", []),
        ("My dad can weld", []),  # a relative's
        ("Class 1 large licence, I can drive buses and dump trucks", ["license-class1-large"]),  # a licence's reach
        ("I weld in Fallout 4 settlements", []),  # a game's
        ("Spent Sunday assembling an IKEA wardrobe with my husband.", []),
        ("I welded brackets at a car parts plant", ["welding"]),  # the past after I, at a workplace: a job's
        ("I calibrated pressure gauges for a year at a Noksan instrument shop", ["calibration"]),  # or for a time
        ("I soldered a new cable onto my headphones last night", []),  # a weekend's, its own things
        ("I brazed a broken bike frame at a friend's shop for fun", []),
        ("I welded a bbq grill last year", []),  # a time when, no span of work
        ("I soldered a loose wire in my car last year", []),
        ("I soldered an LED kit in science lab at school", []),  # a school's lab is no workplace
        ("I welded pipes for two years", ["welding-pipe"]),  # "for" and a span: a job's
        ("I mostly weld brackets", ["welding"]),  # an adverb of how often between
        ("I also solder boards", ["soldering"]),
        ("I can solder if needed", ["soldering"]),  # offered where the work needs it, no wish
    ],
)
def test_a_trades_work_said_in_the_present_or_with_can_is_the_writers(text: str, expected: list[str]) -> None:
    assert [found.skill_id for found in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("QC 업무 2년 반", [("quality-control", None, 2.5)]),  # half a year after years
        ("용접 반년 했어요", [("welding", None, 0.5)]),
        ("Worked as a welder for two years", [("welding", None, 2.0)]),  # a number spelt out
        ("Python for a year and Java since", [("python", None, 1.0), ("java", None, None)]),  # after "for": before
        ("용접 석 달", [("welding", None, None)]),  # a count it does not know is no years
        ("용접 두 달", [("welding", None, 0.17)]),
        ("Learned SQL 3 years ago", [("sql", None, None)]),  # a time ago is no experience
        ("지게차 일년 탔어요", [("forklift-operation", None, 1.0)]),  # a Sino-Korean number glued to its unit
        ("용접 십년 넘게 했습니다", [("welding", None, 10.0)]),
        ("용접 이십년차", [("welding", None, 20.0)]),
        ("지게차 일 했어요", [("forklift-operation", None, None)]),  # apart, 일 is work
        ("베트남어 모국어, 한국어 중급이에요", [("vietnamese", 5, None), ("korean-language", 3, None)]),
    ],
)
def test_years_and_levels_said_in_words(text: str, expected: list[tuple[str, int | None, float | None]]) -> None:
    assert [(found.skill_id, found.level, found.years) for found in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deadline or a level aimed at is no rating, so the wish stands
        ("1년 안에 정보처리기사 따는 게 목표", []),
        ("I want to get a forklift license in 3 months", []),
        ("Hoping to reach intermediate Japanese in two years", []),
        ("내년까지 파이썬 중급 수준 도달 목표", []),
        ("3개월 동안 엑셀 배울 계획입니다", []),
        ("AutoCAD 2 yrs; aiming for SolidWorks within a year", [("autocad", None, 2.0)]),
        # the age of a thing or a firm is no one's experience
        ("5년 된 포크레인 매입", []),
        ("창립 20년 된 회사에서 사무보조로 일했습니다", [("office-admin", None, None)]),
        ("지은 지 20년 된 공장에서 생산직 3년", [("production-line-work", None, 3.0)]),
        # a time since the writer began is theirs, though said with 된
        ("입사한 지 5년 된 용접공입니다", [("welding", None, 5.0)]),
        ("용접 일한 지 3년 된 사람입니다", [("welding", None, 3.0)]),
        # controls: years of a career, said beside a wish, or a time spent in them
        ("오토캐드 실무 3년, 더 깊이 배우고 싶어요", [("autocad", None, 3.0)]),
        ("React 실무 1년 미만", [("react", None, 1.0)]),
        ("지게차 10년 무사고", [("forklift-operation", None, 10.0)]),
        ("Zero prior incidents in 10 years of welding", [("welding", None, 10.0)]),
        ("3년 동안 용접 했습니다", [("welding", None, 3.0)]),
    ],
)
def test_a_deadline_a_goal_or_a_things_age_is_no_rating(
    text: str, expected: list[tuple[str, int | None, float | None]]
) -> None:
    assert [(found.skill_id, found.level, found.years) for found in extract(SHIPPED, text).skills] == expected
