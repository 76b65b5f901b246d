"""Helpers of the price CSV parser's tests (``test_csv_prices.py``, ``test_csv_prices_said.py``):
a ``csv`` source, and a file of tests/fixtures/prices or a text read as one."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from tui.core.config_types import SourceConfig
from tui.core.models import PriceSeries
from tui.sources import csv_prices

FIXTURES = Path(__file__).parent.parent / "fixtures" / "prices"
NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)


def csv_src(
    url: str = "/data/prices.csv", metal: str | None = None, **options: object
) -> SourceConfig:
    return SourceConfig(name="mine", kind="csv", url=url, metal=metal, options=options)


def csv_file(name: str, metal: str | None = None, **options: object) -> PriceSeries:
    path = FIXTURES / name
    return csv_prices.parse(path.read_bytes(), csv_src(str(path), metal, **options), fetched_at=NOW)


def csv_text(text: str, **options: object) -> PriceSeries:
    src = SourceConfig(name="mine", kind="csv", url="/data/prices.csv", options=options)
    return csv_prices.parse(text.encode(), src, fetched_at=NOW)
