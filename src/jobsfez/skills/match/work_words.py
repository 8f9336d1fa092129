"""Words that say a line is about work, or say nothing of what it is about: closed classes read around a skill.

A word of work, of a job or of study beside a skill says the skill is meant (context.py: "Docker 이미지 빌드",
"용접 주말 알바 구함"); a Korean verb of doing says nothing either way ("파이썬 문법 공부함"). Classes of a job site's
words, not lists of everyday things: the other words of a line say something else only because they are none of
these.
"""

from __future__ import annotations

from collections.abc import Iterable

from jobsfez.skills.match import lexicon
from jobsfez.skills.match.normalise import normalise

# Words of the work done with a skill, where and as what, besides lexicon.WORK and ACTIVITIES: said with a skill's
# word, they say the line is about work ("Docker 이미지 빌드", "도금 라인 근무", "크레인 부품 운반"). A closed class of
# work, not the things worked on.
WORK_SAID = (
    *("일", "근무", "근무함", "진행", "실시", "수립", "수행", "처리", "입력", "배포", "빌드", "설정", "시공", "시운전"),
    *("정비", "보수", "유지", "대응", "보조", "지원", "출시", "수집", "채택", "합격", "튜닝", "최적화", "추론", "체결"),
    *("실력", "향상", "개선", "운반", "이송", "적재", "부품", "장비", "설비", "판독", "응대", "교육", "인턴", "과정"),
    *("직무", "파트", "라인", "현장", "실습", "연구", "전공", "공부", "학습", "수식", "함수", "피벗", "누끼", "보정"),
    *("합성", "신고", "참여", "권한", "팀", "chart", "charts", "table", "tables", "formula", "formulas", "pivot"),
    *("pivots", "파인튜닝", "fine-tuned", "fine-tuning", "셋업", "양산", "투입"),  # 투입: put on a job
    "셀",  # a robot's or a welding cell, a line's station ("협동로봇 셀 구축", "용접 셀 운영"), a sheet's cell
    *("비드", "스패터", "불량", "조건", "바리"),  # a shop floor's: a weld's bead, spatter, defects, settings, burrs
    *("build", "deploy", "deployed", "deploying", "monitor", "monitoring", "handling", "maintain", "maintained"),
    *("dev", "intern", "internship", "major", "project", "projects", "team", "line", "site"),
    *("certs", "cert", "certificates", "certifications", "qualifications"),  # a posting's heading
)
# Words of the making of software, said with a skill written in code ("Kafka 컨슈머 구현", "PHP 그누보드
# 커스터마이징"): with such a skill they say the line is about work, whatever everyday sense its name has; with any
# other skill they say nothing ("캠핑카 배터리 커스터마이징"). Not 앱, 서버, 백업, 배치, 설계 or 위젯, said of a phone's
# or a game's things or a room's layout as often ("파이썬 사육 앱 백업", "스프링 침대 배치 설계").
SOFTWARE_TERMS = (
    *("구현", "연동", "커스터마이징", "모듈", "컨슈머", "프로듀서", "브릿지", "쿼리", "스키마", "리팩토링", "hooks"),
    *("크롤러", "크롤링", "스크립트", "배열", "행렬", "array", "arrays"),  # "넘파이 배열 다루는 건 자신 있어요"
    *("dag", "dags"),  # a workflow's graph: "Airflow DAG 수십 개를 혼자 관리해요"
    *("연산", "집계", "대용량", "메시지", "큐", "파이프라인"),  # "넘파이 배열 연산", "스파크로 대용량 집계"
    *("commit", "commits", "merge", "스케줄러", "scheduler", "스케줄링", "scheduling", "pipeline", "pipelines"),
)
# Words of software no everyday line says, a codebase's history and jobs run by the clock ("깃 브랜치 전략 수립",
# "리눅스 cron 잡 관리"): beside a skill written in code they are work and no other thing, where SOFTWARE_TERMS are
# said of a budget or a rest as often ("엑셀 가계부 커스터마이징", "충분한 rest 구현"). Not branch, of a tree or a bank.
SOFTWARE_JARGON = ("브랜치", "커밋", "크론", "cron", "crontab")
# ... and words of software only right after a framework's name, as a part of it ("Spring 배치로 정산 작업 개발",
# "ETL 배치 짜봄"): elsewhere a room's layout or a tray of cookies ("스프링 침대 배치 설계", "a batch of cookies").
SOFTWARE_PARTS = ("배치", "batch")
# Stems of making and shipping software in Korean, beside a Latin name with a particle glued ("Azure에 봇
# 배포했어요", "GitHub에 코드 올려놨어요"): the name is a platform worked on, not a game or a place. Not 만들, said
# of a latte as often ("Java에서 온 원두로 라떼 만들었어요").
CODE_WORK_KO = (
    *("배포", "개발", "구현", "구축", "짰", "짜서", "서버", "앱", "올려", "올렸", "업로드", "연동"),
    *("빌드", "코드", "코딩", "프로젝트"),
)
# Where work is done, said with 에서 ("아빠 가게에서 엑셀 자주 했어요", "철공소에서 산소절단 자주 했어요"): where the
# writer did the work when the clause says it was done (a verb of doing), not where a thing was seen or bought
# ("카센터에서 엑셀 밟으래요", "철공소에서 스프링 사왔어요").
WORKPLACES_AT = ("가게에서", "공장에서", "철공소에서", "카센터에서", "정비소에서", "식당에서", "매장에서", "창고에서")
CODED_CATEGORIES = frozenset(("software", "data_ai"))  # the categories of skills written in code
# Work done in a tool or put to it, said right after the tool with its locative ("엑셀에 입력", "솔리드웍스에서
# 모델링"): the tool is used, not a place, and the two are one predicate's.
WORK_IN_TOOL_KO = (
    *("입력", "올렸", "올려", "올림", "모델링", "작성", "정리", "배포", "설계", "그렸", "그려", "구현", "분석"),
    *("코딩", "저장", "업로드", "푸시", "커밋", "렌더링", "시뮬레이션", "해석", "등록", "도면"),  # "팀센터에 도면 등록"
    # data loaded, a thing put up, a photo opened and retouched
    *("적재", "올린", "올리고", "올리는", "불러와", "보정"),
)
# Cities, districts and ports of the zone and its neighbours a résumé line names as where the work was done ("밀랑
# 가공 1년 했어요 김해", "단저 라인 6개월 창원"): they say no other thing of the line. Not a district whose name is
# also a word (사상 is grinding's finish, 중구 and 서구 plain words too).
PLACES_KO = (
    *("부산", "김해", "창원", "진해", "마산", "양산", "울산", "거제", "통영", "사천", "진주", "밀양", "포항", "경주"),
    *("서울", "인천", "대구", "대전", "광주", "평택", "당진", "여수", "광양", "목포", "군산", "구미", "옥포", "고현"),
    *("영도", "동래", "해운대", "사하", "금정", "강서", "연제", "수영", "기장", "서면", "센텀", "명지", "녹산", "신항"),
    *("감만", "감천", "다대포", "송정", "광안리", "남포동", "하단", "신평", "장림", "가덕도", "부산항", "북항", "송도"),
)
PLACE_PARTICLES_KO = ("", "에서", "에", "쪽", "쪽에서", "근처")


