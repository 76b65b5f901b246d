"""The chart's footer shows its six time-frame keys all or none, never the first two alone.

Seen at 80 columns: the footer said "1 1 month  2 3 months" and nothing of 3-6, which read as
the only frames. The keys are now said in full where they fit, in the frames' short names
("1 1M") where those fit, else as one item ("1-6 1M 3M 6M 1Y 5Y Max"), and every key still
works. At 60 columns the footer keeps its essential keys; the chart's title line names the six
frames there ("1:1M ... 6:Max").

Seen at 100 columns later: the frames' short names took the place of "s Sources" and "a
Alerts", keys the chart says nowhere else, to repeat what its title line says. The frames now
take only the room the other keys leave: one item at 100 columns, none at 80."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app.settling import settle
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.screens.chart import FRAMES, ChartScreen


def lines(app: MetalwatchApp) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


FOOTERS = {
    60: None,  # no frame key in the footer: the title line has them all
    80: None,  # the sources and alerts keys first
    100: " 1-6 1M 3M 6M 1Y 5Y Max ",
    120: " 1 1M  2 3M  3 6M  4 1Y  5 5Y  6 Max ",
    140: " 1 1 month  2 3 months  3 6 months  4 1 year  5 5 years  6 Max ",
}


@pytest.mark.parametrize("width", sorted(FOOTERS))
async def test_all_six_frame_keys_or_none(tmp_path: Path, width: int) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(app, pilot)
        assert app.snapshot is not None
        app.push_screen(ChartScreen(app.snapshot.prices[0], app.snapshot))
        await settle(app, pilot)
        shown = lines(app)
        footer, title = shown[-1], shown[0]
        assert "Esc Back" in footer and "q Quit" in footer, footer
        if width >= 80:  # said nowhere else on the chart: before any frame key
            assert "s Sources" in footer and "a Alerts" in footer, footer
        assert all(f"{n}:{name}" in title for n, name in enumerate(FRAMES, 1)), title
        want = FOOTERS[width]
        if want is None:
            assert "1M" not in footer and "1 month" not in footer, footer
        else:
            assert want in footer, footer
        # no partial set: either every frame's name is in the footer or none is
        forms = [
            (f"{k} {name} ", f"{k} {full} ", f" {name} ")
            for k, name, full in zip(
                "123456",
                FRAMES,
                ("1 month", "3 months", "6 months", "1 year", "5 years", "Max"),
                strict=True,
            )
        ]
        said = [k for k in forms if any(form in footer for form in k)]
        assert len(said) in (0, 6), footer
        # every key still works from the footer's screen
        chart = app.screen
        assert isinstance(chart, ChartScreen)
        for key, name in zip("123456", FRAMES, strict=True):
            await pilot.press(key)
            await pilot.pause()
            assert chart.frame == name, (key, chart.frame)


async def test_the_short_names_give_way_to_the_full_ones_when_wider(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert app.snapshot is not None
        app.push_screen(ChartScreen(app.snapshot.prices[0], app.snapshot))
        await settle(app, pilot)
        assert "1-6 1M 3M" in lines(app)[-1]
        await pilot.resize_terminal(140, 30)
        await settle(app, pilot)
        footer = lines(app)[-1]
        assert "1 1 month" in footer and "6 Max" in footer and "1-6" not in footer, footer
