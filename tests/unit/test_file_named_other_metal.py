"""A price file whose name names another metal than its source's ("gold_monthly.csv" set up as
copper's source), when nothing inside it names a metal, is said on the source's health line: a
file named so is most likely that metal's, and its prices would show as copper's unremarked. A
name naming the source's own metal too, or no metal, says nothing; the file is still read (a
name is weaker evidence than a header naming another metal, which refuses the file).
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tui.core.config import SourceConfig
from tui.sources import csv_prices

NOW = datetime(2026, 11, 28, tzinfo=timezone.utc)
DATA = b"Date,Price\n2026-09-30,13665.6\n2026-10-31,14001.2\n"


def warning(url: str, metal: str | None = "copper") -> str | None:
    src = SourceConfig("prices", "csv", url, metal=metal)
    series = csv_prices.parse(DATA, src, fetched_at=NOW)
    assert series.points[-1][1] == 14001.2  # read all the same
    return series.warning


@pytest.mark.parametrize(
    ("url", "other"),
    [
        ("/data/gold_monthly.csv", "gold"),
        ("https://example.org/files/Nickel%20prices.csv", "nickel"),
        ("/data/aluminium (USD per tonne).csv", "aluminium"),
    ],
)
def test_a_file_named_for_another_metal_is_said(url: str, other: str) -> None:
    said = warning(url)
    assert said is not None and f"names {other}, not copper" in said


@pytest.mark.parametrize(
    "url",
    [
        "/data/copper_monthly.csv",
        "/data/copper-gold-ratio.csv",  # its own metal named too
        "/data/worldbank_precious_monthly.csv",
        "/data/PCOPPUSDM.csv",
        "/data/HG=F_daily.csv",
    ],
)
def test_a_file_named_for_its_own_metal_or_none_says_nothing(url: str) -> None:
    assert warning(url) is None


def test_a_source_with_no_metal_says_nothing() -> None:
    assert warning("/data/gold_monthly.csv", metal=None) is None
