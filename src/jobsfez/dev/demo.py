"""Demo data for the first `make run`: employers with open postings, seekers with profiles, an approved career
centre with an open drive (two of the companies taking part, registered participants, their matching and a few
interest marks) and a draft, a staff account."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from jobsfez.accounts import service as accounts
from jobsfez.accounts.tables import User
from jobsfez.centres import service as centres
from jobsfez.config import MINIMUM_WAGE_2026, Settings
from jobsfez.drives import company as drive_company
from jobsfez.drives import employers as drive_employers
from jobsfez.drives import interest, participants, prematch, rosters
from jobsfez.drives import service as drives
from jobsfez.drives import timetables as drive_timetables
from jobsfez.drives.offers import OfferInput
from jobsfez.drives.tables import DriveMatchRun
from jobsfez.drives.validation import DayInput, DriveInput
from jobsfez.employers import service as employers
from jobsfez.employers.service import Actor
from jobsfez.postings import service as postings
from jobsfez.postings.validation import PostingInput, PostingSkillInput, seoul_today
from jobsfez.seekers import service as seekers

DEMO_PASSWORD = "jobsfez-demo-2026"

COMPANIES = [
    (
        "hr@myeongji-ai.kr",
        "명지AI랩",
        "Myeongji AI Lab",
        "ai_data",
        "1208147521",
        "부산 강서구 명지국제8로 20",
        "myeongji",
    ),
    (
        "hr@jinhae-precision.kr",
        "진해정밀",
        "Jinhae Precision",
        "automotive_parts",
        "1248100998",
        "경남 창원시 진해구 웅동로 100",
        "ungdong",
    ),
    (
        "hr@sinhang-logis.kr",
        "신항로지스",
        "Sinhang Logistics",
        "port_logistics",
        "2148810390",
        "경남 창원시 진해구 신항로 55",
        "sinhang",
    ),
    (
        "hr@busan-marine.kr",
        "부산해양기자재",
        "Busan Marine Equipment",
        "shipbuilding_marine",
        "1018600990",
        "부산 강서구 녹산산단 321로 7",
        "other",
    ),
]
# (company index, title, occupation, employment type, shift, monthly pay, must, nice, no experience)
POSTINGS = [
    (
        0,
        "머신비전 AI 엔지니어",
        "AI engineer",
        "full_time",
        "day",
        3_800_000,
        ("Python", "딥러닝", "컴퓨터 비전"),
        ("PyTorch", "Docker"),
        False,
    ),
    (
        0,
        "데이터 분석 인턴 (청년)",
        "Data analyst intern",
        "internship",
        "day",
        2_300_000,
        ("SQL", "Excel"),
        ("Python", "Tableau"),
        True,
    ),
    (
        1,
        "CNC 선반 가공원 (신입 가능)",
        "CNC lathe operator",
        "full_time",
        "two_shift",
        2_900_000,
        ("CNC 선반", "도면 해독"),
        ("컴퓨터응용선반기능사",),
        True,
    ),
    (
        1,
        "자동차 부품 품질관리",
        "Quality inspector",
        "full_time",
        "day",
        3_000_000,
        ("품질관리", "3차원 측정기"),
        ("IATF 16949",),
        False,
    ),
    (
        2,
        "지게차 운전원 (컨테이너 야드)",
        "Forklift operator",
        "full_time",
        "three_shift",
        3_100_000,
        ("지게차 운전", "지게차운전기능사"),
        ("물류관리사",),
        True,
    ),
    (
        3,
        "선박 배관 용접사",
        "Pipe welder",
        "contract",
        "day",
        3_600_000,
        ("TIG 용접", "배관 용접"),
        ("용접기능사", "특수용접기능사"),
        False,
    ),
]
SEEKERS = [
    (
        "minjun@example.kr",
        "김민준",
        2001,
        [("CNC선반", 3, 2.0), ("도면해독", 2, None), ("용졉", 2, None)],
        "컴퓨터응용선반기능사",
        ["automotive_parts", "machinery"],
        ["myeongji", "ungdong"],
    ),
    (
        "seoyeon@example.kr",
        "이서연",
        2003,
        [("파이선", 3, 1.0), ("SQL", 3, None), ("엑셀", 4, None)],
        "ADsP",
        ["ai_data", "ai_software"],
        ["myeongji"],
    ),
    (
        "tuan@example.com",
        "Nguyen Van Tuan",
        1998,
        [("forklift", 4, 3.0), ("warehouse management", 3, None)],
        "지게차운전기능사",
        ["port_logistics"],
        ["sinhang"],
    ),
]
STAFF = ("staff@jobsfez.kr", "운영팀")
CENTRE = {
    "name_ko": "부산대학교 일자리플러스센터",
    "name_en": "Pusan National University Job Plus Center",
    "kind": "university",
    "district": "other",
    "address": "부산 금정구 부산대학로63번길 2",
    "phone": "051-510-3800",
}
CENTRE_MANAGER = ("jobplus@pnu-career.kr", "정다은")
DRIVE_IN_DAYS = 14  # the open drive's day: two weeks from the first run, registration until two days before
# (title, description, district, address, rooms, capacity, open for registration)
DRIVES = [
    (
        "명지 AI·제조 현장면접의 날",
        "명지 국제신도시의 AI·IT 기업과 자동차 부품·조선 기자재 제조 기업이 청년 구직자를 현장에서 만납니다.\n\n"
        "- 신청자는 행사 전에 참여 기업과 미리 매칭됩니다\n- 이력서를 지참해 주세요\n- 만 15–39세 청년 누구나",
        "myeongji",
        "부산 강서구 명지국제6로 168 명지글로벌센터",
        "1층 대강당, 면접 부스 1–16",
        300,
        True,
    ),
    (
        "신항 물류 채용박람회 (준비 중)",
        "부산신항 물류 기업과 함께하는 채용박람회입니다. 참여 기업을 모으는 중입니다.",
        "sinhang",
        "",
        "",
        150,
        False,
    ),
]


# Seekers of the demo who register for the open drive themselves, and a roster the centre imported: people who have
# no account yet (each was e-mailed a claim link, in the dev mail sink) and one row Excel left without consent.
DRIVE_SEEKERS = ("minjun@example.kr", "seoyeon@example.kr")
DRIVE_ROSTER = """이름,이메일,휴대폰,출생연도,기술,희망 업종,동의
최유진,yujin.choi@example.kr,010-2345-6789,2002,"용접, 도면 해독",조선·해양 기자재,Y
박지훈,jihoon.park@example.kr,010-3456-7890,2000,"Python, 데이터 분석",AI/데이터,동의
정수아,sua.jung@example.kr,01045678901,2004,CNC 선반,자동차 부품,○
한도윤,doyun.han@example.kr,010-5678-9012,1999,물류 관리,항만 물류,
"""
DEV_BASE_URL = str(Settings.__dataclass_fields__["base_url"].default)  # the dev server's address, as configured


async def is_empty() -> bool:
    found: bool = await User.exists()
    return not found


async def load(*, base_url: str = DEV_BASE_URL) -> list[tuple[str, str]]:
    """Create the demo accounts and content; returns (role description, email) pairs to print."""
    logins = []
    staff = await accounts.create_user(email=STAFF[0], password=DEMO_PASSWORD, role="staff", display_name=STAFF[1])
    logins.append(("staff", STAFF[0]))
    actors = []
    for email, name_ko, name_en, sector, brn, address, district in COMPANIES:
        owner, employer_id = await employers.register(
            email=email,
            password=DEMO_PASSWORD,
            display_name=f"{name_ko} 채용팀",
            locale="ko",
            name_ko=name_ko,
            name_en=name_en,
            sector=sector,
            brn=brn,
            address=address,
            district=district,
        )
        await employers.decide(staff_user_id=staff.id, employer_id=employer_id, approve=True)
        actors.append((Actor(user_id=owner.id, employer_id=employer_id, role="owner", approved=True), sector, district))
        logins.append((f"employer ({name_en})", email))
    manager, centre_id = await centres.register(
        email=CENTRE_MANAGER[0], password=DEMO_PASSWORD, display_name=CENTRE_MANAGER[1], locale="ko", **CENTRE
    )
    await centres.decide(staff_user_id=staff.id, centre_id=centre_id, approve=True)
    logins.append(("career centre manager (PNU)", manager.email))
    await _drives(manager.id)
    for company, title, occupation, kind, shift, pay, must, nice, no_experience in POSTINGS:
        actor, sector, district = actors[company]
        raw = PostingInput(
            title=title,
            description=f"{title}\n\n- 4대 보험\n- 중식 제공\n- 통근 버스",
            sector=sector,
            occupation=occupation,
            district=district,
            address=COMPANIES[company][5],
            employment_type=kind,
            shift=shift,
            pay_unit="month",
            pay_min=pay,
            openings=2,
            closing_date=seoul_today() + timedelta(days=30),
            no_experience=no_experience,
            youth_min_age=15 if no_experience else None,
            youth_max_age=39 if no_experience else None,
            must=tuple(PostingSkillInput(text) for text in must),
            nice=tuple(PostingSkillInput(text) for text in nice),
        )
        posting_id = await postings.create(actor, raw, minimum_hourly_wage=MINIMUM_WAGE_2026)
        await postings.publish(actor, posting_id)
    await _drive_employers(manager.id, [actor for actor, _, _ in actors[:2]])
    this_year = datetime.now(UTC).year
    for email, name, birth_year, skills, qualification, sectors, districts in SEEKERS:
        user = await accounts.create_user(email=email, password=DEMO_PASSWORD, role="seeker", display_name=name)
        await seekers.save_profile(
            user.id,
            seekers.ProfileInput(
                birth_year=str(birth_year),
                sectors=tuple(sectors),
                districts=tuple(districts),
                findable=True,
                skills=tuple(seekers.ProfileSkillInput(text, level, years) for text, level, years in skills),
                qualifications=qualification,
                employment_types=("full_time",),
            ),
            this_year=this_year,
        )
        logins.append(("job seeker", email))
    await _participants(manager.id, base_url=base_url)
    await _matching(manager.id, [actor for actor, _, _ in actors[:2]])
    await _timetable(manager.id)
    return logins


async def _drives(manager_id: int) -> None:
    """The demo centre's drives: one open for registration in two weeks at Myeongji, one still a draft."""
    actor = await centres.actor_for(manager_id)
    assert actor is not None
    today = seoul_today()
    day = today + timedelta(days=DRIVE_IN_DAYS)
    for title, description, district, address, rooms, capacity, is_open in DRIVES:
        raw = DriveInput(
            title=title,
            description=description,
            venue_district=district,
            venue_address=address,
            rooms=rooms,
            registration_opens_at=f"{today.isoformat()}T00:00" if is_open else "",
            registration_closes_at=f"{(day - timedelta(days=2)).isoformat()}T18:00" if is_open else "",
            region="zone",
            capacity=capacity,
            days=(DayInput(day.isoformat(), "10:00", "17:00"),),
        )
        drive_id = await drives.create(actor, raw)
        if is_open:
            await drives.transition(actor, drive_id, "publish")


# (booth, interview minutes, hours on the drive's day) of the first two demo companies on the open drive
DRIVE_OFFERS = [("부스 A-1", "20", ("10:00", "16:00")), ("부스 A-2", "30", ("13:00", "17:00"))]


async def _drive_employers(manager_id: int, companies: list[Actor]) -> None:
    """The first demo companies take part in the open drive, with their open postings, their owner interviewing, a
    booth and hours."""
    centre = await centres.actor_for(manager_id)
    assert centre is not None
    [drive_id] = [hosted.drive.id for hosted in await drives.centre_drives(centre) if hosted.drive.status == "open"]
    for actor, (booth, minutes, hours) in zip(companies, DRIVE_OFFERS, strict=True):
        await drive_employers.invite(centre, drive_id, employer_id=actor.employer_id)
        await drive_company.answer(actor, drive_id, accept=True)
        page = await drive_company.offer_page(actor, drive_id)
        offer = OfferInput(
            interview_minutes=minutes,
            booth=booth,
            posting_ids=tuple(str(posting.id) for posting in page.postings),
            interviewer_ids=(str(actor.user_id),),
            hours=(hours,),
        )
        await drive_company.set_offer(actor, drive_id, offer)


async def _participants(manager_id: int, *, base_url: str) -> None:
    """Participants of the open drive: demo seekers who registered, and the rows of an imported roster."""
    actor = await centres.actor_for(manager_id)
    assert actor is not None
    [drive] = [hosted.drive for hosted in await drives.centre_drives(actor) if hosted.drive.status == "open"]
    birth_years = {seeker[0]: seeker[2] for seeker in SEEKERS}
    for email in DRIVE_SEEKERS:
        user = await User.select(User.id).where(User.email == email).first()
        assert user is not None
        await participants.register(
            user["id"], drive.id, birth_year=str(birth_years[email]), consent=True, now=drives.now(), language="ko"
        )
    await rosters.import_file(actor, drive.id, DRIVE_ROSTER.encode("cp949"), base_url=base_url, language="ko")


