"""A seeker's journeys of issue 17 in Chromium, in Korean and in English: saved jobs and searches, answering offers,
the welcome after sign-up, a company's page with its jobs, and a form sent from a ``?lang=en`` address."""

import re

import pytest
from playwright.async_api import Page, expect

from jobsfez.applications import service as applications
from jobsfez.employers.service import Actor
from jobsfez.interviews.service import Links
from tests.browser.journeys import DESKTOP, LANGUAGES, choose_language, shot, sign_in
from tests.browser.test_postings_browser import watch
from tests.helpers import PASSWORD, make_employer, make_posting, make_seeker, signup_link

LINKS = Links("http://testserver", "secret", "test.testserver")
SAVED = {
    "ko": {
        "save": "☆ 스크랩",
        "saved": "★ 스크랩함",
        "unsave": "스크랩 취소",
        "save search": "검색 저장",
        "search saved": "검색을 저장했습니다",
        "saved jobs": "스크랩한 공고",
        "saved searches": "저장한 검색",
        "e-mail on": "매일 이메일: 켜짐",
        "delete": "삭제",
        "delete?": "저장한 검색을 삭제할까요? 매일 보내던 이메일도 멈춥니다.",
        "yes": "네, 삭제합니다",
        "none": "아직 저장한 검색이 없습니다.",
    },
    "en": {
        "save": "☆ Save job",
        "saved": "★ Job saved",
        "unsave": "Remove from saved",
        "save search": "Save search",
        "search saved": "Search saved.",
        "saved jobs": "Saved jobs",
        "saved searches": "Saved searches",
        "e-mail on": "Daily e-mail: on",
        "delete": "Delete",
        "delete?": "Delete this saved search? Its daily e-mail stops too.",
        "yes": "Yes, delete it",
        "none": "You have no saved searches yet.",
    },
}


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_seeker_saves_a_job_and_a_search_then_removes_both(page: Page, site: str, language: str) -> None:
    words, problems = SAVED[language], []
    watch(page, problems)
    owner, company = await make_employer()
    await make_posting(company, owner.id, title="선박 용접공")
    await make_seeker()
    await sign_in(page, site, "seeker@example.kr", language)

    await page.goto(site + "/jobs?q=용접")
    card = page.locator("article.job").filter(has_text="선박 용접공")
    await card.get_by_role("button", name=words["save"]).click()
    await expect(card.locator(".badge.saved")).to_have_text(words["saved"])
    await page.get_by_role("button", name=words["save search"]).click()
    await expect(page.get_by_role("status").filter(has_text=words["search saved"])).to_be_visible()

    await page.get_by_role("navigation").get_by_role("link", name=words["saved jobs"]).click()
    saved = page.locator("article.job").filter(has_text="선박 용접공")
    await expect(saved.get_by_role("heading", name="선박 용접공")).to_be_visible()
    await shot(page, f"saved-jobs-{language}")
    await saved.get_by_role("button", name=words["unsave"]).click()
    await expect(saved.get_by_role("button", name=words["save"])).to_be_visible()
    await page.reload()
    await expect(page.locator("article.job")).to_have_count(0)

    await page.get_by_role("navigation").get_by_role("link", name=words["saved searches"]).click()
    search = page.locator("article.saved-search").filter(has_text="용접")
    await expect(search.get_by_text(words["e-mail on"])).to_be_visible()
    await shot(page, f"saved-searches-{language}")
    question = search.get_by_text(words["delete?"])
    await expect(question).to_be_hidden()  # asked only once "Delete" is pressed
    await search.get_by_text(words["delete"], exact=True).click()
    await expect(question).to_be_visible()
    await search.get_by_role("button", name=words["yes"]).click()
    await expect(page.get_by_text(words["none"])).to_be_visible()
    assert problems == []


OFFERS = {
    "ko": {
        "applications": "지원 현황",
        "offered": "축하합니다: 회사에서 채용을 제안했습니다",
        "accept": "제안 수락하기",
        "accepted": "제안을 수락했습니다. 회사에 전달되었으며",
        "decline": "제안 거절하기",
        "decline?": "제안을 거절할까요? 회사에 전달되고 지원이 종료됩니다.",
        "yes": "네, 거절합니다",
        "declined": "제안을 거절했습니다. 회사에 전달되었습니다.",
    },
    "en": {
        "applications": "Applications",
        "offered": "Congratulations: the company offers you this job",
        "accept": "Accept the offer",
        "accepted": "You accepted the offer. The company has been told",
        "decline": "Decline the offer",
        "decline?": "Decline the offer? The company is told and the application closes.",
        "yes": "Yes, decline",
        "declined": "You declined the offer. The company has been told.",
    },
}


