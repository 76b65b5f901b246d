"""Price cells with their unit after each value (``2150.58 USD/t``, ``1,234.5 $/lb``) were
refused: "no prices read from column 'Close' ... (e.g. unreadable value '2150.58 USD/t')". A
column whose values carry one unit is read, the unit becoming the series' unit; one whose
values carry more than one is refused, saying which. The parser (``tui.sources.csv_prices``)
on made-up files of several forms, and a real file served by a real local HTTP server into a
real store and ``snapshot --json``."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from tui.core.config import parse_config
from tui.core.config_types import Config
from tui.flow.refresh import Refresher
from tui.flow.snapshot import build_snapshot, to_json
from tui.sources import csv_prices
from tui.sources.base import SourceError
from tui.store import Store

T0 = datetime(2026, 12, 5, 9, 0, tzinfo=timezone.utc)


def config(metal: str, url: str = "prices.csv", **options: object) -> Config:
    return parse_config(
        {
            "app": {"timeout": "5s"},
            "metals": [{"id": metal, "name": metal.title()}],
            "sources": [{"name": "file", "kind": "csv", "metal": metal, "url": url, **options}],
        },
        None,
    )


def read(text: str, metal: str = "aluminium", **options: object) -> tuple[str, list[float]]:
    src = config(metal, **options).sources[0]
    series = csv_prices.parse(text.encode(), src, fetched_at=T0)
    return series.unit, [v for _, v in series.points]


@pytest.mark.parametrize(
    ("text", "metal", "options", "unit", "values"),
    [
        (
            "Date,Close\n2026-11-02,2150.58 USD/t\n2026-11-03,2152.5 USD/t\n",
            "aluminium",
            {"value_column": "Close"},
            "USD/t",
            [2150.58, 2152.5],
        ),
        (  # thousands separators, quoted, a dollar sign for the currency, a missing value
            'Date,Price\n2026-11-02,"1,234.5 $/lb"\n2026-11-03,"1,236.0 $/lb"\n2026-11-04,-\n',
            "copper",
            {},
            "USD/lb",
            [1234.5, 1236.0],
        ),
        (  # a decimal comma, a semicolon file, day-first dates, euros a tonne
            "Datum;Preis\n02.11.2026;2 150,58 EUR/t\n03.11.2026;2 151,25 EUR/t\n",
            "zinc",
            {},
            "EUR/t",
            [2150.58, 2151.25],
        ),
        (  # a troy ounce written out, newest first, the unit in another spelling
            "Date,Fix\n2026-11-04,4012.10 USD/troy oz\n2026-11-03,3998.75 US$/ozt\n",
            "gold",
            {"value_column": "Fix"},
            "USD/ozt",
            [3998.75, 4012.1],
        ),
        (  # the open and the close both carry the unit; the close is read
            "Date,Open,Close\n2026-11-02,9810 USD/mt,9812.5 USD/mt\n"
            "2026-11-03,9812 USD/mt,9820 USD/mt\n",
            "nickel",
            {"value_column": "Close"},
            "USD/t",
            [9812.5, 9820.0],
        ),
        (  # US cents a pound, a cell without its unit among them
            "Date,Settle\n2026-11-02,452.35 ¢/lb\n2026-11-03,453.10\n2026-11-04,455.00 ¢/lb\n",
            "copper",
            {},
            "USc/lb",
            [452.35, 453.1, 455.0],
        ),
    ],
)
def test_one_unit_after_each_value_is_read_and_becomes_the_series_unit(
    text: str, metal: str, options: dict[str, object], unit: str, values: list[float]
) -> None:
    assert read(text, metal, **options) == (unit, values)


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "Date,Close\n2026-11-02,2150.58 USD/t\n2026-11-03,0.9755 USD/lb\n",
            "USD/t ('2150.58 USD/t'), USD/lb ('0.9755 USD/lb')",
        ),
        (
            'Date,Price\n2026-11-02,"1,234.5 $/lb"\n2026-11-03,"8,810 CNY/t"\n',
            "USD/lb ('1,234.5 $/lb'), CNY/t ('8,810 CNY/t')",
        ),
        (
            "Date;Preis\n02.11.2026;2 150,58 EUR/t\n03.11.2026;2 340,00 USD/t\n",
            "EUR/t ('2 150,58 EUR/t'), USD/t ('2 340,00 USD/t')",
        ),
    ],
)
def test_values_in_more_than_one_unit_are_refused_saying_which(text: str, units: str) -> None:
    with pytest.raises(SourceError) as raised:
        read(text)
    assert str(raised.value) == (
        f"the prices carry more than one unit: {units}; one unit per column (or a unit "
        "column) is needed to read them as one series"
    )


def test_another_column_in_mixed_units_does_not_stop_the_price_column() -> None:
    text = "Date,Note,Close\n2026-11-02,1 USD/t,2150 USD/t\n2026-11-03,2 EUR/t,2160 USD/t\n"
    assert read(text, value_column="Close") == ("USD/t", [2150.0, 2160.0])


def test_plain_numbers_are_read_as_before() -> None:
    text = "Date,Close\n2026-11-02,2150.58\n2026-11-03,2152.5\n"
    assert read(text, unit="USD/t") == ("USD/t", [2150.58, 2152.5])


@pytest.fixture(name="store")
def store_fixture(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "store.sqlite3") as s:
        yield s


async def test_a_served_file_with_units_in_its_cells_reaches_the_snapshot(
    httpserver: HTTPServer, store: Store
) -> None:
    body = "Date,Close\n" + "".join(
        f'2026-11-{d:02d},"{2100 + d:,}.50 USD/t"\n' for d in range(2, 28)
    )
    httpserver.expect_request("/al.csv").respond_with_data(body, content_type="text/csv")
    cfg = config("aluminium", httpserver.url_for("/al.csv"))
    refresher = Refresher(cfg, store, clock=lambda: T0, jitter=0)
    try:
        (outcome,) = await refresher.run(list(cfg.sources))
    finally:
        await refresher.aclose()
    assert outcome.ok and outcome.error is None and outcome.items == 26
    (row,) = to_json(build_snapshot(cfg, store, now=T0))["prices"]
    assert (row["unit"], row["last"], row["as_of"]) == ("USD/t", 2127.5, "2026-11-27")
    assert row["points"][0] == [date(2026, 11, 2).isoformat(), 2102.5]
