"""Seekers report postings that break the rules; staff hide a reported posting (it leaves search, its page says it is
unavailable and the company is told why) or dismiss its reports."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from piccolo.querystring import QueryString

from jobsfez.db import NOW, new_row, transaction
from jobsfez.employers.tables import EmployerMember
from jobsfez.errors import Conflict, NotFound, Throttled, ValidationFailed
from jobsfez.i18n import lazy
from jobsfez.moderation.paging import PAGE_SIZE, Page, page_number
from jobsfez.moderation.tables import PostingReport
from jobsfez.notifications import service as notifications
from jobsfez.postings.tables import Posting, PostingHistory
from jobsfez.tenancy.service import check_reason, first_member

REASONS = {
    "scam": lazy("A scam: it asks for money, an ID card or bank details"),
    "discrimination": lazy("Discrimination or illegal terms (age, sex, origin, pay under the minimum wage)"),
    "misleading": lazy("False or misleading information"),
    "spam": lazy("Spam, or the same posting again"),
    "other": lazy("Something else"),
}
DETAILS_MAX = 1000
# A person reports a few postings a day at most; more is someone flooding the queue. Counted from the stored reports,
# as invitations are.
REPORTS_PER_DAY = 10
A_DAY_AGO = QueryString("now() - interval '1 day'")
CHOOSE_REASON = lazy("Choose what is wrong with the posting.")
DETAILS_TOO_LONG = lazy("Keep the details under 1,000 characters.")
ALREADY_REPORTED = lazy("You have already reported this posting. Our staff will look at it.")
TOO_MANY_REPORTS = lazy("You can report up to {limit} postings a day. Try again tomorrow.")
REPORTABLE = ("published", "closed")  # what seekers can see


@dataclass(frozen=True, slots=True)
class ReportView:
    reason: str
    details: str
    reporter: str  # the reporter's e-mail, for staff
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ReportedPosting:
    posting_id: int
    title: str
    company: str
    employer_id: int
    status: str
    reports: tuple[ReportView, ...]  # the open ones, oldest first


async def reported_at(user_id: int, posting_id: int) -> datetime | None:
    """When this person reported the posting, if they did."""
    row = (
        await PostingReport.select(PostingReport.created_at)
        .where((PostingReport.reporter_id == user_id) & (PostingReport.posting_id == posting_id))
        .first()
    )
    return None if row is None else row["created_at"]


async def report(user_id: int, *, posting_id: int, reason: str, details: str) -> None:
    """A seeker's report of a posting they can see, once per posting."""
    details = details.strip()
    errors = {}
    if reason not in REASONS:
        errors["reason"] = CHOOSE_REASON
    if len(details) > DETAILS_MAX:
        errors["details"] = DETAILS_TOO_LONG
    if errors:
        raise ValidationFailed(next(iter(errors.values())), fields=errors)
    async with transaction():
        visible = await Posting.exists().where(
            (Posting.id == posting_id)
            & Posting.status.is_in(list(REPORTABLE))
            & (Posting.employer_id._.status == "approved")
        )
        if not visible:
            raise NotFound()
        today = await PostingReport.count().where(
            (PostingReport.reporter_id == user_id) & (PostingReport.created_at > A_DAY_AGO)
        )
        if today >= REPORTS_PER_DAY:
            raise Throttled(TOO_MANY_REPORTS, limit=REPORTS_PER_DAY)
        created = await (
            PostingReport.insert(
                new_row(PostingReport, posting_id=posting_id, reporter_id=user_id, reason=reason, details=details)
            )
            .on_conflict(target="posting_reports_once", action="DO NOTHING")
            .returning(PostingReport.id)
        )
        if not created:
            raise Conflict(ALREADY_REPORTED)


async def queue(*, page: str) -> Page[ReportedPosting]:
    """Postings with open reports, the longest waiting first, each with its open reports."""
    is_open = PostingReport.status == "open"
    waiting = (
        await PostingReport.select(PostingReport.posting_id)
        .where(is_open)
        .group_by(PostingReport.posting_id)
        .order_by(QueryString("min(created_at)"), PostingReport.posting_id)
    )
    number = page_number(page)
    ids = [row["posting_id"] for row in waiting][(number - 1) * PAGE_SIZE : number * PAGE_SIZE]
    if not ids:
        return Page((), number, len(waiting), PAGE_SIZE)
    postings = {
        row["id"]: row
        for row in await Posting.select(
            Posting.id,
            Posting.title,
            Posting.status,
            Posting.employer_id,
            Posting.employer_id._.name_ko.as_alias("company"),
        ).where(Posting.id.is_in(ids))
    }
    reports: dict[int, list[ReportView]] = {posting_id: [] for posting_id in ids}
    for row in (
        await PostingReport.select(
            PostingReport.posting_id,
            PostingReport.reason,
            PostingReport.details,
            PostingReport.reporter_id._.email.as_alias("reporter"),
            PostingReport.created_at,
        )
        .where(is_open & PostingReport.posting_id.is_in(ids))
        .order_by(PostingReport.created_at, PostingReport.id)
    ):
        reports[row.pop("posting_id")].append(ReportView(**row))
    items = tuple(
        ReportedPosting(
            posting_id,
            postings[posting_id]["title"],
            postings[posting_id]["company"],
            postings[posting_id]["employer_id"],
            postings[posting_id]["status"],
            tuple(reports[posting_id]),
        )
        for posting_id in ids
    )
    return Page(items, number, len(waiting), PAGE_SIZE)


async def hide(*, staff_user_id: int, posting_id: int, note: str, base_url: str) -> None:
    """Uphold a posting's open reports: it is hidden from seekers for good, and its company's owner is told why."""
    note = check_reason(note)
    async with transaction():
        before = await _decide(staff_user_id, posting_id, status="upheld", note=note)
        [posting] = (
            await Posting.update({Posting.status: "hidden", Posting.updated_at: NOW})
            .where(Posting.id == posting_id)
            .returning(Posting.employer_id, Posting.title)
        )
        await PostingHistory.insert(
            new_row(
                PostingHistory,
                posting_id=posting_id,
                employer_id=posting["employer_id"],
                user_id=staff_user_id,
                action="hidden",
                changes=json.dumps({"status": [before, "hidden"]}),
            )
        )
        owner = await first_member(EmployerMember, role="owner", employer_id=posting["employer_id"])
        if owner is not None:
            await notifications.notify_user(
                owner,
                cause=f"posting_hidden:{posting_id}",
                kind="posting_hidden",
                employer_id=posting["employer_id"],
                payload={
                    "title": posting["title"],
                    "reason": note,
                    "url": f"{base_url}/employer/postings/{posting_id}",
                },
            )


async def dismiss(*, staff_user_id: int, posting_id: int) -> None:
    """Close a posting's open reports without acting on it: the posting stays as it is."""
    async with transaction():
        await _decide(staff_user_id, posting_id, status="dismissed", note="")


async def _decide(staff_user_id: int, posting_id: int, *, status: str, note: str) -> str:
    """Close the posting's open reports; returns the posting's status before. NotFound when none is open, so a
    second click changes nothing."""
    row = await Posting.select(Posting.status).where(Posting.id == posting_id).lock_rows().first()
    closed = (
        await PostingReport.update(
            {
                PostingReport.status: status,
                PostingReport.decided_at: NOW,
                PostingReport.decided_by: staff_user_id,
                PostingReport.decision_note: note,
            }
        )
        .where((PostingReport.posting_id == posting_id) & (PostingReport.status == "open"))
        .returning(PostingReport.id)
    )
    if row is None or not closed:
        raise NotFound()
    return str(row["status"])
