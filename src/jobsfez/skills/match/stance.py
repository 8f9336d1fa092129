"""Whose skill a clause names, and whether it is held: a skill wanted, someone else's, or a pastime is not claimed.

"CAD 배워보고 싶어요", "정보처리기사 따고 싶음", "want to learn welding": a skill wanted is not yet held.
"형이 CNC 선반 일을 함", "my dad is a welder": the skill is a relative's or a friend's. "건프라 조립이 취미",
"Monty Python fan": a pastime or a fan's, not work. The reading is the sentence's, not the skill's: the words that
say it are closed classes of grammar (an ending of wanting, kinship nouns as a subject or after a possessive, the
nouns of a hobby, the negations of Korean and English: "자바는 못함", "No need to know Java"), never a list of everyday
things, so it carries to lines no one has seen. A skill named in another
clause keeps its claim ("취미는 독서와 등산이고, 엑셀 다룰 줄 압니다").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from itertools import dropwhile, pairwise, takewhile

from jobsfez.skills.match import lexicon, work_words
from jobsfez.skills.match.normalise import normalise
from jobsfez.skills.match.tokens import Word

# A Korean ending of wanting ("배우고 싶어요", "따고 싶음", "해보고 싶습니다"): the syllable every form of 싶다 has.
WANTING_SYLLABLE = "싶"
# Korean nouns of an interest said of a skill not held yet ("AI에 관심 많음"); and a plan to obtain one ("취득 예정",
# "딸 예정"), where 예정 alone is a schedule's ("입고 예정 물량 관리"), as 목표 is a target's ("생산 목표 달성").
WANTING_KO = ("관심있음", "관심많음", "관심있어요", "관심있습니다", "관심많습니다")
# A job aimed for or applied to: "기술영업 직무 희망합니다", "품질관리 신입 지원합니다"; not a benefit ("교육비
# 지원합니다") nor a posting's wish without the job's word ("CAD 가능자 희망").
JOB_SOUGHT_KO = (
    *("직무", "직무로", "분야", "분야로", "신입", "신입으로", "포지션"),
    *("쪽", "쪽으로", "계열", "계열로", "직종", "직종으로"),  # a side of work: "항만 쪽 희망해요"
)
APPLYING_FOR_KO = ("지원하", "지원합", "지원함", "지원해")  # applying alone, as after a pass: "… 따서 … 지원하려고요"
SEEKING_KO = ("희망", "지망", *APPLYING_FOR_KO)
# Work sought, the skill's, its word within reach after the skill and right before a verb of seeking: "물류 쪽 일을
# 찾고 있어요", "지게차 일자리 구하는 중"; not a posting's, who seeks people ("지게차 운전원 구합니다", "용접 하실 분
# 찾습니다"), nor 찾아서, work found and done ("일을 찾아서 하는 편"), nor a skill said in a predicate before it
# ("에관기능사 땄으니 보일러실 일 찾아요").
WORK_SOUGHT_KO = ("일", "일을", "일자리", "일자리를", "자리", "자리를", "직장", "직장을", "일거리", "일거리를")
SEEKING_WORK_KO = ("찾고", "찾는", "찾아요", "찾습", "찾음", "구하고", "구하는", "구해요", "구합", "구함")
WORK_SOUGHT_REACH_KO = 3  # words after the skill's first, its work's last: "항만 물류 쪽 일을 찾고"
# A pass prayed for: "용접기능사 합격 기원", "실기 통과 기원합니다".
PASS_KO, PRAYED_KO = ("합격", "통과"), "기원"
# A change of career meant: "데이터 분석가로 전직하려고 계획 중이에요", "QA로 이직하고 싶어서".
CAREER_CHANGE_KO = ("전직하려", "이직하려", "전향하려", "전직하고", "이직하고", "전향하고")
# 관심 as a predicate's noun, before having or much ("관심 있음", "관심이 많습니다"); "고객 관심 유도" is a customer's.
INTEREST_KO = ("관심", "관심이", "관심을", "관심은", "흥미", "흥미가", "흥미는")
INTEREST_PREDICATES_KO = ("있", "많", "가지", "가져")
# ... not an interest said as the reason for what follows ("전기에 관심이 많아 전기기능사를 땄고").
INTEREST_BECAUSE_KO = ("많아", "많아서", "있어서", "가져서", "생겨서")
# An exam passed, said after the wish or the preparing for it: "… 따려고 학원 다녔고 합격했어요", "준비해서 붙었어요";
# not past another certificate's words (its grade, its letters) or a person (`_obtained_later`).
OBTAINED_LATER_KO = ("합격했", "붙었", "땄", "취득했")
CERTIFICATE_WORDS_KO = ("자격증", "면허")
CERTIFIED_KO = ("기능사", "기사")  # 산업기사 too: another certificate's name
GRADE_UNIT_KO = "급"  # "컴활 2급은": the digits split off
CODE_CAPITALS = 2
OBTAINING_KO = ("취득", "딸", "따는", "응시", "이수", "수료", "합격", "등록", "접수", "신청", "재시험", "재응시")
# An obtaining said as a condition: a certificate not yet held ("실기까지 통과하면 좋겠어요", "건설안전기사 따면 연봉
# 오른다고 들음"); not 따면서, while getting it.
OBTAINED_IF_KO = (
    *("따면", "따놓으면", "딴다면", "합격하면", "합격한다면", "통과하면", "통과한다면", "붙으면", "붙는다면"),
    *("취득하면", "취득한다면"),
    # … or had, against what was: "지게차자격증 있었으면 이 일 바로 했을텐데"
    *("있었으면", "있었다면", "있었더라면", "땄으면", "땄다면", "땄더라면"),
)
# Learning to come, before 예정 ("배울 예정", "공부 시작할 예정"); "담당할 예정" and "구축 시작할 예정" are a
# posting's duties and stay. 시작할 and 준비할 are learning only after a word of studying or an exam.
# An exam to be taken ("다음 달에 응시할 예정"); not 볼 or 칠, of work to come too ("검사 볼 예정", "도장 칠 예정").
LEARNING_PLANNED_KO = ("공부할", "배울", "수강할", "도전할", "응시할")
STARTING_KO = ("시작할", "준비할")
# ... and 시작 as a noun after a word of learning or an exam's part alone ("공부 시작 예정", "굴착기 실기 시작 예정";
# "신뢰성 시험 시작 예정" is a product's test, "용접 강의 시작 예정" a teacher's class).
START_NOUN_KO = "시작"
LEARNING_KO = ("공부", "수강", "독학")
STARTED_KO = (*LEARNING_KO, "필기", "실기")
STUDYING_KO = ("공부", "학습", "시험", "수강", "강의", "자격증", "독학", "필기", "실기")
# Meaning to learn ("일본어 공부 시작하려고 함", "파이썬 배우려고 해요", "자격증 따려고"): a wish; "도입하려고" is a
# posting's plan and stays.
INTENDING_KO = "려고"
INTENDED_LEARNING_KO = tuple(
    stem + INTENDING_KO
    for stem in ("배우", "공부하", "따", "취득하", "수강하", "도전하", "응시하", "익히", "등록하", "다니")
)
INTENDED_STARTING_KO = tuple(stem + INTENDING_KO for stem in ("시작하", "준비하"))
# ... or meant and then not done, 려다 ("지게차 학원 등록하려다 돈이 없어서 미뤘어요", "용접 배우려다가 포기").
MEANT_LEARNING_KO = tuple(stem[: -len(INTENDING_KO)] + "려다" for stem in INTENDED_LEARNING_KO)
# ... or meaning to try learning, 보려고 after the verb's -아/-어 form, glued or spaced ("쿠버네티스도 공부해 보려고
# 해요", "파이썬 배워보려고요"); not 보려고 after another verb ("도면 보려고", "해 보려고").
LEARNING_TRIED_KO = ("배워", "공부해", "익혀", "수강해", "도전해", "응시해", "등록해", "다녀", "독학해")
TRYING_KO = ("보려고", "볼려고")
INTENDED_TRYING_KO = tuple(stem + trying for stem in LEARNING_TRIED_KO for trying in TRYING_KO)
# A learning owed ("엑셀 공부 시작해야 하는데", "파이썬 배워야 함"): a wish. Not obtaining (a posting's "자격증
# 취득해야 함" requires it).
OWED_KO = "야"
OWED_LEARNING_KO = ("배워야", "공부해야", "익혀야", "연습해야")
OWED_STARTING_KO = ("시작해야", "준비해야")
# Preparing for a certificate or an exam named right before: not held yet, said of that one (not of the line).
PREPARING_KO = "준비"
# An exam prepared for with 대비 ("… 실기 대비 중"); not 대비반, a class that prepares others.
PREPARING_FOR_EXAM_KO = frozenset(("대비", "대비중", "대비하고", "대비하는", "대비해요"))
EXAM_WORDS_KO = ("자격증", "필기", "실기", "면허")  # not 시험 alone, a test at work as often ("품질 시험 준비 및 수행")
TEST_KO = "시험"
# Someday: a wish, as "someday" is ("언젠가 일본어 공부 시작할 예정"); not 언젠가부터, since some time.
SOMEDAY_KO = ("언젠가", "언젠가는", "언젠간")
# Signed up and no more ("토익 접수만 해둠", "강의 결제만 함"): the exam or the course is to come.
SIGNED_UP_KO = ("접수만", "등록만", "신청만", "결제만", "예약만")
# A dream ("통역사가 꿈이에요", "꿈은 개발자"): a job wanted, as "dream" and "aspiring" are in English.
DREAM_KO = "꿈"
# Waiting for a thing ("택배 기다리는 중", "출고 대기 중"): a customer's, not work done.
WAITING_KO = ("기다리", "기다려", "기다림")
QUEUED_KO = "대기"
# An exam's results (발표, 결과, 성적, 성적표) still to come: `_results_to_come`.
RESULTS_KO, FINAL_PASS_KO = ("발표", "결과", "성적"), "최종합격"
RESULTS_DUE_KO = (
    *("대기", "아직", "다음", "남았", "남음", "남아", "기다", "예정", "나오면", "나면", "언제"),
    *("나오길", "나오기"),  # "성적 나오길 기다리는 중", "성적표 나오기 전이라"
)
RESULTS_BEFORE_KO = frozenset(("전", "전까지", "전이라", "전에"))  # before its results: "발표 전까지 알바"
PLANNED_KO = "예정"
# ... not the writer's own ("저 용접기능사 취득 예정자예요", "취득 예정자라서 지원합니다").
PLANNED_PERSON_KO = frozenset(("예정자", "예정자도", "예정자는", "예정자만", "예정자의"))
# A plan, after a word of learning or obtaining ("코딩 독학 계획", "자격증 취득 계획"); not of work ("생산 계획").
PLAN_KO = "계획"
# Learning to come, before a plan or a thought of it ("용접 학원 다닐 계획", "엑셀 강의 들어볼 생각이에요").
LEARNING_TO_COME_KO = (*LEARNING_PLANNED_KO, "다닐", "들을", "들어볼", "배워볼", "해볼", "등록할", "신청할")
THOUGHT_KO = (PLAN_KO, "생각")
PLAN_MADE_KO = ("수립", "관리", "추진", "실행", "작성", "없")  # a plan of work, or none
# A wish to do something ("I'd love to ride up a gantry crane"), not to bring a skill held ("I would love to use my
# Excel skills in your company"); not "I love to weld". Work, joining or applying is wished for ("I'd love to join
# your Java team").
LOVING_TO_EN = (("would", "love", "to"), ("id", "love", "to"))
USING_EN = ("use", "bring", "put", "contribute", "continue", "utilize", "utilise", "share")  # not work, join, apply
# A time to come ("내년에", "다음 달", "다음주"): what is said of it is not yet held ("토익 시험 다음 달", "중국어
# 내년에 시작할 예정"), unless said with years or a level, a career carried on (`unclaimed`'s `rated`).
NEXT_YEAR_KO = ("내년", "내달", "다음달", "다음주", "다음학기")
NEXT_KO, NEXT_UNITS_KO = "다음", ("달", "주", "학기")
# An exam's next sitting is one to come by itself ("원서 접수 놓쳐서 굴착기는 다음 회차").
NEXT_SITTING_KO = "회차"
STUDY_TO_COME_KO = (
    *("시험", "학원", "등록", "접수", "응시", "수업", "배울", "배우", "볼", "봐요", "봅니다", "시작", "공부", "강의"),
    *("수강", "도전", "딸", "따려", "준비"),
)
# An exam to be sat, said with its verb to come ("물류관리사 시험 볼 거예요", "필기 칠 예정"): not held yet.
EXAM_SAT_KO = ("시험", "필기", "실기")
SITTING_KO = ("볼", "칠")
TO_COME_KO = ("거", "예정", "계획", "생각")
SITTING_INTENDED_KO = ("보려고", "치려고", "볼래", "칠래", "보러", "치러", "보려다", "보려는", "치려다", "치려는")
# An exam's sign-up intended, right after its name or its part: "토익 접수하려고요", "TOPIK 접수하려고 했는데 …".
SIGNING_UP_INTENDED_KO = tuple(
    verb + ending
    for verb in ("접수하려", "신청하려", "응시하려", "접수해보려", "신청해보려")
    for ending in ("고", "는", "다")
)
# A goal said as the predicate is the writer's ("내년엔 토익 900 목표", "정처기 합격이 목표입니다"); not a posting's
# target of work, said with what it measures or builds ("불량률 0.5% 이하 목표", "스마트팩토리 구축 목표", "품질 목표"),
# nor 목표 before another word ("생산 목표 달성").
GOAL_KO = "목표"
GOAL_TOPIC_KO = "목표는"
GOAL_LABEL_REACH = 2  # "목표: …", "올해 목표: …"
GOALS_SAID = frozenset((GOAL_KO, GOAL_TOPIC_KO))
COPULA_KO = ("", "임", "입니다", "이에요", "예요", "에요", "이다", "!")
TARGETS_KO = (
    "불량",
    "달성",
    "구축",
    "이하",
    "이상",
    "생산",
    "매출",
    "품질",
    "절감",
    "개선",
    "향상",
    "납기",
    "원가",
    "효율",
)
# Weighing a step not taken: "시험 볼까 고민 중", "포장 이사 알아보는 중". 고민 (weighing) after a question ending
# in -ㄹ까 ("볼까", "딸까", "배울까") or as the clause's predicate ("고민 중", "고민하고 있어요"); 알아보 (looking
# into) as its predicate's verb.
CONSIDERING_KO = ("고민",)
LOOKING_INTO_KO = ("알아보", "알아봐")
WEIGHING_ENDINGS_KO = ("중", "하", "입", "이에", "이예")
# A question's -ㄹ까 as normalise spells it: a final ㄹ (U+11AF) before 까 ("볼까", "딸까", "배울까").
_ASKING = "\u11af" + normalise("까")
# English words that say a skill is wanted, before it ("want to learn welding", "interested in CAD", "hoping to get
# a forklift licence", "aspiring data analyst"). "want" alone is grammar, and "hope", "wish" and "plans" are nouns
# too (ESCO's "foster hope", "impart business plans to collaborators").
WANTING_EN = ("aspiring", "dream", "dreams", "someday")
WANTING_EN_PAIRS = (
    *(("want", "to"), ("wants", "to"), ("wanted", "to"), ("would", "like"), ("planning", "to")),
    *(("hope", "to"), ("hoping", "to"), ("hopes", "to"), ("interested", "in"), ("not", "yet")),
    *(("next", "year"), ("next", "month"), ("next", "semester")),  # "Taking the TOEIC next month"
    *(("saving", "up"),),  # "saving up for a forklift course"; not "help users save up"
    *(("want", "learn"), ("want", "study"), ("want", "learning")),  # "to" dropped: "I want learn PLC in future"
    *(("should", "learn"),),  # "My dad says I should learn MCT too"
    *(("interest", "in"),),  # "I have interest in data labeling", as "interested in"
)
# A plan, of the skills said after it alone ("Next I plan to learn Docker and AWS"; not "I use Git daily and plan to
# learn Kubernetes"), and not a plan named, a noun after a possessive or an article ("Our plan to automate reports
# was done in Python").
PLAN_TO_EN = (("plan", "to"), ("plans", "to"))
# A goal or an aim said before a verb of obtaining ("My goal is to pass the SQLD", "I aim to learn AutoCAD"); not a
# goal of work ("My goal at work was to cut scrap", "We aim to reduce downtime"): no verb of obtaining after.
AIMED_TO_EN = (("goal", "is", "to"), ("goals", "are", "to"), ("aim", "to"), ("aims", "to"), ("aiming", "to"))
# ... or a goal as the label the clause begins with, its colon after it ("Goal: SQLD in 3 months", "Next goal: AWS").
GOALS_EN = frozenset(("goal", "goals"))
# A course or an exam signed up for or given up on: "I signed up for the TOEIC in March", "I gave up on the SQLD";
# not "the sign up page", "Signed up vendors in SAP", "Gave up my weekends doing TIG welding".
SIGNED_UP_EN = (
    *(("signed", "up", "for"), ("sign", "up", "for"), ("gave", "up", "on"), ("give", "up", "on")),
    *(("applied", "for", "the"), ("applied", "for", "a")),  # "I applied for the forklift course but it was full"
)
# ... not a certificate's card, issued on a pass: "Craftsman Gas, applied for the card online and it came in a week".
ISSUED_CARDS_EN = (("card",), ("licence", "card"), ("license", "card"), ("certificate", "card"))
# ... or registered for ("Registered for the TOEIC in May"), unless a pass or a score is said in the clause after it
# ("Registered for the SQLD last year and passed", "Registered for the forklift test and passed it").
REGISTERED_EN = (("registered", "for", "the"), ("registered", "for", "a"), ("register", "for", "the"))
PASSED_OR_SCORED_KO = ("합격", "땄", "나왔")  # "… 등록했고 합격", "점수 나왔어요"
# An exam booked is still to sit: "I booked the AWS exam", "Booked my OPIc test for March"; not a thing booked at work
# ("booked the forklift for the afternoon shift"). A test is an exam only after an exam's name ("my OPIc test", "the
# forklift licence test"), not work's ("load tests", "HPLC stability tests"); an exam booked and then passed or scored
# is held ("booked my TOEIC test for May and scored 850").
BOOKED_EN = frozenset(("booked", "book", "reserved"))
BOOKED_EXAM_EN, BOOKED_REACH = frozenset(("exam", "exams", "examination")), 4
BOOKED_TEST_EN = frozenset(("test", "tests"))
LANGUAGE_EXAMS_EN = ("toeic", "toefl", "ielts", "opic", "topik", "jlpt", "hsk", "teps")
# ... a language exam by its name alone is one booked where its day, its seat or what befell the booking is said
# ("Booked the OPIc for next week", "Booked a TOEIC date and then overslept", "book the TOPIK but the seats sold
# out"); "Booked the OPIc in March" may be told of a sitting past, its result in the next clause (", got IM2").
APPOINTED_EN = frozenset(("for", "date", "seat", "seats", "slot", "but", "then", "twice"))
EXAMS_BOOKED_EN = frozenset(
    (
        *LANGUAGE_EXAMS_EN,
        *("licence", "license", "certification"),
        *("speaking", "writing", "listening", "practical", "written"),  # an exam's part: "my TOEIC Speaking test"
    )
)
EXAM_PLACES_EN = frozenset(("hall", "halls", "room", "rooms", "venue", "venues", "proctor", "proctors"))
BOOKED_DONE_EN = frozenset(("passed", "pass", "scored", "score", "got", "cleared", "finally", "current"))
# "I'd like to" is a wish before a verb of obtaining ("I'd like to learn Japanese"); not "I'd like to keep doing
# CNC lathe work".
LIKING_TO_EN = ("id", "like", "to")
GONNA_EN = "gonna"  # "going to" said short: "Gonna learn Python", "I'm gonna take the TOEIC"
# "going to" is a plan only before a verb of obtaining ("going to take the CCNA"); in a résumé it is a journey as
# often ("going to customer sites to troubleshoot PLC panels").
GOING_EN = ("going", "to")
# Going, aiming or studying for a skill right after: "I'm going for the radiography one next".
AIMING_EN = frozenset(("going", "aiming", "studying"))
# ... or looks for, where what is looked for is work, its noun within reach after the skill's first word ("I'm looking
# for forklift jobs near Noksan", "Searching for part-time CNC machinist roles"); not a posting's, who looks for
# people ("We're looking for forklift operators"), nor a job that uses a skill said after it ("looking for a job where
# I can use my Excel skills").
SEEKING_EN = frozenset(("looking", "searching", "hunting"))
WORK_SOUGHT_EN = frozenset(
    (
        *("job", "jobs", "position", "positions", "role", "roles", "work", "opening", "openings"),
        *("vacancy", "vacancies", "internship", "internships", "gig", "gigs", "employment"),
    )
)
WORK_SOUGHT_REACH = 3  # "forklift jobs", "CNC machinist jobs", "data entry clerk roles"
SOUGHT_BETWEEN_EN = frozenset(("parttime", "fulltime", "entrylevel", "junior", "new", "local", "any"))
# ... or prepares for, where what is prepared for is an exam: its letters, a grade's word, or the word exam after it
# ("I am preparing for the SQLD exam"); not a talk at work ("preparing for a presentation").
PREPARING_EN = frozenset(("preparing", "prepping", "cramming"))
EXAM_SAID_EN = frozenset(
    ("exam", "test", "certificate", "license", "licence", "craftsman", "engineer", "industrial", "associate")
)
OBTAINING_EN = ("learn", "take", "get", "study", "become", "start", "try", "apply", "retake", "pass")
# Weighing a step before its verb of obtaining ("thinking about taking the CCNA"); "Thinking of new marketing ideas"
# and "looking into customer complaints" are work.
WEIGHING_EN = frozenset((("thinking", "about"), ("thinking", "of")))
# ... or with the skill itself right after the pair ("Thinking about a CCNA", "Looking into Python").
WEIGHING_PAIRS_EN = WEIGHING_EN | {("looking", "into")}
BETWEEN_WEIGHING_EN = ("a", "an", "the", "my", "some")
# ... or undecided whether to, or urged to by "I should", before the verb of obtaining ("Still deciding whether to
# study for the welding certificate", "My friend says I should try for Craftsman Forklift"): `_undecided_en`.
UNDECIDED_EN = frozenset(
    (first, then)
    for first in ("deciding", "wondering", "sure", "unsure", "undecided")  # "not sure whether to", "unsure if I'll"
    for then in ("whether", "if")
)
SHOULD_EN = ("i", "should")
# ... not a verb that puts a thing had to use, urged with no "for" ("My boss says I should apply Python to more of our
# reports", "I should start Excel macros for the team"); "I should apply for the forklift licence" is sought.
PUT_TO_USE_EN = ("apply", "start")
# ... or a line of work in it between, after the weighing pair or a wish ("Thinking about a career in HVAC", "I'd like
# something in logistics"); not "I'd like to note my career in HVAC" (no pair right before).
FIELD_EN, FIELD_IN_EN = frozenset(("career", "job", "jobs", "role", "something", "work")), "in"
FIELD_WISHED_EN = frozenset((("id", "like"), ("would", "like")))
# A wish of the past for a trade, then "but" ("Wanted to be a welder but ended up driving a forklift", "I always hoped
# to become a nurse but …"): not had; "be" is dropped as an adverb. Not a wish held to ("Wanted to become a welder,
# and did"), nor learning ("Wanted to learn SQL but my team taught me": no trade).
WISHED_PAST_EN = (("wanted", "to"), ("hoped", "to"), ("planned", "to"), ("wanted", "to", "become"))
WISH_UNMET_EN = "but"
# ... or a move weighed, what it moves into right after ("Thinking about moving from forklift work into crane
# operation", "Thinking of switching to CNC"): the work moved from is held; "Moved from forklift work into crane
# operation in 2022" is a move made.
MOVING_EN = frozenset(("moving", "switching", "changing", "transitioning", "shifting", "getting", "going"))
MOVED_INTO_EN = frozenset(("into", "to"))
MOVED_FROM_EN = "from"
OBTAINING_ING_EN = ("learning", "taking", "getting", "studying", "becoming", "starting", "trying", "applying")
# Words of experience: a skill wanted with them is a career carried on ("I hope to bring my 10 years of TIG welding
# experience", "TIG 용접 경험을 현장에서 보여드리고 싶습니다"), not a skill not yet held. Korean ones begin words.
EXPERIENCE_EN = ("experience", "experienced", "career", "years", "background")
EXPERIENCE_KO = ("경험", "경력", "실무", "현업")
LACKED_THINGS_KO = (*EXPERIENCE_KO, "자신", "지식")  # what 없다 says is not had: "경험 없음", "자신 없음"
# Kinship and friends: said as the subject ("형이", "아버지가", "친구는") or after a possessive ("my dad"), the skill in
# the clause is theirs. A Korean one needs its particle: bare, 형 and 이모 are also a name's syllables spaced apart
# ("금 형", "라 이모").
KIN_KO = (
    *("형", "누나", "언니", "오빠", "동생", "남동생", "여동생", "아버지", "아빠", "어머니", "엄마", "부모님", "부모"),
    *("친구", "남편", "아내", "와이프", "삼촌", "이모", "고모", "외삼촌", "사촌", "할아버지", "할머니", "친척", "지인"),
    # In-laws, children and partners ("제부가 용접 공장 사장님"); not 동서, which is east and west too.
    *("형부", "매형", "매부", "매제", "제부", "처남", "처제", "처형", "시누이", "올케", "새언니", "형수", "장인어른"),
    *("장모님", "사위", "며느리", "조카", "아들", "딸", "손자", "손녀", "남친", "여친", "남자친구", "여자친구"),
    *("신랑", "절친", "베프", "룸메"),
    *("옆팀", "다른팀"),  # another team
    # A senior or a junior at school or work, the peers and "others" as a subject are someone else too ("선배가 X 따고",
    # "동기들은 다 땄는데", "남들은 따고 대기업 가던데"); not 동기 alone, a motive too ("지원 동기는").
    *("이모부", "고모부", "선배", "후배", "동기들", "남들"),
    # The mother's side, and the grown-ups a line calls by kinship words ("관리실 아저씨가 분전반 열어 보시더니").
    *("외할아버지", "외할머니", "외숙모", "큰아빠", "작은아빠", "아저씨", "아줌마", "아주머니"),
)
# Others at work named by their role as a subject are someone else too ("디자이너가 포토샵으로 시안 주면 저는
# 퍼블리싱했어요", "설계팀이 도면 주면 …"), with a subject's particle only: bare, a role is the writer's own as often
# ("디자이너 3년").
ROLES_KO = (
    *("디자이너", "개발자", "기획자", "퍼블리셔", "설계팀", "설계자", "사수", "선임", "후임"),
    *("동료", "동료들", "팀원들", "직원들"),
)
ROLE_PARTICLES_KO = ("이", "가", "은", "는", "께서")
# Contractors and another named team, or its head, as a subject are others at work too ("MES는 외주업체가 관리합니다",
# "셋업은 업체가 함", "인프라팀이 운영하고 저는 …", "PPAP 서류는 품질팀장님이 담당하세요"); with 이, 가 or 께서 only:
# with 에서 a team is where the writer works ("품질팀에서 CMM 측정 2년"), and as a topic it may be the writer's own.
CONTRACTORS_KO = ("업체", "외주업체", "협력업체", "하청업체", "외주", "협력사", "하청")
TEAMS_KO = (
    "팀",
    "팀장",
    "팀장님",
)  # after the team's name: "인프라팀이"; not bare "팀이" nor "팀장님이", the writer's own
OUR_TEAMS_KO = ("우리", "저희", "울", "내")  # "우리팀이": the writer's own
OTHER_PARTY_PARTICLES_KO = ("이", "가", "께서")
# Kinship nouns a writer calls themselves by ("코딩하는 엄마", "CAD 잘하는 형"): a describing clause ending in one is
# the writer's as often.
SELF_KIN_KO = ("아빠", "엄마", "아버지", "어머니", "형", "누나", "언니", "오빠", "동생")
# Someone else's, said with the honorific no one says of themselves, last ("치킨집 사장님이 배달 직접 하심", "아버지가
# 용접 하셨어요"); not a posting's "하신 분" or "하세요", said to the reader.
HONORIFIC_LAST_KO = (
    *("하심", "계심", "다니심", "하셨어요", "하셨음", "하셨습니다"),  # not 하십니다: a posting's duties
    *("하시고", "하셨고"),  # ... ending a clause the writer's part follows: "과장님이 엑셀 하시고 저는 CAD 해요"
    # A title's honorific copula ("집사님이 용접 학원 원장님이세요"); not a posting's question ("엑셀 능숙한 분이세요?")
    *("님이세요", "님이심", "이셨어요", "이셨음", "되셨어요", "되심"),
)
# ... and the honorific told of the one named before the skill ("사장님은 용접부터 열쇠까지 다 하신다는 소문"):
# `_told_of_honoured`.
HONORIFIC_TOLD_KO = ("하신다는", "하신대요", "하신다고", "하신다", "하신답니다")
HONOURED_SUBJECTS_KO = ("님이", "님은", "님께서", "님도", "씨는", "씨가", "씨도")  # the one honoured: "옆집 아저씨는"
PERSON_BOUND_KO = "분"  # "하신다는 분": whom a posting asks for
# Words a kinship noun is compounded with ("사촌형이", "큰아버지가", "막내삼촌이"); not 외, which begins 외형 too.
KIN_PREFIXES_KO = ("사촌", "큰", "작은", "막내", "친", "둘째", "셋째", "첫째", "시")
# Particles a kinship noun is the subject or the owner with ("형이", "아버지께서", "친구의").
# Not 의: "친구의 쇼핑몰 상세페이지 제작" is the friend's shop and the writer's work; not 님 bare: 형님 is a title too.
KIN_PARTICLES_KO = ("이", "가", "은", "는", "께서", "님이", "님은", "님께서", "도")
# ... and the copula a kinship noun is the predicate with ("제 형이에요", "우리 삼촌입니다": `_ours_last`).
KIN_IS_KO = ("이에요", "예요", "이예요", "입니다", "이야", "야", "임", "이다")
# A relative after "for" is whom the writer's work was for, not its subject ("Managed inventory for my parents'
# store"); after "with" or "from" they may be its company or its source ("Playing Go with my grandfather").
FOR_EN = "for"
# ... and after a verb of working and "at" or "in", where the writer worked ("Worked at my friend's cafe doing
# inventory management"); not any "at" ("At my uncle's garage the mechanics weld exhaust pipes").
WORKED_AT_EN = (
    *(("worked", "at"), ("worked", "in"), ("interned", "at"), ("helped", "at"), ("helped", "in")),
    ("worked", "with"),  # "Worked with my supervisor on AutoCAD drawings"
)
MY_EN = "my"
# ... and after the words of whom a skill is owed to ("Fluent in Vietnamese thanks to my mum").
OWED_TO_EN = (("thanks", "to"), ("because", "of"))
# What someone else says or said, the writer not its subject ("A guy at church says scaffolding pays well").
SAYS_EN = ("says", "said", "told")
PRAISED_EN = ("praised", "praises", "complimented")  # the writer's thing praised by another: "… praised my Excel"
KIN_EN = (
    *("dad", "father", "mom", "mum", "mother", "brother", "sister", "friend", "friends", "uncle", "aunt", "cousin"),
    *("wife", "husband", "son", "daughter", "parents", "family", "grandfather", "grandmother", "grandpa", "grandma"),
    *("nephew", "niece", "boyfriend", "girlfriend", "stepdad", "stepfather", "stepmom", "stepmother", "roommate"),
    *("neighbour", "neighbor"),  # not the plural: "neighbour's" reads as one ("Worked at my neighbour's shop")
    *("sister-in-law", "brother-in-law", "father-in-law", "mother-in-law", "stepbrother", "stepsister", "grandson"),
    *("granddaughter", "fiance", "fiancee", "buddy", "flatmate", "housemate", "bestie"),
    # Someone at work or school, said with "my" as the subject ("My coworker does the PLC programming").
    *("boss", "coworker", "co-worker", "colleague", "supervisor", "professor", "mentor", "manager"),
)
# Words between a possessive and a relative that leave them one ("My older sister is a CNC programmer", "my best
# friend does penetration testing").
KIN_ADJECTIVES_EN = (
    *("older", "younger", "little", "big", "elder", "eldest", "oldest", "youngest", "best", "twin", "late"),
)
# A relative as a clause's first words, said as one of the writer's: "A friend of mine drives a forklift". (A
# relative's thing first, "My aunt's bakery got a HACCP sticker", is as often where the writer worked: "My family's
# restaurant: handled inventory in Excel".)
ONE_OF_EN = ("a", "an", "one")
# The writer's own: "their families", "their homes" are a job's clients' (ESCO's "work with service users and their
# families").
POSSESSIVES_EN = ("my", "our")
# Someone's relative first in the clause ("The landlord's son", "A coworker's husband"): theirs.
DETERMINERS_EN = ("the", "a", "an")
IS_THEN_EN = ("a", "an", "the", "still", "now", "also", "in", "on", "at")  # after "'s" = is: "My dad's a welder"
# ... or is or has before a participle or an adjective said of a person: "Dad's been welding all week", "My uncle's got
# a forklift license", "My sister's learning Excel", "My girlfriend's fluent in Japanese". Not any -ing word, a noun's
# modifier as often ("Dad's welding shop").
IS_OR_HAS_THEN_EN = (*IS_THEN_EN, "been", "got", "gotten", "learning", "studying", "doing", "fluent", "always", "never")
# ... where no word after starts a memo's next deed, the writer's ("Dad's always on the road so did the shop's
# bookkeeping").
THEN_THE_WRITER_EN = ("so", "but", "then")
POSSESSIVE_S = ("'s", "’s")
# Verbs of meeting a person, before one a skill's doer names ("Met a data analyst", "married an engineer").
MET_EN = ("met", "meet", "dated", "dating", "married", "marrying", "asked", "befriended", "saw", "watched")
# Whose things a résumé or a posting tells of, their "'s" said with "the": "The team's SQL queries", "The lab's Docker".
ORGANISATIONS_EN = (
    *("teams", "companys", "labs", "firms", "shops", "schools", "departments", "clients", "plants", "factorys"),
    *("projects", "offices", "startups", "stores", "groups", "yards", "sites", "customers", "banks", "hospitals"),
)
# Parents, said as a name: a clause's first word is its subject without "my" before a verb's third person or past
# ("Dad runs a welding shop", "Mom worked in a factory"; not "Mother tongue: Korean", "Mother vessel operations").
PARENTS_EN = ("dad", "father", "mom", "mum", "mother", "grandpa", "grandma", "grandfather", "grandmother")
PARENTS_VERB_ENDINGS_EN = ("s", "ed")
# What "mother" and "father" name before a noun in the plural: "Mother tongues: Korean", "Mother vessels operations".
PARENT_COMPOUNDS_EN = ("tongue", "language", "vessel", "ship", "board", "land", "company", "plant", "unit", "card")
PARENTS_VERBS_EN = ("ran", "had", "taught", "built", "made", "sold", "drove", "still")
# A pastime or a fan's: the nouns of a hobby ("취미", "hobby"), and of liking as a fan ("lover"; "fan" last or before
# "of", since "mount fans and ducts" is a machine's).
PASTIME_KO = ("취미", "힐링")  # "TIG 용접 영상 보는 게 힐링"
PASTIME_EN = ("hobby", "hobbies", "lover", "lovers")
# A thing seen on a visit, a tour or a fair, with a verb of seeing after it: a visitor's sight, not work ("공장 견학
# 갔다가 로봇 용접 라인을 봤는데", "터미널 견학 때 갠트리 크레인을 처음 봤는데", "박람회에서 협동로봇 봤어요"); not a
# visit without seeing ("공장 견학 안내 업무"), nor seeing without a visit ("도면 보는 건 자신 있어요").
VISIT_KO = ("견학", "박람회", "전시회")
SEEN_KO = ("봤", "보았", "구경했", "구경함")
# Seen on a screen, not done ("Forklift driver in a webtoon", "Sign language interpreter on TV", "Hazmat suits in that
# zombie movie"): a word of the screen after on or in, an article or one word between; not a game or a show (the game
# industry, a trade show).
SCREEN_PREPOSITIONS_EN = ("on", "in")
SCREEN_DETERMINERS_EN = ("a", "an", "the", "that", "this", "my")
SCREENS_EN = ("tv", "webtoon", "webtoons", "movie", "movies", "film", "films", "drama", "dramas", "anime", "cartoon")
AFTER_SCREEN_EN = ("i", "we", "he", "she", "they", "looked", "look", "looks", "was", "is", "were", "are", "last")
HEARD_OF_WORDS_EN = ("about", "around")  # what is only watched or heard about, or grown up around (_heard_about)
FAN_EN = ("fan",)  # "fans" last is a machine's as often ("Maintained HVAC systems including exhaust fans")
# A hobby's noun beside a word of the writer's job is a hobby turned work ("Python hobby projects deployed at work").
AT_WORK = ("work", "job", "career", "회사", "직장", "실무", "업무", "현업")
# Liking, said of a thing: a consumer's taste ("EDM 페스티벌 좋아함"). Liking work is said of a skill too ("I like
# welding", "캐드 도면 그리는 거 좋아함"), so it only counts against a name said before another thing (context.py).
LIKING = (
    *("좋아함", "좋아해요", "좋아합니다", "좋아하는", "좋아", "즐김", "즐겨요", "즐깁니다", "애정", "최애"),
    *("like", "likes", "love", "loves", "enjoy", "enjoys", "favourite", "favorite"),
)
# Where one predicate ends and another begins within a clause: Korean connective endings and the place a predicate
# happens in ("했고", "하며", "했지만", "가게에서"), unless an auxiliary follows ("배우고 싶어요", "배우고 있음");
# English "but", and "and" before a word of grammar ("and want to learn TIG", "and I").
# "가능하나 ...", "엄마가 리옹 출신이라 …"; 다가, one thing done and then another ("지게차 몰다가 굴착기 자격증 따고
# 싶어서", "수입 통관 하다가 관세사 준비 중").
PREDICATE_ENDINGS_KO = ("고", "며", "지만", "는데", "면서", "서", "으나", "하나", "으니", "니까", "이라", "다가")
# Nouns a work line ends in 고 with, no predicate's ending: "출고 대기 중" is one predicate.
NOUNS_IN_GO_KO = ("출고", "입고", "재고", "창고", "광고", "참고", "경고", "신고", "최고")  # not 보고, 사고: verbs too
# … and in 서: an exam's form or part ("정처기 원서 접수 깜빡해서", "필기에서 과락"), or a certificate's name
# ("워드프로세서 시험 안 봤어요"), or beside someone, no place of work ("누나 포토샵 하는 거 옆에서 보다가 나도 좀 함");
# not 써서, 해서, verbs.
NOUNS_IN_SEO_KO = ("원서", "필기에서", "실기에서", "시험에서", "워드프로세서", "옆에서", "곁에서")
# … and in 다가: a noun in 다 as a subject ("바다가 보이는 곳", "베란다가 넓어요"), or 에다가, onto ("엑셀에다가 정리").
NOUNS_IN_DAGA_KO = ("바다가", "베란다가", "캐나다가", "에다가")
# 다가 stays one part with what follows when that undoes or takes up the thing said before it: a past form's 다가 (a
# final ㅆ, U+11BB, as normalise spells it: "시험 신청했다가 환불받았어요"), a thing meant ("원서를 내려다가 마감을
# 넘겼어요"), a thing given up or quit later ("용접 학원 다니다가 포기했어요"), or the writer too ("옆에서 보다가 나도
# 좀 함").
DAGA_KO = "다가"
_PAST_THEN_KO = "\u11bb" + normalise(DAGA_KO)
MEANT_THEN_KO = "려다가"
QUIT_KO = ("포기", "그만두", "그만뒀", "그만둠", "그만둔", "관두", "관뒀", "관둠", "관둔", "접었")
# Learning given up, years or none: a verb of learning in 다 or 다가 after the skill ("배우다가", "공부 하다", "학원
# 다니다가"), or the doing of a thing only learned ("코딩 일년 하다"), then quitting it ("포기함", "그만뒀어요",
# "접었어요"); work done and then left is held ("용접 3년 하다가 그만두고", "CNC 2년 하다 그만뒀어요").
LEARNING_THEN_KO = ("배우다", "공부하다", "독학하다", "연습하다")
LEARNING_SPACED_KO = (*LEARNING_KO, "학원")  # ... with its verb apart: "독학 하다", "학원 다니다가"
DOING_THEN_KO = ("하다", "다니다")
LEARNED_ONLY_KO = ("코딩", "회화")  # a thing whose doing is its learning, no work
QUIT_THEN_KO = (*QUIT_KO, "접고", "접음")
# A quitting only nearly done or meant ("포기할 뻔했는데", "포기하려 했는데", "그만두고 싶었지만"), and the skill then
# said used now ("지금은 잘 다뤄요", "지금은 업무에 써요"): still the writer's.
QUIT_MEANT_KO = ("려",)
QUIT_NEARLY_KO = ("뻔", "싶")
NOW_SAID_KO = ("지금", "요즘", "이제")
USING_NOW_KO = ("다뤄", "다룹", "다룸", "써요", "씁니다", "쓰고", "쓰는", "사용", "활용", "잘해", "잘함", "능숙")
LEARNING_GIVEN_UP_REACH = 4  # words after the skill to its learning's verb: "일본어 학원 한 달 다니다가"
WRITER_TOO_KO = ("나도", "저도")
HONOURED_SUBJECT_SEO_KO = "께서"
KOREAN_PREDICATE_MIN = 2
# Auxiliaries a connective ending binds to its verb ("배우고 싶어요", "하고 있음", "따고 나니", "알고 보니"): their
# own forms, not a word that begins with the same syllable ("있는데 나중에 크레인도", "하고 있는데 주말에", "계속").
AUXILIARIES_KO = (
    *("싶", "있"),
    *("계시", "계세", "계신", "계십", "계셨", "계셔", "계심"),  # not 계속, 계획
    *("말았", "말아", "말지"),  # not 말은
    *("보니", "보면", "봤더니"),  # not 보안, 보통
    *("나서", "나니", "나면", "나야"),  # not 나중에, 나이
    *("주세", "주시", "주셨", "줘", "줬"),  # not 주말에, 주로
)
# When, ending a clause said of the next ("전자기기기능사 땄을 때 처음으로 아빠가 칭찬해줌").
WHEN_SAID_KO = ("때", "때는", "때도", "때에")
SUBJECT_TOPIC_KO = ("은", "는", "이", "가", "께서", "도")  # a subject's or a topic's particle
# Endings that join two predicates of one subject ("지게차 운전하고 재고관리 해요").
COORDINATING_KO = ("고", "며")
# A sentence's copula, said last: what the writer is ends its predicate ("Tagalog 원어민이에요 (엄마가 필리핀분)").
COPULA_LAST_KO = ("이에요", "입니다", "이었어요", "이었습니다")  # after a noun; not "별로였어요"
# A sentence that says something is held or was obtained ends its predicate, though no punctuation follows: "위산기
# 있어요 여천 화학공장 다니는 형이 따라고 했어요" is the writer's certificate and then the brother's advice.
HELD_LAST_KO = (
    *("있어요", "있습니다", "있음", "땄어요", "땄습니다", "땄음", "합격했어요", "합격했습니다"),
    *("취득했어요", "취득했습니다", "붙었어요", "붙었습니다", "했어요", "했습니다", "했음"),
)
BREAKS_EN = ("but", "while", "then", "although", "though", "whereas", "who", "which")
AND_EN = ("and", "or")
# Negation: a skill not held, not needed or never done. Korean says it after the skill:
# the adverbs 안 and 못 before a verb ("파이썬 안 해봄", "CNC는 한 번도 안 만져봄"; 못 begins its verbs
# too: "자바는 못함"), 모르다 ("엑셀 잘 모름"), 아니다 ("꼼꼼한 편은 아님"), and 없다 after a word of
# experience or a thing tried's 본 적 ("경험 없음", "써본 적 없음"; "사고 없이", "결근 없음", "사고 난 적
# 없음" are claims of good work); failing an exam ("시험 떨어짐", "불합격"), unless passed after.
# Negated twice, it is a claim: "엑셀 못하는 거 없음", "안 해본 공정이 없어요". English says it before:
# "never", "not" and verbs with n't before a verb of knowing, using or needing ("have never used
# SAP", "don't know Excel"; not "never missed a deadline"), "no" before a need or experience ("No
# need to know Java"), and "not required" after it.
NEGATING_KO = ("안", "못")
NEGATED_VERBS_KO = (
    "못하",
    "못해",
    "못함",
    "못합",
    "못했",
    "못 ",
    "모름",
    "몰라",
    "모릅",
    "모르",
    "아님",
    "아니",
    "아닙",
    "아냐",
)
# 안 glued to a verb of trying or using, as typed on a phone ("용접 안해봄", "지게차 안타봄"); not a word of its own
# (안전, 안내, 안타: a hit).
GLUED_NOT_KO = (
    *("안해봄", "안해봤", "안해봣", "안해본", "안해봐", "안해요", "안함", "안했", "안써봄", "안써봤", "안써본"),
    *("안써요", "안타봄", "안타봤", "안타본", "안만져", "안다뤄", "안배워", "안배웠"),
    *("못다룸", "못다뤄", "못써", "못타"),
)
# 아니라 after 뿐 or 만이: not only the skill, another too ("엑셀뿐만 아니라 파워포인트도").
NOT_ONLY_KO, ONLY_BEFORE_NOT_KO = "아니라", ("뿐", "뿐만", "만이")
# A weakness said after the skill is a negation too: a fear or unease of it ("영어 울렁증", "발표 불안증"), a weak or
# clumsy hand at it ("체력이 약한 편", "엑셀 서툼", "영어 실력 부족"). 약한 only before 편 ("약한 전류" is a current).
WEAK_KO = (
    *("울렁증", "불안증", "공포증", "약함", "약해", "약합", "서툴", "서툼", "서투", "미숙", "부족", "젬병", "꽝"),
    *("무서", "무섭", "두렵", "두려"),  # afraid of it: "지게차 운전은 아직 무서워요"
)
# ... and hard for one ("야간 근무는 어렵습니다", "교대 근무 힘들어요"), not a hard thing done ("어려운 용접도 가능").
HARD_KO = ("어렵", "어려워", "어려움", "힘들", "힘듭", "힘듦")
# Endings that concede a weakness before a strength ("부족하지만 읽기 가능"), and words of ability after it.
CONCEDING_KO = ("지만", "는데", "은데", "나", "어도", "아도")
PAST_ADNOMINAL_KO = "던"  # "… 깔아본 적도 없던 제가"
NOW_SET_AGAINST_KO = ("지금은", "이제는", "현재는")
NOT_YET_KO = ("려고", "생각", "예정", "준비", "가능한가", "될까", "싶")
ABLE_KO = ("가능", "잘함", "잘해", "능숙", "자신")  # "무서웠지만 지금은 자신 있습니다"
# Words after a weakness in which its denial or an ability is said, at most ("부족함 없음", "약함 독해 가능"), and
# after a concession ("부족하지만 영어 읽기 쓰기 가능").
WEAK_REACH = 4
CONCEDED_REACH = 8
# Words after a weakness that keep it the predicate: being, having, its degree, a but.
PREDICATE_AFTER_WEAK_KO = ("편", "있", "해요", "합니다", "함", "한", "하", "해서", "지만", "그래서", "좀", "많이")
WEAK_BEFORE_KO = ("약한", "편")
# Words between a skill and 약한 편 that keep the weakness its: an aspect of it, or a degree ("엑셀 실력이 좀 약한 편").
ASPECTS_KO = (
    *("실력", "쪽", "회화", "듣기", "말하기", "읽기", "쓰기", "작문", "독해", "발음", "문법", "함수"),
    *("좀", "조금", "아직", "많이", "약간", "다소"),
)
REASON_ENDINGS_KO = ("이라", "라서", "이어서")  # "약한 편이라 …": the weakness a reason for what follows
LACKING_KO = "없"
CAN_KO = "수"  # the bound noun of can and cannot: "할 수 있음", "할 수 없음"
LACKED_KO = "적"  # "해본 적 없음": a thing never tried, said with 본 ("사고 난 적 없음" is none)
# ... or a work done to the thing named, never done: "도커에 올린 적 없음", "배포한 적 없어요", "다룬 적 없음".
DONE_TO_IT_KO = ("올린", "배포한", "다룬", "돌린", "만진", "몰아", "운전한", "작성한", "설계한", "코딩한", "배운")
TRIED_KO = "본"
# ... "even" never, said of a verb of using the skill ("만져본 적도 없음", "써본 적은 없음"); not of another thing
# ("지게차 운전 중에 다쳐본 적도 없고": never hurt).
LACKED_EVEN_KO = ("적도", "적은")
USED_KO = (
    *("해본", "써본", "만져본", "다뤄본", "배워본", "접해본", "잡아본", "몰아본", "돌려본", "타본", "사용해본"),
    *(
        "깔아본",
        "설치해본",
        "열어본",
        "켜본",
        "짜본",
        "그려본",
        "만들어본",
    ),  # never installed: "CAD는 깔아본 적도 없어요"
)
FAILING_KO = ("불합격", "낙방", "과락", "광탈", "폭망")  # 과락: a subject's failing mark ("필기 과락났어요")
MANNER_KO = "게"  # an adverb's ending: "아깝게", "아쉽게"
# ... and how often or again, said between an exam and its failing: "지게차 시험 두 번 떨어짐", "실기 또 떨어짐".
AGAIN_KO = ("또", "다시", "또다시", "결국", "이번에도", "번", "번이나", "번째", "번도")
EXAM_AFTER_SKILL = 4  # words from the skill's first to its exam's: "CNC 가공 실기", "1종 보통 필기"
# Points short of the pass mark, after an exam ("필기 평균 2점 모자라서 떨어짐", "필기 점수가 모자랐어요").
SHORT_KO = ("모자라", "모자랐", "부족해", "부족했")
SHORT_BY_KO = (*SHORT_KO, "차이")  # ... or by how many points: "2점 차이로 떨어짐"
SCORE_KO = ("점", "점수")
# A hand at it denied with 않다 after its adjective ("영어에 익숙하지 않습니다", "회계에 능숙하지 않음").
NOT_KO = "않"
ADNOMINAL_KO = ("은", "는")
LOCATIVE_KO = ("에서", "에")  # where: "공장에서", "부산에"
NOT_BEFORE_KO = "지"
AVOIDING_KO = ("마다하", "꺼리", "가리")  # not avoiding it: "교대근무 마다하지 않습니다"
# A verb of using or doing the skill, right after it, denied by 않-: "엑셀 쓰지 않음", "SQL 배우지 않았어요";
# not other verbs ("외주 주지 않고 직접", "사고를 내지 않았습니다": care taken), nor 않- of a purpose or a manner
# ("누수 나지 않게", "넘지 않도록", "검색하지 않고도 바로").
USING_NOT_KO = (
    *("쓰지", "하지", "해보지", "써보지", "배우지", "몰지", "타지", "다루지", "만지지", "사용하지", "운전하지"),
    *("사용해보지", "배워보지", "다뤄보지", "몰아보지", "맡지", "담당하지", "원하지", "따지", "있지"),
)
USING_REACH = 3  # words of the skill's, its particle's or an adverb's before the verb: "용접은 전혀 하지 않았습니다"
PURPOSE_KO = ("게", "도록", "고도", "고")
HANDY_KO = ("능숙", "익숙", "능통", "잘하", "자신")
# Known by name or hearsay only ("CAD는 들어만 봤어요", "이름만 알아요"): not held.
HEARSAY_KO = ("들어만", "이름만")
# Reported speech last: someone else's, heard ("옆 팀에 파이썬 잘하는 사람 있대"). Not 한대 bare: one machine
# ("장비 한대").
REPORTED_KO = (
    *("있대", "없대", "했대", "된대", "한대요", "있대요", "했대요", "된대요", "이래요", "다더라", "다던데", "다네요"),
    *("신대요", "셨대요", "셨대", "온대요"),  # "LNG 보냉 작업 하신대요"; not 는대요, typed for 는데요 as often
)
# A thing never done, said as the predicate: "코딩은 완전 처음입니다", "용접은 처음이에요" (not "처음에는 어려웠지만").
FIRST_TIME_KO = "처음"
# The copula after it, said of the writer ("처음이라 떨려요", "처음이네요"): not "처음이어도 가능", "처음이셔도 교육해
# 드립니다" (a posting's welcome).
FIRST_TIME_ENDINGS_KO = ("이", "임", "입", "인데")
WELCOMING_ENDINGS_KO = ("이어도", "이셔도", "이라도", "이신", "이셨", "이세요", "이시")
# A thing bought, said with 사다's past ("보조배터리 샀어요") or its noun last ("세일에서 패딩 삼"): a shopper's.
BOUGHT_KO = ("샀", "구입했", "구입함")  # "용접기 구입했어요"; not 구입 as a noun, a buyer's work ("자재 구입 업무")
BOUGHT_EN = ("bought", "ordered")  # not "purchased", a buyer's work as often; "Ordered a java chip frappe"
BOUGHT_REACH = 4  # words before the skill: "Bought a cheap soldering iron"
BOUGHT_LAST_KO = ("삼",)
# ... or a thing bought, then told of, ending its part ("… 샀는데 아직 안 뜯었어요"); not "샀고", one predicate of a
# business's ("CNC 장비 샀고 3년간 가공 외주 운영").
BOUGHT_BEFORE_KO = frozenset(("샀는데", "샀다가", "샀더니", "구입했는데", "주문했는데", "질렀는데"))
# Got as a find, bought only where a place of buying is said ("세일에서 패딩 득템"); a certificate passed is got too
# ("정보처리기사 자격증 득템").
FOUND_KO = ("득템", "득템함", "득템했어요")
# The particle of the place a thing was bought at, which ends a part of its own ("세일에서").
PLACE_KO = "에서"
# Failing, after an exam's word: "정보처리기사 시험 떨어짐", "실기에서 미끄러졌어요", "굴착기 실기 탈락했어요"; not
# "떨어진 부품 수거", nor 탈락 of another thing ("서류 탈락", "도장 탈락 보수"); disqualified or short of the mark
# ("실기 코스에서 실격", "실기 점수 미달이었어요"; not work: "불량률 기준 미달 제품 선별").
FAILED_KO = ("떨어", "미끄러", "탈락", "실격", "미달")
# An exam's day or its sign-up missed, forgotten or put off: "시험 신청 기간 놓침", "원서 접수일 깜빡함", "시험 예약만
# 세 번 미룸", "실기 접수일 까먹음"), not sat ("날짜 착각해서 결시했어요", "실기 미응시"), its deadline passed, its
# booking lost or its fee refunded ("… 원서 마감을 넘겼어요", "… 시험 예약을 날려 버렸어요", "… 신청했다가
# 환불받았어요").
MISSED_KO = (
    *("놓침", "놓쳤", "놓쳐", "깜빡", "까먹", "미룸", "미뤘", "미뤄", "결시", "미응시", "넘겼", "넘겨", "날려", "날렸"),
    "환불",
)
# ... or its deadline gone by: "원서 내려다가 마감일 지나 버림", "접수 마감 지났어요".
DEADLINE_KO, GONE_BY_KO = "마감", ("지나", "지났", "지남", "넘었", "넘어", "넘음")
DEADLINE_REACH = 2  # words from the deadline to its going by: "접수 마감 하루 지나서 알았어요"
INSTEAD_OF_KO, ALSO_KO = ("말고", "말구"), "도"
STUDIED_FOR_KO = "공부"
WATCHED_ONLY_KO = "구경만"
STUDYING_NOW_KO, NOW_KO = ("공부중", "공부시작"), ("중", "시작", "있")  # studying now, or begun
STUDIED_FOR_FORMS_KO = (STUDIED_FOR_KO, "공부하고")
OTHER_KO = ("다른", "딴")  # "… 말고 다른 건 못 해요": only it
EXAMS_KO = ("시험", "필기", "실기", "면접")
# A subject of an exam, its 과목 right after the skill (`_exam_subject`): "… 통계 과목 점수가 높았음".
SUBJECT_KO = "과목"  # "과목", "과목이", "과목에서"
SUBJECT_AFTER_SKILL = 2  # the skill's other word and its 과목: "품질 관리 과목"
# Words of sitting an exam, said right after a certificate's name: its sign-up, its form, its booking ("토익 접수 기간
# 놓쳐서"); not further on, the work's ("물류관리사 보유 택배 접수 물량 떨어짐").
SITTING_EXAM_KO = ("접수", "원서", "신청", "예약", "응시")
# An exam not sat, said in the clause's last part after why: "못" and going or sitting ("… 늦잠 자서 못 감"), or
# sitting and "못" ("… 잘못 찾아가서 응시 못 함").
NOT_ABLE_KO = "못"
ENTERED_KO = ("입실", "입장")  # "… 시험 시간에 지각해서 입실을 못 했어요"
# ... said of a certificate, its exam or its sitting named in that part ("… 결국 시험장 안 감", "응시는 안 함"); not a
# sign-up or a booking of something else ("택배 접수 마감 놓쳐서", "병원 예약 못 가서"), nor after a holding said.
SAT_NOUN_KO, HOLDING_KO = "응시", ("있", "보유", "소지")
SAT_KO = ("감", "갔", "가서", "봄", "봤", "침", "쳤", "보러", "들어갔", "들어가")
SCORED_KO = ("받았", "받고", "나왔", "점수")  # a score got: "토익 900점 받았는데", "시험 점수 850인데"
# An exam only begun: its written part, a sitting signed up for, a course attended (`_not_yet_passed`).
WRITTEN_KO, PRACTICAL_KO = "필기", "실기"
# An exam's first round, as its written part, its number and 차 two words: "관세사 1차 합격"; said after a list's
# comma, of the certificates before it ("관세사, 1차 합격").
FIRST_KO, ROUND_KO = "1", frozenset(("차", "차는", "차만", "차도"))
PASSED_THEN_KO = ("붙고", "붙은", "붙어서", "합격하고", "붙어두고", "붙어놓고")  # a pass said before what follows it
# ... or the whole exam's pass, by a verb, said before its written part: "전자기사 합격했어요 필기 점수가 꽤 높았어요".
PASSED_WHOLE_KO = (*OBTAINED_LATER_KO, "합격함", "합격하고", "합격입", "취득함", "붙음")
# The practical being practised for, with no holding said before it ("굴착기 실기 연습 중"; not "… 보유 실기 연습은
# 학원에서 3일 함"), or a sitting retried ("재도전 중", "정처기 재도전", "삼수 중"; not "재도전 끝에 합격").
PRACTISING_KO = ("연습",)
HELD_SAID_KO = ("보유", "있어요", "있음", "있고", "있습니다")  # a certificate's holding, said after it
HELD_OR_OBTAINED_KO = (*HELD_SAID_KO, "땄", "취득")
RETRYING_KO = ("재도전", "도전", "삼수", "재수", "사수")
CERTIFICATE_KO, ORDINAL_KO = "자격증", "번째"  # "… 자격증 재도전 중", "… 세 번째 도전"
LEFT_TO_DO_KO = ("남았", "남아", "남음", "남은", "준비")  # … and the practical still to sit
SIGNED_UP_PAST_KO = (
    *("접수했", "접수함", "접수완료", "신청했", "신청함", "예약했", "예약함"),
    *("접수해둠", "접수해뒀", "접수해놨", "접수해놓", "신청해둠", "신청해뒀", "신청해놨", "예약해둠", "예약해뒀"),
)  # … done ahead too: "토익 시험 접수해둠"
# On the way to its exam hall, no holding said: "… 필기 시험장 가는 길에 버스가 고장 났어요"; not a holder's memory of
# the hall ("… 있어요 실기 시험장이 진짜 더웠어요").
EXAM_HALL_KO, GOING_KO = "시험장", ("가는", "가다", "가던", "가려", "가기")
COURSE_KO, ATTENDING_KO = "학원", ("다니", "다녀", "다님", "등록")  # "학원 다녀요", "학원 등록했어요"
COURSES_KO = (COURSE_KO, "강습", "교육", "수업")  # a certificate's course, said with 만: "강습만 듣고"
SAT_PAST_KO = ("봤어", "봤습", "봤음", "쳤어", "쳤습", "쳤음", "응시했", "응시함")
SAT_THEN_KO = ("보고", "치고", "끝나고", "봤는데", "쳤는데", "봤고")  # "한능검 시험 보고 결과 발표는 아직"
SCORED_TESTS_KO = ("토익", "토플", "오픽", "텝스", "토스")  # … not a test that gives a score ("토익 시험 보고 …")
# Weighing whether to: "따볼까 해요", "도전해볼까", "딸까 생각 중": a plan.
PONDERING_KO = ("볼까", "딸까", "할까", "살까", "볼까요", "딸까요", "할까요", "살까요", "볼까봐요")
APPLICATION_KO, SUBMITTED_KO = "원서", ("냄", "냈", "넣었", "넣음")  # an application handed in
# the cues of `_not_yet_passed`, inside a word
BEGUN_KO = (WRITTEN_KO, PRACTICAL_KO, COURSE_KO, *SIGNED_UP_PAST_KO, *SAT_PAST_KO, APPLICATION_KO)
GRADE_SAID_KO = re.compile(r"\d급")  # a certificate's grade said after its name ("2", "급": digits split off)
EXAM_ROUND_KO = re.compile(r"\d차")  # an exam's round said after a licence's name ("1차": its first exam)
# The endings of a certificate's name: its grade ("정보처리기사"), or a licence's own ("물류관리사", "관세사").
CERTIFICATE_ENDINGS_KO = (*lexicon.GRADES, "관리사", "관세사", "지도사", "기샤")  # 기샤: 기사 with a slip
# ... and 기사 said short in a certificate's short form of three syllables or more (정처기, 빅분기, 산안기).
SHORT_GRADE_KO, SHORT_CERTIFICATE_SYLLABLES = "기", 3
# ... not a verb's noun form in 기 ("성적표 나오기 전이라", "시험 보기 전", "공부하기 싫어"), a doing, no certificate.
VERB_NOUN_KO = ("하기", "되기", "오기", "보기")
CASE_PARTICLES_KO = ("을", "를", "이", "가", "은", "는")  # an object's or a subject's particle
SHORT_CERTIFICATES_KO = ("컴활", "한능검", "토익", "토플", "오픽", "텝스", "토스", "무영", "무역영어", "컴퓨터활용능력")
# A certificate named by its field and its paper or grade in two words ("용접 자격증", "선반 기능사", "지게차 면허는")
# is its name typed glued ("용접기능사", "지게차자격증"): what is said after it (a failing, a sitting, a part passed)
# is judged as after the glued name. A particle of its own may follow the paper ("자격증도 떨어졌어요").
CERTIFICATE_PAPERS_NAMED_KO = (*CERTIFICATE_WORDS_KO, *lexicon.GRADES)
PAPER_PARTICLES_KO = (*CASE_PARTICLES_KO, "도", "만")
NAME_PAPER_REACH = 2  # words from a certificate's first to its paper: "CNC 선반 기능사", "굴착기 운전 기능사"
# Given up, said as the predicate: "리눅스마스터는 포기했어요", "용접 포기함"; not "포기하지 않는" (grit), nor
# after the work was done ("회계 일 하다 번아웃으로 포기함").
GAVE_UP = "포기"
GAVE_UP_KO = tuple(GAVE_UP + ending for ending in ("했", "함", "임", "해버"))
DONE_KO = ("일", "일을", "일도", "일만")  # work, as a word: not 일찍, 일주일, 일본어
WORKED_KO = ("근무", "경력", "실무")
# Failed, then passed: "실기 떨어진 후 재응시 합격", "필기 떨어지고 재시험 합격", "떨어진 적 있지만 지금은 취득".
PASSING_KO = ("합격", "통과", "취득", "땄", "붙었", "붙음")  # "실기는 두 번째에 통과"
PASSED_LATER_KO = (*PASSING_KO, "붙어서")  # ... after a failure: "떨어졌지만 두 번째에 붙어서"
# A negation negated is a claim: "일본어 못하지 않음", "MES 조회 못 하는 건 아님", "Git 사용 안 하는 분 불가"; and
# a thing one cannot do without is a thing one does ("ERP 없이는 일 못함").
NEGATED_AGAIN_KO = ("없", "않", "아님", "아니", "아닙", "불가")
# ... unless the negated verb ended its sentence ("몰라요", "모릅니다", "못해요"): a negation after it is another
# sentence's ("엑셀은 하나도 몰라요 열어 본 적도 없음"), not it negated ("모르는 게 없어요", "못하지 않음").
SENTENCE_ENDED_KO = ("요", "다")
WITHOUT_KO = "없이"
EVEN_WITHOUT_KO, NEEDED_KO = "없어도", ("면허", "자격", "경험", "경력")
LACKED_LAST_KO, LACKED_REACH = frozenset(("없음", "없어요", "없습니다", "없어용", "없슴")), 3
NEGATING_EN = (
    *("never", "not", "cannot", "can't", "cant", "don't", "dont", "doesn't", "didn't", "haven't", "hasn't"),
    *("won't", "isn't", "aren't", "wasn't"),
)
KNOWING_EN = (
    *("know", "knew", "known", "use", "used", "using", "speak", "spoke", "need", "needed", "work", "worked"),
    *("touch", "touched", "try", "tried", "learn", "learned", "learnt", "operate"),
    *("operated", "handle", "handled", "required", "necessary", "hold", "held"),  # "never held a soldering iron"
    *("open", "opened", "do", "did", "done", "study", "studied"),  # "Never opened AutoCAD", "Never studied Python"
    *("read", "write", "understand"),  # "can't read Russian", "don't understand Excel macros"
    # said of the writer's hand at it: "not comfortable with Excel", "not familiar with SAP", "not good at CAD"
    *("comfortable", "familiar", "confident", "good", "great", "proficient", "experienced", "fluent"),
)
# An exam not passed, said before it ("I didn't pass the JLPT N2"); not after ("Python that did not pass review").
PASSED_BEFORE_EN = ("pass", "passed")
EXAM_ARTICLES_EN = ("the", "my", "a")
# A negation in one word, said before the skill or after it ("unfamiliar with Jira", "Jira: unfamiliar").
# Said of the writer: before "with" and the skill ("Very unfamiliar with Jira", "unfamiliar with Excel or Word") or
# last after it ("Jira: unfamiliar"); not of others, named or done to before it ("Supported users unfamiliar with
# Excel", "new hires who were unfamiliar with SAP"), nor before a noun ("Picked up unfamiliar Kotlin").
UNKNOWING_EN = ("unfamiliar", "inexperienced", "clueless")
UNKNOWING_OF_EN = ("with", "in", "at", "about")
PAST_MIN = 4  # letters of a regular past, more than: "used", "need" are none
UNKNOWING_TAIL_EN = ("for", "now", "yet", "still", "at", "all")  # "Jira: unfamiliar for now"
OTHERS_EN = (
    *("users", "customers", "clients", "students", "staff", "hires", "people", "workers", "employees", "colleagues"),
    *("trainees", "interns", "operators", "members", "juniors", "those", "who", "them", "team", "newcomers"),
)
ADVERBS_EN = ("really", "ever", "yet", "even", "actually", "been", "be")
# A negation of the past before a time it ended: "Didn't know SQL before joining, now I write reports in it".
BEFORE_EN = ("before", "until", "till")
NO_EN = ("no", "zero")  # "Zero experience with Excel"
# The writer's own exam failed, said first in the part: "Failed my CKA exam", "I failed my forklift practical test";
# not things that failed ("Fixed builds that failed the unit tests in Jenkins", "Analysed failed parts with SEM"), nor
# work's tests failed once ("Failed the PLC acceptance test at the customer site, rewired the panel").
SAT_WHEN_EN = frozenset(("on", "last", "this", "yesterday", "today", "in", "at"))  # an exam's day after its name
FAILED_EN = ("failed", "flunked", "missed")  # "Missed the TOPIK registration by one day"
# An exam called off, skipped or its results waited for (`_failed_after_en`, `_sat_out_en`).
CALLED_OFF_EN = ("cancelled", "canceled")
SKIPPED_EN = ("skip", "skipped", "skipping")
AWAITING_EN = ("awaiting", "waiting", "await")
PENDING_EN = "pending"
# ... or its sitting put off, or its centre shut or full (`_exam_put_off_en`).
SITTING_PUT_OFF_EN = frozenset(("postponed", "delayed", "rescheduled", "closed", *CALLED_OFF_EN))
# ... full only said of its centre or its seats ("The TOEIC test centre was full", "my forklift test booking was
# full"), not of a thing ("My welding test piece was full of porosity").
FULL_EN, SEATS_EN = "full", ("centre", "center", "booking", "bookings", "seats", "slots")
# ... and a test of work's things said right after the test is no exam: "test run", "test piece", "test plate".
WORK_TESTS_EN = ("run", "runs", "piece", "pieces", "plate", "plates", "module", "modules", "coupon", "coupons", "bench")
TEST_CENTRES_EN = frozenset(("centre", "center", "centres", "centers"))
EXAM_AFTER_SKILL_EN = 2  # words from the skill's first to its test: "the Craftsman Forklift test"
PUT_OFF_REACH = 5  # "test centre was closed", "test got postponed"
MINE_EN = "my"
# Sleeping through a sitting is missing it: "I overslept and missed the …", "Slept through the written exam for …".
EXAM_AFTER_NAME_EN = 4  # words of a certificate's name before its exam's: "Industrial Engineer Electricity written"
SLEPT_THROUGH_EN = (
    (("overslept", "and"), ()),
    (("slept", "through"), ("missed",)),
    (("overslept", "on", "the", "day", "of"), ("missed",)),  # "I overslept on the day of the … written test"
    (("overslept", "on"), ("missed",)),
)
MISSED_EN = "missed"
SITTING_EN = (
    "registration",
    "deadline",
    "exam",
    "test",
    "date",
    "signup",
    "sign-up",
    "application",
    "day",
    "by",
    "slot",
)
# ... an exam's sitting reached over the rest of a name of two words, or a part ("Missed the Engineer Welding written
# exam"); not a deadline, a work's as often ("Missed the PLC commissioning deadline").
SITTING_REACHED_EN = frozenset(
    (*("exam", "test", "registration", "application", "signup", "slot"), *("round", "sitting"))  # "the … round"
)
SITTING_REACH = 3
# ... or the reason it was missed said right after the exam's name: "I missed the TOPIK because my train was cancelled".
MISSED_BECAUSE_EN = ("because", "since", "due", "cause", "bc")
# The grades of a Korean certificate's English name before its field: "failed the Craftsman Forklift written test".
GRADES_EN = ("craftsman", "engineer", "industrial", "technician", "master")
FAILED_OBJECT_EN = ("my",)
# ... an exam said after it, not work that failed once ("Failed my first PLC upgrade, fixed it overnight").
EXAM_EN = ("test", "tests", "exam", "exams", "examination", "licence", "license", "certification", "certificate")
# ... or, after "the", a certificate's paper that ends its name and the clause or a sitting's time or count said after
# it, or its test ("Failed the welding certificate twice", "failed the forklift license test twice"); not a paper's
# audit or check ("Failed the Oracle license audit").
PAPERS_EN = ("certificate", "licence", "license", "certification")
PAPER_FAILED_WHEN_EN = (*SAT_WHEN_EN, "twice", "again", "once", "thrice", "test", "exam", "examination")
# ... or "the" before a test that is the exam itself ("Failed the TOEIC", "failed TOEIC last month") or a licence's
# exam said by its part ("failed the forklift practical test"); not work's tests ("Failed the PLC acceptance test").
EXAM_NAMES_EN = (
    *LANGUAGE_EXAMS_EN,
    "jpt",
    *("sqld", "sqlp", "adsp", "ccna", "ccnp", "cka", "ckad", "pmp", "itq"),  # certificates named by their exam
)
EXAM_PARTS_EN = ("practical", "written", "theory", "road", "driving")
EXAM_PART_REACH = 3  # words from the skill's first to its exam's part: "the welding industrial engineer practical"
# "failed the written part of the … test", "failed the written test for Engineer Electricity"
PART_OF_EN = (
    *("the", "my", "part", "of", "for", "test", "exam", "section", "stage", "round", *EXAM_PARTS_EN),
    *("subject", "subjects", "one", "two", "three"),  # "failed two subjects of the … written exam"
)
TEST_EN = "test"  # a test said right after the skill is its exam: "failed the forklift test twice"
ONE_EN = "one"  # ... and so is "one" after a failing: "I passed the forklift exam but failed the excavator one"
# An exam's written part alone passed, with no practical said (`_written_part_only`).
_PASSED_WORDS_EN = frozenset(("passed", "cleared"))
_WRITTEN_PARTS_EN = frozenset(("written", "theory"))
_FIRST_ROUNDS_EN = frozenset((("first", "round"), ("first", "stage"), ("first", "part")))  # a first round: written
_PRACTICAL_PARTS_EN = frozenset(("practical", "both", "road", "skills"))
SECOND_EN, _ROUNDS_EN = "second", frozenset(("round", "rounds", "stage", "stages", "part"))
PASSED_EN = ("passed", "pass", "retook", "got", "earned", "obtained", "cleared")
# ... or in a later clause, by a verb of passing ("Failed the TOEIC once, then passed with 850"); not "got", "score"
# or "now", said of anything ("Failed the TOEIC. Score was too low", "Failed the TOEIC twice. Now I work at a hotel").
PASSED_LATER = (
    *("passed", "retook", "cleared", "obtained", "earned", "acquired", "succeeded", "success", "aced", "certified"),
    *("hold", "합격"),
)
# Others than kin whose lack a line tells before the writer's own work ("My boss can't read SQL so I write all our
# queries"): `_negated` reads no denial of the writer in it.
OTHER_SUBJECTS_EN = (
    *("he", "she", "they", "boss", "coworker", "coworkers", "colleague", "colleagues", "manager", "supervisor"),
    *("lead", "mentor", "senior", "teacher", "professor"),
)
# Known not even by name: "never heard of" right before the skill's words.
HEARD_OF_EN = (("never", "heard", "of"), ("not", "heard", "of"))
NO_WHAT_EN = ("need", "experience", "knowledge", "idea", "background", "skills", "prior")
# The writer as a subject: the skill is theirs, whoever else is named ("my friend and I ran a Python study group").
WRITER = (
    *("i", "we", "me", "im", "ive", "myself"),
    *("저는", "제가", "저도", "나는", "내가", "나도", "저희", "저희가", "우리가"),
)
# "My", which names the writer's thing a superior's honorific is said of ("사장님께서 제 용접 실력 인정하셨습니다"); not
# the writer as a subject: "제 동생이 엑셀 잘함" is the brother's.
MINE_KO = ("제", "저의")


def _forms(words: Sequence[str]) -> frozenset[str]:
    return frozenset(normalise(word) for word in words)


_WANTING_KO = _forms(WANTING_KO)
_INTEREST_KO = _forms(INTEREST_KO)
_SAYS_EN = _forms(SAYS_EN)
_PRAISED_EN = _forms(PRAISED_EN)
_OBTAINED_IF_KO = _forms(OBTAINED_IF_KO)
_WANTING_EN = _forms(WANTING_EN)
_WANTING_EN_PAIRS = frozenset((normalise(a), normalise(b)) for a, b in WANTING_EN_PAIRS)
_KIN_KO = frozenset(
    normalise(prefix + kin + particle)
    for prefix in ("", *KIN_PREFIXES_KO)
    for kin in KIN_KO
    for particle in KIN_PARTICLES_KO
) | frozenset(normalise(role + particle) for role in ROLES_KO for particle in ROLE_PARTICLES_KO)
_CONTRACTORS_KO = frozenset(
    normalise(contractor + particle) for contractor in CONTRACTORS_KO for particle in OTHER_PARTY_PARTICLES_KO
)
_TEAMS_KO = tuple(normalise(team + particle) for team in TEAMS_KO for particle in OTHER_PARTY_PARTICLES_KO)
_OUR_TEAMS_KO = _forms(OUR_TEAMS_KO)


def _other_party(clause: Sequence[Word], k: int) -> bool:
    """Word k is another person as a subject: kin or a role with a particle ("형이", "선배가"), a contractor
    ("업체가") or another named team or its head ("인프라팀이", "품질팀장님이") whose verb ends a clause; not one
    whose verb describes a noun, the subject of no clause of the writer's ("개발팀이 만든 MES로 …")."""
    form = clause[k].form
    if form in _KIN_KO:
        return True
    team = next((team for team in _TEAMS_KO if form.endswith(team)), "")
    named = form[: len(form) - len(team)] if team else ""
    if form not in _CONTRACTORS_KO and (not named or named in _OUR_TEAMS_KO):
        return False
    verb = next((word.text for word in clause[k + 1 :] if word.text.endswith(CLAUSE_ENDS_OR_ADNOMINALS_KO)), "")
    return not verb.endswith(ADNOMINALS_KO) or verb.endswith(CLAUSE_ENDS_KO)


