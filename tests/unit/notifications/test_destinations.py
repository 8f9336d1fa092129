"""A webhook reaches only public addresses: refused when saved, and checked again on the address it connects to."""

import asyncio
import ipaddress
from collections.abc import AsyncIterator

import pytest

from jobsfez.notifications import destinations
from jobsfez.notifications.channels import PermanentFailure, WebhookChannel

OUR_SIDE = [
    "https://127.0.0.1/hook",
    "https://127.0.0.1:8100/hook",
    "https://[::1]/hook",
    "https://0.0.0.0/hook",
    "https://2130706433/hook",
    "https://0x7f.1/hook",
    "https://0177.0.0.1/hook",
    "https://169.254.169.254/latest/meta-data/",
    "https://10.1.2.3/hook",
    "https://192.168.0.10/hook",
    "https://100.64.0.1/hook",
    "https://[::ffff:127.0.0.1]/hook",
    "https://[fe80::1]/hook",
    "https://[fd00::1]/hook",
    "https://localhost/hook",
    "https://printer.local/hook",
    "https://metadata.google.internal/computeMetadata/v1/",
    "https://intranet/hook",
]


@pytest.mark.parametrize("url", OUR_SIDE)
def test_an_address_of_our_own_side_is_refused(url: str) -> None:
    assert destinations.url_problem(url) == destinations.NOT_PUBLIC


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("https://user:pass@hooks.example.kr/x", destinations.WITH_CREDENTIALS),
        ("https://hooks.example.kr@127.0.0.1/x", destinations.WITH_CREDENTIALS),
        ("http://hooks.example.kr/x", destinations.NOT_HTTPS),
        ("https://hooks.example.kr:99999/x", destinations.NOT_HTTPS),
        ("https:///x", destinations.NOT_HTTPS),
        # host names a resolver cannot even encode (IDNA): an empty label, one past 63 characters, an RTL mark
        ("https://a..b.kr/x", destinations.BAD_HOST),
        ("https://" + "x" * 64 + ".kr/x", destinations.BAD_HOST),
        ("https://\u202ehooks.kr/x", destinations.BAD_HOST),
        ("https://웹훅.한국/x", None),  # a Korean domain name is a name like any other
        ("https://sms-gateway.example/jobsfez", None),
        ("https://93.184.216.34/hook", None),
    ],
)
def test_the_address_itself(url: str, problem: str | None) -> None:
    assert destinations.url_problem(url) == problem


@pytest.fixture
async def listener() -> AsyncIterator[tuple[int, list[str]]]:
    """A TCP port on loopback that records every connection made to it."""
    connections: list[str] = []

    async def accept(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(str(writer.get_extra_info("peername")))
        writer.close()

    server = await asyncio.start_server(accept, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    yield port, connections
    server.close()
    await server.wait_closed()


@pytest.mark.parametrize("answers", [["127.0.0.1"], ["93.184.216.34", "127.0.0.1"]])
async def test_delivery_checks_what_the_name_resolves_to_now(
    listener: tuple[int, list[str]], monkeypatch: pytest.MonkeyPatch, answers: list[str]
) -> None:
    """A name that was public when saved and now resolves to loopback (DNS rebinding) is never connected to."""
    port, connections = listener

    async def resolve(host: str, port: int) -> list[destinations.IPAddress]:
        assert host == "hooks.example.kr"
        return [ipaddress.ip_address(a) for a in answers]

    monkeypatch.setattr(destinations, "resolve", resolve)
    with pytest.raises(PermanentFailure):
        await WebhookChannel().send(1, url=f"https://hooks.example.kr:{port}/x", secret="s", payload={})
    assert connections == []


async def test_delivery_refuses_an_address_saved_before_the_rule(listener: tuple[int, list[str]]) -> None:
    port, connections = listener
    with pytest.raises(PermanentFailure):
        await WebhookChannel().send(1, url=f"https://localhost:{port}/x", secret="s", payload={})
    assert connections == []
