"""The header's "newest data … old" follows the metal filter: it speaks of the rows on screen.

Seen in a terminal: with copper's price and news months old and nickel's of today, picking
copper (``m``) left the header silent, and picking nickel with copper old beside it would have
said nothing either way; the age was of every metal's rows, not of the ones shown. It now reads
only the filter's metal: copper alone says "newest data 2mo old", nickel alone says nothing,
and clearing the filter brings back the whole screen's reading.

The sources are local files: no network."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import pytest

from tests.app.settling import settle
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp


def _csv(path: Path, days_old: int) -> None:
    last = datetime.now(timezone.utc).date() - timedelta(days=days_old)
    days = [last - timedelta(days=i) for i in reversed(range(30))]
    body = "".join(f"{d.isoformat()},{9000 + i}\n" for i, d in enumerate(days))
    path.write_text("Date,Close\n" + body, encoding="utf-8")


def config(tmp_path: Path) -> Path:
    """Copper: a daily price 7 months old and two stories 2 months old (one a measure, so the
    board has a copper row); nickel: a daily price and a story of today."""
    now = datetime.now(timezone.utc)
    _csv(tmp_path / "copper.csv", 213)
    _csv(tmp_path / "nickel.csv", 0)
    stories = (
        ("US imposes 50% tariff on copper imports from Chile", 60),
        ("Copper prices climb as smelters cut output in Chile", 61),
        ("Nickel prices rise as Indonesian smelters slow", 0),
    )
    items = "".join(
        f"<item><title>{t}</title><link>https://example.com/{n}</link>"
        f"<pubDate>{format_datetime(now - timedelta(days=days, hours=1))}</pubDate></item>"
        for n, (t, days) in enumerate(stories)
    )
    (tmp_path / "news.xml").write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>{items}'
        "</channel></rss>",
        encoding="utf-8",
    )
    path = tmp_path / "config.toml"
    path.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        '[[metals]]\nid = "nickel"\nname = "Nickel"\n\n'
        '[[sources]]\nname = "copper csv"\nkind = "csv"\nmetal = "copper"\n'
        'url = "copper.csv"\nunit = "USD/t"\nrefresh = "1d"\n\n'
        '[[sources]]\nname = "nickel csv"\nkind = "csv"\nmetal = "nickel"\n'
        'url = "nickel.csv"\nunit = "USD/t"\nrefresh = "1d"\n\n'
        '[[sources]]\nname = "news"\nkind = "rss"\nurl = "news.xml"\nrefresh = "1h"\n',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_the_header_age_follows_the_metal_filter(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = MetalwatchApp(load_config(config(tmp_path)), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        assert app.snapshot is not None
        assert any(r.metal == "copper" for r in app.snapshot.policy), "copper's board row"
        full = app.status_bar.status_text().plain
        assert "old" not in full, full  # nickel's rows are of today
        app.set_metal("copper")
        await settle(app, pilot)
        full = app.status_bar.status_text().plain
        assert "newest data 2mo old" in full, full
        top = app.screen._compositor.render_strips()[0].text
        assert "2mo old" in top and "…" not in top, top
        app.set_metal("nickel")
        await settle(app, pilot)
        full = app.status_bar.status_text().plain
        assert " old" not in full, full
        app.set_metal(None)
        await settle(app, pilot)
        assert " old" not in app.status_bar.status_text().plain
