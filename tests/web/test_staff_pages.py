"""Staff's pages: deciding on a company or centre with its registrant's contact in view and a reason for a refusal,
the lists of companies, centres and accounts, and suspending an account."""

import json
import re

import httpx
import pytest

from jobsfez.accounts.tables import User
from jobsfez.employers.tables import Employer
from jobsfez.moderation import tenants, users
from jobsfez.moderation.tables import AccountSuspension
from jobsfez.notifications import messages
from jobsfez.notifications.tables import Notification
from tests.helpers import (
    PASSWORD,
    VALID_BRNS,
    csrf_of,
    form_post,
    login,
    make_centre,
    make_employer,
    make_posting,
    make_seeker,
    make_staff,
)


async def test_approval_shows_the_owner_and_a_rejection_tells_them_why(client: httpx.AsyncClient) -> None:
    owner, company_id = await make_employer(approved=False)
    await User.update({User.locale: "en"}).where(User.id == owner.id)  # the owner reads English
    await make_staff()
    await login(client, "staff@jobsfez.kr")
    queue = await client.get("/staff/employers")
    assert queue.status_code == 200
    for shown in ("박서연", "owner@example.kr", "가입일", "명지정밀"):
        assert shown in queue.text, shown
    token = csrf_of(queue.text)

    unexplained = await client.post(f"/staff/employers/{company_id}/reject", data={"_csrf": token, "reason": " "})
    assert unexplained.status_code == 400
    assert "이유를 적어 주세요" in unexplained.text and 'aria-invalid="true"' in unexplained.text
    assert (await Employer.select(Employer.status).first()) == {"status": "pending"}
    assert await Notification.count() == 0

    reason = "The registration number belongs to <another> company."
    rejected = await client.post(f"/staff/employers/{company_id}/reject", data={"_csrf": token, "reason": reason})
    assert rejected.status_code == 302 and rejected.headers["location"] == "/staff/employers"
    assert await Employer.select(Employer.status, Employer.decision_reason).first() == {
        "status": "rejected",
        "decision_reason": reason,
    }
    sent = await Notification.select(Notification.channel, Notification.language, Notification.payload).where(
        Notification.recipient_user_id == owner.id
    )
    assert sorted((row["channel"], row["language"]) for row in sent) == [("email", "en"), ("inbox", "en")]
    mail = messages.render("registration_rejected", "en", json.loads(sent[0]["payload"]), base_url="")
    assert mail.subject == "Your company was not approved on jobsfez: Myeongji Precision"
    assert reason in mail.text and "&lt;another&gt;" in mail.html

    record = await client.get(f"/staff/employers/{company_id}")
    assert "The registration number belongs to &lt;another&gt; company." in record.text
    assert "staff@jobsfez.kr" in record.text  # who decided
    assert "Nothing is waiting." in (await client.get("/staff/employers?lang=en")).text
    # decided once: a second decision finds nothing to decide
    again = await client.post(f"/staff/employers/{company_id}/approve", data={"_csrf": token})
    assert again.status_code == 404

    client.cookies.clear()
    await login(client, "owner@example.kr")
    assert reason.replace("<", "&lt;").replace(">", "&gt;") in (await client.get("/employer")).text


async def test_a_rejected_centre_s_manager_is_told_in_korean(client: httpx.AsyncClient) -> None:
    manager, centre_id = await make_centre(approved=False)
    await make_staff()
    await login(client, "staff@jobsfez.kr")
    queue = await client.get("/staff/centres")
    assert "051-970-1234" in queue.text and "manager@centre.kr" in queue.text
    rejected = await client.post(
        f"/staff/centres/{centre_id}/reject",
        data={"_csrf": csrf_of(queue.text), "reason": "센터를 확인할 수 없습니다."},
    )
    assert rejected.status_code == 302
    [inbox] = await Notification.select(Notification.payload, Notification.language).where(
        (Notification.recipient_user_id == manager.id) & (Notification.channel == "inbox")
    )
    subject = messages.subject("registration_rejected", inbox["language"], json.loads(inbox["payload"]))
    assert subject == "jobsfez에서 센터 등록이 승인되지 않았습니다: 명지청년센터"


