"""What the skills found in a clause mean together: which of them the words around them deny or make another thing.

extract.py finds the runs of words that name skills; these rules then read them as a phrase. A word of work or of a
broader skill right after a skill is its head ("C++ 프로그래밍", "TIG welder"); alternatives share the words around
them ("CNC 선반/밀링"); a generic word after a word the taxonomy does not know names that other thing ("turf
maintenance"); and a negation denies the skill it is said with ("영어 못함", "not fluent in English").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from types import MappingProxyType
from typing import Literal

from jobsfez.skills.match import common_words, lexicon, stance, work_words
from jobsfez.skills.match.normalise import normalise
from jobsfez.skills.match.tokens import Word, word_forms
from jobsfez.skills.match.tokens import words as part_words
from jobsfez.skills.match.typos import is_hangul
from jobsfez.skills.match.vocab import LANGUAGES, SOFT_SKILLS, SOFTWARE, Skill, Vocabulary

# Workplaces a trade is done at, said before its generic word ("조선소 용접 2년", "공장 조립 1년").
_WORK_SITES_FORMS = frozenset(
    normalise(site + particle)
    for site in (
        "조선소",
        "조선사",
        "공장",
        "현장",
        "철공소",
        "카센터",
        "정비소",
        "창고",
        "물류센터",
        "부두",
        "항만",
        "협력사",
        "공단",
        "산단",
    )
    for particle in ("", "에서", "에서도", "에")  # "조선소에 용접 2년": where, as 에서
)
# How the zone's firms' names end, which say where a trade was done, not which kind ("삼성중공업 용접 3년",
# "현대미포조선 도장"): a word of three syllables or more with one of them, a particle after it or not.
FIRM_ENDINGS_KO = ("중공업", "공업", "산업", "오션", "조선", "물산", "건설", "정공", "엔지니어링")
FIRM_MIN_SYLLABLES = 3
FIRM_PARTICLES_KO = ("에서", "에")  # "삼성중공업에서 용접"
# Endings no noun that says which kind ends in: a topic's or a predicate's ("지원자는", "바꿨어요"; not a place's:
# "게임에서 용접" is a game's).
_NO_MODIFIER_ENDINGS = tuple(normalise(ending) for ending in ("는", "어요", "아요", "심"))
_ADVERBS_FORMS = frozenset(normalise(word) for word in ("이미", "그래도", "없이", "아직", "계속", "벌써", "다시"))
# A word in the names of this many skills or more is generic ("maintenance", "planning", "press", "용접"): after a
# word the taxonomy does not know ("turf maintenance", "paper press"), it names that other thing, not the skill.
GENERIC_MIN_SKILLS = 2

Method = Literal["exact", "fuzzy"]


@dataclass(frozen=True, slots=True)
class Match:
    """A run of a clause's words that names a skill."""

    start: int  # position of the first word of the run in its clause
    stop: int  # position after the last word
    skill_id: str
    method: Method
    score: float
    level: int | None


# A skill's -ing word that is choosing before "a" ("Picking a name"), first in a line.
CHOOSING_EN, INDEFINITE_EN, FOR = frozenset(("picking",)), frozenset(("a", "an")), "for"
# "go" as a noun, a try, after these: "passed on my second go", "got it in one go".
GO = "go"
TRIES_BEFORE_EN = frozenset(("one", "first", "second", "third", "1st", "2nd", "3rd", "another", "next", "last"))


def _things_as_subject(vocab: Vocabulary, word: Word) -> bool:
    """An everyday English noun in the plural, no word of names: the subject of the verb after it ("Butterflies
    flutter around the lavender", "Prices rise")."""
    form = word.form
    return (
        form.isascii()
        and form.endswith("s")
        and not form.endswith(("ss", "us", "is"))  # "this", "was" no plural; "is" ends "this"
        and form not in lexicon.GRAMMAR_FORMS
        and form not in lexicon.DETERMINER_FORMS
        and form not in vocab.lexicon.words
        and form[:-1] not in vocab.lexicon.words
        and common_words.is_everyday_english(form)
    )


