"""The bare baseline for bench_search.py: a minimal Litestar + asyncpg + Jinja2 "fortunes" page.

One handler reads the 12 rows of the ``fortune`` table and renders them with an autoescaping Jinja2
template; no middleware, no sessions, no translation. Served in-process exactly like the real app, or by uvicorn
in its own process (``create_fortunes_app_from_env``, as bench_search_http.py serves it beside the app).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import asyncpg
from litestar import Litestar, Request, get
from litestar.plugins.jinja import JinjaTemplateEngine as Engine
from litestar.response import Template
from litestar.template.config import TemplateConfig

TEMPLATES = Path(__file__).parent / "fortunes_templates"
SETUP_SQL = """
CREATE TABLE IF NOT EXISTS fortune (id integer PRIMARY KEY, message text NOT NULL);
TRUNCATE fortune;
INSERT INTO fortune (id, message) SELECT n, 'fortune number ' || n || ' <script>&' FROM generate_series(1, 12) n;
"""


def create_fortunes_app(database_url: str, *, pool_max: int = 10) -> Litestar:
    @asynccontextmanager
    async def pool(app: Litestar) -> AsyncIterator[None]:
        app.state.pool = await asyncpg.create_pool(database_url, min_size=1, max_size=pool_max)
        try:
            yield
        finally:
            await app.state.pool.close()

    @get("/fortunes")
    async def fortunes(request: Request[Any, Any, Any]) -> Template:
        async with request.app.state.pool.acquire() as connection:
            rows = await connection.fetch("SELECT id, message FROM fortune")
        items = sorted([(r["id"], r["message"]) for r in rows], key=lambda item: item[1])
        return Template(template_name="fortunes.html", context={"fortunes": items})

    return Litestar(
        route_handlers=[fortunes],
        lifespan=[pool],
        template_config=TemplateConfig(directory=TEMPLATES, engine=Engine),
        openapi_config=None,
        debug=False,
    )


def create_fortunes_app_from_env() -> Litestar:
    """Entry point for ``uvicorn --factory``: DATABASE_URL and DB_POOL_MAX, read as the app's Settings reads them."""
    return create_fortunes_app(os.environ["DATABASE_URL"], pool_max=int(os.environ["DB_POOL_MAX"]))