# Words of a job, of studying for one and of an office's business: a line with them is about work or training
# ("용접 주말 알바 구함", "React 온라인 강의 수강", "엑셀로 매출 장부 관리"). Closed classes of a job site's words,
# not media or pastimes (사진, 영상, 게임 are made at work and played alike).
JOB_WORDS = (
    *("알바", "아르바이트", "구함", "구직", "채용", "신입", "경력직", "정규직", "계약직", "파견", "교대", "야간"),
    *("주간",),
    *("강의", "수강", "수료", "독학", "스터디", "학원", "과외", "자격", "시험", "필기", "실기", "과제", "졸업", "작품"),
    *("공모전", "매출", "발주", "장부", "고객", "거래처", "업체", "회사", "사무실", "사내", "매장", "쇼핑몰", "자료"),
    *("사업", "스타트업"),
    *("문서", "보고서", "홍보", "영업", "주문", "견적", "납품", "출고", "입고", "검수", "결재", "정리"),
    *("job", "jobs", "part-time", "full-time", "shift", "shifts", "course", "courses", "class", "classes"),
    *("tutorial", "bootcamp", "certification", "exam", "store", "shop", "online", "office", "company", "business"),
    *("customer", "customers", "client", "clients", "report", "reports", "document", "documents", "script"),
    *("scripts", "automate", "automated", "spreadsheet", "spreadsheets", "invoice", "invoices", "orders"),
)
# Filler that names the work done with a thing ("포토샵 작업", "Python 개발", "using Excel"): beside a skill's word
# it says the skill is used, however everyday the line's other words.
WORK_DONE_SAID = (
    *("개발", "제작", "작성", "운영", "작업", "관리", "가공", "조작", "설치", "운전", "업무", "실무", "담당", "활용"),
    *("사용", "using", "use", "used", "with", "in", "development", "working"),
    # learnt by the writer: "삼촌 전파상에서 라디오 고치면서 납땜 배웠어요"
    *("배웠어요", "배웠습니다", "배웠음"),  # not 배움, a noun as often ("파이썬 배움에 대한 열정")
)
# The particle of a means after a Korean or Latin word ("엑셀로", "Python으로"): the thing is used as a tool.
MEANS = ("로", "으로")
# The categories of tools work is done in or things are made with: where a name with its locative is the tool work
# is put to ("엑셀에 입력"; not a shelf or a firm: "창고 선반에 올려놨어요", "현대로보틱스에 설계 맡김"), or with its
# particle of means a thing is made with ("아두이노로 … 만들었어요").
TOOL_CATEGORIES = frozenset(("software", "data_ai", "cad_cae"))
# English verbs and nouns of work, as job descriptions write them ("carry out crane operations", "deliver a sales
# pitch", "keeping records on sales"): each verb with its endings (ENGLISH_WORK_VERBS), and the nouns of what work
# handles. A closed class: what is done at work, not what it is done on.
ENGLISH_WORK_VERBS = (
    *("assess", "evaluate", "calculate", "carry", "deliver", "determine", "develop", "establish", "ensure", "forecast"),
    *("implement", "keep", "oversee", "perform", "provide", "set", "supervise", "reduce", "interrupt", "conduct"),
    *("manage", "operate", "inspect", "install", "test", "prepare", "plan", "coordinate", "control", "check"),
    *("apply", "produce", "process", "repair", "record", "report", "measure", "guard", "tend", "run", "lead"),
    *("organise", "organize", "train", "advise", "support", "analyse", "analyze", "design", "monitor", "maintain"),
    *("configure",),
)
WORK_NOUNS = (
    *("operation", "operations", "activities", "activity", "process", "processes", "procedure", "procedures"),
    *("records", "equipment", "machinery", "machine", "machines", "tools", "materials", "technologies"),
    *("sessions", "session", "promotions", "plans", "tasks", "duties", "safety", "quality", "production"),
)


