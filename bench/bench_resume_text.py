"""Benchmark reading the skills a résumé names: the PDF's text (pypdf), then the skills in it and a summary.

Run:  .venv/bin/python bench/bench_resume_text.py [--chromium /usr/bin/chromium]
The résumé is three A4 pages of Korean and English printed to PDF by Chromium (embedded CID fonts with ToUnicode
maps, as a browser or word processor writes them), about 2,000 characters. The figures decide where the text is
read: at upload, kept in seeker_profiles.resume_text (migration 96), or on every view of the profile.
"""

from __future__ import annotations

import argparse
import asyncio
import platform
import statistics
import time
from collections.abc import Callable

from jobsfez.seekers import pdfs
from jobsfez.skills.mentions import mentions
from jobsfez.skills.taxonomy_data import load_shipped_vocabulary

PAGE = """<h2>경력</h2><p>(주)명지정밀 — CNC 선반 3년, 도면 보고 지그 제작도 했습니다. 마스터캠으로 프로그램 작성,
품질 검사(버니어 캘리퍼스, 마이크로미터) 담당.</p><p>TIG 용접 2년, CO2 용접 가능. 지게차 운전기능사 보유, 용접기능사 취득.</p>
<h2>Skills</h2><ul><li>AutoCAD 2D drafting, SolidWorks modelling</li><li>Python and Excel for production reports</li>
<li>English (business), 일본어 기초</li><li>PLC programming (Siemens S7-300), 설비 보전</li></ul>
<p>자기소개: 성실하고 책임감이 강합니다. 팀 프로젝트에서 일정 관리를 맡아 납기를 지켰습니다. 안전 교육 이수.</p>"""
SUMMARY = "CNC 선반 3년, 도면 보고 지그 제작도 했습니다. 용접기능사 준비 중이고 지게차 운전 가능합니다."


async def _resume(chromium: str) -> bytes:
    from playwright.async_api import async_playwright

    body = "".join(f"<h1>이력서 {n}</h1>{PAGE * 3}<div style='page-break-after:always'></div>" for n in (1, 2, 3))
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium)
        page = await browser.new_page()
        await page.set_content(f"<html><body style='font-family:\"Noto Sans CJK KR\"'>{body}</body></html>")
        content = await page.pdf(format="A4")
        await browser.close()
    return content


def _median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    content = asyncio.run(_resume(args.chromium))
    vocab = load_shipped_vocabulary(1)
    text = pdfs.text_of(content)
    found = mentions(vocab, [("summary", SUMMARY), ("resume", text)], listed=())
    print(f"{platform.python_version()}, PDF {len(content) / 1024:.0f} KB, text {len(text)} characters")
    print(
        f"pypdf text of the first {pdfs.TEXT_PAGES} pages: median {_median_ms(lambda: pdfs.text_of(content), args.runs):.0f} ms"
    )
    in_child = _median_ms(lambda: asyncio.run(pdfs.read_text(content)), args.runs)
    print(f"the same in a bounded child process, as upload reads it (pdfs.read_text): median {in_child:.0f} ms")
    print(
        f"the PDF's structure checked at upload (pdfs.inspect): median {_median_ms(lambda: pdfs.inspect(content), args.runs):.0f} ms"
    )
    reading = _median_ms(lambda: mentions(vocab, [("summary", SUMMARY), ("resume", text)], listed=()), args.runs)
    print(f"skills of the summary and the text (mentions): median {reading:.1f} ms, {len(found)} skills")


if __name__ == "__main__":
    main()
