"""The API's OpenAPI schema is valid and true: schemathesis, every check on, finds no answer it does not describe."""

import asyncio
import sys
from collections.abc import Callable
from pathlib import Path

import httpx
from openapi_spec_validator import validate

from jobsfez.choices import PAY_UNITS, SECTORS, SHIFTS
from jobsfez.web.sessions import COOKIE_NAME
from tests.conftest import LiveServer
from tests.helpers import csrf_of, login, make_employer, make_posting, make_seeker

# Per operation and generation mode: enough for every check to meet each documented status, bounded in time.
MAX_EXAMPLES = 25
SCHEMATHESIS_SECONDS = 120


async def test_the_schema_is_valid_openapi_with_the_api_error_shape_enums_and_security(
    client: httpx.AsyncClient,
) -> None:
    schema = (await client.get("/schema/openapi.json")).json()
    validate(schema)
    components = schema["components"]
    assert set(components["schemas"]["ApiError"]["properties"]) == {"status", "detail", "fields", "request_id"}
    assert components["securitySchemes"]["session"] == {"type": "apiKey", "name": COOKIE_NAME, "in": "cookie"} | {
        "description": components["securitySchemes"]["session"]["description"]
    }
    assert components["securitySchemes"]["csrf"]["name"] == "X-CSRF-Token"
    posting_in = components["schemas"]["PostingIn"]["properties"]
    assert posting_in["sector"]["enum"] == list(SECTORS) and posting_in["shift"]["enum"] == list(SHIFTS)
    assert posting_in["pay_unit"] == {"type": "string", "enum": list(PAY_UNITS), "default": "month"}
    operations = {(method, path): op for path, item in schema["paths"].items() for method, op in item.items()}
    create = operations["post", "/api/v1/employer/postings"]
    assert create["security"] == [{"session": [], "csrf": []}]
    assert {"400", "401", "403"} <= set(create["responses"])
    assert create["responses"]["403"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ApiError"
    }
    assert operations["get", "/api/v1/employer/postings"]["security"] == [{"session": []}]
    assert "security" not in operations["get", "/api/v1/postings"]


async def _signed_in(server: LiveServer, email: str) -> list[str]:
    """schemathesis' -H options for a browser session of this account: its cookie and its CSRF token."""
    async with httpx.AsyncClient(base_url=server.url, headers={"sec-fetch-site": "same-origin"}) as browser:
        await login(browser, email)
        token = csrf_of((await browser.get("/account")).text)
        session = browser.cookies[COOKIE_NAME]
    return ["-H", f"Cookie: {COOKIE_NAME}={session}", "-H", f"X-CSRF-Token: {token}"]


async def _schemathesis(server: LiveServer, report: Path, *options: str) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "schemathesis.cli",
        "run",
        f"{server.url}/schema/openapi.json",
        "--checks",
        "all",
        "--max-examples",
        str(MAX_EXAMPLES),
        "--seed",
        "18",
        "--workers",
        "1",
        "--generation-database",
        "none",
        "--report-dir",
        str(report),
        "--no-color",
        *options,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await asyncio.wait_for(process.communicate(), SCHEMATHESIS_SECONDS)
    return process.returncode or 0, output.decode()


async def test_schemathesis_finds_no_failure_as_an_employer_and_as_a_seeker(
    live_servers: Callable[..., list[LiveServer]], tmp_path: Path
) -> None:
    owner, company = await make_employer()
    await make_posting(company, owner.id)
    await make_seeker()
    (server,) = live_servers(1)
    employer = await _signed_in(server, "owner@example.kr")
    code, output = await _schemathesis(server, tmp_path / "employer", *employer)
    assert code == 0, output
    seeker = await _signed_in(server, "seeker@example.kr")
    code, output = await _schemathesis(
        server, tmp_path / "seeker", *seeker, "--include-path", "/api/v1/me/recommendations"
    )
    assert code == 0, output
