"""The words around skills: filler, levels, years, Korean particles and endings, in both languages.

Words are listed as people write them and compared after normalise(), like every skill form. A word here is
never a skill by itself, but can be part of one ("communication skills", "용접작업"): the longest skill form wins
before a word is read as filler.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType

from jobsfez.skills.match.normalise import normalise
from jobsfez.skills.match.typos import WordIndex

# Words that say nothing about which skill: experience, ability, possession, politeness, connectors.
# Work done on a thing, as 설치, 가공 or 조작 is ("Invertor setup", "인버더 교체", "포토샾 보정", "WAS 구축"), a
# machine's settings, what a CAD or a platform makes or runs: filler beside a skill's name, but they say the line is
# about a thing, so a word beside them is not alone (a cut name: "컴퓨터 수리" is no 컴퓨터비전).
WORK_DONE = (
    *("setup", "repair", "repairs", "overhaul", "교체", "수리", "오버홀", "점검", "세팅", "셋팅", "설정", "조정"),
    *("보정", "편집", "설치"),
    *("구축", "도입", "적용", "수정"),
    *("setting", "settings", "parameter", "parameters", "파라미터"),
    *("2d", "3d", "모델링", "modeling", "modelling", "클러스터", "cluster"),
    *("판재", "박판", "후판"),  # the plate worked on ("SUS 판재 TIG", "박판 용접")
    *("태그", "tag", "tags"),  # a server's or a PLC's data points ("Kepserver 태그 설정"), no slip of 티그
)

FILLER = (
    "이랑",  # "and", glued between two skills as often as spaced ("엑셀이랑피피티")
    "가능",
    "가능함",
    "가능합니다",
    "가능해요",
    "가능한",
    "가능자",  # a job ad's "엑셀 사용 가능자" (someone able to), no slip of 기능사
    "가능하신",
    "경험",
    "경험있음",
    "경력",
    "경력이",
    "있음",
    "있습니다",
    "있어요",
    "없음",
    "보유",
    "소지",
    *("소지자", "보유자", "취득자"),  # a posting's holder of it ("물관사 소지자 우대")
    "취득",
    "이수",
    "수준",
    "정도",
    "이상",
    "이하",
    "실무",
    "업무",
    "담당",
    "활용",
    "사용",
    "다룰",
    "다룸",
    "줄",
    "앎",
    "암",  # 앎 as typed: "엑셀 좀 암", "캐드 할줄 암"
    "알아요",
    "압니다",
    "함",
    "합니다",
    "했습니다",
    *("했었음", "했었어요", "했었습니다", "쪽"),  # "용접 쪽 일 했었음": the field worked in
    "했고",
    "해요",
    "좋음",
    "우수",
    "다수",
    "기본",
    "회화",
    "자격증",
    "급",  # a certificate's grade ("2급"), said of the certificate named before it
    "면허",
    "개발",
    "제작",
    "작성",
    "운영",
    "작업",
    "관리",
    "가공",
    "조작",
    "설치",
    "운전",
    "프로젝트",
    "모델",
    "부서",
    "및",
    "그리고",
    "또는",
    "등",
    "각종",
    "다양한",
    "능력",
    "기사",  # who does the work ("지게차 기사", "Y/T 기사"); the qualifications 기사 ends are written in one word
    # and in English ("forklift driver", "CNC operator", "operating overhead cranes"); names with them still win
    *("driver", "drivers", "operator", "operators", "operating", "operate", "operated", "technician", "technicians"),
    *("engineer", "engineers", "specialist", "specialists", "master", "masters"),
    *WORK_DONE,
    "엔지니어",  # who does it, as "engineer"
    "experience",
    "experienced",
    "years",
    "year",
    "yrs",
    "yr",
    "of",
    "in",
    "with",
    "using",
    "use",
    "used",
    "for",
    "and",
    "or",
    "the",
    "a",
    "an",
    "to",
    "at",
    "on",
    "by",
    "skills",
    "skill",
    "knowledge",
    "good",
    "strong",
    "excellent",
    "some",
    "able",
    "can",
    "could",
    "familiar",
    "certified",
    "certificate",
    "level",
    "speaker",
    "speaking",
    "speak",
    "development",
    "developer",
    "working",
    "work",
    "hands-on",
    "i",
    "my",
    "have",
    "has",
    "am",
    "is",
    "are",
    "me",
    "also",
    "etc",
    "including",
)
# A posting's words for whom it wants ("용접 가능하신 분 우대", "엑셀 능숙하신 분", "경험 있으신 분 환영"): no other
# topic of the clause (context.py), though not filler, which would let a slip be read beside them ("연락 가능하신 분
# 우대" is no 연마). Not 필수, 있는, 분 or 아시는, said of other things too ("도장 지참 필수", a seal; "발표 있는 날";
# "한글 아시는 분", the alphabet).
POSTING_WORDS = (
    *("우대", "우대함", "우대합니다", "우대사항", "환영", "능숙하신", "하신", "능숙한", "하실", "다루실"),
    "있으신",
    "지식",
    # whom it seeks ("CAD 담당자 모집", "용접사 채용"); not 찾습니다 or 구합니다, said of things wanted too ("중고
    # 지게차 구합니다")
    *("모집", "모집합니다", "채용", "채용합니다"),
    # the headings of a posting's sections ("자격요건: 전기기사 필수")
    *("자격요건", "지원자격", "필수요건", "우대조건", "자격조건", "담당업무", "주요업무", "모집요강"),
)
# Animals kept as pets: a pet's name said with "the" ("Jira the hamster"), a pet's thing said with its 's ("My cat's
# flexibility is unreal").
PETS_EN = frozenset(
    (
        *("cat", "dog", "hamster", "puppy", "kitten", "parrot", "rabbit", "bunny", "goldfish", "turtle", "snake"),
        *("horse", "pony", "ferret", "hedgehog", "budgie", "gecko", "tortoise", "pup", "kitty", "corgi", "poodle"),
    )
)
PETS_KO = ("고양이", "강아지", "냥이", "댕댕이", "햄스터", "앵무새", "토끼")
# The family and the neighbours, at home: a trait of one of them, or of the writer with them, is no skill at work
# ("조카가 그린 그림 보니까 창의력이 남다르더라고요", "김장할 때 동네 이웃들 협동이 대단했어요"). Not friends, seniors
# or colleagues, whose praise or company is as often of the writer's work ("선배가 제 리더십을 …").
HOUSEHOLD_KO = (
    *(
        "조카",
        "아들",
        "딸",
        "동생",
        "남동생",
        "여동생",
        "형",
        "누나",
        "언니",
        "오빠",
        "엄마",
        "아빠",
        "어머니",
        "아버지",
    ),
    *("부모님", "할머니", "할아버지", "남편", "아내", "와이프", "사촌", "삼촌", "이모", "고모", "손자", "손녀"),
    *("아이", "아이들", "애들", "이웃", "이웃들", "가족", "가족들"),
)
HOUSEHOLD_EN = (
    *("dad", "father", "mom", "mum", "mother", "brother", "sister", "uncle", "aunt", "cousin", "wife", "husband"),
    *("son", "daughter", "kid", "kids", "parents", "family", "grandpa", "grandma", "nephew", "niece"),
    *("neighbour", "neighbours", "neighbor", "neighbors", "grandfather", "grandmother"),
)
# The grades of Korean national qualifications, which end many names and abbreviate none: alone they are filler
# ("기능사 보유" says a grade, not which certificate), after a skill its certificate of that grade (phrases.graded:
# "CO2기능사"). "크레인 운전기능사" is crane operation, with no machine maintenance certificate beside it.
GRADES = ("기능사", "기사", "산업기사", "산기", "기능장", "기술사")
# Words that deny the skill they are said with: in Korean after it ("영어 못함", "용접 경험 없음"), in English
# before it ("not fluent in English", "no welding experience"). Only filler, a level or years may stand between, and
# in Korean an adverb of degree ("엑셀 잘 모름"), so "교대근무 문제 없음" (no problem with shifts) still claims it.
NEGATIONS_AFTER = (
    *("없음", "없어요", "없습니다", "없고", "없지만", "없으나", "없는"),
    *("못함", "못해요", "못합니다", "못하고", "못하지만", "못하는", "못", "못다룸"),
    *("모름", "몰라요", "모릅니다", "모르고", "모르지만"),
    *("불가", "불가능", "불가합니다", "미보유", "미취득", "미소지"),
)
NEGATIONS_BEFORE = ("no", "not", "never", "cannot", "can't", "don't", "unable", "without", "lack", "lacking")
DEGREE_ADVERBS = ("잘", "전혀", "아직", "별로", "거의", "많이")
# Everyday English verbs that are also a skill's name or alias, and the words after which they are the verb: "I go
# to church", "I saw a movie", "to excel at sports" name no skill, where "Go" or "SAW" is written as a name.
EVERYDAY = ("go", "saw", "spring", "excel", "react", "press", "rust", "spark", "lean", "flutter", "hibernate")
SUBJECTS = (
    *("i", "we", "you", "they", "he", "she", "to", "let's", "lets"),
    # a modal or a denied auxiliary, the verb's own: "Dad will react when he sees", "I can go anywhere"
    *("will", "would", "can", "could", "might", "may", "should", "must", "didn't", "doesn't", "won't", "wouldn't"),
)
# Skill names that are also everyday things: an island and a coffee, a snake, a plug, a season, a singer, a people,
# a board game, a gem, a writer, a dish's look, a film's cast, the press, a bird, the sky. Said beside a word of
# everyday life (EVERYDAY_THINGS) they are that thing.
DOUBLE_SENSE = (
    *("java", "자바", "python", "파이썬", "spark", "스파크", "swift", "스위프트", "spring", "스프링", "go", "고"),
    *("ruby", "루비", "rust", "korean", "한국", "kafka", "카프카", "oracle", "오라클", "shell", "dart", "다트"),
    *("pandas", "판다", "unity", "lean", "press", "excel", "apache", "elastic", "hive", "jenkins", "bash", "sales"),
    *("qt", "word", "비계", "장고", "라즈베리", "셀레늄", "선반"),  # a devotion, puzzles, pork fat, a film, a shelf
    *("도장", "flask", "리퍼", "구매", "냉동", "아이폰", "iphone"),  # a seal, a bottle, refurbished, bought, frozen
    *("kotlin", "코틀린", "프레스", "사상"),  # an island, the press, thought and Busan's Sasang
    *("리더", "cnn"),  # a reader (바코드 리더), the news
    *("톰캣", "tomcat", "scrum", "한글", "grinding", "rt"),  # a fighter jet, rugby, a script, a game's grind, a retweet
    *("plating", "casting", "캐스팅", "crane", "cranes", "크레인", "cloud", "클라우드", "saw", "tempering"),
    *("flutter", "플러터", "docker", "도커", "유니티", "타블로", "엑셀", "액셀", "하이브", "아파치", "젠킨스", "쉘"),
    *("에어컨", "인버터"),  # a room's air conditioner, bought or fitted at home
    *("토스", "polishing", "폴리싱", "리깅"),  # a payments app and a volleyball pass, nails, a 3D character's bones
    "입고",  # put on, of clothes ("정장 입고"), as well as goods received
    *("french", "spanish", "german", "english", "japanese", "chinese", "thai", "italian"),  # French toast
    *("측정", "검사", "구매", "재고", "picking", "diving", "mold", "mould"),  # a body, a virus, a shop's, berries
    *("배터리", "플라즈마", "플라스마", "도킹"),  # a phone's, a TV (spelt two ways), a laptop's dock
    *("5s", "c#", "단조"),  # an iPhone, a minor key
    *("plasma", "s7", "mos"),  # a TV, a Galaxy phone, a burger chain
    *("forwarding", "presentation"),  # mail sent on, a dish's look
    *("indonesian", "vietnamese", "mongolian", "russian", "turkish", "arabic"),  # a dish's cuisine, as French toast
    "coating",  # of dust, of snow
    *("mandarin", "만다린", "packing", "stamping", "crawling", "lagging", "타워크레인", "전기공사"),  # oranges, a trip
    *("azure", "rhino", "composite", "scrubber", "bending"),  # a sky, a plushie, a class photo, sponges, a stoop
    *("스터드", "알고리즘"),  # an earring, a feed's pick of songs
    *("그라인더", "공조", "tally"),  # a coffee grinder, a joint police investigation, a count of stamps
    *("tester", "테스터", "trailer", "트레일러", "scraping"),  # a shop's sample, a film's, a pot's burnt rice
    "컨베이어",  # a sushi bar's belt
    "battery",  # a phone's: "Phone battery at 3%"
)
# Clothes, at home and at work: 입고 after one is put on ("실험복 입고", "방진복 입고 클린룸 작업"), whatever work the
# clause says, as no goods are received in a coat.
GARMENTS = (
    *("정장", "양복", "한복", "교복", "옷", "원피스", "겨울옷", "코트", "셔츠", "니트", "점퍼", "잠바", "패딩", "조끼"),
    *("작업복", "방진복", "안전복", "실험복", "위생복", "방염복", "방한복", "유니폼", "수영복", "앞치마", "우비"),
    "가운",
)
# Things of one's own that run on a battery: one before 배터리 is its ("보청기 배터리 교체일", "도어락 배터리가
# 나간 날").
DEVICES = (
    *("보청기", "도어락", "리모컨", "시계", "손목시계", "체중계", "마우스", "키보드", "칫솔", "전동칫솔", "면도기"),
    *("카메라", "차키", "자동차키", "휴대폰", "핸드폰", "폰", "노트북", "에어팟", "이어폰", "장난감", "무선청소기"),
)
# Words of everyday life that make a DOUBLE_SENSE word within two words of them the everyday thing ("자바 커피",
# "python snake", "spark plug", "Swift 콘서트", "spring break", "Korean food", "바둑(Go)"): food and drink, travel,
# seasons, music, books and films, animals, board games, jewellery, a car's names, parties, worship, notebooks. No
# word of work, since a game or an app is made with the skill ("Unity 게임", "Python 앱"), nor words a workplace says
# with one: cars and their parts (the zone's automotive presses, castings and cranes), fans, rings, chips, menus,
# releases, festivals' sites, sports data, conferences, studies (a study group learns the skill: "Python 스터디"),
# nor 아마 ("probably").
EVERYDAY_THINGS = (
    *("coffee", "커피", "원두", "카페", "cafe", "latte", "라떼", "tea", "food", "foods", "음식", "요리", "cooking"),
    *("cuisine", "맛집", "restaurant", "식당", "recipe", "레시피", "beer", "맥주", "wine", "와인", "dinner", "lunch"),
    *("trip", "travel", "travelling", "traveling", "여행", "섬", "island", "tour", "투어", "관광", "vacation", "휴가"),
    *("holiday", "holidays", "방학", "break", "beach", "해변", "season", "계절"),
    *("concert", "콘서트", "공연", "노래", "song", "songs", "album", "앨범", "가수", "singer", "팬", "팬클럽"),
    *("music", "음악", "movie", "movies", "영화", "드라마", "drama", "novel", "novels", "소설"),
    *("snake", "snakes", "뱀", "애완", "animal", "동물", "zoo", "동물원", "bird", "flower", "꽃", "garden"),
    *("reptile", "파충류"),  # a reptile café; not the plural kept beside a tool used ("I keep reptiles and code")
    *("바둑", "체스", "chess", "baduk", "plug", "plugs", "플러그", "점화", "ignition", "동호회", "디저트"),
    *("반지", "necklace", "목걸이", "보석", "gem", "jewelry", "audition", "오디션", "actor", "배우"),
    *("프라푸치노", "frappuccino", "아메리카노", "스타벅스", "starbucks", "pie", "pedal", "페달", "밟기"),
    *("쉐보레", "chevrolet", "나비", "butterfly", "pants", "바지", "청바지", "jeans", "주유소"),
    *("cleaning", "청소", "band", "bands", "밴드", "workout", "운동", "birthday", "생일", "party", "파티"),
    *("말씀", "묵상", "성경", "bible", "예배", "puzzle", "puzzles", "퍼즐", "shopping", "쇼핑", "friday"),
    *("노트", "일기", "diary", "notebook", "수첩", "삼겹살", "고기", "돼지고기", "잼", "jam"),
    *("송금", "이체", "nail", "네일", "캐릭터"),  # money sent, a nail done, a cartoon's character
    *GARMENTS,  # clothes put on
    *("toast", "breakfast", "guitar", "shepherd", "massage", "bbq", "anime", "pizza", "fries"),
    *("혈압", "체온", "혈당", "체중", "몸무게", "코로나", "건강검진", "allergic", "allergy"),  # one's body
    *("운동화", "신발", "패딩", "세일", "할인", "쿠폰", "기획전", "직구", "온라인몰"),  # shopping
    *("품절", "품절됨", "품절이라", "사이즈"),  # a shop's stock run out: "재고 떨어져서 품절"
    *("strawberry", "strawberries", "blueberries", "blueberry", "berries", "apples", "딸기"),  # fruit picked
    *("휴대폰", "핸드폰", "스마트폰", "tv", "티비", "피아노", "piano", "곡", "악보"),  # things at home
    *("chocolate", "초콜릿", "photographer", "director", "영양제", "원목", "diy", "아이스크림", "ice", "cream"),
    *("bike", "bicycle", "자전거", "침대", "bed", "인형", "doll", "던지기", "찍기", "인감", "전각", "새기기"),
    *("waistband", "에버랜드", "나눔", "교회", "church", "피자", "만두", "중고", "폰", "phone", "노트북", "laptop"),
    *("아이폰", "iphone", "아이패드", "ipad", "맥북", "macbook", "갤럭시", "에어팟"),
    *("전투기", "모형", "rugby", "럭비", "캘리그라피", "calligraphy", "서예", "mmorpg", "mmorpgs", "트위터", "twitter"),
    *("인스타", "instagram", "리트윗", "retweet", "학기", "semester", "휴학", "녹", "깨기", "드라이브", "밟고", "롤"),
    *("기자", "회견", "마리", "키움", "키우기", "최대", "정치", "철학", "공단", "체질", "뉴스", "news"),
    *("바코드", "barcode", "rfid"),  # what a reader reads
    *("mail", "messages", "cake", "dessert"),  # forwarded, presented; not an address, a consignee's as often
    # a home's shelves and kitchen; not 주방, 원룸 or 이케아, workplaces as often ("주방 구매 담당")
    *("거실", "수납", "자취방", "부엌"),
    *("욕실", "화장실", "베란다", "신발장", "장바구니"),  # a home's rooms, a shopping basket ("욕실 코너 선반 주문")
    *("에어컨", "냉장고", "세탁기", "건조기", "tv"),  # a household's appliances
    *("dust", "snow", "밟아서", "밟으셔서", "밟았어요", "밟는"),  # a coating of dust; a car's pedal, stepped on
    "신간",  # a library's new books in (입고)
    *("balcony", "subway", "지하철", "stamps"),  # a home's, a commute's, a café's loyalty card
    *("bingsu", "빙수", "은행", "사인"),  # a dessert's look, a bank's seal or signature
    *("sparrow", "sparrows", "귀걸이", "earring", "earrings", "기념품", "souvenir"),  # a Java sparrow, a stud, a lamp
    *("찍는", "찍고", "찍어", "찍었", "찍음", "찍은"),  # a seal stamped: "도장 찍는 걸 깜빡해서"
    *("fridge", "chores", "oranges", "orange", "귤", "jar", "doenjang", "kimchi", "fence"),  # a home's
    *("memes", "baby", "랩", "rap", "wifi", "wi-fi", "창문", "창밖", "window", "정전", "livestream", "livestreams"),
    *("sky", "cookies", "cookie", "plushie", "photo", "sponge", "sponges", "shoes", "시력"),
    *("lipstick", "립스틱", "화장품", "drugstore", "올리브영", "burnt", "pot"),  # a shop's sample, a pot scraped
    *("muffin", "muffins", "pear", "pears"),  # English muffins, Korean pears
    *("aquarium", "아쿠아리움", "수족관", "초밥", "회전초밥", "회전초밥집", "sushi"),  # a snake seen, a sushi bar
)
# A household's things and occasions, which a chore named by a work noun is done for: the fridge's stock, the class
# reunion's books, a family trip's packing, a used bike's price, the book club's lead, the birds at the feeder
# ("냉장고 재고 관리 좀 해야겠다", "동창회 총무를 맡게 됐어요", "Packing for our family trip", "I negotiated a cheaper
# price for a used bike"). In Korean the thing is the compound's head right before the work noun; in English it is
# said after the noun or verb, in its clause. Not 가계부 (kept in Excel as work is), nor a holiday (a warehouse's rush).
CHORE_THINGS_KO = (
    *("냉장고", "냉동실", "장보기", "동창회", "반찬", "김장", "집안일", "가족여행", "여행", "이삿짐", "계모임"),
    *("반상회", "명절", "옷장"),
)
CHORE_THINGS_EN = (
    *("trip", "trips", "vacation", "feeder", "birds", "snacks", "groceries", "bedtime", "bike", "laundry", "fridge"),
    *("picnic", "sleepover"),
)
# ... and English pairs that say one ("book club": a club is a firm's as often).
CHORE_PAIRS_EN = (("book", "club"), ("used", "bike"))
# Dishes, a restaurant's words, a board game and a small car, which make only a language or a brand's name in
# DOUBLE_SENSE an everyday thing ("Indonesian fried rice", "Chinese checkers", "MOS Burger", "스파크 경차"): with
# another name they are work's as often ("rice export sales", "Excel reports for burger franchise stores", "경차 도장
# 라인").
DISHES = (
    *("rice", "noodles", "buffet", "curry", "burger", "checkers", "fried", "stall", "경차", "beef", "takeout"),
    *("cabbage", "salad", "potato", "potatoes"),  # greens and a side: "Chinese cabbage", "German potato salad"
    *("mackerel", "omelette", "omelet", "paella", "tapas"),  # "Spanish mackerel", "Spanish omelette"
)
DISHES_NAMES = ("mos", "spark", "스파크")
# Skills whose name is an everyday word of its own: worn out or a flat battery (방전), going silent
# (잠수 타다), a knack for catching things out (엄마 레이더), a seal (패킹), putting one person's words to
# another (통역), a year's round-up (결산), a shop's promotion (기획 상품), a cast-iron pan (주물), an old
# iron (인두), a wall repainted by others (도색), a white tiger (백호), pressure washing (고압 세척), a singer
# (타블로), a soda maker's cylinder (CO2), the news channel (CNN), the animal, a thin week, a pot sponge. In a
# clause with no word of work they are that thing where a word of home, family or a shop (HOME), of everyday
# life or of leisure is anywhere in it ("추석 내내 친척 손님 맞느라 완전 방전", "김치통 패킹이 헐거워서",
# "통역사 나오는 드라마", "Mum's steel scrubber"); the lathe (선반) is not among them, as people learn it
# from family ("아빠한테 선반 배웠어요"): it is a shelf only beside a thing of home (DOUBLE_SENSE).
EVERYDAY_NAMES = (
    *("방전", "잠수", "레이더", "패킹", "통역", "통역사", "결산", "기획", "주물", "인두", "도색", "백호", "고압"),
    "타블로",
    *("co2", "cnn", "pandas", "lean", "scrubber", "interpretation"),
)
# Words of home, family and a shop, which make an EVERYDAY_NAMES word anywhere in their clause its everyday sense.
HOME = (
    *("엄마", "아빠", "할머니", "할아버지", "외할머니", "친척", "사촌", "누나", "언니", "오빠", "동생", "조카"),
    *("삼촌", "이모", "고모", "동기", "추석", "명절", "설날", "청첩장", "거짓말", "사투리", "냉전"),
    *("부엌", "김치통", "프라이팬", "가마솥", "냄비", "도시락", "편의점", "라면", "떡볶이", "탄산수", "담벼락", "골목"),
    *("동네", "아파트", "장식", "포스터", "과자"),
    *("mum", "mums", "mom", "moms", "dad", "dads", "sister", "sisters", "brother", "grandma", "grandmas", "uncle"),
    *("aunt", "pyjamas", "pajamas", "pots", "pans", "ramyeon", "bathtub", "soda", "lobby"),
)
# Everyday names that are a product written in small letters too (pandas, the library): beside a relative alone
# they are the product, learnt or used with them ("My sister taught me pandas"); the everyday thing only beside a
# word of eating, animals, clothes or TV ("Pandas printed all over my sister's pyjamas", "pandas eating bamboo").
PRODUCT_NAMES = ("pandas",)
PRODUCT_THINGS = (
    *("eat", "eats", "ate", "eating", "bamboo", "snack", "zoo", "animal", "animals", "cub", "cubs", "cute", "baby"),
    *("pyjamas", "pajamas", "shirt", "t-shirt", "tee", "socks", "hoodie", "onesie", "sweater", "printed", "plush"),
    *("tv", "documentary", "cartoon", "cartoons", "show", "movie", "film", "kung", "panda"),
)
# Words of fandom, pets and pastimes that make any skill named by one word near them another thing ("아이돌 팬클럽",
# "강아지 하네스"): no one says a skill with them. Food, films, cosmetics, leather and the like are not among them:
# they are what the zone's factories and studios make ("과자 공장 포장", "김치 공장 HACCP", "화장품 품질관리").
LEISURE = (
    *("콘서트", "concert", "아이돌", "idol", "idols", "연습생", "팬클럽", "팬미팅", "fandom", "동호회", "프라모델"),
    *("인형뽑기", "다이어트", "diet", "bulking", "강아지", "반려견", "반려묘", "고양이", "puppy", "watching", "관람"),
    *("예능", "덕질", "굿즈", "걸그룹", "보이그룹", "코스프레", "cosplay", "장난감", "toy", "toys", "레고", "lego"),
    *("만렙", "랭크", "랭겜", "티어", "포켓몬", "pokemon", "레벨업"),  # a game's ranks and levels
    *("minecraft", "마인크래프트", "parrot", "앵무새", "kitten"),  # a game, pets
    *("fallout", "skyrim", "roblox"),  # games whose players build: "I weld in Fallout 4 settlements"
    *("태권도", "검도", "합기도", "주짓수", "swimming", "수영", "collecting", "beetle", "beetles"),  # sports, hobbies
    *("rugby", "럭비", "soccer", "football", "축구", "baseball", "야구", "basketball", "농구", "novel", "novels"),
    *("피규어", "figure", "figures", "everland", "에버랜드", "놀이공원", "documentary", "다큐"),
    *("전통주", "막걸리", "가양주", "타로", "tarot", "운세", "사주"),  # a brewing taster, fortune telling
)
# Facts of a person's life that make a skill named by one word near them another thing, as LEISURE does: a name ("영어
# 이름"), an admission's result ("합격자 발표"), counselling received ("진로 상담"), a school grade ("C 학점").
LIFE = ("이름", "이름은", "닉네임", "nickname", "합격자", "당첨자", "진로", "학점", "재수강")
# A young man's military service ended or begun, said with any ending ("전역하고", "제대 후", "입대 전에"): a word
# of his life, never a slip of a skill's name (전역 is a key from 번역).
MILITARY_SERVICE_KO = ("전역", "제대", "입대")
# Words of work: a clause with one of them says what was done with a skill (a game is not one: "다트 게임 동호회" is
# played; "Unity 게임 개발" says 개발), so no word of everyday life or leisure in
# it makes the skill an everyday thing ("Spring 음식 주문 서비스", "팬클럽 관리 엑셀", "아이돌 굿즈 디자인 포토샵").
WORK = (
    *("개발", "개발자", "앱", "어플", "서버", "서비스", "플랫폼", "시스템", "백엔드", "프론트엔드", "키오스크"),
    *("development", "developer", "app", "apps", "server", "service", "platform", "system", "backend", "frontend"),
    *("사이트", "website", "관리", "management", "운영", "설계", "design", "디자인", "분석", "analysis"),
    *("데이터", "data", "자동화", "automation", "구축", "유지보수", "공장", "factory", "생산", "제조", "재고"),
    *("inventory", "물류", "logistics", "배달", "delivery", "주문", "order", "orders", "판매", "매장", "업무"),
    "작업",  # work done: "노트북으로 엑셀 작업"
    *("라인", "담당"),  # a line, a charge: "jar 뚜껑 프레스 라인", "livestream 쇼핑 마케팅 담당"
    *("assembly", "assembled", "assembling", "production", "manufacturing"),  # "Assembled laptop battery packs"
)
# Words either side of a skill's word within which a word of LEISURE makes it another thing, and a word of everyday
# life a DOUBLE_SENSE word ("비계 많은 삼겹살", "word search puzzles").
EVERYDAY_REACH = 2
# English words that never make a thing of the noun after them, as "turf" makes "turf maintenance" something else:
# pronouns, articles, prepositions, auxiliaries and the verbs a profile says a skill with ("I like welding", "did
# welding for 3 years", "studied programming"), so a generic skill word after them is still the skill.
GRAMMAR = (
    *("i", "we", "you", "they", "he", "she", "it", "my", "our", "your", "their", "his", "her", "its"),
    *("myself", "ourselves", "yourself", "self-taught"),  # "Taught myself Python", "Self-taught Python"
    *("a", "an", "the", "this", "that", "these", "those", "some", "any", "all", "both", "much", "more", "most"),
    *("in", "at", "on", "of", "for", "with", "from", "about", "into", "by", "as", "to", "also", "very", "really"),
    *("am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "do", "does", "did", "done"),
    *("doing", "can", "could", "will", "would", "should", "may", "might", "must"),
    *("like", "likes", "liked", "love", "loves", "loved", "enjoy", "enjoys", "enjoyed", "know", "knows", "knew"),
    *("want", "wants", "wanted", "learn", "learned", "learnt", "learning", "study", "studied", "studying"),
    *("practice", "practiced", "practised", "teach", "taught", "train", "trained", "use", "used", "using"),
    *("work", "worked", "working", "perform", "performed", "handle", "handled", "start", "started", "began"),
    *("write", "writes", "wrote", "writing", "written"),
    *("말고", "말구"),  # "용접 말고 배관 3년": not the one but the other, no kind of it
)
# The writer as the subject, in Korean: no thing a generic name's word after it is made ("저는 용접 3년" is welding).
WRITER_SUBJECTS = (
    *("저는", "제가", "저도", "나는", "내가", "나도", "저희는", "저희가", "우리는", "우리가", "난", "전"),
    *("나", "저"),  # bare, as typed on a phone: "나 도장 2년", "저 용접 해요"
)
# Words that join two alternatives, which then share the words around them ("CNC 선반 및 밀링").
CONJUNCTIONS = ("및", "그리고", "또는", "혹은", "and", "or")
# Work done with a thing, that is a skill by itself ("조립", "programming") but said right after another skill is
# the work done with that one ("하네스 조립", "C++ 프로그래밍"), as filler like 가공 or 운전 would be.
ACTIVITIES = ("조립", "assembly", "프로그래밍", "programming", "코딩", "coding")
# Words that state a level, on the form's scale (1 basic ... 5 expert); 가능 and "can" state none.
LEVELS: Mapping[str, int] = {
    **dict.fromkeys(("기초", "초급", "입문", "약간", "조금", "basic", "beginner", "elementary", "basics"), 1),
    **dict.fromkeys(("초중급",), 2),
    **dict.fromkeys(("중급", "보통", "intermediate"), 3),
    **dict.fromkeys(("능숙", "능숙함", "능통", "유창", "유창함", "고급", "상급", "숙련", "잘함"), 4),
    # 잘 다룸 typed without its space, glued to the skill as often ("엑셀잘다룹니다"): LEVEL_PAIRS as one word.
    **dict.fromkeys(("잘다룸", "잘다룹니다", "잘다뤄요", "잘해요", "잘합니다"), 4),
    **dict.fromkeys(("proficient", "advanced", "fluent", "fluently"), 4),
    **dict.fromkeys(("원어민", "전문가", "네이티브", "native", "natively", "expert", "모국어"), 5),
}
# A level on a form's three steps, said right after a skill or its word of ability, last in its clause or before the
# next skill listed ("엑셀(상)", "한글 상 / 엑셀 중 / PPT 하", "용접 숙련도 상", "오피스 활용 능력: 상"); 중 only in
# brackets or beside another step, since "지게차 운전 중" is work going on and "보유자 중 알루미늄 용접 가능자" one
# among many. No word of LEVELS, which are quiet anywhere: 상하차, 하역, 작업 중.
RANKS_KO: Mapping[str, int] = {"상": 4, "중": 3, "하": 1}
ABILITY_KO = ("활용도", "숙련도", "능력", "활용", "활용능력", "실력", "회화")
# The copula a level is said with as the predicate ("한국어 중급이에요", "네팔어는 원어민입니다"), 이 dropped after a
# vowel as it is before 고 and 라 ("몽골어가 모국어고 한국어는 능숙해요", "스페인어는 기초라 주문하는 정도예요").
COPULA_ENDINGS = ("입니다", "이에요", "예요", "이고", "이며", "임", "이라", "고", "라", "라서", "이라서")
# Two words that state a level together (잘 다룸: handles it well).
LEVEL_PAIRS: Mapping[tuple[str, str], int] = {
    **{("잘", second): 4 for second in ("다룸", "다룹니다", "다뤄요", "함", "합니다", "해요")},
    ("good", "at"): 4,
    ("business", "level"): 4,  # "Korean: business level", a posting's or a CV's "English (business level)"
    ("little", "bit"): 1,  # "a" left out, as second-language English says it: "I speak English little bit"
    **{(first, "tongue"): 5 for first in ("mother", "native")},  # not "second tongue", "bit my tongue"
    **{("first", language): 5 for language in ("language", "languages")},  # "Khmer is my first language"
}
# Units after a number that make it years (or months) of experience.
YEAR_UNITS = ("년", "년차", "년간", "year", "years", "yr", "yrs")
MONTH_UNITS = ("개월", "달", "month", "months")
# More years than this is not experience but a date or a count (1995년생, 2024년).
MAX_YEARS = 60.0
# Numbers spelt out before a unit of years or months ("for two years", "six months", "a year"), and half of one after
# or before it ("1년 반", "반년", "a year and a half"). A time ago is no experience ("two years ago", "1년 전에").
SPELT_NUMBERS: Mapping[str, float] = {
    **{"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0},
    **{"seven": 7.0, "eight": 8.0, "nine": 9.0, "ten": 10.0, "eleven": 11.0, "twelve": 12.0, "half": 0.5},
    # months past a year, spelt out ("for eighteen months")
    **{"fifteen": 15.0, "eighteen": 18.0, "twenty": 20.0, "thirty": 30.0},
    **{"한": 1.0, "두": 2.0, "세": 3.0, "네": 4.0, "다섯": 5.0, "여섯": 6.0},
}
# Korean native numbers before a counter ("세 대", "두 번"), and the words of an unsaid count.
COUNTS_KO = frozenset(("한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열", "몇", "여러"))
HALF_AFTER = ("반", "반쯤", "반정도", "반가량", "반남짓")  # "1년 반", "1년 반쯤"
HALF = "half"  # before an article and a unit: "half a year"
ARTICLES = ("a", "an")
AND_A_HALF = ("and", "a", "half")  # after a unit or before it: "a year and a half", "one and a half years"
ABOUT = ("about", "around", "approx", "approximately", "roughly", "nearly", "almost")  # "about a year": a time still
GOING_ON_KO = "중"  # a thing going on: "재도전 중", "진행 중이라"
HALF_YEAR = ("반년",)  # "반년 했어요"
AGO = ("ago", "전", "전에")
# A time by which a thing is to be done ("1년 안에 따는 게 목표", "내년까지", "in 3 months", "within a year"; not "in 10
# years of welding"), or the age of a thing or a firm ("10년 된 지게차", "설립 30년 차", "업력 15년"): no experience.
DEADLINE_AFTER = ("안에", "안으로", "내에", "내로", "이내", "이내에", "이내로", "까지", "뒤", "뒤에", "후", "후에")
DEADLINE_BEFORE = ("within", "in")
AGED_AFTER = ("된", "된지", "된지가")
# A time since the writer did a thing ("입사한 지 5년 된 용접공", "일한 지 3년 된") is no thing's age, unless what was
# done is a thing's making or opening ("지은 지 20년 된 공장", "개업한 지 10년 된 가게").
SINCE_KO = "지"
MADE_SINCE = ("지은", "세운", "생긴", "만든", "지어진", "개업한", "오픈한", "문을 연", "연")
FOUNDED_BEFORE = ("설립", "창립", "업력")
# A level aimed at, not had: after a verb of reaching or being ("reach intermediate", "to be fluent"), or before one
# ("중급 수준 도달", "고급 되기", "중급 목표").
REACHED_BEFORE = ("reach", "reaching", "be", "become", "becoming")
REACHED_AFTER = ("도달", "되기", "달성", "목표")
# A rule followed, after its locative ("인코텀즈에 맞춰", "KS에 준해"); not a machine worked beside ("크레인에 맞춰
# 신호").
FOLLOWED_KO = ("맞춰", "맞게", "따라", "준해", "준하여")
# A time spent idle, said after 동안: "한 달 동안 아무것도 안 했어요", "두 달 동안 쉬었어요"; no experience. Not
# "아무거나", "아무 문제 없이", "쉬는 날 없이".
IDLE_KO = ("아무것도", "쉬었어요", "쉬었고", "쉬었음", "쉬었습니다", "놀았어요", "놀았고", "놀았음")
SPELL_KO = "동안"
# A helping verb of doing for someone, said after 해 and told of ("통역해 줘요", "통역해 드렸어요"); not asked
# ("포장해 주세요"), nor done away ("잠수해 버림").
DONE_FOR_SOMEONE_KO = ("줬", "줘요", "줌", "주고", "드렸", "드림", "드려요", "드리고")
# ... where nothing says it is asked ("이거 통역해 줘요 빨리", "좀 포장해 줘요").
ASKING_KO = ("좀", "빨리", "이거", "이것", "제발", "얼른")
# The copula said last, now or in the past ("용접공이에요", "신호수였어요", "도장 담당이었습니다"), cut off a name as
# the endings are in spelling.stems (not where context weighs a clause's words: "통관 중이에요" is said of a parcel as
# often): what is left is read only as typed, since any noun is said to be so ("어디예요" is no slip of a name).
COPULA_LAST = ("이에요", "예요", "이었어요", "였어요", "이었습니다", "였습니다", "이었음", "였음")
# Endings and particles glued to a Korean skill ("파이썬으로", "용접사", "엑셀잘함"), tried longest first and only
# when the whole word is no skill; the rest must then be one.
KOREAN_SUFFIXES = (
    # Knowing how, glued ("은납땜할줄알아요", "엑셀할수있어요"): 할 줄 알다, 할 수 있다.
    *("할줄알아요", "할줄압니다", "할줄앎", "할줄알아", "할수있어요", "할수있습니다", "할수있음"),
    "가능합니다",
    "가능해요",
    "가능함",
    "가능",
    # 있음 typed without its shift ("전기공사산기잇음"). Not 이해, 숙지 or 철저: as filler they let any noun before them
    # be read with a slip ("복장 철저", "조직 이해").
    *("잇음", "잇습니다"),
    "잘함",
    "잘다룸",
    "잘다룹니다",
    "잘다뤄요",
    "잘해요",
    "잘합니다",
    "능숙",
    "경험",
    "경력",
    "있음",
    "보유",
    "취득",
    "사용",
    "활용",
    "업무",
    "작업",
    "합니다",
    "했습니다",
    "입니다",
    "하다는",
    "하다",
    # A skill's noun made a verb ("용접하는 일", "통역해서", "협업하며"): the doing of it.
    *("하는", "해서", "하여", "하며", "하면서", "하기", "했음", "했고", "했던", "했다", "해봄", "해본", "해봤음"),
    # ... done for someone, the helping verb glued or after ("통역해드렸어요", "통역해 줘요")
    *("해드렸어요", "해드렸음", "해드림", "해드려요", "해줬어요", "해줌", "해줘요", "해주고", "해"),  # spelling.stems
    "하게",  # an adverb of a soft skill's adjective ("꼼꼼하게 일 처리함")
    "인",  # an adjective made with 적 ("창의적인", "적극적인")
    "한",
    "으로",
    "에서",
    "까지",  # "특수용접기능사까지 땄어요": the last of several, as far as
    "부터",  # "셋업부터 양산까지": the first of several
    *("뿐만", "뿐"),  # "엑셀뿐만 아니라 파워포인트도": not only it
    "이랑",
    "하고",
    "이고",
    "이며",
    "이나",
    "로",
    "을",
    "를",
    "이",
    "가",
    "은",
    "는",
    "과",
    "와",
    "에",
    "의",
    "도",
    "만",
    "랑",
    "함",
    "사",
    "공",
    "원",
    "자",
    "직",
)
# Endings that make a word for a person or a job ("용접사", "배관공", "사무원", "조리사"): the rest is read only as a
# skill's name as typed, since a slip read into it would turn another trade's word into a skill (조리 is not 조립).
PERSON_SUFFIXES = ("사", "공", "원", "자", "직")
# Particles of place: "항만에서", "조선소에" say where, and a place is not a skill.
LOCATIVE_SUFFIXES = ("에서", "에")
# Words after 에 that make it what a hand is at, not a place ("엑셀에 능숙한 분", "CAD에 익숙함"); not 대한, 관한 or
# 자신, said of fears and news as often ("영어에 대한 두려움", "용접에 자신 있는 분 부러움").
ABOUT_KO = ("능숙", "익숙", "능통", *FOLLOWED_KO)  # … or a rule followed: "인코텀즈에 맞춰"
# What one is sure of, said of oneself ("체력에 자신 있습니다", "고객 응대에 자신 있고"; the stance reads "자신 없음"),
# not a modifier of another person ("영어에 자신 있는 분 부러움", "자신감 있는 분"); `after` is 자신 with its verb.
SURE_OF_KO, OF_SOMEONE_KO = "자신", ("는", "한", "분")
# Fewest jamo a Korean stem keeps after an ending is cut off (two syllables).
MIN_STEM_JAMO = 4
# Hard breaks between clauses: a level or years never reaches across them, and neither does a skill.
# A full stop after a capitalised word of two to four letters with a word in lower case after it is that word cut
# short ("Mech. design", "Elec. wiring"), not the end of a clause; nor is one after a title ("Mr. Jenkins").
CLAUSE_BREAK = re.compile(
    r"[,;\n\r!?。、，；]|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)\.(?:(?=\s*$)|(?=\s+[^a-z\s])|(?<!\b[A-Z][a-z]\.)(?<!\b[A-Z][a-z]{2}\.)(?<!\b[A-Z][a-z]{3}\.)(?=\s))"
)


def _forms(words: Iterable[str]) -> frozenset[str]:
    return frozenset(normalise(word) for word in words)


FILLER_FORMS = _forms(FILLER) | _forms(GRADES)
WORK_DONE_FORMS = _forms(WORK_DONE)
GRADE_FORMS = _forms(GRADES)
LEVEL_FORMS: Mapping[str, int] = MappingProxyType({normalise(word): level for word, level in LEVELS.items()})
LEVEL_PAIR_FORMS: Mapping[tuple[str, str], int] = MappingProxyType(
    {(normalise(a), normalise(b)): level for (a, b), level in LEVEL_PAIRS.items()}
)
# ... and the Korean units with a copula or 째 glued ("3년차예요", "2년째", "6개월이에요"): said last, still years.
UNIT_ENDINGS_KO = ("째", "예요", "에요", "이에요", "입니다", "이고", "이며", "인데", "째예요", "째입니다", "째고")
_GLUED_YEARS = tuple(unit + end for unit in ("년", "년차") for end in UNIT_ENDINGS_KO)
_GLUED_MONTHS = tuple("개월" + end for end in UNIT_ENDINGS_KO)
# They end what is said of a skill before them ("결혼 3년차예요 용접은 10년 했고"), or with 째 alone, of one right
# after ("20년째 CNC 가공"; not "3년째 연애 중이고 CNC 선반 1년").
ENDING_UNIT_FORMS = _forms((*_GLUED_YEARS, *_GLUED_MONTHS))
# A unit with a word of about glued, or a year and a half in one word ("2년가량", "1년여", "3개월쯤", "1년반",
# "1년반쯤"): as many years, or half a year more.
APPROXIMATELY_KO = ("쯤", "정도", "가량", "여", "남짓")
_YEAR_AND_HALF = tuple("년반" + end for end in ("", *APPROXIMATELY_KO))
YEAR_AND_HALF_FORMS = _forms(_YEAR_AND_HALF)
# ... or 씩 glued, each of the skills listed before it ("형조 방전과 와이어컷 둘 다 1년씩").
_EACH_KO = ("씩",)
YEAR_FORMS = _forms(
    (*YEAR_UNITS, *_GLUED_YEARS, *("년" + end for end in (*APPROXIMATELY_KO, *_EACH_KO)), *_YEAR_AND_HALF)
)
MONTH_FORMS = _forms((*MONTH_UNITS, *_GLUED_MONTHS, *("개월" + end for end in (*APPROXIMATELY_KO, *_EACH_KO))))
LOCATIVE_FORMS = _forms(LOCATIVE_SUFFIXES)
# Particles that mark a word the subject or object of the verb after it ("문제를 해결", "팀이 협업").
SUBJECT_PARTICLES_KO = ("이", "가")
CASE_PARTICLE_FORMS = _forms(("을", "를", *SUBJECT_PARTICLES_KO))
PERSON_FORMS = _forms(PERSON_SUFFIXES)
COPULA_LAST_FORMS = _forms(COPULA_LAST)
ACTIVITY_FORMS = _forms(ACTIVITIES)
CONJUNCTION_FORMS = _forms(CONJUNCTIONS)
EVERYDAY_FORMS = _forms(EVERYDAY)
# Particles after a Korean word of everyday life or leisure ("노트에", "스터디로"): the word all the same.
EVERYDAY_PARTICLES = ("에", "에서", "로", "으로", "를", "을", "이", "가", "은", "는", "와", "과", "도", "의")
LISTING_PARTICLES = ("이랑", "랑")  # "파이터치랑 케라스"
PARTICLE_FORMS = _forms((*EVERYDAY_PARTICLES, *LISTING_PARTICLES, "만", "까지", "부터", "에게"))


# Endings that make a Korean noun its verb ("송금했어요", "쇼핑함"): the noun's thing all the same.
EVERYDAY_VERB_ENDINGS = ("함", "해요", "했어요", "했음", "합니다", "했습니다", "하기", "하는", "하러")


def _with_particles(words: Iterable[str]) -> frozenset[str]:
    forms = _forms(words)
    endings = _forms((*EVERYDAY_PARTICLES, *EVERYDAY_VERB_ENDINGS))
    return forms | {form + ending for form in forms if not form.isascii() for ending in endings}


DOUBLE_SENSE_FORMS = _with_particles(DOUBLE_SENSE)  # "토스로 송금": a name with its particle
EVERYDAY_THING_FORMS = _with_particles(EVERYDAY_THINGS)
DISH_FORMS = _forms(DISHES)
DISH_NAME_FORMS = _forms(DISHES_NAMES)
LEISURE_FORMS = _with_particles((*LEISURE, *LIFE))
PASSERS_FORMS = _with_particles(("합격자",))  # those who passed: beside a certificate, its results
WORK_FORMS = _forms(WORK)
EVERYDAY_NAME_FORMS = _with_particles(EVERYDAY_NAMES)
HOME_FORMS = _with_particles(HOME)
PRODUCT_NAME_FORMS = _forms(PRODUCT_NAMES)
PRODUCT_THING_FORMS = _forms(PRODUCT_THINGS)
CHORE_THINGS_KO_FORMS = _forms((*CHORE_THINGS_KO, *(thing + "의" for thing in CHORE_THINGS_KO)))
CHORE_THINGS_EN_FORMS = _forms(CHORE_THINGS_EN)
CHORE_PAIRS_EN_FORMS = frozenset((normalise(one), normalise(two)) for one, two in CHORE_PAIRS_EN)
POSTING_FORMS = _forms(POSTING_WORDS)
GRAMMAR_FORMS = _forms(GRAMMAR)
WRITER_SUBJECT_FORMS = _forms(WRITER_SUBJECTS)
POSSESSIVE_FORMS = _forms(("my", "our", "his", "her", "their"))
WRITER_SUBJECTS_EN = _forms(("i", "we"))  # the writer as an English subject
DETERMINER_FORMS = POSSESSIVE_FORMS | _forms(("a", "an", "the", "this", "that", "some"))
# The everyday verbs of EVERYDAY whose form is a past: first in a line before an article they are the verb ("Saw a
# demo"); a present one there is a note's subject as often ("Go the main backend language", "Excel a must").
EVERYDAY_PAST_FORMS = _forms(("saw",))
SUBJECT_FORMS = _forms(SUBJECTS)
NEGATION_AFTER_FORMS = _forms(NEGATIONS_AFTER)
NEGATION_BEFORE_FORMS = _forms(NEGATIONS_BEFORE)
DEGREE_FORMS = _forms(DEGREE_ADVERBS)
SUFFIX_FORMS = tuple(sorted({normalise(s) for s in KOREAN_SUFFIXES}, key=len, reverse=True))
_NUMBER = re.compile(r"^(\d+(?:\.\d+)?)\+?$")
_NUMBER_WITH_UNIT = re.compile(r"^(\d+(?:\.\d+)?)\+?(years?|yrs?|y)$")  # "3yrs", "2y"
# A version after a product name ("TIA V17", "TF 2.x", normalised "v17", "2x"): a number, not a word of a skill.
_VERSION = re.compile(r"^(?:v\d+|\d+x)$")


def number(form: str) -> float | None:
    """A normalised word that is a number ("3", "1.5", "5+"), as a float."""
    found = _NUMBER.match(form)
    return float(found.group(1)) if found else None


COPULA_ENDING_FORMS = tuple(normalise(ending) for ending in COPULA_ENDINGS)


def level_said(form: str) -> int | None:
    """The level a word states, bare or with the copula ("중급", "중급이에요")."""
    if form in LEVEL_FORMS:
        return LEVEL_FORMS[form]
    for ending in COPULA_ENDING_FORMS:
        if form.endswith(ending) and form[: -len(ending)] in LEVEL_FORMS:
            return LEVEL_FORMS[form[: -len(ending)]]
    return None


SPELT_NUMBER_FORMS = {normalise(word): value for word, value in SPELT_NUMBERS.items()}
HALF_AFTER_FORMS = _forms(HALF_AFTER)
HALF_FORM = normalise(HALF)
ARTICLE_FORMS = _forms(ARTICLES)
ABOUT_FORMS = _forms(ABOUT)
WAITING_FORMS = _forms(("wait", "waiting", "waited"))
IDLE_FORMS = _forms(IDLE_KO)
SPELL_FORM = normalise(SPELL_KO)
HALF_YEAR_FORMS = _forms((*HALF_YEAR, *(half + end for half in HALF_YEAR for end in UNIT_ENDINGS_KO)))  # "반년째예요"
AGO_FORMS = _forms(AGO)
DEADLINE_AFTER_FORMS = _forms(DEADLINE_AFTER)
DEADLINE_BEFORE_FORMS = _forms(DEADLINE_BEFORE)
AGED_AFTER_FORMS = _forms(AGED_AFTER)
SINCE_FORM = normalise(SINCE_KO)
MADE_SINCE_FORMS = _forms(MADE_SINCE)
FOUNDED_BEFORE_FORMS = _forms(FOUNDED_BEFORE)
REACHED_BEFORE_FORMS = _forms(REACHED_BEFORE)
REACHED_AFTER_FORMS = _forms(REACHED_AFTER)
GOING_ON_FORM = normalise(GOING_ON_KO)
RANK_FORMS = MappingProxyType({normalise(word): rank for word, rank in RANKS_KO.items()})
ABILITY_FORMS = _forms(ABILITY_KO)
SCALE_FORM = normalise("수준")  # "중급 수준": a level's own word


# Sino-Korean numbers, read only glued to a unit of years or months ("일년", "십년", "삼개월", "이십년차"): apart, 일
# is work and 이 this ("일 했어요").
SINO_DIGITS_KO = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
SINO_TEN_KO = "십"
_SINO_DIGIT = f"[{''.join(SINO_DIGITS_KO)}]"
_SINO_WITH_UNIT = re.compile(rf"^({_SINO_DIGIT}?십{_SINO_DIGIT}?|{_SINO_DIGIT})(년|년차|개월)$")


def sino_years_in_word(text: str) -> float | None:
    """Years written as one Korean word with a Sino-Korean number ("일년", "십년", "삼개월")."""
    found = _SINO_WITH_UNIT.match(text)
    if found is None:
        return None
    number, unit = found.groups()
    tens, ten, ones = number.rpartition(SINO_TEN_KO)
    amount = (SINO_DIGITS_KO.get(tens, 1) * 10 if ten else 0) + SINO_DIGITS_KO.get(ones, 0)
    return amount / 12 if unit == "개월" else float(amount)


def years_in_word(form: str) -> float | None:
    """Years written as one word ("3yrs", "10years")."""
    found = _NUMBER_WITH_UNIT.match(form)
    return float(found.group(1)) if found else None


_QUIET_FORMS = FILLER_FORMS | set(LEVEL_FORMS) | YEAR_FORMS | MONTH_FORMS
# Letters (Korean: jamo) of a word of filler, a level or years that is read with a slip ("경혐", "experiance"):
# shorter ones become other words after any slip.
QUIET_SLIP_MIN = 5
_QUIET_WORDS = WordIndex(form for form in _QUIET_FORMS if len(form) >= QUIET_SLIP_MIN)


def less_particle(text: str, particles: Sequence[str]) -> str:
    """A Korean word as typed less the first of `particles` (longest first) it ends in, where a word is left
    ("물관사는": 물관사); else the word."""
    return next(
        (text[: -len(particle)] for particle in particles if text.endswith(particle) and text != particle), text
    )


def is_quiet(form: str) -> bool:
    """A word that names no skill on its own: filler, a level, a number, a version or a unit."""
    if form in _QUIET_FORMS:
        return True
    if _VERSION.match(form):
        return True
    return form[:1].isdigit() and (number(form) is not None or years_in_word(form) is not None)


def unmarked(form: str) -> str:
    """A Korean word inside a run without the particle that marks it the subject or object of the next ("문제를
    해결하는": 문제 해결), as a name writes it."""
    for particle in CASE_PARTICLE_FORMS:
        if form.endswith(particle) and len(form) - len(particle) >= MIN_STEM_JAMO:
            return form[: -len(particle)]
    return form


def is_quiet_slip(form: str) -> bool:
    """A word one slip from filler, a level or years ("경혐", "experiance", "가눙"): typed beside a skill, it says
    nothing more than the word meant, so the clause is still only about skills."""
    return len(form) >= QUIET_SLIP_MIN and bool(_QUIET_WORDS.near(form))
