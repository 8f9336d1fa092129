"""Short forms a Korean HR reader knows and English phrases of work, as the taxonomy lists them (issue 16, the tenth
pass): clippings of a field's words, certificates' short names, machines' and methods' initials, software's short
forms; and that an everyday sense of the same letters stays unread."""

from __future__ import annotations

import pytest

from jobsfez.skills.matching import Vocabulary, extract
from jobsfez.skills.taxonomy_data import load_shipped_skills

SHIPPED = Vocabulary(load_shipped_skills(), version=1)


def skill_ids(text: str) -> list[str]:
    return [e.skill_id for e in extract(SHIPPED, text).skills]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a field's words clipped to a syllable each
        ("자동차 부품사 품보 담당", ["quality-assurance"]),
        ("품관 3년차", ["quality-control"]),
        ("데분 직무 2년", ["data-analysis"]),
        ("해외영업 경력 2년", ["sales"]),
        ("총무 업무 5년", ["office-admin"]),
        ("부자재 발주 담당", ["purchasing"]),
        ("메인엔진 피스톤 교체", ["marine-engine"]),
        ("전산회계 2급 보유", ["accounting"]),  # a certificate the taxonomy lacks names its field
        ("연말정산 및 4대보험 신고", ["accounting"]),
        ("안드 네이티브 앱", ["android"]),
        ("Warehose manager at a Gimhae furniture depot", ["warehouse-management"]),  # who does the work, as the work
        ("Cargo container repair, welding", ["welding"]),  # a container is no one who contains: no containment
        ("초탐 2년 했어요 거제 협력사", ["ndt-ut"]),  # the yards' short forms: 초음파탐상, 스테인리스, 조선산업기사
        ("스뎅 용접 2년", ["welding-stainless"]),
        ("조산기 있어서 일 그만뒀어요", []),  # signs of an early birth, not 조선산업기사
        ("SQL+엑셀 다룰 줄 알아요", ["sql", "excel"]),  # a plus after a longer word joins the next ("C++로" keeps it)
        ("C++로 테트리스 만들었어요", ["cpp"]),
        ("Requirement: hands-on work at height with harnesses", ["work-at-height"]),
        # certificates by their short names
        ("Toyota forklift, 3 years", ["forklift-operation"]),  # no alias makes forklift a word of two skills' names
        ("보안기사 취득", ["qual-info-security-engineer"]),
        ("소설기 필기 실기 합격", ["qual-fire-equipment-engineer"]),  # the written part alone is no certificate
        ("건안기 보유", ["qual-construction-safety-engineer"]),
        ("2기사 승선 경력", ["qual-marine-officer", "seafarer"]),
        ("굴삭기면허 있음", ["qual-excavator"]),
        ("방사선기능사 취득", ["qual-rt-ndt-craftsman"]),
        ("컨크 기능사 있어요 신항 면접 봤어요", ["qual-container-crane"]),
        # 토스 is TOEIC Speaking with its score or grade, or alone; the payments app or a volleyball pass otherwise
        ("토스 IH 받았어요", ["toeic-speaking"]),
        ("토스 150점", ["toeic-speaking"]),
        ("토익, 토스", ["toeic", "toeic-speaking"]),
        ("토스로 월세를 보냈어요.", []),
        ("배구 토스 연습했어요", []),
        ("토스 포인트 200 받았어요", []),  # a number not said as its score
        ("토스 레벨6 있어요", ["toeic-speaking"]),
        ("토스랑 오픽 둘 다 IM2", ["toeic-speaking", "opic"]),  # beside another test
        ("공냉 기능사 있어요 여름마다 바빠요", ["qual-refrigeration-craftsman"]),
        ("I hold the crane operation craftsman licence.", ["qual-crane"]),  # a certificate's English name, turned
        ("Naval architecture engineer licence, passed at 24", ["qual-shipbuilding-engineer"]),
        ("I passed the information security engineer exam", ["qual-info-security-engineer"]),
        ("I work as a quality management engineer", []),  # an engineer of a field is a job: no licence said
        # ... an industrial engineer of a field is the grade only ("산업기사"): no job is called so
        ("Machinery Maintenance Industrial Engineer, licensed in 2024", ["qual-machine-maintenance-industrial"]),
        ("I passed the Fire Safety Manager exam, grade 2", ["qual-fire-safety-manager"]),  # its name: … Certificate
        ("GQL 스키마 짜봤어요 인턴 때", ["graphql"]),
        ("S&OP 담당 1년 했어요 화장품 회사", ["demand-planning"]),
        # a framework's everyday word in capitals, where software is made: Express.js, not an express bus
        ("Node.js와 Express로 채팅 서버 구현", ["nodejs", "express"]),
        ("Express 미들웨어 작성", ["express"]),
        ("Express bus to Busan takes four hours", []),
        ("I worked as a server at a cafe near Express Bus Terminal", []),  # a waiter
        ("Express 미들웨어로 로그인 인증 처리", ["express"]),
        ("지게차기능사 굴착기기능사 둘 다 있음", ["qual-forklift", "qual-excavator"]),
        ("I did general office admin for two years at a construction firm", ["office-admin"]),
        ("Ask the office admin for the key", []),  # a person
        ("3DP 출력 알바 했어요 메이커스페이스에서", ["3d-printing"]),
        ("ㆍLNG 연료공급시스템 이해자 우대", ["lng-fuel-system"]),
        # machines, methods and a shop's words
        ("VMC 셋업 및 가공", ["mct"]),
        ("NC 프로그램 수정", ["g-code"]),  # an NC program is G-code: two writers of labelled sets read it so
        ("HPDC 금형 교체", ["die-casting", "mold-making"]),
        ("배관 PWHT 관리", ["piping", "heat-treatment"]),
        ("TOFD 판독", ["ndt-ut"]),
        ("빠우 광택 작업", ["polishing"]),
        ("알곤 3년", ["welding-tig"]),
        ("TPM 활동", ["machine-maintenance"]),
        ("GHS 라벨 부착", ["hazmat"]),
        ("XGI 래더 작성", ["ls-plc"]),  # a broader skill's word of work after a related tool: the tool's work
        ("화낙 로봇 티칭 경험", ["robot-fanuc"]),
        ("Good at Tableau dashboards", ["tableau"]),
        ("VCB 교체 작업", ["high-voltage"]),
        ("VRF 실외기 설치", ["hvac"]),
        ("Q/T 소재 열처리", ["heat-treatment"]),  # letters one by one are initials, not a product's name (Qt)
        ("Q/C 담당", ["quality-control"]),
        # logistics and trade
        ("F/L 상하차", ["forklift-operation", "loading-unloading"]),
        ("DGR 교육 이수", ["dangerous-goods"]),
        ("EXW 조건 견적", ["incoterms"]),
        ("C/O 신청", ["trade-documentation"]),
        # software
        ("Obj-C 레거시 앱", ["ios-swift"]),
        ("OA 활용 능숙", ["ms-office"]),
        ("ESXi 호스트 관리", ["virtualization"]),
        ("방화벽 정책 관리", ["cybersecurity"]),
        ("VLAN 설계", ["network-admin"]),
        # initials of a field's systems and papers (issue 16, pass 34)
        ("BWMS 시운전 1년", ["ballast-water"]),
        ("AWB 발행 업무", ["trade-documentation"]),
        ("NER 모델 만드는 일 1년", ["nlp"]),
        ("SOC 관제 1년", ["cybersecurity"]),
        ("HALT 시험 담당", ["reliability-testing"]),
        ("출검 1년 했어요", ["quality-inspection"]),
        # soft skills said by a Korean verb or a role
        ("신입 5명을 이끌며 라인 운영", ["leadership"]),
        ("조립라인 반장 3년", ["leadership"]),  # the line says where: a foreman leads it
        ("시키지 않아도 알아서 함", ["self-motivation"]),
        # languages by their own names
        ("日本語 メール 対応", ["japanese"]),
        ("汉语 口语 流利", ["chinese"]),
        ("日本語能力試験 N1", ["jlpt"]),
        # English phrases
        ("strong public speaking skills", ["presentation"]),
        ("commercial diver", ["commercial-diving"]),
        ("production scheduling for two lines", ["production-planning"]),
        ("able to work in a team", ["teamwork"]),
        ("a self-starter", ["self-motivation"]),
        ("BE 개발자 (Spring)", ["backend-development", "spring"]),  # BE only before 개발: alone it is English's "be"
        ("주야간 근무 가능", ["shift-work"]),
        ("Managed a team of 9 fitters", ["leadership"]),  # the verb's noun: team management
        ("Did root cause analysis on field returns", ["problem-solving"]),
        ("Loaded and unloaded containers", ["loading-unloading"]),
        ("strong interpersonal skills", ["communication"]),
    ],
)
def test_short_forms_and_phrases_name_their_skills(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "스캔 해상도 300 DPI",  # dots per inch, not a dye penetrant
        "자동차 스마트키 FOB 분실",  # a key fob, not a term of trade
        "하이트 맥주 좋아함",  # a beer, not a height gauge
        "보안관 영화 봄",  # a sheriff, not a security watch
        "법인카드 분실 신고",
        "협력 업체 선정",  # a supplier: 협력 alone is no teamwork
        "be honest with customers",
        "hardworking and honest",  # adjectives of effort and character, which people do not list as skills
        "부가세 포함 가격",  # VAT in a price, not its return
        "팀장님께 보고 드림",  # a manager spoken to, not a team led
        "기영이랑 밥 먹음",  # 해영 and 기영 (해외영업, 기술영업) are given names too: not aliases
    ],
)
def test_everyday_senses_of_short_forms_name_nothing(text: str) -> None:
    assert skill_ids(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chinses", ["chinese"]),
        ("Japanses, conversational", ["japanese"]),
        ("Vietnamses interpreter", ["vietnamese", "translation-interpretation"]),
        ("Online courses", []),  # a plural of -se is no language: courese is no word of names
    ],
)
def test_a_language_ending_in_ese_typed_with_ses(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SQ 업무 1년 했어요", ["supplier-quality"]),  # pass 34: the zone's short forms of a field's work
        ("DSA 문제 풀이 2년", ["algorithms"]),
        ("BE developer for a travel booking site", ["backend-development"]),
        ("활선 작업 2년", ["electrical-safety"]),
        ("보조배터리 빌려줬다가 돌려받은 적 없음", []),  # a power bank
        ("버스 하차 벨 누르는 타이밍 또 놓침", []),  # getting off a bus
    ],
)
def test_pass_34_short_forms_and_everyday_compounds(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MT는 2년 했어요", ["ndt-mt"]),  # a particle glued after the letters says nothing of its own
        ("PdM은 1년 담당", ["predictive-maintenance"]),
    ],
)
def test_pass_34_initials_with_their_particles(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MPS 수립 담당", ["production-planning"]),  # pass 35: a plant's initials of planning, lean and audits
        ("VSM 그려서 대기 시간 찾아냈어요", ["lean"]),
        ("Wet chemistry testing of coolant samples", ["lab-analysis"]),
    ],
)
def test_pass_35_initials_of_a_plants_methods(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("방투 판독 3년", ["ndt-rt"]),
        ("객프 과제 A+", ["oop"]),
        ("임베C 1년", ["embedded-c"]),  # not C alone
        ("L4 스위치 운영 경험", ["network-admin"]),
        ("노어노문 전공", ["russian"]),
    ],
)
def test_pass_36_clipped_names(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("산안산업기사 취득", ["qual-industrial-safety-industrial"]),  # the certificate, not the field
        ("컴응선반기능사 보유", ["qual-cnc-lathe-craftsman"]),  # glued as the spaced form
        ("테폼으로 VPC 구성", ["terraform"]),
        ("깃헙 액션 파이프라인 작성", ["ci-cd"]),
        ("항통장비 점검 2년", ["marine-electronics"]),
        ("에이디에스피 합격", ["qual-adsp"]),
        ("RN 개발 1년", ["react-native"]),  # not RN alone: a nurse, "right now"
        ("RN 간호사 면허 있음", []),
    ],
)
def test_pass_37_short_forms_seekers_type(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("선박 G/E 크랭크 교체 보조", ["marine-engine"]),  # a generator engine, a ship's
        ("A/E 정비 1년", ["marine-engine"]),
        ("삼촌 배 엔진 정비는 제가 해요", ["marine-engine"]),
        ("Fixed outboard engines at a marina", ["marine-engine"]),
        ("편의점 신입 알바생 교육 담당", ["mentoring"]),
    ],
)
def test_pass_37_a_ships_engines_and_new_hires_trained(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("철공소에서 드릴 탭 작업 2년", ["drilling-tapping"]),
        ("Worked as a ship agent in Busan for a year", ["ship-agency"]),
        ("회계 장부 정리 2년", ["accounting"]),
        ("Handled month-end closing for a trading firm", ["accounting"]),
        ("사내 프린터 관리 및 사용자 지원", ["it-support"]),
    ],
)
def test_pass_37_work_named_as_its_doers_say_it(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spec: Excel, PowerPoint", ["excel", "powerpoint"]),  # a field's label, no cut of Special
        ("Found a 10,000-won bill in my winter coat.", []),  # no cut of Foundry
        ("Express, MongoDB, Node", ["express", "mongodb", "nodejs"]),  # a name is written with the word apart
        ("Types of welding I know: MIG, TIG", ["welding", "welding-mig", "welding-tig"]),  # no cut of TypeScript
        ("Postgre 2년", ["postgresql"]),  # a cut that is no word still counts
        ("지게차 자격 있음", ["qual-forklift"]),  # the licence, said as 자격
        ("SSMS로 프로시저 고쳤어요", ["mssql"]),  # SQL Server's own tool
        ("UAT 시나리오 작성", ["software-testing"]),  # user acceptance testing
        ("잠산기 있어요", ["qual-diving-industrial"]),  # 잠수산업기사, as seekers clip it
        ("ECAT 마스터 설정", ["ethercat"]),
    ],
)
def test_a_latin_cut_that_is_an_english_word_is_that_word(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CI pipeline broke so I fixed it", ["ci-cd"]),  # software's words: continuous integration
        ("Prepared CI and PL for every shipment", ["trade-documentation"]),  # trade's: the commercial invoice
        ("Our company CI is blue and white", []),  # neither: a company's identity
    ],
)
def test_ci_is_read_by_the_words_beside_it(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("스부로 게시판 API 만들었어요", ["spring-boot"]),  # clipped Korean compounds, as workers write them
        ("창관 업무 2년 했어요", ["warehouse-management"]),
        ("물관사 땄어요 작년에", ["qual-logistics-manager"]),
        ("고작대 운전 1년", ["aerial-work-platform"]),
        ("협로 티칭 3개월", ["cobot"]),
        ("클프 땄어요 회사 지원으로", ["qual-aws-cloud-practitioner"]),
        ("봉용접 2년 했어요", ["welding-smaw"]),
        ("일렉가스 1년 했어요 LNG선 블록", ["welding-electrogas"]),
        ("WTG 타워 볼트 체결 1년", ["wind-power"]),  # initials of a plant's machines and methods
        ("BESS 유지보수 반년", ["battery-systems"]),
        ("OFC 절단 2년, 조선소", ["gas-cutting"]),
        ("EWP operator licence course done", ["aerial-work-platform"]),
        ("SMED 활동으로 셋업 시간 단축", ["lean"]),
        ("PEMFC 스택 공장 1년 다녔어요", ["hydrogen-fuel-cell"]),
        ("T/C operator for two years", ["tower-crane"]),
    ],
)
def test_pass_44_clipped_compounds_and_initials_workers_write(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9001 인증 심사 준비 담당", ["iso-9001"]),  # a standard's number with a word of its certification
        ("16949 고객 감사 대응 보조", ["iatf-16949"]),
        ("14001 internal audit support", ["iso-14001", "quality-audit"]),
        ("13485 문서 개정 1년", ["iso-13485"]),
        ("ISO 9001, 14001 인증 관리", ["iso-9001", "iso-14001"]),  # a number listed after its body's name, as before
        ("9001번 버스 타고 출근해요", []),  # the same number with no such word is any other
        ("16949원 결제했어요", []),
        ("45001 orders shipped last year", []),
        ("주문번호 45001 대응 부탁드려요", []),  # an order's, a customer's, a room's number
        ("주문 45001 대응 완료", []),
        ("고객번호 16949 문서 보내주세요", []),
        ("Room 9001 audit schedule posted", []),
    ],
)
def test_a_standards_bare_number_is_that_standard_only_beside_its_certification(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WTG maintenance technician for 2 years", ["wind-power"]),  # typed in capitals among other words
        ("BESS 시공 1년", ["battery-systems"]),
        ("BWT maintenance on bulk carriers", ["ballast-water"]),
        ("wtg", ["wind-power"]),  # alone, the field is the name
        ("wtg bro congrats on the new job", []),  # a chat word typed small
        ("Worked with Bess and Tom at the cafe", []),  # a first name
        ("bwt I'm free on weekends", []),
        ("wah wah I failed again", []),
    ],
)
def test_a_short_form_that_is_a_chat_word_or_a_name_needs_its_capitals(text: str, expected: list[str]) -> None:
    assert skill_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MT and PT on weld seams", ["ndt-mt", "ndt-pt"]),  # each short form is the other's field
        ("RN으로 앱 두 개 스토어에 올렸어요", ["react-native"]),
        ("RN으로 사내 앱 두 개 출시", ["react-native"]),
        ("TBM 진행하고 작업 전 안전 점검 담당", ["industrial-safety"]),
        # alone or among everyday words, the letters are another thing
        ("PT 받으러 헬스장 가요", []),
        ("MT 가서 밤새 놀았어요", []),
        ("RN으로 일하는 이모", []),
        ("PG 결제 오류 문의", []),
        ("TF팀 회의 너무 길어요", []),
        ("몽고 여행 가고 싶어요", []),
        ("SEO 선배가 밥 사줌", []),
    ],
)
def test_an_ambiguous_short_form_is_its_skill_beside_a_word_of_its_field(text: str, expected: list[str]) -> None:
    assert sorted(skill_ids(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("XG5K로 래더 모니터링", ["ls-plc"]),  # a number in thousands with K (XG5000)
        ("Studio5K 로직 수정 보조", ["rockwell-plc"]),  # Studio 5000
        ("GX2 프로그램 수정 가능", ["mitsubishi-plc"]),  # a product line with its version (GX Works2)
        ("TIA로 프로그램 백업하고 온라인 모니터링", ["siemens-plc"]),  # the line alone, past a guess left (온라인)
        # without a word of the field, the letters are another thing
        ("5K 러닝 완주", []),
        ("GX 시리즈 차 샀어요", []),
        ("TIA 증상으로 입원", []),
        ("TIA 증상으로 입원해서 모니터링", []),  # a patient's monitoring
    ],
)
def test_a_products_short_name_is_its_skill(text: str, expected: list[str]) -> None:
    assert sorted(skill_ids(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a skill the clause reads that is related or of the same category, by a name or an alias ("sklearn", "쿼리")
        ("TF and sklearn for a churn model", ["scikit-learn", "tensorflow"]),
        ("PG 슬로우 쿼리 튜닝해 본 경험", ["postgresql", "sql"]),
        ("SB 3로 주문 API 서버 구축", ["spring-boot"]),
        ("의료기기 RA 2년", ["regulatory-affairs"]),
        # a word of its field that names no skill, beside a guess that kept it out before (이미지, 게이지)
        ("TF로 이미지 분류 모델 학습", ["tensorflow"]),
        ("HF 모델 파인튜닝 과제", ["huggingface"]),
        ("SEO 작업으로 병원 블로그 상위 노출", ["marketing"]),
        ("SEO for a guesthouse website", ["marketing"]),
        ("WP 사이트 세 개 운영 중이에요", ["wordpress"]),
        ("MSA 진행해 봤어요 게이지 반복성", ["measurement-system-analysis"]),
        # everyday senses stay none
        ("TF팀 회식", []),
        ("RA 성적 장학금", []),
        ("WP 용지 주문", []),
        ("N2 가스 충전", []),
        ("SB 편의점 알바", []),
        ("HF 안테나 설치 도와줌", []),
        # typed with its capitals inside, a short form is no small word: PdM beside data of its field, not a manager's
        ("PdM 과제로 진동 센서 데이터 수집", ["predictive-maintenance", "sensors"]),
        ("PdM 면접 봤어요", []),
        # a word of the skill's name is its field, not the skill named in full ("React Native", "Project management")
        ("React/RN 가능", ["react", "react-native"]),
        ("Exp. w/ PM tools for a 6-month plant project", ["project-management"]),
        ("PM 2시 면접", []),
    ],
)
def test_an_ambiguous_short_form_is_its_skill_beside_a_related_skill_or_its_fields_words(
    text: str, expected: list[str]
) -> None:
    assert sorted(skill_ids(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # alone in its clause with filler, years or a paper, its field said in another clause of the line
        ("BE dev, 2 yrs, mostly Go", ["backend-development", "go"]),
        ("RA 실무 2년, 의료기기", ["regulatory-affairs"]),
        ("N2 자격 있어요, 일본 유학 준비 중", ["jlpt"]),
        # a clause with a word of its own is a sentence of its own: a workout, a school trip, nitrogen
        ("PT 받음, 용접 3년", ["welding"]),
        ("MT 갔다옴, 용접 2년", ["welding"]),
        ("N2 가스 충전, 일본 출장", []),
        ("PT 받으러 헬스장 가요, 용접 3년", ["welding"]),
        ("TF팀 회식, 파이썬 3년", ["python"]),
    ],
)
def test_an_ambiguous_short_form_alone_in_its_clause_is_its_skill_beside_its_field_in_the_line(
    text: str, expected: list[str]
) -> None:
    assert sorted(skill_ids(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another ambiguous short form is no field word apart from it: a school trip and a workout
        ("MT 때 PT 체조 했어요", []),
        ("MT 끝나고 PT 받았어요", []),
        ("MT 때 PT 했어요", []),
        # listed beside it, or the later one with 도, they are one field's methods
        ("PT/MT 탐상", ["ndt-mt", "ndt-pt"]),
        ("UT level 2, MT PT level 2 inspector", ["ndt-mt", "ndt-pt", "ndt-ut"]),
        ("Did MT and PT on pipe welds", ["ndt-mt", "ndt-pt"]),
        ("MT 검사 해봤고 PT도 조금 함", ["ndt-mt", "ndt-pt"]),
    ],
)
def test_two_ambiguous_short_forms_are_each_others_field_only_listed_together(text: str, expected: list[str]) -> None:
    assert sorted(skill_ids(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # beside a word of another of its senses a short form is that sense, whatever field's words are beside
        ("회사 TF에 들어가서 신규 모델 출시 준비", []),
        ("TF 꾸려서 모델 교체 작업 했어요", []),
        ("TF팀에서 모델 학습 데이터 정리 업무", []),
        ("I was on the TF for the new model launch", []),
        ("SEO 과장님 홈페이지 점검 보고", []),
        ("SEO 대리가 키워드 광고 담당이에요", []),
        ("SB 마트에서 일하면서 Java 개발자 준비", ["java"]),
        ("DT 매장에서 IoT 키오스크 관리", ["iot"]),
        ("PG사 결제 연동하면서 SQL 쿼리 작성", ["sql"]),
        ("PG 13 영화 보면서 SQL 공부 중", []),
        ("RA 환자 대상 의료기기 임상 보조 알바", []),
        ("류마티스 관절염(RA) 진단 받고 의료기기 회사 퇴사", []),
        ("N2 충전하고 일본 출장", []),
        ("몽고 출장 가서 MySQL 서버 점검", ["mysql"]),
        ("GX 프로그램 강사 1년", []),
        ("TIA 환자 재활 프로그램 업로드 담당", []),
        ("To BE a developer, I studied hard", []),
        # its work said of kin, a friend or a senior right after it is theirs; a person wanted is a posting's
        ("SEO 하는 친구 블로그 도와줌", []),
        ("SEO 하는 사람 구해요 블로그 관리", ["marketing"]),
        ("Must BE able to work on server rooms", []),
        # a product line's version is its own: GX Works2 or 3, TIA Portal v17; not a camera's
        ("Canon GX7 프로그램 모드로 촬영", []),
        ("Lumix GX85로 프로그램 자동 촬영", []),
        ("GX3로 로직 다운로드", ["mitsubishi-plc"]),
        ("TIA v17로 로직 수정", ["siemens-plc"]),
        # a number's K glued to its name's word is the name typed glued only; spaced, a race's ("XG5K" of XG5000)
        ("XG 5K 마라톤 프로그램 참가", []),
        ("XG5K로 프로그램 수정", ["ls-plc"]),
        ("Studio 5K 사용 경험", ["rockwell-plc"]),
        # PM beside its hour is the afternoon; its years are no hour
        ("PM 2:00 project kickoff meeting", []),
        ("Meeting at 3 PM about the project", []),
        ("내일 PM 3시에 프로젝트 면접", []),
        ("PM 3년, 프로젝트 관리", ["project-management"]),
        # controls: the field's own words with no other sense beside
        ("TF로 이미지 분류 모델 학습", ["tensorflow"]),
        ("PG랑 MySQL 둘 다 써봤어요", ["mysql", "postgresql"]),
        ("SB 3로 주문 API 서버 구축", ["spring-boot"]),
        ("RA 담당으로 FDA 510k 서류 준비", ["regulatory-affairs"]),
        ("몽고랑 MySQL 써봤어요", ["mongodb", "mysql"]),
        ("GX2 프로그램 수정", ["mitsubishi-plc"]),
        ("BE 개발 3년차", ["backend-development"]),
    ],
)
def test_an_ambiguous_short_form_beside_a_word_of_another_sense_is_that_sense(text: str, expected: list[str]) -> None:
    assert sorted(skill_ids(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # typed small in a Korean sentence, a short form is no English word: its particle or the next word says so
        ("tf로 모델 학습시켜 봤어요", ["tensorflow"]),
        ("tf랑 keras 써봄", ["keras", "tensorflow"]),
        ("wp 사이트 운영해봄", ["wordpress"]),
        # a database's index or query is PostgreSQL's field
        ("PG 인덱스 튜닝 경험 있어요", ["postgresql"]),
        # controls: an English word typed small, and the other senses still beside
        ("be fine, 서버 개발 2년", ["backend-development"]),
        ("tf팀 회식", []),
        ("wp 용지 주문", []),
        ("PG사 정산 업무", []),
    ],
)
def test_a_short_form_typed_small_in_a_korean_sentence_is_its_skill_beside_its_field(
    text: str, expected: list[str]
) -> None:
    assert sorted(skill_ids(text)) == sorted(expected)
