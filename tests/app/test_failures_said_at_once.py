"""A source that fails is said at once, not when the slowest source of the cycle gives up.

Found in use, a first start with one feed refused (nothing listens on its port) and one on a
server that accepts the connection and never answers: for the 20 s of the hung one's timeout
the header said "1 live · fetched just now" and the headlines panel "Waiting for the first
delivery…", though the refused feed had failed in the first millisecond.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.ports import refused_port
from tui.core.config import parse_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.headlines import HeadlinesPanel


@pytest.fixture
def hung_port() -> Iterator[int]:
    """A loopback server that accepts connections (the kernel's backlog) and never answers."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(16)
        yield int(server.getsockname()[1])


def free_port() -> int:
    return refused_port()  # nothing listens on it: refused at once


async def test_a_refused_source_is_said_while_another_hangs(tmp_path: Path, hung_port: int) -> None:
    today = time.strftime("%Y-%m-%d", time.gmtime())
    (tmp_path / "copper.csv").write_text(f"Date,Close\n{today},9000\n", encoding="utf-8")
    config = parse_config(
        {
            "app": {"timeout": "20s"},
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [
                {"name": "hung", "kind": "rss", "url": f"http://127.0.0.1:{hung_port}/f.xml"},
                {"name": "refused", "kind": "rss", "url": f"http://127.0.0.1:{free_port()}/f"},
                {
                    "name": "copper csv",
                    "kind": "csv",
                    "metal": "copper",
                    "url": str(tmp_path / "copper.csv"),
                },
            ],
        },
        None,
    )
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(120, 30)) as pilot:
        said: Any = None
        deadline = time.monotonic() + 5  # the hung source's 20 s are far off
        while time.monotonic() < deadline:
            await pilot.pause(0.1)
            said = app.status_bar.summary()
            if said.failing:
                break
        assert said is not None and said.failing == 1 and said.live == 1, said
        assert app.status_bar.refreshing  # the hung source is still being waited for
        line = app.status_bar.status_text().plain
        assert "1 source failing" in line, line
        # the panel still waits for the hung feed, and says so; the failed one is on the s screen
        assert "Waiting for the first delivery" in app.query_one(HeadlinesPanel).empty_message()