def _english_forms(verbs: Iterable[str]) -> list[str]:
    """A verb with the endings a description writes it with: -s, -ing, -ed ("manage": managing, managed; "carry":
    carries, carried)."""
    found: list[str] = []
    for verb in verbs:
        if verb.endswith("y") and verb[-2:-1] not in "aeiou":
            found += [verb, verb[:-1] + "ies", verb + "ing", verb[:-1] + "ied"]
        else:
            stem = verb[:-1] if verb.endswith("e") else verb
            found += [verb, verb + ("es" if verb.endswith(("s", "sh", "ch")) else "s"), stem + "ing", stem + "ed"]
    return found


# The Korean verbs of doing, having tried, learning and liking a profile says a skill with, as lexicon.GRAMMAR's
# English ones ("파이썬 문법 공부함", "조선소에서 취부 해봤습니다"): they say nothing of what the line is about.
DOING = (
    *("본", "봄", "봤음", "봤습니다", "해본", "해봄", "해봤음", "해봤습니다", "해봤어요", "했음", "했어요"),
    *("배움", "배웠음", "배웠어요", "배웠습니다", "배웠고", "좋아함", "좋아해요", "좋아합니다"),
    *("땄음", "땄어요", "땄습니다"),  # a certificate obtained
    *("써봤어요", "써봤음", "써봤습니다", "써봄", "써서"),  # a thing tried or used, a tool as often as any other
    *("썼어요", "썼음", "썼습니다", "썼고"),  # "인턴 때 파이토치 썼어요"
    *("독학으로", "독학", "깎았어요", "짰어요", "짰음"),  # self-taught, cut, coded
)
# Korean verbs of doing work with a tool or a machine, by the syllables their forms begin with ("지게차 몰았어요",
# "고장 나면 제가 고쳐요", "사출기 돌렸고"): said with a skill, they say it was done. Not 몰 bare (몰라요) nor 붙 bare
# (붙여); not 맡다 or 쓰다, said of everyday things as often ("계모임 총무 맡았어요", "보온 도시락 썼어요").
DOING_STEMS_KO = (
    *("몰았", "몰아", "몰고", "몹니", "고쳐", "고쳤", "고치", "고칩", "돌렸", "돌려", "돌리", "다뤘", "다뤄", "다루"),
    *("일했", "도왔", "도와", "붙었", "합격", "만들", "만드", "만듭"),
    *("짜요", "짰", "짜서", "짭니"),  # code written ("CMM 프로그램 짜요")
)
# How a profile rates what it can do, and the bound nouns such a sentence is built on ("용접 잘하는 편", "지게차 몰아본
# 적 있음", "엑셀 표 만들기 가능", "캐드 도면 그리는 거 좋아함"): they say the skill is held, nothing else.
ABILITY = (
    *("편", "적", "거", "것", "건", "줄", "수", "중", "내"),  # "다루는 건 자신 있어요"
    *("잘하는", "잘해요", "잘합니다", "잘하는편", "자신", "자신있음"),
    *("자신있습니다", "자신있어요", "만들기", "만듦", "만들어", "만들었음", "그리는", "그려봄", "그림", "싶어요"),
    *("가능", "빠름", "빠릅니다", "씀", "써요", "씁니다", "다룸", "다뤄요", "다룹니다", "자유자재", "자유자재로"),
    *("도움", "도왔음", "도와봤음", "도와드림", "매일", "매주", "자주", "daily", "weekly", "often", "ㅋㅋ", "ㅎㅎ"),
    *("잘하고", "잘함", "잘하는데", "잘하며", "잘하지만"),  # "용접은 잘하고 지게차는 못해요"
    *("익숙해요", "익숙합니다", "익숙함", "익숙하고"),  # "오실로스코프 쓰는 건 익숙해요"
    *("편해요", "편합니다", "손에", "익었어요", "익었습니다"),  # at ease with it: "엑셀은 손에 익었어요"
)
# Endings of a Korean verb made from a noun of work ("배포해", "설치하는", "정비하여"): the noun says the work.
VERB_ENDINGS = (
    *("해", "하여", "하고", "하는", "한", "했음", "했고", "해서", "하며", "하기"),
    *("해봤어요", "해봤음", "해봄", "해본"),  # having tried ("적용해봤어요"); not 했어요 or 해요, said of anything
)


