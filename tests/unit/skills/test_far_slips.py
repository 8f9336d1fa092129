"""A clause nothing else read, one long word some keys from one skill's name, is that skill (far_slips.py)."""

from __future__ import annotations

import pytest

from jobsfez.skills.match import common_words
from jobsfez.skills.matching import Skill, Vocabulary, extract
from jobsfez.skills.taxonomy_data import load_shipped_skills

SHIPPED = Vocabulary(load_shipped_skills(), version=1)


def skill_ids(vocab: Vocabulary, text: str) -> list[str]:
    return [e.skill_id for e in extract(vocab, text).skills]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("텐서플로로우", "tensorflow"),  # a syllable too many
        ("엘라스틱서치서", "elasticsearch"),
        ("머신러닝닝 2년", "machine-learning"),  # with years
        ("솔리드웍스스", "solidworks"),
        ("Scaffholding", "scaffolding"),  # a key added where no neighbour is
        ("초음파탐삼 보조 1년", "ndt-ut"),  # with where it was worked, or the work done with it, after it
        ("프로그래밈 독학", "programming"),
    ],
)
def test_a_long_word_some_keys_from_one_name_is_that_skill(text: str, expected: str) -> None:
    [found] = extract(SHIPPED, text).skills
    assert (found.skill_id, found.method) == (expected, "fuzzy")


@pytest.mark.parametrize(
    "text",
    [
        "Rawstudio",  # a photo app, 87 to RStudio: a Latin word needs 90
        "inserter",  # an English word, near "inverter"
        "교데",  # too short: two slips in a short word make another word
        "포토샵프로",  # too far
    ],
)
def test_a_word_that_is_a_word_short_or_far_is_left_unread(text: str) -> None:
    assert skill_ids(SHIPPED, text) == []


def test_a_far_slip_keeps_its_level_and_years_and_a_country_with_its_particle_is_no_language() -> None:
    """A review's finds: the years and level said with a far slip were lost, and 독일에서 (common 독일 with 에서)
    was read as German."""
    [found] = extract(SHIPPED, "머신러넝 2년").skills
    assert (found.skill_id, found.years) == ("machine-learning", 2.0)
    [found] = extract(SHIPPED, "Hugginface expert").skills
    assert (found.skill_id, found.level) == ("huggingface", 5)
    assert skill_ids(SHIPPED, "독일에서 2년") == []
    assert extract(SHIPPED, "Hugginface, gin").unknown == ("gin",)  # the words left are not cut by the guess


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("데브읍스 엔지니어 6개월 차", ["devops"]),  # a long word of a sentence, its one far slip
        ("정도곤리 보조 했어요 옥포 조선소 협력사", ["accuracy-control"]),
        ("셀레니웅 자동화 스크립트", ["selenium"]),
        ("Vietnamses workers supervisor, forklift", ["vietnamese", "forklift-operation"]),
        ("Vietnamses pho near Seomyeon", []),  # a language's adjective misspelt before its country's dish
        ("우즈벡 식당에서 샤슬릭 먹음", []),  # a short word two slips from a name (샤시) is a word of its own
        ("회사 앞 공사장에 타워크레인이 세 대 서 있어요.", []),  # a name with its particle: weighed by the reading
        ("이번 달 냉난방비 고지서 보고 기절할 뻔", []),  # a name with a word glued: the bill, no HVAC work
        ("입국검사 줄이 너무 길었어요 김해공항", []),  # two common words glued: an everyday compound
        ("책임지냐고 친구한테 물어봤어요", []),  # a common word with a predicate's ending
        ("commercialising my sister's recipes", []),  # a common English word derived
    ],
)
def test_a_sentences_one_long_word_some_keys_from_one_name_is_that_skill(text: str, expected: list[str]) -> None:
    assert skill_ids(SHIPPED, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arduniio projects in school", ["arduino"]),  # two edits: a key added, two swapped
        ("Japanses ramen place opened near my house", []),  # controls: a language's name is its people's adjective
        ("Expres server with JWT login", []),  # an English word one edit away: that word misspelt
        ("Aduinoo kit at home", []),  # its first letters are typed as meant
    ],
)
def test_issue_16_a_sentences_one_word_of_seven_letters_two_edits_from_one_name(text: str, expected: list[str]) -> None:
    assert skill_ids(SHIPPED, text) == expected


def test_a_word_as_close_to_two_skills_names_is_left_unread() -> None:
    vocab = Vocabulary(
        [
            Skill("flow-u", "텐서플로우", "Flow U", "software", (), ()),
            Skill("flow-eo", "텐서플로어", "Flow Eo", "software", (), ()),
        ],
        version=1,
    )
    assert skill_ids(vocab, "텐서플로우어") == []  # 92 to both
    assert skill_ids(vocab, "텐서플로우우") == ["flow-u"]  # 92 to one, 85 to the other: below the cut-off


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("용잡", ["welding"]),  # typed alone: any one key of a two-syllable name, neighbour or not
        ("도긍 3년", ["plating"]),  # with its years
        ("적층 작업 3년", []),  # with another word (적응 is a trait): no text of one word
        ("선빤", ["lathe-general"]),
        ("라면", []),  # a common word
        ("도긍 라인", ["plating"]),  # beside where it is worked: "주죠 공정 1년", "제괸 공장에서 3년"
        ("도긍 3년 라인 보조", ["plating"]),
        ("도긍 일", []),  # beside another word: read only as a neighbouring key's slip (extract.py)
        ("촘무, 도긍", []),  # two clauses: no text of one word
        ("도급 공사 현장에서 2년 일했어요", []),  # a word of a job's terms (subcontracting), no slip of 도금
    ],
)
def test_a_text_of_one_short_korean_word_is_a_two_syllable_name_one_key_away(text: str, expected: list[str]) -> None:
    assert skill_ids(SHIPPED, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("현대중공업 도크 현장 5년", []),  # a loanword one key from a loanword's name (도커) that no word list holds
        ("아파트 골조 현장 5년", []),  # a word of Korean one key from a Sino-Korean name (공조)
        ("고기 직화 라인 2년", []),  # a Sino-Korean word (直火) that mecab-ko-dic lacks, one key from 작화
        ("견인 토잉 3년", []),  # 토잉 (towing) is two syllables Chinese characters are read as, one key from 토익
        ("엘라스틱 밴딩 바지가 제일 편해요", []),  # 밴딩 (banding) one key from a loanword (벤딩)
        ("비계 빼고 살코기만 주세요", []),  # 빼고 is a verb's form, one key from 재고
        ("쎄무 구두 수선 1년", []),  # 쎄무 (suede): a tensed consonant of speech, no slip of 세무
        ("빵집 소빵 담당 1년", []),  # 소빵 (소금빵), no slip of 소방
    ],
)
def test_a_short_word_among_other_words_is_no_slip_of_a_short_name(text: str, expected: list[str]) -> None:
    assert skill_ids(SHIPPED, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("자동차 부품 엉업 1년", ["sales"]),  # no word of Korean, a syllable (엉) no Chinese character is read as
        ("작은 무역회사 회걔 1년", ["accounting"]),
        ("감만 하녁 6개월", ["stevedoring"]),
        ("학과 행사 빌표 제가 맡았어요", ["presentation"]),
        ("니켈 더금 라인 2년", ["plating"]),
        ("탭핀 가공 반년", ["drilling-tapping"]),  # years said as half a year or in words: the clause's work
        ("산차 작업 두 달", ["loading-unloading"]),
    ],
)
def test_a_short_word_among_other_words_is_a_slip_of_a_sino_korean_name(text: str, expected: list[str]) -> None:
    """A two-syllable word one key from a Sino-Korean word of names (영업, 회계, 하역) that no Korean word is."""
    assert skill_ids(SHIPPED, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("밀랑 가공 1년 했어요 김해", ["milling-general"]),  # where it was done says nothing else
        ("주죠 작업 1년 했어요 진해", ["casting"]),
        ("단저 라인 6개월 창원", ["forging"]),
        ("밀랑 가공 1년 했어요 가구", ["milling-general"]),  # after the years' verb: what the work was done on
        ("밀랑 가공 가구", ["milling-general"]),  # the name's other word typed exactly says the slip (`anchored`)
        ("두조 가구", []),  # no years done: a thing beside the guess, not a place
        ("포항 흥해 공장 3년", []),  # between a city and a workplace: the place's part
        ("진주 얀마 공장 3년", []),  # a firm's name
        ("포항 흥해 현장 1년", []),
        ("도잔 1년 했어요 가구 공장", ["painting-coating"]),  # a workplace, in a clause of years
        ("영압 2년 했어요 식자재 회사", ["sales"]),
        ("불꺼 주세요 공장 기숙사", []),  # no years: 불꺼 is no slip of 불어
        ("엑셀 다룰 줄 알고 물류 회사에서 재고 관리 해요", ["excel", "inventory-management"]),  # 알고 is no 알곤
    ],
)
def test_a_short_slip_beside_the_city_or_workplace_it_was_done_in(text: str, expected: list[str]) -> None:
    assert skill_ids(SHIPPED, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("케드 도면 수정 1년", ["autocad"]),  # 도면 작성 is related to AutoCAD: the work done with it
        ("선번 돌린지 5년", ["lathe-general"]),  # the years since a machine was first run
        ("골프장 캐디 1년 했어요", []),  # a workplace of no skill related to AutoCAD
        ("동숲 내섬 꾸미는 중이에요", []),
    ],
)
def test_a_short_slip_beside_a_word_of_a_related_skills_name(text: str, expected: list[str]) -> None:
    assert skill_ids(SHIPPED, text) == expected


def test_a_short_word_one_key_from_two_skills_names_is_left_unread() -> None:
    vocab = Vocabulary(
        [Skill("plating", "도금", "Plating", "machining"), Skill("gold", "도긋", "Gold", "machining")], version=1
    )
    assert skill_ids(vocab, "도긍") == []


