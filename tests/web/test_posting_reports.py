"""Seekers report a posting once; staff hide it (it leaves search, its page says so, the company is told why) or
dismiss the reports."""

import json

import httpx
import pytest

from jobsfez.moderation import reports
from jobsfez.moderation.tables import PostingReport
from jobsfez.notifications import messages
from jobsfez.notifications.tables import Notification
from jobsfez.postings.tables import Posting
from tests.helpers import csrf_of, login, make_employer, make_posting, make_seeker, make_staff


async def _company_with_posting() -> tuple[int, int]:
    owner, company = await make_employer()
    return owner.id, await make_posting(company, owner.id, title="고수익 재택 부업")


async def test_a_seeker_reports_a_posting_once_and_staff_hide_it(client: httpx.AsyncClient) -> None:
    owner_id, posting = await _company_with_posting()
    await make_seeker()
    await make_staff()
    await login(client, "seeker@example.kr")
    page = await client.get(f"/jobs/{posting}")
    assert f'href="/jobs/{posting}/report"' in page.text
    form = await client.get(f"/jobs/{posting}/report")
    token = csrf_of(form.text)
    unexplained = await client.post(f"/jobs/{posting}/report", data={"_csrf": token, "reason": "bogus"})
    assert unexplained.status_code == 400 and "무엇이 문제인지 골라 주세요" in unexplained.text
    sent = await client.post(
        f"/jobs/{posting}/report", data={"_csrf": token, "reason": "scam", "details": "선입금 10만원을 요구합니다."}
    )
    assert sent.status_code == 200 and "신고했습니다" in sent.text
    again = await client.post(f"/jobs/{posting}/report", data={"_csrf": token, "reason": "spam"})
    assert again.status_code == 409 and "이미 신고" in again.text
    assert await PostingReport.count() == 1

    client.cookies.clear()
    await login(client, "staff@jobsfez.kr")
    queue = await client.get("/staff/reports")
    assert "고수익 재택 부업" in queue.text and "선입금 10만원을 요구합니다." in queue.text
    assert "seeker@example.kr" in queue.text
    token = csrf_of(queue.text)
    unexplained = await client.post(f"/staff/reports/{posting}/hide", data={"_csrf": token, "reason": ""})
    assert unexplained.status_code == 400 and 'aria-invalid="true"' in unexplained.text
    reason = "Asks applicants to pay a deposit."
    hidden = await client.post(f"/staff/reports/{posting}/hide", data={"_csrf": token, "reason": reason})
    assert hidden.status_code == 302
    assert (await Posting.select(Posting.status).where(Posting.id == posting).first()) == {"status": "hidden"}
    assert "고수익 재택 부업" not in (await client.get("/staff/reports")).text
    assert (await client.post(f"/staff/reports/{posting}/dismiss", data={"_csrf": token})).status_code == 404

    # it leaves search, its page says it is unavailable, and the company's owner is told why
    client.cookies.clear()
    assert "고수익 재택 부업" not in (await client.get("/jobs?q=부업")).text
    gone = await client.get(f"/jobs/{posting}")
    assert gone.status_code == 410 and "볼 수 없는 공고입니다" in gone.text and "고수익" not in gone.text
    assert (await client.get(f"/api/v1/postings/{posting}")).status_code == 404
    [told] = await Notification.select(Notification.payload, Notification.language).where(
        (Notification.recipient_user_id == owner_id) & (Notification.channel == "email")
    )
    mail = messages.render("posting_hidden", told["language"], json.loads(told["payload"]), base_url="")
    assert reason in mail.text and "고수익 재택 부업" in mail.subject
    await login(client, "owner@example.kr")
    manage = await client.get(f"/employer/postings/{posting}")
    assert "운영진이 숨김" in manage.text
    token = csrf_of(manage.text)
    assert (await client.post(f"/employer/postings/{posting}/publish", data={"_csrf": token})).status_code == 409
    assert (await client.post(f"/employer/postings/{posting}/reopen", data={"_csrf": token})).status_code == 409


async def test_staff_dismiss_reports_and_the_posting_stays(client: httpx.AsyncClient) -> None:
    _, posting = await _company_with_posting()
    seeker = await make_seeker()
    staff = await make_staff()
    await reports.report(seeker.id, posting_id=posting, reason="other", details="")
    await login(client, "staff@jobsfez.kr")
    token = csrf_of((await client.get("/staff/reports")).text)
    assert (await client.post(f"/staff/reports/{posting}/dismiss", data={"_csrf": token})).status_code == 302
    assert (await Posting.select(Posting.status).where(Posting.id == posting).first()) == {"status": "published"}
    assert await PostingReport.select(PostingReport.status, PostingReport.decided_by).first() == {
        "status": "dismissed",
        "decided_by": staff.id,
    }
    assert "Nothing is waiting." in (await client.get("/staff/reports?lang=en")).text
    assert (await client.get(f"/jobs/{posting}")).status_code == 200


async def test_reports_are_limited_a_day_and_only_of_postings_seekers_can_see(
    monkeypatch: pytest.MonkeyPatch, db: None
) -> None:
    owner, company = await make_employer()
    first = await make_posting(company, owner.id)
    second = await make_posting(company, owner.id, title="두 번째 공고")
    draft = await make_posting(company, owner.id, title="초안", publish=False)
    seeker = await make_seeker()
    with pytest.raises(reports.NotFound):
        await reports.report(seeker.id, posting_id=draft, reason="spam", details="")
    monkeypatch.setattr(reports, "REPORTS_PER_DAY", 1)
    await reports.report(seeker.id, posting_id=first, reason="spam", details="")
    with pytest.raises(reports.Throttled):
        await reports.report(seeker.id, posting_id=second, reason="spam", details="")
    assert await PostingReport.count() == 1