_KIN_IS_KO = frozenset(
    normalise(prefix + kin + copula) for prefix in ("", *KIN_PREFIXES_KO) for kin in KIN_KO for copula in KIN_IS_KO
)
_PARENTS_EN = _forms(PARENTS_EN)
_KIN_EN = _forms(KIN_EN)
WRITER_EN = "i"
_OTHER_SUBJECTS_EN = _KIN_EN | _forms(OTHER_SUBJECTS_EN)
_KIN_ADJECTIVES_EN = _forms(KIN_ADJECTIVES_EN)
# A relative's relative, first in the clause, is one person ("My wife's cousin"); a family is as often its business
# ("My wife's family business: managed inventory").
_ONE_KIN_EN = _KIN_EN - {"family", "friends", "parents"}
_KIN_OF_EN = frozenset(form + "s" for form in _KIN_EN if not form.endswith("s"))  # "wife's", its apostrophe dropped
_PETS_OF_EN = frozenset(form + "s" for form in lexicon.PETS_EN)  # "My cat's flexibility is unreal"
_POSSESSIVES_EN = _forms(POSSESSIVES_EN)
_DETERMINERS_EN = _forms(DETERMINERS_EN)
_POSSESSIVES_OR_DETERMINERS_EN = _POSSESSIVES_EN | _DETERMINERS_EN
_MET_EN = _forms(MET_EN)
_ORGANISATIONS_EN = _forms(ORGANISATIONS_EN)
_BOUGHT_EN = _forms(BOUGHT_EN)
_IN_TOOL_EN = _forms(("in", "on", "through", "via", "using", "with"))
_IS_THEN_EN = _forms(IS_OR_HAS_THEN_EN)
_ONE_OF_EN = _forms(ONE_OF_EN)
_PASTIME_EN = _forms(PASTIME_EN)
_FAN_EN = _forms(FAN_EN)
_SCREENS_EN = _forms(SCREENS_EN)
_AFTER_SCREEN_EN = _forms(AFTER_SCREEN_EN)
_SCREEN_DETERMINERS_EN = _forms(SCREEN_DETERMINERS_EN)
_OBTAINING_EN = _forms(OBTAINING_EN)
_PUT_TO_USE_EN = _forms(PUT_TO_USE_EN)
_OBTAINING_ING_EN = _forms(OBTAINING_ING_EN)
_BETWEEN_WEIGHING_EN = _forms(BETWEEN_WEIGHING_EN)
_EXPERIENCE_EN = _forms(EXPERIENCE_EN)
_AT_WORK = _forms(AT_WORK)
_OBTAINING_KO = _forms(OBTAINING_KO)
_LEARNING_PLANNED_KO = _forms(LEARNING_PLANNED_KO)
_PLANNED_KO = normalise(PLANNED_KO)
_LIKING = _forms(LIKING)
_USING_EN = _forms(USING_EN)
_BREAKS_EN = _forms(BREAKS_EN)
_AND_EN = _forms(AND_EN)
_WRITER = _forms(WRITER)
_NEGATING_EN = _forms(NEGATING_EN)
_KNOWING_EN = _forms(KNOWING_EN)
_ADVERBS_EN = _forms(ADVERBS_EN)
_UNKNOWING_EN = _forms(UNKNOWING_EN)
_UNKNOWING_OF_EN = _forms(UNKNOWING_OF_EN)
_OTHERS_EN = _forms(OTHERS_EN)
_NO_WHAT_EN = _forms(NO_WHAT_EN)
_BEFORE_EN = _forms(BEFORE_EN)
_FAILED_EN = _forms(FAILED_EN)
_SITTING_EN = _forms(SITTING_EN)
_MISSED_BECAUSE_EN = _forms(MISSED_BECAUSE_EN)
_GRADES_EN = _forms(GRADES_EN)
_FAILED_OBJECT_EN = _forms(FAILED_OBJECT_EN)
_PASSED_EN = _forms(PASSED_EN)
_EXAM_EN = _forms(EXAM_EN)
_PAPERS_EN = _forms(PAPERS_EN)
_PAPER_FAILED_WHEN_EN = _forms(PAPER_FAILED_WHEN_EN)
_EXAMS_ONLY_EN = _forms(("exam", "exams", "examination"))  # no work's test: "Failed the PLC acceptance test"
_EXAM_NAMES_EN = _forms(EXAM_NAMES_EN)
_PASSED_LATER = _forms(PASSED_LATER)
_PASSING = _PASSED_EN | _PASSED_LATER  # in the clause itself, either
_EXAM_PARTS_EN = _forms(EXAM_PARTS_EN)
_PART_OF_EN = _forms(PART_OF_EN)
_PASSED_BEFORE_EN = _forms(PASSED_BEFORE_EN)
_EXAM_ARTICLES_EN = _forms(EXAM_ARTICLES_EN)
# Kinship words first in a part that are no name's syllables even bare (not 형, 이모, 딸: "형준", "이모티콘").
PLAIN_KIN_KO = (
    *("누나", "언니", "오빠", "엄마", "아빠", "아버지", "어머니"),
    *("삼촌", "할머니", "할아버지", "남동생", "여동생"),
    *("큰아빠", "작은아빠", "외삼촌", "고모", "사촌누나", "사촌언니", "사촌오빠", "새언니", "매형"),
    *("친언니", "친누나", "친오빠", "친동생", "친형"),
)
# Learning now (`_learning_now`): its words after the skill, within four ("파이썬은 요즘 인강으로 배우는 중"), or
# before it in English.
LEARNING_NOW_REACH = 4
LEARNING_NOW_KO = ("배우는", "배우고", "공부", "공부하고", "독학", "독학하고", "수강")
LEARNING_NOW_GLUED_KO = ("배우는중", "공부중", "독학중", "수강중", "공부하는중")
NOW_AFTER_KO = ("중이", "중입", "중임", "중인", "중에", "있어", "있습", "있음", "있는", "있고", "있다")
NOW_WORDS_KO, NOW_GLUED_KO = frozenset(("중",)), ("중", "중이에요", "중입니다", "중임")
USED_WHILE_KO = ("면서", "며")  # used while learned: "회사에서 엑셀 쓰면서 배우는 중"
_LEARNING_NOW_EN = _forms(("learning", "studying"))
# ... and a thing made with it, or its use at work ("learning Python and using it daily at work").
_MADE_WITH_EN = _forms(("built", "made", "wrote", "created", "developed", "shipped", "use", "using", "used", "uses"))
_MEANT_EN = _forms(("can", "could", "to", "will"))  # a use meant, not had: "Learning Python so I can use it at work"
_TO_LEARN_EN, TO_EN = _forms(("learn", "study")), "to"
# ... meant, tried or urged on the writer, not done ("I pushed myself to learn SQL").
_MEANING_TO_EN = _forms(
    ("want", "wants", "trying", "try", "like", "love", "hoping", "hope", "plan", "planning", "going", "need", "me")
)
COURSE_REACH_EN = 4
_COURSE_EN = _forms(("course", "courses", "class", "classes", "lessons", "training", "bootcamp"))
_TAKING_EN = _forms(("taking", "attending", "enrolled", "enrolling"))
_FINISHED_EN = _forms(("completed", "finished", "took", "did", "passed", "graduated"))
_LEARNT_BETWEEN_EN = _forms(("for", "the", "some", "basic", "a", "bit", "of", "how", "to", "use"))
# ... the learner said before it, or a try at learning, not yet held ("I tried learning C++ but gave up").
TRIED_EN = "tried"
_LEARNER_EN = _forms(
    (
        *("i", "im", "am", "currently", "now", "still", "been", "and", "also", "ive", "just", "started", "slowly"),
        *("in", TRIED_EN),
    )
)
# ... unless the try came to something after it ("I tried learning Japanese on my own and passed JLPT N2").
_TRIED_THEN_EN = _forms(("passed", "got", "now"))


