"""The API's OpenAPI schema is valid and true: schemathesis, every check on, finds no answer it does not describe."""

import asyncio
import sys
from collections.abc import Callable
from pathlib import Path

import httpx
from openapi_spec_validator import validate

from jobsfez.centres import tokens
from jobsfez.choices import PAY_UNITS, SECTORS, SHIFTS
from jobsfez.web.sessions import COOKIE_NAME
from tests.conftest import LiveServer
from tests.drive_factories import actor_of, make_drive
from tests.employer_factories import join_drive
from tests.helpers import csrf_of, login, make_centre, make_employer, make_posting, make_seeker
from tests.web.test_postings_api import employer_client

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
    assert components["securitySchemes"]["centre_token"] | {"description": ""} == {
        "type": "http",
        "scheme": "bearer",
        "description": "",
    }
    centre_drive = operations["get", "/api/v1/centre/drives/{drive_id}"]
    assert centre_drive["security"] == [{"centre_token": []}]
    assert {"401", "404", "429"} <= set(centre_drive["responses"])
    assert centre_drive["responses"]["429"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ApiError"
    }


# The rules that join several fields or read today's date (a posting's pay at or above the minimum wage for its unit,
# a pay or "negotiable", dates from today, text that is not only spaces; the search's min_pay within its pay_unit's
# limit) are told in words, not in JSON Schema: for a posting's body and the search, a request the schema allows may
# be refused with a 400, in the documented error shape (which response_schema_conformance still checks).
CONFIG = """
[warnings]
fail-on = ["missing_auth", "unused_openapi_auth"]  # a lost sign-in would leave the routes behind it untested

[auth.openapi.session]
api_key = "{session}"
[auth.openapi.csrf]
api_key = "{token}"
{centre}
[[operations]]
include-path = ["/api/v1/employer/postings", "/api/v1/employer/postings/{{posting_id}}"]
include-method-regex = "^(POST|PUT)$"
checks.positive_data_acceptance.expected-statuses = ["2xx", "400", "401", "403", "404", "409"]

[[operations]]
include-path = "/api/v1/postings"
checks.positive_data_acceptance.expected-statuses = ["2xx", "400"]
"""


async def test_a_path_answers_options_and_unknown_methods_with_all_its_methods(client: httpx.AsyncClient) -> None:
    """Litestar's OPTIONS handler saw only the methods registered first on a path (app.py); a 405 lost its Allow."""
    await make_employer()
    await employer_client(client)  # OPTIONS is behind the routes' guards as every other method
    options = await client.options("/api/v1/employer/postings")
    assert options.status_code == 204 and options.headers["allow"] == "GET, OPTIONS, POST"
    assert (await client.options("/api/v1/employer/postings/1")).headers["allow"] == "GET, OPTIONS, PUT"
    refused = await client.request("TRACE", "/api/v1/postings")
    assert refused.status_code == 405 and set(refused.headers["allow"].split(", ")) == {"GET", "OPTIONS"}
    assert set(refused.json()) == {"status", "detail", "fields", "request_id"}


async def test_publishing_a_published_posting_is_a_conflict(client: httpx.AsyncClient) -> None:
    """The request is right and the posting's state is not: 409, as the schema says, where it was a 400."""
    owner, company = await make_employer()
    posting_id = await make_posting(company, owner.id)
    headers = await employer_client(client)
    again = await client.post(f"/api/v1/employer/postings/{posting_id}/publish", headers=headers)
    assert again.status_code == 409 and again.json()["status"] == 409
    await client.post(f"/api/v1/employer/postings/{posting_id}/close", headers=headers)
    closed_again = await client.post(f"/api/v1/employer/postings/{posting_id}/close", headers=headers)
    assert closed_again.status_code == 409


# A centre's API token, for the routes under /api/v1/centre (a run that reaches none leaves it out: an unused scheme
# fails the run).
CENTRE_TOKEN = """
[auth.openapi.centre_token]
bearer = "{secret}"
"""


async def _signed_in(server: LiveServer, email: str, folder: Path, centre_secret: str = "") -> Path:
    """A schemathesis configuration that signs in as this account (its session cookie and its CSRF token), and
    reads the centre API with ``centre_secret`` when given."""
    async with httpx.AsyncClient(base_url=server.url, headers={"sec-fetch-site": "same-origin"}) as browser:
        await login(browser, email)
        token = csrf_of((await browser.get("/account")).text)
        session = browser.cookies[COOKIE_NAME]
    centre = CENTRE_TOKEN.format(secret=centre_secret) if centre_secret else ""
    return _write_config(folder, CONFIG.format(session=session, token=token, centre=centre))


def _write_config(folder: Path, text: str) -> Path:
    folder.mkdir()
    config = folder / "schemathesis.toml"
    config.write_text(text)
    return config


async def _schemathesis(server: LiveServer, config: Path, *options: str) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "schemathesis.cli",
        "--config-file",
        str(config),
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
        str(config.parent),
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
    manager, _ = await make_centre()
    await join_drive(manager.id, await make_drive(manager.id, publish=True), owner.id)
    centre_secret = (await tokens.create(await actor_of(manager.id), name="schemathesis")).secret
    # the centre API's limit out of the way: every answer is then one the schema describes, not a 429
    (server,) = live_servers(1, env={"API_REQUESTS_PER_MINUTE": "100000"})
    employer = await _signed_in(server, "owner@example.kr", tmp_path / "employer", centre_secret)
    code, output = await _schemathesis(server, employer)
    assert code == 0, output
    seeker = await _signed_in(server, "seeker@example.kr", tmp_path / "seeker")
    code, output = await _schemathesis(server, seeker, "--include-path", "/api/v1/me/recommendations")
    assert code == 0, output
