"""A price file that writes its unit beside every price (a unit column, or a unit after each
value) and a source whose ``unit`` option names another: the prices are never relabelled.

Before, the option won silently: ``12127.5 USD/t`` in the file with ``unit = "USD/lb"`` showed
as 12127.5 USD/lb, a copper price two thousand times too high. Now the prices are converted to
the option's unit where the units convert (another mass), kept in the file's unit where they
do not (another currency), and the source's warning says which; the same unit spelled another
way ("USD/mt" for "USD/t") is the option's, unsaid. A file that names no unit takes the option's.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from tui.core.config import SourceConfig
from tui.sources import csv_prices

NOW = datetime(2026, 11, 28, tzinfo=timezone.utc)
CELLS = b"Date,Price\n2026-11-26,12150.58 USD/t\n2026-11-27,12127.5 USD/t\n"
COLUMN = b"Date,Price,Unit\n2026-11-26,12150.58,USD/t\n2026-11-27,12127.5,USD/t\n"
SILVER = b"date;close;unit\n2026-11-26;31,20;USD/oz\n2026-11-27;31,85;USD/oz\n"
BARE = b"Date,Price\n2026-11-26,12150.58\n2026-11-27,12127.5\n"


def read(data: bytes, **options: str) -> tuple[str, tuple[date, float], str | None, str | None]:
    src = SourceConfig("prices", "csv", "/data/prices.csv", metal="copper", options=options)
    series = csv_prices.parse(data, src, fetched_at=NOW)
    return series.unit, series.points[-1], series.currency, series.warning


@pytest.mark.parametrize("data", [CELLS, COLUMN], ids=["unit-in-cells", "unit-column"])
def test_another_mass_is_converted_and_said(data: bytes) -> None:
    unit, last, currency, warning = read(data, unit="USD/lb")
    assert (unit, currency) == ("USD/lb", "USD")
    assert last == (date(2026, 11, 27), pytest.approx(12127.5 / 2204.62262, rel=1e-4))
    assert warning == "prices converted from USD/t (the file's unit) to USD/lb (the source's unit)"


def test_troy_ounces_to_grams() -> None:
    unit, last, _currency, warning = read(SILVER, unit="USD/g")
    assert unit == "USD/g" and last[1] == pytest.approx(31.85 / 31.1034768, rel=1e-4)
    assert warning and "converted from USD/oz" in warning


@pytest.mark.parametrize("data", [CELLS, COLUMN], ids=["unit-in-cells", "unit-column"])
def test_another_currency_keeps_the_files_unit_and_says_so(data: bytes) -> None:
    unit, last, currency, warning = read(data, unit="EUR/t")
    assert (unit, last[1], currency) == ("USD/t", 12127.5, "USD")  # never 12127.5 EUR/t
    assert warning == (
        "the file gives its prices in USD/t, not EUR/t (the source's unit): shown in USD/t"
    )


@pytest.mark.parametrize("data", [CELLS, COLUMN], ids=["unit-in-cells", "unit-column"])
def test_the_same_unit_spelled_otherwise_is_unsaid(data: bytes) -> None:
    assert read(data, unit="USD/mt")[::2] == ("USD/mt", "USD")
    assert read(data, unit="USD/t")[3] is None
    assert read(data, unit="USD/mt")[3] is None


def test_a_file_naming_no_unit_takes_the_option() -> None:
    assert read(BARE, unit="EUR/t")[::2] == ("EUR/t", "EUR")
    assert read(BARE, unit="EUR/t")[3] is None
    assert read(CELLS)[0] == "USD/t" and read(CELLS)[3] is None
