""" "Since you last looked" says nothing of rows that are only not built yet, and never stands
blank.

Seen in a terminal: a config whose sources had not delivered yet (a new source, a fresh store)
started with an empty board, and the notice said "1 policy row gone (copper CN->US) since ...
(in 3mo)" (the age counted to the bundled demo's clock, which stood in for the data). The first
fetch brought the row back: the toast then said "Since you last looked" over an empty line,
and the header kept "1 policy row gone" beside the row it said was gone, for the notice's 20 s.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from tests.app.settling import settle
from tui.core.config import parse_config
from tui.core.config_types import Config
from tui.flow.changes import BOARD, SEEN_AT, Changes
from tui.store import Store
from tui.ui.app import MetalwatchApp
from tui.ui.since import TITLE

ROW = "nickel|ID|*"


def config(folder: Path) -> Config:
    raw = {
        "app": {"timeout": "2s"},
        "metals": [{"id": "nickel", "name": "Nickel"}],
        # a local file not there yet: the source fails and delivers nothing
        "sources": [{"name": "My news", "kind": "rss", "url": str(folder / "news.xml")}],
    }
    return parse_config(raw, None)


def looked_yesterday(path: Path) -> None:
    """The baseline a session that showed the nickel row left in the store."""
    with Store(path) as store:
        seen = datetime.now(timezone.utc) - timedelta(days=1)
        store.set_meta(SEEN_AT, seen.isoformat())
        store.set_meta(BOARD, json.dumps({ROW: ["suspended", None, True]}))


def toasts(app: MetalwatchApp) -> list[str]:
    """Each notification up now, its title and text."""
    return [f"{n.title}: {n.message}" for n in app._notifications]


async def test_no_row_is_gone_while_no_source_has_delivered(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite3"
    looked_yesterday(store)
    app = MetalwatchApp(config(tmp_path), store_path=store, refresh_on_start=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.snapshot is not None and not app.snapshot.policy
        assert app.changes.gone_policy == set(), app.changes
        header = str(app.status_bar.status_text())
        assert TITLE not in header and "gone" not in header, header
        assert not any(TITLE in t for t in toasts(app)), toasts(app)


async def test_the_notice_closes_when_nothing_is_left_to_say(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite3"
    app = MetalwatchApp(config(tmp_path), store_path=store, refresh_on_start=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        since = app._since
        assert since is not None
        now = datetime.now(timezone.utc)
        gone = Changes(set(), set(), now - timedelta(days=1), {ROW})
        said = since.update(app, gone, now)
        app.status_bar.set_state(message=f"{TITLE}: {said}")
        await settle(app, pilot)
        assert any("1 policy row gone" in t for t in toasts(app)), toasts(app)
        # the next load has the row back: nothing left to say
        assert since.update(app, Changes(set(), set(), now - timedelta(days=1)), now) == ""
        await settle(app, pilot)
        assert not any(TITLE in t for t in toasts(app)), toasts(app)  # no blank notice
        header = str(app.status_bar.status_text())
        assert TITLE not in header, header
        assert not since.is_open