def named(vocab: Vocabulary, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less an everyday English verb that is also a skill's name (lexicon.EVERYDAY) typed in lower case
    right after a subject or "to", or a past one first before an article or a possessive: there it is the verb ("I go
    to church", "I saw a movie", "to excel at", "Saw a python at the zoo"); and a
    skill's one -ing word before a possessive, a chore done to one's own things ("Polishing my shoes")."""

    def verb(match: Match) -> bool:
        word = clause[match.start]
        after = clause[match.stop : match.stop + 1]
        if match.start == 0 and word.form in CHOOSING_EN and after and after[0].form in INDEFINITE_EN:
            # choosing one for someone or something: "Picking a name for my sister's baby"; not "Picking orders",
            # "Picking a lot of orders every shift"
            return any(later.form == FOR for later in clause[match.stop :])
        if match.stop - match.start != 1 or word.form not in lexicon.EVERYDAY_FORMS:
            return False
        if match.start == 0:  # a past verb first, before an article: "Saw a python at the zoo", "Saw the need"
            after = clause[match.stop : match.stop + 1]  # not "SAW the hull seams"; "Go the main language" is a note
            return (
                word.form in lexicon.EVERYDAY_PAST_FORMS
                and not word.text.isupper()
                and bool(after)
                and after[0].form in lexicon.DETERMINER_FORMS
            )
        before = clause[match.start - 1].form
        if word.form == GO and before in TRIES_BEFORE_EN:  # a try, ending its phrase: "passed on my second go"
            return word.text.islower() and (match.stop == len(clause) or clause[match.stop].gap == "break")
        subject = before in lexicon.SUBJECT_FORMS or _things_as_subject(vocab, clause[match.start - 1])
        return word.gap == "space" and word.text.islower() and subject

    def own_thing(match: Match) -> bool:  # "Polishing my shoes": a chore done to one's things; "Coding my own
        word = clause[match.start]  # website" is a project of one's own, the work
        after = [other.form for other in clause[match.stop : match.stop + 2]]
        return (
            match.stop - match.start == 1
            and word.form.endswith("ing")
            and after[:1] != []
            and after[0] in lexicon.POSSESSIVE_FORMS
            and after[1:2] != ["own"]
        )

    def beside_code(match: Match) -> bool:  # another skill of the clause is written in code
        return any(vocab.by_id[other.skill_id].category in CODED for other in matches if other is not match)

    def rested(match: Match) -> bool:  # "Rest stop", "a restful weekend", "REST AREA 청소"
        if match.stop - match.start != 1 or clause[match.start].form not in SAID_WITH_SOFTWARE:
            return False
        return not any(word.form in SOFTWARE_WORD_FORMS for word in clause) and not beside_code(match)

    def season(match: Match) -> bool:  # "last spring", "Next spring I'm signing up": a time of year
        word = clause[match.start]
        before = clause[match.start - 1].form if match.start else ""
        after = clause[match.stop].form if match.stop < len(clause) else ""
        said = word.form in SEASONS and word.text.islower() and (before in WHEN_EN or after in AFTER_SEASON_EN)
        return match.stop - match.start == 1 and said and after not in SOFTWARE_WORD_FORMS and not beside_code(match)

    def thing_counted(match: Match) -> bool:  # "a word of Vietnamese", "a spark between us": no name
        word = clause[match.start]
        before = clause[match.start - 1].form if match.start else ""
        after = clause[match.stop].form if match.stop < len(clause) else ""
        said = word.text.islower() and before in ONE_EN and vocab.by_id[match.skill_id].category in CODED
        whose = clause[match.stop + 1].form if match.stop + 1 < len(clause) else ""
        of = after in OF_EN or (after == IN_EN and whose in lexicon.POSSESSIVE_FORMS)  # "a spring in my step"
        of = of or (word.form == GO and after == AT_EN)  # a try: "gave it a go at the shipyard"
        return match.stop - match.start == 1 and said and of and not beside_code(match)

    kept = [match for match in matches if not verb(match) and not own_thing(match) and not rested(match)]
    kept = [match for match in kept if not given_name(clause, match)]
    return [match for match in kept if not season(match) and not thing_counted(match)]


NAMING_EN = frozenset(("called", "named", "nicknamed", "dubbed"))
NAMED_ONES_EN = frozenset(("me", "him", "her", "it", "us", "them"))
# Things a workplace names by a skill's name, said before "called" ("a tool called Jenkins", "software called SAP").
NAMED_TOOLS_EN = frozenset(
    (
        *("tool", "tools", "software", "program", "programme", "framework", "library", "language", "machine"),
        *("package", "script", "scripts", "function", "functions", "code", "api", "apis", "method", "methods"),
    )
)
# "called" said of a thing's name: after a verb of being ("is called the Crane") or a noun with its article ("a brewpub
# called The Foundry"); after its subject alone it is running code ("I called Python scripts from Excel VBA macros").
BEING_EN = frozenset(("is", "was", "are", "were", "be", "been", "being", "'s"))
CALLED_EN = "called"
NAMED_REACH = 3  # words back from "called" to its noun's article: "a rescue cat called", "a café nearby called"
SUBJECTS_EN = frozenset(("i", "we", "you", "they", "he", "she"))


def given_name(clause: Sequence[Word], match: Match) -> bool:
    """A skill's name said right after "called" or "named" (a person named by it, an article between) is a name given
    to a thing, a pet or a person ("My uncle's boat is called the Crane", "The café near my house is called Kafka",
    "My brother called me a git"); not where the clause says work or a tool ("a tool called Jenkins", "a system
    called SAP"), nor with other words between ("called me the best team player"), nor after its subject with no
    person named ("I called the SQL function from Java": code run)."""
    k = match.start
    if k and clause[k - 1].form in stance.DETERMINERS_EN:
        k -= 1
    person = k > 0 and clause[k - 1].form in NAMED_ONES_EN
    if person:
        k -= 1
    if not k or clause[k - 1].form not in NAMING_EN:
        return False
    before = [word.form for word in clause[max(0, k - 1 - NAMED_REACH) : k - 1]]
    if not person and before and before[-1] in SUBJECTS_EN:
        return False  # "I called Python scripts", "we named the Java class"
    named = bool(before) and (before[-1] in BEING_EN or any(form in stance.DETERMINERS_EN for form in before))
    if not person and clause[k - 1].form == CALLED_EN and not named:
        return False  # "My team lead called Python from Excel": not "is called", nor "a … called"
    return not any(word.form in lexicon.WORK_FORMS or word.form in NAMED_TOOLS_EN for word in clause)


SEASONS = frozenset(("spring",))
# One of a thing, before a word of what it is of or where, or said last ("not a single word of Japanese"): a noun.
ONE_EN = frozenset(("a", "an", "single", "every", "each", "one"))
OF_EN, IN_EN, AT_EN = frozenset(("", "of", "between", "about")), "in", "at"  # not "a redis in front of"
WHEN_EN = frozenset(("last", "next", "this", "early", "late", "every"))
AFTER_SEASON_EN = frozenset(("after", "before", "semester", "break"))  # "passed the spring after my discharge"


# Skill names that are everyday English words ("Rest in peace", "a rest stop", "a restful weekend"), alone: the skill
# only beside another skill or a word of software ("Restful services in Django", "Rest 통신 모듈 개발").
SAID_WITH_SOFTWARE = frozenset(("rest", "restful"))
CODED = work_words.CODED_CATEGORIES
SOFTWARE_WORDS = (
    *("api", "apis", "endpoint", "endpoints", "server", "servers", "service", "services", "controller"),
    *("controllers", "json", "xml", "backend", "client", "web", "http", "swagger", "서버", "연동", "개발", "api서버"),
    *("통신", "설계", "모듈", "웹서비스", "구현", "문서화", "app", "module", "project", "framework"),
)
SOFTWARE_WORD_FORMS = frozenset(normalise(word) for word in SOFTWARE_WORDS)


# A fire drill: sat through, unless the clause says it run as work ("입주민 대상 소방 훈련 진행 업무 2년").
DRILLS_KO = ("소방 훈련", "소방훈련")
RUN_KO = ("진행", "담당", "주관", "실시", "운영", "총괄", "계획")
DRILL_RUN_REACH = 2  # words after the drill its running is said in
_DRILL_FORMS = frozenset(normalise(words) for words in DRILLS_KO)
# What an exam's results do: come out, or are waited for.
ANNOUNCED_KO = (
    *(
        came + ending
        for came in ("났", "떴", "나왔")
        for ending in ("어요", "는데", "다", "음", "고", "어", "네요", "습니다")
    ),
    *("났네", "떴네", "나왔네", "나면", "뜸", "기다리는", "기다려요", "기다리는중"),
    *("날", "날짜"),  # the day of it: "라인업 발표 날 서버 다운"; not 전까지, said of a talk as often
)
# Everyday things named by a skill's word and the word beside it: a coffee maker, a spring, a snake, a card game, the
# sky, a thing for sale, a flat's fee, a shop's opening hours, a rubber seal, a translated novel, an idiom ("French
# press for my dorm", "Ball python for sale", "약국 영업시간", "영업 종료 10분 전", "밥솥 고무 패킹", "영문 모를
# 두드러기", "학교 메일 포워딩 설정", "오라클 카드로 연애운"). Typed spaced or glued, in normalised form.
EVERYDAY_COMPOUNDS = frozenset(
    normalise(words)
    for words in (
        *("french press", "ball python", "go fish", "solar eclipse", "weather radar", "for sale"),
        *("maintenance fee", "sales tax", "light fixture", "composite filling", "composite fillings", "ladder game"),
        *("crane pose", "garlic press", "baby cam", "diving catch", "hacking cough", "game inventory"),
        *("word of mouth", "word of the day", "under the radar", "lost in translation", "full stack of"),
        *("spring rolls", "spring roll", "spring break", "unity candle"),  # a dish, a holiday, a wedding's candle
        *("신차 출고", "신차 출고가", "새 폰 출고", "새폰 출고", "아이폰 출고일"),  # a new car's or phone's release
        "새 차 출고",
        *("영업시간", "영업종료", "고무패킹", "번역소설", "영문모를", "마늘프레스", "내선번호"),  # an extension number
        *("배달음식", "배달음식이", "배달음식을", "배달음식은", "배달음식도", "배달비"),  # food delivered, its fee
        *("보온도시락", "보온병", "보온컵", "보온팩", "패킹리스트"),  # a thermos, a packing list (a trade paper)
        *("포장이사", "포장이삿짐"),  # a house move with its packing done by the movers
        *("합격발표", "합격자발표", "결과발표", "성적발표", "당첨발표"),  # results announced, no presentation given
        # results out or awaited ("컴활 1급 발표 났는데 합격이에요", "발표 전까지 알바")
        *(f"발표 {after}" for after in ANNOUNCED_KO),
        *("신상입고", "신상품입고"),  # a shop's new stock in
        *("on the dl", "on the down low"),  # kept quiet
        *("재고정리세일", "casting call", "casting calls", "scraping by", "밥솥보온"),  # a sale, auditions, getting by
        *(lang + "더빙" for lang in ("한국어", "영어", "일본어", "중국어")),  # a film dubbed
        *("사상공장", "사상공단", "crane game", "crane games"),  # a factory in Sasang (no 가상공장), an arcade's game
        # mail forwarded, a fortune's cards, a cartoon's drawing, earrings, a tally of a count
        *("메일 포워딩", "이메일 포워딩", "오라클 카드", "애니 작화", "만화 작화", "stud earring", "stud earrings"),
        *("tally marks", "tally mark", "vote tally"),
        # a cleaner and its brush, a custom of a people, a winter ornament, mould in a home
        *("rust remover", "rust stain", "rust stains", "scrubber brush", "scrubber sponge", "dish scrubber"),
        *("pot scrubber", "wedding customs", "local customs", "snowflake ornament", "snowflake ornaments"),
        *("black mold", "black mould", "mold remover", "mould remover"),
        *("mbti 검사", "성격 검사", "심리 검사", "compass calibration"),  # a personality test, a phone's compass
        # hot food, rain, a meal eaten up, a swap offered, a car's dashboard, a cast-iron pot, a window's bubble wrap,
        # a translated webtoon, money raised for a wedding's gift, living costs or fees
        *("piping hot", "lashing rain", "polishing off", "trade you", "taxi dashboard", "car dashboard"),
        *("주물냄비", "주물팬", "무쇠주물", "단열뽁뽁이", "단열에어캡", "번역웹툰"),
        *("축의금 조달", "생활비 조달", "학비 조달", "용돈 조달", "자금 조달"),
        # a phone's translation app used, a meeting's topic, a shop's hours over
        *("파파고 번역", "회의 토픽", "영업 끝", "영업 끝나고", "영업 끝났대요", "영업 끝났어요"),
        # a gym's machine, a hair or a tooth treatment, a hospital's exams, the press met, a parcel's box, masks shared
        *(
            "레그 프레스",
            "leg press",
            "코팅 트리트먼트",
            "레진 코팅",
            "엑스레이 검사",
            "초음파 검사",
            "press conference",
        ),
        *("택배 상자", "택배 아저씨", "택배 기사님", "마스크 소분", "영어 랩", "영어 팝송", "english 팝송"),
        # a police drama's joint investigation, the day's chat topic, a coffee grinder, news announced, a collab video,
        # a balloon blown up, a flat's floor plan, homework, a phone's map, neighbours' building noise, weather
        *("공조 수사", "공조수사", "오늘의 토픽", "커피 그라인더", "원두 그라인더", "통계청 발표", "금리 발표"),
        *("정부 발표", "협업 영상", "콜라보 영상", "풍선 불어", "원룸 도면", "한국사 숙제", "숙제 검사"),
        *("navigation app", "hydrogen water", "wedding planning"),
        *("spring rain", "spring rains", "spring weather", "spring cleaning", "blasting music", "first snowflake"),
        *("hive of", "beehive", "bee hive", "snowflake cookies", "shell gas station", "shell station", "shell pasta"),
        *("spring onion", "spring onions"),
        # a power bank, a weather radar, a bus's stop bell, goggles as props, approval sought, an angiogram
        *("보조배터리", "보조 배터리", "기상 레이더", "기상레이더", "버스 하차", "하차 벨", "하차벨"),
        *("welding goggles", "seeking validation", "dsa 촬영", "dsa 검사"),
        # a bus, a shock from a door handle, a cloud's shape, waves, dullness
        *("hydrogen bus", "hydrogen buses", "정전기 스파크", "cloud shaped", "waves lapping", "lapping waves"),
        *("so boring", "too boring", "was boring", "is boring", "boring lecture", "boring class"),
        # a runoff vote, an extension line, a parcel's box, a video site's recommendations, a fire drill sat through
        *("결선 투표", "결선투표", "내선 전화", "택배 박스", "택배박스", "유튜브 알고리즘"),
        "선반 위",  # on a shelf: "선반 위에 올려 둔 화분"
        *("fridge inventory", "freezer inventory", "pantry inventory", "냉장고 재고"),  # a home's food counted
        # a parcel bought abroad tracked, a locker's lock, articles sent on, a wall shelf, food ordered in, dullness
        *("통관 조회", "통관조회", "사물함 잠금장치", "forwarding me", "벽걸이 선반", "delivery orders", "배달 대신"),
        *("most boring", "really boring", "very boring"),
        # names of a car, a comedy troupe, an airline and an island; a hotel's front desk
        *("suzuki swift", "monty python", "swift air", "java and bali", "bali and java", "호텔 프론트", "front desk"),
        *("프레스 카드", "프레스카드", "press card", "press pass"),  # a reporter's pass
        # a cat drinking, a fruit offered, thread on its reel, a cast-iron pot's lid
        *("lapping milk", "lapping up", "a mandarin", "spool of", "주물 솥뚜껑", "주물솥뚜껑"),
        *("토픽 파티션", "토픽 메시지", "topic partition"),  # a message broker's topic, no TOPIK
        *("토픽 구독", "토픽 설계", "토픽 기반", "토픽 생성", "토픽 관리"),
        *("milling around", "milling about", "validation from"),  # a crowd waiting, approval wanted
        # a season's weather, a flask for tea, a dance, a school's gathering, a river, a newsroom, a car's sensor
        *("spring morning", "spring mornings", "spring rain", "spring cleaning", "thermos flask", "irish jig"),
        *("school assembly", "swift current", "press office", "press conference", "press release", "lashing rain"),
        # a building's fire check, a toy, a ticket bot, an argument's end, a pan's worn surface
        *("fire inspection", "plastic rhino", "티켓팅 매크로", "the last word", "코팅 벗겨진", "프라이팬 코팅"),
        "용접 불빛",  # a welder's light, seen
        *("선반 정리", "책 선반"),  # a shelf tidied
        *("선 피복", "줄 피복", "전선 피복", "피복 벗겨진"),  # a cable's insulation, no covered electrode
        # papers in English asked or sent, no English of the writer's
        *("영문 이력서", "영문 성적표", "영문 성적증명서", "영문 졸업증명서"),
        *("cv in english", "resume in english", "transcript in english"),
        *("입고 알림", "재입고 알림", "구매 확정", "구매확정"),  # a shop's restock alert, a purchase confirmed
        *("conveyor belt sushi", "conveyor sushi"),  # a sushi bar's belt, no conveyor run ("conveyor jam clearing")
        *("first aid kit", "first aid kits", "first-aid kit", "first-aid kits"),  # a box kept in a car or a home
        # a road paved, a car wrapped in film, a video's machine subtitles, a photo laminated, a household's budget
        # book summed up, a group chat's topic
        *("도로 포장", "도로 포장 공사", "자동차 랩핑", "차량 랩핑", "자동 번역", "사진 코팅"),
        *("가계부 결산", "가계부 월말 결산"),
        *("단톡방 토픽", "단톡 토픽"),
        # a bank's SWIFT, of money sent abroad, and Amazon's Elastic Beanstalk, no Elasticsearch
        *("swift 송금", "swift 해외송금", "해외송금 swift", "swift 코드 확인", "swift code 확인", "elastic beanstalk"),
        # a car's spring and the plant that makes springs, no Spring framework ("자동차 코일 스프링 검사",
        # "판스프링 교체", "스프링 제조 공장")
        *("코일 스프링", "판 스프링", "서스펜션 스프링", "스프링 제조", "스프링 공장"),
        *("coil spring", "coil springs", "leaf spring", "leaf springs"),
        *DRILLS_KO,
    )
)
# A thing's sound or noise, said right after its name: the machine heard, no skill.
NOISE_KO = ("소리", "소음")
NOISE_EN = frozenset(("noise", "noises", "sound", "sounds"))  # "Drilling noise from upstairs since eight"
# ... the noise as a cause: at it, by it, because of it ("포크레인 소리에 1년 내내 6시 기상", "소리 때문에").
CAUSE_PARTICLES_KO = ("에", "가", "이", "로", "으로")
BECAUSE_KO = ("때문", "탓")
# Words of a compound at most (EVERYDAY_COMPOUNDS): "word of the day" is four.
COMPOUND_WORDS = 4
_COMPOUND_ENDINGS = (*lexicon.PARTICLE_FORMS, *(normalise(ending) for ending in lexicon.EVERYDAY_VERB_ENDINGS))


def _as_compound(form: str) -> bool:
    """The form is an everyday compound, or one with a Korean particle or a verb's ending glued to its end
    ("오라클카드로": 오라클카드, "사진 코팅했어요": 사진코팅)."""
    if form in EVERYDAY_COMPOUNDS:
        return True
    return not form.isascii() and any(
        form.endswith(ending) and form[: -len(ending)] in EVERYDAY_COMPOUNDS for ending in _COMPOUND_ENDINGS
    )


def compounds(clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a skill named by words of an everyday compound (EVERYDAY_COMPOUNDS), with the words beside
    them or glued in one, a particle after it or not ("사상 공장" read as 가상공장 is a factory in Sasang); a fire drill
    run as work stays (`_drill_run`), and a skill's word before its noise is the thing heard (`_heard`)."""

    def part(match: Match) -> bool:
        if _heard(clause, match, alone=len(matches) == 1):
            return True
        length = match.stop - match.start
        return any(
            _as_compound(form) and not (form in _DRILL_FORMS and _drill_run(clause[start + size :]))
            for size in range(length, COMPOUND_WORDS + 1)
            for start in range(max(0, match.stop - size), match.start + 1)
            if (form := "".join(word.form for word in clause[start : start + size]))
        )

    return [match for match in matches if not part(match)]


def _heard(clause: Sequence[Word], match: Match, *, alone: bool) -> bool:
    """A skill's word right before 소리/소음 or "noise": the machine or the work heard ("공사장 굴삭기 소리에 기상"),
    unless the clause says years of it alone and its noise is no cause ("용접 소리만 들어도 전류 감 와요 8년 했어요";
    not "굴착기 소리 때문에 2년 동안 잠 못 잠", nor beside another skill: "배관 소음 줄이는 보온 작업 2년")."""
    if match.stop >= len(clause):
        return False
    noise = clause[match.stop]
    if not (noise.text.startswith(NOISE_KO) or noise.form in NOISE_EN):
        return False
    caused = noise.text.endswith(CAUSE_PARTICLES_KO) or any(
        word.text.startswith(BECAUSE_KO) for word in clause[match.stop + 1 : match.stop + 2]
    )
    worked = alone and any(
        word.form in lexicon.YEAR_FORMS or lexicon.years_in_word(word.text) is not None for word in clause
    )
    return caused or not worked


def _drill_run(after: Sequence[Word]) -> bool:
    """A word of running it right after a fire drill, not one of a thing going on ("소방 훈련 진행 업무 2년"; not
    "소방 훈련 진행 중이라 엘베 멈춤")."""
    texts = [word.text for word in after[: DRILL_RUN_REACH + 1]] + [""]
    return any(
        text.startswith(RUN_KO)
        and not (text.endswith(lexicon.GOING_ON_KO) or texts[k + 1].startswith(lexicon.GOING_ON_KO))
        for k, text in enumerate(texts[:DRILL_RUN_REACH])
    )


# How a certificate is said held right after it: "있어요", "있음", "보유", "땄어요", "취득".
HOLDING_KO = ("있", "보유", "땄", "취득")


def _held_certificate(vocab: Vocabulary, clause: Sequence[Word], match: Match) -> bool:
    """A qualification said held right after its name: no everyday thing, whatever pastime is beside it."""
    after = clause[match.stop].text if match.stop < len(clause) else ""
    return vocab.by_id[match.skill_id].qualification and after.startswith(HOLDING_KO)


# A person's title with its honorific, said right after a skill: the skill is that person's trade ("택배 기사님의
# 세심함에 감동", "굴착기 기사님한테 손을 흔들었어요", "중국어 과외 선생님"): no one writes 님 of themselves. Not in a
# posting that asks for that person ("배달 기사님 구합니다"), nor a name in Latin letters, a subject taught ("PLC
# 선생님 대학교").
HONOURED_TITLES_KO = ("기사", "선생", "강사", "원장", "사장", "반장", "기장", "소장", "팀장", "실장")
HONORIFIC = "님"
_HONOURED_PERSON = re.compile(
    "^(?:" + "|".join(HONOURED_TITLES_KO) + ")님들?(?:이|은|의|께|께서|한테|을|도|이랑|이세요|이에요|이신)?$"
)
HIRING_KO = (
    *("구합", "구함", "구해요", "모집", "채용", "모십", "모심", "모셔요", "급구", "찾습니다", "찾아요", "찾음"),
    "구인",
)
# ... nor where the writer worked or learned under the person: "도장 반장님 밑에서 2년", "용접 반장님한테 배워서".
UNDER_KO = ("밑에서", "밑에", "아래서", "아래에서")
LEARNED_FROM_KO = ("한테", "께", "에게", "한테서", "께서")
LEARNING_KO = ("배워", "배웠", "배움", "배우")


# A posting's field of the job's conditions, its label before a colon ("근무: 2교대", "근무형태: 3교대"), and words of
# whom it wants ("가능자", "가능하신 분", "경험자 우대").
CONDITION_FIELDS_KO = ("근무", "근무형태", "근무조건", "근무시간", "근무환경", "근로조건", "근무방식", "고용형태")
# A posting's number before its first field, bracketed or not ("⟦4⟧", "#1042", "No.52", "(공고 77)", "[공고 24-117]"):
# one token with a digit, which is no word of the field's label.
POSTING_NUMBER = r"(?:[(\[⟦【⟨][^)\]⟧】⟩\n]{0,12}\d[^)\]⟧】⟩\n]{0,12}[)\]⟧】⟩]|[^\s:：]*\d[^\s:：]*)\s+"
_LEADING_NUMBER = re.compile(rf"\s*{POSTING_NUMBER}")
WANTED_KO = ("가능", "불가능", "우대", "경험자", "분", "원해", "필요")
_CONDITION_FORMS = frozenset(normalise(word) for word in CONDITION_FIELDS_KO)
# A season's name in small letters after a word of when is the season, not a framework named so ("trying again in
# spring", "graduating next spring"; not "Spring 2 years", "in Spring Boot").
SEASONS_EN = frozenset(("spring",))
OTHER_SEASONS_EN = frozenset(("summer", "autumn", "fall", "winter", "cherry", "blossom", "blossoms", "season"))
COMING_EN = frozenset(("came", "comes", "arrived", "arrives"))
WHEN_BEFORE_EN = frozenset(("this", "next", "last", "every", "early", "late", "since", "until", "till"))
# ... or "in" after a word of when again or back ("trying again in spring", "moving back in spring"); not "skilled in
# spring", "rewrote the app in spring".
AGAIN_IN_EN = frozenset(("again", "back", "graduate", "graduating", "starting", "start"))


def _said_last(clause: Sequence[Word], k: int) -> bool:
    """Word k is past the clause, after a break, or a word of grammar or the writer: what was before it ends there."""
    if k >= len(clause) or clause[k].gap == "break":
        return True
    form = clause[k].form
    return form in lexicon.GRAMMAR_FORMS or form in lexicon.WRITER_SUBJECT_FORMS or form in _CLAUSE_STARTS_EN


_CLAUSE_STARTS_EN = frozenset(("i", "we", "and", "but", "so", "then"))


def _under(clause: Sequence[Word], k: int) -> bool:
    """The person at word k is whom the writer worked under or learned from."""
    after = clause[k + 1].text if k + 1 < len(clause) else ""
    learned = clause[k].text.endswith(LEARNED_FROM_KO) and after.startswith(LEARNING_KO)
    return after in UNDER_KO or learned


# A subject that is someone else's, said before a skill done for someone ("사장님이 배달해 줬음", "직원분이 친절하게
# 상담해 줬어요"): the doing is theirs, for the writer. Not 에서, a place as often ("가게에서 … 통역해 줘요").
SUBJECT_ENDINGS_KO = ("이", "가", "께서")


def done_for_writer(clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a skill done for someone (its verb in 해 before a helping verb: lexicon.DONE_FOR_SOMEONE_KO)
    whose clause names a subject before it other than the writer, or asks it of someone (lexicon.ASKING_KO)."""

    def others(match: Match) -> bool:
        last = clause[match.stop - 1].text
        after = clause[match.stop].text if match.stop < len(clause) else ""
        if not (last.endswith("해") and after.startswith(lexicon.DONE_FOR_SOMEONE_KO)):
            return False
        if any(word.text in lexicon.ASKING_KO for word in clause):
            return True  # asked of someone: "이거 통역해 줘요 빨리"
        return any(
            len(word.text) > 1
            and word.text.endswith(SUBJECT_ENDINGS_KO)
            and word.form not in lexicon.WRITER_SUBJECT_FORMS
            for word in clause[: match.start]
        )

    return [match for match in matches if not others(match)]


# Maintenance said bare, with its particle, in a clause that names a car's workshop or a car sold to drivers: the
# writer's car maintenance ("수입차 서비스센터에서 정비를 2년 했습니다", "카센터에서 정비 1년"); not where a car
# part's or a tyre's factory is said ("자동차 부품 공장에서 정비": its machines').
MAINTENANCE_FORMS = frozenset(
    normalise(word + particle) for word in ("정비", "경정비") for particle in ("", "를", "도", "만", "와", "랑", "일")
)
CAR_WORDS_FORMS = frozenset(
    normalise(word + particle)
    for word in ("수입차", "카센터", "정비소", "외제차", "국산차", "블루핸즈", "오토큐", "스피드메이트")
    for particle in ("", "에서", "의", "를", "도")
)
CAR_MAINTENANCE = "automotive-maintenance"
LEFT_WITH_KO = ("맡겼", "맡김", "맡기", "받", "예약")  # a car left for it, booked or its maintenance received


def car_work(vocab: Vocabulary, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches and car maintenance named by 정비 alone in a clause with a car's or a workshop's word in it, where
    no match covers 정비 and no other skill is said with it."""
    if CAR_MAINTENANCE not in vocab.by_id or not any(word.form in CAR_WORDS_FORMS for word in clause):
        return list(matches)
    covered = {k for match in matches for k in range(match.start, match.stop)}
    found = [
        Match(k, k + 1, CAR_MAINTENANCE, "exact", 100.0, None)
        for k, word in enumerate(clause)
        if word.form in MAINTENANCE_FORMS
        and k not in covered
        and k - 1 not in covered
        and not (k + 1 < len(clause) and clause[k + 1].text.startswith(LEFT_WITH_KO))
    ]
    if not found or any(match.skill_id == CAR_MAINTENANCE for match in matches):
        return list(matches)
    if any(not vocab.by_id[match.skill_id].qualification for match in matches):
        return list(matches)  # another thing maintained: "지게차 정비소에서 정비 2년"
    return sorted([*matches, found[0]], key=lambda match: match.start)


# A car's accelerator (엑셀, 액셀) stepped on later in its clause, however far: "엑셀을 너무 세게 밟으셔서".
ACCELERATOR_FORMS = frozenset(normalise(name + particle) for name in ("엑셀", "액셀") for particle in ("", "을", "만"))
STEPPED_ON_KO = "밟"


def _pedal(name: Word, after: Sequence[Word]) -> bool:
    return name.form in ACCELERATOR_FORMS and any(word.text.startswith(STEPPED_ON_KO) for word in after)


# A tool's particle, of means or of place ("엑셀로", "엑셀에", "엑셀에서"), with a verb of office work later in its
# clause ("엑셀로 정리", "엑셀에 입력", "엑셀에서 관리했어요"): the program the work is done in, however everyday the
# thing worked on ("엄마 식당 매출을 엑셀로 정리해 드렸어요"); a pedal is stepped on ("엑셀 밟다가"). Not a thing
# made, which fruit and springs make too ("라즈베리로 잼 만들었어요"), nor the verb's honorific, another's work
# ("사장님이 엑셀로 매출 정리하시는 거 보고").
TOOL_PARTICLES_KO = ("로", "으로", "에", "에서")
OFFICE_WORK_KO = ("정리", "작성", "관리", "입력", "집계", "기록")
HONORIFIC_VERBS_KO = ("하시", "하셨", "하셔")


def _worked_in(vocab: Vocabulary, clause: Sequence[Word], name: Word, skill_id: str) -> bool:
    return (
        name.text.endswith(TOOL_PARTICLES_KO)
        and vocab.by_id[skill_id].category in work_words.TOOL_CATEGORIES
        and any(
            word.text.startswith(OFFICE_WORK_KO) and not any(honorific in word.text for honorific in HONORIFIC_VERBS_KO)
            for word in clause
            if word.start > name.start
        )
        and not any(word.text.startswith(STEPPED_ON_KO) for word in clause)
    )


# Titles before a person's name: "Mr. Jenkins, my English teacher".
TITLES_EN = frozenset(("mr", "mrs", "ms", "miss", "dr", "prof", "sir"))
# Korean honorifics after a person's name, spaced or glued: "Jenkins 씨 팀에서", "Jenkins 씨한테", "Jenkins님이".
HONORIFICS_KO = ("씨", "님")


def pets(clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a name said as a pet's: a capitalised name right before "the" and an animal (lexicon.PETS_EN)
    that ends its phrase ("Jira the hamster", "Django the cat", "Mongo the dog"); or a person's, a title before it
    ("Mr. Jenkins") or an honorific after it ("Jenkins 씨 팀에서 번역 보조")."""
    return [
        match
        for match in matches
        if not (
            match.start > 0 and clause[match.start - 1].form in TITLES_EN and clause[match.start].text[:1].isupper()
        )
        and not (
            match.stop < len(clause)
            and clause[match.stop].text.startswith(HONORIFICS_KO)
            and clause[match.start].text[:1].isupper()  # a Latin name: not "파이썬 씨앗 프로젝트"
        )
        and not (
            match.stop + 1 < len(clause)
            and clause[match.stop].form == "the"
            and clause[match.stop + 1].form.removesuffix("s") in lexicon.PETS_EN
            and clause[match.start].text[:1].isupper()  # a name, not a verb: "Welded the dog cages"
            and not clause[match.start].form.endswith(("ed", "ing"))
            and _said_last(clause, match.stop + 2)  # the animal ends it: not "the dog food labels"
        )
    ]


def _when_before(clause: Sequence[Word], k: int) -> bool:
    before = clause[k - 1].form
    again = k > 1 and before == "in" and clause[k - 2].form in AGAIN_IN_EN
    return before in WHEN_BEFORE_EN or again


def conditions(vocab: Vocabulary, text: str, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a trait of the job said in a posting's field of its conditions, a label and its colon, up to
    the field's first comma, with no word of whom it wants ("근무: 주간 2교대, 통근버스 운행", "근무 형태: 주야
    맞교대"; not "근무: 2교대 가능자", "근무: 2교대, 체력 좋으신 분", "근무 경험: 고객 응대 2년"): the job's hours."""
    number = _LEADING_NUMBER.match(text)
    past = number.end() if number else 0  # past the posting's number: "(공고 77) 근무 조건: 주야 2교대"
    label = next(
        (k for k, word in enumerate(clause) if word.start >= past and any(char.isalpha() for char in word.text)), None
    )  # past "⑶"
    if label is None:
        return list(matches)
    for size in (1, 2):  # "근무형태", "근무 형태"
        last = label + size - 1
        if last < len(clause) and "".join(word.form for word in clause[label : last + 1]) in _CONDITION_FORMS:
            after = text[clause[last].end : clause[last + 1].start if last + 1 < len(clause) else len(text)]
            if after.strip().startswith((":", "]")):  # "근무:", "[근무조건]"
                break
    else:
        return list(matches)  # the common case
    if any(word.text.startswith(WANTED_KO) for word in clause):
        return list(matches)
    field = next((k for k in range(last + 1, len(clause)) if "," in text[clause[k - 1].end : clause[k].start]), None)
    stop = len(clause) if field is None else field
    return [
        match
        for match in matches
        if not (last < match.start < stop and vocab.by_id[match.skill_id].category == SOFT_SKILLS)
    ]


# A shift said beside its pay or a meal is a benefit of the job, not work asked for ("야간근무 수당 지급", "dinner
# provided for night shift", "Night shift allowance paid"), as is one said for those who work it ("Dormitory available
# for night shift workers"; not "Managed night shift workers"), unless the clause asks for someone (SHIFT_ASKED_EN,
# WANTED_KO: "Requirements: able to work night shifts", "야간근무 가능자 우대"), or the writer says they worked it, with
# I or we ("I worked night shifts for 2 years and got a night shift allowance") or with their verb and the pay after
# the shift ("Did night shifts for a year with a night shift allowance").
SHIFT_WORK = "shift-work"
SHIFT_WORKED_EN = frozenset(("worked", "did", "done"))  # "have done night shifts"
SHIFT_WORKED_KO = "했"  # "야간근무 했고 …"
SHIFT_BENEFITS_EN = frozenset(("allowance", "allowances", "dinner", "dinners", "meal", "meals"))
SHIFT_BENEFITS_KO = ("수당", "야식")  # "야간근무 수당", "야간 근무자 야식 제공"
SHIFT_WORKERS_EN = frozenset(("workers", "staff", "crew", "crews"))
SHIFT_ASKED_EN = frozenset(("able", "must", "required", "preferred", "can", "willing"))


def shift_benefits(clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less shift work said beside its pay or a meal (SHIFT_BENEFITS_*), or for those who work it, in a
    clause that asks for no one."""
    if not any(match.skill_id == SHIFT_WORK for match in matches):
        return list(matches)  # the common case
    if any(word.form in SHIFT_ASKED_EN or word.text.startswith(WANTED_KO) for word in clause):
        return list(matches)
    worked = any(word.form in SHIFT_WORKED_EN or SHIFT_WORKED_KO in word.text for word in clause)
    if worked and any(word.form in lexicon.WRITER_SUBJECTS_EN for word in clause):
        return list(matches)  # the writer's shifts: "I worked night shifts … and got a night shift allowance"
    pay = next(
        (
            k
            for k, word in enumerate(clause)
            if word.form in SHIFT_BENEFITS_EN or word.text.startswith(SHIFT_BENEFITS_KO)
        ),
        None,
    )

    def paid(match: Match) -> bool:  # not with the writer's verb and the pay after it: "Did night shifts, allowance …"
        return pay is not None and not (worked and match.start < pay)

    def for_workers(match: Match) -> bool:
        return (
            match.start > 0
            and match.stop < len(clause)
            and clause[match.start - 1].form == "for"
            and clause[match.stop].form in SHIFT_WORKERS_EN
        )

    return [match for match in matches if not (match.skill_id == SHIFT_WORK and (paid(match) or for_workers(match)))]


# "Scheduling" said right beside a tool of code or a spreadsheet, or of its things (jobs, DAGs, batches), is of what
# the tool schedules ("Apache Airflow scheduling", "Scheduling DAGs in Airflow", "Job scheduling with Jenkins", "Did
# Excel scheduling in a production office"), not the writer's own time management ("Handled scheduling for a 12-person
# cleaning crew", "Handled scheduling for 40 drivers using Excel", "엑셀로 직원 스케줄링 했어요", "일정 관리 잘해요").
TIME_MANAGEMENT = "time-management"
SCHEDULING_FORMS = frozenset(normalise(word) for word in ("scheduling", "스케줄링", "스케쥴링"))
SCHEDULED_THINGS_FORMS = frozenset(
    normalise(word)
    for word in (
        *("job", "jobs", "dag", "dags", "batch", "batches", "cron", "script", "scripts", "task", "tasks"),
        *("pipeline", "pipelines", "workflow", "workflows", "배치", "잡", "스크립트", "크론"),
        *("test", "tests", "booking", "bookings"),  # a lab's: "Handled booking and test scheduling … in Excel"
    )
)
# People scheduled: the writer's time management, whatever tool is named ("scheduling for 3 doctors … Excel").
SCHEDULED_PEOPLE_FORMS = frozenset(
    normalise(word)
    for word in (
        *("staff", "employees", "workers", "drivers", "crew", "doctors", "nurses", "teachers", "tutors", "people"),
        *("직원", "직원들", "기사", "기사님", "근무자", "알바생", "강사", "인원"),
    )
)


def tool_scheduling(vocab: Vocabulary, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less time management read from "scheduling" right beside a tool of code (CODED) or said with its
    things (SCHEDULED_THINGS_FORMS), in a clause that names no people scheduled."""
    if not any(match.skill_id == TIME_MANAGEMENT for match in matches):
        return list(matches)  # the common case
    tools = [match for match in matches if vocab.by_id[match.skill_id].category in CODED]
    if not tools or any(word.form in SCHEDULED_PEOPLE_FORMS for word in clause):
        return list(matches)
    things = any(word.form in SCHEDULED_THINGS_FORMS for word in clause)

    def scheduled(match: Match) -> bool:
        words = [word for word in clause[match.start : match.stop] if not lexicon.is_quiet(word.form)]
        if not words or not all(word.form in SCHEDULING_FORMS for word in words):
            return False
        return things or any(tool.stop == match.start or tool.start == match.stop for tool in tools)

    return [match for match in matches if not (match.skill_id == TIME_MANAGEMENT and scheduled(match))]


def seasons(clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a season's name said as the season (SEASONS_EN): after a word of when, beside another
    season or the blossoms, or coming ("I like spring and autumn", "Spring came early in Jinhae")."""
    seasonal = any(word.form in OTHER_SEASONS_EN for word in clause)
    return [match for match in matches if not _season(clause, match, seasonal=seasonal)]


def _season(clause: Sequence[Word], match: Match, *, seasonal: bool) -> bool:
    if match.stop != match.start + 1 or clause[match.start].form not in SEASONS_EN:
        return False
    if seasonal or (match.stop < len(clause) and clause[match.stop].form in COMING_EN):
        return True
    if clause[match.start].text in SEASONS_EN and _year_next(clause, match.stop):
        return True  # lowercase before a year: "Start date: spring 2025" (not "Spring Boot 2.7")
    return (
        match.start > 0
        and clause[match.start].text in SEASONS_EN
        and _when_before(clause, match.start)
        and _said_last(clause, match.stop)  # not "this spring app", "the late spring module"
    )


YEAR_DIGITS = 4


def _year_next(clause: Sequence[Word], k: int) -> bool:
    return k < len(clause) and len(clause[k].text) == YEAR_DIGITS and clause[k].text.isdigit()


# A title whose trait follows: bare, or theirs or its topic ("사장님 성실함", "사장님의", "우리 사장님은").
OWNER_ENDINGS_KO = ("님", "님들", "님의", "님은", "님들의")


def honoured(vocab: Vocabulary, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a skill said right before a person's title with its honorific (HONOURED_TITLES_KO), and a
    trait said right after one: that person's ("빵집 사장님 성실함 인정")."""
    if not matches or not any(HONORIFIC in word.text for word in clause):
        return list(matches)  # the common case
    if any(word.text.startswith(HIRING_KO) or word.form in lexicon.POSTING_FORMS for word in clause):
        return list(matches)
    if any(word.form in lexicon.YEAR_FORMS or word.form in lexicon.MONTH_FORMS for word in clause):
        return list(matches)  # work counted in years: the writer's ("… 반장님한테 배워서 3년 했어요")

    def titled(match: Match) -> bool:  # bare or theirs: not praised or taught by them ("팀장님께 꼼꼼함 인정받음")
        before = clause[match.start - 1] if match.start > 0 else None
        return (
            before is not None
            and clause[match.start].gap == "space"
            and vocab.by_id[match.skill_id].category == SOFT_SKILLS
            and _HONOURED_PERSON.match(before.text) is not None
            and before.text.endswith(OWNER_ENDINGS_KO)
        )

    return [
        match
        for match in matches
        if not (
            match.stop < len(clause)
            and clause[match.stop].gap == "space"
            and _HONOURED_PERSON.match(clause[match.stop].text)
            and not clause[match.start].text.isascii()  # a name in letters is a teacher's subject said: "PLC 선생님"
            and not _under(clause, match.stop)
        )
        and not titled(match)
    ]


ACRONYM_LETTERS = 3  # a name in capitals of this many letters or more is watched at work ("SCADA", not "PT")
WATCHING_FORMS = frozenset(normalise(word) for word in ("watching", "관람"))
SCREENS = frozenset(normalise(word) for word in ("screen", "screens", "monitor", "monitors", "화면", "모니터"))


# A word of two senses said right after a thing of one's own makes it that thing's: 입고 after clothes
# (lexicon.GARMENTS, with their particle) is put on whatever work the clause says ("실험복 입고 HPLC 분석"), no goods
# in; a battery after a device at home (lexicon.DEVICES) is its own ("보청기 배터리 교체일") unless the clause says
# the battery's work (a line, a pack, its cells, years: "휴대폰 배터리 생산 라인 2년"). Each: the word, the things, the
# words of its work (None: none keep it).
BATTERY_WORK = frozenset(normalise(word) for word in ("팩", "셀", "조립", "공정", "라인", "설계", "검사", "생산"))
OWNED_BEFORE = (
    (
        normalise("입고"),
        frozenset(normalise(g + particle) for g in lexicon.GARMENTS for particle in ("", "을", "를")),
        None,
    ),
    (normalise("배터리"), frozenset(normalise(device) for device in lexicon.DEVICES), BATTERY_WORK),
)


def _owned(clause: Sequence[Word], match: Match) -> bool:
    if match.stop != match.start + 1 or match.start == 0:
        return False
    form, before = clause[match.start].form, clause[match.start - 1].form
    for word, things, work in OWNED_BEFORE:
        if form.startswith(word) and before in things:
            return work is None or not any(
                w.form in work or w.form in lexicon.WORK_FORMS or lexicon.years_in_word(w.text) is not None
                for w in clause
            )
    return False


def _service_guessed(clause: Sequence[Word], match: Match) -> bool:
    """A word of military service read as a slip: the discharge it says ("전역하고 지게차 자격증 땄습니다")."""
    return (
        match.method == "fuzzy"
        and match.stop == match.start + 1
        and clause[match.start].text.startswith(lexicon.MILITARY_SERVICE_KO)
    )


def everyday(vocab: Vocabulary, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a skill named by one word near a word that makes it an everyday thing: a word of leisure for
    any skill ("아이돌 팬클럽", "강아지 하네스"), or a word of everyday life (with a particle or not: "스프링 노트에")
    as near a name that is also an everyday thing (lexicon.DOUBLE_SENSE: "자바 커피", "spark plug", "Taylor Swift
    콘서트", "비계 많은 삼겹살"); unless the clause says a word of work (lexicon.WORK) or names another skill that is
    no such thing ("리퍼 아이폰 구매" names three everyday things), nor a word of two senses after a thing of one's own
    (`_owned`: "실험복 입고", "보청기 배터리"), and less a word of military service guessed a slip (`_service_guessed`:
    "전역하고")."""
    matches = [
        match
        for match in matches
        if not _owned(clause, match) and not _service_guessed(clause, match) and not _chore(clause, match)
    ]
    if not any(
        w.form in lexicon.EVERYDAY_THING_FORMS
        or w.form in lexicon.LEISURE_FORMS
        or w.form in lexicon.DISH_FORMS
        or w.form in lexicon.HOME_FORMS
        for w in clause
    ):
        return list(matches)  # the common case
    # A skill's own name is no word of work for it when it is an everyday thing too ("재고 떨이 세일": stock on sale);
    # for another skill beside it, it is ("카페 재고 엑셀 정리").
    alone = range(matches[0].start, matches[0].stop) if len(matches) == 1 else range(0)
    if any(
        (w.form in lexicon.WORK_FORMS and not (k in alone and w.form in lexicon.DOUBLE_SENSE_FORMS))
        or lexicon.years_in_word(w.text.lower()) is not None
        for k, w in enumerate(clause)
    ):
        return list(matches)  # work done with the skills, or for years: "Kafka 음식 배달 플랫폼", "타워크레인 운전 1년"

    said = [k for k, word in enumerate(clause) if not lexicon.is_quiet(word.form)]  # words that say something

    def thing(match: Match) -> bool:
        named = [k for k in said if match.start <= k < match.stop]  # one word with its filler ("리더 사용")
        if len(named) != 1 or _held_certificate(vocab, clause, match):  # "프라모델 좋아하고 도장기능사 있어요"
            return False
        if _made_with(vocab, clause, clause[named[0]], match.skill_id):
            return False  # a tool things were made with: "아두이노로 강아지 자동 급식기 만들었어요"
        at = said.index(named[0])  # reached over filler: "pandas at the zoo", "rust on my bike"
        near = [clause[k] for k in said[max(0, at - lexicon.EVERYDAY_REACH) : at + 1 + lexicon.EVERYDAY_REACH]]
        leisure = [word for word in near if word.form in lexicon.LEISURE_FORMS]
        if vocab.by_id[match.skill_id].qualification and not any(w.text.startswith(PENDING_KO) for w in clause):
            leisure = [word for word in leisure if word.form not in lexicon.PASSERS_FORMS]  # its passing, no pastime
        acronym = clause[named[0]].text.isupper() and len(clause[named[0]].text) >= ACRONYM_LETTERS
        acronym = acronym and named[0] + 1 < len(clause) and clause[named[0] + 1].form in SCREENS  # "SCADA screens"
        if leisure and not (acronym and all(word.form in WATCHING_FORMS for word in leisure)):
            return True  # a system's initials watched are work's: "watching SCADA screens"
        said_here = clause[named[0]]
        if said_here.form in lexicon.EVERYDAY_NAME_FORMS and _at_home(clause, said_here):
            return True  # "추석 내내 친척 손님 맞느라 완전 방전", "Mum's steel scrubber has outlived three pots"
        if said_here.form not in lexicon.DOUBLE_SENSE_FORMS:
            return False
        if _pedal(said_here, clause[named[0] + 1 :]):
            return True  # "엑셀을 너무 세게 밟으셔서": a car's accelerator
        if _worked_in(vocab, clause, said_here, match.skill_id):
            return False  # "엄마 식당 매출을 엑셀로 정리해 드렸어요": the program, whatever was put in it
        others = [word for word in near if word is not said_here]
        if any(word.form in lexicon.EVERYDAY_THING_FORMS for word in others):
            return True
        dish = vocab.by_id[match.skill_id].category == LANGUAGES or said_here.form in lexicon.DISH_NAME_FORMS
        if dish and any(word.form in lexicon.DISH_FORMS for word in others):
            return True  # "Indonesian fried rice stall", "MOS Burger"
        # A name that is an everyday thing itself ("아이폰") is one beside another word's everyday sense ("리퍼").
        everyday_itself = said_here.form in lexicon.EVERYDAY_THING_FORMS
        return everyday_itself and any(word.form in lexicon.DOUBLE_SENSE_FORMS for word in others)

    things = [thing(match) for match in matches]
    if len(matches) > 1 and not all(things):  # skills listed beside an everyday word ("Python Django 카페 모임")
        return list(matches)
    return [match for match, is_thing in zip(matches, things, strict=True) if not is_thing]


# Verbs and words of doing a skill, said by one who has it: "아빠한테 통역 배웠어요", "엄마 가게에서 도색 해봤어요".
DOING_KO = (
    *("했", "해봤", "해본", "배웠", "배워", "배우", "다뤄", "다룰", "다뤘", "가능", "할줄", "경력", "경험", "자격"),
    *("면허", "맡았", "맡아", "맡고", "맡음"),  # in charge of it: "방송국에서 뉴스 보도 통역 맡았었어요"
    "가르쳐",  # taught by a relative: "누나가 통역 가르쳐 줬어요"
)
DOING_EN = frozenset(
    (
        *("worked", "work", "job", "experience", "operated", "did", "done", "certified", "licence", "license"),
        *("taught", "learned", "learnt", "use", "used", "using"),  # "My sister taught me pandas"
    )
)


# Work as a word, and a time spent at it typed apart from its number ("일 도운 지 1 년").
SPANS_KO = ("년", "개월", "달")  # 년 also begins 년차


def _at_home(clause: Sequence[Word], name: Word) -> bool:
    """A word of home, family or a shop, of everyday life or of leisure anywhere in the clause, and no word of
    doing (DOING_KO, DOING_EN) beside the everyday name (lexicon.EVERYDAY_NAMES), nor of work with its particle
    ("삼촌 주물 공장에서 일 도운 지 1년"): that name's everyday thing. A product's name in small letters takes a word
    of eating, animals, clothes or TV instead (lexicon.PRODUCT_NAMES: "Pandas printed all over my sister's pyjamas")."""
    others = [word for word in clause if word is not name]
    home: tuple[frozenset[str], ...] = (lexicon.HOME_FORMS, lexicon.EVERYDAY_THING_FORMS, lexicon.LEISURE_FORMS)
    if name.form in lexicon.PRODUCT_NAME_FORMS:
        home = (lexicon.PRODUCT_THING_FORMS,)
    return any(word.form in forms for word in others for forms in home) and not any(
        word.text.startswith(DOING_KO)
        or word.form in DOING_EN
        or word.text in stance.DONE_KO
        or any(word.form.removesuffix(particle) in lexicon.WORK_FORMS for particle in lexicon.PARTICLE_FORMS)
        or (word.text.isdigit() and k + 1 < len(clause) and clause[k + 1].text.startswith(SPANS_KO))
        for k, word in enumerate(clause)
        if word is not name
    )


# Skills named by a work noun or verb a household also says of its chores: keeping stock, counting, packing,
# bargaining, running an association's books, leading a club.
CHORE_SKILLS = frozenset(
    ("inventory-management", "tally", "picking-packing", "negotiation", "office-admin", "leadership")
)


def _chore(clause: Sequence[Word], match: Match) -> bool:
    """A chore skill whose object is a household's thing or occasion (lexicon.CHORE_THINGS_KO right before it;
    CHORE_THINGS_EN after it in its clause), in a clause with no word of a job
    nor a span of time (`_worked`): the writer's chore, no work ("냉장고 재고 관리 좀 해야겠다", "Packing for our family
    trip"); not "편의점 재고 관리", "명절 포장 알바 2주 했어요", "Managed inventory at a pet shop that sells birds"."""
    if match.skill_id not in CHORE_SKILLS or _worked(clause):
        return False
    if match.start and clause[match.start - 1].form in lexicon.CHORE_THINGS_KO_FORMS:
        return True
    after = [word.form for word in clause[match.stop :]]
    if any(form in lexicon.WORK_FORMS for form in after):
        return False  # the thing is work's: "Packing line at a fridge parts factory"
    return any(form in lexicon.CHORE_THINGS_EN_FORMS for form in after) or any(
        pair in lexicon.CHORE_PAIRS_EN_FORMS for pair in itertools.pairwise(after)
    )


# Words of a job that make a chore's noun work ("반찬 포장 알바", "bike shop", "a snacks wholesaler", "as a travel
# coordinator").
CHORE_JOB_WORDS_KO = ("알바", "아르바이트", "공장", "근무", "일했", "일해", "일하", "일함")
CHORE_JOB_EN_FORMS = frozenset(
    normalise(word)
    for word in (
        *("shop", "shops", "store", "stores", "business", "company", "wholesaler", "wholesalers", "supplier"),
        *("suppliers", "client", "clients", "coordinator"),
    )
)


def _worked(clause: Sequence[Word]) -> bool:
    """The clause says a job or a span of time (a number before a unit of years, months or weeks: "2주", "1 year")."""
    if any(word.text.startswith(CHORE_JOB_WORDS_KO) or word.form in CHORE_JOB_EN_FORMS for word in clause):
        return True
    if any(word.text == "일" for word in clause):
        return True  # "포장 일 했어요"
    return any(
        lexicon.number(word.form) is not None and following.form in SPAN_UNIT_FORMS
        for word, following in itertools.pairwise(clause)
    ) or any(lexicon.years_in_word(word.form) is not None for word in clause)


SPAN_UNIT_FORMS = lexicon.YEAR_FORMS | lexicon.MONTH_FORMS | frozenset(normalise(w) for w in ("주", "weeks", "week"))


# Words of results to come, asked after or missing, beside those who passed a certificate's exam ("합격자 발표
# 언제예요", "합격자 명단에 제 이름이 없었어요"): not the writer's pass ("합격자 명단에 제 이름 있었어요" is).
PENDING_KO = ("언제", "날짜", "나면", "오늘", "없었", "없어", "결과", "필기만", "기다리는", "기다려")
# A tool said with its particle of means (work_words.MEANS: "아두이노로") in a clause that makes something with it.
MADE_KO = ("만들었", "만들어", "만든", "만듦", "만듬", "제작", "개발")


def _made_with(vocab: Vocabulary, clause: Sequence[Word], word: Word, skill_id: str) -> bool:
    """The word is a Korean name of a tool of code or drawing with its particle of means, no name of an everyday thing
    too (스프링, 라즈베리: lexicon.DOUBLE_SENSE), and the clause says a thing was made."""
    bare = next((word.form[: -len(p)] for p in _MEANS_FORMS if word.form.endswith(p)), None)
    return (
        not word.text.isascii()
        and bare is not None
        and bare not in lexicon.DOUBLE_SENSE_FORMS
        and vocab.by_id[skill_id].category in work_words.TOOL_CATEGORIES
        and any(other.text.startswith(MADE_KO) for other in clause if other.start > word.start)
    )


_MEANS_FORMS = tuple(sorted(work_words.MEANS_FORMS, key=len, reverse=True))


# The trades of the floor, whose names in a thing made with a tool of code say what the thing is for
# ("React로 용접 견적 계산기 만듦", "Unity로 지게차 교육 시뮬레이터 개발"), not the writer's trade. Not a
# controller's (electrical_plc: "C#으로 PLC 통신 프로그램" is PLC work too), nor data's or a language's, nor code a
# program writes ("scripts that generate G-code").
FLOOR_CATEGORIES = frozenset(("logistics_equipment", "quality_safety", "welding", "machining", "shipbuilding_marine"))
WRITTEN_BY_CODE = frozenset(("g-code", "cam"))
# Tools of code that make such a thing: not a drawing's (a jig designed in Inventor is jig work) nor a spreadsheet's
# ("Excel로 재고 관리 시트 만들어서 썼어요" manages the stock).
CODE_CATEGORIES = frozenset(("software", "data_ai"))
SPREADSHEETS = frozenset(("excel", "excel-vba", "ms-office"))
# English verbs of making a program, and the words that say a tool is what it was made in ("in Swift", "with React",
# "Python scripts").
CODED_EN = frozenset(("built", "build", "developed", "develop", "made", "wrote", "written", "coded", "created"))
CODED_IN_EN = frozenset(("in", "with", "using"))
CODED_THINGS_EN = frozenset(("app", "apps", "application", "program", "programs", "script", "scripts", "tool", "bot"))
# What ends the thing made: a Korean verb going on to another deed ("선박 도장 하면서 Python으로 …", "지게차 몰다가
# …", "데이터 정리도 하고 금형 제작"), an English conjunction ("welded and wrote Python scripts"), punctuation.
GOING_ON_KO = ("하고", "했고", "었고", "았고", "였고", "면서", "다가", "해서", "어서", "아서", "하며", "는데", "지만")
CONJUNCTIONS_EN = frozenset(("and", "while", "then", "but", "or", "plus"))
MADE_BEFORE_KO = "든"  # the verb before the thing it made: "Python으로 만든 용접 일지 앱"


def made_for(vocab: Vocabulary, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less the floor's skills (FLOOR_CATEGORIES) named in the thing a tool of code made: in Korean
    before the making verb, the tool said as its means ("약국 재고 관리 앱 Swift로 만들었어요"); in English after it,
    the tool after "in" or before "app" ("Built an inventory app for a pharmacy in Swift"). Nothing between the
    skill and the verb goes on to another deed (`_unbroken`): "지게차 몰다가 Python으로 … 만들었어요" keeps it."""
    tools = [
        match
        for match in matches
        if vocab.by_id[match.skill_id].category in CODE_CATEGORIES and match.skill_id not in SPREADSHEETS
    ]
    made_ko = [verb for tool in tools if (verb := _made_with_at(vocab, clause, tool)) is not None]
    made_en = [verb for tool in tools if (verb := _coded_en_at(clause, tool)) is not None]
    if not made_ko and not made_en:
        return list(matches)

    def for_thing(match: Match) -> bool:
        if vocab.by_id[match.skill_id].category not in FLOOR_CATEGORIES or match.skill_id in WRITTEN_BY_CODE:
            return False
        return any(
            (match.stop <= verb and _unbroken(clause, match.stop - 1, verb))
            or (
                verb < match.start
                and clause[verb].text.endswith(MADE_BEFORE_KO)
                and _unbroken(clause, verb, match.start)
            )
            for verb in made_ko
        ) or any(verb < match.start and _unbroken(clause, verb, match.start) for verb in made_en)

    return [match for match in matches if not for_thing(match)]


def _made_with_at(vocab: Vocabulary, clause: Sequence[Word], tool: Match) -> int | None:
    """Where the verb of making is that a Korean tool with its particle of means made a thing with (`_made_with`)."""
    word = clause[tool.stop - 1]
    if not _made_with(vocab, clause, word, tool.skill_id):
        return None
    verb = next(k for k in range(tool.stop, len(clause)) if clause[k].text.startswith(MADE_KO))
    return verb if _unbroken(clause, tool.stop - 1, verb) else None


def _coded_en_at(clause: Sequence[Word], tool: Match) -> int | None:
    """Where the English verb of making is that made a thing in the tool at `tool` ("Built … in Swift")."""
    before = clause[tool.start - 1].form if tool.start > 0 else ""
    after = clause[tool.stop].form if tool.stop < len(clause) else ""
    if before not in CODED_IN_EN and after not in CODED_THINGS_EN:
        return None
    verbs = [k for k, word in enumerate(clause[: tool.start]) if word.form in CODED_EN]
    return verbs[-1] if verbs else None  # the tool's own: "Made brackets … and wrote the inventory tool in Python"


def _unbroken(clause: Sequence[Word], first: int, last: int) -> bool:
    """No word from `first` to before `last` goes on to another deed, nor punctuation stands between them."""
    between = clause[first:last]
    return all(word.gap in ("space", "glued") for word in clause[first + 1 : last + 1]) and not any(
        word.form in CONJUNCTIONS_EN or (not word.text.isascii() and word.text.endswith(GOING_ON_KO))
        for word in between
    )


# Skills of handling goods — selling, buying, packing, shipping, clearing, storing or delivering them — whose goods a
# trade's word may name ("Sales of welding consumables", "Packed CNC parts", "용접 자재 영업 2년"): the goods, not the
# writer's trade.
GOODS_WORK = frozenset(
    (
        *("sales", "technical-sales", "purchasing", "picking-packing", "customs-clearance", "freight-forwarding"),
        *("trade-documentation", "inventory-management", "delivery", "loading-unloading"),
    )
)
# Trades whose word names goods as well: the floor's and the controller's, not code's, a drawing tool's or a language's;
# of logistics only its machines ("Sales of forklift parts"), since its other work is done for a firm, not sold
# ("Managed inventory for a 3PL warehouse" manages its logistics).
GOODS_TRADES = frozenset(("machining", "welding", "electrical_plc", "shipbuilding_marine"))
GOODS_MACHINES = frozenset(
    (
        *("forklift-operation", "reach-truck", "pallet-jack", "crane-operation", "overhead-crane", "tower-crane"),
        *("gantry-crane", "straddle-carrier", "yard-tractor", "reach-stacker", "conveyor-systems", "agv-amr"),
        "excavator",
    )
)
OF_GOODS_EN = frozenset(("of", "for"))  # "Sales of plating chemicals", "Customs clearance for CNC machine imports"
OF_GOODS_REACH = 3  # words from "of" to the trade's: "Technical sales of industrial sensors", "for a welding shop"
# Nouns of goods right after a trade's word, that say it is the goods' kind ("welding wire spools", "sensor orders",
# "용접 자재", "센서 유통업체").
GOODS = (
    *("consumables", "parts", "part", "tools", "tooling", "rods", "wire", "chemicals", "imports", "orders", "spools"),
    *("supplies", "distributor", "distributors", "dealer", "dealers", "machines", "printers", "equipment"),
)
GOODS_FORMS = frozenset(normalise(word) for word in GOODS)
GOODS_KO = ("자재", "부품", "소모품", "유통")
# ... unless the goods are made in the trade next: "CNC 부품 가공 및 포장", "CNC parts machining and packing".
MAKING_GOODS_EN = frozenset(("machining", "machined", "welding", "welded", "fabrication", "assembly", "manufacturing"))
MAKING_GOODS_KO = ("가공", "제작", "생산", "용접", "조립", "제조")


# Gear a trade's word right before names the kind of, worn or handed out ("welding gloves", "- 작업복, 안전화, 용접
# 장갑 지급", "용접 보안면"): the gear, with or without goods' handling, not the trade.
GEAR = frozenset(
    normalise(word)
    for word in (
        *("gloves", "glove", "helmet", "helmets", "mask", "masks", "apron", "aprons", "goggles", "boots"),
        *("장갑", "보안면", "마스크", "앞치마", "헬멧", "보안경", "토시", "안전화"),
    )
)


def goods(vocab: Vocabulary, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a trade's (GOODS_TRADES, GOODS_MACHINES) said as the goods of a skill of handling goods
    (GOODS_WORK) in the clause: after it through "of" or "for" ("Freight forwarding of crane parts"), or right before
    a noun of goods ("Packed CNC parts for shipping", "용접 자재 영업"); or right before a noun of gear, in any clause
    ("welding gloves"). Punctuation or a conjunction ends the goods: "Technical sales of welding robots, also robot
    teaching" keeps the teaching."""
    handling = [match for match in matches if match.skill_id in GOODS_WORK]
    if not handling and not any(word.form in GEAR for word in clause):
        return list(matches)  # the common case

    def of_goods(match: Match, work: Match) -> bool:
        return (
            work.stop < match.start <= work.stop + OF_GOODS_REACH
            and clause[work.stop].form in OF_GOODS_EN
            and _unbroken(clause, work.stop, match.stop)  # goods alone: "Sales of welding robots and TIG welding"
        )

    def before_goods(match: Match) -> bool:
        after = clause[match.stop : match.stop + 2]
        if not after:
            return False
        if after[0].form in GEAR:
            return True
        if not handling or not (after[0].form in GOODS_FORMS or after[0].text.startswith(GOODS_KO)):
            return False
        return not any(word.form in MAKING_GOODS_EN or word.text.startswith(MAKING_GOODS_KO) for word in after[1:])

    def is_goods(match: Match) -> bool:
        if vocab.by_id[match.skill_id].category not in GOODS_TRADES and match.skill_id not in GOODS_MACHINES:
            return False
        return before_goods(match) or any(of_goods(match, work) for work in handling)

    return [match for match in matches if not is_goods(match)]


# Words after a skill's that make it a thing a place has or a posting hands out: equipped with it ("기숙사 냉난방
# 완비", "에어컨 구비"), its room ("First aid room and nurse on site"), or issued at a clause's end ("안전대 지급").
# Not its kit, a product worked with as often ("Arduino kits"), nor its facility, inspected as often ("소방 시설 점검").
EQUIPPED = frozenset(normalise(word) for word in ("완비", "구비", "room", "rooms"))
ISSUED = frozenset(normalise(word) for word in ("지급", "지급됨"))


def amenities(clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a skill said as a thing the workplace has or gives (EQUIPPED, ISSUED)."""

    def had(match: Match) -> bool:
        if match.stop == len(clause):
            return False
        after = clause[match.stop].form
        return after in EQUIPPED or (after in ISSUED and match.stop + 1 == len(clause))

    return [match for match in matches if not had(match)]


# A leader's title after "my" or "our" is a person over the writer ("my team lead brought a cake"), no leading done.
LEADER_TITLES_EN = frozenset(("lead", "leader", "leads", "leaders"))
OVER_ME_EN = frozenset(("my", "our"))
# ... unless the writer is that leader: "I was our team leader", "Promoted to our team lead", "As our team lead".
BECOMING_EN = frozenset(("as", "to", "became", "become", "was", "promoted"))


# In a posting, a leader's title before its interview is the interviewer ("Team leader interview after document
# screening", "팀장 면접"), and after a promotion to it the job's prospect ("Promotion to team leader possible after 2
# years"), no leading asked for.
INTERVIEW = frozenset(normalise(word) for word in ("interview", "interviews", "면접"))
PROMOTION_EN = frozenset(("promotion", "promotions"))
PROMOTION_REACH = 3  # words before the title: "promotion to team leader", "promotion to a line leader"


def superiors(clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a leader's title said after "my" or "our": a person, not leadership held; or said before its
    interview (INTERVIEW) or after "promotion to" (PROMOTION_EN): a posting's step or prospect."""

    def over_me(match: Match) -> bool:
        return (
            match.start > 0
            and clause[match.start - 1].form in OVER_ME_EN
            and not (match.start > 1 and clause[match.start - 2].form in BECOMING_EN)
        )

    def posting_step(match: Match) -> bool:
        interviewed = match.stop < len(clause) and clause[match.stop].form in INTERVIEW
        before = [word.form for word in clause[max(0, match.start - PROMOTION_REACH) : match.start]]
        promoted = any(form in PROMOTION_EN and after == "to" for form, after in itertools.pairwise(before))
        return interviewed or promoted

    return [
        match
        for match in matches
        if not (clause[match.stop - 1].form in LEADER_TITLES_EN and (over_me(match) or posting_step(match)))
    ]


# Places, firms and things a language's English adjective says the country of ("a Korean factory", "Chinese
# suppliers"), not the language: a closed class, since its use is said with nouns as often ("English emails").
NATIONAL_THINGS = (
    *("factory", "factories", "company", "companies", "firm", "firms", "plant", "plants", "shipyard", "shipyards"),
    *("supplier", "suppliers", "vendor", "vendors", "manufacturer", "manufacturers", "automaker", "automakers"),
    *("restaurant", "restaurants", "food", "cuisine", "dish", "dishes", "car", "cars", "brand", "brands"),
    *("pho", "barbecue", "bbq", "dumplings", "noodles", "snacks", "mango", "curry", "bread", "coffee"),  # dishes
    *("government", "army", "navy", "military", "market", "markets", "economy", "embassy", "passport", "visa"),
    *("won", "yen", "yuan", "port", "ports", "shipowner", "shipowners"),
    # the country's everyday things: "English Premier League tickets", "Chinese New Year fireworks", "English breakfast"
    *("premier", "league", "breakfast", "tea", "beer", "wine", "new", "lunar", "holiday", "holidays", "war"),
    *("bulldog", "garden", "gardens", "festival", "history"),
    *("tourist", "tourists", "guy", "guys", "lady", "man", "woman", "couple", "neighbour", "neighbor"),  # a person
    *("wife", "husband", "girlfriend", "boyfriend", "fiance", "fiancee", "in-laws"),
)
# Words of a language's use in the clause: the language is used, whatever its adjective names ("Translated Chinese
# market reports", "Japanese plant start-up support as interpreter").
LANGUAGE_WORK = (
    *("translated", "translating", "translation", "translator", "interpreted", "interpreting", "interpreter"),
    *("interpretation", "localized", "localised", "localization", "localisation"),
)  # not "native", "fluent" or "written": "Worked in a Korean factory as a native speaker of English"
LANGUAGE_WORK_FORMS = frozenset(normalise(word) for word in LANGUAGE_WORK)
WHOSE_EN = frozenset(("my", "our"))  # ... a language taught to the writer: "my English teacher"
TAUGHT_EN = frozenset(("teacher", "teachers", "tutor", "class", "classes", "lessons", "homework"))
TEACHING_EN = frozenset(("taught", "teach", "teaching", "ran", "run", "running", "led", "lead", "gave", "give"))
NATIONAL_THINGS_FORMS = frozenset(normalise(word) for word in NATIONAL_THINGS)
# Things written or spoken in a language, after its Korean name: the thing's language, not the writer's ("영어
# 메뉴판만 있는 카페", "지하철 중국어 안내 방송", "영어 유치원 학비"), unless the clause says the language is used
# or taught (LANGUAGE_USE_KO: "영어 유치원 교사", "일본어 안내 방송 통역") or how well it is known.
LANGUAGE_THINGS_KO = (
    *("메뉴판", "간판", "표지판", "방송", "안내", "노래", "유치원", "자막", "앱", "드라마", "예능", "동화책", "뉴스"),
)
LANGUAGE_USE_KO = (  # the words' beginnings: "교사로", "번역해드렸어요", "가르치는"
    *("번역", "통역", "회화", "강사", "교사", "보조교사", "선생", "강의", "수업", "담당", "업무", "응대", "작성"),
    *("가능", "능숙", "잘함", "공부", "독학", "점수", "시험", "자격증", "가르치", "가르쳐", "진행", "해석", "근무"),
    *("일했", "알바", "없이"),  # "일본어 자막 없이 애니 봐요": a level said
)


# Documents whose language a bracket right after them says ("Apply by email with your CV (English or Korean)",
# "이력서(국문/영문)"): the document's, not a language asked for; "Requirements: English (business level)" is.
DOCUMENTS = frozenset(normalise(word) for word in ("cv", "cvs", "resume", "resumes", "résumé", "이력서", "자기소개서"))
LISTING_WORDS = frozenset(normalise(word) for word in ("or", "and", "또는", "및"))


def documents(vocab: Vocabulary, text: str, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less languages listed in a bracket right after a document's word (DOCUMENTS)."""
    if not any(word.form in DOCUMENTS for word in clause):
        return list(matches)  # the common case
    languages = {k for m in matches if vocab.by_id[m.skill_id].category == LANGUAGES for k in range(m.start, m.stop)}

    def of_document(match: Match) -> bool:
        k = match.start
        while k > 0 and (k - 1 in languages or clause[k - 1].form in LISTING_WORDS):
            k -= 1
        return k > 0 and clause[k - 1].form in DOCUMENTS and "(" in text[clause[k - 1].end : clause[k].start]

    return [match for match in matches if not (match.start in languages and of_document(match))]


def nationals(vocab: Vocabulary, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a language named by its English adjective before a place, a firm or a thing of its country
    ("I worked in a Korean factory", "Sourced parts from Chinese suppliers"), or by its Korean name before a thing
    in it (LANGUAGE_THINGS_KO), where the clause says no use of a language."""
    if not any(vocab.by_id[match.skill_id].category == LANGUAGES for match in matches):
        return list(matches)  # the common case
    if any(word.form in LANGUAGE_WORK_FORMS for word in clause):
        return list(matches)
    used_ko = any(word.text.startswith(LANGUAGE_USE_KO) or word.form[:1].isdigit() for word in clause)

    def national(match: Match) -> bool:
        word = clause[match.start]
        if match.stop - match.start != 1 or match.stop == len(clause):
            return False
        if vocab.by_id[match.skill_id].category != LANGUAGES:
            return False
        if is_hangul(word.form):
            return not used_ko and clause[match.stop].text.startswith(LANGUAGE_THINGS_KO)  # "안내문", "방송국"
        whose = any(before.form in WHOSE_EN for before in clause[max(0, match.start - 2) : match.start])
        teacher = any(before.form in TEACHING_EN for before in clause[: match.start])  # "I taught my English class"
        if whose and clause[match.stop].form in TAUGHT_EN and not teacher:
            return True  # the writer taught it: "my English teacher", "our Chinese class", "my old English tutor"
        return word.text.isascii() and not word.text.isupper() and clause[match.stop].form in NATIONAL_THINGS_FORMS

    return [match for match in matches if not national(match)]


# Interpreting and translating, which a country's name right before names the language of ("우즈벡 통역 알바", "러시아
# 번역 프리랜서"), or past a word of the work's setting in the country ("인니 출장 통역 가능", "태국 협력사 통역"); the
# country alone is a place or a people ("러시아 출장 다녀옴", "베트남 친구 있어요"), and before its people the
# interpreting is for them, in any language ("일본 관광객들 통역해줬어요").
INTERPRETING = "translation-interpretation"
INTERPRETED_SETTINGS = frozenset(
    normalise(word) for word in ("출장", "현장", "협력사", "거래처", "법인", "지사", "공장", "업체", "파견", "전시회")
)


def interpreted(vocab: Vocabulary, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches and a language named by its country's name (vocab.countries) before interpreting of it, where no
    other skill reads the name; a language the taxonomy relates no interpreting to (Korean, of "한국 통역") is not."""
    covered = {k for match in matches for k in range(match.start, match.stop)}

    def country(k: int) -> str | None:
        skill_id = vocab.countries.get(clause[k].form) if k >= 0 and k not in covered else None
        return skill_id if skill_id and INTERPRETING in vocab.related.get(skill_id, frozenset()) else None

    added = []
    for match in matches:
        if match.skill_id != INTERPRETING:
            continue
        k = match.start - 1
        if k > 0 and k not in covered and clause[k].form in INTERPRETED_SETTINGS:
            k -= 1  # "인니 출장 통역"
        skill_id = country(k)
        if skill_id is not None:
            added.append(Match(k, k + 1, skill_id, "exact", 100.0, None))
    return sorted([*matches, *added], key=lambda found: found.start) if added else list(matches)


# Interpreting or translating that is not the writer's work: an interpreter with the writer or doing it (통역사랑,
# 통역사가, 통역이 도와줬어요), a tool or a thing translated right after it ("통역 앱으로", "번역 만화", "번역 메뉴판"),
# or interpreting gone without, thanked or hired ("통역 없이", "통역 덕분에", "통역 맡겼어요", "통역 붙여줬어요").
# Bare, with 으로 or before a word of work or ability it is the writer's ("통역 알바", "통역으로 1년", "통역 해줬어요").
INTERPRETING_STEMS_KO = tuple(normalise(word) for word in ("통번역", "통역", "번역"))
INTERPRETERS_KO = tuple(normalise(word) for word in ("통번역사", "통역사님", "통역사", "번역가"))  # longest first
WITH_OR_BY_KO = frozenset(
    normalise(word) for word in ("랑", "이랑", "와", "과", "하고", "가", "이", "한테", "에게", "님", "분", "분이")
)
INTERPRETING_HAD_KO = tuple(
    normalise(word)
    for word in (
        *("앱", "어플", "챗봇", "만화", "소설", "웹툰", "메뉴판", "드라마"),  # a tool or a thing translated
        *("없이", "없어", "없었", "없는", "없으", "덕분", "덕에"),  # gone without or thanked
        *("맡겼", "맡김", "맡겨서", "붙여", "붙였", "불러", "불렀", "부름"),  # hired or called in
    )
)
# ... and after 이 or 가 (the interpreting as the one who does), unless a word of ability or work follows ("통역이
# 가능합니다").
INTERPRETING_ABLE_KO = tuple(normalise(word) for word in ("가능", "특기", "전문", "주업무", "업무", "제", "자신"))
INTERPRETING_SUBJECT_KO = frozenset(normalise(word) for word in lexicon.SUBJECT_PARTICLES_KO)


def others_interpreting(clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less interpreting or translating named in Korean as an interpreter, a tool, a thing read, or a
    service gone without, thanked or hired (INTERPRETING_HAD_KO): the writer's only when it is the work done."""

    def had(match: Match) -> bool:
        if match.skill_id != INTERPRETING:
            return False
        form = clause[match.stop - 1].form
        stem = next((stem for stem in INTERPRETING_STEMS_KO if form.startswith(stem)), None)
        if stem is None:
            return False
        after = clause[match.stop].form if match.stop < len(clause) else ""
        rest = form[len(stem) :]
        person = next((word for word in INTERPRETERS_KO if form.startswith(word)), None)
        if person is not None and form[len(person) :] in WITH_OR_BY_KO:
            return True  # "통역사랑 같이", "통역사가 도와줬어요"
        if rest in INTERPRETING_SUBJECT_KO and after:
            return not after.startswith(INTERPRETING_ABLE_KO)  # "통역이 도와줬어요", not "통역이 가능합니다"
        return not rest and after.startswith(INTERPRETING_HAD_KO)

    return [match for match in matches if not had(match)]


# Quality assurance right before its period is a product's warranty, none of the writer's work ("품질 보증 기간
# 지났어요", "냉장고 품질보증 기간 딱 지나고 고장").
WARRANTED = "quality-assurance"
WARRANTY_PERIOD_KO = frozenset(normalise(word) for word in ("기간", "기간이", "기간은", "기간도", "기간을", "기간내"))


def warranties(clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less quality assurance named right before a period (WARRANTY_PERIOD_KO): a warranty."""
    return [
        match
        for match in matches
        if not (
            match.skill_id == WARRANTED and match.stop < len(clause) and clause[match.stop].form in WARRANTY_PERIOD_KO
        )
    ]


def controllers(clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a robot named by its maker's bare name before another of the maker's products: a machine
    tool, a drive or a breaker ("화낙 CNC 선반 3년", "ABB 인버터 파라미터 변경", "Fanuc servo amplifier")."""
    kept = []
    for match in matches:
        words = clause[match.start : match.stop]
        if len(words) == 1 and words[0].form in MAKER_NAMES and match.skill_id.startswith(ROBOT_PREFIX):
            later = [word.form for word in clause[match.stop : match.stop + MAKER_PRODUCT_REACH]]
            if any(form.startswith(MAKER_PRODUCTS) for form in later):
                continue
        kept.append(match)
    return kept


MAKER_NAMES = frozenset(normalise(name) for name in ("fanuc", "화낙", "파낙", "후낙", "abb"))
ROBOT_PREFIX = "robot-"  # the robots' ids: robot-fanuc, robot-abb
# The maker's machine tools, drives and breakers; not its control, labelled both ways.
MAKER_PRODUCTS = tuple(
    normalise(word) for word in (*("cnc", "선반", "mct", "서보", "servo"), *("인버터", "inverter", "차단기"))
)
MAKER_PRODUCT_REACH = 2


def crossed(clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a skill marked with a cross right after it, as a form's box is ("영어 X", "용접 X 지게차 O"):
    not had; the cross a word of its own, not "X-ray" or "3X", nor a mark between two skills ("엑셀 x 파워포인트")."""
    starts = {match.start for match in matches}
    boxes = sum(word.text in CROSSES or word.text in TICKS for word in clause) > 1  # "용접 X 지게차 O"
    return [
        match
        for match in matches
        if not (
            match.stop < len(clause)
            and clause[match.stop].text in CROSSES
            and clause[match.stop].gap == "space"
            and (match.stop + 1 == len(clause) or clause[match.stop + 1].gap != "glued")
            and (boxes or match.stop + 1 not in starts)
        )
    ]


CROSSES, TICKS = frozenset(("X", "x")), frozenset(("O", "o"))


def expired(vocab: Vocabulary, text: str, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a score or a licence that lapses (LAPSING) said to have expired, lapsed or been revoked in the
    words after it, up to the next skill ("오픽 IM2 있었는데 2년 지나서 만료", "TEPS 점수는 유효기간 지나서",
    "1종 보통 면허 있었는데 음주로 취소됐어요", "Had a CCNA but let it lapse", "Class 1 large (expired)"): no longer
    held; not its expiry date ("토익 만료일 3월") nor one ahead ("CCNA 만료 전에 갱신"), nor one taken again since
    ("만료돼서 다시 봤고 새 점수 880"), in the clause or, for its last skill, in the rest of the line's part
    ("Class 1 ordinary license (suspended for 3 months in 2019, reinstated)"); a national certificate never expires
    whatever its holder thinks ("지게차운전기능사 땄는데 만료됨")."""
    kept = []
    for k, match in enumerate(matches):
        if not _lapses(vocab, match):
            kept.append(match)
            continue
        last = k + 1 == len(matches)
        end = len(clause) if last else matches[k + 1].start
        lapsed = next((at for at in range(match.stop, end) if _lapsed(clause, at)), None)
        if lapsed is None or _renewed(clause[lapsed + 1 : end]) or (last and _renewed(_rest_of_part(text, clause))):
            kept.append(match)
    return kept


PART_END = re.compile(r"[\n);]|\.\s")  # a line, a bracket or a sentence ends the part a clause is in


def _rest_of_part(text: str, clause: Sequence[Word]) -> list[Word]:
    """The words after the clause up to the end of its part of the line: ", reinstated)" ends at its bracket."""
    start = clause[-1].end
    ended = PART_END.search(text, start)
    return part_words(text[start : ended.start() if ended else len(text)], start)


def _lapses(vocab: Vocabulary, match: Match) -> bool:
    return vocab.by_id[match.skill_id].category == LANGUAGES or match.skill_id in LAPSING


def _lapsed(clause: Sequence[Word], at: int) -> bool:
    form = clause[at].form
    later = clause[at + 1].form if at + 1 < len(clause) else ""
    earlier = clause[at - 1].form if at > 0 else ""
    if form.startswith(EXPIRED_KO) or form in EXPIRED_EN:
        return True
    if form in ENDED_KO:  # "2년 지나서 만료", "음주로 면허 취소 됐어요"; not "만료 전에", "만료일"
        return not later or later.startswith(BECAME_KO)
    if form in LAPSE_EN:  # "let it lapse"; not "will expire"
        return earlier == "it"
    return form.startswith(PASSED_KO) and earlier.startswith(VALIDITY_KO)  # "유효기간 지나서", "유효 기간이 지났어요"


def _renewed(after: Sequence[Word]) -> bool:
    """A renewal or a retake said after the lapse, up to the next skill, not denied ("다시 봐야 하는데 못 봤어요",
    "haven't retaken it")."""
    return any(
        (word.form.startswith(RENEWED_KO) or word.form in RENEWED_WORDS or _valid_again(after, k))
        and (k == 0 or (after[k - 1].text not in NOT_KO and after[k - 1].form not in NOT_EN))
        for k, word in enumerate(after)
    )


def _valid_again(after: Sequence[Word], k: int) -> bool:
    return k + 1 < len(after) and (after[k].form, after[k + 1].form) == VALID_AGAIN_EN


# The qualifications that lapse besides a language test's score (two years): a driving licence (renewed, revoked),
# a marine officer's licence (five years), a vendor's certificate (three years: CCNA, AWS, CKA).
LAPSING = frozenset(
    (
        *("license-class1-large", "license-class1-ordinary", "license-class2-ordinary", "qual-marine-officer"),
        *("qual-ccna", "qual-aws-saa", "qual-aws-cloud-practitioner", "qual-cka"),
    )
)
EXPIRED_KO = tuple(
    normalise(word)
    for word in (
        *("만료돼", "만료됐", "만료되어", "만료되었", "만료됨", "만료되서", "만료된"),
        *("취소돼", "취소됐", "취소되어", "취소되었", "취소됨", "취소되서", "취소당"),
    )
)
ENDED_KO = frozenset(normalise(word) for word in ("만료", "취소"))
BECAME_KO = tuple(normalise(word) for word in ("돼", "됐", "되어", "되었", "됨", "되서", "당했"))
PASSED_KO = tuple(normalise(word) for word in ("지나", "지났", "지남", "지난", "끝나", "끝났", "끝남"))
VALIDITY_KO = tuple(normalise(word) for word in ("유효기간", "기간", "기한"))
# "expired", and a driving licence's taken away for a while or for good ("suspended for a DUI", "cancelled after a
# speeding case"); a test's sitting cancelled is a language score's lapse as well, not held.
EXPIRED_EN = frozenset(("expired", "lapsed", "revoked", "suspended", "cancelled", "canceled"))
LAPSE_EN = frozenset(("lapse", "expire"))
# A score or licence had again after it lapsed: "다시 봤고 새 점수 880", "재발급 받았어요", "renewed in 2023".
RENEWED_KO = tuple(normalise(word) for word in ("봤", "봐서", "땄", "취득했", "재취득", "재발급", "갱신했", "갱신해"))
RENEWED_WORDS = frozenset(("renewed", "retook", "retaken", "reissued", "reinstated", "restored"))  # not "a new job"
VALID_AGAIN_EN = ("valid", "again")  # "suspended in 2019, valid again since 2020"
NOT_KO = ("안", "못")  # a renewal denied: "못 봤어요"
NOT_EN = frozenset(("not", "never", "havent", "hasnt", "didnt"))  # "haven't retaken it", apostrophes dropped


def instead(clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a skill said right before 대신 with another after it: the other was used instead ("React 대신
    Vue를 씀", "엑셀 대신 파이썬으로 자동화했어요")."""
    return [
        match
        for k, match in enumerate(matches)
        if not (
            match.stop < len(clause)
            and clause[match.stop].text in INSTEAD_KO
            and k + 1 < len(matches)
            and matches[k + 1].start == match.stop + 1  # not on one's behalf: "엑셀 대신 정리해주고"
        )
    ]


INSTEAD_KO = frozenset(("대신", "대신에"))


def announced(vocab: Vocabulary, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less 발표 in a clause of an exam (its part, its pass, its score, or a certificate named) where no
    talk is given: the exam's results announced ("굴착기 실기 발표가 금요일이에요", "정처기 최종 발표만 남았어요",
    "전기기사 취득자 또는 실기 발표 대기자"); not "팀 프로젝트 최종 발표를 맡아 진행했습니다"."""
    said = [
        match for match in matches if match.skill_id == PRESENTATION and clause[match.start].form.startswith(TALK_KO)
    ]
    if not said:
        return list(matches)  # the common case
    examined = any(word.text.startswith(EXAMINED_KO) for word in clause) or any(
        vocab.by_id[match.skill_id].qualification for match in matches
    )
    given = any(word.form.startswith(TALK_GIVEN) for word in clause)
    if not examined or given:
        return list(matches)
    return [match for match in matches if match not in said]


PRESENTATION, TALK_KO = "presentation", normalise("발표")
EXAMINED_KO = ("실기", "필기", "시험", "합격", "가채점", "최종", "성적", "점수", "결과")
# A talk given: its verb, its object, its slides, its role ("발표했어요", "발표를 맡아", "발표 자료", "발표 준비").
TALK_GIVEN = tuple(
    normalise(word)
    for word in (
        *("발표했", "발표함", "발표를", "발표도", "발표하"),
        *("맡", "진행", "자료", "준비", "연습", "잘", "ppt", "피피티"),
    )
)


def spoken(vocab: Vocabulary, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a soft skill said by its verb in a clause that names a language: "communicate verbally in
    Korean" is the language, the way one communicates; its name still counts ("communication skills in English")."""
    if not any(vocab.by_id[match.skill_id].category == LANGUAGES for match in matches):
        return list(matches)  # the common case

    def verb(match: Match) -> bool:
        skill = vocab.by_id[match.skill_id]
        typed = clause[match.start : match.stop]
        if skill.category != SOFT_SKILLS or not all(word.text.isascii() for word in typed):
            return False  # the verbs are English ones (vocab.written_also); "영어로 고객 응대" is a service
        said = "".join(word.form for word in typed if not lexicon.is_quiet(word.form))
        return said not in {normalise(name) for name in _names(skill)}

    return [match for match in matches if not verb(match)]


# A service received, said with 받다 done right after its skill's word ("상담 받았어요", "초음파 검사 받고 왔어요",
# "폴리싱 받음"): the writer was the customer. Not a job's receiving ("고객 상담 받는 업무", "클레임 받아서 8D 작성",
# "입고 받음"), a support (받침, 받이), nor a certificate, a course or training received ("지게차 자격증 받았어요",
# "용접 교육 받음"): those are learned.
RECEIVED_KO = ("받음", "받았", "받으러", "받은", "받아온", "받는")
RECEIVED_AND_BACK_KO = ("받고",)
BACK_KO = ("왔", "옴", "와")
LEARNED_WORDS_KO = frozenset(
    normalise(word) for word in ("교육", "수업", "강의", "훈련", "자격증", "자격", "면허", "인증", "과정", "레슨")
)
JOB_WORD_FORMS = frozenset(normalise(word) for word in ("업무", "일", "일을", "담당", "역할", "직무", "분", "알바"))
CALLERS_FORMS = frozenset(normalise(word) for word in ("고객", "인바운드", "아웃바운드", "전화", "콜센터"))
PASSED_THROUGH_KO = tuple(normalise(word) for word in ("검사", "배송"))
GOODS_RECEIVED_KO = frozenset(normalise(word) for word in ("입고", "클레임", "고객클레임", "재고", "주문", "발주"))
# A machine or a service called in, right after it: hired, not driven ("이사할 때 스카이차 불러서", "통역 불렀어요").
CALLED_KO = ("불러서", "불렀", "불러", "부름", "부르")
# Training received, within three words after it, a time between ("OJT 2주 받고 투입됐어요"): no mentoring given.
TRAINING, TRAINED_KO, TRAINED_REACH = "mentoring", (*RECEIVED_KO, *RECEIVED_AND_BACK_KO), 3
TIME_UNITS_KO = frozenset(normalise(unit) for unit in ("주", "일", "개월", "달", "시간", "주간", "일간"))


def _time_word(word: Word) -> bool:
    """A number or a unit of time: "2", "주" of "OJT 2주 받고"."""
    return word.text.isdigit() or word.form in TIME_UNITS_KO


def received(vocab: Vocabulary, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a service the writer received: a Korean skill's words with 받다 done right after them, a
    training received (TRAINING) or a machine or service called in (CALLED_KO; not a library loaded in code)."""

    def customer(match: Match) -> bool:
        if match.stop >= len(clause):
            return False
        if match.skill_id == TRAINING:
            after = clause[match.stop : match.stop + TRAINED_REACH]
            took = [k for k, word in enumerate(after) if word.text.startswith(TRAINED_KO)]
            return bool(took) and all(_time_word(word) for word in after[: took[0]])
        verb, after = clause[match.stop].text, clause[match.stop + 1 : match.stop + 2]
        if verb.startswith(CALLED_KO):
            return vocab.by_id[match.skill_id].category not in work_words.CODED_CATEGORIES  # not "numpy 불러서"
        last = clause[match.stop - 1]
        back = bool(after) and after[0].text.startswith(BACK_KO)
        passive = last.form.endswith(PASSED_THROUGH_KO)  # "품질 검사 받고 출하": the product was inspected
        if not (verb.startswith(RECEIVED_KO) or (verb.startswith(RECEIVED_AND_BACK_KO) and (back or passive))):
            return False
        if after and after[0].form in JOB_WORD_FORMS:
            return False  # "고객 상담 받는 업무 2년": a job's receiving
        if match.start > 0 and clause[match.start - 1].form in CALLERS_FORMS:
            return False  # "인바운드 상담 받았습니다", "고객 상담 받음"
        return (
            is_hangul(last.form)
            and not vocab.by_id[match.skill_id].qualification
            and not any(last.form.startswith(word) for word in LEARNED_WORDS_KO)
            and last.form not in GOODS_RECEIVED_KO
        )

    return [match for match in matches if not customer(match)]


# What a customer orders, said of delivery or packing as the thing had: "배달 앱", "배달 음식", "포장 이사", "치킨
# 포장 주문", "배달 시킴", "delivery app" (no line of 20,000 claimed the work so; "Food delivery on a motorbike" does).
ORDERED_BY = frozenset(normalise(word) for word in ("배달", "포장", "택배", "배송", "delivery", "택배로"))
ORDERED_THINGS = frozenset(
    normalise(word)
    for word in (
        *("앱", "앱으로", "어플", "음식", "음식을", "주문", "용기", "이사", "이사로", "app", "apps"),
        *("도시락", "도시락을", "meal", "meals", "food", "lunch", "lunches"),  # "점심은 배달 도시락 제공"
        *("시킴", "시켜", "시켰어요", "시켰음", "시켜먹기", "시켜서", "시켰는데"),
        # a parcel tracked, come, sent or late, a takeaway's discount ("배송 조회만", "택배로 보내 주심")
        *("조회", "조회만", "왔는데", "왔어요", "보내", "보냈어요", "할인", "늦어짐", "늦어져서", "보관함", "보관함에"),
    )
)
ORDERED_BY_PREFIXES = tuple(ORDERED_BY)
ORDERED_GLUED = frozenset(by + thing for by in ORDERED_BY for thing in ORDERED_THINGS)  # "포장이사", "배달음식"
# ... unless the clause names the one who delivers through it ("배달 앱 라이더로 1년 근무", "delivery app rider").
RIDERS = frozenset(
    normalise(word)
    for word in (
        *("라이더", "라이더로", "기사", "기사로", "기사님", "파트너", "대행", "배달대행"),
        *("rider", "riders", "driver", "drivers", "courier", "partner", "gig", "ride", "rides"),
    )
)


def ordered(clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less delivery or packing named by its one word right before what a customer orders or has
    (ORDERED_THINGS), with a space or none between ("포장이사 도와줌"), where no rider is named."""

    def customers(match: Match) -> bool:
        form = clause[match.start].form
        if not form.startswith(ORDERED_BY_PREFIXES):  # the common case: a match of no such word
            return False
        named = [word for word in clause[match.start : match.stop] if not lexicon.is_quiet(word.form)]
        if len(named) != 1:
            return False
        if form in ORDERED_BY:
            return match.stop < len(clause) and clause[match.stop].form in ORDERED_THINGS
        return form in ORDERED_GLUED

    ordered_here = [customers(match) for match in matches]
    if not any(ordered_here) or any(word.form in RIDERS for word in clause):
        return list(matches)
    return [match for match, is_ordered in zip(matches, ordered_here, strict=True) if not is_ordered]


# A workplace named by its trade, as a word of its own ("판금 공장에서 절곡기 1년", "냉동 창고에서 지게차", "물류
# 회사에서 재고 관리"; not 공장자동화): beside another skill of the clause it says where that one was done ("…땄어요
# 아빠 크레인 회사 들어감"). Alone, its trade is the work ("단조 공장 근무 2년"); a language before a firm is used with
# it ("중국어 업체 미팅 통역").
WORKPLACES_KO = frozenset(
    normalise(word + ending)
    for word in (
        *("공장", "회사", "업체", "창고", "터미널", "제조사", "제조업체", "가공업체", "납품업체", "학원", "교육장"),
        "사무소",  # a tax or customs office: "윈서버 관리 1년 했어요 작은 세무 사무소"
    )
    for ending in ("", "에서", "의", "에서도", "에서는", "으로", "로")
)
# Words after a workplace named by its trade that make it a landmark or another's shop ("용접 공장 앞 편의점 알바",
# "CNC 공장 식당에서 설거지", "도장 공장 근처로 이사함"): no work of the trade, whatever else the clause names.
LANDMARK_KO = frozenset(
    normalise(word + ending)
    for word in ("앞", "옆", "근처", "건너편", "맞은편", "건물", "식당", "구내식당", "매점", "카페", "편의점")
    for ending in ("", "에서", "에", "으로", "로", "의")
)
# An English firm named by its trade after "at" or "for" or whose it is ("at a Gimhae NDT firm", "my uncle's crane
# company"): said with another skill of the clause, before or after it, it is where that one was done. Not a firm
# named otherwise ("CNC company operator"), nor software ("SAP company codes"; an AI company is a trade).
WORKPLACES_EN = frozenset(
    (
        *("firm", "firms", "company", "companies", "maker", "makers", "manufacturer", "distributor", "supplier"),
        *("shop", "factory", "plant", "startup"),
    )
)
# A trade with a topic's or an object's particle is a phrase of its own, not the word of a workplace after it ("굴착기는
# 학원에서 몰았고 지게차는 회사에서 몰았어요", "지게차를 창고에서 몰았어요"; not 이, 가 or 도, which end names: 관리도).
# Not a course's place: what is done there is learnt ("더존 ERP는 학원에서 배우는 중이고").
OWN_PHRASE_PARTICLES_KO = ("은", "는", "을", "를")
COURSE_PLACES_KO = frozenset(
    normalise(word + ending) for word in ("학원", "교육장") for ending in ("", "에서", "에서도")
)
# A maker's Korean arm between its name and the workplace is the firm's own ("ABB 코리아 공장 식당 조리원": the maker's
# factory, a landmark), as it is before an application (FIRMS_APPLIED_TO).
# ... and so is a tool the firm uses, said with its verb between ("SAP 쓰는 회사에서 택배 상하차": the firm's SAP, the
# writer's loading); alone, its tool may be the writer's work there ("SAP 쓰는 회사 다녀요").
FIRM_ARMS_KO = ("코리아",)
FIRM_USES_KO = ("쓰는", "쓰던", "사용하는", "사용하던")
_BEFORE_FIRMS_KO = frozenset(normalise(word) for word in (*FIRM_ARMS_KO, *FIRM_USES_KO))
FIRM_INTRODUCED_EN = frozenset(("at", "for"))
MANUFACTURERS_EN = frozenset(("maker", "makers", "manufacturer", "manufacturers", "factory", "plant"))
FIRM_REACH = 4  # words from "at" or "for" to the firm: "at a Gimhae NDT firm"
TOOLS_NOT_TRADES = frozenset((SOFTWARE,))


def workplaces(vocab: Vocabulary, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a trade that names the workplace of another skill of the clause, before or after it, or a
    landmark ("용접 공장 앞")."""
    kept: list[Match] = []
    for k, match in enumerate(matches):
        named = {at for other in matches[k + 1 :] for at in range(other.start, other.stop)}  # "지게차 창고 관리"
        stop = (
            match.stop + 1 if match.stop < len(clause) and clause[match.stop].form in _BEFORE_FIRMS_KO else match.stop
        )
        place = clause[stop].form if stop < len(clause) and stop not in named else ""
        later = any(other.skill_id != match.skill_id for other in matches[k + 1 :])
        earlier = any(other.skill_id != match.skill_id for other in matches[:k])
        landmark = stop + 1 < len(clause) and clause[stop + 1].form in LANDMARK_KO
        bare = not clause[match.stop - 1].form.endswith(_MEANS_FORMS)  # not "GraphQL로 학원 홈페이지"
        own = clause[match.stop - 1].text.endswith(OWN_PHRASE_PARTICLES_KO) and place not in COURSE_PLACES_KO
        bare = bare and not own
        korean = (
            place in WORKPLACES_KO
            and bare
            and (landmark or later or (earlier and not _worked_there(clause[match.stop + 1 :])))
        )
        english = place in WORKPLACES_EN and (later or earlier) and _firm(vocab, clause, match)
        english = english or _staff(vocab, clause, match, matches[k + 1 :])
        if (korean or english) and vocab.by_id[match.skill_id].category != LANGUAGES:
            continue
        kept.append(match)
    return kept


# A firm named by its trade, applied to or interviewed at ("NDT 업체 면접 예정", "용접 회사 면접 봤어요", "ABB 코리아에
# 지원하려고요"): the trade is the firm's, not yet the writer's. Not 지원 alone, support given ("용접 업체 지원 업무").
FIRMS_APPLIED_TO = WORKPLACES_KO | frozenset(normalise(word) for word in ("코리아", "코리아에"))
APPLYING_KO = ("면접", "지원했", "지원하려", "지원할", "지원함", "지원해", "입사지원")
APPLYING_REACH = 2  # words after the firm: "업체 다음 주 면접"
JOB_ENDINGS_KO = ("직", "직무", "직군")  # a job by its kind: 영업직, 생산직
JOB_PARTICLES_KO = OWN_PHRASE_PARTICLES_KO  # "사무직을 원합니다"
# A job by its kind sought or wished for ("지금은 사무직을 원합니다", "사무직 찾고 있어요"); not 구합니다 nor 찾습니다,
# a posting's, who seeks people for it ("생산직 구합니다").
JOB_WISHED_KO = ("원합", "원해", "원함", "원하고", "희망", "찾고", "찾는", "찾아요", "찾음")
# ... not its seekers, a posting's addressees ("생산직 희망자 환영", "사무직 희망자는 …"): no wish of the writer's.
JOB_SEEKERS_KO = ("희망자",)
APPLIED_STEM_KO, APPLIED_VERBS_KO = "지원", ("했", "함", "하려", "할", "해")
HIRED_KO, WORKED_MARKS_KO = ("붙", "합격", "일하", "일했", "근무", "다녔", "다니"), ("일했", "근무", "년")


def applied(vocab: Vocabulary, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a trade or a maker said right before a firm the writer applies to or interviews at, and a
    job by its kind applied for or wished for where no pass or work is said after ("영업직 지원하려고요", "사무직을
    원합니다")."""

    def applicant(match: Match) -> bool:
        if match.stop >= len(clause):
            return False
        job = lexicon.less_particle(clause[match.stop - 1].text, JOB_PARTICLES_KO)
        if job.endswith(JOB_ENDINGS_KO):  # a job applied for: "영업직 지원하려고요"
            after = clause[match.stop : match.stop + 2]
            wished = after[0].text.startswith(JOB_WISHED_KO) and not after[0].text.startswith(JOB_SEEKERS_KO)
            return (_applying(after) or wished) and not _hired_after(clause[match.stop + 1 :])
        if clause[match.stop].form not in FIRMS_APPLIED_TO:
            return False
        after = clause[match.stop + 1 : match.stop + 1 + APPLYING_REACH]
        return not vocab.by_id[match.skill_id].qualification and any(w.text.startswith(APPLYING_KO) for w in after)

    return [match for match in matches if not applicant(match)]


def _applying(words: Sequence[Word]) -> bool:
    """The words begin with applying: "지원하려고요", or 지원 split from its verb ("지원 했어요")."""
    if not words:
        return False
    if words[0].text.startswith(APPLYING_KO):
        return True
    return words[0].text == APPLIED_STEM_KO and len(words) > 1 and words[1].text.startswith(APPLIED_VERBS_KO)


def _hired_after(after: Sequence[Word]) -> bool:
    """The words after an application say it was passed or worked at: "생산직 지원해서 붙었고 3년 일했어요"."""
    return any(word.text.startswith(HIRED_KO) or any(mark in word.text for mark in WORKED_MARKS_KO) for word in after)


# A posting's benefit: training, an exam's fee or a certificate's cost the employer pays for ("외국어 교육 지원 (영어·
# 중국어)", "토익·OPIc 응시료 지원", "용접기능사 취득 비용 지원"): what it names is offered, not asked for, unless the
# clause asks for something too ("지게차 운전 가능자 우대 (면허 취득 지원)").
SUPPORTED_KO = frozenset(
    normalise(word)
    for word in ("교육", "응시료", "비용", "학비", "수강료", "취득", "어학", "교육비", "학원비", "수강비")
)
SUPPORT_KO = frozenset(normalise(word) for word in ("지원", "제공"))  # "교육 무료 제공"
SUPPORT_SHARE_KO = frozenset(normalise(word) for word in ("전액", "무료", "일부"))  # between: "응시료 전액 지원"
RECEIVED_SUPPORT_KO, SIGNED_UP_KO = ("받", "해줘", "해줬", "해주"), "신청"
SUPPORT_BODIES_KO = ("팀", "센터", "사업", "프로그램", "기관", "부서", "과정")
TOLD_DONE_KO = ("했", "었", "았", "땄", "업무", "배웠", "배움", "써요", "들음", "담당", "썼")  # the writer's story
ASKED_FORMS = frozenset(normalise(word) for word in ("우대", "필수", "가능자", "소지자", "보유자", "경력", "경험"))


# A training the job runs for its new hires, said after joining ("- 입사 후 OJT 2주 진행 (사수 배정)"): given, not
# asked for; not the writer's story, in which their own running of it is said too ("입사 후 신입 OJT 진행 담당"), nor
# a project run after joining, no training ("입사 후 MES 구축 프로젝트 진행").
JOINING_KO, JOINED_KO, AFTER_KO = normalise("입사"), normalise("입사후"), normalise("후")
RUN_FOR_HIRES_KO = frozenset(normalise(word) for word in ("진행", "실시", "예정"))
TRAINING_KO = tuple(normalise(word) for word in ("ojt", "교육", "연수", "수습", "오리엔테이션"))  # "OJT", "교육과정"


def offered(clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches, or none where the clause is a benefit offered (SUPPORTED_KO then 지원) or a training run for new
    hires (`_for_new_hires`), and asks for nothing."""
    if not (_benefit(clause) or _for_new_hires(clause)) or any(word.form in ASKED_FORMS for word in clause):
        return list(matches)
    told = [word.text for word in clause if not word.text.startswith(SIGNED_UP_KO)]  # "… 지원 사업 신청했어요"
    if any(text.startswith(RECEIVED_SUPPORT_KO) or any(mark in text for mark in TOLD_DONE_KO) for text in told):
        return list(matches)  # the writer's story: "어학 교육 지원 받아서 영어 회화 배웠고", "교육 지원 업무 2년"
    return []


# ... and in English, a skill's course or classes given free, or to the new hires ("Free English classes every
# Wednesday after work", "Training: in-house Python course for all new hires"; not "I teach English conversation
# classes", "Took online courses in Python", nor a clause begun with the writer's verb, past or after I or we:
# "Offered free Python classes to kids", "Ran free English lessons", "I took free Python classes at the library").
COURSES_EN = frozenset(("course", "courses", "class", "classes", "lessons", "lesson"))
COURSE_REACH = 2  # words from the skill to its course: "English conversation classes"
GIVEN_EN = frozenset(("free", "provided", "offered", "hires"))  # "for new hires"
TAKEN_EN = frozenset(("took", "did", "got", "went", "attended", "completed", "finished"))  # past, not in -ed alone


def courses_given(clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a skill whose course a posting gives (COURSES_EN, GIVEN_EN), where the clause asks for none."""
    if not any(word.form in GIVEN_EN for word in clause) or any(word.form in SHIFT_ASKED_EN for word in clause):
        return list(matches)  # the common case
    verb = clause[1] if len(clause) > 1 and clause[0].form in lexicon.WRITER_SUBJECTS_EN else clause[0]  # "I took …"
    if verb.form.endswith("ed") or verb.form in TAKEN_EN or verb.form in TEACHING_EN:
        return list(matches)

    def coursed(match: Match) -> bool:
        return any(word.form in COURSES_EN for word in clause[match.stop : match.stop + COURSE_REACH])

    return [match for match in matches if not coursed(match)]


def _for_new_hires(clause: Sequence[Word]) -> bool:
    joined = clause[0].form == JOINED_KO or (
        len(clause) > 1 and clause[0].form == JOINING_KO and clause[1].form == AFTER_KO
    )
    run = any(word.form in RUN_FOR_HIRES_KO for word in clause)
    return joined and run and any(word.form.startswith(TRAINING_KO) for word in clause)


def given_bracket_end(text: str, clause: Sequence[Word]) -> int:
    """The end of a bracket a benefit's clause opens and leaves open ("응시료 전액 지원 (용접기능사,
    지게차운전기능사)"), whose items the benefit lists too; -1 where there is none."""
    if not _benefit(clause) or any(word.form in ASKED_FORMS for word in clause):
        return -1
    opened = text.rfind("(", clause[0].start, clause[-1].end)
    if opened < 0 or ")" in text[opened : clause[-1].end]:
        return -1
    closed = text.find(")", clause[-1].end)
    return closed if closed >= 0 else len(text)


def _benefit(clause: Sequence[Word]) -> bool:
    """The clause says a thing of SUPPORTED_KO right before 지원 or 제공, or with how much of it between ("응시료
    전액 지원"), and no body that supports after ("교육 지원 팀에서", "교육 지원 사업으로" are a team's and a
    programme's)."""
    for k in range(len(clause) - 1):
        if clause[k].form not in SUPPORTED_KO:
            continue
        at = k + 2 if clause[k + 1].form in SUPPORT_SHARE_KO else k + 1
        body = at + 1 < len(clause) and clause[at + 1].text.startswith(SUPPORT_BODIES_KO)
        if at < len(clause) and clause[at].form in SUPPORT_KO and not body:
            return True
    return False


# Words of a machine designed or analysed: before them, a machine driven ("굴착기 부품 설계", "크레인 구조 해석",
# "forklift design engineer") is the thing engineered, not the writer's operating it.
DESIGNED_KO = ("설계", "해석")  # inside a word too: "기구설계", "구조해석했어요"
DESIGNED_EN = frozenset(("design", "designs", "designed", "designing", "analysis", "simulation"))  # not "designated"
DESIGNED_REACH = 2  # words after the machine: "굴착기 유압 설계"
# A machine driven, by its English name's words (Forklift operation, Gantry crane, Wheel loader operation, Aerial
# work platform); not a system designed as often as run (WMS, SCM, Google Cloud Platform).
DRIVEN = frozenset(("forklift", "crane", "truck", "tractor", "stacker", "carrier", "excavator", "loader", "aerial"))


def designed(vocab: Vocabulary, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a machine driven said right before a word of designing or analysing it."""

    def engineered(match: Match) -> bool:
        after = clause[match.stop : match.stop + DESIGNED_REACH]
        designing = any(word.form in DESIGNED_EN or any(part in word.text for part in DESIGNED_KO) for word in after)
        if not designing or DRIVEN.isdisjoint(word_forms(vocab.by_id[match.skill_id].name_en)):
            return False
        return all(word.gap in ("space", "glued") and not lexicon.is_quiet(word.form) for word in after[:1])

    return [match for match in matches if not engineered(match)]


# A skill said before its English licence or certificate ("forklift licence", "tower crane license", "welding
# certificate") is the qualification for it: the related one whose Korean name begins with the skill's ("지게차
# 운전": 지게차운전기능사, 용접: 용접기능사). Crane operation has none (기중기 is a mobile crane's); a language's
# certificate is said beside the language ("Korean certificate: TOPIK II"). Not 자격증 or 면허, said of several
# certificates of a field ("SQL 자격증": SQLD or SQLP) or denied in passing ("용접 면허 같은 건 없고").
LICENCES = frozenset(normalise(word) for word in ("licence", "license", "certificate"))
# An operator's word between a machine and its licence: "Crane operator licence".
OPERATORS = frozenset(("operator", "operators", "operation", "operating", "driver", "driving", "craftsman"))


def licensed(vocab: Vocabulary, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches with a skill said before its licence read as the field's one related certificate, the licence's
    word with it (an operator's between: "Forklift operator licence"); after "craftsman" its Craftsman one; none
    when several fit and no grade is said."""
    result = list(matches)
    for k, match in enumerate(result):
        stop = match.stop + (match.stop < len(clause) and clause[match.stop].form in OPERATORS)
        exam = stop < len(clause) and _exam_passed(clause, stop)
        if stop >= len(clause) or not (clause[stop].form in LICENCES or exam):
            continue
        skill = vocab.by_id[match.skill_id]
        if skill.category == LANGUAGES:  # "Korean certificate: TOPIK II" names both
            continue
        named = skill.name_ko.replace(" ", "")
        licences = [
            other
            for other in sorted(vocab.related.get(match.skill_id, ()))
            if vocab.by_id[other].qualification
            and vocab.by_id[other].name_ko.startswith(named)
            and (not exam or vocab.by_id[other].name_ko.endswith(DRIVING_LICENCE_KO))  # not "용접 실기 통과"
        ]
        if len(licences) > 1 and clause[match.stop].form == CRAFTSMAN_EN:  # the grade said picks one of the field's
            licences = [other for other in licences if vocab.by_id[other].name_en.startswith(CRAFTSMAN_TITLE_EN)]
        if len(licences) == 1:  # several grades and none said: which is held is not said ("maintenance certificate")
            result[k] = replace(match, skill_id=licences[0], stop=stop + 1)
    return result


CRAFTSMAN_EN, CRAFTSMAN_TITLE_EN = "craftsman", "Craftsman "  # a grade's word, and how the taxonomy's names begin


def _exam_passed(clause: Sequence[Word], at: int) -> bool:
    """The word at `at` is an exam's or its part's, the practical or the whole exam said by EXAM_PASSED_REACH words
    after it, and the clause passes it: after it ("굴착기 실기 오늘 합격", "지게차 필기 붙고 실기까지 합격했습니다",
    "Tower crane practical: passed") or, in English, first ("Passed the forklift written and practical tests"); the
    machine before it is its licence's. Not the written part alone ("지게차 필기 붙었어요")."""
    if not (clause[at].text.startswith(EXAM_WORDS_KO) or clause[at].form in EXAM_WORDS_EN):
        return False
    reach = list(itertools.takewhile(lambda word: word.form not in REACH_ENDS, clause[at : at + 1 + EXAM_PASSED_REACH]))
    whole = next(
        (
            k
            for k, word in enumerate(reach)
            if word.text.startswith(WHOLE_EXAM_KO)
            or (word.form in WHOLE_EXAM_EN and not (k and reach[k - 1].form in WRITTEN_EN))  # not "written test"
        ),
        None,
    )
    if whole is None:
        return False
    passed_first = (
        clause[at].text.isascii()
        and at <= EXAM_PASSED_REACH
        and next((word.form for word in clause if word.form not in WRITER_EN), "") in EXAM_PASSED_EN
    )
    return passed_first or any(
        word.text.startswith(EXAM_PASSED_KO) or word.form in EXAM_PASSED_EN for word in reach[whole + 1 :]
    )


# An exam's words right after a machine: a part or the exam itself ("지게차 필기", "굴착기 시험", "forklift practical").
EXAM_WORDS_KO, EXAM_WORDS_EN = (
    ("실기", "필기", "시험"),
    frozenset(("practical", "written", "test", "tests", "exam", "exams")),
)
# ... the practical or the whole exam among them, the written part alone no licence ("지게차 필기 붙었어요",
# "Passed the forklift written test").
WRITTEN_EN = frozenset(("written", "theory"))
WHOLE_EXAM_KO, WHOLE_EXAM_EN = ("실기", "시험"), frozenset(("practical", "test", "tests", "exam", "exams"))
EXAM_PASSED_KO, EXAM_PASSED_REACH = ("합격", "붙", "통과"), 6
# A pass after another person as its subject is theirs ("지게차 시험 봤는데 동생만 붙었어요"), and one after "but" of
# another part ("Failed the practical of the forklift exam but passed the written"): the reach ends there.
OTHERS_PASSING_KO = frozenset(
    normalise(kin + particle) for kin in stance.KIN_KO for particle in ("이", "가", "은", "는", "만", "도")
)
BUT_EN = "but"
REACH_ENDS = OTHERS_PASSING_KO | {BUT_EN}
EXAM_PASSED_EN = frozenset(("passed", "cleared"))  # past, not a hope ("Forklift test next week, hope I pass")
WRITER_EN = frozenset(("i", "ive"))
DRIVING_LICENCE_KO = "운전기능사"  # a machine's, driven: 지게차운전기능사


# What says the writer worked at a workplace named by its trade, after it: years, or a verb of working ("용접
# 업체에서 5년 일했어요", "배달 업체에서 일해요"); then the trade is the writer's work too, beside an earlier skill.
WORKED_THERE_KO = ("일했", "일해", "일함", "근무")


def _worked_there(after: Sequence[Word]) -> bool:
    return any(
        word.form in lexicon.YEAR_FORMS or word.form in lexicon.MONTH_FORMS or word.text.startswith(WORKED_THERE_KO)
        for word in after
    )


# Staff of a firm named by its trade who do none of it ("CNC shop bookkeeper", "Security guard at a crane yard",
# "Welding supply store clerk"): a job of the office, the door or the road, or another skill said right after the firm.
STAFF_EN = frozenset(
    (
        *("receptionist", "dispatcher", "clerk", "cashier", "guard", "cook", "cleaner", "janitor", "secretary"),
        *("assistant", "hr", "bookkeeper", "accountant", "salesperson", "rep"),
    )
)
STAFFED_FIRMS_EN = WORKPLACES_EN | frozenset(
    ("lab", "yard", "store", "dealer", "contractor", "crew", "team", "academy")
)
STAFF_FIRM_REACH = 2  # words from the trade to its firm: "welding supply store", "crane rental company"


def _staff(vocab: Vocabulary, clause: Sequence[Word], match: Match, later: Sequence[Match]) -> bool:
    """The trade before an English firm is the firm's where the writer is its staff in another job: a job of the
    office or the road named in the clause, or another skill right after the firm ("CNC shop bookkeeper"). Not a
    trade's own worker ("CNC company operator", "welding shop foreman"), nor software."""
    if vocab.by_id[match.skill_id].category in TOOLS_NOT_TRADES or not match.stop < len(clause):
        return False
    if not clause[match.stop - 1].text.isascii():
        return False
    covered = {at for other in later for at in range(other.start, other.stop)}
    firm = _firm_within_reach(clause, match.stop, covered)
    if firm is None:
        return False
    staff = any(word.form in STAFF_EN and at not in covered for at, word in enumerate(clause))
    return staff or any(other.start == firm + 1 and other.skill_id != match.skill_id for other in later)


def _firm_within_reach(clause: Sequence[Word], at: int, covered: set[int]) -> int | None:
    """Where a firm's word stands from `at` on, within STAFF_FIRM_REACH words, none of them in another skill or not a
    word of letters ("welding supply store"; not "Reach stacker and yard tractor")."""
    for k in range(at, min(at + STAFF_FIRM_REACH, len(clause))):
        if k in covered or not clause[k].text.isalpha():
            return None
        if clause[k].form.rstrip("'s’") in STAFFED_FIRMS_EN:
            return k
    return None


def _firm(vocab: Vocabulary, clause: Sequence[Word], match: Match) -> bool:
    """The trade named before an English firm is the firm's: introduced by "at" or "for" or a possessive, and no
    software, unless a thing of two senses made in a factory ("QC at a spring manufacturer")."""
    made = clause[match.stop].form in MANUFACTURERS_EN and clause[match.stop - 1].form in lexicon.DOUBLE_SENSE_FORMS
    if vocab.by_id[match.skill_id].category in TOOLS_NOT_TRADES and not made:
        return False
    before = clause[max(0, match.start - FIRM_REACH) : match.start]
    return any(word.form in FIRM_INTRODUCED_EN or word.text.endswith(("'s", "’s")) for word in before)


# Machines counted as the subject ("타워크레인이 세 대 서 있어요", "지게차가 3대나 있어요"): things seen or owned, not
# work done with them.
MACHINES_COUNTER_KO = "대"
OPERATING_KO = ("운전", "조종", "몰", "관리", "정비", "다루", "다뤄", "다뤘", "작업", "운용")


def counted(clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less machines counted as a clause's subject: a skill's word with 이/가, then a count of 대."""

    def machines(match: Match) -> bool:
        last, after = clause[match.stop - 1].text, [word.text for word in clause[match.stop : match.stop + 2]]
        return (
            last.endswith(lexicon.SUBJECT_PARTICLES_KO)
            and len(after) == 2
            and (after[0].isdigit() or after[0] in lexicon.COUNTS_KO)
            and after[1].startswith(MACHINES_COUNTER_KO)
        )

    seen = [match for match in matches if machines(match)]
    if not seen or any(word.text.startswith(OPERATING_KO) for word in clause):
        return list(matches)  # the common case; "크레인이 두 대인데 둘 다 제가 조종합니다"; not "저는 구경만 했어요"
    return [match for match in matches if match not in seen]


# Short names that name a test only with its score or grade beside them, or alone in the field: "토스" is TOEIC
# Speaking in "토스 IH", "토스 150점", and the payments app or a volleyball pass in "토스로 월세 보냈어요", "배구
# 토스".
SCORED_ONLY = frozenset(normalise(name) + ending for name in ("토스",) for ending in ("", *lexicon.PARTICLE_FORMS))
OTHER_TESTS = ("오픽", "토익", "opic", "toeic", "텝스", "teps", "토플", "toefl", "아이엘츠", "ielts")
_SCORE = re.compile(r"^(?:[ain][lmh]\d?|lv\d*|level\d*|레벨\d*|\d+점?|점|점수|성적|취득|시험|응시)$")


def scored(clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a short name of a test (SCORED_ONLY) said neither alone nor with a score or a grade."""

    def unscored(match: Match) -> bool:
        if match.stop - match.start != 1 or clause[match.start].form not in SCORED_ONLY:
            return False
        after = clause[match.stop : match.stop + 1]  # the score said right after it: "토스 IH", not "토스 포인트 200"
        tested = any(word.text.lower().startswith(OTHER_TESTS) for word in clause)  # "토스랑 오픽 둘 다 IM2"
        return len(clause) > 1 and not tested and not (after and _SCORE.match(after[0].text.lower().replace(".", "")))

    return [match for match in matches if not unscored(match)]


# Social insurance (4대보험) is accounting's work only with a word of administering in the line ("4대보험 신고 업무",
# "담당 업무: 4대보험") or alone in the field; otherwise it is a job's benefit ("4대보험 가입, 중식 제공") or a
# worker's enrolment ("4대보험 가입 희망").
BENEFITS = frozenset(normalise(name) + ending for name in ("4대보험",) for ending in ("", *lexicon.PARTICLE_FORMS))
BENEFIT_MARK = "보험"
ADMINISTERED_KO = ("신고", "업무", "처리", "관리", "취득", "상실", "정산", "실무", "담당")


def benefit_listed(text: str, said: str) -> bool:
    """A clause that is a benefit's name in a line of other clauses, none of which administers anything ("담당
    업무: 4대보험" and "4대보험, 원천세 신고 담당" are accounting's)."""
    if BENEFIT_MARK not in said or normalise(said) not in BENEFITS or normalise(text) in BENEFITS:
        return False  # the common case first: no 보험 said
    return not any(word.startswith(ADMINISTERED_KO) for word in text.split())


def administered(text: str, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a benefit (BENEFITS) said in a line of other words, none of them administering."""

    def benefit(match: Match) -> bool:
        return benefit_listed(text, " ".join(word.text for word in clause[match.start : match.stop]))

    if BENEFIT_MARK not in text:
        return list(matches)  # the common case
    return [match for match in matches if not benefit(match)]


def affirmed(clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less those a negation denies (lexicon.NEGATIONS_*): the skill said right before a Korean one or
    right after an English one, with only filler, a level, years or an adverb of degree between."""
    if not any(
        w.form in lexicon.NEGATION_AFTER_FORMS or w.form in lexicon.NEGATION_BEFORE_FORMS or w.form == _NO_MATTER
        for w in clause
    ):
        return list(matches)  # the common case

    def between(a: int, b: int) -> bool:
        return all(lexicon.is_quiet(w.form) or w.form in lexicon.DEGREE_FORMS for w in clause[a:b])

    denied: set[int] = set()
    for k, word in enumerate(clause):
        if word.form == _NO_MATTER and k > 0 and clause[k - 1].form in _CAREER_FORMS:  # "제관 경력 무관": not asked
            denied.update(m.start for m in matches if m.start < k <= m.stop)
        elif word.form in lexicon.NEGATION_AFTER_FORMS:
            before = [m for m in matches if m.stop <= k]
            if not before or not between(before[-1].stop, k):
                continue
            # A certificate word between is the thing not had ("엑셀 잘함 자격증 없음"); a holding said between keeps
            # what was held ("지게차기능사 있음 경력 없음": no experience, the certificate had).
            paper = any(w.form in _PAPER_FORMS for w in clause[before[-1].stop : k])
            held = any(w.form in _HELD_BETWEEN_FORMS for w in clause[before[-1].start : k])  # with the name's filler
            if not paper and not held:
                denied.add(before[-1].start)
        elif word.form in lexicon.NEGATION_BEFORE_FORMS and not (k + 1 < len(clause) and clause[k + 1].form.isdigit()):
            after = [m for m in matches if m.start > k]  # ("No. 1 in welding" is no negation)
            if after and between(k + 1, after[0].start):
                denied.add(after[0].start)
    return [match for match in matches if match.start not in denied]


# A posting's "no matter": the experience of the skill before it is not asked ("승선 경력 무관", "제관 경력 무관").
_NO_MATTER = normalise("무관")
_CAREER_FORMS = frozenset(normalise(word) for word in ("경력", "경험", "경력은", "경험은"))


# What separates two alternatives that share the words around them ("CNC 선반/밀링", "TIG·MIG 용접"), besides a
# conjunction (lexicon.CONJUNCTIONS: "CNC 선반 및 밀링").
ALTERNATIVES = frozenset("/·∙•&+")


# Particles that join two nouns, glued to the first ("피복아크와 CO2 용접", "기중기랑 천장크레인 운전기능사").
JOINING_PARTICLES = tuple(normalise(particle) for particle in ("이랑", "랑", "와", "과", "하고"))


_PAPER_FORMS = frozenset(normalise(word) for word in ("면허", "자격증", "기능사", "자격"))
_HELD_BETWEEN_FORMS = frozenset(normalise(word) for word in ("있음", "있어요", "있습니다", "보유", "소지", "취득"))
_DOING_AND = normalise("하고")  # a verb's "and" as often as the particle ("용접하고 배관 자격증 땄어요")


def _joined_stem(word: Word) -> str | None:
    """A Korean word less the particle glued to it that joins it to the next noun, if it ends in one."""
    if not is_hangul(word.form):
        return None
    particle = next((each for each in JOINING_PARTICLES if word.form.endswith(each)), None)
    return None if particle is None or word.form == particle else word.form[: -len(particle)]  # not "TIG랑"


def _alternatives(text: str, clause: Sequence[Word], first: Match, second: Match) -> bool:
    if first.stop == second.start:
        between = text[clause[first.stop - 1].end : clause[second.start].start].strip()
        return between in ALTERNATIVES or (not between and _joined_stem(clause[first.stop - 1]) is not None)
    return first.stop + 1 == second.start and clause[first.stop].form in lexicon.CONJUNCTION_FORMS


def shared(vocab: Vocabulary, text: str, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """Two skills written as alternatives share the words before or after them: "CNC 선반/밀링" is CNC lathe and CNC
    milling, "배관/로봇 용접" pipe and robot welding, when that shared reading is a skill's name."""
    result = list(matches)
    for k in range(1, len(result)):
        first, second = result[k - 1], result[k]
        if not _alternatives(text, clause, first, second):
            continue
        before = [word.form for word in clause[first.start : first.stop] if not lexicon.is_quiet(word.form)]
        after = [word.form for word in clause[second.start : second.stop] if not lexicon.is_quiet(word.form)]
        if len(before) > 1 and after == [clause[second.start].form]:  # words before the first: "CNC" of 선반/밀링
            skill_id = vocab.exact.get("".join(before[:-1]) + after[0])
            if skill_id is not None:
                result[k] = replace(second, skill_id=skill_id)
        elif len(before) == 1:  # words after the second: "용접" of 배관/구조 용접
            stem = _joined_stem(clause[first.stop - 1]) or before[0]  # "기중기랑 천장크레인 운전기능사"
            said = [  # its paper too: "굴삭기 면허", not the holding the match took in ("굴삭기 면허 있음")
                word.form
                for word in clause[second.start : second.stop]
                if not lexicon.is_quiet(word.form) or word.form in _PAPER_FORMS
            ]
            particled = is_hangul(stem) and not clause[first.stop - 1].form.endswith(_DOING_AND)  # not "용접하고"
            spoken = (after, said) if particled else (after,)
            shared_ids = (vocab.exact.get(stem + "".join(words[1:])) for words in spoken if len(words) > 1)
            skill_id = next(filter(None, shared_ids), None)
            if skill_id is not None:
                result[k - 1] = replace(first, skill_id=skill_id)
    return result


# Letters of a capitalised English word at least, for it to stand in a list for a name that begins with it
# ("Unity/Unreal"); a Korean word is a name's first word only as a whole word ("6시그마 & 린").
LISTED_FIRST_WORD_MIN = 4


def listed(vocab: Vocabulary, text: str, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """Words listed as alternatives after a skill that name nothing alone share its name's first words ("ISO
    9001/14001/45001" is three standards), or, capitalised, are the first word of the one skill of its kind whose
    name begins so ("Unity/Unreal": Unreal Engine; "6시그마 & 린": 린 생산); a word listed before one shares its last
    words ("방사선·초음파 비파괴검사기능사")."""
    covered = {k for match in matches for k in range(match.start, match.stop)}
    added: list[Match] = []
    for match in matches:
        words = [word.form for word in clause[match.start : match.stop]]
        named = [lexicon.unmarked(form) for form in words[1:]]  # "CO2 용접이 가능하며": 용접, 가능하며
        k = match.start - 1  # words listed before it that share its last words ("방사선·초음파 비파괴검사기능사")
        while named and k >= 0 and k not in covered:
            stem = clause[k].form if _listed_after(text, clause, k + 1) else _joined_stem(clause[k])
            if stem is None:  # "피복아크와 CO2 용접": 피복아크 용접
                break
            shared_ids = (vocab.exact.get(stem + "".join(named[:stop])) for stop in range(len(named), 0, -1))
            skill_id = next(filter(None, shared_ids), None)
            if skill_id is None or skill_id == match.skill_id:
                break
            added.append(Match(k, k + 1, skill_id, "exact", match.score, None))
            k -= 1
        k = match.stop
        while k < len(clause) and k not in covered and _listed_after(text, clause, k):
            skill_id = _listed_skill(vocab, words, clause[k], vocab.by_id[match.skill_id].category)
            if skill_id is None or skill_id == match.skill_id:
                break
            added.append(Match(k, k + 1, skill_id, "exact", match.score, None))
            k += 1
    if not added:
        return list(matches)  # the common case
    return sorted([*matches, *added], key=lambda found: found.start)


def _listed_after(text: str, clause: Sequence[Word], k: int) -> bool:
    return text[clause[k - 1].end : clause[k].start].strip() in ALTERNATIVES


def _listed_skill(vocab: Vocabulary, words: Sequence[str], word: Word, category: str) -> str | None:
    shared_words = vocab.exact.get("".join(words[:-1]) + word.form) if len(words) > 1 else None
    if shared_words is not None:
        return shared_words
    korean = not word.text.isascii()
    if not (korean or (word.text[:1].isupper() and len(word.form) >= LISTED_FIRST_WORD_MIN)):
        return None
    begins = _by_first_word(vocab).get((category, korean, word.form), frozenset())
    return next(iter(begins)) if len(begins) == 1 else None


# Vocabularies whose first words are kept: one per taxonomy version in use, a few while staff edit it.
VOCABULARIES_INDEXED = 4


@lru_cache(maxsize=VOCABULARIES_INDEXED)
def _by_first_word(vocab: Vocabulary) -> Mapping[tuple[str, bool, str], frozenset[str]]:
    """The skills whose name of two words or more begins with a word, by their category, whether the name is the
    Korean one, and that word's form: a word listed looks its skill up here, not through every skill's name."""
    found: dict[tuple[str, bool, str], set[str]] = {}
    for skill in vocab.by_id.values():
        for korean, name in ((True, skill.name_ko), (False, skill.name_en)):
            if " " in name:
                found.setdefault((skill.category, korean, normalise(name.split(" ")[0])), set()).add(skill.id)
    return MappingProxyType({key: frozenset(ids) for key, ids in found.items()})


_ENGINEER, _INDUSTRIAL_ENGINEER = normalise("기사"), normalise("산업기사")
# A grade of a certificate written as a number and 급 ("2급"), and what ends the certificate's name before it: 사 or
# 자 of the person it certifies (유통관리사, 소방안전관리자), or nothing (무역영어).
_GRADE_UNIT = normalise("급")
_HOLDER_ENDINGS = ("", normalise("사"), normalise("자"))
# Letters (Korean: jamo, two syllables) of a field whose qualification is found by its name's beginning: fewer begin
# too many names.
GRADED_FIELD_MIN = 4


def graded(vocab: Vocabulary, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """A field or a skill said with a certificate's grade is that certificate: "유통관리 2급" and "네트워크관리 2급" are
    유통관리사 and 네트워크관리사, not the field; "CO2기능사" is the CO2 welding craftsman's certificate, the one
    related to the skill with that grade whose names hold the words typed. A guess (a word cut short, a slip) said
    with a numbered grade that is no certificate's is dropped: "컴퓨터 2급" is some certificate, not computer vision."""
    result: list[Match] = []
    for match in matches:
        after = clause[match.stop] if match.stop < len(clause) else None
        if after is None or after.gap not in ("space", "glued"):
            result.append(match)
            continue
        typed = "".join(word.form for word in clause[match.start : match.stop])
        if after.form.isdigit() and match.stop + 1 < len(clause) and clause[match.stop + 1].form == _GRADE_UNIT:
            found, stop = _numbered(vocab, typed, after.form + _GRADE_UNIT), match.stop + 2
            if found is None and match.method == "fuzzy" and not vocab.by_id[match.skill_id].qualification:
                continue
            if found is None and vocab.by_id[match.skill_id].qualification:
                result.append(replace(match, stop=stop))  # its own grade: "유관사 2급" as "유통관리사 2급"
                continue
        elif after.form in lexicon.GRADE_FORMS:  # "CO2기능사", "TIG 기능사"
            found, stop = _certificate(vocab, match.skill_id, typed, after.form), match.stop + 1
        else:
            found, stop = None, match.stop
        result.append(match if found is None or found == match.skill_id else replace(match, stop=stop, skill_id=found))
    return result


def _numbered(vocab: Vocabulary, typed: str, grade: str) -> str | None:
    """The qualification of a field said with a numbered grade: the field with the grade or its holder's ending
    ("유통관리" + 사 + 2급), else the one qualification a name of which begins with it ("워드 1급": 워드프로세서)."""
    named = (vocab.exact.get(typed + ending + number) for number in (grade, "") for ending in _HOLDER_ENDINGS)
    found = next((skill_id for skill_id in named if skill_id and vocab.by_id[skill_id].qualification), None)
    if found is not None or len(typed) < GRADED_FIELD_MIN:
        return found
    begun = {
        skill.id
        for skill in vocab.by_id.values()
        if skill.qualification and any(normalise(name).startswith(typed) for name in _names(skill))
    }
    return begun.pop() if len(begun) == 1 else None


def _certificate(vocab: Vocabulary, skill_id: str, typed: str, grade: str) -> str | None:
    """The one qualification related to a skill whose name ends in the grade and whose names hold the typed words;
    else, for a craftsman's grade (기사 is a technician's title too: "에어컨 설치 기사"), the one qualification of all
    whose names of that grade hold one of the skill's names ("티그 기능사", "알곤 기능사": TIG용접기능사 holds "tig";
    "CNC 기능사" is the lathe's or the milling machine's)."""
    found = {
        other
        for other in vocab.related.get(skill_id, ())
        if vocab.by_id[other].qualification
        and any(_of_grade(form, grade) and typed in form for form in map(normalise, _names(vocab.by_id[other])))
    }
    if not found and grade == _CRAFTSMAN:  # a name of three letters at least: "R 기능사" is no RT기능사
        names = tuple(name for name in map(normalise, _names(vocab.by_id[skill_id])) if len(name) >= CERTIFIED_NAME_MIN)
        found = {
            other.id
            for other in vocab.by_id.values()
            if other.qualification
            and any(
                _of_grade(form, grade) and any(name in form for name in names) for form in map(normalise, _names(other))
            )
        }
    return found.pop() if len(found) == 1 else None


_CRAFTSMAN = normalise("기능사")
CERTIFIED_NAME_MIN = 3


def _of_grade(form: str, grade: str) -> bool:
    """A qualification's name of that grade: 기사 ends 산업기사 too, which is another grade."""
    return form.endswith(grade) and not (grade == _ENGINEER and form.endswith(_INDUSTRIAL_ENGINEER))


def _names(skill: Skill) -> tuple[str, ...]:
    return (skill.name_ko, skill.name_en, *skill.aliases)


# Letters of a short form in capitals written in a pair with another ("LC/RC", "PP/ABS").
CODE_LETTERS = (2, 4)


def _code(typed: str) -> bool:
    return CODE_LETTERS[0] <= len(typed) <= CODE_LETTERS[1] and typed.isascii() and typed.isalpha() and typed.isupper()


def paired(vocab: Vocabulary, text: str, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a skill's two letters written in a pair with a short form in capitals that names nothing:
    the pair is two short forms of something else ("TOEIC LC/RC" is listening and reading, not a letter of credit;
    "PP/ABS" two plastics, not PowerPoint), as two letters name too many things to be meant against that evidence."""
    covered = {k for match in matches for k in range(match.start, match.stop)}

    def unknown_code(k: int) -> bool:
        word = clause[k]
        return k not in covered and _code(word.text) and word.form not in vocab.lexicon.words

    def slash(k: int) -> bool:  # a slash between word k - 1 and word k
        return clause[k].gap == "join" and text[clause[k - 1].end : clause[k].start].strip() == "/"

    def in_pair(match: Match) -> bool:
        k = match.start
        if match.stop != k + 1 or len(clause[k].text) != CODE_LETTERS[0] or not _code(clause[k].text):
            return False
        before = k > 0 and slash(k) and unknown_code(k - 1)
        after = k + 1 < len(clause) and slash(k + 1) and unknown_code(k + 1)
        return before or after

    return [match for match in matches if not in_pair(match)]


# Words of making software that say a framework's everyday first word is the framework ("Express 서버에 로그인 기능",
# "Node.js and Express"), besides a software skill in the clause. Narrower than SOFTWARE_WORDS and `beside_code`,
# which keep an alias said alone ("rest"): this adds a skill no alias names, so not "server" (a waiter's, a game's),
# "rest" ("the rest of the day"), nor a data tool beside it (Excel).
CODE_CONTEXT = (*("서버", "미들웨어", "백엔드", "프로젝트", "api", "backend", "back-end", "endpoints", "middleware"),)
_CODE_CONTEXT_FORMS = frozenset(normalise(word) for word in CODE_CONTEXT)
_CODE_CONTEXT_KO = tuple(form for form in _CODE_CONTEXT_FORMS if is_hangul(form))  # with a particle: "미들웨어로"
# A framework whose English name is an everyday word and .js (Express.js), by that word alone, capitalised; not
# Next.js, whose word begins too many lines ("Next week I start as a server", "Next goal is 정보처리기사").
FRAMEWORK_WORDS = frozenset(("express",))
FRAMEWORK_SUFFIX = ".js"
_FRAMEWORK_SUFFIX_FORM = normalise(FRAMEWORK_SUFFIX)
# ... and that word in Korean, a framework's alias, which after another name is that name's firm, train or shop
# ("DHL 익스프레스 배송 기사", "KTX 익스프레스", "판다 익스프레스"), without the same context.
FRAMEWORK_WORDS_KO = frozenset(normalise(word) for word in ("익스프레스",))


def frameworks(vocab: Vocabulary, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches and a framework named by the everyday word of its name in capitals ("Express") in a clause that
    says software is made (CODE_CONTEXT, its particle cut off: "미들웨어로") or names another software skill: not an
    express bus. Its Korean word after another name (FRAMEWORK_WORDS_KO) is the framework only in such a clause."""
    if not any(word.form in FRAMEWORK_WORDS or word.form in FRAMEWORK_WORDS_KO for word in clause):
        return list(matches)  # the common case
    covered = {k for match in matches for k in range(match.start, match.stop)}
    named = [match for match in matches if _named_after(clause, match, covered)]
    coded = any(vocab.by_id[match.skill_id].category == SOFTWARE for match in matches if match not in named)
    context = coded or any(
        word.form in _CODE_CONTEXT_FORMS or (is_hangul(word.form) and word.form.startswith(_CODE_CONTEXT_KO))
        for word in clause
    )
    if not context:
        return [match for match in matches if match not in named]
    added = [
        Match(k, k + 1, skill_id, "exact", 100.0, None)
        for k, word in enumerate(clause)
        if k not in covered
        and word.text[:1].isupper()
        and word.form in FRAMEWORK_WORDS
        and word.form not in vocab.exact
        and (skill_id := vocab.exact.get(word.form + _FRAMEWORK_SUFFIX_FORM)) is not None
    ]
    return sorted([*matches, *added], key=lambda found: found.start) if added else list(matches)


def _named_after(clause: Sequence[Word], match: Match, covered: set[int]) -> bool:
    """The match is a framework's Korean word alone, a space only after a word no skill is named by: a name's second
    word (not after a label: "우대: 익스프레스")."""
    return (
        match.stop - match.start == 1
        and clause[match.start].form in FRAMEWORK_WORDS_KO
        and clause[match.start].gap == "space"
        and match.start - 1 not in covered
    )


# Words of the work done with a tool, each a broader skill's alias, that after a related tool are that tool's work
# ("LS PLC 래더 작성", "화낙 로봇 티칭", "Tableau dashboards"), not the broader skill besides.
TOOL_WORK = ("래더", "ladder", "티칭", "대시보드", "dashboard", "dashboards")
TOOL_WORK_FORMS = frozenset(normalise(word) for word in TOOL_WORK)


HEAD_PARTICLES_KO = ("을", "를", "은", "는", "도")  # a word of work with its particle: "와이어 하네스 조립을 1년"

# Office work (사무, office administration's word) said right after a logistics or shipbuilding field is that field's
# desk work, the field alone ("항만 물류 사무 1년", "Forwarding 사무 6개월", "선박대리점 사무"), as 무역 사무 is trade
# administration; alone or after a word of no field it is office work ("사무 보조 1년", "일반 사무"), and after a soft
# skill, a program or a language, a skill of no field, a second skill ("회계 사무 보조").
OFFICE_WORK_FORM = normalise("사무")
# The fields whose desk work is the field's own (logistics and shipbuilding only); not a program's, data's or a
# language's, a skill used at any desk: "Excel 사무 보조 1년", "ERP 사무 1년", "영어 사무 보조" are office work too.
DESK_FIELD_CATEGORIES = frozenset(("logistics_equipment", "shipbuilding_marine"))
_NO_FIELD_CATEGORIES = frozenset((SOFT_SKILLS, SOFTWARE, LANGUAGES))
# ... after a workplace only a logistics field's desk ("항만 배후단지 창고 사무"); a trade's is office work there
# ("용접 공장 사무 1년": office administration at a welding shop, no welding).
LOGISTICS_CATEGORY = "logistics_equipment"


def heads(vocab: Vocabulary, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a word of work (lexicon.ACTIVITIES), or of a skill broader than the one before it, said
    right after a skill with only a space between: it is the work done with that skill, not a second one ("C++
    프로그래밍", "하네스 조립", "TIG welder"), or a word a name of the skill before ends in ("PT 검사": 침투검사; so a
    list: "UT·PT 검사"). Anything between them ("용접 및 조립", "C++, 코딩") lists two skills.
    A broader related skill right before a narrower one is the narrower one's field ("Excel 매크로" is Excel VBA)."""
    kept: list[Match] = []
    for match in matches:
        before = kept[-1] if kept else None
        words = [word for word in clause[match.start : match.stop] if not lexicon.is_quiet(word.form)]
        head = (
            before is not None
            and before.stop == match.start
            and len(words) == 1
            and words[0] is clause[match.start]
            and words[0].gap in ("space", "glued")
            and (
                words[0].form in lexicon.ACTIVITY_FORMS
                or normalise(lexicon.less_particle(words[0].text, HEAD_PARTICLES_KO)) in lexicon.ACTIVITY_FORMS
                or (_broader(vocab, match.skill_id, before.skill_id) and not vocab.by_id[before.skill_id].qualification)
                or (words[0].form in TOOL_WORK_FORMS and match.skill_id in vocab.related.get(before.skill_id, ()))
                or (match.stop == match.start + 1 and _ends_a_name(vocab.by_id[before.skill_id], words[0].form))
                or (
                    match.stop == match.start + 1
                    and _ends_a_kins_name(vocab, before.skill_id, match.skill_id, words[0].form)
                )
                or (
                    match.stop == match.start + 1
                    and _kinds_trait_word(vocab, before.skill_id, match.skill_id, words[0].form)
                    and not _with_people(clause, match.stop)
                )
            )
        )
        if before is not None and _named_head(vocab, clause, before, match):
            kept[-1] = replace(before, stop=match.stop)  # its words are the skill's: "RTG 크레인 운전"
            continue
        if before is not None and _office_of_field(vocab, clause, before, match):
            kept[-1] = replace(before, stop=match.stop)  # the field's words: "항만 사무직 원해요" is wished for
            continue
        if before is not None and _office_at_trade_site(vocab, clause, before, match):
            kept[-1] = replace(match, start=before.start)  # the trade names the place only: "용접 공장 사무 1년"
            continue
        if head:
            continue
        if (
            before is not None
            and _adjacent(clause, before, match)
            and _field(vocab, before.skill_id, match.skill_id)
            and not vocab.by_id[before.skill_id].qualification  # two certificates in a row are two held
        ):
            kept[-1] = match  # a broader related skill said right before a narrower one is its field: "Excel 매크로"
        else:
            kept.append(match)
    return kept


# "CI", a trade paper's initials (commercial invoice) and continuous integration's: which one the clause's other
# words say, software's ("CI pipeline", "tests that run on CI", "GitHub, CI, Docker") or trade's ("CI and PL for
# export"); with neither, a company's identity as often ("Our company CI is blue and white").
SHARED_INITIALS = normalise("CI")
CI_SOFTWARE_EN = frozenset(
    ("pipeline", "pipelines", "test", "tests", "unit", "build", "builds", "deploy", "deployment", "actions", "jenkins")
)
CI_TRADE = frozenset(
    normalise(word)
    for word in ("pl", "b/l", "bl", "packing", "shipment", "shipments", "export", "import", "po", "co", "선적", "수출")
)


def initials(vocab: Vocabulary, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches with "CI" read as the trade paper only beside trade's words, as CI/CD beside software's, and as
    neither beside none of them."""
    shared = {
        k
        for k, match in enumerate(matches)
        if match.stop == match.start + 1 and clause[match.start].form == SHARED_INITIALS
    }
    paper = vocab.exact.get(SHARED_INITIALS)
    if not shared or paper is None:
        return list(matches)  # the common case
    others = [vocab.by_id[match.skill_id].category for k, match in enumerate(matches) if k not in shared]
    forms = {word.form for word in clause}
    if vocab.by_id[paper].category in others or forms & CI_TRADE:
        return list(matches)
    software = any(category in CODE_CATEGORIES for category in others) or bool(forms & CI_SOFTWARE_EN)
    ci = vocab.exact.get(normalise("CI/CD")) if software else None
    if ci is None:
        return [match for k, match in enumerate(matches) if k not in shared]
    return [replace(match, skill_id=ci) if k in shared else match for k, match in enumerate(matches)]


# A shipyard said right before its painting: the painting is a ship's ("조선소 도장 2년", "조선소 도장부에서 1년").
SHIPYARDS_KO = ("조선소", "조선소에서", "조선소의", "조선")
_SHIPYARD_FORMS = frozenset(normalise(word) for word in SHIPYARDS_KO)
SHIPS_PAINTING = ("painting-coating", "ship-painting")


def shipyards(vocab: Vocabulary, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches with a painting said right after a shipyard read as a ship's painting."""
    general, ships = SHIPS_PAINTING
    if ships not in vocab.by_id:
        return list(matches)
    return [
        replace(match, skill_id=ships)
        if match.skill_id == general and match.start > 0 and clause[match.start - 1].form in _SHIPYARD_FORMS
        else match
        for match in matches
    ]


# Words of a made thing said after a skill's name: the name is what it was made by, the thing the work after was done
# on ("주물 부품 연삭": grinding cast parts; "용접 구조물 도장": painting welded steel; "도금 제품 포장").
WORKPIECES_KO = ("부품", "제품", "가공품", "구조물", "비드", "부위", "완제품", "반제품", "버킷", "부속")
_WORKPIECE_FORMS = frozenset(normalise(word) for word in WORKPIECES_KO)
WORKPIECE_REACH = 1  # words between the thing and the work done on it: "주물 부품 외관 검사"
# ... and an English word of a machine's part after a machine's name, with a skill of other work in the clause: the
# machine is the thing worked on, not driven ("Welded excavator buckets", "Machined forklift parts on a CNC lathe",
# "Repaired crane parts by welding them"); the machine alone is driven ("Ran an excavator", "Excavator operator"). A
# machine's, not any logistics skill's: "Sourced parts from Chinese suppliers" is purchasing.
MACHINE_PARTS_EN = frozenset(
    (
        *("part", "parts", "bucket", "buckets", "attachment", "attachments", "blade", "blades", "boom", "booms"),
        *("tyre", "tyres", "tire", "tires", "engine", "engines", "manual", "manuals"),
    )
)


# Things of the floor a generic skill's word is done on, said before it: what it was done on, not another kind of
# thing ("교량 용접 2년" is welding, as "paper press" is no press operation).
FLOOR_THINGS_KO = (
    *("구조물", "교량", "탱크", "플랜지", "브라켓", "케이스", "프레임", "하우징", "샤프트", "철골", "선체"),
    *("제품", "부품", "완제품", "모듈", "라벨", "자재", "원자재"),  # the thing inspected, packed, painted
    *("유닛", "펌프", "밸브", "감속기", "기어박스", "실린더", "패드", "모터", "엔진", "버킷"),  # machines' parts
)
_FLOOR_THINGS_FORMS = frozenset(normalise(word) for word in FLOOR_THINGS_KO)


def workpieces(vocab: Vocabulary, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a skill of the floor named right before a word of a made thing (WORKPIECES_KO) and another
    skill of work after it, or a machine's before an English word of its parts (MACHINE_PARTS_EN): the thing the
    work was done on, not a second skill ("주물 부품 연삭 2년" is grinding, "Welded excavator buckets" welding;
    "주물 부품 만들어요" and "주조하고 보링도 했어요" keep casting)."""
    dropped: set[int] = set()
    for k, match in enumerate(matches):
        thing = match.stop
        if (
            _machine_worked_on(vocab, clause, match, matches)
            or (
                thing < len(clause)
                and clause[thing].form in _WORKPIECE_FORMS
                and clause[thing].gap == "space"
                and not _with_particle(vocab, clause[thing - 1])  # "측정기로 부품 측정": the means, then the thing
                and vocab.by_id[match.skill_id].category not in CODE_CATEGORIES
                and any(thing < later.start <= thing + 1 + WORKPIECE_REACH for later in matches[k + 1 :])
            )
        ):
            dropped.add(k)
    return [match for k, match in enumerate(matches) if k not in dropped]


def _machine_worked_on(vocab: Vocabulary, clause: Sequence[Word], match: Match, matches: Sequence[Match]) -> bool:
    """A machine's name right before an English word of its parts (MACHINE_PARTS_EN), with a skill of another kind
    of work anywhere in the clause: the parts are what that work was done on."""
    thing = match.stop
    return (
        match.skill_id in GOODS_MACHINES
        and thing < len(clause)
        and clause[thing].form in MACHINE_PARTS_EN
        and clause[thing].gap == "space"
        and any(other.skill_id not in GOODS_MACHINES for other in matches)
    )


def _with_particle(vocab: Vocabulary, word: Word) -> bool:
    """A Korean word typed with a particle glued to a name ("측정기로"), not a name of its own ending so ("회로")."""
    return word.form not in vocab.exact and lexicon.less_particle(word.text, common_words.PARTICLES) != word.text


# A posting's "who has done it" after a name's head: "[우대] KUKA 로봇 경험자" is the brand's robot. Not filler, which
# would let a slip be read beside it ("조리 경험자" is cooking, no 조립).
DONE_BY_FORMS = frozenset(normalise(word) for word in ("경험자", "경력자"))


def _named_head(vocab: Vocabulary, clause: Sequence[Word], before: Match, match: Match) -> bool:
    """A run right after a skill of the word its name ends in and words of the work done or filler: the skill is a
    kind of that thing ("RTG 크레인 운전" is the gantry crane driven, "EOT 크레인 운전" the overhead crane), not a
    second, broader skill; an alias's last word says no kind ("linux 서버 관리" is also server administration)."""
    first, *rest = clause[match.start : match.stop]
    return (
        before.stop == match.start
        and bool(rest)
        and first.gap in ("space", "glued")
        and _ends_a_name(vocab.by_id[before.skill_id], first.form, names_only=True)
        and all(
            lexicon.is_quiet(word.form)
            or word.form in DONE_BY_FORMS
            or word.form in lexicon.ACTIVITY_FORMS
            or word.form in work_words.WORK_DONE_SAID_FORMS
            for word in rest
        )
    )


def _ends_a_kins_name(vocab: Vocabulary, skill_id: str, read_as: str, form: str) -> bool:
    """A name of a related skill of the same field ends in the word, read as a skill unrelated to both: the skill
    before is a kind of that thing and the word its own ("이더캣 네트워크 설정", "Modbus 네트워크 점검": a fieldbus, an
    industrial network, no network administration); not a related skill itself ("선반 밀링", "AutoCAD drafting")."""
    related = vocab.related.get(skill_id, frozenset())
    if read_as in related or skill_id in vocab.related.get(read_as, ()):
        return False
    category = vocab.by_id[skill_id].category
    return any(
        kin != read_as
        and vocab.by_id[kin].category == category
        and _ends_a_name(vocab.by_id[kin], form, names_only=True)
        for kin in related
    )


# Two Korean syllables, in the jamo a normalised Korean word is spelt in: one syllable has three at most.
KOREAN_SYLLABLES_MIN = 4


def _kinds_trait_word(vocab: Vocabulary, skill_id: str, read_as: str, form: str) -> bool:
    """The word, read as a soft skill, ends a name of a skill of the field of the one before, a bus or a network's
    (`_bus`): that thing's own word, no trait ("Modbus RTU communication", as CAN communication is a bus's; no
    communication skill); not a controller's ("PLC communication with the client team": the writer's)."""
    category = vocab.by_id[skill_id].category
    return (
        vocab.by_id[read_as].category == SOFT_SKILLS
        and category not in _NO_FIELD_CATEGORIES
        and _bus(vocab, skill_id)
        and any(skill.category == category and _ends_a_name(skill, form) for skill in vocab.by_id.values())
    )


def _bus(vocab: Vocabulary, skill_id: str) -> bool:
    """A bus or a protocol: its name says a bus or a network (CAN bus, Industrial networking), or it is one of such a
    skill's kinds (Modbus, EtherCAT relate to Industrial networking; PLC programming relates to Modbus, no network)."""

    def named_so(skill: Skill) -> bool:
        names = (skill.name_en.lower(), skill.name_ko)
        return any(word in name for name in names for word in BUS_NAME_WORDS)

    skill = vocab.by_id[skill_id]
    return named_so(skill) or any(named_so(vocab.by_id[kin]) for kin in vocab.related.get(skill_id, ()))


def _with_people(clause: Sequence[Word], after: int) -> bool:
    """A "with" right after the word: whom the writer talks with ("communication with the client team")."""
    return after < len(clause) and clause[after].form == WITH_EN


# Words of a bus's or a network's name (CAN bus, 산업용 네트워크, Industrial networking (fieldbus)).
BUS_NAME_WORDS = ("bus", "network", "protocol", "통신", "네트워크")
WITH_EN = "with"


def _ends_a_name(skill: Skill, form: str, *, names_only: bool = False) -> bool:
    """Some name or alias of the skill ends in it after two letters or more ("침투검사" in 검사; not "포크레인" in
    크레인, a brand's syllables), or in its English singular ("STS cranes": ship to shore crane)."""
    spellings = (skill.name_ko, skill.name_en, *(() if names_only else skill.aliases))
    said = (form, form[:-1]) if form.isascii() and form.endswith("s") else (form,)
    return any(
        name.endswith(word) and _word_before(name[: -len(word)])
        for name in (normalise(one) for one in spellings)
        for word in said
    )


def _word_before(letters: str) -> bool:
    """Two letters or more, or two Korean syllables: a word of the name, not a brand's syllable (포 of 포크레인)."""
    return len(letters) >= (2 if letters.isascii() else KOREAN_SYLLABLES_MIN)


# Work done on a thing, which a trait is not: a soft skill read with a slip right before it is the thing's word typed
# ("탄소섬유 적층 작업" is no 적응 작업).
_DONE_ON_THINGS = lexicon.WORK_DONE_FORMS | frozenset((normalise("작업"),))


def untraited(vocab: Vocabulary, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a soft skill read with a slip in a Korean word right before work done on a thing (작업, 수리,
    교체...), or right after a thing's code in capitals ("CFRP 적층"): traits are not worked on, so the word is the
    thing's."""
    return [
        match
        for match in matches
        if not (
            match.method == "fuzzy"
            and vocab.by_id[match.skill_id].category == SOFT_SKILLS
            and not clause[match.start].form.isascii()
            and (
                any(word.form in _DONE_ON_THINGS for word in clause[match.start + 1 : match.stop + 1])
                or (match.start > 0 and _code_word(clause[match.start - 1].text))
            )
        )
    ]


# Capital letters that make a word a thing's code ("CFRP", "SUS304").
CODE_CAPITALS = 2


def _code_word(text: str) -> bool:
    """A thing's code in capitals, digits maybe: "CFRP", "SUS304", "A6061"."""
    return text.isascii() and text.isalnum() and sum(char.isupper() for char in text) >= CODE_CAPITALS


def completing(vocab: Vocabulary, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less a word that names its skill only as the edition of the skill's product ("MVC" of "Spring
    MVC", where Spring alone is the skill) typed right after another skill's name: it says that product's edition
    ("ASP.NET MVC"), not a second skill."""
    kept: list[Match] = []
    for match in matches:
        before = kept[-1] if kept else None
        if (
            before is not None
            and match.stop == match.start + 1
            and _adjacent(clause, before, match)
            and before.skill_id != match.skill_id
            and _edition(vocab, match.skill_id, clause[match.start].form)
            and not _exams_level(vocab, before, match)
        ):
            continue
        kept.append(match)
    return kept


def _exams_level(vocab: Vocabulary, before: Match, match: Match) -> bool:
    """The word is a level of a certificate related to the skill before it, its exam's ("일본어 N2": JLPT N2 of
    Japanese), not another product's edition ("ASP.NET MVC")."""
    return vocab.by_id[match.skill_id].qualification and match.skill_id in vocab.related.get(before.skill_id, ())


def _edition(vocab: Vocabulary, skill_id: str, form: str) -> bool:
    """The word is no name of the skill alone and every name holding it has it right after a word that is."""
    if form in vocab.exact:
        return False
    skill = vocab.by_id[skill_id]
    named = [word_forms(name) for name in (skill.name_ko, skill.name_en, *skill.aliases)]
    places = [(words, k) for words in named for k, word in enumerate(words) if word == form]
    return bool(places) and all(k > 0 and vocab.exact.get(words[k - 1]) == skill_id for words, k in places)


def _office_of_field(vocab: Vocabulary, clause: Sequence[Word], before: Match, match: Match) -> bool:
    """The match is office work said right after a logistics or shipbuilding skill (DESK_FIELD_CATEGORIES), or, a
    logistics field's, after a workplace or the field's word again after it ("Port logistics 배후단지 창고 사무"):
    that field's desk."""
    field = vocab.by_id[before.skill_id]
    site = field.category == LOGISTICS_CATEGORY and _site_between(vocab, clause, before, match)
    return (
        field.category in DESK_FIELD_CATEGORIES
        and _office_after_field(vocab, before, match)
        and (_adjacent(clause, before, match) or site)
    )


def _office_at_trade_site(vocab: Vocabulary, clause: Sequence[Word], before: Match, match: Match) -> bool:
    """The match is office work at a trade's workplace said between ("용접 공장 사무 1년"): the office's work there,
    the trade naming the place only; a logistics field's is its desk (`_office_of_field`)."""
    field = vocab.by_id[before.skill_id]
    return (
        field.category != LOGISTICS_CATEGORY
        and _office_after_field(vocab, before, match)
        and _site_between(vocab, clause, before, match)
    )


def _office_after_field(vocab: Vocabulary, before: Match, match: Match) -> bool:
    field = vocab.by_id[before.skill_id]
    return (
        match.skill_id == vocab.exact.get(OFFICE_WORK_FORM)
        and field.category not in _NO_FIELD_CATEGORIES
        and not field.qualification
    )


def _site_between(vocab: Vocabulary, clause: Sequence[Word], before: Match, match: Match) -> bool:
    """A workplace said between a field's skill and the match, its field's word again or not ("배후단지 창고")."""
    between = clause[before.stop : match.start]
    return (
        0 < len(between) <= 2
        and all(word.form in _WORK_SITES_FORMS or vocab.exact.get(word.form) == before.skill_id for word in between)
        and between[-1].form in _WORK_SITES_FORMS
        and all(word.gap == "space" for word in (*between, clause[match.start]))
    )


def _field(vocab: Vocabulary, broad: str, narrow: str) -> bool:
    """A skill the taxonomy relates to a narrower one whose name holds its words ("Excel" of "Excel VBA")."""
    return narrow in vocab.related.get(broad, ()) and _broader(vocab, broad, narrow)


def _adjacent(clause: Sequence[Word], before: Match, match: Match) -> bool:
    """Said right after it, with no particle joining the two ("용접기능사랑 특수용접기능사" lists two)."""
    joined = _joined_stem(clause[before.stop - 1]) is not None
    return before.stop == match.start and clause[match.start].gap in ("space", "glued") and not joined


def _broader(vocab: Vocabulary, broad: str, narrow: str) -> bool:
    """A skill whose name in either language is some of the other's words ("Welding" of "TIG welding")."""
    a, b = vocab.by_id[broad], vocab.by_id[narrow]
    return any(
        0 < len(words) < len(other) and set(words) < set(other)
        for words, other in (
            (word_forms(a.name_ko), word_forms(b.name_ko)),
            (word_forms(a.name_en), word_forms(b.name_en)),
        )
    )


# Adverbs of the time now, said of the verb: no kind of the thing after them.
NOW_KO = ("현재", "지금", "요즘", "최근", "요새")
# ... nor a certificate's holding said before the work ("용접기능사 땄고 용접 2년"); not 후, after a thing as often
# ("세차 후 도장 관리").
THEN_KO = ("땄고", "따고", "있고", "있으며", "보유")
_THEN_FORMS = frozenset(normalise(word) for word in THEN_KO)
# ... nor "after" a milestone of the writer's ("취득 후 용접 2년", "전역 후 용접 2년").
_AFTER_FORMS = frozenset(normalise(word) for word in ("후", "이후", "후에"))
_MILESTONE_FORMS = frozenset(normalise(word) for word in ("취득", "합격", "전역", "제대", "졸업", "입사", "수료"))
_NOW_FORMS = frozenset(normalise(word + ending) for word in NOW_KO for ending in ("", "은", "는", "도", "에", "에는"))
# Endings of a Korean word said of the verb, not of the noun after it: particles of where, from when, with what, and
# a predicate's endings that join the next ("않고", "하며", "했지만"; not 고 alone, which ends nouns: 최고, 광고).
ADVERBIAL_FORMS = tuple(
    normalise(ending)
    for ending in (
        *("에서", "에게", "으로", "까지", "부터", "하고", "않고", "했고", "하며", "하면서", "지만", "는데"),
        *("해서", "돼서", "나서", "가서", "와서"),  # a verb's before: "시작해서 용접 3년차", "입사해서 용접 3년차"
    )
)


def _firm_named(word: Word) -> bool:
    """The Korean word is a firm's name by its ending (FIRM_ENDINGS_KO), a particle of place after it or not."""
    name = lexicon.less_particle(word.text, FIRM_PARTICLES_KO)
    return len(name) >= FIRM_MIN_SYLLABLES and is_hangul(word.form) and name.endswith(FIRM_ENDINGS_KO)


# The categories of the floor's equipment and trades, whose generic heads ("maintenance", "operation") after a thing
# of code are that code's: "Kafka cluster maintenance" is no Equipment maintenance.
_EQUIPMENT_CATEGORIES = frozenset(("machining", "electrical_plc", "logistics_equipment", "shipbuilding_marine"))
# Things of code a generic head is said of ("server maintenance", "DB maintenance", "legacy code maintenance").
_CODE_THINGS_FORMS = frozenset(
    normalise(word)
    for word in (
        *("cluster", "clusters", "server", "servers", "code", "codebase", "db", "database", "databases", "website"),
        *("서버", "코드", "클러스터", "데이터베이스", "홈페이지"),
    )
)


def specific(vocab: Vocabulary, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches that are not a generic word ending a phrase whose other word the taxonomy does not know: the
    head of "turf maintenance" or "paper press" is that other thing, not Equipment maintenance or Press operation.
    A word the taxonomy knows ("선박 용접"), filler ("maintenance 경험") or capitals (SMT) keep the skill, and so does
    a word after it ("apply insulation strips"), where the generic word is itself a modifier; a thing of code before
    an equipment head makes it the code's ("Hadoop cluster maintenance")."""

    def generic(match: Match) -> bool:
        word = clause[match.start]
        one_word = match.stop - match.start == 1 and not word.text.isupper()
        language = vocab.by_id[match.skill_id].category == LANGUAGES  # "Biz English", "technical English": a register
        return one_word and not language and vocab.spread.get(word.form, 0) >= GENERIC_MIN_SKILLS

    doubtful = [match for match in matches if generic(match)]
    if not doubtful:  # the common case: nothing to check
        return list(matches)
    covered = {k for match in matches for k in range(match.start, match.stop)}

    def modified(k: int, stop: int) -> bool:
        """An unknown word right before word k, in the same run of words, that can make a thing of it (not "I like",
        "did", "in": lexicon.GRAMMAR); a word cut short before a dot ("Ltd. python", "Adv. excel") modifies nothing."""
        if k == 0 or k - 1 in covered or clause[k].gap in ("break", "dot", "join"):
            return False  # joined by a slash or a spaced dash, a list's or a heading's: "필수 - Azure 실무 경험"
        if _code(clause[k - 1].text):  # a code in capitals says which kind of the thing ("ABS 사출", "ED 도장")
            return False
        form = clause[k - 1].form
        said_of = stop < len(clause) and clause[stop].gap != "break"  # work said after it, not the thing alone
        if said_of and form.endswith(ADVERBIAL_FORMS):  # "이전 회사에서 엑셀 담당", "쉬지 않고 용접 3년"
            return False  # where, or a predicate before: not which kind ("병원에서 검사", "최고 품질" are)
        if form in _NOW_FORMS or form in _THEN_FORMS:  # "현재 용접 15년차": when, not which kind
            return False
        if form in _WORK_SITES_FORMS or form in work_words.PLACE_FORMS:  # "조선소 용접 2년": where, not which kind
            return False
        if _firm_named(clause[k - 1]):
            return False
        if is_hangul(form) and (form.endswith(_NO_MODIFIER_ENDINGS) or form in _ADVERBS_FORMS):
            return False  # a predicate's or a topic's word, or an adverb: "지원자는 용접 10년", "이미 용접 5년 차"
        if form in _AFTER_FORMS and k > 1 and clause[k - 2].form in _MILESTONE_FORMS:  # "취득 후 용접 2년"
            return False
        unknown = not lexicon.is_quiet(form) and form not in vocab.lexicon.words and not form[:1].isdigit()
        unknown = unknown and form not in work_words.WORK_SAID_FORMS  # work's own words: "부품 도장", "production line"
        unknown = (
            unknown and form not in _FLOOR_THINGS_FORMS
        )  # a thing of the floor worked on: "교량 용접", "탱크 용접"
        return unknown and form not in lexicon.GRAMMAR_FORMS and form not in lexicon.WRITER_SUBJECT_FORMS

    def ends_phrase(k: int) -> bool:
        """Nothing but filler, a level, years or a quantity after word k - 1 before the clause or the run ends: a
        number with a unit ("100kg", "3단") measures the thing named, as years measure a skill."""
        if k == len(clause) or clause[k].gap == "break":
            return True
        form = clause[k].form
        return lexicon.is_quiet(form) or (form[:1].isdigit() and form not in vocab.lexicon.words)

    def of_code(match: Match) -> bool:
        """A head of the floor's equipment after a thing of code: a word that names one right before it ("server
        maintenance"), or a skill written in code right before it or with one word between ("Hadoop cluster
        maintenance", "Legacy Java code maintenance"): the code's upkeep, no machine's."""
        k = match.start
        if k == 0 or vocab.by_id[match.skill_id].category not in _EQUIPMENT_CATEGORIES:
            return False
        if clause[k].gap in ("break", "dot", "join"):
            return False
        if clause[k - 1].form in _CODE_THINGS_FORMS:
            return True
        between = k - 1 not in covered and clause[k - 1].gap not in ("break", "dot", "join")
        return any(
            vocab.by_id[before.skill_id].category in CODED and (before.stop == k or (between and before.stop == k - 1))
            for before in matches
        )

    dropped = [
        match for match in doubtful if (modified(match.start, match.stop) or of_code(match)) and ends_phrase(match.stop)
    ]
    return [match for match in matches if match not in dropped]
