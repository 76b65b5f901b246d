"""Unit parsing, exact conversions, series conversion notes and price formatting."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tui.core.models import PriceSeries
from tui.core.units import (
    convert_series,
    convert_value,
    format_price,
    normalize_unit,
    parse_unit,
    unit_label,
)

FIXTURES = Path(__file__).parent.parent / "fixtures" / "prices"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("USD/t", ("USD", "t")),
        ("USD/mt", ("USD", "t")),
        ("USD / metric ton", ("USD", "t")),
        ("USD per tonne", ("USD", "t")),
        ("($/mt)", ("USD", "t")),  # World Bank units row
        ("USD/lb", ("USD", "lb")),
        ("USD/ozt", ("USD", "ozt")),
        ("USD/troy oz", ("USD", "ozt")),
        ("($/troy oz)", ("USD", "ozt")),
        ("USD/oz", ("USD", "ozt")),  # documented: ounce of metal = troy ounce
        ("USD/kg", ("USD", "kg")),
        ("USD/g", ("USD", "g")),
        ("CNY/t", ("CNY", "t")),
        ("RMB/tonne", ("CNY", "t")),
        ("eur/t", ("EUR", "t")),
        ("US cents/lb", ("USc", "lb")),
        ("USc/lb", ("USc", "lb")),
        ("¢/lb", ("USc", "lb")),
        ("USD/short ton", ("USD", "short ton")),
        ("USD/dmt", ("USD", "t")),
    ],
)
def test_parse_unit(text: str, expected: tuple[str, str]) -> None:
    assert parse_unit(text) == expected


@pytest.mark.parametrize(
    "text", ["", "USD", "index", "USD/ton", "USD/dmtu", "USD/bbl", "USD/t/t", "dollars/furlong"]
)
def test_parse_unit_unknown(text: str) -> None:
    assert parse_unit(text) is None


def test_normalize_and_label() -> None:
    assert normalize_unit("USD/mt") == "USD/t"
    assert normalize_unit("US cents / lb") == "USc/lb"
    assert normalize_unit("USD/ton") is None
    assert unit_label("USD/troy oz") == "USD/ozt"
    assert unit_label("  index ") == "index"
    assert unit_label(None) == ""


@pytest.mark.parametrize(
    ("value", "src", "dst", "expected"),
    [
        (4.5, "USD/lb", "USD/t", 9920.801798319491),  # HG=F copper: 9,920.80
        (1.0, "USD/t", "USD/lb", 0.00045359237),
        (1.0, "USD/lb", "USD/t", 2204.6226218487757),
        (1.0, "USD/ozt", "USD/kg", 32.150746568627985),
        (1.0, "USD/ozt", "USD/t", 32150.746568627982),
        (1.0, "USD/g", "USD/ozt", 31.1034768),
        (2650.10, "USD/ozt", "USD/g", 85.20269348152101),
        (300.0, "USc/lb", "USD/t", 6613.867865546327),
        (6613.867865546327, "USD/t", "US cents/lb", 300.0),
        (1.0, "USD/short ton", "USD/t", 1.1023113109243878),
        (10739.91, "USD/mt", "USD/t", 10739.91),
        (5.0, "USD/dmtu", "USD/dmtu", 5.0),  # same (unknown) unit: identity
        (70000.0, "CNY/t", "CNY/kg", 70.0),
    ],
)
def test_convert_value_exact(value: float, src: str, dst: str, expected: float) -> None:
    assert convert_value(value, src, dst) == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize(
    ("src", "dst"),
    [("CNY/t", "USD/t"), ("USD", "USD/t"), ("USD/t", "index"), ("", "USD/t"), ("EUR/t", "USc/lb")],
)
def test_convert_value_impossible(src: str, dst: str) -> None:
    assert convert_value(1.0, src, dst) is None


def _series(unit: str, currency: str | None = "USD") -> PriceSeries:
    return PriceSeries(
        source="s",
        symbol="HG=F",
        unit=unit,
        points=((date(2024, 1, 2), 4.5), (date(2024, 1, 3), 4.0)),
        metal="copper",
        currency=currency,
    )


def test_convert_series_converts_points_and_unit() -> None:
    out = convert_series(_series("USD/lb"), "USD/t")
    assert out.unit == "USD/t"
    assert out.note is None
    # 4.5 and 4.0 USD/lb carry one decimal: converted, whole dollars per tonne (no float noise)
    assert out.points[0] == (date(2024, 1, 2), 9921.0)
    assert out.points[1] == (date(2024, 1, 3), 8818.0)
    assert (out.symbol, out.metal, out.source) == ("HG=F", "copper", "s")
    cents = convert_series(_series("USD/lb"), "USc/lb")
    assert cents.points[0][1] == pytest.approx(450.0)
    assert cents.currency == "USD"


def test_convert_series_keeps_the_sources_significant_digits() -> None:
    """A COMEX quote of four decimals converted to USD/t keeps as many significant digits
    (one decimal), and the other way round gains the decimals the factor takes away."""
    quote = PriceSeries("s", "HG=F", "USD/lb", ((date(2024, 1, 2), 4.5025),), metal="copper")
    out = convert_series(quote, "USD/t")
    assert out.points[0][1] == 9926.3  # 4.5025 * 2204.62262... = 9926.313..., one decimal
    assert repr(out.points[0][1]) == "9926.3"
    tonnes = PriceSeries("s", "X", "USD/t", ((date(2024, 1, 2), 8976.68),), metal="copper")
    lb = convert_series(tonnes, "USD/lb")
    assert lb.points[0][1] == 4.071754  # 2 decimals + 4 from the factor (about 1/2205)
    ounces = PriceSeries("s", "GC=F", "USD/ozt", ((date(2024, 1, 2), 2650.1),), metal="gold")
    assert convert_series(ounces, "USD/g").points[0][1] == 85.203  # 1 decimal + 2 (1/31.1)


def test_convert_series_unchanged_when_same_or_empty() -> None:
    s = _series("USD/t")
    assert convert_series(s, "USD/mt") is s
    assert convert_series(s, None) is s
    assert convert_series(s, "") is s


def test_convert_series_impossible_keeps_source_unit_with_note() -> None:
    cny = convert_series(_series("CNY/t", "CNY"), "USD/t")
    assert cny.unit == "CNY/t"
    assert cny.points == _series("CNY/t").points
    assert cny.note == "shown in CNY/t: no FX rate to convert to USD/t"
    unknown = convert_series(_series(""), "USD/t")
    assert unknown.unit == ""
    assert unknown.note == "unit unknown: cannot convert to USD/t"
    bare = convert_series(_series("USD"), "USD/t")  # a currency, no mass ("$10,650" cells)
    assert bare.points == _series("USD").points
    assert bare.note == "shown in USD: no mass given, cannot convert to USD/t"
    odd = convert_series(_series("USD/bushel"), "USD/t")
    assert odd.note == "shown in USD/bushel: unknown unit 'USD/bushel', cannot convert to USD/t"


def test_convert_real_fred_series_to_pounds() -> None:
    from datetime import datetime, timezone

    from tui.core.config_types import SourceConfig
    from tui.sources import fred

    data = (FIXTURES / "fred_PCOPPUSDM_observation_date.csv").read_bytes()
    src = SourceConfig(name="f", kind="fred", options={"series": "PCOPPUSDM"})
    s = fred.parse(data, src, fetched_at=datetime(2026, 1, 1, tzinfo=timezone.utc))
    lb = convert_series(s, "USD/lb")
    assert lb.unit == "USD/lb"
    # 2025-01 copper 8976.68 USD/t = 4.0718 USD/lb
    assert lb.points[-1][1] == pytest.approx(8976.680434782609 * 0.00045359237)
    assert format_price(lb.points[-1][1]) == "4.0718"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (10739.91, "10,740"),
        (2650.1, "2,650"),
        (1000.0, "1,000"),
        (999.994, "999.99"),
        (4.5025, "4.5025"),
        (49.439, "49.44"),
        (10.0, "10.00"),
        (123456.7, "123,457"),
        (0.88499, "0.8850"),
        (0.0012346, "0.001235"),
        (0.0, "0.00"),
        (-37.63, "-37.63"),
        (float("nan"), "n/a"),
    ],
)
def test_format_price(value: float, text: str) -> None:
    assert format_price(value) == text
