"""The prices panel's border names the failing price sources of the metals it shows.

Seen in a terminal: with a zinc price source failing and nickel picked (``m``), the prices
border said "⚠ 1 failing, none yet" under nickel's one row, of a source that prices no metal on
screen; the header keeps the count of every source. The border now counts the price sources of
the metals the panel shows (the metal filter, else its configured list), as its empty-panel
line already did; a panel configured for base metals alike.

The sources are local files: no network."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.app.settling import settle
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.prices import PricesPanel


def config(tmp_path: Path, panels: str = "") -> Path:
    last = datetime.now(timezone.utc).date()
    days = [last - timedelta(days=i) for i in reversed(range(30))]
    body = "".join(f"{d.isoformat()},{9000 + i}\n" for i, d in enumerate(days))
    (tmp_path / "copper.csv").write_text("Date,Close\n" + body, encoding="utf-8")
    path = tmp_path / "config.toml"
    path.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        '[[metals]]\nid = "zinc"\nname = "Zinc"\n\n'
        '[[sources]]\nname = "copper csv"\nkind = "csv"\nmetal = "copper"\n'
        'url = "copper.csv"\nunit = "USD/t"\nrefresh = "1d"\n\n'
        '[[sources]]\nname = "zinc csv"\nkind = "csv"\nmetal = "zinc"\n'
        'url = "zinc.csv"\nunit = "USD/t"\nrefresh = "1d"\n' + panels,
        encoding="utf-8",
    )
    return path


def border(app: MetalwatchApp) -> str:
    return str(app.query_one(PricesPanel).border_subtitle)


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_the_prices_border_follows_the_metal_filter(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = MetalwatchApp(load_config(config(tmp_path)), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        assert "⚠ 1" in border(app) and "failing" in border(app), border(app)
        app.set_metal("copper")
        await settle(app, pilot)
        assert "failing" not in border(app), border(app)
        assert "⚠ 1" in app.status_bar.status_text().plain  # the header counts every source
        app.set_metal("zinc")
        await settle(app, pilot)
        assert "failing" in border(app), border(app)


async def test_a_panel_of_some_metals_counts_their_sources(tmp_path: Path) -> None:
    panels = (
        '\n[[panels]]\nkind = "prices"\ntitle = "Copper"\nmetals = ["copper"]\n'
        '\n[[panels]]\nkind = "headlines"\n'
    )
    app = MetalwatchApp(load_config(config(tmp_path, panels)), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert "1 row" in border(app) and "failing" not in border(app), border(app)
