"""FRED fredgraph CSV parser: both header dialects, '.' gaps, units by series."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.sources import fred
from tui.sources.base import SourceError

FIXTURES = Path(__file__).parent.parent / "fixtures" / "prices"
NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)


def _src(metal: str = "copper", **options: object) -> SourceConfig:
    return SourceConfig(name="fred-x", kind="fred", metal=metal, options=options)


def _parse(name: str, metal: str = "copper", **options: object):  # type: ignore[no-untyped-def]
    return fred.parse((FIXTURES / name).read_bytes(), _src(metal, **options), fetched_at=NOW)


def test_build_url() -> None:
    assert (
        fred.build_url(_src(series="PCOPPUSDM"))
        == "https://fred.stlouisfed.org/graph/fredgraph.csv?id=PCOPPUSDM"
    )
    local = SourceConfig(name="f", kind="fred", url="/tmp/x.csv", options={"series": "A"})
    assert fred.build_url(local) == "/tmp/x.csv"
    with pytest.raises(SourceError, match="series"):
        fred.build_url(_src())


def test_observation_date_dialect_copper() -> None:
    s = _parse("fred_PCOPPUSDM_observation_date.csv", series="PCOPPUSDM")
    assert len(s.points) == 301
    assert s.points[0] == (date(2000, 1, 1), 1843.85)
    assert s.points[-1] == (date(2025, 1, 1), pytest.approx(8976.680434782609))
    assert s.symbol == "PCOPPUSDM"
    assert s.unit == "USD/t"
    assert s.currency == "USD"
    assert s.frequency == "monthly"
    assert s.kind == "monthly-average"
    assert (s.source, s.source_kind, s.metal) == ("fred-x", "fred", "copper")


def test_date_dialect_nickel() -> None:
    s = _parse("fred_PNICKUSDM_DATE.csv", "nickel")
    assert s.symbol == "PNICKUSDM"  # from the header when no option names it
    assert len(s.points) == 362
    assert s.points[0] == (date(1990, 1, 1), 7056.0)
    assert s.points[-1] == (date(2020, 2, 1), 12715.55)
    assert s.unit == "USD/t"


@pytest.mark.parametrize(
    ("name", "metal", "first", "last"),
    [
        ("fred_PCOPPUSDM_2026-05.csv", "copper", 2150.57962901611, 13483.75153846154),
        ("fred_PALUMUSDM_2026-05.csv", "aluminium", 1181.22729492188, 3654.015384615385),
        ("fred_PIORECRUSDM_2026-05.csv", "iron-ore", 14.31, 111.6461538461538),
    ],
)
def test_recent_monthly_series(name: str, metal: str, first: float, last: float) -> None:
    s = _parse(name, metal)
    assert len(s.points) == 413
    assert s.points[0] == (date(1992, 1, 1), pytest.approx(first))
    assert s.points[-1] == (date(2026, 5, 1), pytest.approx(last))
    assert s.unit == "USD/t"
    assert s.kind == "monthly-average"


def test_daily_gold_fix_skips_dots() -> None:
    s = _parse("fred_GOLDAMGBD228NLBM_DATE_daily.csv", "gold")
    assert len(s.points) == 13763 - 426
    assert s.points[0] == (date(1968, 4, 1), 38.0)
    assert s.points[-1] == (date(2020, 12, 30), 1877.55)
    days = {d for d, _ in s.points}
    assert date(1968, 4, 12) not in days  # "." in the file
    assert date(2020, 12, 28) not in days
    assert date(2020, 12, 29) in days
    assert s.frequency == "daily"
    assert s.unit == "USD/ozt"  # LBMA fix, not the IMF USD/t default
    assert s.kind == "fix"


def test_bom_crlf_gaps_and_duplicates() -> None:
    data = b"\xef\xbb\xbfDATE,PTINUSDM\r\n2020-02-01,.\r\n2020-01-01,100\r\n2020-01-01,101\r\n"
    data += b"2020-03-01,102\r\n"
    s = fred.parse(data, _src("tin"), fetched_at=NOW)
    assert s.points == ((date(2020, 1, 1), 101.0), (date(2020, 3, 1), 102.0))
    assert s.unit == "USD/t"


def test_unknown_series_has_unknown_unit_and_options_win() -> None:
    data = b"observation_date,WPU102502\n2020-01-01,250.1\n2020-02-01,251.2\n"
    s = fred.parse(data, _src(), fetched_at=NOW)
    assert s.unit == ""  # a producer price index: never guessed as USD/t
    s = fred.parse(data, _src(unit="index", price_type="index"), fetched_at=NOW)
    assert (s.unit, s.kind) == ("index", "index")


def test_multi_series_download_picks_named_column() -> None:
    data = b"observation_date,PCOPPUSDM,PALUMUSDM\n2020-01-01,6000,1800\n"
    s = fred.parse(data, _src("aluminium", series="PALUMUSDM"), fetched_at=NOW)
    assert s.points == ((date(2020, 1, 1), 1800.0),)
    assert s.symbol == "PALUMUSDM"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"<!DOCTYPE html><html><body>Error: series not found</body></html>", "HTML page"),
        (b"", "empty"),
        (b"observation_date,PCOPPUSDM\n2020-01-01,.\n", "no observations"),
        (b'{"error_code": 400}', "^FRED: 400$"),  # the API's error answer, in its words
        (b'{"results": []}', "no observations"),  # JSON of another kind
    ],
)
def test_unusable_bodies_raise(body: bytes, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        fred.parse(body, _src(), fetched_at=NOW)


def test_exchange_file_is_not_read_as_a_fred_series() -> None:
    data = (FIXTURES / "stooq_xauusd_d.csv").read_bytes()
    with pytest.raises(SourceError, match=r'not a FRED download .*use kind = "csv"'):
        fred.parse(data, _src(), fetched_at=NOW)


def test_named_series_missing_from_the_answer_is_an_error() -> None:
    data = b"observation_date,PCOPPUSDM\n2020-01-01,6000\n"
    with pytest.raises(SourceError, match="FRED series PNICKUSDM is not in the answer"):
        fred.parse(data, _src(series="PNICKUSDM"), fetched_at=NOW)


@pytest.mark.parametrize(
    ("name", "metal", "series"),
    [
        ("fred_PALUMUSDM_2026-05.csv", "aluminium", "PALUMUSDM"),
        ("fred_PNICKUSDM_DATE.csv", "nickel", "PNICKUSDM"),
        ("fred_GOLDAMGBD228NLBM_DATE_daily.csv", "gold", "GOLDAMGBD228NLBM"),
    ],
)
def test_another_metals_series_is_refused_not_put_on_the_sources_row(
    name: str, metal: str, series: str
) -> None:
    """A copper source given aluminium's (or gold's) series, by its URL or a saved file,
    showed that series as copper's price: aluminium's 3,654 USD/t, or gold's fix converted from
    ounces to 60 million "USD/t". The series names its metal: another one is refused."""
    with pytest.raises(SourceError, match=f"{series} is the price of {metal}, not copper"):
        _parse(name)
    with pytest.raises(SourceError, match="check this source's metal and series"):
        _parse(name, series=series)
    assert _parse(name, metal).symbol == series
    # a metal id no known metal is named by (the user's own) is never judged
    assert _parse(name, "base-metal-1").symbol == series