# Every word one of the readings below begins with, to pass over the common clause that has none.
_CUES = (
    _WANTING_KO
    | _INTEREST_KO
    | _OBTAINED_IF_KO
    | _WANTING_EN
    | {first for first, _ in _WANTING_EN_PAIRS}
    | {first for first, _ in PLAN_TO_EN}
    | {aim[0] for aim in AIMED_TO_EN}
    | GOALS_EN
    | {GOING_EN[0]}
    | AIMING_EN
    | SEEKING_EN
    | PREPARING_EN
    | {first for first, _, _ in (*SIGNED_UP_EN, *REGISTERED_EN)}
    | BOOKED_EN
    | {LIKING_TO_EN[0], GONNA_EN}
    | {first for first, _, _ in LOVING_TO_EN}
    | {first for first, _ in WEIGHING_PAIRS_EN}
    | {_PLANNED_KO}
    | _KIN_KO
    | _KIN_IS_KO
    | _forms(KIN_KO)
    | _forms(PLAIN_KIN_KO)
    | _KIN_EN
    | _KIN_OF_EN
    | _SAYS_EN
    | _PASTIME_EN
    | _FAN_EN
    | _SCREENS_EN
    | _NEGATING_EN
    | _UNKNOWING_EN
    | _FAILED_EN
    | _forms((*CALLED_OFF_EN, *SKIPPED_EN, *AWAITING_EN, PENDING_EN))
    | set(NO_EN)
    | _forms(NEGATING_KO)
    | _forms(BOUGHT_LAST_KO)
    | _BOUGHT_EN
    | _MET_EN
    | _forms(FOUND_KO)
    | _forms(tuple(ROUND_KO))  # an exam's round: "관세사 1차 합격"
    | _WRITTEN_PARTS_EN
    | {first for first, _ in _FIRST_ROUNDS_EN}
    | {words[0] for words, _ in SLEPT_THROUGH_EN}
    | _LEARNING_NOW_EN
    | _TO_LEARN_EN
    | _TAKING_EN
    | _COURSE_EN
    | _forms(HEARD_OF_WORDS_EN)
    | {first for first, _ in UNDECIDED_EN}
    | {SHOULD_EN[1]}
    | SITTING_PUT_OFF_EN
    | TEST_CENTRES_EN
)
# Korean negations are said inside words too ("못함", "경험없음", "불합격"): their syllables.
_CUE_SYLLABLES = (
    *JOB_SOUGHT_KO,
    *SEEKING_WORK_KO,
    *VISIT_KO,
    EXAM_HALL_KO,
    "못",
    "모르",
    "모름",
    "몰라",
    "모릅",
    "아님",
    "아니",
    "아닙",
    "아냐",
    LACKING_KO,
    *FAILING_KO,
    *FAILED_KO,
    *MISSED_KO,
    GAVE_UP,
    *QUIT_THEN_KO,
    *HONORIFIC_LAST_KO,
    *HONORIFIC_TOLD_KO,
    *CONTRACTORS_KO,
    TEAMS_KO[0],
    *WEAK_KO,
    *HARD_KO,
    WEAK_BEFORE_KO[0],
    *CONSIDERING_KO,
    *LOOKING_INTO_KO,
    *SIGNED_UP_KO,
    DREAM_KO,
    *SOMEDAY_KO,
    INTENDING_KO,
    *OWED_LEARNING_KO,
    *OWED_STARTING_KO,
    *HEARSAY_KO,
    *REPORTED_KO,
    NOT_KO,
    PREPARING_KO,
    "대비",
    *WAITING_KO,
    QUEUED_KO,
    GOAL_KO,
    PLANNED_KO,
    PLAN_KO,
    *THOUGHT_KO,
    *SITTING_INTENDED_KO,
    *SIGNING_UP_INTENDED_KO,
    *SITTING_KO,
    *NEXT_YEAR_KO,
    NEXT_KO,
    FIRST_TIME_KO,
    *BOUGHT_KO,
    *INSTEAD_OF_KO,
    STUDIED_FOR_KO,
    *RESULTS_KO,
    *LEARNING_NOW_KO,
    WATCHED_ONLY_KO,
    *GLUED_NOT_KO,
    SUBJECT_KO,
    "합격증",
    "수첩",
)
_CUE_INSIDE = re.compile(
    "|".join(
        map(
            re.escape,
            (
                *(WANTING_SYLLABLE, *PASTIME_KO, *_CUE_SYLLABLES, *CAREER_CHANGE_KO, *SHORT_KO, PRAYED_KO, *BEGUN_KO),
                *PONDERING_KO,
                *SAT_THEN_KO,
                *RETRYING_KO,  # "정처기 도전중", "전기기사 삼수 중"
            ),
        )
    )
)