async def _matching(manager_id: int, companies: list[Actor]) -> None:
    """The open drive matched (the run done here, as the worker does it), and a few interest marks: the first demo
    seeker and the first company want to meet each other, the second seeker marked the second company."""
    actor = await centres.actor_for(manager_id)
    assert actor is not None
    [drive] = [hosted.drive for hosted in await drives.centre_drives(actor) if hosted.drive.status == "open"]
    await prematch.run(await prematch.start(actor, drive.id))
    seeker_ids = []
    for email in DRIVE_SEEKERS:
        user = await User.select(User.id).where(User.email == email).first()
        assert user is not None
        seeker_ids.append(user["id"])
    await interest.mark_company(seeker_ids[0], drive.id, companies[0].employer_id, want=True)
    await interest.mark_company(seeker_ids[1], drive.id, companies[1].employer_id, want=True)
    mine = await participants.my_registrations(seeker_ids[0])
    await interest.mark_participant(companies[0], drive.id, mine[0].participant_id, want=True)


async def _timetable(manager_id: int) -> None:
    """The open drive's interview timetable, a draft to edit and publish, once its pre-matching has finished."""
    actor = await centres.actor_for(manager_id)
    assert actor is not None
    [drive] = [hosted.drive for hosted in await drives.centre_drives(actor) if hosted.drive.status == "open"]
    if await DriveMatchRun.exists().where((DriveMatchRun.drive_id == drive.id) & (DriveMatchRun.status == "done")):
        await drive_timetables.build(actor, drive.id, max_interviews=3)
