"""What search engines and feed readers read of any public page: Atom feeds, the sitemap, JSON-LD and addresses.

Pure builders over plain values, shared by postings and drives; what people typed is escaped by the JSON and XML
serialisers, and "<" in the JSON is written as \\u003c so a description can never close the script element it
sits in.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from xml.etree import ElementTree as ET

from jobsfez.choices import DISTRICT_PLACES

ATOM = "http://www.w3.org/2005/Atom"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
EMPTY_FEED_UPDATED = datetime(2026, 1, 1, tzinfo=UTC)  # a feed must say when it changed, even with no entries


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One entry of an Atom feed: the page it points to, and what a feed reader shows of it."""

    url: str
    title: str
    published: datetime
    updated: datetime
    author: str
    summary: str


def _timestamp(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def atom_feed(entries: Iterable[FeedEntry], *, feed_url: str, page_url: str, title: str) -> bytes:
    """An Atom 1.0 feed, identified by its own address, pointing to the page that lists the same things."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    listed = list(entries)
    ET.SubElement(feed, f"{{{ATOM}}}id").text = feed_url
    ET.SubElement(feed, f"{{{ATOM}}}title").text = title
    updated = max((entry.updated for entry in listed), default=EMPTY_FEED_UPDATED)
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = _timestamp(updated)
    ET.SubElement(feed, f"{{{ATOM}}}link", href=feed_url, rel="self")
    ET.SubElement(feed, f"{{{ATOM}}}link", href=page_url, rel="alternate", type="text/html")
    for item in listed:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}id").text = item.url
        ET.SubElement(entry, f"{{{ATOM}}}title").text = item.title
        ET.SubElement(entry, f"{{{ATOM}}}link", href=item.url, rel="alternate", type="text/html")
        ET.SubElement(entry, f"{{{ATOM}}}published").text = _timestamp(item.published)
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = _timestamp(item.updated)
        author = ET.SubElement(entry, f"{{{ATOM}}}author")
        ET.SubElement(author, f"{{{ATOM}}}name").text = item.author
        ET.SubElement(entry, f"{{{ATOM}}}summary", type="text").text = item.summary
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


def script_json(data: dict[str, Any]) -> str:
    """JSON safe inside <script type="application/ld+json">: no "<", ">" or "&" left to the HTML parser."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def postal_address(district: str, street: str) -> dict[str, str]:
    """schema.org's PostalAddress of a place in one of the zone's districts (or elsewhere, by its street)."""
    address = {"@type": "PostalAddress", "addressCountry": "KR"}
    region, locality = DISTRICT_PLACES.get(district, ("", ""))
    if region:
        address["addressRegion"] = region
        address["addressLocality"] = locality
    if street:
        address["streetAddress"] = street
    return address
