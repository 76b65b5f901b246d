"""The proxy the environment names, as curl, pip and browsers' command-line kin read it.

Behind a company proxy the only way out is ``HTTPS_PROXY`` / ``HTTP_PROXY`` / ``ALL_PROXY``
(either case; on macOS and Windows the system's proxy settings when none is set), with
``NO_PROXY`` naming the hosts reached directly. httpx reads them only when it builds its own
transports; the app gives it one (the HTTP cache around the network), so the routing is done
here: :class:`ProxyRouting` sends each request through the proxy its scheme names, or directly
for a host of ``NO_PROXY`` and for this machine (loopback: no proxy can reach it).

A failure on the way to the proxy names the proxy, never the server behind it, in words that
begin "cannot reach the proxy" (the header counts it as no answer from the network, as for any
unreachable server); a proxy that refuses the request says how.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from urllib.parse import urlsplit
from urllib.request import getproxies

import httpx

from tui.flow.http.errors import FetchError, connect_message, hostport_of, short

#: What the transport to a proxy is built from: its URL (tests pass their own).
MakeTransport = Callable[[str], httpx.AsyncBaseTransport]


def environment_proxies() -> tuple[dict[str, str], list[str]]:
    """(scheme -> proxy URL for "http", "https" and "all", the ``NO_PROXY`` entries)."""
    found = getproxies()
    proxies: dict[str, str] = {}
    for scheme in ("http", "https", "all"):
        url = (found.get(scheme) or "").strip()
        if url:
            proxies[scheme] = url if "://" in url else f"http://{url}"
    bypass = [e.strip().lower() for e in (found.get("no") or "").split(",") if e.strip()]
    return proxies, bypass


def bypassed(host: str, port: int | None, entries: list[str]) -> bool:
    """Whether a request to ``host`` goes directly: this machine, or a ``NO_PROXY`` entry (a
    domain and its subdomains, ``.domain``, ``*.domain``, an address or a network, each
    optionally with ``:port``; ``*`` for every host)."""
    host = host.lower().strip("[]").rstrip(".")
    address = _address(host)
    if host == "localhost" or host.endswith(".localhost"):
        return True
    if address is not None and address.is_loopback:
        return True
    for entry in entries:
        if entry == "*":
            return True
        name, want_port = _split_port(entry)
        if want_port is not None and want_port != port:
            continue
        if address is not None:
            try:
                if address in ipaddress.ip_network(name, strict=False):
                    return True
            except ValueError:
                pass
            continue
        domain = name.removeprefix("*").lstrip(".").rstrip(".")
        if domain and (host == domain or host.endswith("." + domain)):
            return True
    return False


def _address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


def _split_port(entry: str) -> tuple[str, int | None]:
    """ "host:8080" -> ("host", 8080); "[::1]:80" -> ("::1", 80); an address or network alone
    is no port ("::1", "10.0.0.0/8")."""
    if entry.startswith("["):
        host, _, rest = entry[1:].partition("]")
        return host, int(rest[1:]) if rest.startswith(":") and rest[1:].isdigit() else None
    if entry.count(":") == 1:
        host, _, port = entry.partition(":")
        if port.isdigit():
            return host, int(port)
    return entry, None


class ProxyRouting(httpx.AsyncBaseTransport):
    """Each request through the proxy of its scheme (else ``all``), or ``direct``."""

    def __init__(
        self,
        direct: httpx.AsyncBaseTransport,
        proxies: dict[str, str],
        bypass: list[str],
        make: MakeTransport,
    ) -> None:
        self._direct, self._proxies, self._bypass, self._make = direct, proxies, bypass, make
        self._via: dict[str, httpx.AsyncBaseTransport] = {}

    def proxy_for(self, url: httpx.URL) -> str | None:
        if bypassed(url.host, url.port, self._bypass):
            return None
        return self._proxies.get(url.scheme) or self._proxies.get("all")

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        proxy = self.proxy_for(request.url)
        if proxy is None:
            return await self._direct.handle_async_request(request)
        where = hostport_of(urlsplit(proxy))
        transport = self._via.get(proxy)
        if transport is None:
            try:
                transport = self._via[proxy] = self._make(proxy)
            except ImportError:  # socks5:// without the socksio package
                raise FetchError(
                    f"the proxy {where} needs a package that is not installed: "
                    "pip install 'httpx[socks]'"
                ) from None
            except ValueError as exc:  # a scheme httpx cannot use
                raise FetchError(f"the proxy setting cannot be used ({short(str(exc))})") from None
        try:
            return await transport.handle_async_request(request)
        except httpx.ProxyError as exc:  # the proxy answered the tunnel request with an error
            raise FetchError(_refused(where, str(exc))) from None
        except httpx.ConnectTimeout:
            raise FetchError(f"cannot reach the proxy {where}: no connection in time") from None
        except httpx.ConnectError as exc:
            raise FetchError(
                f"cannot reach the proxy: {connect_message(exc, urlsplit(proxy))}"
            ) from None

    async def aclose(self) -> None:
        await self._direct.aclose()
        for transport in self._via.values():
            await transport.aclose()


def _refused(where: str, why: str) -> str:
    text = short(why)
    if text.startswith("407"):
        return (
            f"the proxy {where} asks for credentials (407): give them in the proxy setting, "
            "http://user:password@host:port"
        )
    return f"the proxy {where} refused the request ({text})"
