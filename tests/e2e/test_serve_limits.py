"""``metalwatch serve`` limits: a cap on concurrent sessions (each one is a process) and no
folder listings under /static/. Real server process, real HTTP and websocket connections."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.ports import serve_command, serve_on_free_port
from tui.serve import full_page

aiohttp = pytest.importorskip("aiohttp", reason="aiohttp (a textual-serve dependency) missing")
pytest.importorskip("textual_serve", reason="the serve extra is not installed")

REPO = Path(__file__).resolve().parents[2]


def wait_for(predicate: Any, timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")


def start(tmp_path: Path, *args: str) -> tuple[subprocess.Popen[bytes], str, Path]:
    log = tmp_path / "serve.log"

    proc, port = serve_on_free_port(serve_command(log, "--demo", *args), log)
    assert "serving the dashboard" in log.read_text(errors="replace")
    return proc, f"http://127.0.0.1:{port}", log


def stop(proc: subprocess.Popen[bytes]) -> None:
    for sig in (signal.SIGTERM, signal.SIGKILL):
        if proc.poll() is not None:
            break
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            break
        try:
            proc.wait(timeout=8)
        except subprocess.TimeoutExpired:
            continue


@pytest.fixture
def capped(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    proc, url, log = start(tmp_path, "--max-sessions", "2")
    try:
        yield url, log
    finally:
        stop(proc)


async def first_output(ws: Any) -> None:
    """Wait until the session's app has drawn something (its process runs)."""
    async with asyncio.timeout(30):
        async for msg in ws:
            if msg.type in (aiohttp.WSMsgType.BINARY, aiohttp.WSMsgType.TEXT):
                return
    raise AssertionError("the session closed before drawing anything")


async def test_sessions_beyond_the_cap_get_a_polite_refusal(capped: tuple[str, Path]) -> None:
    url, _ = capped
    async with aiohttp.ClientSession() as http:
        async with http.get(url + "/") as resp:
            assert resp.status == 200  # room for a visitor
        first = await http.ws_connect(url + "/ws?width=80&height=24")
        second = await http.ws_connect(url + "/ws?width=80&height=24")
        await asyncio.gather(first_output(first), first_output(second))
        # the next visitor: the page says why, and a websocket is refused before any process
        async with http.get(url + "/") as resp:
            assert resp.status == 503
            assert resp.headers.get("Retry-After") == "60"
            text = await resp.text()
        assert "metalwatch is serving 2 sessions, the most it allows; try again later" in text
        assert text == full_page(2)
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await http.ws_connect(url + "/ws")
        assert refused.value.status == 503
        # a session that ends frees its place
        await first.close()
        deadline = time.monotonic() + 15
        status = 503
        while time.monotonic() < deadline and status == 503:
            await asyncio.sleep(0.2)
            async with http.get(url + "/") as resp:
                status = resp.status
        assert status == 200
        third = await http.ws_connect(url + "/ws?width=80&height=24")
        await first_output(third)
        await third.close()
        await second.close()


async def test_many_handshakes_at_once_never_pass_the_cap(capped: tuple[str, Path]) -> None:
    url, _ = capped
    async with aiohttp.ClientSession() as http:

        async def attempt() -> Any:
            try:
                return await http.ws_connect(url + "/ws?width=80&height=24")
            except aiohttp.WSServerHandshakeError as exc:
                return exc.status

        results = await asyncio.gather(*(attempt() for _ in range(8)))
        opened = [r for r in results if not isinstance(r, int)]
        assert len(opened) == 2 and sorted(r for r in results if isinstance(r, int)) == [503] * 6
        for ws in opened:
            await ws.close()


async def test_static_folders_are_not_listed(capped: tuple[str, Path]) -> None:
    url, _ = capped
    async with aiohttp.ClientSession() as http:
        for folder in ("/static/", "/static", "/static/css", "/static/css/", "/static/js/"):
            async with http.get(url + folder, allow_redirects=False) as resp:
                body = await resp.text()
                assert resp.status == 404, (folder, resp.status, body[:200])
                assert "Index of" not in body
        async with http.get(url + "/static/css/xterm.css") as resp:
            assert resp.status == 200  # files are still served


def test_the_cap_comes_from_the_config_and_bad_values_are_refused(tmp_path: Path) -> None:
    from tui.core.config import load_config

    cfg = tmp_path / "config.toml"
    metal = '[[metals]]\nid = "copper"\nname = "Copper"\n'
    cfg.write_text("[app]\nmax_sessions = 3\n" + metal, encoding="utf-8")
    assert load_config(cfg).app.max_sessions == 3
    assert load_config(None).app.max_sessions == 8
    bad = subprocess.run(
        [sys.executable, "-m", "tui", "serve", "--max-sessions", "0", "--port", "1"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert bad.returncode == 2 and "--max-sessions 0: must be 1 or more" in bad.stderr
