"""A policy row the user saw that is gone from the board at the next start (its plan dropped)
is said in "Since you last looked", in the header at 80 columns too: the row itself cannot be
marked, it is not there."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from own_data import bar, policy_keys, settle

from tui.core.config import parse_config
from tui.core.config_types import Config
from tui.core.models import Headline
from tui.store import Store
from tui.ui.app import MetalwatchApp
from tui.ui.since import TITLE


def _config(folder: Path) -> Config:
    feed = folder / "news.xml"
    feed.write_text("<rss version='2.0'><channel><title>t</title></channel></rss>")
    raw = {
        "app": {"timeout": "2s"},
        "metals": [{"id": "nickel", "name": "Nickel"}],
        "sources": [{"name": "My news", "kind": "rss", "url": str(feed)}],
    }
    return parse_config(raw, None)


def _add(store: Path, title: str, when: datetime) -> None:
    with Store(store) as s:
        s.save_headlines(
            "My news",
            [Headline(title, f"https://e.org/{len(title)}", "My news", when)],
            seen_at=when,
        )


async def test_a_row_gone_since_the_last_look_is_named(tmp_path: Path) -> None:
    config, store = _config(tmp_path), tmp_path / "store.sqlite3"
    now = datetime.now(timezone.utc)
    _add(store, "Indonesia plans to ban nickel ore exports", now - timedelta(days=3))
    first = MetalwatchApp(config, store_path=store, refresh_on_start=False)
    async with first.run_test(size=(120, 40)) as pilot:
        await settle(first, pilot)
        assert policy_keys(first) == ["nickel|ID|*"]
    _add(store, "Indonesia scraps plan to ban nickel ore exports", now - timedelta(minutes=5))
    second = MetalwatchApp(config, store_path=store, refresh_on_start=False)
    async with second.run_test(size=(80, 24)) as pilot:
        await settle(second, pilot)
        assert policy_keys(second) == []
        assert second.changes.gone_policy == {"nickel|ID|*"}
        header = bar(second)
        assert TITLE in header and "1 policy row gone (nickel ID->*)" in header, header