def _exam_booked(later: Sequence[str]) -> bool:
    """An exam said within reach after a verb of booking (an exam's name before "test"), not its hall, and no pass or
    score said after it."""
    if not BOOKED_DONE_EN.isdisjoint(later):
        return False
    return any(
        (
            form in BOOKED_EXAM_EN
            or (form in LANGUAGE_EXAMS_EN and not APPOINTED_EN.isdisjoint(later))  # "Booked a TOEIC date"
            or (form in BOOKED_TEST_EN and at and later[at - 1] in EXAMS_BOOKED_EN)
        )
        and (at + 1 == len(later) or later[at + 1] not in EXAM_PLACES_EN)
        for at, form in enumerate(later[:BOOKED_REACH])
    )


def _passed(clause: Sequence[Word]) -> bool:
    """A pass or a score said in the clause: an exam registered for and sat ("… and passed", "합격")."""
    return any(word.form in BOOKED_DONE_EN or word.text.startswith(PASSED_OR_SCORED_KO) for word in clause)


def _wanting(clause: Sequence[Word]) -> bool:
    forms = [word.form for word in clause]
    return (
        any(WANTING_SYLLABLE in word.text for word in clause)
        or any(word.text.startswith(CAREER_CHANGE_KO) for word in clause)
        or any(a.text.startswith(PASS_KO) and b.text.startswith(PRAYED_KO) for a, b in pairwise(clause))
        or any(a.text in JOB_SOUGHT_KO and b.text.startswith(SEEKING_KO) for a, b in pairwise(clause))
        or any(form in _WANTING_KO or form in _WANTING_EN for form in forms)
        or any(pair in _WANTING_EN_PAIRS for pair in pairwise(forms))
        or any((a, b) == GOING_EN and c in _OBTAINING_EN for a, b, c in _triples(forms))
        or any((a, b, c) == LIKING_TO_EN and d in _OBTAINING_EN for a, b, c, d in _quadruples(forms))
        or any(
            tuple(forms[at - len(aim) : at]) == aim
            for at, form in enumerate(forms)
            if form in _OBTAINING_EN
            for aim in AIMED_TO_EN
            if at >= len(aim)
        )
        or _goal_label_en(clause)
        or any(
            triple in SIGNED_UP_EN
            and not any(tuple(forms[at + 3 : at + 3 + len(card)]) == card for card in ISSUED_CARDS_EN)
            for at, triple in enumerate(_triples(forms))
        )
        or (any(triple in REGISTERED_EN for triple in _triples(forms)) and not _passed(clause))
        or any(form in BOOKED_EN and _exam_booked(forms[at + 1 :]) for at, form in enumerate(forms))
        or any((a, b) in WEIGHING_EN and c in _OBTAINING_ING_EN for a, b, c in _triples(forms))
        or any(
            (
                first.form in _OBTAINING_KO
                or first.form in _LEARNING_PLANNED_KO
                or first.text in LEARNING_TO_COME_KO  # "배워볼 예정"
                or _started_study(clause, at)
            )
            and second.text.startswith(PLANNED_KO)
            and second.text not in PLANNED_PERSON_KO  # a posting's "취득 예정자 가능": whom it takes
            for at, (first, second) in enumerate(pairwise(clause))
        )
        or any(
            (first.form in _OBTAINING_KO or first.text in LEARNING_KO) and _planned(clause, at + 1, (PLAN_KO,))
            for at, first in enumerate(clause[:-1])
        )
        or _exam_to_come(clause)
        or _to_come(clause)
        or any(word.form in _OBTAINED_IF_KO for word in clause)
        or any(
            first.text in LEARNING_TO_COME_KO and _planned(clause, at + 1, THOUGHT_KO)
            for at, first in enumerate(clause[:-1])
        )
        or any(
            (a, b, c) in LOVING_TO_EN and (d is None or d not in _USING_EN)
            for a, b, c, d in zip(forms, forms[1:], forms[2:], [*forms[3:], None], strict=False)
        )
        or any(word.text in SOMEDAY_KO for word in clause)
        or any(
            _learning(clause, at, INTENDED_LEARNING_KO, INTENDED_STARTING_KO)
            for at, word in enumerate(clause)
            if INTENDING_KO in word.text
        )
        or any(word.text.startswith(INTENDED_TRYING_KO) for word in clause)
        or any(word.text.startswith(MEANT_LEARNING_KO) for word in clause)
        or any(a.text in LEARNING_TRIED_KO and b.text.startswith(TRYING_KO) for a, b in pairwise(clause))
        or any(
            _learning(clause, at, OWED_LEARNING_KO, OWED_STARTING_KO)
            for at, word in enumerate(clause)
            if OWED_KO in word.text
        )
        or _considering(clause)
        or any(word.text.startswith(SIGNED_UP_KO) or word.text.startswith(DREAM_KO) for word in clause)
        or _waiting(clause)
        or _goal(clause)
        or any(
            first.form in _INTEREST_KO
            and second.text.startswith(INTEREST_PREDICATES_KO)
            and not second.text.endswith(INTEREST_BECAUSE_KO)
            for first, second in pairwise(clause)
        )
    )


def _waiting(clause: Sequence[Word]) -> bool:
    """The clause's predicate waits for a thing: "기다리는 중", "기다려요", "출고 대기 중" (not "대기 물량 관리")."""
    last = clause[-1].text
    queued = last.startswith(QUEUED_KO + "중") or (
        len(clause) >= 2 and clause[-2].text == QUEUED_KO and last[:1] == "중"
    )
    return queued or any(word.text.startswith(WAITING_KO) for word in clause[-2:])


def _triples(forms: Sequence[str]) -> zip[tuple[str, str, str]]:
    return zip(forms, forms[1:], forms[2:], strict=False)


def _quadruples(forms: Sequence[str]) -> zip[tuple[str, str, str, str]]:
    return zip(forms, forms[1:], forms[2:], forms[3:], strict=False)


def _considering(clause: Sequence[Word]) -> bool:
    """The clause weighs a step or looks into one ("시험 볼까 고민 중", "자격증 딸까 고민", "이사 알아보는 중")."""
    for at, word in enumerate(clause):
        if word.text.startswith(LOOKING_INTO_KO):
            return True
        if word.text.startswith(CONSIDERING_KO):
            asked = at > 0 and clause[at - 1].form.endswith(_ASKING)
            said = word.text[len(CONSIDERING_KO[0]) :].startswith(WEIGHING_ENDINGS_KO)  # "고민중", "고민하고 있어요"
            last = at == len(clause) - 1
            return asked or said or last or clause[at + 1].text.startswith(WEIGHING_ENDINGS_KO)
    return False


def _planned(clause: Sequence[Word], at: int, words: tuple[str, ...]) -> bool:
    """Word `at` is a plan or a thought of the writer's ("독학 계획", "들어볼 생각"), not a plan made or had as work
    or denied ("인증 취득 계획 수립", "수강 계획 없음")."""
    word = clause[at]
    if not word.text.startswith(words):
        return False
    said = [word.text[len(start) :] for start in words if word.text.startswith(start)]
    after = [*said, *(each.text for each in clause[at + 1 : at + 2])]
    return not any(each.startswith(PLAN_MADE_KO) for each in after)


def _to_come(clause: Sequence[Word]) -> bool:
    """A time to come said with a word of studying, an exam or enrolling ("토익 시험 다음 달", "중국어 내년에 시작할
    예정"), or an exam's next sitting; not a posting's date ("다음 달 오픈 물류센터 지게차 운전원 모집")."""
    nexts = [second.text for first, second in pairwise(clause) if first.text == NEXT_KO]
    if any(text.startswith(NEXT_SITTING_KO) for text in nexts):
        return True
    when = any(word.text.startswith(NEXT_YEAR_KO) for word in clause) or any(
        text.startswith(NEXT_UNITS_KO) for text in nexts
    )
    return when and any(word.text.startswith(STUDY_TO_COME_KO) for word in clause)


def _exam_to_come(clause: Sequence[Word]) -> bool:
    """An exam the writer is yet to sit: "시험 볼 거예요", "실기 칠 예정", "시험 보려고", "토익 접수하려고요"."""
    texts = [word.text for word in clause]
    if any(text.startswith(SIGNING_UP_INTENDED_KO) for text in texts):
        return True
    return any(
        text.startswith(EXAM_SAT_KO)
        and (
            texts[at + 1].startswith(SITTING_INTENDED_KO)
            or (texts[at + 1] in SITTING_KO and at + 2 < len(texts) and texts[at + 2].startswith(TO_COME_KO))
        )
        for at, text in enumerate(texts[:-1])
    )


def _experienced(part: Sequence[Word]) -> bool:
    forms = [word.form for word in part]
    return any(
        (word.form in _EXPERIENCE_EN and not _deadline_years(part, k) and not _field_wished(forms, k))
        or word.text.startswith(EXPERIENCE_KO)
        for k, word in enumerate(part)
    )


def _deadline_years(part: Sequence[Word], k: int) -> bool:
    """ "years" at k said as a deadline ("reach intermediate Japanese in two years", "within 2 years"), not a time spent
    ("in 10 years of welding")."""
    of_after = k + 1 < len(part) and part[k + 1].form == "of"
    return k >= 2 and part[k - 2].form in lexicon.DEADLINE_BEFORE_FORMS and not of_after


# Words of a fragment, at most, whose first word is a relative's, with no particle or possessive ("누나 영어 과외",
# "dad's welding shop"): the relative's thing, as a skill field's note; one more when it ends in a place or a person.
KIN_NOTE_WORDS = 3
KIN_PLACE_NOTE_WORDS = 4
HONORIFIC_KO = "님"
KIN_PLACES = (
    *("공장", "가게", "사무실", "사무소", "회사", "업체", "창고", "매장", "학원", "식당", "카센터", "정비소"),
    *("shop", "office", "workshop", "garage", "store", "factory", "company", "restaurant", "yard"),
)
_KIN_PLACES = _forms(KIN_PLACES)


def _kin_fragment(clause: Sequence[Word]) -> bool:
    """A relative's note, typed as a fragment: three words at most begun with a relative's word ("누나 영어 과외",
    "dad's forklift job", "삼촌 통관 사무실"), or four ending in a place or a person ("고모 중국어 학원 원장님");
    not the writer's work at the relative's place, said right after it ("형 회사 용접", "dad's shop welding"). A
    certificate's grade is no word of its own ("동생 유통관리사 2급 붙었어요")."""
    clause = [word for word in clause if not grade_word(word)] or clause
    first, last = clause[0], clause[-1]
    if not (first.text in KIN_KO or first.form in _KIN_OF_EN) or any(word.form in _WRITER for word in clause):
        return False
    if len(clause) > 1 and clause[1].form in _KIN_PLACES:
        return False
    person = len(last.text) > 1 and last.text.endswith((*lexicon.PERSON_SUFFIXES, HONORIFIC_KO))  # 용접공, 원장님
    return len(clause) <= KIN_NOTE_WORDS or (
        len(clause) == KIN_PLACE_NOTE_WORDS and (last.form in _KIN_PLACES or person)
    )


# Words before "my" and a relative that make them no subject: whom the work was for, or whom the writer is like
# ("Craftsman Plumbing, just like my father").
NOT_THE_SUBJECT_EN = frozenset(("for", "like", "unlike"))


# The writer's own family, said before a relative with no particle ("울 아빠 용접 경력 30년", "우리 형 취부 현장
# 6개월"): the relative is the topic of the skill named right after; bare, 형 and 이모 are a name's syllables only
# without such a word before them. Not with other words between ("우리 아빠 때문에 용접 시작함", "내 동생 대신 지게차
# 알바", "울 아빠 카센터에서 정비 도와요").
OURS_KO = ("우리", "울", "내")
_BARE_KIN_KO = frozenset(normalise(prefix + kin) for prefix in ("", *KIN_PREFIXES_KO) for kin in KIN_KO)


def kin_subject(clause: Sequence[Word], k: int) -> bool:
    """Word k is a relative as a subject: with its particle ("형이", "아빠는"), or bare after the writer's 우리/울/내
    ("울 아빠"); not one the writer worked with or under ("형이랑 같이", "아버지 밑에서")."""
    form = clause[k].form
    return form in _KIN_KO or (form in _BARE_KIN_KO and k > 0 and clause[k - 1].text in OURS_KO)


def _ours_first(part: Sequence[Word], start: int) -> bool:
    """The part begins with the writer's relative and the skill at `start` right after ("울 삼촌 배관 담당 2년차")."""
    if len(part) > 2 and part[0].text in OURS_KO and part[1].form in _BARE_KIN_KO:
        kin = 1
    elif len(part) > 1 and part[0].text in PLAIN_KIN_KO:  # "누나 토익 950 받았다고 자랑함", "엄마 경리 일 20년차"
        kin = 0
    else:
        return False
    if any(word.text.startswith(DONE_FOR_THEM_KO) for word in part[kin + 1 :]):
        return False  # the writer's work for them: "내 동생 파이썬 과외 해주는 중"
    if any(word.text.startswith(WRITER_BESIDE_KO) or word.text.endswith(TOLD_TO_KO) for word in part[kin + 1 :]):
        return False  # "아빠 용접 보조 2년", "삼촌 CNC 기계 물려받아서 …", "엄마 토익 보라고 해서 봤는데 750"
    first = kin + 2 if part[kin + 1].text in ALL_OF_THEM_KO and len(part) > kin + 2 else kin + 1  # "… 다 컴활 땄음"
    place = any(word.text.startswith(THEIR_PLACE_KO) for word in part[first + 1 : first + 2])  # "삼촌 통관 사무실"
    return part[first].start == start and not place


ALL_OF_THEM_KO = ("다", "모두", "전부", "다들")
# ... unless their place follows, where the writer may work ("삼촌 통관 사무실에서 근무", "오빠 택배 대리점에서 …").
THEIR_PLACE_KO = (
    *("사무실", "가게", "공장", "회사", "매장"),
    *("식당", "센터", "정비소", "농장", "대리점"),
)
DONE_FOR_THEM_KO = ("해주", "해줌", "해줬", "해드", "가르쳐", "가르치", "도와", "봐주", "봐줌")
# ... nor the writer at their side, following them, taking over from them, or told by them to do it
WRITER_BESIDE_KO, TOLD_TO_KO = ("보조", "따라다", "물려받"), ("라고", "래서")


# The writer's own before a relative named last as the predicate ("제 형이에요", "우리 삼촌입니다"), and the particles
# of the subject that relative then is.
MINE_KO_BEFORE_KIN = ("제", *OURS_KO)
SUBJECT_OR_TOPIC_PARTICLES_KO = ("이", "가", "은", "는")


def _ours_last(part: Sequence[Word], start: int) -> bool:
    """The part ends in the writer's relative as its predicate and its subject, with its particle after the skill at
    `start`, is that relative ("품관 직원이 제 형이에요", "가우징 하는 사람이 우리 삼촌이에요"); not the writer's
    work with them ("제 형이랑 가우징 했어요")."""
    if len(part) < 3 or part[-1].form not in _KIN_IS_KO or part[-2].text not in MINE_KO_BEFORE_KIN:
        return False
    return any(
        len(word.text) > 1 and word.text.endswith(SUBJECT_OR_TOPIC_PARTICLES_KO)
        for word in part[:-2]
        if word.start >= start
    )


def _someone_elses(clause: Sequence[Word]) -> bool:
    forms = [
        word.form
        for at, word in enumerate(clause)
        if not (word.form in _KIN_ADJECTIVES_EN and at > 0 and clause[at - 1].form in _POSSESSIVES_EN)
    ]
    if clause[-1].text.endswith(HONORIFIC_LAST_KO) and not any(word.text in MINE_KO for word in clause):
        return True
    if any(_other_party(clause, k) for k in range(len(clause))) or (
        len(forms) > 1
        and forms[0] in _PARENTS_EN
        and (forms[1].endswith(PARENTS_VERB_ENDINGS_EN) or forms[1] in PARENTS_VERBS_EN)
        and forms[1].removesuffix("s") not in PARENT_COMPOUNDS_EN
    ):
        return True
    said = next((k for k, form in enumerate(forms) if form in _SAYS_EN), -1)
    told = said >= 0 and not any(form in _WRITER for form in forms[:said])
    if told and (forms[said + 1 : said + 2] or [""])[0] not in _POSSESSIVES_EN:
        return True  # told by someone else: "A friend says SAP consultants earn a lot", "Someone told me Python is
        # easy"; not of the writer's own ("My manager said my Excel reports were the best")
    if told and forms[said + 1 : said + 2] == [MY_EN]:
        return False  # ... whoever said it: "My boss said my Excel reports were the best"
    praised = next((k for k, form in enumerate(forms) if form in _PRAISED_EN), -1)
    if praised >= 0 and forms[praised + 1 : praised + 2] == [MY_EN]:
        return False  # ... or praised it: "My manager praised my attention to detail"
    if len(forms) > 3 and forms[0] in _ONE_OF_EN and forms[1] in _KIN_EN and forms[2:4] == ["of", "mine"]:
        return True  # "A friend of mine drives a straddle carrier"
    if len(forms) > 2 and forms[0] in _POSSESSIVES_EN and forms[1] in _KIN_OF_EN and forms[2] in _ONE_KIN_EN:
        return True  # "My wife's cousin is a customs broker", "My dad's friend builds FRP boats"
    if any(
        first in _POSSESSIVES_EN
        and second in _KIN_OF_EN
        and third in _IS_THEN_EN
        and words[1].text.endswith(POSSESSIVE_S)
        for first, second, third, words in zip(forms, forms[1:], forms[2:], pairwise(clause), strict=False)
    ):
        return True  # "My dad's a welder": is, contracted
    if (
        len(clause) > 1
        and clause[0].text.endswith(POSSESSIVE_S)
        and forms[0].removesuffix("s") in _PARENTS_EN
        and forms[1] in _IS_THEN_EN
        and not any(form in THEN_THE_WRITER_EN for form in forms[2:])
    ):
        return True  # "Dad's been welding all week", "Mom's on night shift": a parent called by name, contracted
    owner = len(clause) > 2 and forms[0] in _DETERMINERS_EN and clause[1].text.endswith(POSSESSIVE_S)
    if owner and forms[2] in _ONE_KIN_EN:
        return True  # "The landlord's son is a merchant seaman"
    return any(
        forms[at] in _POSSESSIVES_EN
        and forms[at + 1] in _KIN_EN
        and (at == 0 or (forms[at - 1] in lexicon.GRAMMAR_FORMS and forms[at - 1] not in NOT_THE_SUBJECT_EN))
        and tuple(forms[max(at - 2, 0) : at]) not in WORKED_AT_EN
        and tuple(forms[max(at - 2, 0) : at]) not in OWED_TO_EN
        and (forms[at + 2 : at + 3] or [""])[0] not in PARENT_COMPOUNDS_EN
        for at in range(len(forms) - 1)
    )  # the subject: "my dad is a welder", "and our family runs a shop", not "Supported my family by working" nor
    # whom the work was for ("Managed inventory for my parents' store"), nor "Nepali is my mother tongue"


def relatives_thing(clause: Sequence[Word], start: int) -> bool:
    """An English clause begun with a relative's or a pet's thing the skill at `start` names ("My cousin's mentoring
    program matched her with a pilot", "Dad's troubleshooting method: unplug it", "My cat's flexibility is unreal"),
    or the thing of someone named with "the"
    ("The pastor's PPT had a typo"), told on with more words: a sentence about
    the relative's thing, where the writer is nowhere in the line (context.stranded). Not the writer's work at their
    place, named after the place ("My brother's warehouse: forklift operation", "dad's shop welding")."""
    forms = [word.form for word in clause]
    someone = (  # "The pastor's PPT had a typo"; not "The team's SQL queries: tuned 40 of them"
        len(forms) > 1 and forms[0] in _DETERMINERS_EN and forms[0] != "a" and forms[1] not in _ORGANISATIONS_EN
    )
    at = 1 if forms[:1] and (forms[0] in _POSSESSIVES_EN or someone) else 0
    if len(clause) <= at + KIN_NOTE_WORDS or not (forms[at] in _KIN_OF_EN or forms[at] in _PETS_OF_EN or someone):
        return False
    return clause[at].text.endswith(POSSESSIVE_S) and clause[at + 1].start == start


def writer_named(clause: Sequence[Word]) -> bool:
    """The writer is a word of the clause: I, me, we, 저는, 제가 … or "my" after its first word; or the reader a
    posting addresses (you)."""
    return any(word.form in _WRITER or word.form == "you" for word in clause) or any(
        word.form == "my" for word in clause[1:]
    )


def _on_screen(forms: Sequence[str]) -> bool:
    """Something seen on a screen: "on TV", "in a webtoon", "in that zombie movie"."""
    for at, form in enumerate(forms[:-1]):
        if form in SCREEN_PREPOSITIONS_EN:
            rest = [each for each in forms[at + 1 :] if each not in _SCREEN_DETERMINERS_EN]
            for k, each in enumerate(rest[:2]):  # "in that zombie movie": one word between
                if each in _SCREENS_EN and (k + 1 == len(rest) or rest[k + 1] in _AFTER_SCREEN_EN):
                    return True  # the screen last, or a clause after it; not "on TV news", "film set"
    return False


def _pastime(clause: Sequence[Word]) -> bool:
    forms = [word.form for word in clause]
    if any(word.form in _AT_WORK or word.text.startswith(AT_WORK) for word in clause):
        return False  # "Python hobby projects deployed at work", "Hobby turned career"
    return (
        _on_screen(forms)
        or any(word.text.startswith(PASTIME_KO) or word.form in _PASTIME_EN for word in clause)
        or forms[-1] in _FAN_EN
        or any(first in _FAN_EN and second == "of" for first, second in pairwise(forms))
    )


def _seen_on_visit(clause: Sequence[Word], part: Sequence[Word], start: int) -> bool:
    """The skill at `start` is what its part says was seen, after a visit said before it in the clause, in a part of
    its own or not ("터미널 견학 때 갠트리 크레인을 처음 봤는데")."""
    visited = any(word.text.startswith(VISIT_KO) for word in clause if word.end <= start)
    return visited and any(word.text.startswith(SEEN_KO) for word in part if word.start > start)


def _done_at_exam(clause: Sequence[Word], start: int) -> bool:
    """The skill at `start` is a task done at an exam's sitting said before it, in a part of its own, only its things
    between ("실기 때 스프레이건 처음 잡아 봄", "실기 때 엔진 분해 조립 시간 넉넉했어요", "실기에서 결선 틀려서"): the
    exam's, no work done; not a thing a predicate between says ("실기 때 배운 용접으로 3년 일했어요"), nor one met
    there and then worked at ("실기때 용접 처음 해보고 반해서 조선소 들어감 지금 3년")."""
    if _worked_later(clause, start):
        return False
    before = [word.text for word in clause if word.end <= start][-EXAM_THINGS_REACH - 2 :]
    for at in range(len(before) - 1, -1, -1):
        text = before[at]
        if text in EXAM_PART_AT_KO or (at and before[at - 1].startswith(EXAM_SAT_KO) and text in EXAM_TIME_KO):
            return True
        if text.endswith(PREDICATE_ENDINGS_KO) or text.endswith(CLAUSE_ENDS_OR_ADNOMINALS_KO):
            return False  # a predicate between: the skill is another thing's ("실기 때 배운 용접")
    return False


EXAM_TIME_KO = frozenset((*WHEN_SAID_KO, "날", "날에", "날은"))
# An exam's part with its place or time glued, its own words alone (not 시험에서, a test at work as often: "품질
# 시험에서 불량 발견").
EXAM_PART_AT_KO = frozenset(("실기에서", "필기에서", "실기때", "실기날"))
EXAM_THINGS_REACH = 3  # the things handled between the exam's time and the skill: "실기 때 엔진 분해 조립"
# A certificate's exam by its parts; bare 시험 is a school's or a work's as often.
EXAM_PARTS_KO = (WRITTEN_KO, PRACTICAL_KO)


def _worked_later(clause: Sequence[Word], start: int) -> bool:
    """Work or a time spent said after the skill at `start` ("… 세무사무소 2년 근무", "조선소 들어감 지금 3년"): what
    an exam first showed was then worked at, held."""
    return any(
        word.form in lexicon.YEAR_FORMS or word.form in lexicon.MONTH_FORMS or word.text.startswith(WORKED_KO)
        for word in clause
        if word.start > start
    )


def _exam_subject(clause: Sequence[Word], start: int) -> bool:
    """The skill at `start` is a subject of an exam, its 과목 right after it, a certificate or an exam said before it in
    the clause ("품질경영산업기사 합격했습니다 통계 과목 점수가 높았음", "물류관리사 시험 준비할 때 회계 과목이 제일
    어려웠음"): the exam's part, no skill; not a school's course ("자료구조 과목 A+ 받았고") nor a bare 시험's, a
    school's test as often, nor a subject then worked at ("시험에서 회계 과목 만점 받고 세무사무소 2년 근무")."""
    after = [word.text for word in clause if word.start > start][:SUBJECT_AFTER_SKILL]
    if not any(text.startswith(SUBJECT_KO) for text in after) or _worked_later(clause, start):
        return False
    before = [word.text for word in clause if word.end <= start]
    return any(_certificate_named(text) or text.startswith(EXAM_PARTS_KO) for text in before)


def _first_met_for_exam(clause: Sequence[Word], start: int) -> bool:
    """The skill at `start` is a thing first met while a certificate or its exam was got or prepared for, said right
    before it ("정밀측정기능사 따면서 마이크로미터 처음 만져봤어요", "실기 준비하면서 …"), its 처음 right after: the
    exam's, no work done; not a thing used while ("정처기 따면서 편의점 알바도 병행했어요": no first time), nor one
    learned and then worked with ("컴활 따면서 엑셀 처음 배웠고 사무 보조 2년 했어요")."""
    if _worked_later(clause, start):
        return False
    before = [word.text for word in clause if word.end <= start][-WHILE_REACH:]
    after = [word.text for word in clause if word.start > start][:FIRST_AFTER_SKILL]
    got_while = any(
        (_certificate_named(a) or a.startswith(EXAM_SAT_KO)) and b.startswith(GETTING_WHILE_KO) and b.endswith(WHILE_KO)
        for a, b in pairwise(before)
    )
    return got_while and any(text.startswith(FIRST_TIME_KO) for text in after)


GETTING_WHILE_KO = ("따", "준비", "공부")  # "따면서", "준비하면서", "공부하면서"
WHILE_REACH = 3  # the certificate, its verb in 면서 and a word between: "… 따면서 처음에 마이크로미터"
FIRST_AFTER_SKILL = 2  # the skill's other word and its 처음: "외경 마이크로미터 처음"


def _done_to_certificate_paper(clause: Sequence[Word], start: int) -> bool:
    """The skill at `start` is what was done to a certificate's paper said right before it, said as the verb of doing
    ("… 받은 수첩 코팅해서 보관 중", "합격증은 코팅 해서 파일에 넣어 뒀어요"): laminated or kept, no work; not a thing
    used on it ("합격증 엑셀로 스캔 목록 만들었어요"), the certificates it lists ("합격증 용접기능사 지게차운전기능사")
    nor a label ("자격증: 엑셀"), bare; a noun last is the paper's thing ("합격증 코팅")."""
    before = [word.text for word in clause if word.end <= start][-1:]
    if not before or not before[0].startswith(CERTIFICATE_PAPERS_KO):
        return False
    said = [word.text for word in clause if word.end > start][:2]
    if len(said) == 1:
        return not _certificate_named(said[0])  # the paper's thing, a noun last: "합격증 코팅"
    return bool(DONE_GLUED_KO.fullmatch(said[0])) or said[1].startswith(DOING_SPACED_KO)


# A certificate's papers, not the word 자격증, a list's label as often ("자격증 컴활 2급").
CERTIFICATE_PAPERS_KO = ("합격증", "수첩", "자격수첩", "자격증서")
# A noun of doing with 하다 glued ("코팅해서", "코팅했어요", "코팅함"), or apart ("코팅 해서"): what was done to it.
DONE_GLUED_KO = re.compile("..+[하해했함].*")
DOING_SPACED_KO = ("하", "해", "했", "함")


