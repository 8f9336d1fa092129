"""A skill wanted, someone else's or a pastime is not claimed (stance.py); test_unrelated_lines.py has more."""

from __future__ import annotations

import pytest

from jobsfez.skills.matching import Vocabulary, extract
from jobsfez.skills.taxonomy_data import load_shipped_skills

SHIPPED = Vocabulary(load_shipped_skills(), version=1)


def skill_ids(text: str) -> list[str]:
    return [e.skill_id for e in extract(SHIPPED, text).skills]


@pytest.mark.parametrize(
    "text",
    [
        "포크레인 운전 배우고 싶어요",  # wanted
        "hope to work with React someday",
        "용접 자격증 딸 예정",
        "데이터 분석 관심 있어요",
        "정보처리기사 응시 예정",
        "our family runs a welding shop",  # someone else's
        "big fan of Python the comedy troupe",  # a fan's
        "blasting music in my car",  # a thing of the writer's own is no word of work, though a name has it
        "엑셀 공부 시작할 예정",  # learning to come
        "언젠가 CAD 도면 그려보기",  # someday: a wish
        "SQLD 자격증이 올해 목표",  # a goal as the predicate
        "용접은 처음이에요",  # never done: 처음 with the copula
        "지게차 운전은 처음임",
        "엑셀 책이랑 파이썬 책 샀음",  # things bought
        "용접 공장에서 장갑 삼",  # the place a thing was bought at
        "정보처리기사 실기 두 번 떨어짐",  # an exam failed, words between
        "정보처리기사 시험 접수 기간 놓침",  # a certificate's sign-up missed
        "용접은 포기했어요",  # given up
        "Zero experience with SAP",
        "오픽 응시할 예정",  # an exam to be taken
        "일본어 학원 다니려고 함",  # meaning to attend a course
        "CNC 선반 작업 영상 보는 게 힐링",  # a pastime
        "옆 팀에 CAD 하는 사람 있대",  # hearsay, someone else's
        "용접 일 하는 아들",  # the relative the clause describes
        "동생이 반도체 공장에서 교대근무 함",  # a relative the subject, only their place between
        "재고 정리 세일에서 운동화 득템",  # a find, bought at a place
        "A friend of mine drives a reach stacker",
        "오늘 택배 옴",  # a word of when is another word beside an everyday one
        "드디어 도장 찍음",
        "My neighbor runs a CNC lathe shop",  # a neighbour: someone else, as a relative is
    ],
)
def test_a_skill_not_claimed_maps_to_nothing(text: str) -> None:
    assert skill_ids(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CAD 배워서 3년 씀", ["autocad"]),  # learned, and used since
        ("용접 배움", ["welding"]),
        ("지게차 면허 있음", ["qual-forklift"]),
        ("취미는 독서와 등산이고, 엑셀과 파워포인트를 다룰 줄 압니다.", ["excel", "powerpoint"]),  # another clause
        ("my team uses Python daily", ["python"]),  # a possessive before no relative
        ("welding in my garage", ["welding"]),  # one thing of one's own is a place
        ("forklift driving at my part-time job", ["forklift-operation"]),  # a possessive before a word of work
        ("형상관리 Git 사용", ["git"]),  # a word beginning with a kinship noun is not one
        ("금 형 기능사", ["qual-mold-craftsman"]),  # nor a name's syllable spaced apart, with no particle
        # A wish said first is read of the line; said after a skill held, it is said of its own skills.
        ("I have 3 years of welding and want to learn TIG", ["welding"]),
        ("I want learn PLC in future", []),  # "to" dropped, as non-native writers do
        ("품경기 실기에서 또 미끄러짐", []),  # slipped: failed
        ("다음 목표는 AWS 자격증이고 리눅스 서버 관리는 1년 했어요", ["linux", "server-admin"]),  # a goal as topic
        ("올해 목표: 컴활 1급", []),  # ... or as a label
        ("품질 목표 관리 3년", ["quality-control"]),  # a target of work
        ("나 도장 2년", ["painting-coating"]),  # the writer, bare 나 or 저
        ("저 용접 해요", ["welding"]),  # no first syllable of 저항용접
        ("저 배관 새는 거 좀 봐주세요", []),  # 저 as "that"
        ("용접 3년 했고 CAD도 배우고 싶습니다", ["welding"]),
        ("Aspiring data analyst with SQL and Tableau, 2 years of Excel", ["data-analysis", "sql", "tableau", "excel"]),
        ("Aspiring data analyst. 3 years of Excel.", ["excel"]),  # ... in a sentence ended before it, its own
        # A goal, an aim, an interest or a line of work wished for: not held yet.
        ("I'm thinking about a career in HVAC.", []),
        ("I'd like something in logistics", []),
        ("My goal is to become a data analyst.", []),
        ("My goal is to pass the SQLD within a year", []),
        ("I aim to learn AutoCAD within a year", []),
        ("Goal: SQLD in 3 months", []),
        ("I have interest in data labeling", []),
        ("I have a strong interest in data and 2 years of SQL", ["sql"]),  # with years, a career carried on
        ("My goal at work was to cut scrap; I ran the CNC lathe", ["cnc-lathe"]),  # a goal of work
        ("I have a career in HVAC", ["hvac"]),  # a career had, no wish before it
        ("I want to change to office work. I used Excel for 3 years.", ["excel"]),
        ("I want to become a data analyst. Right now I'm good with Excel but I don't know SQL yet.", ["excel"]),
        ("엑셀 5년 사용, 파이썬 공부 시작 예정", ["excel"]),
        ("용접 배우고 싶고 지게차는 5년 했어요", ["forklift-operation"]),  # in Korean, before a skill held too
        ("전기에 관심이 많아 전기기능사를 땄어요", ["qual-electrician-craftsman"]),  # interest as the reason
        ("동력기계정비기능사 따려고 학원 다녔고 합격했어요", ["qual-power-machinery-maintenance"]),  # passed later
        ("용접기능사 따려고 학원 다니는데 친구는 합격했어요", []),  # someone else passed
        ("SQLD 따고 싶어서 공부 중인데 ADsP는 붙었어요", ["qual-adsp"]),  # another test passed
        ("학교 메이커실에서 3D프린터운용기능사 준비해서 붙었어요", ["qual-3d-printer-craftsman"]),
        ("친구 스타트업에서 쿠버네티스 클러스터 운영 도와줬어요", ["kubernetes"]),  # a friend's startup, no subject
        ("선박 수리 보조로 1년 일했고, 지금은 배관 쪽을 더 배우고 싶어요.", ["ship-repair"]),
        ("TIG 용접 경험 있고 특수용접도 관심 있습니다", ["welding-tig"]),
        ("my friend and I ran a Python study group", ["python"]),  # the writer among the subjects
        ("아버지가 하시는 가게에서 엑셀로 재고 관리함", ["excel", "inventory-management"]),  # a place
        ("형이 운영하는 가게에서 엑셀로 장부 정리", ["excel"]),  # the relative the subject of the place's verb
        ("아빠 공장에서 용접 알바", ["welding"]),  # a relative's place, no subject
        ("형이 공장에서 일할 때 같이 용접 배웠어요", ["welding"]),  # the relative the subject of a verb between
        ("아버지가 공장에서 일하실 때 옆에서 선반 배움", ["lathe-general"]),
        ("입고 예정 물량 관리, 지게차", ["inbound-outbound", "forklift-operation"]),  # a schedule's 예정
        ("HVAC fan motor replacement", ["hvac"]),  # a machine's fan
        ("SNS 마케팅 고객 관심 유도", ["marketing"]),  # a customer's interest
        ("Worked at my dad's company doing welding", ["welding"]),  # a relative's thing, not the clause's subject
        ("Worked at my neighbour's shop doing welding", ["welding"]),
        ("Fluent in Vietnamese thanks to my mum", ["vietnamese"]),  # whom the skill is owed to, not its subject
        ("A guy at church says scaffolding pays well", []),  # told by someone else
        ("I said I can run SAP reports", ["sap"]),  # by the writer
        ("My manager said my Excel reports were the best on the team", ["excel"]),  # of the writer's own
        ("전자기기기능사 땄을 때 처음으로 아빠가 칭찬해줌", ["qual-electronics-craftsman"]),  # 때 ends the writer's
        ("큰형이 거제에서 배관 반장 하다가 은퇴함", []),  # the relative's place before: the whole part is theirs
        ("동생은 김해에서 지게차 운전하고 재고관리 해요", []),  # and the parts joined to it by 고
        ("김해에서 지게차 3년 했고 형은 창원에서 CNC 해요", ["forklift-operation"]),  # a relative's later part
        ("거제에서 배관 5년 했어요 형도 거기 있어요", ["piping"]),  # 했어요 ends the writer's sentence
        ("동네 철물점 사장님은 용접부터 열쇠까지 다 하신다는 소문", []),  # an honorific told of someone
        ("CNC 선반 해봤어요 사장님이 밀링도 하신다고 가르쳐주신대요", ["cnc-lathe"]),  # said before the one honoured
        ("엑셀 하신다는 분은 사무 보조로 지원 바랍니다", ["excel", "office-admin"]),  # whom a posting asks for
        ("엄마가 리옹 출신이라 불어는 원어민 수준이에요", ["french"]),  # 이라 ends the relative's predicate
        ("Tagalog 원어민이에요 (엄마가 필리핀분)", ["tagalog"]),  # a copula said last ends the writer's
        ("미용실 손님 응대 별로였어요 다시는 안 감", []),  # not 였어요 after an adverb
        ("My family's restaurant: handled inventory management in Excel", ["inventory-management", "excel"]),
        ("My brother's team and I built a Python app", ["python"]),  # the writer among the subjects
        ("A friend and I ran a forklift rental", ["forklift-operation"]),  # a friend, not "a friend of mine"
        ("지게차 자격증 작년에 땄음", ["qual-forklift"]),  # a word of when says nothing else
        ("컴활 1급 지난달에 땄어요", ["qual-computer-literacy"]),
    ],
)
def test_a_skill_held_keeps_its_claim(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a review's lines of its own, which the eleventh pass as merged read as nothing
        ("10년간 쌓은 TIG 용접 경험을 현장에서 보여드리고 싶습니다", ["welding-tig"]),  # experience, then a wish
        ("오토캐드 실무 3년 더 깊이 배우고 싶음", ["autocad"]),  # a skill rated is a skill held
        ("품질관리에 관심이 많아 QC 3년 근무", ["quality-control"]),
        ("I hope to bring my 10 years of TIG welding experience to your shipyard", ["welding-tig"]),
        ("I want to continue my career in CNC machining", ["cnc-machining"]),
        ("Going to customer sites to troubleshoot PLC panels", ["plc"]),  # a journey, not a plan
        ("친구의 쇼핑몰 상세페이지 제작 (포토샵)", ["photoshop"]),  # the friend's shop, the writer's work
        ("형님 회사 전기공사 보조 3년", ["electrical-construction"]),  # 형님: a title too
        ("Supported my family by working as a forklift driver for six years", ["forklift-operation"]),
        ("My brother taught me Excel macros, which I used daily at my last job", ["excel"]),
        ("Python hobby projects deployed at work", ["python"]),  # a hobby turned work
        ("Hobby turned career: 8 years as a CNC machinist", ["cnc-machining"]),
        ("Coffee lover who can run SAP", ["sap"]),  # the lover is the coffee's
        ("Maintained HVAC systems including exhaust fans", ["hvac"]),  # fans: a machine's
        ("Python:Django", ["python", "django"]),  # a field and its tool, not a title's initials
        ("용접:TIG", ["welding", "welding-tig"]),
        ("AWS 비용 절감", ["aws"]),  # verbal nouns of work after a name
        ("PLC 프로그램 백업", ["plc"]),
    ],
)
def test_a_career_said_with_a_wish_a_relative_or_a_hobby_keeps_its_claim(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize("text", ["Going to take the CCNA next year", "our family runs a welding shop", "CS:GO"])
def test_what_the_review_fixes_leave_unclaimed(text: str) -> None:
    assert skill_ids(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a skill not held, not needed or never done (twelfth pass): Korean after it, English before it
        "엑셀 매크로 안 써봤어요",  # 안 before a verb
        "포토샵이랑 일러스트 둘 다 못해요",  # 못 beginning a verb
        "오토캐드랑 솔리드웍스는 모릅니다",  # 모르다
        "꼼꼼함이나 리더십은 아님",  # 아니다
        "파이썬이랑 SQL 실무 경험 없음",  # 없다 after a word of experience
        "지게차 운전해본 적 없음",  # 없다 after a thing tried
        "도커에 올린 적 없음",  # ... or a work done to it, never done (review 99)
        "컴퓨터활용능력 필기 접수를 깜빡했어요",  # a sitting's sign-up forgotten, its part between
        "전기기사 필기 떨어졌어요",  # an exam failed
        "빅분기 필기 아깝게 떨어짐",  # ... and how it went
        "I have never used AutoCAD or SolidWorks",
        "I don't speak Japanese or Chinese",
        "No prior experience with SAP",
        "unfamiliar with Tableau",  # a negation in one word, before the skill
        "Tableau and Power BI: unfamiliar",  # or after it, as the predicate
    ],
)
def test_a_skill_said_not_held_maps_to_nothing(text: str) -> None:
    assert skill_ids(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("무사고 굴삭기 운전", ["excavator"]),  # no accident: a claim of good work
        ("사고 없이 지게차 운전", ["forklift-operation"]),  # 없이 after a thing, not after experience
        ("굴삭기 운전 중 사고 난 적 없음", ["excavator"]),  # 적 without 본: never an accident
        ("창고 안 지게차 작업", ["forklift-operation"]),  # 안 before the skill is a place's inside
        ("CNC 선반 셋업 안 해본 기종 없음", ["cnc-lathe"]),  # negated twice: a claim
        ("정보처리기사 실기 떨어진 후 재응시 합격", ["qual-engineer-info-processing"]),  # failed, then passed
        ("Never missed a shipment while running SAP", ["sap"]),  # never before no verb of knowing or using
        ("Never had a safety incident operating overhead cranes", ["overhead-crane"]),
        ("용접 3년 했지만 CAD는 못함", ["welding"]),  # each predicate says its own skill
        ("엑셀 가능, CAD는 못함", ["excel"]),  # a skill said with its ability is no bare list
        ("파이썬 몰라도 됨, 엑셀 필수", ["excel"]),  # a posting's "not needed" beside a must
        ("형이 CNC 선반 일을 함, 저는 용접 3년", ["welding"]),  # 저는: the writer, a word of grammar
        ("Mother tongue: Vietnamese", ["vietnamese"]),  # a parent's word before no verb
        ("Mother vessel operations, lashing and unlashing", ["lashing"]),
        ("외형이 멋진 차, 용접 3년", ["welding"]),  # 외형, no 외- kin
        ("Trained inexperienced staff on forklift safety", ["forklift-operation"]),  # of others, before a noun
        ("용접 3년, 처음에는 어려웠지만 지금은 잘함", ["welding"]),  # 처음 of a time, not the predicate
        ("CNC 3년 했고 장비 샀어요", ["cnc-machining"]),  # a thing bought in another predicate
        ("용접 공장에서 3년 일하고 차 샀어요", ["welding"]),  # a place, then another predicate before the buying
        ("전기기사 필기 떨어진 적 있지만 지금은 취득", ["qual-electrical-engineer"]),  # failed, then obtained
        ("Managed inventory for my parents' store", ["inventory-management"]),  # work for a relative is the writer's
        ("Did marketing for my friend's cafe", ["marketing"]),
        ("CNC 가공 검사 볼 예정", ["cnc-machining", "quality-inspection"]),  # 볼 of work to come, no exam
        ("자재 구매 3년, 원가 절감 목표 달성", ["purchasing"]),  # 목표 not the predicate
        ("입사 후 CNC 가공 담당할 예정", ["cnc-machining"]),  # a posting's duty to come, not learning
        ("Excel a must, SQL a plus", ["excel", "sql"]),  # a name first before an article is no verb here
    ],
)
def test_a_negation_of_something_else_keeps_the_claim(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "포토샵, 일러스트 작업 못함",  # skills listed before a comma share what the clause after says
        "CAD, 포토샵 배우고 싶어요",
        "캐드, 포토샵은 형이 함",
    ],
)
def test_a_list_shares_what_its_last_clause_says(text: str) -> None:
    assert skill_ids(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("지게차 몰다가 굴착기 자격증 따고 싶어서 공부 중이에요", ["forklift-operation"]),  # 다가 ends a predicate
        ("수입 통관 하다가 관세사 준비 중입니다", ["customs-clearance"]),
        ("지게차 운전하고 있는데 나중에 크레인도 해보고 싶어요", ["forklift-operation"]),  # 나중에 is no auxiliary 나
        ("용접 하고 있는데 주말에 지게차도 배우고 싶어요", ["welding"]),  # nor 주말에 주
        ("엑셀 하다가 나중에 파이썬도 배우고 싶어요", ["excel"]),
        ("용접 배우고 싶은데 나중에 지게차도 해보고 싶어요", []),  # wishes both
        ("굴착기 자격증 따고 싶어서 학원 다녀요", []),  # an auxiliary still joins its verb
        ("지게차 몰면서 입출고 관리까지 같이 했습니다", ["forklift-operation", "inbound-outbound"]),
        ("용접 학원 다니다가 포기했어요", []),  # 다가 before a giving up stays one part with it
        ("지게차 자격증 시험 보려다가 접수 마감 놓쳤어요", []),  # ... and before a thing meant
        ("누나 포토샵 하는 거 옆에서 보다가 나도 좀 함", ["photoshop"]),  # ... and before the writer too
    ],
)
def test_a_wish_in_a_later_part_leaves_the_part_before_held(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("엑셀 일년 배우다가 그만뒀어요", []),  # years of learning, given up
        ("포토샵 일 년 배우다 포기함", []),
        ("일본어 학원 1년 다니다가 포기했어요", []),
        ("파이썬 1년 독학 하다 접었어요", []),
        ("코딩 1년 하다 포기함", []),  # a thing whose doing is its learning
        ("엑셀 일년 배웠어요", ["excel"]),  # learned, not given up
        ("용접 3년 하다가 그만두고 지게차로 옮김", ["welding", "forklift-operation"]),  # work done, then left
        ("CNC 2년 하다 그만뒀어요", ["cnc-machining"]),
        ("용접 10년 하다가 허리 때문에 포기했어요", ["welding"]),
        ("포토샵 배우다가 포기할 뻔했는데 지금은 잘 다뤄요", ["photoshop"]),  # nearly given up: still held
        ("엑셀 1년 배우다가 포기하려 했는데 지금은 업무에 써요", ["excel"]),  # meant to give it up
        ("용접 학원 다니다가 접었어요", []),  # 접었 joins the part as 포기 does
        ("코딩 하다 그만둔 지 2년 됐어요", []),  # 그만둔
        ("일본어 회화 하다가 그만뒀어요", []),  # the doing of what is only learned, after the skill's name
        ("포토샵 배우다 그만둠 지금은 능숙", ["photoshop"]),  # given up, and said used now after it
    ],
)
def test_issue_16_years_of_learning_given_up_are_not_held(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("형이 CNC 가르쳐줬고, 지금은 제가 CNC 가공 담당", ["cnc-machining"]),  # the claimed mention claims it
        ("포토샵 배우고 싶었는데, 지금은 포토샵으로 상세페이지 제작함", ["photoshop"]),
    ],
)
def test_a_skill_named_twice_is_claimed_by_its_claimed_mention(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a review's lines of its own, which the twelfth pass as merged read as nothing
        ("일본어 못하지 않음", ["japanese"]),  # a negation negated
        ("MES 조회 못 하는 건 아님", ["mes"]),
        ("Git 사용 안 하는 분 불가", ["git"]),  # a posting: those who do not use it need not apply
        ("ERP 없이는 일 못함", ["erp"]),  # what one cannot work without
        ("엑셀, 워드 가능하나 파워포인트는 못함", ["excel", "ms-word"]),  # -나 begins another predicate
        ("용접기능사 필기 떨어지고 재시험 합격", ["qual-welding-craftsman"]),  # failed, then passed, across -고
        ("Didn't know SQL before joining, now I write complex queries", ["sql"]),  # a past that ended
    ],
)
def test_a_negation_negated_ended_or_passed_after_keeps_the_skill(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "용접기능사 딸까 고민 중",  # weighing a step not taken
        "파이썬 배울까 고민입니다",
        "지게차 학원 알아보는 중",  # looking into it
        "엑셀 서툼",  # a weak hand at it
        "중국어 실력 부족",
        "프레젠테이션 공포증 있어요",  # a fear of it
        "영어 회화 약한 편",
        "엑셀은 약한 편이에요",  # 편 the predicate with its ending
        "일본어는 약한 편이라 통역은 못 해요",
        "엑셀 실력이 좀 약한 편이에요",  # an aspect of it, or a degree, between
        "영어 듣기가 약한 편",
        "thinking about taking the CCNA",
        "Thinking about a CCNA",  # the skill right after the pair
        "Looking into Python",
        "엑셀 실력 부족하지만 열심히 배우겠습니다",  # conceded, no ability after
        "저는 엑셀 너무 싫어요",  # a dislike said with its degree: the line is about the dislike
        "토익 시험 고민하고 있어요",
        "not familiar with AutoCAD drawings",  # a hand at it denied
        "Not really comfortable with Excel",
        "Polishing our floors",
        "스마트폰 배터리 교체했어요",  # a phone's battery
        "피아노 C# 단조 연주",  # a minor key
        "에버랜드에서 판다 봤어요",  # a chore done to one's own things
        "네일 폴리싱",
        "정보처리기사 필기 접수만 했어요",  # signed up, no more
        "일본어 학원 등록 예정",
        "제 꿈은 용접 명장",  # a dream
        "지게차 수리 기다리는 중",  # waiting for a thing
        "토스 이체 수수료 무료",  # a payments app, not TOEIC Speaking
        "gel nail polishing kit",
        "새 냉장고 출고 대기 중",  # 출고 is a noun: the clause is one predicate, waiting
        "한복 입고 사진 찍음",  # 입고 of clothes
        "토스로 용돈 송금했어요",  # a name with its particle beside a noun made a verb
        "교대 근무 힘들어요",  # hard for one
        "혈당 측정 아침마다",  # one's body
        "온라인 세일에서 노트북 구매",  # a shopper's
        "Japanese pizza place",  # a language's adjective before an everyday thing
        "blueberry picking with my kids",
    ],
)
def test_a_skill_weighed_or_said_weak_maps_to_nothing(text: str) -> None:
    assert skill_ids(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("엑셀 실력 부족함 없음", ["excel"]),  # a weakness denied is a claim
        ("약한 전류 배선 작업", ["electrical-wiring"]),  # 약한 before no 편 describes a thing
        ("용접 3년, 공정 개선 고민하며 일함", ["welding"]),  # weighing said of something else, after a comma
        ("ERP 자재 등록 업무 2년", ["erp"]),  # registering is work, unless planned or the only step
        ("토스 시험 IM2", ["toeic-speaking"]),
        ("입고 대기 물량 관리", ["inbound-outbound"]),  # waiting is not the predicate
        ("창고 출고 관리", ["inbound-outbound"]),
        ("어려운 용접도 가능", ["welding"]),  # a hard thing done
        # A review's finds: a weakness conceded or followed by an ability, and work, not a wish, said with
        # "looking into" or "thinking of"; 보고 is a verb too ("took the exam and").
        ("영어 회화는 부족하지만 읽기 쓰기 가능", ["english"]),
        ("일본어 회화 약함 독해 가능", ["japanese"]),
        ("Looking into customer complaints using root cause analysis", ["problem-solving"]),
        ("Thinking of new marketing ideas", ["marketing"]),
        ("토익 시험 보고 오픽 배우고 싶어요", ["toeic"]),  # a wish after a skill held: its own
        ("재고 부족 시 발주", ["inventory-management", "purchasing"]),  # a shortage, not a weakness
        ("Inspected for defects", ["quality-inspection"]),  # a preposition keeps a verb's work
        ("Coding my own website", ["programming"]),  # a project of one's own
        ("Thinking of new marketing ideas", ["marketing"]),
        ("Polishing stainless nails for furniture", ["polishing"]),
        ("Good at Excel", ["excel"]),
        ("배터리 팩 조립 3년", ["battery-systems"]),
        ("노트북으로 엑셀 작업", ["excel"]),  # a laptop is a tool of work
        ("I am not good at CAD but fluent in English", ["english"]),
        ("English email writing", ["english"]),
        ("자재 구매 담당", ["purchasing"]),
        ("캐드는 할 줄 알고 솔리드웍스는 몰라요", ["autocad"]),  # skills set against each other: one denied
        ("굴삭기는 못 타고 지게차만 타요", ["forklift-operation"]),
        ("JLPT N1 떨어지고 N2는 있어요", ["jlpt"]),  # another level of the failed test held after
        ("JLPT 떨어지고 토익 900 있어요", ["toeic"]),  # ... not another test's score
    ],
)
def test_a_weakness_denied_or_weighing_something_else_keeps_the_claim(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("일본어 N2 있어요", ["japanese", "jlpt"]),  # the level of the language's exam, said after the language
        ("일본어 N2 떨어짐", ["japanese"]),  # ... failed: a level is its exam's name
        ("일본어 N2 준비 중", ["japanese"]),
        ("JLPT N2 떨어지고 N3 합격", ["jlpt"]),  # another level of the same test passed after
        ("JLPT N2 시험 예약했는데 N3는 있음", ["jlpt"]),
        ("N2 충전하고 일본 출장", []),  # controls: nitrogen
        ("JLPT N2 떨어지고 토익 합격", ["toeic"]),
    ],
)
def test_a_jlpt_level_after_japanese_is_the_exams_and_failed_as_an_exam(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Found by a review of the fifteenth pass: each rule reached lines it was not written for.
        ("Mother tongues: Korean, English", ["korean-language", "english"]),  # a parent's word before a plural noun
        ("Mother vessels operations and mooring", ["mooring"]),
        ("Supported users unfamiliar with Excel", ["excel"]),  # "unfamiliar" said of others
        ("Onboarded new hires who were unfamiliar with SAP", ["sap"]),
        ("Picked up unfamiliar Kotlin in 2 weeks", ["kotlin"]),  # an adjective before the skill, no "with"
        ("신규 라인 PLC 세팅 시작할 예정", ["plc"]),  # a posting's duty to start, not learning
        ("CNC 가공 불량률 0.5% 이하 목표", ["cnc-machining"]),  # a posting's target, no certificate to obtain
        ("품질 목표", ["quality-control"]),
        ("용접 처음이어도 가능", ["welding"]),  # a posting's welcome, not the writer's first time
        ("직접 CNC 장비 샀고 3년간 가공 외주 운영", ["cnc-machining"]),  # bought, then another predicate
        ("언젠가부터 엑셀은 매일 씀", ["excel"]),  # since some time, not someday
        ("Go the main backend language", ["go", "backend-development"]),  # a note's subject, not the verb
        ("Excel an advantage", ["excel"]),
        ("SAW the hull seams", ["welding-saw"]),  # an acronym in capitals, not "saw"
        ("Japanese plant start-up support as interpreter", ["japanese", "translation-interpretation"]),
        ("Korean nationality, native speaker", ["korean-language"]),
        ("방사선·초음파 탐상", ["ndt-rt", "ndt-ut"]),  # a field's word before another NDT name is its short name
    ],
)
def test_lines_the_fifteenth_passes_rules_must_not_reach(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    "text", ["일본어 공부 시작할 예정입니다", "Clueless about Excel", "2025년 정보처리기사 취득 목표"]
)
def test_a_wish_or_a_denial_in_its_polite_or_common_wording_maps_to_nothing(text: str) -> None:
    assert skill_ids(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Found by a second review of the fifteenth pass: the first review's fixes narrowed too far.
        "토익 900점 목표",  # a goal with no target of work beside it
        "JLPT N1 목표",
        "용접은 처음이라서요",  # the copula's other endings
        "코딩은 처음이야",
        "Very unfamiliar with Jira",  # an adverb before it
        "A bit unfamiliar with Docker",
        "Unfamiliar with Excel or Word",  # a list after it
        "Jira: unfamiliar for now",
        "토익 시험 준비할 예정",  # preparing for an exam
        "엑셀 강의 수강 시작할 예정",
        "포토샵 샀어요 ㅋㅋ",  # bought, then laughter
        "언젠간 파이썬",
        "토익 850 준비 중",  # a score aimed at between the test and its preparing
        "JLPT N2 또 떨어짐",  # ... or a level between it and its failing
        "ADsP는 두 번 떨어졌습니다",  # ... or a particle glued to a Latin name
    ],
)
def test_wishes_and_denials_a_review_found_map_to_nothing(text: str) -> None:
    assert skill_ids(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wrote written reports for Korean suppliers", ["documentation"]),  # "written" is no use of a language
        ("Tested pens at a stationery store", []),  # a test is no work noun of its own: no pen test
        ("컨테이너 3년", []),  # a name's first word, less than half of it
        ("Docker 컨테이너", ["docker"]),
        ("재호", []),  # typed alone, a first consonant changed: a name, not 재고
        ("단오", []),
        ("하다", []),  # a verb's dictionary form
    ],
)
def test_readings_a_second_review_found_wrong(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CAD는 들어만 봤어요", []),  # known by hearsay only
        ("엑셀 이름만 알아요", []),
        ("용접 3년, CAD는 들어만 봄", ["welding"]),
        ("파이썬 배우려고 해요", []),  # meaning to learn
        ("일본어 공부 시작하려고 함", []),
        ("신규 라인에 PLC를 도입하려고 합니다", ["plc"]),  # a posting's plan, no learning
        ("엑셀 공부 시작해야 하는데", []),  # a learning owed
        ("파이썬 배워야 함", []),
        ("지게차 자격증 취득해야 함", ["qual-forklift"]),  # a posting's requirement: obtaining is no learning
        ("용접 라인 가동 시작해야 함", ["welding"]),  # work to start
        ("품질 기준을 따라가려고 SPC 도입", ["quality-control", "spc"]),  # 따라가려고 follows, obtains nothing
        ("용접 3년, 용접기능사 준비중", ["welding"]),  # a certificate prepared for, said of that one
        ("피킹 2년, 지금은 지게차 자격증을 준비하고 있습니다", ["picking-packing"]),
        ("신규 라인 PLC 준비", ["plc"]),  # work prepared
        ("신뢰성 시험 준비 및 수행", ["reliability-testing"]),  # a test at work, no exam
        ("전기기사 시험 준비", []),  # a certificate's exam
        ("일본어 공부 시작 예정", []),  # learning to come, its start said as a noun
        ("용접 라인 구축 시작 예정", ["welding"]),  # work to come
        ("물류관리사 떨어짐", []),  # a licence named by its own ending, not a grade
        ("관세사 1차 떨어졌어요", []),  # its exam's first round
        ("관세사 시험 준비", []),
        ("생산관리사 업무 준비 중", ["production-planning"]),  # a job's title, work prepared
        ("무역서류 접수 놓쳐 클레임 처리 후 체크리스트 만듦", ["trade-documentation"]),
        ("정보처리기사 보유 장애 접수 응답률 떨어짐 개선", ["qual-engineer-info-processing"]),  # a review's
        ("엑셀 보고서 매일 작성 파워포인트는 잘 못함", ["excel"]),  # 보고서 ends the part, as -서 does
        ("파이썬 강의 시작 예정 (강사로 출강)", ["python"]),  # a class to teach (a review's)
        ("신뢰성 시험 시작 예정, 시험 규격 작성 완료", ["reliability-testing"]),  # a product's test
    ],
)
def test_hearsay_and_meaning_to_learn(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Failed my CKA exam last month", []),  # an exam failed, said in English: the writer's, first in the part
        ("I flunked my JLPT N3 exam", []),
        ("Failed the PLC acceptance test at the customer site, rewired the panel", ["plc"]),  # work's (a review's)
        ("Failed my CKA exam once but passed it the second time", ["qual-cka"]),  # passed after
        ("Fixed builds that failed the unit tests in Jenkins", ["ci-cd"]),  # things that failed
        ("Analysed failed parts with SEM and wrote 8D reports", ["8d-report"]),
        ("Failed the first run of the PLC upgrade, fixed it overnight", ["plc"]),  # work, no exam (a review's)
        ("Failed a Kubernetes deployment in staging, rolled it back", ["kubernetes"]),
        ("I missed the written exam for Craftsman Gas because my bus broke down", []),  # the exam said before it
        ("I overslept and missed the Industrial Engineer Electricity written exam", []),  # slept through: missed
        ("Slept through the written exam for Craftsman Gas", []),
        ("Missed the TOEIC 900 goal by 15 points", ["toeic"]),  # a mark missed, no sitting
    ],
)
def test_an_exam_failed_in_english(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


def test_a_postings_section_heading_says_nothing_else() -> None:
    """The heading "자격요건" before a colon heads a posting's requirements: no other topic beside the certificate."""
    assert skill_ids("자격요건: 전기기사 필수") == ["qual-electrical-engineer"]
    assert skill_ids("도장 지참 필수") == []  # a seal to bring: 필수 is no posting word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My wife's cousin is a customs broker in Busan", []),  # a relative's relative, the subject
        ("My dad's friend builds FRP boats in Tongyeong", []),
        ("My wife's bakery: handled inventory in Excel", ["inventory-management", "excel"]),  # a relative's place
        ("My wife's family business: managed inventory and accounting", ["inventory-management", "accounting"]),
        ("Worked at my dad's friend's body shop doing spray painting", ["painting-coating"]),  # a review's
    ],
)
def test_a_relatives_relative_is_someone_else(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("팀장님이 엑셀을 가르쳐 주셔서 저도 피벗테이블 정도는 다룰 줄 알아요", ["excel"]),  # taught the writer
        ("아내는 베트남 사람이라 베트남어를 해요", []),  # a relative's topic kept over a copula's reason
        ("디자이너가 포토샵으로 시안 주면 저는 퍼블리싱했어요", ["html-css"]),  # a role is someone else, as kin is
        ("선배가 캐드로 도면 주면 저는 CNC로 가공했어요", ["cnc-machining"]),
        ("지원 동기는 용접을 배우고 싶어서", []),  # a motive, no peer: still a wish
    ],
)
def test_a_peer_by_their_role_or_a_relatives_topic_owns_the_skill(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PPAP 서류는 품질팀장님이 담당하세요", []),  # another team's head (review 188)
        ("우리 공장 MES는 외주업체가 관리합니다", []),  # a contractor
        ("Kubernetes 는 인프라팀이 운영하고 저는 배포 요청만 해요", []),  # another team, then the writer's part
        ("이더캣은 선배가 설정하고 저는 배선만 했어요", ["electrical-wiring"]),
        ("SQE로 협력사 공정 점검", ["supplier-quality"]),  # no particle: the writer's work with suppliers
        ("품질팀에서 CMM 측정 2년", ["cmm"]),  # the writer's own team, with 에서
        ("우리팀이 MES 관리합니다", ["mes"]),  # the writer's own team
        (
            "개발팀이 만든 MES로 생산 실적 입력했습니다",
            ["mes"],
        ),  # a team's verb before a noun: not the subject (review 189)
        ("품질팀이 만든 체크시트로 품질 검사 진행했습니다", ["quality-inspection"]),
        ("협력업체가 용접한 부위 초음파탐상 검사 담당", ["ndt-ut"]),  # ... nor a contractor's
    ],
)
def test_a_contractor_or_another_team_as_the_subject_owns_the_skill(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("선배가 캐드로 도면 주면 저는 CNC로 가공했어요", ["cnc-machining"]),  # another's -면, then the writer's
        ("아버지가 굴착기 하시고 저는 지게차 몰아요", ["forklift-operation"]),  # ... as after their -고
        ("형은 용접하고 저는 그라인더 작업 해요", ["hand-grinding"]),
        ("캐드로 도면 주면 저는 CNC로 가공했어요", ["autocad", "cnc-machining"]),  # no one else named: the writer's
    ],
)
def test_the_writers_part_after_anothers_condition(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("외할아버지가 뱃일 하시던 시절 얘기", []),  # the mother's side
        ("관리실 아저씨가 분전반 열어 보시더니 고개 저으심", []),  # a grown-up called by a kinship word
        ("옆집 아저씨가 굴착기운전기능사 따고 월 800 번대요", []),
        ("아저씨 가게에서 엑셀로 재고 정리했어요", ["excel", "inventory-management"]),  # no subject: a place
        ("울 삼촌 베관 담당 2년차", []),  # the writer's relative first, no particle (review 89)
        ("울 아빠 용접 경력 30년", []),
        ("울 아빠 카센터 주말마다 나가서 정비 도와요", ["automotive-maintenance"]),  # their place: the writer's work
        ("우리 아빠 때문에 용접 시작함 5년차", ["welding"]),  # words between: the writer's (review 91)
        ("내 동생 대신 지게차 알바", ["forklift-operation"]),
        ("우리 형 일본어 잘함", []),
        ("내 동생 파이썬 과외 해주는 중", ["python"]),  # the writer's work for them (review 98)
        ("누나 토익 950 받았다고 자랑함", []),  # a plain kinship word first, bare (review 96)
        ("엄마 경리 일 20년차", []),
        ("삼촌 통관 사무실에서 근무", ["customs-clearance"]),  # their place, where the writer works
        ("Dad's always on the road so did the shop's bookkeeping for 2 yrs", ["accounting"]),  # the memo's next deed
        ("Dad's been welding all week at the yard", []),  # a parent called by name, is or has contracted (review 90)
        ("Mom's on night shift at the hospital this week", []),
        ("My sister's learning Excel for her new job", []),
        ("Dad's shop: did the welding on weekends", ["welding"]),  # a parent's place, the writer's work
    ],
)
def test_the_mothers_side_and_grown_ups_called_by_kinship_words_are_someone_else(
    text: str, expected: list[str]
) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("품관 직원이 제 형이에요", []),  # the writer's relative named last, as the predicate (issue 16)
        ("다이캐스팅 직원이 제 동생이에요", []),
        ("가우징 하는 사람이 우리 삼촌이에요", []),
        ("엑셀 잘하는 사람이 우리 누나예요", []),
        ("제 형이랑 같이 가우징 2년 했어요", ["welding-gouging"]),  # the writer's work with the relative
        ("용접 3년 했어요, 가르쳐준 사람이 제 형이에요", ["welding"]),  # the relative in a clause of their own
    ],
)
def test_a_relative_named_as_the_predicate_is_the_subject_before(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My sister-in-law runs the SAP system at a shipyard", []),  # an in-law
        ("My younger brother drives a forklift in Gimhae", []),  # a relative with a word of age between
        ("Our best friend teaches Python online", []),
        ("I worked in Excel beside my older sister at her shop", ["excel"]),  # the writer the subject
        ("Built an Excel stock sheet for my little brother's store", ["excel"]),  # whom the work was for
        ("사촌형이 굴착기 운전 하신대요", []),  # hearsay of someone's work, honorific
        ("옆 공장 반장님이 지게차 교육 강사님이세요", []),  # an honorific copula last
        ("지게차 운전 가능하신 분이세요?", ["forklift-operation"]),  # a posting's question
        ("용접 5년 했고, 사장님은 CNC 선반 하신대요", ["welding"]),  # the hearsay of another part
        ("코딩 독학 계획", []),  # a plan of learning
        ("생산 계획 수립 3년", ["production-planning"]),  # a plan of work
        ("다음 달에 지게차 필기 볼 거예요", []),  # an exam to be sat
        ("전기기사 실기 치러 감", []),
        ("비파괴 검사 볼 예정", ["ndt"]),  # work to come, no exam
        ("I'd love to drive a reach stacker one day", []),  # a wish
        ("I love to do TIG welding", ["welding-tig"]),  # liking, no wish
        ("Never opened Photoshop", []),  # never, with a verb of use
        ("내년에 CAD 학원 다닐 계획", []),  # learning to come, before a plan
        ("HACCP 인증 취득 계획 수립", ["haccp"]),  # a plan made as work
        ("엑셀 강의 수강 계획 없음, 이미 능숙", ["excel"]),  # no plan
        ("I would love to use my Excel skills here", ["excel"]),  # a skill brought, not wished for
        ("I'd love to join your Java team", []),  # a job wished for
        ("I don’t know SQL", []),  # a phone's curly apostrophe is inside the word, as the straight one is
        ("I’d love to learn Python", []),
        ("상담 받으러 갔어요", []),  # a service received
        ("도금 받은 볼트 포장 작업", ["picking-packing"]),  # a supplier's work received
        ("파이썬 강의 들어볼 생각", []),
        ("엑셀 다 익혔으니 이제 파워포인트 배울 생각", ["excel"]),  # 으니 ends a part; the wish is PowerPoint's
        ("포토샵 써본 적도 없음", []),  # never even used
        ("엑셀은 진짜 하나도 몰라요 열어 본 적도 없음", []),  # a denial ended, another said after it
        ("용접 못하지 않음", ["welding"]),  # a negation negated
        ("지게차 운전하면서 다쳐본 적은 없어요", ["forklift-operation"]),  # never hurt: another thing
        ("일본어 회화는 젬병", []),  # weak at it
        ("지게차 운전은 아직 무서워요", []),  # afraid of it
        ("용접 처음엔 무서웠지만 지금은 3년차", ["welding"]),  # a fear conceded, years after
        ("지게차 무서워하지 않아요", ["forklift-operation"]),  # a fear denied
        ("이모 세무 사무소", []),  # a fragment begun with a relative: theirs
        ("The neighbour's daughter welds for a shipyard", []),  # someone's relative first
        ("공장에 지게차가 세 대 있어요", []),  # machines counted as the subject
        ("Welder in a webtoon I read", []),  # seen on a screen
        ("파이썬 쓰지 않아요", []),  # a verb denied
        ("교대근무 마다하지 않습니다", ["shift-work"]),  # not avoided
        ("통역 두렵지 않습니다", ["translation-interpretation"]),  # not feared
        ("형 회사 용접", ["welding"]),  # the writer's work at a relative's firm
        ("크레인이 두 대인데 둘 다 제가 조종합니다", ["crane-operation"]),  # counted, and the writer drives them
        ("My uncle's a forklift driver", []),  # is, contracted
        ("Passed SQLD last spring", ["qual-sqld"]),  # a season
        ("정보처리기사 고2 때 땄어요", ["qual-engineer-info-processing"]),  # when, beside a certificate
        ("Bought a soldering station for my nephew", []),  # a thing bought
        ("형은 부두에서 지게차 몰고 저는 학생이에요", []),  # the writer said after the relative's part
        ("이모 영어 학원 원장님", []),  # a relative's fragment ending in a person
        ("누나 영어 과외", []),  # a relative's note of three words
        ("삼촌 정비소 자동차 정비사", ["automotive-maintenance"]),  # the writer's job at the relative's place
        ("AutoCAD 도면은 외주 주지 않고 직접 작성", ["autocad"]),  # care taken, no denial
        ("배관 용접 누수 나지 않게 시공", ["welding-pipe"]),
        ("Sign language interpreter on TV news for 5 years", ["translation-interpretation"]),  # work in television
        ("Bought and installed PLC panels for the line", ["plc"]),  # bought as work
        ("My dad's a welder and I'm a CNC machinist", ["cnc-machining"]),
        ("크레인이 세 대나 있어서 저는 구경만 했어요", []),  # counted, only watched
        ("Translated subtitles for films at a festival", ["translation-interpretation"]),  # work on films
        ("지게차 3대 운용", ["forklift-operation"]),  # operated
        ("mum's CNC workshop", []),
        ("금 형 기능사", ["qual-mold-craftsman"]),  # a name's syllable, no relative
    ],
)
def test_what_pass_22_reads_as_someone_elses_or_to_come(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CNC 프로그램 짜요", ["cnc-machining"]),
        ("정보처리기사 작년 겨울에 붙었어요", ["qual-engineer-info-processing"]),  # an exam passed
        ("스파크 경차 몰아요", []),  # a car's name, driven
        ("형이 일하는 공장에서 같이 용접 배움", ["welding"]),  # 일하는 stays a word of work
    ],
)
def test_a_korean_verb_of_doing_leaves_the_skill_told(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("택배 배송 받음", []),  # a service received
        ("동물병원에서 초음파 검사 받고 옴", []),
        ("지게차 자격증 받았어요", ["qual-forklift"]),  # a certificate received is obtained
        ("용접 교육 받음", ["welding"]),  # training received is learned
        ("워드 2급 실기 두 번 떨어짐", []),  # a certificate's exam failed, its grade said apart
        ("정처기 필기 재시험 예정", []),  # a retake to come
        ("고객 상담 받는 업무 2년", ["customer-service"]),  # a job's receiving
        ("품질 검사 받고 출하", []),  # the product inspected
    ],
)
def test_a_service_received_a_retake_or_next_years_plan_is_not_held(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("굴착기 실기 시작 예정", []),  # an exam's part to start
        ("지게차 5년, 굴착기 실기 시작 예정", ["forklift-operation"]),
        ("지게차운전기능사 취득, 원서 접수 놓쳐서 굴착기는 다음 회차", ["qual-forklift"]),  # the next sitting
        ("굴착기는 다음 회차에 응시", []),
        ("굴착기 운전 시작 2년", ["excavator"]),  # a start that is no exam's
    ],
)
def test_an_exams_part_to_start_or_its_next_sitting_is_not_held(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("지게차 시험 두 번 떨어짐", []),  # how often is no word between the exam and its failing
        ("1종 보통 필기 또 떨어짐", []),
        ("품질경영기사 필기 과락났어요", []),  # a subject's failing mark
        ("I failed the written part of the forklift test.", []),
        ("I failed the crane operator practical last spring", []),  # the exam by its part
        ("I didn't pass the JLPT N2 this time", []),
        ("Have never written Python that did not pass code review", ["python"]),  # not passing, said of the code
        ("Failed the PLC acceptance test at the customer site", ["plc"]),  # work's test
        ("I gave up on the SQLD after the first try", []),
        ("I signed up for the TOEIC in March.", []),
        ("용접기능사 실기 떨어졌지만 용접 현장 10년", ["welding"]),
        ("산업안전기사 필기 평균 2점 모자라서 떨어짐", []),  # points short of the pass mark
        ("위험물산업기사 필기 점수가 모자랐어요.", []),
        ("정처기 떨어짐", []),  # 기사 said short in a certificate's short form
        ("빅분기 준비 중입니다", []),
        ("컴활 떨어짐", []),  # a short form everyone writes
        ("SQLD 준비 중", []),  # an exam's letters
        ("토익 850", ["toeic"]),
        ("정처기 따고 SI 회사 입사했어요", ["qual-engineer-info-processing"]),
        ("용접 3년 했는데 점수가 부족해서 떨어졌어요", ["welding"]),  # no exam of it said
        ("I'd like to learn Japanese before I turn thirty", []),  # a wish, contracted
        ("I'd like to keep doing CNC lathe work", ["cnc-lathe"]),  # no obtaining
        ("Gonna learn Python", []),  # "going to" said short
        ("Gonna retake the JLPT", []),
        ("Gonna be doing CNC work next week at the new plant", ["cnc-machining"]),
        ("Gonna get a job where I can use my Excel skills", ["excel"]),  # a thing used later, not obtained
        ("gonna apply for the welding course", []),
        ("데이터 분석가로 전직하려고 계획 중이에요", []),  # a change of career meant
        ("QA로 이직하려고 해요", []),
        ("데이터 분석 3년 하다가 PM으로 이직했어요", ["data-analysis"]),  # a change made
        ("용접 5년차인데 용접기능사 실기 두 번 떨어짐", ["welding"]),  # the exam is the certificate's, after
        ("전기기능사 2번 떨어지고 3번째 붙음", ["qual-electrician-craftsman"]),  # passed at last
        ("I never pass a part without checking it on the CMM", ["cmm"]),  # no exam not passed
        ("Built the sign up page in React", ["react"]),
        ("Gave up my weekends doing TIG welding for a subcontractor", ["welding-tig"]),
        ("Signed up vendors in SAP and kept their master data", ["sap"]),
    ],
)
def test_an_exam_failed_again_by_its_part_or_signed_up_for_is_not_held(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("용접 자격증 떨어졌어요", []),  # a certificate by its field and its paper, failed, as its glued name is
        ("선반 기능사 떨어졌어요", []),  # ... or its grade
        ("지게차 자격증 떨어짐", []),
        ("지게차자격증 떨어졌어요", []),  # ... typed glued
        ("용접 자격증 탈락했어요", []),
        ("용접 기능사 놓쳤어요", []),  # missed
        ("지게차 자격증은 떨어졌어요", []),  # a particle after its paper
        ("용접 자격증도 떨어졌어요", []),
        ("용접기능사도 떨어졌어요", []),  # ... or after its glued name
        ("지게차 면허 떨어졌어요", []),
        ("CNC 선반 기능사 떨어졌어요", []),  # a name of three words before its grade
        ("굴착기 운전 기능사 탈락", []),
        ("용접 3년 자격증 떨어짐", ["welding"]),  # the work's years, then a paper failed
        ("용접 잘하는데 자격증 떨어짐", ["welding"]),  # the work's, said with an ending
        ("용접 자격증 접수했어요", []),  # signed up for
        ("용접 기능사 필기만 붙었어요", []),  # its written part alone passed
        ("지게차 자격증 재도전 중", []),  # retried
        ("지게차 면허 강습만 듣고 시험은 안 봤어요", []),  # its course alone, the exam not sat
        ("용접 기능사 공부했는데 결국 시험장 안 감", []),
        ("Failed my welding certificate", []),  # the paper in English
        ("I failed the welding certificate twice", []),
        ("failed the forklift license test twice", []),  # the paper's test said after it
        ("Failed the forklift licence exam", []),
        ("Failed the welding certificate test in March", []),
        ("용접 자격증 땄어요", ["qual-welding-craftsman"]),  # passed
        ("지게차 자격증 있어요, 굴착기 자격증은 떨어졌어요", ["qual-forklift"]),  # held, another failed
        ("용접 자격증 두 번 떨어지고 세 번째에 합격", ["qual-welding-craftsman"]),  # passed at last
        ("Passed my welding certificate after failing once", ["qual-welding-craftsman"]),
        ("Failed the Oracle license audit last year", ["oracle-db"]),  # a paper's audit, no exam
        ("용접 자격증 있고 품질 점수가 떨어졌어요", ["qual-welding-craftsman", "quality-control"]),
    ],
)
def test_a_certificate_named_in_two_words_failed_or_begun_is_not_held(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PLC 구입했어요", []),  # a thing bought
        ("지게차 중고로 구입함", []),
        ("ㆍ산소절단기 및 플라즈마 절단기 취급 가능자", ["gas-cutting", "plasma-cutting"]),  # the cutter, its work
    ],
)
def test_a_thing_bought_with_구입_is_not_held(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("산안기 따고 회사 들어갔어요", ["qual-industrial-safety-engineer"]),  # obtained, then what the writer did
        ("천크 기능사 따고 제철소 협력사 들어갔어요", ["qual-overhead-crane"]),
        ("다들 한국사 따고 공기업 준비하더라고요", []),  # what others do
        ("에관기 따고 아파트 보일러실 기사로 들어감", ["qual-energy-management-craftsman"]),  # a memo's past
        ("국무사 2급 따고 무역회사 취업", ["qual-international-trade-specialist"]),  # a résumé's noun said last
        ("국무사 취득하고 첫 출근", ["qual-international-trade-specialist"]),
        ("에관기 따고 싶어요", []),  # wished
        ("형이 에관기 땄어요", []),  # a brother's
        ("컴활 따고 취업해야함", []),  # to come
        ("한국사 따고 바로 취업하는 게 목표였음", []),
    ],
)
def test_a_certificate_obtained_before_what_the_writer_did_next_is_held(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("토익 접수 기간 놓쳐서 다음 회차로", []),  # the sign-up said right after the certificate, missed
        ("CCNA 시험 예약만 세 번 미룸", []),  # put off
        ("정처기 원서 접수 깜빡해서 이번 회차 날렸어요", []),  # 원서, an exam's form, ends no predicate
        ("토익 시험 점수 850인데 회사 워크숍은 아파서 못 갔어요", ["toeic"]),  # a score: the exam was sat
        ("토익 시험날 늦잠 자서 못 감", []),  # not sat, said in the clause's last part after why
        ("토익 시험날 늦잠자서 못감", []),  # glued
        ("한능검 시험장 잘못 찾아가서 응시 못 함", []),
        ("물류관리사 보유 택배 접수 물량 떨어짐", ["qual-logistics-manager", "delivery"]),  # the work's sign-ups
        ("엑셀 보고서 작성하다 저장 깜빡함", ["excel", "documentation"]),  # forgotten, of no exam
        ("토익 시험 900점 받았는데 어학연수는 돈 없어서 못 갔어요", ["toeic"]),  # a score got: something else missed
        ("SQLD 시험 합격했는데 축하 회식은 야근 때문에 못 감", ["qual-sqld"]),
        ("토익 시험 끝나고 정처기 못 봄", ["toeic"]),  # another certificate named with the exam not sat
    ],
)
def test_an_exam_missed_put_off_or_not_sat_is_not_held(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CAD 프로그램은 깔아본 적도 없어요", []),  # never even installed
        ("엑셀 깔아본 적 있어요", ["excel"]),  # installed once: no negation
        ("엑셀 써본 적도 없는데 지금은 매일 써요", ["excel"]),  # a lack that ended
        ("오토캐드 깔아본 적도 없던 제가 지금은 도면 담당", ["autocad"]),
        ("파이썬 경험 없는데 지금 바로 지원 가능한가요?", []),  # now, but a question: still lacked
        ("포토샵 해본 적 없는데 이제 해보려고요", []),  # now, but a plan
    ],
)
def test_a_tool_never_even_installed_is_not_held(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("택배 기사님의 세심함에 감동", []),  # the trade of a person the writer honours: not the writer's own
        ("예전 영어 선생님 만남", []),
        ("배달 기사님 구합니다 주말 오토바이 지참", ["delivery"]),  # a posting that asks for the person
        ("엑셀 가능합니다 (팀장님이 VBA 하신다고 배우라 함)", ["excel"]),  # a bracket between: another sentence
        ("용접 반장님한테 배워서 3년 했어요", ["welding"]),  # learned from the person, for years: the writer's
        ("도장 반장님 밑에서 2년 일함", ["painting-coating"]),  # worked under them
        ("크레인 기사님 급구", ["crane-operation"]),  # a posting
        ("빵집 사장님 성실함 인정: 365일 오픈", []),  # a trait said right after the title: theirs too
        ("펜션 사장님 손님 응대 굿", []),
        ("딴조 반장님이랑 교대 근무", ["shift-work"]),  # done with them
        ("팀장님한테 리더십 배웠어요", ["leadership"]),  # learned from them
        ("사장님께 손님 응대 칭찬 많이 받았어요", ["customer-service"]),  # praised by them
    ],
)
def test_a_skill_said_before_an_honoured_persons_title_is_theirs(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Failed the written part of the welding engineer exam, trying again in spring", []),  # the season
        ("This spring app was migrated to Kotlin", ["spring", "kotlin"]),  # the framework, a noun after it
        ("Missed the TOPIK registration by one day", []),  # an exam missed
        ("Missed the TOEIC 900 goal by 15 points", ["toeic"]),  # a mark missed: the exam was sat
        ("Skilled in spring and jpa", ["spring", "jpa"]),  # "in" a framework
        ("엑셀은 열어만 봤지 써 본 적은 없어요", []),  # never used, 본 typed apart
    ],
)
def test_seasons_missed_exams_and_a_use_never_tried_typed_apart(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My grandma is more physically fit than me.", []),  # the writer only as what she is compared with
        ("My dad is a better welder than me but I do TIG welding too", ["welding-tig"]),
        ("My uncle says no one on the line does TIG faster than me", ["welding-tig"]),  # no one: a claim
    ],
)
def test_the_writer_compared_with_is_not_the_subject(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Met a data analyst on a blind date, she was nice.", []),  # a person met
        ("I saw a forklift parked outside the supermarket.", []),  # a thing seen
        ("Met a welder who taught me TIG welding", ["welding-tig"]),  # the writer's own after
        ("Met a sales target of 120% two quarters running", ["sales"]),  # a goal met, no person
        ("Saw the Excel sheet had errors and fixed the formulas", ["excel"]),
    ],
)
def test_a_doer_or_a_thing_met_or_seen_is_not_the_writers(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("정처기 필기만 붙었어요", []),  # the written part alone
        ("정보처리기사 필기 합격했어요", []),
        ("기계정비산업기사 시험 접수했어요", []),  # signed up for
        ("기계정비산업기사 학원 다니는 중", []),  # a course attended
        ("빅분기 필기 붙고 실기까지 합격했어요", ["qual-big-data-analyst"]),  # the practical passed after
        ("중3 때 정보처리기능사 땄어요 컴퓨터 학원 다니면서", ["qual-craftsman-info-processing"]),  # obtained
        ("정처기 실기 연습하는 중", []),  # the practical practised for (review 92)
        ("용접기능사 실기연습중", []),  # … glued (issue 16)
        ("용접기능사 실기연습 한 달 하고 합격", ["qual-welding-craftsman"]),
        ("지게차운전기능사 보유 실기 연습은 학원에서 3일 함", ["qual-forklift"]),  # held, then practised
        ("산업안전기사 실기 세번째 도전중입니다", []),  # a sitting retried
        ("정처기 도전중.", []),  # retried with no exam word: the retry is the clause's cue (review 97)
        ("컴활 1급 재도전합니다", []),  # retried, whatever its ending (review 99)
        ("- 전기기능사 취득 예정자 지원 가능", ["qual-electrician-craftsman"]),  # whom a posting takes
        ("전기기능사 취득 예정", []),  # the writer's plan
        ("저 용접기능사 취득 예정자예요", []),  # the writer as one expected to obtain it (review 99)
        ("전기기능사 있고 전기산업기사 재도전 중", ["qual-electrician-craftsman"]),
        ("용접산업기사 실기 재도전 끝에 합격", ["qual-welding-industrial-engineer"]),  # retried and passed
        ("SQLD 시험 예약함", []),  # booked
        ("SQLD 있음 정처기 실기 삼수중", ["qual-sqld"]),  # another certificate's retry (review 93)
        ("토익 800 있고 오픽 예약함", ["toeic"]),
        ("천장크레인운전기능사 자격번호 끝자리가 제 생일이에요", ["qual-overhead-crane"]),  # the holder's number
        ("전기기사 수첩 나왔어요", ["qual-electrical-engineer"]),  # the licence's booklet
        ("정처기 수첩 보면서 벼락치기 중", []),  # a study notebook (review 95)
        ("형이 지게차 해서 나도 용접 배움", ["welding"]),  # 나도: the writer's part only
    ],
)
def test_a_certificates_exam_only_begun_is_not_held(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held or passed, whatever the exam's story around it (issue 16)
        ("산업안전산업기사 있어요 필기 점수는 턱걸이", ["qual-industrial-safety-industrial"]),  # held, then a score
        ("정처기 필기 점수는 턱걸이", []),  # the written part alone
        ("소방설비기사 필기는 붙고 실기는 두 번째에 통과", ["qual-fire-equipment-engineer"]),  # 통과, a pass
        ("소방설비기사 필기는 붙고 실기는 다음 달", []),
        ("잠수산업기사 필기 붙고 실기에서 수중 과제 통과 못 함", []),  # a pass denied
        ("용접기능사 자격증 있어요 실기 날 작업복 단추가 떨어졌어요", ["qual-welding-craftsman"]),  # held first
        ("산안기 필기는 붙었는데 실기 떨어짐", []),
        ("금형기능사 시험 준비하면서 학원 기계로 연습 많이 했고 결국 합격", ["qual-mold-craftsman"]),  # passed last
        ("금형기능사 시험 준비하면서 학원 기계로 연습 많이 했어요", []),
        ("기중기운전기능사 취득 후 아직 장비는 몰아 본 적 없음", ["qual-crane"]),  # its machine never driven
        ("지게차 몰아 본 적 없음", []),
        ("정처기 시험 본 적 없음", []),
        # … and not held where the story ends before the exam
        ("방사선비파괴검사기능사 필기 원서 내려다가 마감일 지나 버림", []),  # its deadline gone by
        ("정처기 필기 접수 마감 하루 지나서 알았어요", []),
        ("택배 접수 마감 지났어요", []),
    ],
)
def test_a_certificate_held_or_passed_keeps_its_claim_whatever_its_exams_story(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("물관사 합격, 물류 쪽 지원 중", ["qual-logistics-manager"]),  # a field applied to (issue 16)
        ("품질 쪽으로 지원하고 있어요", []),
        ("물류 쪽 지원 업무 3년", ["logistics-management"]),  # support work
        ("물류 쪽 일 2년 했어요", ["logistics-management"]),
        ("CNC 쪽 일 구하는 중이에요 경력은 없어요", []),  # work sought, as before
    ],
)
def test_a_field_applied_to_is_no_skill(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("도장기능사 취득, 실기 때 스프레이건 처음 잡아 봄", ["qual-painting-craftsman"]),  # the exam's task (issue 16)
        ("실기 때 TIG 용접 했어요", []),
        ("회사에서 도장 3년 했어요, 실기 때 긴장함", ["painting-coating"]),  # work, the exam told after it
        ("조선소에서 TIG 용접 2년 했어요", ["welding-tig"]),
        ("자동차정비산업기사 실기 때 엔진 분해 조립 시간 넉넉했어요", ["qual-auto-maintenance-industrial"]),
        ("전기기능사 실기에서 결선 틀려서 불합격", []),  # the part's place glued
        ("실기 때 배운 용접으로 3년 일했어요", ["welding"]),  # a predicate between: work
        ("품질 시험에서 불량 발견", ["quality-control"]),  # a test at work
        ("정밀측정기능사 따면서 마이크로미터 처음 만져봤어요", ["qual-precision-measurement-craftsman"]),  # first met
        ("용접기능사 따면서 용접 배웠고 조선소 3년", ["qual-welding-craftsman", "welding"]),  # no first time: held
        ("실기때 용접 처음 해보고 반해서 조선소 들어감 지금 3년", ["welding"]),  # then worked at (review 192)
        ("컴활 따면서 엑셀 처음 배웠고 사무 보조 2년 했어요", ["qual-computer-literacy", "excel", "office-admin"]),
    ],
)
def test_a_task_done_at_an_exams_sitting_is_no_work(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("품질경영산업기사 합격했습니다 통계 과목 점수가 높았음", ["qual-quality-management-industrial"]),  # issue 16
        ("물류관리사 있어요 시험 준비할 때 회계 과목이 제일 어려웠음", ["qual-logistics-manager"]),
        ("자료구조 과목 A+ 받았고 코테도 지금까지 다 통과했어요", ["algorithms"]),  # a school's course
        ("시험에서 회계 과목 만점 받고 세무사무소 2년 근무", ["accounting"]),  # bare 시험, then work (review 192)
        ("물류관리사 필기에서 회계 과목이 제일 어려웠음", ["qual-logistics-manager"]),  # a certificate's part
        ("품질경영산업기사 있어요 통계 분석 업무 2년", ["qual-quality-management-industrial", "statistics"]),
    ],
)
def test_a_subject_of_an_exam_is_no_skill(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("컴퓨터응용선반기능사 따고 받은 수첩 코팅해서 보관 중", ["qual-cnc-lathe-craftsman"]),  # laminated (issue 16)
        ("기계설계산업기사 있는데 합격증을 코팅해서 갖고 다녀요", ["qual-mechanical-design-industrial"]),
        ("UV 코팅 작업 3년", ["painting-coating"]),  # work
        ("자격증 엑셀 능숙", ["excel"]),  # a label, not a paper
        ("합격증은 코팅 해서 파일에 넣어 뒀어요", []),  # its verb apart
        ("수첩 엑셀로 정리해서 관리했어요", ["excel"]),  # a tool used on it (review 192)
        ("합격증 엑셀로 스캔 목록 만들었어요", ["excel"]),
        ("합격증 용접기능사 지게차운전기능사", ["qual-welding-craftsman", "qual-forklift"]),  # the certificates listed
        ("수첩 지게차 자격증", ["qual-forklift"]),
    ],
)
def test_a_thing_done_to_a_certificates_paper_is_no_skill(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Still deciding whether to study for the welding certificate or not", []),  # undecided (issue 16)
        ("My friend says I should try for Craftsman Forklift, but I'm not sure", []),  # urged
        ("Wondering if I should learn Python", []),
        ("Not sure whether I can use Excel at work", ["excel"]),  # a thing done, weighed
        ("I should mention I've done TIG welding for 3 years", ["welding-tig"]),
        ("My boss says I should apply Python to more of our reports since I built the first one", ["python"]),  # used
        ("I should apply for the forklift licence next month", []),  # sought
        ("My forklift test got postponed twice and then I gave up", []),  # an exam put off
        ("The forklift test centre was closed for renovation so I couldn't even register", []),
        ("Passed the forklift test at the Sasang test centre", ["qual-forklift"]),  # passed there
        ("Our excavator test got cancelled by the client", ["excavator"]),  # work's test
        ("TOEIC test centre was full so I couldn't sit it", []),  # its centre full
        ("My CNC machine test run got delayed because the spindle broke", ["cnc-machining"]),  # a work's test run
        ("My Python unit test run got delayed because the server was down", ["python"]),
        ("My welding test piece was full of porosity so I ground it out and rewelded it", ["welding"]),  # full of
    ],
)
def test_an_exam_weighed_or_put_off_is_not_held(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("엑셀 다룰 수 없음", []),  # cannot
        ("용접 할 수 없음", []),
        ("용접 할 수 있음", ["welding"]),  # can
        ("용접 할 수 없었는데 지금은 매일 해요", ["welding"]),  # a lack that ended
    ],
)
def test_a_skill_said_with_cannot_is_not_held(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize("text", ["작년토익 점수 모자라서 떨어짐", "학원컴활 떨어짐", "주말엑셀 놓침"])
def test_a_name_glued_after_another_word_before_a_failing_is_read_without_error(text: str) -> None:
    """The skill's name begins inside a word, so no word of the part begins with it: nothing said, no exam."""
    extract(SHIPPED, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("딥러닝 말고 ML 쪽 1년, 이탈 예측 모델", ["machine-learning"]),  # not it, but another
        ("엑셀 말고 파워포인트도 잘해요", ["excel", "powerpoint"]),  # besides it: 도 on the next
        ("기계설계산업기사 필기 날짜 착각해서 결시했어요", []),  # absent from its exam
    ],
)
def test_a_skill_set_against_another_or_an_exam_not_sat_is_not_held(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I hold the ultrasonic testing craftsman certificate and I'm going for the radiography one next",
            ["qual-ut-ndt-craftsman"],
        ),  # aimed at, next
        ("Going for the CKA next", []),
        ("Going for a walk after my forklift shift", ["forklift-operation"]),  # gone for another thing
        ("Studying for the computer literacy exam", []),
    ],
)
def test_a_certificate_gone_for_is_wanted(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("포토샵 말고 할 줄 아는 게 없어요", ["photoshop"]),  # 말고 before other things denied: only it
        ("지게차 말고 다른 건 운전 못 해요", ["forklift-operation"]),
        ("딥러닝 말고 머신러닝 1년 정도 했어요", ["machine-learning"]),  # 정도: about, no 도 of besides
        ("용접 말고 배관 3년 했어요", ["piping"]),  # 말고 is no kind of piping
        ("관세사 1차 준비중", []),  # its exam's round, prepared for
        ("정보보안기사 공부 중", []),  # studied for now
        ("CCNA 공부해서 합격", ["qual-ccna"]),  # studied, then passed
        ("Failed the network administrator exam twice", []),
        ("동생 유통관리사 2급 붙었어요", []),  # a relative's note, its grade no word of its own
        ("택배 3개 받음", []),  # a count of things received
        ("CO2 말고 TIG도 가능합니다", ["welding-co2", "welding-tig"]),  # besides: 도 in the next two words
        ("용접 말고 지게차 운전도 할 줄 알아요", ["welding", "forklift-operation"]),
        ("Failed the Welding Industrial Engineer practical", []),  # its practical, three words on
        ("관세사 2차 공부하고 있어요", []),
    ],
)
def test_pass_32s_second_look(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("소방안전관리자 시험 봤어요", []),  # sat, no pass said
        ("컴활 1급 시험 봤어요", []),  # its grade between
        ("토익 시험 봤어요 850점", ["toeic"]),  # a score got
        ("정보처리기사 시험 봤는데 합격했어요", ["qual-engineer-info-processing"]),
    ],
)
def test_a_certificates_exam_only_sat_is_not_held(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("용졉 안해봄", []),  # 안 glued to its verb, as typed on a phone
        ("지게차 안타봄ㅋㅋ", []),
        ("TIG만 해봤고 MIG는 안해봄", ["welding-tig"]),
        ("안전관리 3년", ["industrial-safety"]),  # a word of its own
        ("엑셀뿐만 아니라 파워포인트도 잘 다룹니다", ["excel", "powerpoint"]),  # not only: both held
        ("지게차뿐 아니라 리치트럭도 가능", ["forklift-operation", "reach-truck"]),
        ("엑셀은 아니라 구글시트만 써요", []),  # a denial still
        ("엑셀 안써봤는데 지금은 매일 써요", ["excel"]),  # a lack that ended
    ],
)
def test_a_negation_glued_to_its_verb_denies_and_not_only_does_not(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("지게차 구경만 했어요", []),  # only watched
        ("품질경영산업기사 붙고 바로 품질경영기사 원서 냄", ["qual-quality-management-industrial"]),  # applied for
        ("Missed my OPIc slot because the subway stopped for an hour", []),  # its sitting missed
        ("Missed my deadline on the SAP rollout", ["sap"]),
        ("Booked the AWS exam for March", []),  # booked, still to sit
        ("Booked my OPIc test for next Saturday", []),
        ("I booked the forklift for the afternoon shift", ["forklift-operation"]),  # a thing booked at work
        ("Booked test runs on the CNC line", ["cnc-machining"]),  # work's test runs
        ("Booked load tests for our Spring Boot service", ["spring-boot"]),  # work's tests: no exam's name before
        ("booked my TOEIC test for May and scored 850 in June", ["toeic"]),  # booked, then scored
        ("Booked a TOEIC date and then overslept", []),  # a language exam by its name alone, its day booked
        ("I tried to book the TOPIK but the seats sold out in ten minutes", []),
        ("Booked the OPIc in March, got IM2", ["opic"]),  # a sitting told, its result after
        ("Registered for the TOEIC in May", []),  # registered for
        ("I registered for the SQLD but missed the exam because of a fever", []),
        ("Registered for the SQLD last year and passed", ["qual-sqld"]),  # registered for, then passed
        ("Registered for the forklift test and passed it", ["qual-forklift"]),
        ("지게차 학원 등록하려다 돈이 없어서 미뤘어요", []),  # meant to register, then not
        ("용접 3년 했고 CAD 배우려다 포기", ["welding"]),
    ],
)
def test_a_skill_only_watched_or_an_exam_applied_for_or_missed_is_not_held(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("지게차운전기능사 딴 거 아직 가족한테 얘기 안 했어요", ["qual-forklift"]),  # the telling negated
        ("용접기능사 붙은 게 아직 실감이 안 나요", ["qual-welding-craftsman"]),  # a feeling negated, the pass said
        ("토익은 리스닝 파트만 점수가 안 올라서 세 번 봤어요", ["toeic"]),  # one section's score
        ("오픽은 롤플레이만 준비가 안 돼서 걱정", []),  # not a section: prepared for
        ("용접기능사 합격 못 했어요", []),  # the pass itself negated
        ("굴착기 실기 보는 날 늦잠 자서 결국 결시함", []),  # absent, after an adverb
        ("전기기능사 필기 접수하려다 다음 회차로 미뤘어요", []),  # put off
        ("I failed the practical test for the forklift licence", []),
        ("Failed the acceptance test for the PLC panel, then rewired it", ["plc"]),  # work's test
        ("정보처리기사 하나 따고 취업했어요", ["qual-engineer-info-processing"]),  # a count after it
        ("베트남어 말 못 알아들어요", []),  # a language's speech denied, no telling
        ("지게차 합격 문자 아직 안 왔어요", []),  # the pass as a noun, not said done
        ("도장 접수된 차량이 많아서 작업을 내일로 미뤘어요", ["painting-coating"]),  # work put off, not an exam
        ("포토샵 한다고 말 안 했는데 팀장님이 알고 일 맡기심", ["photoshop"]),  # the telling negated
        ("정밀측정기능사 자격증 사진이 너무 못 나와서 속상", ["qual-precision-measurement-craftsman"]),  # its photo
        ("지게차 자격증 카드가 아직 안 와서 답답", ["qual-forklift"]),  # its card, issued after the pass
        ("굴삭기 자격증 카드가 없어요 아직 시험 안 봐서", []),  # its exam's negation after the card (review 192)
        ("정밀측정기능사 자격증 못 땄어요", []),  # the pass itself negated
        ("형이 정밀측정기능사 자격증 사진이 못 나왔대요", []),  # another's
    ],
)
def test_pass_33_what_a_negation_or_a_missed_exam_is_of(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


def test_a_time_spent_idle_is_no_years() -> None:
    """Without years the skill is read with the rest of its clause, which is about a break."""
    assert skill_ids("용접 두 달 동안 쉬었어요") == []
    [excel] = extract(SHIPPED, "엑셀 2년 아무거나 다 해봤어요").skills  # anything at all, no idleness
    assert excel.years == 2.0
    [done] = extract(SHIPPED, "용접 두 달 동안 했어요").skills
    assert done.years == pytest.approx(2 / 12, abs=0.01)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("용접 배워볼 예정이에요", []),  # to be tried out, planned
        ("전기기사 시험은 아직 준비 중", []),  # an adverb between the exam and its preparing
        ("전기기샤 준비중", []),  # the certificate's grade with a slip
        ("선적 서류 작성하고 인코텀즈에 맞춰 견적 냈어요", ["trade-documentation", "incoterms"]),  # a rule followed
        ("겨울옷 입고 출근", []),  # clothes put on
        ("중고차 출고 기다리는 중", []),  # a car's release
        ("RSW 1년", ["welding-spot"]),
        ("잠호 작업 1년", ["welding-saw"]),
    ],
)
def test_pass_33_after_reviews_58_and_59(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("빅분기 붙은 게 아직 실감 안 나요", ["qual-big-data-analyst"]),  # a short form passed, as its adnominal
        ("자격증은 용접기능사 딴 게 전부예요", ["qual-welding-craftsman"]),
        ("정처기 딴 줄 알았는데 실기에서 떨어짐", []),  # thought passed
        ("정처기 딴 애들 보면 부럽던데 저는 아직 안 땄어요", []),  # the writer's own negation after another's pass
        ("I make paper cranes for my friends", []),  # a thing made is no machine operated
    ],
)
def test_pass_33_after_reviews_61_to_63(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("전기기사 필기만 붙고 실기는 내년이에요", []),  # the written part passed before what follows
        ("용접기능사 하나 있고 지게차는 없어요", ["qual-welding-craftsman"]),  # a count before its holding
        ("지게차 면허 따볼까 해요", []),  # weighed
        ("컴활 시험 보고 결과는 아직 안 나왔어요", []),  # sat, no pass said
        ("컴활 시험 보고 1급 합격했어요", ["qual-computer-literacy"]),
        ("I passed the written test for the forklift licence", []),
        ("Passed the written and practical forklift licence exams", ["qual-forklift"]),
    ],
)
def test_pass_33_exams_begun_weighed_or_sat(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I passed the written exam for Industrial Engineer Electricity but failed the practical", []),
        ("I passed the written test for the forklift license but missed the practical exam because of covid.", []),
        ("I've passed the written exam for Craftsman Electricity and the practical is in August.", []),  # to come
        ("Passed the first round of the customs broker exam, didn't pass the second", []),  # a first round: written
        ("Passed the first round of the customs broker exam", []),
        ("I'm waiting for the results of my Craftsman Welding exam.", []),  # results said before its name
        ("Passed the written and practical forklift licence exams", ["qual-forklift"]),  # both parts passed
        ("Passed the written part of the Craftsman Welding exam and the practical too", ["qual-welding-craftsman"]),
        ("Passed the first and second rounds of the customs broker exam", ["qual-customs-broker"]),
        ("I passed the written exam for the forklift licence on the second try", []),  # a second try, no round
        ("I missed the deadline but I hold Craftsman Welding", ["qual-welding-craftsman"]),  # a deadline, then held
    ],
)
def test_issue_16_an_english_written_part_passed_with_the_practical_failed_or_to_come_is_not_held(
    text: str, expected: list[str]
) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("지게차운전기능사 딴 형이랑 같이 일해요", []),  # another's pass, the person with a particle
        ("컴활 2급 시험 봤는데 불합격했어요", []),  # a failing holds 합격 but passes nothing
        ("무영 2급 공부 중이에요", []),  # a certificate's short name studied for
        ("전기기사 필기는 붙었는데 실기 떨어짐", []),  # the practical failed
        ("용접기능사 있고 특수용접기능사는 실기 또 떨어졌어요", ["qual-welding-craftsman"]),  # another's practical
        ("공조냉동기계기사는 실기만 남았어요", []),  # the practical still to sit
        ("정비 예약은 블루핸즈에서 했어요", []),  # a car's maintenance booked
        ("자동차 부품 공장에서 정비를 1년", []),  # a factory's machines, not cars
    ],
)
def test_pass_33_after_reviews_64_to_67(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


def test_a_korean_short_form_keeps_its_particle() -> None:
    assert skill_ids("물관사랑 유관사 있어요") == ["qual-logistics-manager", "qual-distribution-manager"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("내년엔 지게차 자격증 따서 물류센터 들어가고 싶어요", []),  # got then, wanted after
        ("지게차 자격증 따서 물류센터 들어갔어요", ["qual-forklift"]),
        ("컴활 1급 실기 봤는데 시간이 모자라서 떨어진 듯", []),  # its practical sat, no pass said
        ("어제 뉴스 보니까 부산항 크레인 기사들 파업한대요", []),  # the news's
        ("I read an article about Kotlin replacing Java", []),
        ("중국어 뉴스 듣고 요약하는 업무", ["chinese"]),  # work with the news
        ("외사촌 형은 울산 조선소에서 배관 반장으로 일해요", []),  # a relative named by two words, there
        ("어제 납땜 인두 샀는데 아직 안 뜯었어요", []),  # bought, then told of
        ("I failed the welding test twice", []),  # a test right after the skill
        ("동네 카센터에서 경정비 1년 했어요", ["automotive-maintenance"]),
    ],
)
def test_pass_33_wishes_after_sat_parts_and_the_news(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("작년에 컴활 따서 이제 정처기 따고 싶어요", ["qual-computer-literacy"]),  # got before now, another wished
        ("굴삭기 중고로 샀는데 현장에서 제가 직접 몰아요", ["excavator"]),  # bought, then run by the writer
        ("방송국에서 뉴스 통역 알바 했어요", ["translation-interpretation"]),  # work on the news
        ("컴활 딴 과장님이 자랑을 엄청 하세요", []),  # another's pass, honoured
        ("크레인에 맞춰 신호수 1년", ["rigging"]),  # a machine worked beside is no rule followed
        ("지게차 정비소에서 정비 1년", ["forklift-operation"]),  # another thing maintained
        ("지게차 몰다가 크레인도 배워볼까 해요", ["forklift-operation"]),  # another thing weighed
    ],
)
def test_pass_33_after_review_68(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I failed the CKA by one point and have to wait two months", []),  # a wait is no experience
        ("토익 시험 접수해놓고 배탈 나서 결국 못 보러 갔어요", []),  # not sat, two parts on
        ("용접기능사 실기 시험 봤는데 비드가 엉망이라 불합격 떴어요", []),  # its practical failed, a reason between
        ("용접기능사 실기에서 한 번 떨어졌지만 두 번째에 붙어서 지금 있어요", ["qual-welding-craftsman"]),
        ("정보처리기사 시험 붙고 나서 여행 가려다 돈 없어서 못 감", ["qual-engineer-info-processing"]),
        ("전기기사 실기 대비 중", []),  # prepared for
        ("용접 학원 강사로 실기 시험 대비반 운영", ["welding"]),  # a class that prepares others
    ],
)
def test_pass_33_exams_not_sat_or_failed_further_on(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("배관기능사 학원 등록했어요", []),  # a course signed up for, no pass
        ("컨크 자격증 따고 아빠가 제일 좋아하셨어요", ["qual-container-crane"]),  # got, then an elder's joy
        ("Forklift operator licence, 3 years", ["qual-forklift"]),  # the operator's licence is the certificate
        ("- 물관사 소지자 우대", ["qual-logistics-manager"]),  # a posting's holder of the cut name
    ],
)
def test_pass_34_certificates_after_review_72(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I missed the Engineer Welding written exam because my train was delayed", []),  # a name of two words
        ("Missed the PLC commissioning deadline", ["plc"]),  # a work's deadline
        ("Certs: Engineer Welding preferred", ["qual-welding-engineer"]),  # a posting's heading is work's word
        ("SMT 기능사 있어요", ["qual-smt-craftsman"]),
        ("Licence: Class 1 ordinary, manual", ["license-class1-ordinary"]),
    ],
)
def test_pass_34_certificates_from_the_dev_halves(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("에너지관리기능사 필기에서 과락으로 떨어졌어요", []),  # the written part, failed
        ("용접기능사 실기에서 한 번 떨어졌지만 두 번째에 붙어서 지금 자격증 있어요", ["qual-welding-craftsman"]),
        ("I've never even held a soldering iron", []),
        ("I worked at a water plant watching SCADA screens", ["scada"]),  # a system watched at work
    ],
)
def test_pass_34_from_fresh36s_dev_half(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("누나가 CPA 준비하면서 회계 공부하는데 옆에서 보기만 해도 머리 아파요", []),  # her subject kept over 면서
        ("여자친구가 디자이너라서 일러스트레이터로 청첩장 직접 만들어줬어요", []),  # a deed done for the writer
        ("아빠가 하는 배관 설비 가게 따라다니면서 배관 용접 배웠어요", ["welding-pipe"]),  # his shop, the writer's part
        ("아빠가 정비소 하셔서 어릴 때부터 정비 배웠어요", ["automotive-maintenance"]),  # a reason, the writer learned
    ],
)
def test_pass_34_a_relatives_subject_kept_over_a_clause_ending(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


def test_pass_34_a_relative_at_the_same_place() -> None:
    assert skill_ids("아버지는 같은 터미널에서 갠트리 크레인 기사세요") == []  # 같은 describes no deed of the place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("물관사 합격증 받은 날 비가 왔어요", ["qual-logistics-manager"]),  # a cut name with its pass paper
        ("Craftsman Plumbing, just like my father", ["qual-piping-craftsman"]),  # like him: no subject of his
        ("I restart jammed conveyors at a bottling plant", ["conveyor-systems"]),
    ],
)
def test_pass_34_dev_halves_last_readings(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("용접기능사 필기에서 붙어서 지금 실기 연습 중", []),  # the written part passed only
        ("전기기능사 떨어지고 전기산업기사는 붙어서 취업했어요", ["qual-electrical-industrial"]),  # another's pass
        ("삼촌이 용접하시면서 저한테 TIG 가르쳐주셨어요", ["welding-tig"]),  # taught to the writer
        ("I taught my English class of 30 kids", ["english"]),  # the writer's class
        ("numpy 불러서 행렬 계산 코드 짰어요", ["numpy"]),  # a library imported, not a service called in
        ("I like watching CNC machine videos on YouTube before bed", []),  # a pastime, no screen watched at work
        ("병원에서 DSA 촬영 보조", []),  # an angiogram
    ],
)
def test_pass_34_after_reviews_78_and_80(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("형이 지게차 자격증 따고 굴삭기 면허도 땄어요", []),  # the brother obtained both
        ("누나가 컴활 1급 따고 나서 정처기도 땄대요", []),
        ("아빠가 용접기능사부터 시작해서 용접기사까지 따셨어요", []),
        ("형이 지게차 자격증 따고 나는 굴삭기 면허 땄어요", ["qual-excavator"]),  # the writer's subject said
    ],
)
def test_a_relatives_certificates_obtained_one_after_another_are_theirs(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("저희 아버지는 트럭 운전을 하시는데 저는 면허가 없어요", []),  # 저희 before a relative is no writer said
        ("저희 아버지는 트럭 운전을 하세요", []),
        ("My team lead ordered pizza for the whole line", []),  # a person over the writer
        ("I was the team lead for 3 years", ["leadership"]),
        ("I was our team leader for 2 years at the warehouse", ["leadership"]),  # the writer that leader
        ("my team leader taught me SQL so now I write the weekly queries", ["sql"]),
        ("물류관리사 필기 과목 하나 과락이라 다시 준비해야 해요", []),  # 하나, one subject: no predicate
        ("SQLP 실기 문제 하나 못 풀었는데도 붙었어요", ["qual-sqlp"]),  # one problem counted is the negation's
        ("토익 스피킹 떨어지고 오픽은 붙어서 다행", ["opic"]),  # a test's section said before its failing
        ("토익 시험 접수해둠", []),  # signed up ahead
        ("Took the JLPT N2 and failed by 3 points", []),  # an exam failed after its name
        ("I sat the Engineer Industrial Safety written test and fell short on one subject", []),
        ("I hold a forklift licence but failed the logistics manager exam", ["qual-forklift"]),  # another failed
        ("정보처리기사 필기 접수해놨어요", []),
        ("토익 접수하려고요", []),  # a sign-up intended
        ("한국사 시험 보려다가 코로나 걸려서 결석했어요", []),  # a sitting intended
        ("엑셀 2년 했고 토익 접수하려고요", ["excel"]),
        ("I slept through the TOEIC on Sunday and lost the fee", []),  # its day after its name
        ("Missed the TOEIC 900 goal by 15 points", ["toeic"]),  # a mark, not a sitting
        ("천장크레인운전기능사 있어요 항만 쪽 희망해요", ["qual-overhead-crane"]),  # a side of work wished for
        ("윈서버 관리 1년 했어요 작은 세무 사무소", ["windows-server"]),  # a tax office, where
    ],
)
def test_pass_38_others_and_things_counted(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I failed the 기계설계산업기사 last year", []),  # a Korean certificate's name after "failed the"
        ("영업직 지원하려고요", []),  # a job applied for
        ("생산직 지원했어요", []),
        ("생산직 지원 업무", ["production-line-work"]),  # support work
    ],
)
def test_pass_34_after_review_80(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("간호학과를 졸업했지만 지금은 사무직을 원합니다.", []),  # a job by its kind wished for
        ("카페 알바 3년 했고 지금은 사무직 찾고 있어요.", []),
        ("사무직 2년 했어요", ["office-admin"]),  # done
        ("사무직 원해서 지원했고 3년 일했어요", ["office-admin"]),  # work said after it
        ("생산직 구합니다", ["production-line-work"]),  # a posting's, who seeks people
        ("생산직 희망자 환영 지게차 가능자 우대", ["production-line-work", "forklift-operation"]),  # its seekers
    ],
)
def test_a_job_by_its_kind_wished_for_is_no_skill(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- 지게차 면허 없어도 지원 가능", []),  # not needed
        ("용접기능사 없어도 지원 가능", []),
        ("영업 경력자, 숙소 없어도 출퇴근 가능", ["sales"]),  # a dormitory not needed, in the next clause
        ("CAN communication and AUTOSAR", ["can-bus", "autosar"]),
    ],
)
def test_pass_34_not_needed_in_a_posting(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("생산직 지원해서 붙었고 3년 일했어요", ["production-line-work"]),  # applied, then hired
        ("자격증 취득 지원 받아서 지게차운전기능사 땄어요", ["qual-forklift"]),  # a benefit the writer received
        ("교육 지원 업무 2년 했어요 (엑셀로 수강생 관리)", ["excel"]),  # support work
    ],
)
def test_pass_34_after_review_82(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("컴활 1급 떨어지고 2급은 붙었어요", ["qual-computer-literacy"]),  # its other grade passed
        ("응시료 지원 받아서 SQLD 합격", ["qual-sqld"]),
        ("ㆍ영어 교육비 지원", []),  # a benefit
    ],
)
def test_pass_34_after_review_81(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("용접기능사 붙어서 조선소 들어갔어요", ["qual-welding-craftsman"]),  # passed, then hired
        ("용접기능사 붙어서 조선소 들어가고 싶어요", []),  # to pass, then a wish
    ],
)
def test_pass_34_passed_then(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("아버지가 다치시면서 가게 재고 관리 1년 맡았어요", ["inventory-management"]),  # befell him; taken over
        ("삼촌이 은퇴하시면서 굴착기 물려받아서 3년 했어요", ["excavator"]),
        ("엄마가 컴퓨터를 몰라서 엑셀로 가계부 만들어줬어요", ["excel"]),  # made by the writer for her
        ("컴활 2급 없음", []),  # a certificate not had
        ("무영 2급 딴 거 말고는 자격증 없어요", ["qual-trade-english"]),  # no other one
    ],
)
def test_pass_34_after_reviews_83_and_84(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("엑셀 잘함 자격증 없음", ["excel"]),  # the certificate not had, the skill held
        ("지게차 자격증 없음", []),
        ("교육 지원 사업으로 파이썬 배웠어요", ["python"]),  # a programme that supports, the writer's story
        ("교육 지원 팀에서 엑셀 매일 써요", ["excel"]),
    ],
)
def test_pass_34_after_review_85(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


def test_pass_35_no_experience_beside_a_certificate_held() -> None:
    assert skill_ids("지게차기능사 있음 경력 없음") == ["qual-forklift"]  # the experience not had, the paper held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("전기기능사 실기 시험장 가는 길에 지하철이 멈췄어요", []),  # on the way to sit it
        ("굴착기운전기능사 시험장 가는 중", []),  # the hall a cue by itself
        ("지게차운전기능사 있어요 시험장이 진짜 멀었어요", ["qual-forklift"]),  # a holder's memory of the hall
        ("컴활 1급 시험 날 늦게 도착해서 입실 못 함", []),  # not let in
        ("I overslept on the day of the forklift practical test", []),
        ("Overslept on the day of the SQLD exam", []),
        ("토익 850인데 재도전해서 900 노림", ["toeic"]),  # a score held, a higher one tried for
        ("정처기 따서 새로운 도전 준비중", ["qual-engineer-info-processing"]),  # obtained, a new try at a job
        ("용접기능사 세 번째 도전 중", []),
        ("굴착기운전기능사 재도전 끝에 취득", ["qual-excavator"]),  # obtained, said last
        ("컴활 2급 두 번 떨어지고 합격", ["qual-computer-literacy"]),
        ("CCNA 갱신 시험 다음 주예요", ["qual-ccna"]),  # held: its renewal to come
        ("전기기사 준비 2년째", []),  # years of preparing, not of holding
        ("전산회계 1급 준비 중", []),  # a grade said: an exam prepared for
        ("지게차운전기능사 자격증 재발급 신청함", ["qual-forklift"]),  # issued again: passed
    ],
)
def test_pass_36_exams_not_sat(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("엄마 토익 보래서 봄 750점", ["toeic"]),  # told by her, done by the writer
        ("삼촌 용접 보조로 2년 따라다님", ["welding"]),  # the writer at his side
        ("아빠 CNC 기계 물려받아서 제가 돌리고 있어요 3년", ["cnc-machining"]),  # taken over
        ("새언니 일본어 원어민", []),
        ("외삼촌 굴착기 30년", []),
        ("친오빠 컴활 2급 있음", []),  # 친 before the kinship word, and a cue though no word of kin ends it
        ("사촌누나 토익 990", []),
    ],
)
def test_pass_36_bare_kin_and_the_writer_beside_them(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("생산관리 직무 희망합니다", []),  # a job aimed for
        ("품질관리 신입 지원합니다", []),
        ("용접 3년 했고 배관 분야 지망", ["welding"]),
        ("자격증 취득 교육비 지원합니다", []),  # a benefit: no job sought, no skill either
        ("ㆍCAD 가능자 희망", ["autocad"]),  # a posting's wish
    ],
)
def test_pass_36_a_job_sought(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "전기기사 합격했어요 필기 점수가 제일 높았어요",
            ["qual-electrical-engineer"],
        ),  # passed, then its written part's score
        ("동기 전기기사 합격 나는 필기만 붙음", []),  # another's pass, the writer's written part
        ("배관 같은 건 해 본 적이 전혀 없어요", []),  # never tried, an adverb of never between
        ("I missed the application deadline for the OPIc by a day", []),  # its sitting missed
    ],
)
def test_pass_37_a_pass_said_before_the_written_part(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Failed the practical stage of Craftsman Welding twice", []),  # a stage of a certificate's exam
        ("I failed the Craftsman Welding practical test last spring", []),  # its grade said before the field
        ("Missed the IELTS speaking round, the bus never came", []),  # a round of its sitting
        ("I missed the OPIc since I was sick that week", []),  # the reason said right after
        ("Missed the TOEIC 850 target by 10 points", ["toeic"]),  # a mark, not its sitting
        ("Missed the Python meetup because of rain", ["python"]),  # no exam missed
    ],
)
def test_pass_37_an_exam_failed_or_missed_in_english(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I can't read Japanese at all", []),  # reading denied
        ("Don't understand SQL joins yet", []),
        ("I write Kotlin, can't read Swift", ["kotlin"]),  # the denial is the other part's
    ],
)
def test_pass_37_reading_or_understanding_denied(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("정보처리기사 합격률 낮다던데 필기만 붙었어요", []),  # a pass rate, not a pass
        ("컴활 점수 아쉽네 필기만 붙었음", []),  # a score, not a pass
        ("물관사 합격하고 나면 뭐부터 할까", []),  # once passed: a pass to come
        ("국무사 취득하고 곧장 입사함", ["qual-international-trade-specialist"]),  # obtained, then hired (memo)
        ("용접 기능사 따고 바로 취업함", ["qual-welding-craftsman"]),
    ],
)
def test_pass_37_review_114_passes_said_and_to_come(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Missed the deadline for the Java unit tests again", ["java"]),  # a work's deadline
        ("Missed the date for the CAD test drawings", ["autocad"]),
        ("Missed the deadline for OPIc registration", []),  # an exam's, named
        ("Missed the sign-up for the Craftsman Welding exam", []),
        ("I missed the exam date for Engineer Electricity", []),  # a certificate's English name
    ],
)
def test_pass_37_review_114_a_deadline_for_work_or_for_an_exam(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("사촌형이 정처기 땄대요 저는 컴활 2급 있어요", ["qual-computer-literacy"]),  # hearsay, then the writer's
        ("형이 배관 10년 했다던데 나는 용접 2년", ["welding"]),
        ("이모는 엑셀 잘함 나는 포토샵", ["photoshop"]),  # a memo's ending, then the writer
        ("포장은 주말마다 저는 안 해요", []),  # 마다 is no ending
        ("엑셀 작업은 분기마다 제가 해요", ["excel"]),  # 마다 is no ending, 제가 no contrast
    ],
)
def test_pass_37_an_ending_before_the_writers_topic_ends_the_clause(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("정처기 따고 취업해야 됨", []),  # an obligation, not a past
        ("지게차 따고 오라고 함", []),  # an order
        ("국무사 따고 바로 입사함", ["qual-international-trade-specialist"]),  # a memo's past
    ],
)
def test_pass_37_review_118_obtained_then_must(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("삼촌이 배관 하시고 나도 배관 해요", ["piping"]),  # 고 before the writer's topic
        ("동생은 울산에서 일하고 저는 크레인 몰아요", ["crane-operation"]),
        ("입사해서 용접 3년차", ["welding"]),  # a verb's 서, not a kind of welding
    ],
)
def test_pass_37_review_119_the_writer_after_a_relative(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Failed TOEFL twice, passed IELTS 6.5", ["ielts"]),  # another exam passed
        ("Failed TOEFL once, passed TOEFL the next spring", ["toefl"]),  # the same, retaken
        ("Failed the TOEFL once, then passed with 95", ["toefl"]),  # a pass naming none
    ],
)
def test_pass_37_review_115_a_pass_of_another_exam_is_no_retake(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("배관요 저는 아직 안 해봤어요", []),  # a noun's 요: the writer's own topic, no sentence ended
        ("굴착기 따고 저는 현장 가려고요", []),  # the writer's own 고: a plan follows
        ("과장님이 엑셀 담당하시고 저는 CAD 해요", ["autocad"]),  # 고 after another person
        ("My manager's brother can't read Java so I maintain the code", ["java"]),  # another's lack, the writer's work
        ("He can't read Java", []),  # another's lack alone
    ],
)
def test_pass_37_review_121_the_writers_topic_after_a_sentence(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Failed the OPIc, passed the interview at Hyundai", []),  # a hiring's step passed, no retake
        ("Failed the OPIc once, passed it in May", ["opic"]),
        ("I can't read Java so I use Python for everything", ["python"]),  # the denial ends at "so I"
        ("Our supervisor can't open SolidWorks files so I handle the models", ["solidworks"]),
    ],
)
def test_pass_37_review_122_passes_and_lacks_said_of_other_things(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I applied for the crane course but it was full", []),  # a course applied for
        ("Ordered a java chip latte before work", []),  # a thing ordered
        ("Ordered parts in SAP for the line", ["sap"]),  # a tool ordered in: a buyer's work
    ],
)
def test_pass_37_review_123_applied_for_or_ordered(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Craftsman Gas, applied for the card online and it came in a week",
            ["qual-gas-craftsman"],
        ),  # issued on a pass
        ("Craftsman Welding, applied for the licence card last week", ["qual-welding-craftsman"]),
        (
            "The Craftsman CO2 Gas Arc Welding card came in the post on my nineteenth birthday",
            ["qual-co2-welding-craftsman"],
        ),
        ("I applied for the Craftsman Welding exam", []),  # an exam applied for
        ("The Craftsman Gas card came in the post for my brother", []),  # another's card
        ("My brother's Craftsman Welding card came in the post", []),
        ("The Craftsman Welding exam was cancelled because of the typhoon", []),  # a story of the exam
    ],
)
def test_a_certificates_card_applied_for_or_come_is_the_certificate_held(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("컴활 필기 원서 접수 마감을 넘겼어요", []),  # its deadline passed
        ("오픽 시험 예약을 실수로 날렸어요", []),  # its booking lost
        ("용접 1000개 넘겼어요", ["welding"]),  # no exam
    ],
)
def test_pass_38_begun_an_exams_deadline_passed(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Failed one subject of the Engineer Electricity written exam", []),  # a part said after the name
        ("도장 찍는 일만 했어요 (결재 서류)", []),  # a seal stamped
        ("Passed Engineer Electricity the spring after my discharge", ["qual-electrical-engineer"]),  # a season
    ],
)
def test_pass_38_begun_subjects_seals_and_seasons(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("엑셀은 업무에서 쓰고 파이썬은 요즘 배우는 중", ["excel"]),  # learning now, in its own part
        ("리액트 1년 했고 스프링은 공부중", ["react"]),
        ("CAD 경험 없는데 현재 CAD 학원 다니는 중", []),  # a course attended now
        ("Korean native, English fluent, learning Spanish on Duolingo.", ["korean-language", "english"]),
        ("learning Spanish on Duolingo, fluent in English", ["english"]),  # said first, still its own
        ("토익 2년째 공부 중", []),  # learned for years, still learned
        ("용접 배워서 3년 일했어요", ["welding"]),  # learned, then worked
        ("I've been learning Rust and built a small game with it", ["rust"]),  # a thing made with it
        ("Deep learning Python projects", ["deep-learning", "python"]),  # learning in a skill's name
        ("용접 학원 수료했어요", ["welding"]),  # a course finished
        ("I want to learn welding but I have done CNC for 2 years", ["cnc-machining"]),  # to learn, said first
        ("Interested in learning PLC, have 2 years of electrical wiring", ["electrical-wiring"]),
        ("I'm taking an Excel course at the job centre", []),  # a course taken now
        ("Forklift training starts Monday", []),  # ... or begun soon
        ("Completed a 6-month welding course at Busan polytechnic", ["welding"]),  # ... not one finished
        ("엑셀 공부 중요하다고 생각해서 매일 업무에 씁니다", ["excel"]),  # 중요, no 중 of doing now
        ("엑셀 함수 쓰는 법 배우는 중", []),  # its 중 one word past the reach
        ("I tried learning C++ but gave up after a month. I'm better at Python.", ["python"]),  # a try at it
        ("I tried learning Python and now use it daily at work", ["python"]),  # ... and its use
        ("I tried learning Japanese on my own and passed JLPT N2", ["japanese", "jlpt"]),  # ... or a pass after it
    ],
)
def test_pass_40_a_skill_learned_now_is_not_yet_held(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I know Java. Next I plan to learn Docker and AWS.", ["java"]),  # a plan, of the whole list after it
        ("I use Git daily. I plan to learn Docker, AWS and Kubernetes.", ["git"]),  # ... past its commas
        ("My dad says I should learn MCT too", []),  # urged on the writer
        ("I use Git and Docker daily and plan to learn Kubernetes", ["git", "docker"]),  # not of those before it
        ("Our plan to automate reports was done in Python and Excel VBA", ["python", "excel-vba"]),  # a plan named
        ("I'm learning Python, SQL and Tableau.", []),
        ("I use Git, Docker, AWS and Kubernetes.", ["git", "docker", "aws", "kubernetes"]),  # a list held
        ("Learning Python, Excel 3 years", ["excel"]),  # rated: no list of the learned
        ("I can't speak Japanese yet but I'm learning it on Duolingo. I speak English fluently.", ["english"]),
    ],
)
def test_pass_44_a_plan_covers_the_list_after_it(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("저희 어머니께서 회계 일을 하시는데 저는 숫자에 약해요", []),  # 께서 honours a subject, no verb's -서
        ("할머니께서 일본어를 하시는데 저는 못해요", []),
        ("아버지께서 조선소 용접을 하셔서 저도 용접을 시작했고 지금 4년차입니다", ["welding"]),
    ],
)
def test_pass_40_a_relative_honoured_with_kkeseo_keeps_their_work(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My coworker does the PLC programming and I handle the electrical wiring", ["electrical-wiring"]),
        ("My boss does all the CAM programming", []),  # someone at work, said with "my", is someone else
        ("My buddy drives a forklift at the port", []),
        ("신랑이 지게차 운전하고 저는 사무실에서 엑셀 해요", ["excel"]),  # a husband, as 남편
        ("My coworker can't weld TIG, I do all the TIG work", ["welding-tig"]),  # the writer's own after
        ("My boss said my Excel reports were the best", ["excel"]),  # said of the writer's
        ("Worked with my supervisor on AutoCAD drawings for the new line", ["autocad"]),  # worked with them
        ("My manager handles the SAP side", []),  # a manager too
        ("My manager praised my attention to detail", ["attention-to-detail"]),  # ... though what they praised is mine
    ],
)
def test_pass_40_coworkers_and_friends_said_with_my_are_someone_else(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("삼촌이 하던 공장에서 CNC 선반 2년 돌렸어요", ["cnc-lathe"]),  # the place the relative ran, the writer's work
        ("외삼촌이 소개해 준 공장에서 사출 1년 했어요", ["injection-molding"]),  # ... or found for the writer
        ("형은 업계 최고 수준 조선소에서 용접 해요", []),  # 수준 is no place found for the writer
        ("엄마가 컴활 따라고 했는데 결국 운전면허만 땄어요", []),  # bidden, not done as bidden
        ("선배가 SQLD 따라고 해서 땄어요", ["qual-sqld"]),  # bidden by another, then obtained by the writer
        ("형이 ADsP 따라고 해서 땄는데 쉬웠어요", ["qual-adsp"]),
        ("지게차 운전 가능 시력이 약한 편이라 안경 씁니다", ["forklift-operation"]),  # another thing weak
        ("아버지가 운영하셨던 인쇄소에서 포토샵으로 전단지 작업 많이 했어요", ["photoshop"]),
        ("동생은 예전에 다니던 공장에서 교대근무 했대요", []),  # hearsay of the relative's own
    ],
)
def test_pass_40_a_place_a_relative_ran_before_is_where_the_writer_worked(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("실기 발표가 다음 주예요", []),  # an exam's results to come, no talk
        ("정처기 최종 발표만 남았어요", []),
        ("SQLD 가채점으로는 합격인데 발표는 아직", []),  # self-scored, its results to come
        ("전기기사 실기 발표가 다음 주예요", []),
        ("전기기사 취득자 또는 실기 발표 대기자", ["qual-electrical-engineer"]),  # a posting: whom it takes
        ("팀 프로젝트 최종 발표를 맡아 진행했습니다", ["presentation"]),  # a talk given
        ("컴활 1급 발표 났는데 합격이에요", ["qual-computer-literacy"]),  # results out, passed
        ("I am preparing for the SQLD exam.", []),  # an exam prepared for
        ("I was preparing for a presentation at work", ["presentation"]),  # a talk at work
        ("정처기 광탈", []),  # failed at once, in slang
        ("위험물산기 필기 통과", []),  # its written part passed, said with 통과
        ("관세사 1차 합격 2차 준비 중", []),  # its first round passed
        ("정처기 실기 통과해서 최종 합격", ["qual-engineer-info-processing"]),
        ("I just passed the electrician craftsman exam", ["qual-electrician-craftsman"]),  # its English name
    ],
)
def test_pass_40_an_exams_results_to_come_are_no_talk_and_no_pass(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("토익 시험 봤는데 성적표 나오기 전이라", []),  # 나오기: a verb's noun form, not a certificate's short form
        ("컴활, 결과 발표 전", []),  # results to come, said after a comma of the list before it
        ("정처기 (실기 결과 대기), 리눅스마스터 2급 (취득)", ["qual-linux-master"]),
        ("정처기 필기 합격, 실기 준비 중", []),  # only begun
        ("컴활 2급, 워드 1급 있습니다", ["qual-computer-literacy", "qual-word-processor"]),
        ("한국사 1급, 토익 850", ["qual-korean-history", "toeic"]),
        ("정처기 떨어짐", []),  # a short form in 기 still named
        ("컴활, 결과 나왔어요", ["qual-computer-literacy"]),  # results out
    ],
)
def test_issue_16_results_to_come_after_a_comma_or_a_verb_in_gi_are_no_pass(text: str, expected: list[str]) -> None:
    assert sorted(skill_ids(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("오픽 IM2 있었는데 2년 지나서 만료", []),  # a score expired, said with bare 만료
        ("JPT 750 (2년 지나서 만료)", []),
        ("TEPS 점수는 유효기간 지나서 제출 못 해요", []),  # its validity passed
        ("토익 점수 유효기간 지났어요", []),
        ("1종 보통 면허 있었는데 음주로 취소됐어요", []),  # a licence revoked
        ("Had a CCNA but let it lapse in 2022", []),
        (
            "Licences: forklift, Class 1 ordinary, Class 1 large (expired)",
            ["forklift-operation", "license-class1-ordinary"],
        ),
        ("토익 점수 만료돼서 다시 봤고 새 점수 880 있어요", ["toeic"]),  # taken again since
        ("1종 대형 면허 갱신해서 유효합니다", ["license-class1-large"]),  # renewed, valid
        ("Renewed my CCNA last month, valid until 2027", ["qual-ccna"]),
        ("토익 만료일 3월", ["toeic"]),  # its expiry date
        ("토익 점수 만료돼서 다시 봐야 하는데 바빠서 못 봤어요", []),  # a retake denied
        ("My CCNA expired when I moved to a new job", []),  # a new job, no new certificate
        ("지게차운전기능사 땄는데 만료됨", ["qual-forklift"]),  # a national certificate never expires
        ("My TOEIC expired and I haven't retaken it", []),  # a retake denied in English
        ("My TOEIC expired last year and I retook it in May", ["toeic"]),
        ("My class 1 ordinary licence was suspended for a DUI", []),  # taken away for a while
        # given back later in the bracket or the line
        ("Class 1 ordinary license (suspended for 3 months in 2019, reinstated)", ["license-class1-ordinary"]),
        ("Class 1 ordinary license suspended in 2019, valid again since 2020", ["license-class1-ordinary"]),
        ("My class 2 ordinary licence was cancelled after a speeding case", []),
    ],
)
def test_issue_16_an_expired_lapsed_or_revoked_score_or_licence_is_not_held(text: str, expected: list[str]) -> None:
    assert sorted(skill_ids(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("토익 접수까지 해놓고 그냥 안 봤어요", []),  # not sat, said with 안 in a later part
        ("토익 신청하고 안 갔어요", []),
        ("토익 시험 보고 나서 접수 안내 알바 했어요", ["toeic"]),  # 안내 is no 안
        ("지게차 자격증 따려다가 취업이 먼저 돼서 시험 안 봤어요", []),  # the exam named in the part not sat
        ("소방안전관리자 2급 시험 준비만 하고 응시는 안 함", []),  # its sitting denied with 안
        ("컴활 1급 실기 미응시", []),  # not sat, as a noun
        ("정처기 필기만 합격 상태 (실기 미응시)", []),
        ("용접기능사 시험 신청했다가 환불받았어요", []),  # its fee refunded
        ("용접기능사 실기 미응시로 자격 취득 못함", []),  # a pass denied after it is no pass
        ("워드프로세서 시험 안 봤어요", []),  # a certificate's name in 서 ends no predicate
        ("토익 900점 받았는데 회사 연수는 안 갔어요", ["toeic"]),  # a score got: something else not gone to
        ("용접기능사 따고 학원은 안 갔어요", ["qual-welding-craftsman"]),
        ("컴활 2급 있고 1급은 신청했다가 환불받았어요", ["qual-computer-literacy"]),  # another grade held
        ("CCNA 있는데 병원 예약 못 가서 다시 잡았어요", ["qual-ccna"]),  # held, then a booking of something else
        ("정처기 있어요 어제 택배 접수 깜빡함", ["qual-engineer-info-processing", "delivery"]),
        ("용접기능사 실기 떨어졌다가 다시 봐서 취득", ["qual-welding-craftsman"]),  # failed, then passed
    ],
)
def test_pass_42_an_exam_not_sat_said_with_not_refunded_or_as_a_noun(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("토익 보고 성적 나오길 기다리는 중", []),  # its results said with 성적, still to come
        ("컴활 2급 실기 시험 봤는데 결과는 다음 주에 나와요", []),  # … with 결과, due later
        ("전기기능사 실기 보고 결과 기다리는 중", []),
        ("위험물산업기사 실기 발표 났는데 합격이에요", ["qual-hazmat-industrial"]),  # out, and passed
        ("한국사 1급 발표 기다렸는데 오늘 합격 떴어요", ["qual-korean-history"]),
        ("토익 성적 나왔어요 850", ["toeic"]),  # a score out
        ("컴활 2급 있고 1급은 발표 기다리는 중이에요", ["qual-computer-literacy"]),  # another grade's to come
    ],
)
def test_pass_42_an_exams_results_or_scores_to_come_are_no_pass(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("굴착기 실기 탈락했어요", []),  # failed, said with 탈락 after its exam's part
        ("정보처리기능사 실기 58점으로 아깝게 탈락", []),  # a score and an adverb between
        ("지게차 실기 탈락했다가 재시험으로 합격", ["qual-forklift"]),  # failed, then passed
        ("용접 3년 했는데 면접에서 탈락", ["welding"]),  # a job's interview failed, not the skill's exam
    ],
)
def test_pass_42_an_exam_failed_said_with_talak_is_not_held(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("리눅스마스터 2급 1차만 합격하고 2차는 안 봤어요", []),  # a certificate by its grade, first round only
        ("리마2급 삼수 중", []),  # retried, its grade glued
        ("리눅스마스터 2급 2차까지 합격", ["qual-linux-master"]),  # both rounds passed
        ("한국사 1급 발표 기다렸는데 오늘 합격 떴어요", ["qual-korean-history"]),  # waited, then passed
    ],
)
def test_pass_42_a_certificate_said_with_its_grade_only_begun_is_not_held(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Skipped the TOEIC because of work", []),  # skipped, its name the object
        ("Studied for the OPIc and then skipped the test", []),  # skipped after its name, the exam said again
        ("Never sat the TOEIC but I use English daily at work", ["english"]),  # its sitting denied
        ("Never took the JLPT", []),
        ("Haven't taken the IELTS yet", []),
        ("OPIc result pending", []),  # its results to come, after its name
        ("Awaiting CCNA exam results", []),  # … or waited for before it
        ("Waiting on my TOEIC score", []),
        ("My HSK 5 exam was cancelled due to COVID", []),  # called off
        ("My TOPIK exam got cancelled", []),  # "got" before a calling off is no pass
        ("Skipped the TOEIC, took the OPIc instead and got IH", ["opic"]),  # another exam taken instead
        ("I never skipped a study day and scored 900 on the TOEIC", ["toeic"]),  # a skipping denied, of another thing
        ("Took the TOEIC last month, score 850", ["toeic"]),  # taken, not denied
        ("Passed the OPIc, waiting on the TOEIC results", ["opic"]),  # passed, another's results to come
    ],
)
def test_issue_16_an_english_exam_skipped_not_sat_pending_or_cancelled_is_not_held(
    text: str, expected: list[str]
) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I never got round to taking the Linux Master exam", []),  # put off for good before its verb
        ("Didn't bother with the Word Processor exam", []),  # not bothered with
        ("I registered for the Computer Literacy exam but never showed up", []),  # its sitting denied after it
        ("I studied for the MOS Excel exam for a month but the test centre closed and I never sat it", []),
        ("Sat the ADsP in March but haven't got my results", []),  # its results not got: "got" denied, no pass
        ("I missed the deadline but I hold Craftsman Welding", ["qual-welding-craftsman"]),
        ("Took the TOEIC in May and got my results: 850", ["toeic"]),  # results got
        ("The TOEIC didn't take long, I got 900", ["toeic"]),  # a taking of another thing
        ("Prepared for JLPT N2 for a year but didn't take it in the end", []),  # the exam itself not taken
        ("Registered for the TOEIC but didn't take the test", []),
        ("TOEIC Speaking score good enough for the airline job I didn't take", ["toeic-speaking"]),  # the job
        ("Got a TOEIC 850 but didn't take the offer", ["toeic"]),  # another noun taken, not the exam
    ],
)
def test_issue_16_an_english_exam_put_off_not_shown_up_for_or_its_results_not_got_is_not_held(
    text: str, expected: list[str]
) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("저는 물류 쪽 일을 찾고 있어요", []),  # work sought: its word before a verb of seeking
        ("지게차 창고 일 찾고 있어요", []),  # 창고 is a noun, no predicate between
        ("지게차 일 구하는 중이에요", []),
        ("앞으로 쿠버네티스도 공부해 보려고 해요", []),  # meaning to try learning, 보려고 spaced
        ("파이썬 배워보려고요", []),  # … or glued
        ("I'm looking for forklift jobs near Noksan", []),  # work looked for, its noun after the skill
        ("공장 견학 갔다가 로봇 용접 라인을 봤는데", []),  # seen on a visit
        ("터미널 견학 때 갠트리 크레인을 처음 봤는데", []),  # … the visit in a part of its own
        ("지게차 운전원 구합니다", ["forklift-operation"]),  # a posting seeks people
        ("We're looking for forklift operators", ["forklift-operation"]),
        ("I'm looking for a job where I can use my Excel skills", ["excel"]),  # a job that uses a skill held
        ("용접 5년 했고 지금 일자리 찾고 있어요", ["welding"]),  # held, and work sought after
        ("도면 보는 건 자신 있어요", ["drawing-reading"]),  # seeing with no visit
    ],
)
def test_issue_16_work_sought_learning_tried_or_a_thing_seen_on_a_visit_is_not_held(
    text: str, expected: list[str]
) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wanted to be a welder but ended up driving a forklift", ["forklift-operation"]),  # a past wish unmet
        ("Thinking about moving from forklift work into crane operation", ["forklift-operation"]),  # a move weighed
        ("Thinking about switching to crane operation", []),
        ("I passed the forklift exam but failed the excavator one", ["qual-forklift"]),  # "one": the exam; passed
        ("Welder for 3 years, hoping to get into NDT next", ["welding"]),
        ("Moved from forklift work into crane operation in 2022", ["forklift-operation", "crane-operation"]),  # made
        ("Wanted to be a welder and did it for 5 years", ["welding"]),  # a wish held to
        ("Passed the forklift exam", ["qual-forklift"]),  # its exam passed: its licence
    ],
)
def test_issue_16_an_english_wish_unmet_a_move_weighed_or_a_failed_one_is_not_held(
    text: str, expected: list[str]
) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("빅분기 필기 합격 실기는 아직", []),  # a pass said before the practical is the written part's
        ("산업안전기사 필기 합격 후 실기 접수했어요", []),
        ("정보처리기사 필기 붙었고 실기 결과 발표 기다리는 중", []),
        ("정처기 필기 합격했는데 실기 응시 자격이 안 돼서 못 봤어요", []),
        ("컴활 2급 필기 실기 모두 합격", ["qual-computer-literacy"]),  # the pass said after the practical
        ("정보처리산업기사 필기 합격 실기 합격", ["qual-industrial-info-processing"]),
    ],
)
def test_issue_16_a_written_pass_said_before_the_practical_is_no_holding(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("관세사, 1차 합격", []),  # a first round said after a list's comma, of the certificate before it
        ("리눅스마스터 2급 1차 합격, 2차 떨어짐", []),  # a first round passed, in a clause with no other cue
        ("통관 업무 2년 하면서 관세사 1차 붙었어요", ["customs-clearance"]),
        ("관세사 2차까지 최종 합격했습니다", ["qual-customs-broker"]),  # both rounds passed
        ("리눅스마스터 2급 1차 2차 모두 합격", ["qual-linux-master"]),
    ],
)
def test_issue_16_a_first_round_passed_alone_is_no_holding(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("기중기운전기능사 필기는 붙었는데 실기 코스에서 실격", []),  # disqualified in the practical
        ("컴활 2급 합격한 줄 알았는데 실기 점수 미달이었어요", []),  # short of the pass mark
        ("정처기 실기 접수일 까먹음", []),  # its sign-up day forgotten
        ("한국사 시험 봤는데 2점 차이로 떨어짐", []),  # the points it was missed by, no score got
        ("용접 불량 기준 미달 제품 재작업", ["welding"]),  # short of a standard, at work
        ("토익 시험 봤는데 750 나왔어요", ["toeic"]),  # a score got
        ("한국사 시험 봤는데 85점 나왔어요", ["qual-korean-history"]),
    ],
)
def test_issue_16_an_exam_disqualified_short_forgotten_or_missed_by_points_is_not_held(
    text: str, expected: list[str]
) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A relative's trade, the writer said only in the sentence after "so" or "and": the relative's.
        ("My father is a welder so I grew up around welding machines, but I've never welded myself.", []),
        ("My best friend is studying AI at PNU and keeps telling me about machine learning.", []),
        ("My uncle runs a welding shop so I helped out there for two summers doing MIG work", ["welding-mig"]),
        ("My boss can't read SQL so I write all our queries", ["sql"]),  # lacked by them, done by the writer
        ("My uncle's a welder and so am I", ["welding"]),  # the writer as they are
        ("My friend and I built a website for our club using WordPress", ["wordpress"]),
        ("I do 3D modelling for my brother's board game pieces", ["3d-modeling"]),
        # Only watched or heard about, or grown up around.
        ("I watch a lot of youtube about python and react but havent actually coded anything yet", []),
        ("I watched a YouTube video about CNC machines last night.", []),
        ("Heard a lot about Docker at the meetup", []),
        ("Watched videos about Python and built a Django app", ["python", "django"]),  # a thing made after it
        ("Watched YouTube videos about Excel and then used it to build our stock sheet", ["excel"]),  # ... or its use
        ("Wrote a blog post about Python decorators", ["python"]),  # no feed before "about"
    ],
)
def test_a_relatives_trade_or_a_thing_heard_about_is_not_the_writers(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("워드 자격증 시험 본다 본다 하다가 결국 안 봤어요", []),  # its exam said past its certificate's word
        ("소방안전관리자 강습만 듣고 시험은 안 봤어요", []),  # its course alone attended, its exam not sat after
        ("워드 자격증 시험 보고 합격했어요", ["qual-word-processor"]),  # sat and passed
        ("소방안전관리자 강습 듣고 시험도 합격했어요", ["qual-fire-safety-manager"]),
        ("자동차정비기능사 필기는 작년에 붙어두고 실기는 올해 볼 예정", []),  # a written pass kept ahead, 붙어두고
        ("자동차정비기능사 필기 붙어두고 실기까지 합격했어요", ["qual-auto-maintenance"]),
    ],
)
def test_issue_16_a_korean_exam_not_sat_after_its_certificate_or_course_is_not_held(
    text: str, expected: list[str]
) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Another person after the writer's skill, who taught them, felt for them or helped them to it: the writer's.
        ("Craftsman Excavating Machine Operation, my grandfather was proud", ["qual-excavator"]),
        ("Forklift operation, my mom was so proud", ["forklift-operation"]),
        ("엑셀 잘해요 누나가 가르쳐 줬어요", ["excel"]),
        ("용접 할 줄 알아요 아빠가 가르쳐 주셨어요", ["welding"]),
        ("엑셀 잘함 선배가 가르쳐줌", ["excel"]),
        ("지게차 운전해요 삼촌이 소개해 줬어요", ["forklift-operation"]),
        ("캐드 잘해요 아빠가 좋아하셨어요", ["autocad"]),
        ("굴착기운전기능사 땄어요 아버지가 좋아하셨어요", ["qual-excavator"]),
        ("Passed TOEIC 850, my parents were proud", ["toeic"]),
        ("Python 2 years, my brother got me into it", ["python"]),
        # The skill said of them, or their teaching to come: theirs.
        ("My dad is a welder", []),
        ("아빠가 용접 가르쳐 주신대요", []),
        ("My dad taught welding for 20 years", []),
        ("누나가 엑셀 잘해요", []),
        ("엑셀은 누나가 잘해요", []),
        ("Welding, my dad does it", []),
        ("Excel, my sister is good at it", []),
    ],
)
def test_issue_16_another_who_taught_was_proud_or_helped_after_leaves_the_skill_with_the_writer(
    text: str, expected: list[str]
) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("아버지 배관 일 하심 저는 사무직 희망", []),  # another's honorific deed ended, then the writer's topic
        ("엄마가 경리 일 하심 저는 물류센터 지게차 2년", ["forklift-operation"]),
        ("아버지 가게에서 배관 일 2년 도왔어요", ["piping"]),  # the writer's own work at the relative's place
        ("관심 저는 용접 3년", ["welding"]),  # 심 of a noun ends no one's deed
    ],
)
def test_the_writers_part_after_anothers_honorific_deed(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("야간 근무는 어렵습니다 동생 챙겨야 해서", []),  # hard for one, its sentence ended, a reason after
        ("교대 근무 힘들어요 허리가 안 좋아서", []),
        ("야간 근무 2년 했어요", ["shift-work"]),
        ("교대 근무 가능합니다", ["shift-work"]),
        ("영어 회화는 어려워요 독해는 가능", ["english"]),  # an ability said after takes it back
        ("3교대 힘들어요 허리가 안 좋아서", []),
        ("용접 일 힘들어요 매일 불꽃 튀어서", ["welding"]),  # a trade done, hard: no work condition (review 192)
    ],
)
def test_a_weakness_ended_before_its_reason(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("코딩 수업 들었는데 하나도 이해 못 했어요", []),  # nothing understood of the class
        ("엑셀 배웠는데 이해가 안 돼요", []),
        ("파이썬 강의 들었는데 전혀 이해 안 됨", []),
        ("코딩 수업 듣고 웹사이트 만들었어요", ["programming"]),
        ("용접 3년 했는데 그 도면은 이해 못 했어요", ["welding"]),  # another thing not understood
        ("엑셀 배웠는데 처음엔 이해 못 했는데 지금은 잘해요", ["excel"]),  # a lack that ended
        ("코딩 수업 들었는데 이해 못함", []),  # glued
        ("코딩 수업 들었는데 이해 못 한 친구들 도와줬어요", ["programming"]),  # others described (review 192)
        ("코딩 수업 들었는데 이해 못 하는 애들 많았어요 저는 괜찮았어요", ["programming"]),
    ],
)
def test_a_class_taken_with_nothing_understood(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected
