"""Demo data for the first `make run`: a few employers, seekers and a staff account, with their logins."""

from __future__ import annotations

from jobsfez.accounts import service as accounts
from jobsfez.db import fetchrow
from jobsfez.employers import service as employers

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
SEEKERS = [("minjun@example.kr", "김민준"), ("seoyeon@example.kr", "이서연"), ("tuan@example.com", "Nguyen Van Tuan")]
STAFF = ("staff@jobsfez.kr", "운영팀")


async def is_empty() -> bool:
    row = await fetchrow("SELECT count(*) AS n FROM users")
    return row is not None and row["n"] == 0


async def load() -> list[tuple[str, str]]:
    """Create the demo accounts; returns (role description, email) pairs to print."""
    logins = []
    staff = await accounts.create_user(email=STAFF[0], password=DEMO_PASSWORD, role="staff", display_name=STAFF[1])
    logins.append(("staff", STAFF[0]))
    for email, name_ko, name_en, sector, brn, address, district in COMPANIES:
        _, employer_id = await employers.register(
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
        logins.append((f"employer ({name_en})", email))
    for email, name in SEEKERS:
        await accounts.create_user(email=email, password=DEMO_PASSWORD, role="seeker", display_name=name)
        logins.append(("job seeker", email))
    return logins
