"""The prices panel's and the policy board's first paint has their settled columns.

The first snapshot comes before the screen is laid out, while the panel's width is still 0: the
panel made its columns for no room ("As of" before "1Y chg", a trend of 8 cells) and made them
anew for its real width as the layout's resize came, about 0.15 s after the first paint ("As of"
moved across the panel at 120 columns). Its columns are now made for the width the grid is about
to give it, and a resize to the width they were made for leaves them standing. The policy
board did the same (its flags 8 cells wide, then 46 at 120 columns).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from own_data import own_config, settle

from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.panel import Panel
from tui.ui.widgets.panel_rows import PanelRows
from tui.ui.widgets.policy import PolicyPanel
from tui.ui.widgets.prices import PricesPanel


@pytest.mark.parametrize(
    "size", [(120, 40), (140, 40), (160, 48), (161, 48), (200, 50), (80, 24), (60, 24)]
)
@pytest.mark.parametrize("demo", [True, False])
@pytest.mark.parametrize("kind", [PricesPanel, PolicyPanel])
async def test_the_first_columns_are_the_settled_ones(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    size: tuple[int, int],
    demo: bool,
    kind: type[Panel],
) -> None:
    made: list[tuple[int, list[tuple[str, int]]]] = []
    add_columns = kind.add_columns

    def recorded(panel: Panel, table: PanelRows) -> None:
        add_columns(panel, table)
        made.append((panel.size.width, [(c.key, c.width) for c in table.columns]))

    monkeypatch.setattr(kind, "add_columns", recorded)
    config = load_config(demo=True) if demo else own_config(tmp_path)
    store = tmp_path / "store.sqlite3"
    if not demo:  # a store with the prices in it, as at a second start
        first = MetalwatchApp(config, store_path=store)
        async with first.run_test(size=size) as pilot:
            await settle(first, pilot)
        made.clear()
    app = MetalwatchApp(config, store_path=store, refresh_on_start=False)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        panel = app.query_one(kind)
        settled = [(c.key, c.width) for c in panel.table.columns]
    assert made and made[0][0] == 0, "made before the first layout"  # what the test is about
    assert [columns for _width, columns in made] == [settled], made
    if kind is PricesPanel and size == (120, 40):  # one panel across: "As of" at the end
        assert [key for key, _w in settled][-1] == "age"
