"""The app's one HTTP client: settings and construction.

``make_client`` builds a single ``httpx.AsyncClient``: our User-Agent, connect/read timeouts,
bounded redirects, HTTP/2 where a server offers it (many feeds on one host then share one
connection) and an RFC 9111 HTTP cache (hishel 2.0, SQLite at ``<cache_dir>/http.db``) so that
ETag/Last-Modified revalidation and ``max-age`` spare the sources' servers.

Tests pass their own transport through ``make_client(transport=...)``: it goes *inside* the
cache transport, so the cache is exercised too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import httpx

from tui import __version__
from tui.core.text import clean_text
from tui.flow.http.errors import FetchError, not_followed
from tui.flow.http_cache import cache_transport


@dataclass(frozen=True)
class HttpSettings:
    """Limits for every request the app makes."""

    timeout: float = 20.0  # total deadline per request, body included (s)
    connect_timeout: float = 10.0
    read_timeout: float = 15.0  # longest wait for the next bytes (s)
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = f"metalwatch/{__version__} (+https://github.com/metalwatch/metalwatch)"


def read_timeout_for(total: float) -> float:
    """The longest silence from a server within a request whose whole deadline is ``total``:
    15 s under the default 20 s deadline (a stalled server is given up on before the deadline),
    5 s short of a longer deadline the user set for a slow server (a server that thinks for 30 s
    before its first byte is waited for when ``timeout`` is 60 s, not cut off at 15 s), and never
    more than the deadline itself."""
    return min(total, max(HttpSettings.read_timeout, total - 5.0))


def make_client(
    settings: HttpSettings,
    cache_dir: Path | None,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
) -> httpx.AsyncClient:
    """The app's one client. With ``cache_dir``, responses are cached per RFC 9111 there.

    ``transport`` replaces the network transport (tests); it sits inside the cache.
    A cache that cannot be used is left out (see :mod:`tui.flow.http_cache`).
    """
    inner: httpx.AsyncBaseTransport = transport or network_transport()
    outer = cache_transport(inner, cache_dir, max_bytes=settings.max_bytes)
    return httpx.AsyncClient(
        transport=outer,
        headers={"User-Agent": settings.user_agent},
        timeout=httpx.Timeout(
            connect=settings.connect_timeout,
            read=settings.read_timeout,
            write=settings.read_timeout,
            pool=settings.connect_timeout,
        ),
        follow_redirects=True,
        max_redirects=settings.max_redirects,
        event_hooks={"response": [refuse_unusable_redirect]},
    )


async def refuse_unusable_redirect(response: httpx.Response) -> None:
    """A redirect to an address no request can go to, said in words: a port out of range
    ended deep in the socket layer as "internal error: ExceptionGroup ...", and an empty
    Location (httpx follows it to the same address until its limit: "a redirect loop?") is a
    redirect that does not say where (:func:`tui.flow.http.errors.not_followed`), and one to
    no address at all (``http://[::1``) was "the server sent a broken response"."""
    location = response.headers.get("location") if response.is_redirect else None
    if location is not None and not location.strip():
        raise not_followed(response.status_code, location)
    if not location:
        return
    why: str | None = None
    try:
        target = response.request.url.join(location)
        scheme, port = target.scheme, target.port
    except (httpx.InvalidURL, ValueError):  # httpx's own word: "a broken response"
        why = "not an address"
    else:
        if scheme not in ("http", "https"):
            why = "not http or https"
        elif port is not None and not 0 < port < 65536:
            why = "port out of range"
    if why:
        shown = clean_text(location, 120, html_input=False)
        raise FetchError(
            f"the server redirected to an address that cannot be used ({why}: {shown})"
        )


def network_transport() -> httpx.AsyncBaseTransport:
    """The real network: HTTP/2 when the ``h2`` package is there and the server agrees (ALPN),
    through the proxy the environment names (:mod:`tui.flow.http.proxy`), if any; a body
    followed by more than its Content-Length is an error (:mod:`tui.flow.http.overlong`)."""
    from tui.flow.http.overlong import WholeBodies
    from tui.flow.http.proxy import ProxyRouting, environment_proxies

    try:
        import h2  # noqa: F401

        http2 = True
    except ImportError:
        http2 = False
    direct = WholeBodies(httpx.AsyncHTTPTransport(http2=http2))
    proxies, bypass = environment_proxies()
    if not proxies:
        return direct

    def via(proxy: str) -> httpx.AsyncBaseTransport:
        return WholeBodies(httpx.AsyncHTTPTransport(http2=http2, proxy=proxy))

    return ProxyRouting(direct, proxies, bypass, via)
