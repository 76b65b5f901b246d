"""Stooq daily CSV parser, and everything Stooq sends instead of CSV."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.sources import stooq
from tui.sources.base import SourceError

FIXTURES = Path(__file__).parent.parent / "fixtures" / "prices"
NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)


def _src(**options: object) -> SourceConfig:
    return SourceConfig(name="stooq-gold", kind="stooq", metal="gold", options=options)


def test_build_url() -> None:
    assert stooq.build_url(_src(symbol="xauusd")) == "https://stooq.com/q/d/l/?s=xauusd&i=d"
    with pytest.raises(SourceError):
        stooq.build_url(_src())


def test_gold_spot_csv() -> None:
    data = (FIXTURES / "stooq_xauusd_d.csv").read_bytes()
    s = stooq.parse(data, _src(symbol="xauusd"), fetched_at=NOW)
    assert len(s.points) == 931
    assert s.points[0] == (date(2018, 1, 2), 1317.63)
    assert s.points[-1] == (date(2021, 8, 10), 1729.15)
    assert s.unit == "USD/ozt"
    assert s.currency == "USD"
    assert s.kind == "spot"
    assert s.frequency == "daily"
    assert (s.symbol, s.source, s.source_kind, s.metal) == ("xauusd", "stooq-gold", "stooq", "gold")


def test_symbol_from_url_and_volume_column() -> None:
    src = SourceConfig(
        name="s", kind="stooq", url="http://127.0.0.1:1/q/d/l/?s=XAGUSD&i=d", options={}
    )
    data = b"Date,Open,High,Low,Close,Volume\n2024-01-03,1,1,1,23.5,0\n2024-01-02,1,1,1,23.9,0\n"
    s = stooq.parse(data, src, fetched_at=NOW)
    assert s.symbol == "XAGUSD"
    assert s.unit == "USD/ozt"
    assert s.points == ((date(2024, 1, 2), 23.9), (date(2024, 1, 3), 23.5))


def test_unknown_symbol_unit_unknown_futures_kind() -> None:
    data = b"Date,Open,High,Low,Close,Volume\n2024-01-02,1,1,1,3.9,10\n"
    src = SourceConfig(
        name="stooq-copper", kind="stooq", metal="copper", options={"symbol": "hg.f"}
    )
    s = stooq.parse(data, src, fetched_at=NOW)
    assert s.unit == ""
    assert s.kind == "futures"


def test_challenge_page_is_an_error_not_data() -> None:
    data = (FIXTURES / "stooq_challenge_SYNTHETIC.html").read_bytes()
    with pytest.raises(SourceError) as err:
        stooq.parse(data, _src(symbol="xauusd"), fetched_at=NOW)
    assert str(err.value) == (
        "Stooq sent an HTML page instead of CSV (anti-bot challenge or API key needed)"
    )


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"No data", "no data for this symbol"),
        (b"Exceeded the daily hits limit", "limit exceeded"),
        (b"Get your apikey: https://stooq.com/q/d/?s=xauusd&get_apikey", "API key"),
        (b"Date,Open,High,Low,Close\n", "no data for this symbol"),
        (b"", "empty"),
        (b"\x00\x01binary", r"binary answer \(8 bytes\), not a price file"),
        (b"<script>document.location='/__verify'</script>", "HTML page"),
    ],
)
def test_non_csv_answers_raise(body: bytes, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        stooq.parse(body, _src(symbol="xauusd"), fetched_at=NOW)


@pytest.mark.parametrize(
    ("url", "metal", "symbol", "unit", "kind"),
    [
        ("data/stooq_xauusd_d.csv", "gold", "xauusd", "USD/ozt", "spot"),
        ("/tmp/xagusd_d.csv", "silver", "xagusd", "USD/ozt", "spot"),
        ("file:///srv/hg_f_d.csv", "copper", "hg.f", "", "futures"),
        ("https://stooq.com/q/d/l/", "gold", "mine", "", "spot"),  # an endpoint: no file name
    ],
)
def test_saved_download_symbol_from_file_name(
    url: str, metal: str, symbol: str, unit: str, kind: str
) -> None:
    data = (FIXTURES / "stooq_xauusd_d.csv").read_bytes()
    src = SourceConfig(name="mine", kind="stooq", url=url, metal=metal)
    s = stooq.parse(data, src, fetched_at=NOW)
    assert (s.symbol, s.unit, s.kind) == (symbol, unit, kind)


def test_another_metals_symbol_is_refused_not_put_on_the_sources_row() -> None:
    """A copper source reading Stooq's gold spot (``xauusd``, by its symbol or a saved file's
    name) showed gold's 1,729.15 USD/ozt converted to 55 million "USD/t" as copper's price."""
    data = (FIXTURES / "stooq_xauusd_d.csv").read_bytes()
    for src in (
        SourceConfig(name="c", kind="stooq", metal="copper", options={"symbol": "xauusd"}),
        SourceConfig(name="c", kind="stooq", url="data/stooq_xauusd_d.csv", metal="copper"),
    ):
        with pytest.raises(SourceError, match=r"^xauusd is the price of gold, not copper"):
            stooq.parse(data, src, fetched_at=NOW)
    assert stooq.parse(data, _src(symbol="xauusd"), fetched_at=NOW).points[-1][1] == 1729.15
