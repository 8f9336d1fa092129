"""What search engines and feed readers get of postings: schema.org JobPosting JSON-LD and the Atom feed's entries.

Pure builders over plain values; the serialisers they hand them to (``jobsfez.syndication``) escape what employers
typed.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from typing import Any

from jobsfez import syndication
from jobsfez.postings.search import FeedItem
from jobsfez.postings.validation import SEOUL
from jobsfez.postings.views import PostingView, description_blocks
from jobsfez.syndication import FeedEntry, postal_address

# Google for Jobs' employmentType values for ours; a work-and-learn apprenticeship has no closer one than OTHER.
EMPLOYMENT_TYPE = {
    "full_time": "FULL_TIME",
    "contract": "TEMPORARY",
    "part_time": "PART_TIME",
    "internship": "INTERN",
    "apprenticeship": "OTHER",
}
PAY_UNIT = {"hour": "HOUR", "month": "MONTH", "year": "YEAR"}


def description_html(text: str) -> str:
    """The description as the small HTML Google shows: escaped paragraphs and lists."""
    parts = []
    for block in description_blocks(text):
        lines = [html.escape(line) for line in block.lines]
        if block.kind == "p":
            parts.append("<p>" + "<br>".join(lines) + "</p>")
        else:
            parts.append(f"<{block.kind}>" + "".join(f"<li>{line}</li>" for line in lines) + f"</{block.kind}>")
    return "".join(parts)


def _salary(posting: PostingView) -> dict[str, Any] | None:
    if posting.pay_min is None:
        return None
    value: dict[str, Any] = {"@type": "QuantitativeValue", "unitText": PAY_UNIT[posting.pay_unit]}
    if posting.pay_max is not None and posting.pay_max != posting.pay_min:
        value["minValue"], value["maxValue"] = posting.pay_min, posting.pay_max
    else:
        value["value"] = posting.pay_min
    return {"@type": "MonetaryAmount", "currency": "KRW", "value": value}


def job_posting(posting: PostingView, *, base_url: str, sector_name: str, shift_name: str) -> dict[str, Any]:
    """Every property Google for Jobs requires, and the recommended ones that apply."""
    posted = (posting.published_at or posting.created_at).astimezone(SEOUL)
    data: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": posting.title,
        "description": description_html(posting.description),
        "identifier": {"@type": "PropertyValue", "name": posting.company_name_ko, "value": f"jobsfez-{posting.id}"},
        "datePosted": posted.date().isoformat(),
        "validThrough": posting.closes_at.astimezone(SEOUL).isoformat(),
        "employmentType": EMPLOYMENT_TYPE[posting.employment_type],
        "hiringOrganization": {
            "@type": "Organization",
            "name": posting.company_name_ko,
            "alternateName": posting.company_name_en,
            "sameAs": f"{base_url}/companies/{posting.employer_id}",
        },
        "jobLocation": {"@type": "Place", "address": postal_address(posting.district, posting.address)},
        "directApply": True,  # seekers apply on jobsfez itself, not on another site
        "totalJobOpenings": posting.openings,
        "occupationalCategory": posting.occupation,
        "industry": sector_name,
        "workHours": shift_name,
        "url": f"{base_url}/jobs/{posting.id}",
    }
    if salary := _salary(posting):
        data["baseSalary"] = salary
    skills = [s.text for s in (*posting.must, *posting.nice)]
    if skills:
        data["skills"] = ", ".join(skills)
    if posting.no_experience:  # Google's documented value for "no experience needed"
        data["experienceRequirements"] = "no requirements"
    if posting.start_date is not None:
        data["jobStartDate"] = posting.start_date.isoformat()
    return data


def atom_feed(
    items: Iterable[FeedItem],
    *,
    base_url: str,
    title: str,
    company_of: Callable[[FeedItem], str],
    summary_of: Callable[[FeedItem], str],
) -> bytes:
    """The Atom feed of postings; ``company_of`` and ``summary_of`` give each entry's author and summary."""
    entries = (
        FeedEntry(
            url=f"{base_url}/jobs/{item.id}",
            title=item.title,
            published=item.published_at,
            updated=item.updated_at,
            author=company_of(item),
            summary=summary_of(item),
        )
        for item in items
    )
    return syndication.atom_feed(
        entries, feed_url=f"{base_url}/jobs/feed.atom", page_url=f"{base_url}/jobs", title=title
    )
