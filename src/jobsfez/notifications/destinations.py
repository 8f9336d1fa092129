"""Where a webhook may point: an https address on the public internet, never this machine or its networks.

A company chooses the address and our worker connects to it, so an address of our own side (loopback, a private
network, the cloud's metadata service at 169.254.169.254) would let a company reach what only we can. The address is
checked when it is saved, and the worker checks again on every connection, on the addresses the name resolves to
then, and connects to the one it checked: the name's DNS may have changed since it was saved.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import typing
from urllib.parse import urlsplit

import httpcore
import httpx

from jobsfez.i18n import lazy

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
NAT64 = ipaddress.IPv6Network("64:ff9b::/96")  # IPv6 addresses that carry an IPv4 one in their last 32 bits
# Names that resolve to this machine or its own network by convention, whatever DNS says
LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".home.arpa", ".lan")
RESOLVE_SECONDS = 3  # at save time: a slow resolver must not hold the request; delivery checks again anyway
MAX_URL = 500
NOT_HTTPS = lazy("Enter an https:// address.")
WITH_CREDENTIALS = lazy("Leave the user name and password out of the address: the signature shows the message is ours.")
BAD_HOST = lazy("The address's host name is not valid: check it and send it again.")
NOT_PUBLIC = lazy("Enter an address on the public internet: a webhook cannot point to a local or private network.")


class NotPublic(Exception):
    """The webhook's host resolves to an address of our own side: do not connect."""


def is_public(address: IPAddress) -> bool:
    """An address on the public internet, after unwrapping the IPv6 forms that carry an IPv4 address."""
    if isinstance(address, ipaddress.IPv6Address):
        carried = address.ipv4_mapped or address.sixtofour
        if carried is None and address in NAT64:
            carried = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if carried is None and address.teredo is not None:
            return all(is_public(part) for part in address.teredo)
        if carried is not None:
            return is_public(carried)
    return address.is_global and not address.is_multicast


def numeric_host(host: str) -> IPAddress | None:
    """The address a numeric host names, in any spelling a resolver accepts (2130706433, 0x7f.1, 0177.0.0.1)."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if host and all(ch in "0123456789abcdefx." for ch in host) and host[0].isdigit():
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def url_problem(url: str) -> str | None:
    """Why an address cannot be a webhook (a msgid), judged from the address alone; None when it may be one."""
    if len(url) > MAX_URL or any(ch.isspace() for ch in url):
        return NOT_HTTPS
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (a port that is not a number raises here)
    except ValueError:
        return NOT_HTTPS
    host = (parts.hostname or "").rstrip(".")
    if parts.scheme != "https" or not host:
        return NOT_HTTPS
    if parts.username is not None or parts.password is not None:
        return WITH_CREDENTIALS
    try:
        host.encode("idna")  # as the resolver will: an empty label, one past 63 characters or an RTL mark fail here
    except UnicodeError:
        return BAD_HOST
    address = numeric_host(host)
    if address is not None:
        return None if is_public(address) else NOT_PUBLIC
    if "." not in host or host == "localhost" or host.endswith(LOCAL_SUFFIXES):
        return NOT_PUBLIC
    return None


async def resolved_problem(url: str) -> str | None:
    """What the name resolves to now, when it resolves: a name we cannot resolve yet is checked again at delivery."""
    parts = urlsplit(url)
    try:
        addresses = await asyncio.wait_for(resolve(parts.hostname or "", parts.port or 443), RESOLVE_SECONDS)
    except (OSError, TimeoutError):
        return None
    return None if all(is_public(a) for a in addresses) else NOT_PUBLIC


async def resolve(host: str, port: int) -> list[IPAddress]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [ipaddress.ip_address(info[4][0]) for info in infos]


class PublicOnlyBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend, but a connection goes only to a public address the host resolves to now, and
    to the very address checked (TLS still verifies the certificate for the host's name)."""

    def __init__(self) -> None:
        self.inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 (httpcore's interface)
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            addresses = await resolve(host, port)
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}") from exc
        # every address: a resolver that answers with a public and a private one may be steered to either
        if not addresses or not all(is_public(a) for a in addresses):
            raise NotPublic(host)
        return await self.inner.connect_tcp(
            str(addresses[0]), port, timeout=timeout, local_address=local_address, socket_options=socket_options
        )

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109 (httpcore's interface)
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise NotPublic(path)

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


class PublicOnlyTransport(httpx.AsyncHTTPTransport):
    """httpx's transport on the backend above, with no proxy from the environment and no redirects followed (the
    client's default), so nothing but the checked connection reaches the receiver."""

    def __init__(self) -> None:
        super().__init__(trust_env=False)
        # httpx takes no network backend, so its pool is built again around ours, with httpx's default TLS context
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False), network_backend=PublicOnlyBackend()
        )