def cued(clause: Sequence[Word]) -> bool:
    """Whether a clause has a word one of the readings below begins with: the common clause has none."""
    return any(
        word.form in _CUES or (not word.text.isascii() and _CUE_INSIDE.search(word.text))  # the inside cues are Korean
        for word in clause
    )


def unclaimed(clause: Sequence[Word], start: int, *, rated: bool) -> bool:
    """Whether the part of a clause a skill's words begin in (at `start`) says it is wanted, someone else's, a
    pastime or not held, rather than held for work. A clause may hold both ("용접 3년 했고 CAD도 배우고
    싶습니다"). A skill wanted
    with a level or years (`rated`) or words of experience is a career carried on ("오토캐드 실무 3년 더 깊이 배우고
    싶음")."""
    return _unclaimed(clause, start, rated=rated, obtained=False)


def unclaimed_obtained(clause: Sequence[Word], start: int, *, rated: bool) -> bool:
    """`unclaimed`, of a certificate the clause says obtained or held right after it: the writer's, whoever the
    clause goes on to tell of ("MOS 합격증은 할머니가 액자에 넣어 두셨어요"), unless wanted, negated or a pastime."""
    return _unclaimed(clause, start, rated=rated, obtained=True)


def _unclaimed(clause: Sequence[Word], start: int, *, rated: bool, obtained: bool) -> bool:
    if _renewed(clause, start):
        return False  # held, and its renewal to come: "CCNA 갱신 시험 다음 달에 봐요"
    part = _part_of(clause, start)
    wanted = _wanting(part) or _weighed(part, start) or _gonna(part, start) or _aimed_at(part, start)
    wanted = wanted or _planned_en(part, start) or _undecided_en(part, start)
    wanted = (wanted or _work_sought(part, start)) and not rated
    wanted = wanted or (not rated and (_wanted_after(clause, part) or _pondered(part, start)))
    wanted = wanted or _learning_now(part, start)
    wanted = wanted and not _experienced(part)
    wanted = wanted and not _obtained_later(clause, part) and not _work_sought_after_pass(clause, start)
    no = (not rated and _negated(part, start, clause)) if obtained else _denied(part, start, clause, rated=rated)
    at_exam = _done_at_exam(clause, start) or _exam_subject(clause, start) or _first_met_for_exam(clause, start)
    at_exam = at_exam or _done_to_certificate_paper(clause, start)
    return wanted or no or _pastime(part) or _seen_on_visit(clause, part, start) or at_exam


def learning(clause: Sequence[Word], start: int, *, rated: bool) -> bool:
    """Whether the part of a clause a skill's words begin in says it is being learned now (`_learning_now`): said of
    the skill alone, wherever in the line ("learning Spanish on Duolingo, fluent in English")."""
    del rated  # learned for years is still being learned ("토익 2년째 공부 중")
    return not _renewed(clause, start) and _learning_now(_part_of(clause, start), start)


def _renewed(clause: Sequence[Word], start: int) -> bool:
    """A certificate's renewal said within a few words after it: "CCNA 갱신 시험 접수함", "… 보수교육 이수"."""
    after = [word.text for word in clause if word.start > start][:RENEWAL_REACH]
    return _certificate_named(next((word.text for word in clause if word.start == start), "")) and any(
        text.startswith(RENEWAL_KO) for text in after
    )


RENEWAL_KO, RENEWAL_REACH = ("갱신", "재인증", "보수교육"), 3
ISSUED_KO, ISSUED_REACH = ("발급", "재발급"), 3  # a certificate issued (again): passed


def _pondered(part: Sequence[Word], start: int) -> bool:
    """The skill is what the writer weighs doing, said within three words after it ("컴활 2급 따볼까 해요", "SQLP
    도전해볼까", "품경기도 딸까 생각 중"); not another thing weighed after it ("지게차 몰다가 크레인도 배워볼까")."""
    after = [word.text for word in part if word.start > start][:PONDERED_REACH]
    for text in after:
        if text.endswith(PONDERING_KO):
            return True
        if _certificate_named(text) or (text.endswith(ALSO_KO) and not text.startswith(EXAMS_KO)):
            return False  # another one: "… 크레인도 배워볼까"; not its exam: "관세사 시험도 볼까"
    return False


PONDERED_REACH = 3


def _wanted_after(clause: Sequence[Word], part: Sequence[Word]) -> bool:
    """The part ends in a verb of getting the skill, then ("따서", "배워서"; not "살려서", a skill used) and the next
    part wants what follows: the wish is of both ("용접 기능사 따서 조선소 협력업체에 들어가고 싶어요")."""
    if part[-1].text not in GOT_THEN_KO or part[-1] is clause[-1] or any(word.text in BEFORE_NOW_KO for word in part):
        return False  # not a pass before now: "작년에 정처기 따서 …"
    parts, at = _parts_around(clause, part)
    if at + 1 >= len(parts) or not _wanting(parts[at + 1]):
        return False
    wished = parts[at + 1]  # … nor a wish for another thing, or one from now on: "… SQLD 따고 싶어요", "이제 …"
    if any(word.text.startswith(LOOKING_INTO_KO) for word in wished) and wished[-1].text in UNDER_WAY_KO:
        return False  # a search under way after it, not a wish: "… 따서 첫 회사를 알아보고 있어요"
    return not any(_names_a_certificate(word) or word.text in NOW_ON_KO for word in wished)


def _work_sought_after_pass(clause: Sequence[Word], start: int) -> bool:
    """The certificate at `start` said passed, then work applied for or looked for, and nothing wished ("유통관리사 2급
    따서 마트 본사 쪽 지원하려고요", "… 취득 후 신항 쪽 일자리 알아보는 중"): the search stands on the pass, the
    certificate held; not a wish ("… 따서 조선소 들어가고 싶어요") nor a pass to come ("내년엔 … 따서 지원하려고요")."""
    after = [word.text for word in clause if word.start > start][:PASSED_THEN_REACH]
    got = next((k for k, text in enumerate(after) if text in PASSED_AND_THEN_KO), None)
    if got is None and any(a.startswith(PASSED_NOUNS_KO) and b in AFTER_PASS_KO for a, b in pairwise(after)):
        got = next(k for k, text in enumerate(after) if text in AFTER_PASS_KO)
    if got is None or not _certificate_named(next((word.text for word in clause if word.start == start), "")):
        return False
    rest = [word.text for word in clause if word.start > start][got + 1 :]
    if any(WANTING_SYLLABLE in text for text in rest) or any(
        word.text.startswith((*NEXT_YEAR_KO, *SOMEDAY_KO)) for word in clause
    ):
        return False
    return any(text.startswith(APPLYING_FOR_KO) for text in rest) or any(
        a in WORK_SOUGHT_KO and b.startswith((*SEEKING_WORK_KO, *LOOKING_INTO_KO)) for a, b in pairwise(rest)
    )


UNDER_WAY_KO = frozenset(("있어요", "있습니다", "있음", "중", "중이에요", "중입니다", "중임"))
PASSED_SO_KO = frozenset(("따서", "붙어서", "취득해서", "합격해서"))
GOT_THEN_KO = PASSED_SO_KO | {"배워서", "익혀서", "공부해서", "배우고서"}  # a pass or a study said before what follows
BEFORE_NOW_KO = frozenset(("작년에", "작년", "지난달", "지난달에", "예전에", "전에", "재작년에", "지난해"))
# A pass said right after a certificate's name (its grade between: "유통관리사 2급 따서"), then what follows: "따서",
# "따고", "취득하고", or a pass's noun and 후 ("취득 후", "합격 뒤"); not a study ("유통관리사 2급 공부해서 …").
OBTAINED_THEN_KO = frozenset(("따고", "취득하고", "합격하고"))
PASSED_AND_THEN_KO = frozenset((*PASSED_SO_KO, *OBTAINED_THEN_KO, "붙고"))
PASSED_NOUNS_KO, AFTER_PASS_KO = ("취득", "합격"), frozenset(("후", "후에", "뒤", "뒤에", "후로"))
PASSED_THEN_REACH = 3
NOW_ON_KO = frozenset(("이제", "이제는", "지금은", "이번엔", "이번에는"))


def grade_word(word: Word) -> bool:
    """A certificate's grade or its digits, typed after its name ("1급": 1 and 급)."""
    return word.text.isdigit() or word.text == GRADE_UNIT_KO


def names_certificate(word: Word) -> bool:
    """A certificate's word: its grade (기능사, 기사, "2급"), or a test's letters ("SQLD", "ADsP")."""
    text = word.text
    graded = any(grade in text for grade in CERTIFIED_KO) or text.startswith(GRADE_UNIT_KO)
    return graded or (text.isascii() and sum(char.isupper() for char in text) >= CODE_CAPITALS)


def _spaced_tried(verb: Word, tried: Word) -> bool:
    """A verb of using with its 본 typed apart: "써 본 적은 없어요"."""
    return tried.text == TRIED_KO and verb.text + TRIED_KO in USED_KO


def _now_after(clause: Sequence[Word], word: Word) -> bool:
    """A now set against the past said after the word, in its clause ("지금은", "이제는", "현재는"), and no plan or
    question after it ("… 없는데 이제 해보려고요", "… 없는데 지금 바로 지원 가능한가요?")."""
    later = [each for each in clause if each.start > word.start]
    now = any(each.text in NOW_SET_AGAINST_KO for each in later)
    planned = any(each.text.endswith("?") or any(plan in each.text for plan in NOT_YET_KO) for each in later)
    return now and not planned


def _retried(said: Sequence[str], k: int) -> bool:
    """The k-th word after a certificate's name retries it, with only its grade, exam part or count of tries
    between ("컴활 1급 재도전합니다", "정처기 실기 재도전 중", "용접기능사 세 번째 도전 중"); not after a score or
    a holding ("토익 850인데 재도전해서 900 노림", "정처기 따서 새로운 도전 준비중")."""
    return said[k].startswith(RETRYING_KO) and all(
        text.isdigit()
        or text == GRADE_UNIT_KO
        or text.startswith((*EXAMS_KO, CERTIFICATE_KO))
        or text in lexicon.COUNTS_KO
        or text.endswith(ORDINAL_KO)
        for text in said[1:k]
    )


def _results_to_come(texts: Sequence[str]) -> bool:
    """The words begin with an exam's results (발표, 결과, 성적) still to come: waited for, not yet out, due later
    ("발표 대기", "발표는 아직", "결과는 다음 주에 나와요", "발표 전까지", "성적 나오길 기다리는 중"); not out ("발표
    났는데", "성적 나왔어요")."""
    results = next((each for each in RESULTS_KO if texts and texts[0].startswith(each)), "")
    if not results:
        return False
    glued, then = texts[0][len(results) :], texts[1] if len(texts) > 1 else ""
    return glued.startswith(RESULTS_DUE_KO) or then.startswith(RESULTS_DUE_KO) or then in RESULTS_BEFORE_KO


PRESENTATION_KO = "발표"


def _results_only(texts: Sequence[str]) -> bool:
    """The words open with an exam's results still to come, a clause of no certificate of its own ("결과 발표 전",
    "발표 대기 중"): read for the certificates listed before it by a comma."""
    opening = list(takewhile(lambda text: text.startswith(RESULTS_KO), texts))[:2]
    if not texts or texts[0].startswith(PRESENTATION_KO):
        return False  # 발표 first is as often a talk given: "발표 전까지 대본 외우고 리허설 세 번 했어요"
    return bool(opening) and any(_results_to_come(texts[at:]) for at in range(len(opening)))


def _not_yet_passed(clause: Sequence[Word], start: int) -> bool:
    """A certificate's exam only begun, said right after it: its written part passed alone ("필기만 붙었어요", "필기
    합격했어요") with no practical passed after, a sitting signed up for ("시험 접수했어요"), or a course attended
    ("학원 다니는 중"); where the clause passes it after all, held ("필기 붙고 실기까지 합격")."""
    texts = _certificate_glued([word.text for word in clause if word.start >= start])  # "용접 자격증 접수했어요"
    if bool(clause) and clause[0].start == start and _results_only(texts):
        return True  # a list's outcome said after a comma, of the certificates before it: "컴활, 결과 발표 전"
    listed = bool(clause) and clause[0].start == start and len(texts) > 1
    listed = listed and texts[0] == FIRST_KO and texts[1] in ROUND_KO
    if listed:
        texts = [
            "",
            *texts,
        ]  # a list's first round said after a comma, of the certificates before it: "관세사, 1차 합격"
    graded = len(texts) > 3 and GRADE_SAID_KO.fullmatch("".join(texts[1:3])) is not None
    if graded:
        texts = [texts[0], *texts[3:]]  # its grade: "컴활 1급 시험 봤어요"
    # "850" "점": a score got; not the points it was missed by ("2점 차이로 떨어짐", "2점 모자라서")
    scored = any(
        a.isdigit() and b.startswith(SCORE_KO) and not "".join(texts[k + 2 : k + 3]).startswith(SHORT_BY_KO)
        for k, (a, b) in enumerate(pairwise(texts))
    )
    examined = len(texts) > 2 and texts[1].startswith(EXAMS_KO)  # "기계정비산업기사 시험 접수했어요", "… 실기 봤는데"
    if _course_only(texts):
        return True  # "굴삭기 학원만 다니고 시험은 아직"
    if len(texts) < 2 or not (_certificate_or_paper_named(texts[0]) or examined or graded or listed):
        return False  # a certificate said with its grade is one: "리눅스마스터 2급 1차만 합격하고 …"
    named = next((k for k, text in enumerate(texts[1:], 1) if _certificate_named(text)), len(texts))
    later = texts[1 : min(named, EXAM_AFTER_SKILL + 1)]  # not past another certificate named
    if any(text.startswith(ISSUED_KO) for text in later[:ISSUED_REACH]):
        return False  # its certificate issued, a pass: "정처기 자격증 발급 신청 완료"
    practical = [k for k, text in enumerate(texts[:named]) if text.startswith(PRACTICAL_KO)]  # the skill's own
    failing = (*FAILED_KO, *FAILING_KO)
    failed = [j for k in practical for j in range(k, named) if any(word in texts[j] for word in failing)]
    # … not where passed or held before it, no written part between: "용접기능사 자격증 있어요 실기 날 작업복 단추가
    # 떨어졌어요"; not "산안기 필기는 붙었는데 실기 떨어짐"
    before_practical = texts[1 : practical[0]] if practical else []
    if _passed_before(before_practical) and not any(text.startswith(WRITTEN_KO) for text in before_practical):
        failed = []
    # the practical failed, and not passed after: "산안기 필기는 붙었는데 실기 떨어짐", "실기에서 … 또 떨어졌어요"
    if failed and not any(_passed_said(text) or text in PASSED_THEN_KO for text in texts[failed[0] + 1 :]):
        return True
    if any(text.startswith(LEFT_TO_DO_KO) for k in practical for text in texts[k + 1 : k + 3]):
        return True  # the practical still to sit: "실기만 남았어요", "실기가 남아서", "실기 준비 중"
    # … practised, retried or booked, with neither a holding nor a pass said of it ("… 보유 실기 연습은 학원에서
    # 3일 함", "… 실기 연습 때 긴장했는데 자격증 있음"), before another certificate's name ("SQLD 있음 정처기 실기
    # 삼수중")
    own = texts[:named]
    unsettled = not any(text.startswith(HELD_OR_OBTAINED_KO) or _passed_said(text) for text in own)
    glued = any(own[k][len(PRACTICAL_KO) :].startswith(PRACTISING_KO) for k in practical)  # "실기연습중"
    if unsettled and (glued or any(text.startswith(PRACTISING_KO) for k in practical for text in own[k + 1 : k + 3])):
        return True  # "전기기능사 실기 연습 중이에요", "실기 코스 연습만 3주째"
    if unsettled and any(_retried(own, k) for k in range(1, min(len(own), EXAM_AFTER_SKILL + 1))):
        return True  # "정처기 실기 재도전 중", "컴활 1급 재도전합니다", "리마2급 삼수 중"
    # ... a pass before it is the written part's, where that is said first ("필기 합격 실기는 아직"; not "전기기사
    # 취득자 또는 실기 발표 대기자")
    written_first = bool(practical) and any(text.startswith(WRITTEN_KO) for text in texts[: practical[0]])
    passed_from = practical[0] + 1 if written_first else 0
    with_next = pairwise([*texts[passed_from:], ""])  # not a pass denied: "실기에서 수중 과제 통과 못 함"
    if practical and any(_passed_said(text) and not following.startswith(NEGATING_KO) for text, following in with_next):
        return False  # the practical said, and a pass: "필기 붙고 실기까지 합격"
    final = any(
        a.startswith(FINAL_PASS_KO) or (a == "최종" and b.startswith(PASS_KO)) for a, b in pairwise([*texts, ""])
    )
    held = any(text.startswith(HELD_SAID_KO) for text in own)  # another grade's to come: "2급 있고 1급은 발표 …"
    pending = next((at for at in range(len(later)) if _results_to_come(own[1:][at : at + 2])), None)
    # … and no pass after the wait: "한국사 1급 발표 기다렸는데 오늘 합격 떴어요"
    passed_after = pending is not None and any(_passed_said(text) for text in own[pending + 3 :])
    if pending is not None and not (final or held or passed_after):
        return True  # its results to come: "실기 발표 대기", "가채점으로는 합격인데 발표는 아직"
    for at, text in enumerate(later):
        following = later[at + 1 : at + 3]
        passes = (text[len(WRITTEN_KO) :], *following)
        first_round = text == FIRST_KO and following[:1] and following[0] in ROUND_KO  # "1" "차"
        written = (text.startswith(WRITTEN_KO) or first_round) and not _passed_before(later[:at])
        if written and any(_passed_said(each) or each in PASSED_THEN_KO or each.startswith(PASS_KO) for each in passes):
            return True  # "필기만 붙었어요", "필기만 붙고 실기는 다음 달"
        if (
            text.startswith(SIGNED_UP_PAST_KO)
            or (text.startswith(EXAM_HALL_KO) and unsettled and following[:1] and following[0].startswith(GOING_KO))
            or (examined and at == 1 and text.startswith(SAT_PAST_KO))  # "… 시험 봤어요": sat, no pass said
            or (examined and at == 1 and text in SAT_THEN_KO and not texts[0].startswith(SCORED_TESTS_KO))
            or (text == APPLICATION_KO and any(each.startswith(SUBMITTED_KO) for each in following))  # "원서 냄"
            or (text == COURSE_KO and any(each.startswith(ATTENDING_KO) for each in following))
        ):
            passed = any(_passed_said(each) and before not in NEGATING_KO for before, each in pairwise(["", *texts]))
            return not (scored or passed)  # not "결과는 아직 안 나왔어요"
    return False


YET_KO = "아직"


def _course_only(texts: Sequence[str]) -> bool:
    """The skill's course alone attended, said right after it, and its exam said not sat yet: a machine's course is
    its certificate's ("굴삭기 학원만 다니고 시험은 아직"); not a course with no exam said ("CAD 학원만 다녔어요")."""
    course = len(texts) > 2 and texts[1] == COURSE_KO + ONLY_KO and texts[2].startswith(ATTENDING_KO)
    return course and any(a.startswith(EXAMS_KO) and b.startswith(YET_KO) for a, b in pairwise(texts[3:]))


def _passed_before(said: Sequence[str]) -> bool:
    """The words before a written part pass or hold the whole exam ("… 합격했어요 필기 점수가 꽤 높았어요"), the
    writer's own part not begun between (not "동기 정처기 합격 나는 필기만 붙음")."""
    # … or hold it: "산업안전산업기사 있어요 필기 점수는 턱걸이"; not "합격률", "합격 후기", "점수 아쉽다"
    passed = any(each.startswith(PASSED_WHOLE_KO) or each in HELD_SAID_KO for each in said)
    return passed and not any(each in lexicon.WRITER_SUBJECTS for each in said)


def _negating_another(after: Sequence[Word], at: int) -> bool:
    """The words after a skill (`after`), to its negation at `at`, say the negation is of another thing: a telling or
    a feeling right before "안" ("한다고 말 안 했는데", "실감이 안 나요"; not a language's speech: "중국어 말 못 해요",
    "말이 안 통해서"), the skill's pass said before, as a verb ("기중기운전기능사 딴 건 … 안 했는데"; not the noun:
    "합격 발표 아직 안 났어요"), or one section of a test scored ("스피킹 파트만 점수가 안 나와서"); not a pass denied
    ("합격한 건 아니고")."""
    negation, between = after[at].text, [word.text for word in after[:at]]
    if not between or negation.startswith(DENYING_KO):
        return False
    if any(word.form in lexicon.WRITER_SUBJECT_FORMS for word in after[:at]):
        return False  # the writer said after another's pass: "정처기 딴 애들 보면 부럽던데 저는 아직 안 땄어요"
    card = next((k for k, text in enumerate(between) if text in CERTIFICATE_THINGS_SAID_KO), None)
    if (
        between[0] == CERTIFICATE_KO
        and card is not None
        and not any(text.startswith(EXAM_SAT_KO) for text in between[card:])
    ):
        # its card or photo said not right: "정밀측정기능사 자격증 사진이 너무 못 나와서 속상"; not its exam's
        # negation after it: "굴삭기 자격증 카드가 없어요 아직 시험 안 봐서"
        return True
    then = after[at + 1].text if at + 1 < len(after) else ""
    if _passed_said(then):
        return False  # the pass itself negated: "… 사실 아직 안 땄어요"
    told = between[-1] in TOLD_KO or between[-1][:-1] in TOLD_KO or (between[-1] == SAID_KO and then.startswith(DID_KO))
    if negation == NOT_DONE_KO and told:
        return True
    if between[-1] == ONE_KO and len(between) > 1:
        return True  # one thing counted, another's: "실기 문제 하나 못 풀었는데도", "슬레이브 하나 안 잡혀서"
    earlier = between[:-1]
    scored = any(text.startswith(SCORE_KO) for text in between)
    return any(text in PASSED_VERB_KO or text.startswith(PASSED_PAST_KO) for text in earlier) or (
        scored and any(text.endswith(ONLY_KO) and text[: -len(ONLY_KO)].endswith(EXAM_SECTIONS_KO) for text in earlier)
    )


# A certificate's card, booklet or photo, a subject: "자격증 사진이 …", "자격증 카드가 …" (the certificate issued).
CERTIFICATE_THINGS_SAID_KO = frozenset(
    thing + particle for thing in ("사진", "카드", "수첩") for particle in ("이", "가", "은", "는", "도")
)
# What "안" right after is of, when not the skill: a telling or a feeling ("자랑 안 하는데", "실감이 안 나요"), or
# 말 before a telling's verb ("말 안 했는데").
TOLD_KO = ("얘기", "이야기", "티", "실감", "자랑")
SAID_KO, NOT_DONE_KO, DID_KO = "말", "안", "했"
ONE_KO = "하나"  # a thing counted before the negation; not 하나도, none at all ("하나도 못 해요")
# A pass said as a verb: its adnominal or its past ("딴", "붙은", "땄는데", "합격했지만").
PASSED_VERB_KO = ("딴", "붙은", "합격한", "취득한")
PASSED_PAST_KO = ("땄", "붙었", "합격했", "취득했")
DENYING_KO = "아니"
ONLY_KO = "만"
# ... or one section of a test alone ("스피킹 파트만 점수가 안 나와서"): the test was sat.
EXAM_SECTIONS_KO = ("파트", "섹션", "영역", "리스닝", "스피킹", "라이팅", "리딩", "듣기", "말하기", "쓰기", "읽기")


def _besides_or_only(clause: Sequence[Word], instead: Word) -> bool:
    """After "X 말고", the next word with 도 says besides X ("엑셀 말고 파워포인트도 잘해요"), and other things
    denied say only X ("포토샵 말고 할 줄 아는 게 없어요", "지게차 말고 다른 건 운전 못 해요"): X is held either
    way."""
    after = [word for word in clause if word.start > instead.start]
    besides = any(word.text.endswith(ALSO_KO) and word.text not in AMOUNT_KO for word in after[:BESIDES_REACH])
    denied = any(
        word.text.startswith(OTHER_KO) or word.text.startswith(LACKING_KO) or NOT_ABLE_KO in word.text for word in after
    )
    return besides or denied


AMOUNT_KO = ("정도", "쯤도")  # "1년 정도": about, no 도 of besides
BESIDES_REACH = 2  # words after 말고 the other's 도 is said in: "지게차 운전도", "TIG도" (TIG and 도)


def _sat_out_later(clause: Sequence[Word], part: Sequence[Word], *, examined: bool, certificate: bool) -> bool:
    """A part after the skill's says an exam was not sat ("… 늦잠 자서 | 못 감", "… 찾아가서 | 응시 못 함"), where the
    clause passes nothing ("전기기사 시험 합격하고 … 연수는 못 갔어요", "토익 900점 받았는데 … 못 갔어요"): the exam
    said with the skill (`examined`), or a certificate's (`certificate`) said in the part not sat ("오픽 보려고 …
    공부했는데 | 결국 시험장 안 감", "… 준비만 하고 | 응시는 안 함"); not "용접 배우다 다쳐서 | 병원 못 갔어요"."""
    parts, at = _parts_around(clause, part)
    if at + 1 >= len(parts) or any(_passed_said(word.text) or word.text in PASSED_THEN_KO for word in clause):
        return False  # not "… 시험 붙고 나서 여행 가려다 돈 없어서 못 감"
    return any(
        _sat_out(later)
        and (examined or (certificate and any(word.text.startswith((*EXAMS_KO, SAT_NOUN_KO)) for word in later)))
        for later in _parts_to_another(parts[at + 1 :])
    )


def _names_a_certificate(word: Word) -> bool:
    return names_certificate(word) or _certificate_named(word.text)


def _names_another(word: Word) -> bool:
    """The word names a certificate, not only a grade ("급은" of "2급은" is the same one's other grade) or a level
    ("JLPT N2 떨어지고 N3 합격")."""
    grade = word.text.startswith(GRADE_UNIT_KO) and len(word.text) <= len(GRADE_UNIT_KO) + 1
    level = JLPT_LEVEL.fullmatch(lexicon.less_particle(word.text, LEVEL_PARTICLES_KO)) is not None
    return not grade and not level and _names_a_certificate(word)


def _parts_to_another(parts: Sequence[Sequence[Word]]) -> list[Sequence[Word]]:
    """The parts up to one that names another exam ("토익 시험 끝나고 정처기 못 봄")."""
    kept = []
    for part in parts:
        if any(_names_a_certificate(word) for word in part):
            break
        kept.append(part)
    return kept


def _sat_out(later: Sequence[Word]) -> bool:
    """The part says an exam was not sat: "못 감", "안 봤어요", "결시했어요", "다음으로 미뤘어요", "응시 못 함"."""
    if any(word.text.startswith(NOT_ABLE_KO) and word.text[1:].startswith(SAT_KO) for word in later):
        return True  # glued: "… 늦잠자서 못감"
    # "… 날짜 착각해서 | 결국 결시했어요", "… 수수료 보고 | 다음으로 미뤘어요"; not "작업을 내일로 미뤘어요"
    if any(word.text.startswith(MISSED_KO) for word in later) and not any(_object(word) for word in later):
        return True
    for before, word in pairwise(later):
        if before.text in NEGATING_KO and word.text.startswith(SAT_KO):
            return True  # "… 해놓고 그냥 안 봤어요", "… 아파서 못 갔어요"
        if before.text.startswith((*SITTING_EXAM_KO, *ENTERED_KO)) and _not_done(word):
            return True  # "응시 못 함", "응시는 안 함"; not "접수 안내"
    return False


# 안 glued to its verb ("응시 안함"), as 못 may be ("응시 못함"); not a word begun with 안 (안내, 안전).
NOT_DONE_GLUED_KO = ("안함", "안했", "안봄", "안봤", "안해")


def _not_done(word: Word) -> bool:
    """안 or 못 alone, 못 glued to its verb, or 안 glued to one of doing or sitting."""
    return word.text in NEGATING_KO or word.text.startswith((NOT_ABLE_KO, *NOT_DONE_GLUED_KO))


def _object(word: Word) -> bool:
    """A Korean word with its object's particle ("작업을")."""
    return len(word.text) > 1 and word.text.endswith(OBJECT_KO)


OBJECT_KO = ("을", "를")


def _passed_said(text: str) -> bool:
    """A word of passing or a score got ("합격하고", "땄는데", "900점", "받았는데"); not a failing ("불합격")."""
    if any(failing in text for failing in FAILING_KO):
        return False
    return any(passing in text for passing in (*PASSING_KO, *SCORED_KO)) or (text[:1].isdigit() and text.endswith("점"))


def _obtained_later(clause: Sequence[Word], part: Sequence[Word]) -> bool:
    """A later part of the clause says the exam was passed ("동력기계정비기능사 따려고 학원 다녔고 합격했어요"), with no
    other certificate or person named before the pass ("…따려고 학원 다니는데 친구는 합격했어요", "전기기사 준비
    중이고 전기기능사는 작년에 땄어요")."""
    for word in (word for word in clause if word.start > part[-1].start):
        if word.form in _KIN_KO or word.text.startswith(CERTIFICATE_WORDS_KO) or names_certificate(word):
            return False
        if word.text.startswith(OBTAINED_LATER_KO) or (word is clause[-1] and word.text in PASSED_LAST_KO):
            return True
    return False


