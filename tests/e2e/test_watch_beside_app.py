"""``metalwatch watch`` running beside the app on one store: a wait a server asked of one of
them (``429`` with ``Retry-After``) is honoured by the other.

A real ``watch`` process and, in the test, the refresher the app runs, on one store file; a
real local HTTP server serving a real Reuters RSS capture, then answering ``429``.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug.wrappers import Request, Response

from tui.core.config import load_config
from tui.flow.refresh import Refresher
from tui.store import Store

FEED = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"
FEED = FEED / "reuters_via_googlenews_direct.rss.xml"


def wait_until(check: object, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return
        time.sleep(0.05)
    raise AssertionError("timed out")


@pytest.mark.skipif(os.name != "posix", reason="SIGTERM is POSIX")
def test_watch_honours_a_retry_after_the_app_was_given(server: HTTPServer, tmp_path: Path) -> None:
    """Found by the audit: `watch` read each source's schedule once, at its start. When the
    app was answered `429 Too Many Requests` with `Retry-After: 3600` (kept in the store,
    "also across processes", as the README says), the `watch` beside it went on asking that
    server at its own pace. It now reads what the other processes stored before each round."""
    hits: list[float] = []
    limited: list[bool] = []
    body = FEED.read_bytes()

    def feed(request: Request) -> Response:
        hits.append(time.monotonic())
        if limited:
            return Response("slow down", status=429, headers={"Retry-After": "3600"})
        return Response(
            body, content_type="application/rss+xml", headers={"Cache-Control": "no-store"}
        )

    rounds: list[float] = []  # a second source, never limited: one hit per watch round

    def control(request: Request) -> Response:
        rounds.append(time.monotonic())
        return Response(
            body, content_type="application/rss+xml", headers={"Cache-Control": "no-store"}
        )

    server.expect_request("/feed.xml").respond_with_handler(feed)
    server.expect_request("/control.xml").respond_with_handler(control)
    config_path = tmp_path / "config.toml"
    config_path.write_text(
        '[app]\nretention_days = 36500\n\n[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        f'[[sources]]\nname = "Reuters"\nkind = "rss"\nurl = "{server.url_for("/feed.xml")}"\n'
        'refresh = "2s"\n\n'
        f'[[sources]]\nname = "Control"\nkind = "rss"\nurl = "{server.url_for("/control.xml")}"\n'
        'refresh = "2s"\n',
        encoding="utf-8",
    )
    watch = subprocess.Popen(
        [sys.executable, "-m", "tui", "watch", "--config", str(config_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),  # the conftest's isolated config and cache folders
    )
    try:
        store_path = Path(os.environ["METALWATCH_CACHE_DIR"]) / "store.sqlite3"

        def stored() -> bool:  # watch's first round fetched and recorded
            if not store_path.exists():
                return False
            with Store(store_path) as store:
                return "Reuters" in store.load_health()

        wait_until(stored)
        limited.append(True)
        config = load_config(config_path)

        async def app_refresh() -> None:  # the app's refresh, `R`: the server says wait
            with Store(store_path) as store:
                refresher = Refresher(config, store)
                try:
                    reuters = [s for s in config.sources if s.name == "Reuters"]
                    (outcome,) = await refresher.run(reuters)
                finally:
                    await refresher.aclose()
                assert outcome.retry_after == 3600, outcome.error

        asyncio.run(app_refresh())
        asked, since = len(hits), len(rounds)
        # three of watch's 2 s rounds, told by the other source's hits (a loaded machine's
        # rounds come later, not fewer)
        wait_until(lambda: len(rounds) >= since + 3)
        assert len(hits) == asked, f"watch asked {len(hits) - asked} more time(s)"
    finally:
        watch.send_signal(signal.SIGTERM)
        _, err = watch.communicate(timeout=30)
    assert watch.returncode == 0, err
