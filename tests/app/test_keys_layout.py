"""Keys as a user meets them, in the layout: the footer at 80 columns and wider (the keys that
matter first, never a key cut mid-word), resizing both ways, no sideways scrollbar in the main
panels, a long source error wrapped, the filter box and a small panel at small sizes."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from tests.app.keys_ux_app import demo_app
from tests.app.settling import settle
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.screens.sources import SourcesScreen
from tui.ui.widgets.headlines import HeadlinesPanel
from tui.ui.widgets.key_footer import KeyFooter


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_footer_shows_the_keys_that_matter_first(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        footer = app.screen.query_one(KeyFooter)
        shown = [
            (w.key, w.region.right)
            for w in footer.children
            if "-command-palette" not in w.classes and w.region.width
        ]
        palette = [w for w in footer.children if "-command-palette" in w.classes]
        edge = palette[0].region.x if palette else size[0]
        visible = {k for k, right in shown if right <= edge}
        assert {"q", "question_mark", "slash", "m", "r"} <= visible, shown


async def test_layout_follows_each_resize_both_ways(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)

        def side_by_side() -> bool:
            panels = app.panels
            return panels[1].region.y == panels[2].region.y

        assert not side_by_side()
        await pilot.resize_terminal(200, 60)
        await pilot.pause()
        assert side_by_side()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not side_by_side()


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (200, 60)])
async def test_no_horizontal_scrollbar_in_the_main_panels(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        for panel in app.panels:
            assert not panel.table.show_horizontal_scrollbar, (panel.config.kind, size)


async def test_a_long_source_error_wraps_in_the_detail_view(tmp_path: Path) -> None:
    from datetime import datetime, timezone

    from tui.core.models import SourceHealth

    error = (
        "network error: cannot resolve host news.google.com (no network, or the name is"
        " wrong); retrying in 10 minutes"
    )
    health = [
        SourceHealth(name="Google News copper", kind="rss", ok=False, error=error),
        SourceHealth(name="FRED copper", kind="fred", ok=True),
    ]
    app = demo_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.push_screen(SourcesScreen(health, datetime.now(timezone.utc)))
        await pilot.pause()
        detail = app.screen.query_one("#source-detail", Static)
        shown = " ".join(str(detail.render()).split())
        assert "retrying in 10 minutes" in shown and detail.region.height >= 2
        await pilot.press("j")
        assert "FRED copper" in str(detail.render()) and "ok" in str(detail.render())


@pytest.mark.parametrize("width", [80, 100, 120])
async def test_the_footer_never_cuts_a_key_mid_word(tmp_path: Path, width: int) -> None:
    from textual.widgets._footer import FooterKey

    app = demo_app(tmp_path)
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(app, pilot)
        keys = list(app.query_one(KeyFooter).query(FooterKey))
        (palette,) = [k for k in keys if k.has_class("-command-palette")]
        shown = [k for k in keys if k.display and k is not palette]
        hidden = [k for k in keys if not k.display]
        assert [k.description for k in shown][:3] == ["Quit", "Help", "Filter"]
        assert all(k.region.right <= palette.region.x for k in shown), [
            (k.description, k.region) for k in shown
        ]
        if width == 80:
            assert hidden, "at 80 columns some keys are left for the help screen"
        # widening shows more, whole
        await pilot.resize_terminal(width + 60, 30)
        await settle(app, pilot)
        wider = [k for k in app.query_one(KeyFooter).query(FooterKey) if k.display]
        assert len(wider) > len(shown) + 1 or not hidden


async def test_the_filter_box_takes_one_line_at_80x24(tmp_path: Path) -> None:
    # at 80x24 the headlines panel has five lines inside its border: a three-line box left one
    # headline to see what the filter matched
    app = demo_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(HeadlinesPanel)
        before = panel.table.region.height
        await pilot.press("slash")
        await pilot.pause()
        box = panel.query_one(".panel-filter")
        assert box.display and box.has_focus
        assert box.region.height == 1
        assert panel.table.region.height == before - 1


@pytest.mark.parametrize("sizes", [(6, 1, 1), (20, 1, 1), (1, 1, 1), (1, 8, 1)])
@pytest.mark.parametrize("terminal", [(80, 24), (120, 40)])
async def test_a_small_panel_keeps_a_readable_height(
    tmp_path: Path, sizes: tuple[int, int, int], terminal: tuple[int, int]
) -> None:
    """`[[panels]] size` is relative: headlines at 6 beside prices and policy at 1 left those two
    a border's line each at 80x24 (2.75 rows of 22), their rows out of sight however they were
    focused. Each panel keeps the stylesheet's minimum (a border, its column names and two
    rows); the rest is shared by size."""
    feed = Path(__file__).resolve().parents[1] / "fixtures" / "feeds" / "nbc_newyork.rss.xml"
    kinds = ("headlines", "prices", "policy")
    panels = "".join(
        f'[[panels]]\nkind = "{kind}"\nsize = {size}\n'
        for kind, size in zip(kinds, sizes, strict=True)
    )
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n'
        f'[[sources]]\nname = "news"\nkind = "rss"\nurl = "{feed}"\n{panels}',
        encoding="utf-8",
    )
    app = MetalwatchApp(load_config(cfg), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=terminal) as pilot:
        await settle(app, pilot)
        heights = [p.region.height for p in app.panels]
        assert min(heights) >= 5, heights
        assert sum(heights) == terminal[1] - 2, heights  # between the header and the footer
        if sizes[0] > sizes[1]:
            assert heights[0] > heights[1], heights
        await pilot.resize_terminal(terminal[0], terminal[1] + 6)
        await pilot.pause()
        taller = [p.region.height for p in app.panels]
        assert min(taller) >= 5 and sum(taller) == terminal[1] + 4, taller
