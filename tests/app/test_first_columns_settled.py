"""The prices panel's and the policy board's first paint has their settled columns.

The first snapshot comes before the screen is laid out, while the panel's width is still 0: the
panel made its columns for no room ("As of" before "1Y chg", a trend of 8 cells) and made them
anew for its real width as the layout's resize came, about 0.15 s after the first paint ("As of"
moved across the panel at 120 columns). Its columns are now made for the width the grid is about
to give it, and a resize to the width they were made for leaves them standing. The policy
board did the same (its flags 8 cells wide, then 46 at 120 columns).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from own_data import own_config, settle

from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.panel import Panel
from tui.ui.widgets.panel_rows import PanelRows
from tui.ui.widgets.policy import PolicyPanel
from tui.ui.widgets.prices import PricesPanel

SIZES = [(120, 40), (140, 40), (160, 48), (161, 48), (200, 50), (80, 24), (60, 24)]
KINDS: tuple[type[Panel], ...] = (PricesPanel, PolicyPanel)


@pytest.mark.parametrize("demo", [True, False])
async def test_the_first_columns_are_the_settled_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo: bool
) -> None:
    """A fresh start at each size (the first paint is the point: never a resize), both panels
    watched in each start. With one's own config the store is filled once, as at a first start,
    and each start at a size has its own copy of it, as at a second start."""
    made: dict[type[Panel], list[tuple[int, list[tuple[str, int]]]]] = {k: [] for k in KINDS}
    for kind in KINDS:

        def recorded(
            panel: Panel,
            table: PanelRows,
            kind: type[Panel] = kind,
            add_columns: Callable[[Panel, PanelRows], None] = kind.add_columns,
        ) -> None:
            add_columns(panel, table)
            made[kind].append((panel.size.width, [(c.key, c.width) for c in table.columns]))

        monkeypatch.setattr(kind, "add_columns", recorded)
    config = load_config(demo=True) if demo else own_config(tmp_path)
    filled = tmp_path / "filled"
    filled.mkdir()
    if not demo:  # a store with the prices in it, as at a second start
        first = MetalwatchApp(config, store_path=filled / "store.sqlite3")
        async with first.run_test(size=SIZES[0]) as pilot:
            await settle(first, pilot)
    checked: list[tuple[str, tuple[int, int]]] = []
    for size in SIZES:
        folder = tmp_path / f"{size[0]}x{size[1]}"
        shutil.copytree(filled, folder)  # the filled store, or none with the demo
        for kind in KINDS:
            made[kind].clear()
        app = MetalwatchApp(config, store_path=folder / "store.sqlite3", refresh_on_start=False)
        async with app.run_test(size=size) as pilot:
            await settle(app, pilot)
            settled = {k: [(c.key, c.width) for c in app.query_one(k).table.columns] for k in KINDS}
        for kind in KINDS:
            case = (kind.__name__, size)
            seen = made[kind]
            assert seen and seen[0][0] == 0, ("made before the first layout", case, seen)
            assert [columns for _width, columns in seen] == [settled[kind]], (case, seen)
            if kind is PricesPanel and size == (120, 40):  # one panel across: "As of" at the end
                assert [key for key, _w in settled[kind]][-1] == "age", (case, settled[kind])
            checked.append(case)
    assert len(checked) == len(SIZES) * len(KINDS), checked
