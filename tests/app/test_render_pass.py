"""The rows' widgets measure their width once per drawing pass (``render_lines``), not once a
line; the lines are the same as drawn one by one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from own_data import own_config, settle
from textual.geometry import Region
from textual.widget import Widget

from tui.ui.app import MetalwatchApp
from tui.ui.widgets.headline_list import HeadlineList
from tui.ui.widgets.panel_rows import PanelRows


async def test_one_measure_a_pass_and_the_same_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = own_config(tmp_path, dead=1)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        tables = [p.table for p in app.panels]
        assert {type(t) for t in tables} == {HeadlineList, PanelRows}
        measured: list[Any] = []
        region = Widget.scrollable_content_region

        def counting(self: Widget) -> Region:
            measured.append(self)
            return region.fget(self)  # type: ignore[attr-defined]

        for table in tables:
            width, height = table.outer_size
            assert height > 3
            table._styles_cache.clear()
            monkeypatch.setattr(Widget, "scrollable_content_region", property(counting))
            measured.clear()
            in_pass = table.render_lines(Region(0, 0, width, height))
            assert measured.count(table) == 1, type(table).__name__
            monkeypatch.undo()
            table._styles_cache.clear()
            getattr(table, "_lines", getattr(table, "_strips", None)).clear()
            measured.clear()
            textuals = Widget.render_lines(table, Region(0, 0, width, height))  # a line at a time
            assert [s.text for s in in_pass] == [s.text for s in textuals]
            assert [list(s) for s in in_pass] == [list(s) for s in textuals]
