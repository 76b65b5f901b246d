"""``n`` (next unread or changed) while the first load is under way says so, not "nothing".

Seen in a terminal: ``n`` pressed during the first fetch said "Nothing unread or changed." and
a moment later the fetch brought unread stories. Until the first load is in, ``n`` says that it
is still loading; once it is in, it goes to the first unread story."""

from __future__ import annotations

import asyncio
import dataclasses
from pathlib import Path

import httpx

from tests.app.settling import settle
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.headlines import HeadlinesPanel


def said(app: MetalwatchApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_next_unread_during_the_first_fetch(tmp_path: Path) -> None:
    demo = load_config(demo=True)
    feed = next(s for s in demo.sources if s.kind == "rss" and "headlines" in (s.url or ""))
    body = Path(feed.url or "").read_bytes()
    served = dataclasses.replace(feed, url="http://127.0.0.1:9/headlines.rss.xml")
    config = dataclasses.replace(demo, demo=False, sources=(served,))
    go = asyncio.Event()

    async def answer(request: httpx.Request) -> httpx.Response:
        await go.wait()
        return httpx.Response(200, content=body)

    app = MetalwatchApp(
        config, store_path=tmp_path / "s.sqlite3", transport=httpx.MockTransport(answer)
    )
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(5):
            await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert app.status_bar.refreshing  # the fetch is held: the first load is not in
        assert app.query_one(HeadlinesPanel).table.row_count == 0
        assert said(app) == ["Still loading: nothing unread or changed has come in yet."]
        go.set()
        await settle(app, pilot)
        panel = app.query_one(HeadlinesPanel)
        assert panel.table.row_count > 0  # unread stories came: "nothing" would have been wrong
        app.clear_notifications()
        await pilot.press("n")
        await pilot.pause()
        assert said(app) == []  # it went to the first unread story
        assert panel.table.has_focus
        # every story seen: now it is nothing, said as such
        for _ in range(panel.table.row_count + 1):
            await pilot.press("n")
            await pilot.pause()
        assert said(app)[-1] == "Nothing unread or changed.", said(app)
