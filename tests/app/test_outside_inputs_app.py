"""The inputs an outside test found read wrongly (session 28), through the whole app: a feed of
entries that carry only text (RSS 2.0 description-only items) and a price file with a quote
left open, served by a loopback server. The app stays up, the text-only entries are stories,
the price file is read to its last row, and each source's health line says what was odd.

Inputs: ``tests/fixtures/feeds/text_only_items_SYNTHETIC.rss.xml`` and
``tests/fixtures/prices/open_quote_SYNTHETIC.csv`` (made up, see their PROVENANCE entries)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytest_httpserver import HTTPServer

from tests.app.settling import settle
from tui.core.config import parse_config
from tui.ui.app import MetalwatchApp

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


async def test_text_only_entries_and_an_open_quote_through_the_app(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    feed = (FIXTURES / "feeds" / "text_only_items_SYNTHETIC.rss.xml").read_bytes()
    prices = (FIXTURES / "prices" / "open_quote_SYNTHETIC.csv").read_bytes()
    httpserver.expect_request("/ticker.xml").respond_with_data(
        feed, content_type="application/rss+xml"
    )
    httpserver.expect_request("/copper.csv").respond_with_data(prices, content_type="text/csv")
    config = parse_config(
        {
            "metals": [
                {"id": "copper", "name": "Copper", "aliases": ["copper"], "unit": "USD/lb"},
                {"id": "nickel", "name": "Nickel", "aliases": ["nickel"]},
            ],
            "sources": [
                {"name": "Ticker", "kind": "rss", "url": httpserver.url_for("/ticker.xml")},
                {
                    "name": "Desk copper",
                    "kind": "csv",
                    "metal": "copper",
                    "unit": "USD/lb",
                    "url": httpserver.url_for("/copper.csv"),
                },
            ],
        },
        None,
    )
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("s")  # the sources screen, with both health lines
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.is_running
        snap = app.snapshot
        assert snap is not None
        titles = {s.title for s in snap.stories}
        assert "Indonesia to ban nickel ore exports from January, minister says" in titles
        (copper,) = [p for p in snap.prices if p.metal == "copper"]
        assert copper.points[-1][0] == date(2025, 8, 22), "read to the file's last row"
        health = {s.name: s for s in snap.sources}
        assert health["Ticker"].ok and health["Desk copper"].ok
        assert "no title, link or text" in (health["Ticker"].warning or "")
        assert "quote left open" in (health["Desk copper"].warning or "")
    assert app.return_code in (0, None)
