"""What a résumé PDF may hold: pages, fonts and links, nothing that runs when a company opens it.

A company opens a résumé in a PDF viewer or a browser; a PDF may carry JavaScript, launch a program, submit or
import data, embed files or be a web page too (a polyglot). The document's structure is read with pypdf, so
compressed object streams and names spelt with #-escapes hide nothing, and a file pypdf cannot read is refused:
a viewer's repair could otherwise run what this check never saw.
"""

from __future__ import annotations

import asyncio
import io
import logging
import re
import resource
import sys
import weakref
from enum import Enum
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

# Actions that run code, start a program, send or fetch data, or open another document (PDF 2.0, 12.6.4)
ACTIVE_ACTIONS = frozenset(
    {"/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/GoToE", "/GoToR", "/RichMediaExecute", "/Rendition"}
)
# Keys that carry scripts, embedded files, XFA forms (which script themselves) or rich media, wherever they are
ACTIVE_KEYS = frozenset({"/JS", "/JavaScript", "/EmbeddedFile", "/EmbeddedFiles", "/XFA", "/RichMedia", "/Launch"})
# A file read as HTML (a polyglot) runs these. No PDF syntax spells them (a hex string holds only a-f), and in
# compressed data a tag and its delimiter are too long to turn up by chance in a few MB (under 1 in 1,000).
HTML_TAG = re.compile(rb"<(?:!doctype|html|head|body|script|iframe|svg|object|embed|meta|img)[\s/>]", re.IGNORECASE)


class Verdict(Enum):
    """Why a résumé file is refused, or that it is fine."""

    FINE = "fine"
    UNREADABLE = "unreadable"
    ENCRYPTED = "encrypted"
    ACTIVE = "active"


def inspect(content: bytes) -> Verdict:
    """Whether a PDF can be shown to a company as it is: readable, not encrypted, with nothing that runs."""
    if HTML_TAG.search(content):
        return Verdict.ACTIVE
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a repaired cross-reference table is not worth a warning
    try:
        reader = PdfReader(io.BytesIO(content), strict=False)
        if reader.is_encrypted:
            return Verdict.ENCRYPTED
        root = reader.trailer.get("/Root")
        if not isinstance(root, IndirectObject | DictionaryObject):
            return Verdict.UNREADABLE
        return Verdict.ACTIVE if _holds_active_content(reader.trailer) else Verdict.FINE
    except (PyPdfError, ValueError, KeyError, TypeError, RecursionError):
        return Verdict.UNREADABLE


def _holds_active_content(trailer: DictionaryObject) -> bool:
    """Every object the document reaches from its trailer, each once (objects may refer to each other in cycles)."""
    seen: set[tuple[int, int]] = set()
    pending: list[Any] = [trailer]
    while pending:
        item = pending.pop()
        if isinstance(item, IndirectObject):
            if (item.idnum, item.generation) in seen:
                continue
            seen.add((item.idnum, item.generation))
            item = item.get_object()
        if isinstance(item, DictionaryObject):  # streams too: their dictionary, not their data
            if not ACTIVE_KEYS.isdisjoint(item.keys()) or ("/S" in item and str(item["/S"]) in ACTIVE_ACTIONS):
                return True
            pending.extend(dict.values(item))
        elif isinstance(item, ArrayObject):
            pending.extend(list.__iter__(item))
    return False


# A résumé's text is read from its first pages only, and kept to this many characters: what names a seeker's skills
# comes first, and pypdf's reading of a page costs several times the reading of skills in it (docs/benchmarks.md).
TEXT_PAGES = 3
TEXT_CHARS = 6000
# pypdf reads a page's whole content stream, decompressed, before any text is kept: a crafted 38 kB PDF took 68 s
# of CPU and 240 MB (a review). The text is read in a child process that the kernel stops at these bounds, so the
# web process spends neither its threads nor its interpreter on it.
TEXT_CPU_SECONDS = 5
TEXT_MEMORY_BYTES = 768 * 1024 * 1024
TEXT_WALL_SECONDS = 10  # a child that sleeps or waits is killed here
# Children reading at once in an event loop (a web process runs one), at most: each may hold TEXT_MEMORY_BYTES, so a
# burst of uploads waits its turn rather than taking the machine's memory; the wait is awaited, the loop not held.
TEXT_READERS = 2


def text_of(content: bytes) -> str:
    """The text of a PDF's first pages, for reading the skills it names; a scanned or unreadable PDF has none."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(content), strict=False)
        if reader.is_encrypted:
            return ""
        text = "\n".join(page.extract_text() or "" for page in reader.pages[:TEXT_PAGES])
    except Exception:  # a résumé whose text cannot be read names no skills; the page still works
        return ""
    # PostgreSQL text holds no NUL, nor a lone surrogate (a ToUnicode map can send a glyph to U+D800)
    return text.replace("\x00", "")[:TEXT_CHARS].encode("utf-8", "replace").decode("utf-8")


_readers: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = weakref.WeakKeyDictionary()


def _turns() -> asyncio.Semaphore:
    """The running loop's TEXT_READERS turns (a semaphore belongs to one loop)."""
    return _readers.setdefault(asyncio.get_running_loop(), asyncio.Semaphore(TEXT_READERS))


async def read_text(content: bytes, *, cpu_seconds: int = TEXT_CPU_SECONDS) -> str:
    """``text_of`` in a child process bounded in CPU time, memory and wall time, TEXT_READERS of them at once; none
    (a scanned PDF's, as it were) when the child is stopped."""
    async with _turns():
        return await _read_in_child(content, cpu_seconds)


async def _read_in_child(content: bytes, cpu_seconds: int) -> str:
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        __name__,
        str(cpu_seconds),
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        out, _ = await asyncio.wait_for(child.communicate(content), timeout=TEXT_WALL_SECONDS)
    except TimeoutError:
        return ""
    finally:
        if child.returncode is None:  # stopped by the wall time, or the request cancelled: the child goes too
            child.kill()
            await asyncio.shield(child.wait())
    return out.decode("utf-8", "replace") if child.returncode == 0 else ""


def _child() -> None:
    """The child of ``read_text``: the PDF on standard input, its text on standard output."""
    cpu_seconds = int(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds))
    resource.setrlimit(resource.RLIMIT_AS, (TEXT_MEMORY_BYTES, TEXT_MEMORY_BYTES))
    sys.stdout.buffer.write(text_of(sys.stdin.buffer.read()).encode("utf-8"))


if __name__ == "__main__":
    _child()
