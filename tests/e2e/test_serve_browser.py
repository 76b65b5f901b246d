"""``metalwatch serve --demo`` end to end, in a real headless Chromium driven over DevTools.

The server runs as ``python -m tui serve --demo`` on a free loopback port, in its own process
group; Chromium (Debian's ``chromium``, never downloaded here) loads the page, xterm.js draws the
dashboard, and the test reads the terminal's text buffer through the DevTools protocol (a small
client over aiohttp's websocket, which textual-serve already depends on). It checks that the three
panels show the demo data, that a key typed in the page reaches the app (``?`` opens the help
screen), and that Ctrl+C stops the server and every session process with it. The DevTools
client and the process-group helpers are in ``serve_devtools.py``.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from importlib.util import find_spec
from pathlib import Path

import pytest
from serve_devtools import Cdp, group_alive, kill_group, wait_for

from tests.ports import listen_port, serve_command, serve_on_free_port
from tui import cli, serve

aiohttp = pytest.importorskip("aiohttp", reason="aiohttp (a textual-serve dependency) missing")
needs_serve = pytest.mark.skipif(
    find_spec("textual_serve") is None, reason="textual-serve (the serve extra) is not installed"
)

REPO = Path(__file__).resolve().parents[2]
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--mute-audio",
    # the page links a web font: fail every name but loopback at once, never touch the network
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    "--window-size=1600,1000",
    "--remote-debugging-address=127.0.0.1",
    "--remote-debugging-port=0",
]
# Runs before the page's own script: keeps the xterm.js Terminal the page creates (it is not
# exposed on window) so the test can read its buffer, whichever renderer (WebGL, canvas, DOM).
CAPTURE_TERMINAL = """
(() => {
  window.__terminals = [];
  Object.defineProperty(Object.prototype, 'terminal', {
    configurable: true,
    set(value) {
      if (value && value.buffer && value.buffer.active) window.__terminals.push(value);
      Object.defineProperty(this, 'terminal',
        {value, writable: true, configurable: true, enumerable: true});
    },
  });
})();
"""
TOTAL_BUDGET = 55.0  # seconds, for the whole test


def find_chromium() -> str | None:
    explicit = os.environ.get("METALWATCH_CHROMIUM")
    if explicit:
        return explicit if Path(explicit).exists() else None
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


CHROMIUM = find_chromium()
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="Chromium is not installed (apt-get install chromium; .ci/run does it): "
    "the browser test of metalwatch serve needs it",
)


async def demo_expectations() -> tuple[str, str, str]:
    """From the demo data itself: a headline title, a price row's metal, a policy row's metal."""
    from tui.core.config import load_config
    from tui.flow.refresh import Refresher
    from tui.flow.snapshot import build_snapshot
    from tui.store import Store

    config = load_config(demo=True)
    store = Store.memory()
    try:
        refresher = Refresher(config, store)
        try:
            await refresher.run(list(config.sources))
        finally:
            await refresher.aclose()
        snap = build_snapshot(config, store)
    finally:
        store.close()
    names = {m.id: m.name for m in config.metals}
    headline = next(s for s in snap.stories if s.relevant).title  # the panel shows relevant ones
    price_metal = names[snap.prices[0].metal]
    policy_metal = names[snap.policy[0].metal]
    return headline, price_metal, policy_metal


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], str, Path]]:
    log = tmp_path / "serve.log"

    proc, port = serve_on_free_port(serve_command(log, "--demo"), log)
    try:
        url = f"http://127.0.0.1:{port}"
        assert f"serving the dashboard on {url}" in log.read_text(errors="replace")
        yield proc, url, log
    finally:
        kill_group(proc)


@pytest.fixture
def chromium(tmp_path: Path) -> Iterator[int]:
    assert CHROMIUM is not None
    profile = tmp_path / "chromium-profile"
    log = tmp_path / "chromium.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    try:
        active = profile / "DevToolsActivePort"
        first = wait_for(
            lambda: (
                (active.exists() and active.read_text().split("\n")[0].strip())
                or proc.poll() is not None
            ),
            20,
            "Chromium's DevTools port",
            log,
        )
        assert proc.poll() is None, log.read_text(errors="replace")
        yield int(first)
    finally:
        kill_group(proc)


@pytest.fixture
async def page(chromium: int) -> AsyncIterator[Cdp]:
    async with aiohttp.ClientSession() as http:
        async with http.get(f"http://127.0.0.1:{chromium}/json/list") as resp:
            targets = await resp.json(content_type=None)
        target = next(t for t in targets if t.get("type") == "page")
        ws = await http.ws_connect(target["webSocketDebuggerUrl"], max_msg_size=0)
        cdp = Cdp(ws)
        try:
            await cdp.send("Page.enable")
            await cdp.send("Runtime.enable")
            await cdp.send("Page.addScriptToEvaluateOnNewDocument", source=CAPTURE_TERMINAL)
            yield cdp
        finally:
            await cdp.close()


@needs_serve
@needs_chromium
async def test_serve_demo_in_headless_chromium(
    server: tuple[subprocess.Popen[bytes], str, Path], page: Cdp
) -> None:
    started = time.monotonic()
    proc, url, log = server
    headline, price_metal, policy_metal = await demo_expectations()
    # the panels cut long titles: the first words are enough to identify the row
    headline_start = " ".join(headline.split()[:4])
    assert headline_start == "Gold steadies, heads for"  # the newest relevant demo headline

    await page.send("Page.navigate", url=url + "/")
    title = await page.wait_screen(
        lambda s: "metalwatch" in s.lower(), 25, "the dashboard to draw in the page"
    )
    assert await page.evaluate("window.__terminals.length") == 1, "the xterm.js terminal"
    screen = await page.wait_screen(
        lambda s: headline_start in s and price_metal in s and policy_metal in s,
        15,
        f"the three panels ({headline_start!r}, {price_metal!r}, {policy_metal!r})",
    )
    assert title
    assert price_metal == "Copper" and policy_metal == "Aluminium"
    # the demo's first price row is COMEX copper: its last value, as the formatter prints it
    # (no decimals from 1,000 up)
    assert re.search(r"Copper +13,990 ", screen), screen
    assert "metalwatch keys" not in screen

    # a key press typed in the page reaches the app: ? opens the generated help screen
    await page.evaluate(
        "(() => { const t = document.querySelector('.xterm-helper-textarea');"
        " if (t) t.focus(); return !!t; })()"
    )
    await page.press("?", "Slash", 191, shift=True)
    helped = await page.wait_screen(
        lambda s: "metalwatch keys" in s and "Everywhere" in s, 10, "the help screen after '?'"
    )
    assert "On the screen you came from" in helped  # help lists the keys of that screen first

    # Ctrl+C on the server: it stops, with exit status 0, and no session process outlives it
    proc.send_signal(signal.SIGINT)
    try:
        code = proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the server did not stop on SIGINT\n{log.read_text(errors='replace')}")
    assert code == 0, log.read_text(errors="replace")
    wait_for(lambda: not group_alive(proc.pid), 5, "the session processes to exit", log)
    print(screen)
    print(helped)
    print(log.read_text(errors="replace"))
    assert "metalwatch: server stopped" in log.read_text(errors="replace")
    assert time.monotonic() - started < TOTAL_BUDGET


@needs_serve
async def test_the_server_refuses_foreign_hosts_and_cross_site_websockets(
    server: tuple[subprocess.Popen[bytes], str, Path],
) -> None:
    _, url, _ = server
    port = url.rsplit(":", 1)[1]
    async with aiohttp.ClientSession() as http:
        async with http.get(url + "/") as resp:
            page = await resp.text()
            assert resp.status == 200
            # the page's websocket address comes from the address the browser used
            assert f'data-session-websocket-url="ws://127.0.0.1:{port}/ws"' in page
        async with http.get(url + "/", headers={"Host": f"localhost:{port}"}) as resp:
            assert resp.status == 200
            assert f'data-session-websocket-url="ws://localhost:{port}/ws"' in await resp.text()
        # behind a reverse proxy (on this machine): the page points the browser at the proxy
        proxied = {"X-Forwarded-Host": "dash.example.org", "X-Forwarded-Proto": "https"}
        async with http.get(url + "/", headers=proxied) as resp:
            text = await resp.text()
            assert 'data-session-websocket-url="wss://dash.example.org/ws"' in text
            assert 'href="https://dash.example.org/static/css/xterm.css"' in text
        # DNS rebinding: a page of another site that resolves to 127.0.0.1
        async with http.get(url + "/", headers={"Host": f"attacker.example:{port}"}) as resp:
            assert resp.status == 421
        # a page of another site opening a websocket to the dashboard
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await http.ws_connect(url + "/ws", origin="http://attacker.example")
        assert refused.value.status == 403
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await http.ws_connect(url + "/ws", origin="https://attacker.example", headers=proxied)
        assert refused.value.status == 403
        with pytest.raises(aiohttp.WSServerHandshakeError):
            await http.ws_connect(url + "/ws", origin=f"http://127.0.0.1:{int(port) + 1}")


def test_missing_extra_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "textual_serve", None)
    monkeypatch.setitem(sys.modules, "textual_serve.server", None)
    assert cli.main(["serve", "--demo"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "metalwatch serve needs the serve extra: pip install 'metalwatch[serve]'"


@needs_serve
def test_binding_beyond_loopback_warns_and_a_bind_failure_is_reported(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # 192.0.2.1 (TEST-NET-1) is no address of this machine: the warning, then a clean failure
    assert cli.main(["serve", "--host", "192.0.2.1", "--port", str(listen_port()), "--demo"]) == 1
    err = capsys.readouterr().err
    assert "warning: serving on 192.0.2.1" in err
    assert "anyone who can reach this port can use the dashboard" in err
    assert "metalwatch: cannot serve on 192.0.2.1:" in err


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.3.4.5", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("LocalHost", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.20", False),
        ("myhost.lan", False),
        ("localhost.attacker.example", False),
    ],
)
def test_loopback_or_not(host: str, loopback: bool) -> None:
    assert serve.is_loopback(host) is loopback
    assert (serve.exposure_warning(host, 8000) is None) is loopback


def test_host_and_origin_rules() -> None:
    assert serve.host_allowed("127.0.0.1:8000", "127.0.0.1")
    assert serve.host_allowed("[::1]:8000", "127.0.0.1")
    assert serve.host_allowed("localhost", "::1")
    assert not serve.host_allowed("evil.example:8000", "127.0.0.1")
    assert not serve.host_allowed(None, "127.0.0.1")
    assert serve.host_allowed("dashboard.lan:8000", "0.0.0.0")  # the user chose to expose it
    assert serve.origin_allowed(None, "127.0.0.1:8000")
    assert serve.origin_allowed("http://127.0.0.1:8000", "127.0.0.1:8000")
    assert not serve.origin_allowed("http://127.0.0.1:8001", "127.0.0.1:8000")
    assert not serve.origin_allowed("null", "127.0.0.1:8000")
    assert not serve.origin_allowed("https://evil.example", "127.0.0.1:8000")
    assert serve.origin_allowed("http://LOCALHOST:8000", "localhost:8000")
    assert serve.public_origin({}, "127.0.0.1:8000", "http") == ("http", "127.0.0.1:8000")
    forwarded = {"X-Forwarded-Host": "a.example, b.example", "X-Forwarded-Proto": "HTTPS"}
    assert serve.public_origin(forwarded, "127.0.0.1:8000", "http") == ("https", "a.example")
    assert serve.public_origin({"X-Forwarded-Proto": "gopher"}, "h:1", "http") == ("http", "h:1")
    assert serve.display_url("0.0.0.0", 8000) == "http://127.0.0.1:8000"
    assert serve.display_url("::", 9000) == "http://[::1]:9000"
    assert serve.display_url("192.168.1.20", 80) == "http://192.168.1.20:80"
