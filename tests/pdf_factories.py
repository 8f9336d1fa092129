"""PDFs with text, made by hand as a word processor's export would be: a page shows its lines in Helvetica (ASCII)."""

import zlib
from collections.abc import Sequence


def pages_pdf(*pages: Sequence[str]) -> bytes:
    """A PDF of one page for each sequence of lines."""
    streams = []
    for lines in pages:
        shown = " ".join(f"({line}) Tj 0 -16 Td" for line in lines)
        streams.append(f"BT /F1 12 Tf 72 720 Td {shown} ET".encode())
    return _document(streams)


def _document(
    streams: Sequence[bytes], *, font: bytes = b"", extra: Sequence[bytes] = (), flate: bool = False
) -> bytes:
    """A PDF of one page for each content stream, in Helvetica, with `extra` objects numbered after them."""
    fonts = b"/Resources << /Font << /F1 3 0 R >> >>"
    kids = " ".join(f"{4 + 2 * k} 0 R" for k in range(len(streams))).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(streams)),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica %s>>" % font,
    ]
    for k, stream in enumerate(streams):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] %s /Contents %d 0 R >>" % (fonts, 5 + 2 * k)
        )
        data = zlib.compress(stream, 9) if flate else stream
        objects.append(
            b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(data), b" /Filter /FlateDecode" if flate else b"", data)
        )
    objects.extend(extra)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def surrogate_pdf() -> bytes:
    """A page whose font maps "A" to a lone surrogate (U+D800), which no UTF-8 text may hold (a review's PDF)."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def 1 begincodespacerange <00> <FF>"
        b" endcodespacerange 1 beginbfchar <41> <D800> endbfchar endcmap CMapName currentdict /CMap defineresource pop"
        b" end end"
    )
    to_unicode = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap)
    # the ToUnicode map is object 6: after the catalog, the pages, the font, one page and its contents
    return _document([b"BT /F1 12 Tf 72 720 Td (AA TIG welding) Tj ET"], font=b"/ToUnicode 6 0 R ", extra=[to_unicode])


def heavy_pdf(megabytes: float, pages: int = 3) -> bytes:
    """A small file whose pages decompress to `megabytes` of text operators each: reading its text costs a minute."""
    unit = b"(welding) Tj 0 -1 Td "
    stream = b"BT /F1 12 Tf 72 720 Td " + unit * int(megabytes * 1e6 / len(unit)) + b"ET"
    return _document([stream] * pages, flate=True)


def text_pdf(*lines: str) -> bytes:
    """A one-page PDF showing `lines`."""
    return pages_pdf(lines)
