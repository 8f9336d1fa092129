"""Reference data: the closed lists a posting, a company, a career centre, a profile and a search choose from.

Each maps a stored code to its label (a gettext msgid, translated where it is shown). The codes are stored in
PostgreSQL, so a code is never renamed; a new one needs a label in both catalogues.
"""

from __future__ import annotations

from jobsfez.i18n import lazy

SECTORS = {
    "ai_software": lazy("AI/IT software"),
    "ai_data": lazy("AI/data"),
    "automotive_parts": lazy("Automotive parts"),
    "shipbuilding_marine": lazy("Shipbuilding and marine equipment"),
    "machinery": lazy("Machinery"),
    "port_logistics": lazy("Port logistics"),
    "energy": lazy("Energy"),
    "bio_medical": lazy("Bio/medical"),
    "other": lazy("Other"),
}
DISTRICTS = {
    "myeongji": lazy("Myeongji"),
    "sinhang": lazy("Sinhang (Busan New Port)"),
    "jisa": lazy("Jisa"),
    "ungdong": lazy("Ungdong"),
    "dudong": lazy("Dudong"),
    "other": lazy("Elsewhere in Busan–Gyeongnam"),
}
# How many people a company employs, in the bands Korean job boards show (the first is "not given").
COMPANY_SIZES = {
    "": lazy("Not given"),
    "1-9": lazy("1–9 employees"),
    "10-49": lazy("10–49 employees"),
    "50-299": lazy("50–299 employees"),
    "300-999": lazy("300–999 employees"),
    "1000+": lazy("1,000 or more employees"),
}
# Where each zone district is, for postal addresses (Korean names: the address language of the zone).
DISTRICT_PLACES = {
    "myeongji": ("부산광역시", "강서구 명지동"),
    "sinhang": ("부산광역시", "강서구 (부산신항)"),
    "jisa": ("부산광역시", "강서구 지사동"),
    "ungdong": ("경상남도", "창원시 진해구 웅동"),
    "dudong": ("경상남도", "창원시 진해구 두동"),
}
EMPLOYMENT_TYPES = {
    "full_time": lazy("Full-time"),
    "contract": lazy("Contract"),
    "part_time": lazy("Part-time"),
    "internship": lazy("Internship"),
    "apprenticeship": lazy("Apprenticeship (work and learn)"),
}
SHIFTS = {
    "day": lazy("Day shift"),
    "two_shift": lazy("Two shifts"),
    "three_shift": lazy("Three shifts"),
    "flexible": lazy("Flexible hours"),
}
PAY_UNITS = {"hour": lazy("per hour"), "month": lazy("per month"), "year": lazy("per year")}

# The statutory conversion: a month of full-time work is 209 paid hours; a year is twelve months.
HOURS_PER_MONTH = 209
MONTHS_PER_YEAR = 12
HOURS_PER_UNIT = {"hour": 1, "month": HOURS_PER_MONTH, "year": HOURS_PER_MONTH * MONTHS_PER_YEAR}

# The filters of the job search, in the order the form shows them: a posting's field and its choices. The
# criteria check them, the query filters by them, the form shows them and the index tokens are named after them.
SEARCH_FILTERS = {"sector": SECTORS, "district": DISTRICTS, "employment_type": EMPLOYMENT_TYPES, "shift": SHIFTS}

# The kinds of career centre that run placement drives in the zone (Korean names as the offices call themselves).
CENTRE_KINDS = {
    "university": lazy("University career centre (일자리플러스센터)"),
    "vocational_school": lazy("Vocational high school placement office (취업지원실)"),
    "employment_centre": lazy("Public employment centre (고용센터)"),
    "youth_centre": lazy("Youth centre (청년센터)"),
    "zone_authority": lazy("Free Economic Zone Authority"),
    "industry_association": lazy("Industry association"),
    "other": lazy("Other"),
}
# A centre's members: a manager does everything; a counsellor runs drives but does not manage the members.
CENTRE_ROLES = {"manager": lazy("Manager"), "counsellor": lazy("Counsellor")}
# Where staff's decision on a tenant (a company, a centre) stands.
APPROVAL_STATUSES = {
    "pending": lazy("Waiting for approval"),
    "approved": lazy("Approved"),
    "rejected": lazy("Not approved"),
}

# A placement drive: where its participants may live, who may see it, and where its lifecycle stands
# (draft → open for registration ⇄ closed → held → archived; drives/service.py says which steps are allowed).
DRIVE_REGIONS = {
    "zone": lazy("The Free Economic Zone"),
    "busan_gyeongnam": lazy("Busan–Gyeongnam"),
    "anywhere": lazy("Anywhere"),
}
DRIVE_VISIBILITIES = {"public": lazy("Public: listed on jobsfez"), "invite_only": lazy("Invitation only")}
DRIVE_STATUSES = {
    "draft": lazy("Draft"),
    "open": lazy("Open for registration"),
    "closed": lazy("Registration closed"),
    "held": lazy("Held"),
    "archived": lazy("Archived"),
}
# Where a company stands with a drive: the centre invited it or it asked to join; the other side answered.
DRIVE_EMPLOYER_STATUSES = {
    "invited": lazy("Invited"),
    "requested": lazy("Asked to join"),
    "joined": lazy("Taking part"),
    "declined": lazy("Declined"),
    "withdrawn": lazy("Withdrawn"),
}
