"""Static files from memory: URLs versioned by content, cached for a year, 304 when unchanged, gzipped once.

The folder holds a few small files that change only with a release, so each is read, hashed and gzipped when the
app is built. Pages link them as ``static_url(name)`` (``/static/app.css?v=<hash>``): such a URL names one content
for ever, so browsers and proxies keep it a year without asking; a plain ``/static/app.css`` (an old page, a
bookmark) is revalidated on each use, and an unchanged file costs a 304.
"""

from __future__ import annotations

import gzip
import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from litestar import Request, Response, get
from litestar.exceptions import NotFoundException
from litestar.handlers import HTTPRouteHandler
from litestar.params import FromPath

ONE_YEAR = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
# below this, gzip's header costs more than it saves
COMPRESS_FROM = 512
TEXT_TYPES = ("text/", "application/javascript", "application/json", "image/svg+xml")


@dataclass(frozen=True, slots=True)
class StaticFile:
    body: bytes
    gzipped: bytes | None
    media_type: str
    version: str

    @property
    def etag(self) -> str:
        return f'"{self.version}"'


def load(folder: Path) -> dict[str, StaticFile]:
    """Every file under the folder by its path there, with its content hash and, for text, its gzipped form."""
    files: dict[str, StaticFile] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        body = path.read_bytes()
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        text = media_type.startswith(TEXT_TYPES)
        packed = gzip.compress(body, mtime=0) if text and len(body) >= COMPRESS_FROM else None
        version = hashlib.sha256(body).hexdigest()[:16]
        files[path.relative_to(folder).as_posix()] = StaticFile(body, packed, media_type, version)
    return files


def static_url_maker(files: dict[str, StaticFile]) -> Any:
    """The templates' ``static_url(name)``: the file's URL with its content hash (a missing file is a bug)."""

    def static_url(name: str) -> str:
        return f"/static/{name}?v={files[name].version}"

    return static_url


def static_handler(files: dict[str, StaticFile]) -> HTTPRouteHandler:
    """GET /static/{name}: the file, with caching by its version and gzip when the client takes it."""

    @get("/static/{name:path}", include_in_schema=False, name="static")
    async def serve(request: Request[Any, Any, Any], name: FromPath[str]) -> Response[bytes]:
        found = files.get(name.lstrip("/"))
        if found is None:
            raise NotFoundException()
        versioned = request.query_params.get("v") == found.version
        headers = {
            "cache-control": ONE_YEAR if versioned else REVALIDATE,
            "etag": found.etag,
            "vary": "accept-encoding",
        }
        if found.etag in request.headers.get("if-none-match", ""):
            return Response(b"", status_code=304, headers=headers, media_type=found.media_type)
        if found.gzipped is not None and "gzip" in request.headers.get("accept-encoding", ""):
            headers["content-encoding"] = "gzip"
            return Response(found.gzipped, headers=headers, media_type=found.media_type)
        return Response(found.body, headers=headers, media_type=found.media_type)

    return serve
