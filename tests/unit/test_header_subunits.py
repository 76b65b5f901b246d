"""A price file whose header names its unit in a currency's sub-unit (``Close (USc/lb)``, as COMEX
copper and LME quotes are written; ``Settlement (c/lb)``; ``Price GBp per t``) is read in that
unit, as the config's ``unit`` option reads it: before, only ``US cents`` and ``¢`` were found in
a header, and ``USc/lb`` left the series with no unit (``unit unknown: cannot convert to USD/t``
beside copper at 523). A word that only looks like one (``c/o agent``, ``abc/lb``) is no unit.

Module: ``tui/sources/csv_layout.py`` (``find_unit``), read by ``csv`` and the downloads of
``stooq`` and ``fred``."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tui.core.config_types import SourceConfig
from tui.sources import csv_prices, stooq
from tui.sources.csv_layout import find_unit

NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)
ROWS = "".join(f"2026-11-{d:02d},{500 + d}.25\n" for d in range(2, 28))


@pytest.mark.parametrize(
    ("header", "unit", "metal"),
    [
        ("Date,Close (USc/lb)", "USc/lb", "copper"),
        ("Date,Settlement (c/lb)", "USc/lb", "copper"),
        ("date,price USc per lb", "USc/lb", "copper"),
        ("Date,Close (USc/ozt)", "USc/ozt", "silver"),
        ("Date,Price (GBp/t)", "GBp/t", "zinc"),
    ],
)
def test_a_sub_unit_in_the_header_is_the_series_unit(header: str, unit: str, metal: str) -> None:
    src = SourceConfig(name="p", kind="csv", url="prices.csv", metal=metal)
    got = csv_prices.parse(f"{header}\n{ROWS}".encode(), src, fetched_at=NOW)
    assert got.unit == unit


def test_a_stooq_download_names_its_sub_unit() -> None:
    src = SourceConfig(name="s", kind="stooq", url="hg_f_d.csv", metal="copper")
    text = "Date,Open,High,Low,Close (USc/lb)\n" + "".join(
        f"2026-11-{d:02d},450.1,452.2,449.3,{450 + d}.5\n" for d in range(2, 28)
    )
    assert stooq.parse(text.encode(), src, fetched_at=NOW).unit == "USc/lb"


@pytest.mark.parametrize("text", ["Price c/o agent", "abc/lb", "Close", "Closing cts"])
def test_a_word_that_only_looks_like_a_unit_is_none(text: str) -> None:
    assert find_unit([text]) is None
