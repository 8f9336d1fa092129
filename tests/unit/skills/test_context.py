"""A line's one short skill word among words that say something else is that word's everyday sense (context.py)."""

from __future__ import annotations

import pytest

from jobsfez.skills.match import context
from jobsfez.skills.match.tokens import words
from jobsfez.skills.matching import Vocabulary, extract
from jobsfez.skills.taxonomy_data import load_shipped_skills

SHIPPED = Vocabulary(load_shipped_skills(), version=1)


def skill_ids(text: str) -> list[str]:
    return [e.skill_id for e in extract(SHIPPED, text).skills]


@pytest.mark.parametrize(
    "text",
    [
        "torch 들고 야간 산책",  # a short English alias among everyday words
        "old sap bucket antique",  # a name typed as the common word
        "캠핑 랜턴 blasting noise",
        "할머니 댁 택배 상자 정리",  # a short Korean alias
        "주말 캠 녹화 방송",
        "치과 검사 예약",
        "수영장 잠수 놀이",
        "크리스마스 트레일러 공개",  # a long Korean loanword is as common as a short one
        "기획사 매니저 사인 받음",  # a trait's noun with the ending of a firm is a noun like any other
        "유연성 스트레칭 매일 아침",
    ],
)
def test_one_short_skill_word_among_everyday_words_maps_to_nothing(text: str) -> None:
    assert skill_ids(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Docker 컨테이너 이미지 배포", ["docker"]),  # words of the work done with it
        ("사내 검사 라인 근무", ["quality-inspection"]),  # where and how it was done: 라인, 근무
        ("선박 블록 도장 작업", ["painting-coating"]),  # words of other skills' names
        ("stevedoring crew at a busy terminal", ["stevedoring"]),  # a long English word names the skill by itself
        ("SCM 직무 교육 수료", ["scm"]),  # an acronym in capitals
        ("정처산기 실기 합격", ["qual-industrial-info-processing"]),  # a certificate written with its grade
        ("꼼꼼하다는 칭찬 자주 들음", ["attention-to-detail"]),  # a trait said by its adjective
        ("간단한 러시아어 인사 가능", ["russian"]),  # a language
        ("택배 상하차 알바 1년", ["loading-unloading"]),  # loading at a parcel hub: the line is about work
        ("KRC4 컨트롤러 서보 튜닝", ["servo"]),  # a code only work writes
        ("스크럼 회의 진행", ["agile"]),  # one other word is a qualifier, not a context
        ("Excel in my last job", ["excel"]),  # a possessive before a word of work: no thing of one's own
        ("Received my forklift license in 2019", ["qual-forklift"]),  # the thing owned is the skill's licence
        ("My strongest skill is Python", ["python"]),  # the writer's own words about a skill
        ("Python in my spare time", ["python"]),
        ("Docker in my home lab", ["docker"]),
        ("1 year on a production line", ["production-line-work"]),  # the English of 생산라인, an alias
        ("스마트궁장 사업 보조 했어요 창원에서", ["smart-factory"]),  # a programme's business (사업) is work
        ("케라쓰 써봤어요 교수님 과제에서", ["keras"]),  # a thing tried (써봤어요) says nothing either way
        ("졸작으로 YOLO 써서 object detection 했어요", ["object-detection"]),  # nor a thing used (써서)
        ("엑셀은 써본 적이 없어요", []),
    ],
)
def test_a_skill_word_said_with_words_of_work_stays_the_skill(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("산책", True),
        ("bucket", True),
        ("근무", False),  # work
        ("배포해", False),  # work, with a verb's ending
        ("물류센터에서", False),  # a compound that begins with a skill's word
        ("LNG", False),  # capitals
        ("4-20mA", False),  # a number
        ("experiance", False),  # filler with a slip
    ],
)
def test_a_stranger_is_a_word_no_skill_line_needs(word: str, expected: bool) -> None:
    assert context.stranger(SHIPPED, words(word)[0]) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("stevedoring", True), ("CUDA", True), ("정처산기", True), ("flask", False), ("AI", False), ("트레일러", False)],
)
def test_a_strong_word_names_its_skill_by_itself(typed: str, expected: bool) -> None:
    assert context.strong(typed) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("토요일 캠 녹화 방송 시청", []),  # the other words outnumber the skill and the words of work
        ("Java Kotlin 주말 스터디 모임", ["java", "kotlin"]),  # skills named together are a list of skills
        ("학과 행사 포스터 포토샵 작업", ["photoshop"]),  # work done with it, right beside it
        ("카페 사장님 대신 엑셀로 재고표 작성", ["excel"]),  # its name with the particle of a means: a tool
        ("용접 주말 알바 구함", ["welding"]),  # words of a job
        ("evaluated hydrogen storage options", ["hydrogen-fuel-cell"]),  # an English verb of work
        ("취미는 바둑과 낚시이고, 엑셀 다룰 줄 압니다.", ["excel"]),  # another clause says nothing of the skill
        ("유튜브 영상 편집 프리미어", []),
    ],
)
def test_the_words_of_a_skills_own_clause_decide(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


def test_a_clause_that_tells_a_story_keeps_its_skill() -> None:
    assert skill_ids("I grew up in Busan and spent two summers welding trailers at my uncle's shop.") == ["welding"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("파이썬 카드 리딩", []),  # two short slips lean on each other; the name left is then alone among them
        ("용졉 취부 가능", ["welding", "fit-up"]),  # one slip beside a skill read as typed is read
        ("캐두", ["autocad"]),
        ("용졉 취뷰 경력", ["welding", "fit-up"]),  # two slips naming related skills of one trade bear each other out
        ("섬반 밀랑", ["lathe-general", "milling-general"]),
    ],
)
def test_two_short_korean_slips_side_by_side_are_not_read(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("용접 잘하는 편", ["welding"]),  # how a profile rates itself, and the bound nouns it is built on
        ("지게차 몰아본 적 있음", ["forklift-operation"]),
        ("엑셀 표 만들기 가능", ["excel"]),
        ("캐드 도면 그리는 거 좋아함", ["autocad"]),
        ("엑셀 피벗 자유자재", ["excel"]),
        ("포토샵 누끼 따기", ["photoshop"]),
        ("ㅎㅎ 용접 ㅋㅋ ㅎㅎ", ["welding"]),
        ("I make Excel charts weekly", ["excel"]),
        ("세무 신고 도와봤음", ["accounting"]),
    ],
)
def test_a_skill_said_with_how_well_it_is_held_stays_the_skill(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "level", "years"),
    [("엑셀 표 만들기 5년", None, 5.0), ("엑셀 표 만들기 잘함", 4, None), ("용접 잘하는 편 5년", None, 5.0)],
)
def test_a_skill_rated_or_counted_in_years_is_held_whatever_the_other_words(
    text: str, level: int | None, years: float | None
) -> None:
    [found] = extract(SHIPPED, text).skills
    assert (found.level, found.years) == (level, years)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OpenCV4", ["opencv"]),
        ("YOLOv8", ["object-detection"]),
        ("operating forklifts in a warehouse", ["forklift-operation"]),
    ],
)
def test_versions_and_english_verbs_of_work(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("선반 주축 오버홀 참여", ["lathe-general"]),  # an overhaul is work done on a machine, as 수리 is
        ("S3 접근 권한 관리", ["aws"]),  # access rights are set at work
        ("프로젝트 팀 내 중재 역할", ["conflict-resolution"]),  # 내 (within, my) is grammar
        ("내 취미는 배낚시", []),
    ],
)
def test_words_of_work_and_grammar_of_the_tenth_pass(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "German beer festival",  # a language's adjective before another thing: a people's or a country's
        "French toast for breakfast",
        "English muffin recipe",
        "Spanish guitar lessons",
        "Chinese takeout every Friday",
        "EDM 음악 페스티벌",  # an acronym before another thing, with no word of work: that thing's name
        "CAD 달러 환율 확인",
        "SPC 빵 좋아함",  # the thing it qualifies, and liking it
        "CS:GO 대회 시청",  # names glued by a colon: a title
        "스페인 자수",  # a language typed as its country's name
        "프랑스 여행 다녀옴",
        "독일 맥주 축제",
        "시차 적응 중",  # a trait's noun under way: an event, not a trait held
    ],
)
def test_a_name_qualifying_another_thing_maps_to_nothing(text: str) -> None:
    assert skill_ids(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japanese technical manuals", ["japanese"]),  # a word of work after it
        ("English customer emails", ["english"]),
        ("AWS 람다 함수", ["aws"]),
        ("일본아 능숙", ["japanese"]),  # a slip of the language's name, with a level
        ("일본 거래처 응대", []),  # the country with words of work: not a language either
        ("꼼꼼하다는 말 많이 들음", ["attention-to-detail"]),  # a trait's adjective qualifies nothing
        ("캐드 도면 그리는 거 좋아함", ["autocad"]),  # liking work
        ("기술:Python", ["python"]),  # a label before a colon
        ("경력:용접 3년", ["welding"]),
        ("negotiate transport contracts", ["negotiation"]),  # a long English word: a verb before its object
        ("신입 교육 중", ["mentoring"]),  # under way, with no word that says something else
        ("English tutor for kids", ["english"]),  # the one who does the work
        ("Japanese translator freelance", ["japanese"]),
        ("SAP consultant freelance", ["sap"]),
        ("CAD drafter Gimhae", ["autocad"]),
        ("MES admin Busan", ["mes"]),
        ("PLC 선생님 대학교", ["plc"]),
        ("English debate club", ["english"]),  # the language's use
        ("영어 유치원 교사", ["english"]),  # a language's Korean name is the language
        ("일본어 동아리 회장", ["japanese"]),
        ("MES 화면 조회", ["mes"]),  # a verbal noun of work ends the line
        ("LOTO 절차 준수", ["loto"]),
        ("CNC 툴 교환", ["cnc-machining"]),
        ("PLC ladder logic", ["plc"]),  # English nouns after an acronym: its technical terms
        ("SQL window functions", ["sql"]),
        ("고객 응대 중", ["customer-service"]),
        ("Welding 3 years at a Korean shipyard", ["welding"]),  # a language's adjective of its country's place
        ("Excel reports for Japanese automakers", ["excel"]),
        ("English emails and Korean documents", ["english", "korean-language"]),  # of the language's use
        ("Git으로 소스 이력 관리", ["git"]),  # the particle of a means typed after a Latin name
        ("Kotlin 코루틴 비동기", ["kotlin"]),  # a tool's name no everyday English says, before Korean terms
        ("Altium으로 4층 기판 설계", ["pcb-design"]),
        ("Azure에 학교 동아리 봇 배포했어요", ["azure"]),  # an everyday English word with a Korean particle glued
        ("Rust에 빠져서 밤새 게임만 했어요", []),  # and no software made: the game
        ("요즘 AI가 일자리 다 뺏는대요", []),  # not initials: the news's
    ],
)
def test_a_strong_name_said_with_work_stays_the_skill(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("군대 가기 전에 동력기계정비기능사 따놨어요", ["qual-power-machinery-maintenance"]),
        ("작년 여름에 바이오화학제품제조기사 최종 합격", ["qual-bio-chemical-engineer"]),
        ("자동차정비산업기사 따고 카센터 들어갔어요", ["qual-auto-maintenance-industrial"]),
        ("건설안전기사 따면 연봉 오른다고 들음", []),  # a condition, not an obtaining
        ("선배가 조선기사 따고 거제로 갔대요", []),  # a senior's, as a relative's would be
        ("이모부가 정처산기 따고 승진하셨대요.", []),
        ("남들은 전기기사 따고 대기업 가던데", []),
        ("ADP 실기까지 통과", ["qual-adp"]),  # the exam's stage, then its pass
        ("산업안전기사 최종 통과 실패", []),  # a pass said, then failed
        ("전기기능사 딴 사람들 어디 취업해요?", []),  # those who got it
        ("용접기능사 따놓으면 좋다던데", []),  # a condition
        ("용접기능사 실기까지 통과하면 좋겠어요", []),
        ("컴활 1급 합격하면 사무직 지원하려고요", []),
        ("용접기능사 따고 특수용접기능사까지 땄어요", ["qual-welding-craftsman", "qual-special-welding-craftsman"]),
    ],
)
def test_a_certificate_and_its_obtaining_qualify_nothing_else(text: str, expected: list[str]) -> None:
    """A certificate before the word of its obtaining is held ("따놨어요", "최종 합격"), not a name qualifying another
    thing; whose it is still decides."""
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("자동차정비기능사 있고 주말마다 카센터 나가요", ["qual-auto-maintenance"]),
        ("1종보통 있어요 봉고도 몰아요", ["license-class1-ordinary"]),
        ("산안기 있어요 자격증 수당 받아요", ["qual-industrial-safety-engineer"]),
        ("포크레인 면허 땄어요 큰아빠가 제일 좋아하셨어요", ["qual-excavator"]),  # the relative after: another sentence
        ("화물운송종사자격 있어요 삼촌이 같이 하자고 하세요", ["qual-cargo-transport"]),
        ("위산기 있어요 여천 화학공장 다니는 형이 따라고 했어요", ["qual-hazmat-industrial"]),
        ("형이 위산기 있어요", []),  # the relative first: the brother's
        ("CAD 관심 있어요 형이 알려준대요", []),  # an interest, not a thing held
        ("다들 한국사 따고 공기업 준비하더라고요", []),  # an obtaining said on to what everyone does
        # a time to come: not yet held
        ("토익 시험 다음 달에 접수했어요", []),
        ("중국어 내년에 시작할 예정", []),
        ("다음 달에 지게차운전기능사 시험 봐요.", []),
        ("다음 달 오픈 물류센터 지게차 운전원 모집", ["forklift-operation"]),  # a posting's date: no study to come
        # now, said before a skill: when, not which kind of it
        ("현재 용접 15년차", ["welding"]),
        ("지금은 엑셀 매일 써요", ["excel"]),
    ],
)
def test_a_certificate_said_held_is_the_writers_whatever_follows(text: str, expected: list[str]) -> None:
    """A certificate said held ("있어요", "있고", "땄어요") is claimed, though the words after it are about other things
    or a relative: a sentence said of the certificate ends there, though no punctuation does."""
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("영어 메뉴판만 있는 카페", []),  # a thing in the language
        ("지하철 중국어 안내 방송", []),
        ("아들 영어 유치원 학비가 너무 비싸요.", []),
        ("영어 유치원 교사 2년", ["english"]),  # the language taught
        ("영어 유치원 교사로 근무 2년", ["english"]),  # its words with their particles
        ("일본어 자막 없이 애니 봐요", ["japanese"]),  # a level said
        ("일본어 안내 방송 통역", ["japanese", "translation-interpretation"]),  # used
        ("중국어 회화 가능", ["chinese"]),
    ],
)
def test_a_korean_language_name_before_a_thing_in_it_is_the_things(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("베란다 선반 추천", []),  # a balcony's shelf
        ("플라스마 TV 처분", []),
        ("Mongolian beef takeout", []),  # a dish
        ("Mongolian interpreter", ["mongolian", "translation-interpretation"]),
        ("I drive an excavator in Minecraft", []),  # a game
        ("아빠 가게에서 엑셀 자주 했어요", ["excel"]),  # a shop where the work was done is no other topic
        ("아버지 철공소에서 산소절단 자주 했어요", ["gas-cutting"]),
        ("철공소에서 스프링 사왔어요", []),  # where a thing was bought
        ("새 폰 출고 지연 문자", []),  # a phone's release
        ("휴대폰 부품 출고 담당 1년", ["inbound-outbound"]),  # parts shipped
        ("Spring rolls at the Bupyeong night market", []),  # a dish
        ("A unity candle at my cousin's wedding", []),
        ("복합가공기 셋업부터 양산까지 맡았어요", ["mill-turn"]),  # 부터 cut off as 까지 is; 셋업, 양산: work
        ("신차 출고가 6개월 밀렸어요.", []),
    ],
)
def test_home_shop_game_and_dish_words_make_a_skills_word_an_everyday_thing(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kafka 컨슈머 구현", ["kafka"]),  # words of making software, with a skill written in code
        ("Kafka 프로듀서 구현", ["kafka"]),
        ("파이썬 사육 앱 백업", []),  # a pet python's app: 앱 and 백업 are no words of making software
        ("React hooks and state management", ["react"]),
        ("캠핑카 배터리 커스터마이징", []),  # with any other skill they say nothing
        ("깃 브랜치 전략 수립 (git flow)", ["git"]),  # words only software says are no other thing (review 188)
        ("리눅스 cron 잡 관리", ["linux"]),
        ("Spring 배치로 정산 작업 개발", ["spring"]),  # a framework's part right after its name
        ("ETL 배치 짜봄", ["data-engineering"]),
        ("스프링 침대 배치 설계", []),  # elsewhere, a bed's layout
        ("Node on the tree branch", []),  # a tree's branch
        ("엑셀 가계부 커스터마이징", []),  # 커스터마이징 is said of a budget too
    ],
)
def test_words_of_making_software_are_work_beside_a_skill_written_in_code(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ㆍ자료구조/알고리즘 기본기 필수", ["algorithms"]),  # a posting's bullet requires it
        ("[필수] LOTO 절차 숙지자", ["loto"]),
        ("⑦ 필수: 위험물산업기사 (선임 가능자)", ["qual-hazmat-industrial"]),  # a field of what it asks, any bullet
        ("■ 자격요건: 용접 가능하신 분 (초보 불가)", ["welding"]),
        ("도장 지참 필수", []),  # no bullet: a seal to bring
        ("• 다트 핀 사기", []),  # a note's bullet, not a posting's
        ("근무 형태: 주야 맞교대", []),  # the job's hours, a field of its conditions
        ("⁅3⁆ 근무: 3조 2교대, 통근버스 운행", []),
        ("필수: 2교대 근무 가능자", ["shift-work"]),  # whom it wants
        ("근무 경험: 편의점 고객 응대 2년", ["customer-service"]),  # the seeker's own field, no conditions
        ("근무 중에 고객 응대 많이 했어요", ["customer-service"]),  # no label before a colon
        ("근무: 2교대 경험자 우대", ["shift-work"]),
        ("[근로조건] 주야 2교대, 4대보험", []),
        ("엑셀 밟는 법 숙지자", []),
    ],
)
def test_a_postings_requirement_is_no_everyday_line(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("필요 역량: 엑셀", ["excel"]),  # the abilities it needs, spaced or not
        ("필요역량: 엑셀", ["excel"]),
        ("필수 역량: 지게차", ["forklift-operation"]),
        ("핵심 역량: 용접", ["welding"]),
        ("요구 역량: 꼼꼼함", ["attention-to-detail"]),
        ("담당: 시트 프레임 용접", ["welding"]),  # the work it gives
        ("주요 업무: 용접", ["welding"]),
        ("담당업무가 너무 많아서 힘들다", []),  # no colon: a complaint
        ("취미: 레고 조립", []),  # a field of the writer's pastime
    ],
)
def test_a_postings_field_of_abilities_or_work_asks_for_its_one_skill(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("컴퓨터응용밀링기능사 두 번째 도전에 붙었어요", ["qual-cnc-milling-craftsman"]),  # obtained, said later
        ("정보처리산업기사는 전문대 졸업 직전에 땄습니다", ["qual-industrial-info-processing"]),
        ("동력기계정비기능사 따서 배 기관실 쪽으로 가려고요", ["qual-power-machinery-maintenance"]),  # then a plan
        ("유통관리사 2급 따서 마트 본사 쪽 지원하려고요", ["qual-distribution-manager"]),  # then work applied for
        (
            "컨테이너크레인운전기능사 취득 후 신항 쪽 일자리 알아보는 중",
            ["qual-container-crane"],
        ),  # then work looked for
        ("용접기능사 따서 조선소 쪽 지원하고 싶어요", []),  # a wish
        ("유통관리사 준비해서 마트 쪽 지원하려고요", []),  # no pass said
        ("유통관리사 2급 공부해서 마트 본사 쪽 지원하려고요", []),  # studied, not passed
        ("형이 유통관리사 따서 마트 쪽 지원한대요", []),  # another's
        ("품경산기 들고 2차 벤더 입사했어요", ["qual-quality-management-industrial"]),  # in hand
        ("컴활 땄을 때 엄마가 용돈 줬어요", ["qual-computer-literacy"]),
        ("지게차 자격증 따서 취업할 생각", []),  # to come
        ("전산응용기계제도기능샤 공고 2학년 때 땀", ["qual-cad-drafting-craftsman"]),  # 땄음 said short, last
        ("고등학교 동창이 용접기능사 땀", []),  # another's
        ("고등학교 딸 컴활 2급 땀", []),
        ("사촌동생 용접기능사 따서 취업했대요", []),  # a compound kin, hearsay
        ("용접기능사 실기장 에어컨 고장나서 다들 땀", []),  # sweat
        ("용접기능사 합격 기원", []),  # a pass as a noun, hoped for
        ("전기기능사 취득하려면 얼마나 걸려요", []),
    ],
)
def test_a_certificate_said_obtained_in_its_clause_is_held_whatever_the_story(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crane operator on the building site next door waves at my kids every morning.", []),  # a story
        ("A backhoe tore up our street.", []),
        ("The HVAC in our office is freezing", []),
        ("A friend of mine and I ran a small welding shop for 3 years", ["welding"]),  # the writer in it
        ("The company's welding team lead", ["welding", "leadership"]),  # a thing's owner
        ("A year of NDT on bridge girders", ["ndt"]),  # a time
        ("An NDT firm seeking UT technicians", ["ndt", "ndt-ut"]),  # a posting
        ("The role involves TIG welding and grinding", ["welding-tig", "grinding"]),
        ("The project used Python and Django", ["python", "django"]),
        ("an agile and proactive team player", ["self-motivation", "teamwork"]),  # the writer described
        ("A strong Python developer", ["python"]),  # a summary says nothing happened
        ("A solid grasp of SQL and Python", ["sql", "python"]),
        ("The ideal applicant knows Excel and SAP", ["excel", "sap"]),  # a posting's
        ("The spring in my office chair snapped.", []),  # a past
        ("A skilled welder, TIG and MIG", ["welding-tig", "welding-mig"]),  # a past right after the article
        ("A junior data analyst, trained in Python and SQL", ["data-analysis", "python", "sql"]),  # after a comma
        ("A TIG welder is needed at a Noksan plant", ["welding-tig"]),  # a posting's need
    ],
)
def test_an_english_sentence_begun_with_an_article_tells_of_others(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("인턴 때 파이토치 썼어요", ["pytorch"]),  # a tool used in a time of work
        ("알바 때 엑셀 썼어요", ["excel"]),
        ("보온 도시락 썼어요", []),  # a thermos lunchbox
        ("현장실습 때 솔리드웍스 썼음", ["solidworks"]),
        ("대학교 때 오토캐드 썼어요", ["autocad"]),
        ("알바할 때 엑셀 썼어요", ["excel"]),
        ("이사할 때 크레인 썼어요", []),  # a time of everyday life
        ("동생이 알바 때 엑셀 썼어요", []),  # a relative's
        ("사촌누나 수출 회사에서 인보이스랑 패킹리스트 작성 도왔어요", ["trade-documentation"]),  # a packing list
    ],
)
def test_a_tool_used_when_at_work_is_held(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("사물인터넷 화분 만들어서 과학 축제에 냈어요", ["iot"]),  # a long Korean name coined for code
        ("마이크로서비스 구조로 바꾸는 프로젝트 참여", ["microservices"]),
        ("화학 시간에 플라스크 깨뜨림", []),  # four syllables: an everyday word too
        ("TV 음성인식 리모컨 고장", []),
        ("잠수산업기가 자격증 수첩 받음", ["qual-diving-industrial"]),  # a certificate's long name, with a slip
        ("지게차자격증 있었으면 이 일 바로 했을텐데", []),  # had, against what was: not held
    ],
)
def test_a_long_korean_name_of_code_is_no_everyday_word(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MOS 합격증은 할머니가 액자에 넣어 거실에 걸어 두셨어요", ["qual-mos"]),  # obtained, then a relative's doing
        ("전기공사기사 따고 나니 이모부가 자기 회사로 오라고 하심", ["qual-electrical-construction-engineer"]),
        ("형은 전기기사 따고 한전 다녀요", []),  # the relative before it: the brother's
        ("동기들은 다 용접기능사 땄는데 저만 없어요", []),  # others named before it
        ("정처기 합격 못 했는데 엄마가 위로해줌", []),  # negated, whoever follows
        ("정처기 합격 기원 엄마가 떡 사주심", []),  # a wish
        ("자동차정비산업기사 취득일 2024년 6월, 사진은 폰 배경화면", ["qual-auto-maintenance-industrial"]),  # its day
        ("용접기능사 취득함 아버지가 용접 일 소개해주심", ["qual-welding-craftsman"]),  # obtained in its own words
    ],
)
def test_a_certificate_said_obtained_is_the_writers_whoever_the_clause_tells_of_next(
    text: str, expected: list[str]
) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My cousin's mentoring program matched her with a pilot.", []),  # the relative's thing, told of
        ("Dad's troubleshooting method: unplug it and wait.", []),
        ("The pastor's PPT had a typo in every slide.", []),  # someone named with "the"
        ("The team's SQL queries: tuned 40 of them", ["sql"]),  # a team's: the writer's work on them
        ("My aunt's forwarding office needed help, so I booked sea freight for her", ["freight-forwarding"]),  # I
        ("My brother's warehouse: forklift operation, 3 years", ["forklift-operation"]),  # the place, then the work
        ("Dad's welding shop — welded trailers there for 3 yrs", ["welding"]),  # a note's dash: the work follows
    ],
)
def test_a_relatives_thing_a_line_tells_of_is_theirs(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vietnamese pho for the hangover", []),  # a country's dish
        ("Filipino mango chips", []),
        ("Chinese restaurant server, spoke Chinese with guests", ["chinese"]),  # the language said again, used
    ],
)
def test_a_languages_adjective_before_a_food_is_the_countrys_dish(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("알고리증 문제 500개 풀었어요", ["algorithms"]),  # a count says nothing else of the line
        ("스크럼으로 2주 스프린트 돌려봄", ["agile"]),
        ("버선 3켤레 구매", []),  # a counter of everyday things says what was bought
        ("지게차 기사 모집 (주5일)", ["forklift-operation"]),  # whom a posting seeks; 일 of 주5일 is days
        ("중고 지게차 구합니다", []),  # a thing wanted
    ],
)
def test_a_quantity_after_digits_is_no_other_thing_the_line_tells_of(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


def test_a_pets_thing_a_line_tells_of_is_the_pets() -> None:
    assert skill_ids("My cat's flexibility is unreal.") == []
    assert skill_ids("My dog's Python script feeds him at 7am, wrote it myself") == ["python"]  # the writer's


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("지게차로 짐 옮겼어요", ["forklift-operation"]),  # a machine with 로 and a load moved: used
        ("마트에서 핸드카로 박스 옮겼어요", ["pallet-jack"]),
        ("캐드로 가게 배치도 그려봤어요", ["autocad"]),  # the means, not a kind of what follows
        ("캐드로 그려달라고 외주 맡김", []),  # asked of others
        ("반장님이 핸드카로 박스 날랐어요", []),  # moved by someone else
        ("지게차로 옮겨야 할 짐 목록 정리함", []),  # still to move
    ],
)
def test_pass_36_a_name_with_its_particle_of_means(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The landlord sent a swift reply about the broken boiler", []),  # an everyday word in small letters
        ("Our old gate is covered in rust after the rainy season", []),
        ("The kids watched a python swallow an egg at the zoo", []),
        ("The Python scripts I wrote for the lab saved two hours a day", ["python"]),  # a name capitalised
        ("Worked the night shift with python scripts for the lab", ["shift-work", "python"]),  # work said
        ("Saving up money while working as a forklift operator", ["forklift-operation"]),
        ("Three winters on a forklift loading frozen squid in Gamcheon", ["forklift-operation"]),  # how long
        ("Handles the marketing for a small bakery chain near Seomyeon", ["marketing"]),  # a verb of doing first
        ("The best part of my shift is driving the reach stacker", ["reach-stacker"]),  # the writer's own time
        ("The spring in my office chair snapped", []),
        ("A coworker on my shift crashed the forklift into the racks", []),  # another's doing on the shift
        ("원하는 색 재고 떨어져서 품절", []),  # a shop's stock
        ("재고 떨어져서 품절됨", []),
        ("나도 포샵 좀 다룸", ["photoshop"]),  # the writer named is no stranger word
    ],
)
def test_pass_36_everyday_words_said_in_passing(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She didn't say a word about it", []),  # a word, counted: no software
        ("He never said one word in the meeting", []),
        ("Wrote a word of thanks to my teacher", []),
        ("Typed a word doc for the report", ["ms-word"]),  # said with what it makes
        ("I need a python for data work", ["python"]),  # not a noun of what: unchanged
    ],
)
def test_pass_37_a_thing_counted_is_no_name(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("스터드 귀걸이 한 짝을 해운대 모래에 묻음", []),  # an earring
        ("알고리즘이 추천한 노래가 하필 아빠 18번", []),  # a feed's pick
        ("박물관 기념품 플라즈마 볼 조명이 아직 책상 위에", []),  # a souvenir lamp
        ("The Java sparrows at the shop were singing all day", []),
        ("Bears hibernate in caves", []),  # the verb
        ("스터드 용접 2년", ["welding-stud"]),
        ("알고리즘 문제 풀이 스터디 1년", ["algorithms"]),
        ("Hibernate ORM for the billing service", ["jpa"]),
    ],
)
def test_pass_37_everyday_things_of_dev_halves(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I set up a jenkins on the team's build box", ["ci-cd"]),  # a tool run somewhere, not a thing counted
        ("Put a redis in front of the API", ["redis"]),
        ("I had a spring in my step all week", []),  # in one's own: a thing counted
        ("I gave it a go at the Ulsan yard as a fitter", ["fit-up"]),  # a try
    ],
)
def test_pass_37_review_118_a_tool_run_somewhere_is_no_thing_counted(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("머신러닌 프로젝트 세 개 해 봤어요", ["machine-learning"]),  # a long name with a slip: no everyday word
        ("사촌이랑 감천 수리조선소에서 블라스딩 했어요", ["blasting"]),
        ("코스트코 고기 소분해서 냉동실에 넣음", []),  # a word of the language, inflected: everyday still
    ],
)
def test_pass_37_a_long_name_with_a_slip_is_no_everyday_word(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("조카가 레고 테크닉 포크래인 조립했어요", []),  # a toy machine with a slip: no long name's slip
        ("영화 트래일러 보고 바로 예매했어요", []),
    ],
)
def test_pass_37_review_122_a_machine_slipped_in_a_sentence_is_everyday(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("카티야로 도어 트림 설계했어요", ["catia"]),  # a tool with its particle of means and a thing designed
        ("포샵으로 사진 편집해요", ["photoshop"]),  # ... a thing edited or printed
        ("3D프린터로 시제품 출력했어요", ["3d-printing"]),
        ("사이킷련으로 불량 분류 모델 돌려 봤어요", ["scikit-learn"]),  # ... a model run
    ],
)
def test_a_tool_slipped_with_its_particle_of_means_and_a_thing_designed_or_run_is_held(
    text: str, expected: list[str]
) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("주물 부품 연삭 2년", ["grinding"]),  # the cast parts ground: the thing, then the work done on it
        ("도금 제품 포장 1년", ["picking-packing"]),
        ("알루미늄 다이캐스팅 부품 외관 검사 2년", ["quality-inspection"]),
        ("3차원 측정기로 부품 측정했어요", ["cmm", "precision-measurement"]),  # a means, not the thing
        ("주조하고 보링도 했어요", ["casting", "boring"]),  # both done
        ("교량 용접 2년", ["welding"]),  # a thing of the floor the work is done on, no other kind of welding
        ("브라켓 도장 6개월", ["painting-coating"]),
        ("출하 전 제품 검사 담당", ["quality-inspection"]),  # the product inspected, not some other kind of 검사
        ("라벨 검사 1년", ["quality-inspection"]),
        ("담당: 감속기 조립", ["mechanical-assembly"]),  # a machine's part assembled
        ("업무: 브레이크 패드 검사", ["quality-inspection"]),
        ("굴착기 버킷 용접 수리 2년", ["welding"]),  # the machine's bucket welded
        ("보일러 설치 2년", []),  # the boiler installed: no 에너지관리기능사 cut short
        ("조선소 도장부 1년", ["ship-painting"]),  # a shipyard's painting is a ship's
        ("진해 협력사에 배관 2년", ["piping"]),  # where, said with 에 as with 에서
        ("삼촌이 조선소에 용접 다니세요", []),  # a relative's
        ("조선소 도장 2년 경력", ["ship-painting"]),
    ],
)
def test_a_skill_named_before_a_made_thing_and_the_work_on_it_is_the_thing(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("전기기사 시험 일정 아시는 분?", []),  # an exam asked after, none held
        ("When is the registration deadline for 전기기사?", []),
        ("정처기 있는데 지원 가능한가요?", ["qual-engineer-info-processing"]),  # held, another thing asked
        ("오픽 IM2 받았는데 면접 때 말해도 되죠?", ["opic"]),
    ],
)
def test_a_question_whose_only_skills_are_certificates_none_held_asks_after_exams(
    text: str, expected: list[str]
) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("용접 해 봤어요", ["welding"]),  # tried, typed apart as often as glued
        ("객체탐지 모델 돌려 봤어요", ["object-detection"]),
        ("CAD 배워 봤어요", ["autocad"]),
        ("오실로스코프 쓰는 건 익숙해요", ["test-equipment"]),  # familiar: an ability
        ("용접은 손에 익었어요", ["welding"]),  # at ease with it
        ("오실로스코프 쓰는 건 편해요", ["test-equipment"]),
        ("용접 해 보았습니다", ["welding"]),
        ("용접은 TV에서만 봤어요.", []),  # seen, not tried
        ("파이썬은 조금 하는데 자바는 배운 적 없어요", ["python"]),  # never learned: denied
    ],
)
def test_trying_typed_apart_says_the_skill_was_tried(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I watched a documentary about Kafka last night. I studied Russian at Busan University of Foreign Studies.",
            ["russian"],
        ),  # the news's sentence, and one of the writer's own
        ("I read an article about Python", []),
        ("뉴스 보니까 크레인 기사들 파업, 나는 용접 3년", ["welding"]),
    ],
)
def test_pass_40_the_news_is_read_of_its_own_sentence(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elasticsearch cluster care for a news site", ["elasticsearch"]),  # the site the work is for: no news told
        ("Elasticsarch cluster care for a news site", ["elasticsearch"]),
        ("A news app in Flutter for a startup", ["flutter"]),
        ("Saw on a news site that Kafka is hard", []),  # controls: the site the news was read on
        ("I read a news article about Python", []),
    ],
)
def test_issue_16_a_news_site_built_or_run_is_the_works_client(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Welded brackets for a crane maker", ["welding"]),  # the firm of another trade: where, a word of work
        ("Welded brackets", ["welding"]),
        ("Welded small brackets and frames.", ["welding"]),  # the things welded: what the work was done on
        ("I can solder small boards.", ["soldering"]),
        ("Picks the kids up at 3", []),  # no trade's bench: the kids are no things worked on
        ("Cast aluminium parts in a sand foundry", ["casting"]),  # the skill's own verb said beside its word
        ("Casting director's assistant at a film company", ["casting"]),  # unchanged, though wrong (issue 16)
        ("My bike chain is covered in rust after the typhoon", []),
    ],
)
def test_a_firm_of_a_trade_or_the_skills_own_verb_is_work_not_everyday_words(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("해킹 대회 입상 경력", ["penetration-testing"]),  # a contest entered, named by its skill
        ("해킹 대회 본선 진출", ["penetration-testing"]),
        ("기능경기대회 용접 직종 금메달", ["welding"]),
        ("용접 대회 구경 갔어요", []),  # watched, not entered
        ("다트 대회 나갔어요", []),  # a game's contest
        ("young inventor contest 참가", []),
    ],
)
def test_a_contest_entered_is_named_by_the_writers_skill(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Welded excavator buckets for two years", ["welding"]),  # the machine's parts: what the welding was done on
        ("Machined forklift parts on a CNC lathe", ["cnc-lathe"]),
        ("Repaired crane parts by welding them", ["welding"]),
        ("Welded forklift attachments", ["welding"]),
        ("포크레인 버킷 용접했어요", ["welding"]),  # a machine's bucket, then the work done on it
        ("지게차 부속 용접했어요", ["welding"]),
        ("Ran an excavator for two years on a site", ["excavator"]),  # the machine alone: driven
        ("Loaded trucks and drove the forklift", ["forklift-operation"]),
        ("Excavator operator, 3 years", ["excavator"]),
        ("굴착기 운전 2년", ["excavator"]),
        ("Sourced parts from Chinese suppliers", ["purchasing"]),  # a logistics skill, no machine
    ],
)
def test_a_machines_parts_worked_on_are_no_driving_of_the_machine(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("고등학교 때 학생회 의장을 맡았어요. 지금은 물류센터에서 지게차 운전합니다.", ["forklift-operation"]),
        ("도장 찍을 서류가 많은 총무팀에 있었어요. 엑셀로 비품 관리를 했습니다.", ["excel"]),
        ("고등학교 때 학생회 의장을 맡았어요.", []),  # the everyday sentence alone
        ("조선소에서 의장 파트를 맡았어요. 여름엔 블록 안이 찜통이었어요.", ["outfitting"]),  # the writer's trade
        ("체력 하나는 자신 있습니다. 택배 상하차 1년 했어요.", ["physical-stamina", "loading-unloading"]),
        ("울산 플랜트에서 계장 일을 6년 했습니다. DCS 화면도 볼 줄 압니다.", ["instrumentation", "dcs"]),  # related
        ("Failed the forklift practical test. Now I'm a delivery driver", ["delivery"]),  # the writer as subject
    ],
)
def test_an_everyday_word_in_one_sentence_is_not_let_through_by_anothers_skill(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("조카가 그린 공룡 그림 보니까 창의력이 남다르더라고요", []),  # a relative the subject
        ("우리 집 고양이랑 소통이 점점 잘 되는 느낌이에요", []),  # a pet the writer's company
        ("Communication with my cat has improved, she meows back now.", []),
        ("우리 강아지 두 마리 팀워크가 간식 훔칠 때만 좋아요", []),  # a pet bare after 우리
        ("김장할 때 동네 이웃들 협동이 대단했어요", []),  # the neighbours
        ("My cat is very proactive about waking me up at 5am.", []),
        ("저는 팀원들과 소통하며 일하는 걸 좋아합니다", ["communication"]),  # colleagues: the writer's at work
        ("체력에 자신 있고 야간근무 가능합니다", ["physical-stamina", "shift-work"]),
        ("엄마가 미용실 하셔서 제가 SNS마케팅 해드렸어요", ["marketing"]),  # the writer a subject too
        ("My mother and I both do bookkeeping", ["accounting"]),
        ("부모님이 식당 하셔서 손님 응대는 어릴 때부터 했어요", ["customer-service"]),  # after the relative's verb
        ("베트남 사람 남편이랑 살면서 다문화 이해는 자연스럽게 됐어요", ["cross-cultural"]),
    ],
)
def test_a_trait_of_a_pet_or_a_relative_or_with_them_is_no_skill(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("이사 와서 아직 새 동네에 적응 중이에요", []),  # under way, with its copula
        ("요즘 체력이 너무 떨어져서 계단도 힘들어요", []),  # waning
        ("새로운 환경에 빨리 적응하는 게 장점입니다", ["adaptability"]),  # a trait held
        ("체력 하나는 자신 있습니다", ["physical-stamina"]),
    ],
)
def test_a_trait_under_way_or_waning_is_a_passing_state(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My cat's name is Java because she's the colour of coffee", []),  # a pet's name
        ("My python's name is Mongi and he eats mice", []),
        ('The word "press" reminds me of my school newspaper days', []),  # a word mentioned, and the noun before it
        ('I learned the word "stevedore" from a crossword puzzle last week.', []),
        ("My dog's name is Python and I code in Java every day", ["java"]),  # the name alone given
        ("Used a tool named Jenkins for CI", ["ci-cd"]),  # a tool's name
        ("Word and Excel for reports, 3 years", ["ms-word", "excel"]),
        ("강아지 이름은 자바예요", []),  # a Korean name: its noun a topic, the name with its copula
        ("고양이 이름을 파이썬으로 지었어요", []),  # or a verb of naming after it
        ("My cat's name's Java", []),
        ("고객 이름 엑셀로 정리하는 업무 1년 했어요", ["excel"]),  # names as a column, worked on in the program
        ("셀 이름 VBA로 바꾸는 매크로 만들었어요", ["excel-vba"]),
        ("Customer names Excel sheet updated daily by me", ["excel"]),  # "names", a list's noun
        ('Word "advanced", Excel "intermediate"', ["ms-word", "excel"]),  # a grade quoted after Word
        ("Word '중급', Excel '상급'", ["ms-word", "excel"]),
    ],
)
def test_a_skills_word_given_as_a_name_or_mentioned_as_a_word_is_no_skill(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vitamin C gummies are the only vitamins I remember to take", []),  # a letter of a vitamin
        ("Class C license for driving", []),
        ("I got a C in philosophy and framed it anyway", []),  # a grade: its article, a preposition after
        ("I scored a C on the midterm", []),
        ("I got an A in C programming", ["c-lang"]),  # the language the grade was in
        ("I wrote a C compiler for a class project", ["c-lang"]),  # the language's thing after it
        ("a C programmer with 3 years", ["c-lang"]),
        ("I got a C and a B this term", []),  # grades listed
        ("I worked at Gate C of the container terminal", []),  # a site's gate
        ("I'm a C and C++ developer", ["c-lang", "cpp"]),  # languages listed
        ("I have a C and Java background", ["c-lang", "java"]),
        ("I type C code every day at work", ["c-lang"]),  # a lettered noun, a word of programming after
        ("In 11th grade C was my first language, I still use it", ["c-lang"]),
        ("Our plan: C for the firmware, Python for the tools, and I wrote both", ["c-lang", "firmware", "python"]),
        ("Got a C in C programming but now I write C daily", ["c-lang"]),  # the grade's letter alone is a grade
    ],
)
def test_a_capital_letter_of_a_vitamin_a_class_or_a_grade_is_no_language(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spotted: a grandma selling spring greens on a blanket outside Dongnae market", []),  # a thing seen
        ("Noticed some rust on the gate of our building on the way home", []),
        ("Welded small brackets and frames at my uncle's shop every weekend", ["welding"]),  # the writer's work
        (  # seen, then done
            "Noticed stock counts were off and redid the inventory on Saturday before the audit",
            ["inventory-management"],
        ),
    ],
)
def test_a_thing_spotted_or_noticed_first_in_a_sentence_is_seen_not_worked(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("협동로봇 셀 구축했어요", ["cobot"]),  # a robot's cell built: work, as a line is
        ("용접 셀 구축했어요", ["welding"]),
        ("UR10 팔레타이징 셀 세팅", ["cobot"]),
        ("협동로봇 라인 구축했어요", ["cobot"]),  # controls: a line, already work
        ("엑셀 셀 병합 잘해요", ["excel"]),
        ("셀카 잘 찍어요", []),
    ],
)
def test_a_work_cell_built_or_run_is_work_as_a_line_is(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected
