"""A price series far from its metal's level (IMF gold per troy ounce in a file named by its
code, ``PGOLDUSDM.csv``, set up as copper's source; a per-pound copper quote set up as
``USD/t``) showed on the copper row as copper's price with nothing to doubt it by. The row's
unit is now starred and the chart under it says why, at each size, and the source's health
line says it too; the price is still shown (a suspicion, not a refusal). A copper file at
copper's level shows no star (:mod:`tui.core.price_levels`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.text import Text
from textual.widgets import Static

from tests.app.settling import settle
from tui.core.config import parse_config
from tui.ui.app import MetalwatchApp
from tui.ui.screens.chart import ChartScreen
from tui.ui.widgets.prices import PricesPanel

PRICES = Path(__file__).resolve().parent.parent / "fixtures" / "prices"


def pgold(tmp_path: Path) -> Path:
    """The IMF's gold prices (a real file) written as FRED writes a series: PGOLDUSDM.csv."""
    rows = (PRICES / "imf_pcps_PGOLD_monthly.csv").read_text(encoding="utf-8-sig").splitlines()
    lines = [f"{r[2].replace('-M', '-')}-01,{r[3]}" for r in (x.split('","') for x in rows[1:])]
    path = tmp_path / "PGOLDUSDM.csv"
    path.write_text("observation_date,PGOLDUSDM\n" + "\n".join(lines) + "\n")
    return path


def app_for(tmp_path: Path, url: Path, unit: str | None) -> MetalwatchApp:
    src: dict[str, object] = {"name": "My copper", "kind": "csv", "metal": "copper"}
    src["url"] = str(url)
    if unit:
        src["unit"] = unit
    config = parse_config(
        {"metals": [{"id": "copper", "name": "Copper", "unit": "USD/t"}], "sources": [src]},
        None,
    )
    return MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")


def unit_cell(panel: PricesPanel) -> str:
    row = panel.table.get_row("copper")
    cell = row[2]
    return cell.plain if isinstance(cell, Text) else str(cell)


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (200, 60)])
@pytest.mark.parametrize(
    ("file", "unit", "doubted"),
    [
        ("pgold", None, True),  # unit unknown: fits no unit copper is quoted in
        ("pgold", "USD/t", True),
        ("yahoo_v8_to_csv_HG=F_2000-08-30_2026-07-30.csv", "USD/t", True),  # per pound
        ("yahoo_v8_to_csv_HG=F_2000-08-30_2026-07-30.csv", "USD/lb", False),
    ],
)
async def test_a_price_far_from_its_metals_level_is_starred_and_said(
    tmp_path: Path, size: tuple[int, int], file: str, unit: str | None, doubted: bool
) -> None:
    url = pgold(tmp_path) if file == "pgold" else PRICES / file
    app = app_for(tmp_path, url, unit)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        panel = app.query_one(PricesPanel)
        assert app.snapshot is not None
        (health,) = app.snapshot.sources
        assert health.ok  # read and shown all the same
        assert unit_cell(panel).endswith("*") == doubted, unit_cell(panel)
        said = health.warning or ""
        assert ("prices far from copper's level" in said) == doubted, said
        panel.table.focus()
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ChartScreen)
        prov = app.screen.query_one("#chart-provenance", Static).render()
        text = prov.plain if isinstance(prov, Text) else str(prov)
        assert ("far from copper's level" in text) == doubted, text
