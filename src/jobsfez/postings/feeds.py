"""What search engines and feed readers get: schema.org JobPosting JSON-LD, an Atom feed and a sitemap.

Pure builders over plain values; text employers typed is escaped by the JSON and XML serialisers, and
"<" in the JSON is written as \\u003c so a description can never close the script element it sits in.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any
from xml.etree import ElementTree as ET

from jobsfez.postings.search import FeedItem
from jobsfez.postings.validation import SEOUL
from jobsfez.postings.views import PostingView, description_blocks

ATOM = "http://www.w3.org/2005/Atom"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"

# Google for Jobs' employmentType values for ours; a work-and-learn apprenticeship has no closer one than OTHER.
EMPLOYMENT_TYPE = {
    "full_time": "FULL_TIME",
    "contract": "TEMPORARY",
    "part_time": "PART_TIME",
    "internship": "INTERN",
    "apprenticeship": "OTHER",
}
PAY_UNIT = {"hour": "HOUR", "month": "MONTH", "year": "YEAR"}
# Where each zone district is, for the postal address (Korean names: the address language of the zone).
DISTRICT_PLACES = {
    "myeongji": ("부산광역시", "강서구 명지동"),
    "sinhang": ("부산광역시", "강서구 (부산신항)"),
    "jisa": ("부산광역시", "강서구 지사동"),
    "ungdong": ("경상남도", "창원시 진해구 웅동"),
    "dudong": ("경상남도", "창원시 진해구 두동"),
}


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


def _address(posting: PostingView) -> dict[str, str]:
    address = {"@type": "PostalAddress", "addressCountry": "KR"}
    region, locality = DISTRICT_PLACES.get(posting.district, ("", ""))
    if region:
        address["addressRegion"] = region
        address["addressLocality"] = locality
    if posting.address:
        address["streetAddress"] = posting.address
    return address


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
        "jobLocation": {"@type": "Place", "address": _address(posting)},
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


def script_json(data: dict[str, Any]) -> str:
    """JSON safe inside <script type="application/ld+json">: no "<", ">" or "&" left to the HTML parser."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _timestamp(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def atom_feed(
    items: Iterable[FeedItem],
    *,
    base_url: str,
    title: str,
    company_of: Callable[[FeedItem], str],
    summary_of: Callable[[FeedItem], str],
) -> bytes:
    """An Atom 1.0 feed of postings; ``company_of`` and ``summary_of`` give each entry's author and summary."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    entries = list(items)
    ET.SubElement(feed, f"{{{ATOM}}}id").text = f"{base_url}/jobs/feed.atom"
    ET.SubElement(feed, f"{{{ATOM}}}title").text = title
    updated = max((item.updated_at for item in entries), default=datetime(2026, 1, 1, tzinfo=UTC))
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = _timestamp(updated)
    ET.SubElement(feed, f"{{{ATOM}}}link", href=f"{base_url}/jobs/feed.atom", rel="self")
    ET.SubElement(feed, f"{{{ATOM}}}link", href=f"{base_url}/jobs", rel="alternate", type="text/html")
    for item in entries:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        url = f"{base_url}/jobs/{item.id}"
        ET.SubElement(entry, f"{{{ATOM}}}id").text = url
        ET.SubElement(entry, f"{{{ATOM}}}title").text = item.title
        ET.SubElement(entry, f"{{{ATOM}}}link", href=url, rel="alternate", type="text/html")
        ET.SubElement(entry, f"{{{ATOM}}}published").text = _timestamp(item.published_at)
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = _timestamp(item.updated_at)
        author = ET.SubElement(entry, f"{{{ATOM}}}author")
        ET.SubElement(author, f"{{{ATOM}}}name").text = company_of(item)
        ET.SubElement(entry, f"{{{ATOM}}}summary", type="text").text = summary_of(item)
    return bytes(ET.tostring(feed, encoding="utf-8", xml_declaration=True))


def sitemap(urls: Iterable[tuple[str, datetime | None]]) -> bytes:
    """A sitemap of the given pages with their last change."""
    ET.register_namespace("", SITEMAP)
    root = ET.Element(f"{{{SITEMAP}}}urlset")
    for loc, modified in urls:
        url = ET.SubElement(root, f"{{{SITEMAP}}}url")
        ET.SubElement(url, f"{{{SITEMAP}}}loc").text = loc
        if modified is not None:
            ET.SubElement(url, f"{{{SITEMAP}}}lastmod").text = modified.astimezone(UTC).date().isoformat()
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))