def _forms(words: Iterable[str]) -> frozenset[str]:
    return frozenset(normalise(word) for word in words)


VERB_ENDING_FORMS = _forms(VERB_ENDINGS)
ENGLISH_WORK_VERB_FORMS = _forms(_english_forms(ENGLISH_WORK_VERBS))
WORK_SAID_FORMS = (
    _forms(WORK_SAID)
    | _forms(JOB_WORDS)
    | ENGLISH_WORK_VERB_FORMS
    | _forms(WORK_NOUNS)
    | lexicon.WORK_FORMS
    | lexicon.ACTIVITY_FORMS
)
WORK_DONE_SAID_FORMS = _forms(WORK_DONE_SAID)
SOFTWARE_TERM_FORMS = _forms(SOFTWARE_TERMS)
SOFTWARE_JARGON_FORMS = _forms(SOFTWARE_JARGON)
SOFTWARE_PART_FORMS = _forms(SOFTWARE_PARTS)
WORKPLACE_AT_FORMS = _forms(WORKPLACES_AT)
PLACE_FORMS = _forms(place + particle for place in PLACES_KO for particle in PLACE_PARTICLES_KO)
# The words of work a Korean name may end in that a list of skills leaves off ("사상" of 사상작업).
LISTED_WORK_FORMS = _forms(("작업", "업무"))
MEANS_FORMS = _forms(MEANS)
DOING_FORMS = _forms(DOING) | _forms(ABILITY) | lexicon.GRAMMAR_FORMS
