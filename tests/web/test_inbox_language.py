"""The inbox reads in the language its user switched to, whatever language its messages were first written in."""

import httpx
from litestar import Litestar

from jobsfez.db import fetch
from tests.helpers import csrf_of, login
from tests.web.test_inbox_and_deliveries import _application


async def test_the_inbox_follows_the_language_switch(app: Litestar, client: httpx.AsyncClient) -> None:
    await _application(app)  # the company's message was written while its owner's language was Korean
    await login(client, "owner@example.kr")
    korean = await client.get("/inbox")
    assert "CNC 선반 기능직 (신입 가능)에 새 지원서가 도착했습니다" in korean.text
    await client.post("/lang/en?next=/inbox", data={"_csrf": csrf_of(korean.text)})
    english = await client.get("/inbox")
    assert "New application for CNC 선반 기능직 (신입 가능)" in english.text
    assert "새 지원서가 도착했습니다" not in english.text


async def test_an_inbox_title_is_escaped(app: Litestar, client: httpx.AsyncClient) -> None:
    await _application(app)
    await fetch("""UPDATE notifications SET payload = jsonb_set(payload, '{title}', '"<script>x</script>"')""")
    await login(client, "owner@example.kr")
    page = await client.get("/inbox")
    assert "<script>x</script>" not in page.text and "&lt;script&gt;x&lt;/script&gt;" in page.text