def test_the_korean_word_lists_hold_what_they_say() -> None:
    """bench/data/korean_words.py's lists: the syllables Chinese characters are read as, and two-syllable words of
    Korean with a syllable outside them (words, verbs' forms), none of them a slip."""
    sino = common_words._sino_korean_syllables()
    words = common_words._two_syllable_words()
    assert len(sino) == 469 and {"용", "접", "회", "계", "냉"} <= sino and not {"크", "엉", "빼", "걔"} & sino
    assert {"빼고", "풀고", "갔고", "도크"} & words == {"빼고", "풀고", "갔고"}  # 도크 (dock) no dictionary holds
    assert not {"엉업", "회걔", "하녁", "빌표"} & words
    assert all(len(word) == 2 and not common_words._sino_korean(word) for word in words)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("배권 작업 2년", ["piping"]),  # a short slip with the work done on it
        ("판긍 담당 1년차", ["sheet-metal"]),
        ("적층 작업 3년", []),  # a word of its own: no trait is worked on
        ("배식 담당 1년", []),  # serving meals, no code (배시) worked by hand
    ],
)
def test_pass_36_a_short_slip_with_its_work(text: str, expected: list[str]) -> None:
    assert [e.skill_id for e in extract(SHIPPED, text).skills] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("비게 설치 1년 했어요 아파트 신축 현장", []),  # a common word (비게) is no slip, whatever work follows
        ("배권 작업 2년 했어요 아파트 신축 현장", ["piping"]),  # the work right after it: the rest is where
        ("내섬 공사 보조", ["electrical-construction"]),
        ("수쇼 충전소 알바", ["hydrogen-fuel-cell"]),
        ("도근 라인 2년 다녔어요 수전 부품", ["plating"]),  # a nasal final for another
        ("도귬 공장 3년 차예요 자동차 휠 크롬 라인", []),  # ㅠ for ㅡ: no neighbours, no sounds alike
        ("제권 2년 했어요", ["steel-structure"]),  # years and the verb of doing: work done, as 작업
        ("판긍 일 1년 반 했어요 엘리베이터 문짝", ["sheet-metal"]),  # the bound noun of work, done for years
        ("치규 만드는 일 해 봤어요", ["jig-fixture"]),
        ("코딜 할 줄 알아요", ["programming"]),  # what the writer can do
        ("작훠 할 줄 알아요", ["hmi"]),
        ("도긍 일", []),  # the bound noun alone says no work done
        ("도긍 사진 보여 줄게요", []),  # no word of work right after it
        ("혐업 잘한다는 말 자주 들어요", []),  # a trait praised: no word of work after it
        ("적층 작업 3년 했어요 공장", []),  # a word of its own: no trait is worked on
        ("물휴 센터 야간 2년", ["logistics-management"]),  # a neighbouring key for a first consonant, with work after
        ("재호 작업 1년 했어요", []),  # a name: ㅎ and ㄱ are no neighbours
        ("계리 보조 구함", []),  # 계리 (actuarial work) is no 계류: ㅣ and ㅠ are neither neighbours nor alike
        ("지게 운전 2년 했어요", []),  # 지게 (an A-frame) is no 지그 beside other words
    ],
)
def test_issue_16_a_short_slip_with_work_said_right_after_it(text: str, expected: list[str]) -> None:
    """A short slip no common word is, one skill's name within one key, is that skill where the words right after it
    say work was done on it or the writer can do it, whatever else the sentence says."""
    assert skill_ids(SHIPPED, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("션반 3년 돌렸어요", ["lathe-general"]),  # a machine run: work done, as 했어요
        ("밀랑 2년 돌렸어요", ["milling-general"]),
        ("밀림 2년 돌렸어요", []),  # a jungle: no slip's one skill
    ],
)
def test_pass_37_a_short_slip_before_a_machine_run(text: str, expected: list[str]) -> None:
    assert skill_ids(SHIPPED, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("엄마 식당 매출을 엑셀로 정리해 드렸어요", ["excel"]),  # a tool's particle and office work: the program
        ("여행 경비 엑셀로 정리했어요", ["excel"]),
        ("엑셀 밟다가 신호 위반", []),  # a car's pedal, stepped on
        ("엑셀 밟는 법 숙지자", []),
        ("라즈베리로 잼 만들었어요", []),  # a thing made: fruit makes jam too
        ("집 앞 카페 사장님이 엑셀로 매출 정리하시는 거 보고 신기했어요", []),  # the honorific: another's work
    ],
)
def test_issue_16_a_tools_particle_with_office_work_is_the_program(text: str, expected: list[str]) -> None:
    assert skill_ids(SHIPPED, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("전역하고 지게차 자격증 땄습니다", ["qual-forklift"]),  # a discharge from the army, no slip of 번역
        ("전역했습니다 지게차 있어요", ["forklift-operation"]),
        ("전역", []),
        ("통역 알바를 했어요", ["translation-interpretation"]),  # the skill's own word
    ],
)
def test_issue_16_a_word_of_military_service_is_no_slip(text: str, expected: list[str]) -> None:
    assert skill_ids(SHIPPED, text) == expected