# A pass said by its noun alone, last in the clause: "… 학원 기계로 연습 많이 했고 결국 합격".
PASSED_LAST_KO = frozenset(("합격", "합격!", "합격함", "통과", "통과함", "취득", "취득함"))


def denied(clause: Sequence[Word], start: int, *, rated: bool) -> bool:
    """Whether the part of a clause the skill at `start` begins in denies it (not held, not needed, weak at it) or
    gives it to someone else (its subject a relative): said of that skill alone, so a line's other skills keep their
    claims ("용접 3년 했지만 CAD는 못함", "형이 CNC 선반 일을 함, 저는 용접 3년"). A wish or a pastime is said of the
    line's topic as often ("Aspiring data analyst with SQL"), and is read of the whole line (context.stranded)."""
    return _denied(_part_of(clause, start), start, clause, rated=rated)


def negated(clause: Sequence[Word], start: int, *, rated: bool) -> bool:
    """Whether the part of a clause the skill at `start` begins in says it is not held: `denied` less the readings
    that give it to someone else (`unclaimed_obtained`)."""
    return not rated and _negated(_part_of(clause, start), start, clause)


def _denied(part: Sequence[Word], start: int, clause: Sequence[Word], *, rated: bool) -> bool:
    if _bought(part, clause) or _told_of_honoured(part, start) or _heard_about(part, start):
        return True
    told = [word for word in clause if word.end <= part[-1].end]  # not the writer said after: "…몰고 저는 대학생"
    if (_described_relative(part) or _relative_there(clause, start)) and not _own(told):
        return True  # "영어 유치원 다니는 조카"; not "저는 물류센터에서 지게차 운전하는 아빠"
    said = [word.form for word in part if word.end <= start][-BOUGHT_REACH:]
    if len(said) >= 2 and said[-2] in _MET_EN and said[-1] in _DETERMINERS_EN and _met_one(part, start):
        return True  # a person met: "Met a data analyst on a blind date", "I asked a welder at the flea market"
    if any(form in _BOUGHT_EN for form in said) and not any(form in _AND_EN or form in _IN_TOOL_EN for form in said):
        return True  # "I bought a hydraulic car jack for my dad's birthday"; not "Bought and installed PLC panels",
        # nor a tool bought in: "Ordered parts in SAP"
    if _kin_fragment(clause) and not rated:
        return True  # "삼촌 통관 사무실", "dad's welding shop"
    # A relative's subject kept from the part before: "누나가 CPA 준비하면서 회계 공부하는데".
    if _subject_carried(clause, part):
        return True
    if (_ours_first(part, start) or _ours_last(part, start)) and not _own(part):
        return True
    if rated and _prepared_for(part, start):
        return True  # years of preparing, not of holding: "관세사 준비 3년째예요"
    if _learning_given_up(part, start):
        return True  # years of learning, given up: "엑셀 일년 배우다가 그만뒀어요"; not "용접 3년 하다가 그만두고 …"
    if not rated and _understood_nothing(clause, part):
        return True  # "코딩 수업 들었는데 하나도 이해 못 했어요"
    return (not rated and _negated(part, start, clause)) or (
        _someone_elses(part) and not _own(_told_up_to(part, start)) and not _told_then_got(clause, part)
    )


# Nothing understood of what the part before conceded was taken or tried: the next part says 이해 denied and ended,
# only a degree's word before it ("코딩 수업 들었는데 하나도 이해 못 했어요", "엑셀 배웠는데 이해가 안 돼요"); not a
# thing named before 이해 ("용접 3년 했는데 그 도면은 이해 못 했어요"), nor a clause left conceding at its end ("… 이해
# 못 했는데"), nor 이해 denied of a noun it describes, others' ("… 이해 못 한 친구들 도와줬어요", "이해 못 하는 애들").
# A lack said to have ended later in the clause is not told apart: "… 이해 못 했는데 지금은 잘해요" loses the skill too.
UNDERSTANDING_KO = ("이해", "이해가", "이해를", "이해는", "이해도")
DEGREE_BEFORE_KO = ("하나도", "전혀", "거의", "별로", "도무지", "잘", "제대로", "솔직히", "진짜", "정말", "아예")
NOT_UNDERSTOOD_KO = ("못", "안", "못함", "못했", "못해", "안됨", "안돼", "안됐", "안되")
NOT_APART_KO = ("못", "안")  # ... its verb apart: "이해 못 했어요"


def _understood_nothing(clause: Sequence[Word], part: Sequence[Word]) -> bool:
    if not part[-1].text.endswith(CONCEDING_KO):
        return False
    later = [word.text for word in clause if word.start > part[-1].start]
    while later and later[0] in DEGREE_BEFORE_KO:
        later = later[1:]
    if len(later) < 2 or later[0] not in UNDERSTANDING_KO or not later[1].startswith(NOT_UNDERSTOOD_KO):
        return False
    verb = later[1] if later[1] not in NOT_APART_KO else (later[2:3] or [""])[0]  # "못했어요" or "못 했어요"
    if not verb.endswith((*SENTENCE_ENDINGS_KO, "됨")):
        return False  # "이해 못 한 친구들": a noun described, not the sentence's end
    last = later[-1]
    return last.endswith((*SENTENCE_ENDINGS_KO, "됨")) and not last.endswith(CONCEDING_KO)


# Words that begin another sentence inside an English part: the writer said after one of them, past the skill, tells
# of their own and leaves the relative the subject of the skill ("My father is a welder so I grew up around …", "My
# best friend is studying AI at PNU and keeps telling me about …"; not "My dad helped with the scripts I wrote").
# Not where the relative lacks the skill, the writer doing it instead ("My boss can't read SQL so I write the
# queries"), nor the writer said to do as they do ("My uncle's a welder and so am I").
NEXT_SENTENCE_EN = ("so", "and", "because", "since")
AS_THEY_DO_EN = ("so", "am", "do", "did", "was", "have", "too")


def _told_up_to(part: Sequence[Word], start: int) -> Sequence[Word]:
    """The part, up to the first word after the skill at `start` that begins another sentence (NEXT_SENTENCE_EN)."""
    if any(word.form in _NEGATING_EN for word in part if word.start < start):
        return part
    ends = (
        k
        for k, word in enumerate(part)
        if word.start > start
        and word.form in NEXT_SENTENCE_EN
        and not any(after.form in AS_THEY_DO_EN for after in part[k + 1 : k + 3])
    )
    return part[: next(ends, len(part))]


# Things only watched or heard about: the skill after "about" said right after a feed or a screen ("youtube about
# python and react", "videos about machine learning"), after another telling the writer or after "heard" ("keeps
# telling me about machine learning", "heard a lot about Docker"); and what the writer grew up around ("grew up around
# welding machines"). Not a thing made in the part, before the skill or after it ("videos about Python and built a
# Django app"), nor the writer going on to it after ("videos about Excel and then used it").
FEEDS_EN = (*SCREENS_EN, "youtube", "video", "videos", "podcast", "podcasts", "vlog", "vlogs", "documentary")
_FEEDS_EN = _forms((*FEEDS_EN, "documentaries", "tiktok", "tiktoks", "shorts", "reels", "channels"))
_TELLING_EN = _forms(("telling", "tells", "told", "tell", "talks", "talking", "talked"))
_TOLD_WHOM_EN = _forms(("me", "us"))
_HEARD_EN = _forms(("heard", "hear", "hearing"))
GREW_UP_AROUND_EN = (("grew", "up", "around"), ("growing", "up", "around"), ("grown", "up", "around"))
A_LOT_EN = ["a", "lot"]
HEARD_REACH = 5  # words between "about" and the skill at most: a short list ("about python, git and react")
THEN_EN, SET_UP_EN = "then", ("set", "up")


def _heard_about(part: Sequence[Word], start: int) -> bool:
    said = [word.form for word in part if word.end <= start]
    about = next((k for k in range(len(said) - 1, -1, -1) if said[k] in HEARD_OF_WORDS_EN), -1)
    if about < 1 or len(said) - about - 1 > HEARD_REACH:
        return False
    if any(form in _MADE_WITH_EN or form in _WRITER for form in said[about + 1 :]):
        return False
    later = [word.form for word in part if word.start > start]
    if any(form in _MADE_WITH_EN or form == THEN_EN for form in later) or any(
        pair == SET_UP_EN for pair in pairwise(later)
    ):
        return False
    before = said[:about]
    if said[about] == "around":
        return tuple(said[about - 2 : about + 1]) in GREW_UP_AROUND_EN
    told = len(before) > 1 and before[-2] in _TELLING_EN and before[-1] in _TOLD_WHOM_EN
    heard = before[-1] in _HEARD_EN or (before[-2:] == A_LOT_EN and (before[-3:-2] or [""])[0] in _HEARD_EN)
    return before[-1] in _FEEDS_EN or told or heard


def _told_then_got(clause: Sequence[Word], part: Sequence[Word]) -> bool:
    """The part ends in another's bidding, the next word says the writer did as bidden (해서, 하셔서), and a later part
    says the certificate obtained ("선배가 ADsP 따라고 해서 땄는데"; not "… 따라고 했는데 결국 운전면허만 땄어요")."""
    following = next((word for word in clause if word.start > part[-1].start), None)
    return (
        part[-1].text.endswith(TOLD_TO_KO)
        and following is not None
        and following.text.startswith(DID_AS_TOLD_KO)
        and _obtained_later(clause, part)
    )


DID_AS_TOLD_KO = ("해서", "하셔서")


def _learning_given_up(part: Sequence[Word], start: int) -> bool:
    """The skill at `start`, learned or tried and then quit in its part: "엑셀 일년 배우다가 그만뒀어요", "코딩 1년 하다
    포기함", "일본어 회화 하다가 그만뒀어요"; not nearly quit, nor used now ("포토샵 배우다가 포기할 뻔했는데 지금은 잘
    다뤄요")."""
    said = [word.text for word in part if word.start >= start]
    for at, text in enumerate(said[1 : LEARNING_GIVEN_UP_REACH + 1], 1):
        spaced = text.startswith(DOING_THEN_KO) and any(each.startswith(LEARNING_SPACED_KO) for each in said[1:at])
        only_learned = any(each.startswith(LEARNED_ONLY_KO) for each in (said[0], said[at - 1]))  # "일본어 회화 하다"
        tried = text.startswith(DOING_THEN_KO[0]) and only_learned
        if text.startswith(LEARNING_THEN_KO) or spaced or tried:
            return _quit(said[at + 1 :])
    return False


def _quit(later: Sequence[str]) -> bool:
    """A quitting said in `later`, not only nearly or meant, and nothing after it of the skill used now."""
    for at, text in enumerate(later):
        if not text.startswith(QUIT_THEN_KO):
            continue
        following = later[at + 1] if at + 1 < len(later) else ""
        if any(ending in text[2:] for ending in QUIT_MEANT_KO) or following.startswith(QUIT_NEARLY_KO):
            continue  # "포기하려 했는데", "포기할 뻔했는데", "그만두고 싶었지만"
        rest = later[at + 1 :]
        now = any(each.startswith(NOW_SAID_KO) for each in rest) and any(each.startswith(USING_NOW_KO) for each in rest)
        return not now
    return False


def _prepared_for(part: Sequence[Word], start: int) -> bool:
    """A certificate, and its preparing said right after it (or after its exam's word): "관세사 준비 3년째"."""
    texts = [word.text for word in part if word.start >= start]
    if len(texts) < 2 or not _certificate_named(texts[0]):
        return False
    after = texts[2:3] if texts[1].startswith(EXAMS_KO) else texts[1:2]
    return bool(after) and after[0].startswith(PREPARING_KO)


# How a part ends whose subject the next part keeps: while doing (면서); and a deed done for the writer, said last
# ("… 만들어줬어요"), keeps a subject over a reason too ("라서", "해서").
WHILE_KO = ("면서", "으면서")
TAUGHT_ME_KO = ("가르쳐", "가르치", "알려")
TAKEN_OVER_KO = ("물려받", "이어받", "대신", "맡았", "맡아", "맡고")
LIFE_EVENTS_KO = ("다치", "은퇴", "군대", "출산", "편찮", "아프", "돌아가", "몰라", "못하", "못해", "입원", "퇴사")
DONE_FOR_ME_KO = ("줬", "주셨", "줌", "주심")
REASON_KO = ("라서", "이라", "해서", "어서", "아서", *WHILE_KO)
# One certificate obtained, then another in the next part: the same one obtained both ("형이 지게차 자격증 따고 굴삭기
# 면허도 땄어요", "누나가 컴활 1급 따고 나서 정처기도 땄대요", "아빠가 용접기능사부터 시작해서 용접기사까지 따셨어요").
CHAINED_KO = frozenset(
    ("따고", "따서", "붙고", "붙어서", "취득하고", "취득해서", "합격하고", "합격해서", "시작해서", "나서")
)
CHAINED_OBTAINED_KO = ("땄", "따셨", "따심", "취득했", "취득하셨", "합격했", "합격하셨", "붙었", "붙으셨")
DESCRIBING_KO = ("는", "던")  # a relative's deed describing a thing of the part: "아빠가 하는 가게 따라다니면서"


def _subject_carried(clause: Sequence[Word], part: Sequence[Word]) -> bool:
    """The part before this one in the clause is someone else's (a relative its subject) and ends in a way that keeps
    its subject for this one, which names no subject of its own."""
    parts, at = _parts_around(clause, part)
    if at == 0 or _own(part):
        return False
    before, last = parts[at - 1], clause[-1].text
    if any(word.text.startswith(TAUGHT_ME_KO) or any(took in word.text for took in TAKEN_OVER_KO) for word in part):
        return False  # a skill given to the writer or work taken over: "… 저한테 TIG 가르쳐주셨어요", "… 물려받아서"
    if any(event in word.text for word in before for event in LIFE_EVENTS_KO):
        return False  # a thing that befell them, not a deed: "아버지가 다치시면서 …", "엄마가 컴퓨터를 몰라서 …"
    kept = (
        before[-1].text.endswith(WHILE_KO)
        or (before[-1].text.endswith(REASON_KO) and any(done in last for done in DONE_FOR_ME_KO))
        or (before[-1].text in CHAINED_KO and any(word.text.startswith(CHAINED_OBTAINED_KO) for word in part))
        or _topic_over_copula(before)
    )
    described = any(len(word.text) > 1 and word.text.endswith(DESCRIBING_KO) for word in before[1:])
    return kept and not described and _someone_elses(before) and not _own(before)  # not "아빠가 하는 가게 …"


# A relative as the topic (은, 는) keeps it over a copula's reason ("아내는 베트남 사람이라 베트남어를 해요"); as a
# subject (이, 가) not: "형이 용접공이라 용접 배웠어요" is the writer's learning.
TOPIC_KO = ("은", "는")
COPULA_REASON_KO = ("이라", "라서")


def _topic_over_copula(before: Sequence[Word]) -> bool:
    """The part begins with a relative as its topic and ends in a copula's reason: its topic is the next part's."""
    first = before[0]
    return (
        len(before) > 1
        and first.form in _KIN_KO
        and first.text.endswith(TOPIC_KO)
        and (before[-1].text.endswith(COPULA_REASON_KO))
    )


def _met_one(part: Sequence[Word], start: int) -> bool:
    """The skill's words after a verb of meeting end in a person ("data analyst", "welder"), or a thing seen doing
    something ("a forklift parked outside", "carrying a cake"); not a goal met or a sheet seen ("Met a sales target",
    "Saw the Excel sheet had errors")."""
    after = [word for word in part if word.start >= start]
    for k, word in enumerate(after[:MET_REACH]):
        if _doer(word.form):
            return True
        if k and word.form.endswith(("ing", "ed")) and word.form.isalpha() and len(word.form) > PAST_MIN:
            return True
    return False


MET_REACH = 3  # words from the skill's first: "a data analyst", "a forklift parked"
# A doer by the ending of its noun ("welder", "operator", "machinist", "analyst", "technician"); not context's wider
# person nouns, whose -ent and -ee name goals met as often ("Met the TOEIC 800 requirement").
DOER_MIN = 4
DOER_ENDINGS_EN = ("er", "or", "ist", "yst", "ian", "ant")


def _doer(form: str) -> bool:
    return form.isascii() and len(form) > DOER_MIN and form.removesuffix("s").endswith(DOER_ENDINGS_EN)


def _told_of_honoured(part: Sequence[Word], start: int) -> bool:
    """The part tells, with an honorific, what someone named before the skill does ("사장님은 용접부터 열쇠까지 다
    하신다는 소문"; "CNC 선반 해봤어요 사장님이 밀링도 하신다고" keeps the lathe); not a posting's "하신다는 분"."""
    told = [
        k
        for k, word in enumerate(part)
        if word.text in HONORIFIC_TOLD_KO and not (k + 1 < len(part) and part[k + 1].text.startswith(PERSON_BOUND_KO))
    ]
    return bool(told) and any(
        word.start < start and (word.text.endswith(HONOURED_SUBJECTS_KO) or word.form in _KIN_KO)
        for word in part[: told[0]]
    )


KIN_MODIFIERS_KO = frozenset(("사촌", "외사촌", "큰", "작은", "막내", "친", "둘째", "첫째"))  # "사촌 누나는"


# The same place or another: no deed that describes it ("아버지는 같은 터미널에서").
SAME_KO = frozenset(("같은", "다른"))


# A verb of doing for the writer before the place ("소개해 준", "소개해주신", "알아봐 준"): the place the relative
# found for them.
GIVEN_KO = frozenset(("준", "주신"))  # not 수준, 표준 or 기준
GIVEN_GLUED_KO = ("해준", "해주신", "봐준", "봐주신")


def _relative_there(clause: Sequence[Word], start: int) -> bool:
    """A part begins with a relative as its subject and says only where they are, right before the part the skill is
    in or a part joined to it by 고 or 며 ("동생은 반도체 공장에서 교대근무 함", "큰형이 거제에서 배관 반장 하다가
    은퇴함", "동생은 김해에서 지게차 운전하고 재고관리 해요", "… 3년 했고 형은 창원에서 CNC 해요"): a place ends a part
    (``_parts``), not its subject's reach. Not a relative who is the subject of a verb describing the place ("형이
    운영하는 가게에서 엑셀로 장부 정리"), nor of a verb between ("형이 공장에서 일할 때 같이 용접 배웠어요": the
    writer's work there)."""
    parts = _parts(clause)
    for k, before in enumerate(parts[:-1]):
        named = 1 if before[0].form in _KIN_KO and before[0].text.endswith(SUBJECT_TOPIC_KO) else 0  # not "형이랑"
        if not named and (  # a relative named by two words: "사촌 누나는"
            len(before) > 2
            and (before[0].form in _KIN_KO or before[0].text in KIN_MODIFIERS_KO)
            and before[1].form in _KIN_KO
            and before[1].text.endswith(SUBJECT_TOPIC_KO)
        ):
            named = 2
        there = (
            named > 0  # "형은 창원에서", not "친구 스타트업에서"
            and before[-1].text.endswith(LOCATIVE_KO)
            and not any(  # nor of a verb describing it in the past: "삼촌이 하던 공장에서", "… 소개해 준 공장에서"
                (word.text.endswith((*ADNOMINAL_KO, PAST_ADNOMINAL_KO)) and word.text not in SAME_KO)
                or word.text in GIVEN_KO
                or word.text.endswith(GIVEN_GLUED_KO)
                for word in before[named:]
            )
        )
        for part in parts[k + 1 :] if there else ():
            if _own(part) or any(word.text in MINE_KO for word in part):
                break  # the writer, after: "동생은 김해에서 일하고 저는 지게차 몰아요"
            if part[0].start <= start <= part[-1].start:
                return True
            if not part[-1].text.endswith(COORDINATING_KO):
                break
    return False


def _described_relative(part: Sequence[Word]) -> bool:
    """The part ends with a relative it describes ("용접 일 하는 아들"): a bare kinship noun after an adnominal, of one
    no writer calls themselves ("코딩하는 엄마", "용접하는 아빠" may be the writer's own words)."""
    last = part[-1].text
    return len(part) > 1 and last in KIN_KO and last not in SELF_KIN_KO and part[-2].text.endswith(ADNOMINAL_KO)


def _bought(part: Sequence[Word], clause: Sequence[Word]) -> bool:
    """The clause ends with a thing bought: "보조배터리 샀어요", "세일에서 패딩 삼", where the part is that thing's or
    the place it was bought at; not a predicate before another ("직접 CNC 장비 샀고 3년간 가공 외주 운영")."""
    said = [word for word in clause if not _laughing(word)]  # "포토샵 샀어요 ㅋㅋ"
    if part[-1].text in BOUGHT_BEFORE_KO:  # bought, then told of: "납땜 인두 세트 샀는데 아직 뜯어보지도 않았어요"
        return not _own([word for word in clause if word.start > part[-1].start])  # not "… 제가 직접 몰아요"
    last = said[-1] if said else clause[-1]
    found = last.text in FOUND_KO and any(word.text.endswith(PLACE_KO) for word in clause)
    if not (last.text in BOUGHT_LAST_KO or last.text.startswith(BOUGHT_KO) or found):
        return False
    if last in part:
        return True
    following = [word for word in clause if word.start >= part[-1].end]  # a place's part: "재고 정리 세일에서 패딩 삼"
    return part[-1].text.endswith(PLACE_KO) and following == _part_of(clause, last.start)


def _laughing(word: Word) -> bool:
    """A word of loose jamo typed after a sentence: laughter or tears ("ㅋㅋ", "ㅎㅎ", "ㅠㅠ")."""
    return all("\u3131" <= char <= "\u318e" for char in word.text)


def _preparing(word: Word, said: Sequence[str], then: str = "") -> bool:
    """The word prepares for the certificate or exam said right before it (`said`: the words from the skill's on):
    "지게차 자격증을 준비하고 있습니다", "조선기사 준비 중", "전기기사 시험 준비"; "신규 라인 준비" and "품질 시험
    준비" prepare work."""
    studying = word.text.startswith(STUDYING_NOW_KO) or (
        word.text in STUDIED_FOR_FORMS_KO and then.startswith(NOW_KO)  # "공부 중", "공부하고 있어요"
    )
    preparing = word.text.startswith(PREPARING_KO) or word.text in PREPARING_FOR_EXAM_KO
    if not ((preparing or studying) and said):
        return False  # studied for now too: "유통관리사 2급 공부 중", "… 공부 시작했어요"; not "공부해서 합격"
    graded = len(said) >= 3 and GRADE_SAID_KO.fullmatch("".join(said[-2:])) is not None
    if graded:
        return True  # a grade only an exam has: "전산세무 2급 준비 중", "유관사 2급 공부 중"
    if len(said) >= 3 and EXAM_ROUND_KO.fullmatch("".join(said[-2:])):
        said = said[:-2]  # its exam's round: "관세사 1차 준비중"
    while len(said) >= 2 and (said[-1] in PREPARING_ADVERBS_KO or SCORE_SAID.match(said[-1]) is not None):
        said = said[:-1]  # "관세사 시험은 아직 준비 중", a score aimed at: "토익 900 준비 중", "JLPT N3 준비 중"
    previous = said[-1]
    if len(said) >= 2 and previous.startswith(TEST_KO):
        previous = said[-2]  # the certificate's exam
    return any(exam in previous for exam in EXAM_WORDS_KO) or _certificate_named(previous)


# A test's score or level said after its name ("N2", "IH", "Lv6", "900", "850점", "6.5"): no word between it and what
# became of the test.
SCORE_SAID = re.compile(r"^(?:[nN][1-5]|[AaIiNn][LlMmHh][1-3]?|[Ll]v\.?\d+|\d+(?:\.\d+)?(?:점|점대)?|점대?)$")
PREPARING_ADVERBS_KO = frozenset(("아직", "지금", "요즘", "계속", "열심히", "다시", "혼자", "틈틈이", "천천히"))


# A JLPT level said alone, the exam's name for it ("일본어 N2 떨어짐", "N3 준비 중"): N1 to N5.
JLPT_LEVEL = re.compile(r"[nN][1-5]")


def _certificate_named(text: str) -> bool:
    """A certificate's or a test's name by its grade's ending, 기사 said short ("정처기 떨어짐", "빅분기 준비 중"), or
    a short form or an exam's letters everyone writes ("컴활 준비 중", "SQLD 떨어짐")."""
    named = lexicon.less_particle(text, CASE_PARTICLES_KO)  # "자격증을": 자격증
    short = len(named) >= SHORT_CERTIFICATE_SYLLABLES and named.endswith(SHORT_GRADE_KO)
    short = short and not named.endswith(VERB_NOUN_KO)
    known = named in SHORT_CERTIFICATES_KO or normalise(named) in _EXAM_NAMES_EN or JLPT_LEVEL.fullmatch(named)
    return named.endswith(CERTIFICATE_ENDINGS_KO) or short or bool(known)


def _certificate_glued(said: Sequence[str]) -> list[str]:
    """The words from a skill's first on, its certificate's field and paper said apart read as one word ("용접",
    "자격증은": "용접자격증은"; "CNC 선반 기능사", "굴착기 운전 기능사"), so a failing right after it is the
    certificate's as after its glued name; not past a word with a number, a particle or an ending ("용접 3년 자격증",
    "용접 잘하는데 자격증": the work's, then another's paper)."""
    for at in range(1, min(len(said), NAME_PAPER_REACH + 1)):
        if lexicon.less_particle(said[at], PAPER_PARTICLES_KO) in CERTIFICATE_PAPERS_NAMED_KO:
            return ["".join(said[: at + 1]), *said[at + 1 :]]
        if not said[at].isalpha() or said[at].endswith((*PAPER_PARTICLES_KO, *CLAUSE_ENDS_OR_ADNOMINALS_KO)):
            break
    return list(said)


def _certificate_or_paper_named(text: str) -> bool:
    """A certificate's name (`_certificate_named`), or a field's glued to its paper ("지게차자격증", "굴착기면허도"),
    with a particle of its own ("용접기능사도")."""
    named = lexicon.less_particle(text, PAPER_PARTICLES_KO)
    papered = named.endswith(CERTIFICATE_WORDS_KO) and not named.startswith(CERTIFICATE_WORDS_KO)
    return papered or _certificate_named(named)


def _learning(clause: Sequence[Word], at: int, learning: tuple[str, ...], starting: tuple[str, ...]) -> bool:
    """The word at `at` is one of `learning` ("배우려고", "배워야"), or of `starting` after a word of studying ("공부
    시작하려고", "공부 시작해야")."""
    text = clause[at].text
    if text.startswith(learning):
        return True
    return text.startswith(starting) and at > 0 and clause[at - 1].text.startswith(STUDYING_KO)


def _started_study(clause: Sequence[Word], at: int) -> bool:
    """The word at `at` starts or prepares learning: "공부 시작할" (예정 after it)."""
    if at == 0:
        return False
    text, before = clause[at].text, clause[at - 1].text
    return (text in STARTING_KO and before.startswith(STUDYING_KO)) or (
        text == START_NOUN_KO and before.startswith(STARTED_KO)
    )


def _goal(clause: Sequence[Word]) -> bool:
    """A goal said as the predicate, or as the topic or the label the clause begins with ("다음 목표는 AWS 자격증",
    "올해 목표: 컴활 1급"), of no target of work."""
    said = any(clause[-1].text == GOAL_KO + ending for ending in COPULA_KO)
    said = said or any(word.text == GOAL_TOPIC_KO for word in clause[:-1])
    said = said or any(word.text == GOAL_KO for word in clause[:GOAL_LABEL_REACH] if word is not clause[-1])
    return said and not any(
        target in word.text for word in clause if word.text not in GOALS_SAID for target in (*TARGETS_KO, "%")
    )


def _goal_label_en(clause: Sequence[Word]) -> bool:
    """An English goal as the label the clause begins with, a colon or a dash after it ("Goal: SQLD in 3 months",
    "Next goal - AWS"); not "Goal-oriented", one word."""
    return any(word.form in GOALS_EN and then.gap == "break" for word, then in pairwise(clause[: GOAL_LABEL_REACH + 1]))


def _part_of(clause: Sequence[Word], start: int) -> list[Word]:
    return next(part for part in _parts(clause) if part[0].start <= start < part[-1].end)


def _planned_en(part: Sequence[Word], start: int) -> bool:
    """The skill at `start` is said after "plan(s) to", a verb of the writer's, not a noun's (PLAN_TO_EN)."""
    before = [word.form for word in part if word.end <= start]
    return any(
        pair in PLAN_TO_EN and (at == 0 or before[at - 1] not in _POSSESSIVES_OR_DETERMINERS_EN)
        for at, pair in enumerate(pairwise(before))
    )


def _undecided_en(part: Sequence[Word], start: int) -> bool:
    """The skill at `start` is what a verb of obtaining right before it is weighed or urged to get, by "I should" or
    an undecided pair before that ("Still deciding whether to study for the welding certificate", "My friend says I
    should try for Craftsman Forklift"); not a thing done that is weighed ("not sure whether I can use Excel")."""
    before = [word.form for word in part if word.end <= start]
    sought = False  # "for" between: the verb seeks the thing ("try for", "apply for")
    while before and (before[-1] in _BETWEEN_WEIGHING_EN or before[-1] == FOR_EN or before[-1] in _GRADES_EN):
        sought = sought or before.pop() == FOR_EN  # "… try for Craftsman Forklift"
    if not before or before[-1] not in _OBTAINING_EN:
        return False
    urged = tuple(before[-3:-1]) == SHOULD_EN and (sought or before[-1] not in _PUT_TO_USE_EN)
    return urged or any(pair in UNDECIDED_EN for pair in pairwise(before[:-1]))


