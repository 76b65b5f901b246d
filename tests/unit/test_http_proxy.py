"""Behind a proxy: the environment's HTTP_PROXY / HTTPS_PROXY / ALL_PROXY / NO_PROXY carry the
app's requests, as curl's and pip's, through a real proxy on 127.0.0.1 (the request line it
sees is the absolute URL of a host nobody can resolve here, so only the proxy could answer);
this machine and NO_PROXY's hosts go directly; a proxy that cannot be reached or refuses is
named, not the server behind it. Before, the app ignored them: every source said "cannot
resolve host" and the header OFFLINE."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from tests.ports import refused_port
from tui.core.config import parse_config
from tui.flow.health import unanswered
from tui.flow.http import FetchError, HttpSettings, fetch, make_client
from tui.flow.http.proxy import bypassed
from tui.flow.refresh import Refresher
from tui.store import Store

FEED = (
    Path(__file__).resolve().parents[1] / "fixtures" / "feeds" / "bbc_news.rss.xml"
).read_bytes()
FAR = "http://feeds.metalwatch-test.invalid/news.xml"  # resolves nowhere: only a proxy answers


class _Proxy(BaseHTTPRequestHandler):
    seen: list[str] = []
    connect_status = 407

    def do_GET(self) -> None:
        self.seen.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(FEED)))
        self.end_headers()
        self.wfile.write(FEED)

    def do_CONNECT(self) -> None:
        self.seen.append("CONNECT " + self.path)
        self.send_response(self.connect_status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def proxy() -> Iterator[str]:
    _Proxy.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Proxy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _dead_port() -> int:
    return refused_port()


async def _get(url: str) -> bytes:
    client = make_client(HttpSettings(timeout=5.0, connect_timeout=2.0), None)
    try:
        return (await fetch(client, url, settings=HttpSettings(timeout=5.0))).content
    finally:
        await client.aclose()


async def test_a_request_goes_through_the_environment_s_proxy(
    proxy: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy)
    assert await _get(FAR) == FEED
    assert _Proxy.seen == [FAR], "the proxy was asked for the absolute URL"


async def test_lower_case_and_all_proxy_are_read_too(
    proxy: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("all_proxy", proxy.removeprefix("http://"))  # no scheme: http
    assert await _get(FAR) == FEED


async def test_this_machine_and_no_proxy_hosts_go_directly(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{_dead_port()}")  # nobody there
    httpserver.expect_request("/f.xml").respond_with_data(FEED)
    assert await _get(httpserver.url_for("/f.xml")) == FEED  # loopback: never the proxy
    monkeypatch.setenv("NO_PROXY", "example.org, .metalwatch-test.invalid")
    with pytest.raises(FetchError) as err:
        await _get(FAR)
    assert str(err.value).startswith("cannot resolve host"), "directly, as NO_PROXY says"


async def test_a_proxy_that_cannot_be_reached_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    port = _dead_port()
    monkeypatch.setenv("HTTP_PROXY", f"http://user:secret@127.0.0.1:{port}")
    with pytest.raises(FetchError) as err:
        await _get(FAR)
    said = str(err.value)
    assert said == f"cannot reach the proxy: connection refused (127.0.0.1:{port})"
    assert "secret" not in said and unanswered(said), "no answer from the network: offline"


async def test_a_tunnel_the_proxy_refuses_says_why(
    proxy: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy)
    with pytest.raises(FetchError) as err:
        await _get("https://feeds.metalwatch-test.invalid/news.xml")
    assert "asks for credentials (407)" in str(err.value)
    assert _Proxy.seen == ["CONNECT feeds.metalwatch-test.invalid:443"]
    _Proxy.connect_status = 403
    try:
        with pytest.raises(FetchError) as err:
            await _get("https://feeds.metalwatch-test.invalid/news.xml")
        assert str(err.value).startswith(f"the proxy {proxy.removeprefix('http://')} refused")
    finally:
        _Proxy.connect_status = 407


async def test_a_refresh_behind_the_proxy_stores_the_news(
    proxy: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("http_proxy", proxy)
    config = parse_config(
        {
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [{"name": "news", "kind": "rss", "url": FAR}],
        },
        None,
    )
    with Store(tmp_path / "s.sqlite3") as store:
        at = datetime(2026, 12, 4, 9, tzinfo=timezone.utc)
        refresher = Refresher(config, store, clock=lambda: at, jitter=0)
        try:
            (outcome,) = await refresher.run(list(config.sources))
        finally:
            await refresher.aclose()
        assert outcome.ok and outcome.items > 0, outcome.error
        assert store.load_headlines()


@pytest.mark.parametrize(
    ("host", "port", "entries", "direct"),
    [
        ("localhost", 80, [], True),
        ("127.0.0.5", 80, [], True),
        ("::1", 80, [], True),
        ("news.google.com", 443, [], False),
        ("news.google.com", 443, ["google.com"], True),
        ("news.google.com", 443, [".google.com"], True),
        ("news.google.com", 443, ["*.google.com"], True),
        ("google.com", 443, [".google.com"], True),
        ("notgoogle.com", 443, ["google.com"], False),
        ("news.google.com", 443, ["google.com:80"], False),
        ("news.google.com", 80, ["google.com:80"], True),
        ("10.1.2.3", 80, ["10.0.0.0/8"], True),
        ("10.1.2.3", 80, ["192.168.0.0/16"], False),
        ("fd00::1", 80, ["fd00::/8"], True),
        ("anything.example", 443, ["*"], True),
    ],
)
def test_no_proxy_as_curl_reads_it(host: str, port: int, entries: list[str], direct: bool) -> None:
    assert bypassed(host, port, entries) is direct
