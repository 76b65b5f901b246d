"""The header and the prices panel's border say when the sources were fetched, not how fresh
the data is, and say so when every price shown is stale.

Seen in a terminal: a price 7 months old sat under "good just now" in the border (the row itself
said "7mo! / stale"): "good" was the last successful fetch, read as fresh data. The words are now
"fetched just now", and with every price stale by its cadence the same place says how old the
newest one is ("newest 7mo old"), at 60 and 80 columns.

The source is a local CSV file: no network."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from test_open_all_day import settle

from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.prices import PricesPanel

SIZES = [(60, 20), (80, 24)]


def config(tmp_path: Path, days_old: int) -> Path:
    """A daily copper CSV whose newest point is ``days_old`` days old."""
    last = datetime.now(timezone.utc).date() - timedelta(days=days_old)
    days = [last - timedelta(days=i) for i in reversed(range(30))]
    body = "".join(f"{d.isoformat()},{9000 + i}\n" for i, d in enumerate(days))
    (tmp_path / "copper.csv").write_text("Date,Close\n" + body, encoding="utf-8")
    path = tmp_path / "config.toml"
    path.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        '[[sources]]\nname = "copper csv"\nkind = "csv"\nmetal = "copper"\n'
        'url = "copper.csv"\nunit = "USD/t"\nrefresh = "1d"\n',
        encoding="utf-8",
    )
    return path


def screen_lines(app: MetalwatchApp) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_a_stale_price_is_said_beside_its_fetch(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = MetalwatchApp(load_config(config(tmp_path, 213)), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        panel = app.query_one(PricesPanel)
        said = str(panel.border_subtitle)
        assert said.endswith(" · newest 7mo old"), said
        assert "good" not in said, said
        # whole on screen, in the border under the prices
        assert any("newest 7mo old" in line for line in screen_lines(app)), screen_lines(app)
        header = app.status_bar.status_text(size[0]).plain  # as on screen: whole
        assert "fetched just now · " in header and "7mo old" in header, header
        assert "…" not in header and "good" not in header, header
        full = app.status_bar.status_text().plain
        assert "fetched just now · newest price 7mo old" in full, full


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_a_current_price_says_no_age(tmp_path: Path, size: tuple[int, int]) -> None:
    app = MetalwatchApp(load_config(config(tmp_path, 0)), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        said = str(app.query_one(PricesPanel).border_subtitle)
        assert "newest" not in said, said
        full = app.status_bar.status_text().plain
        assert "fetched just now" in full and "newest" not in full, full
