"""JSON-LD, Atom and sitemap builders escape what employers type; descriptions keep paragraphs and lists."""

import json
from datetime import UTC, date, datetime
from xml.etree import ElementTree as ET

from jobsfez.postings.feeds import atom_feed, description_html, job_posting
from jobsfez.postings.search import FeedItem
from jobsfez.postings.views import Block, PostingSkillView, PostingView, description_blocks
from jobsfez.syndication import ATOM, SITEMAP, script_json, sitemap

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)


def posting(**changes: object) -> PostingView:
    values: dict[str, object] = {
        "id": 7,
        "employer_id": 3,
        "status": "published",
        "title": "용접공 </script><script>alert(1)</script>",
        "description": "선박 블록을 용접합니다.\n둘째 줄\n\n- TIG\n- CO2\n\n1. 면접\n2. 입사",
        "sector": "shipbuilding_marine",
        "occupation": "용접공",
        "district": "ungdong",
        "address": "",
        "employment_type": "apprenticeship",
        "shift": "two_shift",
        "pay_unit": "hour",
        "pay_min": 12_000,
        "pay_max": 15_000,
        "pay_negotiable": False,
        "openings": 4,
        "start_date": date(2027, 1, 4),
        "closing_date": date(2026, 12, 31),
        "closes_at": datetime(2026, 12, 31, 15, 0, tzinfo=UTC),
        "no_experience": True,
        "youth_min_age": None,
        "youth_max_age": None,
        "created_at": NOW,
        "updated_at": NOW,
        "published_at": NOW,
        "closed_at": None,
        "company_name_ko": "진해조선 & 해양",
        "company_name_en": "Jinhae Marine",
        "company_verified": True,
        "must": (PostingSkillView("TIG 용접", 3, "tig-welding", "tig-welding"),),
        "nice": (),
    }
    values.update(changes)
    return PostingView(**values)  # type: ignore[arg-type]


def test_descriptions_keep_paragraphs_and_lists() -> None:
    assert description_blocks(posting().description) == [
        Block("p", ("선박 블록을 용접합니다.", "둘째 줄")),
        Block("ul", ("TIG", "CO2")),
        Block("ol", ("면접", "입사")),
    ]
    assert description_html("<b>굵게</b>\n\n- a & b") == "<p>&lt;b&gt;굵게&lt;/b&gt;</p><ul><li>a &amp; b</li></ul>"


def test_json_ld_has_what_google_requires_and_cannot_close_its_script() -> None:
    data = job_posting(posting(), base_url="https://jobsfez.kr", sector_name="조선", shift_name="2교대")
    text = script_json(data)
    assert "</" not in text and "<" not in text
    parsed = json.loads(text)
    assert parsed["title"].endswith("</script><script>alert(1)</script>")
    assert parsed["datePosted"] == "2026-11-24"
    assert parsed["validThrough"] == "2027-01-01T00:00:00+09:00"
    assert parsed["employmentType"] == "OTHER"
    assert parsed["baseSalary"]["value"] == {
        "@type": "QuantitativeValue",
        "unitText": "HOUR",
        "minValue": 12_000,
        "maxValue": 15_000,
    }
    assert parsed["jobLocation"]["address"]["addressRegion"] == "경상남도"
    assert parsed["experienceRequirements"] == "no requirements"
    assert parsed["skills"] == "TIG 용접"


def test_negotiable_pay_has_no_salary_and_an_experienced_job_no_experience_claim() -> None:
    data = job_posting(
        posting(pay_min=None, pay_max=None, pay_negotiable=True, no_experience=False),
        base_url="https://jobsfez.kr",
        sector_name="",
        shift_name="",
    )
    assert "baseSalary" not in data and "experienceRequirements" not in data


def test_atom_and_sitemap_are_well_formed_with_any_text() -> None:
    item = FeedItem(7, "A & B <C>", "용접공", "설명 ]]> &", "myeongji", "회사 & 동료", "Co", NOW, NOW)
    feed = ET.fromstring(  # noqa: S314 (our own output)
        atom_feed(
            [item],
            base_url="https://jobsfez.kr",
            title="새 공고",
            company_of=lambda i: i.company_name_ko,
            summary_of=lambda i: i.description,
        )
    )
    entry = feed.find(f"{{{ATOM}}}entry")
    assert entry is not None
    assert entry.findtext(f"{{{ATOM}}}title") == "A & B <C>"
    assert entry.findtext(f"{{{ATOM}}}author/{{{ATOM}}}name") == "회사 & 동료"
    assert entry.findtext(f"{{{ATOM}}}updated") == "2026-11-24T03:00:00Z"
    urls = ET.fromstring(sitemap([("https://jobsfez.kr/jobs?a=1&b=2", NOW)]))  # noqa: S314 (our own output)
    assert urls.findtext(f"{{{SITEMAP}}}url/{{{SITEMAP}}}loc") == "https://jobsfez.kr/jobs?a=1&b=2"
    assert urls.findtext(f"{{{SITEMAP}}}url/{{{SITEMAP}}}lastmod") == "2026-11-24"
