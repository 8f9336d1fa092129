"""The text of a résumé, for the skills it names: the first pages only, bounded, and never an error."""

import asyncio
import io
import os
import weakref
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from jobsfez.seekers import pdfs
from tests.helpers import PDF
from tests.pdf_factories import heavy_pdf, pages_pdf, surrogate_pdf, text_pdf


def test_the_text_of_the_first_pages_is_read_and_the_rest_left() -> None:
    text = pdfs.text_of(pages_pdf(["AutoCAD"], ["Python"], ["Excel"], ["TIG welding"]))
    assert "AutoCAD" in text and "Excel" in text
    assert "TIG welding" not in text


def test_the_text_is_kept_to_its_bound() -> None:
    text = pdfs.text_of(pages_pdf(*[["AutoCAD and Python " * 20] * 40] * 3))
    assert len(text) == pdfs.TEXT_CHARS


def _locked() -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf("AutoCAD"))))
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "content",
    [PDF, b"", b"%PDF-1.4 not really", text_pdf("AutoCAD")[:200], _locked()],
    ids=["no-pages", "empty", "garbage", "cut-short", "locked"],
)
def test_a_pdf_without_readable_text_gives_none(content: bytes) -> None:
    assert pdfs.text_of(content) == ""


def test_a_lone_surrogate_is_no_character_of_the_text() -> None:
    """A review: a font mapping a glyph to U+D800 gave text PostgreSQL refused, a 500 on upload and on the profile."""
    text = pdfs.text_of(surrogate_pdf())
    assert "TIG welding" in text
    text.encode("utf-8")  # raises on a lone surrogate


async def test_the_text_is_read_in_a_child_stopped_at_its_cpu_bound() -> None:
    """A review: a 38 kB PDF whose pages decompress to 5 MB of text operators took 68 s and 240 MB to read."""
    assert "Python" in await pdfs.read_text(text_pdf("Python 3 years"))
    heavy = heavy_pdf(5)
    assert len(heavy) < 50_000
    assert await pdfs.read_text(heavy, cpu_seconds=1) == ""


def _readers_running() -> int:
    """The children of this process reading a résumé now (their command line names the module)."""
    count = 0
    for task in Path("/proc").iterdir():
        try:
            stat = (task / "stat").read_text()
            command = (task / "cmdline").read_bytes()
        except (OSError, ValueError):
            continue  # not a process, or gone
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        count += parent == os.getpid() and b"jobsfez.seekers.pdfs" in command
    return count


async def test_children_read_a_few_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """A burst of uploads waits its turn: each child may take 768 MB, so at most TEXT_READERS read at once."""
    monkeypatch.setattr(pdfs, "TEXT_READERS", 1)
    monkeypatch.setattr(pdfs, "_readers", weakref.WeakKeyDictionary())
    reads = asyncio.gather(*(pdfs.read_text(text_pdf(f"Python {n} years")) for n in range(3)))
    most = 0
    while not reads.done():
        most = max(most, _readers_running())
        await asyncio.sleep(0.005)
    assert [("Python" in text) for text in await reads] == [True, True, True]
    assert most == 1


async def test_a_cancelled_read_stops_its_child_and_frees_its_turn(monkeypatch: pytest.MonkeyPatch) -> None:
    """A review's find: a request cancelled while its child read left the child running past its turn."""
    monkeypatch.setattr(pdfs, "_readers", weakref.WeakKeyDictionary())
    read = asyncio.ensure_future(pdfs.read_text(heavy_pdf(40), cpu_seconds=5))
    for _ in range(2000):  # the child starts within 10 s
        if _readers_running():
            break
        await asyncio.sleep(0.005)
    read.cancel()
    with pytest.raises(asyncio.CancelledError):
        await read
    assert _readers_running() == 0
    assert "Python" in await pdfs.read_text(text_pdf("Python 3 years"))  # the turn is free
