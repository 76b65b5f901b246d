"""Sources that never delivered, under the demo fallback, say "none yet", not "not known".

Seen in a terminal with a fresh, empty cache and a config whose sources cannot be reached: the
header said "⚠ 18 failing, not known (s)" and the prices border "7 failing, not known", the
words for a damaged cache that kept a source's rows and lost the record of when they were
fetched. No row on screen was the user's: the bundled demo stood in, and its sources bear the
same names as the default config's ("COMEX copper HG=F"), so its rows were taken for data the
cache kept of them. The demo's rows are never the user's sources' data: such sources now say
they failed with no data from them yet, as any source that never delivered does.

Every source is a loopback port nothing listens on: no network."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from own_data import METALS, dead_url, settle

from tui.core.config import parse_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.prices import PricesPanel

#: names the bundled demo's sources bear too
SHARED = ("COMEX copper HG=F", "FRED copper (IMF)", "Reuters (demo capture)")


def config() -> Any:
    sources: list[dict[str, Any]] = [
        {"name": SHARED[0], "kind": "csv", "metal": "copper", "url": dead_url()},
        {"name": SHARED[1], "kind": "fred", "metal": "copper", "series": "X", "url": dead_url()},
        {"name": SHARED[2], "kind": "rss", "url": dead_url()},
    ]
    raw = {"app": {"timeout": "2s"}, "metals": METALS, "sources": sources}
    return parse_config(raw, None)


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (200, 60)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_never_fetched_sources_are_not_said_unknown(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = MetalwatchApp(config(), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        snap = app.snapshot
        assert snap is not None and snap.mode == "offline-demo"
        assert all(h.failed and not h.last_success for h in snap.sources), snap.sources
        for width in (size[0], 200):
            header = app.status_bar.status_text(width).plain
            assert "not known" not in header, header
            assert "3 " in header and "failing" in header, header
        wide = app.status_bar.status_text(200).plain
        assert "no data from them yet" in wide, wide
        prices = app.query_one(PricesPanel)
        for short in (False, True):
            note = prices.staleness(short=short)
            assert "not known" not in note, note
            assert "none yet" in note or "no data" in note, note
        assert "not known" not in str(prices.border_subtitle), prices.border_subtitle
