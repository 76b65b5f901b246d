"""A series with a stretch of months without a price: the plot leaves the stretch blank and
says so under the plot, at every size.

A daily series whose source had nothing from April to August was drawn as one line from the
last price before the stretch to the first after it: a steady climb over five months that no
source ever gave. Now the line stops at the last point before a stretch longer than the series
may go without a price (it would have been stale there) and starts again after it, and the line
under the plot names the stretch ("a gap left blank: no data from ... to ... (N days)"), first
among the lines a short screen keeps.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from textual.widgets import Static

from tests.app.settling import settle
from tui.core.config import load_config
from tui.core.models import PriceSeries
from tui.ui.app import MetalwatchApp
from tui.ui.screens.chart import ChartScreen

BLOCKS = set("▖▗▘▙▚▛▜▝▞▟▀▄▌▐█")  # the price line's glyphs (markers are "│", the frame "┤")


def days(start: date, end: date) -> list[tuple[date, float]]:
    n = (end - start).days
    return [(start + timedelta(days=i), 100.0 + (i % 9)) for i in range(n + 1)]


SERIES = PriceSeries(
    "Local nickel",
    "nickel",
    "USD/t",
    tuple(days(date(2025, 9, 1), date(2026, 1, 31)) + days(date(2026, 6, 1), date(2026, 8, 22))),
    metal=None,
)


def widest_blank(lines: list[str]) -> int:
    """The most columns in a row, between the line's first and last glyphs, where no plot row
    has a glyph of the price line."""
    top = next(n for n, line in enumerate(lines) if "┌" in line)
    foot = next(n for n, line in enumerate(lines) if "└" in line)
    rows = lines[top + 1 : foot]
    width = max(len(r) for r in rows)
    used = [any(c < len(r) and r[c] in BLOCKS for r in rows) for c in range(width)]
    first, last = used.index(True), width - 1 - used[::-1].index(True)
    best = run = 0
    for c in range(first, last + 1):
        run = 0 if used[c] else run + 1
        best = max(best, run)
    return best


@pytest.mark.parametrize("size", [(60, 12), (80, 24), (120, 40)])
async def test_a_stretch_without_prices_is_left_blank(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        assert app.snapshot is not None  # the demo's: 2026-08-23
        app.push_screen(ChartScreen(SERIES, app.snapshot, frame="1Y"))
        await settle(app, pilot)
        lines = [strip.text for strip in app.screen._compositor.render_strips()]
        shown = "\n".join(lines)
        # four months of a year: about a third of the plot's columns, never one line across
        assert widest_blank(lines) >= size[0] // 6, shown
        prov = str(app.screen.query_one("#chart-provenance", Static).render())
        assert "a gap left blank: no data from 2026-01-31 to 2026-06-01" in prov.replace(
            "\n", " "
        ) or (prov.startswith("a gap left blank") and prov.split("\n")[0].endswith("…")), prov


async def test_short_gaps_are_drawn_as_a_line(tmp_path: Path) -> None:
    """A weekend or a holiday (a daily series may go five days without a price) is no gap."""
    weekdays = tuple(p for p in days(date(2025, 9, 1), date(2026, 8, 22)) if p[0].weekday() < 5)
    series = PriceSeries("Weekdays", "w", "USD/t", weekdays)
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.snapshot is not None
        app.push_screen(ChartScreen(series, app.snapshot, frame="1Y"))
        await settle(app, pilot)
        lines = [strip.text for strip in app.screen._compositor.render_strips()]
        assert widest_blank(lines) <= 1, "\n".join(lines)
        prov = str(app.screen.query_one("#chart-provenance", Static).render())
        assert "gap left blank" not in prov, prov