def _gonna(part: Sequence[Word], start: int) -> bool:
    """The skill at `start` is what "gonna" and a verb of obtaining say is to come, an article between ("Gonna learn
    Python", "I'm gonna take the TOEIC"); not a thing used later in the part ("Gonna get a job where I can use my
    Excel skills")."""
    before = [word.form for word in part if word.end <= start]
    while before and (before[-1] in _BETWEEN_WEIGHING_EN or before[-1] == FOR_EN):  # "gonna apply for the …"
        before.pop()
    return len(before) >= 2 and before[-2] == GONNA_EN and before[-1] in _OBTAINING_EN


def _learning_now(part: Sequence[Word], start: int) -> bool:
    """The skill at `start` is what the part says is being learned now, said after it ("파이썬은 요즘 배우는 중",
    "스프링은 공부중", "CAD 학원 다니는 중") or with "learning" or "studying" right before it ("learning Spanish on
    Duolingo", "I'm studying for the JLPT"): not held yet. Learned and then used ("배워서 3년 일함") is held."""
    after = [word.text for word in part if word.start > start][: LEARNING_NOW_REACH + 2]  # its 중 past the reach
    for at, text in enumerate(after[:LEARNING_NOW_REACH]):
        if text.endswith(USED_WHILE_KO):
            return False  # used while learned: "회사에서 엑셀 쓰면서 배우는 중"
        then = after[at + 1] if at + 1 < len(after) else ""
        if text.startswith(LEARNING_NOW_GLUED_KO) or (text in LEARNING_NOW_KO and _now(then)):
            return True
        now = then.endswith(NOW_GLUED_KO) or (at + 2 < len(after) and _now(after[at + 2]))
        if text.startswith(COURSE_KO) and then.startswith(ATTENDING_KO) and now:
            return True  # "CAD 학원 다니는 중"
    later = [word.form for word in part if word.start > start]
    if any(form in _MADE_WITH_EN and before not in _MEANT_EN for before, form in pairwise(["", *later])):
        return False  # learning it, and a thing made with it: "I've been learning Rust and built a small game"
    before = [word.form for word in part if word.end <= start]
    if _course_taken(before, later[:COURSE_REACH_EN]):
        return True
    while before and before[-1] in _LEARNT_BETWEEN_EN:
        before.pop()
    if len(before) >= 3 and before[-1] in _TO_LEARN_EN and before[-2] == TO_EN and before[-3] in _MEANING_TO_EN:
        return True  # "I want to learn welding but I have done CNC for 2 years", "Trying to learn Korean"
    if (
        len(before) >= 2
        and before[-2] == TRIED_EN
        and any(first == AND_EN[0] and then in _TRIED_THEN_EN for first, then in pairwise(later))
    ):
        return False
    return bool(before) and before[-1] in _LEARNING_NOW_EN and (len(before) == 1 or before[-2] in _LEARNER_EN)


def _now(text: str) -> bool:
    """A word of doing now: 중 alone or with its copula, or 있- ("배우는 중이에요", "공부하고 있어요"); not 중요."""
    return text in NOW_WORDS_KO or text.startswith(NOW_AFTER_KO)


def _course_taken(before: Sequence[str], after: Sequence[str]) -> bool:
    """A course in the skill said right after it, taken now or begun soon ("I'm taking an Excel course", "Enrolled in a
    6-month welding course", "Forklift training starts Monday"); not one finished ("Completed a welding course")."""
    at = next((k for k, form in enumerate(after) if form in _COURSE_EN), None)
    if at is None or any(form in _FINISHED_EN for form in before):
        return False
    begun = after[at + 1 : at + 2] in (["starts"], ["begins"], ["starting"])
    return begun or any(form in _TAKING_EN for form in before[-COURSE_REACH_EN:])


EXAM_SAID_REACH = 4


def _aimed_at(part: Sequence[Word], start: int) -> bool:
    """The skill at `start` is what the part goes, aims or studies for, an article between ("I'm going for the
    radiography one next", "Studying for the computer literacy exam"), or looks for work in ("looking for forklift
    jobs"); not a thing said later ("Going for a walk after my forklift shift", "Studying for JLPT N1, already have
    N2" of N2)."""
    before = [word.form for word in part if word.end <= start]
    while before and (before[-1] in _BETWEEN_WEIGHING_EN or before[-1] in SOUGHT_BETWEEN_EN):
        before.pop()
    if len(before) < 2 or before[-1] != FOR_EN:
        return False
    if before[-2] in SEEKING_EN:
        sought = [word.form for word in part if word.start > start][:WORK_SOUGHT_REACH]
        return not WORK_SOUGHT_EN.isdisjoint(sought)
    if before[-2] in PREPARING_EN:
        named = [word for word in part if word.start >= start][: EXAM_SAID_REACH + 1]
        return any(_certificate_named(word.text) or word.form in EXAM_SAID_EN for word in named)
    return before[-2] in AIMING_EN


def _work_sought(part: Sequence[Word], start: int) -> bool:
    """The skill at `start` is the work the part says is sought, its word within reach after it before a verb of
    seeking ("물류 쪽 일을 찾고 있어요"), no predicate between ("에관기능사 땄으니 보일러실 일 찾아요")."""
    after = [word.text for word in part if word.start > start]
    for at, text in enumerate(after[:WORK_SOUGHT_REACH_KO]):
        if text in WORK_SOUGHT_KO:
            return at + 1 < len(after) and after[at + 1].startswith(SEEKING_WORK_KO)
        if text in FIELD_KO and _applying(after[at + 1 : at + 3]):
            return True  # a field applied to: "물류 쪽 지원 중", "품질 쪽으로 지원하고 있어요"
        if text.endswith(PREDICATE_ENDINGS_KO) and text not in NOUNS_IN_GO_KO and text not in NOUNS_IN_SEO_KO:
            return False  # a predicate between; not a noun so ending ("지게차 창고 일 찾고 있어요")
    return False


def _applying(texts: Sequence[str]) -> bool:
    """The words say the writer applies, or is applying: "지원 중", "지원하고 있어요", "지원했어요"; not 지원 as
    support ("지원 업무")."""
    glued = bool(texts) and texts[0].startswith(APPLYING_KO)
    return glued or (texts[:1] == [APPLICATION_NOUN_KO] and "".join(texts[1:2]).startswith(UNDER_WAY_OR_DONE_KO))


FIELD_KO = frozenset(("쪽", "쪽으로", "쪽에", "쪽도", "분야", "분야로", "분야에"))
APPLICATION_NOUN_KO = "지원"
APPLYING_KO = ("지원중", "지원하고", "지원해", "지원했", "지원함", "지원합니다", "지원하는")
UNDER_WAY_OR_DONE_KO = ("중", "했", "함", "해요", "예정")


def _weighed(part: Sequence[Word], start: int) -> bool:
    """The skill at `start` is what the part weighs or looks into ("Thinking about a CCNA", "looking into AWS
    certification"): the pair right before it, an article or a possessive between; "Looking into customer complaints
    using root cause analysis" looks into something else."""
    before = [word.form for word in part if word.end <= start]
    while before and before[-1] in _BETWEEN_WEIGHING_EN:
        before.pop()
    if len(before) >= 2 and before[-1] == FIELD_IN_EN and before[-2] in FIELD_EN:
        return _field_wished(before, len(before) - 2)  # a line of work in it: "Thinking about a career in HVAC"
    return (len(before) >= 2 and (before[-2], before[-1]) in WEIGHING_PAIRS_EN) or _move_weighed(before)


def _field_wished(forms: Sequence[str], at: int) -> bool:
    """The form at `at` is a line of work (`FIELD_EN`) that the forms before it weigh or wish for, an article between
    ("thinking about a career in", "I'd like something in"): its "career" no experience had."""
    before = list(forms[:at])
    while before and before[-1] in _BETWEEN_WEIGHING_EN:
        before.pop()
    return (
        forms[at] in FIELD_EN
        and forms[at + 1 : at + 2] == [FIELD_IN_EN]
        and len(before) >= 2
        and (before[-2], before[-1]) in WEIGHING_PAIRS_EN | FIELD_WISHED_EN
    )


def _wish_unmet_en(before: Sequence[str], later: Sequence[str]) -> bool:
    """The forms before a skill (adverbs dropped) end in a wish of the past to be or become it, articles between,
    and a "but" follows it in the part (`WISHED_PAST_EN`)."""
    before = list(before)
    while before and before[-1] in _BETWEEN_WEIGHING_EN:
        before.pop()
    return WISH_UNMET_EN in later and any(tuple(before[-len(words) :]) == words for words in WISHED_PAST_EN)


def _move_weighed(before: Sequence[str]) -> bool:
    """The forms before a skill (articles dropped) end in a move weighed into it: the weighing pair, a verb of moving
    and "into" or "to", a "from" and what is moved from between ("Thinking about moving from forklift work into")."""
    if len(before) < 4 or before[-1] not in MOVED_INTO_EN:
        return False
    at = next((k for k in range(len(before) - 2) if (before[k], before[k + 1]) in WEIGHING_EN), None)
    if at is None or before[at + 2] not in MOVING_EN:
        return False
    between = before[at + 3 : -1]
    return not between or (between[0] == MOVED_FROM_EN and not any(form in MOVED_INTO_EN for form in between))


def _needed(part: Sequence[Word], word: Word) -> bool:
    """The word before `word` in the part is a certificate or a word of one, or of experience ("면허", "경력")."""
    before = [each.text for each in part if each.end <= word.start and not grade_word(each)]  # "컴활 2급 없음"
    return bool(before) and (before[-1].startswith(NEEDED_KO) or _certificate_named(before[-1]))


def _never_tried(before: Sequence[Word]) -> bool:
    """The words before a lack say a thing never tried, adverbs of never aside: "해 본 적이 (전혀)"."""
    said = [word for word in before if word.text not in NEVER_ADVERBS_KO]
    return len(said) >= 3 and said[-1].text in NEVER_TRIED_KO and _spaced_tried(said[-3], said[-2])


NEVER_ADVERBS_KO = frozenset(("전혀", "한번도", "한", "번도", "아예", "단"))
NEVER_TRIED_KO = frozenset(("적", "적이"))


def _negated(part: Sequence[Word], start: int, clause: Sequence[Word]) -> bool:
    """Whether the part says the skill at `start` is not held, needed or done: a Korean negation after it, an English
    one before it. A failed exam is read against the rest of the clause, where a pass after it may be said."""
    after = [word for word in part if word.start > start]
    before = [word for word in part if word.end <= start]
    first = [word for word in part if word.start == start]  # the skill's first word, `after` the rest
    # a certificate's machine never worked is no certificate denied: "기중기운전기능사 취득 후 장비는 몰아 본 적 없음"
    machine_only = _certificate_named(first[0].text if first else "") and any(
        word.text in DONE_TO_IT_KO or word.text[: -len(TRIED_KO)] in DONE_TO_IT_KO for word in after
    )
    for at, word in enumerate(after):
        text, previous = word.text, after[at - 1].text if at else ""
        if at == 0 and text in INSTEAD_OF_KO and not _besides_or_only(clause, word):
            return True  # "딥러닝 말고 ML 쪽 1년": not it but another
        if text.startswith(WATCHED_ONLY_KO):
            return True  # "지게차 구경만 했어요": only watched
        if text.startswith(NOT_KO) and previous.startswith(WEAK_KO + HARD_KO + AVOIDING_KO):
            return False  # a weakness denied: "용접 무서워하지 않아요", "힘들지 않습니다", "마다하지 않습니다"
        if text.startswith(NOT_KO) and at <= USING_REACH and previous in USING_NOT_KO and not text.endswith(PURPOSE_KO):
            return True  # the skill's own verb denied: "엑셀 쓰지 않음", "용접은 하지 않았지만 CAD는 능숙"
        if text.startswith(NOT_ONLY_KO) and part[part.index(word) - 1].text.endswith(ONLY_BEFORE_NOT_KO):
            continue  # not only it: "엑셀뿐만 아니라 파워포인트도", "지게차뿐 아니라 리치트럭도"
        if (text in NEGATING_KO and at + 1 < len(after)) or text.startswith((*NEGATED_VERBS_KO, *GLUED_NOT_KO)):
            verb = after[at + 1] if text in NEGATING_KO else word
            if verb.text.endswith(CONCEDING_KO) and _now_after(clause, verb):
                return False  # a lack that ended: "엑셀 안 써봤는데 지금은 매일 써요"
            if _negating_another(after, at):
                continue  # "… 딴 건 아무한테도 말 안 했는데", "토플은 스피킹 파트만 점수가 안 나와서"
            if any(WITHOUT_KO in earlier.text for earlier in after[:at]):
                return False  # "ERP 없이는 일 못함": needed, so used
            if verb.text.endswith(SENTENCE_ENDED_KO):
                return True  # a denial said and ended, whatever is said after: "하나도 몰라요 열어 본 적도 없음"
            again = (*after[at + 1 :], *([word] if text.startswith(NEGATED_VERBS_KO) else []))
            return not any(
                a in later.text[1:] if later is word else a in later.text for later in again for a in NEGATED_AGAIN_KO
            )
        if _weak(word, after[at + 1 :], clause, between=after[:at], skill=[*first, *after[:at]]):
            return True  # "영어 울렁증 있어요", "체력이 약한 편"; not "부족함 없음", "부족하지만 읽기 가능"
        tried = at >= 2 and (
            (previous == LACKED_KO and after[at - 2].text.endswith((TRIED_KO, *DONE_TO_IT_KO)) and not machine_only)
            or (previous in LACKED_EVEN_KO and after[at - 2].text in USED_KO)
            or (previous in LACKED_EVEN_KO and at >= 3 and _spaced_tried(after[at - 3], after[at - 2]))
        )
        if text.startswith(EVEN_WITHOUT_KO) and at <= 1 and _needed(part, word):
            return True  # not needed: "지게차 면허 없어도 지원 가능", "경험 없어도 됩니다"
        if text in LACKED_LAST_KO and at == len(after) - 1 and at <= LACKED_REACH and _needed(part, word):
            return True  # a certificate not had, said last: "컴활 없음", "컴활 2급 없음", "지게차 면허 없어요"
        if text.startswith(LACKING_KO) and not text.startswith(WITHOUT_KO) and previous == CAN_KO:
            return not _now_after(clause, word)  # cannot: "용접 할 수 없음", "엑셀 다룰 수 없어요"; not "수 없이"
        if LACKING_KO in text and text.endswith((*CONCEDING_KO, PAST_ADNOMINAL_KO)) and _now_after(clause, word):
            return False  # a lack that ended: "엑셀 써본 적도 없는데 지금은 매일 써요", "… 없던 제가 지금은 도면 담당"
        if LACKING_KO in text and (
            text.startswith(LACKED_THINGS_KO)
            or (text.startswith(LACKING_KO) and (previous.startswith(LACKED_THINGS_KO) or tried))
        ):
            return True  # "경험 없음", "경험없음", "해본 적 없어요"
        if text.startswith(LACKING_KO) and _never_tried(after[:at]) and not machine_only:
            return True  # "해 본 적이 전혀 없어요", "써 본 적이 한 번도 없음"
        if text.startswith(FIRST_TIME_KO) and _first_time(text, at == len(after) - 1):
            return True
        if text.startswith(HEARSAY_KO) or (at == len(after) - 1 and text.endswith(REPORTED_KO)):
            return True
        if text.startswith(NOT_KO) and previous.endswith(NOT_BEFORE_KO) and previous.startswith(HANDY_KO):
            # "영어에 익숙하지 않습니다"; not conceded ("익숙하지 않았는데 지금은 담당"), nor of a noun ("않은 팀원")
            return at == len(after) - 1 and not text.endswith((*CONCEDING_KO, *ADNOMINAL_KO))
        said = [each.text for each in part if each.start >= start and each.start < word.start]
        then = after[at + 1].text if at + 1 < len(after) else ""
        if _preparing(word, said, then) and not _obtained_later(clause, part):
            return True  # of the certificate itself: "용접 3년, 용접기능사 준비 중" still claims welding
        if text.startswith(GAVE_UP_KO) and not any(each in DONE_KO or each.startswith(WORKED_KO) for each in said[1:]):
            return True  # not "회계 일 하다 번아웃으로 포기함": done, then given up
        short = text.startswith(SHORT_KO) and previous.startswith(SCORE_KO) and _examined(said[:-1])
        gone_by = any(later.text.startswith(GONE_BY_KO) for later in after[at + 1 : at + 1 + DEADLINE_REACH])
        missed = text.startswith((*FAILED_KO, *MISSED_KO)) or (text.startswith(DEADLINE_KO) and gone_by)
        if short or text.startswith(FAILING_KO) or (missed and _examined(said)):
            rest = list(takewhile(lambda later: not _names_another(later), (w for w in clause if w.start > word.start)))
            # to another certificate, and not a pass denied ("… 미응시로 자격 취득 못함")
            texts = [later.text for later in rest]
            passed = [
                later
                for later, following in pairwise([*texts, ""])
                if not later.startswith(FAILING_KO) and not following.startswith(NOT_ABLE_KO)
            ]
            held = _level_held_after([later for later in clause if later.start > word.start])
            return not any(passing in later for later in passed for passing in PASSED_LATER_KO) and not held
    if _not_yet_passed(clause, start):
        return True  # "정처기 필기만 붙었어요", "기계정비산업기사 시험 접수했어요", "… 학원 다니는 중"
    said = [word.text for word in part if word.start >= start]
    examined = _examined(said) or (len(said) > 1 and said[1].startswith(EXAMS_KO))
    # … its exam said past its certificate's word: "워드 자격증 시험 본다 본다 하다가 | 결국 안 봤어요"
    examined = examined or (said[1:2] == [CERTIFICATE_KO] and "".join(said[2:3]).startswith(EXAMS_KO))
    certificate = bool(said) and _certificate_or_paper_named(_certificate_glued(said)[0])  # "지게차 면허"
    # ... or its course alone attended: "소방안전관리자 강습만 듣고 | 시험은 안 봤어요"
    certificate = certificate or (len(said) > 1 and said[1].startswith(COURSES_KO) and said[1].endswith(ONLY_KO))
    certificate = certificate and not any(text.startswith(HOLDING_KO) for text in said[1:])  # not "CCNA 있는데 …"
    if _sat_out_later(clause, part, examined=examined, certificate=certificate):
        return True  # "토익 시험날 늦잠 자서 못 감", "한능검 시험장 잘못 찾아가서 응시 못 함"
    forms = [word.form for word in before if word.form not in _ADVERBS_EN]
    later = [word.form for word in after if word.form not in _ADVERBS_EN]
    if any(form in _BEFORE_EN for form in later):
        return False  # "Didn't know SQL before joining", "Never heard of SQL before this job": a past that ended
    if tuple(forms[-3:]) in HEARD_OF_EN:
        return True  # "Never heard of Kubernetes", not "Not heard of any issues with my SQL code"
    if _failed_exam(forms, [word.form for word in clause if word.start >= start]):
        return True
    if _failed_after_en([word.form for word in clause if word.start >= start]):
        return True
    if _exam_put_off_en(forms, [word.form for word in clause if word.start >= start]):
        return True  # "My forklift test got postponed twice", "The forklift test centre was closed"
    if _wish_unmet_en(forms, later):
        return True
    if _sat_out_en(forms, [word.form for word in clause if word.start >= start]):
        return True  # "Never took the JLPT", "Skipped the TOEIC because of work", "OPIc result pending"
    if _written_part_only(forms, [word.form for word in clause]):
        return True  # "Passed the written part of the Engineer Electricity exam"
    if _unknowing(before, later, clause):
        return True
    # Another's lack, the writer's work told after it, and the writer's own part after "so I": the forms read below
    # (`_not_passed` too) are the writer's ("My boss can't read SQL so I write …", "I can't read SQL so I use Excel").
    others_at = next((k for k, form in enumerate(forms) if form in _OTHER_SUBJECTS_EN), len(forms))
    others_at = others_at if WRITER_EN in later else len(forms)
    turn = max((k + 1 for k, form in enumerate(forms) if form in THEN_THE_WRITER_EN), default=0)
    turned = turn > 0 and forms[turn : turn + 1] == [WRITER_EN]
    forms, others_at = (forms[turn:], max(0, others_at - turn)) if turned else (forms, others_at)
    return (
        any(  # not another's lack: "My boss can't read SQL so I write all our queries"
            (form in _NEGATING_EN and following in _KNOWING_EN) or (form in NO_EN and following in _NO_WHAT_EN)
            for form, following in pairwise((*forms[:others_at], ""))
        )
        or _not_passed(forms)
        or any(form in _NEGATING_EN and following in _KNOWING_EN for form, following in pairwise(later))
    )


def _written_part_only(before: Sequence[str], clause: Sequence[str]) -> bool:
    """The part says the writer passed an exam's written or theory part or its first round, before the skill, and the
    clause no practical part passed: "Passed the written part of the forklift exam", "… but failed the practical",
    "Passed the first round of the customs broker exam, didn't pass the second"."""
    before = before[1:] if before[:1] in (["i"], ["ive"]) else before
    written = any(form in _WRITTEN_PARTS_EN for form in before) or any(
        pair in _FIRST_ROUNDS_EN for pair in pairwise(before)
    )
    return (
        bool(before)
        and before[0] in _PASSED_WORDS_EN
        and written
        and not any(_practical(clause, at) and _part_passed(clause, at) for at in range(len(clause)))
    )


def _practical(clause: Sequence[str], at: int) -> bool:
    """The word at `at` names an exam's practical part, or its second round ("didn't pass the second", "the first and
    second rounds"; not "on the second try")."""
    following = clause[at + 1] if at + 1 < len(clause) else ""
    second = clause[at] == SECOND_EN and following in ("", *_ROUNDS_EN)
    return clause[at] in _PRACTICAL_PARTS_EN or second


def _part_passed(clause: Sequence[str], at: int) -> bool:
    """The exam's part at `at` is not said failed, missed or not passed right before it ("but failed the practical",
    "missed the practical exam", "didn't pass the second"), nor still to come right after it ("the practical is in
    August")."""
    _, verb, denying = _verb_before(clause, at)
    following = next((form for form in clause[at + 1 :] if form not in _PART_WORDS_EN), "")
    return not (verb in _FAILED_EN or denying in _NEGATING_EN or following in _TO_COME_EN)


_PART_WORDS_EN = _forms(("exam", "exams", "test", "tests", "part", "round", "one"))
_TO_COME_EN = _forms(("is", "next", "left", "pending", "remains", "scheduled", "coming"))


def failed_exam(clause: Sequence[Word], start: int) -> bool:
    """Whether the part of a clause the skill at `start` begins in says the writer failed it as an exam."""
    before = [word.form for word in _part_of(clause, start) if word.end <= start and word.form not in _ADVERBS_EN]
    return _failed_exam(before, [word.form for word in clause if word.start >= start])


def writers_part(clause: list[Word]) -> list[list[Word]]:
    """The clause cut where the writer's topic (저는, 나는, 저도, 나도) begins right after a sentence's ending or an
    honorific one ("아버지 배관 일 하심 저는 …"), or a clause's 고 with another person its subject: two clauses, as a
    comma would make ("아빠 회사 사람들은 다 SAP 쓴다던데 저는 …", "동생은 김해에서 일하고 저는 지게차 몰아요"); not
    the writer's own topic ("용접요 저는 아직 안 해봤어요", "지게차 따고 저는 물류센터 가려고요")."""
    for k in range(1, len(clause)):
        before = clause[k - 1].text
        ended = len(before) >= ENDED_MIN and before.endswith((*SENTENCE_ENDINGS_KO, *HONORIFIC_ENDED_KO))
        if ended and clause[k].form in _KIN_KO and credited(clause[k:]):
            return [clause[:k], clause[k:]]  # another's part in the deed after it: "엑셀 잘해요 누나가 가르쳐 줬어요"
        if clause[k].text not in WRITER_TOPICS_KO or len(before) < ENDED_MIN or before.endswith(NO_ENDING_KO):
            continue
        # ended as computed above: "… 구한다는데 저는 아직 없어요", "… 잘함 나는 포토샵"
        joined = _joined_or_conditional(before) and any(_another_subject(clause, at) for at in range(k - 1))
        if ended or joined:
            return [clause[:k], clause[k:]]
    return [clause]


# Another person's part in the writer's deed said after it, its subject: who taught them, who felt for them, who
# helped them to it ("엑셀 잘해요 누나가 가르쳐 줬어요", "my grandfather was proud", "my brother got me into it"). It
# tells nothing of whose the skill is: the skill said before stays the writer's.
FELT_KO = ("좋아하셨", "좋아했", "기뻐", "울었", "우셨", "자랑스러", "뿌듯해", "축하해")
HELPED_KO = ("소개해", "소개시켜", "도와", "추천해")
FELT_EN = ("proud", "cried", "happy", "glad", "pleased", "thrilled", "relieved")
CREDITED_WITH_ME_EN = ("taught", "showed", "helped", "got", "introduced", "trained", "pushed", "encouraged")
_CREDITED_KO = (*TAUGHT_ME_KO, *FELT_KO, *HELPED_KO)
_FELT_EN = _forms(FELT_EN)
_CREDITED_WITH_ME_EN = _forms(CREDITED_WITH_ME_EN)
_ME_EN = normalise("me")


def credited(clause: Sequence[Word]) -> bool:
    """The clause begins with another person as its subject ("누나가", "my dad", "a friend") and its verb teaches the
    writer, feels for them or helps them to it (TAUGHT_ME_KO, FELT_EN, …): their part in the writer's deed."""
    forms = [word.form for word in clause]
    if not forms:
        return False
    if forms[0] in _KIN_KO:
        return any(word.text.startswith(_CREDITED_KO) for word in clause[1:])
    at = 2 if forms[0] in _POSSESSIVES_EN or forms[0] in _ONE_OF_EN else 1
    while at < len(forms) and forms[at - 1] in _KIN_ADJECTIVES_EN:
        at += 1  # "my older sister"
    if at > len(forms) or forms[at - 1] not in _KIN_EN:
        return False
    rest = forms[at:]
    felt = any(form in _FELT_EN for form in rest)
    helped = any(form in _CREDITED_WITH_ME_EN and after == _ME_EN for form, after in pairwise(rest))
    return felt or helped


# Not 제가 or 내가, the subject of a verb about the topic before ("VMware 패치 작업은 분기마다 제가 해요").
WRITER_TOPICS_KO = frozenset(("저는", "나는", "저도", "나도"))
ENDED_MIN = 2  # syllables of a word that ends a sentence: a stem and its ending ("해요", "했다"), not "다" alone
# A sentence's endings, not a noun's 요 ("용접요 저는", "CAD는요 저는": the writer's own topic) ...
SENTENCE_ENDINGS_KO = (
    *("어요", "아요", "해요", "에요", "예요", "세요", "대요", "래요", "여요", "워요", "와요", "져요", "줘요", "봐요"),
    *("돼요", "내요", "네요", "죠", "다", "데", "음", "함", "임"),
)
# ... and an honorific nominal ending, another's deed ended ("아버지 배관 일 하심 저는 사무직 희망"), not its 고
HONORIFIC_ENDED_KO = tuple(ending for ending in HONORIFIC_LAST_KO if not ending.endswith("고"))
# ... and a clause's 고 or 면, only after another person named ("동생은 김해에서 일하고 저는 …", "선배가 캐드로 도면
# 주면 저는 CNC로 가공했어요"; not "지게차 따고 저는 물류센터 가려고요", where what follows says what became of the
# writer's own)
JOINED_KO = "고"
CONDITIONAL_KO = "면"
NOUNS_IN_MYEON_KO = ("도면", "화면", "표면", "단면", "평면", "측면", "정면", "전면", "방면", "라면", "냉면")  # no -면
NO_ENDING_KO = "마다"  # "분기마다 저는": each quarter
# ... and any clause's ending, a contractor's or team's verb's (관리합니다, 운영하고, 담당하세요)
CLAUSE_ENDS_KO = ("고", "며", "서", "니다", "요", *SENTENCE_ENDINGS_KO)
# The adnominal endings of a verb before a noun (만든, 쓰는, 관리하던, 용접한), which a contractor's or team's verb
# may have in place of a clause's ending (CLAUSE_ENDS_KO); not 인, 본 or 전, the ends of nouns too (크레인, 기본, 안전).
ADNOMINALS_KO = ("는", "던", "한", "된", "든", "쓴", "준", "짠", "낸", "친", "꾼", "린", "킨", "운")
CLAUSE_ENDS_OR_ADNOMINALS_KO = (*CLAUSE_ENDS_KO, *ADNOMINALS_KO)


def _joined_or_conditional(text: str) -> bool:
    """The word ends a clause another may be the subject of: its 고 or its -면 ("주면"; not a noun's, "도면")."""
    return text.endswith(JOINED_KO) or (text.endswith(CONDITIONAL_KO) and not text.endswith(NOUNS_IN_MYEON_KO))


def _another_subject(clause: Sequence[Word], k: int) -> bool:
    """Word k is another person as a subject: kin with a particle ("형이", "동생은") or one honoured ("팀장님이")."""
    return _other_party(clause, k) or clause[k].text.endswith(HONOURED_SUBJECTS_KO)