async def _offered(employer_id: int, owner_id: int, seeker_id: int, title: str) -> None:
    posting_id = await make_posting(employer_id, owner_id, title=title)
    application_id = await applications.apply(
        seeker_id, posting_id=posting_id, message="", include_resume=False, base_url=""
    )
    actor = Actor(user_id=owner_id, employer_id=employer_id, role="owner", approved=True)
    for stage in ("screening", "offer"):
        await applications.move(actor, application_id, to_stage=stage, links=LINKS)


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_seeker_accepts_one_offer_and_declines_another(page: Page, site: str, language: str) -> None:
    words, problems = OFFERS[language], []
    watch(page, problems)
    owner, company = await make_employer()
    seeker = await make_seeker()
    await _offered(company, owner.id, seeker.id, "CNC 선반 기능직")
    await _offered(company, owner.id, seeker.id, "선박 배관 용접사")
    await sign_in(page, site, "seeker@example.kr", language)

    await page.get_by_role("navigation").get_by_role("link", name=words["applications"]).click()
    await expect(page.get_by_role("heading", name=words["offered"])).to_have_count(2)
    await shot(page, f"offers-{language}")
    lathe = page.locator("article").filter(has_text="CNC 선반 기능직")
    await lathe.get_by_role("button", name=words["accept"]).click()
    await expect(page.get_by_role("status")).to_contain_text(words["accepted"])
    await expect(page.get_by_role("heading", name=words["offered"])).to_have_count(1)

    welder = page.locator("article").filter(has_text="선박 배관 용접사")
    question = welder.get_by_text(words["decline?"])
    await expect(question).to_be_hidden()
    await welder.get_by_text(words["decline"], exact=True).click()
    await expect(question).to_be_visible()
    await welder.get_by_role("button", name=words["yes"]).click()
    await expect(page.get_by_role("status")).to_have_text(words["declined"])
    await expect(page.get_by_role("heading", name=words["offered"])).to_have_count(0)
    assert problems == []


WELCOME = {
    "ko": {
        "sign up": "회원가입",
        "name": "이름",
        "email": "이메일",
        "password": "비밀번호",
        "create": "계정 만들기",
        "finish": "계정 만들기",
        "sent": "jiwoo@example.kr 주소로 이메일을 보냈습니다",
        "welcome": "한지우님, jobsfez에 오신 것을 환영합니다!",
        "profile": "프로필 작성하기",
        "empty": "프로필 완성도 0%",
        "missing": "기술",
        "save": "프로필 저장",
        "saved": "프로필을 저장했습니다.",
        "some": "프로필 완성도 17%",
    },
    "en": {
        "sign up": "Sign up",
        "name": "Name",
        "email": "Email",
        "password": "Password",
        "create": "Create account",
        "finish": "Create my account",
        "sent": "We sent an email to jiwoo@example.kr",
        "welcome": "Welcome to jobsfez, 한지우!",
        "profile": "Fill in my profile",
        "empty": "Profile 0% complete",
        "missing": "Your skills",
        "save": "Save profile",
        "saved": "Your profile was saved.",
        "some": "Profile 17% complete",
    },
}


@pytest.mark.parametrize("language", LANGUAGES)
async def test_sign_up_welcomes_and_leads_to_the_profile_and_its_completeness(
    page: Page, site: str, language: str
) -> None:
    words, problems = WELCOME[language], []
    watch(page, problems)
    await choose_language(page, site, language)
    await page.get_by_role("navigation").get_by_role("link", name=words["sign up"]).click()
    await page.get_by_label(words["name"]).fill("한지우")
    await page.get_by_label(words["email"]).fill("jiwoo@example.kr")
    await page.get_by_label(words["password"]).fill(PASSWORD)
    await page.locator("#f-consent").check()
    await page.get_by_role("button", name=words["create"]).click()
    await expect(page.get_by_text(words["sent"])).to_be_visible()
    await page.goto(site + await signup_link("jiwoo@example.kr"))  # the link in the e-mail
    await page.get_by_role("button", name=words["finish"]).click()

    await expect(page.get_by_role("heading", name=words["welcome"])).to_be_visible()
    await shot(page, f"welcome-{language}")
    await page.get_by_role("link", name=words["profile"]).click()
    completeness = page.locator("section.completeness")
    await expect(completeness.get_by_role("heading")).to_have_text(words["empty"])
    await expect(completeness.get_by_role("link", name=words["missing"])).to_be_visible()
    await page.locator("input[name=skill_text]").first.fill("CNC 선반")
    await page.get_by_role("button", name=words["save"]).click()
    await expect(page.get_by_role("status").filter(has_text=words["saved"])).to_be_visible()
    await expect(completeness.get_by_role("heading")).to_have_text(words["some"])
    await expect(completeness.locator("progress")).to_have_attribute("value", "17")
    await shot(page, f"profile-{language}")
    assert problems == []