async def test_the_lists_find_companies_and_centres_by_decision_name_and_number(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    await make_employer(email="a@a.kr", brn=VALID_BRNS[0], name_ko="명지정밀", name_en="Myeongji Precision")
    await make_employer(email="b@b.kr", brn=VALID_BRNS[1], name_ko="진해조선", name_en="Jinhae Marine")
    await make_employer(email="c@c.kr", brn=VALID_BRNS[2], approved=False, name_ko="녹산기계", name_en="Noksan_Machine")
    await make_centre(approved=True)
    await make_staff()
    await login(client, "staff@jobsfez.kr")

    async def names(url: str) -> list[str]:
        page = (await client.get(url)).text
        return [name for name in ("명지정밀", "진해조선", "녹산기계", "명지청년센터") if f">{name} /" in page]

    assert await names("/staff/employers") == ["녹산기계"]
    assert await names("/staff/employers?status=approved") == ["명지정밀", "진해조선"]
    assert await names("/staff/employers?status=approved&q=jinhae") == ["진해조선"]
    assert await names("/staff/employers?status=approved&q=정밀") == ["명지정밀"]
    brn = VALID_BRNS[1]
    assert await names(f"/staff/employers?status=approved&q={brn[:3]}-{brn[3:5]}") == ["진해조선"]
    assert await names("/staff/employers?status=approved&q=%25") == []  # a % is a character, not a wildcard
    assert await names("/staff/employers?status=nonsense&q=_") == ["녹산기계"]  # so is _; a bad status is "pending"
    assert await names("/staff/centres?status=approved&q=청년") == ["명지청년센터"]
    assert await names("/staff/centres?status=rejected") == []

    monkeypatch.setattr(tenants, "PAGE_SIZE", 1)
    first = await client.get("/staff/employers?status=approved")
    assert "전체 2페이지 중 1페이지" in first.text
    assert 'href="/staff/employers?status=approved&amp;q=&amp;page=2"' in first.text
    assert await names("/staff/employers?status=approved&page=2") == ["명지정밀"]  # newest first
    assert await names("/staff/employers?status=approved&page=x") == ["진해조선"]
    assert (await client.get("/staff/employers/999")).status_code == 404


async def test_staff_find_an_account_suspend_it_with_a_reason_and_restore_it(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeker = await make_seeker("minjun@example.kr", "김민준")
    await make_seeker("seoyeon@example.kr", "이서연")
    staff = await make_staff()
    await login(client, "minjun@example.kr")
    assert (await client.get("/me")).status_code == 200
    seekers_session = dict(client.cookies)

    client.cookies.clear()
    await login(client, "staff@jobsfez.kr")
    listed = await client.get("/staff/users?q=MINJUN")
    assert "minjun@example.kr" in listed.text and "seoyeon@example.kr" not in listed.text
    by_name = await client.get("/staff/users?q=서연&role=seeker")
    assert "seoyeon@example.kr" in by_name.text and "minjun@example.kr" not in by_name.text
    assert "minjun@example.kr" not in (await client.get("/staff/users?role=staff")).text
    monkeypatch.setattr(users, "PAGE_SIZE", 2)
    assert "staff@jobsfez.kr" not in (await client.get("/staff/users?page=2")).text  # newest first: staff on page 1
    assert "minjun@example.kr" in (await client.get("/staff/users?page=2")).text

    page = await client.get(f"/staff/users/{seeker.id}")
    token = csrf_of(page.text)
    unexplained = await client.post(f"/staff/users/{seeker.id}/suspend", data={"_csrf": token, "reason": ""})
    assert unexplained.status_code == 400 and "이유를 적어 주세요" in unexplained.text
    assert (await User.select(User.is_active).where(User.id == seeker.id).first()) == {"is_active": True}

    reason = "Posted spam in application messages."
    suspended = await client.post(f"/staff/users/{seeker.id}/suspend", data={"_csrf": token, "reason": reason})
    assert suspended.status_code == 302
    again = await client.post(f"/staff/users/{seeker.id}/suspend", data={"_csrf": token, "reason": reason})
    assert again.status_code == 409 and "이미 그 상태" in again.text
    assert "minjun@example.kr" in (await client.get("/staff/users?state=suspended")).text
    own = await client.post(f"/staff/users/{staff.id}/suspend", data={"_csrf": token, "reason": "x"})
    assert own.status_code == 403
    assert await AccountSuspension.count() == 1

    # the seeker's open session has ended and they cannot log in again
    client.cookies.clear()
    client.cookies.update(seekers_session)
    assert (await client.get("/me")).status_code in (302, 401)
    client.cookies.clear()
    refused = await form_post(client, "/login", "/login", {"email": "minjun@example.kr", "password": PASSWORD})
    assert refused.status_code != 302

    await login(client, "staff@jobsfez.kr")
    token = csrf_of((await client.get(f"/staff/users/{seeker.id}")).text)
    restored = await client.post(
        f"/staff/users/{seeker.id}/restore", data={"_csrf": token, "reason": "Appeal accepted."}
    )
    assert restored.status_code == 302
    record = (await client.get(f"/staff/users/{seeker.id}")).text
    assert reason in record and "Appeal accepted." in record and "staff@jobsfez.kr" in record
    assert "이 계정 정지하기" in record  # active again


async def test_the_overview_counts_what_waits_and_how_the_platform_is_used(client: httpx.AsyncClient) -> None:
    from jobsfez.applications import service as applications
    from jobsfez.moderation import reports

    owner, company = await make_employer()  # approved
    await make_employer("other@example.kr", VALID_BRNS[1], approved=False, name_ko="녹산기계", name_en="Noksan")
    await make_centre(approved=False)
    first = await make_posting(company, owner.id)
    await make_posting(company, owner.id, title="용접 기능직")
    await make_posting(company, owner.id, title="초안", publish=False)  # a draft is no open job
    seeker = await make_seeker()
    other = await make_seeker("second@example.kr", "이서연")
    await applications.apply(seeker.id, posting_id=first, message="", include_resume=False, base_url="")
    await reports.report(seeker.id, posting_id=first, reason="spam", details="")
    await reports.report(other.id, posting_id=first, reason="scam", details="")  # one posting, two reports
    await make_staff()
    await login(client, "staff@jobsfez.kr")

    page = await client.get("/staff?lang=en")
    assert page.status_code == 200
    figures = dict(re.findall(r"<dt>(?:<a [^>]*>)?([^<]+)(?:</a>)?</dt><dd>([^<]+)</dd>", page.text))
    assert figures == {
        "Companies waiting for approval": "1",
        "Career centres waiting for approval": "1",
        "Reported postings": "1",
        "Messages not delivered, last 7 days": "0",
        "Job seekers": "2",
        "Company members": "2",
        "Career centre members": "1",
        "New accounts, last 7 days": "7",  # with the staff who approved the company
        "Approved companies": "1",
        "Open jobs": "2",
        "Applications, last 7 days": "1",
        "Interviews ahead": "0",
        "Hires, last 30 days": "0",
    }
    assert "3 decisions wait for you" in page.text
    assert "3건의 결정이 기다리고 있습니다" in (await client.get("/staff")).text


@pytest.mark.parametrize("who", ["seeker@example.kr", "owner@example.kr"])
async def test_only_staff_see_the_overview(client: httpx.AsyncClient, who: str) -> None:
    await make_seeker()
    await make_employer()
    await login(client, who)
    assert (await client.get("/staff")).status_code == 403
