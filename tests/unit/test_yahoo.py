"""Yahoo v8 chart JSON parser, on real captures and on error bodies."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.sources import yahoo
from tui.sources.base import SourceError

FIXTURES = Path(__file__).parent.parent / "fixtures" / "prices"
NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)


def _src(**options: object) -> SourceConfig:
    return SourceConfig(name="y", kind="yahoo", metal="copper", options=options)


def _parse(data: bytes, metal: str = "copper", **options: object):  # type: ignore[no-untyped-def]
    src = SourceConfig(name="y", kind="yahoo", metal=metal, options=options)
    return yahoo.parse(data, src, fetched_at=NOW)


def _chart(timestamps: list[int], closes: list[float | None], **meta: object) -> bytes:
    base = {"currency": "USD", "symbol": "HG=F", "instrumentType": "FUTURE"}
    base.update(meta)  # type: ignore[arg-type]
    doc = {
        "chart": {
            "result": [
                {
                    "meta": base,
                    "timestamp": timestamps,
                    "indicators": {"quote": [{"close": closes}]},
                }
            ],
            "error": None,
        }
    }
    return json.dumps(doc).encode()


def test_build_url_quotes_symbol_and_defaults() -> None:
    assert (
        yahoo.build_url(_src(symbol="HG=F"))
        == "https://query1.finance.yahoo.com/v8/finance/chart/HG%3DF?range=1y&interval=1d"
    )
    assert yahoo.build_url(_src(symbol="GC=F", range="5d", interval="1h")).endswith(
        "/GC%3DF?range=5d&interval=1h"
    )
    url_src = SourceConfig(name="y", kind="yahoo", url="http://127.0.0.1:9/chart/X", options={})
    assert yahoo.build_url(url_src) == "http://127.0.0.1:9/chart/X"
    with pytest.raises(SourceError):
        yahoo.build_url(_src())


def test_gold_futures_bar_is_exchange_local_date() -> None:
    s = _parse((FIXTURES / "yahoo_chart_GC=F_2020-01-01_2020-01-03.json").read_bytes(), "gold")
    # 1577941200 = 2020-01-02 05:00 UTC = midnight in New York
    assert s.points == ((date(2020, 1, 2), 1524.5),)
    assert s.symbol == "GC=F"
    assert s.unit == "USD/ozt"
    assert s.kind == "futures"
    assert s.currency == "USD"
    assert s.source == "y" and s.source_kind == "yahoo" and s.metal == "gold"
    assert s.frequency == "daily"  # from dataGranularity with a single bar


def test_aapl_equity_six_months() -> None:
    s = _parse((FIXTURES / "yahoo_chart_AAPL_6mo_1d.json").read_bytes())
    assert len(s.points) == 127
    assert s.points[0] == (date(2025, 4, 30), 212.5)
    # the last bar is the live one at 16:00:01 New York time, still 2025-10-29
    assert s.points[-1] == (date(2025, 10, 29), pytest.approx(269.70001220703125))
    assert s.points[-2][0] == date(2025, 10, 28)
    assert s.unit == "USD"  # no unit knowledge for AAPL: the currency alone
    assert s.kind == "unknown"
    assert s.frequency == "daily"
    assert [d for d, _ in s.points] == sorted(d for d, _ in s.points)


def test_nulls_skipped_and_intraday_last_bar_per_day_wins() -> None:
    # 2024-03-04 14:30 and 20:30 UTC (both 2024-03-04 in New York), 03-05 (null), 03-06
    data = _chart(
        [1709562600, 1709584200, 1709649000, 1709735400],
        [4.0, 4.1, None, 4.3],
        exchangeTimezoneName="America/New_York",
        dataGranularity="1h",
    )
    s = _parse(data)
    assert s.points == ((date(2024, 3, 4), 4.1), (date(2024, 3, 6), 4.3))
    assert s.unit == "USD/lb"


def test_timezone_falls_back_to_gmtoffset() -> None:
    # 2020-01-01 23:30 UTC is already 2020-01-02 in Tokyo (+9)
    data = _chart([1577921400, 1578007800], [1.0, 2.0], gmtoffset=32400, exchangeTimezoneName="")
    assert [d for d, _ in _parse(data).points] == [date(2020, 1, 2), date(2020, 1, 3)]
    data = _chart([1577921400], [1.0], exchangeTimezoneName="Asia/Tokyo")
    assert _parse(data).points[0][0] == date(2020, 1, 2)


def test_options_override_unit_kind() -> None:
    data = _chart([1577941200], [2.0], symbol="XYZ")  # the chart of the symbol asked for
    s = _parse(data, unit="USc/lb", price_type="spot", symbol="XYZ")
    assert (s.unit, s.kind, s.symbol) == ("USc/lb", "spot", "XYZ")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            b'{"chart":{"result":null,"error":{"code":"Not Found",'
            b'"description":"No data found, symbol may be delisted"}}}',
            "No data found, symbol may be delisted",
        ),
        (
            b'{"finance":{"result":null,"error":{"code":"Unauthorized",'
            b'"description":"Invalid Crumb"}}}',
            "Invalid Crumb",
        ),
        (b"Too Many Requests\r\n", "did not send JSON"),
        (b"<!DOCTYPE html><html><head><title>Yahoo</title></head></html>", "HTML page"),
        (b"", "empty"),
        (
            b'{"chart":{"result":[{"meta":{"symbol":"HG=F"},"indicators":{"quote":[{}]}}],'
            b'"error":null}}',
            "no data in the requested range",
        ),
        (_chart([1577941200, 1578027600], [None, None]), "no prices"),
        (_chart([1577941200, 1578027600], [1.0]), "inconsistent"),
    ],
)
def test_unusable_bodies_raise(body: bytes, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        _parse(body)


@pytest.mark.parametrize(
    ("name", "metal", "symbol", "unit", "last"),
    [
        ("yahoo_download_HG=F_2020-09-24_2020-09-25.csv", "copper", "HG=F", "USD/lb", 2.973),
        ("yahoo_download_SI=F_2020-09-24_2020-09-25.csv", "silver", "SI=F", "USD/ozt", 23.017),
        (
            "yahoo_download_nulls_SYNTHETIC.csv",
            "copper",
            "yahoo_download_nulls_SYNTHETIC",
            "",
            5.176,
        ),
    ],
)
def test_download_csv_is_read_too(
    name: str, metal: str, symbol: str, unit: str, last: float
) -> None:
    path = FIXTURES / name
    src = SourceConfig(name="y", kind="yahoo", url=str(path), metal=metal)
    s = yahoo.parse(path.read_bytes(), src, fetched_at=NOW)
    assert (s.symbol, s.unit, s.points[-1][1]) == (symbol, unit, last)
    assert s.kind == ("futures" if symbol.endswith("=F") else "unknown")


def test_download_csv_saved_under_its_symbol(tmp_path: Path) -> None:
    path = tmp_path / "PL=F.csv"
    path.write_bytes((FIXTURES / "yahoo_download_PL=F_2020-09-24_2020-09-25.csv").read_bytes())
    src = SourceConfig(name="y", kind="yahoo", url=str(path), metal="platinum")
    s = yahoo.parse(path.read_bytes(), src, fetched_at=NOW)
    assert (s.symbol, s.unit, s.kind, len(s.points)) == ("PL=F", "USD/ozt", "futures", 2)


def test_cut_off_chart_json_says_so() -> None:
    body = (FIXTURES / "yahoo_chart_AAPL_6mo_1d.json").read_bytes()[:5000]
    with pytest.raises(SourceError, match="Yahoo: invalid JSON: the answer is cut off after 5000"):
        yahoo.parse(
            body, SourceConfig(name="y", kind="yahoo", options={"symbol": "AAPL"}), fetched_at=NOW
        )


@pytest.mark.parametrize("bad", [99_999_999_999_999, -99_999_999_999_999])
def test_a_bar_with_a_time_out_of_range_is_left_out_and_said(bad: int) -> None:
    """One bar timed in the year 3,170,843 failed the whole source: "internal error:
    ValueError: year 3170843 is out of range". The bar is left out, counted on the health
    line, and the others are the series."""
    series = _parse(_chart([1_700_000_000, 1_700_086_400, bad], [4.0, 4.1, 4.2]))
    assert [p[1] for p in series.points] == [4.0, 4.1]
    assert series.warning == "1 bar with a time out of range left out"


@pytest.mark.parametrize("offset", [100_000, -86_400, 10**20, 1e308])
def test_a_gmtoffset_no_zone_has_is_utc(offset: float) -> None:
    """A ``gmtoffset`` of a day or more (no zone is: a mirror's milliseconds, a broken proxy)
    failed the whole source with "internal error: ValueError: offset must be a timedelta
    strictly between ..." (or OverflowError); the bars are read in UTC."""
    data = _chart([1577921400, 1578007800], [1.0, 2.0], gmtoffset=offset, exchangeTimezoneName="")
    assert [d for d, _ in _parse(data).points] == [date(2020, 1, 1), date(2020, 1, 2)]


@pytest.mark.parametrize(
    "currency", ["\x1b[31mUSD\x1b]0;pwned\x07", "[bold red]USD", "US Dollar", 5, "USD\u202e"]
)
def test_a_currency_that_is_no_code_is_none(currency: object) -> None:
    """The chart's ``currency`` became the unit of a symbol metalwatch does not know: an
    escape sequence in it reached the terminal in ``snapshot``'s PRICES line (and the JSON's
    ``unit``). A currency is a code of three letters (``USD``, ``GBp``), else none."""
    data = _chart([1577921400, 1578007800], [1.0, 2.0], currency=currency, symbol="XYZ")
    got = yahoo.parse(
        data,
        SourceConfig(name="y", kind="yahoo", metal="gold", options={"symbol": "XYZ"}),
        fetched_at=NOW,
    )
    assert got.currency is None and got.unit == ""
    pence = _chart([1577921400], [1.0], currency="GBp", symbol="XYZ")
    got = yahoo.parse(
        pence,
        SourceConfig(name="y", kind="yahoo", metal="gold", options={"symbol": "XYZ"}),
        fetched_at=NOW,
    )
    assert got.currency == "GBp" and got.unit == "GBp"


def test_the_chart_of_another_symbol_is_refused() -> None:
    """A chart answer naming another instrument than the source's symbol (silver's ``SI=F``
    for copper's ``HG=F``: a saved answer under the wrong name, a proxy's cache mixing two
    requests) was stored as the source's metal on its first fetch. It is refused, said; the
    symbol in another case is the same symbol."""
    data = _chart([1577921400, 1578007800], [17.9, 18.1], symbol="SI=F")
    src = SourceConfig(name="y", kind="yahoo", metal="copper", options={"symbol": "HG=F"})
    with pytest.raises(SourceError, match=r"^the answer is the chart of 'SI=F', not 'HG=F'"):
        yahoo.parse(data, src, fetched_at=NOW)
    same = _chart([1577921400, 1578007800], [2.8, 2.9], symbol="HG=F")
    lower = SourceConfig(name="y", kind="yahoo", metal="copper", options={"symbol": "hg=f"})
    assert yahoo.parse(same, lower, fetched_at=NOW).points[-1][1] == 2.9

    labelled = SourceConfig(
        name="y",
        kind="yahoo",
        metal="copper",
        url="https://query1.finance.yahoo.com/v8/finance/chart/HG%3DF?range=1y",
        options={"symbol": "Copper"},  # a label beside a URL: the URL says what was asked
    )
    assert yahoo.parse(same, labelled, fetched_at=NOW).points[-1][1] == 2.9


def test_another_metals_contract_is_refused_not_put_on_the_sources_row(tmp_path: Path) -> None:
    """A copper source with gold's symbol (``GC=F``: a copy-paste of the gold source) showed
    gold's 1,524.5 USD/ozt converted to 47 million "USD/t" as copper's price. The contract
    names its metal: another one is refused, in the chart JSON and in a saved download."""
    chart = (FIXTURES / "yahoo_chart_GC=F_2020-01-01_2020-01-03.json").read_bytes()
    with pytest.raises(SourceError, match=r"^GC=F is the price of gold, not copper"):
        _parse(chart, "copper", symbol="GC=F")
    with pytest.raises(SourceError, match=r"^GC=F is the price of gold, not silver"):
        _parse(chart, "silver")  # no symbol set: the answer's own
    assert _parse(chart, "gold", symbol="GC=F").points[-1][1] == 1524.5
    saved = tmp_path / "SI=F.csv"
    saved.write_bytes((FIXTURES / "yahoo_download_SI=F_2020-09-24_2020-09-25.csv").read_bytes())
    src = SourceConfig(name="y", kind="yahoo", url=str(saved), metal="copper")
    with pytest.raises(SourceError, match=r"^SI=F is the price of silver, not copper"):
        yahoo.parse(saved.read_bytes(), src, fetched_at=NOW)


def test_zero_close_bars_are_left_out_and_said() -> None:
    """Yahoo pads thin futures days with 0 closes. They were dropped without a word, though
    every other price kind says "N rows with a price of zero or less left out"; a chart whose
    latest bars are zeros looked current on its last real close with nothing on its health line."""
    series = _parse(_chart([1_700_000_000, 1_700_086_400, 1_700_172_800], [4.0, 0.0, 0]))
    assert [p[1] for p in series.points] == [4.0]
    assert series.warning == "2 rows with a price of zero or less left out"


def test_a_zero_bar_after_a_real_one_the_same_day_keeps_the_real_close() -> None:
    # 2024-03-04 14:30 and 20:30 UTC, both 2024-03-04 in New York: the later bar is a zero pad
    data = _chart(
        [1709562600, 1709584200],
        [4.0, 0.0],
        exchangeTimezoneName="America/New_York",
        dataGranularity="1h",
    )
    series = _parse(data)
    assert series.points == ((date(2024, 3, 4), 4.0),)
    assert series.warning == "1 row with a price of zero or less left out"


def test_a_chart_of_zeros_only_is_an_error() -> None:
    with pytest.raises(SourceError, match="every price zero or less"):
        _parse(_chart([1_700_000_000, 1_700_086_400], [0.0, 0]))


def _gold_chart(currency: str) -> bytes:
    """The real GC=F chart capture with its ``meta.currency`` rewritten."""
    doc = json.loads((FIXTURES / "yahoo_chart_GC=F_2020-01-01_2020-01-03.json").read_bytes())
    doc["chart"]["result"][0]["meta"]["currency"] = currency
    return json.dumps(doc).encode()


@pytest.mark.parametrize("currency", ["EUR", "GBp"])
@pytest.mark.parametrize("option", [None, "USD/ozt"])
def test_a_chart_in_another_currency_than_its_symbols_unit_is_shown_in_it(
    currency: str, option: str | None
) -> None:
    """GC=F is quoted in USD/ozt, but a chart (a mirror's, a saved copy) whose ``meta.currency``
    is EUR, or GBp (pence), was shown as USD/ozt: its own currency now, and said; a ``unit``
    option in dollars does not relabel it."""
    options = {"unit": option} if option else {}
    series = _parse(_gold_chart(currency), metal="gold", symbol="GC=F", **options)
    assert series.unit == currency
    assert series.points == ((date(2020, 1, 2), 1524.5),)
    assert series.warning == (
        f"the chart's prices are in {currency}, not USD/ozt: shown in {currency}"
    )


@pytest.mark.parametrize("currency", ["USD", "usd"])
def test_a_chart_in_its_symbols_currency_keeps_its_unit(currency: str) -> None:
    series = _parse(_gold_chart(currency), metal="gold", symbol="GC=F")
    assert series.unit == "USD/ozt"
    assert series.warning is None
