"""The header says how old the newest data on screen is when every panel's is old.

Seen in a terminal: with prices 7 months old and every headline (and the board's evidence)
2 months old, the header said "newest price 7mo old", which read as if the news were current;
the borders said each panel's age, the header only the prices'. With every panel that has rows
old, the header now says the age of the newest row of them all ("newest data 2mo old"; "data
2mo old" in short, at 60 columns); with current headlines beside stale prices it says the
prices' age as before.

The sources are local files: no network."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import pytest
from test_open_all_day import settle

from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.headlines import HeadlinesPanel
from tui.ui.widgets.policy import PolicyPanel

SIZES = [(60, 20), (80, 24), (120, 40)]
TITLES = (
    "US imposes 50% tariff on copper imports from Chile",
    "Copper prices climb as smelters cut output in Chile",
)


def config(tmp_path: Path, price_days: int, news_days: int, extra: str = "") -> Path:
    """A daily copper CSV whose newest point is ``price_days`` old and a feed of copper stories
    (one a measure, so the board has a row) ``news_days`` old and older."""
    now = datetime.now(timezone.utc)
    last = now.date() - timedelta(days=price_days)
    days = [last - timedelta(days=i) for i in reversed(range(30))]
    body = "".join(f"{d.isoformat()},{9000 + i}\n" for i, d in enumerate(days))
    (tmp_path / "copper.csv").write_text("Date,Close\n" + body, encoding="utf-8")
    items = "".join(
        f"<item><title>{t}</title><link>https://example.com/{n}</link>"
        f"<pubDate>{format_datetime(now - timedelta(days=news_days + n))}</pubDate></item>"
        for n, t in enumerate(TITLES)
    )
    (tmp_path / "news.xml").write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>{items}'
        "</channel></rss>",
        encoding="utf-8",
    )
    path = tmp_path / "config.toml"
    path.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        '[[sources]]\nname = "copper csv"\nkind = "csv"\nmetal = "copper"\n'
        'url = "copper.csv"\nunit = "USD/t"\nrefresh = "1d"\n\n'
        '[[sources]]\nname = "news"\nkind = "rss"\nurl = "news.xml"\nrefresh = "1h"\n' + extra,
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_everything_old_is_said_in_the_header(tmp_path: Path, size: tuple[int, int]) -> None:
    app = MetalwatchApp(load_config(config(tmp_path, 213, 60)), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        assert app.snapshot is not None and app.snapshot.policy, "a board row from the measure"
        # each panel says its own age in its border
        heads = str(app.query_one(HeadlinesPanel).border_subtitle)
        assert "2mo old" in heads, heads
        board = str(app.query_one(PolicyPanel).border_subtitle)
        assert "2mo old" in board, board
        full = app.status_bar.status_text().plain
        assert "newest data 2mo old" in full and "price" not in full, full
        header = app.status_bar.status_text(size[0]).plain  # as on screen
        assert "2mo old" in header and "…" not in header, header
        assert "7mo" not in header, header  # the newest data, not the oldest panel's
        top = app.screen._compositor.render_strips()[0].text
        assert "2mo old" in top, top


@pytest.mark.parametrize("size", SIZES[:2], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_current_news_beside_stale_prices(tmp_path: Path, size: tuple[int, int]) -> None:
    app = MetalwatchApp(load_config(config(tmp_path, 213, 0)), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        full = app.status_bar.status_text().plain
        assert "newest price 7mo old" in full and "data" not in full, full
        header = app.status_bar.status_text(size[0]).plain
        assert "7mo old" in header, header


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_the_age_stays_beside_a_failing_count(tmp_path: Path, size: tuple[int, int]) -> None:
    """With a source failing, the count came first and took the room: at 60 columns the age
    after it was left out ("⚠ 1 failing, none yet (s)" and nothing more), at 80 cut ("data 2mo
    o…"). The age now follows the count, which says itself in short to leave it room."""
    missing = '\n[[sources]]\nname = "gone"\nkind = "rss"\nurl = "missing.xml"\n'
    path = config(tmp_path, 213, 60, missing)
    app = MetalwatchApp(load_config(path), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        header = app.status_bar.status_text(size[0]).plain
        assert "⚠ 1" in header and "failing" in header, header
        assert "data 2mo old" in header, header
        assert header.index("failing") < header.index("2mo old"), header


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_a_cache_warning_goes_before_the_age(tmp_path: Path, size: tuple[int, int]) -> None:
    """With a source failing and a store that cannot save, "cache locked: not saved" came after
    the failing count, the data's age and the counts: at 80 columns it was cut ("⚠ cache
    locke…"), then left out. A warning that what the user sees is not kept now comes whole
    before the age and the counts, which give way to it."""
    missing = '\n[[sources]]\nname = "gone"\nkind = "rss"\nurl = "missing.xml"\n'
    path = config(tmp_path, 213, 60, missing)
    app = MetalwatchApp(load_config(path), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        app.status_bar.set_state(unsaved="cache locked")
        header = app.status_bar.status_text(size[0]).plain
        assert "⚠ 1" in header and "failing" in header, header
        assert "⚠ cache locked: not saved" in header and "…" not in header, header


@pytest.mark.parametrize("size", [(60, 20), (70, 20), (80, 24)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_the_counts_are_never_cut(tmp_path: Path, size: tuple[int, int]) -> None:
    """With a feed failing after it delivered, at 60 columns the counts after the data's age
    were cut ("⚠ 1 failing (s)  data 2mo old  1 live · 1 cac…"), and at 70 left out beside
    "fetched just now". The count, the age and the counts now shorten as a whole: each word
    whole, the counts whole or left out, never cut mid-word; at 60 columns, where "1 live · 1
    cached" was two cells too wide and left out, they come closer ("1 live·1 cached")."""
    app = MetalwatchApp(load_config(config(tmp_path, 213, 60)), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        (tmp_path / "news.xml").unlink()  # fails next; its stored stories stay
        await pilot.press("R")
        await settle(app, pilot)
        full = app.status_bar.status_text().plain
        assert "1 live · 1 cached" in full, full
        top = app.screen._compositor.render_strips()[0].text
        assert "…" not in top, top
        assert "⚠ 1" in top and "data 2mo old" in top, top
        # at 60 columns in their closer form ("1 live·1 cached"): before, left out whole
        counts = "1 live · 1 cached" if size[0] > 60 else "1 live·1 cached"
        assert counts in top, top
        assert ("live" in top) == ("cached" in top), top


def test_the_counts_shorten_by_whole_items() -> None:
    """Without a failing count, the counts and ages shorten the same way: whole items, the
    data's age kept longest, then nothing (``fit`` cut a part that did not fit mid-word)."""
    from rich.text import Text

    from tui.ui.widgets.status_forms import fit, rest_forms

    rest = Text("  2 live · 1 cached · fetched 5m ago · prices 7mo old")
    forms = [f.plain for f in rest_forms(rest)]
    assert forms == [
        "  2 live · 1 cached · fetched 5m ago · prices 7mo old",
        "  2 live · 1 cached · prices 7mo old",
        "  prices 7mo old",
        "  2 live · 1 cached",
        "  2 live·1 cached",
        "",
    ], forms
    head = Text(" metalwatch ")
    for width in range(12, 70):
        line = "".join(t.plain for t in fit([head, rest_forms(rest)], width))
        assert "…" not in line and len(line) <= width, (width, line)
        assert line.rstrip() in {head.plain.rstrip(), *(head.plain + f for f in forms)}, line
