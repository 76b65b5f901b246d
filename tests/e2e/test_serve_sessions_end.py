"""``metalwatch serve`` when a session's process cannot start or ends on its own: the config
edited into an error while the server runs, a session's process killed. A real server process,
real websocket connections, the session processes as textual-serve starts them."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_serve_limits import first_output, stop

from tests.ports import serve_command, serve_on_free_port

aiohttp = pytest.importorskip("aiohttp", reason="aiohttp (a textual-serve dependency) missing")
pytest.importorskip("textual_serve", reason="the serve extra is not installed")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path, subprocess.Popen[bytes]]]:
    (tmp_path / "news.xml").write_text(
        "<rss version='2.0'><channel><title>t</title></channel></rss>"
    )
    config = tmp_path / "config.toml"
    config.write_text(
        '[app]\nmax_sessions = 1\n\n[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        '[[sources]]\nname = "My news"\nkind = "rss"\nurl = "news.xml"\n',
        encoding="utf-8",
    )
    log = tmp_path / "serve.log"

    proc, port = serve_on_free_port(serve_command(log, "--config", str(config)), log)
    url = f"http://127.0.0.1:{port}"
    try:
        yield url, config, proc
    finally:
        stop(proc)


async def page_text(ws: Any, timeout: float = 20.0) -> tuple[str, bool]:
    """What the session's terminal got until the socket closed (or ``timeout``), and whether
    it closed."""
    got = b""
    try:
        async with asyncio.timeout(timeout):
            async for msg in ws:
                if msg.type == aiohttp.WSMsgType.BINARY:
                    got += msg.data
    except TimeoutError:
        return got.decode("utf-8", "replace"), False
    return got.decode("utf-8", "replace"), True


async def test_a_config_broken_while_serving_is_said_on_the_page(
    served: tuple[str, Path, subprocess.Popen[bytes]],
) -> None:
    """Found by the audit: with the config edited into an error while `serve` ran, a new tab
    got a blank page that never closed (the located error went to the server's terminal
    only), and it held its place among the sessions: with `max_sessions = 1` the next visitor
    was told the server was busy. The page now shows the located lines and the session
    ends."""
    url, config, _ = served
    config.write_text(config.read_text().replace('kind = "rss"', 'kind = "rsss"'))
    async with aiohttp.ClientSession() as http:
        ws = await http.ws_connect(url + "/ws?width=100&height=30")
        text, closed = await page_text(ws)
        assert closed, "the page was left open"
        assert "config.toml:10: sources[1].kind: unknown source kind 'rsss' (did you mean" in text
        async with http.get(url + "/") as resp:
            assert resp.status == 200, "its place among the sessions is free"


async def test_a_session_whose_process_ends_closes_its_page(
    served: tuple[str, Path, subprocess.Popen[bytes]],
) -> None:
    url, _, server = served
    async with aiohttp.ClientSession() as http:
        ws = await http.ws_connect(url + "/ws?width=100&height=30")
        await first_output(ws)
        kids = subprocess.run(["pgrep", "-P", str(server.pid)], capture_output=True, text=True)
        (session,) = [int(p) for p in kids.stdout.split()]
        os.kill(session, signal.SIGKILL)  # the OOM killer, a crash
        _, closed = await page_text(ws)
        assert closed, "the page was left open"
        deadline = time.monotonic() + 10
        status = 503
        while status != 200 and time.monotonic() < deadline:
            async with http.get(url + "/") as resp:
                status = resp.status
            await asyncio.sleep(0.1)
        assert status == 200
