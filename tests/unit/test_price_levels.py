"""A price series far from its metal's level (another metal's prices, another unit's) is said
on the source's health line; the series is still read and shown (:mod:`tui.core.price_levels`).

Before, a file named by a code with no metal named inside (``PGOLDUSDM.csv``: IMF gold, USD
per troy ounce, set up as copper's source) showed as copper's price without a word, and so did
a per-pound copper quote labelled ``USD/t`` or a per-tonne one labelled ``USD/lb``: 10 of the
11 ``WRONG`` cases below read with no warning at all before this change (the aluminium file as
copper's was said by its name only). Real published
files read as their own metal, daily and monthly, 1960 to 2026, say nothing (``right``).

Fixtures: real files in tests/fixtures/prices (byte copies; see its PROVENANCE.md).
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from tui.cli import main
from tui.core.config_types import SourceConfig
from tui.core.models import PriceSeries
from tui.core.price_levels import band, known_metal, level_note
from tui.sources import csv_prices, fred

PRICES = Path(__file__).resolve().parent.parent / "fixtures" / "prices"
NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)


def read(name: str, metal: str, **options: str) -> PriceSeries:
    """A real fixture read as ``metal``'s by the fred kind (``fred_`` files), else by the csv
    kind (``csv:`` before a name: the fred kind refuses a known series of another metal)."""
    kind = "fred" if name.startswith("fred_") else "csv"
    name = name.removeprefix("csv:")
    src = SourceConfig("prices", kind, str(PRICES / name), metal=metal, options=options)
    parser = fred if kind == "fred" else csv_prices
    return parser.parse((PRICES / name).read_bytes(), src, fetched_at=NOW)


def note(series: PriceSeries) -> str | None:
    return level_note(series.metal, series.unit, series.points)


RIGHT = [
    ("yahoo_v8_to_csv_HG=F_2000-08-30_2026-07-30.csv", "copper", {"unit": "USD/lb"}),
    ("yfinance_history_HG=F_2018-01-02_2025-08-22.csv", "copper", {"unit": "USD/lb"}),
    ("yfinance_history_HG=F_2018-01-02_2025-08-22.csv", "copper", {}),  # unit unknown
    ("yfinance_SI=F_2000-08-30_2026-07-13.csv", "silver", {"unit": "USD/ozt"}),
    ("yfinance_history_PL=F_2018-01-02_2025-08-22.csv", "platinum", {}),
    ("stooq_xauusd_d.csv", "gold", {}),
    ("fred_GOLDAMGBD228NLBM_DATE_daily.csv", "gold", {}),  # daily, 1968 to 2020, USD/ozt
    ("imf_pcps_PGOLD_monthly.csv", "gold", {"unit": "USD/oz"}),
    ("fred_PCOPPUSDM_2026-05.csv", "copper", {}),
    ("fred_PALUMUSDM_2026-05.csv", "Aluminum", {}),  # spelled as the US does
    ("fred_PIORECRUSDM_2026-05.csv", "iron-ore", {}),
    ("fred_PNICKUSDM_DATE.csv", "nickel", {}),
    ("investing_aluminium_futures_daily_2016-11-21_2020-03-31.csv", "aluminium", {}),
    ("investing_aluminium_futures_daily_2016-11-21_2020-03-31.csv", "aluminium", {"unit": "USD/t"}),
]


@pytest.mark.parametrize(("name", "metal", "options"), RIGHT)
def test_real_files_read_as_their_own_metal_say_nothing(
    name: str, metal: str, options: dict[str, str]
) -> None:
    series = read(name, metal, **options)
    assert len(series.points) > 1
    assert note(series) is None, note(series)


@pytest.mark.parametrize(
    "metal", ["aluminium", "copper", "gold", "iron_ore", "lead", "nickel", "platinum", "silver"]
)
def test_the_world_bank_tidy_file_of_each_metal_says_nothing(metal: str) -> None:
    wb = "worldbank_pinksheet_metals_tidy_1960-01_2025-10.csv"
    series = read(wb, metal, metal_value=metal.replace("aluminium", "aluminum"))
    assert series.points[0][0] == date(1960, 1, 1) and note(series) is None


WRONG = [
    # the defect: IMF gold per ounce as copper's, unit unknown, then said to be USD/t
    ("imf_pcps_PGOLD_monthly.csv", "copper", {}, "every unit it is quoted in"),
    (
        "imf_pcps_PGOLD_monthly.csv",
        "copper",
        {"unit": "USD/t"},
        "level in USD/t",
    ),
    # another metal's prices in the same unit
    ("csv:fred_GOLDAMGBD228NLBM_DATE_daily.csv", "silver", {}, "silver's level in USD/ozt"),
    (
        "csv:fred_PIORECRUSDM_2026-05.csv",
        "copper",
        {"unit": "USD/t", "value_column": "1"},
        "copper's level in USD/t",
    ),
    (
        "csv:fred_PCOPPUSDM_2026-05.csv",
        "iron-ore",
        {"unit": "USD/t", "value_column": "1"},
        "iron-ore's level in USD/t",
    ),
    ("investing_aluminium_futures_daily_2016-11-21_2020-03-31.csv", "copper", {}, "every unit"),
    (
        "yfinance_SI=F_2000-08-30_2026-07-13.csv",
        "gold",
        {"unit": "USD/oz"},
        "gold's level in USD/oz",
    ),
    # the right metal in another unit than the one the source says
    (
        "yahoo_v8_to_csv_HG=F_2000-08-30_2026-07-30.csv",
        "copper",
        {"unit": "USD/t"},
        "USD/t",
    ),
    ("fred_PCOPPUSDM_2026-05.csv", "copper", {"unit": "USD/lb"}, "copper's level in USD/lb"),
    ("yfinance_SI=F_2000-08-30_2026-07-13.csv", "silver", {"unit": "USc/ozt"}, "in USc/ozt"),
    ("fred_GOLDAMGBD228NLBM_DATE_daily.csv", "gold", {"unit": "USD/g"}, "gold's level in USD/g"),
]


@pytest.mark.parametrize(("name", "metal", "options", "said"), WRONG)
def test_another_metals_or_units_prices_are_said_and_still_read(
    name: str, metal: str, options: dict[str, str], said: str
) -> None:
    series = read(name, metal, **options)
    got = note(series)
    assert got is not None and said in got, got
    assert got.endswith("?") and "monthly averages in" in got
    assert len(series.points) > 1  # read all the same: a suspicion, not a refusal


def test_the_note_names_the_newest_price_and_its_years_averages() -> None:
    series = read("imf_pcps_PGOLD_monthly.csv", "copper")
    assert note(series) == (
        "prices far from copper's level in every unit it is quoted in (2,641 on 2024-12-01, "
        "unit unknown; copper's monthly averages in 2024: 8,300 to 10,200 USD/t): another "
        "metal's prices, or set this source's unit?"
    )


def test_a_stray_history_with_a_right_newest_price_is_counted() -> None:
    """Most points off the level (a copper file of US cents per pound, labelled USD/lb, whose
    last row someone wrote in dollars) is said with the count."""
    points = [(date(2020, m, 1), 280.0 + m) for m in range(1, 12)] + [(date(2020, 12, 1), 3.5)]
    got = level_note("copper", "USD/lb", points)
    assert got is not None and "(11 of 12 prices, e.g. 281.00 on 2020-01-01" in got


@pytest.mark.parametrize(
    ("metal", "unit", "value"),
    [
        ("copper", "EUR/t", 2640.0),  # another currency: no FX rate to judge by
        ("copper", "CNY/t", 2640.0),
        ("cobalt", "USD/t", 2.0),  # a metal the table has no prices of
        ("cu", "USD/t", 2.0),  # an id that names no known metal
        (None, "USD/t", 2.0),
        ("copper", "USD/t", 9000.0),
    ],
)
def test_what_cannot_be_judged_or_is_right_says_nothing(
    metal: str | None, unit: str, value: float
) -> None:
    assert level_note(metal, unit, [(date(2024, 6, 1), value)]) is None


def test_an_index_is_never_judged() -> None:
    assert level_note("copper", "", [(date(2024, 6, 1), 104.5)], index=True) is None
    assert level_note("copper", "", [(date(2024, 6, 1), 104.5)]) is not None


def test_years_outside_the_table_widen_and_never_overflow() -> None:
    assert known_metal("Iron ore") == "iron-ore" and known_metal("aluminum") == "aluminium"
    near = band("copper", 2027, "USD/t")
    far = band("copper", 2040, "USD/t")
    assert near is not None and far is not None and far[1] > near[1] > 13_500
    assert band("gold", 1, "USD/ozt") is not None  # a placeholder year: no OverflowError
    assert level_note("gold", "USD/ozt", [(date(1, 1, 1), 1.0)]) is None


def test_snapshot_json_says_it_on_the_sources_health_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """From outside: a copper source reading ``PGOLDUSDM.csv`` (a FRED-style file of IMF gold
    prices, named by its code); the price is shown, its source's warning says why to doubt it."""
    rows = (PRICES / "imf_pcps_PGOLD_monthly.csv").read_text(encoding="utf-8-sig").splitlines()
    body = [r.split('","') for r in rows[1:]]
    lines = [f"{r[2].replace('-M', '-')}-01,{r[3]}" for r in body]
    path = tmp_path / "PGOLDUSDM.csv"
    path.write_text("observation_date,PGOLDUSDM\n" + "\n".join(lines) + "\n")
    config = tmp_path / "config.toml"
    config.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\nunit = "USD/t"\n\n'
        f'[[sources]]\nname = "my copper"\nkind = "csv"\nmetal = "copper"\nurl = "{path}"\n'
    )
    assert main(["snapshot", "--json", "--config", str(config)]) == 0
    doc = json.loads(capsys.readouterr().out)
    (price,) = doc["prices"]
    assert price["metal"] == "copper" and price["last"] == pytest.approx(2640.605454545455)
    (source,) = doc["sources"]
    assert source["ok"] and "prices far from copper's level" in source["warning"]
