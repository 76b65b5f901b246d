"""What a watcher reads at 60, 100, 120 and 200 columns (session 26's tmux walk-through).

- The headline list gives a title the room the Metals column leaves unused: at 120 columns the
  demo's founding story read "…After Months-Long S…" beside "Founding scen…", its Metals
  column 24 cells wide on rows that name one metal. The title now comes first, down to each
  row's first metal chip whole and "…"; a 120-column terminal (117 cells in the panel) gets the
  wider outlet column meant for it (the tier began at 120 cells, which no 120 terminal has).
- The prices panel keeps "As of" on screen where the columns do not all fit: at 60 columns the
  age and "stale" were off the right edge, behind the trend.
- A panel names a source of its own that failed and never gave data (a price file not found):
  only the header said so, and the metal had no row and no word of why.
- The footer keeps the keymap's order for a remapped key: ``sources = "S"`` moved "S Sources"
  to the end, and off the footer at 120 columns.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from textual.widgets._footer import FooterKey

from tests.app.settling import settle
from tui.core.config import load_config, parse_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.headlines import HeadlinesPanel
from tui.ui.widgets.key_footer import KeyFooter
from tui.ui.widgets.prices import PricesPanel

FOUNDING = "China to Resume Metal Exports to the United States After Months-Long Suspension"


def demo_app(tmp_path: Path, keys: dict[str, str] | None = None) -> MetalwatchApp:
    config = load_config(demo=True)
    if keys:
        import dataclasses

        config = dataclasses.replace(config, keys={**config.keys, **keys})
    return MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")


def headline_lines(app: MetalwatchApp) -> list[str]:
    rows = app.query_one(HeadlinesPanel).table
    return [rows.render_line(y).text for y in range(1, rows.row_count + 1)]


@pytest.mark.parametrize("size", [(120, 40), (124, 40), (200, 60)])
async def test_the_founding_story_reads_whole_with_its_source(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        (line,) = [t for t in headline_lines(app) if "China to Resume" in t]
        assert FOUNDING in line and "Founding scenario" in line, line
        assert " copper " in line, line  # its first metal whole; "…" says there are more


# made-up wire titles of several lengths, one to three metals each, the longest first or last
TITLES = [
    ("Indonesia weighs a fresh export levy on refined nickel and cobalt intermediates", 2),
    ("Zinc smelters in Europe cut output again as power prices climb", 1),
    ("Chile's copper and lithium royalties bill clears the senate after a year of debate", 3),
    ("Tin slips", 1),
]
METALS = ["nickel", "cobalt", "copper", "lithium", "zinc", "tin"]


def feed(titles: list[tuple[str, int]]) -> str:
    now = datetime.now(timezone.utc)
    items = []
    for i, (title, n) in enumerate(titles):
        named = [m for m in METALS if m in title.lower()][:n]
        when = (now - timedelta(hours=i + 1)).strftime("%a, %d %b %Y %H:%M:%S +0000")
        items.append(
            f"<item><title>{title}</title><link>https://example.com/{i}</link>"
            f"<description>{' '.join(named)} export tariff</description>"
            f"<pubDate>{when}</pubDate></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Wire</title><link>https://example.com/</link>{''.join(items)}</channel></rss>"
    )


def feed_app(tmp_path: Path, extra: list[dict[str, Any]] | None = None) -> MetalwatchApp:
    (tmp_path / "feed.xml").write_text(feed(TITLES), encoding="utf-8")
    config = parse_config(
        {
            "metals": [{"id": m, "name": m.title()} for m in METALS],
            "sources": [
                {"name": "Metals wire desk", "kind": "rss", "url": str(tmp_path / "feed.xml")},
                *(extra or []),
            ],
        },
        None,
    )
    return MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")


@pytest.mark.parametrize("width", [110, 120, 132])
async def test_titles_take_the_room_the_metal_chips_leave(tmp_path: Path, width: int) -> None:
    app = feed_app(tmp_path)
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("A")  # every story, whatever the relevance
        await settle(app, pilot)
        lines = headline_lines(app)
        cols = app.query_one(HeadlinesPanel).table.columns()
        assert not cols.folded and len(lines) == len(TITLES), (cols, lines)
        for title, _n in TITLES:
            (line,) = [t for t in lines if title[:20] in t]
            if len(title) <= cols.title:
                assert title in line, (cols, line)
            else:  # cut only where the chips kept no more than their first and "…"
                assert "…" in line and cols.metals <= len(" nickel ") + 2, (cols, line)
            assert " Wire " in line, line  # the outlet (the feed's title), whole


@pytest.mark.parametrize("width", [60, 64, 72])
async def test_prices_keep_their_age_on_screen_when_narrow(tmp_path: Path, width: int) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(app, pilot)
        table = app.query_one(PricesPanel).table
        inside = table.scrollable_content_region.width
        head = table.render_line(0).text[:inside]
        assert "As of" in head and "Chg" in head, head
        first = table.render_line(1).text[:inside] + table.render_line(2).text[:inside]
        assert "stale" in first, first  # the demo's copper is 24 days old: said on screen


@pytest.mark.parametrize(
    ("files", "said"),
    [
        (["nickel"], "⚠ 1 source failing, no data from it yet"),
        (["zinc", "tin"], "⚠ 2 sources failing, no data from them yet"),
    ],
)
async def test_a_panel_names_its_source_that_failed_with_no_data(
    tmp_path: Path, files: list[str], said: str
) -> None:
    gone: list[dict[str, Any]] = [
        {"name": f"{m} desk file", "kind": "csv", "metal": m, "url": str(tmp_path / f"{m}.csv")}
        for m in files
    ]
    app = feed_app(tmp_path, gone)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        prices = app.query_one(PricesPanel)
        assert said in str(prices.border_subtitle), prices.border_subtitle
        headlines = app.query_one(HeadlinesPanel)  # its own source worked: nothing to say
        assert "failing" not in str(headlines.border_subtitle)


def footer_keys(app: MetalwatchApp) -> list[str]:
    keys = app.screen.query_one(KeyFooter).query(FooterKey)
    return [k.description for k in keys if not k.has_class("-command-palette")]


@pytest.mark.parametrize(
    "keys", [{"sources": "S"}, {"alerts": "f7"}, {"sources": "x", "open-link": "O"}]
)
async def test_a_remapped_key_keeps_its_place_in_the_footer(
    tmp_path: Path, keys: dict[str, str]
) -> None:
    plain = demo_app(tmp_path / "a")
    async with plain.run_test(size=(200, 40)) as pilot:
        await settle(plain, pilot)
        want = footer_keys(plain)
    app = demo_app(tmp_path / "b", keys)
    async with app.run_test(size=(200, 40)) as pilot:
        await settle(app, pilot)
        assert footer_keys(app) == want