def passed_later(clauses: Sequence[Sequence[Word]]) -> list[frozenset[str]]:
    """For each clause, the exams later ones say passed or a score held since: the name said right after the pass
    ("…, passed OPIc IH"), or "" for a pass that names none ("…, then passed with 850")."""
    found: list[frozenset[str]] = []
    passed: frozenset[str] = frozenset()
    for clause in reversed(clauses):
        found.append(passed)
        forms = [word.form for word in clause]
        named = (_exam_after(forms[k + 1 :]) for k, form in enumerate(forms) if form in _PASSED_LATER)
        passed |= {name for name in named if name is not None}
    return found[::-1]


def retaken(failed: Sequence[Word], start: int, passed: frozenset[str]) -> bool:
    """The skill at `start` is an exam the clause `failed` says was failed, and `passed` (of passed_later) holds a
    pass of it: one naming no exam, or naming it ("Failed the TOEIC once, then passed"; not "Failed TOEIC speaking,
    passed OPIc IH")."""
    named = next((word.form for word in failed if word.start == start), "")
    return bool(passed & {"", named}) and failed_exam(failed, start)


def _exam_after(forms: Sequence[str]) -> str | None:
    """The exam a pass names right after it, past an article ("passed the OPIc"), "" where it names none ("then
    passed with 850"), or None where it passes another thing ("passed the interview at Hanjin")."""
    forms = forms[1:] if forms[:1] and forms[0] in _FOR_WHOSE_EN else forms
    if forms[:1] and forms[0] in _PASSED_OTHERWISE_EN:
        return None
    return forms[0] if forms and forms[0] in _EXAM_NAMES_EN else ""


# What a pass is of that is no exam: a hiring's steps, a course ("passed the interview at Hanjin").
_PASSED_OTHERWISE_EN = _forms(
    ("interview", "interviews", "probation", "screening", "audition", "course", "class", "final")  # "the final round"
)


# An English exam failed, called off or skipped after its name ("Took the JLPT N2 and failed by 3 points", "I sat the
# … written test and fell short", "My TOPIK exam got cancelled", "Studied for the OPIc and then skipped the test"):
# said of a test's name or its exam. "Got" before the calling off is no pass ("got cancelled").
FAILED_AFTER_EN = frozenset(("failed", "flunked", *CALLED_OFF_EN, *SKIPPED_EN))
FELL_SHORT_EN = ("fell", "short")
FAILED_AFTER_REACH = 8
_DETERMINERS_OR_MINE_EN = frozenset(("the", "a", "an", "my", "our", "its"))
_THE_EXAM_EN = _forms(("test", "exam", "examination"))  # the exam named before, said again
_WORK_TESTS_EN, _FULL_EN, _SEATS_EN = _forms(WORK_TESTS_EN), _forms((FULL_EN,)), _forms(SEATS_EN)


def _failed_after_en(said: Sequence[str]) -> bool:
    """An exam named first in `said` (the clause's forms from the skill's on) failed or called off later, no pass
    after."""
    passing = (form for form, following in pairwise([*said, ""]) if following not in FAILED_AFTER_EN)
    if not said or not said[0].isascii() or any(form in _PASSING for form in passing):
        return False
    later = said[1:FAILED_AFTER_REACH]
    failed = any(form in FAILED_AFTER_EN and _of_the_exam(said[at + 2 : at + 4]) for at, form in enumerate(later))
    return _exam_named(said) and (failed or any(pair == FELL_SHORT_EN for pair in pairwise(later)))


def _exam_put_off_en(before: Sequence[str], said: Sequence[str]) -> bool:
    """The skill first in `said` names an exam whose sitting was put off or its centre shut, no pass said ("My forklift
    test got postponed twice", "The forklift test centre was closed for renovation"): a test is the writer's exam
    after "my" or by its centre, and "exam" or "examination" without "my", not work's ("The PLC test got delayed by
    the vendor")."""
    at = next((k for k in range(1, EXAM_AFTER_SKILL_EN + 1) if said[k : k + 1] and said[k] in _THE_EXAM_EN), None)
    if at is None or any(form in _PASSING and then not in SITTING_PUT_OFF_EN for form, then in pairwise([*said, ""])):
        return False  # a pass said; not "got" of its putting off ("got postponed")
    if said[at + 1 : at + 2] and said[at + 1] in _WORK_TESTS_EN:
        return False  # a work's test: "My CNC machine test run got delayed", "My welding test piece was full of …"
    centre = at + 1 < len(said) and said[at + 1] in TEST_CENTRES_EN
    if not (centre or before[-1:] == [MINE_EN] or said[at] in _EXAMS_ONLY_EN):
        return False
    put_off = said[at + 1 : at + 1 + PUT_OFF_REACH]
    full = any(form in _FULL_EN for form in put_off) and (centre or not _SEATS_EN.isdisjoint(put_off))  # not "full of"
    return full or any(form in SITTING_PUT_OFF_EN for form in put_off)


def _of_the_exam(following: Sequence[str]) -> bool:
    """The two words after a verb of failing say no other thing failed: none, no determiner ("failed by 3 points",
    "skipped it") or the exam said again ("skipped the test"); not "… but failed the logistics manager exam"."""
    other = len(following) > 1 and following[0] in _DETERMINERS_OR_MINE_EN and following[1] not in _THE_EXAM_EN
    return not other


def _exam_named(said: Sequence[str]) -> bool:
    """The skill said first in `said` is an exam: a test's name ("TOEIC"), a certificate's English grade, or an exam
    said right after it ("the forklift exam")."""
    return bool(said) and (
        said[0] in _EXAM_NAMES_EN or said[0] in _GRADES_EN or any(form in _EXAMS_ONLY_EN for form in said[1:4])
    )


# An English exam not sat: a verb of sitting it denied right before its name, or skipping it ("Never took the JLPT",
# "Haven't sat for the TOEIC", "Skipped the TOEIC because of work"); not a skipping denied ("Never skipped the TOEIC
# prep"), nor a taking of another thing ("Didn't take long to learn Python": no exam named).
SITTING_VERBS_EN = _forms(("sit", "sat", "sitting", "take", "took", "taken", "taking"))
_SKIPPED_EN = _forms(SKIPPED_EN)
_BEFORE_EXAM_EN = _forms(("the", "my", "a", "an", "for"))
# An English exam's results to come: waited for before its name ("Awaiting CCNA exam results", "Waiting on my TOEIC
# score") or pending after it ("OPIc result pending", "TOEIC scores still pending").
_AWAITING_EN = _forms(AWAITING_EN)
WAITED_ON_EN = _forms(("on",))  # "waiting on my score"; "for" goes with the articles
RESULTS_EN = _forms(("result", "results", "score", "scores", "grade", "grades"))
OF_EN = "of"  # results said before the exam's name: "waiting for the results of my Craftsman Welding exam"
_BEFORE_PENDING_EN = _forms(("is", "are", "still", "currently")) | _EXAMS_ONLY_EN | {"test"} | RESULTS_EN
# A sitting put off for good between the denial and its verb ("never got round to taking the …", "didn't bother to
# take the …"), or not bothered with at all ("Didn't bother with the … exam").
PUT_OFF_EN = (("got", "round", "to"), ("got", "around", "to"), ("get", "round", "to"), ("get", "around", "to"))
BOTHER_EN, BOTHERED_WITH_EN = ("bother", "to"), ("bother", "with")
TAKE_EN = "take"  # what "bother with" stands for
# ... or denied after its name ("… but never showed up", "… and I never sat it"), or its results not got yet ("… but
# haven't got my results"): a sitting's verb, a showing up or a getting of results after a denial.
SHOWED_UP_EN = _forms(("show", "showed", "shown", "turn", "turned"))
UP_EN = "up"
SAT_OBJECTS_EN = _forms(("it", "that"))
# ... the exam itself: "it", "that", "the" and its name or an exam's word within reach ("didn't take the actual exam"),
# or, its object left out, a subject said right after its name or a joining word ("… but I never took"); not
# another noun ("the airline job I didn't take", "didn't take the offer").
THE_EN, SAT_OBJECT_REACH = "the", 3
SAT_JOINS_EN = _forms(("but", "and", "so", "then", "yet", "though", "although"))
_SAT_EXAM_WORDS_EN = _forms(EXAM_EN) | _EXAM_NAMES_EN | _GRADES_EN
GOT_EN = _forms(("got", "get", "gotten", "received", "receive"))


def _sat_out_en(before: Sequence[str], said: Sequence[str]) -> bool:
    """An exam named first in `said` (the clause's forms from the skill's on) not sat or its results still to come,
    said by the words right before it (`before`, adverbs dropped) or right after it, no pass said after."""
    passed = any(form in _PASSING and denying not in _NEGATING_EN for denying, form in pairwise(["", *said]))
    if not _exam_named(said) or passed:  # a pass denied is none: "… but haven't got my results"
        return False
    k, verb, denying = _verb_before(before, len(before))
    results_of = k >= 2 and before[k - 1] == OF_EN and before[k - 2] in RESULTS_EN  # "waiting for the results of my"
    if results_of:
        k, verb, denying = _verb_before(before, k - 2)
    for words in (*PUT_OFF_EN, BOTHER_EN):
        if k >= len(words) + 2 and tuple(before[k - 1 - len(words) : k - 1]) == words:
            denying = before[k - 2 - len(words)]  # "never got round to taking the", "didn't bother to take the"
    if k >= 3 and tuple(before[k - 2 : k]) == BOTHERED_WITH_EN:
        verb, denying = TAKE_EN, before[k - 3]  # "Didn't bother with the"
    skipped = verb in _SKIPPED_EN and denying not in _NEGATING_EN
    not_sat = verb in SITTING_VERBS_EN and denying in _NEGATING_EN
    not_sat = not_sat or any(_not_sat_after(said, at) for at, form in enumerate(said[1:], 1) if form in _NEGATING_EN)
    awaited = (verb in _AWAITING_EN or (verb in WAITED_ON_EN and denying in _AWAITING_EN)) and (
        results_of or any(form in RESULTS_EN for form in said[1:3])
    )
    pending = list(dropwhile(lambda form: form in _BEFORE_PENDING_EN, said[1:]))[:1] == [PENDING_EN]
    return skipped or not_sat or awaited or pending


def _verb_before(forms: Sequence[str], k: int) -> tuple[int, str, str]:
    """Where the exam's words before `k` begin (articles, "my", "for" skipped), and the verb and the word before it
    said right before them."""
    while k and forms[k - 1] in _BEFORE_EXAM_EN:
        k -= 1
    return k, forms[k - 1] if k else "", forms[k - 2] if k >= 2 else ""


def _not_sat_after(named: Sequence[str], at: int) -> bool:
    """The words from a denial at `at` after an exam's name deny its sitting ("never showed up", "never sat it",
    "didn't take the test") or its results got ("haven't got my results"); not a taking of another thing ("didn't
    take long"), nor of a noun said between them ("… for the airline job I didn't take")."""
    said = [form for form in named[at:] if form not in _ADVERBS_EN]
    verb, following = said[1] if len(said) > 1 else "", said[2 : 2 + SAT_OBJECT_REACH]
    if verb in SHOWED_UP_EN:
        return following[:1] == [UP_EN]
    if verb in SITTING_VERBS_EN and not following:  # its object left out: the thing said right before its subject
        before = [form for form in named[:at] if form not in _ADVERBS_EN]
        before = before[:-1] if before[-1:] and before[-1] in lexicon.WRITER_SUBJECTS_EN else before
        return len(before) == 1 or before[-1] in SAT_JOINS_EN or before[-1] in _SAT_EXAM_WORDS_EN
    if verb in SITTING_VERBS_EN and following[0] == THE_EN:  # "the test", "the TOEIC"; not "the offer", "the bus"
        return any(form in _SAT_EXAM_WORDS_EN or form == named[0] for form in following[1:])
    if verb in SITTING_VERBS_EN:
        return following[0] in SAT_OBJECTS_EN
    results = list(dropwhile(lambda form: form in _BEFORE_EXAM_EN, said[2:]))[:1]
    return verb in GOT_EN and bool(results) and results[0] in RESULTS_EN


def _failed_exam(before: Sequence[str], said: Sequence[str]) -> bool:
    """The part begins with the writer failing what follows (`before`: the forms before the skill's words; `said`:
    the clause's from the skill's on), an exam said after it and not passed later in the clause: "Failed my CKA
    exam", "I failed my forklift practical test", "failed the forklift practical test twice", "failed TOEIC last
    month"; not "Failed my CKA exam once but passed it the second time", nor work that failed ("Failed a React build",
    "Failed the PLC acceptance test at the customer site")."""
    forms = before[1:] if before[:1] == ["i"] else before
    for words, meant in SLEPT_THROUGH_EN:  # "I overslept and missed the …", "Slept through the written exam for …"
        if tuple(forms[: len(words)]) == words:
            forms = [*meant, *forms[len(words) :]]
    if not forms or forms[0] not in _FAILED_EN or any(form in _PASSING for form in said):
        return False
    graded = len(forms) > 1 and forms[-1] in _GRADES_EN  # "failed the Craftsman Forklift written test"
    while len(forms) > 1 and forms[-1] in _GRADES_EN:
        forms = forms[:-1]
    later = said[1:]
    first = said[0] if said else ""  # the skill's first word; a grade begins a certificate's English name
    named = (
        graded
        or first in _GRADES_EN
        or first in _EXAM_NAMES_EN
        or _certificate_named(unicodedata.normalize("NFC", first))
    )
    sitting_for = _sitting_for(forms) if forms[0] == MISSED_EN else None
    if sitting_for is not None:  # "I missed the registration deadline for the SQLD exam", "the exam date for …"
        examined = any(form in _EXAMS_ONLY_EN for form in later[:EXAM_AFTER_NAME_EN])
        return sitting_for or named or examined  # a deadline or date alone, an exam's: not "… the Python test suite"
    sitting = any(form in SITTING_REACHED_EN for form in later[:SITTING_REACH])  # a name's words or a part between
    exam_words = [*forms[1:], *later[:EXAM_AFTER_NAME_EN]]  # "the exam for …", "… Electricity written exam"
    sitting = sitting or any(form in _EXAM_EN or form in _EXAM_PARTS_EN for form in exam_words)
    if forms[0] == MISSED_EN and not (
        not later
        or later[0] in _SITTING_EN
        or later[0] in _MISSED_BECAUSE_EN
        or sitting
        or (named and later[0] in SAT_WHEN_EN)  # its day: "Slept through the TOEIC on Sunday"
    ):
        return False  # missed its sitting, not a mark: "Missed the TOEIC 900 goal by 15 points"
    if len(forms) >= 2 and forms[1] in _FAILED_OBJECT_EN:  # "Missed my OPIc slot"
        return any(form in _EXAM_EN for form in later) or (forms[0] == MISSED_EN and bool(later))
    if forms[1:] not in ([], ["the"]):  # "failed the written part of the forklift test"
        part_said = any(form in _EXAM_PARTS_EN for form in (*forms, *later[:EXAM_AFTER_NAME_EN]))  # "… written exam"
        return part_said and all(form in _PART_OF_EN for form in forms[1:])
    parted = any(form in _EXAM_PARTS_EN for form in later[:EXAM_PART_REACH])  # "the crane operator practical"
    examined = any(form in _EXAMS_ONLY_EN for form in later[:EXAM_PART_REACH])  # "the network administrator exam"
    examined = examined or later[:1] == [TEST_EN]  # "failed the forklift test twice"; not "… acceptance test"
    examined = examined or ONE_EN in later[:EXAM_PART_REACH]  # an exam said before: "… but failed the excavator one"
    papered = bool(later) and later[0] in _PAPERS_EN and (len(later) == 1 or later[1] in _PAPER_FAILED_WHEN_EN)
    return (
        named
        or parted
        or examined
        or papered  # "Failed the welding certificate"
        or any(part in _EXAM_PARTS_EN and exam in _EXAM_EN for part, exam in pairwise(later))
    )


def _sitting_for(forms: Sequence[str]) -> bool | None:
    """Whether the words before the skill's name say an exam's sitting "for" it ("missed the registration deadline
    for the", "missed the exam date for"): None if they say no sitting, False if only a deadline or a date, which
    work has as often ("missed the deadline for the")."""
    forms = forms[:-1] if forms[-1:] and forms[-1] in _FOR_WHOSE_EN else forms
    if forms[-1:] != [FOR_EN] or not any(form in _SITTING_EN for form in forms[1:-1]):
        return None
    return any(form in _SITTING_ONLY_EN for form in forms[1:-1])


_FOR_WHOSE_EN = frozenset(("the", "my"))
_SITTING_ONLY_EN = _SITTING_EN - _forms(("deadline", "date", "day", "by", "slot"))  # a deadline: work's as often


def _level_held_after(later: Sequence[Word]) -> bool:
    """Another level of the same test said held right after it failed (`later`: the clause's words after the failing
    verb): "JLPT는 N2 떨어지고 N3만 있어요", "컴활 1급 떨어지고 2급은 있어요"; not another test's score ("JLPT 떨어지고
    토익 900 있어요")."""
    words = [word for word in later if word.text not in LEVEL_PARTICLES_KO][:2]  # typed apart after "N3": "N3만"
    if len(words) < 2:
        return False
    level = lexicon.less_particle(words[0].text, LEVEL_PARTICLES_KO)
    return LEVEL_SAID.match(level) is not None and words[1].text.startswith(LEVEL_HELD_KO)


LEVEL_PARTICLES_KO = ("은", "는", "만", "도")
# A level of a test held, no bare score: "N3", "IM2", "Lv6", "2급".
LEVEL_SAID = re.compile(r"^(?:[nN][1-5]|[AaIiNn][LlMmHh][1-3]?|[Ll]v\.?\d+|\d급)$")
LEVEL_HELD_KO = ("있", "보유", "땄", "취득")


def _examined(said: Sequence[str]) -> bool:
    """An exam is said right before (`said`: the words from the skill's on; "정보처리기사 시험 떨어짐"), or the skill
    is a certificate and its exam is meant ("전기기사 떨어짐") or said among the words ("실기 두 번 떨어짐"). An
    adverb of how it went, how often or again is no word between ("빅분기 필기 아깝게 떨어짐", "지게차 시험 두 번
    떨어짐"). Nothing said (the skill's name begins inside a word glued before it: "작년토익") is no exam."""
    if not said:
        return False
    while len(said) > 1 and (
        (len(said[-1]) > 1 and said[-1].endswith(MANNER_KO))
        or said[-1] in AGAIN_KO
        or said[-1] in lexicon.COUNTS_KO
        or said[-1].isdigit()
        or SCORE_SAID.match(said[-1]) is not None  # "JLPT N1 떨어짐", "토익 750점 또 떨어짐"
        or said[-1] in CASE_PARTICLES_KO  # a particle glued to a Latin name: "SQLD는 두 번 떨어졌습니다"
    ):
        said = said[:-1]
    if 1 < len(said) <= EXAM_AFTER_SKILL and said[-1].startswith(EXAMS_KO):
        return True  # not "용접 5년차인데 용접기능사 실기 두 번 떨어짐": another's exam, after
    if len(said) > 2 and said[1].startswith(EXAMS_KO) and said[2].startswith(SITTING_EXAM_KO):
        return True  # a machine's exam is its certificate's, its sitting missed: "지게차 시험 접수 기간을 놓쳐서"
    said = _certificate_glued(said)  # "용접 자격증 떨어짐", "선반 기능사 떨어졌어요" as "용접기능사 떨어짐"
    certificate = _certificate_or_paper_named(said[0]) or (
        GRADE_SAID_KO.fullmatch("".join(said[1:3])) is not None  # "컴활 2급 실기 세 번째 떨어졌어요"
    )
    sitting = any(each.startswith(SITTING_EXAM_KO) for each in said[1:3])  # "토익 접수 기간 놓쳐서", "필기 접수를"
    rounds = EXAM_ROUND_KO.match("".join(said[1:3])) is not None  # "관세사 1차 떨어졌어요"
    graded = GRADE_SAID_KO.fullmatch("".join(said[1:])) is not None  # only its grade between: "컴활 2급 떨어짐"
    exam = any(each.startswith((*EXAMS_KO, *EXAM_SECTIONS_KO)) for each in said[1:])  # "토픽 쓰기에서 점수가 모자라"
    return certificate and (len(said) == 1 or graded or sitting or rounds or exam)


def _unknowing(before: Sequence[Word], after: Sequence[str], clause: Sequence[Word]) -> bool:
    """The writer says they do not know the skill in one word: before it with "with" ("unfamiliar with Jira"), where
    the clause names no others before ("new hires who were unfamiliar with SAP"), or as the last word after it
    ("Jira and Confluence: unfamiliar"). `before`: the part's words before the skill; `after`: the forms after it."""
    for first, second in pairwise(before):
        if first.form in _UNKNOWING_EN and second.form in _UNKNOWING_OF_EN:
            told = [word.form for word in clause if word.end <= first.start]
            return not any(form in _OTHERS_EN or _past(form) for form in told)
    said = list(after)
    while said and said[-1] in UNKNOWING_TAIL_EN:
        said.pop()
    return bool(said) and said[-1] in _UNKNOWING_EN  # "Jira: unfamiliar for now"


def _not_passed(forms: Sequence[str]) -> bool:
    """The forms before the skill end in a negated pass of it: "I didn't pass the JLPT", "never passed SQLD"; not
    "I never pass a part without checking it on the CMM"."""
    said = [form for form in forms if form not in _EXAM_ARTICLES_EN]
    return len(said) >= 2 and said[-2] in _NEGATING_EN and said[-1] in _PASSED_BEFORE_EN


def _past(form: str) -> bool:
    """A regular English past ("supported", "onboarded"): something done to the others named after it."""
    return form.isascii() and form.isalpha() and len(form) > PAST_MIN and form.endswith("ed")


def _first_time(text: str, last: bool) -> bool:
    """처음 as the predicate: with the copula, or the part's last word."""
    rest = text.removeprefix(FIRST_TIME_KO)
    if rest.startswith(WELCOMING_ENDINGS_KO):
        return False
    return rest.startswith(FIRST_TIME_ENDINGS_KO) or (not rest and last)


def _weak(
    word: Word,
    later: Sequence[Word],
    clause: Sequence[Word],
    *,
    between: Sequence[Word] = (),
    skill: Sequence[Word] = (),
) -> bool:
    """The word says the skill before it is weak or hard for the writer, as the predicate (only endings, filler or a
    negation after it: "재고 부족 시 발주" is a shortage, "어려움 해결" a problem solved; or anything after a sentence's
    ending: "야간 근무는 어렵습니다 동생 챙겨야 해서", not a trade's work said hard, done, `skill` its words: "용접 일
    힘들어요 매일 불꽃 튀어서"), and nothing after takes it
    back: a weakness denied ("부족함 없음") or an ability said after ("회화 약함 독해 가능"; after a concession, in the
    rest of the clause: "부족하지만 읽기 쓰기 가능"). `later`: the part's words after it; `between`: the part's words
    between the skill and it, of which only an aspect or a degree leaves 약한 편 the skill's ("엑셀 실력이 약한 편")."""
    pair = word.text == WEAK_BEFORE_KO[0] and bool(later) and later[0].text.startswith(WEAK_BEFORE_KO[1])
    if pair and not all(each.text.startswith(ASPECTS_KO) for each in between):
        return False  # another thing weak, said between: "지게차 운전 가능 시력이 약한 편이라 …"
    if pair:  # 편 the predicate, with its ending: "약한 편이에요", "약한 편이라 야간은 힘들어요"
        word, later = later[0], later[1:]
    text = word.text
    weak = pair or text.startswith(WEAK_KO + HARD_KO)
    conceded = text.endswith(CONCEDING_KO)
    reason = pair and text.endswith(REASON_ENDINGS_KO)
    ended = text.endswith(SENTENCE_ENDED_KO)  # its sentence ended, a reason after it ("어렵습니다 동생 챙겨야 해서")
    ended = ended and not (text.startswith(HARD_KO) and _hard_work_done(skill))
    if not weak or not (conceded or reason or ended or all(_said_after(each) for each in later[:1])):
        return False
    after = [each for each in clause if each.start > word.start][:CONCEDED_REACH] if conceded else later[:WEAK_REACH]
    denied = any(again in each.text for each in after for again in NEGATED_AGAIN_KO)
    able = any(each.text.startswith(ABLE_KO) or each.form in lexicon.LEVEL_FORMS for each in after)
    return not (denied or able)


# A trade's work said hard, its sentence ended ("용접 일 힘들어요 매일 불꽃 튀어서"): work done, hard, not turned down
# as a condition of work is ("야간 근무는 어렵습니다 …", "3교대 일 힘들어요 …").
WORK_DONE_NOUNS_KO = ("작업", "업무")
WORK_CONDITIONS_KO = ("근무", "교대", "야간", "주말", "주야", "야근", "잔업", "특근", "출장", "당직")


def _hard_work_done(skill: Sequence[Word]) -> bool:
    """The skill's words (`_weak`'s `skill`) say a trade's work done, no condition of work: "용접 일", "도장 작업"."""
    texts = [word.text for word in skill]
    done = any(text in DONE_KO or text.startswith(WORK_DONE_NOUNS_KO) for text in texts)
    return done and not any(condition in text for text in texts for condition in WORK_CONDITIONS_KO)


def _said_after(word: Word) -> bool:
    """A word that may follow a weakness said as the predicate: an ending's word, filler, 편 ("약한 편")."""
    return lexicon.is_quiet(word.form) or word.text.startswith(PREDICATE_AFTER_WEAK_KO)


def _parts_around(clause: Sequence[Word], part: Sequence[Word]) -> tuple[list[list[Word]], int]:
    """The clause's parts and where `part`, one of them (`_part_of`), is among them."""
    parts = _parts(clause)
    return parts, next(k for k, each in enumerate(parts) if each[0].start == part[0].start)


def _parts(clause: Sequence[Word]) -> list[list[Word]]:
    """A clause cut where a predicate ends ("했고", "있으며", "가게에서", "있어요" said of a thing held) or "but" or
    "and" begin another one ("and want to", "and I"), the word that joins them left in the part before; "배우고
    싶어요" is one predicate."""
    parts: list[list[Word]] = [[]]
    for at, word in enumerate(clause):
        parts[-1].append(word)
        if at + 1 < len(clause) and _joins(word, clause[at + 1 :], clause[at - 1] if at else None):
            parts.append([])
    return parts


def _joins(word: Word, later: Sequence[Word], before: Word | None) -> bool:
    after = later[0]
    joined = after.form in lexicon.GRAMMAR_FORMS or after.form in _WRITER  # "and want to", "and I'm a machinist"
    if word.form in _BREAKS_EN or (word.form in _AND_EN and joined):
        return True
    text = word.text
    if text.endswith(LOCATIVE_KO) and after.text.startswith(work_words.WORK_IN_TOOL_KO):
        return False  # a tool and the work done in it: "솔리드웍스에서 모델링 배우고 싶어요" is one predicate
    if text.endswith(DAGA_KO) and (
        word.form.endswith(_PAST_THEN_KO)
        or text.endswith(MEANT_THEN_KO)
        or after.text in WRITER_TOO_KO
        or any(each.text.startswith(QUIT_KO) for each in later)
    ):
        return False
    held = text in HELD_LAST_KO and not (before is not None and before.form in _INTEREST_KO)  # not "관심 있음"
    said = len(text) > len(COPULA_LAST_KO[0]) and text.endswith(COPULA_LAST_KO)  # "Tagalog 원어민이에요 (엄마가 …)"
    if held or said or text in WHEN_SAID_KO:
        return True
    return (
        len(text) >= KOREAN_PREDICATE_MIN
        and text.endswith(PREDICATE_ENDINGS_KO)
        and text not in NOUNS_IN_GO_KO
        and text not in NOUNS_IN_SEO_KO
        and not text.endswith(NOUNS_IN_DAGA_KO)
        and not text.endswith(HONOURED_SUBJECT_SEO_KO)  # a subject honoured, no -서 of a verb: "어머니께서"
        and text != ONE_KO  # one, no conceding 나: "과목 하나 과락이라"
        and (after.form in _WRITER or not after.text.startswith(AUXILIARIES_KO))  # 나도 is no auxiliary's 나
    )


def _own(part: Sequence[Word]) -> bool:
    """The writer is said in the part, not only as what another is compared with ("… more physically fit than me");
    no one compared with the writer is a claim ("no one on the line does TIG faster than me")."""
    forms = [word.form for word in part]
    nobody = any(form in NOBODY_EN for form in forms) or any(pair == NO_ONE_EN for pair in pairwise(forms))
    return any(
        word.form in _WRITER
        and not (at and part[at - 1].form == THAN_EN and not nobody)
        and not (word.form == _OUR_KO and at + 1 < len(part) and part[at + 1].form in _KIN_KO)
        for at, word in enumerate(part)
    )


THAN_EN = "than"
_OUR_KO = normalise("저희")  # the writer's own only alone: "저희 아버지는 …" is the father's
NOBODY_EN = ("nobody", "noone", "none")
NO_ONE_EN = ("no", "one")


def liking(word: Word) -> bool:
    """Whether a word says the writer likes something."""
    return word.form in _LIKING


def owned(clause: Sequence[Word]) -> set[Word]:
    """The things the writer says are their own ("in my car", "our dog"): a thing, not a word of work ("my team")."""
    return {
        second
        for first, second in pairwise(clause)
        if first.form in _POSSESSIVES_EN and second.form not in work_words.WORK_SAID_FORMS
    }
