"""The header at the judged sizes says what the panels say: demo data as demo data at 80
columns, and the failing sources' last good data no fresher than a panel's border says.

- Under the demo fallback (no configured source has delivered) the header at 80 columns kept
  only the DEMO badge: "(demo data until your sources deliver)" and its shorter form were left
  out after "⚠ 2 failing, none yet (s)". A short form that fits stays.
- With two sources failing, the header said the newest of their last good times ("good just
  now") while the prices panel's border said its own source's ("good 3m ago"): the line that
  sums up the panels read fresher than one of them. It now says the oldest, as the panels do.

Every source is a local file or a loopback port nothing listens on: no network."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path

import pytest
from own_data import own_config, settle

from tui.ui.app import MetalwatchApp
from tui.ui.messages import SnapshotReady
from tui.ui.widgets.prices import PricesPanel

SIZES = [(80, 24), (120, 40), (200, 60)]


def header(app: MetalwatchApp) -> str:
    """The header line as drawn at the app's width."""
    return app.status_bar.status_text(app.size.width).plain


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_the_demo_fallback_says_demo_data_at_every_size(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    config = own_config(tmp_path, news=False, prices=False, policy=False, dead=2)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        assert app.snapshot is not None and app.snapshot.mode == "offline-demo"
        line = header(app)
        assert len(line) <= size[0], line
        assert "DEMO" in line and "⚠ 2 " in line and "…" not in line, line
        # in full words where the line has room for them, else the demo's own short words
        said = ("(nothing of yours delivered yet)", "(demo data until your sources deliver)")
        assert line.endswith(said if size[0] >= 120 else "(demo data)"), line


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_the_header_is_no_fresher_than_the_prices_border(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    config = own_config(tmp_path, policy=False, dead=0)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        (tmp_path / "news.xml").unlink()
        (tmp_path / "copper.csv").unlink()  # both fail next; their stored data stays
        await pilot.press("R")
        await settle(app, pilot)
        snap = app.snapshot
        assert snap is not None and sum(h.failed for h in snap.sources) == 2
        # the price source last delivered three minutes before the news source
        sources = [
            dataclasses.replace(h, last_success=h.last_success - timedelta(minutes=3))
            if h.name == "My copper" and h.last_success is not None
            else h
            for h in snap.sources
        ]
        app.post_message(SnapshotReady(dataclasses.replace(snap, sources=sources)))
        await settle(app, pilot)
        border = str(app.query_one(PricesPanel).border_subtitle)
        assert "⚠ 1 failing, fetched 3m ago" in border, border
        line = header(app)
        assert "just now" not in line, line
        assert "fetched 3m ago" in line or "oldest fetched 3m ago" in line, line