COMPANY = {
    "ko": {
        "name": "명지정밀",
        "verified": "인증 기업",
        "sector": "자동차 부품",
        "jobs": "채용 중인 공고 (2)",
        "save": "☆ 스크랩",
        "saved": "★ 스크랩함",
        "for you": "추천 공고",
    },
    "en": {
        "name": "Myeongji Precision",
        "verified": "Verified",
        "sector": "Automotive parts",
        "jobs": "Open jobs (2)",
        "save": "☆ Save job",
        "saved": "★ Job saved",
        "for you": "For you",
    },
}


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_company_page_lists_its_jobs_and_a_seeker_saves_from_it_and_from_recommendations(
    page: Page, site: str, language: str
) -> None:
    words, problems = COMPANY[language], []
    watch(page, problems)
    await page.set_viewport_size(DESKTOP)
    owner, company = await make_employer()
    lathe = await make_posting(company, owner.id, title="CNC 선반 기능직")
    await make_posting(company, owner.id, title="선박 배관 용접사", must=(("TIG 용접", None),), nice=())
    await make_seeker()
    await choose_language(page, site, language, f"/jobs/{lathe}")
    # a visitor: from a posting to its company, which lists its open jobs, without save buttons
    await page.locator("main .company").get_by_role("link", name=words["name"]).click()
    await expect(page.get_by_role("heading", level=1)).to_contain_text(words["name"])
    await expect(page.get_by_role("heading", level=1)).to_contain_text(words["verified"])
    await expect(page.get_by_text(words["sector"], exact=False).first).to_be_visible()
    await expect(page.get_by_role("heading", name=words["jobs"])).to_be_visible()
    await expect(page.locator(".company-jobs li")).to_have_count(2)
    await expect(page.locator(".save-toggle")).to_have_count(0)

    await sign_in(page, site, "seeker@example.kr", language)
    await page.goto(f"{site}/companies/{company}")
    job = page.locator(".company-jobs li").filter(has_text="선박 배관 용접사")
    await job.get_by_role("button", name=words["save"]).click()
    await expect(job.locator(".badge.saved")).to_have_text(words["saved"])
    await shot(page, f"company-{language}")
    await page.reload()  # stored, not only swapped in
    await expect(job.locator(".badge.saved")).to_have_text(words["saved"])

    await page.get_by_role("navigation").get_by_role("link", name=words["for you"]).click()
    card = page.locator("article.card").filter(has_text="CNC 선반 기능직")
    await card.get_by_role("button", name=words["save"]).click()
    await expect(card.locator(".badge.saved")).to_have_text(words["saved"])
    await shot(page, f"recommended-{language}")
    assert problems == []


async def test_a_form_sent_from_a_lang_en_address_stays_in_english(page: Page, site: str) -> None:
    """No cookie says English: only the address does, and the login form's answers keep it, a mistake's too."""
    await make_seeker()
    await page.goto(f"{site}/login?next=/me/saved&lang=en")
    await page.get_by_label("Email").fill("seeker@example.kr")
    await page.get_by_label("Password", exact=True).fill("a wrong password")
    await page.get_by_role("button", name="Log in", exact=True).click()
    await expect(page.get_by_role("alert")).to_be_visible()  # the form again, at /login, still in English
    await expect(page.locator("html")).to_have_attribute("lang", "en")
    await page.get_by_label("Password", exact=True).fill(PASSWORD)
    await page.get_by_role("button", name="Log in", exact=True).click()
    await expect(page).to_have_url(re.compile(r"/me/saved\?lang=en$"))
    await expect(page.get_by_role("heading", name="Saved jobs")).to_be_visible()
    assert not [c for c in await page.context.cookies() if c["name"] == "lang"]
